//! Profile audit: which items of the contact and emergency block a practice's About text, bio or
//! pinned post shows (RULES.md D1, D4, D5).

use serde::{Deserialize, Serialize};

/// The items, in the order they are reported.
pub const ITEMS: [&str; 9] = [
    "address",
    "phone",
    "fax",
    "hours",
    "after_hours",
    "covering",
    "emergency",
    "not_monitored",
    "privacy_warning",
];

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ProfileItem {
    pub item: String,
    pub present: bool,
    /// UTF-16 offsets of where the item was found (only when present).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ProfileReport {
    pub items: Vec<ProfileItem>,
}

/// Audits the text of a practice's profile. (Detection of each item: boundary issue.)
pub fn audit_profile(_text: &str) -> ProfileReport {
    ProfileReport {
        items: ITEMS
            .iter()
            .map(|i| ProfileItem {
                item: i.to_string(),
                present: false,
                start: None,
                end: None,
            })
            .collect(),
    }
}
