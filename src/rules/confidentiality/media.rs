//! C7: images or media of patients. Before/after photos, x-rays and scans, "patient spotlight",
//! "success story", testimonials and "meet Sam" introductions of a patient show a patient or
//! their body; a full-face photo is a Safe Harbor identifier (45 CFR 164.514(b)(2)(i)(Q)), and
//! OCR fined Cadia Healthcare $182,000 in 2025 for "success story" posts. Staff introductions
//! ("Meet Dr. Lee, our new dentist") and stock photos are not patients.

use crate::detect::persons::{is_possible_patient, CLINICIAN, STAFF};
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;
use crate::rules::boundaries::cues::{Gate, Lazy};

pub struct PatientMedia;

/// Phrases that present a patient by their nature.
pub(crate) const PATIENT_FEATURES: &[&str] = &[
    "patient spotlight",
    "patient of the month",
    "patient of the week",
    "patient of the year",
    "patient story",
    "patient stories",
    "success story",
    "success stories",
    "testimonial",
    "testimonials",
    // hashtags
    "#successstory",
    "#patientstory",
    "#beforeandafter",
    "before and after",
    "before & after",
    "before/after",
    "before-and-after",
    "before + after",
    "before -> after",
    "before → after",
    "before ➡ after",
    "before ➡️ after",
    "before vs after",
    "before vs. after",
    "b&a",
    "transformation tuesday",
    "smile makeover",
    "antes y después",
    "antes y despues",
    "antes/después",
    "antes/despues",
    "testimonio",
    "testimonios",
    "historia de éxito",
    "caso de éxito",
];

/// Gates of the rule's lists (scanned with the boundary rules' gates, once per check): a list's
/// automaton runs only on a draft that holds one of its words somewhere.
pub(crate) static FEATURES_GATE: Gate = Gate::new(PATIENT_FEATURES);
pub(crate) static IMAGING_GATE: Gate = Gate::new(IMAGING);
pub(crate) static MEDIA_GATE: Gate = Gate::new(MEDIA);
/// Introductions and showings ("meet Gloria", "look at this", "check out these").
/// Words of the people photographed who may be patients (their matches come from the shared
/// gate scan).
pub(crate) const PATIENT_WORDS: &[&str] = &[
    "patient", "patients", "pt", "case", "player", "players", "client", "clients", "kiddo",
    "kiddos", "walk-in",
];
pub(crate) static PATIENT_WORDS_GATE: Gate = Gate::new(PATIENT_WORDS);
/// A face or a smile pointed at ("caught this smile in the chair today 😁"): a picture of the
/// person, shown.
const SHOWN_FACES: &[&str] = &[
    "this smile",
    "these smiles",
    "this grin",
    "these grins",
    "this face",
    "these faces",
    "this cutie",
    "these cuties",
];
pub(crate) static SHOWN_FACES_GATE: Gate = Gate::new(SHOWN_FACES);
pub(crate) static SHOW_GATE: Gate = Gate::new(&["meet", "look at th", "check out th"]);
/// Phrases that show readers what follows (each starts with a keyword of [`SHOW_GATE`]: a test
/// checks it).
const SHOW_PHRASES: [&str; 6] = [
    "look at this ",
    "look at these ",
    "look at that ",
    "look at those ",
    "check out this ",
    "check out these ",
];

/// Clinical images: a patient's body by their nature.
const IMAGING: &[&str] = &[
    "fluoro shot",
    "fluoro image",
    "fluoroscopy image",
    "pano",
    "panorex",
    "x-ray",
    "x-rays",
    "xray",
    "xrays",
    "radiograph",
    "radiographs",
    "scan",
    "scans",
    "mri",
    "ct scan",
    "ultrasound",
    "dermoscopy",
    "dermoscopic",
    "pano",
    "panoramic",
    "bitewing",
    "bitewings",
    "histology",
    "path slide",
    "clinical photo",
    "pet/ct",
    "pet-ct",
    "pet scan",
    // a voice clinic's images of the larynx ("gorgeous strobe from today's voice clinic")
    // a tracing or strip of one person's test ("this VNG tracing from this morning")
    "vng tracing",
    "eeg tracing",
    "ekg tracing",
    "ecg tracing",
    "ekg strip",
    "ecg strip",
    "rhythm strip",
    "strobe",
    "stroboscopy",
    "videostroboscopy",
    "laryngoscopy",
    // an image of someone's chart or scan with the name taken off still shows their care
    "name cropped",
    "names cropped",
    "cropped out",
    "name blurred",
    "name removed",
    "name is covered",
    "name's covered",
    "name covered",
    // a face with its eyes or itself blurred is still a patient's picture ("2 weeks post-Mohs
    // on the nose → today ... (eyes blurred for privacy)")
    "eyes blurred",
    "eyes covered",
    "face blurred",
    "faces blurred",
    "face covered",
    "blurred for privacy",
];

/// "before and after" as an adverb closing a clause ("usually with braces before and after."):
/// no picture is shown. A caption ("Before and after 😍"), a possessive or a determiner before
/// it ("Maria's before and after.", "this before and after") or "!" after it keep the noun.
fn adverbial_before_after(lower: &str, s: usize, e: usize) -> bool {
    if !lower[s..e].starts_with("before") {
        return false;
    }
    let next = lower[e..].trim_start_matches(' ');
    if !(next.is_empty() || next.starts_with(['.', ',', ';'])) {
        return false;
    }
    let head = lower[..s].trim_end();
    let prev = head
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("");
    !prev.is_empty()
        && head.ends_with(|c: char| c.is_alphanumeric())
        && !prev.ends_with("'s")
        && !matches!(
            prev,
            "this"
                | "these"
                | "that"
                | "the"
                | "our"
                | "her"
                | "his"
                | "their"
                | "my"
                | "your"
                | "at"
                | "out"
                | "of"
        )
}

/// A media word used as a verb: "splint and re-image in 10 days", "Picture a 28-year-old who
/// has tried 3 antidepressants" (imagine one).
fn as_verb(lower: &str, s: usize, e: usize) -> bool {
    let head = &lower[..s];
    // "face painting and stethoscope play": an activity, not a picture
    if head.ends_with("face ") && lower[s..e].starts_with("painting") {
        return true;
    }
    if head.ends_with("re-") || head.ends_with("re") && lower[s..e].starts_with("image") {
        return true;
    }
    let sentence_start = head
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() && c != ',')
        || head.trim_end().ends_with("imagine")
        || head.trim_end().ends_with("just");
    lower[s..e] == *"picture"
        && sentence_start
        && ["a ", "an ", "yourself", "this:", "your "]
            .iter()
            .any(|w| lower[e..].trim_start().starts_with(w))
}

