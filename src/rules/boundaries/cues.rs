//! Shared helpers of the boundary and disclosure rules: clauses, regex building, a small
//! clinical vocabulary (a fallback next to `Analysis::health`), and facts about the draft's
//! situation (is it an answer, does the parent ask a clinical question, is it a complaint).

use crate::engine::Ctx;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::OnceLock;

/// Compiles a pattern known at build time. Patterns are literals of this crate and covered by
/// unit tests; an invalid one is a programming error caught by `cargo test`.
///
/// Word boundaries are ASCII (`(?-u:\b)`): every keyword is ASCII, and a Unicode boundary
/// would make the fast DFA give up on any text with an emoji or an accent.
pub fn re(pattern: &str) -> Regex {
    let pattern = pattern.replace(r"\b", r"(?-u:\b)");
    RegexBuilder::new(&pattern)
        .size_limit(1 << 23)
        .dfa_size_limit(4 << 20)
        .build()
        .unwrap_or_else(|e| panic!("invalid built-in pattern {pattern:?}: {e}"))
}

/// Compiles several built-in patterns into one set (one pass tells which of them match).
pub fn re_set(patterns: &[&str]) -> RegexSet {
    let patterns: Vec<String> = patterns
        .iter()
        .map(|p| p.replace(r"\b", r"(?-u:\b)"))
        .collect();
    RegexSetBuilder::new(&patterns)
        .size_limit(1 << 24)
        .dfa_size_limit(8 << 20)
        .build()
        .unwrap_or_else(|e| panic!("invalid built-in pattern set: {e}"))
}

/// A lazily compiled regex: `static R: Lazy = Lazy::new(r"...")`, then `R.get()`.
pub struct Lazy {
    pattern: &'static str,
    cell: OnceLock<Regex>,
}

impl Lazy {
    pub const fn new(pattern: &'static str) -> Lazy {
        Lazy {
            pattern,
            cell: OnceLock::new(),
        }
    }

    /// The pattern as written.
    pub fn pattern(&self) -> &'static str {
        self.pattern
    }

    pub fn get(&self) -> &Regex {
        self.cell.get_or_init(|| re(self.pattern))
    }

    /// First match in `s` as a byte span.
    pub fn find(&self, s: &str) -> Option<(usize, usize)> {
        self.get().find(s).map(|m| (m.start(), m.end()))
    }

    pub fn is_match(&self, s: &str) -> bool {
        self.get().is_match(s)
    }

    /// All matches in `s` as byte spans.
    pub fn spans(&self, s: &str) -> Vec<(usize, usize)> {
        self.get()
            .find_iter(s)
            .map(|m| (m.start(), m.end()))
            .collect()
    }
}

/// The first place at or after `from` where `needle` (not empty) occurs in `hay`, as
/// `hay[from..].find(needle)` gives it, without the setup of `str`'s two-way searcher, which
/// costs more than the search itself in a draft: the places whose first and last bytes are
/// the needle's are compared in turn.
pub fn find_from(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let (&first, &last) = (n.first()?, n.last()?);
    let k = n.len() - 1;
    let mut i = from;
    while i + k < h.len() {
        i += h[i..h.len() - k].iter().position(|&c| c == first)?;
        if h[i + k] == last && &h[i..=i + k] == n {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `hay.match_indices(needle)`'s offsets (left to right, not overlapping) by [`find_from`].
pub fn find_all<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let i = find_from(hay, needle, from)?;
        from = i + needle.len();
        Some(i)
    })
}

/// Clauses of `s` (sentences and lines): byte spans, trimmed. A period splits only when it is
/// followed by white space or the end, so "0.1%" and "Dr. Lee" stay whole enough.
pub fn clauses(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < b.len() {
        if is_clause_end(b, i) {
            push_trimmed(s, start, i + 1, &mut out);
            start = i + 1;
        }
        i += 1;
    }
    push_trimmed(s, start, b.len(), &mut out);
    out
}

/// Titles after which a period does not end a sentence ("Dr. Ortega will reply").
const ABBREVIATIONS: &[&[u8]] = &[
    b"dr", b"mr", b"mrs", b"ms", b"st", b"vs", b"jr", b"sr", b"prof", b"e.g", b"i.e", b"etc",
];

/// Whether byte `i` of `b` ends a clause: `!`, `?`, `;`, a line break, or a period followed by
/// white space (or the end) that does not close a title abbreviation. Inlined: the scans call it
/// on every byte, and all but these five bytes answer at once.
#[inline]
fn is_clause_end(b: &[u8], i: usize) -> bool {
    match b[i] {
        b'!' | b'?' | b';' | b'\n' => true,
        b'.' => is_period_end(b, i),
        _ => false,
    }
}

/// [`is_clause_end`] of a period at `i`.
fn is_period_end(b: &[u8], i: usize) -> bool {
    if i + 1 < b.len() && !b[i + 1].is_ascii_whitespace() {
        return false;
    }
    let mut k = i;
    while k > 0 && (b[k - 1].is_ascii_alphabetic() || b[k - 1] == b'.') {
        k -= 1;
    }
    let word = &b[k..i];
    let abbrev = ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
    !(abbrev && i + 1 < b.len())
}

fn push_trimmed(s: &str, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &s[a..b];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if a + lead < b - trail {
        out.push((a + lead, b - trail));
    }
}

/// The clause of `s` that holds byte `pos`.
pub fn clause_at(clauses: &[(usize, usize)], pos: usize) -> Option<(usize, usize)> {
    clauses
        .iter()
        .copied()
        .find(|&(a, b)| a <= pos && pos < b.max(a + 1))
}

/// The clause around byte `pos`, with the same bounds as [`clauses`] gives.
pub fn clause_around(s: &str, pos: usize) -> (usize, usize) {
    let b = s.as_bytes();
    let pos = pos.min(b.len());
    let is_end = |i: usize| is_clause_end(b, i);
    let mut start = pos;
    while start > 0 && !is_end(start - 1) {
        start -= 1;
    }
    let mut end = pos;
    while end < b.len() {
        let e = is_end(end);
        end += 1;
        if e {
            break;
        }
    }
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if start + lead >= end - trail {
        return (start, start);
    }
    (start + lead, end - trail)
}

