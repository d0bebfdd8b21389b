//! Safe Harbor identifiers, dates, ages and places (phone, email, URL, SSN, MRN...).
//!
//! Every candidate lands in the [`Analysis`] with a `score` that says how sure the detector is
//! that it is a *patient's* identifier:
//! - `1.0`: validated or labeled ("MRN: 0048213", "SSN 219-09-9999") or tied to one person and
//!   a visit ("her visit on 3/14"): a rule reports it as is;
//! - `0.5`-`0.8`: a real identifier whose link to a patient is only partly shown; rules may
//!   raise it with what the persons and health detectors found nearby;
//! - below `0.5`: shape only (an event date, a business phone, a handle used as a contact of the
//!   writer). Kept for other rules, never reported alone.
//!
//! Context ("tie") is read from word windows around a span: *individual* cues (he, her, pt,
//! patient, Mrs., a 72-year-old, "you" in a reply...) and *visit* cues (came in, seen, admitted,
//! appointment, surgery, f/u...). The practice's own phone, fax, email, website, address and
//! handles never count.
//!
//! Everything runs in linear time: `regex` (no backtracking) and one Aho-Corasick pass; matchers
//! are built once in [`warm`].

use super::{Analysis, Mention};
use crate::engine::Ctx;
use crate::text::ASCII_ALNUM;

pub(crate) mod cues;
mod dates;
mod numbers;
mod places;

pub(crate) use cues::cue_patterns;
pub use cues::Cues;
pub(crate) use dates::EVENT_GATE;
pub(crate) use numbers::LABEL_GATE;

/// Adds this detector's mentions to the analysis. (Never inlined, so that profilers can
/// measure it on its own: `--toggle-collect=practice_guard::detect::identifiers::detect`.)
#[inline(never)]
pub fn detect(ctx: &Ctx, a: &mut Analysis) {
    let norm = ctx.norm();
    if norm.is_empty() {
        return;
    }
    // Ages first: an age is also an individual cue ("a 72-year-old ... seen 3/14").
    let mut tr = Triggers::new(ctx.lower());
    tr.lits.ctx = Some(ctx);
    let ages = dates::ages(ctx, &tr);
    let cues = Cues::new(ctx, &ages);
    let mut claimed = Claims::default();
    numbers::detect(ctx, &tr, &cues, &mut claimed, &mut a.identifiers);
    let mut born = Vec::new();
    dates::detect(
        ctx,
        &tr,
        &cues,
        &claimed,
        &mut a.identifiers,
        &mut a.dates,
        &mut born,
    );
    for m in &a.dates {
        claimed.push(m.span());
    }
    places::detect(ctx, &tr, &cues, &claimed, &a.dates, &mut a.places);
    a.ages.extend(ages);
    a.ages.extend(born);
    // "#IDM2026", "#Class2025": an unlabeled code inside a hashtag is a tag, not an identifier
    let lower = ctx.lower();
    a.identifiers
        .retain(|m| !(m.kind == "id" && in_hashtag(lower, m.start)));
    for v in [&mut a.identifiers, &mut a.dates, &mut a.places, &mut a.ages] {
        v.sort_by_key(|m| (m.start, m.end));
    }
}

/// Builds lexicons and regexes once (called by `Engine::new`).
pub fn warm() {
    let _ = keyword_table();
    cues::warm();
    numbers::warm();
    dates::warm();
    places::warm();
}

/// Score of a date, facility or similar when one person is singled out nearby but no visit
/// word is seen (a rule may add the health detector's findings).
pub const IND_ONLY: f32 = 0.7;
/// Score when a visit word is near but no single person (a rule may add the persons detector's).
pub const VISIT_ONLY: f32 = 0.6;

/// Spans of one kind (persons who may be patients, health and care terms) ready for "is one
/// within `bytes` of this span?" in O(log n): sorted by start, with running maxima of the ends.
#[derive(Debug, Clone)]
pub struct Near {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl Near {
    pub fn new(mut spans: Vec<(usize, usize)>) -> Near {
        // (a stable sort finds the sorted runs the spans come in, one per kind, and merges them;
        // equal spans are alike, so the order is the unstable sort's)
        spans.sort();
        let mut max_end = Vec::with_capacity(spans.len());
        let mut mx = 0;
        for &(_, e) in &spans {
            mx = mx.max(e);
            max_end.push(mx);
        }
        Near {
            starts: spans.into_iter().map(|x| x.0).collect(),
            max_end,
        }
    }

    /// Persons the persons detector says may be patients.
    pub fn persons(a: &Analysis) -> Near {
        Near::new(
            a.persons
                .iter()
                .filter(|m| crate::detect::persons::is_possible_patient(m))
                .map(Mention::span)
                .collect(),
        )
    }

    /// Health terms (score >= 0.5) and care cues.
    pub fn care(a: &Analysis) -> Near {
        Near::new(
            a.health
                .iter()
                .filter(|m| m.score >= 0.5)
                .chain(a.care.iter())
                .map(Mention::span)
                .collect(),
        )
    }

    /// Whether a span lies within `bytes` of `span`.
    pub fn any(&self, span: (usize, usize), bytes: usize) -> bool {
        let lo = span.0.saturating_sub(bytes);
        let hi = span.1.saturating_add(bytes);
        let k = self.starts.partition_point(|&s| s <= hi);
        k > 0 && self.max_end[k - 1] >= lo
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}

/// What a rule hears from the other detectors: persons and care near a span.
#[derive(Debug, Clone, Copy)]
pub struct Others<'a> {
    pub persons: &'a Near,
    pub care: &'a Near,
}

impl Others<'_> {
    /// The analysis's persons and care, built by the first rule that asks and kept in the
    /// analysis for the others (three rules ask on every draft with an identifier, a date or a
    /// place: two sorts each on long drafts). The analysis must be complete: a change to it after
    /// the first call is not seen.
    pub fn new(a: &Analysis) -> Others<'_> {
        let (persons, care) = a.near.get_or_init(|| (Near::persons(a), Near::care(a)));
        Others { persons, care }
    }

    /// Whether a date, facility... with this score is tied to a patient once the persons and
    /// health detectors are heard (`w` bytes around the span).
    pub fn tied(&self, m: &Mention, w: usize) -> bool {
        let s = m.score;
        if s >= 0.9 {
            return true;
        }
        let person = || self.persons.any(m.span(), w);
        let care = || self.care.any(m.span(), w);
        if (s - IND_ONLY).abs() < 1e-6 {
            care()
        } else if (s - VISIT_ONLY).abs() < 1e-6 {
            person()
        } else if s >= 0.3 {
            person() && care()
        } else {
            false
        }
    }
}

/// Whether byte `s` sits inside a hashtag: a `#` then at least two letters, with no space
/// between it and `s`.
fn in_hashtag(lower: &str, s: usize) -> bool {
    let head = &lower[..s];
    // (after the whitespace char, whatever its length: U+0085 and U+3000 are two and three bytes)
    let tok_start = head
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace())
        .map_or(0, |(k, c)| k + c.len_utf8());
    let tok = &head[tok_start..];
    tok.strip_prefix('#')
        .is_some_and(|t| t.chars().take_while(|c| c.is_alphabetic()).count() >= 2)
}

