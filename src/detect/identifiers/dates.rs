//! Dates and ages.
//!
//! Dates: day-level dates ("3/14", "3/14/71", "March 14th", "14 March 2023", "Tuesday") and
//! relative dates ("yesterday", "this morning", "last Tuesday", "earlier today"), plus months
//! with a year ("April 2023"). Not dates: blood pressure (120/80), vision (20/20), fractions
//! ("3/4 tab"), scores ("7/10 pain", "5/5 strength"), versions, times alone, years alone, and
//! coarse relative dates ("last week", "last year"). A date of birth ("DOB 4/2/71", "born on
//! 3/17/1933") becomes an identifier of kind "dob".
//!
//! Ages: "94-year-old", "age 92", "70yo", "72F", "in her 90s", "102nd birthday", "turned 95";
//! score 1.0 for 90 and over, 0.5 below, 0.3 for ranges ("90 and older", "over 90").

use super::{
    after, after_last, before, overlaps, range_in, Claims, Cues, Re, Triggers, Windows, IND_ONLY,
    LIT_APPT, LIT_MODAL, LIT_SCHED_ANY, LIT_SCHED_END, LIT_SCHED_WEEKDAY, LIT_SLOT, LIT_STANDING,
    VISIT_ONLY,
};
use crate::detect::Mention;
use crate::engine::Ctx;
use crate::rules::boundaries::cues::Gate;
use regex::Regex;
use std::sync::OnceLock;

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

struct M {
    month_day: Re,
    day_month: Re,
    month_year: Re,
    numeric: Re,
    dashed: Re,
    iso: Re,
    weekday: Re,
    relative: Re,
    appt_time: Re,
    slot: Re,
    dob_label: Regex,
    date_prep: Regex,
    ages: Re,
    ages_case: Re,
    range_before: Regex,
    range_after: Regex,
    time_after: Regex,
    event: Regex,
}

fn m() -> &'static M {
    static M: OnceLock<M> = OnceLock::new();
    M.get_or_init(|| {
        let r = |s: &str| Regex::new(s).expect("date regex");
        // windowed regexes: every `\b` touches an ASCII digit or letter of the pattern (see Re)
        let w = Re::new;
        // MONTH and the month names of the other languages (`identifiers::FOREIGN_MONTHS`), for
        // a day or year told with them ("14 de marzo", "le 3 mars", "14. März", "marzo de 2023")
        let any_month = format!(
            "({}|{})",
            &MONTH[1..MONTH.len() - 1],
            super::FOREIGN_MONTHS.join("|")
        );
        M {
            month_day: w(&format!(
                r"\b(?:last |this |next )?{MONTH}\.? ?([0-9]{{1,2}})(?:st|nd|rd|th)?\b(?:,? ?(?:'[0-9]{{2}}\b|[0-9]{{4}}\b))?"
            )),
            day_month: w(&format!(
                r"\b([0-9]{{1,2}})(?:st|nd|rd|th|er|º|°)?(?: (?:of |de |do |da )?|-|\. ?){any_month}\b\.?(?:,? ?(?:de |del )?[0-9]{{4}}\b|-[0-9]{{4}}\b)?"
            )),
            month_year: w(&format!(
                r"\b{any_month}\.?,? (?:of |de |del )?((?:19|20)[0-9]{{2}})\b|\blast {MONTH}\b"
            )),
            numeric: w(r"\b([0-9]{1,2})/([0-9]{1,2})(?:/([0-9]{4}|[0-9]{2}))?\b"),
            dashed: w(r"\b([0-9]{1,2})([-.])([0-9]{1,2})[-.]([0-9]{4}|[0-9]{2})\b"),
            iso: w(r"\b(19|20)[0-9]{2}-([0-9]{1,2})-([0-9]{1,2})\b"),
            weekday: w(
                r"\b(?:(?:last|this|next|on|past|coming|this past) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs|weds)(?:'s)?\b|\b(?:el |este |esta |próximo |proximo |pasado )?(lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b",
            ),
            relative: w(concat!(
                r"\b(?:earlier |later )?(?:today|tonight|yesterday|tomorrow)(?:'s)?\b",
                r"|\b(?:this|yesterday|tomorrow) (?:morning|afternoon|evening)(?:'s)?\b",
                r"|\blast night\b|\b(?:last|this|next) weekend\b|\bthe other day\b",
                r"|\b(?:my|our) (?:morning|afternoon|evening)\b",
                r"|\b(?:hoy|ayer|anoche|pasado mañana|mañana|esta mañana|esta tarde|esta noche)\b",
                // Portuguese
                r"|\b(?:hoje|ontem|anteontem|ontem à noite|hoje de manhã|hoje cedo)\b"
            )),
            appt_time: w(
                r"\b[0-9]{1,2}(?::[0-9]{2})? ?(?:am|pm)? (?:appointment|appt|visit|session|slot)\b",
            ),
            // "my 2pm", "our 10:30": a patient called by the time of their appointment
            slot: w(
                r"\b(?:my|our|ur) ([0-9]{1,2}(?::[0-9]{2})? ?(?:am|pm|a\.m\.|p\.m\.|o'clock)|[0-9]{1,2}:[0-9]{2})(?: ([a-z]+))?",
            ),
            dob_label: r(
                r"\b(dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?|b-?day|birthday(?: is)?)[\s:#-]*(?:(?:is|was|as|of|=)\s+)?$",
            ),
            date_prep: r(
                r"\b(on|since|from|by|until|til|till|thru|through|before|after|dated|starting|effective|as of|due|seen|visit|visited|came in|in)\s*$",
            ),
            ages: w(concat!(
                r"\b([0-9]{1,3})[- ]?(?:year|yr)s?[- ]?old\b",
                r"|\b([0-9]{1,3}) ?(?:yo\b|y/o\b|y\.o\.?|yrs? old\b)",
                r"|\bage[ds]?:? ?([0-9]{1,3})\b",
                r"|\b(?:in|into) (?:his|her|their) (?:late |early |mid-?|mid )?([1-9]0)'?s\b",
                r"|\b(?:in|into) (?:his|her|their) (?:late |early |mid-?|mid )?(nineties)\b",
                r"|\b([0-9]{2,3})(?:st|nd|rd|th) birthday\b",
                r"|\bturn(?:ed|s|ing)? ([0-9]{2,3})\b",
                r"|\b(nonagenarian|centenarian|supercentenarian)\b",
                r"|\b([0-9]{2,3}) years? (?:of age|young)\b",
                r"|\b([0-9]{1,3}) años\b|\bcumpli[óo] ([0-9]{2,3})\b",
                // Portuguese, Italian, German, Polish, Tagalog, Vietnamese: "91 anos",
                // "92 anni", "93-jährige", "94 lat", "95 taong gulang", "96 tuổi"
                r"|\b([0-9]{1,3}) (?:anos|anni|lat|taong gulang|tuổi)\b|\b([0-9]{1,3})[- ]?jährig",
                // Russian and Ukrainian: "91-летнего", "92 года", "93 роки", "94-річна" (no `\b`
                // after a Cyrillic word: the ASCII-boundary twin that searches non-ASCII text
                // would never see it)
                r"|\b([0-9]{1,3})[- ]?(?:летн|річн)|\b([0-9]{1,3}) (?:років|роки|года|год|лет)",
                // Chinese, Japanese, Korean: "92岁", "93歳", "94세"
                r"|([0-9]{2,3}) ?(?:岁|歲|歳|세)",
            )),
            ages_case: w(r"\b([0-9]{2,3})([MF])\b"),
            range_before: r(
                r"\b(over|under|above|below|older than|younger than|at least|ages|aged|between|to|and)\s*$",
            ),
            range_after: r(r"^\s*(?:\+|and (?:older|over|up|above)|or (?:older|over|more)|to [0-9])"),
            time_after: r(r"^,?\s*(?:at\s+|@\s*|a\s+las?\s+)?[0-9]{1,2}(?::[0-9]{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\b"),
            event: r(concat!(
                r"\b(free|join us|rsvp|register|registration|sign up|save a spot|save your spot|open to all",
                r"|all welcome|everyone welcome|workshop|seminar|webinar|class|event|q&a|health fair|blood drive",
                r"|walk-ins?|open house|tournament|5k|fun run|talk|lecture|no appointment needed",
                r"|facebook live|instagram live|going live|livestream|live stream|live q&a|ask me anything",
                r"|join our|walk|fun walk|race|fair|festival|talks|screening day|awareness month",
                r"|demo|cooking demo|potluck|party|cake|retirement|retiring|celebration|recipe cards?",
                r"|closed (?:on |for |all |this |next |mon|tue|wed|thu|fri|sat|sun)",
                r"|awareness (?:day|week)|vigil|candlelight",
                // a post of a series: "Answer drops Friday", "new episode Tuesday"
                r"|answers? (?:drops?|posts?|reveal)|stay tuned|tune in|new episode|episode|quiz|poll",
                r"|cerrado|cerrados|cerramos|estaremos cerrados|día festivo|feriado",
                r"|gratis|gratuito|gratuitos|gratuita|gratuitas|taller|charla|feria|evento|inscríbase|regístrese",
                r"|vote|voting|election|election day|ballot|ballots|polls)\b"
            )),
        }
    })
}