/// A cheap pre-check: keywords that every match of a rule family contains. Rules look only at
/// the clauses that hold one, so a draft without any costs one automaton pass.
pub struct Gate {
    words: Words,
    ac: OnceLock<Option<AhoCorasick>>,
    /// The gate's place in [`GATES`] (set when the shared automaton is built), or `u16::MAX`:
    /// the shared scan finds a gate's matches without searching the list.
    slot: AtomicU16,
}

/// A gate's keywords: a list of the source, or one read from a lexicon file on first use.
enum Words {
    Static(&'static [&'static str]),
    Built(fn() -> Vec<&'static str>, OnceLock<Vec<&'static str>>),
}

impl Gate {
    pub const fn new(words: &'static [&'static str]) -> Gate {
        Gate {
            words: Words::Static(words),
            ac: OnceLock::new(),
            slot: AtomicU16::new(u16::MAX),
        }
    }

    /// A gate whose keywords `words` gives on first use (from a lexicon file).
    pub const fn built(words: fn() -> Vec<&'static str>) -> Gate {
        Gate {
            words: Words::Built(words, OnceLock::new()),
            ac: OnceLock::new(),
            slot: AtomicU16::new(u16::MAX),
        }
    }

    pub(crate) fn words(&self) -> &[&'static str] {
        match &self.words {
            Words::Static(w) => w,
            Words::Built(f, cell) => cell.get_or_init(f),
        }
    }

    fn ac(&self) -> Option<&AhoCorasick> {
        self.ac
            .get_or_init(|| {
                crate::build_ac(
                    AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostFirst),
                    self.words(),
                )
                .ok()
            })
            .as_ref()
    }

    /// Whether `s` holds one of the keywords (anywhere, even inside a word).
    pub fn hit(&self, s: &str) -> bool {
        self.ac().is_some_and(|ac| ac.is_match(s))
    }

    /// The clauses of `s` that hold a keyword at the start of a word, in order, each once.
    pub fn clauses(&self, s: &str) -> Vec<(usize, usize)> {
        match self.ac() {
            Some(ac) => clauses_of(s, ac.find_iter(s).map(|m| m.start()..m.end())),
            None => Vec::new(),
        }
    }

    /// [`Gate::hit`] on the draft's lowercased text, answered from the shared scan of all gates.
    pub fn hit_in(&self, ctx: &Ctx) -> bool {
        match ctx.gate_scan().matches(self) {
            Some(ms) => !ms.is_empty(),
            None => self.hit(ctx.lower()),
        }
    }

    /// Whether `ctx.lower()[a..b]` holds one of the keywords ([`Gate::hit`] on that slice),
    /// from the shared scan of all gates: a keyword that lies wholly inside `a..b`.
    pub fn hit_within(&self, ctx: &Ctx, a: usize, b: usize) -> bool {
        match ctx.gate_scan().matches(self) {
            Some(ms) => {
                let i = ms.partition_point(|&(s, _, _)| s < a);
                ms[i..]
                    .iter()
                    .take_while(|&&(s, _, _)| s < b)
                    .any(|&(_, e, _)| e <= b)
            }
            None => self.hit(&ctx.lower()[a..b]),
        }
    }

    /// Every match of the keywords in a text (overlapping ones included, sorted by start and
    /// keyword index) from its shared scan of all gates, or `None` when the gate is not one of
    /// them.
    pub(crate) fn all_matches<'s>(
        &self,
        scan: &'s GateScan,
    ) -> Option<&'s [(usize, usize, usize)]> {
        scan.matches(self)
    }

    /// [`Gate::clauses`] of the draft's lowercased text, from the shared scan of all gates.
    pub fn clauses_in(&self, ctx: &Ctx) -> Vec<(usize, usize)> {
        let s = ctx.lower();
        match ctx.gate_scan().matches(self) {
            Some(ms) => clauses_of(s, leftmost_first(ms)),
            None => self.clauses(s),
        }
    }
}

/// The clause of each keyword match (in order) that starts a word and lies past the last one.
fn clauses_of(
    s: &str,
    matches: impl Iterator<Item = std::ops::Range<usize>>,
) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let b = s.as_bytes();
    for m in matches {
        if out.last().is_some_and(|&(_, e)| m.start < e) {
            continue;
        }
        // keywords that start with a letter or digit start a word
        let starts_word = b[m.start].is_ascii_alphanumeric();
        if starts_word && m.start > 0 && b[m.start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let c = clause_around(s, m.start);
        if c.0 < c.1 {
            out.push(c);
        }
    }
    out
}

/// The matches a leftmost-first, non-overlapping search would report, picked from all the
/// (overlapping) matches of one gate sorted by start and then by the keyword's place in the
/// gate's list: the leftmost match wins, on a tie the keyword listed first, and the search
/// goes on after its end.
fn leftmost_first(
    all: &[(usize, usize, usize)],
) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut pos = 0usize;
    all.iter().filter_map(move |&(start, end, _)| {
        if start < pos {
            return None;
        }
        pos = end;
        Some(start..end)
    })
}

