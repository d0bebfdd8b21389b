//! B5: endorsements, sponsorships, gifts and discount codes without a disclosure ("we love
//! BrandX whitening, use code SMILE20"). A clear "#ad" or "paid partnership" keeps it quiet.

use super::cues::{Gate, Lazy};
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct Endorsements;

const MESSAGE: &str = "This promotes a product with a discount code, an affiliate link, a gift or a brand endorsement but does not disclose the practice's connection to the brand. The FTC's Endorsement Guides (16 CFR 255) require a clear disclosure of any material connection, and the AMA Code of Medical Ethics (2.3.2) and the ADA Code (veracity) ask clinicians to disclose financial interests.";

/// Every promotion below holds one of these.
pub(super) static GATE: Gate = Gate::new(&[
    "code",
    "link",
    "swear",
    "obsessed",
    "love",
    "adore",
    "live without",
    "holy grail",
    "favorite",
    "fave",
    "go-to",
    "best",
    "comfortable",
    "thank",
    "sent us",
    "gifted",
    "gave us",
    "free",
    "use ",
    "enter ",
    "our whole",
]);

/// Every disclosure below holds one of these (a test checks it): without one, [`DISCLOSED`]
/// cannot match and its search of the draft is skipped.
pub(super) static DISCLOSED_GATE: Gate = Gate::new(&[
    "#",
    "paid",
    "sponsored",
    "advertisement",
    "affiliate",
    "commission",
    "compensated",
    "pays us",
    "in exchange",
    "gifted",
    "given",
    "free",
]);

/// Clear disclosures of a paid or material connection.
static DISCLOSED: Lazy = Lazy::new(
    r"#(?:ad|ads|sponsored|paid|partner|paidpartnership|affiliate|gifted)\b|\b(?:paid partnership|sponsored (?:post|content|by)|this post is sponsored|advertisement|affiliate link|we earn a commission|we (?:may )?receive a commission|(?:is|are|were|was) compensated|pays us|paid us|paid for this post|in exchange for this post|gifted to us|we were given|received (?:it|them|this|these) for free)\b",
);

/// A discount code or an affiliate/purchase link: promotion on its own.
static CODE: Lazy = Lazy::new(
    r"\b(?:use|with|enter|apply)\s+(?:our\s+|my\s+|promo\s+|discount\s+|coupon\s+)?code\b|\b(?:promo|discount|coupon|referral|affiliate)\s+(?:code|link)\b|\bcode\s+[a-z]+\d+[a-z0-9]*\b|\b(?:w/?|w/)\s*code\b|\b(?:use|enter|with)\s+[a-z]+\d+[a-z0-9]*\s+(?:for|to\s+get|at\s+checkout)\b|\blink\s+in\s+(?:our|my|the)\s+bio\b|\b(?:order|shop|buy|get\s+yours|grab\s+yours|grab\s+one|get\s+one)\s+(?:through|via|at|from|with)\s+(?:our|my)\s+link\b|\bour\s+(?:affiliate|shop)\s+link\b",
);

/// The one alternative of [`CODE`] that holds neither "code" nor "link" ("use SMILE20 for 20%
/// off"). Every other alternative holds one of [`CODE_WORD_GATE`]'s words (a test checks it), so
/// in a draft without them this is all of [`CODE`] that can match, and it finds the same first
/// match; it searches much faster ([`CODE`]'s literal prefilter stops at every "w").
static CODE_WITHOUT_WORD: Lazy =
    Lazy::new(r"\b(?:use|enter|with)\s+[a-z]+\d+[a-z0-9]*\s+(?:for|to\s+get|at\s+checkout)\b");

/// The words every alternative of [`CODE`] but [`CODE_WITHOUT_WORD`] holds.
pub(super) static CODE_WORD_GATE: Gate = Gate::new(&["code", "link"]);

/// The first match of [`CODE`] (see [`CODE_WITHOUT_WORD`]).
fn find_code(ctx: &Ctx, lower: &str) -> Option<(usize, usize)> {
    if CODE_WORD_GATE.hit_in(ctx) {
        CODE.find(lower)
    } else {
        CODE_WITHOUT_WORD.find(lower)
    }
}

/// Praise of a product or brand by the practice or its staff.
static PRAISE: Lazy = Lazy::new(
    r"\b(?:swears?\s+by|obsessed\s+with|we\s+(?:love|adore|swear\s+by)|can't\s+live\s+without|holy\s+grail|our\s+(?:favorite|fave|go-to)|(?:is|are|honestly|simply|truly|just)\s+the\s+best(?:\s+[a-z-]+){0,4}\s+(?:on\s+the\s+market|out\s+there|ever)|most\s+comfortable\s+[a-z\s-]{0,20}\s+ever|best\s+[a-z-]+\s+ever|hands\s+down\s+the\s+best|our\s+whole\s+(?:team|staff|office)\s+(?:shops|eats|buys|orders)\s+(?:there|at|from))\b",
);

