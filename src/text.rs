//! Text normalization and offset mapping, in one place.
//!
//! Rules never look at the raw draft. They read [`Text::norm`] (NFKC, zero-width characters and
//! soft hyphens removed, Cyrillic/Greek look-alikes folded to Latin, curly quotes and dashes
//! straightened, CRLF folded to LF) or [`Text::lower`], its lowercase twin with the *same byte
//! offsets*. A span found in either maps back to the original text, in bytes
//! ([`Text::orig_range`]) or in UTF-16 code units for the browser ([`Text::utf16_range`]), so
//! highlights stay exact with emoji, accents, CRLF and right-to-left text.
//!
//! # Normalization: what is covered
//!
//! [`nfkc`], [`nfd`], [`nfkd`] and [`combining_class`] implement Unicode normalization (UAX #15)
//! with tables generated from the `unicode-normalization` crate by `tools/gen-norm-tables.rs`
//! (`src/text_tables.rs`, Unicode [`UNICODE_VERSION`]), kept small for the WebAssembly module:
//!
//! - combining classes, canonical ordering and canonical composition are complete (every code
//!   point, every primary composite, Hangul computed);
//! - canonical decompositions are complete except for the CJK compatibility ideographs
//!   (U+F900-FAFF, U+2F800-2FA1F), which stay as they are;
//! - compatibility decompositions are applied only in these blocks: U+0000-052F (Latin, IPA,
//!   spacing modifiers, combining marks, Greek, Cyrillic), U+1AB0-1AFF, U+1D00-1FFF (phonetic
//!   extensions, combining marks, Latin extended additional, Greek extended), U+2000-2BFF
//!   (punctuation, super- and subscripts, currency, letter-like symbols, number forms, arrows,
//!   mathematical operators, technical symbols, enclosed alphanumerics, shapes, dingbats),
//!   U+2C60-2C7F, U+2DE0-2E7F, U+3000-303F (CJK symbols and punctuation: the ideographic space),
//!   U+3250-325F and U+32B1-32BF (circled numbers 21-50), U+32CC-32CF, U+3371-337A,
//!   U+3380-33DF and U+33FF (Latin unit squares: ㎎, ㎖, ㏄), U+A640-A69F, U+A700-A7FF,
//!   U+AB30-AB6F, U+FB00-FB06 (Latin ligatures), U+FE00-FE6F (vertical, small and CJK
//!   compatibility forms), U+FF00-FFEF (halfwidth and fullwidth forms), U+10780-107BF,
//!   U+1D400-1D7FF (mathematical alphanumerics), U+1DF00-1DFFF, U+1E030-1E08F,
//!   U+1F100-1F1FF (enclosed alphanumeric supplement), U+1FB00-1FBFF (segmented digits).
//!   Other characters with a compatibility decomposition (Arabic and Hebrew presentation forms,
//!   Hangul compatibility jamo, Kangxi radicals, Katakana and CJK squares, circled ideographs...)
//!   pass through unchanged.
//!
//! So for any text made of covered characters the results equal the crate's NFKC, NFD and NFKD
//! (the tests check every covered code point and combining sequences against the crate).

#[path = "text_tables.rs"]
mod tables;

pub use tables::UNICODE_VERSION;

/// The normalization tables, decoded from the compact byte strings of `text_tables.rs` once, on
/// first use (a few thousand entries: well under a millisecond).
struct Tables {
    /// `(first, last, class)` runs of the same nonzero combining class.
    ccc: Vec<(u32, u32, u8)>,
    /// Code points with a canonical decomposition, sorted; `canon_at`: `(offset, byte length)`
    /// of each one's full decomposition in `STRINGS`.
    canon: Vec<u32>,
    canon_at: Vec<(u32, u32)>,
    /// The same for the covered compatibility decompositions.
    compat: Vec<u32>,
    compat_at: Vec<(u32, u32)>,
    /// `(first, last, target of first)` runs of one-character compatibility decompositions.
    compat_runs: Vec<(u32, u32, u32)>,
    /// `(first, last)` runs of the code points the normalization changes when alone.
    changed_alone: Vec<(u32, u32)>,
    /// Primary composition pairs `first << 21 | second`, sorted, and their composites.
    compose_pairs: Vec<u64>,
    composites: Vec<u32>,
}

/// Reads the unsigned LEB128 numbers of a table.
struct Leb<'a>(&'a [u8]);

impl Leb<'_> {
    fn more(&self) -> bool {
        !self.0.is_empty()
    }
    fn u(&mut self) -> u32 {
        let (mut x, mut shift) = (0u32, 0);
        while let Some((&b, rest)) = self.0.split_first() {
            self.0 = rest;
            x |= u32::from(b & 0x7F) << shift;
            if b < 0x80 {
                break;
            }
            shift += 7;
        }
        x
    }
    /// A zigzag-coded signed number.
    fn i(&mut self) -> i64 {
        let z = self.u() as i64;
        if z & 1 == 0 {
            z >> 1
        } else {
            -((z + 1) >> 1)
        }
    }
}

fn decompositions(data: &[u8]) -> (Vec<u32>, Vec<(u32, u32)>) {
    let (mut keys, mut at) = (Vec::new(), Vec::new());
    let mut r = Leb(data);
    let (mut cp, mut end) = (0u32, 0i64);
    while r.more() {
        cp += r.u();
        let off = end + r.i();
        let len = r.u();
        keys.push(cp);
        at.push((off as u32, len));
        end = off + i64::from(len);
    }
    (keys, at)
}

