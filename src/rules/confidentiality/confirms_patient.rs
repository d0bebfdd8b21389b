//! C2: text that confirms the reader or someone else is or was a patient.
//!
//! HIPAA's Privacy Rule (45 CFR 164.502) makes the fact that someone is a patient protected
//! information, so "we're sorry your crown came loose" or "see you at your follow-up" in a reply
//! to a review is a disclosure, even as sympathy. HHS OCR fined practices $10,000-$50,000 for
//! such replies (Elite Dental 2019, New Vision Dental 2022, Manasa Health Center 2023).
//!
//! The hard part is telling the individual "you" (the person a reply answers) from the generic
//! "you" of a post ("if you have a cavity, ..."). So the rule reads a draft sentence by sentence:
//! - In a reply, comment or DM, the reader is one person. A sentence confirms care when it ties
//!   that person (you, your) or someone else (he, his, her) to care: an encounter ("you came in",
//!   "we saw you", "seeing you today", "see you Thursday"), a visit or record of theirs ("your
//!   follow-up", "your 9:15 appointment", "your last two visits", "our records show"), a
//!   treatment of theirs ("your crown", "her biopsy", "his home exercises"), a clinician acting
//!   on them ("Dr. Lee wants him out 3 more weeks"), or their payments for care (see C5).
//!   Generic and hypothetical sentences ("if your gums bleed", "you can see a PT without a
//!   referral", "call to schedule your first visit") and offers to someone not yet seen ("we'll
//!   knock $50 off your eval") do not count.
//! - In a post, "you" is usually everyone, so only unmistakable signals count: sympathy or
//!   congratulations about someone's treatment ("sorry your filling hurt", "glad you love your
//!   new smile"), "our records show", "you missed two appointments", "we saw you".

use crate::detect::health::{is_condition, is_treatment};
use crate::detect::Mention;
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;
use crate::rules::boundaries::cues::Gate;
use aho_corasick::AhoCorasick;
use regex::Regex;
use std::sync::OnceLock;

pub struct ConfirmsPatient;

const MESSAGE_ANSWER: &str = "This confirms that the person you are answering (or someone they mention) is or was a patient. Under the HIPAA Privacy Rule (45 CFR 164.502) that fact is itself protected, even as sympathy; HHS OCR has fined practices $10,000-$50,000 for replies like this.";
const MESSAGE_POST: &str = "This confirms that someone is or was a patient of the practice. Under the HIPAA Privacy Rule (45 CFR 164.502) that fact is itself protected information, even without a name or a diagnosis.";

/// A sentence of the draft: byte range of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Sentence {
    pub start: usize,
    pub end: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "st", "vs", "jr", "sr", "no", "approx", "dept", "appt", "e.g", "i.e",
    "etc", "mt", "ft", "lt", "sgt", "prof", "rev", "wk", "wks", "yr", "yrs", "min", "hr", "hrs",
    "sen", "gov", "rep",
];

/// The length of the longest of [`ABBREVIATIONS`]: a longer word is none of them.
const ABBREV_MAX: usize = {
    let mut m = 0;
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > m {
            m = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    m
};

/// Bit `last & 31` of `ABBREV_SHAPE[len]`: one of [`ABBREVIATIONS`] has that length in bytes and
/// last byte (up to those bits). A word that fits none is none of them, told without comparing
/// it with each.
const ABBREV_SHAPE: [u32; ABBREV_MAX + 1] = {
    let mut t = [0u32; ABBREV_MAX + 1];
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        let w = ABBREVIATIONS[i].as_bytes();
        t[w.len()] |= 1 << (w[w.len() - 1] & 31);
        i += 1;
    }
    t
};

/// Whether `word` is one of [`ABBREVIATIONS`].
fn is_abbreviation(word: &str) -> bool {
    let b = word.as_bytes();
    match b.last() {
        Some(&last) if b.len() <= ABBREV_MAX => {
            ABBREV_SHAPE[b.len()] >> (last & 31) & 1 != 0 && ABBREVIATIONS.contains(&word)
        }
        _ => false,
    }
}

/// The bytes at which [`sentences`] may split: `.`, `!`, `?`, `;` and line breaks.
const ENDS: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b';' as usize] = true;
    t[b'\n' as usize] = true;
    // lead bytes of "。", "！", "？" (Chinese, Japanese) and "؟" (Arabic, Persian): see
    // [`wide_end`]
    t[0xE3] = true;
    t[0xEF] = true;
    t[0xD8] = true;
    t
};

/// The length of the sentence end at byte `i` (a lead byte of [`ENDS`] past ASCII) when the
/// char there is "。", "！", "？" or "؟".
fn wide_end(lower: &str, i: usize) -> Option<usize> {
    lower[i..]
        .chars()
        .next()
        .filter(|c| matches!(c, '。' | '！' | '？' | '؟'))
        .map(char::len_utf8)
}

/// Splits text into sentences at `.`, `!`, `?`, `;` and line breaks, keeping "Dr. Lee",
/// "Ms. Ortiz", "0.1%" and "$146.20" whole.
pub(crate) fn sentences(lower: &str) -> Vec<Sentence> {
    let b = lower.as_bytes();
    // (room for a common draft's sentences: the vector does not grow from empty)
    let mut out = Vec::with_capacity(b.len() / 48 + 4);
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        // skip to the next byte that may end a sentence
        let Some(k) = b[i..].iter().position(|&c| ENDS[c as usize]) else {
            break;
        };
        i += k;
        let c = b[i];
        if c >= 0x80 {
            match wide_end(lower, i) {
                Some(len) => {
                    out.push(Sentence {
                        start,
                        end: i + len,
                    });
                    start = i + len;
                    i = start;
                }
                None => i += 1,
            }
            continue;
        }
        let split = match c {
            b'!' | b'?' | b';' | b'\n' => true,
            // a period inside a token ("0.1%", "$146.20") ends nothing
            b'.' if i + 1 < b.len() && !b[i + 1].is_ascii_whitespace() => false,
            b'.' => {
                // the word before the period; only one of at most ABBREV_MAX chars (so bytes)
                // can be an abbreviation, so the walk back stops past that
                let mut word_start = 0;
                let mut long = false;
                for (n, (p, ch)) in lower[..i].char_indices().rev().enumerate() {
                    if !(ch.is_alphanumeric() || ch == '.') {
                        word_start = p + ch.len_utf8();
                        break;
                    }
                    if n >= ABBREV_MAX {
                        long = true;
                        break;
                    }
                }
                let word = &lower[word_start..i];
                let abbrev = !long
                    && (is_abbreviation(word)
                        || (word.len() == 1 && word.as_bytes()[0].is_ascii_alphabetic()));
                !abbrev
            }
            _ => false,
        };
        if split {
            // swallow runs like "?!" or "..."
            let mut j = i + 1;
            while j < b.len() && matches!(b[j], b'!' | b'?' | b'.') {
                j += 1;
            }
            if j > start {
                out.push(Sentence { start, end: j });
            }
            start = j;
            i = j;
            continue;
        }
        i += 1;
    }
    if start < b.len() {
        out.push(Sentence {
            start,
            end: b.len(),
        });
    }
    out.retain(|s| lower[s.start..s.end].chars().any(|c| c.is_alphanumeric()));
    out
}

/// The words of the draft inside `s`, lowercased, with their byte spans.
pub(crate) fn sentence_words<'a>(ctx: &'a Ctx, s: &Sentence) -> Vec<(&'a str, usize, usize)> {
    let mut out = Vec::new();
    sentence_words_into(ctx, s, &mut out);
    out
}

/// [`sentence_words`] into a buffer (cleared first) that a caller reuses sentence after
/// sentence: one allocation per check instead of a growing one per sentence.
pub(crate) fn sentence_words_into<'a>(
    ctx: &'a Ctx,
    s: &Sentence,
    out: &mut Vec<(&'a str, usize, usize)>,
) {
    let mut from = 0;
    sentence_words_from(ctx, s, out, &mut from);
}

/// [`sentence_words_into`] for sentences taken in order: the search for the sentence's first
/// word starts at `from`, the first word of the last one, and leaves it at this one's.
pub(crate) fn sentence_words_from<'a>(
    ctx: &'a Ctx,
    s: &Sentence,
    out: &mut Vec<(&'a str, usize, usize)>,
    from: &mut usize,
) {
    out.clear();
    let first = *from + ctx.words[*from..].partition_point(|w| w.start < s.start);
    *from = first;
    let n = ctx.words[first..]
        .iter()
        .take_while(|w| w.end <= s.end)
        .count();
    out.extend(
        ctx.words[first..first + n]
            .iter()
            .map(|w| (ctx.word_lower(w), w.start, w.end)),
    );
}

/// The mentions (sorted by start, as the detectors give them) that lie inside `s`, found by
/// binary search so that long drafts stay linear.
pub(crate) fn within<'a>(ms: &'a [Mention], s: &Sentence) -> &'a [Mention] {
    let a = ms.partition_point(|m| m.start < s.start);
    let b = a + ms[a..].partition_point(|m| m.start < s.end);
    &ms[a..b]
}

pub(crate) fn is_second_person(w: &str) -> bool {
    matches!(
        w,
        "you"
            | "your"
            | "you're"
            | "youre"
            | "you've"
            | "youve"
            | "you'd"
            | "you'll"
            | "yours"
            | "yourself"
            | "u"
            | "ur"
            | "ya"
            | "y'all"
    )
}

pub(crate) fn is_possessive(w: &str) -> bool {
    matches!(w, "your" | "ur" | "his" | "her")
}

pub(crate) fn is_third_person(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "him"
            | "her"
            | "his"
            | "hers"
            | "he's"
            | "she's"
            | "he'll"
            | "she'll"
            | "himself"
            | "herself"
    )
}

/// Words after which a possessive is generic, hypothetical or an invitation, not a record of
/// care: "if your gums bleed", "ask your doctor", "schedule your first visit".
fn generic_before(w: &str) -> bool {
    matches!(
        w,
        "if" | "when"
            | "whenever"
            | "whether"
            | "before"
            | "ask"
            | "asking"
            | "schedule"
            | "book"
            | "booking"
            | "request"
            | "plan"
            | "protect"
            | "check"
            | "questions"
            | "question"
            | "any"
            | "every"
            | "anyone's"
            | "everyone's"
            | "talk"
            | "discuss"
    )
}

/// Words between a possessive and a care term that make it generic: "your first visit",
/// "your own treatment".
fn generic_between(w: &str) -> bool {
    matches!(w, "first" | "own" | "new-patient" | "free" | "initial")
}

/// Words that may sit between a possessive and its care term: "your last two visits", "your
/// 53-minute session", "her left knee replacement".
fn joins_possessive(w: &str) -> bool {
    !matches!(
        w,
        "and"
            | "or"
            | "but"
            | "to"
            | "for"
            | "with"
            | "of"
            | "at"
            | "in"
            | "on"
            | "about"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "can"
            | "be"
            | "that"
            | "the"
            | "a"
            | "an"
    )
}

/// Phrases of [`is_offer`].
const OFFER: &[&str] = &[
    "we'll ",
    "we will ",
    "we can ",
    "we could ",
    "we'd ",
    "let's ",
    "if you ",
    "to book",
    "to schedule",
    "before you book",
    "can we ",
    // "our front desk can check your coverage": checking benefits for someone not yet seen
    "can check your",
    "can verify your",
    "will check your",
    "will verify your",
    "happy to check",
    "happy to verify",
    // "give the front desk a call to check your specific coverage"
    "to check your coverage",
    "to check your specific",
    "to check your benefits",
    "to check your insurance",
    "to check your plan",
    "to verify your",
    // "call Corbin and he can look up your plan's benefits": a lookup still to come
    "look up your",
    "run your insurance",
];

/// Sentences that offer something to someone not yet seen: "we'll knock $50 off your eval".
pub(crate) fn is_offer(text: &str) -> bool {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| crate::build_ac(&AhoCorasick::builder(), OFFER).expect("offer phrases"))
        .is_match(text)
}

/// Phrases of [`generic_you`].
const GENERIC: &[&str] = &[
    "you can ",
    "you may ",
    "you might ",
    "you could ",
    "you need ",
    "you need.",
    "you need,",
    "you should ",
    "you'll want",
    "if you",
    "if your",
    "when you",
    "when your",
    "whether you",
    "anyone",
    "everyone",
    "ask your",
    "talk to your",
    "talk with your",
    "most people",
    "many people",
    "questions about your",
    "question for your",
    "good question",
    "great question",
    "before you",
    "most plans",
    "usually",
    "typically",
    "generally",
    "in general",
    // Spanish and Portuguese
    "en general",
    "por lo general",
    "muchas personas",
    "la mayoría",
    "em geral",
    "muitas pessoas",
    "a maioria",
    "geralmente",
    "should last",
    "should be",
    // health education that cites a public authority: "the CDC recommends the flu shot in
    // any trimester, it protects you and the baby"
    "the cdc",
    "acog",
    "the aap",
    "the ada ",
    "the fda",
    "the who ",
    "guidelines",
    "studies show",
    "research shows",
    "experts",
    // standing offers: "we're always happy to answer questions at your child's checkup"
    "always happy to",
    "always glad to",
    "happy to answer",
    "happy to help with",
    // hypotheticals and claims about everyone treated: "keep narcan around in case you
    // relapse", "cure sleep apnea in every patient"
    "in case you",
    "just in case",
    "every patient",
    "all patients",
    "most patients",
    "many patients",
];

/// "you can see a PT without a referral": modal, generic second person.
pub(crate) fn generic_you(text: &str) -> bool {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| crate::build_ac(&AhoCorasick::builder(), GENERIC).expect("generic phrases"))
        .is_match(text)
}

/// [`is_offer`] and [`generic_you`] of the draft's sentences (and the slot and recheck
/// keywords of the encounter pattern), answered from the shared gate scan: one pass over the
/// draft instead of a search per sentence and question.
pub(crate) static OFFER_GATE: Gate = Gate::new(OFFER);
pub(crate) static GENERIC_GATE: Gate = Gate::new(GENERIC);
pub(crate) static SLOT_GATE: Gate = Gate::new(&[
    "you're",
    "youre",
    "re-check",
    "re-eval",
    "re-x",
    "re-scan",
    "follow up on",
]);

/// The verbs of the encounter patterns: a sentence without one cannot match them.
fn encounter_verb(w: &str) -> bool {
    matches!(
        w,
        "came"
            | "come"
            | "comes"
            | "were"
            | "was"
            | "gave"
            | "prescribed"
            | "treated"
            | "saw"
            | "fixed"
            | "removed"
            | "placed"
            | "fitted"
            | "started"
            | "referred"
            | "examined"
            | "discharged"
            | "scheduled"
            | "booked"
            | "sent"
            | "casted"
            | "splinted"
            | "numbed"
            | "injected"
            | "stitched"
            | "moved"
            | "rescheduled"
            | "miss"
            | "missed"
            | "know"
            | "knows"
            | "seen"
            | "cancelled"
            | "canceled"
            | "skipped"
            | "no-showed"
            | "arrived"
            | "showed"
            | "told"
            | "had"
            | "got"
            | "did"
            | "finished"
            | "completed"
            | "could"
            | "recheck"
            | "reevaluate"
    ) || ES_CARE_VERBS.contains(&w)
}

/// Spanish verbs of care done by us, said of someone named by a pronoun before them ("la
/// mandamos a urgencias": we sent her to the ER).
const ES_CARE_VERBS: &[&str] = &[
    "mandamos",
    "enviamos",
    "atendimos",
    "operamos",
    "tratamos",
    "revisamos",
    "internamos",
    "referimos",
    "vacunamos",
    "curamos",
];

/// Imperative advice ("switch to ...", "take ...", "do ..."): B1's business, not a record of care.
fn imperative_start(words: &[(&str, usize, usize)]) -> bool {
    words.first().is_some_and(|(w, _, _)| {
        matches!(
            *w,
            "switch"
                | "take"
                | "stop"
                | "try"
                | "use"
                | "apply"
                | "do"
                | "ice"
                | "rest"
                | "avoid"
                | "start"
                | "double"
                | "skip"
                | "keep"
                | "put"
                | "go"
                | "see"
        )
    })
}

/// Compiles a pattern in ASCII mode (`\b`, `\w`, `\s` ASCII): the rules match lowercased text
/// against ASCII words, and ASCII classes keep the regex crate on its fast DFA path. Patterns
/// must not use `.` or negated classes (they could match inside a UTF-8 sequence).
pub(crate) fn ascii_re(pattern: &str) -> Regex {
    Regex::new(&format!("(?-u){pattern}")).expect("rule regex compiles")
}

struct Patterns {
    /// "he's been with us", "you've been coming here"
    with_us: Regex,
    /// Encounters: care happened to the reader or someone else.
    encounter: Regex,
    /// "see you Thursday", "seeing you today": an appointment with this person.
    see_you: Regex,
    /// "your Tuesday 7:15", "your 9:15 appointment", "your last 40 units"; "we've moved your
    /// daughter to Hollis's 3:30".
    your_slot: Regex,
    /// "keep coming to thursday group": care the person answered goes on having here.
    keep_coming: Regex,
    come_back: Regex,
    /// "their chamber treatments here", "her infusions with us": a possessive before care had
    /// at the practice (the care term must end right before "here" or "with us").
    care_here: Regex,
    /// What follows a possessive care term when the care is booked: "(your injection) f/u is
    /// still on the books", "(her cleaning) is scheduled for".
    booked: Regex,
    /// "our records show", "in our system".
    records: Regex,
    /// "he was one of our clients", "she is our patient": one person confirmed as a patient.
    one_of_ours: Regex,
    /// A clinician acting on the person: "Dr. Lee wants him out", "you told Dr. Lee".
    clinician: Regex,
    /// Sympathy or congratulations addressed to someone.
    sympathy: Regex,
    /// A sentence that opens with sympathy or congratulations to the reader, whose subject is
    /// implied: "Congrats on finishing PT!", "Sorry the filling hurt".
    implicit: Regex,
    /// Recovery words: "feeling stronger", "healing well", "back to running".
    recovery: Regex,
    /// Care given to someone, told in the past or as an honor: "it was an honor to care for
    /// him", "we loved caring for your mom".
    cared_for: Regex,
    /// Sympathy for someone else: "so sorry he's uncomfortable", "sorry your son is hurting".
    sorry_for_them: Regex,
    /// Praise for how someone did: "you crushed it", "so proud of you", "way to go".
    praised_for_it: Regex,
    /// A refusal to share, then a hint: "can't share any results, but let's just say", "We never
    /// comment on any member, but rest assured she's stable".
    hint: Regex,
    /// Someone in one of the practice's groups: "he's one of the hardest workers in our
    /// Family Circle group".
    in_our_group: Regex,
}