/// "our youngest member (she's 6!!)", "POV: you're 5 and just woke up": a person told by their
/// age in years (not "she's 6'2\"", "he's 10 min away", "you're 2 weeks out").
fn told_age(lower: &str) -> bool {
    [
        "she's ", "he's ", "you're ", "they're ", "she is ", "he is ",
    ]
    .iter()
    .any(|p| {
        lower.match_indices(p).any(|(i, _)| {
            let rest = &lower[i + p.len()..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if !(1..=2).contains(&digits) {
                return false;
            }
            let after = &rest[digits..];
            if after.starts_with(['\'', '%', ':', '.', '/', '"', '-']) {
                return false;
            }
            let next = after
                .trim_start()
                .split(|c: char| !c.is_alphanumeric())
                .next();
            !matches!(
                next,
                Some(
                    "am" | "pm"
                        | "min"
                        | "mins"
                        | "minutes"
                        | "hours"
                        | "hrs"
                        | "hr"
                        | "days"
                        | "weeks"
                        | "wks"
                        | "inches"
                        | "in"
                        | "lbs"
                        | "pounds"
                        | "ft"
                        | "feet"
                        | "percent"
                        | "points"
                        | "for"
                        | "of"
                )
            )
        })
    })
}

/// General media words: about a patient only with a patient tie.
const MEDIA: &[&str] = &[
    "pictured",
    "photo",
    "photos",
    "pic",
    "pics",
    "picture",
    "pictures",
    "image",
    "images",
    "video",
    "videos",
    "clip",
    "selfie",
    "selfies",
    "📸",
    "📷",
    "screenshot",
    "screenshots",
    "screen shot",
    "swipe",
    "footage",
    "snap",
    // a clip shared: "we cannot stop watching this", "POV: you're 5 and..."
    "watching this",
    "watch this",
    "pov:",
    // a patient's own creative work, as shown by therapy and pediatric practices
    "artwork",
    "art piece",
    "drawing",
    "drawings",
    "painting",
    "paintings",
    "poem",
    "poems",
    "therapy piece",
    "collage",
];

/// A care group of the practice, its members seen in a group picture.
const CARE_GROUPS: &[&str] = &[
    "support group",
    "therapy group",
    "peer group",
    "group session",
    "group therapy",
    "circle",
    "iop",
    // breastfeeding drop-ins ("Lactation Café snapshots")
    "lactation café",
    "lactation cafe",
    "breastfeeding café",
    "breastfeeding cafe",
    "baby café",
    "baby cafe",
    "moms group",
    "moms' group",
    "mom's group",
    "mommy group",
    // classes of care ("las familias de la clase prenatal")
    "prenatal class",
    "childbirth class",
    "birthing class",
    "diabetes class",
    "clase prenatal",
    "clases prenatales",
    "clase de parto",
    "grupo de apoyo",
];

/// The people of a group picture.
const GROUP_PEOPLE: &[&str] = &[
    "faces",
    "everyone",
    "members",
    "guys",
    "ladies",
    "folks",
    "said yes",
    "let us snap",
    "let us take",
    "letting us snap",
    "letting us take",
    "letting us share",
    "families",
    "familias",
    "mamás",
    "mamas",
];

/// A signed authorization or release stated for the post ("signed a written HIPAA
/// authorization", "their signed photo release is on file", "authorization on file").
static SIGNED_AUTHORIZATION: Lazy = Lazy::new(
    r"\b(?:signed|written)\s+(?:a\s+|an\s+|the\s+|our\s+|their\s+|his\s+|her\s+)?(?:written\s+)?(?:hipaa\s+)?(?:authorization|media\s+release|photo\s+release|release\s+form)\b|\b(?:hipaa\s+)?authorization\s+(?:is\s+)?on\s+file\b",
);

/// Whether the words before a stated authorization deny it ("posted without a signed
/// authorization", "no signed release").
fn negated_authorization(before: &str) -> bool {
    before.split_whitespace().rev().take(3).any(|w| {
        matches!(
            w,
            "without" | "no" | "never" | "not" | "unless" | "until" | "before"
        )
    })
}

/// Whether the draft states a signed authorization or release for what it shares, not denied
/// ("— Greg, who gave us his signed written authorization to share his words"). RULES.md asks
/// for exactly that before a patient's name, face or story is posted; verbal leave ("with
/// permission") is not it.
pub(crate) fn stated_authorization(lower: &str) -> bool {
    (lower.contains("authoriz") || lower.contains("release"))
        && SIGNED_AUTHORIZATION
            .get()
            .find(lower)
            .is_some_and(|m| !negated_authorization(&lower[..m.start()]))
}

/// Someone's leave to post a picture ("shared with permission", "he said ok to the pic").
const PERMISSION: &[&str] = &[
    "permission",
    "consent",
    "his ok",
    "her ok",
    "their ok",
    "mom's ok",
    "dad's ok",
    "mama's ok",
    "parent's ok",
    "parents' ok",
    "said ok",
    "said yes",
    "ok'd",
    "okayed",
    "blessing",
];

/// Words that date an image to a session ("photo from this morning", "today's scan").
const TIME_TIES: &[&str] = &[
    "from today",
    "today's",
    "this morning",
    "this afternoon",
    "from this week",
    "this week",
    "from yesterday",
    "of the day",
];

/// Words that ask readers for testimonials or stories rather than show one: a request is B9's
/// matter (incentives, solicitation), not a patient's story yet.
const SOLICIT: &[&str] = &[
    "wanted",
    "share your",
    "share a",
    "submit",
    "leave a",
    "leave us",
    "send us",
    "tell us",
    "we'd love to hear",
    "we would love to hear",
    "in the comments",
    "nominate",
];

/// Words that make an image an actual case rather than a general topic.
const CASE_TIES: &[&str] = &[
    "this",
    "these",
    "today's",
    "of the day",
    "from today",
    "this morning",
    "from one of",
    "one of our",
    "our patient",
    "our patients",
    "patient's",
    "patients'",
    "her",
    "his",
    "their",
    "check out",
    "look at",
];

/// Words that make "before/after" or a photo plainly not a patient's.
const NOT_PATIENT: &[&str] = &[
    "stock",
    "model",
    "models",
    "illustration",
    "simulated",
    "simulation",
    "renovation",
    "remodel",
    "our office",
    "our new office",
    "our building",
    "our lobby",
    "our team",
    "staff",
    "not a patient",
    "our staff",
];

/// The practice's own people as a group ("our nurses getting their flu shots").
/// Staff called by their job ("our hygienist's hands", "the surgeon's hands").
const STAFF_OWNERS: &[&str] = &[
    "hygienist",
    "dentist",
    "doctor",
    "doc",
    "dr",
    "nurse",
    "assistant",
    "surgeon",
    "therapist",
    "tech",
    "provider",
    "staff",
    "team",
    "physician",
    "clinician",
    "medic",
    "practitioner",
];

const STAFF_GROUPS: &[&str] = &[
    "our team",
    "our staff",
    "our nurses",
    "our providers",
    "our doctors",
    "our docs",
    "our hygienists",
    "our front desk",
    "our crew",
];

/// Words of a staff introduction after "meet X".
const STAFF_INTRO: &[&str] = &[
    "our new",
    "joins",
    "joined",
    "joining",
    "welcome",
    "team",
    "staff",
    "coordinator",
    "hygienist",
    "assistant",
    "receptionist",
    "manager",
    "nurse",
    "therapist",
    "trainer",
    "provider",
    "doctor",
    "dentist",
    "physician",
    "hire",
    "hired",
    "employee",
    "intern",
];

/// The automaton of a static word list (leftmost-longest), built on first use and kept.
fn automaton(list: &'static [&'static str]) -> &'static aho_corasick::AhoCorasick {
    use aho_corasick::AhoCorasick;
    use std::sync::Mutex;
    // a dozen lists at most: a linear search of their addresses beats hashing one
    static CACHE: Mutex<Vec<(usize, &'static AhoCorasick)>> = Mutex::new(Vec::new());
    let key = list.as_ptr() as usize;
    let mut m = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    match m.iter().find(|&&(k, _)| k == key).map(|&(_, ac)| ac) {
        Some(ac) => ac,
        None => {
            let ac: &'static AhoCorasick = Box::leak(Box::new(
                crate::build_ac(
                    AhoCorasick::builder()
                        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                        .kind(Some(aho_corasick::AhoCorasickKind::DFA)),
                    list,
                )
                .expect("static word lists are valid patterns"),
            ));
            m.push((key, ac));
            ac
        }
    }
}

