//! D2 and D3: a reply that answers a clinical question should carry the emergency line (D2)
//! and a not-medical-advice line (D3). D4: a reply to someone who posted their own health
//! details should remind them that the page is public. Info findings: they never change the
//! verdict.

use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;
use crate::rules::boundaries::cues::{self, Lazy};

pub struct ClinicalReply;

static EMERGENCY_LINE: Lazy = Lazy::new(
    r"\b911\b|\bemergency\s+(?:department|room|services)\b|\bnearest\s+(?:er|ed|emergency)\b|\bgo\s+to\s+the\s+(?:er|ed)\b|\bif\s+(?:this|it)\s+is\s+an\s+emergency\b|\bif\s+it'?s\s+an\s+emergency\b|\bpoison\s+control\b|\b988\b",
);

static NOT_ADVICE_LINE: Lazy = Lazy::new(
    r"\bnot\s+(?:medical|professional)\s+advice\b|\bgeneral\s+(?:info|information|education)\b|\bcan(?:'t|not|\s+not)\s+(?:give|offer|provide)\s+(?:individual\s+|personal\s+)?(?:medical\s+)?advice\b|\bcan(?:'t|not|\s+not)\s+(?:advise|evaluate|diagnose)\b|\bfor\s+(?:informational|educational)\s+purposes\b|\b(?:every\s+(?:case|situation|person|body)|everyone)(?:'s|\s+is)\s+different\b",
);

static PRIVACY_LINE: Lazy = Lazy::new(
    r"\bthis\s+page\s+is\s+public\b|\b(?:keep|leave)\s+(?:your\s+|personal\s+|any\s+)?(?:health|medical)\s+(?:details|info|information)\s+off\b|\bdon'?t\s+(?:post|share)\s+(?:your\s+|any\s+)?(?:personal\s+)?(?:health|medical)\b|\bplease\s+(?:keep|leave)\b[^.!?\n]{0,40}\b(?:health|medical)\s+(?:details|info|information)\b[^.!?\n]{0,10}\boff\b|\b(?:it'?s|is)\s+public\b",
);

impl Rule for ClinicalReply {
    fn id(&self) -> &'static str {
        "clinical-reply-notices"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        if !cues::is_answer(ctx) || ctx.lower().trim().is_empty() {
            return;
        }
        let lower = ctx.lower();
        let end = cues::at_end(ctx);
        // An answer, not a one-word thanks.
        let substantive = ctx.words.len() >= 6;
        if substantive && cues::parent_asks_clinical(ctx) {
            if !EMERGENCY_LINE.is_match(lower) {
                out.push(
                    Hit::new("D2", "emergency-line-missing", Severity::Info, end,
                        "This answers a clinical question without the emergency line. FSMB's guidance (2019) asks practices to point people with urgent problems to 911, not to the comments.")
                    .suggest(emergency_line(ctx)),
                );
            }
            if !NOT_ADVICE_LINE.is_match(lower) {
                out.push(
                    Hit::new("D3", "not-advice-line-missing", Severity::Info, end,
                        "This answers a clinical question without saying it is general information, not medical advice for the person asking (AMA Code of Medical Ethics 2.3.2).")
                    .suggest("This is general information, not medical advice; every situation is different."),
                );
            }
        }
        if substantive && cues::parent_shares_health(ctx) && !PRIVACY_LINE.is_match(lower) {
            out.push(
                Hit::new("D4", "privacy-reminder-missing", Severity::Info, end,
                    "The person you are answering posted health details in public. A short reminder that the page is public protects them and the practice (HIPAA does not stop patients from oversharing, but the practice should not build on it).")
                .suggest("Friendly reminder: this page is public, so please keep personal health details off it."),
            );
        }
    }
}

/// The practice's emergency line from the policy, or the standard one.
pub fn emergency_line(ctx: &Ctx) -> String {
    let e = ctx.policy.policy.practice.emergency.trim();
    if e.is_empty() {
        "If this is an emergency, call 911 or go to the nearest emergency department.".into()
    } else {
        e.to_string()
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy};

    fn codes(d: &Draft) -> Vec<String> {
        let r = Engine::new(Policy::default()).check(d);
        r.findings.iter().map(|f| f.code.clone()).collect()
    }

    #[test]
    fn clinical_answer_without_lines_gets_d2_d3() {
        let d = Draft::reply(
            "Ice it and rest for a couple of days.",
            "@jo",
            "twisted my ankle, what should I do?",
        );
        let c = codes(&d);
        assert!(
            c.contains(&"D2".to_string()) && c.contains(&"D3".to_string()),
            "{c:?}"
        );
        assert!(c.contains(&"D4".to_string()), "{c:?}");
    }

    #[test]
    fn lines_present_stay_quiet_and_do_not_change_the_verdict() {
        let d = Draft::reply(
            "We can't advise on individual cases online; please call us. If this is an emergency, call 911. Heads-up: this page is public, so please keep health details off it.",
            "@jo",
            "twisted my ankle, what should I do?",
        );
        let r = Engine::new(Policy::default()).check(&d);
        assert!(
            !r.findings
                .iter()
                .any(|f| ["D2", "D3", "D4"].contains(&f.code.as_str())),
            "{:?}",
            r.findings
        );
        let d = Draft::reply(
            "Ice it and rest for a couple of days.",
            "@jo",
            "twisted my ankle, what should I do?",
        );
        let r = Engine::new(Policy::default()).check(&d);
        let notices: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.code.starts_with('D'))
            .collect();
        assert!(!notices.is_empty());
        assert!(notices.iter().all(|f| f.severity == crate::Severity::Info));
    }

    #[test]
    fn posts_and_non_clinical_questions_stay_quiet() {
        assert!(codes(&Draft::post(
            "Ice or heat? General info, not medical advice."
        ))
        .is_empty());
        let d = Draft::reply(
            "We're open Saturdays 8-1.",
            "@jo",
            "are you open on saturday?",
        );
        assert!(codes(&d).is_empty());
    }
}
