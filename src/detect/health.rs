//! Health and care vocabulary: conditions, procedures, medications, dental, dermatology and
//! rehab terms, tests and vaccines, body parts, and care cues ("came in", "your appointment",
//! "s/p", "f/u", "post-op", "in our chair").
//!
//! The lexicons live in `src/lexicon/health/*.txt` (sources and licenses in NOTICE). They are
//! embedded with `include_str!` (their comment lines stripped at compile time), expanded with
//! plurals, and put once into one table of whole-word look-ups (`OnceLock`, built by [`warm`]).
//! Matching runs over [`crate::text::Text::lower`] on whole words, leftmost-longest among the
//! matches that are whole words.
//!
//! What goes into [`Analysis`]:
//! - `health`: kinds `condition`, `rare-condition`, `procedure`, `medication`, `dental`, `derm`,
//!   `rehab`, `test` (labs, imaging, results, vaccines) with score 0.9 (0.5 for a term with an
//!   everyday meaning, such as "crown" or "cold"), and `body` (0.3: "your skin" alone says
//!   nothing). "PT" in capitals is `rehab` (physical therapy).
//! - `care`: kinds `encounter` (care happened: "came in", "saw you", "s/p", "post-op", 0.9),
//!   `visit` (appointment, visit, session, follow-up, exam, 0.6), `record` (chart, records,
//!   "on file", 0.7) and `patient` (patient, "pt" in lowercase, 0.8).

use super::{Analysis, Mention};
use crate::engine::Ctx;
use crate::text::ASCII_ALNUM;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One lexicon file: its text, the kind of its terms (or `None` when the file has `[kind]`
/// sections), and whether plurals are generated.
struct Source {
    text: &'static str,
    kind: Option<&'static str>,
    plurals: bool,
}

/// Order matters: a term listed in two files keeps the kind of the first.
const SOURCES: &[Source] = &[
    Source {
        text: crate::lexicon::lexicon_text!(include_str!("../lexicon/health/care.txt")),
        kind: None,
        plurals: false,
    },
    Source {
        text: crate::lexicon::lexicon_text!(include_str!("../lexicon/health/rare.txt")),
        kind: Some("rare-condition"),
        plurals: true,
    },
    Source {
        text: crate::lexicon::lexicon_text!(include_str!("../lexicon/health/dental.txt")),
        kind: Some("dental"),
        plurals: true,
    },
    Source {
        text: crate::lexicon::lexicon_text!(include_str!("../lexicon/health/derm.txt")),
        kind: Some("derm"),
        plurals: true,
    },
    Source {
        text: crate::lexicon::lexicon_text!(include_str!("../lexicon/health/rehab.txt")),
        kind: Some("rehab"),
        plurals: true,
    },
    Source {
        text: crate::lexicon::lexicon_text!(include_str!("../lexicon/health/procedures.txt")),
        kind: Some("procedure"),
        plurals: true,
    },
    Source {
        text: crate::lexicon::lexicon_text!(include_str!("../lexicon/health/tests.txt")),
        kind: Some("test"),
        plurals: true,
    },
    Source {
        text: crate::lexicon::lexicon_text!(include_str!("../lexicon/health/conditions.txt")),
        kind: Some("condition"),
        plurals: true,
    },
    Source {
        text: crate::lexicon::lexicon_text!(include_str!("../lexicon/health/medications.txt")),
        kind: Some("medication"),
        plurals: false,
    },
    Source {
        text: crate::lexicon::lexicon_text!(include_str!(
            "../lexicon/health/medications_generic.txt"
        )),
        kind: Some("medication"),
        plurals: false,
    },
    Source {
        text: crate::lexicon::lexicon_text!(include_str!("../lexicon/health/spanish.txt")),
        kind: None,
        plurals: false,
    },
    Source {
        text: crate::lexicon::lexicon_text!(include_str!("../lexicon/health/body.txt")),
        kind: Some("body"),
        plurals: true,
    },
];

/// The care kinds (reported in `Analysis::care`); every other kind is a health term.
const CARE_KINDS: &[&str] = &["encounter", "visit", "record", "patient"];

#[derive(Debug, Clone, Copy)]
struct Entry {
    kind: &'static str,
    ambiguous: bool,
}

/// The lexicon's terms for whole-word look-ups. A term matches where it stands as a word (no
/// letter or digit right before or after it); its ends in the text are then the ends of runs of
/// letters and digits, or characters that are neither. So each place a word can start is
/// looked up run by run: the text up to the end of the run, then (when that is the start of a
/// longer term that goes on with a character that is not a letter or digit) up to the end of
/// the next run, and so on. That finds exactly the whole-word matches an Aho-Corasick search of
/// the terms finds, with a probe or two per word instead of a walk of a 4,912-term automaton
/// (470 KB) over every byte.
struct Lexicon {
    /// Every term and every start of a term cut just before a character that is neither a
    /// letter nor a digit ("kidney" of "kidney stone", "s" of "s/p"): the term's index in
    /// `entries` ([`NO_TERM`] for a start only), with [`GOES_ON`] set where a term goes on.
    terms: Table,
    /// Whether a term starts with this byte.
    first: [bool; 256],
    /// Bit `last & 31` of `shape[len.min(63) * 32 + (first & 31)]`: some key of `terms` has that
    /// length, first byte and last byte (up to those bits). A run that fits no key's shape is
    /// no key: its probe is skipped.
    shape: Vec<u32>,
    /// The length of the longest term, in bytes.
    max_len: usize,
    entries: Vec<Entry>,
}

/// In [`Lexicon::terms`]: no term ends here.
const NO_TERM: u32 = u32::MAX >> 1;
/// In [`Lexicon::terms`]: a longer term starts so.
const GOES_ON: u32 = 1 << 31;

/// FNV-1a of `h` extended by `bytes`: the hash of a key grows with it, so the scan hashes each
/// byte once however many keys it looks up from one start.
#[inline(always)]
fn fnv(mut h: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h
}

/// The hash of the empty key.
const FNV_START: u32 = 0x811c_9dc5;

/// Keys and their values in one open-addressing table, probed with the key's [`fnv`] hash.
struct Table {
    /// (hash, start of the key in `text`, length of the key, value); length 0: an empty slot.
    slots: Vec<(u32, u32, u32, u32)>,
    text: String,
}

impl Table {
    fn new(keys: &HashMap<String, u32>) -> Table {
        let size = (keys.len() * 2).next_power_of_two();
        let mut t = Table {
            slots: vec![(0, 0, 0, 0); size],
            text: String::new(),
        };
        for (k, &v) in keys {
            let h = fnv(FNV_START, k.as_bytes());
            let mut i = Self::slot_of(h, size);
            while t.slots[i].2 != 0 {
                i = (i + 1) & (size - 1);
            }
            t.slots[i] = (h, t.text.len() as u32, k.len() as u32, v);
            t.text.push_str(k);
        }
        t
    }

    #[inline(always)]
    fn slot_of(h: u32, size: usize) -> usize {
        ((h ^ (h >> 16)) as usize) & (size - 1)
    }

    /// The value of `key`, whose hash is `h`.
    #[inline]
    fn get(&self, h: u32, key: &[u8]) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = Self::slot_of(h, self.slots.len());
        loop {
            let (sh, off, len, v) = self.slots[i];
            if len == 0 {
                return None;
            }
            if sh == h
                && len as usize == key.len()
                && &self.text.as_bytes()[off as usize..(off + len) as usize] == key
            {
                return Some(v);
            }
            i = (i + 1) & mask;
        }
    }
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

pub(super) fn section_kind(name: &str) -> Option<&'static str> {
    const HEALTH_KINDS: &[&str] = &[
        "condition",
        "rare-condition",
        "procedure",
        "test",
        "dental",
        "derm",
        "rehab",
        "medication",
        "body",
    ];
    CARE_KINDS
        .iter()
        .chain(HEALTH_KINDS)
        .copied()
        .find(|k| *k == name)
}