/// Whether any of `ms` (sorted by start or not) lies within `bytes` of the span.
pub fn any_near(ms: &[Mention], span: (usize, usize), bytes: usize) -> bool {
    let lo = span.0.saturating_sub(bytes);
    let hi = span.1.saturating_add(bytes);
    ms.iter().any(|m| m.end >= lo && m.start <= hi)
}

/// Byte ranges of a text worth searching with a given regex: windows around the places where
/// the regex could match (digits, an `@`, a keyword). Regexes run without a DFA (the WebAssembly
/// build keeps `regex` small), so searching only these windows keeps a check linear and short.
/// `u8::is_ascii_whitespace` by table (one load in the widening loops of [`Windows::around`]).
static ASCII_WS: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_whitespace();
        c += 1;
    }
    t
};

#[derive(Debug, Default, Clone)]
pub(crate) struct Windows(pub Vec<(usize, usize)>);

impl Windows {
    /// Windows `back` bytes before and `fwd` bytes after each point, widened to whitespace so
    /// that word boundaries read the same as in the whole text, and merged.
    pub fn around(text: &str, points: &[(usize, usize)], back: usize, fwd: usize) -> Windows {
        let b = text.as_bytes();
        // (at most one window a point: allocated once, not grown)
        let mut v: Vec<(usize, usize)> = Vec::with_capacity(points.len());
        for &(s, e) in points {
            let mut ws = floor_boundary(text, s.saturating_sub(back));
            // widening only moves the start back: a start already inside the last window
            // merges with it whatever the widening gives, so skip that scan
            let merges = v.last().is_some_and(|last| ws <= last.1);
            let mut k = 0;
            while !merges && ws > 0 && k < 24 && !ASCII_WS[usize::from(b[ws - 1])] {
                ws -= 1;
                k += 1;
            }
            let ws = floor_boundary(text, ws);
            let mut we = ceil_boundary(text, e.saturating_add(fwd));
            let mut k = 0;
            while we < b.len() && k < 24 && !ASCII_WS[usize::from(b[we])] {
                we += 1;
                k += 1;
            }
            let we = ceil_boundary(text, we);
            match v.last_mut() {
                Some(last) if ws <= last.1 => last.1 = last.1.max(we),
                _ => v.push((ws, we)),
            }
        }
        Windows(v)
    }

    /// All captures of `re` that start inside a window, in order (offsets are those of the whole
    /// text; the text before a window is seen by look-behind assertions such as `\b`). Found
    /// as the loop asks for them: nothing is collected.
    pub fn caps<'a, 't, R: Search>(&'a self, re: &'a R, text: &'t str) -> Caps<'a, 't, R> {
        Caps(Walk::new(self, re, text))
    }

    /// All matches of `re` that start inside a window, in order (as [`Windows::caps`]).
    pub fn finds<'a, 't, R: Search>(&'a self, re: &'a R, text: &'t str) -> Finds<'a, 't, R> {
        Finds(Walk::new(self, re, text))
    }

    /// The windows whose text passes `keep`: a regex that cannot match without, say, three
    /// digits in a row need not search the others (every match lies inside one window).
    pub fn holding(&self, text: &str, keep: impl Fn(&str) -> bool) -> Windows {
        Windows(
            self.0
                .iter()
                .copied()
                .filter(|&(ws, we)| keep(&text[ws..we]))
                .collect(),
        )
    }

    /// The windows that hold a digit run passing `keep`, asked with the runs of `runs` (the
    /// text's maximal runs of ASCII digits, sorted: `Triggers::digits`) that reach into the
    /// window, as (start of the run within the window, end of the whole run, end of the
    /// window). Reads the runs found once instead of scanning each window's bytes; a window
    /// without a digit is never kept.
    pub fn holding_runs(
        &self,
        runs: &[(usize, usize)],
        keep: impl Fn(usize, usize, usize) -> bool,
    ) -> Windows {
        Windows(
            self.0
                .iter()
                .copied()
                .filter(|&(ws, we)| {
                    let k = runs.partition_point(|r| r.1 <= ws);
                    runs[k..]
                        .iter()
                        .take_while(|r| r.0 < we)
                        .any(|&(ds, de)| keep(ds.max(ws), de, we))
                })
                .collect(),
        )
    }

    /// The windows that hold one of `points` (sorted by start) whole.
    pub fn holding_points(&self, points: &[(usize, usize)]) -> Windows {
        Windows(
            self.0
                .iter()
                .copied()
                .filter(|&(ws, we)| {
                    let k = points.partition_point(|p| p.0 < ws);
                    points[k..]
                        .iter()
                        .take_while(|p| p.0 < we)
                        .any(|p| p.1 <= we)
                })
                .collect(),
        )
    }

    /// Joins two sets of windows.
    pub fn union(&self, other: &Windows) -> Windows {
        let mut pts: Vec<(usize, usize)> = self.0.iter().chain(other.0.iter()).copied().collect();
        // (two sorted runs: merged by the stable sort)
        pts.sort();
        let mut v: Vec<(usize, usize)> = Vec::new();
        for (s, e) in pts {
            match v.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => v.push((s, e)),
            }
        }
        Windows(v)
    }
}

/// Where a search of windows stands: the windows left, and in the current one where the next
/// search starts, where the window ends and the regex's ASCII-boundary twin (see [`twin_for`]).
struct Walk<'a, 't, R: Search> {
    windows: std::slice::Iter<'a, (usize, usize)>,
    re: &'a R,
    text: &'t str,
    cur: Option<(usize, usize, Option<&'a regex::Regex>)>,
    need: Need<'a>,
}

/// What every match of a regex holds, so that the rest of a window without it is not searched
/// after a match (the search could only fail there).
#[derive(Clone, Copy)]
enum Need<'a> {
    Nothing,
    /// An ASCII digit: the text's maximal runs of ASCII digits, sorted (`Triggers::digits`).
    Digit(&'a [(usize, usize)]),
    /// One of these spans whole (sorted by start).
    Point(&'a [(usize, usize)]),
}

impl Need<'_> {
    /// Whether `pos..we` holds what every match needs.
    fn within(self, pos: usize, we: usize) -> bool {
        match self {
            Need::Nothing => true,
            Need::Digit(runs) => {
                let k = runs.partition_point(|r| r.1 <= pos);
                runs.get(k).is_some_and(|r| r.0 < we)
            }
            Need::Point(points) => {
                let k = points.partition_point(|p| p.0 < pos);
                points[k..]
                    .iter()
                    .take_while(|p| p.0 < we)
                    .any(|p| p.1 <= we)
            }
        }
    }
}

impl<'a, 't, R: Search> Walk<'a, 't, R> {
    fn new(w: &'a Windows, re: &'a R, text: &'t str) -> Self {
        Walk {
            windows: w.0.iter(),
            re,
            text,
            cur: None,
            need: Need::Nothing,
        }
    }

    /// The next place to search from: (start, the text up to the window's end, the twin);
    /// `None` after the last window.
    fn next_search(&mut self) -> Option<(usize, &'t str, Option<&'a regex::Regex>)> {
        loop {
            if let Some((pos, we, twin)) = self.cur {
                if pos < we {
                    return Some((pos, &self.text[..we], twin));
                }
            }
            let &(ws, we) = self.windows.next()?;
            self.cur = Some((ws, we, twin_for(self.re, self.text, ws, we)));
        }
    }

