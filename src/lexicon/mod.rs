//! Name lexicons: first names (SSA baby-name counts, births 1930-2024) and surnames (US Census
//! 1990), both public domain; sources and licences in NOTICE, generator in
//! `src/lexicon/build_lexicons.py`.
//!
//! Both lists are held as one alphabetical, front-coded string of names (`names.txt`) with, in
//! step, one character per name giving its tiers (`name_tiers.txt`; see the generator's
//! docstring). They are decoded once, on first use, into one hash map from the lowercase name to
//! a [`NameInfo`].

use std::collections::HashMap;
use std::sync::OnceLock;

/// The text of a lexicon file (`lexicon_text!(include_str!("…"))`) without its comment lines
/// (first non-blank character `#`) and blank lines, computed at compile time: the comments stay
/// in the files for readers and are not shipped in the binary. The kept lines are unchanged, so a
/// reader that skips comment and blank lines itself reads the same terms.
macro_rules! lexicon_text {
    ($raw:expr) => {{
        const RAW: &str = $raw;
        const LEN: usize = $crate::lexicon::stripped_len(RAW);
        const BYTES: [u8; LEN] = $crate::lexicon::strip_comments::<LEN>(RAW);
        const TEXT: &str = match ::core::str::from_utf8(&BYTES) {
            Ok(s) => s,
            Err(_) => panic!("lexicon text is not UTF-8"),
        };
        TEXT
    }};
}
pub(crate) use lexicon_text;

/// How many bytes [`strip_comments`] keeps of `raw`.
pub const fn stripped_len(raw: &str) -> usize {
    kept_lines(raw.as_bytes(), None)
}

/// The lines of `raw` that are neither blank nor comments, each ending with `\n`.
pub const fn strip_comments<const N: usize>(raw: &str) -> [u8; N] {
    let mut out = [0u8; N];
    let n = kept_lines(raw.as_bytes(), Some(&mut out));
    assert!(n == N);
    out
}

/// Copies (when `out` is given) and counts the bytes of the kept lines of `raw`.
const fn kept_lines(raw: &[u8], mut out: Option<&mut [u8]>) -> usize {
    let mut n = 0;
    let mut start = 0;
    while start < raw.len() {
        let mut end = start;
        while end < raw.len() && raw[end] != b'\n' {
            end += 1;
        }
        let mut first = start;
        while first < end && raw[first].is_ascii_whitespace() {
            first += 1;
        }
        if first < end && raw[first] != b'#' {
            let mut i = start;
            while i < end {
                if let Some(o) = &mut out {
                    o[n] = raw[i];
                }
                n += 1;
                i += 1;
            }
            if let Some(o) = &mut out {
                o[n] = b'\n';
            }
            n += 1;
        }
        start = end + 1;
    }
    n
}

const NAMES: &str = include_str!("names.txt");
const TIERS: &str = include_str!("name_tiers.txt");

/// What the lexicons know about a lowercase word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NameInfo {
    /// Frequency tier as a first name: 1 (the ~300 most common) to 4 (rarest kept); 0 = not one.
    pub first: u8,
    /// Frequency tier as a surname, same scale; 0 = not one.
    pub sur: u8,
    /// Also an ordinary lowercase English word ("will", "grant", "hope", "brown").
    pub english: bool,
}

impl NameInfo {
    pub fn is_first(&self) -> bool {
        self.first > 0
    }
    pub fn is_sur(&self) -> bool {
        self.sur > 0
    }
    /// The best (lowest) tier of either list, 0 when neither.
    pub fn tier(&self) -> u8 {
        match (self.first, self.sur) {
            (0, s) => s,
            (f, 0) => f,
            (f, s) => f.min(s),
        }
    }
}

/// What the map holds for a word: its names' entry (when `name`), and the bits of the persons
/// detector's word lists that hold it (`persons::list_bits`), so that a token's name and list
/// questions are answered by one probe.
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    info: NameInfo,
    name: bool,
    flags: u16,
}

/// foldhash: names are short ASCII strings, read in one or two loads (FNV-1a took a multiply
/// per byte); fixed seed, as the keys are our own data, not attacker-chosen.
type Map = HashMap<Box<str>, Entry, foldhash::fast::FixedState>;

