//! Context cues around a span: is one person meant ("her", "pt", "Mrs.", "a 72-year-old", "you"
//! in a reply), and is it about a visit or care ("came in", "seen", "admitted", "f/u")?
//! Built once per draft; window queries are O(log n) through prefix sums.

use super::super::Mention;
use crate::engine::Ctx;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

/// Words that single out one person.
const INDIVIDUAL: &[&str] = &[
    "he",
    "she",
    "him",
    "her",
    "his",
    "hers",
    "himself",
    "herself",
    "pt",
    "patient",
    "gentleman",
    "gent",
    "lady",
    "woman",
    "man",
    "guy",
    "gal",
    "girl",
    "boy",
    "kid",
    "child",
    "baby",
    "infant",
    "toddler",
    "teen",
    "teenager",
    "son",
    "daughter",
    "mom",
    "mother",
    "dad",
    "father",
    "husband",
    "wife",
    "grandma",
    "grandpa",
    "granny",
    "grandmother",
    "grandfather",
    "grandson",
    "granddaughter",
    "sister",
    "brother",
    "cousin",
    "aunt",
    "uncle",
    "niece",
    "nephew",
    "mr",
    "mrs",
    "ms",
    "mx",
    "sir",
    "ma'am",
    "client",
    "someone",
    "somebody",
    "fella",
    "dude",
    "case",
    "resident",
    "veteran",
    "newborn",
    "widow",
    "widower",
    "coach",
];

/// Second-person words: one person when the draft answers someone.
const SECOND_PERSON: &[&str] = &[
    "you", "your", "yours", "you're", "youre", "u", "ur", "yourself", "you've", "you'll", "you'd",
];

/// Words about a visit or care.
const VISIT: &[&str] = &[
    "came",
    "seen",
    "saw",
    "visit",
    "visits",
    "visited",
    "visiting",
    "appointment",
    "appointments",
    "appt",
    "appts",
    "admitted",
    "admission",
    "readmitted",
    "discharged",
    "discharge",
    "treated",
    "treating",
    "treatment",
    "tx",
    "surgery",
    "surgeries",
    "surgical",
    "procedure",
    "operated",
    "post-op",
    "postop",
    "pre-op",
    "session",
    "eval",
    "evaluation",
    "evaluated",
    "consult",
    "consulted",
    "consultation",
    "check-up",
    "checkup",
    "follow-up",
    "followup",
    "diagnosed",
    "dx",
    "dx'd",
    "presented",
    "presenting",
    "hospitalized",
    "hospitalization",
    "exam",
    "examined",
    "biopsy",
    "biopsied",
    "labs",
    "results",
    "scan",
    "mri",
    "x-ray",
    "xray",
    "injection",
    "injected",
    "infusion",
    "rehab",
    "therapy",
    "stitches",
    "sutures",
    "excision",
    "excised",
    "removed",
    "removal",
    "mohs",
    "filler",
    "botox",
    "peel",
    "facial",
    "prescribed",
    "prescription",
    "rx",
    "refill",
    "chart",
    "records",
    "booked",
    "scheduled",
    "rescheduled",
    "er",
    "icu",
    "clinic",
    "pathology",
    "reviewed",
    "documented",
    "attended",
    "assessed",
    "assessment",
    "intake",
    "triage",
    "triaged",
    "transferred",
    "referred",
    "referral",
    "underwent",
    "dialysis",
    "chemo",
    "radiation",
    "ultrasound",
    "mammogram",
    "colonoscopy",
    "pt",
    "patient",
    "patients",
    "cleaning",
    "crown",
    "filling",
    "extraction",
    "delivered",
    "hospital",
    "surgeon",
    "doctor",
    "dr",
    "nurse",
    "ward",
    "flex",
    "billed",
    "claim",
    "copay",
    "died",
    "passed",
    "deceased",
    "checked",
    "physical",
    "vaccinated",
    "injury",
    "fracture",
    "tests",
    "test",
    "tested",
    "layer",
    "stage",
    "stages",
];

/// Multi-word or punctuated cues, matched on the lowercased text.
const PHRASES: &[(&str, bool)] = &[
    // (phrase, is_visit) — individual phrases have is_visit = false
    ("came in", true),
    ("come in", true),
    ("comes in", true),
    ("coming in", true),
    ("check in", true),
    ("checked in", true),
    ("last seen", true),
    ("follow up", true),
    ("s/p", true),
    ("f/u", true),
    ("w/u", true),
    ("p/w", true),
    ("c/o", true),
    ("h/o", true),
    ("our patient", false),
    ("one of our", false),
    ("one of this", false),
    ("one of today", false),
];

struct M {
    individual: Vec<&'static str>,
    second: Vec<&'static str>,
    visit: Vec<&'static str>,
    phrases: AhoCorasick,
}

fn m() -> &'static M {
    static M: OnceLock<M> = OnceLock::new();
    M.get_or_init(|| {
        let mut individual = INDIVIDUAL.to_vec();
        individual.sort_unstable();
        let mut second = SECOND_PERSON.to_vec();
        second.sort_unstable();
        let mut visit = VISIT.to_vec();
        visit.sort_unstable();
        let phrases = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(PHRASES.iter().map(|p| p.0))
            .expect("cue phrases");
        M {
            individual,
            second,
            visit,
            phrases,
        }
    })
}