fn t() -> &'static Tables {
    static T: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut ccc = Vec::new();
        let mut r = Leb(tables::CCC);
        let mut last = 0;
        while r.more() {
            let first = last + r.u();
            last = first + r.u();
            ccc.push((first, last, r.u() as u8));
        }
        let (canon, canon_at) = decompositions(tables::CANON);
        let (compat, compat_at) = decompositions(tables::COMPAT);
        let mut compat_runs = Vec::new();
        let mut r = Leb(tables::COMPAT_RUNS);
        let mut last = 0;
        while r.more() {
            let first = last + r.u();
            last = first + r.u();
            compat_runs.push((first, last, (i64::from(first) + r.i()) as u32));
        }
        let mut changed_alone = Vec::new();
        let mut r = Leb(tables::CHANGED_ALONE);
        let mut last = 0;
        while r.more() {
            let first = last + r.u();
            last = first + r.u();
            changed_alone.push((first, last));
        }
        let (mut compose_pairs, mut composites) = (Vec::new(), Vec::new());
        let mut r = Leb(tables::COMPOSE_PAIRS);
        let (mut a, mut b, mut c) = (0u32, 0u32, 0i64);
        while r.more() {
            let da = r.u();
            a += da;
            b = if da == 0 { b + r.u() } else { r.u() };
            c += r.i();
            compose_pairs.push(u64::from(a) << 21 | u64::from(b));
            composites.push(c as u32);
        }
        Tables {
            ccc,
            canon,
            canon_at,
            compat,
            compat_at,
            compat_runs,
            changed_alone,
            compose_pairs,
            composites,
        }
    })
}

#[derive(Debug, Clone)]
pub struct Text {
    orig: String,
    /// Normalized text, case preserved.
    pub norm: String,
    /// `norm` lowercased character by character; byte offsets equal those of `norm`.
    pub lower: String,
    /// For each byte of `norm`: the original byte range of the source it came from.
    /// (start, end) of that range, in one vector (one allocation for both).
    src: Vec<(u32, u32)>,
}

/// Canonical combining class of `c` (0 for starters).
pub fn combining_class(c: char) -> u8 {
    let cp = c as u32;
    if cp < 0x300 {
        return 0;
    }
    let ccc = &t().ccc;
    match ccc.binary_search_by(|&(first, last, _)| {
        if last < cp {
            std::cmp::Ordering::Less
        } else if first > cp {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        Ok(i) => ccc[i].2,
        Err(_) => 0,
    }
}

// Hangul syllables are composed and decomposed arithmetically (Unicode chapter 3.12).
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const S_COUNT: u32 = L_COUNT * V_COUNT * T_COUNT;

fn table_str(keys: &[u32], at: &[(u32, u32)], cp: u32) -> Option<&'static str> {
    let i = keys.binary_search(&cp).ok()?;
    let (off, len) = (at[i].0 as usize, at[i].1 as usize);
    Some(&tables::STRINGS[off..off + len])
}

/// Appends `c` to `out`, moving a combining mark before the marks of higher class it follows
/// (canonical ordering).
fn push_ordered(out: &mut Vec<char>, c: char) {
    let k = combining_class(c);
    if k == 0 {
        out.push(c);
        return;
    }
    let mut i = out.len();
    while i > 0 && combining_class(out[i - 1]) > k {
        i -= 1;
    }
    out.insert(i, c);
}

/// Appends the full decomposition of `c` (canonical, or compatibility when `compat`).
fn decompose_into(c: char, compat: bool, out: &mut Vec<char>) {
    let cp = c as u32;
    if cp < 0xA0 {
        out.push(c);
        return;
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        for j in [
            L_BASE + s / (V_COUNT * T_COUNT),
            V_BASE + (s % (V_COUNT * T_COUNT)) / T_COUNT,
            T_BASE + s % T_COUNT,
        ] {
            if j != T_BASE {
                out.extend(char::from_u32(j));
            }
        }
        return;
    }
    if compat {
        if let Some(d) = table_str(&t().compat, &t().compat_at, cp) {
            d.chars().for_each(|d| push_ordered(out, d));
            return;
        }
        let runs = &t().compat_runs;
        let i = runs.partition_point(|r| r.1 < cp);
        if let Some(&(first, _, target)) = runs.get(i) {
            if first <= cp {
                out.extend(char::from_u32(target + (cp - first)));
                return;
            }
        }
    }
    match table_str(&t().canon, &t().canon_at, cp) {
        Some(d) => d.chars().for_each(|d| push_ordered(out, d)),
        None => push_ordered(out, c),
    }
}

/// The primary composite of `a` followed by `b`, if any.
fn compose_pair(a: char, b: char) -> Option<char> {
    let (a, b) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE) % T_COUNT == 0
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return char::from_u32(a + (b - T_BASE));
    }
    let key = (a as u64) << 21 | b as u64;
    let i = t().compose_pairs.binary_search(&key).ok()?;
    char::from_u32(t().composites[i])
}

/// Canonical composition of a decomposed, canonically ordered sequence, in place.
fn compose_in_place(v: &mut Vec<char>) {
    let mut starter: Option<usize> = None;
    let mut prev_class = 0u8;
    let mut w = 0;
    for r in 0..v.len() {
        let c = v[r];
        let k = combining_class(c);
        if let Some(s) = starter {
            // Not blocked: right after the starter, or after a mark of lower class.
            if w == s + 1 || (prev_class != 0 && prev_class < k) {
                if let Some(x) = compose_pair(v[s], c) {
                    v[s] = x;
                    continue;
                }
            }
        }
        if k == 0 {
            starter = Some(w);
        }
        prev_class = k;
        v[w] = c;
        w += 1;
    }
    v.truncate(w);
}