/// Calls `f(name, info)` for each name of the front-coded list `names` and its tier character
/// in `tiers`. A name is one character `'0' + d` (drop the last `d` characters of the name
/// before) followed by the lowercase letters to append; line breaks between names are ignored.
fn decode(names: &str, tiers: &str, mut f: impl FnMut(&str, NameInfo)) {
    let mut prev = String::new();
    let mut codes = tiers.bytes();
    let mut rest = names;
    while let Some(c) = rest.bytes().next() {
        if c == b'\n' {
            rest = &rest[1..];
            continue;
        }
        let drop = c.saturating_sub(b'0') as usize;
        let add = rest[1..]
            .bytes()
            .position(|b| !b.is_ascii_lowercase())
            .map_or(rest.len(), |n| n + 1);
        prev.truncate(prev.len().saturating_sub(drop));
        prev.push_str(&rest[1..add]);
        rest = &rest[add..];
        let c = codes.next().unwrap_or(b'A').saturating_sub(b'A');
        let (english, c) = if c >= 25 { (true, c - 25) } else { (false, c) };
        f(
            &prev,
            NameInfo {
                first: c / 5,
                sur: c % 5,
                english,
            },
        );
    }
}

fn map() -> &'static Map {
    static MAP: OnceLock<Map> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: Map = HashMap::with_capacity_and_hasher(28_000, Default::default());
        decode(NAMES, TIERS, |n, info| {
            m.insert(
                n.into(),
                Entry {
                    info,
                    name: true,
                    flags: 0,
                },
            );
        });
        for (&w, &bits) in crate::detect::persons::list_bits() {
            m.entry(w.into()).or_default().flags |= bits;
        }
        m
    })
}

/// Looks up a lowercase word (ASCII letters; accents are folded by the caller or not found).
pub fn lookup(lower: &str) -> Option<NameInfo> {
    if lower.len() < 2 || lower.len() > 24 {
        return None;
    }
    entry(lower).filter(|e| e.name).map(|e| e.info)
}

/// The map's entry of `lower`: a word of up to [`SHORT`] bytes is read from [`short`], the
/// others from [`map`].
#[inline(always)]
fn entry(lower: &str) -> Option<Entry> {
    let b = lower.as_bytes();
    if (1..=SHORT).contains(&b.len()) {
        short().get(b)
    } else {
        map().get(lower).copied()
    }
}

/// The longest key [`short`] holds, in bytes: one u64.
const SHORT: usize = 8;

/// log2 of [`short`]'s slots (16 bytes each: 1 MB, about a third of them used).
const SHORT_LOG: u32 = 16;

/// The keys of [`map`] of up to [`SHORT`] bytes in an open-addressing table whose slots hold
/// the key itself as a u64 (its bytes, little-endian, zero-padded) and its length: a word is
/// looked up by one multiplication and integer comparisons, where the map hashed it, probed
/// and compared strings (most words of a draft are short).
struct Short {
    slots: Box<[(u64, u8, Entry)]>,
}

impl Short {
    /// `b` (1 to [`SHORT`] bytes) as a u64, its bytes little-endian and zero-padded, read by
    /// two loads that may overlap (an overlapping byte lands where it is in both).
    #[inline(always)]
    fn key(b: &[u8]) -> u64 {
        let n = b.len();
        if n >= 4 {
            let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
            u64::from(lo) | u64::from(hi) << (8 * (n - 4))
        } else {
            u64::from(b[0])
                | u64::from(b[n / 2]) << (8 * (n / 2))
                | u64::from(b[n - 1]) << (8 * (n - 1))
        }
    }

    #[inline(always)]
    fn slot(x: u64, len: usize) -> usize {
        ((x ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SHORT_LOG)) as usize
    }

    /// The entry of `b` (1 to [`SHORT`] bytes).
    #[inline(always)]
    fn get(&self, b: &[u8]) -> Option<Entry> {
        let (x, n) = (Short::key(b), b.len() as u8);
        let mask = self.slots.len() - 1;
        let mut i = Short::slot(x, b.len());
        loop {
            let (k, len, e) = self.slots[i];
            if len == 0 {
                return None;
            }
            if k == x && len == n {
                return Some(e);
            }
            i = (i + 1) & mask;
        }
    }
}

fn short() -> &'static Short {
    static S: OnceLock<Short> = OnceLock::new();
    S.get_or_init(|| {
        let mut slots = vec![(0u64, 0u8, Entry::default()); 1 << SHORT_LOG].into_boxed_slice();
        let mask = slots.len() - 1;
        for (k, &e) in map() {
            let b = k.as_bytes();
            if !(1..=SHORT).contains(&b.len()) {
                continue;
            }
            let x = Short::key(b);
            let mut i = Short::slot(x, b.len());
            while slots[i].1 != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = (x, b.len() as u8, e);
        }
        Short { slots }
    })
}