/// The words of the `event` regex, each spelled out: every match of it is one of these (with a
/// word boundary before and after).
const EVENT_WORDS: &[&str] = &[
    "free",
    "join us",
    "rsvp",
    "register",
    "registration",
    "sign up",
    "save a spot",
    "save your spot",
    "open to all",
    "all welcome",
    "everyone welcome",
    "workshop",
    "seminar",
    "webinar",
    "class",
    "event",
    "q&a",
    "health fair",
    "blood drive",
    "walk-in",
    "walk-ins",
    "open house",
    "tournament",
    "5k",
    "fun run",
    "talk",
    "talks",
    "lecture",
    "no appointment needed",
    "facebook live",
    "instagram live",
    "going live",
    "livestream",
    "live stream",
    "live q&a",
    "ask me anything",
    "join our",
    "walk",
    "fun walk",
    "race",
    "fair",
    "festival",
    "screening day",
    "awareness month",
    "demo",
    "cooking demo",
    "potluck",
    "party",
    "cake",
    "retirement",
    "retiring",
    "celebration",
    "recipe card",
    "recipe cards",
    "closed on ",
    "closed for ",
    "closed all ",
    "closed this ",
    "closed next ",
    "closed mon",
    "closed tue",
    "closed wed",
    "closed thu",
    "closed fri",
    "closed sat",
    "closed sun",
    "awareness day",
    "awareness week",
    "vigil",
    "candlelight",
    // a post of a series: "Answer drops Friday", "new episode Tuesday"
    "answer drop",
    "answer drops",
    "answer post",
    "answer posts",
    "answer reveal",
    "answers drop",
    "answers drops",
    "answers post",
    "answers posts",
    "answers reveal",
    "stay tuned",
    "tune in",
    "new episode",
    "episode",
    "quiz",
    "poll",
    "cerrado",
    "cerrados",
    "cerramos",
    "estaremos cerrados",
    "día festivo",
    "feriado",
    "gratis",
    "gratuito",
    "gratuitos",
    "gratuita",
    "gratuitas",
    "taller",
    "charla",
    "feria",
    "evento",
    "inscríbase",
    "regístrese",
    // election days: "Vote March 3rd!"
    "vote",
    "voting",
    "election",
    "election day",
    "ballot",
    "ballots",
    "polls",
];

/// [`EVENT_WORDS`] in the shared scan of all gates.
pub(crate) static EVENT_GATE: Gate = Gate::new(EVENT_WORDS);

/// The spans `event.find_iter(lower)` gives, read from the occurrences of [`EVENT_WORDS`]
/// (`words`: from the shared gate scan, sorted by start and then by their place in the list)
/// instead of a search of the whole text. As the regex's `find_iter`: from where the last match
/// ended, the first place where a word stands between two word boundaries, and there the first
/// such word in the regex's order (the list keeps it: the only words that can both stand at one
/// place are "walk-in"/"walk-ins" before "walk"). The boundaries are read here next to ASCII;
/// next to another character the regex itself decides, on the text up to one character past
/// the longest word there (any match starting there is one of those words, and its last `\b`
/// reads the character after it).
fn event_spans(lower: &str, words: Option<&[(usize, usize, usize)]>) -> Vec<(usize, usize)> {
    let event = &m().event;
    let Some(words) = words else {
        return event
            .find_iter(lower)
            .map(|e| (e.start(), e.end()))
            .collect();
    };
    let b = lower.as_bytes();
    let word_byte = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut out = Vec::new();
    let mut pos = 0;
    let mut i = 0;
    while i < words.len() {
        let q = words[i].0;
        let first = i;
        while i < words.len() && words[i].0 == q {
            i += 1;
        }
        let here = &words[first..i];
        if q < pos {
            continue;
        }
        let beside_other = (q > 0 && !b[q - 1].is_ascii())
            || here
                .iter()
                .any(|&(_, e, _)| e < b.len() && !b[e].is_ascii());
        if beside_other {
            let far = here.iter().map(|w| w.1).max().unwrap_or(q);
            let hay = &lower[..super::ceil_boundary(lower, far + 4)];
            if let Some(e) = event.find_at(hay, q).filter(|e| e.start() == q) {
                out.push((q, e.end()));
                pos = e.end();
            }
            continue;
        }
        // every word starts with an ASCII letter or digit and ends with one or a space
        if q > 0 && word_byte(b[q - 1]) {
            continue;
        }
        if let Some(&(_, e, _)) = here
            .iter()
            .find(|&&(_, e, _)| word_byte(b[e - 1]) != (e < b.len() && word_byte(b[e])))
        {
            out.push((q, e));
            pos = e;
        }
    }
    out
}

/// Instructions and permissions said before a time ("you should get it tonight").
pub(super) const MODALS: &[&str] = &[
    "you should",
    "you can",
    "he can",
    "she can",
    "they can",
    "he should",
    "she should",
    "they should",
    "you need to",
    "make sure",
    "don't wait",
    "ask your",
    "go ahead and",
];

/// Appointment words: every `appt_time` match holds one.
pub(super) const APPT_WORDS: &[&str] = &["appointment", "appt", "visit", "session", "slot"];