/// Whether the normalization changes `c` when it stands alone (no combining mark after it).
fn changed_alone(c: char) -> bool {
    let cp = c as u32;
    let runs = &t().changed_alone;
    let i = runs.partition_point(|r| r.1 < cp);
    runs.get(i).is_some_and(|r| r.0 <= cp)
}

/// NFKC of `s` into `out` (cleared first). See the module doc for what is covered.
fn nfkc_chars(s: &str, out: &mut Vec<char>) {
    out.clear();
    // Fast path: one character that stays as it is (most chunks of real text).
    let mut it = s.chars();
    if let (Some(c), None) = (it.next(), it.next()) {
        if !changed_alone(c) {
            out.push(c);
            return;
        }
    }
    for c in s.chars() {
        decompose_into(c, true, out);
    }
    compose_in_place(out);
}

/// NFKC normalization of `s` (see the module doc for what is covered).
pub fn nfkc(s: &str) -> String {
    let mut v = Vec::with_capacity(s.len());
    nfkc_chars(s, &mut v);
    v.into_iter().collect()
}

fn decompose(s: &str, compat: bool) -> String {
    let mut v = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_into(c, compat, &mut v);
    }
    v.into_iter().collect()
}

/// NFD: canonical decomposition in canonical order (see the module doc for what is covered).
pub fn nfd(s: &str) -> String {
    decompose(s, false)
}

/// NFKD: compatibility decomposition in canonical order (see the module doc for what is covered).
pub fn nfkd(s: &str) -> String {
    decompose(s, true)
}

/// Characters removed before matching: zero-width spaces and joiners, word joiner, BOM,
/// soft hyphen, bidi marks and isolates (they change nothing a reader sees in the words).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Cyrillic and Greek letters that look like Latin ones.
fn homoglyph(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic lowercase
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'һ' => 'h',
        'ӏ' => 'l',
        // Cyrillic uppercase
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'І' => 'I',
        'Ј' => 'J',
        'Ѕ' => 'S',
        'Ү' => 'Y',
        // Greek
        'α' => 'a',
        'ο' => 'o',
        'ν' => 'v',
        'ι' => 'i',
        'κ' => 'k',
        'ρ' => 'p',
        'τ' => 't',
        'υ' => 'u',
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        _ => return None,
    })
}

/// Punctuation folded to ASCII so that rules need one spelling.
fn fold_punct(c: char) -> Option<char> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        // Arabic-Indic and Persian digits ("۶ مارچ", "٠٥٥٥"): phone numbers, dates and ages
        // are read as the same digits in any script
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (u32::from(c) - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (u32::from(c) - 0x06F0) as u8),
        _ => return None,
    })
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

fn is_cyrillic_or_greek(c: char) -> bool {
    ('\u{0370}'..='\u{03FF}').contains(&c) || ('\u{0400}'..='\u{052F}').contains(&c)
}