/// English plural of the last word of a term ("crown" -> "crowns", "cavity" -> "cavities",
/// "diagnosis" -> "diagnoses"), or `None` when the word already looks plural.
pub fn plural(term: &str) -> Option<String> {
    let last = term.rsplit(' ').next().unwrap_or(term);
    if last.len() < 3 || !last.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
        return None;
    }
    // irregular: "broken tooth" -> "broken teeth", "flat foot" -> "flat feet"
    for (one, many) in [("tooth", "teeth"), ("foot", "feet")] {
        if last == one {
            return Some(format!("{}{many}", &term[..term.len() - one.len()]));
        }
    }
    if last.ends_with("is") {
        return Some(format!("{}es", &term[..term.len() - 2]));
    }
    if last.ends_with("ss")
        || last.ends_with('x')
        || last.ends_with('z')
        || last.ends_with("ch")
        || last.ends_with("sh")
    {
        return Some(format!("{term}es"));
    }
    if last.ends_with('s') {
        return None;
    }
    if last.ends_with('y') && !matches!(last.as_bytes()[last.len() - 2], b'a' | b'e' | b'o' | b'u')
    {
        return Some(format!("{}ies", &term[..term.len() - 1]));
    }
    Some(format!("{term}s"))
}

/// The lexicon's terms (hyphens as spaces, plurals added, each once) and their entries.
fn terms() -> (Vec<String>, Vec<Entry>) {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut patterns: Vec<String> = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    let mut add = |term: String, e: Entry| {
        if term.is_empty() || index.contains_key(&term) {
            return;
        }
        index.insert(term.clone(), patterns.len());
        patterns.push(term);
        entries.push(e);
    };
    for src in SOURCES {
        let mut kind = src.kind;
        for line in src.text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                kind = section_kind(name);
                continue;
            }
            let Some(kind) = kind else { continue };
            let (term, ambiguous) = match line.strip_prefix('?') {
                Some(t) => (t.trim(), true),
                None => (line, false),
            };
            // the text is scanned with hyphens read as spaces ("kidney-stone free"), so a
            // hyphenated term is stored with spaces ("x-ray" as "x ray")
            let term = term.to_ascii_lowercase().replace('-', " ");
            let e = Entry { kind, ambiguous };
            if src.plurals {
                if let Some(p) = plural(&term) {
                    add(p, e);
                }
                // "TB testing", "drug testing": the activity of a test
                if let Some(stem) = term.strip_suffix(" test") {
                    add(format!("{stem} testing"), e);
                }
            }
            add(term, e);
        }
    }
    (patterns, entries)
}

fn build() -> Lexicon {
    let (patterns, entries) = terms();
    let mut first = [false; 256];
    let mut max_len = 0;
    let mut keys: HashMap<String, u32> = HashMap::new();
    for (i, p) in patterns.into_iter().enumerate() {
        for (k, c) in p.char_indices().skip(1) {
            if !is_word_char(c) {
                *keys.entry(p[..k].to_string()).or_insert(NO_TERM) |= GOES_ON;
            }
        }
        first[usize::from(p.as_bytes()[0])] = true;
        max_len = max_len.max(p.len());
        let v = keys.entry(p).or_insert(NO_TERM);
        *v = (*v & GOES_ON) | i as u32;
    }
    let mut shape = vec![0u32; 64 * 32];
    for k in keys.keys().map(String::as_bytes) {
        shape[Lexicon::shape_slot(k)] |= Lexicon::shape_bit(k);
    }
    Lexicon {
        terms: Table::new(&keys),
        first,
        shape,
        max_len,
        entries,
    }
}

impl Lexicon {
    fn shape_slot(k: &[u8]) -> usize {
        k.len().min(63) * 32 + usize::from(k[0] & 31)
    }

    fn shape_bit(k: &[u8]) -> u32 {
        1 << (k[k.len() - 1] & 31)
    }

    /// Whether a key of `terms` can be `k` (not empty), by its shape.
    #[inline]
    fn may_hold(&self, k: &[u8]) -> bool {
        self.shape[Self::shape_slot(k)] & Self::shape_bit(k) != 0
    }
}

fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(build)
}

/// How many patterns (terms with their generated plurals) the health lexicon holds.
pub fn lexicon_len() -> usize {
    lexicon().entries.len()
}

/// Whether a health kind names something the practice does or made (a procedure, a dental or
/// dermatology treatment, rehab, a test): "your crown", "her biopsy" point at care received.
pub fn is_treatment(kind: &str) -> bool {
    matches!(kind, "procedure" | "dental" | "derm" | "rehab" | "test")
}

/// Whether a lowercased text names a condition of the lexicon that has no everyday sense ("cleft
/// palate", "bronchiolitis"): read of the text a reply answers, where the rules' short clinical
/// list is not enough to tell that its author shares health details.
pub fn names_condition(lower: &str) -> bool {
    matches(lower)
        .iter()
        .any(|&(_, _, kind, ambiguous)| is_condition(kind) && !ambiguous)
}

/// Whether a health mention is a condition or a treatment scored 0.5 or more: something of a
/// person's health or care, not an everyday word.
pub fn is_care_term(m: &crate::detect::Mention) -> bool {
    m.score >= 0.5 && (is_condition(m.kind) || is_treatment(m.kind))
}

