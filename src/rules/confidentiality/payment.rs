//! C5: payment details about an individual: insurance, copay, balance, claim, bill, amounts.
//!
//! Payment for health care is part of protected health information (45 CFR 160.103), and a
//! payment detail about a person also says they received care. "Your insurance denied the
//! claim" and "your balance of $240" fire; "We accept Aetna and Cigna" and "new-patient cleaning
//! $99" do not: they are about no one. High when the detail confirms care (a past claim, copay or
//! balance), medium for an offer to someone not yet seen ("we'll waive your copays").

use super::confirms_patient::{ascii_re, is_second_person, sentence_words};
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;
use crate::rules::boundaries::cues::Gate;
use regex::Regex;
use std::sync::OnceLock;

pub struct Payment;

const MESSAGE: &str = "This discusses a person's insurance, bill or payments. Payment for care is protected health information under HIPAA (45 CFR 160.103 and 164.502) and also confirms that the person was a patient.";
const MESSAGE_OFFER: &str = "This discusses an individual's bill or insurance in public. Payment details about a person are protected health information under HIPAA (45 CFR 164.502); take money questions to a private call.";

struct Patterns {
    /// Payment words that are about someone's account.
    noun: Regex,
    /// Insurers and health plans.
    insurer: Regex,
    /// Amounts: $240, $146.20, 80 dollars.
    amount: Regex,
    /// Words that say the payment already happened or is owed.
    state: Regex,
    /// One particular person or family that "their" can refer to: "the family who", "this
    /// patient whose".
    specific: Regex,
}

/// The insurers of `insurer`, one alternative each.
const INSURERS: &str = "aetna|cigna|unitedhealthcare|united healthcare|uhc|anthem|blue cross|blue shield|bcbs|humana|kaiser|medicare|medicaid|medi-cal|tricare|regence|premera|apple health|molina|ambetter|oscar|wellcare|highmark|carefirst|geha|delta dental|metlife|guardian|vsp|amerigroup|optum|chip|mainecare|masshealth|tenncare|soonercare|badgercare|kancare|husky health|peachcare|nj familycare|hoosier healthwise|healthy michigan|centennial care|health first colorado|ahcccs|fidelis|healthfirst|emblemhealth|caresource|amerihealth|wellpoint|health net|healthnet|la care|priority health|harvard pilgrim|tufts health|excellus|florida blue|pacificsource|selecthealth|ucare|healthpartners|champva|sunshine health|superior healthplan|simply healthcare|buckeye health|devoted health|clover health|scan health";

/// Gate of [`find_individual_payments`] (scanned with the boundary rules' gates, once per
/// check): every match of `noun` holds one of the first words, every match of `insurer` one of
/// the insurers, so a draft without any mentions no payment and skips the two regex searches
/// of its whole text.
pub(crate) static PAYMENT_GATE: Gate = Gate::built(payment_gate_words);

/// The insurers alone (every match of `insurer` holds one): a draft that names none skips the
/// insurer regex's search of its whole text, which its literals make slow (~9 instructions a
/// byte).
pub(crate) static INSURER_GATE: Gate = Gate::built(|| INSURERS.split('|').collect());

/// A match of the noun regex is at most this long (the longest, "prior authorization", is 19
/// bytes): each holds a keyword of [`PAYMENT_GATE`] starting less than this after its start
/// (a test checks every form).
const NOUN_LEAD: usize = 24;

/// The starts of `noun.find_iter(lower)`, searched only from a little before the keywords of
/// [`PAYMENT_GATE`] (`hits`: every occurrence, sorted by start) instead of over the whole text:
/// a match that starts at or after `pos` holds a keyword starting at or after `pos`, so it
/// starts at or after the first such keyword's start less [`NOUN_LEAD`], and the leftmost match
/// from there is the leftmost from `pos` (the search sees the whole text around it: `\b` reads
/// the same).
fn noun_starts(noun: &Regex, lower: &str, hits: &[(usize, usize, usize)]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut h = 0;
    loop {
        while h < hits.len() && hits[h].0 < pos {
            h += 1;
        }
        let Some(&(gs, _, _)) = hits.get(h) else {
            break;
        };
        let mut from = gs.saturating_sub(NOUN_LEAD).max(pos);
        while !lower.is_char_boundary(from) {
            from -= 1;
        }
        let Some(m) = noun.find_at(lower, from) else {
            break;
        };
        out.push(m.start());
        pos = m.end();
    }
    out
}