/// Lowercase that keeps the UTF-8 length, so `lower` and `norm` share byte offsets.
fn lower_same_len(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

impl Text {
    pub fn new(orig: &str) -> Text {
        // Fast path: plain ASCII without CR or control characters is already normal.
        if orig
            .bytes()
            .all(|b| (0x20..0x7f).contains(&b) || b == b'\n' || b == b'\t')
        {
            let n = orig.len() as u32;
            let mut src: Vec<(u32, u32)> = Vec::with_capacity(orig.len() + 1);
            src.extend((0..n).map(|k| (k, k + 1)));
            src.push((n, n));
            return Text {
                orig: orig.to_string(),
                norm: orig.to_string(),
                lower: orig.to_ascii_lowercase(),
                src,
            };
        }
        // Fold look-alikes everywhere when the text is mostly Latin; otherwise only inside words
        // that mix scripts (a Greek or Russian post stays as it is). Counted the first time a
        // look-alike shows up: most drafts have none.
        let mut fold_all: Option<bool> = None;
        let mut fold_all = || {
            *fold_all.get_or_insert_with(|| {
                let (mut latin, mut other) = (0usize, 0usize);
                for c in orig.chars() {
                    if is_latin_letter(c) {
                        latin += 1;
                    } else if is_cyrillic_or_greek(c) {
                        other += 1;
                    }
                }
                latin >= other
            })
        };

        let mut norm = String::with_capacity(orig.len());
        let mut src: Vec<(u32, u32)> = Vec::with_capacity(orig.len() + 1);

        let bytes = orig.as_bytes();
        let mut chunk = String::new();
        let mut buf: Vec<char> = Vec::new();
        let mut pos = 0usize;
        while pos < bytes.len() {
            // Runs of plain ASCII (no CR) are already normal: copied whole. The last byte of a
            // run stays out when a combining mark follows it (it composes with the mark).
            let mut run_end = plain_run_end(bytes, pos);
            if run_end > pos && run_end < bytes.len() && bytes[run_end] >= 0x80 {
                let next = orig[run_end..].chars().next().unwrap_or(' ');
                if combining_class(next) != 0 {
                    run_end -= 1;
                }
            }
            if run_end > pos {
                norm.push_str(&orig[pos..run_end]);
                src.extend((pos as u32..run_end as u32).map(|k| (k, k + 1)));
                pos = run_end;
                continue;
            }
            let i = pos;
            if bytes[i] == b'\r' {
                // CRLF (or a lone CR) becomes one LF.
                let j = if bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                push(&mut norm, &mut src, "\n", i, j);
                pos = j;
                continue;
            }
            // A chunk: a starter with the combining marks that follow it.
            let mut j = i + orig[i..].chars().next().map_or(1, char::len_utf8);
            for d in orig[j..].chars() {
                if !d.is_ascii() && combining_class(d) != 0 && !is_invisible(d) {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            pos = j;
            let raw = &orig[i..j];
            if raw.chars().all(is_invisible) {
                continue;
            }
            chunk.clear();
            nfkc_chars(raw, &mut buf);
            for &n in &buf {
                if is_invisible(n) {
                    continue;
                }
                let n = fold_punct(n).unwrap_or(n);
                let n = match homoglyph(n) {
                    Some(h) if fold_all() || word_has_latin(orig, i) => h,
                    _ => n,
                };
                chunk.push(n);
            }
            push(&mut norm, &mut src, &chunk, i, j);
        }
        src.push((orig.len() as u32, orig.len() as u32));
        let lower = lower_of(&norm);
        debug_assert_eq!(lower.len(), norm.len());
        Text {
            orig: orig.to_string(),
            norm,
            lower,
            src,
        }
    }

    pub fn orig(&self) -> &str {
        &self.orig
    }

    /// Original byte range of the normalized byte range `start..end`.
    pub fn orig_range(&self, start: usize, end: usize) -> (usize, usize) {
        let n = self.norm.len();
        let start = start.min(n);
        let end = end.clamp(start, n);
        if start == end {
            let s = self.src[start].0 as usize;
            return (s, s);
        }
        (self.src[start].0 as usize, self.src[end - 1].1 as usize)
    }

    /// The original text under a normalized range.
    pub fn orig_slice(&self, start: usize, end: usize) -> &str {
        let (s, e) = self.orig_range(start, end);
        &self.orig[s..e]
    }

    /// UTF-16 range in the original text of the normalized byte range `start..end`.
    pub fn utf16_range(&self, start: usize, end: usize) -> (usize, usize) {
        let (s, e) = self.orig_range(start, end);
        let s16 = utf16_len(&self.orig[..s]);
        let e16 = s16 + utf16_len(&self.orig[s..e]);
        (s16, e16)
    }

    /// Converts many normalized ranges at once in a single pass over the text
    /// (ranges in any order; the result keeps their order).
    pub fn utf16_ranges(&self, ranges: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let mut points: Vec<(usize, usize)> = Vec::with_capacity(ranges.len() * 2);
        for (k, &(s, e)) in ranges.iter().enumerate() {
            let (os, oe) = self.orig_range(s, e);
            points.push((os, 2 * k));
            points.push((oe, 2 * k + 1));
        }
        points.sort_unstable();
        let mut out = vec![(0usize, 0usize); ranges.len()];
        let mut byte = 0usize;
        let mut u16s = 0usize;
        for (pos, slot) in points {
            if pos > byte {
                u16s += utf16_len(&self.orig[byte..pos]);
                byte = pos;
            }
            if slot % 2 == 0 {
                out[slot / 2].0 = u16s;
            } else {
                out[slot / 2].1 = u16s;
            }
        }
        out
    }
}

/// `norm` lowercased with [`lower_same_len`], char by char: ASCII runs copied whole, each
/// other char pushed as its same-length lowercase, then the ASCII letters lowered in place (no
/// second pass to check UTF-8).
fn lower_of(norm: &str) -> String {
    if norm.is_ascii() {
        return norm.to_ascii_lowercase();
    }
    let b = norm.as_bytes();
    let mut out = String::with_capacity(norm.len());
    let mut i = 0;
    while i < b.len() {
        let j = ascii_run_end(b, i);
        out.push_str(&norm[i..j]);
        let Some(c) = norm[j..].chars().next() else {
            break;
        };
        out.push(lower_same_len(c));
        i = j + c.len_utf8();
    }
    out.make_ascii_lowercase();
    out
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
const LOW_BITS: u64 = 0x0101_0101_0101_0101;

/// The first byte at or after `i` that is not ASCII (or `b.len()`), eight bytes at a time.
fn ascii_run_end(b: &[u8], mut i: usize) -> usize {
    while let Some(w) = b.get(i..i + 8) {
        if u64::from_ne_bytes(w.try_into().expect("eight bytes")) & HIGH_BITS != 0 {
            break;
        }
        i += 8;
    }
    while i < b.len() && b[i] < 0x80 {
        i += 1;
    }
    i
}

/// The first byte at or after `i` that is not ASCII or is a CR (or `b.len()`), eight bytes at
/// a time (a CR is a zero byte of the word XOR 0x0D0D...).
fn plain_run_end(b: &[u8], mut i: usize) -> usize {
    while let Some(w) = b.get(i..i + 8) {
        let w = u64::from_ne_bytes(w.try_into().expect("eight bytes"));
        let x = w ^ (LOW_BITS * 0x0D);
        if (w | (x.wrapping_sub(LOW_BITS) & !x)) & HIGH_BITS != 0 {
            break;
        }
        i += 8;
    }
    while i < b.len() && b[i] < 0x80 && b[i] != b'\r' {
        i += 1;
    }
    i
}

fn push(norm: &mut String, src: &mut Vec<(u32, u32)>, s: &str, i: usize, j: usize) {
    norm.push_str(s);
    for _ in 0..s.len() {
        src.push((i as u32, j as u32));
    }
}

/// Whether the word around byte `i` of `s` holds a Latin letter.
fn word_has_latin(s: &str, i: usize) -> bool {
    let start = s[..i]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map(|(k, c)| k + c.len_utf8())
        .unwrap_or(0);
    let end = s[i..]
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric() && combining_class(*c) == 0)
        .map(|(k, _)| i + k)
        .unwrap_or(s.len());
    s[start..end].chars().any(is_latin_letter)
}

pub fn utf16_len(s: &str) -> usize {
    // (ASCII text, most of a draft between two findings, by one fast check: a byte per unit)
    if s.is_ascii() {
        return s.len();
    }
    s.chars().map(char::len_utf16).sum()
}

/// Month names and their abbreviations, lowercase (shared by the date, place and name detectors).
pub const MONTHS: [&str; 24] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Weekday names, lowercase.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// "March", "Tuesday": a full month or weekday name written capitalized (as in running text).
pub fn is_capitalized_day_name(w: &str) -> bool {
    let mut cs = w.chars();
    let Some(first) = cs.next() else { return false };
    let rest = cs.as_str();
    let lower = w.to_ascii_lowercase();
    first.is_ascii_uppercase()
        && rest == &lower[1..]
        && (MONTHS[..12].contains(&lower.as_str()) || WEEKDAYS.contains(&lower.as_str()))
}

/// Whether a byte is an ASCII letter or digit, by table (one load in the scan loops, where
/// `u8::is_ascii_alphanumeric` tests three ranges).
pub(crate) static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    t
};

/// Bytes that [`words`] skips between words: ASCII but letters, digits, `@` and `#`.
static SKIPPED: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 128 {
        t[c] = !(c as u8).is_ascii_alphanumeric() && c != b'@' as usize && c != b'#' as usize;
        c += 1;
    }
    t
};

/// A word of the normalized text: letters, digits and inner apostrophes or hyphens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn as_str<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
}