    /// After a match `start..end` in the current window: the next search starts at its end
    /// (one char further for an empty match); with no match, the window is done.
    fn advance(&mut self, found: Option<(usize, usize)>) {
        match (found, &mut self.cur) {
            (Some((s, e)), Some(cur)) => {
                cur.0 = if e > s {
                    e
                } else {
                    ceil_boundary(self.text, e + 1)
                };
                if !self.need.within(cur.0, cur.1) {
                    self.cur = None;
                }
            }
            _ => self.cur = None,
        }
    }
}

/// The matches of a regex in [`Windows`] (see [`Windows::finds`]).
pub(crate) struct Finds<'a, 't, R: Search>(Walk<'a, 't, R>);

impl<'a, 't, R: Search> Finds<'a, 't, R> {
    /// For a regex every match of which holds an ASCII digit: the rest of a window after a
    /// match is searched only when it holds one (`digits`: the text's maximal runs of ASCII
    /// digits, sorted, as `Triggers::digits`).
    pub fn needing_digit(mut self, digits: &'a [(usize, usize)]) -> Self {
        self.0.need = Need::Digit(digits);
        self
    }

    /// For a regex every match of which holds one of `points` (spans sorted by start) whole:
    /// the rest of a window after a match is searched only when it holds one.
    pub fn needing_point(mut self, points: &'a [(usize, usize)]) -> Self {
        self.0.need = Need::Point(points);
        self
    }
}

impl<'t, R: Search> Iterator for Finds<'_, 't, R> {
    type Item = regex::Match<'t>;

    fn next(&mut self) -> Option<regex::Match<'t>> {
        loop {
            let (pos, hay, twin) = self.0.next_search()?;
            let from = match twin {
                Some(t) => t.find_at(hay, pos).map(|m| m.start()),
                None => Some(pos),
            };
            let m = from.and_then(|from| self.0.re.regex().find_at(hay, from));
            self.0.advance(m.map(|m| (m.start(), m.end())));
            if m.is_some() {
                return m;
            }
        }
    }
}

/// The captures of a regex in [`Windows`] (see [`Windows::caps`]).
pub(crate) struct Caps<'a, 't, R: Search>(Walk<'a, 't, R>);

impl<'t, R: Search> Iterator for Caps<'_, 't, R> {
    type Item = regex::Captures<'t>;

    fn next(&mut self) -> Option<regex::Captures<'t>> {
        loop {
            let (pos, hay, twin) = self.0.next_search()?;
            let c = captures_from(self.0.re.regex(), twin, hay, pos);
            self.0.advance(c.as_ref().map(|c| {
                let m = c.get(0).expect("group 0");
                (m.start(), m.end())
            }));
            if c.is_some() {
                return c;
            }
        }
    }
}

/// A regex to search windows with. Its lazy DFA gives up on text with non-ASCII characters when
/// the pattern has Unicode word boundaries (`\b`), and `regex` then falls back to a much slower
/// engine over the whole window: a draft with an emoji or an accent pays that on every window.
/// [`Re`] keeps a twin with ASCII-only `\b` that the DFA runs on any text.
pub(crate) trait Search {
    fn regex(&self) -> &regex::Regex;
    /// The ASCII-boundary twin, when the pattern allows one (see [`Re`]).
    fn twin(&self) -> Option<&regex::Regex> {
        None
    }
}

impl Search for regex::Regex {
    fn regex(&self) -> &regex::Regex {
        self
    }
}

/// A regex every `\b` of which touches an ASCII word character that the pattern itself must
/// match on that side (a digit or an ASCII letter: `\b[0-9]`, `old\b`), so that wherever the
/// Unicode `\b` holds the ASCII one holds too (the other side is then not a Unicode word
/// character, so neither an ASCII one nor the last byte of one). The twin with ASCII `\b`
/// therefore matches wherever the regex does (and perhaps more): searching with the twin first
/// finds no later start than the regex's leftmost match, and the regex itself, run from there,
/// gives exactly its own match. Only windows with non-ASCII text use the twin.
///
/// Callers must keep that condition when they write a pattern for [`Re::new`]; a pattern with
/// `\b` next to anything else (`#\b`, `\b(?:\s|é)`) stays a plain [`regex::Regex`].
pub(crate) struct Re {
    re: regex::Regex,
    twin: std::sync::OnceLock<regex::Regex>,
}

impl Re {
    pub fn new(pattern: &str) -> Re {
        Re {
            re: regex::Regex::new(pattern).expect("regex"),
            twin: std::sync::OnceLock::new(),
        }
    }
}

impl std::ops::Deref for Re {
    type Target = regex::Regex;
    fn deref(&self) -> &regex::Regex {
        &self.re
    }
}

impl Search for Re {
    fn regex(&self) -> &regex::Regex {
        &self.re
    }
    fn twin(&self) -> Option<&regex::Regex> {
        Some(self.twin.get_or_init(|| {
            regex::Regex::new(&ascii_boundaries(self.re.as_str())).expect("ASCII-boundary twin")
        }))
    }
}

/// `pattern` with every `\b` made ASCII-only (`(?-u:\b)`); escaped backslashes stay.
fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut it = pattern.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('b') => out.push_str("(?-u:\\b)"),
            Some(n) => {
                out.push('\\');
                out.push(n);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// The twin of `re` when window `[ws, we)` of `text` (or the byte before it, which `\b` reads)
/// is not all ASCII; on ASCII text the regex's own DFA runs and the twin would only add a pass.
pub(crate) fn twin_for<'r>(
    re: &'r impl Search,
    text: &str,
    ws: usize,
    we: usize,
) -> Option<&'r regex::Regex> {
    if text.as_bytes()[ws.saturating_sub(1)..we].is_ascii() {
        None
    } else {
        re.twin()
    }
}

/// The leftmost captures of `re` in `hay` starting at or after `pos`; with a `twin` (see
/// [`Re`]), the search starts where the twin first matches.
pub(crate) fn captures_from<'t>(
    re: &regex::Regex,
    twin: Option<&regex::Regex>,
    hay: &'t str,
    pos: usize,
) -> Option<regex::Captures<'t>> {
    let from = match twin {
        Some(t) => t.find_at(hay, pos)?.start(),
        None => pos,
    };
    re.captures_at(hay, from)
}

/// Flags of short words drawn from fixed word lists, for exact look-ups: one hash probe per word
/// instead of a scan of each list (`LIST.contains(&w)` compares `w` with every entry of its
/// length; a two-letter word against the state codes is fifty comparisons).
pub(crate) struct WordFlags {
    map: std::collections::HashMap<&'static str, u16, std::hash::BuildHasherDefault<WordHasher>>,
}

