//! C10: disparaging words about patients, even unnamed (medium). Labels like "frequent flyer",
//! "drug seeker" or "noncompliant", and mocking a patient ("ma'am this is a dermatology
//! office", "sir. 🫠"), break the respect owed to patients (AMA Code of Medical Ethics 2.3.2,
//! professionalism in social media; ACP/FSMB 2013) and often help identify the patient.

use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;
use crate::rules::boundaries::cues::Gate;

pub struct Disparaging;

/// Labels that are disparaging whenever they are said of a patient.
const LABELS: &[&str] = &[
    "drug seeker",
    "drug seekers",
    "drug-seeker",
    "drug-seekers",
    "drug seeking",
    "drug-seeking",
    // written as hashtags
    "drugseeker",
    "drugseekers",
    "pillseekers",
    "frequentflyers",
    "pill seeker",
    "pill seekers",
    "noncompliant",
    "non-compliant",
    "frequent flyer",
    "frequent flyers",
    "frequent flier",
    "frequent fliers",
    "junkie",
    "junkies",
    // "little faker season is officially here"
    "faker",
    "fakers",
    "crackhead",
    "crackheads",
    "psycho",
    "nutjob",
    "nutcase",
    "lunatic",
    "hypochondriac",
    "hypochondriacs",
    "malingerer",
    "malingering",
    "gomer",
    "gomers",
    "whiner",
    "whiners",
    "screamers",
    "yellers",
    "drama queen",
    "fakers",
    "train wreck",
    "trainwreck",
    "dirtbag",
    "problem patient",
    "difficult patient",
    "crazy patient",
    "crazy lady",
    "crazy guy",
    "idiot patient",
    "dumb patient",
    "lazy patient",
    "fat patient",
    "karen",
    // labels for groups of patients
    "noncompliance",
    "non-compliance",
    "frequent-flyer",
    "frequent-flyers",
    "attention seeker",
    "attention seekers",
    "attention-seeking",
    "med seeker",
    "med seekers",
    "narc seeker",
    "narc seekers",
    "dr. google",
    "dr google",
    "doctor google",
    "webmd warrior",
    "webmd warriors",
    "googled their symptoms",
    "freeloader",
    "freeloaders",
    "moocher",
    "moochers",
    "entitled parents",
    "entitled patients",
    // (after holdout66, measured blind)
    "doctor shopper",
    "doctor shoppers",
    "doctor-shopper",
    "doctor-shoppers",
    "are liars",
    "such liars",
    "all liars",
    "bunch of liars",
    "pathological liar",
    "pathological liars",
];

/// The people a practice sees, one of which must come before "are liars" in its clause.
const LIARS_OF: &[&str] = &[
    "patient",
    "patients",
    "pts",
    "client",
    "clients",
    "caseload",
    "case load",
    "parents",
    "moms",
    "dads",
    "families",
];

/// Words of travel that make "frequent flyer" a traveler.
pub(crate) const TRAVEL: &[&str] = &[
    "flight",
    "flights",
    "fly",
    "flying",
    "airline",
    "airlines",
    "airport",
    "feet",
    "altitude",
    "pilot",
    "pilots",
    "cabin",
    "crew",
    "window seat",
    "travel",
    "traveling",
    "miles",
    "plane",
    "✈",
];

/// Mocking address or tone, disparaging when the draft is about a patient.
const MOCKING: &[&str] = &[
    "ma'am this is",
    "sir this is",
    "sir.",
    "babe.",
    "buddy.",
    "shocker",
    "smh",
    "eye roll",
    "🙄",
    "🫠",
    "😤",
    "🤦",
    "like...",
    "act shocked",
    "acting shocked",
    "is on you",
    "isn't your thing",
    "is not your thing",
    "not a debate stage",
    // the meme of disbelief: "the kid has 8 cavities 🙃 sure jan"
    "sure jan",
];

/// Softer signs of exasperation ("🙃", "honestly."): mocking only in a draft that also complains
/// about what the people seen do ([`COMPLAINTS`]).
const WEAK_MOCKING: &[&str] = &[
    "🙃",
    "😒",
    "💀",
    "honestly.",
    "honestly!",
    "just saying",
    "sigh",
    "yes ma'am",
    "yes sir",
    "some people, man",
    // a call-out, mocking only with another soft sign: "we all know who you are 😒" (and "we
    // see you!!" is praise as often: "accepted to Juilliard ... we see you!!")
    "know who you are",
    "we see you",
    // sarcasm: "ah yes, the classic '...' patient. every. single. monday."
    "ah yes, the classic",
    "every. single.",
    // a patient caught out: "at least take the sensor out first 😂 #busted"
    "#busted",
    "caught you",
];

