//! What the engine says about a draft.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Ok,
    Warn,
    Block,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Warn => "warn",
            Verdict::Block => "block",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Finding {
    /// Catalog code (RULES.md), e.g. "C1".
    pub code: String,
    /// The engine's own rule id, e.g. "person-with-health".
    pub rule: String,
    pub severity: Severity,
    /// UTF-16 code units of the original text, ready for DOM ranges.
    pub start: usize,
    pub end: usize,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Report {
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn from_findings(findings: Vec<Finding>) -> Report {
        let worst = findings.iter().map(|f| f.severity).max();
        let verdict = match worst {
            Some(Severity::High) => Verdict::Block,
            Some(Severity::Medium) => Verdict::Warn,
            _ => Verdict::Ok,
        };
        Report { verdict, findings }
    }

    /// The distinct codes of the findings, in catalog order of first appearance.
    pub fn codes(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.findings.iter().map(|f| f.code.as_str()).collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

/// Whether `code` is one of the catalog's codes: C1-C10, B1-B10, D1-D7.
pub fn is_catalog_code(code: &str) -> bool {
    let (area, n) = code.split_at(code.len().min(1));
    let Ok(n) = n.parse::<u8>() else { return false };
    match area {
        "C" | "B" => (1..=10).contains(&n),
        "D" => (1..=7).contains(&n),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(sev: Severity) -> Finding {
        Finding {
            code: "C1".into(),
            rule: "r".into(),
            severity: sev,
            start: 0,
            end: 1,
            message: String::new(),
            suggestion: None,
        }
    }

    #[test]
    fn verdict_follows_worst_severity() {
        assert_eq!(Report::from_findings(vec![]).verdict, Verdict::Ok);
        assert_eq!(
            Report::from_findings(vec![f(Severity::Info)]).verdict,
            Verdict::Ok
        );
        assert_eq!(
            Report::from_findings(vec![f(Severity::Low)]).verdict,
            Verdict::Ok
        );
        assert_eq!(
            Report::from_findings(vec![f(Severity::Medium), f(Severity::Info)]).verdict,
            Verdict::Warn
        );
        assert_eq!(
            Report::from_findings(vec![f(Severity::Medium), f(Severity::High)]).verdict,
            Verdict::Block
        );
    }

    #[test]
    fn catalog_codes() {
        for c in ["C1", "C10", "B1", "B10", "D1", "D7"] {
            assert!(is_catalog_code(c), "{c}");
        }
        for c in ["C0", "C11", "D8", "X1", "", "C", "c1"] {
            assert!(!is_catalog_code(c), "{c}");
        }
    }
}