/// Words that end the clause before a date of the practice's schedule ("starting Jan 4").
pub(super) const SCHEDULE_END: &[&str] = &[
    "starting",
    "beginning",
    "effective",
    "as of",
    "opening",
    "opens",
    "reopen",
    "joins us",
    "joining us",
    "joins the team",
    "joins our team",
    "start date",
    "starts seeing patients",
    "start seeing patients",
    "seeing patients",
    "seeing new patients",
    "accepting new patients",
    "accepting patients",
    "taking new patients",
    "a partir del",
    "a partir de",
    "ends",
    "expires",
    "deadline",
    "due",
];

/// Phrases anywhere in the clause before a date that make it the practice's schedule.
pub(super) const SCHEDULE_ANY: &[&str] = &[
    "opening at",
    "closing at",
    "closed today",
    "delayed opening",
    "snow day",
];

/// Phrases anywhere in the clause before a weekday that make it the practice's hours.
pub(super) const SCHEDULE_WEEKDAY: &[&str] = &[
    " open ",
    "closed",
    " hours",
    "sees patients",
    "see patients",
    "seeing patients",
    "available",
];

/// A patient's standing appointment: "we'll miss seeing him every Tuesday".
pub(super) const STANDING: &[&str] = &[
    "seeing him",
    "seeing her",
    "see him",
    "see her",
    "seeing you",
    "see you",
    "seeing them",
];

/// The clause that ends `before` (a text cut just before a date): from its last sentence or
/// clause mark, reading "Rep." or "Dr." as abbreviations, not ends.
fn clause_before(before: &str) -> &str {
    let mut end = before.len();
    loop {
        let Some(k) = before.as_bytes()[..end]
            .iter()
            .rposition(|b| b".!?\n;:,".contains(b))
        else {
            return before;
        };
        let word = before[..k]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let abbreviation = before.as_bytes()[k] == b'.'
            && matches!(
                word,
                "rep" | "sen" | "gov" | "dr" | "mr" | "mrs" | "ms" | "st" | "vs" | "jr" | "sr"
            );
        if !abbreviation {
            return &before[k + 1..];
        }
        end = k;
    }
}

/// Verbs that start an instruction ("Call your reps today", "Start the drops tonight").
const INSTRUCTIONS: &[&str] = &[
    "call", "drink", "start", "take", "try", "vote", "stop", "grab", "get", "drop", "join", "sign",
    "register", "book", "schedule", "ask", "remember", "tell", "text", "email", "bring", "wear",
    "apply", "use", "rest", "ice", "eat", "skip", "avoid", "keep", "tome", "llame", "venga",
    "traiga",
];

/// "bring him by", "bring her in", "bring Mateo in": a person brought in for a visit (the clause
/// of an instruction that starts with "bring"; not "bring your card", "bring snacks").
fn brings_someone_in(clause: &str) -> bool {
    let mut w = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty());
    let _bring = w.next();
    matches!(w.next(), Some("him" | "her" | "them"))
        && matches!(w.next(), Some("in" | "by" | "over"))
}

pub(super) fn warm() {
    let _ = m();
}

/// The age a match of the `ages` regex gives, read from the match text (a capture search costs
/// several times a plain one): `first_number` of its captures, whose one group is the match's
/// only run of digits (1-3 of them, never next to another digit inside the match) or, in a
/// match without digits, the word "nineties", "nonagenarian" or "(super)centenarian". A test
/// checks it against the captures.
fn age_of(m: &str) -> Option<u32> {
    match m
        .split(|c: char| !c.is_ascii_digit())
        .find(|r| !r.is_empty())
    {
        Some(digits) => digits.parse().ok(),
        None if m.contains("nineties") || m.contains("nonagenarian") => Some(90),
        None if m.contains("centenarian") => Some(100),
        None => None,
    }
}

#[cfg(test)]
fn first_number(c: &regex::Captures) -> Option<(u32, bool)> {
    for g in c.iter().skip(1).flatten() {
        let s = g.as_str();
        if s == "nineties" || s == "nonagenarian" {
            return Some((90, true));
        }
        if s == "centenarian" || s == "supercentenarian" {
            return Some((100, true));
        }
        if let Ok(n) = s.parse::<u32>() {
            return Some((n, false));
        }
    }
    None
}