/// Every gift below holds one of these (a test checks it): without one, [`GIFT`] cannot match
/// and its search of the draft is skipped.
pub(super) static GIFT_GATE: Gate = Gate::new(&["thank", "sent", "gifted", "gave", "free"]);

/// A gift from a brand to the practice.
static GIFT: Lazy = Lazy::new(
    r"\b(?:thanks?|thank\s+you)\s+(?:to\s+)?[a-z0-9&'.-]+(?:\s+[a-z0-9&'.-]+)?\s+for\s+(?:sending|gifting|giving\s+us|the\s+free)|\b(?:sent|gifted|gave)\s+us\s+(?:some\s+)?(?:free\s+)?[a-z]|\bfree\s+[a-z\s-]{0,30}\s+for\s+(?:our|the)\s+(?:whole\s+)?(?:staff|team|office)\b",
);

/// Every call to buy below holds one of these (a test checks it): without one, [`BUY`] cannot
/// match and its search of the draft (a full pass: its alternatives share no literal prefix) is
/// skipped.
pub(super) static BUY_GATE: Gate = Gate::new(&[
    "go",
    "yours",
    "grab",
    "order",
    "shop",
    "buy",
    "pick",
    "available",
    "%",
    "/",
    "show",
    "mention",
]);

/// A call to buy.
static BUY: Lazy = Lazy::new(
    r"\b(?:go\s+get\s+(?:a|one|some|yours|it|them)|get\s+yours|grab\s+(?:yours|one|a|some)|order\s+(?:through|online|at|from|yours|now|here)|shop\s+(?:now|at|here)|buy\s+(?:it|one|yours|now|at)|pick\s+(?:one|yours|some)\s+up|pick\s+up\s+(?:a|one|yours)|available\s+at\s+our\s+(?:front\s+desk|office|shop)|\d+%\s+off|mention\s+[a-z0-9]+\s+at\s+checkout|(?:show|mention)\s+this\s+(?:post|tweet|ad)\s+(?:at|to|for|when)|[a-z0-9-]+\.(?:com|example|co|shop)/[a-z0-9]+)\b",
);

/// Words after "we love" that show it is not about a product.
const NOT_PRODUCT: &[&str] = &[
    "our",
    "you",
    "your",
    "it",
    "this",
    "that",
    "seeing",
    "hearing",
    "helping",
    "when",
    "to",
    "the",
    "all",
    "every",
    "having",
    "working",
    "being",
    "getting",
    "meeting",
    "my",
    "us",
    "them",
    "how",
    "what",
    "our",
    "being",
    "serving",
    "caring",
    "celebrating",
    "a",
    "an",
];

/// The first praise of a product: "we love X" only when X is not "our patients", "you"...
fn praise(lower: &str) -> Option<(usize, usize)> {
    PRAISE
        .get()
        .find_iter(lower)
        .map(|m| (m.start(), m.end()))
        .find(|&(s, e)| {
            let m = &lower[s..e];
            if !(m.starts_with("we ") && (m.ends_with("love") || m.ends_with("adore"))) {
                return true;
            }
            let next = lower[e..]
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .find(|w| !w.is_empty())
                .unwrap_or("");
            !next.is_empty() && !NOT_PRODUCT.contains(&next)
        })
}