/// Whether `rest` (the sentence after "see you Saturday") puts the meeting at an event: "at the
/// health fair", "at our booth", "at the 5K".
fn at_an_event(rest: &str) -> bool {
    const EVENTS: &[&str] = &[
        "fair",
        "feria",
        "booth",
        "5k",
        "10k",
        "race",
        "walk",
        "run",
        "festival",
        "parade",
        "party",
        "open house",
        "game",
        "expo",
        "market",
        "event",
        "tournament",
        "picnic",
    ];
    let rest = rest.trim_start();
    ["at the ", "at our ", "at "].iter().any(|p| {
        rest.strip_prefix(p).is_some_and(|r| {
            let head: String = r.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
            EVENTS
                .iter()
                .any(|w| crate::detect::persons::has_word(&head, w))
        })
    })
}

/// Whether the sentence names one of the reader's family ("your wife Jenna", "ur son").
fn readers_family(text: &str) -> bool {
    const KIN: &[&str] = &[
        "son", "daughter", "kid", "kiddo", "child", "husband", "wife", "partner", "mom", "mother",
        "dad", "father", "brother", "sister", "grandma", "grandpa",
    ];
    let w: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    w.windows(2)
        .any(|p| matches!(p[0], "your" | "ur") && KIN.contains(&p[1]))
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let day = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day";
        Patterns {
            encounter: ascii_re(&format!(concat!(
                r"\b(?:(?:you|u|he|she|they)\s+(?:were|was)\s+(?:just\s+)?here\s+(?:for|today|yesterday|this|last|earlier|\d)|(?:you|u|he|she|they)\s+(?:came|come|comes)\s+(?:(?:actually|just|already|also|only)\s+)?(?:in|by)\b(?:\s+(?:for|today|yesterday|this|last|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday))?",
                // "he was actually in this morning" (not "she was in charge of", "he was in a band")
                r"|(?:you|u|he|she|they)\s+(?:were|was)\s+(?:(?:actually|just|already|also|only)\s+)?(?:in|by)(?:\s+(?:for|today|yesterday|this|last|earlier|early|again|twice|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\s*[.!,;]|\s*$)",
                r"|(?:we|i|he|she|they|dr\.?\s+\w+)\s+(?:gave|prescribed|treated|saw|fixed|removed|placed|fitted|started|referred|examined|discharged|scheduled|booked|sent|casted|splinted|numbed|injected|stitched|moved|rescheduled|transferred|admitted)\s+(?:you|u|him|her)\b",
                r"|\byou\s+(?:missed|cancell?ed|skipped|no-showed|arrived|showed up|told|had your|got your|finished your|completed your)\b",
                // "called condescending by someone who showed up 30 minutes late": the reader,
                // late for their visit
                r"|\b(?:someone|somebody)\s+who\s+(?:showed\s+up|arrived|came\s+in|got\s+here)\s+(?:[0-9]+|[a-z]+(?:-[a-z]+)?|half\s+an)\s+(?:minutes?|mins?|hours?|hrs?)\s+late\b",
                r"|\b(?:he|she|you)\s+(?:had|got|finished|completed|started)\s+(?:his|her|your)\b",
                r"|\bstarted\s+(?:you|him|her)\s+on\b",
                // "you're on at 3 with Brynn", "you're booked for 9:30": a slot confirmed
                r"|\byou'?re\s+(?:on|booked|scheduled|all\s+set)\s+(?:at|for)\s+\d",
                // "we'll re-check that meniscus", "recheck your levels": care of a known problem
                r"|\b(?:re-?check|re-?evaluate|re-?x-?ray|re-?scan|follow\s+up\s+on)\s+(?:that|your|his|her)\b",
                // "the gentleman in the blue Subaru who comes in Thursdays at 6"
                r"|\b(?:the|that|this)\s+(?:gentleman|lady|guy|man|woman|patient|pt|kid|boy|girl|mom|dad|client|couple|family)\b[a-z0-9 ,'()-]{{0,60}}\bwho\s+(?:comes|came)\s+(?:in|by)\b",
                // "glad we could get you in before you went back to work"
                r"|\b(?:glad|happy|so\s+glad)\s+we\s+(?:could|were\s+able\s+to)\s+(?:get|fit|squeeze|see)\s+(?:you|u|him|her|them)\s+in\b",
                // "the lady who had her sleeve with us Tuesday", "he had his knee done here"
                r"|\b(?:who|he|she|they|you)\s+(?:had|got)\s+(?:his|her|their|your)\s+[a-z0-9'-]+(?:\s+[a-z0-9'-]+)?\s+(?:done\s+)?(?:with\s+us|here)\b",
                // "your wife Sharon did hers with us back in March" (her sleep test)
                r"|\b(?:did|had|got)\s+(?:hers|his|theirs|yours)\s+(?:done\s+)?(?:with\s+us|here)\b",
                r"|\bwe\s+(?:gave|sent)\s+you\b",
                // "you were seen in triage and your vitals were stable"
                r"|\b(?:you|u|he|she|they)\s+(?:were|was)\s+(?:already\s+|actually\s+|first\s+)?seen\s+(?:in\s+(?:triage|the\s+er|urgent\s+care|clinic)|by\s+(?:our|the|dr)|here|today|yesterday|last)\b",
                // "we got that nose clear in 2 stages", "we got his tooth out": a result of care
                // on someone's body
                r"|\bwe\s+got\s+(?:that|your|his|her|their)\s+[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:clear|clean|cancer-free|out|healed|closed|numb|straight)\b",
                // "the young man this morning is someone our team knows well and he's getting the
                // support he needs": known to the team, and in its care
                r"|\bsomeone\s+(?:our\s+(?:team|staff|clinicians|counselors|crisis\s+team)|we)\s+knows?\s+(?:well|very\s+well)\b[a-z0-9 ,'-]{{0,60}}\b(?:getting|receiving|gets|has)\s+the\s+(?:support|care|help|treatment)\b",
                // "we miss you in group": someone missing from their treatment (not "we miss you
                // at the clinic", said to a retired colleague)
                r"|\bwe\s+(?:all\s+|really\s+|sure\s+)?miss(?:ed)?\s+(?:seeing\s+)?(?:you|u|him|her|them)\s+(?:in|at)\s+(?:group|groups|therapy|session|sessions|rehab|pt|treatment|(?:our|the|your|his|her)\s+(?:\w+\s+)?(?:group|session|sessions|therapy))\b",
                // Spanish, with the person as a pronoun before the verb: "la mandamos a
                // urgencias" (we sent her to the ER), "lo atendimos", "te operamos"
                r"|\b(?:la|lo|le|los|las|te)\s+(?:{es_care})\b)"
            ), es_care = ES_CARE_VERBS.join("|"))),
            with_us: ascii_re(
                r"\b(?:he's|she's|you've|they've|he\s+has|she\s+has|you\s+have|they\s+have)\s+been\s+(?:with\s+us|coming\s+(?:to\s+us|here|in)|(?:with|seeing)\s+(?:dr\.?|doctor)\s+[a-z]+)\b|\b(?:he's|she's|they've|[a-z]+\s+(?:has|have))\s+been\s+(?:doing|getting|having)\s+(?:it|them|this|that|hers|his|theirs)\s+(?:with\s+us|here)\b",
            ),
            see_you: ascii_re(&format!(
                concat!(
                    r"\b(?:see|seeing|saw|seen)\s+(?:you|u|him|her)\s+(?:(?:on\s+)?{day}|on\s+the\s+\d{{1,2}}(?:st|nd|rd|th)\b|today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|week)|last\s+(?:week|time|month)|next\s+(?:week|time|month|{day})|at\s+(?:your|his|her)|for\s+(?:your|his|her)|at\s+the\s+end\s+of\s+(?:the|this|next)\s+(?:week|month)|in\s+(?:a|one|two|three|four|six|[0-9]+|a\s+few|a\s+couple(?:\s+of)?)\s+(?:days?|weeks?|months?)|later\s+this\s+(?:week|month))\b",
                    // a visit to come: "switch back to his old pair until we recheck him"
                    r"|\b(?:until|till|til|when|after|before|once)\s+we\s+(?:recheck|re-check|reassess|re-assess|re-evaluate|reevaluate|refit|re-fit|re-measure|remeasure)\s+(?:you|u|him|her|them)\b",
                    // Spanish: "qué gusto verla la semana pasada", "la vimos el martes"
                    // (a time to come, "verlos el sábado", may be an event: only the past, or
                    // their appointment)
                    r"|\bver(?:la|lo|le|te|los|las)\s+(?:hoy|ayer|la\s+semana\s+pasada|el\s+mes\s+pasado|el\s+otro\s+d(?:i|í)a|en\s+(?:su|tu)\s+(?:cita|consulta|visita))\b",
                    r"|\b(?:la|lo|le|te|los|las)\s+vimos\s+(?:(?:el|este|esta|la)\s+)?(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|hoy|ayer|semana\s+pasada|mes\s+pasado)\b"
                ),
                day = day
            )),
            keep_coming: ascii_re(
                r"\bkeep\s+coming\s+(?:to|in\s+for|back\s+(?:to|for))\s+(?:(?:your|the|our|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|weekly|nightly)\s+){0,2}(?:group|groups|meetings?|sessions?|appointments?|appts?|therapy|counseling|treatment|rehab|pt|visits?|dosing|injections?|infusions?)\b",
            ),
            // "Come back in and we'll do a free touch-up", "you should be in and out way faster
            // now", "next time you're in": a visit again, or the next one
            care_here: ascii_re(
                r"\b(?:his|her|their)\s+(?:[a-z-]+\s+){1,4}?(?:here|with\s+us)\b",
            ),
            come_back: ascii_re(
                r"\bcome\s+(?:on\s+)?back\s+(?:in|by|and\s+see\s+us|to\s+see\s+us|next\s+(?:week|month|time))\b|\b(?:you|u)(?:'ll|\s+will|\s+should|'d|\s+can)?\s+(?:now\s+)?be\s+in and out\b|\bnext time\s+(?:you're|youre|you\s+are|you\s+come|you\s+stop)\s+(?:in|by|here)\b",
            ),
            your_slot: ascii_re(&format!(
                r"\b(?:your|ur|his|her)\s+(?:{day}\b|\d{{1,2}}:\d{{2}}|\d{{1,2}}\s*(?:am|pm)\b|(?:last|next|previous|recent|latest|upcoming)\s+(?:\d+|one|two|three|four|five|few|couple|visit|visits|appointment|appointments|appt|session|sessions|treatment|check|cleaning|follow)\b|\d+-(?:month|week|day|year)\s+(?:check|checkup|check-up|follow-up|followup|visit|appointment|recall|post-op)\b)|\b(?:moved|switched|rescheduled|booked|put)\s+(?:you|u|him|her|your\s+(?:son|daughter|kid|kiddo|child|little\s+one|mom|dad|husband|wife|partner))\s+(?:to|into|in|for|with)\s+(?:[a-z]+(?:'s)?\s+){{0,2}}(?:{day}s?\b|\d{{1,2}}:\d{{2}}|\d{{1,2}}\s*(?:am|pm)\b)"
            )),
            booked: ascii_re(
                r"^(?:\s+[a-z0-9/'-]+){0,2}\s+(?:is|are)\s+(?:still\s+|all\s+)?(?:on\s+the\s+(?:books|schedule|calendar)|scheduled|booked|confirmed|set\s+for|on\s+for)\b",
            ),
            records: ascii_re(
                r"\bour\s+(?:records|chart|charts|notes|files|system)\s+(?:show|say|shows|says|indicate)|\b(?:per|according\s+to)\s+(?:our|your|his|her)\s+(?:records|chart|charts|notes|file|files|call\s+log|phone\s+log|logs?|system)\b|\b(?:your|his|her)\b[a-z0-9 ,'$()#:/&-]{0,40}\bon file\b",
            ),
            one_of_ours: ascii_re(
                r"\b(?:was|is|has\s+been)\s+(?:one\s+of\s+our|our)\s+(?:patients?|clients?|pts?)\b(?:\s+(?:here|of\s+ours|for\s+years))?",
            ),
            clinician: ascii_re(
                r"\b(?:dr\.?|doctor)\s+[a-z][\w'-]*(?:'s)?\s+(?:wants|said|says|told|saw|sees|will call|called|explained|recommended|prescribed|checked|examined|mentioned|thinks|cleared)\s+(?:you|u|him|her)\b|\b(?:dr\.?|doctor)\s+[a-z][\w'-]*\s+(?:adjusted|changed|increased|decreased|lowered|raised|upped|refilled|renewed|switched|stopped|doubled|halved)\s+(?:your|his|her|their)\b|\b(?:you|he|she)\s+(?:told|asked|saw|showed)\s+(?:dr\.?|doctor)\s|\b(?:the|your|his|her)\s+[\w' -]{1,40}?\s(?:dr\.?|doctor)\s+[a-z][\w'-]*\s+(?:prescribed|ordered|removed|placed|performed|did|diagnosed|stitched|fitted|recommended)\b|\b(?:dr\.?|doctor)\s+[a-z][\w'-]*\s+(?:reviewed|rechecked|re-read|read|looked at|went over)\s+(?:your|his|her|their)\b",
            ),
            implicit: Regex::new(
                r"^\W*(?:(?:we're|we are|i'm|i am|we|all of us are)\s+)?(?:so\s+|very\s+|really\s+)?(?:sorry|glad|congrats|congratulations|hope|hoping|get well|feel better|welcome back|thanks for coming|thank you for coming|great seeing|loved seeing|proud of you|(?:happy|good|great|so good) to (?:hear|see))\b",
            )
            .expect("implicit regex"),
            recovery: ascii_re(
                r"\b(?:feeling (?:better|stronger|great|good)|feels (?:better|stronger|great)|heal(?:ing|ed)|recover(?:ing|ed|y)|improving|back to (?:running|work|normal|playing|the gym)|pain-free|good as new)\b",
            ),
            cared_for: ascii_re(
                r"\b(?:honou?r|privilege|pleasure|joy|blessing|gift)\s+(?:(?:to|of)\s+)?(?:care|caring|take\s+care|taking\s+care|treat|treating|work\s+with|working\s+with|walk\s+(?:alongside|with)|walking\s+(?:alongside|with))\s+(?:for\s+|of\s+)?(?:him|her|them|you|your\s+\w+)\b|\b(?:been|are|were)\s+walking\s+alongside\s+(?:you|him|her|them|[a-z]+)\b|\b(?:loved|enjoyed)\s+(?:caring\s+for|taking\s+care\s+of|treating|having|seeing)\s+(?:him|her|them|you|your\s+\w+)\b|\bcared\s+for\s+(?:him|her|them|your\s+\w+)\b",
            ),
            in_our_group: ascii_re(
                r"\b(?:he|she|they|he's|she's|they're|him|her|them)\b[a-z0-9 ,'-]{0,60}\b(?:in|of|from)\s+our\s+(?:[a-z0-9'-]+\s+){0,3}(?:group|groups|program|support\s+group|circle|iop|cohort)\b",
            ),
            hint: ascii_re(
                r"\b(?:can't|cannot|can\s+not|not\s+allowed\s+to|won't|never|don't|do\s+not)\s+(?:share|say|tell|discuss|give\s+out|comment)\b[a-z0-9 ,'-]{0,40}\bbut\s+(?:let's\s+(?:just\s+)?say|i'll\s+(?:just\s+)?say|i\s+will\s+say|between\s+(?:us|you\s+and\s+me)|off\s+the\s+record|(?:rest\s+assured\s+)?(?:she|he|they)(?:'s|\s+is|'re|\s+are)\s+(?:stable|recovering|doing\s+(?:well|fine|great|ok|okay)|in\s+(?:good|great|the\s+best)\s+hands|okay|ok|fine|home))\b",
            ),
            praised_for_it: ascii_re(
                r"\b(?:you|u|he|she)\s+(?:totally\s+|absolutely\s+|so\s+)?(?:crushed|nailed|rocked|killed|aced|smashed|owned)\s+it\b|\b(?:so|very|super|sooo+|really)\s+proud\s+of\s+(?:you|u|him|her)\b|\b(?:you|u|he|she)\s+did\s+(?:amazing|amazingly|great|so\s+well|awesome|fantastic|it)\b|\bcongrats?\s+on\s+(?:passing|finishing|making\s+it|surviving|getting\s+through)\b|\bway\s+to\s+go\b",
            ),
            // (and gladness that they heal: "so glad he's healing up good")
            sorry_for_them: ascii_re(
                r"\bsorry\s+(?:to\s+hear\s+)?(?:he|she|they|your\s+(?:son|daughter|kid|kiddo|child|little\s+one|mom|dad|husband|wife|partner))(?:'s|'re|\s+(?:is|are|was|were|has|had|still))\b|\b(?:glad|happy|relieved)\s+(?:to\s+hear\s+)?(?:that\s+)?(?:he|she|your\s+(?:son|daughter|kid|kiddo|child|little\s+one|mom|dad|husband|wife|partner))(?:'s|\s+is)\s+(?:\w+\s+)?(?:healing|recovering|on\s+the\s+mend|feeling\s+better|doing\s+better)\b",
            ),
            sympathy: ascii_re(
                r"\b(?:sorry|glad|happy|congrats|congratulations|proud|hope|hoping|thrilled|so fun|great|loved|love|thanks for|thank you for|welcome back|get well|feel better)\b",
            ),
        }
    })
}

/// "He's one of the hardest workers in our Family Circle group", "She was part of our program
/// for two years": someone in one of the practice's groups or programs, not leading it (the
/// first match in `lower`).
pub(crate) fn member_of_our_group(lower: &str) -> Option<(usize, usize)> {
    let m = patterns().in_our_group.find(lower)?;
    let said = m.as_str();
    let leads = [
        "lead",
        "facilitat",
        "runs",
        "run ",
        "teach",
        "coach",
        "volunteer",
        "staff",
    ]
    .iter()
    .any(|w| said.contains(w));
    (!leads).then_some((m.start(), m.end()))
}