impl WordFlags {
    /// The flags of every word of each list, OR-ed where lists share a word.
    pub fn new(lists: &[(&[&'static str], u16)]) -> WordFlags {
        let mut map = std::collections::HashMap::default();
        for &(words, flag) in lists {
            for &w in words {
                *map.entry(w).or_insert(0) |= flag;
            }
        }
        WordFlags { map }
    }

    /// The flags of `w` (0 when it is in no list).
    #[inline]
    pub fn get(&self, w: &str) -> u16 {
        self.map.get(w).copied().unwrap_or(0)
    }

    /// Whether `w` is in a list flagged `flag` (the same as that list's `contains(&w)`).
    #[inline]
    pub fn has(&self, w: &str, flag: u16) -> bool {
        self.get(w) & flag != 0
    }
}

/// A small multiplicative hash for short words (the table is fixed at start-up: whatever word
/// is looked up, a probe visits the same few slots).
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The text after the last of the ASCII bytes of `set` in `s`, or all of `s` without one:
/// `s.rsplit([...]).next()` for ASCII chars, without decoding chars.
pub(crate) fn after_last<'s>(s: &'s str, set: &[u8]) -> &'s str {
    match s.bytes().rposition(|b| set.contains(&b)) {
        Some(k) => &s[k + 1..],
        None => s,
    }
}

/// Whether `s` holds a run of at least `n` ASCII digits followed by the byte `next` (the
/// reference for [`run_then`]).
#[cfg(test)]
pub(crate) fn has_digit_run_then(s: &str, n: usize, next: u8) -> bool {
    let mut run = 0;
    for b in s.bytes() {
        if b.is_ascii_digit() {
            run += 1;
        } else {
            if b == next && run >= n {
                return true;
            }
            run = 0;
        }
    }
    false
}

/// [`has_digit_run_then`] read from a digit run: the run (from `s`, its start within the
/// window, to `de`) is at least `n` long and followed within the window (ending at `we`) by
/// the byte `next` of `b`.
pub(crate) fn run_then(b: &[u8], s: usize, de: usize, we: usize, n: usize, next: u8) -> bool {
    de < we && b[de] == next && de - s >= n
}

/// [`has_digit_then`] read from a digit run ending at `de`, in a window ending at `we`, of the
/// text `b`.
pub(crate) fn run_end_then(b: &[u8], de: usize, we: usize, set: &[u8], digit_after: bool) -> bool {
    de < we && set.contains(&b[de]) && (!digit_after || (de + 1 < we && b[de + 1].is_ascii_digit()))
}

/// Whether `s` holds an ASCII digit followed right away by one of the bytes of `set`, then (when
/// `digit_after`) by another digit: "3-1" for `(b"-.", true)`, "72F" for `(b"MF", false)`.
/// (The reference for [`run_end_then`].)
#[cfg(test)]
pub(crate) fn has_digit_then(s: &str, set: &[u8], digit_after: bool) -> bool {
    let b = s.as_bytes();
    (1..b.len()).any(|i| {
        b[i - 1].is_ascii_digit()
            && set.contains(&b[i])
            && (!digit_after || b.get(i + 1).is_some_and(u8::is_ascii_digit))
    })
}

/// Whether `s` holds at least `n` ASCII digits in a row.
pub(crate) fn has_digit_run(s: &str, n: usize) -> bool {
    let mut run = 0;
    for b in s.bytes() {
        if b.is_ascii_digit() {
            run += 1;
            if run >= n {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Trigger points of a draft, found in one pass: digit runs, `@` signs, URL-ish dots and
/// keywords (weekdays, relative days, old-age words, street suffixes).
pub(crate) struct Triggers<'t> {
    pub digits: Vec<(usize, usize)>,
    pub at: Vec<(usize, usize)>,
    pub dots: Vec<(usize, usize)>,
    pub date_words: Vec<(usize, usize)>,
    /// The weekday names among `date_words` (English, abbreviated and Spanish).
    pub weekday_words: Vec<(usize, usize)>,
    /// The other date keywords among `date_words` ("today", "morning", "mañana"...): every
    /// match of the dates detector's `relative` regex holds one, but "esta tarde" and "esta
    /// noche".
    pub relative_words: Vec<(usize, usize)>,
    pub age_words: Vec<(usize, usize)>,
    pub street_words: Vec<(usize, usize)>,
    pub month_words: Vec<(usize, usize)>,
    /// Every occurrence of the detectors' gate literals (see [`Literals`]).
    pub lits: Literals<'t>,
}

/// Weekday keywords besides the weekday names (`text::WEEKDAYS`, which come first in the
/// keyword automaton): short forms and the Spanish days.
pub(super) const WEEKDAY_DATE_WORDS: &[&str] = &[
    "tues",
    "thurs",
    "weds",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
];

/// The other date keywords, after [`WEEKDAY_DATE_WORDS`] in the keyword automaton.
const OTHER_DATE_WORDS: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "other day",
    "hoy",
    "ayer",
    "mañana",
    "anoche",
    "hoje",
    "ontem",
    "anteontem",
];
const AGE_WORDS: &[&str] = &[
    "nineties",
    "nonagenarian",
    "centenarian",
    "supercentenarian",
];
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "lane",
    "ln",
    "drive",
    "dr",
    "boulevard",
    "blvd",
    "court",
    "ct",
    "way",
    "place",
    "pl",
    "parkway",
    "pkwy",
    "highway",
    "hwy",
    "circle",
    "cir",
    "terrace",
    "ter",
    "trail",
    "trl",
    "loop",
    "pike",
    "alley",
    // (the street regex's other kinds: without them here its search never ran on them)
    "square",
    "sq",
    "plaza",
    "row",
];

/// Whether keyword `k` (an index into [`keywords`]'s patterns) names a weekday: the weekday
/// names, then [`WEEKDAY_DATE_WORDS`].
fn is_weekday_keyword(k: usize) -> bool {
    k < crate::text::WEEKDAYS.len() + WEEKDAY_DATE_WORDS.len()
}

/// Every keyword, in the order [`Triggers::new`] reads their kind from: weekday names and
/// [`WEEKDAY_DATE_WORDS`], [`OTHER_DATE_WORDS`], [`AGE_WORDS`], [`STREET_WORDS`], months.
fn keyword_list() -> impl Iterator<Item = &'static str> {
    crate::text::WEEKDAYS
        .iter()
        .chain(WEEKDAY_DATE_WORDS)
        .chain(OTHER_DATE_WORDS)
        .chain(AGE_WORDS)
        .chain(STREET_WORDS)
        .chain(&crate::text::MONTHS)
        .chain(FOREIGN_MONTHS)
        .copied()
}

/// Month names of the other languages staff write in (Spanish, Portuguese, French, Italian,
/// German, Tagalog), after `text::MONTHS` in the keyword list: a day before one ("14 de marzo",
/// "le 3 mars", "14. März") is a date as "March 14" is. They stay out of `text::MONTHS`, which
/// the name detector reads: "Julio", "Abril" and "Mayo" are names too. The date regexes' month
/// alternatives are built from this list (`dates::m`).
pub(super) const FOREIGN_MONTHS: &[&str] = &[
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "janeiro",
    "fevereiro",
    // ("março" and "août" are left out: a keyword can start at their "o" or "t", where a word
    // can start; see no_keyword_starts_inside_another_where_a_word_can_start)
    "marco",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "decembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "januar",
    "februar",
    "märz",
    "maerz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "pebrero",
    "marso",
    "hunyo",
    "hulyo",
    "setyembre",
    "oktubre",
    "nobyembre",
    "disyembre",
];

/// The keywords ready for [`find_keywords`]: those of ASCII letters only, looked up whole (a
/// bit table of length, first and last letter turns most other words away before the hash
/// probe), and the few others ("other day", "miércoles", "sábado", "mañana"), compared in place.
struct KeywordTable {
    words:
        std::collections::HashMap<&'static str, usize, std::hash::BuildHasherDefault<WordHasher>>,
    /// Bit `last - b'a'` of `shape[len][first - b'a']`: a keyword of that length, first and last
    /// letter exists.
    shape: [[u32; 26]; KEYWORD_MAX_LEN + 1],
    /// (keyword, length of its first run of ASCII letters, index) of the others.
    others: Vec<(&'static [u8], usize, usize)>,
    /// Bit `run` set when one of `others` has a first run of that length (all under 64).
    other_runs: u64,
}

/// The longest keyword of ASCII letters only ("supercentenarian").
const KEYWORD_MAX_LEN: usize = 16;

fn keyword_table() -> &'static KeywordTable {
    static K: std::sync::OnceLock<KeywordTable> = std::sync::OnceLock::new();
    K.get_or_init(|| {
        let mut t = KeywordTable {
            words: Default::default(),
            shape: [[0; 26]; KEYWORD_MAX_LEN + 1],
            others: Vec::new(),
            other_runs: 0,
        };
        for (k, w) in keyword_list().enumerate() {
            let b = w.as_bytes();
            if b.iter().all(u8::is_ascii_lowercase) {
                assert!(b.len() <= KEYWORD_MAX_LEN, "keyword {w} is too long");
                t.words.entry(w).or_insert(k);
                t.shape[b.len()][usize::from(b[0] - b'a')] |= 1 << (b[b.len() - 1] - b'a');
            } else if !t.others.iter().any(|o| o.0 == b) {
                let run = b.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                // (compared where the byte after the run is the keyword's next byte)
                assert!(run < b.len(), "keyword {w}: ASCII letters are lowercase");
                assert!(run < 64, "keyword {w}: first run too long");
                t.others.push((b, run, k));
                t.other_runs |= 1 << run;
            }
        }
        t
    })
}

impl<'t> Triggers<'t> {
    /// The trigger points of `lower`, in one pass over its bytes.
    ///
    /// The keywords found are those a leftmost-longest Aho-Corasick search of [`keyword_list`]
    /// gives once its matches are kept only where they stand as words (no ASCII letter or digit
    /// right before or after), without walking an automaton over every byte: a keyword standing
    /// as a word starts a run of ASCII letters and digits; one of ASCII letters only is that
    /// whole run (looked up whole), and the others reach past the run's end (compared in place;
    /// being the longest match there, they hide what starts inside them, as in the search). No
    /// keyword starts inside another where a word can start (a test checks it), so a match the
    /// search would find inside a word never hides a keyword standing as a word.
    pub fn new(lower: &'t str) -> Triggers<'t> {
        let b = lower.as_bytes();
        let n = b.len();
        let mut t = Triggers {
            digits: Vec::new(),
            at: Vec::new(),
            dots: Vec::new(),
            date_words: Vec::new(),
            weekday_words: Vec::new(),
            relative_words: Vec::new(),
            age_words: Vec::new(),
            street_words: Vec::new(),
            month_words: Vec::new(),
            lits: Literals::new(lower),
        };
        let kw = keyword_table();
        let alnum = |c: u8| ASCII_ALNUM[usize::from(c)];
        // keywords start at or after this (the end of the last keyword compared in place)
        let mut kw_from = 0;
        let mut i = 0;
        while i < n {
            let c = b[i];
            if !alnum(c) {
                if c == b'@' {
                    t.at.push((i, i + 1));
                } else if c == b'.'
                    && i > 0
                    && alnum(b[i - 1])
                    && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
                {
                    t.dots.push((i, i + 1));
                }
                i += 1;
                continue;
            }
            // a run of ASCII letters and digits, and the runs of digits in it
            let s = i;
            while i < n && alnum(b[i]) {
                if b[i].is_ascii_digit() {
                    let ds = i;
                    while i < n && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    t.digits.push((ds, i));
                } else {
                    i += 1;
                }
            }
            let r = i;
            // keywords start with a letter, and not inside a keyword compared in place
            if !c.is_ascii_lowercase() || s < kw_from {
                continue;
            }
            // one of the others, when the run ends where its first run does
            let mut longest: Option<(usize, usize)> = None;
            // (only where one of them has a first run of this length)
            if r < n && r - s < 64 && kw.other_runs >> (r - s) & 1 != 0 {
                for &(p, run, k) in &kw.others {
                    if run == r - s
                        && b[r] == p[run]
                        && b[s..].starts_with(p)
                        && longest.is_none_or(|(l, _)| p.len() > l)
                    {
                        longest = Some((p.len(), k));
                    }
                }
            }
            let (e, k) = match longest {
                Some((len, k)) => {
                    kw_from = s + len;
                    (s + len, k)
                }
                None => {
                    let len = r - s;
                    let last = b[r - 1];
                    if len > KEYWORD_MAX_LEN
                        || !last.is_ascii_lowercase()
                        || kw.shape[len][usize::from(c - b'a')] & (1 << (last - b'a')) == 0
                    {
                        continue;
                    }
                    match kw.words.get(&lower[s..r]) {
                        Some(&k) => (r, k),
                        None => continue,
                    }
                }
            };
            if e < n && alnum(b[e]) {
                continue;
            }
            t.push_keyword(s, e, k);
        }
        t
    }

    /// Files keyword `k` (an index into [`keyword_list`]) found at `s..e` by its kind.
    fn push_keyword(&mut self, s: usize, e: usize, k: usize) {
        let nd = crate::text::WEEKDAYS.len() + WEEKDAY_DATE_WORDS.len() + OTHER_DATE_WORDS.len();
        let na = AGE_WORDS.len();
        if k < nd {
            self.date_words.push((s, e));
            if is_weekday_keyword(k) {
                self.weekday_words.push((s, e));
            } else {
                self.relative_words.push((s, e));
            }
        } else if k < nd + na {
            self.age_words.push((s, e));
        } else if k < nd + na + STREET_WORDS.len() {
            self.street_words.push((s, e));
        } else {
            self.month_words.push((s, e));
        }
    }
}

// Kinds of gate literals (flags of [`Literals`]).
/// Appointment words: every `appt_time` date match holds one.
pub(crate) const LIT_APPT: u16 = 1;
/// "my " and "ur ": every appointment-slot match holds one.
pub(crate) const LIT_SLOT: u16 = 2;
/// Room words: every room or bed match holds one.
pub(crate) const LIT_ROOM: u16 = 4;
/// Schedule phrases anywhere in the clause before a date.
pub(crate) const LIT_SCHED_ANY: u16 = 8;
/// Schedule phrases anywhere in the clause before a weekday.
pub(crate) const LIT_SCHED_WEEKDAY: u16 = 16;
/// Schedule words that end the clause before a date.
pub(crate) const LIT_SCHED_END: u16 = 32;
/// "seeing him", "see you"...: a standing appointment.
pub(crate) const LIT_STANDING: u16 = 64;
/// Instructions and permissions said before a time.
pub(crate) const LIT_MODAL: u16 = 128;
/// A staff member's number offered for a date.
pub(crate) const LIT_COURTING: u16 = 256;

/// Where the gate literals of the detectors occur in the lowercased text, found in one pass of
/// one automaton: "does this window (or clause) contain one of these words?" then costs a
/// binary search instead of one `str::contains` per word over that text. The pass is made on
/// the first question (a draft without digits or dates never asks one).
pub(crate) struct Literals<'t> {
    lower: &'t str,
    /// The check whose text `lower` is: its shared gate scan (`Ctx::gate_scan`) finds the
    /// literals in the same pass as the boundary rules' keywords.
    pub ctx: Option<&'t Ctx<'t>>,
    /// (start, end, flags) of every occurrence, overlapping ones included, sorted by end (found
    /// here only without `ctx`).
    occ: std::cell::OnceCell<Vec<(usize, usize, u16)>>,
}

/// The gate literals, each once, and their flags (OR-ed where lists share a word).
pub(crate) fn literal_patterns() -> &'static (Vec<&'static str>, Vec<u16>) {
    static L: std::sync::OnceLock<(Vec<&'static str>, Vec<u16>)> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let lists: [(&[&str], u16); 9] = [
            (dates::APPT_WORDS, LIT_APPT),
            (&["my ", "ur "], LIT_SLOT),
            (places::ROOM_WORDS, LIT_ROOM),
            (dates::SCHEDULE_ANY, LIT_SCHED_ANY),
            (dates::SCHEDULE_WEEKDAY, LIT_SCHED_WEEKDAY),
            (dates::SCHEDULE_END, LIT_SCHED_END),
            (dates::STANDING, LIT_STANDING),
            (dates::MODALS, LIT_MODAL),
            (numbers::COURTING, LIT_COURTING),
        ];
        crate::merge_flagged(
            lists
                .iter()
                .flat_map(|&(ws, f)| ws.iter().map(move |&w| (w, f)))
                .collect(),
        )
    })
}