impl Rule for Endorsements {
    fn id(&self) -> &'static str {
        "undisclosed-endorsement"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        if !GATE.hit_in(ctx) || (DISCLOSED_GATE.hit_in(ctx) && DISCLOSED.is_match(lower)) {
            return;
        }
        // (the first gift, searched only when the draft holds a word every gift holds)
        let gift = || {
            if GIFT_GATE.hit_in(ctx) {
                GIFT.find(lower)
            } else {
                None
            }
        };
        // "our blog has an explainer (link in our bio)": a link to the practice's own page sells
        // nothing; a link in bio promotes when the draft praises a product or calls to buy
        let span = find_code(ctx, lower)
            .filter(|&(s, _)| {
                !lower[s..].starts_with("link in")
                    || praise(lower).is_some()
                    || (BUY_GATE.hit_in(ctx) && BUY.find(lower).is_some())
            })
            .or_else(|| {
                if !BUY_GATE.hit_in(ctx) {
                    return None;
                }
                let buy = BUY.find(lower)?;
                praise(lower).or(gift()).map(|p| {
                    if p.0 <= buy.0 {
                        (p.0, buy.1)
                    } else {
                        (buy.0, p.1)
                    }
                })
            })
            .or_else(|| {
                let g = gift()?;
                praise(lower).map(|p| (g.0.min(p.0), g.1.max(p.1)))
            });
        if let Some(span) = span {
            out.push(
                Hit::new("B5", self.id(), Severity::Medium, span, MESSAGE).suggest(
                    "Start the post with \"#ad\" or \"Paid partnership with [brand]\" and say what the practice receives (payment, free products, a commission), or drop the code and the brand.",
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testutil::always_holds;
    use crate::{Draft, Engine, Policy};

    #[test]
    fn the_disclosure_gift_and_buy_gates_hold_a_word_of_every_match() {
        use regex_syntax::hir::HirKind;
        for (gate, re) in [
            (&super::DISCLOSED_GATE, &super::DISCLOSED),
            (&super::GIFT_GATE, &super::GIFT),
            (&super::BUY_GATE, &super::BUY),
        ] {
            let hir = regex_syntax::Parser::new().parse(re.pattern()).unwrap();
            assert!(always_holds(&hir, gate.words()), "{}", re.pattern());
        }
        // every alternative of CODE holds "code" or "link", but one: CODE_WITHOUT_WORD (the
        // parser lifts the `\b` they all start with out of the alternation)
        let code = regex_syntax::Parser::new()
            .parse(super::CODE.pattern())
            .unwrap();
        let HirKind::Concat(parts) = code.kind() else {
            panic!("CODE: {code:?}")
        };
        let [lead, rest] = &parts[..] else {
            panic!("CODE: {code:?}")
        };
        let HirKind::Alternation(alts) = rest.kind() else {
            panic!("CODE: {code:?}")
        };
        let without = regex_syntax::Parser::new()
            .parse(super::CODE_WITHOUT_WORD.pattern())
            .unwrap();
        let others: Vec<_> = alts
            .iter()
            .filter(|a| !always_holds(a, super::CODE_WORD_GATE.words()))
            .collect();
        assert_eq!(others.len(), 1);
        assert_eq!(
            regex_syntax::hir::Hir::concat(vec![lead.clone(), others[0].clone()]),
            without
        );
        // (the sufficient test rejects what it cannot show)
        let hir = regex_syntax::Parser::new()
            .parse(super::BUY.pattern())
            .unwrap();
        assert!(!always_holds(&hir, super::GIFT_GATE.words()));
    }

    fn b5(text: &str) -> bool {
        Engine::new(Policy::default())
            .check(&Draft::post(text))
            .findings
            .iter()
            .any(|f| f.code == "B5")
    }

    #[test]
    fn catalog_examples_fire() {
        assert!(b5("We love BrandX whitening, use code SMILE20!"));
        // praise of a product with a word to mention at checkout
        assert!(b5(
            "BrightLens readers are honestly the best on the market. Mention BRIGHT at checkout on brightlens.example for 20% off!"
        ));
        assert!(b5(
            "We recommend NapWell gummies to everyone, use NAPWELL25 for 25% off!"
        ));
        assert!(b5(
            "SaltPak packets are the only thing we recommend, grab them w code DRLEE"
        ));
        assert!(b5(
            "Our whole team is obsessed with LumaShield tinted SPF 50. Use code SUMMIT20 for 20% off at lumashield.example!"
        ));
        assert!(b5(
            "The KneadPro X is the best massage gun on the market, period. Grab yours with code HARBOR15 at the link in our bio"
        ));
        // near miss: the practice's own blog
        assert!(!b5(
            "If you sing for a living and your voice has changed, our blog has an explainer on how microlaryngoscopy works (link in our bio)."
        ));
        assert!(b5(
            "Dr. Lindqvist swears by Dermalux Barrier Repair for dry skin. Grab a tube at our front desk or order through our link: dermalux.example/summit"
        ));
        assert!(b5(
            "Huge thanks to StrideLab for sending free custom insoles for our whole staff! Most comfortable insoles ever, go get a pair"
        ));
        assert!(b5(
            "Standing desks changed our lives, the whole team uses the ErgoLift Pro now. Grab one with our link ergolift.example/thornhill and save 15%!"
        ));
    }

    #[test]
    fn a_discount_for_showing_the_post() {
        assert!(b5(
            "Big love to Sahara Market on Vista, hands down the best groceries in town and our whole team shops there! Show this post at checkout for 10% off this week."
        ));
        // near misses: the practice's own offer; a neighbor praised with no deal
        assert!(!b5(
            "Show this post at our front desk for a free toothbrush kit!"
        ));
        assert!(!b5(
            "Hands down the best part of our week: the farmers market on Vista is back, see you there!"
        ));
    }

    #[test]
    fn near_misses_stay_quiet() {
        for t in [
            "#ad Paid partnership: Harborview has teamed up with ArchWave, and ArchWave pays us for this post. Use code ARCH10.",
            "#ad | Paid partnership with LumaShield. We tried LumaShield's new SPF 40 in the office. Summit is compensated by LumaShield for this post.",
            "We don't endorse brands, but look for 'broad spectrum', SPF 30+ and water resistant. The best sunscreen is the one you'll actually wear!",
            "Use a broad-spectrum SPF 30+ sunscreen and reapply every 2 hours.",
            "We love our patients! Grab a free sunscreen sample at the front desk.",
            "Flu shots are here, get yours today!",
        ] {
            assert!(!b5(t), "{t}");
        }
    }
}
