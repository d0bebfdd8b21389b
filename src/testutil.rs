//! Helpers shared by the unit tests.

/// `count` seeded random texts (xorshift64 from `seed`), each of fewer than `max_pieces` pieces
/// drawn from `pieces`: the no-panic tests' inputs, the same on every run.
pub(crate) fn random_texts<'a>(
    seed: u64,
    pieces: &'a [&'a str],
    max_pieces: u64,
    count: usize,
) -> impl Iterator<Item = String> + 'a {
    let mut draw = drawer(seed);
    // (the length is drawn from the generator too: a length taken from a state that did not
    // move would stay 0 once it was 0, and every later text would be empty)
    (0..count).map(move |_| {
        let n = draw(max_pieces as usize);
        (0..n).map(|_| pieces[draw(pieces.len())]).collect()
    })
}

/// A seeded xorshift64 draw: each call moves the state and returns a number below `n`.
pub(crate) fn drawer(seed: u64) -> impl FnMut(usize) -> usize {
    let mut x = seed;
    move |n| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % n as u64) as usize
    }
}

/// Asserts that every finding's span lies inside `text` (UTF-16 offsets, start <= end).
pub(crate) fn assert_spans_within(r: &crate::Report, text: &str) {
    let n = text.encode_utf16().count();
    assert!(
        r.findings.iter().all(|f| f.start <= f.end && f.end <= n),
        "{text:?}"
    );
}

/// Whether every match of `hir` holds one of `words` (a sufficient test: a literal holding one,
/// a concatenation with such a part, an alternation of such branches). The gate tests check a
/// gate's words against its regex with it.
pub(crate) fn always_holds(hir: &regex_syntax::hir::Hir, words: &[&str]) -> bool {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Literal(l) => {
            let l = String::from_utf8_lossy(&l.0);
            words.iter().any(|w| l.contains(w))
        }
        HirKind::Concat(xs) => xs.iter().any(|x| always_holds(x, words)),
        HirKind::Alternation(xs) => xs.iter().all(|x| always_holds(x, words)),
        HirKind::Capture(c) => always_holds(&c.sub, words),
        HirKind::Repetition(r) => r.min >= 1 && always_holds(&r.sub, words),
        _ => false,
    }
}

/// Asserts that `fires` holds on every text of `hits` (a rule's examples) and on none of
/// `near_misses`, naming the text that fails.
pub(crate) fn assert_examples(fires: impl Fn(&str) -> bool, hits: &[&str], near_misses: &[&str]) {
    for t in hits {
        assert!(fires(t), "should fire: {t}");
    }
    for t in near_misses {
        assert!(!fires(t), "should stay quiet: {t}");
    }
}