/// [`lookup`] of any word, with the bits of the persons detector's word lists that hold it
/// (`persons::list_bits`; 0 in none), in one probe.
pub fn lookup_flagged(lower: &str) -> (Option<NameInfo>, u16) {
    match entry(lower) {
        None => (None, 0),
        Some(e) => {
            let name = e.name && (2..=24).contains(&lower.len());
            (name.then_some(e.info), e.flags)
        }
    }
}

/// Number of distinct names held (first names and surnames together).
pub fn len() -> usize {
    map().values().filter(|e| e.name).count()
}

/// Decodes the lexicons ahead of the first check.
pub fn warm() {
    let _ = short();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_short_key_is_the_bytes_zero_padded() {
        let b = b"abcdefgh";
        for n in 1..=SHORT {
            let mut w = [0u8; 8];
            w[..n].copy_from_slice(&b[..n]);
            assert_eq!(Short::key(&b[..n]), u64::from_le_bytes(w), "{n}");
        }
    }

    #[test]
    fn the_short_table_holds_what_the_map_holds() {
        let m = map();
        let mut n = 0;
        for (k, e) in m {
            if (1..=SHORT).contains(&k.len()) {
                let got = short().get(k.as_bytes()).expect("a short key");
                assert_eq!(
                    (got.info, got.name, got.flags),
                    (e.info, e.name, e.flags),
                    "{k}"
                );
                n += 1;
            }
        }
        assert!(n > 10_000, "{n}");
        // words that are no key, of every length up to SHORT and with bytes a key never has
        for w in [
            "q", "zz", "xqz", "qqqq", "zzqxv", "qzqzqz", "xkcdxkc", "zzzzzzzz", "ab\0", "é",
        ] {
            assert_eq!(
                m.contains_key(w),
                short().get(w.as_bytes()).is_some(),
                "{w:?}"
            );
        }
    }

    #[test]
    fn common_names_are_found_with_tiers() {
        let m = lookup("michael").unwrap();
        assert_eq!(m.first, 1);
        assert!(!m.english);
        let s = lookup("smith").unwrap();
        assert_eq!(s.sur, 1);
        assert!(lookup("alvarez").unwrap().is_sur());
        assert!(lookup("jaylen").unwrap().is_first());
        assert!(lookup("kowalczyk").unwrap().is_sur());
    }

    #[test]
    fn english_words_are_marked() {
        for w in ["will", "grant", "hope", "mark", "rose", "bill"] {
            let i = lookup(w).unwrap_or_else(|| panic!("{w}"));
            assert!(i.english, "{w}");
        }
        assert!(lookup("the").is_none() || lookup("the").unwrap().english);
        assert_eq!(lookup(""), None);
        assert_eq!(lookup("zzzzqqq"), None);
    }

    #[test]
    fn front_coding_decodes() {
        let mut v = Vec::new();
        // anna: first tier 1; anne: first 1, surname 2, English; bo: first 1; cy: surname 4.
        decode("0anna1e4bo\n2cy\n", "FaFE", |n, i| {
            v.push((n.to_string(), i.first, i.sur, i.english))
        });
        assert_eq!(
            v,
            vec![
                ("anna".to_string(), 1, 0, false),
                ("anne".to_string(), 1, 2, true),
                ("bo".to_string(), 1, 0, false),
                ("cy".to_string(), 0, 4, false)
            ]
        );
    }

    #[test]
    fn one_tier_character_per_name() {
        let mut n = 0;
        decode(NAMES, "", |_, _| n += 1);
        assert_eq!(n, TIERS.trim_end().len());
        assert!(TIERS
            .trim_end()
            .bytes()
            .all(|b| (b'A'..b'A' + 50).contains(&b)));
    }

    #[test]
    fn comment_and_blank_lines_are_stripped_at_compile_time() {
        const T: &str = lexicon_text!(
            "# heading\nalpha\n\n  # indented note\n[kind]\n?beta gamma\r\n   \ndelta"
        );
        assert_eq!(T, "alpha\n[kind]\n?beta gamma\r\ndelta\n");
        const E: &str = lexicon_text!("# only a comment\n");
        assert_eq!(E, "");
    }

    #[test]
    fn size_is_as_documented() {
        assert!(len() > 20_000, "{}", len());
    }
}
