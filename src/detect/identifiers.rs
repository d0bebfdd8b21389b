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

mod cues;
mod dates;
mod numbers;
mod places;

pub use cues::Cues;

/// Adds this detector's mentions to the analysis.
pub fn detect(ctx: &Ctx, a: &mut Analysis) {
    let norm = ctx.norm();
    if norm.is_empty() {
        return;
    }
    // Ages first: an age is also an individual cue ("a 72-year-old ... seen 3/14").
    let ages = dates::ages(ctx);
    let cues = Cues::new(ctx, &ages);
    let mut claimed: Vec<(usize, usize)> = Vec::new();
    numbers::detect(ctx, &cues, &mut claimed, &mut a.identifiers);
    let mut born = Vec::new();
    dates::detect(
        ctx,
        &cues,
        &claimed,
        &mut a.identifiers,
        &mut a.dates,
        &mut born,
    );
    for m in &a.dates {
        claimed.push(m.span());
    }
    places::detect(ctx, &cues, &claimed, &a.dates, &mut a.places);
    a.ages.extend(ages);
    a.ages.extend(born);
    for v in [&mut a.identifiers, &mut a.dates, &mut a.places, &mut a.ages] {
        v.sort_by_key(|m| (m.start, m.end));
    }
}

/// Builds lexicons and regexes once (called by `Engine::new`).
pub fn warm() {
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

/// Whether the persons detector found someone who may be a patient within `bytes` of the span.
pub fn person_near(a: &Analysis, span: (usize, usize), bytes: usize) -> bool {
    let lo = span.0.saturating_sub(bytes);
    let hi = span.1.saturating_add(bytes);
    a.persons
        .iter()
        .filter(|m| crate::detect::persons::is_possible_patient(m))
        .any(|m| m.end >= lo && m.start <= hi)
}

/// Whether a health term (score >= 0.5) or a care cue lies within `bytes` of the span.
pub fn care_near(a: &Analysis, span: (usize, usize), bytes: usize) -> bool {
    let lo = span.0.saturating_sub(bytes);
    let hi = span.1.saturating_add(bytes);
    a.health
        .iter()
        .filter(|m| m.score >= 0.5)
        .chain(a.care.iter())
        .any(|m| m.end >= lo && m.start <= hi)
}

/// Whether a date, facility... with this score is tied to a patient once the persons and health
/// detectors are heard (`w` bytes around the span).
pub fn tied(a: &Analysis, m: &Mention, w: usize) -> bool {
    let s = m.score;
    if s >= 0.9 {
        return true;
    }
    let person = || person_near(a, m.span(), w);
    let care = || care_near(a, m.span(), w);
    if (s - IND_ONLY).abs() < 1e-6 {
        care()
    } else if (s - VISIT_ONLY).abs() < 1e-6 {
        person()
    } else {
        person() && care()
    }
}

/// Whether any of `ms` (sorted by start or not) lies within `bytes` of the span.
pub fn any_near(ms: &[Mention], span: (usize, usize), bytes: usize) -> bool {
    let lo = span.0.saturating_sub(bytes);
    let hi = span.1.saturating_add(bytes);
    ms.iter().any(|m| m.end >= lo && m.start <= hi)
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

/// Whether `span` overlaps any of `claimed`.
pub(crate) fn overlaps(claimed: &[(usize, usize)], span: (usize, usize)) -> bool {
    claimed.iter().any(|&(a, b)| a < span.1 && span.0 < b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Draft, Engine, Policy};

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
    fn handles_feed_the_analysis() {
        let t = "Shout-out to @zach_hoops, not jo@x.example";
        let a = analysis(t);
        let k = kinds(&a.identifiers, t);
        assert!(k.contains(&("@zach_hoops".into(), "handle")), "{k:?}");
        assert!(!k.iter().any(|(s, _)| s == "@x"), "{k:?}");
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