/// "account", "quote" and "total" are someone's money only when they are someone's: "your
/// account still shows $312", "her quote was $400", "your total was $95"; not "follow our
/// account for $5 off", "a quote for $50", "all three for $40 total".
/// The others are masked at the same length, so that every offset stays.
fn mask_unowned(text: &str) -> String {
    let mut out = text.to_string();
    for w in ["accounts", "account", "quoted", "quote", "total"] {
        let mut from = 0;
        while let Some(i) = out[from..].find(w).map(|i| i + from) {
            from = i + w.len();
            let owned = out[..i]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|p| matches!(p, "your" | "ur" | "his" | "her" | "their"));
            if !owned {
                out.replace_range(i..i + w.len(), &"_".repeat(w.len()));
            }
        }
    }
    out
}

fn payment_gate_words() -> Vec<&'static str> {
    let nouns = [
        "copay",
        "co-pay",
        "insurance",
        "deductible",
        "balance",
        "claim",
        "bill",
        "invoice",
        "statement",
        "charge",
        "refund",
        "payment",
        "paid",
        "owe",
        "out-of-pocket",
        "eob",
        "premium",
        "collections",
        "prior auth",
        "insurer",
        "coverage",
        "covers",
        "covered",
        "member id",
        "hsa",
        "fsa",
        "card ending",
        "card on file",
        "declined",
        "account",
        "quote",
        "difference",
        "total",
        "remaining",
        "late fee",
        "out of network",
        "out-of-network",
    ];
    nouns.into_iter().chain(INSURERS.split('|')).collect()
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        noun: ascii_re(
            r"\b(?:co-?pays?|co-?insurance|deductibles?|balances?|claims?|bills?|billed|billing|invoices?|statements?|charges?|charged|refunds?|refunded|payments?|paid|owes?|owed|out-of-pocket|eob|premiums?|collections|prior auth(?:orization)?|insurance|insurer|coverage|covers|covered|member id|insurance id|[hf]sa(?: card)?|card ending(?: in)?|card on file|declined|accounts?|quoted?|difference|total|remaining|rebill(?:ed)?|late fees?|out[ -]of[ -]network)\b",
        ),
        insurer: ascii_re(&format!(r"\b(?:{INSURERS})\b")),
        amount: ascii_re(r"\$\s?\d[\d,]*(?:\.\d\d)?|\b\d[\d,]*(?:\.\d\d)?\s?(?:dollars|bucks)\b"),
        state: ascii_re(
            r"\b(?:covered|denied|applied|billed|paid|charged|refunded|mailed|sent|processed|submitted|reviewed|received|unpaid|outstanding|overdue|past due|owe|owes|owed|left|remaining|was|were|went|on file|last|at no charge|no charge|approved|rejected|turned in|lost|filed|missing|lapsed|expired|terminated|reinstated|has you (?:under|as|listed)|had to (?:bill|charge|submit))\b",
        ),
        specific: ascii_re(
            r"\b(?:the|this|that|one|a|our) (?:family|patient|pt|mom|dad|parent|couple|guy|gentleman|lady|woman|man|client|kiddo|boy|girl) (?:who|that|whose)\b",
        ),
    })
}

/// Payment details about an individual in the draft: their spans, and whether each confirms
/// care already received (true) or is only an offer (false). Shared with C2.
pub(crate) fn individual_payments(ctx: &Ctx) -> Vec<((usize, usize), bool)> {
    ctx.individual_payments().to_vec()
}

/// Whether the draft addresses a person who could be a patient by name.
fn speaks_to_someone(ctx: &Ctx) -> bool {
    ctx.analysis().persons.iter().any(|m| {
        crate::detect::persons::is_possible_patient(m)
            && m.score >= 0.5
            && crate::detect::persons::addressed(ctx, m)
    })
}

