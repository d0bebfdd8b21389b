//! Shared detectors: what several rules need to know about a draft (persons, health and care
//! terms, identifiers, dates...). Computed once per check through [`crate::engine::Ctx::analysis`].

use crate::engine::Ctx;

pub mod health;
pub mod identifiers;
pub mod persons;
pub mod world;

/// Something a detector found: a byte span of the normalized text, what it is (`kind`, e.g.
/// "phone", "first-name", "condition", "care-cue"), and how sure the detector is (0.0-1.0).
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
    pub score: f32,
}

impl Mention {
    pub fn new(start: usize, end: usize, kind: &'static str, score: f32) -> Mention {
        Mention {
            start,
            end,
            kind,
            score,
        }
    }

    pub fn span(&self) -> (usize, usize) {
        (self.start, self.end)
    }
}

/// What the detectors found in a draft. Spans are byte ranges of the normalized text.
#[derive(Debug, Default, Clone)]
pub struct Analysis {
    /// People named or addressed: names, initials, titles + names, handles (persons.rs).
    pub persons: Vec<Mention>,
    /// Conditions, procedures, medications, dental/dermatology/therapy terms (health.rs).
    pub health: Vec<Mention>,
    /// Care cues: "came in", "saw", "treated", "appointment", "pt", "s/p", "f/u" (health.rs).
    pub care: Vec<Mention>,
    /// Safe Harbor identifiers: phone, fax, email, URL, SSN, MRN/chart/account/member numbers
    /// (identifiers.rs). The practice's own contact details are already left out.
    pub identifiers: Vec<Mention>,
    /// Dates and relative dates (identifiers.rs).
    pub dates: Vec<Mention>,
    /// Places that can point at a person: rooms, beds, streets, ZIP codes, towns (identifiers.rs).
    pub places: Vec<Mention>,
    /// Ages, with `score` 1.0 for 90 and over (identifiers.rs).
    pub ages: Vec<Mention>,
    /// The persons and care of [`identifiers::Others`], built once (see `Others::new`).
    near: std::cell::OnceCell<(identifiers::Near, identifiers::Near)>,
    /// Whether a person is of kind `persons::PUBLIC` (see [`Analysis::any_public`]).
    public: std::cell::OnceCell<bool>,
}

impl Analysis {
    /// Whether one of the persons is a public figure, found once (asked per date and per
    /// sentence by `persons::public_news_at`: a scan of every person each time made long drafts
    /// quadratic).
    pub(crate) fn any_public(&self) -> bool {
        *self
            .public
            .get_or_init(|| self.persons.iter().any(|m| m.kind == persons::PUBLIC))
    }
}

/// Runs every detector over the draft.
pub fn analyze(ctx: &Ctx) -> Analysis {
    let mut a = Analysis::default();
    identifiers::detect(ctx, &mut a);
    health::detect(ctx, &mut a);
    persons::detect(ctx, &mut a);
    a
}

/// [`analyze`], with the time each detector took (identifiers, health, persons), for
/// `Engine::timings`.
#[cfg(not(target_arch = "wasm32"))]
pub fn analyze_timed(ctx: &Ctx) -> (Analysis, [(&'static str, std::time::Duration); 3]) {
    use std::time::Instant;
    let mut a = Analysis::default();
    let t = Instant::now();
    identifiers::detect(ctx, &mut a);
    let ti = t.elapsed();
    let t = Instant::now();
    health::detect(ctx, &mut a);
    let th = t.elapsed();
    let t = Instant::now();
    persons::detect(ctx, &mut a);
    let tp = t.elapsed();
    (
        a,
        [
            ("(analysis: identifiers)", ti),
            ("(analysis: health)", th),
            ("(analysis: persons)", tp),
        ],
    )
}

/// Builds the lexicons and compiles the regexes ahead of the first check.
pub fn warm() {
    identifiers::warm();
    health::warm();
    persons::warm();
}

/// The digit strings of things that look like phone numbers in `s` (7 to 11 digits, with the
/// usual separators), last 10 digits only. Used to learn the practice's own numbers.
pub fn phone_like_digits(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut flush = |cur: &mut String| {
        if (7..=11).contains(&cur.len()) {
            let d = if cur.len() > 10 {
                cur[cur.len() - 10..].to_string()
            } else {
                cur.clone()
            };
            out.push(d);
        }
        cur.clear();
    };
    let mut last_sep = false;
    for c in s.chars() {
        if c.is_ascii_digit() {
            cur.push(c);
            last_sep = false;
        } else if matches!(c, ' ' | '-' | '.' | '(' | ')' | '+') && !cur.is_empty() && !last_sep {
            last_sep = c != ')';
        } else if c == '(' && cur.is_empty() {
        } else {
            flush(&mut cur);
            last_sep = false;
        }
    }
    flush(&mut cur);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_like_digits_finds_numbers() {
        assert_eq!(
            phone_like_digits("Lakeside Family Physicians, (555) 330-1000"),
            vec!["5553301000"]
        );
        assert_eq!(
            phone_like_digits("Call (555) 201-4400 and press 2"),
            vec!["5552014400"]
        );
        assert!(phone_like_digits("Suite 3, MN 55311").is_empty());
    }
}