/// One automaton over the gate literals (when no shared gate scan is at hand).
fn literal_matcher() -> &'static (aho_corasick::AhoCorasick, Vec<u16>) {
    static L: std::sync::OnceLock<(aho_corasick::AhoCorasick, Vec<u16>)> =
        std::sync::OnceLock::new();
    L.get_or_init(|| {
        let (pats, flags) = literal_patterns();
        let ac = crate::build_ac(
            aho_corasick::AhoCorasickBuilder::new()
                .match_kind(aho_corasick::MatchKind::Standard)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA)),
            pats,
        )
        .expect("gate literals");
        (ac, flags.clone())
    })
}

impl<'t> Literals<'t> {
    pub fn new(lower: &'t str) -> Literals<'t> {
        Literals {
            lower,
            ctx: None,
            occ: std::cell::OnceCell::new(),
        }
    }

    fn occ(&self) -> &[(usize, usize, u16)] {
        if let Some(lits) = self.ctx.and_then(|c| c.gate_scan().literals()) {
            return lits;
        }
        self.occ.get_or_init(|| {
            let (ac, flags) = literal_matcher();
            ac.find_overlapping_iter(self.lower)
                .map(|m| (m.start(), m.end(), flags[m.pattern().as_usize()]))
                .collect()
        })
    }

    /// The occurrences that end within `[lo, hi]`.
    fn ending_in(&self, lo: usize, hi: usize) -> &[(usize, usize, u16)] {
        let occ = self.occ();
        let a = occ.partition_point(|o| o.1 < lo);
        let b = a + occ[a..].partition_point(|o| o.1 <= hi);
        &occ[a..b]
    }

    /// Whether `text[lo..hi]` contains a literal of kind `flag`.
    pub fn within(&self, flag: u16, lo: usize, hi: usize) -> bool {
        self.ending_in(lo, hi)
            .iter()
            .any(|o| o.2 & flag != 0 && o.0 >= lo)
    }

    /// Whether `text[lo..hi]` ends with a literal of kind `flag`.
    pub fn ends(&self, flag: u16, lo: usize, hi: usize) -> bool {
        self.ending_in(hi, hi)
            .iter()
            .any(|o| o.2 & flag != 0 && o.0 >= lo)
    }

    /// The windows of `w` that contain a literal of kind `flag`.
    pub fn holding(&self, w: &Windows, flag: u16) -> Windows {
        if w.0.is_empty() {
            return Windows::default();
        }
        // (as `within` for each window, by one walk: the windows come sorted by start, so the
        // occurrences that end before one end before the next too; the walk gallops past them
        // and starts over only if a window starts before the last one)
        let occ = self.occ();
        let (mut a, mut last_ws) = (0, 0);
        Windows(
            w.0.iter()
                .copied()
                .filter(|&(ws, we)| {
                    if ws < last_ws {
                        a = 0;
                    }
                    last_ws = ws;
                    a = first_ending_from(occ, a, ws);
                    occ[a..]
                        .iter()
                        .take_while(|o| o.1 <= we)
                        .any(|o| o.2 & flag != 0 && o.0 >= ws)
                })
                .collect(),
        )
    }
}

/// The first index at or after `a` of an occurrence of `occ` (sorted by end) that ends at or
/// after `lo`, when every one before `a` ends before `lo`: a galloping search from `a`.
fn first_ending_from(occ: &[(usize, usize, u16)], a: usize, lo: usize) -> usize {
    let (mut from, mut step) = (a, 1);
    // (every occurrence before `from` ends before `lo`)
    let to = loop {
        let probe = from + step - 1;
        if probe >= occ.len() || occ[probe].1 >= lo {
            break (probe + 1).min(occ.len());
        }
        from = probe + 1;
        step *= 2;
    };
    from + occ[from..to].partition_point(|o| o.1 < lo)
}

/// Byte range of `sub`, a subslice of `text`.
pub(crate) fn range_in(text: &str, sub: &str) -> (usize, usize) {
    let s = sub.as_ptr() as usize - text.as_ptr() as usize;
    debug_assert!(s + sub.len() <= text.len());
    (s, s + sub.len())
}

/// The largest char boundary of `s` at or below `i`.
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or above `i`.
pub(crate) fn ceil_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Up to `n` bytes of `s` before byte `i` (cut on a char boundary).
pub(crate) fn before(s: &str, i: usize, n: usize) -> &str {
    let i = floor_boundary(s, i);
    &s[floor_boundary(s, i.saturating_sub(n))..i]
}

/// Up to `n` bytes of `s` after byte `i` (cut on a char boundary).
pub(crate) fn after(s: &str, i: usize, n: usize) -> &str {
    let i = ceil_boundary(s, i);
    &s[i..ceil_boundary(s, i.saturating_add(n))]
}

/// Spans already taken by a detector, as a few sorted runs of non-overlapping spans (each
/// detector claims in text order), so that "is this taken?" costs O(log n).
#[derive(Debug, Default, Clone)]
pub(crate) struct Claims {
    runs: Vec<Vec<(usize, usize)>>,
}

impl Claims {
    pub fn push(&mut self, span: (usize, usize)) {
        match self.runs.last_mut() {
            Some(run) if run.last().is_none_or(|l| l.1 <= span.0) => run.push(span),
            _ => self.runs.push(vec![span]),
        }
    }

