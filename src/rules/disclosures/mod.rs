//! Disclosures (D1-D7): notices a post or profile should carry. Info findings; they never change
//! the verdict by themselves.

mod clinical_reply;
pub(crate) mod notices;

use crate::engine::Rule;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(clinical_reply::ClinicalReply),
        Box::new(notices::Notices),
    ]
}