/// What a mocking post blames the people seen for.
const COMPLAINTS: &[&str] = &[
    "no-show",
    "no-shows",
    "no show",
    "no shows",
    "demanding",
    "skip",
    "skipping",
    "act shocked",
    "complain",
    "complaining",
    "then posts",
    "last-minute",
    "last minute",
    "show up late",
    "shows up late",
    "late again",
    "late and then",
    "cancel again",
    "is on you",
    "like it's optional",
    "refuse to listen",
    "refuses to listen",
    "never listen",
    "won't listen",
    "yell at",
    "yelling at",
    "scream at",
    "screaming at",
    "the attitude",
    // how late they made everyone: "made the whole afternoon run 45 min late" (not "running
    // 10 min late? call us")
    "made us late",
    "made the whole",
    // what a patient or parent is doubted for: "the pt who googled their labs at 3am and now
    // 'has' 6 autoimmune diseases 🙃", "when a parent says 'he brushes every day'" (with a
    // soft sign only, like the others)
    "when a parent says",
    "when a patient says",
    "when a mom says",
    "when a dad says",
    "googled their",
    "googled his",
    "googled her",
    // "the dosing line is a parade of the same excuses"
    "same excuses",
    "the excuses",
    "excuse again",
    // doubted for what they say they do: "if you're gonna lie about wearing your brace"
    "lie about",
    "lying about",
    "lied about",
    "lie to us",
    "lying to us",
];

/// Exasperation about the people seen: mocking like [`MOCKING`], in a list of its own so that
/// each list's automaton keeps a fast prefilter.
const EXASPERATION: &[&str] = &[
    "villain origin story",
    "are exhausting",
    "so exhausting",
    "the audacity",
    "bless his heart",
    "bless her heart",
    "bless their hearts",
    "i can't with",
    "why are people",
    "is a lifestyle",
    "argue with the doctor",
    "argue with me",
    "argue with us",
    // sarcasm about what a patient does: "a pt swearing they only eat salads while the chips
    // stick out of their purse #denial"
    "nothing like a pt who",
    "nothing like a patient who",
    "don't you just love",
    "#denial",
    "#eyeroll",
    // a threat of the last straw: "if one more mama shows up with a 6 page birth plan 🙄"
    "if one more",
    "if i get one more",
    "if i hear one more",
    "if i see one more",
    // "the 'I only want a LITTLE botox' clients are gonna be the end of me 💀"
    "the end of me",
    "the death of me",
    // "a 7am consult with someone who diagnosed themselves on TikTok and argues w/ every single
    // thing the surgeon says"
    "diagnosed themselves on",
    "diagnosed himself on",
    "diagnosed herself on",
    "argues with every",
    "argues w/ every",
    "argue w/ every",
];

/// Words of a draft about a patient (a person seen or treated).
const PATIENT_TALK: &[&str] = &[
    "patient",
    "patients",
    "pt",
    "guy",
    "lady",
    "girl",
    "girls",
    "ma'am",
    "sir",
    "he",
    "she",
    "his",
    "her",
    "people",
    "room",
    "bed",
    "came in",
    "this morning",
    "today",
    "demanding",
    "again",
    "always",
    "when we",
    // the settings where patients are seen
    "urgent care",
    "the er",
    "the ed",
    "waiting room",
    "front desk",
    "intake",
    "triage",
    "on call",
    "clinic",
    "our office",
    "tonight",
    "showing up",
    "shows up",
    "parent",
    "parents",
    "moms",
    "dads",
    "the doctor",
    "no-show",
    "no-shows",
    "chair time",
    "admits",
    "families",
    // what they call the clinician ("just crack it doc")
    "doc",
    // the calls they make
    "nurse",
    "nurses",
    "voicemail",
    "who call",
    "who calls",
    // what a therapy practice calls its patients, and all of them ("half our caseload")
    "client",
    "clients",
    "caseload",
    "case load",
    // in Spanish ("pacientes que no se toman la medicina ... 🙄")
    "paciente",
    "pacientes",
    // the regulars at the door ("the usual frequent flyers are already lined up")
    "the usual",
    "lined up",
    // the reader told what happens when they come ("if you show up 40 min late ...")
    "if you show up",
    "when you show up",
    // what the people seen do to the clinicians ("pls stop ... arguing w/ our NPs for 45 min")
    "arguing with our",
    "arguing w/ our",
    "argue with our",
    "argue w/ our",
];

/// People told by what they do, or answered with mock belief ("all the weekend warriors who
/// ignored their dive tables", "'lost my bottle' AGAIN? sure buddy 🙄"): patients talked about
/// and named at once, counted with [`PATIENT_TALK`] and [`PATIENT_NOUNS`] both.
const TOLD_BY_DEED: &[&str] = &[
    "who ignored their",
    "who ignore their",
    "who think they're",
    "who think they are",
    "sure buddy",
    "ok buddy",
    "okay buddy",
];

