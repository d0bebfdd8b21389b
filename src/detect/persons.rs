//! Persons: names from lexicons, titles, initials, handles, nicknames; staff and public figures.

use super::Analysis;
use crate::engine::Ctx;

/// Adds this detector's mentions to the analysis.
pub fn detect(_ctx: &Ctx, _a: &mut Analysis) {}

/// Builds lexicons and regexes once (called by `Engine::new`).
pub fn warm() {}
