//! Context cues around a span: is one person meant ("her", "pt", "Mrs.", "a 72-year-old", "you"
//! in a reply), and is it about a visit or care ("came in", "seen", "admitted", "f/u")?
//! Built once per draft; window queries are O(log n) through prefix sums.

use super::super::Mention;
use crate::engine::Ctx;
use aho_corasick::automaton::Automaton;
use aho_corasick::{dfa::DFA, Anchored, MatchKind};
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
    "qb",
    "quarterback",
    "pitcher",
    "goalie",
    "twins",
    "triplets",
    // Spanish
    "él",
    "ella",
    "señor",
    "señora",
    "sra",
    "don",
    "doña",
    "mamá",
    "papá",
    "bebé",
    "hijo",
    "hija",
    "esposo",
    "esposa",
    "niño",
    "niña",
    "abuela",
    "abuelo",
    "paciente",
    // Portuguese
    "ele",
    "senhor",
    "senhora",
    "mamãe",
    "papai",
    "bebê",
    "filho",
    "filha",
    "marido",
    "gêmeos",
    "gemeos",
];

/// Second-person words: one person when the draft answers someone.
const SECOND_PERSON: &[&str] = &[
    "you", "your", "yours", "you're", "youre", "u", "ur", "yourself", "you've", "you'll", "you'd",
    // Spanish
    "tu", "tus", "usted", "ustedes", "te", "su", "sus",
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
    "delivered",
    // Spanish
    "cita",
    "consulta",
    "vino",
    "visita",
    "cirugía",
    "cirugia",
    "operación",
    "parto",
    "nació",
    "nacido",
    "nacida",
    // Portuguese
    "nasceu",
    "nasceram",
    "nascido",
    "nascida",
    "cirurgia",
    "internado",
    "internada",
    "exame",
    "exames",
    "atendemos",
    "veio",
    "atendimos",
    "revisión",
    "chequeo",
    "análisis",
    "resultados",
    "labored",
    "born",
    "birth",
    "births",
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

const IND: u8 = 1;
const SECOND: u8 = 2;
const VIS: u8 = 4;

struct M {
    /// Every cue word and phrase, with its flags (walked by [`leftmost_longest`]).
    dfa: DFA,
    flags: Vec<u8>,
    /// The patterns of `dfa` (the shared gate scan searches them too: see [`cue_patterns`]).
    pats: Vec<&'static str>,
}

fn m() -> &'static M {
    static M: OnceLock<M> = OnceLock::new();
    M.get_or_init(|| {
        let mut all: Vec<(&'static str, u8)> = Vec::new();
        all.extend(INDIVIDUAL.iter().map(|w| (*w, IND)));
        all.extend(SECOND_PERSON.iter().map(|w| (*w, SECOND)));
        all.extend(VISIT.iter().map(|w| (*w, VIS)));
        all.extend(
            PHRASES
                .iter()
                .map(|(p, v)| (*p, if *v { VIS } else { IND })),
        );
        let (pats, flags) = crate::merge_flagged(all);
        M {
            dfa: cue_dfa(&pats),
            flags,
            pats,
        }
    })
}

/// The cue words and phrases, each once (pattern `k` has flags `m().flags[k]`): the shared
/// gate scan (`Ctx::gate_scan`) finds every occurrence of them in the pass it makes anyway,
/// and [`leftmost_longest_of`] picks from those the matches the walk of the cue DFA finds.
pub(crate) fn cue_patterns() -> &'static [&'static str] {
    &m().pats
}

/// The cue words' leftmost-longest DFA (no prefilter: [`leftmost_longest`] walks it alone).
fn cue_dfa(pats: &[&str]) -> DFA {
    aho_corasick::dfa::Builder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .prefilter(false)
        .build(pats)
        .expect("cue words")
}