/// Splits `s` into words. An apostrophe or hyphen between two letters or digits stays inside
/// the word ("O'Brien", "follow-up"); `@` and `#` starting a word are kept ("@tj_runs").
pub fn words(s: &str) -> Vec<Word> {
    let b = s.as_bytes();
    // the char at byte `i` (a char boundary) and its length; ASCII without decoding
    let char_at = |i: usize| -> Option<(char, usize)> {
        match b.get(i) {
            None => None,
            Some(&x) if x < 0x80 => Some((x as char, 1)),
            Some(_) => s[i..].chars().next().map(|c| (c, c.len_utf8())),
        }
    };
    // (a word and its gap average about six bytes, but a third of the drafts of the dev
    // corpus hold more than one word per six bytes; none more than one per four)
    let mut out = Vec::with_capacity(b.len() / 4 + 1);
    let mut start: Option<usize> = None;
    let mut i = 0;
    loop {
        // plain ASCII runs without the general case below: letters and digits inside a word
        // extend it, and outside a word the other ASCII bytes (but `@` and `#`, which may
        // start one) are skipped
        if start.is_some() {
            while i < b.len() && ASCII_ALNUM[usize::from(b[i])] {
                i += 1;
            }
        } else {
            while i < b.len() && SKIPPED[usize::from(b[i])] {
                i += 1;
            }
        }
        let Some(&x) = b.get(i) else {
            break;
        };
        // the usual ASCII cases of the general one below: a word ends at a byte other than an
        // apostrophe, hyphen or underscore (which may join it to what follows), and starts at
        // a letter or digit
        if x < 0x80 {
            match start {
                Some(st) if !matches!(x, b'\'' | b'-' | b'_') => {
                    out.push(Word { start: st, end: i });
                    start = None;
                    i += 1;
                    continue;
                }
                None if x.is_ascii_alphanumeric() => {
                    start = Some(i);
                    i += 1;
                    continue;
                }
                _ => {}
            }
        }
        let Some((c, n)) = char_at(i) else {
            break;
        };
        let next = || char_at(i + n).map(|(d, _)| d);
        let inner = start.is_some()
            && (c == '\'' || c == '-' || c == '_')
            && next().is_some_and(|d| d.is_alphanumeric());
        let lead = start.is_none()
            && (c == '@' || c == '#')
            && next().is_some_and(|d| d.is_alphanumeric() || d == '_');
        if c.is_alphanumeric() || inner || lead {
            if start.is_none() {
                start = Some(i);
            }
        } else if start.is_some() && !c.is_ascii() && combining_class(c) != 0 {
            // combining mark left by a non-composable sequence: part of the word
        } else if let Some(st) = start.take() {
            out.push(Word { start: st, end: i });
        }
        i += n;
    }
    if let Some(st) = start {
        out.push(Word {
            start: st,
            end: s.len(),
        });
    }
    out
}

#[cfg(test)]
mod normalization_tests {
    //! The normalization against the `unicode-normalization` crate, code point by code point.
    use super::*;
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::UnicodeNormalization;

