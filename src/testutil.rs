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