pub(super) fn warm() {
    let _ = m();
}

/// Per-word cue flags of one draft, with prefix sums for window counts.
pub struct Cues {
    starts: Vec<usize>,
    ends: Vec<usize>,
    ind: Vec<u32>,
    vis: Vec<u32>,
}

fn stem(w: &str) -> &str {
    w.strip_suffix("'s").unwrap_or(w)
}

impl Cues {
    pub fn new(ctx: &Ctx, ages: &[Mention]) -> Cues {
        let m = m();
        let lower = ctx.lower();
        let answer = ctx.draft.kind.is_answer();
        let n = ctx.words.len();
        let starts: Vec<usize> = ctx.words.iter().map(|w| w.start).collect();
        let ends: Vec<usize> = ctx.words.iter().map(|w| w.end).collect();
        let mut is_ind = vec![false; n];
        let mut is_vis = vec![false; n];
        for (i, w) in ctx.words.iter().enumerate() {
            let lw = stem(ctx.word_lower(w));
            // "every patient", "each client": not one person
            let quantified = i > 0
                && matches!(
                    ctx.word_lower(&ctx.words[i - 1]),
                    "every" | "each" | "any" | "all" | "no" | "per"
                );
            if quantified {
                continue;
            }
            if m.individual.binary_search(&lw).is_ok()
                || (answer && m.second.binary_search(&lw).is_ok())
            {
                is_ind[i] = true;
            }
            if m.visit.binary_search(&lw).is_ok() {
                is_vis[i] = true;
            }
        }
        let bytes = lower.as_bytes();
        for hit in m.phrases.find_iter(lower) {
            let (s, e) = (hit.start(), hit.end());
            let ok_before = s == 0 || !bytes[s - 1].is_ascii_alphanumeric();
            let ok_after = e >= bytes.len() || !bytes[e].is_ascii_alphanumeric();
            if !(ok_before && ok_after) {
                continue;
            }
            let i = starts.partition_point(|&x| x < s);
            if i < n {
                if PHRASES[hit.pattern().as_usize()].1 {
                    is_vis[i] = true;
                } else {
                    is_ind[i] = true;
                }
            }
        }
        for a in ages {
            let i = starts.partition_point(|&x| x < a.start);
            if i < n {
                is_ind[i] = true;
            }
        }
        let mut ind = Vec::with_capacity(n + 1);
        let mut vis = Vec::with_capacity(n + 1);
        ind.push(0u32);
        vis.push(0u32);
        for i in 0..n {
            ind.push(ind[i] + is_ind[i] as u32);
            vis.push(vis[i] + is_vis[i] as u32);
        }
        Cues {
            starts,
            ends,
            ind,
            vis,
        }
    }

    /// Word index range `[lo, hi)` covering the span widened by `w` words each side.
    fn window(&self, span: (usize, usize), w: usize) -> (usize, usize) {
        let n = self.starts.len();
        let i0 = self.ends.partition_point(|&e| e <= span.0);
        let i1 = self.starts.partition_point(|&s| s < span.1);
        (i0.saturating_sub(w), (i1 + w).min(n))
    }

    /// Whether one person is singled out within `w` words of the span.
    pub fn individual(&self, span: (usize, usize), w: usize) -> bool {
        let (lo, hi) = self.window(span, w);
        hi > lo && self.ind[hi] > self.ind[lo]
    }

    /// Whether a visit or care word is within `w` words of the span.
    pub fn visit(&self, span: (usize, usize), w: usize) -> bool {
        let (lo, hi) = self.window(span, w);
        hi > lo && self.vis[hi] > self.vis[lo]
    }

    /// Whether a visit or care word is within `w` words of the span, not counting the span's
    /// own words ("Memorial Clinic" is not a visit by itself).
    pub fn visit_outside(&self, span: (usize, usize), w: usize) -> bool {
        let n = self.starts.len();
        let i0 = self.ends.partition_point(|&e| e <= span.0);
        let i1 = self.starts.partition_point(|&s| s < span.1);
        let lo = i0.saturating_sub(w);
        let hi = (i1 + w).min(n);
        (i0 > lo && self.vis[i0] > self.vis[lo]) || (hi > i1 && self.vis[hi] > self.vis[i1])
    }

    /// Whether the draft singles out a person anywhere.
    pub fn any_individual(&self) -> bool {
        self.ind.last().copied().unwrap_or(0) > 0
    }

    /// Whether the draft talks about a visit or care anywhere.
    pub fn any_visit(&self) -> bool {
        self.vis.last().copied().unwrap_or(0) > 0
    }

    /// Byte range of the words `w` words around the span (for looking up other detectors).
    pub fn byte_window(&self, span: (usize, usize), w: usize) -> (usize, usize) {
        let (lo, hi) = self.window(span, w);
        if hi == 0 || lo >= hi {
            return span;
        }
        (self.starts[lo].min(span.0), self.ends[hi - 1].max(span.1))
    }
}