/// Whether the message answered asks a question about someone called by a title ("Is Mrs.
/// Lopez getting chemo at your clinic??", "how is Mr. Diaz doing?").
fn asks_of_titled(ctx: &Ctx) -> bool {
    let parent = &ctx.parent().lower;
    parent.contains('?')
        && ["mr. ", "mrs. ", "ms. ", "mr ", "mrs ", "ms ", "miss "]
            .iter()
            .any(|t| {
                parent.match_indices(t).any(|(i, _)| {
                    (i == 0 || !parent[..i].ends_with(|c: char| c.is_alphanumeric()))
                        && parent[i + t.len()..].starts_with(|c: char| c.is_alphabetic())
                })
            })
}

/// Second person in Russian and Ukrainian (whole words) and Chinese (anywhere).
const OTHER_SECOND_PERSON: &[&str] = &[
    "вы",
    "вас",
    "вам",
    "ваш",
    "ваша",
    "ваше",
    "ваши",
    "вашей",
    "вашего",
    "вашу",
    "ты",
    "тебя",
    "тебе",
    "твой",
    "твоя",
    "ви",
    "твій",
    "твоє",
];
/// Korean leaves "you" out: an honorific "we will see (you)" ("뵙겠습니다", "뵐게요", "봬요") or the
/// reader's parent spoken of with honor ("어머님께서") says who is spoken to.
const HAN_SECOND_PERSON: &[&str] = &[
    "您",
    "你",
    "뵙겠습니다",
    "뵐게요",
    "봬요",
    "뵈어요",
    "어머님께서",
    "아버님께서",
];
/// Words of an offer or a condition in those languages ("можете записаться", "如果", "欢迎预约"):
/// a visit still to book, not one that happened. Cyrillic ones are whole words.
const OTHER_NOT_YET: &[&str] = &[
    "если",
    "якщо",
    "можете",
    "можна",
    "можно",
    "запишитесь",
    "записаться",
    "записатися",
];
/// The Han words of an offer or a condition, found anywhere (no spaces between words).
const HAN_NOT_YET: &[&str] = &[
    "如果",
    "可以",
    "欢迎",
    "歡迎",
    "预约",
    "預約",
    // Korean "if you ...", "please book", "bookable", "ask us"
    "시면",
    "예약하세요",
    "예약해 주세요",
    "예약 가능",
    "문의",
];

/// In an answer, a visit, encounter or record of the reader told in Russian, Ukrainian, Chinese
/// or Korean ("您母親上週三複診的結果很好", "ваш приём прошёл", "예약 때 뵙겠습니다"): the sentence
/// speaks to them (вы, ваш, ты, 您, 你, 뵙겠습니다) and holds a care term of one of those scripts. Its span.
fn your_care_in_other_scripts(ctx: &Ctx) -> Option<(usize, usize)> {
    let lower = ctx.lower();
    if lower.is_ascii() {
        return None;
    }
    let a = ctx.analysis();
    for s in ctx.sentences() {
        let text = &lower[s.start..s.end];
        if text.is_ascii() {
            continue;
        }
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let second = words.iter().any(|w| OTHER_SECOND_PERSON.contains(w))
            || HAN_SECOND_PERSON.iter().any(|w| text.contains(w));
        if !second
            || OTHER_NOT_YET.iter().any(|w| words.contains(w))
            || HAN_NOT_YET.iter().any(|w| text.contains(w))
        {
            continue;
        }
        if let Some(m) = a.care.iter().find(|m| {
            s.start <= m.start
                && m.end <= s.end
                && matches!(m.kind, "encounter" | "visit" | "record")
                && m.score >= 0.5
                && !lower[m.start..m.end].is_ascii()
        }) {
            return Some((m.start, m.end));
        }
    }
    None
}

/// Care groups and programs, as a reply names them after "coming to" or "your progress in".
const PROGRAM_WORDS: &[&str] = &[
    "group", "groups", "circle", "iop", "program", "class", "therapy", "drop-in", "support",
];

/// Clinicians a reader has ("Hannah (your dietitian lol)").
const YOUR_CLINICIAN: &[&str] = &[
    "your dietitian",
    "your therapist",
    "your counselor",
    "your counsellor",
    "your nurse",
    "your doctor",
    "your dentist",
    "your hygienist",
    "your surgeon",
    "your case manager",
    "your provider",
    "your psychiatrist",
    "your clinician",
    "your np",
];

/// In an answer, someone told to be in one of the practice's programs or groups: "Jamie has been
/// coming to Thursday Drop-In since September", "the New Moms Circle isn't the same since you
/// graduated", "watching your progress in Dr. Brandt's PTSD group"; or a staff member called the
/// reader's clinician ("next to Hannah (your dietitian lol)"). The span of the telling words.
fn in_a_program(ctx: &Ctx) -> Option<(usize, usize)> {
    let lower = ctx.lower();
    // (the practice's programs, searched for once and only when asked)
    let programs_once = std::cell::OnceCell::new();
    let programs = || programs_once.get_or_init(|| ctx.policy.allowed_spans(lower));
    // a program word, or one of the practice's programs, starting within `n` bytes after `at`
    let program_after = |at: usize, n: usize| {
        let hi = crate::detect::identifiers::floor_boundary(lower, (at + n).min(lower.len()));
        super::media::has_any(&lower[at..hi], PROGRAM_WORDS)
            || programs().iter().any(|&(ps, _)| ps >= at && ps <= at + n)
    };
    for (i, _) in lower.match_indices("been ") {
        let Some(w) = ["been coming to ", "been going to ", "been attending "]
            .into_iter()
            .find(|w| lower[i..].starts_with(w))
        else {
            continue;
        };
        {
            let end = i + w.len();
            if program_after(end, 40) {
                // from the word before "has been" / "'s been"
                // (after the whitespace char, whatever its length: U+0085 is two bytes)
                let word_start = |t: &str| {
                    t.char_indices()
                        .rfind(|&(_, c)| c.is_whitespace())
                        .map_or(0, |(k, c)| k + c.len_utf8())
                };
                let start = word_start(lower[..i].trim_end());
                let start = word_start(lower[..start].trim_end());
                // the practice or its staff going to a class is no one's care
                let who = lower[start..i].split_whitespace().next().unwrap_or("");
                if matches!(
                    who,
                    "we" | "we've" | "i" | "i've" | "our" | "staff" | "nurses" | "providers"
                ) {
                    continue;
                }
                return Some((start, end - 1));
            }
        }
    }
    for (i, _) in lower.match_indices("since you ") {
        let next = lower[i + 10..]
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if !matches!(next, "graduated" | "finished" | "completed" | "left") {
            continue;
        }
        let sentence_start = lower[..i].rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
        if program_after(sentence_start, i - sentence_start) {
            return Some((i, i + 10 + next.len()));
        }
    }
    // "The whole IOP group is cheering for you": the program's members cheer the reader on
    for w in [
        "cheering for you",
        "cheering you on",
        "rooting for you",
        "pulling for you",
        "misses you",
        "miss you",
        "proud of you",
    ] {
        for (i, _) in lower.match_indices(w) {
            let sentence_start = lower[..i].rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
            let head = &lower[sentence_start..i];
            // the group is who cheers: one of the last three words before the phrase ("group
            // is", "circle all"), not "thanks for your support, we're rooting for you"
            let last: Vec<&str> = head.split_whitespace().rev().take(3).collect();
            let group_cheers = last.iter().any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_alphanumeric()),
                    "group" | "groups" | "circle" | "iop" | "php" | "program" | "class" | "cohort"
                )
            });
            if group_cheers && !head.contains("staff") && !head.contains("team") {
                return Some((
                    sentence_start + (head.len() - head.trim_start().len()),
                    i + w.len(),
                ));
            }
        }
    }
    if let Some(i) = lower.find("your progress in ") {
        if program_after(i + 17, 60) {
            return Some((i, i + 16));
        }
    }
    let a = ctx.analysis();
    for m in a.persons.iter().filter(|m| {
        m.kind == crate::detect::persons::STAFF || m.kind == crate::detect::persons::CLINICIAN
    }) {
        let hi = crate::detect::identifiers::floor_boundary(lower, (m.end + 24).min(lower.len()));
        let after = &lower[m.end..hi];
        let after = after.trim_start_matches([' ', '(', ',', '-']);
        if let Some(w) = YOUR_CLINICIAN.iter().find(|w| after.starts_with(**w)) {
            let s0 = hi - after.len();
            return Some((m.start, s0 + w.len()));
        }
    }
    None
}

/// Whether the word right before `pos` in `words` is "our" ("our surgery line", "our PT team").
fn owned_by_practice(words: &[(&str, usize, usize)], pos: usize) -> bool {
    words
        .iter()
        .rev()
        .find(|(_, _, e)| *e <= pos)
        .is_some_and(|(w, _, _)| *w == "our")
}

/// A possessive tied to a care or health term within the next three words, e.g. "your next
/// visit", "her biopsy", "his home exercises". Returns the span and whether it is a second-person
/// possessive.
fn possessive_care(
    words: &[(&str, usize, usize)],
    targets: &[&Mention],
) -> Option<((usize, usize), bool)> {
    owned_care(words, targets, is_possessive)
}

/// [`possessive_care`] with the words that own the care given by `owner`.
fn owned_care(
    words: &[(&str, usize, usize)],
    targets: &[&Mention],
    owner: fn(&str) -> bool,
) -> Option<((usize, usize), bool)> {
    for (i, (w, ws, _)) in words.iter().enumerate() {
        if !owner(w) {
            continue;
        }
        if i > 0 && generic_before(words[i - 1].0) {
            continue;
        }
        if i > 1
            && generic_before(words[i - 2].0)
            && matches!(
                words[i - 1].0,
                "to" | "at" | "during" | "about" | "for" | "with"
            )
        {
            continue;
        }
        // the words that follow, up to three, until a word that breaks the phrase
        let mut reach = *ws;
        for (k, (x, _, xe)) in words.iter().enumerate().skip(i + 1).take(4) {
            if let Some(m) = targets
                .iter()
                .find(|m| m.start >= reach && m.start <= *xe && m.end >= *xe)
            {
                return Some(((*ws, m.end), matches!(*w, "your" | "ur")));
            }
            if k > i && (!joins_possessive(x) || generic_between(x)) {
                break;
            }
            reach = *xe;
        }
    }
    None
}

/// Whether the message answered places what it tells at this practice: it names the
/// practice's handle or name, or speaks to it ("you guys", "your office").
pub(crate) fn parent_tells_care_here(ctx: &Ctx) -> bool {
    let parent = &ctx.parent().lower;
    let name = &ctx.policy.practice_name;
    [
        "you guys",
        "your office",
        "your practice",
        "your clinic",
        "y'all",
        "at your",
    ]
    .iter()
    .any(|w| parent.contains(w))
        || ctx.policy.own_handles.iter().any(|h| {
            !h.is_empty()
                && parent
                    .match_indices(h.as_str())
                    .any(|(i, _)| parent[..i].ends_with('@'))
        })
        || (name.len() > 3 && parent.contains(name.as_str()))
        || short_name(name).is_some_and(|w| crate::detect::persons::has_word(parent, w))
        || names_our_clinician(ctx, parent)
}

/// Whether a message names one of the practice's people with a title ("Dr. Hostetler stitched
/// up my son's arm", "Ms. Ines is a miracle worker"): what it tells happened here.
fn names_our_clinician(ctx: &Ctx, parent: &str) -> bool {
    let words: Vec<&str> = parent
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|p| {
        matches!(
            p[0],
            "dr" | "doctor" | "ms" | "miss" | "mr" | "mrs" | "nurse"
        ) && ctx.policy.is_staff_word(p[1])
    })
}

/// The first word of the practice's name when it is distinctive enough to stand for the whole
/// ("I walked into Steadfast" for Steadfast Counseling for Veterans & First Responders): five
/// letters or more, and not a word many practices' names start with.
fn short_name(name: &str) -> Option<&str> {
    const GENERIC: &[&str] = &[
        "family",
        "dental",
        "smile",
        "smiles",
        "pediatric",
        "pediatrics",
        "medical",
        "health",
        "clinic",
        "center",
        "community",
        "valley",
        "river",
        "north",
        "south",
        "east",
        "west",
        "first",
        "bright",
        "happy",
        "primary",
        "complete",
        "advanced",
        "modern",
        "total",
        "premier",
        "central",
        "downtown",
        "coastal",
        "mountain",
        "urgent",
        "women's",
        "children's",
        "little",
        "gentle",
        "sunrise",
        "sunset",
    ];
    let w = name.split_whitespace().next()?;
    (w.len() >= 5 && w.chars().all(char::is_alphabetic) && !GENERIC.contains(&w) && w != name)
        .then_some(w)
}

/// "All six of them are Hanbit patients now", "she's been a Hanbit patient for years": someone
/// said to be a patient of the practice called by its distinctive first word (`short`), with a
/// verb of being just before. Not "Hanbit patients get a free whitening".
fn patients_by_name(words: &[(&str, usize, usize)], short: &str) -> Option<(usize, usize)> {
    words.iter().enumerate().find_map(|(i, &(w, s, _))| {
        if w != short {
            return None;
        }
        let &(n, _, e) = words.get(i + 1)?;
        if !matches!(
            n,
            "patient" | "patients" | "pt" | "pts" | "client" | "clients"
        ) {
            return None;
        }
        words[i.saturating_sub(3)..i]
            .iter()
            .any(|&(v, _, _)| {
                matches!(
                    v,
                    "is" | "are"
                        | "was"
                        | "were"
                        | "been"
                        | "s"
                        | "she's"
                        | "he's"
                        | "they're"
                        | "became"
                        | "become"
                )
            })
            .then_some((s, e))
    })
}

/// Whether a text speaks of its writer ("my", "I", "me").
fn speaks_of_self(lower: &str) -> bool {
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| matches!(w, "my" | "i" | "i'm" | "im" | "i've" | "me"))
}

/// Whether the message answered tells of its writer's own care: a health term or an encounter,
/// and the writer speaking of themselves ("My Botox wore off in 6 weeks", "the methadone line
/// takes forever, I'm late for work every day").
fn told_own_care(ctx: &Ctx) -> bool {
    let parent = ctx.parent();
    if parent.lower.trim().is_empty() || !speaks_of_self(&parent.lower) {
        return false;
    }
    parent_tells_of_care(ctx)
}

/// Whether the writer of the message answered tells how the practice's people treated them
/// ("front desk lady rolled her eyes at me this morning"): they were here, as a patient.
fn served_here(ctx: &Ctx) -> bool {
    let parent = &ctx.parent().lower;
    speaks_of_self(parent)
        && [
            "front desk",
            "receptionist",
            "the tech ",
            "the tech,",
            "the hygienist",
            "the doctor",
            "the dentist",
            "the therapist",
            "the nurse",
            "your nurse",
            "your staff",
            "the staff",
            "waiting room",
            "checked in",
            "checking in",
            "check-in",
        ]
        .iter()
        .any(|w| parent.contains(w))
}

/// Whether the message answered tells of someone's care: an encounter, or a health term of
/// score 0.5 or more.
fn parent_tells_of_care(ctx: &Ctx) -> bool {
    let (health, care) = ctx.parent_health();
    care.iter().any(|c| c.kind == "encounter") || health.iter().any(|h| h.score >= 0.5)
}

/// Whether the first name (its first word of three letters or more) of the person `m` is in
/// the message answered: "Give Walt a hug" answering "my husband Walt".
pub(crate) fn named_in_parent(ctx: &Ctx, m: &Mention) -> bool {
    ctx.lower()[m.start..m.end]
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.len() >= 3)
        .is_some_and(|w| crate::detect::persons::has_word(&ctx.parent().lower, w))
}

/// Whether the message answered is news about others ("INJURY UPDATE: QB Devin Marsh suffered
/// a torn ACL in Saturday's game"): its writer speaks of neither themselves nor their own ("my",
/// "our"), and it tells of no care, none at this practice.
pub(crate) fn news_of_others(ctx: &Ctx) -> bool {
    let parent = ctx.parent();
    if parent.lower.trim().is_empty()
        || speaks_of_self(&parent.lower)
        || crate::detect::persons::has_word(&parent.lower, "our")
    {
        return false;
    }
    let (health, care) = ctx.parent_health();
    !care.iter().any(|c| c.kind == "encounter")
        && !health.iter().any(|h| is_treatment(h.kind))
        && !parent_tells_care_here(ctx)
}

/// Whether the message answered is news of harm done to someone else ("Local transgender
/// teacher assaulted outside Foundry St bar Friday night").
fn harm_in_the_news(ctx: &Ctx) -> bool {
    const HARM: &[&str] = &[
        "assaulted",
        "attacked",
        "injured",
        "hurt",
        "crash",
        "accident",
        "stabbed",
        "shot",
        "hospitalized",
        "overdose",
        "overdosed",
        "beaten",
    ];
    let parent = &ctx.parent().lower;
    HARM.iter()
        .any(|w| crate::detect::persons::has_word(parent, w))
        && news_of_others(ctx)
}

/// Whether an answer to news about others (see [`news_of_others`]) adds nothing of the
/// practice's to it: no "we", "our", "us" or doctor, no care cue, and no health word the news
/// did not hold ("Wishing Devin a full recovery 🙏 ACL tears are unfortunately common in
/// football", answering "QB Devin Marsh suffered a torn ACL"; not "that rib needs another two
/// weeks", answering "day-to-day (upper body)").
pub(crate) fn adds_nothing_to_news(ctx: &Ctx) -> bool {
    let lower = ctx.lower();
    let a = ctx.analysis();
    let parent = &ctx.parent().lower;
    let ours = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| {
            matches!(
                w,
                "we" | "we're" | "we've" | "we'll" | "our" | "us" | "dr" | "doctor" | "patient"
            )
        });
    !ours
        && !a.care.iter().any(|c| c.score >= 0.9)
        && a.health.iter().all(|h| {
            !is_treatment(h.kind)
                && lower[h.start..h.end]
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.len() >= 3 && crate::detect::persons::has_word(parent, w))
        })
        && news_of_others(ctx)
}