/// Every gate of the boundary rules (and of a few others). Their keywords are searched together, once per check
/// ([`GateScan`], shared through `Ctx::gate_scan`), instead of one pass per gate. A gate left
/// out of this list still works: it scans the text on its own.
static GATES: [&Gate; N_GATES] = [
    &super::advice::SECOND_PERSON,
    &super::advice::REASSURE_GATE,
    &super::personal_channels::GATE,
    &super::availability::GATE,
    &super::politics::GATE,
    &super::politics::CAUSE_GATE,
    &super::endorsements::GATE,
    &super::endorsements::DISCLOSED_GATE,
    &super::endorsements::GIFT_GATE,
    &super::endorsements::CODE_WORD_GATE,
    &super::endorsements::BUY_GATE,
    &super::claims::GATE,
    &super::money::GATE,
    &super::hostile_reply::GATE,
    &super::reviews::GATE,
    &super::reviews::STORY_GATE,
    &super::reviews::YOUR_STORY_GATE,
    &super::account::PERSONAL_GATE,
    &crate::rules::confidentiality::disparaging::LABEL_GATE,
    &crate::rules::confidentiality::disparaging::MOCKING_GATE,
    &crate::rules::confidentiality::disparaging::EXASPERATION_GATE,
    &crate::rules::confidentiality::disparaging::WEAK_GATE,
    &crate::rules::confidentiality::disparaging::TEACHING_GATE,
    &crate::rules::confidentiality::media::FEATURES_GATE,
    &crate::rules::confidentiality::media::IMAGING_GATE,
    &crate::rules::confidentiality::media::MEDIA_GATE,
    &crate::rules::confidentiality::media::SHOW_GATE,
    &crate::rules::confidentiality::media::SHOWN_FACES_GATE,
    &crate::rules::disclosures::notices::INVITES_GATE,
    &crate::rules::disclosures::notices::SPONSORED_GATE,
    &crate::rules::disclosures::notices::OUTCOME_GATE,
    &crate::rules::confidentiality::identifying_combo::ROLES_GATE,
    &crate::rules::confidentiality::identifying_combo::UNIQUE_OR_PLACE_GATE,
    &crate::rules::confidentiality::identifying_combo::VEHICLE_GATE,
    &crate::rules::confidentiality::identifying_combo::APPLY_GATE,
    &crate::rules::confidentiality::identifying_combo::SCHOOL_GATE,
    &crate::rules::confidentiality::identifying_combo::COUNTY_GATE,
    &crate::rules::confidentiality::confirms_patient::OFFER_GATE,
    &crate::rules::confidentiality::confirms_patient::GENERIC_GATE,
    &crate::rules::confidentiality::confirms_patient::SLOT_GATE,
    &crate::rules::confidentiality::payment::PAYMENT_GATE,
    &crate::rules::confidentiality::payment::INSURER_GATE,
    &crate::rules::confidentiality::payment::SPANISH_PAY_GATE,
    &crate::detect::persons::TOLD_GATE,
    &crate::detect::persons::NEWS_GATE,
    &crate::detect::persons::RELATED_GATE,
    &crate::detect::persons::STATEMENT_GATE,
    &crate::rules::confidentiality::person_health::PLANS_GATE,
    &crate::detect::identifiers::EVENT_GATE,
    &crate::detect::identifiers::LABEL_GATE,
    &crate::rules::confidentiality::dates::OPENER_GATE,
    &crate::detect::persons::COMMUNITY_EVENT_GATE,
    &crate::rules::confidentiality::media::PATIENT_WORDS_GATE,
    &crate::rules::confidentiality::disparaging::TRAVEL_GATE,
    &crate::rules::confidentiality::person_health::COMPETITION_GATE,
];

const N_GATES: usize = 55;

/// One automaton over the keywords of all [`GATES`]: pattern `k` is keyword `k - first[g]` of
/// gate `g`.
/// (Both automata are walked by [`overlapping`].)
struct AllGates {
    ac: aho_corasick::nfa::contiguous::NFA,
    /// The same keywords as a DFA (same patterns, same matches), built on the first long draft
    /// ([`LONG_DRAFT`]) or once the NFA has scanned [`DFA_AFTER`] bytes: its search costs about
    /// a third of the NFA's a byte, but it takes some 6 ms and 4 MB to build (the NFA 0.2 MB),
    /// which `Engine::new`, a few short drafts and the WebAssembly module should not pay.
    dfa: OnceLock<Option<aho_corasick::dfa::DFA>>,
    words: Vec<&'static str>,
    gate_of: Vec<(u16, u16)>,
}

/// Drafts at least this long (bytes) are scanned with [`AllGates::dfa`].
const LONG_DRAFT: usize = 4096;

/// After this many bytes scanned by the NFA (all engines), the DFA is built: about what the
/// NFA's search then cost more than the DFA's would have, the DFA's build.
const DFA_AFTER: usize = 512 * 1024;

/// Bytes scanned with [`AllGates::ac`] so far.
static NFA_SCANNED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl AllGates {
    /// The DFA to scan a text of `len` bytes with, or `None` for the NFA.
    fn dfa_for(&self, len: usize) -> Option<&aho_corasick::dfa::DFA> {
        if let Some(dfa) = self.dfa.get() {
            return dfa.as_ref();
        }
        if cfg!(target_arch = "wasm32")
            || (len < LONG_DRAFT && NFA_SCANNED.fetch_add(len, Ordering::Relaxed) + len < DFA_AFTER)
        {
            return None;
        }
        self.dfa
            .get_or_init(|| {
                aho_corasick::dfa::Builder::new()
                    .match_kind(MatchKind::Standard)
                    .prefilter(false)
                    .build(&self.words[..])
                    .ok()
            })
            .as_ref()
    }

    /// Calls `f(start, end, pattern)` on every keyword occurrence in `hay`, by end.
    fn scan(&self, hay: &[u8], f: impl FnMut(usize, usize, usize)) {
        match self.dfa_for(hay.len()) {
            Some(dfa) => overlapping(dfa, hay, f),
            None => overlapping(&self.ac, hay, f),
        }
    }
}

/// Calls `f(start, end, pattern)` on every match of `aut` (standard match kind) in `hay`,
/// overlapping, by end: the matches `AhoCorasick::find_overlapping_iter` gives, in its order
/// (the loop of its `try_find_overlapping_fwd`, without a prefilter), without its set-up per
/// match (a long draft has thousands).
fn overlapping<A: aho_corasick::automaton::Automaton>(
    aut: &A,
    hay: &[u8],
    mut f: impl FnMut(usize, usize, usize),
) {
    let Ok(mut sid) = aut.start_state(aho_corasick::Anchored::No) else {
        return;
    };
    // (no keyword is empty: the start state is no match)
    for (at, &b) in hay.iter().enumerate() {
        sid = aut.next_state(aho_corasick::Anchored::No, sid, b);
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                return;
            }
            if aut.is_match(sid) {
                for i in 0..aut.match_len(sid) {
                    let pid = aut.match_pattern(sid, i);
                    f(at + 1 - aut.pattern_len(pid), at + 1, pid.as_usize());
                }
            }
        }
    }
}

