//! Confidentiality: patient information (C1-C10). Sources: HIPAA Privacy Rule, 45 CFR 164.502 and
//! 164.514(b)(2) (the Safe Harbor identifiers); HHS OCR settlements over online replies.

mod deny_terms;
mod roster;

use crate::engine::Rule;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![Box::new(deny_terms::DenyTerms), Box::new(roster::Roster)]
}
