//! Professional boundaries (B1-B10): AMA Code of Medical Ethics 2.3.2, ACP/FSMB 2013, FSMB 2019,
//! ADA Code (veracity), FTC 16 CFR 465.

use crate::engine::Rule;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![]
}
