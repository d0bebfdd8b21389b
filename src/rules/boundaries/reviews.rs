//! B9: reviews bought with incentives, reviews gated to 5 stars, reviews written by staff, and
//! testimonials asked of therapy clients ("5 stars gets you a free whitening", "everyone please
//! hop on your personal Facebook and leave us a 5-star review"). An honest request without
//! incentives stays quiet.

use super::cues::{Gate, Lazy};
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct Reviews;

const MESSAGE: &str = "This trades a reward for a review, asks only for positive reviews, or has staff write reviews. The FTC rule on consumer reviews and testimonials (16 CFR 465) prohibits incentives conditioned on a review's sentiment and reviews that misrepresent who wrote them, and platforms remove incentivized reviews.";

/// Every review cue below holds one of these.
pub(super) static GATE: Gate = Gate::new(&[
    "review",
    "star",
    "rate us",
    "yelp",
    "testimonial",
    "⭐",
    "reseña",
    "resena",
]);

/// A review or rating.
static REVIEW: Lazy = Lazy::new(
    r"\b(?:reviews?|reviewing|5[- ]stars?|five[- ]stars?|star\s+ratings?|rate\s+us|yelp|testimonials?|reseñas?|resenas?|(?:5|cinco)\s+estrellas)\b|⭐",
);

/// Something of value.
static INCENTIVE: Lazy = Lazy::new(
    r"\b(?:free|gift\s+cards?|voucher|coupon|discount|\d+\s?%\s+off|\$\s?\d+\s+off|waive|waived|credit|entered\s+to\s+win|enter\s+to\s+win|a\s+chance\s+to\s+win|raffle|giveaway|drawing|prize|reward|rewards|swag|complimentary|on\s+the\s+house|(?:copay|co-pay|visit|session|cleaning|coffee|lunch|first\s+month)\s+(?:is|are)\s+on\s+us|thank-you\s+gift|to\s+enter|entries|winners?\s+(?:announced|drawn|picked|chosen|gets?)|ipad|sorteo|rifa|concurso|premios?|tarjetas?\s+de\s+regalo)\b|\$\s?\d",
);

/// Reviews from staff, or only-positive requests.
static STAFF_OR_GATED: Lazy = Lazy::new(
    r"(?x)
    \b(?:5|five)[- ]star\s+reviews?\s+only\b|\bonly\s+(?:5|five)[- ]star\b|\bonly\s+(?:leave|post)\s+(?:good|positive)\b
  | \b(?:team|staff|employees|volunteers|everyone\s+on\s+the\s+team)\b[^\n]{0,80}\b(?:leave|write|post|drop)\b[^.!?\n]{0,60}\breviews?\b
  | \b(?:team\s+reminder|staff\s+reminder|reminder\s+to\s+(?:the\s+)?(?:team|staff))\b[^\n]{0,120}\breviews?\b
  | \b(?:your|their)\s+personal\s+(?:facebook|accounts?|profiles?|google|yelp)\b[^.!?\n]{0,60}\breviews?\b
  | \b(?:ask|asking)\s+(?:your|our)\s+(?:friends|family|relatives)\b[^.!?\n]{0,60}\breviews?\b
  | \b(?:staff|team)\s+challenge\b[^\n]{0,120}\breviews?\b|\bwhoever\s+(?:posts|writes|leaves)\s+the\s+most\b[^.!?\n]{0,30}\breviews?\b
  | \bmake\s+(?:'em|them|it)\s+sound\s+real\b|\bpretend\s+(?:you'?re|you\s+are|to\s+be)\s+(?:a\s+)?(?:patient|client|customer)s?\b
  | \btestimonials?\b[^.!?\n]{0,60}\b(?:therapy|counseling|counselling|clients?)\b|\b(?:therapy|counseling)\s+clients?\b[^.!?\n]{0,60}\btestimonials?\b
",
);

/// A mental-health practice: counseling, therapy, behavioral health, psychology.
static MENTAL_HEALTH: Lazy = Lazy::new(
    r"\b(?:counseling|counselling|counselor|therapy|therapist|psychotherapy|psycholog\w*|psychiatr\w*|behavioral|mental\s+health|lcsw|lpc|lmft)\b",
);

/// A request for testimonials or client stories.
static TESTIMONIAL_ASK: Lazy = Lazy::new(
    r"\b(?:share|leave|send|post|write|submit|tell\s+us)\b[^.!?\n]{0,40}\b(?:testimonials?|stor(?:y|ies))\b|\b(?:client|patient)\s+(?:stories|testimonials?)\s+wanted\b|\btestimonials?\s+wanted\b",
);

