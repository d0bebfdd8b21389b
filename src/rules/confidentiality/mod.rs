//! Confidentiality: patient information (C1-C10). Sources: HIPAA Privacy Rule, 45 CFR 164.502 and
//! 164.514(b)(2) (the Safe Harbor identifiers); HHS OCR settlements over online replies.

mod ages;
pub(crate) mod confirms_patient;
pub(crate) mod dates;
mod deny_terms;
pub(crate) mod disparaging;
mod identifiers;
pub(crate) mod identifying_combo;
mod known_to_us;
pub(crate) mod media;
pub(crate) mod payment;
pub(crate) mod person_health;
mod places;
mod roster;
mod unmasking;

use crate::engine::Rule;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(deny_terms::DenyTerms),
        Box::new(roster::Roster),
        Box::new(person_health::PersonWithHealth),
        Box::new(unmasking::Unmasking),
        Box::new(media::PatientMedia),
        Box::new(disparaging::Disparaging),
        Box::new(confirms_patient::ConfirmsPatient),
        Box::new(known_to_us::KnownToUs),
        Box::new(payment::Payment),
        Box::new(identifying_combo::IdentifyingCombo),
        Box::new(identifiers::SafeHarborIdentifiers),
        Box::new(dates::DatesOfService),
        Box::new(places::PatientLocations),
        Box::new(ages::AgesOverEightyNine),
    ]
}