/// Portuguese records and visits of the reader: "sua última consulta", "desde a última
/// consulta", "Vi aqui que sua cobertura...", "no seu prontuário".
static PT_RECORDS: crate::rules::boundaries::cues::Lazy = crate::rules::boundaries::cues::Lazy::new(
    r"\b(?:sua|seu)\s+(?:última|ultima|próxima|proxima)\s+(?:consulta|visita|sessão|sessao|cirurgia|diálise|dialise|exame|infusão|infusao)\b|\b(?:desde|depois)\s+(?:d)?a\s+(?:última|ultima)\s+consulta\b|\b(?:vi|vimos|consta)\s+aqui\s+(?:que|no\s+sistema)\b|\bno\s+seu\s+(?:prontuário|prontuario|cadastro)\b",
);

/// The span of the reader's records or visits told in Portuguese ("Vi aqui que sua cobertura
/// ainda está pendente desde a última consulta"), the reader spoken to.
fn portuguese_records(ctx: &Ctx) -> Option<(usize, usize)> {
    let lower = ctx.lower();
    // (every match holds "aqui", "últim"/"ultim" or "seu")
    let spoken_to = ["aqui", "últim", "ultim", "seu "]
        .iter()
        .any(|w| lower.contains(w))
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "sua" | "seu" | "você" | "voce" | "te"));
    if !spoken_to {
        return None;
    }
    PT_RECORDS.find(lower)
}