/// In [`AllGates::gate_of`]: the detectors' gate literals (`identifiers::Literals`), searched
/// with the gates in the same pass.
const LITERALS: u16 = u16::MAX;

/// In [`AllGates::gate_of`]: the identifiers detector's cue words (`identifiers::Cues`), found in
/// the same pass (every occurrence; the cues pick their leftmost-longest ones).
const CUE_WORDS: u16 = u16::MAX - 1;

fn all_gates() -> Option<&'static AllGates> {
    static A: OnceLock<Option<AllGates>> = OnceLock::new();
    A.get_or_init(|| {
        let mut words: Vec<&'static str> = Vec::new();
        let mut gate_of = Vec::new();
        for (g, gate) in GATES.iter().enumerate() {
            gate.slot.store(g as u16, Ordering::Relaxed);
            for (k, w) in gate.words().iter().enumerate() {
                words.push(w);
                gate_of.push((g as u16, k as u16));
            }
        }
        for (k, w) in crate::detect::identifiers::literal_patterns()
            .0
            .iter()
            .enumerate()
        {
            words.push(w);
            gate_of.push((LITERALS, k as u16));
        }
        for (k, w) in crate::detect::identifiers::cue_patterns()
            .iter()
            .enumerate()
        {
            words.push(w);
            gate_of.push((CUE_WORDS, k as u16));
        }
        let ac = aho_corasick::nfa::contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&words[..])
            .ok()?;
        Some(AllGates {
            ac,
            dfa: OnceLock::new(),
            words,
            gate_of,
        })
    })
    .as_ref()
}

/// Builds the shared automaton ahead of the first check.
pub(crate) fn warm() {
    let _ = all_gates();
}

/// All keyword matches of every gate in one text: per gate, (start, end, keyword index),
/// sorted by start and keyword index.
pub struct GateScan {
    /// The matches of every gate, gate after gate: those of gate `g` are
    /// `matches[bounds[g]..bounds[g + 1]]` (one vector, not one per gate).
    matches: Vec<(usize, usize, usize)>,
    bounds: [u32; N_GATES + 1],
    /// Whether the shared automaton was built (without it, no gate's matches are known).
    built: bool,
    /// The detectors' gate literals: (start, end, flags) of every occurrence, sorted by end;
    /// `None` without the shared automaton.
    literals: Option<Vec<(usize, usize, u16)>>,
    /// The cue words (`identifiers::cue_patterns`): (start, end, pattern) of every occurrence,
    /// sorted by end; `None` without the shared automaton.
    cue_words: Option<Vec<(usize, usize, u16)>>,
}

impl GateScan {
    pub fn new(lower: &str) -> GateScan {
        let mut matches: Vec<(usize, usize, usize)> = Vec::new();
        let mut bounds = [0u32; N_GATES + 1];
        let mut literals = None;
        let mut cue_words = None;
        let built = match all_gates() {
            Some(all) => {
                let flags = &crate::detect::identifiers::literal_patterns().1;
                // (sized for a common draft's share of keywords: no vector grows from empty)
                let mut lits = Vec::with_capacity(lower.len() / 16 + 4);
                let mut cues = Vec::with_capacity(lower.len() / 8 + 4);
                // (an overlapping search reports matches by end)
                let mut found: Vec<(usize, usize, u16, u16)> =
                    Vec::with_capacity(lower.len() / 8 + 8);
                all.scan(lower.as_bytes(), |s, e, p| {
                    let (g, k) = all.gate_of[p];
                    if g == LITERALS {
                        lits.push((s, e, flags[k as usize]));
                    } else if g == CUE_WORDS {
                        cues.push((s, e, k));
                    } else {
                        found.push((s, e, g, k));
                        bounds[g as usize + 1] += 1;
                    }
                });
                for g in 0..N_GATES {
                    bounds[g + 1] += bounds[g];
                }
                // each gate's matches in its place, then sorted there (few, and nearly sorted)
                let mut next = bounds;
                matches = vec![(0, 0, 0); found.len()];
                for (s, e, g, k) in found {
                    matches[next[g as usize] as usize] = (s, e, k as usize);
                    next[g as usize] += 1;
                }
                for g in 0..N_GATES {
                    matches[bounds[g] as usize..bounds[g + 1] as usize]
                        .sort_unstable_by_key(|&(s, _, k)| (s, k));
                }
                literals = Some(lits);
                cue_words = Some(cues);
                true
            }
            None => false,
        };
        GateScan {
            matches,
            bounds,
            built,
            literals,
            cue_words,
        }
    }

    /// The identifiers detector's cue words in the text (see `identifiers::Cues`).
    pub(crate) fn cue_words(&self) -> Option<&[(usize, usize, u16)]> {
        self.cue_words.as_deref()
    }

    /// The detectors' gate literals in the text (see `identifiers::Literals`).
    pub(crate) fn literals(&self) -> Option<&[(usize, usize, u16)]> {
        self.literals.as_deref()
    }

    /// The matches of `gate`, or `None` when it is not one of [`GATES`].
    fn matches(&self, gate: &Gate) -> Option<&[(usize, usize, usize)]> {
        let g = gate.slot.load(Ordering::Relaxed) as usize;
        if !self.built || g >= N_GATES {
            return None;
        }
        Some(&self.matches[self.bounds[g] as usize..self.bounds[g + 1] as usize])
    }
}

/// Whether the draft answers someone: a reply, comment or DM, or anything with a parent text.
pub fn is_answer(ctx: &Ctx) -> bool {
    ctx.draft.kind.is_answer() || ctx.draft.in_reply_to.is_some()
}