/// People seen in the office, as a mocking post names them.
const PATIENT_NOUNS: &[&str] = &[
    "patient",
    "patients",
    "pt",
    "pts",
    "guy",
    "lady",
    "girl",
    "girls",
    "ma'am",
    "sir",
    "dude",
    "came in",
    "when we",
    "this one",
    "people",
    "folks",
    "parent",
    "parents",
    "mom",
    "moms",
    "mama",
    "mamas",
    "dad",
    "dads",
    "families",
    "intake",
    "callers",
    "client",
    "clients",
    "ppl",
    "customer",
    "customers",
    "crowd",
    // a group spoken to or of
    "some of y'all",
    "some of you",
    "some of these",
    "everyone who",
    "those of you who",
    "y'all who",
    "people who",
    "someone who",
    "somebody who",
    "to the person who",
    "to whoever",
    "know who you are",
    "complainers",
    "kids who",
    "guys",
    "guys who",
    // the people who book, called out
    "if you book",
    "when you book",
    "who book",
    "you are the reason",
    "you're the reason",
    "the usual",
    "if you show up",
    "when you show up",
    "paciente",
    "pacientes",
    // the people who walk in, and those who keep coming ("half our friday walk-ins", "our
    // regulars")
    "walk-ins",
    "walk ins",
    "our regulars",
    // "lol another one showing up at 6:55 asking for a 'quick' work note 🙄"
    "another one showing",
    "another one asking",
    "another one who",
    "arguing with our",
    "arguing w/ our",
    "argue with our",
    "argue w/ our",
];

/// Gates of the rule (scanned with the boundary rules' gates, once per check): every word of
/// [`LABELS`] and [`MOCKING`] holds itself.
pub(crate) static LABEL_GATE: Gate = Gate::new(LABELS);
pub(crate) static MOCKING_GATE: Gate = Gate::new(MOCKING);

/// Every phrase of [`EXASPERATION`] holds one of these.
pub(crate) static EXASPERATION_GATE: Gate = Gate::new(EXASPERATION_KEYS);
/// [`TRAVEL`] in the shared scan of all gates.
pub(crate) static TRAVEL_GATE: Gate = Gate::new(TRAVEL);
/// Words of a draft that teaches better words ("swap 'addict' for ..."): whether one occurs
/// comes from the shared gate scan, not a search of the draft per word.
pub(crate) static TEACHING_GATE: Gate = Gate::new(&[
    "swap",
    "instead of",
    "→",
    "->",
    "words matter",
    "language",
    "try saying",
]);
const EXASPERATION_KEYS: &[&str] = &[
    "exhaust",
    "villain",
    "audacity",
    "bless ",
    "can't with",
    "why are people",
    "lifestyle",
    "argue with",
    "nothing like",
    "just love",
    "#denial",
    "#eyeroll",
    "one more",
    "end of me",
    "death of me",
    "diagnosed ",
    "argue",
];

/// The words of [`WEAK_MOCKING`] without their closing `.` or `!` ("honestly").
pub(crate) static WEAK_GATE: Gate = Gate::built(weak_keys);
fn weak_keys() -> Vec<&'static str> {
    WEAK_MOCKING
        .iter()
        .map(|k| k.trim_end_matches(['.', '!']))
        .collect()
}

/// [`LABELS`] and [`MOCKING`] in one list, built once.
fn labels_and_mocking() -> &'static [&'static str] {
    static ALL: std::sync::OnceLock<&'static [&'static str]> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let v: Vec<&'static str> = LABELS.iter().chain(MOCKING).copied().collect();
        Box::leak(v.into_boxed_slice())
    })
}

fn find_words(lower: &str, list: &'static [&'static str]) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = super::media::find_words(lower, list)
        .into_iter()
        .map(|(s, e, _)| (s, e))
        .collect();
    v.dedup();
    v
}