/// Whether a health kind is a condition (rare or not).
pub fn is_condition(kind: &str) -> bool {
    matches!(kind, "condition" | "rare-condition")
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether the char at byte `i` of `s` (a char boundary) is a letter or digit, and its length.
#[inline(always)]
fn word_char_at(s: &str, i: usize) -> (bool, usize) {
    let c = s.as_bytes()[i];
    if c < 0x80 {
        (ASCII_ALNUM[usize::from(c)], 1)
    } else {
        let c = s[i..].chars().next().expect("a char");
        (is_word_char(c), c.len_utf8())
    }
}

/// The end of the run of letters and digits of `s` (`b`, its bytes) from byte `i` (a char
/// boundary).
#[inline(always)]
fn run_end(b: &[u8], s: &str, mut i: usize) -> usize {
    loop {
        while i < b.len() && ASCII_ALNUM[usize::from(b[i])] {
            i += 1;
        }
        if i >= b.len() || b[i] < 0x80 {
            return i;
        }
        let (word, len) = word_char_at(s, i);
        if !word {
            return i;
        }
        i += len;
    }
}

/// Whole-word lexicon matches in `lower`, leftmost-longest: `(start, end, kind, ambiguous)`.
fn matches(lower: &str) -> Vec<(usize, usize, &'static str, bool)> {
    let lex = lexicon();
    // hyphens as spaces, byte for byte (same offsets): "kidney-stone" finds "kidney stone"
    let spaced;
    let lower = if lower.contains('-') {
        spaced = lower.replace('-', " ");
        spaced.as_str()
    } else {
        lower
    };
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    let b = lower.as_bytes();
    let n = b.len();
    // `s` runs over the places a whole word can start: none of the letters or digits is right
    // before; from each, past its char and the run of letters and digits after it (the first
    // end a whole word there can have), then past the char that ends the run
    let mut s = 0;
    while s < n {
        let (word, len) = word_char_at(lower, s);
        let first = lex.first[usize::from(b[s])];
        if !word && !first {
            s += len;
            continue;
        }
        let run = run_end(b, lower, s + len);
        // (a first run that fits no key's shape is no key: its probe would fail)
        if first && lex.may_hold(&b[s..run]) {
            // the ends a whole word can have: the end of the run, then after each further
            // char and run
            let limit = (s + lex.max_len).min(n);
            let mut e = run;
            let mut h = fnv(FNV_START, &b[s..e]);
            while e <= limit {
                let Some(v) = lex.terms.get(h, &b[s..e]) else {
                    break;
                };
                if v & !GOES_ON != NO_TERM {
                    found.push((s, e, (v & !GOES_ON) as usize));
                }
                if v & GOES_ON == 0 || e >= limit {
                    break;
                }
                let next = run_end(b, lower, e + word_char_at(lower, e).1);
                h = fnv(h, &b[e..next]);
                e = next;
            }
        }
        s = match (word, run < n) {
            (true, true) => run + word_char_at(lower, run).1,
            (true, false) => n,
            (false, _) => s + len,
        };
    }
    let mut out = leftmost_longest(lex, found);
    // terms in Cyrillic, Arabic, Hangul, Han and Devanagari (none in most drafts)
    let world = super::world::health_matches(lower);
    if !world.is_empty() {
        out.extend(world);
        super::world::keep_leftmost_longest(&mut out);
    }
    out
}

/// Of whole-word matches `(start, end, pattern)`, the leftmost-longest ones that do not overlap,
/// with their entries' kind and ambiguity.
fn leftmost_longest(
    lex: &Lexicon,
    found: Vec<(usize, usize, usize)>,
) -> Vec<(usize, usize, &'static str, bool)> {
    // (`found` comes by start, and by end within a start: the longest match at a start is the
    // last of its start, and no sort is needed)
    debug_assert!(found
        .windows(2)
        .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
    let mut out = Vec::with_capacity(found.len());
    let mut end = 0;
    for (k, &(s, e, p)) in found.iter().enumerate() {
        if s < end || found.get(k + 1).is_some_and(|n| n.0 == s) {
            continue;
        }
        end = e;
        let entry = lex.entries[p];
        out.push((s, e, entry.kind, entry.ambiguous));
    }
    out
}

/// Health and care mentions of any text (used for the draft and, by rules, for the text a
/// reply answers).
pub fn scan(norm: &str, lower: &str) -> (Vec<Mention>, Vec<Mention>) {
    let mut health = Vec::new();
    let mut care = Vec::new();
    for (s, e, mut kind, ambiguous) in matches(lower) {
        let orig = &norm[s..e];
        // "PT" in capitals is physical therapy; "pt" / "Pt" is the chart abbreviation for patient.
        if kind == "patient" && (orig == "PT" || orig == "PTs") {
            kind = "rehab";
        }
        // "graduated from OT": occupational therapy only in capitals, and not a game's overtime
        // ("won in OT", "double OT")
        if kind == "rehab" && (orig.eq_ignore_ascii_case("ot") || orig.eq_ignore_ascii_case("ots"))
        {
            let prev = lower[..s].trim_end().rsplit(' ').next().unwrap_or("");
            if !orig.starts_with("OT")
                || matches!(prev, "in" | "into" | "double" | "triple" | "2" | "3")
            {
                continue;
            }
        }
        // "do a TEE": a transesophageal echo only in capitals ("golf tee", "tee times", "Tee")
        if kind == "test" && lower[s..e].starts_with("tee") && !orig.starts_with("TEE") {
            continue;
        }
        if kind == "condition" && &lower[s..e] == "ms" && !ms_condition(norm, s, e) {
            continue;
        }
        if kind == "body" && &lower[s..e] == "head" && head_as_verb(lower, s, e) {
            continue;
        }
        if kind == "patient" && generic_patients(lower, s, e) {
            continue;
        }
        if kind == "encounter" && (social_see_you(lower, s, e) || other_provider(lower, s)) {
            continue;
        }
        // "she's been coming in early to help us set up", "came in on his day off": staff and
        // volunteers at work, not a visit
        if kind == "encounter" && lower[s..e].ends_with(" in") && {
            let rest = &lower[e..];
            [
                " early to help",
                " early to set up",
                " early to open",
                " to help",
                " to volunteer",
                " to work",
                " on her day off",
                " on his day off",
                " on their day off",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
        } {
            continue;
        }
        if !CARE_KINDS.contains(&kind) && names_a_cause(lower, e) {
            continue;
        }
        if kind == "patient" && privacy_refusal(lower, s) {
            continue;
        }
        if ambiguous && everyday_sense(lower, s, e) {
            continue;
        }
        let care_kind = CARE_KINDS.contains(&kind);
        let base: f32 = match kind {
            "encounter" => 0.9,
            "visit" => 0.6,
            "record" => 0.7,
            "patient" => 0.8,
            "body" => 0.3,
            _ => 0.9,
        };
        let score = match (ambiguous, kind) {
            (false, _) => base,
            (true, "body") => 0.2,
            (true, k) if CARE_KINDS.contains(&k) => base * 0.6,
            (true, _) => 0.5,
        };
        // "the liver clinic", "the kidney unit": a clinic named for an organ is a place of
        // care, where its patients are seen
        if kind == "body" && !ambiguous {
            let rest = &lower[e..];
            if let Some(w) = [" clinic", " unit", " ward"].iter().find(|w| {
                rest.starts_with(**w) && !rest[w.len()..].chars().next().is_some_and(is_word_char)
            }) {
                care.push(Mention::new(s, e + w.len(), "visit", 0.6));
            }
        }
        // "out 2 weeks with that low back", "his busted knee": a body part told as someone's
        // ailment is a condition (ambiguous at that: 0.5)
        if kind == "body" && ailing_body_part(lower, s) {
            health.push(Mention::new(s, e, "condition", 0.5));
            continue;
        }
        let m = Mention::new(s, e, kind, score);
        if care_kind {
            care.push(m);
        } else {
            health.push(m);
        }
    }
    (health, care)
}

/// "We can't discuss individual patients", "we never comment on our patients": the practice's
/// rule of privacy, which tells of no one's care.
fn privacy_refusal(lower: &str, s: usize) -> bool {
    let mut a = s.saturating_sub(48);
    while !lower.is_char_boundary(a) {
        a += 1;
    }
    let clause = lower[a..s]
        .rsplit(['.', '!', '?', '\n', ';', '(', ','])
        .next()
        .unwrap_or("");
    [
        "can't ",
        "cannot ",
        "can not ",
        "don't ",
        "do not ",
        "never ",
        "won't ",
        "not able to ",
    ]
    .iter()
    .any(|n| clause.contains(n))
        && [
            "discuss",
            "share",
            "comment",
            "talk about",
            "confirm",
            "identify",
            "name ",
        ]
        .iter()
        .any(|v| clause.contains(v))
}

/// Whether the body part starting at `s` is told as someone's ailment: "with that (low) back",
/// "his busted knee", "her sore shoulder" ("the low back" of anatomy is not).
fn ailing_body_part(lower: &str, s: usize) -> bool {
    let mut ws = lower[..s]
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty());
    let (Some(w2), w1) = (ws.next(), ws.next().unwrap_or("")) else {
        return false;
    };
    let owner = matches!(w1, "that" | "his" | "her" | "their" | "my" | "your");
    (w2 == "that" && w1 == "with")
        || (owner && matches!(w2, "low" | "lower"))
        || ((owner || matches!(w1, "a" | "the"))
            && matches!(
                w2,
                "bad"
                    | "sore"
                    | "busted"
                    | "stiff"
                    | "achy"
                    | "aching"
                    | "tweaked"
                    | "injured"
                    | "wonky"
                    | "hurt"
                    | "hurting"
                    | "jacked"
                    | "banged-up"
                    | "messed-up"
            ))
}

/// Everyday senses of two ambiguous terms, told by the words around them: "out in the cold",
/// "cold weather" (weather, not a cold); "the 140 walkers", "walkers and runners" (people, not
/// walking aids).
fn everyday_sense(lower: &str, s: usize, e: usize) -> bool {
    let word = &lower[s..e];
    let before = lower[..s].trim_end();
    let after = lower[e..].trim_start();
    let next_is = |ws: &[&str]| {
        ws.iter().any(|w| {
            after.starts_with(w) && !after[w.len()..].chars().next().is_some_and(is_word_char)
        })
    };
    match word {
        "cold" => {
            before.ends_with(" the")
                || before == "the"
                || next_is(&[
                    "weather",
                    "snap",
                    "front",
                    "morning",
                    "mornings",
                    "day",
                    "days",
                    "night",
                    "nights",
                    "water",
                    "air",
                    "temperatures",
                    "brew",
                    "plunge",
                    "drinks",
                    "outside",
                ])
        }
        "walkers" => {
            before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit())
                || next_is(&["and runners", "who", "joined", "came"])
        }
        // "closed for Labor Day", "labor laws", "labor union": work, not childbirth
        "labor" => next_is(&[
            "day",
            "laws",
            "law",
            "union",
            "unions",
            "market",
            "shortage",
            "force",
            "costs",
            "department",
        ]),
        _ => false,
    }
}

/// "Walk for Pain Awareness", "Breast Cancer Awareness Month", "the Alzheimer's Association",
/// "diabetes research": the condition names a cause, an event or an organization, not anyone's
/// health.
fn names_a_cause(lower: &str, e: usize) -> bool {
    let rest = lower[e..].strip_prefix("'s").unwrap_or(&lower[e..]);
    let rest = rest.trim_start_matches([' ', '-']);
    const CAUSE: &[&str] = &[
        "awareness",
        "association",
        "society",
        "foundation",
        "research",
        "fundraiser",
        "telethon",
        "gala",
        "ribbon",
    ];
    CAUSE
        .iter()
        .any(|w| rest.starts_with(w) && !rest[w.len()..].chars().next().is_some_and(is_word_char))
}

/// "See you all next year!", "see you there", "can't wait to see you at the parade": a greeting
/// to a crowd or about an event, not an appointment ("see you Thursday", "seeing you for your
/// cleaning" stay encounters).
fn social_see_you(lower: &str, s: usize, e: usize) -> bool {
    let phrase = &lower[s..e];
    if !matches!(phrase, "see you" | "seeing you") {
        return false;
    }
    let rest = lower[e..].trim_start_matches([' ', ',']);
    let next: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(2)
        .collect();
    let crowd = |w: &str| {
        matches!(
            w,
            "all" | "guys" | "y'all" | "everyone" | "everybody" | "folks" | "there" | "then"
        )
    };
    match next.as_slice() {
        [] => rest.starts_with(['!', '\n']) || rest.is_empty(),
        [w, ..] if crowd(w) => true,
        ["next", w] => matches!(
            *w,
            "year" | "season" | "summer" | "spring" | "fall" | "winter"
        ),
        ["at", w] | ["out", w] => matches!(*w, "the" | "there") && !at_care_place(rest),
        _ => false,
    }
}

/// "Please call the injector who treated you", "whoever did your filler": care by a provider
/// the draft does not name, someone else's (the practice's own is told by name or as "we").
fn other_provider(lower: &str, s: usize) -> bool {
    let head = lower[..s].trim_end();
    if head.ends_with("whoever") {
        return true;
    }
    let Some(head) = head
        .strip_suffix(" who")
        .or_else(|| head.strip_suffix(" that"))
    else {
        return false;
    };
    let mut w = head.rsplit(' ');
    let noun = w.next().unwrap_or("");
    let det = w.next().unwrap_or("");
    matches!(det, "the" | "your" | "ur")
        && matches!(
            noun,
            "injector"
                | "doctor"
                | "dentist"
                | "surgeon"
                | "provider"
                | "clinic"
                | "office"
                | "practice"
                | "spa"
                | "physician"
                | "hospital"
                | "er"
        )
}

/// "see you at the office / clinic / hospital": that is still a visit.
fn at_care_place(rest: &str) -> bool {
    let head: String = rest.chars().take(40).collect();
    [
        "office",
        "clinic",
        "hospital",
        "appointment",
        "visit",
        "checkup",
        "check-up",
    ]
    .iter()
    .any(|w| head.contains(w))
}

/// "new patients", "accepting new patients", "sees patients Tues-Sat", "patient portal":
/// patients in general (the practice's schedule, offers and services), not anyone's care.
pub fn generic_patients(lower: &str, s: usize, e: usize) -> bool {
    let phrase = &lower[s..e];
    let before = lower[..s].trim_end();
    // The two words before: one modifier may sit between ("new OB patients", "accepting adult
    // patients", "sees pediatric patients").
    let mut prevs = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let prev = prevs.next().unwrap_or("");
    let prev2 = prevs.next().unwrap_or("");
    let next = lower[e..]
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let starts_generic = ["new ", "existing ", "prospective ", "future "]
        .iter()
        .any(|p| phrase.starts_with(p));
    let plural = phrase.ends_with('s');
    // "a new pt today" is one person; "new patients" and "new patient special" are not.
    let generic_plural = plural
        && (starts_generic
            || [prev, prev2].into_iter().any(|prev| {
                matches!(
                    prev,
                    "new"
                        | "existing"
                        | "prospective"
                        | "future"
                        | "current"
                        | "see"
                        | "sees"
                        | "seeing"
                        | "treat"
                        | "treats"
                        | "treating"
                        | "accepting"
                        | "accept"
                        | "welcoming"
                        | "welcome"
                        | "nervous"
                        | "anxious"
                        | "young"
                        | "adult"
                )
            }));
    generic_plural
        || phrase.ends_with("portal")
        || matches!(
            next,
            "portal"
                | "portals"
                | "special"
                | "specials"
                | "forms"
                | "education"
                | "resources"
                | "parking"
                | "satisfaction"
                | "experience"
                | "lounge"
                // the office's things and people for patients ("use the patient entrance",
                // "our patient coordinator")
                | "entrance"
                | "entrances"
                | "lot"
                | "restroom"
                | "restrooms"
                | "advocate"
                | "advocates"
                | "coordinator"
                | "coordinators"
                | "navigator"
                | "navigators"
                | "registration"
                | "rights"
                | "safety"
        )
}

/// Adds this detector's mentions to the analysis.
pub fn detect(ctx: &Ctx, a: &mut Analysis) {
    let (health, care) = scan(ctx.norm(), ctx.lower());
    // "tetralogy of Fallot", "Ebstein's anomaly": an eponym inside a condition's name is no
    // place
    // (health terms are sorted by start and short: only those starting a little before the
    // place can hold it)
    if !a.places.is_empty() {
        a.places.retain(|p| {
            let k = health.partition_point(|h| h.start <= p.start);
            !health[..k]
                .iter()
                .rev()
                .take_while(|h| h.start + 128 >= p.start)
                .any(|h| h.score >= 0.9 && p.end <= h.end)
        });
    }
    a.health = health;
    a.care = care;
}

/// Builds the lexicon once (called by `Engine::new`).
pub fn warm() {
    lexicon();
    super::world::warm();
}

/// Whether "head" at `lower[s..e]` is the verb: a subject or "to" before it and a direction
/// after ("before you head north", "we head out at 8", "time to head home"), not "your head".
fn head_as_verb(lower: &str, s: usize, e: usize) -> bool {
    let before = lower[..s]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("");
    let after = lower[e..]
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(
        before,
        "you" | "u" | "we" | "they" | "i" | "to" | "and" | "we'll" | "you'll" | "they'll" | "i'll"
    ) && matches!(
        after,
        "north"
            | "south"
            | "east"
            | "west"
            | "out"
            | "home"
            | "back"
            | "over"
            | "off"
            | "into"
            | "toward"
            | "towards"
            | "up"
            | "down"
    )
}

/// Whether "MS" at `norm[s..e]` is multiple sclerosis: in capitals, not a title ("MS. JORDAN"),
/// a state ("Jackson, MS"), a credential ("Jo Lin, MS, RD") or a degree ("an MS in nursing",
/// "MS degree"), and not Microsoft's ("MS Word").
fn ms_condition(norm: &str, s: usize, e: usize) -> bool {
    if &norm[s..e] != "MS" || norm[..s].trim_end().ends_with(',') {
        return false;
    }
    let after = &norm[e..];
    if after.starts_with('.') {
        return false;
    }
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    !matches!(
        next,
        "in" | "degree" | "program" | "student" | "Word" | "Office" | "Teams" | "Excel" | "Paint"
    ) && !norm[..s].trim_end().ends_with(" an")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Text;

    /// The whole-word matches as an overlapping Aho-Corasick search of the terms finds them,
    /// kept where they stand as words, leftmost-longest (the reference for [`matches`]).
    fn matches_by_automaton(
        ac: &aho_corasick::AhoCorasick,
        lower: &str,
    ) -> Vec<(usize, usize, &'static str, bool)> {
        let lex = lexicon();
        let spaced = lower.replace('-', " ");
        let lower = spaced.as_str();
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for m in ac.find_overlapping_iter(lower) {
            let (s, e) = (m.start(), m.end());
            let before = lower[..s].chars().next_back().is_some_and(is_word_char);
            let after = lower[e..].chars().next().is_some_and(is_word_char);
            if !before && !after {
                found.push((s, e, m.pattern().as_usize()));
            }
        }
        // (by start, then end: the order `matches` finds them in)
        found.sort_unstable();
        super::leftmost_longest(lex, found)
    }

    #[test]
    fn look_ups_find_what_the_automaton_finds() {
        let (patterns, _) = terms();
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(&patterns)
            .expect("terms");
        // terms with inner spaces or punctuation, their starts and ends, every 37th term
        let mut pieces: Vec<&str> = patterns
            .iter()
            .filter(|p| p.contains(|c: char| !c.is_alphanumeric()))
            .map(String::as_str)
            .collect();
        pieces.extend(patterns.iter().step_by(37).map(String::as_str));
        let cuts: Vec<String> = pieces
            .iter()
            .filter_map(|p| p.split_once(' ').map(|(a, _)| a.to_string()))
            .collect();
        pieces.extend(cuts.iter().map(String::as_str));
        pieces.extend(["s", "es", "x", "3", "é", "ñ", "\u{1F389}"]);
        // pieces joined by separators (none, a space, punctuation), drawn by xorshift64
        let seps = [
            "", " ", " ", " ", " ", ", ", ".", "-", "'", "'s ", "/", "\n", "(", ")", "#", "&", "+",
        ];
        let mut draw = crate::testutil::drawer(0x5DEE_CE66_D1CE_4E5B);
        let mut found = 0;
        for _ in 0..30_000 {
            let mut t = String::new();
            for _ in 0..draw(14) {
                t.push_str(pieces[draw(pieces.len())]);
                t.push_str(seps[draw(seps.len())]);
            }
            let m = matches(&t);
            assert_eq!(m, matches_by_automaton(&ac, &t), "{t:?}");
            found += m.len();
        }
        // (the texts hold many terms: the test compares real matches)
        assert!(found > 30_000, "{found}");
        for t in ["", "-", "kidney-stone", "s/p", "x s/p y", "a", "é"] {
            assert_eq!(matches(t), matches_by_automaton(&ac, t), "{t:?}");
        }
    }

    fn kinds(s: &str) -> Vec<(String, &'static str)> {
        let t = Text::new(s);
        let (h, c) = scan(&t.norm, &t.lower);
        let mut v: Vec<_> = h.into_iter().chain(c).collect();
        v.sort_by_key(|m| m.start);
        v.into_iter()
            .map(|m| (t.norm[m.start..m.end].to_string(), m.kind))
            .collect()
    }

    #[test]
    fn greetings_to_a_crowd_are_not_visits() {
        for s in [
            "See you all next year!",
            "Congrats to the winners, see you there!",
            "Can't wait to see you at the parade",
        ] {
            assert!(kinds(s).iter().all(|(_, k)| *k != "encounter"), "{s}");
        }
        // near misses: an appointment with one person
        assert!(kinds("See you Thursday for your cleaning!")
            .contains(&("See you".to_string(), "encounter")));
        assert!(kinds("We'll see you at the office at 9")
            .contains(&("see you".to_string(), "encounter")));
    }

    #[test]
    fn care_by_a_provider_the_draft_does_not_name() {
        for s in [
            "Please call the injector who treated you.",
            "Reach out to whoever treated you.",
        ] {
            assert!(kinds(s).iter().all(|(_, k)| *k != "encounter"), "{s}");
        }
        // near miss: our clinician who treated you
        assert!(
            kinds("Dr. Achterberg, who treated you last week, will call")
                .iter()
                .any(|(_, k)| *k == "encounter")
        );
    }

    #[test]
    fn hand_surgery_terms_and_being_seen_for_something() {
        assert_eq!(
            kinds("after his Dupuytren's release"),
            vec![("Dupuytren's release".to_string(), "procedure")]
        );
        assert_eq!(
            kinds("8 wks after his thumb replant"),
            vec![("thumb replant".to_string(), "procedure")]
        );
        let k = kinds("who's been seeing us for his shoulder all season");
        assert!(
            k.contains(&("been seeing us".to_string(), "encounter")),
            "{k:?}"
        );
        // near miss: "replant" alone is gardening as often as surgery
        assert!(kinds("time to replant the tomatoes").is_empty());
        let k = kinds("so glad we could stitch you up tonight");
        assert!(
            k.contains(&("stitch you up".to_string(), "encounter")),
            "{k:?}"
        );
        // near miss: a skill taught, nobody's care
        let k = kinds("learn to stitch up a wound at our class");
        assert!(!k.iter().any(|(_, kind)| *kind == "encounter"), "{k:?}");
    }

    #[test]
    fn cardiology_vascular_pregnancy_and_sexual_health_terms() {
        for (s, term, kind) in [
            (
                "textbook perimembranous VSD on the echo",
                "VSD",
                "condition",
            ),
            (
                "only the 3rd baby with Ebstein's anomaly",
                "Ebstein's anomaly",
                "condition",
            ),
            (
                "born with tetralogy of Fallot",
                "tetralogy of Fallot",
                "condition",
            ),
            ("first week after your RFA", "RFA", "procedure"),
            ("cried coming out of anesthesia", "anesthesia", "procedure"),
            ("took my doxypep this morning", "doxypep", "medication"),
            ("her cerclage went well", "cerclage", "procedure"),
        ] {
            assert!(
                kinds(s).contains(&(term.to_string(), kind)),
                "{s}: {:?}",
                kinds(s)
            );
        }
        // words with an everyday meaning are found at the lower score only
        let t = Text::new("an echo in the hall, a duplex for rent, mono speakers");
        let (h, _) = scan(&t.norm, &t.lower);
        assert!(h.iter().all(|m| m.score < 0.9), "{h:?}");
    }

    #[test]
    fn staff_coming_in_to_work_is_no_visit() {
        assert!(kinds("she's been coming in early to help us set up")
            .iter()
            .all(|(_, k)| *k != "encounter"));
        // near miss: a patient coming in late for stitches
        assert!(kinds("he came in late yesterday for his stitches")
            .iter()
            .any(|(_, k)| *k == "encounter"));
    }

    #[test]
    fn a_clinic_named_for_an_organ_is_care() {
        assert!(kinds("we miss Gary so much at the liver clinic")
            .contains(&("liver clinic".to_string(), "visit")));
        assert!(kinds("first in line at the kidney unit")
            .contains(&("kidney unit".to_string(), "visit")));
        // near misses: the organ alone, and a word that only starts like "clinic"
        assert!(kinds("liver and onions night")
            .iter()
            .all(|(_, k)| *k != "visit"));
        assert!(kinds("the heart clinical trial")
            .iter()
            .all(|(_, k)| *k != "visit"));
    }

    /// Each text holds its term, found by the scan.
    fn assert_terms(cases: &[(&str, &str)]) {
        for &(s, term) in cases {
            assert!(
                kinds(s).iter().any(|(t, _)| t == term),
                "{s}: {:?}",
                kinds(s)
            );
        }
    }

    #[test]
    fn sports_clearance_iuds_and_spanish_spirometry() {
        assert_terms(&[
            (
                "the wrestlers we cleared to get back on the mat",
                "cleared to get back",
            ),
            ("cramping after your Mirena insertion", "Mirena insertion"),
            ("su última espirometría salió mejor", "espirometría"),
            ("por dejar de fumar después de 40 años", "dejar de fumar"),
        ]);
        assert_terms(&[
            (
                "your son's football form from Tuesday is signed",
                "football form",
            ),
            (
                "bring her shot record to kindergarten registration",
                "shot record",
            ),
        ]);
        // near miss: a cleared table is no care
        assert!(kinds("we cleared the tables after the potluck").is_empty());
        assert!(kinds("the football schedule and sign-up form are online").is_empty());
    }

    #[test]
    fn fertility_and_celiac_labs() {
        assert_terms(&[
            ("to go over your repeat beta", "repeat beta"),
            ("her beta hCG doubled", "beta hCG"),
            ("her tTG finally came back normal", "tTG"),
        ]);
        // near miss: "beta" alone is a software word
        assert!(kinds("join the beta of our new booking app").is_empty());
    }

    #[test]
    fn an_eponym_in_a_condition_is_no_place() {
        let cp = crate::engine::CompiledPolicy::new(crate::Policy::default());
        for (text, place) in [
            (
                "Shaun White was born with tetralogy of Fallot and had surgery as a baby.",
                false,
            ),
            // near miss: a town after "of" next to a condition
            (
                "our little patient from Fallon was born with tetralogy of Fallot",
                true,
            ),
        ] {
            let d = crate::Draft::post(text);
            let ctx = crate::engine::Ctx::new(&d, &cp);
            assert_eq!(!ctx.analysis().places.is_empty(), place, "{text}");
        }
    }

    #[test]
    fn hyphens_read_as_spaces() {
        assert_eq!(
            kinds("a whole year kidney-stone free"),
            vec![("kidney-stone".to_string(), "condition")]
        );
        assert_eq!(kinds("her x-ray"), vec![("x-ray".to_string(), "test")]);
    }

    #[test]
    fn weather_and_walkers_in_their_everyday_sense() {
        for s in [
            "thank you to the 140 walkers who came out in the cold",
            "Bundle up, cold weather is here",
            "our walkers and runners raised $2,000",
        ] {
            assert!(
                kinds(s).iter().all(|(_, k)| *k == "encounter"),
                "{s}: {:?}",
                kinds(s)
            );
        }
        // near misses: an illness and a walking aid
        assert!(!kinds("she has a cold").is_empty());
        assert!(!kinds("he brought his walkers back for repair").is_empty());
    }

    #[test]
    fn causes_and_organizations_are_not_conditions() {
        for s in [
            "our 2nd annual Walk for Pain Awareness",
            "Breast Cancer Awareness Month starts Friday",
            "a gift to the Alzheimer's Association",
            "she ran to raise money for diabetes research",
        ] {
            assert!(
                kinds(s).iter().all(|(_, k)| !is_condition(k)),
                "{s}: {:?}",
                kinds(s)
            );
        }
        // near misses: the condition itself, or a word that only starts like a cause word
        assert!(kinds("his back pain got worse")
            .iter()
            .any(|(_, k)| is_condition(k)));
        assert!(kinds("her asthma, researchers say")
            .iter()
            .any(|(_, k)| is_condition(k)));
    }

    #[test]
    fn new_patients_with_a_specialty_are_generic() {
        assert!(kinds("She's accepting new OB patients in January").is_empty());
        assert!(kinds("He sees adult patients on Mondays").is_empty());
        assert_eq!(
            kinds("A new pt came in"),
            vec![
                ("pt".to_string(), "patient"),
                ("came in".to_string(), "encounter")
            ]
        );
    }

    #[test]
    fn a_test_as_an_activity() {
        assert_eq!(
            kinds("all cleared their TB testing, drug testing Monday"),
            vec![
                ("TB testing".to_string(), "test"),
                ("drug testing".to_string(), "test")
            ]
        );
        // near miss: "testing" alone (a microphone, a new phone system) is no test
        assert!(kinds("testing our new phone system").is_empty());
    }

    #[test]
    fn imaging_by_body_part_and_reductions() {
        let k = kinds("after we did his head CT, a closed reduction of the shoulder");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["head CT", "closed reduction", "shoulder"]);
    }

    #[test]
    fn iv_therapy_and_cracked_teeth() {
        let k = kinds("her IV hydration, a Myers cocktail, that cracked molar");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["IV hydration", "Myers cocktail", "cracked molar"]);
    }

    #[test]
    fn joint_replacements_by_their_short_names() {
        let k = kinds("6 weeks out from his total knee, and her total hip is next");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["total knee", "total hip"]);
    }

    #[test]
    fn a_pump_start_and_a_vietnamese_follow_up() {
        let k = kinds("làm rất giỏi ở buổi pump start! Hẹn gặp ở buổi tái khám 2 tuần");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["pump start", "tái khám"]);
    }

    #[test]
    fn vietnamese_and_portuguese_conditions_and_procedures() {
        let k = kinds("chúc mừng cô Hạnh, tiểu đường đã ổn sau khi chạy thận");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["tiểu đường", "chạy thận"]);
        let k = kinds("Dona Lúcia fez 1 ano do transplante de rim e começou hemodiálise em casa");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["transplante de rim", "hemodiálise"]);
        // near misses: a free screening event ("xét nghiệm"), a kidney alone ("rim" is English)
        assert!(kinds("buổi xét nghiệm viêm gan miễn phí").is_empty());
        assert!(kinds("o rim e a bexiga").is_empty());
    }

    #[test]
    fn long_term_care_and_sports_injuries() {
        let k = kinds("He moved to our memory care neighborhood; his wife is in hospice");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["memory care", "hospice"]);
        let k = kinds("so glad that labrum held up after the bone bruise");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["labrum", "bone bruise"]);
    }

    #[test]
    fn head_as_a_verb_is_no_body_part() {
        for t in [
            "we'll find a time before you head north",
            "time to head home",
            "we head out at 8",
        ] {
            assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
        }
        // near miss: a head hurt, and "your head"
        assert_eq!(kinds("he hit his head"), vec![("head".to_string(), "body")]);
        assert_eq!(
            kinds("ice your head out there"),
            vec![("head".to_string(), "body")]
        );
    }

    #[test]
    fn spanish_hand_surgery() {
        assert_eq!(
            kinds("Seis semanas después de su reimplante de dedo ya regresó al trabajo"),
            vec![("reimplante de dedo".to_string(), "procedure")]
        );
        assert_eq!(
            kinds("la amputación del dedo"),
            vec![("amputación".to_string(), "procedure")]
        );
    }

    #[test]
    fn insulin_pumps_by_their_makers() {
        assert_eq!(
            kinds("Who left a Tandem pump in the waiting room?"),
            vec![("Tandem pump".to_string(), "procedure")]
        );
        assert_eq!(
            kinds("her t:slim alarms"),
            vec![("t:slim".to_string(), "procedure")]
        );
        // and a pump's settings
        assert_eq!(
            kinds("call tmrw to adjust the overnight basal"),
            vec![("overnight basal".to_string(), "procedure")]
        );
        // near miss: a tandem bike, a pump of a sink
        assert!(kinds("ride a tandem bike, then pump up the tires").is_empty());
    }

    #[test]
    fn ms_in_capitals_is_the_condition() {
        for t in [
            "three years into his MS diagnosis",
            "living with MS, and thriving",
            "The MS clinic opens",
        ] {
            assert_eq!(
                kinds(t),
                vec![("MS".to_string(), "condition")]
                    .into_iter()
                    .chain(if t.contains("diagnosis") {
                        vec![("diagnosis".to_string(), "test")]
                    } else {
                        vec![]
                    })
                    .collect::<Vec<_>>(),
                "{t}"
            );
        }
        // a title, a state, a credential, a degree, Microsoft's
        for t in [
            "MS. JORDAN we are sorry",
            "Jackson, MS 39201",
            "Jo Lin, MS, RD",
            "she earned an MS in nursing",
            "her MS degree",
            "save it in MS Word",
            "ms jones called",
        ] {
            assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
        }
    }

    #[test]
    fn a_tee_in_capitals_is_an_echo() {
        let k = kinds("not every day you get to do a TEE on the harbor master");
        assert_eq!(k, vec![("TEE".to_string(), "test")]);
        // near misses: golf
        assert!(kinds("Tee times start at 8; bring your own tees").is_empty());
    }

    #[test]
    fn polish_dental_care() {
        let k = kinds("nowa proteza dobrze pasuje! Do zobaczenia na kontroli w marcu");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["nowa proteza", "na kontroli"]);
    }

    #[test]
    fn an_evacuation_by_air() {
        let k = kinds("helped get Ray onto the LifeFlight last night; she was medevaced");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["LifeFlight", "medevaced"]);
        // by ground, and a splint put on
        let k = kinds(
            "Beau's leg got splinted here and Luke went on to Thibodaux Regional by ambulance",
        );
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["leg", "splinted", "by ambulance"]);
    }

    #[test]
    fn haitian_creole_dental_care() {
        let k = kinds("Ti Jameson te sage anpil pandan netwayaj la, epi li te rache dan");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["netwayaj", "rache dan"]);
        let k = kinds("Manmi Jozèf fin fè 10 sesyon nan chanm oksijèn nan, epi tretman an bon");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["chanm oksijèn", "tretman"]);
    }

    #[test]
    fn a_drivers_medical_card_is_a_record() {
        let k = kinds("Your med card is good for 2 yrs");
        assert_eq!(k, vec![("med card".to_string(), "record")]);
    }

    #[test]
    fn buprenorphine_by_its_short_names() {
        let k = kinds("90 days on bupe, then Subutex");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["bupe", "Subutex"]);
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("crown").as_deref(), Some("crowns"));
        assert_eq!(plural("cavity").as_deref(), Some("cavities"));
        assert_eq!(plural("abscess").as_deref(), Some("abscesses"));
        assert_eq!(plural("diagnosis").as_deref(), Some("diagnoses"));
        assert_eq!(plural("root canal").as_deref(), Some("root canals"));
        assert_eq!(plural("x-ray").as_deref(), Some("x-rays"));
        assert_eq!(plural("dentures"), None);
        assert_eq!(plural("broken tooth").as_deref(), Some("broken teeth"));
        assert_eq!(plural("foot").as_deref(), Some("feet"));
        // near miss: a word that only ends like one
        assert_eq!(plural("bigfoot").as_deref(), Some("bigfoots"));
    }

    #[test]
    fn finds_terms_and_inflections() {
        let k = kinds("Two fillings and a Crown, then her ROOT CANAL; s/p TKA, f/u in 2 wks.");
        assert_eq!(
            k,
            vec![
                ("fillings".to_string(), "dental"),
                ("Crown".to_string(), "dental"),
                ("ROOT CANAL".to_string(), "dental"),
                ("s/p".to_string(), "encounter"),
                ("TKA".to_string(), "procedure"),
                ("f/u".to_string(), "encounter"),
            ]
        );
    }

    #[test]
    fn whole_words_only_and_longest() {
        // "cap" is not in "capable"; "hip replacement" beats "hip".
        let k = kinds("capable staff; her hip replacement went well");
        assert_eq!(k, vec![("hip replacement".to_string(), "procedure")]);
        // a long match that is not a whole word does not hide a shorter one
        let k = kinds("knee painful");
        assert_eq!(k, vec![("knee".to_string(), "body")]);
    }

    #[test]
    fn visits_by_their_names() {
        let k = kinds("by her discharge in April");
        assert_eq!(k, vec![("her discharge".to_string(), "encounter")]);
        let k = kinds("her med check and his well-child check");
        assert_eq!(
            k,
            vec![
                ("med check".to_string(), "visit"),
                ("well-child check".to_string(), "visit")
            ]
        );
        let k = kinds("little Noah at his 2-week check, and his 6 month checkup");
        assert_eq!(
            k,
            vec![
                ("2-week check".to_string(), "visit"),
                ("month checkup".to_string(), "visit")
            ]
        );
        // near miss: "this week check out"
        assert!(kinds("this week check out our new lactation room").is_empty());
    }

    #[test]
    fn a_body_part_told_as_an_ailment() {
        let k = kinds("he's been out 2 weeks with that low back");
        assert_eq!(k, vec![("back".to_string(), "condition")]);
        let k = kinds("how's her sore shoulder?");
        assert_eq!(k, vec![("shoulder".to_string(), "condition")]);
        // near misses: anatomy, and a body part with nothing wrong with it
        let k = kinds("5 stretches for the low back");
        assert_eq!(k, vec![("back".to_string(), "body")]);
        let k = kinds("wash your hands with soap");
        assert!(k.iter().all(|(_, kind)| *kind == "body"), "{k:?}");
    }

    #[test]
    fn home_oxygen_jaw_wiring_and_fractures() {
        let k = kinds("hopes the new oxygen setup is helping; his arch bars come off today");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["oxygen setup", "arch bars"]);
        let k = kinds("got his broken jaw fixed; he lost his left leg in 2011");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["broken jaw", "lost his left leg"]);
        // near misses: oxygen in chemistry, a broken thing that is no body part
        assert!(kinds("plants make oxygen; our broken printer is fixed").is_empty());
    }

    #[test]
    fn ports_central_lines_and_partials() {
        let k = kinds("showing off her new port; his picc line is out; her temporary partial");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["new port", "picc line", "temporary partial"]);
        // near misses: a port town, a partial list
        assert!(kinds("the Port Deverell Rotary lunch").is_empty());
        assert!(kinds("a partial list of our holiday hours").is_empty());
    }

    #[test]
    fn labor_of_work_is_no_childbirth() {
        assert!(kinds("Clinic CLOSED Monday for Labor Day").is_empty());
        assert!(kinds("a labor shortage in home care").is_empty());
        // near miss: labor in the childbirth sense
        assert_eq!(kinds("she went into labor at 34 weeks").len(), 1);
    }

    #[test]
    fn special_needs_and_developmental_delay() {
        let k = kinds("he did amazing in our special needs clinic; her global developmental delay");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["special needs", "global developmental delay"]);
        // near miss: a need that is no condition
        assert!(kinds("our special offers and your dental needs").is_empty());
    }

    #[test]
    fn someone_brought_or_fitted_in_is_a_visit() {
        let k = kinds("Bring him by tomorrow at 8 and we'll squeeze him in");
        assert_eq!(
            k,
            vec![
                ("Bring him by".to_string(), "visit"),
                ("squeeze him in".to_string(), "visit")
            ]
        );
        // near miss: bringing a thing
        assert!(kinds("bring snacks by the booth").is_empty());
    }

    #[test]
    fn vietnamese_dental_terms() {
        let k = kinds("khi chị đưa bé Minh đến nhổ răng, và trám răng tuần sau");
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, ["nhổ răng", "trám răng"]);
        // near miss: "răng" (teeth) alone, as in a toothbrushing tip
        assert!(kinds("đánh răng hai lần mỗi ngày").is_empty());
    }

    #[test]
    fn oxygen_and_medication_assisted_treatment() {
        let k = kinds(
            "Mr. T, STOP taking the oxygen off to smoke! Mike hit 30 days on the MAT program",
        );
        let terms: Vec<&str> = k.iter().map(|(t, _)| t.as_str()).collect();
        assert!(terms.contains(&"oxygen off"), "{k:?}");
        assert!(terms.contains(&"MAT program"), "{k:?}");
        assert!(kinds("Son oxygène va mieux")
            .iter()
            .any(|(t, _)| t == "oxygène"));
        assert!(kinds("her oxygen tubing got tangled")
            .iter()
            .any(|(t, _)| t == "her oxygen"));
        // near misses: "mat" alone is a yoga mat; oxygen alone is chemistry
        assert!(kinds("bring a yoga mat to class").is_empty());
        assert!(kinds("trees give off oxygen").is_empty());
    }

    #[test]
    fn spanish_orthodontics() {
        let k = kinds("¡No se olviden del retenedor todas las noches!");
        assert_eq!(k, vec![("retenedor".to_string(), "dental")]);
    }

    #[test]
    fn ot_in_capitals_is_therapy_not_overtime() {
        let k = kinds("he's graduated from OT!");
        assert_eq!(k, vec![("OT".to_string(), "rehab")]);
        assert!(kinds("we won in OT").is_empty());
        assert!(kinds("got to work ot today").is_empty());
    }

    #[test]
    fn pt_in_capitals_is_therapy() {
        let k = kinds("new pt today; great job at PT");
        assert_eq!(
            k,
            vec![("pt".to_string(), "patient"), ("PT".to_string(), "rehab")]
        );
    }

    #[test]
    fn a_rule_of_privacy_tells_of_no_patient() {
        for t in [
            "(We can't discuss individual patients.)",
            "We never comment on our patients here.",
            "we do not share who our patients are",
        ] {
            assert!(!kinds(t).iter().any(|(_, k)| *k == "patient"), "{t}");
        }
        // near misses: a patient told of
        assert!(kinds("We can't believe how brave this patient was!")
            .iter()
            .any(|(_, k)| *k == "patient"));
        assert!(kinds("One of our patients shared this.")
            .iter()
            .any(|(_, k)| *k == "patient"));
    }

    #[test]
    fn medications_from_both_lists() {
        let k = kinds("started on isotretinoin; Ozempic and meloxicam");
        assert!(k.contains(&("isotretinoin".to_string(), "derm")));
        assert!(k.contains(&("Ozempic".to_string(), "medication")));
        assert!(k.contains(&("meloxicam".to_string(), "medication")));
        assert!(k.contains(&("started on".to_string(), "encounter")));
    }

    #[test]
    fn lexicon_is_compact_but_broad() {
        let n = lexicon_len();
        assert!(n > 3000 && n < 20000, "{n}");
    }
}
