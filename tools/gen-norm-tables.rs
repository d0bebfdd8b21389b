//! Writes `src/text_tables.rs`, the Unicode normalization data `src/text.rs` uses, from the
//! `unicode-normalization` crate (a dev-dependency):
//!
//!     cargo run --example gen-norm-tables > src/text_tables.rs && cargo fmt
//!
//! What goes in (see the doc comment of `src/text.rs` for what it means):
//! - canonical combining classes of every code point;
//! - canonical decompositions (full, as NFD gives them) of every code point, except the CJK
//!   compatibility ideographs (F900-FAFF, 2F800-2FA1F, singletons to unified ideographs) and
//!   Hangul syllables (computed, not tabled);
//! - compatibility decompositions (full, as NFKD gives them) of the code points in
//!   `COMPAT_BLOCKS` only;
//! - every primary composition pair (canonical composition is complete; Hangul is computed).
//!
//! The tests in `src/text.rs` compare the result with the crate for every covered code point.

use std::collections::BTreeSet;
use unicode_normalization::char::{canonical_combining_class, compose};
use unicode_normalization::UnicodeNormalization;

/// Blocks whose compatibility decompositions are kept: Latin, Greek, Cyrillic, combining marks,
/// punctuation, symbols, letter-like forms, super/subscripts, number forms, enclosed and
/// full-width forms, mathematical alphanumerics, ligatures, and the Latin units of the CJK
/// compatibility block (㎎, ㎖, ㏄). `src/text.rs` repeats this list in its doc comment.
const COMPAT_BLOCKS: &[(u32, u32, &str)] = &[
    (0x0000, 0x036F, "Latin, IPA, spacing modifier letters, combining diacritical marks"),
    (0x0370, 0x052F, "Greek and Coptic, Cyrillic, Cyrillic supplement"),
    (0x1AB0, 0x1AFF, "combining diacritical marks extended"),
    (0x1D00, 0x1DFF, "phonetic extensions (and supplement), combining marks supplement"),
    (0x1E00, 0x1FFF, "Latin extended additional, Greek extended"),
    (0x2000, 0x2BFF, "punctuation, super/subscripts, currency, letter-like, number forms, arrows, math, technical, enclosed alphanumerics, shapes, dingbats"),
    (0x2C60, 0x2C7F, "Latin extended-C"),
    (0x2DE0, 0x2E7F, "Cyrillic extended-A, supplemental punctuation"),
    (0x3000, 0x303F, "CJK symbols and punctuation"),
    (0x3250, 0x325F, "circled numbers 21-35"),
    (0x32B1, 0x32BF, "circled numbers 36-50"),
    (0x32CC, 0x32CF, "Hg, erg, eV, LTD"),
    (0x3371, 0x337A, "hPa, da, AU, bar, oV, pc, dm, IU"),
    (0x3380, 0x33DF, "Latin units (mg, ml, cc, kg, km2, ...)"),
    (0x33FF, 0x33FF, "gal"),
    (0xA640, 0xA69F, "Cyrillic extended-B"),
    (0xA700, 0xA7FF, "modifier tone letters, Latin extended-D"),
    (0xAB30, 0xAB6F, "Latin extended-E"),
    (0xFB00, 0xFB06, "Latin ligatures"),
    (0xFE00, 0xFE6F, "variation selectors, vertical forms, half marks, CJK compatibility and small forms"),
    (0xFF00, 0xFFEF, "halfwidth and fullwidth forms"),
    (0x10780, 0x107BF, "Latin extended-F"),
    (0x1D400, 0x1D7FF, "mathematical alphanumeric symbols"),
    (0x1DF00, 0x1DFFF, "Latin extended-G"),
    (0x1E030, 0x1E08F, "Cyrillic extended-D"),
    (0x1F100, 0x1F1FF, "enclosed alphanumeric supplement"),
    (0x1FB00, 0x1FBFF, "symbols for legacy computing (segmented digits)"),
];

fn is_cjk_compat_ideograph(c: u32) -> bool {
    (0xF900..=0xFAFF).contains(&c) || (0x2F800..=0x2FA1F).contains(&c)
}

fn is_hangul_syllable(c: u32) -> bool {
    (0xAC00..=0xD7A3).contains(&c)
}

fn compat_covered(c: u32) -> bool {
    COMPAT_BLOCKS.iter().any(|&(a, b, _)| (a..=b).contains(&c))
}