/// Ages in the draft.
pub(super) fn ages(ctx: &Ctx, tr: &Triggers) -> Vec<Mention> {
    let m = m();
    let win = Windows::around(ctx.lower(), &tr.digits, 16, 20).union(&Windows::around(
        ctx.lower(),
        &tr.age_words,
        24,
        8,
    ));
    let lower = ctx.lower();
    let norm = ctx.norm();
    let mut out = Vec::new();
    let mut push = |s: usize, t: usize, n: u32| {
        if n == 0 || n > 125 {
            return;
        }
        let ranged = m.range_before.is_match(before(lower, s, 16))
            || m.range_after.is_match(after(lower, t, 16));
        let score = if ranged {
            0.3
        } else if n >= 90 {
            1.0
        } else {
            0.5
        };
        out.push(Mention::new(s, t, "age", score));
    };
    for all in win.finds(&m.ages, lower) {
        if let Some(n) = age_of(all.as_str()) {
            push(all.start(), all.end(), n);
        }
    }
    // (every match holds a digit then a capital M or F)
    for all in win
        .holding_runs(&tr.digits, |_, de, we| {
            super::run_end_then(norm.as_bytes(), de, we, b"MF", false)
        })
        .finds(&m.ages_case, norm)
    {
        if before(norm, all.start(), 1) == "$" {
            continue;
        }
        // (group 1: the digits that start the match)
        let digits = all.as_str().trim_end_matches(['M', 'F']);
        if let Ok(n) = digits.parse::<u32>() {
            push(all.start(), all.end(), n);
        }
    }
    // "Margaret Olsen, 94, came in", "the retired harbormaster, 91 and still sharp": an age set
    // off by commas after a name or a person
    // (read at the text's runs of digits: the digits after a ", " are a whole run, and each
    // run after one is that ", " once, in order, as a search for ", " finds them)
    for &(d, run_end) in &tr.digits {
        if d < 2 || &lower.as_bytes()[d - 2..d] != b", " {
            continue;
        }
        let i = d - 2;
        let digits = run_end - d;
        if !(2..=3).contains(&digits) {
            continue;
        }
        let t = d + digits;
        let Ok(n) = lower[d..t].parse::<u32>() else {
            continue;
        };
        let rest = &lower[t..];
        // (Haitian Creole and French give the years: "Granmoun Jozèf, 92 an, te rache 3 dan")
        if !(90..=119).contains(&n)
            || !(rest.starts_with(',')
                || rest.starts_with(" and ")
                || rest.starts_with('!')
                || rest.starts_with(" an,")
                || rest.starts_with(" ans,")
                || rest.starts_with(" ans "))
        {
            continue;
        }
        let word = norm[..i]
            .rsplit(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
            .next()
            .unwrap_or("");
        let lw = word.to_lowercase();
        let named = word.len() >= 2
            && word.starts_with(|c: char| c.is_uppercase())
            && word
                .chars()
                .skip(1)
                .all(|c| c.is_lowercase() || c == '.' || c == '-');
        if named || APPOSITIVE_PERSONS.contains(&lw.as_str()) {
            push(d, t, n);
        }
    }
    // "Happy 91st to Pan Zbigniew!", "happy 95th, Mrs. Alvarez": a birthday wished by its
    // ordinal alone, to a person (not "Happy 100th to the Grange", "happy 100th episode")
    for &(d, run_end) in &tr.digits {
        if !(2..=3).contains(&(run_end - d)) || !lower[..d].ends_with("happy ") {
            continue;
        }
        let Ok(n) = lower[d..run_end].parse::<u32>() else {
            continue;
        };
        let rest = &lower[run_end..];
        if !(90..=119).contains(&n) || !["st", "nd", "rd", "th"].iter().any(|o| rest.starts_with(o))
        {
            continue;
        }
        if wished_to_person(&norm[run_end + 2..]) {
            push(d, run_end + 2, n);
        }
    }
    out.sort_by_key(|m| m.start);
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// Whether the text after a wished ordinal ("Happy 91st") names the person it is wished to:
/// ", Mrs. Alvarez", " to Pan Zbigniew", " to our Grandma Rose", " Ruth!" (a title, a person
/// word or a first name), not an anniversary, an episode or "the Grange".
fn wished_to_person(rest: &str) -> bool {
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .peekable();
    if words.peek().is_some_and(|w| w == "to") {
        words.next();
    }
    if words
        .peek()
        .is_some_and(|w| matches!(w.as_str(), "our" | "my" | "dear" | "sweet" | "the"))
        && words.next().as_deref() == Some("the")
    {
        return false;
    }
    let Some(w) = words.next() else {
        return false;
    };
    if WISH_TITLES.contains(&w.as_str()) || APPOSITIVE_PERSONS.contains(&w.as_str()) {
        return true;
    }
    let first = crate::lexicon::lookup(&w).is_some_and(|i| i.is_first());
    first
        && !words
            .next()
            .is_some_and(|n| ORG_WORDS.contains(&n.as_str()))
}

/// Titles a birthday wish names a person by ("Happy 91st to Pan Zbigniew").
const WISH_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mister",
    "pan",
    "pani",
    "don",
    "doña",
    "dona",
    "sr",
    "sra",
    "señor",
    "señora",
    "senor",
    "senora",
    "madame",
    "mme",
    "monsieur",
    "nana",
    "papa",
    "abuela",
    "abuelo",
    "aunt",
    "auntie",
    "uncle",
    "gran",
    "gramma",
    "grampa",
    "great-grandma",
];

/// Words after a first name that make it the name of a place or a group ("Grace Church").
const ORG_WORDS: &[&str] = &[
    "church",
    "chapel",
    "school",
    "elementary",
    "academy",
    "library",
    "grange",
    "club",
    "lodge",
    "hospital",
    "street",
    "avenue",
    "park",
    "society",
    "company",
    "co",
    "inc",
    "chapter",
    "post",
    "hall",
    "theater",
    "theatre",
    "mill",
    "farm",
    "bank",
    "county",
    "city",
];

/// Holidays that fix a day of the year ("born on Christmas Eve").
const BIRTH_HOLIDAYS: &[&str] = &[
    "christmas eve",
    "christmas day",
    "christmas",
    "new year's eve",
    "new year's day",
    "valentine's day",
    "halloween",
    "the fourth of july",
    "the 4th of july",
    "independence day",
    "st. patrick's day",
    "leap day",
];

/// People an age is set off after ("the harbormaster, 91,").
const APPOSITIVE_PERSONS: &[&str] = &[
    "patient",
    "pt",
    "grandma",
    "grandpa",
    "granny",
    "great-grandma",
    "great-grandpa",
    "veteran",
    "vet",
    "man",
    "woman",
    "lady",
    "gentleman",
    "mom",
    "dad",
    "mother",
    "father",
    "resident",
    "neighbor",
    "friend",
    "husband",
    "wife",
    "widow",
    "widower",
    "farmer",
    "captain",
    "harbormaster",
    "teacher",
    "pastor",
    "nun",
    "sister",
    "brother",
    "aunt",
    "uncle",
];

const UNITS: &[&str] = &[
    "tab",
    "tabs",
    "tablet",
    "tablets",
    "cup",
    "cups",
    "tsp",
    "tbsp",
    "inch",
    "inches",
    "in",
    "mile",
    "miles",
    "mi",
    "lb",
    "lbs",
    "oz",
    "of",
    "dose",
    "doses",
    "pill",
    "pills",
    "cc",
    "ml",
    "mg",
    "way",
    "ways",
    "split",
    "strength",
    "pain",
    "vision",
    "cm",
    "mm",
    "teaspoon",
    "tablespoon",
    "scale",
];

/// How to read the capture groups of a date regex from its match (a capture search costs
/// several times a plain one): which digit runs of the match, in order, are its groups.
#[derive(Clone, Copy)]
enum Shape {
    /// `month_day`: the day (group 2) is the match's first digit run (the month, its prefix and
    /// the optional `.` and space before it hold no digit; a digit after it would break `\b`).
    MonthDay,
    /// `day_month`: the day (group 1) starts the match, 1-2 digits then a letter, space or `-`.
    DayMonth,
    /// `numeric`: `a/b` or `a/b/y`: groups 1-3 are the parts between slashes (3 empty if none).
    Numeric,
    /// `dashed`: `a S b T y` (S, T one of `-.`): groups 1-4 are a, S, b, y.
    Dashed,
    /// `iso`: `yyyy-m-d`: groups 2 and 3 are m and d (here the first two, after the year).
    Iso,
}

/// The groups of a match of the date regex of `shape`, read from the match text (see [`Shape`];
/// a test checks them against the regex's own captures).
fn groups(m: &str, shape: Shape) -> [&str; 4] {
    let mut runs = m
        .split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty());
    let mut next = || runs.next().unwrap_or("");
    match shape {
        Shape::MonthDay | Shape::DayMonth => [next(), "", "", ""],
        Shape::Numeric => {
            let mut parts = m.split('/');
            let mut part = || parts.next().unwrap_or("");
            [part(), part(), part(), ""]
        }
        Shape::Dashed => {
            let a = next();
            let sep = m.get(a.len()..a.len() + 1).unwrap_or("");
            let (b, y) = (next(), next());
            [a, sep, b, y]
        }
        Shape::Iso => {
            let _year = next();
            [next(), next(), "", ""]
        }
    }
}

fn valid_md(mo: u32, d: u32) -> bool {
    (1..=12).contains(&mo) && (1..=31).contains(&d)
}