    /// The blocks whose compatibility decompositions are covered, as the module doc lists them.
    const COVERED: &[(u32, u32)] = &[
        (0x0000, 0x052F),
        (0x1AB0, 0x1AFF),
        (0x1D00, 0x1FFF),
        (0x2000, 0x2BFF),
        (0x2C60, 0x2C7F),
        (0x2DE0, 0x2E7F),
        (0x3000, 0x303F),
        (0x3250, 0x325F),
        (0x32B1, 0x32BF),
        (0x32CC, 0x32CF),
        (0x3371, 0x337A),
        (0x3380, 0x33DF),
        (0x33FF, 0x33FF),
        (0xA640, 0xA69F),
        (0xA700, 0xA7FF),
        (0xAB30, 0xAB6F),
        (0xFB00, 0xFB06),
        (0xFE00, 0xFE6F),
        (0xFF00, 0xFFEF),
        (0x10780, 0x107BF),
        (0x1D400, 0x1D7FF),
        (0x1DF00, 0x1DFFF),
        (0x1E030, 0x1E08F),
        (0x1F100, 0x1F1FF),
        (0x1FB00, 0x1FBFF),
    ];

    fn covered(c: char) -> bool {
        COVERED.iter().any(|&(a, b)| (a..=b).contains(&(c as u32)))
    }

    fn cjk_compat_ideograph(c: char) -> bool {
        let c = c as u32;
        (0xF900..=0xFAFF).contains(&c) || (0x2F800..=0x2FA1F).contains(&c)
    }

    fn all_chars() -> impl Iterator<Item = char> {
        (0..=0x10FFFFu32).filter_map(char::from_u32)
    }

    #[test]
    fn same_unicode_version_as_the_crate() {
        assert_eq!(UNICODE_VERSION, unicode_normalization::UNICODE_VERSION);
    }

