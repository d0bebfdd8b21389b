//! Every rule of the engine, grouped by area: one folder per area, one file per rule family.

pub mod boundaries;
pub mod confidentiality;
pub mod disclosures;
pub mod safe_reply;

use crate::engine::Rule;

/// All rules, in the order they run.
pub fn all() -> Vec<Box<dyn Rule>> {
    let mut v = confidentiality::rules();
    v.extend(boundaries::rules());
    v.extend(disclosures::rules());
    v
}