fn varint(mut x: u32, out: &mut Vec<u8>) {
    while x >= 0x80 {
        out.push(x as u8 | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

fn zigzag(x: i64) -> u32 {
    (if x >= 0 { x << 1 } else { (-x << 1) - 1 }) as u32
}

/// A Rust byte string literal's contents.
fn escape(b: &[u8]) -> String {
    b.iter()
        .map(|&c| match c {
            b'"' | b'\\' => format!("\\{}", c as char),
            0x20..=0x7E => (c as char).to_string(),
            _ => format!("\\x{c:02x}"),
        })
        .collect()
}

fn chars() -> impl Iterator<Item = char> {
    (0..=0x10FFFFu32).filter_map(char::from_u32)
}

fn main() {
    // Combining classes as runs of consecutive code points with the same nonzero class.
    let mut ccc: Vec<(u32, u32, u8)> = Vec::new();
    for c in chars() {
        let k = canonical_combining_class(c);
        if k == 0 {
            continue;
        }
        let cp = c as u32;
        match ccc.last_mut() {
            Some(last) if last.1 + 1 == cp && last.2 == k => last.1 = cp,
            _ => ccc.push((cp, cp, k)),
        }
    }

    // Decompositions.
    let mut strings = String::new();
    let mut canon: Vec<(u32, u32)> = Vec::new(); // (code point, offset << 8 | byte length)
    let mut compat: Vec<(u32, u32)> = Vec::new();
    let mut runs: Vec<(u32, u32, u32)> = Vec::new(); // compat singletons to consecutive targets
    let add = |s: &str, strings: &mut String| -> u32 {
        let off = strings.find(s).unwrap_or_else(|| {
            strings.push_str(s);
            strings.len() - s.len()
        });
        assert!(s.len() < 256 && off < (1 << 24));
        (off as u32) << 8 | s.len() as u32
    };
    let mut compat_single: Vec<(u32, u32)> = Vec::new();
    for c in chars() {
        let cp = c as u32;
        if is_hangul_syllable(cp) {
            continue;
        }
        let one = c.to_string();
        let nfd: String = one.nfd().collect();
        let nfkd: String = one.nfkd().collect();
        if nfd != one && !is_cjk_compat_ideograph(cp) {
            canon.push((cp, add(&nfd, &mut strings)));
        }
        if nfkd != nfd && compat_covered(cp) {
            let mut it = nfkd.chars();
            match (it.next(), it.next()) {
                (Some(t), None) if nfd == one => compat_single.push((cp, t as u32)),
                _ => compat.push((cp, add(&nfkd, &mut strings))),
            }
        }
    }
    // Runs of at least 4 singletons mapping consecutive code points to consecutive targets.
    let mut i = 0;
    while i < compat_single.len() {
        let mut j = i + 1;
        while j < compat_single.len()
            && compat_single[j].0 == compat_single[j - 1].0 + 1
            && compat_single[j].1 == compat_single[j - 1].1 + 1
        {
            j += 1;
        }
        if j - i >= 4 {
            runs.push((
                compat_single[i].0,
                compat_single[j - 1].0,
                compat_single[i].1,
            ));
        } else {
            for &(cp, t) in &compat_single[i..j] {
                let s = char::from_u32(t).unwrap().to_string();
                compat.push((cp, add(&s, &mut strings)));
            }
        }
        i = j;
    }
    compat.sort();

    // Primary composites: every pair (first, second) the crate composes, Hangul excepted.
    let mut seconds: BTreeSet<char> = BTreeSet::new();
    let mut firsts: BTreeSet<char> = BTreeSet::new();
    for c in chars() {
        if is_hangul_syllable(c as u32) {
            continue;
        }
        let d: Vec<char> = c.to_string().nfd().collect();
        if d.len() > 1 || d[0] != c {
            firsts.insert(c);
            firsts.insert(d[0]);
            seconds.extend(d[1..].iter().copied());
        }
    }
    let mut pairs: Vec<(u32, u32, u32)> = Vec::new();
    for &a in &firsts {
        for &b in &seconds {
            if let Some(r) = compose(a, b) {
                if !is_hangul_syllable(r as u32) {
                    pairs.push((a as u32, b as u32, r as u32));
                }
            }
        }
    }
    pairs.sort();

    // Runs of code points that the normalization changes when they stand alone (a starter with
    // no mark after it keeps every other code point as it is): the fast path of `src/text.rs`.
    let mut changes: Vec<(u32, u32)> = Vec::new();
    for c in chars() {
        let cp = c as u32;
        if is_cjk_compat_ideograph(cp) || is_hangul_syllable(cp) {
            continue;
        }
        let one = c.to_string();
        let norm: String = if compat_covered(cp) {
            one.nfkc().collect()
        } else {
            one.nfc().collect()
        };
        if norm == one {
            continue;
        }
        match changes.last_mut() {
            Some(last) if last.1 + 1 == cp => last.1 = cp,
            _ => changes.push((cp, cp)),
        }
    }

    // Each table is a byte string of unsigned LEB128 numbers, mostly small differences from the
    // previous entry: 13 KB that gzip to 6 KB, where the same tables as arrays of u32/u64 took
    // 35 KB and gzipped to 15 KB. `src/text.rs` decodes them once, on first use.
    let mut ccc_b = Vec::new();
    let mut prev = 0;
    for &(a, b, k) in &ccc {
        varint(a - prev, &mut ccc_b);
        varint(b - a, &mut ccc_b);
        varint(k as u32, &mut ccc_b);
        prev = b;
    }
    let decomps = |t: &[(u32, u32)]| {
        let mut out = Vec::new();
        let (mut prev, mut end) = (0, 0i64);
        for &(c, at) in t {
            let (off, len) = ((at >> 8) as i64, at & 0xFF);
            varint(c - prev, &mut out);
            varint(zigzag(off - end), &mut out);
            varint(len, &mut out);
            prev = c;
            end = off + len as i64;
        }
        out
    };
    let (canon_b, compat_b) = (decomps(&canon), decomps(&compat));
    let mut runs_b = Vec::new();
    let mut prev = 0;
    for &(a, b, t) in &runs {
        varint(a - prev, &mut runs_b);
        varint(b - a, &mut runs_b);
        varint(zigzag(t as i64 - a as i64), &mut runs_b);
        prev = b;
    }
    let mut changes_b = Vec::new();
    let mut prev = 0;
    for &(a, b) in &changes {
        varint(a - prev, &mut changes_b);
        varint(b - a, &mut changes_b);
        prev = b;
    }
    let mut pairs_b = Vec::new();
    let (mut pa, mut pb, mut pr) = (0, 0, 0i64);
    for &(a, b, r) in &pairs {
        varint(a - pa, &mut pairs_b);
        varint(if a == pa { b - pb } else { b }, &mut pairs_b);
        varint(zigzag(r as i64 - pr), &mut pairs_b);
        (pa, pb, pr) = (a, b, r as i64);
    }

    let v = unicode_normalization::UNICODE_VERSION;
    println!("//! Generated by tools/gen-norm-tables.rs from unicode-normalization (Unicode {}.{}.{}): do not edit.", v.0, v.1, v.2);
    println!("//! What the tables hold and leave out: see the doc comment of `src/text.rs`.");
    println!("//!");
    println!(
        "//! Each table is a byte string of unsigned LEB128 numbers, a few per entry, entries in"
    );
    println!(
        "//! ascending order; \"delta\" is the difference from the same number of the entry before"
    );
    println!(
        "//! (0 before the first) and \"signed\" numbers are zigzag-coded (0, -1, 1, -2, 2 ... as"
    );
    println!("//! 0, 1, 2, 3, 4 ...).");
    println!();
    println!(
        "pub const UNICODE_VERSION: (u8, u8, u8) = ({}, {}, {});",
        v.0, v.1, v.2
    );
    println!();
    println!(
        "/// Runs of code points with the same nonzero combining class, {} entries: first minus",
        ccc.len()
    );
    println!("/// the last of the run before, last minus first, class.");
    println!("pub(crate) static CCC: &[u8] = b\"{}\";", escape(&ccc_b));
    println!();
    println!(
        "/// Code points with a canonical decomposition (full, as NFD gives it), {} entries: delta",
        canon.len()
    );
    println!("/// code point, signed offset in [`STRINGS`] minus the end of the entry before, byte length.");
    println!(
        "pub(crate) static CANON: &[u8] = b\"{}\";",
        escape(&canon_b)
    );
    println!();
    println!(
        "/// Covered code points whose compatibility decomposition differs from the canonical one,"
    );
    println!("/// {} entries, coded as [`CANON`].", compat.len());
    println!(
        "pub(crate) static COMPAT: &[u8] = b\"{}\";",
        escape(&compat_b)
    );
    println!();
    println!("/// Runs of covered code points whose compatibility decomposition is one character,");
    println!(
        "/// consecutive targets for consecutive code points, {} entries: first minus the last of",
        runs.len()
    );
    println!("/// the run before, last minus first, signed target of first minus first.");
    println!(
        "pub(crate) static COMPAT_RUNS: &[u8] = b\"{}\";",
        escape(&runs_b)
    );
    println!();
    println!("/// The decompositions, one after the other (UTF-8).");
    println!(
        "pub(crate) static STRINGS: &str = \"{}\";",
        strings.escape_default()
    );
    println!();
    println!(
        "/// Runs of the code points the normalization changes when alone, {} entries: first minus",
        changes.len()
    );
    println!("/// the last of the run before, last minus first.");
    println!(
        "pub(crate) static CHANGED_ALONE: &[u8] = b\"{}\";",
        escape(&changes_b)
    );
    println!();
    println!(
        "/// Primary composition pairs (Hangul is computed), {} entries sorted by first then",
        pairs.len()
    );
    println!(
        "/// second: delta first, second (minus the second before when the first is the same),"
    );
    println!("/// signed delta composite.");
    println!(
        "pub(crate) static COMPOSE_PAIRS: &[u8] = b\"{}\";",
        escape(&pairs_b)
    );
    eprintln!(
        "ccc runs {}, canonical {}, compat {}, compat runs {}, strings {} bytes, pairs {}, changed-alone runs {}",
        ccc.len(),
        canon.len(),
        compat.len(),
        runs.len(),
        strings.len(),
        pairs.len(),
        changes.len()
    );
}
