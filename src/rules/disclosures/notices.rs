//! D1, D6, D7 on posts: a draft that invites questions by message or comment should say the
//! page is not monitored (D1); a sponsored or gifted mention should carry "#ad" (D6); outcome or
//! before/after content should say "results may vary" (D7). Info findings: they never change
//! the verdict.

use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;
use crate::rules::boundaries::cues::{self, Gate, Lazy};

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

/// Every match of [`INVITES_MESSAGES`] holds one of these ("#askdrlee" its "ask").
pub(crate) static INVITES_GATE: Gate = Gate::new(&[
    "dm",
    "message",
    "messenger",
    "inbox",
    "comment",
    "tweet",
    "ask",
    "question",
]);

/// Every match of [`SPONSORED`] holds one of these.
pub(crate) static SPONSORED_GATE: Gate = Gate::new(&[
    "sponsor",
    "partner",
    "teamed",
    "collab",
    "gifted",
    "sent",
    "sending",
    "code",
    "affiliate",
    "link",
]);

/// Every match of [`OUTCOME`] holds one of these ("before and after" its "after").
pub(crate) static OUTCOME_GATE: Gate = Gate::new(&[
    "after",
    "#transformation",
    "results",
    "difference",
    "-free",
    "skin",
    "success",
    "month",
    "patients",
]);

/// `INVITES_MESSAGES.is_match(lower)`, searched only around the keywords of [`INVITES_GATE`]:
/// every match holds one, and spans at most three runs of non-blank characters (a word, white
/// space, "your", white space, a word: no word of the pattern holds white space), so it lies
/// within the two runs before and after the run of each keyword it holds. Those stretches
/// (merged when they overlap) start and end next to ASCII white space or at the text's ends,
/// where the pattern's ASCII `\b` reads as in the whole text: a match in one is a match in the
/// text.
fn invites(ctx: &Ctx) -> bool {
    let lower = ctx.lower();
    let Some(keys) = INVITES_GATE.all_matches(ctx.gate_scan()) else {
        return INVITES_MESSAGES.is_match(lower);
    };
    let b = lower.as_bytes();
    let blank = |c: u8| c.is_ascii_whitespace();
    let mut stretch: Option<(usize, usize)> = None;
    for &(ks, ke, _) in keys {
        let mut lo = ks;
        while lo > 0 && !blank(b[lo - 1]) {
            lo -= 1;
        }
        let mut hi = ke;
        while hi < b.len() && !blank(b[hi]) {
            hi += 1;
        }
        for _ in 0..2 {
            while lo > 0 && blank(b[lo - 1]) {
                lo -= 1;
            }
            while lo > 0 && !blank(b[lo - 1]) {
                lo -= 1;
            }
            while hi < b.len() && blank(b[hi]) {
                hi += 1;
            }
            while hi < b.len() && !blank(b[hi]) {
                hi += 1;
            }
        }
        match stretch {
            Some((a, e)) if lo <= e => stretch = Some((a, e.max(hi))),
            Some((a, e)) => {
                if INVITES_MESSAGES.is_match(&lower[a..e]) {
                    return true;
                }
                stretch = Some((lo, hi));
            }
            None => stretch = Some((lo, hi)),
        }
    }
    stretch.is_some_and(|(a, e)| INVITES_MESSAGES.is_match(&lower[a..e]))
}

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
        // (each pattern is searched only when the shared gate scan saw one of its keywords)
        if !cues::is_answer(ctx)
            && INVITES_GATE.hit_in(ctx)
            && invites(ctx)
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
        if let Some(span) = SPONSORED_GATE
            .hit_in(ctx)
            .then(|| SPONSORED.find(lower))
            .flatten()
        {
            if !DISCLOSED.is_match(lower) {
                out.push(
                    Hit::new("D6", "paid-disclosure-missing", Severity::Info, span,
                        "A sponsored, gifted or affiliate mention needs a clear disclosure at the start, such as \"#ad\" or \"Paid partnership\" (FTC Endorsement Guides, 16 CFR 255).")
                    .suggest("#ad"),
                );
            }
        }
        if let Some(span) = OUTCOME_GATE
            .hit_in(ctx)
            .then(|| OUTCOME.find(lower))
            .flatten()
        {
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

    /// The search around the gate's keywords answers as the search of the whole text, on texts
    /// drawn from the pattern's words, its keywords, blanks of every kind and glue.
    #[test]
    fn invites_around_the_keywords_is_the_whole_search() {
        use super::*;
        let policy = crate::engine::CompiledPolicy::new(Policy::default());
        let pieces = [
            "dm",
            "message",
            "messages",
            "inbox",
            "messenger",
            "comment",
            "comments",
            "tweet",
            "ask",
            "us",
            "below",
            "here",
            "away",
            "anything",
            "drop",
            "leave",
            "post",
            "your",
            "question",
            "questions",
            "#ask",
            "doc",
            "x",
            "é",
            "_",
            "2",
        ];
        let seps = [
            "", " ", " ", " ", "  ", "\t", "\n", "\u{a0}", "\u{b}", "\u{2003}", ",", ".", "-", "#",
        ];
        let mut draw = crate::testutil::drawer(0x3C6E_F372_FE94_F82B);
        let mut yes = 0;
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..draw(9) {
                t.push_str(pieces[draw(pieces.len())]);
                t.push_str(seps[draw(seps.len())]);
            }
            let d = Draft::post(t.as_str());
            let ctx = crate::engine::Ctx::new(&d, &policy);
            let want = INVITES_MESSAGES.is_match(ctx.lower());
            assert_eq!(invites(&ctx), want, "{t:?}");
            yes += usize::from(want);
        }
        assert!(yes > 1_000, "{yes}");
    }

    /// Each alternative of the gated patterns, with odd spacing: the gate sees a keyword in
    /// every text its pattern matches.
    #[test]
    fn gates_hold_a_keyword_of_every_match() {
        use super::*;
        let cases: [(&Gate, &Lazy, &[&str]); 3] = [
            (
                &INVITES_GATE,
                &INVITES_MESSAGES,
                &[
                    "dm us",
                    "messages\there",
                    "messenger away",
                    "inbox us",
                    "comments below",
                    "tweet us",
                    "ask anything",
                    "drop your questions",
                    "leave your question",
                    "post questions",
                    "#askadoc",
                ],
            ),
            (
                &SPONSORED_GATE,
                &SPONSORED,
                &[
                    "sponsored by x",
                    "sponsors",
                    "partnered  with",
                    "teamed up with",
                    "in partnership\nwith",
                    "collaboration with",
                    "gifted",
                    "sent\nus",
                    "for sending",
                    "use our code",
                    "enter discount code",
                    "promo code",
                    "affiliate",
                    "link in the bio",
                ],
            ),
            (
                &OUTCOME_GATE,
                &OUTCOME,
                &[
                    "before & after",
                    "before-and-after",
                    "#beforeandafter",
                    "#transformation",
                    "results like",
                    "see the difference",
                    "after just 6 sessions",
                    "pain-free",
                    "clear  skin",
                    "acne-free",
                    "success stories",
                    "patient of the month",
                    "90% of patients report",
                    "most of our patients feel",
                ],
            ),
        ];
        for (gate, re, texts) in cases {
            for t in texts {
                assert!(re.is_match(t), "{t}");
                assert!(gate.hit(t), "{t}");
            }
        }
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