/// The whole-word matches of `list` in `lower`, in the automaton's (leftmost-longest) order:
/// (start, end, word). A word that starts or ends with a letter or digit needs no letter or
/// digit right before or after it.
fn word_matches<'h>(
    lower: &'h str,
    list: &'static [&'static str],
) -> impl Iterator<Item = (usize, usize, &'static str)> + 'h {
    let b = lower.as_bytes();
    automaton(list).find_iter(lower).filter_map(move |m| {
        let (i, e) = (m.start(), m.end());
        let w = list[m.pattern().as_usize()];
        whole_word(b, i, e, w).then_some((i, e, w))
    })
}

/// Whether word `w` at `i..e` of `b` stands as a whole word: a word that starts or ends with a
/// letter or digit has no letter or digit right before or after it.
fn whole_word(b: &[u8], i: usize, e: usize, w: &str) -> bool {
    let wb = w.as_bytes();
    let before_ok = i == 0 || !b[i - 1].is_ascii_alphanumeric() || !wb[0].is_ascii_alphanumeric();
    let after_ok =
        e >= b.len() || !b[e].is_ascii_alphanumeric() || !wb[wb.len() - 1].is_ascii_alphanumeric();
    before_ok && after_ok
}

/// [`find_words`] of the keywords of `gates` (taken as one list) in the draft's lowercased
/// text, read from the shared gate scan instead of a search of their own: of all the keywords'
/// occurrences, the leftmost, at one start the longest, then the next one past its end (what a
/// leftmost-longest search reports), kept when it stands as a whole word. `None` when a gate is
/// not one of the scan's.
pub(crate) fn find_gate_words(
    ctx: &Ctx,
    gates: &[&Gate],
) -> Option<Vec<(usize, usize, &'static str)>> {
    let scan = ctx.gate_scan();
    let mut all: Vec<(usize, usize, &'static str)> = Vec::new();
    for gate in gates {
        let words = gate.words();
        all.extend(
            gate.all_matches(scan)?
                .iter()
                .map(|&(s, e, k)| (s, e, words[k])),
        );
    }
    // (one span is one string: matches of equal span are the same word, whatever their order)
    all.sort_unstable_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let b = ctx.lower().as_bytes();
    let mut pos = 0;
    all.retain(|&(s, e, w)| {
        if s < pos {
            return false;
        }
        pos = e;
        whole_word(b, s, e, w)
    });
    Some(all)
}

/// Whole-word matches of a static word list in `lower` (leftmost-longest): (start, end, word),
/// sorted. One Aho-Corasick automaton per list, built on first use (a linear scan, whatever the
/// list size).
pub(crate) fn find_words(
    lower: &str,
    list: &'static [&'static str],
) -> Vec<(usize, usize, &'static str)> {
    let mut out: Vec<(usize, usize, &'static str)> = word_matches(lower, list).collect();
    out.sort_unstable();
    out
}

/// Whether [`find_words`] finds anything: the search stops at the first whole word.
pub(crate) fn has_any(lower: &str, list: &'static [&'static str]) -> bool {
    word_matches(lower, list).next().is_some()
}

/// The text around a span (at most `n` bytes on each side, on char boundaries).
fn around(lower: &str, s: usize, e: usize, n: usize) -> &str {
    let mut a = s.saturating_sub(n);
    while !lower.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (e + n).min(lower.len());
    while !lower.is_char_boundary(b) {
        b += 1;
    }
    &lower[a..b]
}

/// "Our emergency exam with x-rays is $79", "cleaning, exam and x-rays included": imaging offered
/// as a service with its price, not anyone's image ("your x-rays from today" stays a case).
fn priced_service(lower: &str, s: usize, e: usize) -> bool {
    let before = lower[..s].trim_end();
    let owned = ["your", "her", "his", "their", "this", "these", "my"]
        .iter()
        .any(|w| {
            before.ends_with(w)
                && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
        });
    if owned {
        return false;
    }
    let near = around(lower, s, e, 60);
    let priced = near
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'$' && w[1].is_ascii_digit());
    priced || near.contains("included") || near.contains("includes") || near.contains("including")
}

/// "get a diagnostic ultrasound", "you may need an MRI", "schedule a screening mammogram": an
/// imaging study someone is told to have is advice or an order, not a picture of anyone ("your
/// MRI from Tuesday" and "her ultrasound" stay images).
fn ordered_study(lower: &str, s: usize) -> bool {
    let clause = lower[..s]
        .rsplit(['.', '!', '?', '\n', ';', ','])
        .next()
        .unwrap_or("");
    let mut words = clause
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
    // up to two describing words between the article and the study ("a diagnostic breast")
    let mut seen = 0;
    for w in words.by_ref() {
        if matches!(w, "a" | "an" | "another") {
            break;
        }
        seen += 1;
        if seen > 2
            || !matches!(
                w,
                "diagnostic"
                    | "screening"
                    | "follow-up"
                    | "baseline"
                    | "breast"
                    | "pelvic"
                    | "abdominal"
                    | "quick"
                    | "new"
                    | "3d"
                    | "repeat"
                    | "targeted"
            )
        {
            return false;
        }
    }
    words.next().is_some_and(|v| {
        matches!(
            v,
            "get"
                | "getting"
                | "need"
                | "needs"
                | "schedule"
                | "book"
                | "order"
                | "request"
                | "recommend"
                | "suggest"
                | "want"
        )
    })
}

/// "the community-level picture", "the big picture", "paint a picture", "the classic picture
/// of rosacea": a picture in words.
fn figurative_picture(lower: &str, s: usize, e: usize) -> bool {
    if !lower[s..e].starts_with("picture") {
        return false;
    }
    let head = lower[..s].trim_end();
    let prev = head
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    prev.ends_with("-level")
        || prev.ends_with("-wide")
        || matches!(
            prev,
            "big"
                | "bigger"
                | "full"
                | "fuller"
                | "whole"
                | "clear"
                | "clearer"
                | "overall"
                | "broader"
                | "broad"
                | "complete"
                | "national"
                | "statewide"
                | "paint"
                // "a classic picture of alopecia areata": how a condition presents
                | "classic"
                | "typical"
                | "textbook"
                | "clinical"
        )
        || head.ends_with("paint a")
}