    fn hits(&self, span: (usize, usize)) -> bool {
        self.runs.iter().any(|run| {
            let k = run.partition_point(|x| x.0 < span.1);
            k > 0 && run[k - 1].1 > span.0
        })
    }
}

/// Whether `span` overlaps any claimed span.
pub(crate) fn overlaps(claimed: &Claims, span: (usize, usize)) -> bool {
    claimed.hits(span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Draft, Engine, Policy};

    /// A hashtag's token starts after the whitespace before it, whatever that whitespace's
    /// length in bytes (found by the fuzzer: U+0085 is two bytes).
    #[test]
    fn hashtag_after_wide_whitespace() {
        assert!(in_hashtag("a\u{85}#class2025", 12));
        assert!(in_hashtag("a\u{3000}#class2025", 13));
        assert!(!in_hashtag("5-\u{85}\0\0", 4));
        let e = Engine::new(Policy::default());
        let _ = e.check(&Draft::post("5-\u{85}\0\0\0\0\0\0\0\0\0yourcl@I\0ido222"));
    }

    #[test]
    fn literals_holding_keeps_the_windows_within_keeps() {
        let text = "my appt is at my visit, ur slot my session. room 4 my appointment and ur appt";
        let lits = Literals::new(text);
        let n = text.len();
        // sorted windows of every width and step, and some out of order
        let mut sets: Vec<Vec<(usize, usize)>> = Vec::new();
        for width in [1, 3, 7, 12, 30] {
            for step in [width + 1, width + 5, 2 * width + 3] {
                let v: Vec<(usize, usize)> = (0..n)
                    .step_by(step)
                    .map(|s| (s, (s + width).min(n)))
                    .collect();
                let mut r = v.clone();
                r.reverse();
                sets.push(v);
                sets.push(r);
            }
        }
        for flag in [LIT_APPT, LIT_SLOT, LIT_ROOM, LIT_APPT | LIT_SLOT] {
            for v in &sets {
                let got = lits.holding(&Windows(v.clone()), flag).0;
                let want: Vec<(usize, usize)> = v
                    .iter()
                    .copied()
                    .filter(|&(ws, we)| lits.within(flag, ws, we))
                    .collect();
                assert_eq!(got, want, "{flag} {v:?}");
            }
        }
    }

    #[test]
    fn windows_holding_runs_keeps_the_windows_a_byte_scan_keeps() {
        let pieces = [
            "1",
            "22",
            "333",
            "4444",
            "55555",
            "-",
            ".",
            "/",
            "M",
            "F",
            "m",
            " ",
            " ",
            "ab",
            "é",
            "\u{1F389}",
            "x-",
            "7-",
            "2024-",
            "3.1",
            "9M",
        ];
        let mut draw = crate::testutil::drawer(0x0B7E_55A1_D2C9_3F48);
        let mut kept = 0;
        for _ in 0..5_000 {
            let t: String = (0..draw(16)).map(|_| pieces[draw(pieces.len())]).collect();
            let tr = Triggers::new(&t);
            let b = t.as_bytes();
            let w = Windows::around(&t, &tr.digits, draw(8), draw(30));
            let same = |by_bytes: Windows, by_runs: Windows| {
                assert_eq!(by_bytes.0, by_runs.0, "{t:?}");
                by_bytes.0.len()
            };
            kept += same(
                w.holding(&t, |s| s.bytes().any(|c| c.is_ascii_digit())),
                w.holding_runs(&tr.digits, |_, _, _| true),
            );
            for n in [3, 5] {
                kept += same(
                    w.holding(&t, |s| has_digit_run(s, n)),
                    w.holding_runs(&tr.digits, |s, de, we| de.min(we) - s >= n),
                );
            }
            kept += same(
                w.holding(&t, |s| has_digit_run_then(s, 4, b'-')),
                w.holding_runs(&tr.digits, |s, de, we| run_then(b, s, de, we, 4, b'-')),
            );
            for (set, after) in [(&b"-."[..], true), (&b"MF"[..], false)] {
                kept += same(
                    w.holding(&t, |s| has_digit_then(s, set, after)),
                    w.holding_runs(&tr.digits, |_, de, we| run_end_then(b, de, we, set, after)),
                );
            }
        }
        assert!(kept > 5_000, "{kept}");
    }

    #[test]
    fn windows_holding_keeps_only_windows_that_pass() {
        assert!(has_digit_run("call 555-1234", 4));
        assert!(!has_digit_run("room 4, bed 12, 3/14", 3));
        assert!(!has_digit_run("", 1));
        let text = "room 4 then call 555-201-4400 today";
        let w = Windows(vec![(0, 6), (12, 29)]);
        let kept = w.holding(text, |s| has_digit_run(s, 3));
        assert_eq!(kept.0, vec![(12, 29)]);
    }

    fn analysis(text: &str) -> Analysis {
        let e = Engine::new(Policy::default());
        let d = Draft::post(text);
        let p = crate::engine::CompiledPolicy::new(Policy::default());
        let ctx = Ctx::new(&d, &p);
        drop(e);
        ctx.analysis().clone()
    }

    fn kinds(ms: &[Mention], text: &str) -> Vec<(String, &'static str)> {
        ms.iter()
            .map(|m| (text[m.start..m.end].to_string(), m.kind))
            .collect()
    }

    #[test]
    fn boundaries_never_split_chars() {
        let s = "é🎉a";
        for i in 0..=s.len() + 2 {
            let _ = before(s, i, 2);
            let _ = after(s, i, 2);
        }
        assert_eq!(before(s, 6, 4), "🎉");
        assert_eq!(after(s, 2, 4), "🎉");
    }

    #[test]
    fn an_organization_or_a_kind_of_clinic_is_no_place() {
        let t = "Free help from Harmony Valley Legal Aid on Saturday June 14.";
        assert!(analysis(t).places.is_empty(), "{:?}", analysis(t).places);
        // a kind of clinic, not one named
        let t = "Mobile clinic this week: Mon 6/9 at the packing shed, 5-8pm. Pop-up clinic Sat.";
        assert!(analysis(t).places.is_empty(), "{:?}", analysis(t).places);
        // near miss: the town itself
        let t = "She drove in from Harmony Valley on Saturday June 14 for her cleaning.";
        assert_eq!(
            kinds(&analysis(t).places, t),
            vec![("Harmony Valley".to_string(), "town")]
        );
    }

    #[test]
    fn finds_the_main_identifier_kinds() {
        let t =
            "pt MRN 0048213, SSN 219-09-9998, call her at (303) 555-0142 or jo.doe@mail.example";
        let a = analysis(t);
        let k = kinds(&a.identifiers, t);
        assert!(k.contains(&("0048213".into(), "mrn")), "{k:?}");
        assert!(k.contains(&("219-09-9998".into(), "ssn")), "{k:?}");
        assert!(k.contains(&("(303) 555-0142".into(), "phone")), "{k:?}");
        assert!(
            k.contains(&("jo.doe@mail.example".into(), "email")),
            "{k:?}"
        );
    }

    #[test]
    fn a_generic_facility_noun_needs_its_place_name() {
        // "The practice doesn't": the stop word starting the sentence is no place name
        let t = "Hi Jolene! The practice doesn't, but I do on the side.";
        assert!(analysis(t).places.is_empty(), "{:?}", analysis(t).places);
        // near miss: a capitalized place before the noun still makes a facility
        let t = "He was seen at our Miami office last week.";
        let k = kinds(&analysis(t).places, t);
        assert!(k.contains(&("Miami office".into(), "facility")), "{k:?}");
    }

    #[test]
    fn an_officials_office_is_no_place_of_care() {
        let t = "Per the Governor's office, she's home and recovering after her knee replacement.";
        assert!(analysis(t).places.is_empty(), "{:?}", analysis(t).places);
        // near miss: a doctor's office is one
        let t = "He was seen at the Lakeside Family office last week.";
        assert!(!analysis(t).places.is_empty());
    }

    #[test]
    fn handles_feed_the_analysis() {
        let t = "Shout-out to @zach_hoops, not jo@x.example";
        let a = analysis(t);
        let k = kinds(&a.identifiers, t);
        assert!(k.contains(&("@zach_hoops".into(), "handle")), "{k:?}");
        assert!(!k.iter().any(|(s, _)| s == "@x"), "{k:?}");
    }

    /// The keywords a leftmost-longest automaton finds, kept where they stand as words.
    fn keywords_by_automaton(lower: &str) -> Vec<(usize, usize, usize)> {
        let words: Vec<&str> = keyword_list().collect();
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&words)
            .expect("keywords");
        let b = lower.as_bytes();
        ac.find_iter(lower)
            .filter(|m| {
                (m.start() == 0 || !b[m.start() - 1].is_ascii_alphanumeric())
                    && (m.end() >= b.len() || !b[m.end()].is_ascii_alphanumeric())
            })
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    /// Trigger points as found by the simple byte loop and the automaton (the reference).
    fn triggers_by_reference(lower: &str) -> [Vec<(usize, usize)>; 8] {
        let b = lower.as_bytes();
        let (mut digits, mut at, mut dots) = (Vec::new(), Vec::new(), Vec::new());
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c.is_ascii_digit() {
                let s = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                digits.push((s, i));
                continue;
            }
            if c == b'@' {
                at.push((i, i + 1));
            } else if c == b'.'
                && i > 0
                && b[i - 1].is_ascii_alphanumeric()
                && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
            {
                dots.push((i, i + 1));
            }
            i += 1;
        }
        let mut t = Triggers::new("");
        for (s, e, k) in keywords_by_automaton(lower) {
            t.push_keyword(s, e, k);
        }
        [
            digits,
            at,
            dots,
            t.date_words,
            t.weekday_words,
            t.age_words,
            t.street_words,
            t.month_words,
        ]
    }