/// The reader's own visit, pointed at: "Dr. Gruber was handling an emergency that afternoon",
/// "right before you and your little guy got here", "so sorry about Saturday".
static THEIR_VISIT: crate::rules::boundaries::cues::Lazy =
    crate::rules::boundaries::cues::Lazy::new(
        r"\bthat\s+(?:morning|afternoon|evening|night)\b|\b(?:before|after|when|while|by\s+the\s+time)\s+you\s+(?:and\s+(?:your|ur)\s+(?:[a-z]+\s+){1,3})?(?:got\s+here|arrived|came\s+in|checked\s+in|were\s+(?:here|in\s+the\s+chair|in\s+the\s+waiting\s+room))\b|\bsorry\s+(?:about|for)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+(?:week|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    );

/// In an answer to someone who told of waiting at a visit or of their care (a review: "Waited
/// 45 min for a 5 min wire check"), the span where the answer points at that visit of theirs.
fn points_at_their_visit(ctx: &Ctx) -> Option<(usize, usize)> {
    let lower = ctx.lower();
    if !(lower.contains("that ") || lower.contains("you") || lower.contains("sorry")) {
        return None;
    }
    let parent = &ctx.parent().lower;
    if parent.trim().is_empty() {
        return None;
    }
    let visit = ["wait", "appointment", "appt", "visit", "came in", "seen"]
        .iter()
        .any(|w| parent.contains(w))
        || parent_tells_of_care(ctx);
    if !visit {
        return None;
    }
    THEIR_VISIT.find(lower)
}

/// A question about someone named: "any update on Hollins?", "Anyone know if Bob Kittredge is
/// ok?", "how's Mrs. Reyes doing?". The name is the first capture.
static ASKED_ABOUT: crate::rules::boundaries::cues::Lazy =
    crate::rules::boundaries::cues::Lazy::new(
        r"(?:\b[Uu]pdates?\s+(?:(?:you|we|i|can|could|share|give|have|got|at\s+all)\s+){0,4}on|\b[Hh]ow(?:'s|\s+is|\s+was|\s+are)|\b[Kk]now\s+(?:if|how|whether)|\b[Nn]ews\s+(?:on|about)|\b[Hh]eard\s+(?:from|about|anything\s+about)|\b[Ww]hat\s+happened\s+to|\b[Ww]here(?:'s|\s+is)|\b(?:[Ii]s|[Hh]as|[Dd]id|[Ww]as))\s+(?:(?:Mr|Mrs|Ms|Miss|Coach)\.?\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)[^?.!\n]{0,60}\?",
    );

/// In an answer to a question about someone named (not one of the staff, not a doctor), the
/// span of a health term the answer adds about them, by name or by "he"/"she": "Hollins is
/// looking at 6-8 wks for that hamstring" (to a reporter's "any update on Hollins?"), "He's
/// doing ok!! He moved over to our memory care neighborhood" (to "Anyone know if Bob Kittredge
/// is ok?"). Wishes with nothing of the practice's ("praying for his recovery") tell nothing.
fn answers_about_named(ctx: &Ctx) -> Option<(usize, usize)> {
    let a = ctx.analysis();
    if a.health.is_empty() {
        return None;
    }
    let parent = ctx.parent();
    if !parent.norm.contains('?') {
        return None;
    }
    let lower = ctx.lower();
    let words = || {
        lower
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
    };
    let named = ASKED_ABOUT.get().captures_iter(&parent.norm).any(|c| {
        let m = c.get(1).expect("the name group");
        let all = c.get(0).expect("a match");
        let before = parent.norm[..all.start()].trim_end();
        // "Is Maria Lopez taking new patients?", "is Sam working today?": asked about one
        // of the staff
        let asked = &parent.lower[all.start()..all.end()];
        if [
            "taking",
            "accepting",
            "working",
            "practicing",
            "available",
            "on call",
            "in today",
        ]
        .iter()
        .any(|w| asked.contains(w))
        {
            return false;
        }
        let name = m.as_str().to_lowercase();
        let name_words: Vec<&str> = name
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .map(|w| w.trim_end_matches("'s"))
            .filter(|w| w.len() >= 3)
            .collect();
        let person = name_words.iter().any(|w| {
            crate::lexicon::lookup(&crate::detect::persons::fold(w))
                .is_some_and(|i| !i.english || name_words.len() > 1)
        });
        person
            && !name_words
                .iter()
                .any(|w| crate::detect::persons::is_org_word(w))
            && !before.ends_with("Dr.")
            && !before.ends_with("Dr")
            && !name_words.iter().any(|w| ctx.policy.is_staff_word(w))
            && (name_words.iter().any(|w| words().any(|x| x == *w))
                || words().any(|x| matches!(x, "he" | "she" | "he's" | "she's" | "hes" | "shes")))
    });
    if !named {
        return None;
    }
    let ours = words().any(|w| matches!(w, "we" | "we're" | "we've" | "our" | "us"));
    let wish = words().any(|w| {
        matches!(
            w,
            "wish" | "wishing" | "praying" | "prayers" | "rooting" | "hope" | "hoping" | "speedy"
        )
    });
    if wish && !ours {
        return None;
    }
    a.health.first().map(|h| (h.start, h.end))
}

/// Words of a question that ask whether someone is one of the practice's patients ("is Kevin
/// Dorsey's mom still going there?", "does Ana Ruiz still see Dr. Lowe?").
const GOES_HERE: &[&str] = &[
    "going there",
    "go there",
    "goes there",
    "going here",
    "go here",
    "goes here",
    "coming here",
    "comes here",
    "a patient there",
    "a patient here",
    "a patient of yours",
    "your patient",
    "still a patient",
    "see dr",
    "sees dr",
    "seeing dr",
    "still see",
    "still seeing",
];

/// Opening words of an answer that says yes.
const SAYS_YES: &[&str] = &[
    "yes",
    "yep",
    "yeah",
    "yup",
    "sure is",
    "she is",
    "he is",
    "she does",
    "he does",
    "they are",
    "they do",
    "she sure",
    "he sure",
    "sí",
    "of course she",
    "of course he",
];

/// In an answer to a question whether someone named (or a relative of someone named) goes to
/// the practice ("Is Kevin Dorsey's mom still going there?"), a yes ("Yes she is!! She switched
/// over to Dr. Strand in the spring"): the span of the yes. Asked about one of the staff, or
/// answered without a yes ("we can't share who our patients are"), it tells nothing.
fn says_they_go_here(ctx: &Ctx) -> Option<(usize, usize)> {
    let parent = ctx.parent();
    if !parent.norm.contains('?') || !GOES_HERE.iter().any(|w| parent.lower.contains(w)) {
        return None;
    }
    let named = ASKED_ABOUT.get().captures_iter(&parent.norm).any(|c| {
        let (Some(m), Some(all)) = (c.get(1), c.get(0)) else {
            return false;
        };
        let asked = &parent.lower[all.start()..all.end()];
        let before = parent.norm[..all.start()].trim_end();
        let name = m.as_str().to_lowercase();
        let words: Vec<&str> = name
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .map(|w| w.trim_end_matches("'s"))
            .collect();
        GOES_HERE.iter().any(|w| asked.contains(w))
            && !before.ends_with("Dr.")
            && !before.ends_with("Dr")
            && !words
                .iter()
                .any(|w| ctx.policy.is_staff_word(w) || crate::detect::persons::is_org_word(w))
            && words.iter().any(|w| {
                w.len() >= 3 && crate::lexicon::lookup(&crate::detect::persons::fold(w)).is_some()
            })
    });
    if !named {
        return None;
    }
    let lower = ctx.lower();
    let lead = lower.len() - lower.trim_start().len();
    let head = &lower[lead..];
    let yes = SAYS_YES.iter().find(|w| {
        head.starts_with(*w) && !head[w.len()..].starts_with(|c: char| c.is_alphanumeric())
    })?;
    Some((lead, lead + yes.len()))
}

/// In an answer to a message that tells of someone's care, the span of what takes that care up:
/// caring for them in the past ("it was an honor to care for him", "we loved caring for your
/// mom"), or the cared-for person named again ("Give Walt a hug"). "Thank you for the kind
/// words" takes up nothing.
fn acknowledges_told_care(ctx: &Ctx) -> Option<(usize, usize)> {
    let parent = ctx.parent();
    if parent.lower.trim().is_empty() {
        return None;
    }
    let told = parent_tells_of_care(ctx)
        || [
            "care of",
            "cared for",
            "caring for",
            "took care",
            "taking care",
        ]
        .iter()
        .any(|w| parent.lower.contains(w));
    // "One year ago today I walked into Steadfast...", "shoutout to @campanileoms for being so
    // nice to me when i was literally sobbing": the writer's own time at this practice (not at
    // one of its events)
    let told_here = told
        || (speaks_of_self(&parent.lower)
            && parent_tells_care_here(ctx)
            && ![
                "fair",
                "booth",
                "5k",
                "race",
                "festival",
                "event",
                "volunteer",
                "sponsor",
            ]
            .iter()
            .any(|w| parent.lower.contains(w)));
    // "my brother has been going to Cantilever since his crash": someone's care told by their
    // going there (taken up only by naming one of the family as one of ours, below)
    let going = !told
        && ["been going to", "been coming to", "been seeing"]
            .iter()
            .any(|w| parent.lower.contains(w));
    if !told && !going && !told_here {
        return None;
    }
    let lower = ctx.lower();
    if let Some(m) = patterns().cared_for.find(lower).filter(|_| told_here) {
        return Some((m.start(), m.end()));
    }
    if !told && !going {
        return None;
    }
    // "my son's tooth is still sore after his filling at @tidewelldental" - "so sorry he's
    // uncomfortable!": sympathy for the person whose care at this practice the message told of
    if told && parent_tells_care_here(ctx) {
        if let Some(m) = patterns().sorry_for_them.find(lower) {
            return Some((m.start(), m.end()));
        }
        // "lol just survived my peanut challenge at @quadallergy" - "you CRUSHED it Brooke!!":
        // praise for how they did at the care they told of here
        // (their own care: "my peanut challenge", "I finished", not "200 flu shots given at
        // @practice's clinic today")
        if let Some(m) = patterns()
            .praised_for_it
            .find(lower)
            .filter(|_| speaks_of_self(&parent.lower))
        {
            return Some((m.start(), m.end()));
        }
    }
    let author = ctx
        .draft
        .in_reply_to
        .as_ref()
        .map(|r| r.author.as_str())
        .unwrap_or("");
    // "FBT literally gave us our son back" - "give Eli a big hug from all of us": the one of
    // the family the message told of, named
    // (asked only of a name after "give")
    let family = || {
        [
            "son",
            "daughter",
            "kid",
            "kiddo",
            "child",
            "boy",
            "girl",
            "husband",
            "wife",
            "mom",
            "mother",
            "dad",
            "father",
            "mama",
            "baby",
            "brother",
            "sister",
            "grandma",
            "grandpa",
            "grandson",
            "granddaughter",
        ]
        .iter()
        .any(|w| {
            crate::detect::persons::has_word(&parent.lower, w)
                && (parent.lower.contains(&format!("my {w}"))
                    || parent.lower.contains(&format!("our {w}")))
        })
    };
    // "INJURY UPDATE: QB Devin Marsh suffered a torn ACL" - "Wishing Devin a full recovery":
    // naming the person of someone else's news again takes up no care
    // (asked once, and only of a name the news holds)
    let announced_once = std::cell::OnceCell::new();
    let announced = || *announced_once.get_or_init(|| !family() && adds_nothing_to_news(ctx));
    ctx.analysis()
        .persons
        .iter()
        .filter(|m| crate::detect::persons::is_possible_patient(m) && m.score >= 0.5)
        .find(|m| {
            let name = &ctx.norm()[m.start..m.end];
            // "Give Eli a big hug", "Danny is one of our hardest workers": the one of the
            // family the message told of, named
            let after = &lower[m.end..];
            let taken_up = lower[..m.start].trim_end().ends_with("give")
                || ["'s one of our", " is one of our"]
                    .iter()
                    .any(|w| after.starts_with(w));
            let told = (told && named_in_parent(ctx, m) && !announced()) || (taken_up && family());
            // (the author test, costly, last)
            told && (author.trim().is_empty() || !super::unmasking::matches_author(name, author))
        })
        .map(|m| (m.start, m.end))
}

impl Rule for ConfirmsPatient {
    fn id(&self) -> &'static str {
        "confirms-patient"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let answer = ctx.draft.kind.is_answer();
        let lower = ctx.lower();
        // a post that tells a story shared with the patient's signed authorization stated ("With
        // her signed written authorization on file, Lena shares her story"): told with the leave
        // RULES.md asks for, as C1 and C7 read it
        if !answer && super::media::stated_authorization(lower) {
            return;
        }
        let a = ctx.analysis();
        let p = patterns();
        let mut hits: Vec<(usize, usize)> = Vec::new();
        // advice about what the person asked, with no care told: B1's matter (see C1)
        let advice =
            answer && crate::rules::confidentiality::person_health::advice_on_their_question(ctx);
        let mut words = Vec::new();
        // the first word of the last sentence (the sentences come in order)
        let mut w0 = 0;
        // (one buffer for the care targets of every sentence)
        let mut targets: Vec<&Mention> = Vec::new();
        // where the last sentence's health and care mentions began: the sentences come in
        // order, so each one's mentions are found from there, not by a search of them all
        let (mut h0, mut c0) = (0, 0);
        // an answer to someone who wrote of themselves or their own ("My mother fell TWICE in
        // skilled nursing"): "our records show..." speaks of their care, pronoun or not
        // the practice's distinctive first word, when the draft holds it ("Hanbit" of Hanbit
        // Family Dental)
        let short = short_name(&ctx.policy.practice_name).filter(|w| lower.contains(w));
        let told_own_once = std::cell::OnceCell::new();
        let told_own = || *told_own_once.get_or_init(|| answer && told_own_care(ctx));
        let answers_self_once = std::cell::OnceCell::new();
        let answers_self =
            || *answers_self_once.get_or_init(|| answer && speaks_of_self(&ctx.parent().lower));
        for &s in ctx.sentences() {
            let text = &lower[s.start..s.end];
            sentence_words_from(ctx, &s, &mut words, &mut w0);
            if words.is_empty() {
                continue;
            }
            // `within(&a.health, &s)` and `within(&a.care, &s)`
            h0 += a.health[h0..].partition_point(|m| m.start < s.start);
            let health_s = &a.health[h0..h0 + a.health[h0..].partition_point(|m| m.start < s.end)];
            c0 += a.care[c0..].partition_point(|m| m.start < s.start);
            let care_s = &a.care[c0..c0 + a.care[c0..].partition_point(|m| m.start < s.end)];
            // of those, the ones that end in the sentence too (wholly inside it)
            let health_in = || health_s.iter().filter(|m| m.end <= s.end);
            let care_in = || care_s.iter().filter(|m| m.end <= s.end);
            // the words the signals below look for, in one pass
            let (mut second, mut third, mut doctor, mut our, mut file, mut is_was, mut been) =
                (false, false, false, false, false, false, false);
            // Spanish "verla" (to see her / you), "la vimos" (we saw her / you)
            let mut ver = false;
            // a Spanish verb of care done by us ("la mandamos a urgencias")
            let mut es_enc = false;
            // (the lists start with distinct letters: one test of the first byte picks the
            // list a word may be in)
            for (w, _, _) in &words {
                match w.as_bytes().first() {
                    Some(b'y' | b'u') => second |= is_second_person(w),
                    Some(b'h') => third |= is_third_person(w),
                    // (Portuguese "sua"/"seu": your, his or her)
                    Some(b's') => {
                        third |= is_third_person(w);
                        second |= matches!(*w, "sua" | "seu" | "suas" | "seus");
                    }
                    Some(b'd') => doctor |= matches!(*w, "dr" | "doctor"),
                    Some(b'o') => our |= *w == "our",
                    Some(b'f') => file |= *w == "file",
                    Some(b'w' | b'i') => is_was |= matches!(*w, "was" | "is"),
                    Some(b'b') => been |= *w == "been",
                    Some(b'v') => {
                        ver |= matches!(
                            *w,
                            "verla" | "verlo" | "verle" | "verte" | "verlos" | "verlas" | "vimos"
                        );
                        second |= matches!(*w, "você" | "voce" | "vocês");
                    }
                    _ => {}
                }
                if w.ends_with("mos") {
                    es_enc |= ES_CARE_VERBS.contains(w);
                }
            }
            let personal = second || third;
            // every signal below needs a person, a clinician, a health term or "(one of) our
            // patients" in the sentence
            // (a match holds "our" between white space: the word, not the "our" of "your")
            // (a word of the sentence starting with one of `ps`: every match of `one_of_ours`
            // and of `records` holds a word that starts, after white space, with one of theirs)
            let word_from = |ps: &[&str]| {
                words
                    .iter()
                    .any(|(w, _, _)| ps.iter().any(|p| w.starts_with(p)))
            };
            let ours =
                our && word_from(&["patient", "client", "pt"]) && p.one_of_ours.is_match(text);
            let records_answered = our && answers_self();
            // "... by someone who showed up 30 minutes late", answering the reader: the reader
            let someone = answer && text.contains("someone who ");
            if !(personal
                || someone
                || ver
                || es_enc
                || doctor
                || ours
                || records_answered
                || short.is_some()
                || !health_s.is_empty())
            {
                continue;
            }
            let find = |re: &Regex| {
                re.find(text)
                    .map(|m| (s.start + m.start(), s.start + m.end()))
            };
            let question = text.trim_end().ends_with('?');
            let offer = || OFFER_GATE.hit_within(ctx, s.start, s.end);
            // (asked up to four times a sentence: answered once)
            let generic_once = std::cell::OnceCell::new();
            let generic =
                || *generic_once.get_or_init(|| GENERIC_GATE.hit_within(ctx, s.start, s.end));
            let mut found: Option<(usize, usize)> = None;

            // Unmistakable in any draft: records and encounters.
            if (personal && (our || file) || records_answered)
                && word_from(&["record", "chart", "note", "file", "system", "log"])
            {
                found = find(&p.records);
            }
            if found.is_none() && ours && !question && (is_was || been) {
                // "the man from the standoff was one of our clients" (not "is our patient
                // portal", "was a patient's favorite": the match ends at a word boundary)
                if let Some(m) = find(&p.one_of_ours) {
                    let rest = lower[m.1..].trim_start();
                    if !rest.starts_with(|c: char| c.is_alphanumeric())
                        || rest.starts_with("of ours")
                        || rest.starts_with("here")
                    {
                        found = Some(m);
                    }
                }
            }
            if found.is_none() && !question {
                // "the Park family (all SIX of them are Hanbit patients now)": patients of the
                // practice called by its name
                if let Some(short) = short {
                    found = patients_by_name(&words, short);
                }
            }
            if found.is_none() && answer {
                // "Both divers are resting comfortably after their chamber treatments here",
                // answering news of them: their care, had here
                if let Some(m) = find(&p.care_here) {
                    let tail = lower[..m.1].trim_end_matches(|c: char| c.is_ascii_alphabetic());
                    let tail = tail
                        .trim_end()
                        .strip_suffix("with")
                        .unwrap_or(tail)
                        .trim_end();
                    if health_in()
                        .chain(care_in())
                        .any(|h| h.start >= m.0 && h.end == tail.len() && h.score >= 0.5)
                    {
                        found = Some(m);
                    }
                }
            }
            if found.is_none() && personal && been {
                // "He's been with us three mornings a week since his kidneys gave out": a
                // standing relationship of care (not a staff anniversary: a condition is there)
                if let Some(m) = find(&p.with_us) {
                    let sick = health_in().any(crate::detect::health::is_care_term);
                    // "He's been coming in to see us for his lung thing": coming to be seen,
                    // whatever the condition is called (not "coming in early to help")
                    let seen = lower[m.0..m.1].contains("coming") && {
                        let rest = &lower[m.1..];
                        [" to see us", " for ", " regularly", " every ", " weekly"]
                            .iter()
                            .any(|w| rest.starts_with(w))
                    };
                    // "Your sister Priya has been doing it with us since spring", answering a
                    // question about acupuncture: the treatment asked about, had here
                    let had_here = answer
                        && ["been doing", "been getting", "been having"]
                            .iter()
                            .any(|w| lower[m.0..m.1].contains(w))
                        && (crate::rules::boundaries::cues::parent_asks_clinical(ctx)
                            || crate::rules::boundaries::cues::parent_shares_health(ctx));
                    // "she's been seeing Dr. Whitaker since 2022"; "your wife Jenna ... she's
                    // been with Dr. Whitaker" (the reader's family, not a staff member's tenure)
                    let with_dr = &lower[m.0..m.1];
                    let with_dr = with_dr.contains("been seeing d")
                        || (with_dr.contains("been with d") && readers_family(text));
                    // "Sending so much love to Ms. D, she's been with us since 2019", answering
                    // news that someone was assaulted: the person of the news is one of ours
                    let news_harm = answer && harm_in_the_news(ctx);
                    let seen = seen || had_here || with_dr || news_harm;
                    if (sick || seen) && !text.contains("team") && !text.contains("staff") {
                        found = Some(m);
                    }
                }
            }
            // (the slot and recheck patterns have no verb of the list: "you're on at 3",
            // "re-check that meniscus", "follow up on your")
            // ("we got that nose clear", answering the person: their nose)
            if found.is_none()
                && (personal || es_enc || (answer && text.contains("we got that ")) || someone)
                && (words.iter().any(|(w, _, _)| encounter_verb(w))
                    || SLOT_GATE.hit_within(ctx, s.start, s.end))
            {
                if let Some(m) = find(&p.encounter) {
                    let before = &lower[s.start..m.0];
                    // "if you come in", "before you come in": a visit that has not happened
                    // "Dr. Patel did hers with us", "He finished his allergy & immunology
                    // fellowship in Denver": a clinician's training, not care
                    let schooling = [
                        "residen",
                        "intern",
                        "training",
                        "rotation",
                        "fellowship",
                        "extern",
                    ]
                    .iter()
                    .any(|w| text.contains(w));
                    let training = schooling
                        || (lower[m.0..m.1].starts_with("did ")
                            && (before.contains("dr.") || before.contains("dr ")));
                    if !training
                        && !["if ", "when ", "before ", "once ", "until ", "whenever "]
                            .iter()
                            .any(|w| before.ends_with(w))
                    {
                        found = Some(m);
                    }
                }
            }
            if answer && !advice {
                if found.is_none() {
                    // a visit, record, treatment or test of theirs
                    targets.clear();
                    targets.extend(
                        care_in()
                            .filter(|m| matches!(m.kind, "visit" | "record" | "encounter"))
                            .chain(health_in().filter(|m| is_treatment(m.kind))),
                    );
                    if let Some((span, second_p)) = possessive_care(&words, &targets) {
                        // "Your injection f/u is still on the books, we'll get you in first
                        // thing": care already booked, whatever the sentence offers after it
                        let booked = p.booked.is_match(&lower[span.1..s.end]);
                        let offer = offer()
                            && !booked
                            && !text.contains("last")
                            && !text.contains("next")
                            && !text.contains("follow");
                        let generic = generic()
                            && !text.contains("last")
                            && !text.contains("next")
                            && !text.contains("follow");
                        if !(second_p && (offer || question || generic)) {
                            found = Some(span);
                        }
                    }
                    // "thanks for stitching me up doc" - "keep those stitches dry for 5 days":
                    // the treatment the writer told of having here (their thanks, or naming
                    // the practice), pointed at as theirs; not "my kid got stitches at the ER"
                    if found.is_none()
                        && !question
                        && told_own()
                        && (ctx.parent().lower.contains("thank") || parent_tells_care_here(ctx))
                    {
                        if let Some((span, _)) =
                            owned_care(&words, &targets, |w| matches!(w, "those" | "these"))
                        {
                            found = Some(span);
                        }
                    }
                }
                if found.is_none() && (personal || ver) {
                    // "Hope to see you Saturday at the health fair!": a meeting at an event, not
                    // a visit
                    found = find(&p.see_you)
                        .filter(|&(_, e)| !at_an_event(&lower[e..s.end]))
                        .or_else(|| find(&p.your_slot));
                }

                if found.is_none() && doctor {
                    found = find(&p.clinician);
                }
                if found.is_none() && second && !generic() && !imperative_start(&words) {
                    // "12 weeks of rehab ..., so proud of you", "you told ... steroid cream"
                    if let Some(m) = health_in().find(|m| {
                        (is_treatment(m.kind) || m.kind == "derm")
                            && m.score >= 0.9
                            && !owned_by_practice(&words, m.start)
                    }) {
                        if !offer() && !question {
                            found = Some((m.start, m.end));
                        }
                    }
                }
                // "Is Mrs. Lopez from our church getting chemo at your clinic??" - "Rituximab
                // for her vasculitis, every Tuesday": the titled person asked about, their
                // condition or treatment told
                if found.is_none()
                    && third
                    && answer
                    && !question
                    && !generic()
                    && asks_of_titled(ctx)
                {
                    if let Some(m) = health_in().find(|m| {
                        (is_treatment(m.kind) || is_condition(m.kind) || m.kind == "medication")
                            && m.score >= 0.9
                            && [" her", " his"]
                                .iter()
                                .any(|w| lower[..m.start].trim_end().ends_with(w))
                    }) {
                        found = Some((m.start, m.end));
                    }
                }
                if found.is_none() && !question && !generic() && p.implicit.is_match(text) {
                    // "Congrats on finishing PT!", "Sorry the filling hurt!", "Glad your knee is
                    // feeling stronger!"
                    let recovering = p.recovery.is_match(text);
                    if let Some(m) = health_in().find(|m| {
                        (m.score >= 0.5 && is_treatment(m.kind)
                            || recovering && (m.kind == "body" || is_condition(m.kind)))
                            && !owned_by_practice(&words, m.start)
                    }) {
                        found = Some((m.start, m.end));
                    }
                }
                if found.is_none() {
                    // "Aww Hannah, it was an honor to be there for both deliveries!": care told
                    // to the person the reply speaks to by name
                    let named = a.persons.iter().any(|m| {
                        s.start <= m.start
                            && m.end <= s.end
                            && crate::detect::persons::is_possible_patient(m)
                            && crate::detect::persons::addressed(ctx, m)
                    });
                    // ... with care in it ("both deliveries", not "the 5K")
                    let care_told = health_in().any(|h| h.score >= 0.5);
                    if named && care_told {
                        if let Some(c) = care_in().find(|c| c.kind == "encounter" && c.score >= 0.9)
                        {
                            found = Some((c.start, c.end));
                        }
                    }
                }
                if found.is_none() && third {
                    // "tell Jess her biopsy came back benign", "he started her on isotretinoin"
                    let care_here = care_in().any(|m| m.kind != "patient");
                    if let Some(m) = health_in().find(|m| {
                        m.score >= 0.5
                            && !owned_by_practice(&words, m.start)
                            && (is_treatment(m.kind)
                                || ((is_condition(m.kind) || m.kind == "medication") && care_here))
                    }) {
                        found = Some((m.start, m.end));
                    }
                }
                if found.is_none() && third && !question && !generic() {
                    // "He's in great hands with us!" answering "Prayers for Coach Demarco":
                    // care by the practice told, in a reply, about someone else (he, she)
                    if let Some(c) = care_in().find(|c| {
                        c.kind == "encounter"
                            && c.score >= 0.9
                            && lower[c.start..c.end].contains("hands")
                    }) {
                        found = Some((c.start, c.end));
                    }
                }
            } else if found.is_none() && second && !question && !generic() {
                // A post: sympathy or congratulations about someone's treatment or visit.
                targets.clear();
                targets.extend(
                    care_in()
                        .filter(|m| matches!(m.kind, "visit" | "encounter"))
                        .chain(health_in().filter(|m| {
                            is_treatment(m.kind) || is_condition(m.kind) && m.score >= 0.9
                        })),
                );
                if let Some((span, _)) = possessive_care(&words, &targets) {
                    if p.sympathy.is_match(text) {
                        found = Some(span);
                    }
                }
            }
            if let Some(span) = found {
                hits.push(span);
            }
        }
        if answer {
            // "Rachel sees Priya on Tuesdays", "Dr. Lee treated Sam": a named person as the
            // object of care.
            for m in a
                .persons
                .iter()
                .filter(|m| crate::detect::persons::is_possible_patient(m) && m.score >= 0.5)
            {
                let before = lower[..m.start].trim_end();
                let verb = before
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                if matches!(
                    verb,
                    "sees" | "saw" | "seeing" | "treats" | "treated" | "treating" | "examined"
                ) && !hits.iter().any(|&(a, b)| a <= m.start && m.end <= b)
                {
                    hits.push((before.len() - verb.len(), m.end));
                    continue;
                }
                // "Rachel sees Priya on Tuesdays" (Priya on staff), "Sam sees Dr. Lee": the
                // person as the subject of care by the practice's clinician.
                let after = &lower[m.end..];
                let after = after.strip_prefix("'s").unwrap_or(after).trim_start();
                let Some(rest) = [
                    "sees ",
                    "saw ",
                    "is seeing ",
                    "has been seeing ",
                    "still sees ",
                ]
                .iter()
                .find_map(|v| after.strip_prefix(v)) else {
                    continue;
                };
                let at = lower.len() - rest.len();
                let clinician = rest.starts_with("dr")
                    || rest.starts_with("our ")
                    || a.persons.iter().any(|o| {
                        o.start == at
                            && matches!(
                                o.kind,
                                crate::detect::persons::STAFF | crate::detect::persons::CLINICIAN
                            )
                    });
                if clinician {
                    hits.push((m.start, at));
                }
            }
            // "Yvette changed his BP meds": one of the staff acting on the person's care
            for m in a.persons.iter().filter(|m| {
                matches!(
                    m.kind,
                    crate::detect::persons::STAFF | crate::detect::persons::CLINICIAN
                )
            }) {
                let after = lower[m.end..].trim_start();
                let acted = [
                    "changed ",
                    "adjusted ",
                    "increased ",
                    "decreased ",
                    "lowered ",
                    "raised ",
                    "upped ",
                    "refilled ",
                    "renewed ",
                    "switched ",
                    "stopped ",
                    "started ",
                    "doubled ",
                    "halved ",
                ]
                .iter()
                .find_map(|v| after.strip_prefix(v))
                .filter(|rest| {
                    ["his ", "her ", "your ", "their "]
                        .iter()
                        .any(|o| rest.starts_with(o))
                });
                if let Some(rest) = acted {
                    let end = lower.len() - rest.len();
                    if !hits.iter().any(|&(a, b)| a <= m.start && end <= b) {
                        hits.push((m.start, end));
                    }
                }
            }
            // Warmth that takes up care the parent told of ("Thank you for taking such good care
            // of my husband Walt after his hip replacement" - "Give Walt a hug from all of us!",
            // "It was an honor to care for him"): accepting the thanks confirms the care.
            // "He's one of the hardest workers in our Family Circle group": someone in one of the
            // practice's groups or programs (not leading it)
            if let Some(m) = member_of_our_group(lower) {
                if !hits.iter().any(|&(a, b)| a <= m.0 && m.1 <= b) {
                    hits.push(m);
                }
            }
            if let Some(m) = in_a_program(ctx) {
                if !hits.iter().any(|&(a, b)| a <= m.0 && m.1 <= b) {
                    hits.push(m);
                }
            }
            if let Some(m) = your_care_in_other_scripts(ctx) {
                if !hits.iter().any(|&(a, b)| a <= m.0 && m.1 <= b) {
                    hits.push(m);
                }
            }
            // "8 months is huge, keep coming to thursday group": care the person answered goes
            // on having here (an imperative: no "you" needed)
            if lower.contains("keep coming") {
                if let Some(m) = patterns().keep_coming.find(lower) {
                    if !hits.iter().any(|&(a, b)| a <= m.start() && m.end() <= b) {
                        hits.push((m.start(), m.end()));
                    }
                }
            }
            // "my voice is BACK thanks to the team at @tinwhistleent" - "remember what Hollis
            // said... NO whispering backstage": one of the staff's instructions to the writer,
            // who told of their own time here
            if lower.contains(" said") || lower.contains(" told you") {
                let told_to_them = a
                    .persons
                    .iter()
                    .filter(|m| {
                        matches!(
                            m.kind,
                            crate::detect::persons::STAFF | crate::detect::persons::CLINICIAN
                        )
                    })
                    .find(|m| {
                        let before = lower[..m.start].trim_end();
                        let after = &lower[m.end..];
                        (before.ends_with("remember what") || before.ends_with("like"))
                            && [" said", " told you", " showed you"]
                                .iter()
                                .any(|w| after.starts_with(w))
                    });
                if let Some(m) = told_to_them {
                    let parent = &ctx.parent().lower;
                    if speaks_of_self(parent)
                        && parent_tells_care_here(ctx)
                        && !hits.iter().any(|&(a, b)| a <= m.start && m.end <= b)
                    {
                        hits.push((m.start, m.end));
                    }
                }
            }
            // "My Botox wore off in 6 weeks" - "Come back in and we'll do a free touch-up": asked
            // back, the writer of a message that told of their own care is one of ours
            // (every match holds "come" and "back", "in and out" or "next time")
            if (lower.contains("come") && lower.contains("back")
                || lower.contains("in and out")
                || lower.contains("next time"))
                && (told_own_care(ctx) || served_here(ctx))
            {
                if let Some(m) = patterns()
                    .come_back
                    .find(lower)
                    .filter(|m| !at_an_event(&lower[m.end()..]))
                {
                    if !hits.iter().any(|&(a, b)| a <= m.start() && m.end() <= b) {
                        hits.push((m.start(), m.end()));
                    }
                }
            }
            // "I can't share any results, but let's just say you might want to start knitting 😉":
            // a hint that tells what the words refuse to
            if let Some(m) = patterns().hint.find(lower) {
                if !hits.iter().any(|&(a, b)| a <= m.start() && m.end() <= b) {
                    hits.push((m.start(), m.end()));
                }
            }
            if let Some(span) = acknowledges_told_care(ctx) {
                if !hits.iter().any(|&(a, b)| a <= span.0 && span.1 <= b) {
                    hits.push(span);
                }
            }
            // Asked only when nothing above confirmed the care already, in this order: the
            // reader's records in Portuguese, the reader's visit pointed at, someone asked after
            // by name
            if hits.is_empty() {
                if let Some(span) = portuguese_records(ctx)
                    .or_else(|| points_at_their_visit(ctx))
                    .or_else(|| answers_about_named(ctx))
                    .or_else(|| says_they_go_here(ctx))
                {
                    hits.push(span);
                }
            }
            // Payments for care ("your last two copays", "your unpaid $85 balance") confirm it too.
            for (span, confirms) in super::payment::individual_payments(ctx) {
                if confirms && !hits.iter().any(|&(a, b)| a <= span.0 && span.1 <= b) {
                    hits.push(span);
                }
            }
        }
        for span in hits {
            let hit = Hit::new(
                "C2",
                self.id(),
                Severity::High,
                span,
                if answer { MESSAGE_ANSWER } else { MESSAGE_POST },
            );
            out.push(if answer {
                hit.suggest(crate::rules::safe_reply::safe_reply(ctx))
            } else {
                hit.suggest("Remove what ties this person to a visit or a treatment, or post only with their signed HIPAA authorization.")
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Draft, Engine, Kind, Policy, Report, Verdict};

    fn engine() -> Engine {
        Engine::new(Policy::default())
    }

    fn c2(r: &Report) -> Vec<(usize, usize)> {
        r.findings
            .iter()
            .filter(|f| f.code == "C2")
            .map(|f| (f.start, f.end))
            .collect()
    }

    fn reply(text: &str, parent: &str) -> Report {
        engine().check(&Draft::reply(text, "reviewer", parent))
    }

    fn span_of(text: &str, needle: &str) -> (usize, usize) {
        let i = text.find(needle).expect(needle);
        let s = text[..i].encode_utf16().count();
        (s, s + needle.encode_utf16().count())
    }

    #[test]
    fn the_treatment_they_thanked_us_for_pointed_at() {
        let t = "anytime! keep those stitches dry for 5 days & come back for removal";
        assert_eq!(
            c2(&reply(
                t,
                "thanks for stitching me up doc, back on the boat tmrw"
            )),
            vec![span_of(t, "those stitches")]
        );
        // near miss: stitches put in at an ER
        assert!(c2(&reply(
            "Keep those stitches dry and they'll heal fine!",
            "My kid got stitches at the ER last night, any tips?"
        ))
        .is_empty());
    }

    #[test]
    fn someone_who_has_been_with_one_of_the_practices_doctors() {
        let t =
            "Hi Tom! Your wife Jenna can vouch for us 😉 she's been with Dr. Whitaker since 2022!";
        assert!(!c2(&reply(t, "Anyone tried this place? Worth it?")).is_empty());
        let t = "He's been seeing Dr. Whitaker every month since the spring.";
        assert!(!c2(&engine().check(&Draft::post(t))).is_empty());
        // near miss: a staff member's tenure
        let t = "Meet Carla! She's been with Dr. Whitaker since 2012 and runs the front desk.";
        assert!(c2(&engine().check(&Draft::post(t))).is_empty());
    }

    #[test]
    fn care_done_to_someone_told_as_a_result_or_in_spanish() {
        let t = "Gene, Mohs days can run long bc we check every layer before you go home. So sorry the wait felt endless, but we got that nose clear in 2 stages!";
        assert!(!c2(&reply(t, "Waited over 3 hours for my surgery. Ridiculous.")).is_empty());
        let t = "Fotos de la Feria de Salud 📸 aquí la señora que salió con la presión en 190/110 y la mandamos a urgencias, ya está bien";
        assert!(!c2(&engine().check(&Draft::post(t))).is_empty());
        // near misses: a result with no one's body, a count of people attended
        for t in [
            "We got your message and the forms are all set, thanks!",
            "En la feria atendimos a 140 personas y vacunamos a 60 niños. ¡Gracias!",
        ] {
            assert!(c2(&reply(t, "did you get my message?")).is_empty(), "{t}");
        }
    }

    #[test]
    fn seeing_someone_at_a_later_time() {
        let parent =
            "My son has been going to Harvestmoon for two years. Finally found the right meds.";
        for t in [
            "Thank you Pam!! Tell him Dr. A says hi and we'll see him at the end of the month!",
            "Thanks! See you in two weeks for the recheck.",
            "We'll see her next Tuesday, thanks for the update!",
            "Tell your mom we're so proud of her, see her on the 12th!",
            "He should switch back to his old pair until we recheck him.",
        ] {
            assert!(!c2(&reply(t, parent)).is_empty(), "{t}");
        }
        // near misses: a time with no one seen, an event
        for t in [
            "Thank you Pam! New group times start at the end of the month.",
            "Thanks! Hope to see you in two weeks at the health fair!",
            "Hope to see you on the 12th at the open house!",
            "Until we recheck our stock, the kits are sold out.",
        ] {
            assert!(c2(&reply(t, "love this place")).is_empty(), "{t}");
        }
    }

    #[test]
    fn care_of_the_people_of_the_news_had_here() {
        let parent = "Two divers airlifted after incident near Gull Rock on Sunday; both expected to recover.";
        let t = "Both divers are resting comfortably after their chamber treatments here. Thanks to the crew!";
        assert!(!c2(&reply(t, parent)).is_empty());
        // near misses: their story told here, care with no "here"
        for t in [
            "Thank you for sharing their story here.",
            "Chamber treatments are available here for anyone who needs them.",
            "We hope their recovery is quick. Sending love from all of us here.",
        ] {
            assert!(c2(&reply(t, parent)).is_empty(), "{t}");
        }
    }

    #[test]
    fn someone_the_team_knows_in_its_care() {
        let parent = "Anyone know what happened at the Depot St bus stop this morning??";
        let t = "everyone is safe. the young man this morning is someone our team knows well and he's getting the support he needs now. please give him some privacy";
        assert!(!c2(&reply(t, parent)).is_empty());
        // near misses: a known neighbor, support in general
        for t in [
            "Mayor Ortiz is someone our team knows well, and she has been a great partner.",
            "Everyone in crisis deserves to get the support they need. Call 988.",
        ] {
            assert!(c2(&reply(t, parent)).is_empty(), "{t}");
        }
    }

    #[test]
    fn someone_told_they_were_seen() {
        let parent = "Waited 4 hours at walk-in just to be told to come back tomorrow.";
        let t = "Darrell, you were seen in triage and your vitals were stable, so the provider prioritized more urgent patients.";
        assert!(!c2(&reply(t, parent)).is_empty());
        // near misses: how people are seen, in general
        for t in [
            "Walk-in patients are seen in triage order, sickest first.",
            "You will be seen by the first available provider if you walk in.",
        ] {
            assert!(c2(&reply(t, parent)).is_empty(), "{t}");
        }
    }

    #[test]
    fn someone_missed_at_their_treatment() {
        let parent = "harvestmoon saved my life fr. shoutout to devon";
        for t in [
            "Dante!! we miss you in group, door's always open",
            "we miss seeing you at the Tuesday group, come back anytime",
        ] {
            assert!(!c2(&reply(t, parent)).is_empty(), "{t}");
        }
        // near misses: a colleague, a community event
        for t in [
            "We miss you at the front desk, Carol! Enjoy retirement.",
            "We missed you at the 5K this year!",
        ] {
            assert!(c2(&reply(t, "miss you guys")).is_empty(), "{t}");
        }
    }

    #[test]
    fn praise_for_the_care_they_told_of_here() {
        let parent = "lol just survived my peanut challenge at @quadallergy";
        let e = Engine::new(
            Policy::from_json(r#"{"practice": {"handles": {"x": ["@quadallergy"]}}}"#).unwrap(),
        );
        let r = |t: &str| e.check(&Draft::reply(t, "@brookeee_s", parent));
        for t in [
            "you CRUSHED it Brooke!! enjoy that PB&J",
            "so proud of you!!",
        ] {
            assert!(!c2(&r(t)).is_empty(), "{t}");
        }
        // near misses: thanks only, praise for something not told as care here, praise for
        // an event's count
        assert!(c2(&r("Thank you for the shoutout!")).is_empty());
        let r2 = e.check(&Draft::reply(
            "Way to go, team!!",
            "@county_news",
            "200 flu shots given at @quadallergy's clinic today!",
        ));
        assert!(c2(&r2).is_empty());
        let r = e.check(&Draft::reply(
            "so proud of you!",
            "@runner",
            "finished my first half marathon!! @quadallergy",
        ));
        assert!(c2(&r).is_empty());
    }

    #[test]
    fn seeing_someone_at_an_event_is_no_visit() {
        let t = "Hope to see you Saturday at the health fair!";
        assert!(c2(&reply(t, "Are you going to the fair?")).is_empty());
        // near misses: the visit itself, at the office
        for t in [
            "See you Thursday for your cleaning!",
            "See you tomorrow at the office, bring your brace.",
        ] {
            assert!(
                !c2(&reply(t, "is my appointment still on?")).is_empty(),
                "{t}"
            );
        }
    }

    #[test]
    fn seeing_the_reader_at_a_time_in_spanish() {
        let t = "¡Hola Rosa! Sí, claro 😊 y qué gusto verla la semana pasada con la Dra. Deshmukh.";
        assert_eq!(
            c2(&reply(t, "¿Tienen doctoras que hablen español?")),
            vec![span_of(t, "verla la semana pasada")]
        );
        let t = "Rosa, la vimos el martes y ya está mucho mejor.";
        assert!(!c2(&reply(t, "gracias")).is_empty());
        // near misses: an invitation to come and see us, a wish to see them at an event
        for t in [
            "¡Nos encantaría verla! Llame al 555-0100 para hacer una cita.",
            "¡Esperamos verlos en la feria de salud!",
            "¡Esperamos verlos el sábado en la feria de salud!",
        ] {
            assert!(c2(&reply(t, "¿Atienden sin cita?")).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_program_member_after_a_wide_space_does_not_panic() {
        // U+0085 is whitespace of two bytes: the word before "has been" starts after all of it
        for t in [
            "Jamie\u{85}has been coming to group",
            "\u{85}\u{85}been coming to group",
            "a\u{3000}b\u{85}been going to the iop",
        ] {
            let _ = engine().check(&Draft::reply(t, "reviewer", "is my son coming?"));
        }
    }

    #[test]
    fn the_brother_the_message_told_of_named_as_one_of_ours() {
        let d = Draft::reply(
            "Thank you Jenna!! Danny is one of our hardest workers 🙌 tell him we said hi",
            "Jenna Pruitt",
            "my brother has been going to Cantilever since his crash, they're amazing",
        );
        assert!(!c2(&engine().check(&d)).is_empty());
        // near misses: no one of the family told of as cared for; a staff member praised
        let d = Draft::reply(
            "Thank you Jenna!! Danny is one of our hardest workers 🙌",
            "Jenna Pruitt",
            "my brother says your front desk is the friendliest in town",
        );
        assert!(c2(&engine().check(&d)).is_empty());
        // a name from the message in a refusal to confirm
        let d = Draft::reply(
            "Hi Coach, we can't confirm whether anyone is seen here. Jaylen or his parents can call us about an authorization form.",
            "Coach Rick",
            "How is my player Jaylen doing? He's been going to you guys.",
        );
        assert!(c2(&engine().check(&d)).is_empty());
    }

    #[test]
    fn the_one_of_the_family_the_message_told_of_named() {
        let parent = "Thank you Luis for everything this year. FBT literally gave us our son back.";
        let d = Draft::reply(
            "Tori this made Luis tear up! give Eli a big hug from all of us, and good luck next week!!",
            "Tori Lindgren",
            parent,
        );
        assert!(!c2(&engine().check(&d)).is_empty());
        // near miss: a family told of with no care
        let d = Draft::reply(
            "Aww thank you Tori! Give Eli a big hug from all of us!",
            "Tori Lindgren",
            "Thank you for the fun booth at the fair! our son loved it",
        );
        assert!(c2(&engine().check(&d)).is_empty());
    }

    #[test]
    fn someone_in_one_of_the_practices_programs() {
        let e = Engine::new(
            Policy::from_json(
                r#"{"staff": ["Hannah Prewitt, RD", "Simone Achebe, LCSW"], "allow_terms": ["Thursday Drop-In", "New Moms Circle"]}"#,
            )
            .unwrap(),
        );
        let r = |t: &str, p: &str| e.check(&Draft::reply(t, "reviewer", p));
        for (t, p) in [
            ("Hi Karen! Yes, Jamie has been coming to Thursday Drop-In since September and he's doing great", "Is my son Jamie going to your youth night?"),
            ("Jess we are SO proud of you! Simone says the New Moms Circle just isn't the same since you graduated!", "This group saved me after my son was born."),
            ("Thank you Sergeant! Watching your progress in Dr. Brandt's PTSD group has been an honor.", "These folks actually get it."),
            ("yes!! it's still thursdays at 6, tell your mom we saved her a seat next to Hannah (your dietitian lol)", "is the family dinner still happening?"),
            ("We are SO proud of you!!! The whole IOP group is cheering for you 🌻", "6 months in recovery today!! couldn't have done it without my team"),
        ] {
            assert!(!c2(&r(t, p)).is_empty(), "{t}");
        }
        // near misses: the staff at a class, a program told of in general, a clinician of anyone's
        for (t, p) in [
            (
                "We've been going to the new trauma-informed care class every week!",
                "what's new?",
            ),
            (
                "Thursday Drop-In is every week at 6, everyone 14-20 is welcome!",
                "Is my son Jamie going to your youth night?",
            ),
            (
                "Thanks for all your support of the walk, we're rooting for you at the 5k!",
                "Signed up for your charity 5k!",
            ),
            (
                "Our whole team is cheering for you, good luck at the marathon!",
                "Running my first marathon Sunday!",
            ),
            (
                "Hannah is a registered dietitian; ask your doctor about a referral.",
                "do you have a dietitian?",
            ),
        ] {
            assert!(c2(&r(t, p)).is_empty(), "{t}");
        }
    }

    #[test]
    fn someone_in_good_hands_here() {
        // (the care cues "been coming in" and "she's in good hands" tie the named person to
        // the practice's care: blocked, by C1 as it happens)
        let r = reply(
            "Hi Marisol! Dani is doing great, she's been coming in regularly and she's in good hands.",
            "is my cousin Dani a patient there? she won't tell the family anything",
        );
        assert_eq!(r.verdict, Verdict::Block, "{:?}", r.findings);
        // near miss: the practice's promise to everyone
        let r = reply(
            "Our hygienists are wonderful, you'll be in good hands. Call us to book!",
            "Looking for a new dentist, any good?",
        );
        assert!(c2(&r).is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn care_told_to_the_person_addressed() {
        let r = engine().check(&Draft::reply(
            "Aww Hannah, it was an honor to be there for both deliveries! Give those babies a squeeze",
            "Hannah Loy",
            "Best OB ever!! Dr. Marchetti-Obi delivered both my babies",
        ));
        assert!(!c2(&r).is_empty(), "{:?}", r.findings);
        // near miss: the same words about an event
        let r = engine().check(&Draft::reply(
            "Aww Linda, it was an honor to be there for the 5K! See you next year",
            "Linda Ruiz",
            "Thanks for the water station!",
        ));
        assert!(c2(&r).is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn a_check_weeks_or_months_out() {
        let r = reply(
            "Anita!! Thank you!! Don't forget your 3-month check on the 22nd",
            "Love this office",
        );
        assert!(!c2(&r).is_empty(), "{:?}", r.findings);
        // near miss: a schedule for everyone
        let r = reply(
            "Most implants get a 3-month check, and we'll explain it at the consult.",
            "How does follow-up work?",
        );
        assert!(c2(&r).is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn slots_rechecks_and_regulars() {
        for (t, parent) in [
            (
                "Yep you're on at 3 with Brynn! Bring your brace and we'll re-check that meniscus before clearing you",
                "Am I still good for this afternoon?",
            ),
            (
                "To the gentleman in the blue Subaru who comes in Thursdays at 6, you left your headlights on again!!",
                "",
            ),
        ] {
            let r = if parent.is_empty() {
                engine().check(&Draft::post(t))
            } else {
                reply(t, parent)
            };
            assert!(!c2(&r).is_empty(), "{t}: {:?}", r.findings);
        }
        // near misses: booking in general, and everyone who came in
        assert!(c2(&reply(
            "You can book online anytime, and you're welcome to call us at (555) 201-4400.",
            "How do I book?"
        ))
        .is_empty());
        assert!(c2(&engine().check(&Draft::post(
            "Thank you to everyone who came in for flu shots this weekend!"
        )))
        .is_empty());
    }

    #[test]
    fn notes_and_fitting_someone_in() {
        for (t, parent) in [
            (
                "Pat, we're so sorry. Per our notes you signed the consent form and were told not to drive.",
                "You let me leave without a ride!",
            ),
            (
                "Of course Danielle! Glad we could get you in before you went back to work Monday.",
                "Thank you for squeezing me in!",
            ),
        ] {
            assert!(!c2(&reply(t, parent)).is_empty(), "{t}");
        }
        // near misses: an offer to fit someone in, and notes in general
        for (t, parent) in [
            (
                "We'd be glad to get you in this week, call (555) 201-4400.",
                "Any openings?",
            ),
            (
                "Our notes app is down today, sorry for the slow replies!",
                "Are you open?",
            ),
        ] {
            assert!(c2(&reply(t, parent)).is_empty(), "{t}");
        }
    }

    #[test]
    fn someone_in_one_of_the_practices_groups() {
        let parent = "So proud of my son, 6 months today!!";
        let t = "We're proud of him too Tina!! He's one of the hardest workers in our Family Circle group 💪";
        assert!(!c2(&reply(t, parent)).is_empty());
        // near misses: the one who leads the group, and the group itself
        let t = "She leads our Family Circle group on Tuesdays, come meet her!";
        assert!(c2(&reply(t, "Who runs the family group?")).is_empty());
        let t = "Our Family Circle group meets Tuesdays at 6, everyone is welcome.";
        assert!(c2(&reply(t, parent)).is_empty());
    }

    #[test]
    fn a_hint_after_a_refusal_to_share() {
        let t = "Hi Diane! I can't share any results, but let's just say you might want to start knitting 😉🧶";
        assert!(!c2(&reply(t, "Any news from my bloodwork?? 🤞")).is_empty());
        // near miss: the refusal alone, with a way to get the results
        let t = "Hi Diane! We can't share results here, but your nurse will call you today.";
        assert!(c2(&reply(t, "Any news from my bloodwork?? 🤞")).is_empty());
        // the refusal, then how she is
        let rumor = "hearing a certain pop star was airlifted off the island last night... anyone know what happened??";
        let t = "We never comment on any member, but rest assured she's stable and in great hands.";
        assert!(!c2(&reply(t, rumor)).is_empty());
        // near miss: the refusal, then the practice's own care for reviews
        let t =
            "We can't comment on any patient, but rest assured we take every concern seriously.";
        assert!(c2(&reply(t, rumor)).is_empty());
    }

    #[test]
    fn sympathy_for_someone_whose_care_here_was_told() {
        let p = Policy::from_json(
            r#"{"practice": {"name": "Tidewell Dental", "handles": {"x": ["@tidewelldental"]}}}"#,
        )
        .unwrap();
        let e = Engine::new(p);
        let parent = "my son's tooth is STILL sore after his filling at @tidewelldental yesterday, is that normal??";
        let d = Draft::reply(
            "so sorry he's uncomfortable! a little sensitivity after a filling is normal for a few days, give us a call if it lasts.",
            "@mainemama_kels",
            parent,
        );
        assert!(e.check(&d).findings.iter().any(|f| f.code == "C2"));
        // near miss: the same sympathy for care told elsewhere (advice, B1's matter)
        let d = Draft::reply(
            "so sorry he's uncomfortable! a little sensitivity after a filling is normal for a few days.",
            "@mainemama_kels",
            "my son's tooth is sore after his filling yesterday, is that normal??",
        );
        assert!(!e.check(&d).findings.iter().any(|f| f.code == "C2"));
    }

    #[test]
    fn gladness_that_someone_heals_whose_care_here_was_told() {
        // the message names the practice's doctor: what it tells happened here
        let p = Policy::from_json(
            r#"{"practice": {"name": "Shoofly Mill Family Medicine"}, "staff": ["Dr. Caleb Hostetler, MD"]}"#,
        )
        .unwrap();
        let e = Engine::new(p);
        let c2_of = |t: &str, parent: &str| {
            let d = Draft::reply(t, "Esther B.", parent);
            c2(&e.check(&d))
        };
        let t = "Thank you Esther!! We're so glad he's healing up good, tell him no more riding the hay elevator for a couple weeks";
        let told = "Dr. Hostetler stitched up my son's arm after the hay elevator accident, very kind and didn't make us wait.";
        assert_eq!(c2_of(t, told), vec![span_of(t, "glad he's healing")]);
        // near misses: the same care told with no one of ours named; a doctor who is not ours
        for parent in [
            "My son needed stitches in his arm after the hay elevator accident, the ER was great.",
            "Dr. Yoder stitched up my son's arm after the hay elevator accident, very kind.",
        ] {
            assert!(c2_of(t, parent).is_empty(), "{parent}");
        }
    }

    #[test]
    fn with_us_for_years_answering_news_of_harm() {
        let news =
            "Local transgender teacher assaulted outside Foundry St bar Friday night; police investigating.";
        let t = "Sending so much love to Ms. D, she's been with us since 2019 and is one of the strongest people we know.";
        assert_eq!(c2(&reply(t, news)), vec![span_of(t, "she's been with us")]);
        // near miss: the same words answering news of an award (a colleague as likely)
        let t = "So proud of Ms. D, she's been with us since 2019!";
        assert!(c2(&reply(
            t,
            "Local teacher wins state award for her science program."
        ))
        .is_empty());
    }

    #[test]
    fn patients_of_the_practice_called_by_its_name() {
        let e = Engine::new(
            Policy::from_json(r#"{"practice": {"name": "Hanbit Family Dental"}}"#).unwrap(),
        );
        let t = "Lunch is on us today thanks to the Park family (all SIX of them are Hanbit patients now) who dropped off kimbap!";
        assert_eq!(
            c2(&e.check(&Draft::post(t))),
            vec![span_of(t, "Hanbit patients")]
        );
        // near misses: an offer to new patients, a question, the name alone
        for t in [
            "New Hanbit patients get a free whitening kit this month!",
            "Are you a Hanbit patient? Book online anytime.",
            "The Park family dropped off kimbap for the whole Hanbit team!",
        ] {
            assert!(c2(&e.check(&Draft::post(t))).is_empty(), "{t}");
        }
    }

    #[test]
    fn moving_someone_to_a_slot() {
        let parent = "Front desk double-booked us AGAIN. 3rd time this month.";
        let t =
            "We're so sorry. We've moved your daughter to Hollis's 3:30 on Thursdays permanently.";
        assert_eq!(
            c2(&reply(t, parent)),
            vec![span_of(t, "moved your daughter to Hollis's 3:30")]
        );
        // near misses: an offer to move someone, and the practice's own clinic moved
        for t in [
            "We're so sorry. We can move you to a 3:30 if you give us a call.",
            "Heads up: we moved our Thursday walk-in clinic to 3:30.",
        ] {
            assert!(c2(&reply(t, parent)).is_empty(), "{t}");
        }
    }

    #[test]
    fn taking_up_the_care_a_thank_you_told_of() {
        let parent =
            "Thank you all for taking such good care of my husband Walt after his hip replacement.";
        for t in [
            "Aww thank you Linda! Give Walt a hug from all of us and tell him to take it easy on those stairs",
            "You're so welcome! It was an honor to care for him. Tell him we said hi!",
        ] {
            let r = engine().check(&Draft::reply(t, "Linda Moreau", parent));
            assert!(!c2(&r).is_empty(), "{t}: {:?}", r.findings);
        }
        // near misses: thanks for the words only; a name echoed from a message about no care
        let r = engine().check(&Draft::reply(
            "Thank you so much for the kind words, Linda! We'll share them with the team.",
            "Linda Moreau",
            parent,
        ));
        assert!(c2(&r).is_empty(), "{:?}", r.findings);
        let r = engine().check(&Draft::reply(
            "Give Walt a high five, see you both at the 5K!",
            "Linda Moreau",
            "Walt and I loved the fun run last year, is it on again?",
        ));
        assert!(c2(&r).is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn someone_who_had_a_procedure_with_us() {
        for t in [
            "Especially the lady in the red scrubs who had her sleeve with us Tuesday, back at work by Friday!",
            "Shoutout to the guy who had his knee done here last month, we saw you run the 5k!",
            "Yes we do home sleep tests! Actually your wife Sharon did hers with us back in March so she knows the drill!",
            "We are truly sorry for your loss. Per our call log, our nurse called your cell twice and left voicemails.",
        ] {
            assert!(!c2(&engine().check(&Draft::post(t))).is_empty(), "{t}");
        }
        // near miss: a staff member's training, and our own log of calls in general
        for t in [
            "Dr. Patel did hers with us too: our residency program turns 10 this year!",
            "Please welcome Dr. Omar Feliciano-Baez! He finished his allergy & immunology fellowship in Denver.",
            "Per our call log, Monday mornings are our busiest time; try calling after 2pm.",
        ] {
            assert!(c2(&engine().check(&Draft::post(t))).is_empty(), "{t}");
        }
        // near miss: people in general
        let t = "Most people who had their wisdom teeth out are back to work in 3 days.";
        assert!(c2(&engine().check(&Draft::post(t))).is_empty());
    }

    #[test]
    fn a_named_person_as_the_object_of_care() {
        assert!(!c2(&reply(
            "Hi Carl, yes, Rachel sees Priya on Tuesdays, but we can't share anything else.",
            "does my daughter still go there?"
        ))
        .is_empty());
        let p = Policy::from_json(r#"{"staff": ["Priya Nair, LCSW"]}"#).unwrap();
        let r = Engine::new(p).check(&Draft::reply(
            "Hi Carl, yes, Rachel sees Priya on Tuesdays, but we can't share anything else.",
            "Carl Dunning",
            "Is my wife Rachel a client there?",
        ));
        assert!(!c2(&r).is_empty());
        // Near miss: a clinician who sees patients in general.
        assert!(c2(&reply(
            "Hi Carl, Rachel sees kids and teens on Tuesdays.",
            "who does pediatrics?"
        ))
        .is_empty());
    }

    #[test]
    fn standing_offers_about_future_visits_are_generic() {
        // Educational replies that speak of "your" next visit as an invitation.
        for t in [
            "We don't, sorry! But we're always happy to answer ear care questions at your child's next checkup.",
            "Happy to answer questions about your child's ear care anytime.",
        ] {
            assert!(c2(&reply(t, "do you pierce ears?")).is_empty(), "{t}");
        }
        // Near misses: a visit of theirs that is on the books, and sympathy about treatment.
        assert!(!c2(&reply(
            "We'll go over the x-ray at your child's next checkup on Tuesday.",
            "any news?"
        ))
        .is_empty());
        assert!(!c2(&reply(
            "We're sorry the brackets kept breaking!",
            "third bracket this month"
        ))
        .is_empty());
    }

    #[test]
    fn sentences_keep_titles_and_decimals() {
        let s = "hi ms. ortiz, your $146.20 refund. dr. lee said 0.1% cream!! ok";
        let got: Vec<&str> = sentences(s).iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(
            got,
            vec![
                "hi ms. ortiz, your $146.20 refund.",
                " dr. lee said 0.1% cream!!",
                " ok"
            ]
        );
        // Chinese, Japanese and Arabic-script sentence ends
        let s = "李阿姨今天做完了手术。她很好！ok؟ 好";
        let got: Vec<&str> = sentences(s).iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(
            got,
            vec!["李阿姨今天做完了手术。", "她很好！", "ok؟", " 好"]
        );
    }

    /// [`sentences`] as it was before its walk back over the word before a period stopped
    /// past the longest abbreviation: the reference its answers are checked against.
    #[test]
    fn every_records_and_one_of_ours_match_holds_a_word_of_their_gates() {
        let pieces = [
            "our ",
            "one of our ",
            "was ",
            "is ",
            "has been ",
            "patient",
            "patients",
            "client",
            "clients",
            "pt",
            "pts",
            " here",
            " of ours",
            " for years",
            "records",
            "chart",
            "notes",
            "files",
            "file",
            "system",
            "call log",
            "phone log",
            "logs",
            " show",
            " says",
            "per ",
            "according to ",
            "your ",
            "his ",
            "her ",
            "on file",
            " ",
            "  ",
            "'s",
            "-x",
            "_",
            "é",
            ", ",
            "x",
            "2",
        ];
        let p = patterns();
        let mut found = 0;
        for t in crate::testutil::random_texts(0x6A1F_03C2_9B57_D4E8, &pieces, 8, 200_000) {
            let ws: Vec<&str> = crate::text::words(&t)
                .iter()
                .map(|w| w.as_str(&t))
                .collect();
            let from = |ps: &[&str]| ws.iter().any(|w| ps.iter().any(|p| w.starts_with(p)));
            if p.one_of_ours.is_match(&t) {
                assert!(from(&["patient", "client", "pt"]), "{t:?}");
                found += 1;
            }
            if p.records.is_match(&t) {
                assert!(
                    from(&["record", "chart", "note", "file", "system", "log"]),
                    "{t:?}"
                );
                found += 1;
            }
        }
        assert!(found > 500, "{found}");
    }

    fn sentences_reference(lower: &str) -> Vec<Sentence> {
        let b = lower.as_bytes();
        let mut out = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < b.len() {
            let Some(k) = b[i..].iter().position(|&c| ENDS[c as usize]) else {
                break;
            };
            i += k;
            if b[i] >= 0x80 {
                if let Some(len) = wide_end(lower, i) {
                    out.push(Sentence {
                        start,
                        end: i + len,
                    });
                    start = i + len;
                    i = start;
                } else {
                    i += 1;
                }
                continue;
            }
            let split = match b[i] {
                b'!' | b'?' | b';' | b'\n' => true,
                b'.' if i + 1 < b.len() && !b[i + 1].is_ascii_whitespace() => false,
                b'.' => {
                    let word_start = lower[..i]
                        .char_indices()
                        .rev()
                        .find(|&(_, ch)| !(ch.is_alphanumeric() || ch == '.'))
                        .map(|(p, ch)| p + ch.len_utf8())
                        .unwrap_or(0);
                    let word = &lower[word_start..i];
                    !(ABBREVIATIONS.contains(&word)
                        || (word.len() == 1 && word.as_bytes()[0].is_ascii_alphabetic()))
                }
                _ => false,
            };
            if split {
                let mut j = i + 1;
                while j < b.len() && matches!(b[j], b'!' | b'?' | b'.') {
                    j += 1;
                }
                if j > start {
                    out.push(Sentence { start, end: j });
                }
                start = j;
                i = j;
                continue;
            }
            i += 1;
        }
        if start < b.len() {
            out.push(Sentence {
                start,
                end: b.len(),
            });
        }
        out.retain(|s| lower[s.start..s.end].chars().any(|c| c.is_alphanumeric()));
        out
    }

    #[test]
    fn sentences_split_after_long_words_and_keep_abbreviations() {
        for s in [
            "about approx. 5 wks. later, xapprox. then supercalifragilistic. and é. café. a. b.c.",
            "🙂. dr.prof. no. end. approx.",
            "approx. appr.x. e.g. etc.\ni.e. ééééééé. é.é.é. 1234567. 123456. x",
            ".",
            "",
            "abcdef. abcdefg. abcdeé. Ms. ms.",
            "李阿姨今天做完了手术。她很好！明天见？",
            "کی است؟ ساعت ۱۰ صبح",
        ] {
            assert_eq!(sentences(s), sentences_reference(s), "{s}");
        }
    }

    #[test]
    fn a_story_posted_with_signed_authorization() {
        let t = "With her signed written authorization on file, Lena has chosen to share her story about living with alopecia. Watch her video on our page.";
        assert!(c2(&engine().check(&Draft::post(t))).is_empty());
        // near misses: leave denied, or only spoken
        for t in [
            "We're sorry your crown came loose, and no, we have no signed authorization to share it.",
            "We're sorry your crown came loose; you said it was fine to share.",
        ] {
            assert!(!c2(&engine().check(&Draft::post(t))).is_empty(), "{t}");
        }
    }

    // RULES.md examples
    #[test]
    fn sorry_your_crown_came_loose() {
        let t = "We're sorry your crown came loose";
        let r = reply(t, "My crown fell off two weeks after I got it. 2 stars.");
        assert_eq!(r.verdict, Verdict::Block);
        assert_eq!(c2(&r), vec![span_of(t, "your crown")]);
        let f = r.findings.iter().find(|f| f.code == "C2").unwrap();
        assert!(f.message.contains("45 CFR 164.502"));
        assert!(f
            .suggestion
            .as_deref()
            .unwrap()
            .starts_with("We take all feedback seriously."));
        // the same sympathy in a post is still a disclosure
        let r = engine().check(&Draft::post(t));
        assert_eq!(c2(&r), vec![span_of(t, "your crown")]);
    }

    #[test]
    fn our_records_show_you_missed_appointments() {
        let t = "Our records show you missed two appointments.";
        let r = reply(t, "They never call back. Terrible office.");
        assert_eq!(r.verdict, Verdict::Block);
        assert_eq!(c2(&r), vec![span_of(t, "Our records show")]);
        let r = engine().check(&Draft::post(t));
        assert_eq!(r.verdict, Verdict::Block);
    }

    #[test]
    fn our_records_show_in_answer_to_someone_who_wrote_of_their_own() {
        let t = "We are heartbroken to read this. For what it's worth, our records show the nursing team did call the emergency contact both times.";
        let r = reply(
            t,
            "My mother fell TWICE in skilled nursing and nobody called me.",
        );
        assert_eq!(c2(&r), vec![span_of(t, "our records show")]);
        // near misses: the same words answering a question of no one's own, and in a post
        let r = reply(t, "Does anyone know if falls get reported to families?");
        assert!(c2(&r).is_empty());
        let t = "Our records show flu shots are up 20% this year!";
        assert!(c2(&reply(t, "Are you doing flu shots?")).is_empty());
    }

    #[test]
    fn an_answer_about_someone_asked_after_by_name() {
        let t = "off the record, Hollins is looking at 6-8 wks for that hamstring. don't quote us";
        let r = reply(t, "any update on Hollins? skipper was vague after the game");
        assert_eq!(c2(&r), vec![span_of(t, "hamstring")]);
        let t = "He's doing ok!! He moved over to our memory care neighborhood last month";
        let r = reply(
            t,
            "Anyone know if Bob Kittredge is ok? haven't seen him in a while",
        );
        assert_eq!(c2(&r), vec![span_of(t, "memory care")]);
        let t = "Off the record: he's progressing well. Cleared for non-contact skating this week.";
        let r = reply(
            t,
            "Hey, any update you can share on Dawson Reilly? Coach said he's doing rehab with you guys.",
        );
        assert_eq!(c2(&r), vec![span_of(t, "Cleared for non-contact")]);
        // near misses: asked about a doctor, about an insurer, about someone taking patients,
        // and a wish with nothing of ours
        let t = "She is! She sees kids for asthma and allergies.";
        assert!(c2(&reply(t, "Is Dr. Patel taking new patients?")).is_empty());
        assert!(c2(&reply(t, "Is Maria Lopez taking new patients?")).is_empty());
        let t = "Yes, we take Delta Dental for cleanings and crowns!";
        assert!(c2(&reply(t, "Is Delta Dental accepted?")).is_empty());
        let t = "Sending good thoughts and hoping that knee heals fast!";
        assert!(c2(&reply(t, "Anyone heard how Kittredge is doing?")).is_empty());
    }

    #[test]
    fn a_yes_to_whether_someone_named_goes_here() {
        let t = "Yes she is!! She switched over to Dr. Strand in the spring and shes doing great 😊 tell Kevin hi from the front desk!";
        let r = reply(
            t,
            "Is Kevin Dorsey's mom still going there? She told me the new doctor signs",
        );
        assert_eq!(c2(&r), vec![span_of(t, "Yes")]);
        // near misses: no yes, a doctor asked about, a question of what the practice offers
        let t = "We can't share who our patients are, but we'd love to see anyone who needs us!";
        assert!(c2(&reply(t, "Is Kevin Dorsey's mom still going there?")).is_empty());
        let t = "Yes! Dr. Strand sees adults on Tuesdays.";
        assert!(c2(&reply(t, "Does Dr. Strand still see adults there?")).is_empty());
        let t = "Yes, we have evening hours Thursdays.";
        assert!(c2(&reply(t, "Is there evening hours?")).is_empty());
    }

    #[test]
    fn portuguese_records_and_visits_of_the_reader() {
        let t = "Oi Thaís! Sim, aceitamos MassHealth 😊 Vi aqui que sua cobertura ainda está pendente desde a última consulta.";
        let r = reply(
            t,
            "Alguém sabe se aceitam MassHealth? Estou grávida de 8 semanas",
        );
        assert_eq!(c2(&r), vec![span_of(t, "Vi aqui que")]);
        // near miss: the event seen on the page, no one's own
        let t = "Oi! Vi aqui que o evento de sábado está confirmado, venha!";
        assert!(c2(&reply(t, "Vai ter feira de saúde?")).is_empty());
    }

    #[test]
    fn an_answer_pointing_at_the_readers_visit() {
        let t = "So sorry the wait was long. Dr. Gruber was handling an emergency repair that afternoon.";
        let r = reply(t, "Waited 45 min for a 5 min wire check. Never again.");
        assert_eq!(c2(&r), vec![span_of(t, "that afternoon")]);
        let t = "Deb we are so sorry about Saturday!! 3 urgent cases came in right before you and your little guy got here.";
        let r = reply(
            t,
            "waited almost 2 hrs with a feverish kid on a saturday. unacceptable.",
        );
        assert!(!c2(&r).is_empty());
        // near misses: the same words answering a question about hours, and a generic apology
        let t = "We open at 8 that morning and stay till noon!";
        assert!(c2(&reply(t, "are you open the day after thanksgiving?")).is_empty());
        let t = "We're so sorry the wait was long. Please call us so we can make it right.";
        assert!(c2(&reply(
            t,
            "Waited 45 min for a 5 min wire check. Never again."
        ))
        .is_empty());
    }

    #[test]
    fn glad_you_love_your_new_smile() {
        let t = "glad you love your new smile!";
        let r = reply(t, "Best dentist ever!!");
        assert_eq!(c2(&r), vec![span_of(t, "your new smile")]);
        let r = engine().check(&Draft::post(t));
        assert_eq!(c2(&r), vec![span_of(t, "your new smile")]);
    }

    #[test]
    fn sympathy_that_confirms_a_visit() {
        let t = "So sorry your filling hurt after your visit!";
        let r = reply(t, "filling hurt for days");
        assert_eq!(r.verdict, Verdict::Block);
        assert_eq!(c2(&r), vec![span_of(t, "your filling")]);
    }

    // RULES.md near miss and issue 4 near misses
    #[test]
    fn generic_reply_is_quiet() {
        let t = "We take all feedback seriously; please call our office manager.";
        let r = reply(t, "Worst dentist in town. My crown fell off.");
        assert!(c2(&r).is_empty(), "{r:?}");
        let r = engine().check(&Draft::post(
            "We offer same-day appointments for emergencies.",
        ));
        assert!(c2(&r).is_empty());
        let r = engine().check(&Draft::post(
            "If you have a cavity, a filling now beats a root canal later. Ask your doctor whether the shingles vaccine is right for you.",
        ));
        assert!(c2(&r).is_empty(), "{r:?}");
    }

    #[test]
    fn in_good_hands_with_us_about_someone_the_thread_names() {
        let d = Draft::reply(
            "He's in great hands with us! He'll be ringing our bell before the season starts.",
            "Community Board",
            "Prayers for Coach Demarco, heard he's sick?",
        );
        assert_eq!(
            c2(&engine().check(&d)),
            vec![span_of(&d.text, "He's in great hands")]
        );
        // near miss: the same words in a question back
        let d = Draft::reply(
            "Wondering if he's in good hands? Call the front desk and we can talk.",
            "Community Board",
            "Prayers for Coach Demarco, heard he's sick?",
        );
        assert!(c2(&engine().check(&d)).is_empty());
    }

    #[test]
    fn coming_in_to_be_seen_whatever_it_is_called() {
        let d = Draft::reply(
            "He's been coming in to see us for his lung thing but he's doing a lot better!",
            "Community Board",
            "Anyone know if Coach Pruitt is doing ok?",
        );
        let r = engine().check(&d);
        assert_eq!(c2(&r), vec![span_of(&d.text, "He's been coming in")]);
        // near miss: a volunteer coming in to help
        let d = Draft::post("She's been coming in early to help us set up for the open house!");
        assert!(c2(&engine().check(&d)).is_empty());
    }

    #[test]
    fn encounters_in_replies() {
        let cases = [
            ("See you at your follow-up!", "your follow-up"),
            (
                "Great seeing you today, keep icing that knee",
                "seeing you today",
            ),
            (
                "lol yes she came in Tuesday for Botox",
                "she came in Tuesday",
            ),
            ("We moved your Thursday 4:30 to Friday.", "your Thursday"),
            ("keep using the ointment we gave you", "we gave you"),
            (
                "Dr. Patel wants him out 3 more weeks.",
                "Dr. Patel wants him",
            ),
            (
                "tell Jess her biopsy came back benign",
                "her biopsy came back",
            ),
            (
                "It's been 4 months since your last 40 units",
                "your last 40",
            ),
            ("Congrats on finishing PT!", "PT"),
            ("We're so sorry the filling hurt!", "filling"),
            ("Glad your knee is feeling stronger!", "knee"),
            (
                "Happy to hear the physical therapy is helping!",
                "physical therapy",
            ),
        ];
        for (t, needle) in cases {
            let r = reply(t, "question");
            assert_eq!(c2(&r), vec![span_of(t, needle)], "{t}");
        }
    }

    #[test]
    fn advice_about_what_they_asked_is_b1() {
        let r = reply(
            "Sounds like his carb ratio is off. Try bumping his dinner ratio from 1:15 to 1:12 and recheck.",
            "my son's CGM keeps reading 300+ after dinner, should I change his insulin??",
        );
        assert!(c2(&r).is_empty(), "{r:?}");
        // near miss: a visit of his is told
        let r = reply(
            "We saw him Tuesday; try bumping his dinner ratio to 1:12.",
            "my son's CGM keeps reading 300+ after dinner, should I change his insulin??",
        );
        assert!(!c2(&r).is_empty(), "{r:?}");
    }

    #[test]
    fn a_clinician_changing_their_treatment() {
        let r = reply(
            "Hi! Yes, Lou was in on the 14th and Dr. Veldkamp adjusted his long-acting dose.",
            "did my dad make it to his appointment?",
        );
        assert!(!c2(&r).is_empty(), "{r:?}");
        // near miss: what a doctor may do, in general
        assert!(c2(&reply(
            "Your doctor can adjust the dose if your sugars run high.",
            "is 20 units normal?"
        ))
        .is_empty());
    }

    #[test]
    fn a_standing_relationship_of_care() {
        let t = "He's been with us three mornings a week since his kidneys gave out this summer, but he's a fighter!";
        let r = engine().check(&Draft::reply(
            t,
            "Town Chatter",
            "Anybody know why the band director hasn't been at the games?",
        ));
        assert!(!c2(&r).is_empty(), "{r:?}");
        // near misses: a staff anniversary; a general statement
        assert!(c2(&reply(
            "He's been with us 10 years on the front desk team, and we love him!",
            "Is Tom still there?"
        ))
        .is_empty());
        assert!(c2(&reply(
            "Dialysis can feel like a second job.",
            "why so tired?"
        ))
        .is_empty());
    }

    #[test]
    fn one_person_confirmed_as_a_patient() {
        assert!(!c2(&reply(
            "Hi Carla, off the record: yes, the man from the Route 9 standoff was one of our clients, but we can't comment beyond that.",
            "Was that guy from the standoff one of your patients?"
        ))
        .is_empty());
        assert!(!c2(&reply(
            "Hi Pam, he was here briefly but we transferred him to Regional. Please keep him in your prayers.",
            "Is my brother there?"
        ))
        .is_empty());
        // near misses: the patient portal, patients in general
        assert!(c2(&reply(
            "The link is our patient portal, just sign in.",
            "Where do I see my bill?"
        ))
        .is_empty());
        assert!(c2(&reply(
            "Everyone is a patient of ours for life once they join!",
            "Do you take new families?"
        ))
        .is_empty());
    }

    #[test]
    fn a_clinician_reviewing_their_tests() {
        assert!(!c2(&reply(
            "We're so sorry. Dr. Chaudry reviewed his MoCA again and it was within normal limits. Please have your grandfather call us.",
            "My grandfather was told his memory test was fine"
        ))
        .is_empty());
    }

    #[test]
    fn education_citing_an_authority_is_generic() {
        assert!(c2(&reply(
            "Great question! The CDC and ACOG recommend the flu shot in any trimester: it protects you and passes antibodies to the baby.",
            "Is it safe to get the flu shot while pregnant?"
        ))
        .is_empty());
        // near miss: the reader's own shot
        assert!(!c2(&reply(
            "Glad your flu shot went smoothly yesterday!",
            "Thanks for squeezing me in"
        ))
        .is_empty());
    }

    #[test]
    fn advice_and_invitations_are_not_confirmation() {
        for t in [
            "Good news: you can see a PT without a referral. Call us and we'll check your plan before you book.",
            "Call us to schedule your first visit, we'd love to meet you.",
            "We'll knock $50 off your eval since you're a local",
            "You should stop the meloxicam and take ibuprofen instead.",
            "Sorry you're hurting! Widespread blistering can need medical care, so call us.",
            "Check your mom's insurance, then call our surgery line.",
            "To protect your privacy we can't discuss health information over Messenger.",
        ] {
            let r = reply(t, "my knee hurts, can I come in?");
            assert!(c2(&r).is_empty(), "{t}: {r:?}");
        }
    }

    #[test]
    fn booked_care_is_confirmed_whatever_the_sentence_offers_after_it() {
        let t = "Bev we're so sorry!! Your injection f/u is still on the books for 6 wks, we'll get you in first thing";
        let r = reply(
            t,
            "3 hours in the waiting room for a 5 minute check. Never again.",
        );
        assert_eq!(c2(&r), vec![span_of(t, "Your injection")], "{r:?}");
        // near misses: an offer of care not yet booked, a slot offered
        for t in [
            "We'll knock $50 off your eval since you're a local",
            "Sorry about the wait! We can get your cleaning on the books this week, just call us.",
            "Your first visit is on us if you book by Friday!",
        ] {
            let r = reply(t, "3 hours in the waiting room. Never again.");
            assert!(c2(&r).is_empty(), "{t}: {r:?}");
        }
    }

    #[test]
    fn keep_coming_to_group_in_a_reply() {
        let t = "Kristen we are SO proud of you!! 8 months is huge, keep coming to thursday group, Leigh Ann says hi";
        let r = reply(t, "this place saved my life, 8 months clean today!!");
        assert_eq!(
            c2(&r),
            vec![span_of(t, "keep coming to thursday group")],
            "{r:?}"
        );
        // near misses: an open invitation, and no care
        for t in [
            "So glad you found us! Our groups are open to anyone, come Thursday if you'd like.",
            "Thank you! Keep coming to the farmers market, we love seeing everyone there.",
        ] {
            let r = reply(t, "this place saved my life, 8 months clean today!!");
            assert!(c2(&r).is_empty(), "{t}: {r:?}");
        }
    }

    #[test]
    fn a_staff_instruction_recalled_to_the_writer() {
        let e = Engine::new(
            Policy::from_json(
                r#"{"practice": {"name": "Tinwhistle ENT", "handles": {"x": ["@tinwhistleent"]}}, "staff": ["Hollis Grant, MS, CCC-SLP"]}"#,
            )
            .unwrap(),
        );
        let t = "break a leg out there!! 🎤 and remember what Hollis said... NO whispering backstage 😉";
        let parent = "headed out on tour tomorrow and my voice is BACK thanks to the team at @tinwhistleent 🥹🎤";
        let r = e.check(&Draft::reply(t, "@mayfield_sings", parent));
        assert_eq!(c2(&r), vec![span_of(t, "Hollis")], "{r:?}");
        // near miss: a tip asked in general
        let r = e.check(&Draft::reply(
            "Like Hollis said in our video: warm water and steam, never whispering!",
            "@fan",
            "what's the best thing for a singer's voice on tour? @tinwhistleent",
        ));
        assert!(c2(&r).is_empty(), "{r:?}");
    }

    #[test]
    fn walking_alongside_someone_who_told_of_their_time_here() {
        let e = Engine::new(
            Policy::from_json(
                r#"{"practice": {"name": "Steadfast Counseling for Veterans & First Responders"}}"#,
            )
            .unwrap(),
        );
        for (t, parent, span) in [
            (
                "Ray, it's been a privilege to walk alongside you this year. So proud of the work you've put in.",
                "One year ago today I walked into Steadfast because my wife said it was her or the bottle. Still here.",
                "privilege to walk alongside you",
            ),
            (
                "Jess, this made our whole week 💙 It's been an honor working with you and Ryan.",
                "Dana saved our marriage, I can't say enough good things about Steadfast.",
                "honor working with you",
            ),
            (
                "Our whole team has been walking alongside Tom and his family through this.",
                "Firefighter Tom Ellery, 34, recovering at home after what family described as a 'mental health crisis' last week.",
                "been walking alongside Tom",
            ),
        ] {
            let r = e.check(&Draft::reply(t, "@someone", parent));
            assert_eq!(c2(&r), vec![span_of(t, span)], "{r:?}");
        }
        // near misses: a volunteer at the practice's 5K, a partner praising the practice
        for (t, parent) in [
            (
                "It's been an honor working with you, see you at the next 5K!",
                "I loved volunteering at Steadfast's 5K with my VFW post",
            ),
            (
                "It's been an honor working with you all!",
                "Proud to partner with Steadfast on the new peer support line.",
            ),
        ] {
            let r = e.check(&Draft::reply(t, "@someone", parent));
            assert!(c2(&r).is_empty(), "{t}: {r:?}");
        }
    }

    #[test]
    fn asked_back_after_telling_of_own_care() {
        for (t, parent, span) in [
            (
                "Hi Jasmine, so sorry to hear this! Come back in and we'll do a free touch-up on us ❤️",
                "My Botox wore off in 6 weeks and nobody seemed to care. Waste of $400.",
                "Come back in",
            ),
            (
                "Sorry about the wait! We just added a second dosing window at 6am so you should be in and out way faster now.",
                "the methadone line takes forever in the mornings, I'm late for work every day",
                "you should be in and out",
            ),
            (
                "So sorry! Please ask for Tess next time you're in, she'll make it right.",
                "my crown came loose two days after I got it",
                "next time you're in",
            ),
            (
                "We hear you and we're sorry. Next time you're in, ask for Marco and he'll make it right.",
                "the receptionist was so rude to me at check-in today",
                "Next time you're in",
            ),
            (
                "That's not okay. Please come back next month and we'll get you in first thing.",
                "the hygienist was so rough with me, never again",
                "come back next month",
            ),
        ] {
            let r = reply(t, parent);
            assert_eq!(c2(&r), vec![span_of(t, span)], "{r:?}");
        }
        // near misses: no care told by the writer, someone else's care, an event
        for (t, parent) in [
            (
                "Thank you! Come back in anytime for a coffee, the lobby bar is open till 5.",
                "Your lobby is so pretty, I love the coffee bar!",
            ),
            (
                "So glad he's doing well! Come back and see us anytime.",
                "Dr. Ruiz fixed up the whole soccer team's ankles this season!",
            ),
            (
                "Congrats!! Come back and see us at the 5K next year 🏃",
                "Ran my first 5K after my knee surgery!",
            ),
        ] {
            let r = reply(t, parent);
            assert!(c2(&r).is_empty(), "{t}: {r:?}");
        }
    }

    #[test]
    fn someone_having_the_treatment_asked_about_here() {
        let t = "Your sister Priya has been doing it with us since spring, she loves it!";
        let r = reply(t, "Is the acupuncture worth it for migraines?");
        assert_eq!(
            c2(&r),
            vec![span_of(t, "Priya has been doing it with us")],
            "{r:?}"
        );
        // near misses: a staff member's job, a question about no care
        for (t, parent) in [
            (
                "Dana has been doing it with us for 10 years, she's the best!",
                "Who handles the scheduling there?",
            ),
            (
                "She's been doing it with us since spring and the garden looks great!",
                "Who plants the flowers out front?",
            ),
        ] {
            let r = reply(t, parent);
            assert!(c2(&r).is_empty(), "{t}: {r:?}");
        }
    }

    #[test]
    fn dm_about_someone_else() {
        let d = Draft::reply(
            "lol yes he came in monday, grade 2 strain. dont tell him",
            "friend",
            "did my cousin come in yet??",
        )
        .with_kind(Kind::Dm);
        let r = engine().check(&d);
        assert_eq!(r.verdict, Verdict::Block);
        assert_eq!(c2(&r), vec![span_of(&d.text, "he came in monday")]);
    }

    #[test]
    fn no_panic_on_odd_input() {
        for t in [
            "",
            "?!",
            "your",
            "Dr.",
            "....",
            "your\n\nyour crown",
            "ü your ü crown ü",
        ] {
            let _ = reply(t, "");
            let _ = engine().check(&Draft::post(t));
        }
    }

    #[test]
    fn the_reader_told_as_someone_late_for_their_visit() {
        let parent = "Overpriced and the doctor was condescending. 1 star.";
        let t = "Gloria, we don't appreciate being called condescending by someone who showed up 30 minutes late.";
        assert_eq!(
            c2(&reply(t, parent)),
            vec![span_of(t, "someone who showed up 30 minutes late")]
        );
        // near misses: the policy for anyone late, someone late to an event
        for t in [
            "Sorry to hear that. We can't always seat someone who shows up 30 minutes late, but call us and we'll find a time.",
            "We do hold spots at the health fair for someone who arrives late!",
        ] {
            assert!(c2(&reply(t, parent)).is_empty(), "{t}");
        }
    }

    #[test]
    fn the_readers_visit_told_in_russian_or_chinese() {
        let parent = "感謝 Heron Wake 的團隊，我媽媽現在終於可以自己走路了！";
        let t = "林先生，不客氣！您母親上週三複診的結果很好 💙";
        assert_eq!(c2(&reply(t, parent)), vec![span_of(t, "複診")]);
        let t = "Спасибо! После выписки вы быстро восстановились, мы рады.";
        assert!(!c2(&reply(t, "Спасибо врачам!")).is_empty(), "{t}");
        // Korean: "see you at next Tuesday's appointment"
        let t = "감사합니다! 다음 주 화요일 예약 때 뵙겠습니다 😊";
        assert!(!c2(&reply(t, "Спасибо врачам!")).is_empty(), "{t}");
        // near misses: a visit offered, in both languages
        for t in [
            "如果您需要複診，歡迎來電預約。",
            "Если вам нужна консультация, можете записаться по телефону.",
            "예약을 원하시면 전화 주세요. 그때 뵙겠습니다!",
        ] {
            assert!(c2(&reply(t, parent)).is_empty(), "{t}");
        }
    }

    #[test]
    fn the_titled_person_asked_about_and_their_care() {
        let parent = "Is Mrs. Lopez from our church getting chemo at your clinic??";
        let t = "Yes, but don't spread it. Rituximab for her vasculitis, every Tuesday at 8am.";
        assert_eq!(c2(&reply(t, parent)), vec![span_of(t, "vasculitis")]);
        // near miss: a question with no one titled
        let t = "Rituximab for her vasculitis is a common plan.";
        assert!(c2(&reply(t, "Do you give rituximab at your clinic?")).is_empty());
    }
}
