//! Safe Harbor identifiers, dates, ages and places (phone, email, URL, SSN, MRN...).

use super::Analysis;
use crate::engine::Ctx;

/// Adds this detector's mentions to the analysis.
pub fn detect(_ctx: &Ctx, _a: &mut Analysis) {}

/// Builds lexicons and regexes once (called by `Engine::new`).
pub fn warm() {}