/// A client's story asked for where everyone reads it: "share your story in the comments",
/// "tell us your experience below".
static CLIENT_STORY_IN_PUBLIC: Lazy = Lazy::new(
    r"\b(?:share|tell\s+us|post|drop|leave|write)\s+(?:your|ur)\s+(?:own\s+)?(?:story|stories|experience)\b[^.!?\n]{0,40}\b(?:in\s+the\s+comments|comment|comments|below|on\s+our\s+(?:page|wall|feed|timeline)|publicly|tag\s+us)\b",
);

/// A story, video or testimony asked of patients: "send us a short video about how therapy
/// helped", "we'd love to feature YOUR story".
static STORY_ASK: Lazy = Lazy::new(
    r"\b(?:share|send|post|submit|tell\s+us|tag\s+us|record|film|feature)\b[^.!?\n]{0,40}\b(?:stor(?:y|ies)|videos?|testimon(?:y|ies))\b",
);

/// A reward given in exchange: "we'll send a $25 Amazon card as a thank-you".
static IN_EXCHANGE: Lazy = Lazy::new(
    r"\b(?:get|gets|receive|earn|win|we'?ll\s+(?:send|give|mail)|we\s+will\s+(?:send|give|mail)|as\s+a\s+thank[- ]?you|in\s+exchange|in\s+return|to\s+thank\s+you)\b",
);

/// The words a story ask needs ([`story_for_reward`] looks no further without one), found by
/// the shared gate scan instead of a search of the draft per word.
pub(super) static STORY_GATE: Gate = Gate::new(&["stor", "video", "testimon"]);

/// The words a client story asked in public needs (see [`Reviews::check`]), from the shared
/// gate scan.
pub(super) static YOUR_STORY_GATE: Gate = Gate::new(&["your story", "your experience"]);

/// A story or testimony asked for with a reward given for it (the FTC rule covers testimonials
/// as it covers reviews): the span from the ask to the reward.
fn story_for_reward(ctx: &Ctx) -> Option<(usize, usize)> {
    let lower = ctx.lower();
    // (one of "stor", "video", "testimon" in the draft)
    if !STORY_GATE.hit_in(ctx) {
        return None;
    }
    let asks = STORY_ASK.spans(lower);
    if asks.is_empty() {
        return None;
    }
    let negated = NO_INCENTIVE.spans(lower);
    INCENTIVE.spans(lower).into_iter().find_map(|(s, e)| {
        if negated.iter().any(|&(a, b)| a <= s && e <= b) {
            return None;
        }
        // the reward is promised for something: a verb of exchange just before or after it
        let around = &lower[crate::detect::identifiers::floor_boundary(lower, s.saturating_sub(60))
            ..crate::detect::identifiers::floor_boundary(lower, (e + 40).min(lower.len()))];
        if !IN_EXCHANGE.is_match(around) {
            return None;
        }
        asks.iter()
            .find(|&&(a, b)| {
                if a <= s {
                    s - b.min(s) <= WINDOW
                } else {
                    a - e.min(a) <= WINDOW
                }
            })
            .map(|&(a, b)| (a.min(s), b.max(e)))
    })
}

const SUGGESTION: &str = "Ask for honest feedback without rewards and from patients only: \"Had a visit with us? We'd love your honest feedback on Google, good or bad.\"";

/// "No incentives", "free to leave any review": negations of an incentive.
static NO_INCENTIVE: Lazy = Lazy::new(
    r"\bno\s+(?:incentives?|rewards?|strings|discounts?)\b|\bfeel\s+free\b|\bfree\s+to\b|\bfree\s+(?:consultations?|parking|screening|wi-?fi)\b",
);

const WINDOW: usize = 160;