/// Calls `f(start, end, pattern)` on every match of `dfa` in `hay`, leftmost-longest and not
/// overlapping: the matches `AhoCorasick::find_iter` gives (the loop of its `try_find_fwd`),
/// without its set-up per match (a draft has thousands: "he" in "the", "u" in "our"...).
fn leftmost_longest(dfa: &DFA, hay: &[u8], mut f: impl FnMut(usize, usize, usize)) {
    let Ok(start) = dfa.start_state(Anchored::No) else {
        return;
    };
    let mut at = 0;
    while at < hay.len() {
        let mut sid = start;
        let mut found = None;
        while at < hay.len() {
            sid = dfa.next_state(Anchored::No, sid, hay[at]);
            at += 1;
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    break;
                }
                if dfa.is_match(sid) {
                    let pid = dfa.match_pattern(sid, 0);
                    found = Some((at - dfa.pattern_len(pid), at, pid.as_usize()));
                }
            }
        }
        let Some((s, e, p)) = found else {
            return;
        };
        f(s, e, p);
        at = e;
    }
}

/// The matches (start, end, pattern) [`leftmost_longest`] finds, in order, picked from every
/// occurrence of the patterns (`occ`, any order; patterns distinct): from where the last match
/// ended, the occurrence that starts first, and of those the longest.
fn leftmost_longest_of(occ: &[(usize, usize, u16)]) -> Vec<(usize, usize, usize)> {
    // sorted by start, the longest first, by insertion: the occurrences come by end, and an
    // occurrence moves back only past those ending within a pattern's length before it (a
    // general sort of the thousands of a long draft cost more than the walk it replaces)
    let key = |o: &(usize, usize, u16)| (o.0, std::cmp::Reverse(o.1));
    let mut v: Vec<(usize, usize, u16)> = Vec::with_capacity(occ.len());
    for &o in occ {
        let mut i = v.len();
        v.push(o);
        while i > 0 && key(&v[i - 1]) > key(&o) {
            v[i] = v[i - 1];
            i -= 1;
        }
        v[i] = o;
    }
    let mut at = 0;
    let mut out = Vec::with_capacity(v.len());
    for (s, e, k) in v {
        if s >= at {
            out.push((s, e, usize::from(k)));
            at = e;
        }
    }
    out
}

pub(super) fn warm() {
    let _ = m();
}

/// Per-word cue flags of one draft, with prefix sums for window counts. Built on the first
/// query: most drafts hold no date, number or place that asks about its context, and then the
/// cue automaton's pass over the text is never made.
pub struct Cues<'c> {
    ctx: &'c Ctx<'c>,
    ages: &'c [Mention],
    data: std::cell::OnceCell<CueData>,
}

/// (The words' spans are read from `ctx.words`.)
struct CueData {
    ind: Vec<u32>,
    vis: Vec<u32>,
}