pub(super) fn detect(
    ctx: &Ctx,
    tr: &Triggers,
    cues: &Cues,
    claimed: &Claims,
    identifiers: &mut Vec<Mention>,
    out: &mut Vec<Mention>,
    ages: &mut Vec<Mention>,
) {
    let m = m();
    let lower = ctx.lower();
    // windows: digits that start a match, digits after a month name, weekday words
    let tight = Windows::around(lower, &tr.digits, 2, 24);
    let dw = Windows::around(lower, &tr.month_words, 12, 24);
    let ww = Windows::around(lower, &tr.date_words, 20, 16);
    let mut events: Option<Vec<(usize, usize)>> = None;
    // "born at 29 wks ... on Christmas Eve": a birthday told by its holiday is a day of birth
    if lower.contains("born") {
        for h in BIRTH_HOLIDAYS {
            for (i, _) in lower.match_indices(h) {
                let end = i + h.len();
                // (longer holidays come first: "christmas" inside "christmas eve" is taken)
                if lower[end..].starts_with(|c: char| c.is_alphanumeric())
                    || !lower[..i].ends_with("on ")
                    || identifiers.iter().any(|m| m.start == i && m.kind == "dob")
                {
                    continue;
                }
                let head = clause_before(before(lower, i, 100));
                if crate::detect::persons::has_word(head, "born") && !head.contains("born-") {
                    identifiers.push(Mention::new(i, end, "dob", 1.0));
                }
            }
        }
    }
    // (start, end, kind)
    let mut cands: Vec<(usize, usize, &'static str)> = Vec::new();
    let num = |s: &str| s.parse::<u32>().unwrap_or(0);

    // a day next to a month name is a digit
    let dw_digit = dw.holding_runs(&tr.digits, |_, _, _| true);
    // (these five regexes' groups are read from their matches: see `groups`)
    for all in dw_digit
        .finds(&m.month_day, lower)
        .needing_digit(&tr.digits)
    {
        let d = num(groups(all.as_str(), Shape::MonthDay)[0]);
        if (1..=31).contains(&d) && !after(lower, all.end(), 1).starts_with([':', '%']) {
            cands.push((all.start(), all.end(), "date"));
        }
    }
    for all in dw_digit
        .finds(&m.day_month, lower)
        .needing_digit(&tr.digits)
    {
        let d = num(groups(all.as_str(), Shape::DayMonth)[0]);
        if (1..=31).contains(&d) && !before(lower, all.start(), 1).starts_with(['.', '/', '$']) {
            cands.push((all.start(), all.end(), "date"));
        }
    }
    // a month with a year holds four digits in a row, or "last " before the month
    let dw_year = dw.holding(lower, |w| super::has_digit_run(w, 4) || w.contains("last "));
    for c in dw_year.finds(&m.month_year, lower) {
        cands.push((c.start(), c.end(), "date-month"));
    }
    // "3/14" needs a slash, "3-14-24" a digit, a dash or dot and a digit, ISO dates four digits
    // in a row then a dash
    for c in tight
        .holding(lower, |w| w.contains('/'))
        .finds(&m.numeric, lower)
        .needing_digit(&tr.digits)
    {
        let (s, t) = (c.start(), c.end());
        let g = groups(c.as_str(), Shape::Numeric);
        let prev1 = before(lower, s, 1);
        let next1 = after(lower, t, 1);
        if prev1 == "/" || prev1 == "." || prev1 == "$" || next1 == "/" || next1 == "%" {
            continue;
        }
        if next1 == "." && after(lower, t, 2).ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let a = num(g[0]);
        let b = num(g[1]);
        let year = !g[2].is_empty();
        let ok = valid_md(a, b) || (year && valid_md(b, a));
        if !ok {
            continue;
        }
        if !year {
            let prep = m.date_prep.is_match(before(lower, s, 16));
            // "1 3/4", "3/4 tab", "7/10 pain", "5/5 strength", "1/2 of"
            let prev_num = before(lower, s, 3)
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit());
            let next_word = after(lower, t, 14)
                .trim_start()
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let fractionish = a < b && [2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64].contains(&b);
            let scoreish = a <= b && (b == 5 || b == 10);
            if prev_num || UNITS.contains(&next_word) || next_word.ends_with("th") {
                continue;
            }
            if (fractionish || scoreish) && !prep {
                continue;
            }
        }
        cands.push((s, t, "date"));
    }
    for c in tight
        .holding_runs(&tr.digits, |_, de, we| {
            super::run_end_then(lower.as_bytes(), de, we, b"-.", true)
        })
        .finds(&m.dashed, lower)
        .needing_digit(&tr.digits)
    {
        let (s, t) = (c.start(), c.end());
        let g = groups(c.as_str(), Shape::Dashed);
        let sep = g[1];
        let glued_after = after(lower, t, 1).starts_with(['.', '-'])
            && after(lower, t, 2).ends_with(|ch: char| ch.is_ascii_digit());
        if before(lower, s, 1).starts_with(['v', '.', '-']) || glued_after {
            continue;
        }
        if sep == "." && g[3].len() != 4 {
            continue;
        }
        let (a, b) = (num(g[0]), num(g[2]));
        if valid_md(a, b) || valid_md(b, a) {
            cands.push((s, t, "date"));
        }
    }
    for c in tight
        .holding_runs(&tr.digits, |s, de, we| {
            super::run_then(lower.as_bytes(), s, de, we, 4, b'-')
        })
        .finds(&m.iso, lower)
        .needing_digit(&tr.digits)
    {
        let g = groups(c.as_str(), Shape::Iso);
        if valid_md(num(g[0]), num(g[1])) {
            cands.push((c.start(), c.end(), "date"));
        }
    }
    // every weekday match holds one of the weekday keywords whole (its `\b`s fall where the
    // keyword scan's boundaries do, and no other keyword can overlap one)
    for c in ww
        .holding_points(&tr.weekday_words)
        .finds(&m.weekday, lower)
        .needing_point(&tr.weekday_words)
    {
        cands.push((c.start(), c.end(), "date-weekday"));
    }
    // every relative match holds one of the relative keywords whole, but "esta tarde" and
    // "esta noche" (its `\b`s fall where the keyword scan's boundaries do)
    let esta = lower.contains("esta tarde") || lower.contains("esta noche");
    let rw = if esta {
        Windows::default()
    } else {
        ww.holding_points(&tr.relative_words)
    };
    let relative = if esta {
        ww.finds(&m.relative, lower)
    } else {
        rw.finds(&m.relative, lower)
            .needing_point(&tr.relative_words)
    };
    for c in relative {
        cands.push((c.start(), c.end(), "date-relative"));
    }
    // days in other scripts ("다음 주 화요일", "明天", "во вторник")
    cands.extend(crate::detect::world::days(lower));
    let appt = tr.lits.holding(&tight, LIT_APPT);
    for c in appt.finds(&m.appt_time, lower) {
        // "your 9:15 appointment": keep the time only
        let t = c.as_str();
        let end = c.start() + t.rfind(' ').unwrap_or(t.len());
        cands.push((c.start(), end, "date-time"));
    }

    // "shoutout to my 2pm who fell asleep": the time stands for the patient booked at it
    // (not "my 2pm meeting", "our 10:30 class").
    let mut slots: Vec<(usize, usize)> = Vec::new();
    // (every match holds "my " or "ur ": the windows without either cannot hold one)
    let slot_windows = tr.lits.holding(&tight, LIT_SLOT);
    for c in slot_windows.caps(&m.slot, lower) {
        let next = c.get(2).map_or("", |g| g.as_str());
        if matches!(
            next,
            "meeting"
                | "meetings"
                | "call"
                | "class"
                | "lunch"
                | "break"
                | "shift"
                | "huddle"
                | "webinar"
                | "conference"
                | "interview"
                | "flight"
                | "train"
                | "bus"
                | "show"
                | "deadline"
                | "start"
                | "opening"
                | "openings"
                | "slot"
                | "slots"
                | "is"
                | "are"
                | "and"
                | "to"
                | "until"
                | "till"
                | "or"
                | "am"
                | "pm"
        ) {
            continue;
        }
        let t = c.get(1).expect("time");
        slots.push((t.start(), t.end()));
        cands.push((t.start(), t.end(), "date-time"));
    }

    // Keep the widest of overlapping candidates; join neighbours ("Tuesday, Oct 14").
    cands.retain(|&(s, t, _)| !overlaps(claimed, (s, t)));
    cands.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut merged: Vec<(usize, usize, &'static str)> = Vec::new();
    for c in cands {
        if let Some(last) = merged.last_mut() {
            if c.0 < last.1 {
                if c.1 > last.1 {
                    last.1 = c.1;
                }
                continue;
            }
            let gap = &lower[last.1..c.0];
            if last.2 == "date-weekday"
                && c.2 == "date"
                && gap.len() <= 2
                && gap.chars().all(|ch| ch == ',' || ch == ' ')
            {
                last.1 = c.1;
                if last.2 != "date" && c.2 == "date" {
                    last.2 = "date";
                }
                continue;
            }
        }
        merged.push(c);
    }

    for (s, t, kind) in merged {
        // A date of birth is an identifier of its own (C9); born in 1935 or before, the
        // person is over 89 whatever today's date (no clock is read: none in WebAssembly).
        if kind == "date" && m.dob_label.is_match(before(lower, s, 40)) {
            identifiers.push(Mention::new(s, t, "dob", 1.0));
            let year = lower[s..t]
                .rsplit(|ch: char| !ch.is_ascii_digit())
                .find(|x| x.len() == 4)
                .and_then(|x| x.parse::<u32>().ok());
            if year.is_some_and(|y| (1880..=1935).contains(&y)) {
                ages.push(Mention::new(s, t, "age", 1.0));
            }
            continue;
        }
        let span = (s, t);
        // "brings cookies every Friday", "each Monday", "Saturday mornings 8:30-12": a habit
        // or office hours, not a day of service; "open 8-12 on Friday", "starting Jan 4": the
        // practice's schedule
        let habit = kind == "date-weekday" && {
            let b = before(lower, s, 8).trim_end();
            // the word after the weekday, or after a list of them ("Tuesday and Thursday
            // afternoons")
            let words: Vec<&str> = after(lower, t, 48)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .take(6)
                .collect();
            let mut k = 0;
            while k + 1 < words.len()
                && matches!(words[k], "and" | "or" | "through" | "thru")
                && crate::text::WEEKDAYS
                    .iter()
                    .any(|d| words[k + 1].starts_with(&d[..3]))
            {
                k += 2;
            }
            let next = words.get(k).copied().unwrap_or("");
            b.ends_with("every")
                || b.ends_with("each")
                || b.ends_with(" los")
                || matches!(next, "mornings" | "afternoons" | "evenings" | "nights")
                // "Thursday dental with Dr. Wes is BACK", "His Tuesday clinic is covered": a
                // service the practice runs that day
                || matches!(
                    next,
                    "dental" | "clinic" | "clinics" | "hours" | "class" | "classes" | "program"
                        | "schedule" | "shift" | "shifts" | "huddle" | "rounds" | "meeting"
                )
        };
        let schedule = {
            let b = before(lower, s, 28);
            let clause = after_last(b, b".!?\n;");
            let (lo, hi) = range_in(lower, clause);
            let trimmed = range_in(lower, clause.trim_end()).1;
            // "starts seeing patients Tue-Thu on Sept 2": the days and "on" between
            tr.lits.ends(LIT_SCHED_END, lo, trimmed)
                || strip_days_on(clause.trim_end())
                    .is_some_and(|bare| tr.lits.ends(LIT_SCHED_END, lo, range_in(lower, bare).1))
                || tr.lits.within(LIT_SCHED_ANY, lo, hi)
                || (kind == "date-weekday" && tr.lits.within(LIT_SCHED_WEEKDAY, lo, hi))
        };
        // "we'll miss seeing him every Tuesday": a patient's standing appointment
        let standing = habit && {
            let (lo, hi) = range_in(lower, before(lower, s, 32));
            tr.lits.within(LIT_STANDING, lo, hi)
        };
        // "Call your reps today!", "Drink water and start cranberry pills tonight": the time of
        // an instruction, not of a visit
        let instruction = kind == "date-relative" && {
            let clause = clause_before(before(lower, s, 120));
            let first = clause
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .next()
                .unwrap_or("");
            // "Call Rep. Dunmore TODAY", "he can go up to 20mg tonight", "you should get Plan
            // B tonight": an instruction or a permission before the time, in its clause
            let told = INSTRUCTIONS.contains(&first) || {
                let (lo, hi) = range_in(lower, clause);
                tr.lits.within(LIT_MODAL, lo, hi)
            };
            // "Bring him by tomorrow at 8 and we'll squeeze him in", answering a parent: the
            // one person brought in for a visit at that time is a booked visit, not an
            // instruction's time (in a post, "got a toddler? bring him in" is anyone's)
            told && !(first == "bring" && ctx.draft.kind.is_answer() && brings_someone_in(clause))
        };
        // "Myth-busting Monday: ...", "Wellness Wednesday!": a series of posts, not a day
        // (an emoji may open the line, a note in parentheses follow the day: "🧠 GUT CHECK
        // TUESDAY (hypothetical case!):")
        let series = kind == "date-weekday" && {
            let b = ctx.norm()[..s].trim_end();
            let line = after_last(b, b".!?\n")
                .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '#');
            let words = line.split_whitespace().count();
            let next = after(lower, t, 48);
            let next = match next.strip_prefix(" (") {
                Some(r) => r.split_once(')').map_or(next, |(_, r)| r),
                None => next,
            };
            next.starts_with([':', '!'])
                && (1..=3).contains(&words)
                && line.starts_with(|c: char| c.is_uppercase() || c == '#')
        };
        // "de lunes a viernes, 8am-4:30pm", "Monday to Friday": a range of days, opening days
        let day_range = kind == "date-weekday" && weekday_range(lower, s, t);
        if (habit && !standing) || schedule || instruction || series || day_range {
            out.push(Mention::new(s, t, kind, 0.2));
            continue;
        }
        if standing {
            out.push(Mention::new(s, t, kind, 1.0));
            continue;
        }
        // "Tuesday 7:15", "Friday at 7am": a booked time, a visit
        let aft = after(lower, t, 24);
        let hours_range = aft
            .trim_start_matches([',', ' '])
            .trim_start_matches("at ")
            .split_once(['-', '–'])
            .is_some_and(|(a, b)| {
                a.trim().len() <= 7
                    && a.trim().starts_with(|c: char| c.is_ascii_digit())
                    && b.trim_start().starts_with(|c: char| c.is_ascii_digit())
            });
        // "4pm thurs", "at 10:30 Tuesday": the time can come first
        let time_before = {
            let b = before(lower, s, 12).trim_end();
            b.ends_with("am")
                || b.ends_with("pm")
                || b.ends_with(|c: char| c.is_ascii_digit()) && b.contains(':')
        };
        let booked = matches!(kind, "date-weekday" | "date-relative")
            && ((m.time_after.is_match(aft) && !hours_range) || time_before);
        // an event for everyone ("free screening Saturday, June 7") is not a patient's date
        let events = events
            .get_or_insert_with(|| event_spans(lower, EVENT_GATE.all_matches(ctx.gate_scan())));
        let k = events.partition_point(|&(a, _)| a <= t + 160);
        let near_events = (k.saturating_sub(4)..k)
            .filter(|&j| events[j].1 + 160 >= s)
            .count();
        // two event words ("cooking demo and free recipe cards") outweigh a "her" next to it
        if near_events >= 2 || near_events == 1 && !cues.individual(span, 3) {
            out.push(Mention::new(s, t, kind, 0.2));
            continue;
        }
        // one person near and a visit word within the passage, or the reverse
        let ind = cues.individual(span, 15);
        let vis = booked || cues.visit(span, 12);
        let (ind, vis) = (
            ind || (vis && cues.individual(span, 40)),
            vis || (ind && cues.visit(span, 40)),
        );
        let slot = slots.iter().any(|&x| x.0 < t && s < x.1);
        let score = match (ind || slot, vis || slot) {
            // a month without a day ("April 2023") is coarse: kept, never reported alone
            _ if kind == "date-month" => 0.3,
            (true, true) => 1.0,
            (true, false) => IND_ONLY,
            (false, true) => VISIT_ONLY,
            _ => 0.3,
        };
        out.push(Mention::new(s, t, kind, score));
    }
}