/// Whether the draft speaks to one person: an answer, or a post that opens with an @handle.
pub fn addresses_individual(ctx: &Ctx) -> bool {
    (is_answer(ctx) || ctx.norm().trim_start().starts_with('@')) && !answers_an_organization(ctx)
}

/// Whether the text answered is by an organization ("Wickett Springs Public Schools", "Rotary
/// Club of X"): prices or advice given to it are general information, not about one person.
fn answers_an_organization(ctx: &Ctx) -> bool {
    const ORG: &[&str] = &[
        "schools",
        "school",
        "district",
        "county",
        "department",
        "dept",
        "association",
        "church",
        "library",
        "news",
        "inc",
        "llc",
        "club",
        "league",
        "foundation",
        "society",
        "council",
        "university",
        "college",
        "pta",
        "ymca",
        "chamber",
        "rotary",
        "committee",
        "magazine",
        "radio",
        "gazette",
        "herald",
        "times",
        "ministries",
        "coalition",
        "alliance",
    ];
    ctx.draft.in_reply_to.as_ref().is_some_and(|p| {
        let a = p.author.to_lowercase();
        a.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count()
            >= 2
            && a.split(|c: char| !c.is_alphanumeric())
                .any(|w| ORG.contains(&w))
    })
}

// ---------------------------------------------------------------------------------------------
// Clinical vocabulary (fallback; `Analysis::health` is merged in when the detector provides it)

const MEDS: &[&str] = &[
    "medrol",
    "dose pack",
    "suppository",
    "suppositories",
    "acetaminophen",
    // Spanish and Portuguese
    "paracetamol",
    "acetaminofén",
    "ibuprofeno",
    "tylenol",
    "advil",
    "motrin",
    "aleve",
    "naproxen",
    "ibuprofen",
    "aspirin",
    "meloxicam",
    "celecoxib",
    "diclofenac",
    "voltaren",
    "amoxicillin",
    "augmentin",
    "penicillin",
    "doxycycline",
    "minocycline",
    "cephalexin",
    "keflex",
    "clindamycin",
    "azithromycin",
    "zpack",
    "z-pack",
    "bactrim",
    "cipro",
    "antibiotic",
    "antibiotics",
    "antifungal",
    "antiviral",
    "valacyclovir",
    "acyclovir",
    "hydrocortisone",
    "cortisone",
    "triamcinolone",
    "clobetasol",
    "prednisone",
    "medrol",
    "steroid",
    "steroids",
    "tretinoin",
    "retin-a",
    "retinol",
    "retinoid",
    "adapalene",
    "differin",
    "isotretinoin",
    "accutane",
    "spironolactone",
    "benzoyl",
    "peroxide",
    "salicylic",
    "cantharidin",
    "fluorouracil",
    "efudex",
    "imiquimod",
    "vaseline",
    "aquaphor",
    "neosporin",
    "bacitracin",
    "benadryl",
    "zyrtec",
    "claritin",
    "allegra",
    "antihistamine",
    "insulin",
    "metformin",
    "lisinopril",
    "ozempic",
    "wegovy",
    "semaglutide",
    "oxycodone",
    "hydrocodone",
    "tramadol",
    "gabapentin",
    "muscle relaxer",
    "flexeril",
    "cyclobenzaprine",
    "lidocaine",
    "melatonin",
    "zoloft",
    "sertraline",
    "xanax",
    "birth control",
    "dose",
    "dosage",
    "doses",
    "meds",
    "medication",
    "medications",
    "medicine",
    "pill",
    "pills",
    "tablet",
    "tablets",
    "capsule",
    "cream",
    "ointment",
    "gel",
    "lotion",
    "prescription",
    "inhaler",
    "epipen",
    "shot",
    "injection",
    "botox",
    "filler",
    "vitamin",
    "supplement",
    "supplements",
    "painkiller",
    "painkillers",
    "tums",
    "pepto",
    "probiotic",
    "probiotics",
    "eyedrops",
    "drops",
];

const CONDITIONS: &[&str] = &[
    "infection",
    "infected",
    "rash",
    "hives",
    "eczema",
    "psoriasis",
    "acne",
    "rosacea",
    "melasma",
    "wart",
    "warts",
    "mole",
    "moles",
    "melanoma",
    "carcinoma",
    "cancer",
    "tumor",
    "cyst",
    "lesion",
    "lump",
    "blister",
    "blisters",
    "burn",
    "sunburn",
    "ringworm",
    "fungus",
    "fungal",
    "scabies",
    "lice",
    "impetigo",
    "cellulitis",
    "shingles",
    "herpes",
    "strep",
    "flu",
    "covid",
    "sinus",
    "pneumonia",
    "bronchitis",
    "asthma",
    "allergy",
    "allergies",
    "allergic",
    "diabetes",
    "migraine",
    "migraines",
    "concussion",
    "fracture",
    "broken",
    "sprain",
    "sprained",
    "strain",
    "strained",
    "tear",
    "torn",
    "dislocated",
    "sciatica",
    "bursitis",
    "tendinitis",
    "tendonitis",
    "tendinopathy",
    "fasciitis",
    "arthritis",
    "gout",
    "sprue",
    "hernia",
    "ulcer",
    "reflux",
    "uti",
    "yeast",
    "abscess",
    "cavity",
    "cavities",
    "gingivitis",
    "toothache",
    "swelling",
    "swollen",
    "inflammation",
    "inflamed",
    "fever",
    "pain",
    "ache",
    "sore",
    "stitches",
    "incision",
    "wound",
    "scar",
    "bruise",
    "dermatitis",
    "keratosis",
    "keratoses",
    "folliculitis",
    "hidradenitis",
    "alopecia",
    "dandruff",
    "sunspot",
    "stye",
    "pinkeye",
    "conjunctivitis",
    "vertigo",
    "depression",
    "anxiety",
    "adhd",
    "insomnia",
    "hypertension",
    "pregnant",
    "pregnancy",
    "acl",
    "mcl",
    "meniscus",
    "rotator",
    "achilles",
    "tendon",
    "ligament",
    "disc",
    "herniated",
    "shin",
    "splints",
    "plantar",
    "knee",
    "shoulder",
    "ankle",
    "hip",
    "wrist",
    "elbow",
    // dialysis, also in Spanish and Portuguese
    "dialysis",
    "diálisis",
    "dialisis",
    "diálise",
    "dialise",
    "hemodiálise",
];

