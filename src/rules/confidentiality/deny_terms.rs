//! The practice's deny list: terms that must never be posted (a patient's name the office knows
//! is sensitive, an internal code name...). They always fire, as high findings.

use crate::engine::{whole_word_matches, Ctx, Hit, Rule};
use crate::report::Severity;

pub struct DenyTerms;

impl Rule for DenyTerms {
    fn id(&self) -> &'static str {
        "deny-term"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        for span in whole_word_matches(ctx.policy.deny.as_ref(), ctx.lower()) {
            out.push(Hit::new(
                "C1",
                self.id(),
                Severity::High,
                span,
                format!(
                    "\"{}\" is on your practice's deny list: the practice has asked that it never be posted.",
                    ctx.text.orig_slice(span.0, span.1)
                ),
            )
            .suggest("Remove it, or ask your privacy officer before posting."));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy, Verdict};

    #[test]
    fn deny_terms_always_fire_on_whole_words() {
        let p = Policy::from_json(r#"{"deny_terms": ["Project Tooth", "Zyx"]}"#).unwrap();
        let e = Engine::new(p);
        let r = e.check(&Draft::post(
            "Big news about project   tooth? No: PROJECT TOOTH soon",
        ));
        assert_eq!(r.verdict, Verdict::Block);
        assert_eq!(r.findings.len(), 1);
        assert_eq!((r.findings[0].start, r.findings[0].end), (36, 49));
        assert_eq!(e.check(&Draft::post("Zyxel routers")).verdict, Verdict::Ok);
    }

    #[test]
    fn allow_terms_win_over_findings() {
        let p = Policy::from_json(r#"{"deny_terms": ["Zyx"], "allow_terms": ["zyx"]}"#).unwrap();
        assert_eq!(
            Engine::new(p).check(&Draft::post("Zyx")).verdict,
            Verdict::Ok
        );
    }

    #[test]
    fn policy_rule_actions_apply() {
        let p = Policy::from_json(r#"{"deny_terms": ["Zyx"], "rules": {"C1": "warn"}}"#).unwrap();
        assert_eq!(
            Engine::new(p).check(&Draft::post("Zyx")).verdict,
            Verdict::Warn
        );
        let p = Policy::from_json(r#"{"deny_terms": ["Zyx"], "rules": {"C1": "off"}}"#).unwrap();
        assert_eq!(
            Engine::new(p).check(&Draft::post("Zyx")).verdict,
            Verdict::Ok
        );
    }
}