/// Whether `w` is a weekday name, English (or its three-letter start) or Spanish (the
/// detectors' weekday keywords).
fn is_weekday_word(w: &str) -> bool {
    super::WEEKDAY_DATE_WORDS.contains(&w)
        || (w.len() >= 3
            && crate::text::WEEKDAYS
                .iter()
                .any(|d| d.starts_with(w) || w.starts_with(d)))
}

/// Whether the weekday at `s..t` begins or ends a range of days: "de lunes a viernes",
/// "Monday to Friday", "from Tuesday through Thursday".
fn weekday_range(lower: &str, s: usize, t: usize) -> bool {
    const JOIN: [&str; 7] = ["a", "al", "hasta", "to", "through", "thru", "till"];
    let mut next = after(lower, t, 20)
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, 'á' | 'é'))
        .filter(|w| !w.is_empty());
    let forward =
        next.next().is_some_and(|j| JOIN.contains(&j)) && next.next().is_some_and(is_weekday_word);
    let mut prev = before(lower, s, 20)
        .rsplit(|c: char| !c.is_alphanumeric() && !matches!(c, 'á' | 'é'))
        .filter(|w| !w.is_empty());
    let backward =
        prev.next().is_some_and(|j| JOIN.contains(&j)) && prev.next().is_some_and(is_weekday_word);
    forward || backward
}