const PAID: &[&str] = &[
    "pagaste",
    "usted pagó",
    "usted pago",
    "tu saldo",
    "su saldo",
    "debes ",
    "tu copago",
    "su copago",
    "tu deducible",
    "su deducible",
    // "le aparece el saldo de $340", "le cobraron $80"
    "el saldo de",
    "el cobro de",
    "su cobro",
    "le cobraron",
    "te cobraron",
    "le cobramos",
    "te cobramos",
];
/// A prior authorization of the person answered, with what became of it ("todavía no aprueba la
/// autorización previa", "negaron la autorización previa"): their claim, amount or none.
const PRIOR: &[&str] = &["autorización previa", "autorizacion previa"];
const PRIOR_STATE: &[&str] = &[
    "aprueba",
    "aprobó",
    "aprobo",
    "aprobaron",
    "negó",
    "nego",
    "negaron",
    "denegó",
    "denego",
    "rechaz",
    "apela",
    "apelando",
];
const TIER: &[&str] = &["tu nivel", "su nivel", "en el nivel", "en la escala"];
/// Whether any word of [`PAID`], [`TIER`] or [`PRIOR`] occurs (every one holds itself).
pub(crate) static SPANISH_PAY_GATE: Gate =
    Gate::built(|| PAID.iter().chain(TIER).chain(PRIOR).copied().collect());

/// In Spanish, to the person answered: what they paid or owe ("La última vez pagaste $40", "su
/// saldo de $120"), or their sliding-fee tier ("tu familia está en el nivel B de la escala
/// móvil"). A price quoted to someone who asked it ("la limpieza te sale en $25") is not theirs.
fn spanish_payments(ctx: &Ctx, out: &mut Vec<((usize, usize), bool)>) {
    // (whether any of the words occurs comes from the shared gate scan)
    if !SPANISH_PAY_GATE.hit_in(ctx) {
        return;
    }
    let lower = ctx.lower();
    for s in ctx.sentences() {
        let text = &lower[s.start..s.end];
        let paid = PAID.iter().any(|w| text.contains(w)) && patterns().amount.is_match(text);
        let tier = TIER.iter().any(|w| text.contains(w)) && text.contains("escala");
        let prior =
            PRIOR.iter().any(|w| text.contains(w)) && PRIOR_STATE.iter().any(|w| text.contains(w));
        if paid || tier || prior {
            let t = text.trim_end();
            let lead = t.len() - t.trim_start().len();
            out.push(((s.start + lead, s.start + t.len()), true));
        }
    }
}