    fn triggers_found(lower: &str) -> [Vec<(usize, usize)>; 8] {
        let t = Triggers::new(lower);
        [
            t.digits,
            t.at,
            t.dots,
            t.date_words,
            t.weekday_words,
            t.age_words,
            t.street_words,
            t.month_words,
        ]
    }

    #[test]
    fn trigger_scan_finds_what_the_byte_loop_and_the_automaton_find() {
        let mut pieces: Vec<&str> = keyword_list().collect();
        pieces.extend([
            " ",
            " ",
            ", ",
            ".",
            "-",
            "'",
            "'s",
            "/",
            "_",
            "@",
            "#",
            "3",
            "12",
            "x",
            "s",
            "an",
            "other",
            "other ",
            "day",
            "days",
            "mi",
            "rcoles",
            "bado",
            "ana",
            "é",
            "ñ",
            "á",
            "\u{1F389}",
            "\n",
            "st",
            "3rd",
            "a.b",
            "x@y.io",
            "5.5",
            "v2",
            "2024",
            "a1b2",
            "tues",
            "wed",
            "sat",
            "thu",
            "sun",
            "ma",
            "mañ",
        ]);
        for t in crate::testutil::random_texts(0x2545_F491_4F6C_DD1D, &pieces, 12, 20_000) {
            assert_eq!(triggers_found(&t), triggers_by_reference(&t), "{t:?}");
        }
        for t in [
            "another day",
            "the other day",
            "the other days",
            "miércoles",
            "xmiércoles",
            "sábados",
            "mañana",
            "pasado mañana",
            "3rd st",
            "st.",
            "tuesday's",
            "wedsx",
            "",
        ] {
            assert_eq!(triggers_found(t), triggers_by_reference(t), "{t:?}");
        }
    }