impl<'c> Cues<'c> {
    /// The cues of the draft of `ctx`, where `ages` (found first) also single out a person.
    pub fn new(ctx: &'c Ctx<'c>, ages: &'c [Mention]) -> Cues<'c> {
        Cues {
            ctx,
            ages,
            data: std::cell::OnceCell::new(),
        }
    }

    fn data(&self) -> &CueData {
        self.data.get_or_init(|| CueData::new(self.ctx, self.ages))
    }

    /// Word indices `(i0, i1)`: the first word ending after the span starts, and the first
    /// starting at or after its end.
    fn bounds(&self, span: (usize, usize)) -> (usize, usize) {
        let words = &self.ctx.words;
        let i0 = words.partition_point(|x| x.end <= span.0);
        let i1 = words.partition_point(|x| x.start < span.1);
        (i0, i1)
    }

    /// Word index range `[lo, hi)` covering the span widened by `w` words each side.
    fn window(&self, span: (usize, usize), w: usize) -> (usize, usize) {
        let (i0, i1) = self.bounds(span);
        (i0.saturating_sub(w), (i1 + w).min(self.ctx.words.len()))
    }

    /// Whether one person is singled out within `w` words of the span.
    pub fn individual(&self, span: (usize, usize), w: usize) -> bool {
        let d = self.data();
        let (lo, hi) = self.window(span, w);
        hi > lo && d.ind[hi] > d.ind[lo]
    }

    /// Whether a visit or care word is within `w` words of the span.
    pub fn visit(&self, span: (usize, usize), w: usize) -> bool {
        let d = self.data();
        let (lo, hi) = self.window(span, w);
        hi > lo && d.vis[hi] > d.vis[lo]
    }

    /// Whether a visit or care word is within `w` words of the span, not counting the span's
    /// own words ("Memorial Clinic" is not a visit by itself).
    pub fn visit_outside(&self, span: (usize, usize), w: usize) -> bool {
        let d = self.data();
        let (i0, i1) = self.bounds(span);
        let lo = i0.saturating_sub(w);
        let hi = (i1 + w).min(self.ctx.words.len());
        (i0 > lo && d.vis[i0] > d.vis[lo]) || (hi > i1 && d.vis[hi] > d.vis[i1])
    }

    /// Whether the draft singles out a person anywhere.
    pub fn any_individual(&self) -> bool {
        self.data().ind.last().copied().unwrap_or(0) > 0
    }

    /// Whether the draft talks about a visit or care anywhere.
    pub fn any_visit(&self) -> bool {
        self.data().vis.last().copied().unwrap_or(0) > 0
    }

    /// Byte range of the words `w` words around the span (for looking up other detectors).
    pub fn byte_window(&self, span: (usize, usize), w: usize) -> (usize, usize) {
        let (lo, hi) = self.window(span, w);
        if hi == 0 || lo >= hi {
            return span;
        }
        let words = &self.ctx.words;
        (words[lo].start.min(span.0), words[hi - 1].end.max(span.1))
    }
}

impl CueData {
    fn new(ctx: &Ctx, ages: &[Mention]) -> CueData {
        let m = m();
        let lower = ctx.lower();
        let answer = ctx.draft.kind.is_answer();
        let n = ctx.words.len();
        // (word `i`'s flag at `[i + 1]`, summed into prefix counts at the end)
        let mut ind = vec![0u32; n + 1];
        let mut vis = vec![0u32; n + 1];
        let bytes = lower.as_bytes();
        // (the hits come by increasing start: the word of each is found by walking the words
        // once, not by a binary search per hit)
        let mut wi = 0;
        // (the shared gate scan found every occurrence of the cue words already: the matches
        // are picked from them instead of walking the cue DFA over the text again)
        let picked = match ctx.gate_scan().cue_words() {
            Some(occ) => leftmost_longest_of(occ),
            None => {
                let mut v = Vec::new();
                leftmost_longest(&m.dfa, bytes, |s, e, p| v.push((s, e, p)));
                v
            }
        };
        for (s, mut e, pattern) in picked {
            if bytes[e..].starts_with(b"'s") {
                e += 2;
            }
            let ok_before = s == 0 || !bytes[s - 1].is_ascii_alphanumeric();
            // "don't" is no "Don" (a Spanish title)
            let ok_after = (e >= bytes.len() || !bytes[e].is_ascii_alphanumeric())
                && !bytes[e..].starts_with(b"'t");
            if !(ok_before && ok_after) {
                continue;
            }
            while wi < n && ctx.words[wi].start < s {
                wi += 1;
            }
            let i = wi;
            if i >= n {
                continue;
            }
            let f = m.flags[pattern];
            // "every patient", "each client": not one person
            let quantified = i > 0
                && matches!(
                    ctx.word_lower(&ctx.words[i - 1]),
                    "every" | "each" | "any" | "all" | "no" | "per"
                );
            if generic_patients(ctx, i) {
                continue;
            }
            // "teen athletes", "kid sizes", "baby teeth": a modifier of a plural, no one person
            let modifier = matches!(
                &lower[s..e],
                "teen"
                    | "kid"
                    | "baby"
                    | "child"
                    | "toddler"
                    | "infant"
                    | "girl"
                    | "boy"
                    | "man"
                    | "woman"
                    | "lady"
                    | "guy"
                    | "mom"
                    | "dad"
                    | "newborn"
            ) && ctx.words.get(i + 1).is_some_and(|w| {
                let nw = ctx.word_lower(w);
                &lower[e..w.start] == " "
                    && nw.len() > 3
                    && nw.ends_with('s')
                    && !nw.ends_with("ss")
            });
            if modifier {
                continue;
            }
            // "Back-to-school shots Sat Aug 9, bring your child's shot record": in a post to
            // everyone, "your child" is any reader's, no one person ("Kai's mom" stays one)
            let readers = !answer
                && f & IND != 0
                && i > 0
                && matches!(ctx.word_lower(&ctx.words[i - 1]), "your" | "ur")
                && matches!(
                    ctx.word_lower(&ctx.words[i]).trim_end_matches("'s"),
                    "child"
                        | "kid"
                        | "kids"
                        | "children"
                        | "son"
                        | "daughter"
                        | "baby"
                        | "teen"
                        | "kiddo"
                        | "mom"
                        | "dad"
                        | "parent"
                        | "parents"
                        | "loved one"
                );
            if readers {
                continue;
            }
            if (f & IND != 0 || (answer && f & SECOND != 0)) && !quantified {
                ind[i + 1] = 1;
            }
            if f & VIS != 0 {
                vis[i + 1] = 1;
            }
        }
        // "The deckhand off the shrimp boat ... who came in Tuesday": "the" and a job of the
        // roles lexicon is one person, like "the coach"; not a job naming a thing ("the nurse
        // line", "the teacher workday"): a function word or a stop follows the job
        for (i, w) in ctx.words.iter().enumerate().skip(1) {
            if ind[i + 1] == 0
                && ctx.word_lower(&ctx.words[i - 1]) == "the"
                && crate::rules::confidentiality::identifying_combo::is_role_word(ctx.word_lower(w))
                && ctx.words.get(i + 1).is_none_or(|x| {
                    !lower[w.end..x.start].trim().is_empty()
                        || ROLE_FOLLOWERS.contains(&ctx.word_lower(x))
                })
            {
                ind[i + 1] = 1;
            }
        }
        // "the couple who came in", "to the junior who came in Monday", "the person who
        // brought us cupcakes": one person (or pair) told by a relative clause
        for (i, w) in ctx
            .words
            .iter()
            .enumerate()
            .take(n.saturating_sub(1))
            .skip(1)
        {
            // (first the rarest test, by one byte: "who" and "whose" start with a 'w')
            if bytes[ctx.words[i + 1].start] != b'w' {
                continue;
            }
            let w = ctx.word_lower(w);
            let mut prev = ctx.word_lower(&ctx.words[i - 1]);
            // "the Lakeview senior who", "that Pine Ridge goalie who": the name of a school,
            // team or town between the article and the person is read past (up to three
            // capitalized words)
            let mut j = i - 1;
            while j > 0
                && i - j <= 3
                && ctx.norm().as_bytes()[ctx.words[j].start].is_ascii_uppercase()
            {
                j -= 1;
            }
            if j < i - 1 && matches!(ctx.word_lower(&ctx.words[j]), "the" | "this" | "that") {
                prev = ctx.word_lower(&ctx.words[j]);
            }
            // "the deckhand who came in Tuesday", "that teacher who": any one person told by
            // what they do, after a definite article (not a group: "the staff who")
            let one_by_role = matches!(prev, "the" | "this" | "that")
                && w.len() >= 3
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && (!w.ends_with('s') || w.ends_with("ss"))
                && !NOT_ONE_PERSON.contains(&w)
                && ctx.norm().as_bytes()[ctx.words[i].start].is_ascii_lowercase();
            if one_by_role && matches!(ctx.word_lower(&ctx.words[i + 1]), "who" | "whose") {
                ind[i + 1] = 1;
                continue;
            }
            if matches!(
                w,
                "person"
                    | "couple"
                    | "pair"
                    | "junior"
                    | "senior"
                    | "freshman"
                    | "sophomore"
                    | "student"
                    | "family"
                    | "one"
            ) && matches!(prev, "the" | "a" | "this" | "that" | "lovely" | "sweet")
                && matches!(ctx.word_lower(&ctx.words[i + 1]), "who" | "whose")
            {
                ind[i + 1] = 1;
            }
        }
        // "a 72-year-old" is one person; "ages 12+" and "under 5" are ranges; in a case the
        // draft calls hypothetical ("Quiz (hypothetical case!): a 52-year-old with anemia"),
        // nobody
        // (the text is searched only when an age counts: most drafts have none)
        let made_up = ages.iter().any(|a| a.score >= 0.5) && invented_case(lower);
        for a in ages.iter().filter(|a| a.score >= 0.5 && !made_up) {
            let i = ctx.words.partition_point(|x| x.start < a.start);
            if i < n {
                ind[i + 1] = 1;
            }
        }
        for i in 0..n {
            ind[i + 1] += ind[i];
            vis[i + 1] += vis[i];
        }
        CueData { ind, vis }
    }
}

/// Words after "the" and a job that leave the job a person ("the welder from", "the deckhand
/// off", "the foreman who", "the pastor was").
const ROLE_FOLLOWERS: &[&str] = &[
    "who", "whose", "off", "from", "at", "on", "in", "with", "that", "was", "is", "has", "had",
    "came", "got", "we", "i", "you", "they", "he", "she", "out", "down", "up", "over", "near",
    "by", "and", "said", "told", "called", "walked", "showed",
];

/// Words that, before "who", tell a group or a kind, not one person ("the staff who", "the
/// kind who").
const NOT_ONE_PERSON: &[&str] = &[
    "staff",
    "team",
    "crew",
    "public",
    "community",
    "people",
    "folk",
    "kind",
    "type",
    "sort",
    "class",
    "group",
    "village",
    "town",
    "city",
    "county",
    "state",
    "world",
    "church",
    "school",
    "committee",
    "board",
    "faculty",
    "congregation",
    "audience",
    "crowd",
    "majority",
    "rest",
    "company",
    "agency",
    "office",
    "department",
    "practice",
    "clinic",
    "hospital",
    "army",
    "military",
    "navy",
    "youth",
    "elderly",
    "few",
    "many",
    "most",
    "ones",
    "same",
    "way",
];

/// Whether the draft says its case is invented: a teaching quiz or an example.
pub(crate) fn invented_case(lower: &str) -> bool {
    [
        "hypothetical",
        "fictional",
        "fictitious",
        "not a real patient",
        "composite case",
        "made-up case",
        "made up case",
        "made-up example",
        "made up example",
        "made-up scenario",
        "made up scenario",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Patients in general ("new patients", "sees patients Tues-Sat", "patient portal"): neither
/// one person nor a visit. The health detector decides, for both.
fn generic_patients(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.words[i];
    matches!(ctx.word_lower(w), "patient" | "patients" | "pts")
        && crate::detect::health::generic_patients(ctx.lower(), w.start, w.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The walk of the cue DFA finds what `AhoCorasick::find_iter` of the same words,
    /// leftmost-longest, finds (the search it replaces), on texts of cue words, their pieces
    /// and glue.
    #[test]
    fn walk_finds_what_find_iter_finds() {
        let m = m();
        let mut all: Vec<(&'static str, u8)> = Vec::new();
        all.extend(INDIVIDUAL.iter().map(|w| (*w, IND)));
        all.extend(SECOND_PERSON.iter().map(|w| (*w, SECOND)));
        all.extend(VISIT.iter().map(|w| (*w, VIS)));
        all.extend(PHRASES.iter().map(|(p, _)| (*p, VIS)));
        let (pats, _) = crate::merge_flagged(all);
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&pats)
            .expect("cue words");
        let all_occ = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&pats)
            .expect("cue words");
        assert_eq!(pats, m.pats);
        let mut pieces: Vec<&str> = pats.clone();
        pieces.extend(
            pats.iter()
                // (halves cut on a char boundary)
                .map(|p| {
                    &p[..(0..=p.len() / 2)
                        .rev()
                        .find(|&k| p.is_char_boundary(k))
                        .unwrap_or(0)]
                })
                .filter(|p| !p.is_empty()),
        );
        pieces.extend(["t", "o", "s", "the", "our", "x", "é", "ñ", "ho", "w"]);
        let seps = ["", "", " ", " ", "'", "'s ", "-", "/", ". ", "\n"];
        let mut draw = crate::testutil::drawer(0x9E37_79B9_7F4A_7C15);
        let mut found = 0;
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..draw(12) {
                t.push_str(pieces[draw(pieces.len())]);
                t.push_str(seps[draw(seps.len())]);
            }
            let want: Vec<(usize, usize, usize)> = ac
                .find_iter(&t)
                .map(|h| (h.start(), h.end(), h.pattern().as_usize()))
                .collect();
            let mut got = Vec::new();
            leftmost_longest(&m.dfa, t.as_bytes(), |s, e, p| got.push((s, e, p)));
            assert_eq!(got, want, "{t:?}");
            // and the matches picked from every occurrence (as the shared gate scan finds them)
            let occ: Vec<(usize, usize, u16)> = all_occ
                .find_overlapping_iter(&t)
                .map(|h| (h.start(), h.end(), h.pattern().as_usize() as u16))
                .collect();
            assert_eq!(leftmost_longest_of(&occ), want, "{t:?}");
            found += got.len();
        }
        assert!(found > 40_000, "{found}");
    }
}