/// What [`individual_payments`] returns, computed (once per check, by `Ctx`).
pub(crate) fn find_individual_payments(ctx: &Ctx) -> Vec<((usize, usize), bool)> {
    let lower = ctx.lower();
    let p = patterns();
    let answer = ctx.draft.kind.is_answer();
    let mut out = Vec::new();
    if answer {
        spanish_payments(ctx, &mut out);
    }
    // most drafts mention no payment at all
    if !PAYMENT_GATE.hit_in(ctx) {
        return out;
    }
    let insurers = INSURER_GATE.hit_in(ctx);
    let mut words_at: Vec<usize> = match PAYMENT_GATE.all_matches(ctx.gate_scan()) {
        Some(hits) => noun_starts(&p.noun, lower, hits),
        None => p.noun.find_iter(lower).map(|m| m.start()).collect(),
    };
    if insurers {
        words_at.extend(p.insurer.find_iter(lower).map(|m| m.start()));
    }
    if words_at.is_empty() {
        return out;
    }
    words_at.sort_unstable();
    // "still waiting on a callback about my bill": in a reply, the account is the asker's
    let parent_own = answer && {
        let pl = &ctx.parent().lower;
        // ("still waiting to hear if my Zepbound is approved??": an approval is the plan's)
        // ("thank you for working with us on the cost", "help us with our cost": a family's own)
        ((pl.contains("the cost") || pl.contains("our cost")) && pl.contains(" us "))
            || (p.noun.is_match(pl)
                || ["approved", "approval", "denied"]
                    .iter()
                    .any(|w| pl.contains(w)))
                && ["my ", "i ", "i'm ", "i've ", "me "]
                    .iter()
                    .any(|w| pl.starts_with(w) || pl.contains(&format!(" {w}")))
    };
    // whether the draft speaks to someone by name, computed once and only when needed
    let speaks = std::cell::OnceCell::new();
    for &s in ctx.sentences() {
        let k = words_at.partition_point(|&i| i < s.start);
        if words_at.get(k).is_none_or(|&i| i >= s.end) {
            continue;
        }
        // "she was in charge of the bake sale", "our charge nurse": no charge to anyone (the
        // words masked, at the same length, so that every offset stays)
        let masked;
        let mut text = &lower[s.start..s.end];
        if ["charge", "account", "quote", "total"]
            .iter()
            .any(|w| text.contains(w))
        {
            masked = mask_unowned(
                &text
                    .replace("in charge", "in ______")
                    .replace("charge nurse", "______ nurse"),
            );
            text = &masked;
        }
        let noun = p.noun.find(text);
        let insurer = if insurers { p.insurer.find(text) } else { None };
        let Some(first) = noun.or(insurer) else {
            continue;
        };
        let words = sentence_words(ctx, &s);
        let second = words.iter().any(|(w, _, _)| is_second_person(w));
        // "the family who finally cleared their $1,860 balance": "their" of one family
        let third = words
            .iter()
            .any(|(w, _, _)| matches!(*w, "his" | "her" | "he" | "she" | "him"))
            || (words
                .iter()
                .any(|(w, _, _)| matches!(*w, "their" | "they" | "them"))
                && p.specific.is_match(text))
            // "approved 60 days of residential for one of our clients": one person, unnamed
            || text.match_indices("one of our ").any(|(i, w)| {
                text[i + w.len()..]
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .is_some_and(|n| {
                        matches!(
                            n,
                            "patients" | "pts" | "clients" | "families" | "kiddos" | "members"
                        )
                    })
            });
        // In a post "your" is everyone ("we'll waive your next copay"): only third person
        // counts, unless the post speaks to someone by name ("Good news Deb K.!! ... your $4,200
        // claim was approved").
        // "a wallet belonging to a Mr. Ruiz, with a MaineCare card ending in 4471": a card of
        // someone named in the sentence
        let card = text.contains("card ending")
            || text.contains("member id")
            || insurer.is_some_and(|m| text[m.end()..].trim_start().starts_with("card"));
        let named_here = || {
            ctx.analysis().persons.iter().any(|m| {
                crate::detect::persons::is_possible_patient(m)
                    && m.score >= 0.8
                    && s.start <= m.start
                    && m.end <= s.end
            })
        };
        let individual = if answer {
            second || third || parent_own
        } else {
            third
                || (second && *speaks.get_or_init(|| speaks_to_someone(ctx)))
                || (!second && card && named_here())
        };
        if !individual {
            continue;
        }
        let amount = p.amount.find(text);
        let state = p.state.is_match(text);
        // "your insurance denied", "your balance", "your Cigna plan covered"; but "check your
        // plan", "call with your insurance info" ask for nothing about anyone's account.
        let strong_noun = p.noun.find_iter(text).any(|m| {
            matches!(
                m.as_str(),
                "copay"
                    | "copays"
                    | "co-pay"
                    | "co-pays"
                    | "balance"
                    | "balances"
                    | "claim"
                    | "claims"
                    | "bill"
                    | "bills"
                    | "billed"
                    | "deductible"
                    | "deductibles"
                    | "refund"
                    | "refunds"
                    | "refunded"
                    | "eob"
                    | "collections"
                    | "owe"
                    | "owes"
                    | "owed"
                    | "charged"
                    | "charge"
                    | "charges"
                    | "card ending"
                    | "card ending in"
                    | "card on file"
                    | "declined"
                    | "rebill"
                    | "rebilled"
                    | "late fee"
                    | "late fees"
            )
        });
        // "boxing helped her balance", "his balance and gait": balance is physical unless money
        // is in the sentence
        let money = amount.is_some()
            || insurer.is_some()
            || p.noun.find_iter(text).any(|m| {
                !matches!(
                    m.as_str(),
                    "balance" | "balances" | "covers" | "covered" | "coverage"
                )
            })
            || ["due", "pay", "account", "unpaid", "outstanding", "credit"]
                .iter()
                .any(|w| crate::detect::persons::has_word(text, w));
        let strong_noun = strong_noun && money;
        if !(amount.is_some() || state || strong_noun || (card && !second)) {
            continue;
        }
        // "keep that nose covered", "paid off": weak payment words need an insurer or an amount
        let only_weak = p.noun.find_iter(text).all(|m| {
            matches!(
                m.as_str(),
                "covers"
                    | "covered"
                    | "coverage"
                    | "paid"
                    | "payment"
                    | "payments"
                    | "statement"
                    | "statements"
                    | "insurance"
                    | "insurer"
                    | "billing"
                    | "premium"
                    | "premiums"
                    // "your account still shows $312", "your quote was $400": money only
                    // with an amount ("your account was created", "a quote from Maya Angelou")
                    | "account"
                    | "accounts"
                    | "quote"
                    | "quoted"
                    // "the $180 difference was reviewed with you", "your total was $95"
                    | "difference"
                    | "total"
                    // "the remaining $1,140 can wait"
                    | "remaining"
            )
        });
        if only_weak && insurer.is_none() && amount.is_none() {
            continue;
        }
        if !(amount.is_some() || state) && insurer.is_none() && !strong_noun {
            continue;
        }
        // span: from the payment word to the amount (or the insurer), within the sentence
        let mut a = first.start();
        let mut b = first.end();
        for m in p
            .noun
            .find_iter(text)
            .chain(p.insurer.find_iter(text))
            .chain(amount)
        {
            if m.start().abs_diff(first.start()) <= 60 {
                a = a.min(m.start());
                b = b.max(m.end());
            }
        }
        // ("so glad we could get that balance onto a payment plan for you" tells what was done;
        // "we can put your $380 balance on a plan" offers something for an amount already owed)
        let offer = !state
            && !OWED_AMOUNT.is_match(text)
            && ["we'll ", "we will ", "we can ", "we could ", "if you "]
                .iter()
                .any(|o| {
                    text.contains(o)
                        && (*o != "we could "
                            || text.match_indices(o).any(|(i, _)| {
                                !["glad ", "happy ", "grateful ", "thrilled ", "proud "]
                                    .iter()
                                    .any(|g| text[..i].ends_with(g))
                            }))
                });
        out.push(((s.start + a, s.start + b), !offer));
    }
    out
}