impl Rule for Disparaging {
    fn id(&self) -> &'static str {
        "disparaging"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        // Every label, mocking word, exasperation phrase and weak sign holds a keyword of these
        // gates, whose keywords the shared scan of all gates finds: most drafts stop here.
        let listed = LABEL_GATE.hit_in(ctx) || MOCKING_GATE.hit_in(ctx);
        let exasperated = EXASPERATION_GATE.hit_in(ctx);
        let weak_signs = WEAK_GATE.hit_in(ctx);
        // "Reminder to the parents who bring a kid in for a 'fever' of 99.1 at 10:58pm": a
        // complaint in scare quotes, said of the people who bring it
        let scare = scare_quoted_complaint(ctx);
        if !(listed || exasperated || weak_signs || scare.is_some()) {
            return;
        }
        // One pass for both lists (most drafts have neither).
        let found = if listed {
            super::media::find_gate_words(ctx, &[&LABEL_GATE, &MOCKING_GATE])
                .unwrap_or_else(|| super::media::find_words(lower, labels_and_mocking()))
        } else {
            Vec::new()
        };
        let mut labels: Vec<(usize, usize)> = Vec::new();
        let mut mocking: Vec<(usize, usize)> = Vec::new();
        // The exasperation phrases share a few keywords; plain substring searches for them are
        // cheaper than the phrase automaton, which then runs only on the rare draft with one.
        let exasperation = if exasperated {
            find_words(lower, EXASPERATION)
        } else {
            Vec::new()
        };
        for (s, e, w) in found {
            // "bring your fishing buddy.": a noun with its owner, not someone spoken to
            if matches!(w, "buddy." | "babe." | "sir.")
                && lower[..s]
                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .filter(|x| !x.is_empty())
                    .rev()
                    .take(2)
                    .any(|x| {
                        matches!(
                            x,
                            "your" | "my" | "our" | "his" | "her" | "their" | "a" | "the"
                        )
                    })
            {
                continue;
            }
            let v = if LABELS.contains(&w) {
                &mut labels
            } else {
                &mut mocking
            };
            if v.last() != Some(&(s, e)) {
                v.push((s, e));
            }
        }
        mocking.extend(exasperation);
        mocking.extend(scare);
        // soft signs count with a complaint about what people do, or two different ones together
        // ("yes ma'am you do 💀")
        if weak_signs {
            let weak = find_words(lower, WEAK_MOCKING);
            let mut kinds: Vec<&str> = weak.iter().map(|&(s, e)| &lower[s..e]).collect();
            kinds.sort_unstable();
            kinds.dedup();
            if kinds.len() >= 2 || super::media::has_any(lower, COMPLAINTS) {
                mocking.extend(weak);
            }
        }
        mocking.sort_unstable();
        if labels.is_empty() && mocking.is_empty() {
            return;
        }
        let a = ctx.analysis();
        let travel = super::media::find_gate_words(ctx, &[&TRAVEL_GATE])
            .map_or_else(|| super::media::has_any(lower, TRAVEL), |w| !w.is_empty());
        let about_patient = scare.is_some()
            || super::media::has_any(lower, PATIENT_TALK)
            || super::media::has_any(lower, TOLD_BY_DEED)
            || a.care.iter().any(|c| c.score >= 0.5)
            || a.health.iter().any(|h| h.score >= 0.5);
        // (the pieces joined at their exact length, not grown by `format!`)
        let msg = |what: &str| {
            [
                "\"",
                what,
                "\" disparages a patient. Mocking or labeling patients, even unnamed, breaks the respect owed to them and erodes trust (AMA Code of Medical Ethics 2.3.2; ACP/FSMB online professionalism statement).",
            ]
            .concat()
        };
        let suggestion =
            "Delete this. Talk about the situation in general, respectful terms, or not at all.";
        let mut any = false;
        // "Words matter: swap 'addict' for 'person with a substance use disorder'": labels
        // quoted to teach better words
        let teaching = TEACHING_GATE.hit_in(ctx);
        for (s, e) in labels {
            let w = &lower[s..e];
            if w.starts_with("frequent") && travel {
                continue;
            }
            if teaching && quoted(lower, s, e) {
                continue;
            }
            if w == "karen" && ctx.norm()[s..e].starts_with('K') && !lower[e..].starts_with('s') {
                // "Karen" as a name; only "karens" (plural) or lowercase is the slur.
                if !ctx.norm()[s..e].chars().all(|c| c.is_lowercase()) {
                    continue;
                }
            }
            if !about_patient
                && !w.contains("patient")
                && !w.starts_with("drug")
                && !w.starts_with("non")
            {
                continue;
            }
            // "liars" is said of anyone ("influencers selling detox teas are liars"): only of the
            // people the practice sees, named in the clause before it ("half our caseload")
            if w.ends_with("liar") || w.ends_with("liars") {
                let head = &lower[..s];
                let clause = &head[head.rfind(['.', '!', '?', ';', '\n']).map_or(0, |k| k + 1)..];
                if !super::media::has_any(clause, LIARS_OF) {
                    continue;
                }
            }
            out.push(
                Hit::new(
                    "C10",
                    self.id(),
                    Severity::Medium,
                    (s, e),
                    msg(ctx.text.orig_slice(s, e)),
                )
                .suggest(suggestion),
            );
            any = true;
        }
        if any || !about_patient {
            return;
        }
        // Mocking tone: needs a patient in the draft and a care or health context (a complaint
        // in scare quotes was found said of people who do something: they are the patients).
        if scare.is_none()
            && !super::media::has_any(lower, PATIENT_NOUNS)
            && !super::media::has_any(lower, TOLD_BY_DEED)
        {
            return;
        }
        if let Some(&(s, e)) = mocking.first() {
            out.push(
                Hit::new(
                    "C10",
                    "mocking-patient",
                    Severity::Medium,
                    (s, e),
                    msg(ctx.text.orig_slice(s, e)),
                )
                .suggest(suggestion),
            );
        }
    }
}

