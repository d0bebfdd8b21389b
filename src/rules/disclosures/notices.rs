//! D1, D6, D7 on posts: a draft that invites questions by message or comment should say the
//! page is not monitored (D1); a sponsored or gifted mention should carry "#ad" (D6); outcome or
//! before/after content should say "results may vary" (D7). Info findings: they never change
//! the verdict.

use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;
use crate::rules::boundaries::cues::{self, Lazy};

pub struct Notices;

static INVITES_MESSAGES: Lazy = Lazy::new(
    r"\b(?:dm|message|messages|inbox|messenger|comment|comments|tweet|ask)\s+(?:us|below|here|away|anything)\b|\b(?:drop|leave|post)\s+(?:your\s+)?questions?\b|#ask[a-z]+",
);

static NOT_MONITORED: Lazy = Lazy::new(
    r"\b(?:not|isn't|isnt|aren't|arent|never)\s+(?:\w+\s+){0,2}(?:monitored|watched|checked)\b",
);

static SPONSORED: Lazy = Lazy::new(
    r"\b(?:sponsored\s+by|sponsor(?:ed|ing|s)?\b|partner(?:ed|ing)?\s+with|teamed\s+up\s+with|in\s+partnership\s+with|collab(?:oration)?\s+with|gifted|sent\s+us|for\s+sending|(?:use|with|enter)\s+(?:our\s+|promo\s+|discount\s+)?code|promo\s+code|discount\s+code|affiliate|link\s+in\s+(?:our|the)\s+bio)",
);

static DISCLOSED: Lazy = Lazy::new(
    r"#(?:ad|ads|sponsored|paid|partner|paidpartnership|affiliate|gifted)\b|\bpaid\s+partnership\b|\b(?:is|are|was|were)\s+compensated\b|\bpays\s+us\b|\badvertisement\b",
);

static OUTCOME: Lazy = Lazy::new(
    r"\bbefore\s*(?:and|&|/|-|\+|n)\s*after\b|\bbefore-and-after\b|#beforeandafter\b|#transformation\b|\bresults\s+like\b|\bsee\s+the\s+difference\b|\bafter\s+(?:just\s+)?\d+\s+(?:sessions|treatments|visits|weeks|months)\b|\b(?:pain-free|cancer-free|clear\s+skin|acne-free)\b|\bsuccess\s+stor(?:y|ies)\b|\bpatient\s+of\s+the\s+month\b|\b(?:most|\d+\s?%)\s+of\s+(?:our\s+)?patients\s+(?:are|see|get|feel|report)\b",
);

static CAVEAT: Lazy = Lazy::new(
    r"\bresults\s+(?:may\s+|can\s+|will\s+)?vary\b|\bindividual\s+results\b|\bnot\s+typical\b",
);

impl Rule for Notices {
    fn id(&self) -> &'static str {
        "post-notices"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        if lower.trim().is_empty() {
            return;
        }
        let end = cues::at_end(ctx);
        if !cues::is_answer(ctx)
            && INVITES_MESSAGES.is_match(lower)
            && !NOT_MONITORED.is_match(lower)
        {
            out.push(
                Hit::new("D1", "not-monitored-missing", Severity::Info, end,
                    "This invites questions on social media without saying the page is not monitored around the clock (FSMB 2019; AMA Code of Medical Ethics 2.3.2).")
                .suggest(format!(
                    "This page is not monitored around the clock; for medical questions call {} during office hours.",
                    ctx.phone_or_placeholder()
                )),
            );
        }
        if let Some(span) = SPONSORED.find(lower) {
            if !DISCLOSED.is_match(lower) {
                out.push(
                    Hit::new("D6", "paid-disclosure-missing", Severity::Info, span,
                        "A sponsored, gifted or affiliate mention needs a clear disclosure at the start, such as \"#ad\" or \"Paid partnership\" (FTC Endorsement Guides, 16 CFR 255).")
                    .suggest("#ad"),
                );
            }
        }
        if let Some(span) = OUTCOME.find(lower) {
            if !CAVEAT.is_match(lower) {
                out.push(
                    Hit::new("D7", "results-vary-missing", Severity::Info, span,
                        "Outcome or before/after content should say that results vary (ADA Code, veracity; FTC Act section 5).")
                    .suggest("Results may vary."),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy};

    fn codes(text: &str) -> Vec<String> {
        let r = Engine::new(Policy::default()).check(&Draft::post(text));
        r.findings.iter().map(|f| f.code.clone()).collect()
    }

    fn has(text: &str, code: &str) -> bool {
        codes(text).iter().any(|c| c == code)
    }

    #[test]
    fn d1_invitation_without_notice() {
        assert!(has("Got a skin question? DM us! #AskADerm", "D1"));
        assert!(!has(
            "Questions? DM us for scheduling. This page is not monitored 24/7.",
            "D1"
        ));
        assert!(!has("Happy holidays from all of us!", "D1"));
    }

    #[test]
    fn d6_sponsored_without_ad() {
        assert!(has("We teamed up with ArchWave for these insoles!", "D6"));
        assert!(!has(
            "#ad Paid partnership: Harborview has teamed up with ArchWave, and ArchWave pays us for this post.",
            "D6"
        ));
        assert!(!has("We love sunscreen.", "D6"));
    }

    #[test]
    fn d7_outcome_without_results_may_vary() {
        assert!(has(
            "Before and after 6 sessions of laser hair removal!",
            "D7"
        ));
        assert!(!has(
            "Laser resurfacing: most people need 1-3 treatments. Results may vary.",
            "D7"
        ));
        assert!(!has(
            "Achilles tendinopathy? Studies support calf-loading exercises; results vary and an eval matters.",
            "D7"
        ));
    }

    #[test]
    fn info_only() {
        let r = Engine::new(Policy::default()).check(&Draft::post("We teamed up with ArchWave!"));
        assert_eq!(r.verdict.as_str(), "ok");
    }
}
