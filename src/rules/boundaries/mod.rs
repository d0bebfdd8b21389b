//! Professional boundaries (B1-B10): AMA Code of Medical Ethics 2.3.2, ACP/FSMB 2013, FSMB 2019,
//! ADA Code (veracity), FTC 16 CFR 465.

pub mod account;
mod advice;
mod availability;
mod claims;
pub(crate) mod cues;
mod endorsements;
mod hostile_reply;
mod money;
mod personal_channels;
mod politics;
mod reviews;

use crate::engine::Rule;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(advice::Advice),
        Box::new(personal_channels::PersonalChannels),
        Box::new(availability::Availability),
        Box::new(politics::Politics),
        Box::new(endorsements::Endorsements),
        Box::new(claims::Claims),
        Box::new(money::Money),
        Box::new(hostile_reply::HostileReply),
        Box::new(reviews::Reviews),
        Box::new(account::Account),
    ]
}