/// An amount someone already owes or was billed, named as theirs ("your $380 balance", "her
/// balance of $95"): told even in an offer about it.
static OWED_AMOUNT: crate::rules::boundaries::cues::Lazy =
    crate::rules::boundaries::cues::Lazy::new(
        r"\b(?:your|his|her|their)\s+(?:\$\d[\d,.]*\s+(?:balance|bill|copay|co-pay|deductible|charge|invoice|statement)|(?:balance|bill)\s+(?:of|is)\s+\$\d)",
    );

impl Rule for Payment {
    fn id(&self) -> &'static str {
        "individual-payment"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let answer = ctx.draft.kind.is_answer();
        for (span, confirms) in individual_payments(ctx) {
            let (sev, msg) = if confirms {
                (Severity::High, MESSAGE)
            } else {
                (Severity::Medium, MESSAGE_OFFER)
            };
            let hit = Hit::new("C5", self.id(), sev, span, msg);
            out.push(if answer {
                hit.suggest(crate::rules::safe_reply::safe_reply(ctx))
            } else {
                hit.suggest("Remove the payment details; discuss bills and insurance only with the person, in private.")
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy, Report, Severity, Verdict};

    /// Every form each alternative of `noun` and `insurer` can take is a whole match of its
    /// pattern and holds a keyword of the gate: a draft the gate passes over has no match.
    #[test]
    fn gate_holds_a_keyword_of_every_match() {
        use super::*;
        let nouns = "copay|copays|co-pay|co-pays|coinsurance|co-insurance|deductible|deductibles|\
            balance|balances|claim|claims|bill|bills|billed|billing|invoice|invoices|statement|\
            statements|charge|charges|charged|refund|refunds|refunded|payment|payments|paid|owe|\
            owes|owed|out-of-pocket|eob|premium|premiums|collections|prior auth|\
            prior authorization|insurance|insurer|coverage|covered|member id|insurance id|hsa|hsa card|\
            fsa|fsa card|card ending|card ending in|card on file|declined|rebill|rebilled|late fee|\
            late fees";
        let p = patterns();
        let forms = nouns
            .split('|')
            .map(|w| (&p.noun, w))
            .chain(INSURERS.split('|').map(|w| (&p.insurer, w)));
        for (re, w) in forms {
            let text = format!("about the {w} here");
            // (a form may lose to an earlier alternative: "insurance" of "insurance id")
            let m = re.find(&text).map(|m| m.as_str()).unwrap_or("");
            assert!(!m.is_empty() && w.starts_with(m), "{w}");
            assert!(PAYMENT_GATE.hit(&text), "{w}");
            // (each form, whatever wins, holds a keyword within `NOUN_LEAD` of its start)
            assert!(w.len() <= NOUN_LEAD && PAYMENT_GATE.hit(w), "{w}");
        }
        // a draft without a keyword: no gate hit, no payment
        assert!(!PAYMENT_GATE.hit("see you at the 5k on saturday!"));
    }

    fn c5(r: &Report) -> Vec<(usize, usize, Severity)> {
        r.findings
            .iter()
            .filter(|f| f.code == "C5")
            .map(|f| (f.start, f.end, f.severity))
            .collect()
    }

    fn check(text: &str) -> Report {
        Engine::new(Policy::default()).check(&Draft::post(text))
    }

    fn reply(text: &str) -> Report {
        Engine::new(Policy::default()).check(&Draft::reply(text, "someone", "what gives?"))
    }

    #[test]
    fn a_state_plan_card_of_someone_named_and_a_lapse() {
        assert!(!c5(&check(
            "Found in the lobby: a wallet belonging to a Mr. Ruiz, with a MassHealth card inside."
        ))
        .is_empty());
        assert!(!c5(&reply(
            "Hi, that bill is from March, when your TennCare lapsed. We'll rebill it once it's reinstated."
        ))
        .is_empty());
        // near misses: the plans the practice takes, a card anyone may bring
        assert!(c5(&check(
            "We accept MaineCare, MassHealth and most private plans!"
        ))
        .is_empty());
        assert!(c5(&check(
            "Bring your MaineCare card to the van, Mr. Ruiz will check you in."
        ))
        .is_empty());
    }

    #[test]
    fn one_of_our_clients_unnamed_is_one_person() {
        assert!(!c5(&check(
            "After 4 appeals, Premera finally approved 60 days of residential for one of our clients: $38k covered!"
        ))
        .is_empty());
        // near miss: one of our clinicians, and all of our clients
        assert!(c5(&check(
            "Most of our clients' plans now cover 60 days of residential, and Premera covered the training of one of our dietitians."
        ))
        .is_empty());
    }

    #[test]
    fn a_plan_that_processed_a_visit_out_of_network() {
        assert!(!c5(&reply(
            "So sorry!! Looks like your Fidelis plan processed the tilt-table test as out of network."
        ))
        .is_empty());
        // near miss: the plans the practice is out of network with
        assert!(c5(&check(
            "We're out of network with Fidelis and Healthfirst, but we can give you a superbill."
        ))
        .is_empty());
    }

    #[test]
    fn what_remains_of_a_familys_cost() {
        let d = Draft::reply(
            "Of course Eli. Deb says the remaining $1,140 can wait until after the auction, no interest.",
            "Eli Hershberger",
            "Thank you for working with us on the cost when Anna was in the hospital",
        );
        assert!(!c5(&Engine::new(Policy::default()).check(&d)).is_empty());
        // near miss: seats remaining at a class
        assert!(c5(&reply(
            "Only 4 spots remaining for Saturday's $20 CPR class!"
        ))
        .is_empty());
    }

    #[test]
    fn a_difference_or_total_with_its_amount() {
        let d = Draft::reply(
            "Jill, your quote was for 40 units. The $180 difference was reviewed with you before checkout.",
            "Jill Sorensen",
            "the final bill was way more than the quote",
        );
        assert!(!c5(&Engine::new(Policy::default()).check(&d)).is_empty());
        // near misses: a difference with no money, a total of visits
        for t in [
            "What a difference a year makes, you look amazing!",
            "Your total was 3 visits this year, thanks for trusting us!",
            "Colt, since it's you we'll do all three for $40 total instead of $35 each",
        ] {
            assert!(c5(&reply(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn what_a_plan_covers_and_the_askers_amount() {
        let d = Draft::reply(
            "Hi Tommy! The co-op plan only covers the preventive stuff, so the $180 is for the wound care visit.",
            "Tommy Bragg",
            "why did i get a bill for $180?? i thought the co-op covered everything",
        );
        assert!(!c5(&Engine::new(Policy::default()).check(&d)).is_empty());
        // near miss: what a plan covers, told to everyone
        assert!(c5(&check("Medicare covers one flu shot a year, $0 for you!")).is_empty());
    }

    #[test]
    fn what_someone_paid_or_their_fee_tier_in_spanish() {
        for t in [
            "Hola Marisol! Como tu familia está en el nivel B de la escala móvil, la limpieza te sale en $25.",
            "La última vez pagaste $40 porque no trajiste el talón de cheque.",
            "Don Luis, su saldo de $120 ya está al día.",
            "Hola Yolanda, por eso le aparece el saldo de $340.",
            "Centennial todavía no aprueba la autorización previa para el NAM de su bebé.",
            "Rogelio, el cobro de $80 es porque su ingreso lo puso en la escala 3 de nuestra tarifa reducida.",
        ] {
            assert!(!c5(&reply(t)).is_empty(), "{t}");
        }
        // near misses: a price quoted to the asker, a sliding scale told of in general, a post
        for t in [
            "Hola Marisol! La limpieza te sale en $25 con la escala móvil. ¡Llámenos!",
            "Tenemos una escala móvil: el nivel depende de los ingresos de la familia.",
            "Algunos seguros piden una autorización previa; nosotros la tramitamos.",
            "El saldo de la cuenta se paga en la recepción.",
        ] {
            assert!(c5(&reply(t)).is_empty(), "{t}");
        }
        assert!(c5(&check(
            "La última vez pagaste $40: ¡ahora la limpieza cuesta $25!"
        ))
        .is_empty());
    }

    #[test]
    fn a_post_that_speaks_to_someone_by_name() {
        let e = Engine::new(Policy::default());
        let d = Draft::post(
            "Good news Deb K.!! We appealed with Anthem and your $4,200 claim was approved, you owe $0.",
        );
        assert!(!c5(&e.check(&d)).is_empty());
        // near miss: "your" of everyone in a post
        let d = Draft::post("Good news, everyone! Your claim questions now go to one number.");
        assert!(c5(&e.check(&d)).is_empty());
    }

    #[test]
    fn the_askers_own_account_in_a_reply() {
        let e = Engine::new(Policy::default());
        let d = Draft::reply(
            "Hi Deb! Medicare denied the VenaSeal claim, so there's a $2,140 balance. Shay will call tomorrow.",
            "@deb_in_copperline",
            "still waiting on a callback about my bill",
        );
        assert!(!c5(&e.check(&d)).is_empty());
        // the asker's approval: the plan's decision about them
        let d = Draft::reply(
            "Hi Janelle! Unfortunately Anthem denied the prior auth again, we're appealing.",
            "Janelle Price",
            "Still waiting to hear if my Zepbound is approved?? It's been 3 weeks",
        );
        assert!(c5(&e.check(&d)).iter().any(|f| f.2 == Severity::High));
        // near miss: the practice's plans, answering a question about the asker's insurance
        let d = Draft::reply(
            "Hi Deb! We accept Medicare and most plans; billing questions go to our office line.",
            "@deb",
            "does my insurance cover this?",
        );
        assert!(c5(&e.check(&d)).is_empty());
    }

    #[test]
    fn insurance_denied_the_claim() {
        let t = "Sorry, your insurance denied the claim.";
        let r = reply(t);
        assert_eq!(r.verdict, Verdict::Block);
        assert_eq!(c5(&r), vec![(12, 38, Severity::High)]);
        assert_eq!(&t[12..38], "insurance denied the claim");
    }

    #[test]
    fn paperwork_of_their_plan() {
        let r = reply(
            "maybe if you'd turned in your Medicare forms when we asked, we wouldn't be here.",
        );
        assert_eq!(r.verdict, Verdict::Block, "{r:?}");
        // near miss: what to bring, asked by someone not yet seen
        let r = reply("Please bring your Medicare card and a photo ID to your first visit.");
        assert!(c5(&r).is_empty(), "{r:?}");
    }

    #[test]
    fn one_family_and_their_balance() {
        let r = check(
            "Shout out to the family who finally cleared their $1,860 balance after 8 months of payment plans!",
        );
        assert!(r.findings.iter().any(|f| f.code == "C5"), "{r:?}");
        // near miss: "their" of everyone
        let r = check("Patients can now pay their balance online, 24/7.");
        assert!(r.findings.iter().all(|f| f.code != "C5"), "{r:?}");
    }

    #[test]
    fn physical_balance_is_not_a_bill() {
        for t in [
            "Former Governor Ellen Pratt spoke about how boxing classes have helped her balance.",
            "Great work today Tom, your balance and gait are so much steadier!",
        ] {
            let r = check(t);
            assert!(r.findings.iter().all(|f| f.code != "C5"), "{t}: {r:?}");
        }
        // near misses: a balance with money in the sentence
        for t in [
            "She still has a balance on her account from March.",
            "her balance is due Friday",
        ] {
            let r = check(t);
            assert!(r.findings.iter().any(|f| f.code == "C5"), "{t}: {r:?}");
        }
    }

    #[test]
    fn their_account_or_quote_with_an_amount() {
        for t in [
            "Your account still shows $312 from the March sick visit.",
            "Her quote was $1,450 and the surgeon's fee came in under it.",
        ] {
            assert!(!c5(&reply(t)).is_empty(), "{t}");
        }
        // near misses: the practice's account, an account without money, a quote of anyone's
        for t in [
            "Follow our account for $5 off your next whitening!",
            "Your account was created, so you can log in to the portal now.",
            "We post a quote every Monday; today's costs nothing but a smile, not $5.",
        ] {
            assert!(c5(&reply(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn balance_with_amount() {
        let t = "Hi! your balance of $240 is past due";
        let r = reply(t);
        assert_eq!(c5(&r), vec![(9, 24, Severity::High)]);
        assert_eq!(&t[9..24], "balance of $240");
        // C5 that confirms care also confirms the patient (C2)
        assert!(r.findings.iter().any(|f| f.code == "C2"));
    }

    #[test]
    fn near_misses_about_no_one() {
        let e = Engine::new(Policy::default());
        for t in [
            "We accept Aetna and Cigna",
            "New-patient cleaning $99",
            "Our self-pay rates: $95 for an evaluation, $75 for a follow-up visit.",
            "Love us? Post a review and we'll waive your next copay!",
        ] {
            assert!(c5(&e.check(&Draft::post(t))).is_empty(), "{t}");
        }
        for t in [
            "We accept Medicare and most major plans. Our front desk will check coverage.",
            "Call us with your plan info and our billing team will check before you book.",
            "Check your mom's insurance, then call our surgery line.",
        ] {
            assert!(c5(&reply(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_payment_card_of_someone() {
        for t in [
            "yep, and your HSA card ending 4471 went through fine for last week's visit",
            "Hi! your card on file was declined for the March 3 charge",
        ] {
            let r = reply(t);
            assert!(!c5(&r).is_empty(), "{t}: {r:?}");
        }
        // near misses: what the practice accepts, asked in a reply
        for t in [
            "Yes! We take HSA and FSA cards, and every major credit card.",
            "You can pay with an HSA card at check-in.",
        ] {
            assert!(c5(&reply(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn offer_to_someone_not_seen_is_medium() {
        let t = "Come in anyway! We'll waive your copays and deductible.";
        let r = reply(t);
        assert_eq!(c5(&r).len(), 1);
        assert_eq!(c5(&r)[0].2, Severity::Medium);
        assert!(!r.findings.iter().any(|f| f.code == "C2"));
        // "we could" of what was already done for the person is no offer
        let r = reply(
            "aww Lorraine so glad we could get that $380 balance onto a payment plan for you!",
        );
        assert_eq!(c5(&r)[0].2, Severity::High);
        assert!(r.findings.iter().any(|f| f.code == "C2"));
        // an offer about an amount already owed tells the amount
        let r = reply(
            "yes! we can put your $380 balance on a no-interest plan, 40/mo till the season opens",
        );
        assert_eq!(c5(&r)[0].2, Severity::High);
        // near miss: an offer still is one
        let r = reply("If it helps, we could put the balance on a payment plan for you.");
        assert!(c5(&r).iter().all(|f| f.2 == Severity::Medium));
        // what the insurer's records hold and a bill already sent, beside an offer, are done
        let r = reply("Heads up, your insurance still has you under your old name so we had to bill it that way. Bring the court order and we'll update everything.");
        assert!(
            c5(&r).iter().any(|f| f.2 == Severity::High),
            "{:?}",
            r.findings
        );
    }
}