/// Words that would read as clinical to a lexicon but are routing, not care.
const NOT_CLINICAL: &[&str] = &["emergency", "911", "er", "urgent", "ed", "office", "visit"];

const MED_SUFFIXES: &[&str] = &[
    "cillin", "mycin", "cycline", "floxacin", "azole", "olone", "isone", "asone", "profen",
    "prazole", "tidine", "statin", "sartan", "olol", "dipine", "formin", "oxetine", "codone",
    "umab", "izumab", "tinib", "citinib", "vir", "azepam", "zolam",
];

const CONDITION_SUFFIXES: &[&str] = &["itis", "osis", "opathy", "algia", "oma", "emia"];

fn has_clinical_suffix(w: &str) -> bool {
    w.len() >= 7
        && (MED_SUFFIXES.iter().any(|s| w.ends_with(s))
            || CONDITION_SUFFIXES.iter().any(|s| w.ends_with(s)))
        && !matches!(
            w,
            "diagnosis" | "prognosis" | "diploma" | "aroma" | "osmosis" | "academia"
        )
}

/// The lexicon's words (whole words, longest first) and the clinical word endings, as two
/// automata: plain leftmost searches use the fast prefilters that an overlapping search cannot.
fn clinical_acs() -> &'static (AhoCorasick, AhoCorasick) {
    static A: OnceLock<(AhoCorasick, AhoCorasick)> = OnceLock::new();
    A.get_or_init(|| {
        let words: Vec<&str> = MEDS.iter().chain(CONDITIONS.iter()).copied().collect();
        let endings: Vec<&str> = MED_SUFFIXES
            .iter()
            .chain(CONDITION_SUFFIXES.iter())
            .copied()
            .collect();
        let build = |pats: &[&str]| {
            crate::build_ac(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .kind(Some(aho_corasick::AhoCorasickKind::DFA)),
                pats,
            )
            .unwrap_or_else(|e| panic!("clinical lexicon: {e}"))
        };
        (build(&words), build(&endings))
    })
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Clinical terms in a lowercased text: byte spans of whole words (or two-word terms).
pub fn clinical_in(lower: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = clinical_words(lower)
        .chain(clinical_endings(lower))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether [`clinical_in`] finds anything: the searches stop at the first term.
pub fn has_clinical(lower: &str) -> bool {
    clinical_words(lower).next().is_some() || clinical_endings(lower).next().is_some()
}

/// Whether a match ending at `e` ends a word (a possessive "'s" may follow).
fn ends_word(b: &[u8], e: usize) -> bool {
    e >= b.len() || !is_word_byte(b[e]) || (b[e] == b'\'' && b.get(e + 1) == Some(&b's'))
}

/// The lexicon's words in `lower` (whole words, longest first), in order.
fn clinical_words(lower: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = lower.as_bytes();
    clinical_acs().0.find_iter(lower).filter_map(move |m| {
        let (s, e) = (m.start(), m.end());
        if !ends_word(b, e) || (s > 0 && (is_word_byte(b[s - 1]) || b[s - 1] == b'-')) {
            return None;
        }
        (!NOT_CLINICAL.contains(&&lower[s..e])).then_some((s, e))
    })
}

/// Words of `lower` with a clinical ending ("-itis", "-mycin"), in order.
fn clinical_endings(lower: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = lower.as_bytes();
    clinical_acs().1.find_iter(lower).filter_map(move |m| {
        let e = m.end();
        if !ends_word(b, e) {
            return None;
        }
        let mut ws = m.start();
        while ws > 0 && (b[ws - 1].is_ascii_alphabetic() || b[ws - 1] == b'-') {
            ws -= 1;
        }
        has_clinical_suffix(&lower[ws..e]).then_some((ws, e))
    })
}

/// Clinical terms of the draft: byte spans, sorted, from the shared health detector and from
/// the fallback word list above.
pub fn clinical_spans(ctx: &Ctx) -> Vec<(usize, usize)> {
    ctx.clinical_spans().to_vec()
}

/// What [`clinical_spans`] returns, computed (once per check, by `Ctx::clinical_spans`).
pub(crate) fn find_clinical_spans(ctx: &Ctx) -> Vec<(usize, usize)> {
    let lower = ctx.lower();
    let mut v = clinical_in(lower);
    for m in &ctx.analysis().health {
        let t = lower.get(m.start..m.end).unwrap_or("");
        if !NOT_CLINICAL.contains(&t) && !t.is_empty() {
            v.push((m.start, m.end));
        }
    }
    v.sort_unstable();
    v.dedup();
    v
}

/// Whether some clinical term lies inside `a..b` (`spans` sorted by start).
pub fn has_clinical_in(spans: &[(usize, usize)], a: usize, b: usize) -> bool {
    let i = spans.partition_point(|&(s, _)| s < a);
    spans[i..]
        .iter()
        .take_while(|&&(s, _)| s < b)
        .any(|&(_, e)| e <= b)
}

static DOSAGE: Lazy = Lazy::new(
    r"\b\d+(?:\.\d+)?\s?(?:mg|mcg|ml|iu|units?|cc|%)(?:\W|$)|\b(?:once|twice|three times|four times|\d+ times|\d+x) (?:a|an|per|each) (?:day|night|week|hour)\b|\b\d+\s?x\s?\d+\b|\bevery \d+(?:-\d+)? (?:hours?|hrs?)\b|\bfor \d+(?:-\d+)? (?:days|weeks)\b|\b(?:bid|tid|qid|prn)\b|\bevery (?:day|night|morning)\b|\bcada \d+(?:-\d+)? horas\b",
);

/// Dosage or schedule expressions ("800 mg", "twice a day", "3x15", "every 4 hours").
pub fn dosage_spans(s: &str) -> Vec<(usize, usize)> {
    DOSAGE.spans(s)
}

static QUESTION: Lazy = Lazy::new(
    r"\?|\b(?:what do i do|what should i|should i|is it normal|is this normal|is that normal|worth worrying|what is it|what's this|whats this|ideas|any tips|any advice|how do i|how long|do i need|can i)\b",
);

static FIRST_PERSON_HEALTH: Lazy =
    Lazy::new(r"\b(?:my|i|i'm|im|i've|me|mine|my (?:son|daughter|kid|husband|wife|mom|dad))\b");

/// Whether the parent text asks a clinical question (a question with a clinical term).
/// Answered once per check (`Ctx::parent_asks_clinical`): two rules ask.
pub fn parent_asks_clinical(ctx: &Ctx) -> bool {
    ctx.parent_asks_clinical()
}

/// What [`parent_asks_clinical`] answers, computed.
pub(crate) fn find_parent_asks_clinical(ctx: &Ctx) -> bool {
    let p = &ctx.parent().lower;
    !p.is_empty() && QUESTION.is_match(p) && ctx.parent_has_clinical()
}

/// Whether the parent shares the author's own (or a relative's) health details. Answered once
/// per check (`Ctx::parent_shares_health`): two rules ask.
pub fn parent_shares_health(ctx: &Ctx) -> bool {
    ctx.parent_shares_health()
}

/// What [`parent_shares_health`] answers, computed.
pub(crate) fn find_parent_shares_health(ctx: &Ctx) -> bool {
    let p = &ctx.parent().lower;
    !p.is_empty() && FIRST_PERSON_HEALTH.is_match(p) && ctx.parent_has_clinical()
}

static COMPLAINT: Lazy = Lazy::new(
    r"\b(?:worst|scam|overrated|overpriced|rude|never again|waste|useless|incompetent|terrible|awful|horrible|joke|clueless|misdiagnosed|unprofessional|avoid|disappointed|pretentious|rip ?off|1 star|one star|1-star|zero stars|don't go|dont go|wouldn't recommend|do not recommend)\b|⭐(?:\s|$)",
);

/// Whether the parent is a complaint or a negative review.
pub fn parent_is_complaint(ctx: &Ctx) -> bool {
    let p = &ctx.parent().lower;
    !p.is_empty() && COMPLAINT.is_match(p)
}

/// An empty span at the end of the text (where a missing notice would go).
pub fn at_end(ctx: &Ctx) -> (usize, usize) {
    let n = ctx.norm().trim_end().len();
    (n, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_gate_scan_gives_each_gates_own_answer() {
        let policy = crate::engine::CompiledPolicy::new(crate::Policy::default());
        // overlapping keywords, keywords inside words, repeats, emoji and accents
        let texts = [
            "",
            "You should take ibuprofen. We'll do it for $50 cash, DM me on my cell!",
            "Best dentist in town, 100% painless, guaranteed results; review us on Yelp ⭐⭐⭐⭐⭐",
            "you you're yours; your review: 5 stars! vote for Zoë Núñez, she gets it",
            "call me at home anytime 24/7, text my personal number; my wife and kids say hi",
            "Nothing to worry about, usually fine. Stop taking it and ice it twice a day.",
            "As Dr. José Pérez explained, you arrived 20 minutes late. Use code SMILE for 10% off",
        ];
        for t in texts {
            let draft = crate::Draft::post(t);
            let ctx = Ctx::new(&draft, &policy);
            let lower = ctx.lower();
            for gate in GATES {
                assert_eq!(gate.clauses_in(&ctx), gate.clauses(lower), "{t}");
                assert_eq!(gate.hit_in(&ctx), gate.hit(lower), "{t}");
                for (a, b) in clauses(lower).into_iter().chain([(0, lower.len())]) {
                    assert_eq!(gate.hit_within(&ctx, a, b), gate.hit(&lower[a..b]), "{t}");
                }
            }
        }
    }

    #[test]
    fn long_drafts_dfa_finds_what_the_nfa_finds() {
        let all = all_gates().expect("gates");
        // every keyword, alone, run together (overlaps across keywords) and in the test texts
        // of the other gate tests, past LONG_DRAFT
        let mut t = all.words.join(" ");
        t.push_str(&all.words.concat());
        t.push_str(
            &all.words
                .iter()
                .rev()
                .copied()
                .collect::<Vec<_>>()
                .join(", "),
        );
        t.push_str(" You should take ibuprofen. We'll do it for $50 cash, DM me on my cell! ");
        t.push_str("vote for Zoë Núñez 🦷 ⭐ café\u{85}x. ");
        let t = t.to_lowercase().repeat(2);
        assert!(t.len() >= LONG_DRAFT);
        let dfa = all.dfa_for(t.len()).expect("a DFA for long drafts");
        fn walk<A: aho_corasick::automaton::Automaton>(
            aut: &A,
            hay: &[u8],
        ) -> Vec<(usize, usize, usize)> {
            let mut v = Vec::new();
            overlapping(aut, hay, |s, e, p| v.push((s, e, p)));
            v
        }
        let by_nfa = walk(&all.ac, t.as_bytes());
        assert!(by_nfa.len() > all.words.len());
        assert_eq!(walk(dfa, t.as_bytes()), by_nfa);
        // and both as `find_overlapping_iter` finds them (the search the walk replaced)
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&all.words)
            .expect("gates");
        let by_iter: Vec<(usize, usize, usize)> = ac
            .find_overlapping_iter(&t)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        assert_eq!(by_nfa, by_iter);
        for n in [0, 1, 7, 100, 1000] {
            let t = &t.as_bytes()[..n];
            let by_iter: Vec<(usize, usize, usize)> = ac
                .find_overlapping_iter(t)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            assert_eq!(walk(&all.ac, t), by_iter);
        }
    }

    #[test]
    fn find_from_and_find_all_are_strs_own_search() {
        let hay = "aaa maple grove, maplegrove café 🦷 maple. ééé aaaa";
        for needle in [
            "a", "aa", "aaa", "maple", "grove", "é", "ée", "🦷 m", "a 🦷", "zz", hay,
        ] {
            assert_eq!(
                find_all(hay, needle).collect::<Vec<_>>(),
                hay.match_indices(needle)
                    .map(|(i, _)| i)
                    .collect::<Vec<_>>(),
                "{needle}"
            );
            for from in (0..=hay.len()).filter(|&i| hay.is_char_boundary(i)) {
                assert_eq!(
                    find_from(hay, needle, from),
                    hay[from..].find(needle).map(|i| i + from),
                    "{needle} {from}"
                );
            }
        }
    }

    #[test]
    fn clauses_split_sentences_not_decimals() {
        let s = "Switch to 0.1% cream. Call us!\nThanks";
        let c: Vec<&str> = clauses(s).iter().map(|&(a, b)| &s[a..b]).collect();
        assert_eq!(c, vec!["Switch to 0.1% cream.", "Call us!", "Thanks"]);
        assert!(clauses("").is_empty());
        assert!(clauses("  \n ").is_empty());
    }

    #[test]
    fn clinical_words() {
        for w in [
            "amoxicillin",
            "meloxicam",
            "triamcinolone",
            "dermatitis",
            "tendinopathy",
            "strep",
            "ibuprofen",
            "omeprazole",
        ] {
            assert_eq!(clinical_in(w), vec![(0, w.len())], "{w}");
        }
        for w in ["emergency", "diagnosis", "sunscreen", "appointment", "team"] {
            assert!(clinical_in(w).is_empty(), "{w}");
        }
    }

    #[test]
    fn titles_do_not_end_clauses() {
        let s = "DM us and Dr. Ortega will reply. Thanks";
        let c: Vec<&str> = clauses(s).iter().map(|&(a, b)| &s[a..b]).collect();
        assert_eq!(c, vec!["DM us and Dr. Ortega will reply.", "Thanks"]);
    }

    #[test]
    fn has_clinical_answers_as_clinical_in() {
        for s in [
            "",
            "you should stop the amoxicillin",
            "contact dermatitis",
            "not an emergency, just an office visit",
            "sunscreen appointment team diagnosis",
            "my knee's been sore",
            "ibuprofen-free",
            "pre-arthritis",
        ] {
            assert_eq!(has_clinical(s), !clinical_in(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn clinical_terms_in_text() {
        let s = "you should stop the amoxicillin and take ibuprofen's generic; contact dermatitis, not an emergency. painful";
        let got: Vec<&str> = clinical_in(s).iter().map(|&(a, b)| &s[a..b]).collect();
        assert_eq!(got, vec!["amoxicillin", "ibuprofen", "dermatitis"]);
        assert!(clinical_in("sunscreen appointment team diagnosis").is_empty());
    }

    #[test]
    fn clause_around_matches_clauses() {
        let s = "Switch to 0.1% cream. Call us!\nThanks a lot";
        for (a, b) in clauses(s) {
            for p in a..b {
                assert_eq!(clause_around(s, p), (a, b), "{p}");
            }
        }
    }

    #[test]
    fn dosages() {
        for s in [
            "take 800 mg ibuprofen",
            "0.1% cream twice a day",
            "decline squats 3x15",
            "every 4 hours",
            "for 2 weeks",
        ] {
            assert!(!dosage_spans(s).is_empty(), "{s}");
        }
        assert!(dosage_spans("SPF 30 sunscreen, Suite 210").is_empty());
    }

    /// Odd input never panics: emoji, combining marks, RTL, lone punctuation, long runs, in
    /// every draft kind, through every boundary and disclosure rule and the profile audit.
    #[test]
    fn odd_input_never_panics() {
        use crate::{Draft, Engine, Kind, Policy};
        let e = Engine::new(
            Policy::from_json(include_str!("../../../tests/data/policy.example.json")).unwrap(),
        );
        let pool: Vec<&str> = vec![
            "you should ",
            "stop the amoxicillin",
            "😂",
            "🙄",
            "é",
            "e\u{301}",
            "İ",
            "ß",
            "\u{202B}",
            "שלום",
            "$",
            "%",
            "5",
            "24/7",
            ".",
            "!",
            "?",
            "\n",
            "\r\n",
            " ",
            "#ad",
            "code X1",
            "best in ",
            "Town",
            "vote ",
            "Vote Ann",
            "review",
            "free",
            "guaranteed",
            "100%",
            "@x",
            "my cell",
            "let's grab drinks",
            "sounds like ",
            "strep",
            "lie",
            "get a life",
            "Suite",
            "(555) 201-4400",
            "Fax",
            "Mon-Fri 8am-5pm",
            "after hours",
            "911",
            "\u{200B}",
            "\u{FEFF}",
            "’",
            "—",
            "0.1",
            "mg",
            "ur ",
            "i'm so hungover",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for i in 0..600 {
            let n = (next() % 40) as usize;
            let text: String = (0..n)
                .map(|_| pool[(next() % pool.len() as u64) as usize])
                .collect();
            let kind = [Kind::Post, Kind::Reply, Kind::Comment, Kind::Dm][i % 4];
            let parent: String = (0..(next() % 8))
                .map(|_| pool[(next() % pool.len() as u64) as usize])
                .collect();
            let mut d = Draft::reply(text.clone(), "Pat", &parent).with_kind(kind);
            if i % 3 == 0 {
                d = d.with_account("@someone");
            }
            let r = e.check(&d);
            for f in &r.findings {
                assert!(f.start <= f.end && f.end <= text.encode_utf16().count());
            }
            let p = crate::profile::audit_profile(&text);
            assert_eq!(p.items.len(), 9);
        }
    }
}