/// `clause` without a trailing range of weekdays and an optional "on" after it ("... seeing
/// patients Tue-Thu on" -> "... seeing patients"), or None when it does not end so.
fn strip_days_on(clause: &str) -> Option<&str> {
    let c = clause.strip_suffix(" on").unwrap_or(clause).trim_end();
    let k = c.rfind(' ')?;
    let last = &c[k + 1..];
    let days = !last.is_empty()
        && last.split(['-', '/', '&']).all(|d| {
            d.get(..3)
                .is_some_and(|p| crate::text::WEEKDAYS.iter().any(|w| w.starts_with(p)))
        });
    days.then(|| c[..k].trim_end())
}

#[cfg(test)]
mod tests {
    use crate::detect::Mention;
    use crate::engine::{CompiledPolicy, Ctx};
    use crate::{Draft, Policy};

    type Found = Vec<(String, &'static str)>;

    fn run(text: &str) -> (Found, Found) {
        crate::detect::warm();
        let d = Draft::post(text);
        let p = CompiledPolicy::new(Policy::default());
        let ctx = Ctx::new(&d, &p);
        let a = ctx.analysis();
        let f = |v: &[Mention]| {
            v.iter()
                .map(|m| (text[m.start..m.end].to_string(), m.kind))
                .collect::<Vec<_>>()
        };
        (f(&a.dates), f(&a.ages))
    }

    #[test]
    fn every_relative_match_but_esta_tarde_and_noche_holds_a_relative_keyword() {
        let pieces = [
            "earlier ",
            "later ",
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "'s",
            "this ",
            "morning",
            "afternoon",
            "evening",
            "last ",
            "next ",
            "night",
            "weekend",
            "the other day",
            "other ",
            "day",
            "my ",
            "our ",
            "hoy",
            "ayer",
            "anoche",
            "pasado ",
            "mañana",
            "esta ",
            "tarde",
            "noche",
            " ",
            " ",
            ". ",
            "s",
            "x",
            "_",
            "2",
            "é",
            "-",
            "'",
        ];
        let m = super::m();
        let mut found = 0;
        for t in crate::testutil::random_texts(0x51D0_93AB_7E2C_64F1, &pieces, 8, 40_000) {
            let tr = super::Triggers::new(&t);
            for c in m.relative.re.find_iter(&t) {
                if c.as_str().starts_with("esta tarde") || c.as_str().starts_with("esta noche") {
                    continue;
                }
                assert!(
                    tr.relative_words
                        .iter()
                        .any(|&(s, e)| c.start() <= s && e <= c.end()),
                    "{t:?}: {:?}",
                    c.as_str()
                );
                found += 1;
            }
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn ages_read_from_the_match_are_those_of_the_captures() {
        let pieces = [
            "94",
            "9",
            "102",
            "1234",
            "-",
            " ",
            " ",
            "year",
            "years",
            "yr",
            "old",
            "yo",
            "y/o",
            "y.o.",
            "yrs old",
            "age",
            "aged",
            "ages",
            ": ",
            "in ",
            "into ",
            "her ",
            "his ",
            "late ",
            "mid-",
            "mid ",
            "90",
            "'s",
            "s",
            "nineties",
            "nd",
            "th",
            " birthday",
            "turned ",
            "turn ",
            "nonagenarian",
            "centenarian",
            "supercentenarian",
            " of age",
            " young",
            " años",
            "cumplió ",
            "cumplio ",
            "x",
            "é",
        ];
        let m = super::m();
        let mut found = 0;
        for t in crate::testutil::random_texts(0x3C5E_7A91_B20D_46F8, &pieces, 8, 40_000) {
            for c in m.ages.captures_iter(&t) {
                let own = super::first_number(&c).map(|x| x.0);
                assert_eq!(super::age_of(c.get(0).expect("m").as_str()), own, "{t:?}");
                found += 1;
            }
            for c in m.ages_case.captures_iter(&t.to_uppercase()) {
                let all = c.get(0).expect("m").as_str();
                let own = c.get(1).and_then(|g| g.as_str().parse::<u32>().ok());
                assert_eq!(all.trim_end_matches(['M', 'F']).parse::<u32>().ok(), own);
            }
        }
        assert!(found > 2_000, "{found}");
    }

    #[test]
    fn date_groups_read_from_the_match_are_the_captures() {
        use super::{groups, Shape};
        let pieces = [
            "oct", "october", "march", "mar", "sept", "may", "last ", "this ", "of ", ".", " ",
            " ", "-", "/", ",", "'", "1", "3", "12", "31", "4", "2024", "19", "20", "st", "th",
            "x", "é",
        ];
        let m = super::m();
        let regexes: [(&regex::Regex, Shape, &[usize]); 5] = [
            (&m.month_day, Shape::MonthDay, &[2]),
            (&m.day_month, Shape::DayMonth, &[1]),
            (&m.numeric, Shape::Numeric, &[1, 2, 3]),
            (&m.dashed, Shape::Dashed, &[1, 2, 3, 4]),
            (&m.iso, Shape::Iso, &[2, 3]),
        ];
        let mut draw = crate::testutil::drawer(0x7D21_4C0B_E983_5A16);
        let numbers = [
            "1", "3", "12", "31", "4", "24", "2024", "1999", "19", "20", "0", "-", "-", ".", "/",
            "/", " ", "x", "2024-", "1999-", "12-", "3-", "3.", "-24", ".2024", "-3",
        ];
        let mut found = [0usize; 5];
        for i in 0..40_000 {
            let set: &[&str] = if i % 2 == 0 { &pieces } else { &numbers };
            let t: String = (0..draw(9)).map(|_| set[draw(set.len())]).collect();
            for (k, (re, shape, idx)) in regexes.iter().enumerate() {
                for c in re.captures_iter(&t) {
                    let read = groups(c.get(0).expect("m").as_str(), *shape);
                    for (j, &g) in idx.iter().enumerate() {
                        let own = c.get(g).map_or("", |x| x.as_str());
                        assert_eq!(read[j], own, "{t:?} group {g}");
                    }
                    found[k] += 1;
                }
            }
        }
        assert!(found.iter().all(|&n| n > 50), "{found:?}");
    }

    #[test]
    fn the_event_words_are_the_event_regexs_words() {
        // event_spans reads the matches from EVENT_WORDS alone: a word added to the regex and
        // not to the list would be missed
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        let hir = regex_syntax::Parser::new()
            .parse(super::m().event.as_str())
            .expect("event regex");
        let mut x = Extractor::new();
        x.kind(ExtractKind::Prefix)
            .limit_total(10_000)
            .limit_class(20);
        let seq = x.extract(&hir);
        assert!(seq.is_exact(), "the event regex is a list of words");
        let mut own: Vec<String> = seq
            .literals()
            .expect("finite")
            .iter()
            .map(|l| String::from_utf8(l.as_bytes().to_vec()).expect("UTF-8"))
            .collect();
        let mut words: Vec<String> = super::EVENT_WORDS.iter().map(|w| w.to_string()).collect();
        own.sort();
        own.dedup();
        words.sort();
        assert_eq!(
            own, words,
            "EVENT_WORDS must spell out the event regex's words"
        );
    }

    #[test]
    fn event_spans_from_the_gate_scan_are_the_regexs_own() {
        // what event_spans reads the boundaries by
        for w in super::EVENT_WORDS {
            let b = w.as_bytes();
            assert!(b[0].is_ascii_alphanumeric(), "{w}");
            assert!(
                b[b.len() - 1].is_ascii_alphanumeric() || b[b.len() - 1] == b' ',
                "{w}"
            );
        }
        let mut pieces: Vec<&str> = super::EVENT_WORDS.to_vec();
        pieces.extend([
            " ",
            " ",
            " ",
            "s",
            "x",
            "_",
            "-",
            "é",
            "í",
            "3",
            ", ",
            ". ",
            "\u{1F389}",
            "closed ",
            "mon",
            "day",
            "week",
            "o",
            "as",
            "live ",
            "fun ",
            "cooking ",
        ]);
        let mut found = 0;
        for t in crate::testutil::random_texts(0x2F6B_13D9_84C5_A071, &pieces, 10, 20_000) {
            let own: Vec<(usize, usize)> = super::m()
                .event
                .find_iter(&t)
                .map(|e| (e.start(), e.end()))
                .collect();
            let scan = crate::rules::boundaries::cues::GateScan::new(&t);
            let words = super::EVENT_GATE.all_matches(&scan);
            assert!(words.is_some(), "the event words are in the shared scan");
            assert_eq!(super::event_spans(&t, words), own, "{t:?}");
            assert_eq!(super::event_spans(&t, None), own, "{t:?}");
            found += own.len();
        }
        assert!(found > 5_000, "{found}");
    }

    fn dates(text: &str) -> Vec<String> {
        run(text).0.into_iter().map(|x| x.0).collect()
    }

    #[test]
    fn day_level_dates() {
        assert_eq!(dates("her visit on 3/14"), vec!["3/14"]);
        assert_eq!(
            dates("seen 3/14/71 and 02-22-2024"),
            vec!["3/14/71", "02-22-2024"]
        );
        assert_eq!(dates("on March 14th, 2023."), vec!["March 14th, 2023"]);
        assert_eq!(dates("on 14 March 2023"), vec!["14 March 2023"]);
        assert_eq!(dates("Tuesday, Oct 14 at 6pm"), vec!["Tuesday, Oct 14"]);
        assert_eq!(dates("came in last Tuesday"), vec!["last Tuesday"]);
        assert_eq!(
            dates("earlier today and yesterday"),
            vec!["earlier today", "yesterday"]
        );
        assert_eq!(dates("Nov 11th '23"), vec!["Nov 11th '23"]);
        assert_eq!(dates("noted on 17-Feb-2023."), vec!["17-Feb-2023"]);
    }

    #[test]
    fn not_dates() {
        for t in [
            "120/80 is normal",
            "20/20 vision",
            "take 3/4 tab",
            "pain 7/10",
            "strength 5/5",
            "1 1/2 cups",
            "version 2.1.14",
            "open 9-12",
            "at 7:15",
            "in 2021",
            "last week",
            "last year",
            "Tuesdays and Thursdays",
            "24/7",
        ] {
            assert!(dates(t).is_empty(), "{t}: {:?}", dates(t));
        }
    }

    #[test]
    fn ages_score_ninety_and_over() {
        let (_, a) = run("our 94-year-old patient, age 92, a 70yo M, 72F rancher, in her 90s");
        let got: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            got,
            vec!["94-year-old", "age 92", "70yo", "72F", "in her 90s"]
        );
    }

    #[test]
    fn born_on_a_holiday_is_a_day_of_birth() {
        let birth = |text: &str| {
            crate::detect::warm();
            let d = Draft::post(text);
            let p = CompiledPolicy::new(Policy::default());
            let ctx = Ctx::new(&d, &p);
            ctx.analysis()
                .identifiers
                .iter()
                .filter(|m| m.kind == "dob")
                .map(|m| text[m.start..m.end].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            birth("Today's little visitor, born at 29 wks on Christmas Eve, now 4 months!"),
            vec!["Christmas Eve"]
        );
        // near misses: a holiday without a birth; a born-and-raised staff member's holiday party
        assert!(birth("We're closed on Christmas Eve and Christmas Day.").is_empty());
        assert!(birth("Our born-and-raised local team hosts a party on Halloween!").is_empty());
        assert!(birth("Newborn visits are closed on Christmas Day.").is_empty());
    }

    #[test]
    fn an_age_set_off_by_commas() {
        let (_, a) =
            run("Margaret Olsen, 94, came in. The retired harbormaster, 91 and still sharp!");
        let got: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(got, vec!["94", "91"]);
        // in Haitian Creole and French, with the years' word
        let (_, a) = run("Granmoun Jozèf, 92 an, te rache 3 dan. Madame Roy, 97 ans, est venue");
        let got: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(got, vec!["92", "97"]);
        // near misses: room numbers, a count, a suite
        for t in [
            "rooms 12, 95, and 96 are ready",
            "Our team, 95 strong, ran the 5K",
            "Suite 91, second floor",
        ] {
            assert!(run(t).1.is_empty(), "{t}");
        }
    }
}