fn negated(lower: &str, s: usize) -> bool {
    let before = around(lower, s, s, 24);
    let before = &before[..before.len().min(before.len())];
    // whole words only: the "no " of "pano from" is no negation
    // (one pass over the bytes, a negation tried where one of their first letters stands: every
    // occurrence of each, as a search of each in turn finds them, none overlapping itself)
    let b = before.as_bytes();
    (0..b.len()).any(|i| {
        matches!(b[i], b'd' | b'n' | b'w')
            && ["don't", "do not", "never", "no ", "won't", "without"]
                .iter()
                .any(|n| b[i..].starts_with(n.as_bytes()))
            && before[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

impl Rule for PatientMedia {
    fn id(&self) -> &'static str {
        "patient-media"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        // Each list is searched only when the shared gate scan saw one of its words.
        let words_of = |gate: &Gate, list: &'static [&'static str]| {
            if gate.hit_in(ctx) {
                find_gate_words(ctx, &[gate]).unwrap_or_else(|| find_words(lower, list))
            } else {
                Vec::new()
            }
        };
        let mut features = words_of(&FEATURES_GATE, PATIENT_FEATURES);
        // "botched filler from another spa (left) vs after Dr. A redid it (right)": a pair of
        // pictures side by side of a treatment is a before-and-after (not "Dr. Lee (left) and
        // Dr. Patel (right)", "our old waiting room (left) vs the new one (right)")
        for (a, b) in [("(left)", "(right)"), ("(before)", "(after)")] {
            if let Some(i) = lower.find(a).filter(|_| lower.contains(b)) {
                let health = &ctx.analysis().health;
                if health.iter().any(crate::detect::health::is_care_term) {
                    features.push((i, i + a.len(), a));
                    features.sort_unstable();
                }
            }
        }
        let imaging = words_of(&IMAGING_GATE, IMAGING);
        let mut media = words_of(&MEDIA_GATE, MEDIA);
        // "a ticket for our monthly raffle... Drawing the last Friday": a prize drawing
        if media.iter().any(|m| m.2.starts_with("drawing"))
            && [
                "raffle", "giveaway", "prize", "ticket", "winner", "sorteo", "rifa",
            ]
            .iter()
            .any(|w| lower.contains(w))
        {
            media.retain(|m| !m.2.starts_with("drawing"));
        }
        // "we watch this account 24/7": keeping an eye on a channel, no clip
        media.retain(|m| {
            !(m.2.starts_with("watch")
                && [
                    " account", " page", " inbox", " space", " feed", " thread", " channel",
                ]
                .iter()
                .any(|w| lower[m.1..].starts_with(w)))
        });
        // "bring a photo ID", "picture identification": a document that proves who someone is
        media.retain(|m| {
            !(matches!(m.2, "photo" | "picture" | "pic")
                && [" id", " i.d", " identification", " card", " license"]
                    .iter()
                    .any(|w| {
                        lower[m.1..].starts_with(w)
                            && !lower[m.1 + w.len()..]
                                .chars()
                                .next()
                                .is_some_and(char::is_alphanumeric)
                    }))
        });
        if features.is_empty()
            && imaging.is_empty()
            && media.is_empty()
            && !SHOW_GATE.hit_in(ctx)
            && !SHOWN_FACES_GATE.hit_in(ctx)
        {
            return;
        }
        // "the Ortiz family signed a written HIPAA authorization so we could share this photo":
        // what RULES.md asks for is on file (verbal leave, "with permission", is not)
        if stated_authorization(lower) {
            return;
        }
        let a = ctx.analysis();
        let not_patient = has_any(lower, NOT_PATIENT);
        let patient_person = a
            .persons
            .iter()
            .any(|m| is_possible_patient(m) && m.score >= 0.5);
        // "photos show the kits and the team, no kiddos": a patient word under a negation
        // says who is not in the picture
        let patient_words = find_gate_words(ctx, &[&PATIENT_WORDS_GATE])
            .unwrap_or_else(|| find_words(lower, PATIENT_WORDS))
        .iter()
        .any(|&(s, e, _)| {
            let prev = lower[..s].trim_end().rsplit(' ').next().unwrap_or("");
            // "patient portal", "patient forms": the practice's services, nobody's care
            let next = lower[e..].split_whitespace().next().unwrap_or("");
            !matches!(prev, "no" | "not" | "without" | "zero")
                && !matches!(
                    next.trim_end_matches(|c: char| !c.is_alphanumeric()),
                    "portal" | "portals" | "forms" | "login" | "parking" | "resources"
                )
        }) || a.care.iter().any(|c| {
            // "(Pictured: our empty consult room, no patients)": the same negation
            let prev = lower[..c.start].trim_end().rsplit(' ').next().unwrap_or("");
            (c.kind == "patient" && !matches!(prev, "no" | "not" | "without" | "zero"))
                || c.kind == "encounter"
                // "her with Lorena at her last visit": someone's own visit
                || (c.kind == "visit" && {
                    let head: Vec<&str> = lower[..c.start].split_whitespace().rev().take(2).collect();
                    head.first().is_some_and(|w| matches!(*w, "her" | "his" | "their"))
                        || (head.len() == 2
                            && matches!(head[0], "last" | "next" | "first" | "final")
                            && matches!(head[1], "her" | "his" | "their"))
                })
        })
            // "swipe to see the Fordson twins getting their kindergarten shots": a treatment
            // told as someone's
            // (not the staff's: "our nurses getting their flu shots")
            || a.health.iter().any(|h| {
                crate::detect::health::is_treatment(h.kind) && {
                    let head: Vec<&str> =
                        lower[..h.start].split_whitespace().rev().take(2).collect();
                    head.iter().any(|w| matches!(*w, "her" | "his" | "their"))
                        && !has_any(around(lower, h.start, h.start, 48), STAFF_GROUPS)
                }
            })
            // "the beautiful fistula on our dialysis champion's arm 📸": a body part of
            // someone told by a noun ("champion's arm", "grandpa's knee"), not the staff's
            || a.health.iter().any(|h| {
                h.kind == "body" && {
                    let prev = lower[..h.start].trim_end();
                    let owner = prev
                        .strip_suffix("'s")
                        .unwrap_or("")
                        .rsplit(|c: char| !c.is_alphabetic())
                        .next()
                        .unwrap_or("");
                    // (a person's name is the persons detector's: staff or a patient above)
                    // ("who's back", "she's", "that's": contractions of "is")
                    !owner.is_empty()
                        && !matches!(
                            owner,
                            "who" | "it" | "that" | "he" | "she" | "there" | "what" | "here"
                                | "let" | "where" | "how" | "this" | "one" | "everyone"
                        )
                        && !a.persons.iter().any(|m| m.end == prev.len() - 2)
                        && !STAFF_OWNERS.iter().any(|w| owner.starts_with(w))
                        && !has_any(around(lower, h.start, h.start, 48), STAFF_GROUPS)
                }
            })
            // "out of a 7 y/o's ear canal": a person told by their age
            || ["y/o", "year-old", "year old", "yr old", "yr-old", "month-old"]
                .iter()
                .any(|w| lower.contains(w))
            || told_age(lower);
        // (the pieces joined at their exact length, not grown by `format!`)
        let msg = |what: &str| {
            [
                "\"",
                what,
                "\" presents a patient's image or story. Photos, x-rays and stories of patients need the patient's signed authorization (HIPAA Privacy Rule, 45 CFR 164.508; a full-face photo is a Safe Harbor identifier, 45 CFR 164.514(b)(2)).",
            ]
            .concat()
        };
        let suggestion = "Post it only with the patient's signed authorization on file, and leave out faces, names and visit details; or use a stock or staff photo.";
        let mut fired = false;
        for (s, e, _) in features {
            // "So proud of our team" in another sentence does not make the photo a staff photo
            let not_patient_here = not_patient && has_any(around(lower, s, e, 80), NOT_PATIENT);
            if negated(lower, s)
                || (not_patient_here && !patient_person)
                || (!patient_person && has_any(around(lower, s, e, 60), SOLICIT))
                || adverbial_before_after(lower, s, e)
            {
                continue;
            }
            let what = ctx.text.orig_slice(s, e);
            out.push(
                Hit::new("C7", self.id(), Severity::High, (s, e), msg(what)).suggest(suggestion),
            );
            fired = true;
        }
        for &(s, e, word) in &imaging {
            let next = lower[e..].trim_start();
            if [
                "report",
                "result",
                "order",
                "referral",
                "appointment",
                "scheduled",
                "request",
                // "strobe lights"
                "light",
                // the equipment, the room and the people ("our new x-ray machine")
                "machine",
                "room",
                "suite",
                "unit",
                "equipment",
                "tech",
            ]
            .iter()
            .any(|w| next.starts_with(w))
            {
                continue;
            }
            if priced_service(lower, s, e) || ordered_study(lower, s) {
                continue;
            }
            let near = around(lower, s, e, 40);
            // "(name blurred dont worry)": a name taken off an image says it is someone's
            let name_off = (word.starts_with("name") || word == "cropped out") && {
                // "we never post images of anyone's care, name removed or not": a rule
                let sentence = lower[..s]
                    .rsplit(['.', '!', '?', '\n'])
                    .next()
                    .unwrap_or("");
                !["never", "don't", "do not", "won't", "will not"]
                    .iter()
                    .any(|n| sentence.contains(n))
            };
            // "eyes blurred for privacy" after a procedure told: the face of someone treated
            let face_off = !word.starts_with("name")
                && (word.contains("blurred") || word.contains("covered"))
                && a.health.iter().any(|h| {
                    h.score >= 0.8
                        && (crate::detect::health::is_treatment(h.kind)
                            || crate::detect::health::is_condition(h.kind))
                });
            // "[image: hand x-ray with nail]": the image is attached to the post
            let attached = lower[..s].rfind('[').is_some_and(|b| {
                let caption = &lower[b + 1..s];
                !caption.contains(']')
                    && ["image", "photo", "pic", "img", "video", "attached"]
                        .iter()
                        .any(|w| caption.starts_with(w))
            });
            // "Our panoramic x-ray of the week": one patient's image, picked to show
            let featured = ["of the week", "of the month", "of the day"]
                .iter()
                .any(|w| next.starts_with(w));
            let tied = name_off
                || face_off
                || attached
                || featured
                || has_any(near, CASE_TIES)
                || patient_person;
            if !tied || negated(lower, s) || not_patient && !patient_person {
                continue;
            }
            let what = ctx.text.orig_slice(s, e);
            out.push(
                Hit::new("C7", self.id(), Severity::High, (s, e), msg(what)).suggest(suggestion),
            );
            fired = true;
        }
        // "look at this BEAUTIFUL fistula", "check out these stitches": showing readers a body
        // part or a result of care is showing a patient's picture
        for pre in SHOW_PHRASES {
            // (each phrase starts with a keyword of SHOW_GATE: its occurrences, which never
            // overlap, are read at the starts of the shared scan's matches, without a search
            // of the whole text per phrase)
            let starts: Vec<usize> = match SHOW_GATE.all_matches(ctx.gate_scan()) {
                Some(ms) => {
                    let mut v: Vec<usize> = ms
                        .iter()
                        .map(|&(s, _, _)| s)
                        .filter(|&s| lower.as_bytes()[s..].starts_with(pre.as_bytes()))
                        .collect();
                    v.dedup();
                    v
                }
                None => lower.match_indices(pre).map(|(i, _)| i).collect(),
            };
            for i in starts {
                let from = i + pre.len();
                let shown = a.health.iter().find(|h| {
                    h.score >= 0.8
                        && h.start >= from
                        && h.start <= from + 24
                        && !lower[from..h.start].contains(['.', '!', '?', '\n'])
                });
                let Some(h) = shown else { continue };
                let imaged = imaging.iter().any(|&(s, e, _)| s < h.end && h.start < e);
                if imaged || negated(lower, i) || not_patient {
                    continue;
                }
                let what = ctx.text.orig_slice(i, h.end);
                out.push(
                    Hit::new("C7", self.id(), Severity::High, (i, h.end), msg(what))
                        .suggest(suggestion),
                );
                fired = true;
            }
        }
        // "photo from this morning" next to a health term is a session's picture ("textbook
        // polyp from this morning's list ... [image: endoscopy still]": the case told before the
        // image, in the same post)
        let dated_case = |s: usize, e: usize| {
            has_any(around(lower, s, e, 160), TIME_TIES)
                && a.health
                    .iter()
                    .any(|h| h.score >= 0.5 && h.end + 80 >= s && h.start <= e + 80)
        };
        // "these beautiful faces from last night's New Moms Circle 📸 (everyone said yes to the
        // pic!)": the people of one of the practice's care groups, shown
        // (the practice's programs, searched for once and only when asked)
        let programs = std::cell::OnceCell::new();
        let group_shown = |s: usize, e: usize| {
            let near = around(lower, s, e, 100);
            let (lo, hi) = (s.saturating_sub(100), e + 100);
            let group = has_any(near, CARE_GROUPS)
                || programs
                    .get_or_init(|| ctx.policy.allowed_spans(lower))
                    .iter()
                    .any(|&(ps, pe)| {
                        pe >= lo && ps <= hi && {
                            // the program's name, or the word after it ("Coffee & Comrades group")
                            let next = lower[pe..].split_whitespace().next().unwrap_or("");
                            ["group", "circle", "class", "club", "drop-in", "iop"]
                                .iter()
                                .any(|w| lower[ps..pe].contains(w) || next.starts_with(w))
                        }
                    });
            group
                && (has_any(near, GROUP_PEOPLE)
                    || a.persons.iter().any(|m| {
                        m.start >= lo && m.end <= hi && m.kind != STAFF && m.kind != CLINICIAN
                    }))
        };
        // "in the locker room stitching up a chin (pic shared with permission from the big guy
        // himself)": someone's leave to post a picture of care says a person is in it
        let permitted_care = |s: usize, e: usize| {
            has_any(around(lower, s, e, 60), PERMISSION)
                && a.health.iter().any(|h| {
                    h.score >= 0.8
                        && crate::detect::health::is_treatment(h.kind)
                        && h.end + 160 >= s
                        && h.start <= e + 160
                })
        };
        // "caught this smile in the chair today 😁": a face pointed at in the sentence that
        // tells the visit it comes from
        let face_from_visit = |s: usize, e: usize| {
            !negated(lower, s)
                && ctx
                    .sentences()
                    .iter()
                    .find(|x| x.start <= s && e <= x.end)
                    .is_some_and(|x| {
                        a.care
                            .iter()
                            .any(|c| c.kind == "encounter" && x.start <= c.start && c.end <= x.end)
                    })
        };
        if !fired && !not_patient {
            let shown = media
                .iter()
                .map(|&(s, e, _)| (s, e))
                .find(|&(s, e)| {
                    !(negated(lower, s) || as_verb(lower, s, e) || figurative_picture(lower, s, e))
                        && (patient_person
                            || patient_words
                            || dated_case(s, e)
                            || group_shown(s, e)
                            || permitted_care(s, e))
                })
                .or_else(|| {
                    // (the faces read from the shared gate scan, like the patient words)
                    find_gate_words(ctx, &[&SHOWN_FACES_GATE])
                        .unwrap_or_else(|| find_words(lower, SHOWN_FACES))
                        .into_iter()
                        .map(|(s, e, _)| (s, e))
                        .find(|&(s, e)| face_from_visit(s, e))
                });
            if let Some((s, e)) = shown {
                let what = ctx.text.orig_slice(s, e);
                out.push(
                    Hit::new("C7", self.id(), Severity::High, (s, e), msg(what))
                        .suggest(suggestion),
                );
            }
        }
        // "Meet Gloria!" introducing a person who is not staff.
        for m in &a.persons {
            let before = lower[..m.start].trim_end();
            if !(before.ends_with("meet")
                && (before.len() == 4
                    || !before.as_bytes()[before.len() - 5].is_ascii_alphanumeric()))
            {
                continue;
            }
            if m.kind == STAFF || m.kind == CLINICIAN || !is_possible_patient(m) {
                continue;
            }
            let after = around(lower, m.end, m.end, 120);
            if has_any(after, STAFF_INTRO) {
                continue;
            }
            let s = before.len() - 4;
            let what = ctx.text.orig_slice(s, m.end);
            out.push(
                Hit::new("C7", self.id(), Severity::High, (s, m.end), msg(what))
                    .suggest(suggestion),
            );
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::{Draft, Engine, Policy, Report};

    /// Texts that put the words of `lists` side by side in every way that makes a leftmost-longest
    /// search choose: glued (overlaps, words inside words), spaced, in a sentence, with accents
    /// and emoji around.
    pub(crate) fn word_texts(lists: &[&[&str]]) -> Vec<String> {
        let words: Vec<&str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
        let mut texts = vec![
            String::new(),
            words.concat(),
            words.join(" "),
            words.join("-"),
            words.join("é "),
            words.iter().rev().copied().collect::<Vec<_>>().concat(),
            words.iter().rev().copied().collect::<Vec<_>>().join(", "),
        ];
        for (i, w) in words.iter().enumerate() {
            let next = words[(i + 7) % words.len()];
            texts.push(format!("🙂{w}{next} x{w}s and {w}, {next}{w}!"));
        }
        texts
    }

    #[test]
    fn a_body_part_of_someone_told_by_a_noun() {
        for t in [
            "Check out the beautiful fistula on our dialysis champion's arm 📸 5 years strong!",
            "Photo of grandpa's knee after the fall, he said we could share 📸",
        ] {
            assert_eq!(c7(&check(t)).len(), 1, "{t}");
        }
        // near misses: the staff's hands
        for t in [
            "📸 Our hygienist's steady hands at work on cleaning day!",
            "📸 Dr. Kim's hands never shake. Happy Doctors Day!",
            "Welcome back to our RRT, who's back from parental leave! (we've seen pictures 😍)",
        ] {
            assert!(c7(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_tracing_of_one_persons_test() {
        crate::testutil::assert_examples(
            |t| c7(&check(t)).len() == 1,
            &["Check out this VNG tracing from this morning 👀 textbook nystagmus!"],
            // near miss: the test offered, no one's tracing
            &["Dizzy spells? Our VNG testing finds the cause. Call to book."],
        );
    }

    #[test]
    fn a_face_pointed_at_from_a_visit() {
        crate::testutil::assert_examples(
            |t| c7(&check(t)).len() == 1,
            &[
                "caught this smile in the chair today 😁 rubber bands in Bright Arch purple obvi",
                "These smiles after their first cleaning with us came in this morning!",
            ],
            // near misses: no visit told, a staff photo
            &[
                "This smile is why we do what we do. Happy Friday!",
                "This face belongs to Jen, our newest hygienist! Say hi at the front desk.",
            ],
        );
    }

    #[test]
    fn an_image_attached_to_the_post() {
        let t = "nail gun 1, index finger 0 😳 one of the wildest films we've seen. wear ur PPE people [image: hand x-ray with nail]";
        assert_eq!(c7(&check(t)).len(), 1);
        // near misses: the equipment pictured, and an x-ray mentioned outside a caption
        let t = "Our new digital x-ray room is open! [image: our new x-ray machine]";
        assert!(c7(&check(t)).is_empty());
        let t = "wear ur PPE people, nobody wants an x-ray with a nail in it";
        assert!(c7(&check(t)).is_empty());
    }

    #[test]
    fn words_from_the_gate_scan_are_the_lists_own_search() {
        let policy = crate::engine::CompiledPolicy::new(Policy::default());
        use crate::rules::confidentiality::disparaging::{TRAVEL, TRAVEL_GATE};
        let cases: [(&super::Gate, &'static [&'static str]); 5] = [
            (&super::FEATURES_GATE, super::PATIENT_FEATURES),
            (&super::IMAGING_GATE, super::IMAGING),
            (&super::MEDIA_GATE, super::MEDIA),
            (&super::PATIENT_WORDS_GATE, super::PATIENT_WORDS),
            (&TRAVEL_GATE, TRAVEL),
        ];
        for (gate, list) in cases {
            for t in word_texts(&[list]) {
                let draft = Draft::post(t.as_str());
                let ctx = crate::engine::Ctx::new(&draft, &policy);
                assert_eq!(
                    super::find_gate_words(&ctx, &[gate]),
                    Some(super::find_words(ctx.lower(), list)),
                    "{t}"
                );
            }
        }
    }

    fn check(text: &str) -> Report {
        let p = Policy::from_json(r#"{"staff": ["Dr. Adaeze Okonkwo", "Sam Patel"]}"#).unwrap();
        Engine::new(p).check(&Draft::post(text))
    }

    fn c7(r: &Report) -> Vec<(usize, usize)> {
        r.findings
            .iter()
            .filter(|f| f.code == "C7")
            .map(|f| (f.start, f.end))
            .collect()
    }

    /// The show phrases are found at the starts of SHOW_GATE's matches: each must start with
    /// one of its keywords, and none may overlap itself (`match_indices` finds each once).
    #[test]
    fn show_phrases_start_with_a_show_gate_word() {
        for p in super::SHOW_PHRASES {
            assert!(
                super::SHOW_GATE.words().iter().any(|w| p.starts_with(w)),
                "{p}"
            );
            assert!(
                (1..p.len()).all(|k| !p.ends_with(&p[..k])),
                "{p} overlaps itself"
            );
        }
    }

    #[test]
    fn a_picture_of_a_care_group_and_a_case_before_its_image() {
        let with_programs = |t: &str| {
            let p = Policy::from_json(
                r#"{"allow_terms": ["New Moms Circle", "Coffee & Comrades", "Body Kindness Walk"]}"#,
            )
            .unwrap();
            Engine::new(p).check(&Draft::post(t))
        };
        for t in [
            "Look at these beautiful faces from last night's New Moms Circle 📸💕 (everyone said yes to the pic!)",
            "Coffee & Comrades group pic from this morning ☕ Thanks to everyone who came out, and to the guys who let us snap this one!",
            "Throwback to the Body Kindness Walk!! 📸 swipe to see Jenna, Ash and Marisol from our adult IOP crushing the 5k",
            "Lactation Café snapshots 📸 so many happy latches today!! thank you mamas for letting us snap a pic 🤱💛 (swipe →)",
            "textbook pedunculated polyp from this morning's list 👀 snared clean in one piece. love this job #endoscopy [image: endoscopy still]",
        ] {
            assert!(!c7(&with_programs(t)).is_empty(), "{t}");
        }
        // someone's own visit in the picture
        let t = "our gestational diabetes mama from last spring just sent us pics of her healthy baby boy!! swipe for baby + her with Lorena at her last visit";
        assert!(!c7(&with_programs(t)).is_empty());
        assert!(c7(&with_programs(
            "Pics of our remodeled exam rooms, ready for your next visit!"
        ))
        .is_empty());
        // near misses: a community walk (no care group), a group's room, a program's flyer
        for t in [
            "Photos from the Body Kindness Walk are up! 📸 Thanks to everyone who came out.",
            "Our support group has a new home! 📸 of the freshly painted room.",
            "New Moms Circle meets Tuesdays at 10. Flyer pic below!",
            "Our Lactation Café meets Thursdays at 10! 📸 of the cozy new nursing chairs.",
            "Little Hearts Day is Saturday, 10am-2pm! Free blood pressure checks for grown-ups, face painting and stethoscope play for the kiddos.",
        ] {
            assert!(c7(&with_programs(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_picture_of_care_posted_with_someones_leave() {
        let t = "Post-game in the Icehawks locker room stitching up a chin 🪡🏒 (pic shared with permission from the big guy himself 😂)";
        let at = t[..t.find("pic").unwrap()].encode_utf16().count();
        assert_eq!(c7(&check(t)), vec![(at, at + 3)]);
        let t =
            "PORT DAY our brave 9yo superhero showing off her new port (pic shared w/ mom's ok)";
        assert!(!c7(&check(t)).is_empty());
        // near misses: leave to post with no care in it, care with no picture
        for t in [
            "Photos from the art show, shared with permission from the artists!",
            "Busy night stitching up chins after the game, shared with permission from nobody lol",
        ] {
            assert!(c7(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn a_pair_of_pictures_of_a_treatment() {
        let t = "Spot the difference: botched filler from another spa (left) vs after Dr. Achterberg dissolved and redid it (right)";
        assert!(!c7(&check(t)).is_empty());
        let t = "swipe to see the Fordson twins getting their kindergarten shots 😂 their FACES";
        assert!(!c7(&check(t)).is_empty());
        assert!(c7(&check(
            "Photos of our nurses getting their flu shots! Get yours today"
        ))
        .is_empty());
        // near misses: two people side by side, the office before and after
        for t in [
            "Dr. Lee (left) and Dr. Patel (right) at the health fair today!",
            "Our old waiting room (left) vs the new one (right)! Come see the new chairs",
        ] {
            assert!(c7(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_prenatal_class_shown() {
        let t = "📸 Nuestra promotora Ofelia con las familias de la clase prenatal del sábado ❤️ Thank you mamás for letting us share your pictures!";
        assert!(!c7(&check(t)).is_empty());
        // near misses: the class announced, the room pictured
        for t in [
            "📸 Our prenatal class room got new birthing balls! Próxima clase: sábado 9am.",
            "Clase prenatal cada sábado a las 9am, ¡todas las familias son bienvenidas!",
        ] {
            assert!(c7(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_signed_authorization_on_file() {
        let t = "Family story: the Ortiz family signed a written HIPAA authorization so we could share this photo and their words.";
        assert!(c7(&check(t)).is_empty(), "{t}");
        assert!(c7(&check(
            "Her signed photo release is on file, so here's her before/after!"
        ))
        .is_empty());
        // near misses: leave that is not a signed authorization, and one denied
        for t in [
            "Shared with permission: this sweet patient's before/after photo!",
            "Oops, we posted this before/after photo without a signed authorization, taking it down.",
        ] {
            assert!(!c7(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn feature_hashtags() {
        assert!(!c7(&check(
            "Growth chart glow-up! This little guy started Norditropin at the 2nd percentile and just hit the 25th! Swipe to see his chart #successstory"
        ))
        .is_empty());
        // near miss: the hashtag asked of readers
        assert!(c7(&check("Share your own #successstory in the comments!")).is_empty());
    }

    #[test]
    fn an_image_with_the_name_taken_off_is_someones() {
        for t in [
            "wild duplex this morning, occlusive thrombus all the way up the femoral vein. screenshot in thread (name blurred dont worry)",
            "The difference 3 months of immunotherapy can make! PET from Jan vs April, name cropped out!",
        ] {
            assert!(!c7(&check(t)).is_empty(), "{t}");
        }
        // near miss: a rule about names on images, nobody's image
        assert!(c7(&check(
            "Reminder: we never post images of anyone's care, name removed or not."
        ))
        .is_empty());
    }

    #[test]
    fn a_voice_clinic_strobe_from_today() {
        let t = "can you spot the nodule?? 👀 gorgeous strobe from today's voice clinic, textbook example for the SLP students [image: laryngeal stroboscopy still]";
        assert!(!c7(&check(t)).is_empty(), "{t}");
        // near misses: party lights, the test explained
        for t in [
            "Strobe lights and a DJ at today's holiday party for the team! 🎉",
            "What is videostroboscopy? A slow-motion video of the vocal folds that helps us find nodules. Ask us at your visit.",
        ] {
            assert!(c7(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_face_blurred_after_care_is_someones() {
        let t = "2 weeks post-Mohs on the nose → today ✨ Dr. Pryce's flap closures are honestly art. (eyes blurred for privacy 🙈)";
        assert!(!c7(&check(t)).is_empty(), "{t}");
        // near misses: no care told, a symptom word
        for t in [
            "Staff holiday party pics are up! faces blurred for privacy 🙈",
            "Blurred vision after a migraine? Tell us at your next visit.",
        ] {
            assert!(c7(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn solicitations_dated_photos_and_client_work() {
        // Asking for testimonials is not showing one (B9 handles the request).
        for t in [
            "Client stories wanted! If we helped you, share a short testimonial in the comments.",
            "Leave a testimonial on our Google page!",
        ] {
            assert!(c7(&check(t)).is_empty(), "{t}");
        }
        // Near miss: a testimonial that is shown.
        assert!(!c7(&check("Read Maria's testimonial about her implants!")).is_empty());
        // A photo dated to a session, next to a health term.
        assert!(!c7(&check("photo from this morning: that splinter was DEEP")).is_empty());
        // Near miss: an event photo of the same morning, no health term.
        assert!(c7(&check("photos from this morning's 5k, thanks for coming!")).is_empty());
        // A therapy client's artwork.
        assert!(!c7(&check(
            "art therapy piece from one of our teen clients this week"
        ))
        .is_empty());
        assert!(c7(&check("New artwork in our lobby by a local painter")).is_empty());
        // A screenshot of one patient's device report.
        let t = "one of our patients switched to closed loop 3 months ago and her time in range went from 51% to 92%!!! (screenshot of her Clarity report below)";
        assert!(!c7(&check(t)).is_empty(), "{:?}", check(t).findings);
        // near miss: a screenshot of the practice's own page
        let t = "Screenshot of our new patient portal login page below: sign in with your email.";
        assert!(c7(&check(t)).is_empty(), "{:?}", check(t).findings);
        // A camera emoji before a named patient's moment.
        let t = "📸 Harold meeting his great-grandson for the first time, just 2 days before he passed. This is why we do what we do #hospicelife";
        assert!(!c7(&check(t)).is_empty(), "{:?}", check(t).findings);
        // near miss: a camera emoji on a staff photo
        let t = "📸 Our front desk team in their Halloween costumes!";
        assert!(c7(&check(t)).is_empty(), "{:?}", check(t).findings);
        // A person told by their age, in a picture of their care.
        let t = "pulled a LIVE cockroach out of a 7 y/o's ear canal at 4:45 on a Friday 😳 pic in comments if u dare";
        assert!(!c7(&check(t)).is_empty(), "{:?}", check(t).findings);
        // near miss: an age in an education post with a stock photo
        let t = "Ear tubes are common in 2-year-olds with repeat infections. Photo: stock image.";
        assert!(c7(&check(t)).is_empty(), "{:?}", check(t).findings);
        // A prize drawing is no picture.
        let t = "Every kiddo who comes to their checkup cavity-free gets a ticket for our monthly raffle! Drawing the last Friday of each month.";
        assert!(c7(&check(t)).is_empty(), "{:?}", check(t).findings);
        // near miss: a patient's drawing
        let t = "Look at this drawing one of our patients made for Dr. Lee after her checkup!";
        assert!(!c7(&check(t)).is_empty(), "{:?}", check(t).findings);
    }

    #[test]
    fn an_image_of_the_week() {
        let t = "Our panoramic x-ray of the week 🧐 can you spot the impacted wisdom tooth?";
        assert!(!c7(&check(t)).is_empty(), "{:?}", check(t).findings);
        // near miss: a tip of the week about x-rays
        let t = "Tip of the week: why we take x-rays once a year";
        assert!(c7(&check(t)).is_empty(), "{:?}", check(t).findings);
    }

    #[test]
    fn rules_md_examples_fire() {
        assert_eq!(
            c7(&check("Before and after of Jenna's veneers!")),
            vec![(0, 16)]
        );
        assert_eq!(
            c7(&check("check out this x-ray from today")),
            vec![(15, 20)]
        );
        assert_eq!(
            c7(&check("✨ SUCCESS STORY ✨ Meet Gloria! She is 67.")),
            vec![(2, 15), (18, 29)]
        );
        assert_eq!(
            c7(&check("Patient Spotlight ✨ K.L. ran her first marathon")),
            vec![(0, 17)]
        );
        assert_eq!(
            c7(&check(
                "Testimonial Tuesday 💬 'They gave me my life back' - Linda M."
            )),
            vec![(0, 11)]
        );
    }

    #[test]
    fn panos_and_pictured_patients() {
        assert!(!c7(&check(
            "check out this pano from this AM, 4 impacted wisdom teeth + a cyst, 17 yo"
        ))
        .is_empty());
        assert!(!c7(&check(
            "Memory Cafe recap! Pictured L to R: Margaret, June and Arturo, who come over from our memory clinic."
        ))
        .is_empty());
        // near miss: the staff pictured
        assert!(c7(&check("Pictured: our front desk team at the 5K!")).is_empty());
    }

    #[test]
    fn before_arrow_after_and_look_at_that() {
        assert!(!c7(&check(
            "Before ➡️ After 😍 12 weeks of casting. Proud of this one."
        ))
        .is_empty());
        assert!(!c7(&check("12 weeks in. Look at that granulation tissue!!!")).is_empty());
        // near miss: before and after as plain time words
        assert!(c7(&check("Stretch before you run and after.")).is_empty());
    }

    #[test]
    fn a_clip_of_a_child_told_by_age() {
        for t in [
            "Video from tonight's Pump Club 🎥 watch our youngest member (she's 6!!) do her very first site change all by herself 💪",
            "POV: you're 5 and just woke up from laughing gas 😂 we cannot stop watching this 🦖",
        ] {
            assert!(!c7(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
        // near misses: no one told by age, a percentage, a meme about the reader
        for t in [
            "Watch this space for our new Saturday hours!",
            "Video: Dr. Kim explains why she's 100% behind the flu shot",
            "POV: you finally booked that cleaning you've been putting off 😅",
            "Video from tonight's open house: our new dietitian says she's 10 min from the clinic!",
        ] {
            assert!(c7(&check(t)).is_empty(), "{t}: {:?}", check(t).findings);
        }
    }

    #[test]
    fn photos_that_say_no_patients_are_in_them() {
        assert!(c7(&check(
            "Thank you Rotary for 500 toothbrush kits! Photos show the kits and the team, no kiddos."
        ))
        .is_empty());
        // near miss: the kiddos are in the photos
        assert!(!c7(&check(
            "Thank you Rotary for 500 toothbrush kits! Photos show the kiddos with their new kits."
        ))
        .is_empty());
        assert!(c7(&check(
            "Your first consult: we go over your history and take photos for planning (they stay in your chart). (Pictured: our empty consult room, no patients 😉)"
        ))
        .is_empty());
        // near miss: patients in the picture
        assert!(!c7(&check(
            "Your first consult: we go over your history and take photos for planning. (Pictured: two of our patients after their consults 😉)"
        ))
        .is_empty());
    }

    #[test]
    fn before_and_after_as_an_adverb() {
        let t = "Jaw surgery 101: orthognathic surgery repositions the jaws, usually with braces before and after. Every case is different.";
        assert!(c7(&check(t)).is_empty(), "{t}");
        // near misses: a caption and a possessive keep the picture
        for t in [
            "Maria's before and after. Six months of aligners!",
            "Check out this before and after, 6 months of aligners!",
        ] {
            assert!(!c7(&check(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn media_words_as_verbs() {
        for t in [
            "Quiz: wrist pain in the snuffbox after a fall, x-ray normal. Could still be a scaphoid fracture, which is why we splint and re-image in 10-14 days.",
            "What does a TMS day look like? Picture a 28-year-old who has tried 3 antidepressants. She sits in a recliner for 19 minutes.",
            "Croup season 101 🦭 Picture this: it's 2am and your 3 year old wakes up with a barking cough.",
            "@marcy totally get it, waiting for results is hard! We watch this account all day and answer fast.",
            "Hi Fatima, for privacy we can't share any records here. Please stop by with a photo ID and our front desk can help with school forms.",
        ] {
            assert!(c7(&check(t)).is_empty(), "{t}");
        }
        // near miss: the noun, of a patient
        assert!(!c7(&check(
            "Check the picture of Maria's healed scaphoid fracture from this morning"
        ))
        .is_empty());
    }

    #[test]
    fn near_misses() {
        assert!(c7(&check("Meet Dr. Lee, our new dentist!")).is_empty());
        assert!(c7(&check("Meet Sam Patel, our new front desk coordinator!")).is_empty());
        assert!(c7(&check("Meet Maria, who joins our team as a hygienist!")).is_empty());
        assert!(c7(&check("A stock photo of a smile for #WorldSmileDay")).is_empty());
        assert!(c7(&check("Do you need an x-ray after a sprain? Usually not.")).is_empty());
        let offer = Engine::new(Policy::default()).check(&Draft::reply(
            "Hi Rosalind! Our walk-in emergency exam with x-rays is $79 for anyone without insurance.",
            "Rosalind Tuck",
            "How much for an emergency exam? No insurance rn",
        ));
        assert!(c7(&offer).is_empty(), "{offer:?}");
        assert!(c7(&check(
            "New-patient special: cleaning, exam and x-rays included."
        ))
        .is_empty());
        assert_eq!(
            c7(&check(
                "Y'all look at this BEAUTIFUL fistula, 6 weeks out and ready to cannulate!"
            )),
            vec![(6, 36)]
        );
        assert!(c7(&check("Look at this flu season: get your shot!")).is_empty());
        // near miss: someone's own images, even with a price in the sentence
        assert!(!c7(&check(
            "Look at her x-rays from today, the $79 exam found it"
        ))
        .is_empty());
        assert!(c7(&check(
            "We never post before/after photos without written consent."
        ))
        .is_empty());
    }

    #[test]
    fn a_study_someone_should_get_and_a_picture_in_words() {
        let advice = Engine::new(Policy::default()).check(&Draft::reply(
            "Hi Denise! If it's still there after your period, get a diagnostic ultrasound.",
            "Denise Aho",
            "I'm 38 and found a small lump. Should I worry?",
        ));
        assert!(c7(&advice).is_empty(), "{advice:?}");
        let reporter = Engine::new(Policy::default()).check(&Draft::reply(
            "Hi Kira! Our CEO is happy to talk about the community-level picture. (We can't discuss individual patients.)",
            "@news_kira",
            "Reporter here. How did the Medicaid change affect patients?",
        ));
        assert!(c7(&reporter).is_empty(), "{reporter:?}");
        // how a condition presents
        assert!(c7(&check(
            "A smooth, coin-sized bald patch is the classic picture of alopecia areata; see a dermatologist."
        ))
        .is_empty());
        // near misses: someone's own study, a picture shown
        let own = Engine::new(Policy::default()).check(&Draft::reply(
            "Hi Denise! Your ultrasound from Tuesday looked great.",
            "Denise Aho",
            "Any news?",
        ));
        assert!(!c7(&own).is_empty(), "{own:?}");
        // "have" is no order: an image the practice holds
        assert!(!c7(&check(
            "We have an x-ray of her broken hand from this morning, wow."
        ))
        .is_empty());
        assert!(!c7(&check(
            "Rosa, 8, proudly showing the picture she drew after her last visit!"
        ))
        .is_empty());
    }

    #[test]
    fn crlf_and_emoji_spans() {
        assert_eq!(
            c7(&check("📸📸\r\nX-ray of the day: a Jones fracture")),
            vec![(6, 11)]
        );
    }
}