/// Complaints that mocking drafts put in scare quotes besides the health lexicon's terms.
const SCARE_WORDS: &[&str] = &[
    "emergency",
    "emergencies",
    "urgent",
    "sick",
    "pain",
    "allergic",
    "allergy",
];

/// What people say they did, doubted in scare quotes ("snowbirds who 'forgot' sunscreen for 40
/// yrs ... 🙄"): mocking only with a mocking sign of [`MOCKING`] in the draft.
const SCARE_DEEDS: &[&str] = &["forgot", "forget", "forgets", "tried", "only"];

/// The people a mocking draft singles out by what they do.
const WHO_DO: &[&str] = &[
    "people who",
    "parents who",
    "patients who",
    "pts who",
    "families who",
    "moms who",
    "dads who",
    "folks who",
    "kids who",
    "everyone who",
    "those of you who",
    "y'all who",
    "to the person who",
    "to whoever",
];

/// A symptom or complaint in scare quotes ("a 'fever' of 99.1", "their 'emergency'") in a draft
/// that speaks of the people who bring it ("the parents who", "everyone who"): doubting what
/// patients report, in public. Not a definition ("what counts as a 'fever'").
fn scare_quoted_complaint(ctx: &Ctx) -> Option<(usize, usize)> {
    let lower = ctx.lower();
    if !lower.contains('\'') {
        return None;
    }
    // the people singled out, and no definition: looked at only once a quoted complaint is found
    let said_of_people = || {
        // ("snowbirds who", "parents who": a plural, then "who")
        (WHO_DO.iter().any(|w| lower.contains(w)) || lower.contains("s who "))
            && ![
                "what counts",
                "what is a",
                "means",
                "defined as",
                "definition",
            ]
            .iter()
            .any(|w| lower.contains(w))
    };
    // the health terms' spans, sorted, looked up by binary search (a long draft has many
    // quotes and many terms)
    let mut health: Vec<(usize, usize)> = Vec::new();
    let mut health_read = false;
    let bytes = lower.as_bytes();
    let mut i = 0;
    while let Some(k) = lower[i..].find('\'') {
        let open = i + k;
        i = open + 1;
        // an opening quote: not inside a word ("don't")
        if open > 0 && (bytes[open - 1].is_ascii_alphanumeric() || bytes[open - 1] >= 0x80) {
            continue;
        }
        let Some(len) = lower[open + 1..].find('\'') else {
            break;
        };
        let (s, e) = (open + 1, open + 1 + len);
        let inner = &lower[s..e];
        if inner.is_empty()
            || inner.len() > 24
            || !inner
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-')
        {
            continue;
        }
        // a closing quote ends a word ("the 'fever' of", not "'fever's")
        if bytes.get(e + 1).is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        let complaint = SCARE_WORDS.contains(&inner)
            || (SCARE_DEEDS.contains(&inner) && MOCKING_GATE.hit_in(ctx))
            || {
                if !health_read {
                    health_read = true;
                    health = ctx
                        .analysis()
                        .health
                        .iter()
                        .map(|h| (h.start, h.end))
                        .collect();
                    health.sort_unstable();
                }
                health.binary_search(&(s, e)).is_ok()
            };
        if complaint {
            return said_of_people().then_some((open, e + 1));
        }
        i = e + 1;
    }
    None
}