impl Rule for Reviews {
    fn id(&self) -> &'static str {
        "review-incentive"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        // "Send us a short video about how therapy helped and we'll send a $25 Amazon card as a
        // thank-you": a testimonial paid for, with or without the word review
        if let Some(span) = story_for_reward(ctx) {
            out.push(
                Hit::new("B9", self.id(), Severity::Medium, span, MESSAGE).suggest(SUGGESTION),
            );
            return;
        }
        if !GATE.hit_in(ctx) {
            // "Been in counseling with Renata? Share your story in the comments": clients'
            // stories asked for in public by a mental-health practice, no review word needed
            if YOUR_STORY_GATE.hit_in(ctx)
                && (MENTAL_HEALTH.is_match(&ctx.policy.practice_name)
                    || MENTAL_HEALTH.is_match(lower))
            {
                if let Some(span) = CLIENT_STORY_IN_PUBLIC.find(lower) {
                    out.push(
                        Hit::new("B9", self.id(), Severity::Medium, span, MESSAGE)
                            .suggest(SUGGESTION),
                    );
                }
            }
            return;
        }
        // "a pharmacist will review it with you": the verb, not a review of the practice
        let reviews: Vec<(usize, usize)> = REVIEW
            .spans(lower)
            .into_iter()
            .filter(|&(s, e)| {
                let w = &lower[s..e];
                let next = lower[e..].trim_start();
                // "(no purchase or review needed)": a review is not asked for
                let waived = ["needed", "required", "necessary"]
                    .iter()
                    .any(|x| next.starts_with(x))
                    && lower[..s]
                        .rsplit(|c: char| !c.is_alphanumeric())
                        .filter(|x| !x.is_empty())
                        .take(3)
                        .any(|x| x == "no");
                if waived {
                    return false;
                }
                // "in a Google review this month": a noun after an article or a site
                let noun = lower[..s]
                    .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                    .find(|x| !x.is_empty())
                    .is_some_and(|x| {
                        matches!(
                            x,
                            "a" | "an"
                                | "google"
                                | "yelp"
                                | "facebook"
                                | "fb"
                                | "5-star"
                                | "five-star"
                                | "honest"
                                | "quick"
                                | "positive"
                        )
                    });
                noun || !(matches!(w, "review" | "reviewing")
                    && [
                        "it ", "it.", "them", "your", "the ", "this", "these", "with", "w/",
                        "all ", "each", "any", "her", "his",
                    ]
                    .iter()
                    .any(|x| next.starts_with(x)))
            })
            .collect();
        if reviews.is_empty() {
            return;
        }
        let mut span = STAFF_OR_GATED.find(lower);
        // Testimonials asked of clients by a mental-health practice (APA Ethics Code 5.05).
        if span.is_none()
            && (MENTAL_HEALTH.is_match(&ctx.policy.practice_name) || MENTAL_HEALTH.is_match(lower))
        {
            span = TESTIMONIAL_ASK.find(lower);
        }
        if span.is_none() {
            let negated = NO_INCENTIVE.spans(lower);
            'outer: for (s, e) in INCENTIVE.spans(lower) {
                if negated.iter().any(|&(a, b)| a <= s && e <= b) {
                    continue;
                }
                for &(rs, re) in &reviews {
                    let near = if rs <= s {
                        s.saturating_sub(re) <= WINDOW
                    } else {
                        rs.saturating_sub(e) <= WINDOW
                    };
                    if near {
                        span = Some((rs.min(s), re.max(e)));
                        break 'outer;
                    }
                }
            }
        }
        if let Some(span) = span {
            out.push(
                Hit::new("B9", self.id(), Severity::Medium, span, MESSAGE).suggest(SUGGESTION),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy};

    fn b9(text: &str) -> bool {
        Engine::new(Policy::default())
            .check(&Draft::post(text))
            .findings
            .iter()
            .any(|f| f.code == "B9")
    }

    #[test]
    fn staff_contests_for_reviews_and_the_verb_review() {
        assert!(b9("Staff challenge 🏆 whoever posts the most Google reviews for us this week wins Friday off! Use your own accounts & make 'em sound real 😉"));
        assert!(b9("Volunteers!! Please leave us a 5-star Google review this week, pretend you're a patient if you have to lol"));
        // near miss: volunteers thanked in a review's reply
        assert!(!b9(
            "Thank you for the kind review! Our volunteers make the clinic run."
        ));
        assert!(!b9(
            "Bring your full list to the counter & a pharmacist will review it w/ you for free."
        ));
        assert!(!b9("Free shade checks and a raffle for an electric toothbrush (no purchase or review needed)."));
        // near miss of the near miss: an incentive for reviews still fires
        assert!(b9("Leave us a 5-star review and get a free whitening!"));
        assert!(b9(
            "Write us a Google review this week and your next session's copay is on us!!"
        ));
        assert!(!b9(
            "Flu shot week: your copay is on us, no appointment needed!"
        ));
        // a review (noun) followed by "this": "in a Google review this month"
        assert!(b9("Share your child's progress in a Google review this month and get a FREE 30-min session!"));
        assert!(!b9(
            "Our speech team will review this month's progress with you, free of charge."
        ));
    }

    #[test]
    fn a_story_or_video_paid_for_with_a_reward() {
        assert!(b9("We'd love to feature YOUR story on our page! Send us a short video about how therapy helped and we'll send a $25 Amazon card as a thank-you"));
        assert!(b9(
            "Share your smile story with us this month and get a free whitening kit!"
        ));
        assert!(b9(
            "Tag us in your comeback story and get a free hoodie! Our favorites get featured."
        ));
        // near misses: a story asked for without a reward, a free event beside a story
        assert!(!b9(
            "We'd love to feature your story! Send us a short video about your recovery journey."
        ));
        assert!(!b9(
            "Share your story at our Recovery Walk Saturday! Free t-shirts for all walkers."
        ));
        assert!(!b9(
            "Watch the video: Dr. Lee tells the story of our free clinic."
        ));
    }

    #[test]
    fn a_contest_for_reviews_in_english_or_spanish() {
        assert!(b9(
            "Leave us a 5-star review to enter! Winner announced Oct 31."
        ));
        assert!(b9(
            "¡Deja tu reseña de 5 estrellas en Google y entra al sorteo de un iPad!"
        ));
        // near misses: a contest and a review request apart, with no link between them
        assert!(!b9("Coloring contest winners announced Friday! 🎨"));
        assert!(!b9(
            "¿Le gustó su visita? Déjenos una reseña honesta en Google. ¡Gracias!"
        ));
    }

    #[test]
    fn catalog_examples_fire() {
        let p = crate::Policy::from_json(
            r#"{"practice": {"name": "Lakeview Counseling & Behavioral Health"}}"#,
        )
        .unwrap();
        let e = Engine::new(p);
        let d = Draft::post(
            "If we helped you, share a short testimonial in the comments and we'll feature it!",
        );
        assert!(e.check(&d).findings.iter().any(|f| f.code == "B9"));
        // the same words from a dental practice are an ordinary request
        assert!(!b9(
            "If we helped you, share a short testimonial in the comments and we'll feature it!"
        ));
        assert!(b9("5 stars gets you a free whitening!"));
        assert!(b9(
            "Review us on Google or Yelp this month and you'll be entered to win a $100 Visa gift card! (5-star reviews only)"
        ));
        assert!(b9(
            "Leave us a 5-star Google review this month and get a FREE HydraFacial!"
        ));
        assert!(b9(
            "Love Harborview? Post a 5-star review and we'll waive your next copay!"
        ));
        assert!(b9(
            "Thanks for the 5 stars, Kim! Your free HydraFacial voucher is waiting at the front desk."
        ));
        assert!(b9(
            "Team reminder: Everyone please hop on your personal Facebook and leave Harborview a 5-star review by Friday!"
        ));
    }

    #[test]
    fn clients_stories_asked_for_in_public_by_a_mental_health_practice() {
        assert!(b9(
            "Been in counseling with Renata? Share your story in the comments so other vets know therapy works!"
        ));
        let p = crate::Policy::from_json(
            r#"{"practice": {"name": "Lakeview Counseling & Behavioral Health"}}"#,
        )
        .unwrap();
        let e = Engine::new(p);
        let d = Draft::post(
            "Did our team help you through a hard year? Tell us your experience below 💬",
        );
        assert!(e.check(&d).findings.iter().any(|f| f.code == "B9"));
        // near misses: stories shared in a private group, a clinician telling her own story,
        // and the same ask from a practice with no therapy in it
        for t in [
            "Our grief group meets Tuesdays: a safe, private space to share your story with others who understand.",
            "Our therapist Dana will share her story of recovery at Tuesday's talk.",
            "Had braces with us? Share your story in the comments!",
        ] {
            assert!(!b9(t), "{t}");
        }
    }

    #[test]
    fn near_misses_stay_quiet() {
        for t in [
            "Had a visit with us recently? We'd love your honest feedback on Google, good or bad. No incentives, no pressure.",
            "Free skin cancer screening Saturday! No appointment needed.",
            "We offer same-day appointments.",
            "Thank you for the kind review! Feel free to call us anytime at (555) 318-2200.",
        ] {
            assert!(!b9(t), "{t}");
        }
    }
}
