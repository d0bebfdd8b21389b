//! B7: fees, discounts or refunds discussed with an individual ("we can knock $200 off your
//! bill", "for you, $150 cash", "we'll waive your copays"). Published price lists and general
//! coverage answers stay quiet.

use super::cues::{self, Gate, Lazy};
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct Money;

const MESSAGE: &str = "This discusses fees, discounts or refunds with one person in public. FSMB's guidance (2019) keeps billing conversations private, and waiving copays or deductibles for individuals can breach payer contracts and the federal anti-kickback and beneficiary-inducement rules.";

/// Every deal or amount below holds one of these.
pub(super) static GATE: Gate = Gate::new(&[
    "$",
    "%",
    "dollars",
    "bucks",
    "waive",
    "waiving",
    "skip",
    "comp",
    "forgive",
    "write off",
    "refund",
    "reimburse",
    "insurance pays",
    "worry about",
    "owe",
    "pay",
    "no charge",
    "free of charge",
    "on the house",
    "cover",
    "discount",
]);

/// DEAL, YOUR_MONEY, AMOUNT as one set.
static SET: std::sync::OnceLock<regex::RegexSet> = std::sync::OnceLock::new();

/// A deal for one person: a discount, a waiver, a refund or a special price.
static DEAL: Lazy = Lazy::new(
    r"(?x)
    \b(?:knock|take|shave|cut)\s+(?:\$\s?\d[\d,.]*|\d+\s?%)\s+off\b
  | (?:\$\s?\d[\d,.]*|\d+\s?%)\s+off\s+(?:your|ur|the|his|her)\b
  | \b(?:waive|waiving|skip|comp|forgive|write\s+off|refund)\s+(?:the\s+rest\s+of\s+|part\s+of\s+|some\s+of\s+)?(?:your|ur|the|his|her)\s+(?:[a-z]+\s+){0,2}(?:copays?|co-pays?|deductibles?|fees?|bills?|balance|charges?|costs?|payments?|invoice)\b
  | \bwe(?:'ll|\s+will|\s+can|\s+could)\s+(?:do|give\s+you|charge\s+you|make\s+it|let\s+you\s+have\s+it\s+for)\s+\$\s?\d
  | \bfor\s+you,?\s+(?:we(?:'ll|\s+will|\s+can)\s+\w+\s+)?\$\s?\d
  | \bsince\s+it'?s\s+you\b[^.!?\n]{0,40}\$\s?\d|\bwe(?:'ll|\s+will|\s+can)\s+do\s+(?:\w+\s+){1,3}for\s+\$\s?\d
  | \bfor\s+you\?\s*\$\s?\d
  | \$\s?\d[\d,.]*\s*cash\b
  | \$\s?\d[\d,.]*\s*(?:/\s*unit|per\s+unit)?\s+(?:instead\s+of|en\s+vez\s+de|en\s+lugar\s+de)\s+\$\s?\d
  | \bpara\s+(?:ti|usted)\b[^.!?\n]{0,40}\$\s?\d
  | \bjust\s+take\s+whatever\s+(?:your\s+)?insurance\s+pays\b
  | \b(?:refund|reimburse)\s+(?:you|your)\b
  | \bdon'?t\s+worry\s+about\s+(?:the\s+)?(?:bill|cost|payment|copay|deductible)\b
",
);

/// A favor for the person answered: "no charge for you", "we'll give you a discount".
static FAVOR: Lazy = Lazy::new(
    r"\b(?:no\s+charge|free\s+of\s+charge|on\s+the\s+house|we'll\s+cover\s+(?:it|the|your))\b[^.!?\n]{0,30}\b(?:you|your)\b|\bfor\s+you\b[^.!?\n]{0,30}\b(?:no\s+charge|free\s+of\s+charge|on\s+the\s+house)\b|\b(?:we\s+can|we'll|i\s+can|i'll)\s+(?:give\s+you\s+a|do\s+a|get\s+you\s+a)\s+(?:\w+\s+)?discount\b",
);

/// What one person owes or pays: "you'd owe about $186", "the remaining balance is $612".
static OWES: Lazy = Lazy::new(
    r"\byou(?:'d|\s+would|'ll|\s+will|\s+still)?\s+(?:only\s+)?(?:owe|pay)\b|\bbalance\s+(?:is|of|comes\s+to)\b|\bbalance\s+is\s+yours\b|\bis\s+yours\b|\bmake\s+sure\s+you\b|\bfor\s+you\b|\byour\s+(?:sessions?|visits?|cleaning|exam|eval|evaluation|treatment|procedure|plan|deductible|copay|claim)\b",
);

/// Money words about the person addressed: "your bill", "your balance of $240".
static YOUR_MONEY: Lazy = Lazy::new(
    r"\b(?:your|ur)\s+(?:[a-z]+\s+){0,2}(?:bill|balance|copays?|co-pays?|deductible|invoice|statement|payment|eval|evaluation|visit|session|treatment|procedure)\b",
);

static AMOUNT: Lazy = Lazy::new(r"\$\s?\d|\b\d+\s?(?:dollars|bucks)\b|\b\d+\s?%\s+off\b");

impl Rule for Money {
    fn id(&self) -> &'static str {
        "money-with-individual"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        let to_one = cues::addresses_individual(ctx);
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let set = SET.get_or_init(|| {
            cues::re_set(&[DEAL.pattern(), YOUR_MONEY.pattern(), AMOUNT.pattern()])
        });
        for (a, b) in GATE.clauses_in(ctx) {
            let c = &lower[a..b];
            let m = set.matches(c);
            let deal = if m.matched(0) { DEAL.find(c) } else { None };
            let your = m.matched(1) && m.matched(2);
            // A deal fires in an answer, or anywhere it is about "your" money.
            if let Some((s, e)) = deal {
                if to_one || your || c.contains("your") || c.contains(" ur ") {
                    spans.push((a + s, a + e));
                    continue;
                }
            }
            if to_one && (your || (m.matched(2) && OWES.is_match(c)) || FAVOR.is_match(c)) {
                spans.push((a, b));
            }
        }
        for span in spans {
            out.push(
                Hit::new("B7", self.id(), Severity::Medium, span, MESSAGE).suggest(format!(
                    "Keep costs private: \"Please call our office at {} and our billing team will go over costs and payment options with you.\"",
                    ctx.phone_or_placeholder()
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Kind, Policy};

    fn b7(d: &Draft) -> bool {
        Engine::new(Policy::default())
            .check(d)
            .findings
            .iter()
            .any(|f| f.code == "B7")
    }

    fn comment(text: &str, parent: &str) -> Draft {
        Draft::reply(text, "Sam", parent).with_kind(Kind::Comment)
    }

    #[test]
    fn prices_told_to_an_organization_are_general() {
        let text = "We offer sports physicals Mon-Fri, $35 cash price or billed to insurance. Call to book!";
        let parent =
            "Sports physicals are required before the first practice. Where can families get them?";
        assert!(!b7(&Draft::reply(
            text,
            "Wickett Springs Public Schools",
            parent
        )));
        // near miss: the same told to one parent who asked
        assert!(b7(&Draft::reply(
            "For you it's $35 cash, and we can bill the rest to your insurance.",
            "Dana Fox",
            parent
        )));
    }

    #[test]
    fn a_special_price_for_the_person_answered() {
        assert!(b7(&Draft::reply(
            "Colt, since it's you we'll do all three for $40 total instead of $35 each",
            "Colt Waddell",
            "how much is a sports physical? got 3 kids starting football"
        )));
        // near miss: the posted price for everyone
        assert!(!b7(&Draft::reply(
            "Sports physicals are $35 each, walk-ins welcome Saturdays.",
            "Colt Waddell",
            "how much is a sports physical?"
        )));
        // in Spanish
        assert!(b7(&Draft::reply(
            "Hola María, para ti te hacemos el audiograma por $40 en vez de $120 si vienes esta semana",
            "María Fernández",
            "¿Cuánto cuesta una prueba de audición?"
        )));
        // near miss: the posted price, in Spanish
        assert!(!b7(&Draft::reply(
            "Hola María, la prueba de audición cuesta $120 y aceptamos la mayoría de los seguros.",
            "María Fernández",
            "¿Cuánto cuesta una prueba de audición?"
        )));
    }

    #[test]
    fn catalog_examples_fire() {
        assert!(b7(&comment(
            "Hi Dan, your plan covers 80% so you'd owe about $186 after insurance.",
            "does my plan cover the deep cleaning?"
        )));
        assert!(b7(&comment(
            "Don't worry about the $225, I'll make sure you only pay $50.",
            "how much for stitches? no insurance"
        )));
        assert!(b7(&comment(
            "No worries Dave, we'll write off the rest of your balance this time.",
            "I can't afford the rest of my bill"
        )));
        assert!(b7(&Draft::post("We can knock $200 off your bill.")));
        assert!(b7(&comment(
            "Hi Nicole! For you we'll do $9/unit instead of $12 if you book by Friday",
            "Do you ever do discounts?"
        )));
        assert!(b7(&comment(
            "Tom, come in anyway! We'll waive your copays and deductible and just take whatever insurance pays.",
            "my deductible is $4,000"
        )));
        assert!(b7(&comment(
            "DM us Pete, we'll knock $50 off ur eval since you're a local",
            "what's it cost?"
        )));
        assert!(b7(&comment(
            "For you? $150 cash and we'll skip the pathology fee. DM us to book",
            "how much is mole removal without insurance?"
        )));
        assert!(b7(&Draft::post(
            "We'll refund your last two copays ($80) if you take it down."
        )
        .with_kind(Kind::Dm)));
    }

    #[test]
    fn near_misses_stay_quiet() {
        for d in [
            Draft::post(
                "Price transparency: Our self-pay rates: $95 for an evaluation, $75 for a follow-up visit. Payment plans available.",
            ),
            Draft::post("Sports physicals night: $20 each, and all proceeds go to the boosters."),
            comment(
                "Coverage varies a lot, and many plans don't cover dry needling. Call us with your plan info and our billing team will check before you book.",
                "does insurance usually cover dry needling?",
            ),
            comment(
                "Hi Lorraine! We accept Medicare and most major plans. New patients can call (555) 318-2200.",
                "Do you take Medicare?",
            ),
            Draft::post("Your first consult is free of charge for new patients!"),
            Draft::post("New-patient cleaning $99 this month."),
            comment(
                "Happy to help! Our self-pay price for a new-patient visit is $150, and payment plans are available.",
                "how much is a visit without insurance?",
            ),
        ] {
            assert!(!b7(&d), "{}", d.text);
        }
    }
}
