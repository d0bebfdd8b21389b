//! The practice's policy: who the practice is (its own contact details never count as patient
//! information), who works there, and what the practice always allows or denies.
//!
//! The JSON format is the one of `shared/policy.example.json`. Unknown fields are ignored; a
//! malformed policy is an error that names the field and the reason. An empty policy is valid.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Handles per site, e.g. `{"x": ["@maplegrovefm"], "facebook": ["maplegrovefamilymed"]}`.
pub type Handles = BTreeMap<String, Vec<String>>;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Practice {
    pub name: String,
    pub handles: Handles,
    pub phones: Vec<String>,
    pub fax: String,
    pub email: String,
    pub website: String,
    pub address: String,
    pub hours: String,
    pub after_hours: String,
    pub covering: String,
    pub emergency: String,
}

/// What the practice wants done with a rule code: drop it, make it a warning, or block.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum RuleAction {
    Off,
    Warn,
    Block,
}

/// Optional roster of patients for exact matching, stored only as salted hashes of normalized
/// names (see `crate::roster`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Roster {
    pub salt: String,
    pub hashes: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Policy {
    pub practice: Practice,
    /// Staff names as written, e.g. "Dr. Priya Raman", "Kelly Ortiz, RN".
    pub staff: Vec<String>,
    /// Terms that never produce a finding (matched case-insensitively on whole words).
    pub allow_terms: Vec<String>,
    /// Terms that always produce a high finding.
    pub deny_terms: Vec<String>,
    /// Per-code behaviour set by the practice: `{"C10": "block", "B4": "off"}`.
    pub rules: BTreeMap<String, RuleAction>,
    /// Whether a warn verdict also holds the post (used by the extension).
    pub warn_holds_post: bool,
    pub roster: Roster,
}

/// A policy that could not be read. `field` is the JSON path of the offending value
/// (e.g. `practice.phones[1]`), empty when the document itself is not JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyError {
    pub field: String,
    pub reason: String,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() || self.field == "." {
            write!(f, "policy: {}", self.reason)
        } else {
            write!(f, "policy field `{}`: {}", self.field, self.reason)
        }
    }
}

impl std::error::Error for PolicyError {}

impl Policy {
    /// Reads a policy from JSON. Blank input is the empty policy.
    pub fn from_json(json: &str) -> Result<Policy, PolicyError> {
        if json.trim().is_empty() {
            return Ok(Policy::default());
        }
        let de = &mut serde_json::Deserializer::from_str(json);
        let policy: Policy = serde_path_to_error::deserialize(de).map_err(|e| {
            let field = e.path().to_string();
            let inner = e.into_inner();
            PolicyError {
                field,
                reason: clean_serde_reason(&inner.to_string()),
            }
        })?;
        policy.validate()?;
        Ok(policy)
    }

    /// Checks values serde accepts but the engine cannot use.
    fn validate(&self) -> Result<(), PolicyError> {
        for (code, _) in self.rules.iter() {
            if !crate::report::is_catalog_code(code) {
                return Err(PolicyError {
                    field: format!("rules.{code}"),
                    reason: format!(
                        "`{code}` is not a rule code of the catalog (C1-C10, B1-B10, D1-D7)"
                    ),
                });
            }
        }
        for (i, p) in self.practice.phones.iter().enumerate() {
            let digits = p.chars().filter(|c| c.is_ascii_digit()).count();
            if !p.trim().is_empty() && !(7..=15).contains(&digits) {
                return Err(PolicyError {
                    field: format!("practice.phones[{i}]"),
                    reason: format!(
                        "`{p}` does not look like a phone number (it has {digits} digits)"
                    ),
                });
            }
        }
        for (i, t) in self.deny_terms.iter().enumerate() {
            if t.trim().is_empty() {
                return Err(PolicyError {
                    field: format!("deny_terms[{i}]"),
                    reason: "an empty term would match everything".into(),
                });
            }
        }
        Ok(())
    }

    /// The practice's main phone, if any, for suggestions ("please call us at ...").
    pub fn main_phone(&self) -> Option<&str> {
        self.practice
            .phones
            .iter()
            .map(|s| s.as_str())
            .find(|s| !s.trim().is_empty())
    }

    /// All handles of the practice on every site, without a leading `@`, lowercased.
    pub fn own_handles(&self) -> Vec<String> {
        self.practice
            .handles
            .values()
            .flatten()
            .map(|h| normalize_handle(h))
            .filter(|h| !h.is_empty())
            .collect()
    }
}

/// `@Maple_Grove` -> `maple_grove`; also strips a facebook.com/ prefix.
pub fn normalize_handle(h: &str) -> String {
    let h = h.trim();
    let h = h
        .rsplit_once("facebook.com/")
        .map(|(_, r)| r)
        .or_else(|| h.rsplit_once("x.com/").map(|(_, r)| r))
        .unwrap_or(h);
    h.trim_start_matches('@').trim_matches('/').to_lowercase()
}

fn clean_serde_reason(s: &str) -> String {
    // serde_json appends " at line L column C"; keep it, it helps to find the spot.
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_policy_is_valid() {
        assert_eq!(Policy::from_json("").unwrap(), Policy::default());
        assert_eq!(Policy::from_json("{}").unwrap(), Policy::default());
    }

    #[test]
    fn example_policy_reads() {
        let p = Policy::from_json(include_str!("../tests/data/policy.example.json")).unwrap();
        assert_eq!(p.practice.name, "Maple Grove Family Medicine");
        assert_eq!(p.main_phone(), Some("(555) 201-4400"));
        assert_eq!(p.own_handles(), vec!["maplegrovefamilymed", "maplegrovefm"]);
        assert_eq!(p.staff.len(), 4);
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let p = Policy::from_json(r#"{"practice": {"name": "A", "color": "red"}, "extra": 1}"#)
            .unwrap();
        assert_eq!(p.practice.name, "A");
    }

    #[test]
    fn malformed_policy_names_the_field() {
        let e =
            Policy::from_json(r#"{"practice": {"phones": ["(555) 201-4400", 7]}}"#).unwrap_err();
        assert_eq!(e.field, "practice.phones[1]");
        assert!(e.reason.contains("expected a string"), "{}", e.reason);
        let e = Policy::from_json(r#"{"staff": "Dr. Raman"}"#).unwrap_err();
        assert_eq!(e.field, "staff");
        let e = Policy::from_json(r#"{"rules": {"Z9": "off"}}"#).unwrap_err();
        assert_eq!(e.field, "rules.Z9");
        let e = Policy::from_json(r#"{"rules": {"C1": "sometimes"}}"#).unwrap_err();
        assert_eq!(e.field, "rules.C1");
        let e = Policy::from_json(r#"{"practice": {"phones": ["12"]}}"#).unwrap_err();
        assert_eq!(e.field, "practice.phones[0]");
        let e = Policy::from_json("{\"practice\": ").unwrap_err();
        assert!(e.to_string().starts_with("policy"), "{e}");
    }

    #[test]
    fn handles_normalize() {
        assert_eq!(normalize_handle("@MapleGroveFM"), "maplegrovefm");
        assert_eq!(
            normalize_handle("https://www.facebook.com/maplegrove/"),
            "maplegrove"
        );
    }
}