    #[test]
    fn the_gate_scan_finds_the_literals_their_own_automaton_finds() {
        let mut pieces: Vec<&str> = literal_patterns().0.clone();
        pieces.extend([
            " ",
            " ",
            "x",
            "é",
            "3",
            ", ",
            "\u{1F389}",
            "see",
            "my",
            "ur",
        ]);
        let mut found = 0;
        for t in crate::testutil::random_texts(0x6C8E_9CF5_7093_2B1D, &pieces, 12, 5_000) {
            let mut own = Literals::new(&t).occ().to_vec();
            let scan = crate::rules::boundaries::cues::GateScan::new(&t);
            let mut shared = scan.literals().expect("the shared automaton").to_vec();
            assert!(shared.windows(2).all(|w| w[0].1 <= w[1].1), "{t:?}");
            own.sort_unstable();
            shared.sort_unstable();
            assert_eq!(own, shared, "{t:?}");
            found += own.len();
        }
        assert!(found > 5_000, "{found}");
    }

    #[test]
    fn no_keyword_starts_inside_another_where_a_word_can_start() {
        // what makes find_keywords skip the automaton's matches inside words
        let words: Vec<&str> = keyword_list().collect();
        for w in &words {
            let b = w.as_bytes();
            for k in 1..b.len() {
                if b[k - 1].is_ascii_alphanumeric() {
                    continue;
                }
                let rest = &b[k..];
                for p in &words {
                    let p = p.as_bytes();
                    assert!(
                        !(p.starts_with(rest) || rest.starts_with(p)),
                        "{:?} inside {w:?}",
                        String::from_utf8_lossy(p)
                    );
                }
            }
        }
        // every keyword starts with an ASCII letter, and none is listed twice
        assert!(words.iter().all(|w| w.as_bytes()[0].is_ascii_lowercase()));
        let mut sorted = words.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), words.len());
    }

    #[test]
    fn no_panic_on_odd_input() {
        for t in [
            "",
            "@",
            "#",
            "1/",
            "/1",
            "room",
            "bed #",
            "MRN:",
            "DOB",
            "🎉3/14🎉",
            "\u{0301}5",
            "St.",
            "at St",
            "555-",
            "a\r\nb",
            "at Mt. Sinai on",
        ] {
            let _ = analysis(t);
        }
    }
}

#[cfg(test)]
mod debug {
    /// `PG_DEBUG_TEXT="..." cargo test --lib debug_dump -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn debug_dump() {
        let text = std::env::var("PG_DEBUG_TEXT").unwrap_or_default();
        let p = crate::engine::CompiledPolicy::new(crate::Policy::default());
        let d = crate::Draft::post(text.clone());
        let ctx = crate::engine::Ctx::new(&d, &p);
        let a = ctx.analysis();
        for (name, v) in [
            ("persons", &a.persons),
            ("health", &a.health),
            ("care", &a.care),
            ("identifiers", &a.identifiers),
            ("dates", &a.dates),
            ("places", &a.places),
            ("ages", &a.ages),
        ] {
            for m in v.iter() {
                println!(
                    "{name}: {:?} {} {}",
                    &ctx.norm()[m.start..m.end],
                    m.kind,
                    m.score
                );
            }
        }
    }
}

#[cfg(test)]
mod robustness {
    /// Random mixes of digits, separators, labels, emoji, combining marks and CRLF never panic
    /// (byte offsets always land on char boundaries).
    #[test]
    fn random_input_never_panics() {
        let alphabet: Vec<char> =
            "0123456789/-.:#@()$% \r\n\tabcMRNDOBStDrRoombed'\u{2019}\u{e9}\u{1F389}\u{200B}\u{0301}\u{FB01}\u{FF11}"
                .chars()
                .collect();
        let letters: Vec<String> = alphabet.iter().map(char::to_string).collect();
        let pieces: Vec<&str> = letters.iter().map(String::as_str).collect();
        let e = crate::Engine::new(crate::Policy::default());
        for t in crate::testutil::random_texts(0x9E37_79B9_7F4A_7C15, &pieces, 60, 3000) {
            crate::testutil::assert_spans_within(&e.check(&crate::Draft::post(t.clone())), &t);
            let _ = e.check(&crate::Draft::reply(t, "a", "b"));
        }
    }
}
