//! Benchmark drafts shared by benches/engine.rs and examples/check_loop.rs.

/// Realistic sentences, clean and risky, cycled to any length.
pub const SENTENCES: &[&str] = &[
    "Flu shot clinic on Oct 3, walk-ins welcome from 9 to noon! 💉 ",
    "So sorry your crown came loose, Ms. Jordan, we can see you tomorrow at 3. ",
    "Our office is closed Friday for the holiday; call (555) 201-4400 for the answering service. ",
    "Get well soon Mrs. Alvarez after your hip replacement! ",
    "Ask your doctor whether the shingles vaccine is right for you. ",
    "The gentleman in room 4 was a frequent flyer again this morning. ",
    "Results may vary. Before and after of Jenna's veneers! ",
    "Meet Dr. Raman, our new family physician, who loves hiking with her dog. ",
    "Your balance of $240 is past due, please call us. ",
    "We take all feedback seriously; please call our office manager. ",
];

pub fn text_of_len(n: usize) -> String {
    let mut s = String::with_capacity(n + 128);
    let mut i = 0;
    // (the chars counted as they are added: counting the whole text per sentence was
    // quadratic, seconds for a 1 MB draft)
    let mut chars = 0;
    while chars < n {
        let add = SENTENCES[i % SENTENCES.len()];
        s.push_str(add);
        chars += add.chars().count();
        i += 1;
    }
    s.chars().take(n).collect()
}
