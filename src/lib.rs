//! Practice Guard's engine: checks a social media draft of a medical or dental practice for
//! patient information (confidentiality, C1-C10), professional-boundary problems (B1-B10) and
//! missing notices (D1-D7). Pure Rust, no DOM: `Policy` + `Draft` in, `Report` out.
//!
//! ```
//! use practice_guard::{Draft, Engine, Policy};
//! let engine = Engine::new(Policy::default());
//! let report = engine.check(&Draft::post("Flu shot clinic on Oct 3, walk-ins welcome!"));
//! assert_eq!(report.verdict.as_str(), "ok");
//! ```

#[cfg(not(target_arch = "wasm32"))]
pub mod corpus;
pub mod detect;
pub mod draft;
pub mod engine;
pub mod lexicon;
pub mod policy;
pub mod profile;
pub mod report;
pub mod roster;
pub mod rules;
#[cfg(test)]
mod testutil;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use draft::{Draft, InReplyTo, Kind, Site};

/// Builds an Aho-Corasick automaton with `builder`'s settings from `patterns` (pattern ids in
/// their order). The crate's `build` is generic over the pattern list's type, and was copied
/// into each caller (`Vec<String>`, `&[&str]`, iterator chains...), about 3 KB of WebAssembly
/// each; every automaton of the engine is built through this one instance instead.
#[inline(never)]
pub(crate) fn build_ac(
    builder: &aho_corasick::AhoCorasickBuilder,
    patterns: &[&str],
) -> Result<aho_corasick::AhoCorasick, aho_corasick::BuildError> {
    builder.build(patterns)
}

/// Word lists with flags merged into one pattern list for [`build_ac`]: `all` is sorted and each
/// word kept once, its flags the union of the flags it had in every list.
pub(crate) fn merge_flagged<F: Copy + std::ops::BitOrAssign + Ord>(
    mut all: Vec<(&'static str, F)>,
) -> (Vec<&'static str>, Vec<F>) {
    all.sort_unstable();
    let mut pats: Vec<&'static str> = Vec::new();
    let mut flags: Vec<F> = Vec::new();
    for (w, f) in all {
        if pats.last() == Some(&w) {
            *flags.last_mut().expect("a flag per pattern") |= f;
        } else {
            pats.push(w);
            flags.push(f);
        }
    }
    (pats, flags)
}

pub use engine::Engine;
pub use policy::{Policy, PolicyError};
pub use report::{Finding, Report, Severity, Verdict};