/// Whether `lower[s..e]` sits inside quotes ("'addict'", "'clean/dirty'"): a quote mark
/// before it with no space between, and one after it within the same word group.
fn quoted(lower: &str, s: usize, e: usize) -> bool {
    let open = lower[..s]
        .chars()
        .rev()
        .take_while(|c| !c.is_whitespace())
        .any(|c| matches!(c, '\'' | '"'));
    let close = lower[e..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .any(|c| matches!(c, '\'' | '"'));
    open && close
}

#[cfg(test)]
mod tests {
    use super::{weak_keys, EXASPERATION, EXASPERATION_KEYS, WEAK_MOCKING};
    use crate::{Draft, Engine, Policy, Report, Verdict};

    fn check(text: &str) -> Report {
        Engine::new(Policy::default()).check(&Draft::post(text))
    }

    #[test]
    fn labels_and_mocking_from_the_gate_scan_are_their_own_search() {
        let policy = crate::engine::CompiledPolicy::new(Policy::default());
        for t in crate::rules::confidentiality::media::tests::word_texts(&[
            super::LABELS,
            super::MOCKING,
        ]) {
            let draft = Draft::post(t.as_str());
            let ctx = crate::engine::Ctx::new(&draft, &policy);
            assert_eq!(
                crate::rules::confidentiality::media::find_gate_words(
                    &ctx,
                    &[&super::LABEL_GATE, &super::MOCKING_GATE]
                ),
                Some(crate::rules::confidentiality::media::find_words(
                    ctx.lower(),
                    super::labels_and_mocking()
                )),
                "{t}"
            );
        }
    }

    fn c10(r: &Report) -> Vec<(usize, usize)> {
        r.findings
            .iter()
            .filter(|f| f.code == "C10")
            .map(|f| (f.start, f.end))
            .collect()
    }

    #[test]
    fn gates_hold_each_phrase() {
        let trimmed: Vec<&str> = WEAK_MOCKING
            .iter()
            .map(|k| k.trim_end_matches(['.', '!']))
            .collect();
        assert_eq!(trimmed, weak_keys());
        for p in EXASPERATION {
            assert!(EXASPERATION_KEYS.iter().any(|k| p.contains(k)), "{p}");
        }
    }

    #[test]
    fn the_last_straw_said_of_patients() {
        for t in [
            "midwife confession: if one more mama shows up with a 6 page birth plan from TikTok 🙄😂",
            "If one more patient asks me if we take Bitcoin 😩",
        ] {
            assert!(!c10(&check(t)).is_empty(), "{t}");
        }
        // near misses: a countdown, the weather
        for t in [
            "One more week to book your flu shot!",
            "if one more snowstorm hits we'll close early, watch this page",
        ] {
            assert!(c10(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn patients_called_liars_or_doctor_shoppers() {
        for t in [
            "POV: your patient swears they did their vocal exercises every day 😂 half our caseload are liars I swear",
            "lol at least 3 a day. the doctor-shoppers are relentless 🙄",
            "To our patients: if you lie about wearing your night splint, at least hide the wear marks 😂 #busted",
        ] {
            assert!(!c10(&check(t)).is_empty(), "{t}");
        }
        // near misses: liars selling cures, shoppers at a market
        for t in [
            "Influencers selling 'detox teas' to cure everything are liars, and we'll say it. Ask your doctor.",
            "Farmers market shoppers: our booth has free sunscreen samples all morning!",
            // a myth busted, and why patients should not feel they must lie to us
            "Myth busted: you don't have to lie about how often you floss. Our patients get honest advice, no judgment.",
        ] {
            assert!(c10(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn someone_who_diagnosed_themselves_and_argues() {
        let t = "nothing like a 7am consult with someone who diagnosed themselves on TikTok and argues w/ every single thing the surgeon says 🙃";
        assert!(!c10(&check(t)).is_empty(), "{t}");
        // near miss: an invitation to a talk
        let t = "Know someone who diagnosed themselves on TikTok? Bring them to our free talk on dental myths!";
        assert!(c10(&check(t)).is_empty(), "{t}");
    }

    #[test]
    fn patients_said_to_be_the_end_of_someone() {
        let t = "the \"I only want a LITTLE botox but also I want zero lines and to look 22\" clients are gonna be the end of me 💀💉";
        assert!(!c10(&check(t)).is_empty(), "{t}");
        // near misses: the weather, a staff joke about coffee with no patient
        for t in [
            "this snow is gonna be the death of me, we open at 10 tomorrow",
            "our new espresso machine will be the end of me ☕ (front desk team approved)",
        ] {
            assert!(c10(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_buddy_with_an_owner_is_no_address() {
        let t = "Free blood pressure checks Saturday 9am-1pm, walk-ins welcome. Bring your brother, your dad, your fishing buddy.";
        assert!(c10(&check(t)).is_empty(), "{:?}", check(t).findings);
        // near miss: the mocking address stays
        assert!(!c10(&check(
            "patient insists his 'diet' is fine while eating chips in the waiting room. ok buddy. 🙄"
        ))
        .is_empty());
    }

    #[test]
    fn a_complaint_in_scare_quotes() {
        let t = "Reminder to the parents who bring a kid in for a 'fever' of 99.1 at 10:58pm: we close at 11 😩 #urgentcarelife";
        let r = check(t);
        let at = t.find("'fever'").unwrap();
        assert_eq!(c10(&r), vec![(at, at + "'fever'".len())], "{r:?}");
        assert!(!c10(&check(
            "To everyone who calls the after-hours line for an 'emergency' refill on a Sunday: plan ahead!"
        ))
        .is_empty());
        // near misses: a definition, quotes about a word, a patient quoted with no group
        for t in [
            "Parents who ask what counts as a 'fever': 100.4°F or higher.",
            "Kids who say 'my tummy hurts' before school may be anxious; talk with them.",
            "A 'fever' of 99.1 isn't a fever. Call us if it tops 100.4.",
            "Don't wait: parents who see a rash with fever should call us tonight.",
        ] {
            assert!(c10(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn fakers_is_a_label() {
        let t = "PSA: if your kid only ever 'gets hurt' the morning of a test, we see you 😂 little faker season is officially here";
        assert!(!c10(&check(t)).is_empty());
        // near miss: a fake thing, no one labeled
        let t = "Faux fur and fake plants in the waiting room got a refresh this week!";
        assert!(c10(&check(t)).is_empty());
    }

    #[test]
    fn a_group_told_by_what_it_does_and_mock_belief() {
        crate::testutil::assert_examples(
            |t| !c10(&check(t)).is_empty(),
            &[
                "every friday it's the roofers who ignored their harness rule and think they're fine 🙄",
                "methadone window confession: the same excuses every week. 'my dog ate my take-home' sure buddy 🙄",
            ],
            // near misses: no one mocked
            &[
                "Mondays are the worst 🙄 at least the coffee is fresh",
                "Who ignored the fire drill memo? 🙄 it's tomorrow at 10, team!",
            ],
        );
    }

    #[test]
    fn doubting_what_a_patient_or_parent_says() {
        // "sure jan", the meme of disbelief, said of a parent's word
        let t =
            "when a parent says \"he brushes every day\" and the kid has 8 cavities 🙃 sure jan";
        assert!(!c10(&check(t)).is_empty(), "{:?}", check(t).findings);
        // a soft sign with a patient who googled their labs
        let t = "infusion nurses know: the pt who googled their labs at 3am and now \"has\" 6 autoimmune diseases 🙃 #nurselife";
        assert!(!c10(&check(t)).is_empty(), "{:?}", check(t).findings);
        // an eye-roll at the walk-ins
        let t = "friendly reminder that \"it burns\" is how half our friday walk-ins start. men. are. so. dramatic. 🙄🙄";
        assert!(!c10(&check(t)).is_empty(), "{:?}", check(t).findings);
        // another one who showed up, rolled eyes at
        let t = "lol another one showing up at 6:55 asking for a 'quick' work note with nothing wrong 🙄 #frontdesklife";
        assert!(!c10(&check(t)).is_empty(), "{:?}", check(t).findings);
        // near misses: a parent quoted with warmth; walk-ins welcomed; "Jan" the person
        for t in [
            "When a patient says \"I finally feel like myself again\" 🥹 this is why we do it",
            "Walk-ins welcome until 6 🙃 busy day but come on in",
            "Sure, Jan can help you with the forms at the front desk!",
            "Before your visit, don't trust everything you googled: call us with questions",
        ] {
            assert!(c10(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn a_deed_in_scare_quotes_with_an_eye_roll() {
        let t = "Nothing like a Monday full of snowbirds who 'forgot' sunscreen for 40 yrs and now want us to fix it by lunch 🙄 #MohsLife";
        let at = t.find("'forgot'").unwrap();
        assert_eq!(c10(&check(t)), vec![(at, at + "'forgot'".len())]);
        // near miss: the same words with no mocking sign
        let t = "For parents who 'forgot' the permission slip, extras are at the front desk!";
        assert!(c10(&check(t)).is_empty(), "{:?}", check(t).findings);
    }

    #[test]
    fn arguing_with_the_clinicians_is_what_patients_do() {
        let t = "menopause twitter, pls stop bringing us TikTok 'hormone hack' printouts and arguing w/ our NPs for 45 min 🙄 you are exhausting";
        assert!(!c10(&check(t)).is_empty());
        // near miss: an invitation to disagree
        let t = "Feel free to argue with our NPs about the best pizza in town at the open house 🍕";
        assert!(c10(&check(t)).is_empty(), "{:?}", check(t).findings);
    }

    #[test]
    fn mocking_groups_of_patients() {
        for t in [
            "full moon = every frequent flyer in town showing up at urgent care tonight 🌕🙃",
            "parents who google for 3 hours and then argue with the doctor are my villain origin story 😤",
            "Friday mood: 3 no-shows and one parent who thinks 45 min a week will fix everything w/o ANY home practice 🙄",
            "a pt swearing they only eat salads while the chips bag sticks out of their purse 😂 #denial",
            "not every parent who yells at the van means it, but some are just entitled freeloaders 🙄",
            "Monday mood: the guy who calls 6x a day to ask if his ketamine works faster with a drink 🙃 some people, man",
            "PSA to the lady who argued for 20 min that she doesn't need to take her eye makeup off before surgery: yes ma'am you do 💀",
            "intake calls today: one guy who wants to be 'fixed by friday.' people are exhausting lol",
            "noncompliance is a lifestyle for some of our patients apparently",
            "dear everyone who no-shows 3 times and then posts that we never have openings 🙃 we see you",
            "Some of y'all treat chair time like it's optional and then act shocked when you end up in the ER",
            "If you show up the day before your trip demanding six vaccines, the panic is on you. Some of these travelers, honestly.",
            "another whitening client who ignored the no-coffee rule and then DEMANDED a redo 🙄 some ppl just can't follow instructions",
            "Dear patients: if you can't handle a 5-minute wait without screaming at our nurses, maybe recovery isn't your thing.",
            "Dear parents who show up 20 min late and then yell at our front desk: we love your kids. we do NOT love the attitude 🙃",
            "Friendly reminder that the dosing window closes at 11. Not 11:05. We all know who you are 😒",
            "nothing like the 'I've used a Q-tip every day for 20 yrs' crowd 🙃 some people just refuse to listen",
            "ah yes, the classic 'I've had this problem for 6 yrs but need it fixed TODAY' patient. every. single. monday. 🙃",
            "the complainers who scream at our front desk about wait times are why nurses burn out. be better 😤",
            "shoutout to our night nurses for surviving another shift of know-it-all families and frequent flyer GIP admits 😤",
            "shoutout to all the kids who magically get a headache right before every algebra test 🙄 we see you, fakers",
            "pro tip for new nurses: the 'frequent fliers' who call every Friday at 4:55 just want attention lol",
            "if you book a 'quick skin check' and hand me a list of 27 spots you googled, you are the reason we run late 🙄",
            "why do the screamers always book the last appt on a friday 🙃",
            "the guys who say 'just crack it doc' then ignore every stretch we give em… we see you 🙄",
            "when a parent shows up 25 min late AGAIN and then asks why their kid isn't progressing 🙃🙃 some of y'all need therapy more than your kids do",
            "some clients are SO dramatic lol. no, a late-cancel fee is not \"trauma\" 🙄",
            "monday morning and the usual frequent flyers are already lined up at the door 🙄☕ send coffee",
            "shoutout to the 'just one more quick question' guy who made the whole afternoon run 45 min late. again. 🙃 we love you but",
            "Gentle reminder: if you show up 40 min late with a Big Gulp and a 'my sugar is fine' attitude, don't act shocked when your A1c is 12 🙄",
            "Lunes de pacientes que no se toman la medicina y luego se enojan porque no mejoran 🙄",
        ] {
            assert!(!c10(&check(t)).is_empty(), "{t}");
        }
        // Near misses: a traveler, and exhaustion that is not about patients.
        for t in [
            "frequent flyer miles for the team trip to Denver",
            "Our nurses flew to Denver for the conference, using their frequent flyer miles",
            "Marathon training is exhausting but worth it! Good luck to our staff runners.",
            "Parents: flu shots are here, walk in Mon-Fri.",
            "Y'all, flu shots are in! 🙃 Walk in any weekday.",
            "Some of you asked about flu shots 🙃 yes, we have them!",
            "Running late? Call us and we'll do our best to fit you in. No-shows happen, we get it.",
            "Nothing like a patient's smile after the braces come off!",
            "Mom and dad, flu shots are in! Walk in any weekday.",
            "Sunscreen in January? Yes ma'am! UV reflects off snow. ☃️",
            "Parents: running 10 min late? Call us 🙃 we'll do our best to fit you in.",
            "To our amazing patients: you know who you are, and we're grateful for you! 💙",
            "If you book a skin check online, you get a text reminder 🙃 (yes, we finally joined this century)",
            "Shoutout to the guys who coach our Little League team, we see you! 💪",
            "Words matter 💬 Swap 'addict' → 'person with a substance use disorder', 'drug seeking' → 'seeking relief'.",
            "Running 15 min late today, sorry! 🙃 Thanks for your patience",
            "Our clients are so brave 💜",
            "If you show up a few minutes late, don't worry, we'll still see you!",
            "The usual holiday hours apply: closed Thursday and Friday 🙃",
            "So so proud of one of our girls who just got into the summer dance intensive. we see you!!",
        ] {
            assert!(c10(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn rules_md_examples_fire_as_medium() {
        let r = check("another frequent flyer this morning");
        assert_eq!(c10(&r), vec![(8, 22)]);
        assert!(r
            .findings
            .iter()
            .any(|f| f.code == "C10" && f.severity == crate::Severity::Medium));
        assert_eq!(
            c10(&check("Had a drug seeker try to get oxycodone")),
            vec![(6, 17)]
        );
        assert_eq!(c10(&check("noncompliant again, shocker.")), vec![(0, 12)]);
    }

    #[test]
    fn near_misses() {
        let r = check("Frequent flyers, listen up ✈️ UV exposure is stronger at 30,000 feet. Window seat? Sunscreen on.");
        assert!(c10(&r).is_empty(), "{:?}", r.findings);
        assert_eq!(
            check("Karen Lee joins our front desk team!").verdict,
            Verdict::Ok
        );
        assert!(c10(&check("🙄 Mondays, am I right?")).is_empty());
    }

    #[test]
    fn mocking_tone_about_a_patient() {
        let r = check(
            "the guy in room 4 has a sunburn so bad he is literally peeling. it is MARCH. sir. 🫠",
        );
        assert!(!c10(&r).is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn emoji_and_crlf_spans() {
        // 😤 is two UTF-16 units, CRLF two.
        assert!(!c10(&check(
            "PSA from the front desk: lost your bottle AGAIN... no. #drugseekers"
        ))
        .is_empty());
        let r = check("😤\r\nanother drug seeker today");
        assert_eq!(c10(&r), vec![(12, 23)]);
    }
}