    #[test]
    fn combining_classes_of_every_code_point() {
        for c in all_chars() {
            assert_eq!(
                combining_class(c),
                canonical_combining_class(c),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn canonical_forms_of_every_code_point() {
        let mut s = String::new();
        for c in all_chars().filter(|&c| !cjk_compat_ideograph(c)) {
            s.clear();
            s.push(c);
            let cp = c as u32;
            assert_eq!(nfd(&s), s.nfd().collect::<String>(), "NFD U+{cp:04X}");
        }
        // The CJK compatibility ideographs are left as they are.
        assert_eq!(nfd("\u{F900}"), "\u{F900}");
        assert_eq!(nfkc("\u{2F800}"), "\u{2F800}");
    }

    #[test]
    fn compatibility_forms_of_every_covered_code_point() {
        let mut s = String::new();
        let mut passed_through = 0;
        for c in all_chars().filter(|&c| !cjk_compat_ideograph(c)) {
            s.clear();
            s.push(c);
            let cp = c as u32;
            if s.nfkd().eq(s.chars()) {
                // No decomposition of any kind (most code points): left as it is.
                assert_eq!(nfkd(&s), s, "U+{cp:04X}");
                assert_eq!(nfkc(&s), s, "U+{cp:04X}");
            } else if covered(c) {
                assert_eq!(nfkd(&s), s.nfkd().collect::<String>(), "NFKD U+{cp:04X}");
                assert_eq!(nfkc(&s), s.nfkc().collect::<String>(), "NFKC U+{cp:04X}");
            } else {
                // Elsewhere compatibility mappings are not applied: NFKD is NFD, NFKC is NFC.
                assert_eq!(nfkd(&s), s.nfd().collect::<String>(), "U+{cp:04X}");
                assert_eq!(nfkc(&s), s.nfc().collect::<String>(), "U+{cp:04X}");
                passed_through += usize::from(s.nfkc().ne(s.nfc()));
            }
        }
        // What is left out (Arabic presentation forms, Kangxi radicals, CJK squares...): 1,691
        // code points of other scripts in Unicode 18. Watch it when the tables are regenerated.
        assert!((1500..2000).contains(&passed_through), "{passed_through}");
    }

    #[test]
    fn changed_alone_agrees_with_the_normalization() {
        let mut s = String::new();
        for c in all_chars() {
            s.clear();
            s.push(c);
            let mut v = Vec::new();
            for d in s.chars() {
                decompose_into(d, true, &mut v);
            }
            compose_in_place(&mut v);
            let full: String = v.into_iter().collect();
            assert_eq!(changed_alone(c), full != s, "U+{:04X}", c as u32);
        }
    }

    /// Latin, Greek and Cyrillic letters (precomposed ones too) and the common combining marks
    /// that go with them (all of U+0300-036F and U+0483-0489, a sample of the other blocks).
    fn letters_and_marks() -> (Vec<char>, Vec<char>) {
        let letters: Vec<char> = all_chars()
            .filter(|&c| {
                let cp = c as u32;
                c.is_alphabetic()
                    && ((0x41..=0x24F).contains(&cp)
                        || (0x370..=0x52F).contains(&cp)
                        || (0x1E00..=0x1FFF).contains(&cp))
            })
            .collect();
        let marks: Vec<char> = all_chars()
            .filter(|&c| {
                let cp = c as u32;
                (0x300..=0x36F).contains(&cp)
                    || (0x483..=0x489).contains(&cp)
                    || [
                        0x1AB0, 0x1DC0, 0x1DC4, 0x1DCE, 0x20D0, 0x20D7, 0x20E3, 0xFE20,
                    ]
                    .contains(&cp)
            })
            .collect();
        (letters, marks)
    }

    fn check(s: &str) {
        let e = s.escape_unicode();
        assert_eq!(nfkc(s), s.nfkc().collect::<String>(), "NFKC {e}");
        assert_eq!(nfd(s), s.nfd().collect::<String>(), "NFD {e}");
        assert_eq!(nfkd(s), s.nfkd().collect::<String>(), "NFKD {e}");
    }

    #[test]
    fn letters_with_one_combining_mark() {
        let (letters, marks) = letters_and_marks();
        let mut s = String::new();
        for &l in &letters {
            for &m in &marks {
                s.clear();
                s.push(l);
                s.push(m);
                check(&s);
            }
        }
    }

    #[test]
    fn letters_with_two_and_three_common_marks() {
        let bases = "aeiouynszcgAEIOUYNSZCGαεηιουωΑΩаеиоуЕИéöạά";
        let marks: Vec<char> = (0x300..=0x345u32)
            .chain([0x1DC4, 0x20D7, 0x20E3, 0xFE20])
            .filter_map(char::from_u32)
            .collect();
        let mut s = String::new();
        for b in bases.chars() {
            for &m1 in &marks {
                for &m2 in &marks {
                    s.clear();
                    s.extend([b, m1, m2]);
                    check(&s);
                }
            }
            for &m1 in &marks[..12] {
                for &m2 in &marks[..12] {
                    for &m3 in &marks[..12] {
                        s.clear();
                        s.extend([b, m1, m2, m3]);
                        check(&s);
                    }
                }
            }
        }
    }

    #[test]
    fn random_strings_of_covered_characters() {
        // Letters, marks, compatibility characters and Hangul jamo, in random order (fixed seed).
        let (letters, marks) = letters_and_marks();
        let compat: Vec<char> = all_chars()
            .filter(|&c| covered(c) && c.to_string().nfkd().ne(c.to_string().nfd()))
            .collect();
        let hangul: Vec<char> = (0x1100..=0x1112u32)
            .chain(0x1161..=0x1175)
            .chain(0x11A8..=0x11C2)
            .chain([0xAC00, 0xAC01, 0xD7A3, 0xFFA1, 0xFFC2])
            .filter_map(char::from_u32)
            .collect();
        let pools = [&letters, &marks, &compat, &hangul];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        };
        let mut s = String::new();
        for _ in 0..50_000 {
            s.clear();
            for _ in 0..1 + next(8) {
                let pool = pools[next(pools.len())];
                s.push(pool[next(pool.len())]);
            }
            check(&s);
        }
    }

    #[test]
    fn examples() {
        assert_eq!(nfkc("Jose\u{301} ＤＯＢ １２"), "José DOB 12");
        assert_eq!(nfkc("𝓙𝓸𝓱𝓷"), "John");
        assert_eq!(nfkc("ﬁle ①② 5㎎ ⅓"), "file 12 5mg 1\u{2044}3");
        assert_eq!(nfkc("=\u{338}"), "\u{2260}");
        assert_eq!(nfd("\u{1E69}"), "s\u{323}\u{307}");
        assert_eq!(nfd("\u{D4DB}"), "\u{1111}\u{1171}\u{11B6}");
        assert_eq!(nfkc("\u{1111}\u{1171}\u{11B6}"), "\u{D4DB}");
        // Outside the covered blocks compatibility characters stay: an Arabic ligature.
        assert_eq!(nfkc("\u{FDFA}"), "\u{FDFA}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_of(t: &Text, needle: &str) -> (usize, usize) {
        let i = t.lower.find(needle).expect(needle);
        t.utf16_range(i, i + needle.len())
    }

    #[test]
    fn plain_ascii_is_identity() {
        let t = Text::new("Hello Mrs. Alvarez");
        assert_eq!(t.norm, "Hello Mrs. Alvarez");
        assert_eq!(t.lower, "hello mrs. alvarez");
        assert_eq!(span_of(&t, "alvarez"), (11, 18));
    }

    #[test]
    fn emoji_shift_utf16_offsets() {
        let s = "🎉🎉 get well Mrs. Alvarez";
        let t = Text::new(s);
        let (a, b) = span_of(&t, "alvarez");
        let u: Vec<u16> = s.encode_utf16().collect();
        assert_eq!(String::from_utf16(&u[a..b]).unwrap(), "Alvarez");
        assert_eq!(a, 4 + 1 + 3 + 1 + 4 + 1 + 4 + 1);
    }

    #[test]
    fn zero_width_and_soft_hyphen_are_removed() {
        let s = "Al\u{200B}va\u{00AD}rez had a hip replacement";
        let t = Text::new(s);
        assert!(t.norm.starts_with("Alvarez had"));
        let (a, b) = span_of(&t, "alvarez");
        let u: Vec<u16> = s.encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&u[a..b]).unwrap(),
            "Al\u{200B}va\u{00AD}rez"
        );
    }

    #[test]
    fn homoglyphs_fold_in_latin_text() {
        // Cyrillic а and о inside a Latin name
        let t = Text::new("Mrs. Аlvаrez came in tоday");
        assert_eq!(t.norm, "Mrs. Alvarez came in today");
        // A Russian sentence is left alone
        let r = Text::new("Добрый день, пациент");
        assert_eq!(r.norm, "Добрый день, пациент");
    }

    #[test]
    fn arabic_indic_and_persian_digits_read_as_digits() {
        let s = "نوبت شما ۶ مارچ، ساعت ۱۰ صبح؛ تلفن ٠٥٥٥١٢٣٤٥٦٧";
        let t = Text::new(s);
        assert!(t.norm.contains("6 مارچ"), "{}", t.norm);
        assert!(t.norm.contains("ساعت 10 صبح"), "{}", t.norm);
        assert!(t.norm.contains("05551234567"), "{}", t.norm);
        // the spans map back to the digits as written
        let i = t.norm.find("10").unwrap();
        assert_eq!(t.orig_slice(i, i + 2), "۱۰");
    }

    #[test]
    fn nfkc_and_decomposed_accents_map_back() {
        // "José" with a combining acute, and a full-width digit
        let s = "Jose\u{0301} ＤＯＢ １２";
        let t = Text::new(s);
        assert_eq!(t.norm, "José DOB 12");
        let i = t.norm.find("José").unwrap();
        assert_eq!(t.orig_slice(i, i + "José".len()), "Jose\u{0301}");
        let i = t.norm.find("12").unwrap();
        assert_eq!(t.orig_slice(i, i + 2), "１２");
        let i = t.lower.find("dob").unwrap();
        assert_eq!(t.utf16_range(i, i + 3), (6, 9));
    }

    #[test]
    fn crlf_folds_to_lf() {
        let s = "Line one\r\nMrs. Jordan";
        let t = Text::new(s);
        assert_eq!(t.norm, "Line one\nMrs. Jordan");
        assert_eq!(span_of(&t, "jordan"), (15, 21));
    }

    #[test]
    fn lone_cr_and_marks_at_the_edges() {
        let t = Text::new("a\rb\u{0301}\u{0301}c\u{0301}");
        assert_eq!(t.norm, "a\nb\u{0301}\u{0301}ć");
        let i = t.norm.find('ć').unwrap();
        assert_eq!(t.orig_slice(i, t.norm.len()), "c\u{0301}");
        let m = Text::new("\u{0301}x 😀");
        assert_eq!(m.norm, "\u{0301}x 😀");
    }

    #[test]
    fn rtl_text_keeps_offsets() {
        let s = "\u{202B}שלום\u{202C} Mrs. Jordan";
        let t = Text::new(s);
        let (a, b) = span_of(&t, "jordan");
        let u: Vec<u16> = s.encode_utf16().collect();
        assert_eq!(String::from_utf16(&u[a..b]).unwrap(), "Jordan");
    }

    #[test]
    fn curly_quotes_straighten() {
        let t = Text::new("Jordan’s crown — loose");
        assert_eq!(t.norm, "Jordan's crown - loose");
        let ws: Vec<&str> = words(&t.norm).iter().map(|w| w.as_str(&t.norm)).collect();
        assert_eq!(ws, vec!["Jordan's", "crown", "loose"]);
    }

    #[test]
    fn utf16_ranges_batch_matches_single() {
        let s = "😀 a 𝒜 b é c";
        let t = Text::new(s);
        let ranges: Vec<(usize, usize)> = vec![(0, t.norm.len()), (2, 3), (0, 1)];
        let batch = t.utf16_ranges(&ranges);
        for (r, b) in ranges.iter().zip(batch) {
            assert_eq!(t.utf16_range(r.0, r.1), b);
        }
    }

    #[test]
    fn run_ends_match_a_byte_search() {
        let texts = [
            "",
            "plain ascii text, longer than eight bytes",
            "short",
            "caf\u{e9} au lait and more words \u{1F489} here",
            "line one\r\nline two\rline three",
            "\r\r\r",
            "0123456789abcdef\u{301}",
            "ends with a mark e\u{301}",
        ];
        for t in texts {
            let b = t.as_bytes();
            for i in 0..=b.len() {
                let non_ascii = b[i..]
                    .iter()
                    .position(|&x| x >= 0x80)
                    .map_or(b.len(), |p| i + p);
                let plain = b[i..]
                    .iter()
                    .position(|&x| x >= 0x80 || x == b'\r')
                    .map_or(b.len(), |p| i + p);
                assert_eq!(ascii_run_end(b, i), non_ascii, "{t:?} at {i}");
                assert_eq!(plain_run_end(b, i), plain, "{t:?} at {i}");
            }
        }
    }

    #[test]
    fn words_keep_handles_and_inner_marks() {
        let s = "@tj_runs great job at PT, O'Brien's follow-up #ad.";
        let ws: Vec<&str> = words(s).iter().map(|w| w.as_str(s)).collect();
        assert_eq!(
            ws,
            vec![
                "@tj_runs",
                "great",
                "job",
                "at",
                "PT",
                "O'Brien's",
                "follow-up",
                "#ad"
            ]
        );
    }

    #[test]
    fn capitalized_day_names() {
        for w in ["March", "May", "Tuesday", "Sunday"] {
            assert!(is_capitalized_day_name(w), "{w}");
        }
        for w in ["march", "MARCH", "Mar", "Tue", "Marching", "", "É"] {
            assert!(!is_capitalized_day_name(w), "{w}");
        }
    }

    #[test]
    fn lower_matches_char_by_char_lowercase() {
        for s in [
            "Zoë JOSÉ Ærøskøbing ÑUÑEZ İstanbul ẞ Σοφία ΣΟΦΙΑ Иван 😀 Ⅻ ǅ K",
            "plain ASCII, Mrs. ALVAREZ",
            "",
        ] {
            let want: String = s.chars().map(lower_same_len).collect();
            assert_eq!(lower_of(s), want, "{s}");
        }
    }

    #[test]
    fn mostly_greek_text_keeps_greek_letters_outside_latin_words() {
        // look-alikes fold inside a word with a Latin letter, not in Greek words
        let t = Text::new("Καλημέρα από το ιατρείο Αlvarez");
        assert!(t.norm.ends_with("Alvarez"), "{}", t.norm);
        assert!(t.norm.starts_with("Καλημέρα"), "{}", t.norm);
    }

    #[test]
    fn empty_text() {
        let t = Text::new("");
        assert_eq!(t.norm, "");
        assert_eq!(t.utf16_range(0, 0), (0, 0));
        assert!(words("").is_empty());
    }
}
