//! B6: guarantees, superlatives and outcome claims ("guaranteed pain-free", "100% cure",
//! "best in town", "most of our patients are pain-free in 6 visits"). Guarantees and
//! superlatives fire even with a caveat; typical-outcome claims are fine with "results may
//! vary". Facts attributed to a source with a caveat ("the American College of Mohs Surgery
//! describes cure rates of up to 99%") and "100%" that is not an outcome ("checks 100% of the
//! edge") stay quiet.

use super::cues::{self, Gate, Lazy};
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct Claims;

const MESSAGE_GUARANTEE: &str = "This guarantees a result or makes an absolute or superlative claim the practice cannot prove. The ADA Code (veracity), the AMA Code of Medical Ethics (2.3.2) and the FTC Act (section 5) forbid false or misleading claims about care; outcomes differ from person to person.";

const MESSAGE_OUTCOME: &str = "This claims a typical outcome without saying that results vary. The ADA Code (veracity) and the FTC Act (section 5) treat unqualified outcome claims as misleading; state what is typical honestly and add \"Results may vary.\"";

/// Every claim below holds one of these.
pub(super) static GATE: Gate = Gate::new(&[
    "catches every",
    "in every",
    "for every",
    "catch every",
    "detects every",
    "finds every",
    "stop worrying",
    "guarantee",
    "100",
    "%",
    "cure",
    "money",
    "risk",
    "side effect",
    "safe",
    "miracle",
    "every time",
    "never fail",
    "scar",
    "permanent",
    "goodbye",
    "best",
    "#1",
    "number one",
    "top ",
    "patients",
    "clients",
    "customers",
    "people we",
    "pain-free",
    "skin in",
    "results like",
    "eliminat",
    "fixes",
    "erases",
    "we fix",
    "-free",
    "painless",
    "instant",
    "zero",
    "advanced",
    "most accurate",
    "most advanced",
    "most experienced",
    "most trusted",
    "most effective",
    "most skilled",
    "safest",
    "gentlest",
    "never miss",
    "never had",
    "lifetime",
    "only",
    "finest",
    "garanti",
    // guarantees in other scripts (see GUARANTEE)
    "гарант",
    "गारंटी",
    "গ্যারান্টি",
    "ਗਾਰੰਟੀ",
    "ਗਰੰਟੀ",
    "مضمون",
    "نضمن",
    "보장",
    "保證",
    "保证",
    "保証",
    "εγγ",
    "երաշխ",
    "mejor",
    "meilleur",
    "melhor",
    "zéro",
    "highest",
    "you will",
    "safer than",
    "fastest",
    "shortest",
    "never need",
    "never tear",
    "revers",
    "works for every",
]);

/// "cures", "REVERSES": a verb of cure, checked against the health terms after it (see
/// [`cure_claims`]).
static CURE_VERB: Lazy = Lazy::new(r"\b(?:cure[sd]?|revers(?:e|es|ed|ing))\b");

/// The words before a cure verb that make it no claim: a negation, or "cure" as a noun.
const NOT_A_CURE_CLAIM: &[&str] = &[
    "no", "not", "never", "cannot", "can't", "won't", "doesn't", "don't", "isn't", "without", "a",
    "the", "any", "find", "no-", "for",
];

/// What a practice offers, in the clause of a "reverses" claim ("our protocol reverses ...",
/// "reverses kidney disease naturally"): education ("weight loss can reverse prediabetes")
/// has none of these.
const OFFERING: &[&str] = &[
    "our",
    "we",
    "naturally",
    "supplement",
    "protocol",
    "program",
    "adjustment",
    "adjustments",
    "treatment",
    "therapy",
    "system",
    "cleanse",
    "detox",
];

static GUARANTEE: Lazy = Lazy::new(
    r"(?x)
    \bguarantee[ds]?\b|\bgarantizad[oa]s?\b|\bgarantizamos\b
  | \b(?:résultats?|succès|guérison|soulagement|resultados?)\s+garanti(?:e|s|es|dos?|das?)?\b|\bgaranti(?:e|s|es)?\s+à\s+100
  | \bzéro\s+(?:douleur|crises?|risques?|complications?|effets?\s+secondaires?|cicatrices?)\b
  | (?:bảo\s+đảm|đảm\s+bảo)\s+100\s?%
  | гарантир\w*|гаранти[яюи]\b|गारंटी|গ্যারান্টি|ਗਾਰੰਟੀ|ਗਰੰਟੀ|مضمون|نضمن|보장(?:합니다|해|된)|保證|保证|保証|εγγ[υύ]\w*|երաշխ\w*
  | \b100\s?%\s+(?:cure[ds]?|success|successful|effective|safe|painless|pain-free|results?|satisfaction|guaranteed|permanent|clear|of\s+the\s+time)\b
  | \b100\s?%\s+[a-z]+-free\b
  | \b100\s?%\s+(?:[a-z-]+\s+)?(?:response|success|cure|survival|remission|pregnancy|healing|recovery)\s+rates?\b
  | \b100\s?%\s+of\s+(?:[a-z0-9-]+\s+){0,8}?(?:outgrow|are\s+cured|get\s+better|heal|recover|are\s+[a-z]+-free|see\s+results|succeed)
  | \b(?:stops?|ends?|eliminates?|cures?|prevents?|fixes|works)\s+(?:[a-z-]+\s+){0,2}(?:in|for)\s+every\s+(?:single\s+)?(?:child|kid|patient|person|client|case|one\s+of)\b
  | \bcures?\b[^.!?\n]{0,40}\b(?:100\s?%|every\s+time|forever|for\s+good|permanently)
  | \b(?:will|'ll|works?|restores?|cures?|fix(?:es)?|heals?|clears?)\b[^.!?\n]{0,60}\bevery\s+(?:single\s+)?(?:patient|client|person|child|kid|case|customer|one),?\s+every\s+(?:single\s+)?time\b
  | \b\d{2,3}\s?%\s+of\s+the\s+time\b
  | \b(?:it|our\s+[a-z-]+(?:\s+[a-z-]+)?)\s+works\s+for\s+(?:everyone|everybody|every\s+(?:single\s+)?(?:one|body|patient|person|client|case))\b
  | \b(?:regrows?|restores?|cures?|heals?|clears?|works|fixes)\s+(?:[a-z-]+\s+){0,3}(?:in|for)\s+100\s?%\s+of\b
  | \b(?:or\s+your\s+money\s+back|money-back|risk-free|no\s+risk|zero\s+risk|no\s+side\s+effects|completely\s+safe|totally\s+safe|miracle|works\s+every\s+time|never\s+fails)\b
  | \bno\s+(?:visible\s+|noticeable\s+)?scar(?:s|ring)?\b(?:,?\s+guaranteed)?
  | \bpermanent\s+(?:results|cure|fix|relief)\b
  | \b(?:completely|totally|100\s?%|guaranteed)\s+painless\b|\binstant\s+results\b|\bzero\s+(?:pain|downtime|risk|reactions?|side\s+effects|complications?|infections?)\b|\bzero\s+chance\s+(?:you|of\s+(?:getting|catching|infection|pain|complications?|side|scarring|relapse))
  | \b100\s?%\s+(?:lifetime\s+|lifelong\s+|permanent\s+|complete\s+|total\s+|full\s+)?(?:protection|protected|immune|immunity)\b
  | \bsay\s+goodbye\s+to\b[^.!?\n]{0,40}\bforever\b
  | \b(?:catch|catches|caught|detect|detects|find|finds|spot|spots)\s+100\s?%\s+of\b|\bzero\s+missed\b|\bnever\s+(?:miss|misses|missed)\s+(?:a|any|one)\b
  | \b(?:catch|catches|detect|detects|finds)\s+every\s+(?:[a-z-]+\s+){0,3}(?:risks?|cancers?|cases?|problems?|mutations?|conditions?|cavit(?:y|ies))\b|\bstop\s+worrying\s+(?:for\s+good|forever)\b
  | \bnever\s+had\s+(?:a|an|one|a\s+single)\s+(?:unhappy|dissatisfied|unsatisfied|disappointed)\b|\blifetime\s+(?:free\s+)?(?:enhancements?|touch-?ups?|results)\b[^.!?\n]{0,30}\bno\s+matter\s+what\b
  | \b(?:feel|feels|see|sees)\s+(?:better|results|relief)\s+(?:within|in)\s+(?:\d+\s+)?(?:hours?|minutes?|days?)\b[^.!?\n]{0,12}\bguaranteed\b
  | \byou\s+will\s+(?:definitely\s+|absolutely\s+|100\s?%\s+)?(?:take\s+home\s+a\s+baby|get\s+pregnant|have\s+(?:a|your)\s+baby|be\s+(?:pregnant|cured|cancer-free|pain-free|pain\s+free|seizure-free)|(?:walk|run|hear|see)\s+(?:perfectly|normally)\s+again|never\s+(?:need|have)\s+(?:surgery|another|pain))\b
  | \byour\s+(?:kiddo|kids?|child|children|son|daughter|little\s+one|baby|teen)\s+will\s+never\s+(?:need|have|get)\s+(?:a|an|another|any)\s+(?:filling|fillings|cavity|cavities|surgery|root\s+canal|crown|crowns|cast|stitches|flare|flares|infection|infections)\b
",
);

static SUPERLATIVE: Lazy = Lazy::new(
    r"(?x)
    \bbest\s+in\s+(?:town|the\s+(?:city|area|state|county|region|valley|country|world|business))\b
  | \b(?:the\s+)?best\s+(?:[a-z-]+\s+){0,3}(?:in|around)\s+(?:town|the\s+(?:city|area|state|county|region|valley|country|world))\b
  | \bbest\s+(?:[a-z-]+\s+){0,3}on\s+the\s+market\b|\bthe\s+best\s+(?:[a-z-]+\s+){1,3}out\s+there\b
  | \b[a-z]+'s\s+(?:best|top|finest)\s+(?:doctors?|dentists?|clinic|practice|care|providers?|surgeons?|orthodontists?)\b
  | \bcure\s+(?:whatever|anything|everything|all\s+that)\b
  | \b(?:les?|la)\s+meilleur(?:e|s|es)?\s+(?:soins|clinique|médecins?|dentistes?|centre|équipe)\b|\b(?:o|a|os|as)\s+melhor(?:es)?\s+(?:clínica|dentistas?|médicos?|atendimento|tratamento)\b
  | \b(?:la|el)\s+mejor\s+(?:clínica|clinica|doctor|doctora|dentista|consultorio)\b|\blos\s+mejores\s+(?:doctores|dentistas)\b
  | \#1\s+(?:[a-z-]+\s+)?(?:dentists?|doctors?|clinics?|practices?|choice|providers?|orthodontists?|dermatologists?|surgeons?|pt|physical|rated|ranked|in\s|team|care|smile|spa|med)|\bnumber\s+one\s+(?:dentist|doctor|clinic|practice|dermatolog\w*|surgeon|provider|choice|pt|physical)
  | \b(?:top|best)\s+(?:dentist|doctor|clinic|practice|dermatologist|surgeon|physical\s+therap\w+|pt\s+clinic)\s+in\b
  | \b(?:our|[a-z]+'s)\s+(?:[a-z-]+\s+){0,2}(?:success|pregnancy|live[-\s]birth|survival|cure)\s+rates?\s+(?:are|is)\s+(?:the\s+)?(?:highest|best|top)\b
  | \b(?:the\s+)?(?:highest|best|top)\s+(?:[a-z-]+\s+){0,2}(?:success|pregnancy|live[-\s]birth|survival|cure)\s+rates?\s+(?:in|around)\s+(?:town|the\s+(?:city|area|state|county|region|valley|country|world))\b
  | \bsafer\s+than\s+(?:a\s+|the\s+|any\s+)?(?:hospitals?|hospital\s+births?|other\s+[a-z]+|any\s+other\s+[a-z]+)\b
  | \b(?:the\s+)?(?:most\s+(?:advanced|accurate|experienced|trusted|effective|skilled)|safest|gentlest)\s+(?:\w+\s+){0,2}(?:in|around)\s+(?:town|the\s+(?:city|area|state|region|country))\b|\bthe\s+only\s+(?:\w+\s+){0,2}(?:practice|clinic|dentist|doctor|office|provider)\s+in\s+(?:town|the\s+(?:city|area|state|region))\b
",
);

/// "Best <up to three words> in <Place>" with a capitalized place name, checked on `norm`.
static BEST_IN_PLACE: Lazy = Lazy::new(
    r"\b(?:[Bb]est|BEST|[Ff]astest|[Ss]hortest|[Tt]he\s+(?:[Oo]nly|ONLY)\s+(?:[A-Za-z]+\s+){0,2}(?:practice|clinic|office|provider|doctor|dentist)|[Mm]ost\s+(?:accurate|advanced|experienced|trusted|effective|skilled)|[Ss]afest|[Gg]entlest)\s+(?:[A-Za-z-]+\s+){0,3}in\s+(?:all\s+of\s+)?(?:the\s+)?(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?",
);

/// Capitalized words that are not places (months and weekdays: `text::is_capitalized_day_name`).
const NOT_PLACES: &[&str] = &[
    "Spring", "Summer", "Fall", "Autumn", "Winter", "The", "Our", "Your", "My", "Class", "Show",
];

static OUTCOME: Lazy = Lazy::new(
    r"(?x)
    \b(?:most|all|every|nearly\s+all|almost\s+all|\d+\s?%|\d+\s+(?:out\s+of|in)\s+\d+)\s+(?:of\s+)?(?:our\s+)?(?:[a-z-]+\s+)?(?:patients|clients|customers|people\s+we\s+(?:see|treat))\s+(?:are|were|get|got|see|saw|feel|felt|become|report|leave|walk\s+out|go\s+home|end\s+up|avoid|avoided|heal|healed|recover|recovered|never)\b
  | \b(?:patients|clients|customers)\s+who\s+(?:use|do|try|take|follow|complete|finish|join|stick\s+with|start)\s+(?:[a-z-]+\s+){0,4}?(?:feel|get|heal|recover|sleep|see|improve)\s+(?:better|faster|sooner|quicker|results|relief)\b
  | \bpain-free\s+in\s+\d+
  | \bour\s+(?:[a-z-]+\s+)?(?:patients|clients|mamas|moms|mothers|kids|babies|families)\s+(?:never|don't\s+ever|always)\s+(?:end\s+up|go\s+back|get\s+(?:sick|worse|readmitted)|need\s+(?:a\s+|an\s+)?(?:surgery|another|c-section|cesarean|stitches|an\s+epidural|epidurals)|return\s+to|come\s+back\s+(?:sick|worse)|heal|recover|tear)
  | \b(?:clear|flawless|perfect)\s+skin\s+in\s+\d+
  | \bresults\s+like\s+[a-z]
  | \b(?:our|this|the)\s+(?:[a-z-]+\s+){0,3}(?:cures|will\s+cure|eliminates|fixes|erases)\b
  | \bwe\s+(?:cure|fix|eliminate)\b
  | \b\d+\s?%\s+(?:cancer-free|pain-free|clear|healed|cured)\b
",
);

/// What a practice's superlative is about when it is about care.
const CARE_NOUNS: &[&str] = &[
    // "Best ER in Kansas"
    "er",
    "hospital",
    "emergency",
    "pharmacy",
    "lab",
    "dentist",
    "doctor",
    "dental",
    "care",
    "clinic",
    "practice",
    "team",
    "smile",
    "service",
    "staff",
    "office",
    "result",
    "treatment",
    "provider",
    "hygienist",
    "physician",
    "surgeon",
    "therapist",
    "pt",
    "physical",
    "therapy",
    "orthodontist",
    "dermatologist",
    "medicine",
    "medical",
    "pediatrician",
    "chiropractor",
    "price",
    "rate",
    "deal",
    "value",
    "experience",
    "outcome",
    "specialist",
    "nurse",
    "urgent",
    "health",
    "healthcare",
    "doc",
    "doctors",
    "selection",
    "technology",
    "equipment",
];

static CAVEAT: Lazy = Lazy::new(
    r"\bresults\s+(?:may\s+|can\s+|will\s+)?vary\b|\bindividual\s+results\b|\bresults\s+are\s+not\s+(?:typical|guaranteed)\b|\bnot\s+typical\b|\bevery\s+(?:case|person|patient|body)\s+is\s+different\b",
);

/// Words of results and health that make a guarantee a claim about care.
static OUTCOME_WORD: Lazy = Lazy::new(
    r"\b(?:results?|wait|waits|wait\s+times?|seen|pain|painless|pain-free|cure[ds]?|clear|permanent|smile|skin|teeth|tooth|relief|recover\w*|heal\w*|weight|scar|scars|success|fix|money\s+back|satisfaction|perfect|younger|wrinkles?|acne|hair|outcome|outcomes|work|works|treatment|surgery|therapy|program|sick|hurt|injur(?:y|ies|ed)|difference|protection|protected|immune|immunity|never\s+need|er\s+visits?|urgent\s+care|hospital\w*|cramp\w*|nausea|swelling|bleeding|bruising|discomfort|soreness|side\s+effects|downtime|complications?|infections?|relapses?)\b",
);

/// Right after "guarantee": someone promised an ability ("your child will be talking", "you'll
/// be walking").
static PROMISED_ABILITY: Lazy = Lazy::new(
    r"^\s+(?:that\s+)?(?:your\s+(?:child|kid|kiddo|son|daughter|baby|little\s+one|teen|toddler)|you|they|he|she)\s*(?:will|'ll)\s+be\s+(?:talking|walking|running|speaking|eating|sleeping|reading|hearing|chewing|swallowing|crawling|standing|breathing|driving|pain-free|off\s+(?:meds|medication|insulin))\b",
);

/// Negated guarantees ("we can't guarantee", "no guarantees") are honest.
static NEGATED: Lazy = Lazy::new(
    r"\b(?:no|not|never|can't|cannot|can\s+not|won't|don't|doesn't|isn't|nobody\s+can)\s+(?:\w+\s+){0,2}guarantee",
);

/// A figure attributed to a source ("studies", "the American College of ... describes").
static ATTRIBUTED: Lazy = Lazy::new(
    r"\b(?:according\s+to|studies|study|research|trials?|describes|reports?|published|data\s+from|society|college|association|academy|cdc|fda|nih|the\s+who|who\s+(?:guidelines?|data|recommends|says|estimates))\b",
);

/// "chiropractic care can CURE ear infections", "our protocol REVERSES kidney disease": a verb
/// of cure with a condition right after it, in the clause `(a, b)`. Negated ("can't cure a
/// cold"), a noun ("no cure for", "a cure for"), an event's name ("Walk to Cure Diabetes"), or
/// attributed to research, it is no claim of the practice's.
fn cure_claims(ctx: &Ctx, a: usize, b: usize) -> Vec<(usize, usize)> {
    let lower = ctx.lower();
    let norm = ctx.norm();
    let c = &lower[a..b];
    let mut out = Vec::new();
    for (s, e) in CURE_VERB.spans(c) {
        let said = &norm[a + s..a + e];
        // Title Case inside a sentence names an event or a product ("Walk to Cure Diabetes")
        let title = said.starts_with(|ch: char| ch.is_uppercase())
            && said.chars().skip(1).any(|ch| ch.is_lowercase())
            && !c[..s].trim_end().is_empty();
        let prev = c[..s]
            .split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '-'))
            .rfind(|w| !w.is_empty())
            .unwrap_or("");
        let next = c[e..].split_whitespace().next().unwrap_or("");
        if title
            || NOT_A_CURE_CLAIM.contains(&prev)
            || prev.ends_with("n't")
            || matches!(next, "for" | "rate" | "rates")
            || ATTRIBUTED.is_match(c)
        {
            continue;
        }
        let reverse = c[s..e].starts_with("revers");
        if reverse
            && !c
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| OFFERING.contains(&w))
        {
            continue;
        }
        let (from, to) = (a + e, (a + e + 40).min(b));
        let condition = ctx.analysis().health.iter().find(|m| {
            m.start >= from
                && m.start < to
                && m.score >= 0.5
                && crate::detect::health::is_condition(m.kind)
        });
        if let Some(m) = condition {
            out.push((a + s, m.end.min(b)));
        }
    }
    out
}

impl Rule for Claims {
    fn id(&self) -> &'static str {
        "unsupported-claim"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        let norm = ctx.norm();
        let candidates = GATE.clauses_in(ctx);
        if candidates.is_empty() {
            return;
        }
        let first = out.len();
        let mut clin: Option<Vec<(usize, usize)>> = None;
        let suggest = "Describe what is typical, honestly and without guarantees or \"best\"/\"100%\" claims, and add \"Results may vary.\"";
        let mut caveat: Option<bool> = None;
        for (a, b) in candidates {
            let c = &lower[a..b];
            let attributed = || ATTRIBUTED.is_match(c);
            for (s, e) in GUARANTEE.spans(c) {
                let m = &c[s..e];
                if m.starts_with("guarantee") {
                    if NEGATED.is_match(&c[..e]) {
                        continue;
                    }
                    // A bare "guaranteed" is a claim about care when its clause speaks of
                    // results or health ("guaranteed pain-free"), not of a warm welcome.
                    let clin = clin.get_or_insert_with(|| cues::clinical_spans(ctx));
                    // "... outgrow their allergies. Guaranteed!": a bare exclamation vouches for
                    // the claim before it
                    let bare = c.split_whitespace().count() <= 2;
                    let (ca, cb) = if bare { (0, lower.len()) } else { (a, b) };
                    // ("we guarantee your child will be talking in full sentences": an ability
                    // promised for someone)
                    let promised = PROMISED_ABILITY.is_match(&c[e..]);
                    if !OUTCOME_WORD.is_match(&lower[ca..cb])
                        && !cues::has_clinical_in(clin, ca, cb)
                        && !promised
                    {
                        continue;
                    }
                }
                if m.contains('%') && attributed() {
                    continue;
                }
                // "no one can promise you will get pregnant": a promised outcome, denied
                if m.starts_with("you will") && {
                    let head = &c[..s];
                    [
                        "promise",
                        "guarantee",
                        "can't",
                        "cannot",
                        "not ",
                        "no one",
                        "nobody",
                    ]
                    .iter()
                    .any(|w| head.contains(w))
                } {
                    continue;
                }
                // "Screening doesn't catch every cancer", "No test catches every risk": a limit
                if m.contains("every") && {
                    let head = c[..s].trim_end();
                    head.ends_with("n't")
                        || head.ends_with("not")
                        || crate::detect::persons::has_word(head, "no")
                } {
                    continue;
                }
                out.push(
                    Hit::new(
                        "B6",
                        self.id(),
                        Severity::Medium,
                        (a + s, a + e),
                        MESSAGE_GUARANTEE,
                    )
                    .suggest(suggest),
                );
            }
            let mut sup = SUPERLATIVE.spans(c);
            for (s, e) in BEST_IN_PLACE.spans(&norm[a..b]) {
                let place = norm[a + s..a + e]
                    .rsplit(" in ")
                    .next()
                    .unwrap_or("")
                    .split_whitespace()
                    .find(|w| !matches!(*w, "the" | "all" | "of"))
                    .unwrap_or("");
                if !NOT_PLACES.contains(&place) && !crate::text::is_capitalized_day_name(place) {
                    sup.push((s, e));
                }
            }
            for (s, e) in sup {
                // "the best coworkers in Maine" in a job ad praises the workplace, not care
                let said = &c[s.min(c.len())..e.min(c.len())];
                if [
                    "coworker",
                    "co-worker",
                    "benefits",
                    "coffee",
                    "boss",
                    "place to work",
                    "employer",
                    "job",
                    "parking",
                    "view",
                ]
                .iter()
                .any(|w| said.contains(w))
                {
                    continue;
                }
                // "Dolores makes the best biscochitos in San Aurelio": what is best must be the
                // practice's care ("best crowns in town", "best team in the valley")
                let what: Vec<&str> = said
                    .split_whitespace()
                    .skip_while(|w| *w != "best")
                    .skip(1)
                    .take_while(|w| !matches!(*w, "in" | "around" | "on"))
                    .collect();
                if !what.is_empty()
                    && !what.iter().any(|w| {
                        let w = w.trim_end_matches("'s");
                        CARE_NOUNS.contains(&w) || CARE_NOUNS.contains(&w.trim_end_matches('s'))
                    })
                    && !cues::has_clinical_in(
                        clin.get_or_insert_with(|| cues::clinical_spans(ctx)),
                        a + s,
                        a + e,
                    )
                {
                    continue;
                }
                out.push(
                    Hit::new(
                        "B6",
                        "superlative-claim",
                        Severity::Medium,
                        (a + s, a + e),
                        MESSAGE_GUARANTEE,
                    )
                    .suggest(suggest),
                );
            }
            for span in cure_claims(ctx, a, b) {
                out.push(
                    Hit::new(
                        "B6",
                        "cure-claim",
                        Severity::Medium,
                        span,
                        MESSAGE_GUARANTEE,
                    )
                    .suggest(suggest),
                );
            }
            for (s, e) in OUTCOME.spans(c) {
                // (a source outside the claim: the "who" of "clients who use it" is no WHO)
                if *caveat.get_or_insert_with(|| CAVEAT.is_match(lower))
                    || ATTRIBUTED
                        .get()
                        .find_iter(c)
                        .any(|m| m.end() <= s || m.start() >= e)
                    || c[s..e].starts_with("no ")
                {
                    continue;
                }
                out.push(
                    Hit::new(
                        "B6",
                        "outcome-claim",
                        Severity::Medium,
                        (a + s, a + e),
                        MESSAGE_OUTCOME,
                    )
                    .suggest(suggest),
                );
            }
        }
        // 'MYTH: "I'm guaranteed a baby if I freeze my eggs."': a claim quoted to be debunked
        if out.len() > first && debunking(lower) {
            let mine = out.split_off(first);
            out.extend(mine.into_iter().filter(|h| !in_quotes(lower, h.start)));
        }
    }
}

/// Whether the draft sets out to debunk something ("myth", "not true").
fn debunking(lower: &str) -> bool {
    ["myth", "not true", "false:", "false."]
        .iter()
        .any(|w| lower.contains(w))
}

/// Whether byte `i` lies inside double quotes opened on its line.
fn in_quotes(lower: &str, i: usize) -> bool {
    let line = &lower[lower[..i].rfind('\n').map_or(0, |k| k + 1)..i];
    line.matches('"').count() % 2 == 1
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy};

    fn b6(text: &str) -> bool {
        Engine::new(Policy::default())
            .check(&Draft::post(text))
            .findings
            .iter()
            .any(|f| f.code == "B6")
    }

    #[test]
    fn a_relative_who_is_no_source() {
        let t = "Our new immunotherapy protocol cures pediatric leukemia in 100% of the kids who finish it";
        assert!(b6(t), "{t}");
        // near miss: a figure the WHO gives
        let t = "The WHO estimates vaccines prevent 100% of measles cases in kids who finish both doses.";
        assert!(!b6(t), "{t}");
    }

    #[test]
    fn cures_and_reversals_of_a_condition() {
        for t in [
            "Did you know chiropractic care can CURE ear infections, ADHD and colic in kids?? No meds needed!!",
            "Our new supplement protocol REVERSES kidney disease naturally, no dialysis ever needed",
            "Our cleanse reverses diabetes in 30 days!",
        ] {
            assert!(b6(t), "{t}");
        }
        // near misses: negated, a noun, an event's name, research, education, no condition
        for t in [
            "Antibiotics don't cure a cold, and they won't cure the flu either.",
            "There is no cure for Alzheimer's disease yet, but treatment can help.",
            "Join our team at the Walk to Cure Diabetes on Saturday!",
            "Studies show weight loss can reverse prediabetes.",
            "Losing 5-7% of your weight can reverse prediabetes for many people.",
            "We reversed the order of the waiting room chairs.",
        ] {
            assert!(!b6(t), "{t}");
        }
    }

    #[test]
    fn local_superlatives_and_cure_alls() {
        assert!(b6(
            "Dry Fork's best doctors, hands down! We'll cure whatever ails ya!"
        ));
        // near miss: a job ad praising the workplace
        assert!(!b6(
            "We're hiring! Great benefits and the best coworkers in Maine."
        ));
    }

    #[test]
    fn an_outcome_for_every_child() {
        for t in [
            "Our patients NEVER end up back in the hospital. Not once.",
            "Our ketogenic diet program stops seizures in every child who sticks with it.",
            "100% of our keto kids are seizure-free!",
            "This protocol works for every single patient.",
            // what those who use a product get ("who" is no WHO)
            "We've partnered with CalmKit! Clients who use it feel better faster.",
            "Patients who do our program heal faster.",
        ] {
            assert!(b6(t), "{t}");
        }
        // near misses: a step done for everyone, a share of a program that is no outcome
        for t in [
            "We check blood sugar in every child at every visit.",
            "100% of our families get a printed seizure action plan.",
            "Our patients never wait more than a day for a callback from a nurse.",
            "The ketogenic diet stops seizures in some children; ask your neurologist if it fits.",
            "According to the CDC, patients who get the flu shot recover faster.",
            "Clients who use the app feel better faster, though results vary.",
        ] {
            assert!(!b6(t), "{t}");
        }
    }

    #[test]
    fn a_guaranteed_absence_of_a_symptom() {
        assert!(b6("Our new machines mean NO cramping, guaranteed."));
        // near miss: a guaranteed welcome
        assert!(!b6(
            "Our new lounge means no boredom: free wifi, guaranteed!"
        ));
    }

    #[test]
    fn a_bare_guarantee_vouches_for_the_claim_before_it() {
        assert!(b6(
            "100% of kids who finish the 3-year program outgrow their allergies. Guaranteed!"
        ));
        assert!(!b6(
            "Your first visit is on us. A warm welcome, guaranteed!"
        ));
        // an ability promised for someone; a feeling is no outcome
        assert!(b6("Our therapists GUARANTEE your child will be talking in full sentences within 6 months!"));
        assert!(!b6("Guaranteed you'll love our new waiting room coffee!"));
        // never needing care again is an outcome; a parking spot is not
        assert!(b6(
            "Join Keelson and you'll never need urgent care again. Guaranteed."
        ));
        assert!(!b6("Free parking right by the door. Guaranteed."));
        assert!(!b6(
            "We guarantee you'll be smiling when you see our new waiting room!"
        ));
    }

    #[test]
    fn zero_reactions_and_the_best_in_capitals() {
        assert!(b6("Zero reactions in our infusion suite!"));
        assert!(b6(
            "Our Infusion Suite has the BEST nurses in Colorado, period."
        ));
        // near miss: zero of something that is no outcome
        assert!(!b6("Zero wait on Saturdays? Come see for yourself."));
        // "the best ... out there" of the practice's care; of an app it is no claim about care
        assert!(b6("We have the best dentists out there!"));
        assert!(!b6("CalmKit is the best meditation app out there!"));
        // a result promised to every client, every time
        assert!(b6(
            "Our hearing aids WILL restore your hearing, every patient, every time."
        ));
        assert!(!b6("Every patient, every time: we wash our hands."));
    }

    #[test]
    fn best_hospital_in_a_state() {
        assert!(b6("Best ER in Kansas. Guaranteed. 🏥"));
        // a region with its article; a scar promised away
        assert!(b6("The best cleft surgeon in the Southwest is right here."));
        assert!(b6("Our lip repairs leave virtually no visible scar."));
        assert!(!b6(
            "The best tacos in the Southwest are next door to our clinic!"
        ));
        assert!(!b6(
            "Most repairs leave a thin scar that fades over a year or two."
        ));
        // near miss: the best of something else in a place
        assert!(!b6("Best BBQ in Kansas is two doors down from our ER!"));
    }

    #[test]
    fn a_test_that_catches_everything() {
        assert!(b6(
            "Our 84-gene panel catches EVERY hereditary cancer risk! A negative result means you can stop worrying for good!"
        ));
        // near misses: what a panel looks for, and an honest limit
        assert!(!b6(
            "Our panel looks at 84 genes linked to hereditary cancer. No test catches every risk, so keep up your screenings."
        ));
    }

    #[test]
    fn safer_than_the_hospital_and_outcomes_for_all_mothers() {
        assert!(b6(
            "Birth center births are SAFER than hospital births. Period."
        ));
        assert!(b6("Our mamas never tear and never need a C-section."));
        assert!(b6(
            "Our fluoride varnish PREVENTS cavities, period! get that consent form in and your kiddo will never need a filling!"
        ));
        assert!(!b6(
            "Fluoride varnish lowers the risk of cavities, so your kiddo may need fewer fillings."
        ));
        // near misses: an honest comparison with its source, and a plan for one birth
        assert!(!b6(
            "For low-risk pregnancies, planned birth-center births had low C-section rates in a large study."
        ));
        assert!(!b6(
            "Most first-time moms tear a little; we'll talk through what helps."
        ));
    }

    #[test]
    fn fastest_waits_guaranteed() {
        assert!(b6(
            "Fastest wait times in New Mexico. GUARANTEED under 15 min or your visit is FREE"
        ));
        // near misses: a wait told honestly, and the fastest of something else
        assert!(!b6(
            "Wait times are posted online and usually run 20-40 minutes."
        ));
        assert!(!b6(
            "Congrats to our front desk on the fastest 5K time in Dry Fork!"
        ));
    }

    #[test]
    fn a_perfect_rate_claimed() {
        assert!(b6(
            "Our new immunotherapy protocol has had a 100% response rate so far."
        ));
        assert!(b6("100% success rate with our bunion surgery!"));
        // near miss: a rate that is not perfect, with its source
        assert!(!b6(
            "In the trial, 45% of patients responded, per the published study."
        ));
    }

    #[test]
    fn a_claim_quoted_to_be_debunked() {
        assert!(!b6(
            "MYTH vs FACT: \"If I freeze my eggs I'm guaranteed a baby later.\" MYTH. Freezing improves the odds but can't promise anything."
        ));
        // near misses: the practice's own claim in quotes, and a myth post that makes one
        assert!(b6("Our motto: \"Guaranteed pain-free fillings!\""));
        assert!(b6(
            "Myth: implants hurt. Fact: our implants are guaranteed pain-free!"
        ));
    }

    #[test]
    fn promised_outcomes_and_top_success_rates() {
        assert!(b6("If you cycle with us, you WILL take home a baby."));
        assert!(b6("Finish our program and you will be pain-free."));
        assert!(b6("Our IVF success rates are the highest anywhere."));
        assert!(b6("The best pregnancy rates in the state, right here."));
        // near misses: a denied promise, a step of the visit, and rates as public health news
        assert!(!b6(
            "No clinic can promise you will take home a baby; we will walk you through your odds."
        ));
        assert!(!b6(
            "At the consult you will get a folder with your next steps."
        ));
        assert!(!b6(
            "Flu rates in the county are the highest in five years."
        ));
    }

    #[test]
    fn guarantees_of_no_injury_and_of_a_difference() {
        assert!(b6(
            "Our Pointe Readiness Screen guarantees your dancer won't get hurt."
        ));
        assert!(b6(
            "Our memory care approach slows decline. Families see the difference in weeks, guaranteed."
        ));
        // near miss: a difference the practice makes, no guarantee
        assert!(!b6("Families tell us the support group made a difference."));
    }

    #[test]
    fn french_portuguese_and_vietnamese_guarantees() {
        for t in [
            "Le Centre Tamboril offre les meilleurs soins de la drépanocytose de toute la Floride. Résultats garantis : zéro crise après 6 mois de traitement !",
            "Khám sức khỏe thuyền viên: BẢO ĐẢM 100% đậu kiểm tra Coast Guard, không đau, không phải chờ!",
            "A melhor clínica odontológica da cidade, resultados garantidos!",
        ] {
            assert!(b6(t), "{t}");
        }
        // near misses: a booked time kept, zero cost, a care promise without an outcome
        for t in [
            "Votre place est garantie pour la clinique de vaccination du 3 octobre.",
            "Zéro frais pour les enfants : les vaccins sont gratuits.",
            "Chúng tôi đảm bảo giữ bí mật thông tin của bạn.",
        ] {
            assert!(!b6(t), "{t}");
        }
    }

    #[test]
    fn spanish_guarantees_and_superlatives() {
        assert!(b6(
            "¡Cirugía de Mohs sin cicatrices, garantizado! La mejor clínica de piel en todo Maine."
        ));
        assert!(!b6(
            "La cirugía de Mohs deja una cicatriz pequeña; le explicamos todo en la consulta."
        ));
    }

    #[test]
    fn catalog_examples_fire() {
        assert!(b6("Guaranteed pain-free fillings!"));
        assert!(b6("A 100% cure for toenail fungus."));
        assert!(b6("It works for EVERYONE! Book now."));
        assert!(b6("Our PRP regrows hair in 100% of patients, no surgery."));
        // near misses: a time that works for everyone, a step done for every patient
        assert!(!b6(
            "We'll find a time that works for everyone on the team."
        ));
        assert!(!b6(
            "We check blood pressure in 100% of patients at every visit."
        ));
        assert!(b6("Best in town, come see us."));
        assert!(b6(
            "Best physical therapy in Port Tamsen, hands down. Most of our patients are pain-free in 6 visits or less!"
        ));
        assert!(b6("Guaranteed clear skin in 90 days, or your money back!"));
        assert!(b6(
            "Our shockwave therapy cures plantar fasciitis 100% of the time."
        ));
        assert!(b6(
            "The KneadPro X is the best massage gun on the market, period."
        ));
        assert!(b6("Mohs surgery with Dr. Okonkwo = no scar, guaranteed"));
        assert!(b6("That's patellar tendinopathy 99% of the time."));
        assert!(b6("Most of our patients are pain-free after 3 visits."));
        assert!(b6("The best crowns in town, made right here."));
        assert!(b6("Our travel vaccine packages = 100% protection."));
        assert!(b6(
            "Our yellow fever vaccine gives 100% lifetime protection, book today!"
        ));
        // near miss: the lifelong protection the WHO describes, without a 100%
        assert!(!b6(
            "Per the WHO, one dose of yellow fever vaccine gives lifelong protection for most people."
        ));
        assert!(b6("Zero chance you get sick abroad, guaranteed!"));
    }

    #[test]
    fn perfect_detection_and_outcome_records() {
        for t in [
            "Our 3D mammograms catch 100% of cancers. Zero missed diagnoses, EVER.",
            "We are flat out the most accurate imaging center in Ohio, period.",
            "Our hyperbaric therapy heals wounds others gave up on. 100% of our patients avoid amputation.",
            "Ketamine infusions work when nothing else has. Our patients feel better within HOURS, guaranteed.",
            "Yes!! Lifetime free enhancements no matter what. We've literally never had an unhappy patient",
            "Best doctors in all of Acadiana, period. 100% of our diabetic patients get their sugar under control.",
            "Harbor Lights is the ONLY practice in Maine that can actually slow down memory loss.",
        ] {
            assert!(b6(t), "{t}");
        }
        // near misses: a fact about screening, and a caveated figure
        for t in [
            "3D mammograms find more cancers than 2D alone, according to published studies.",
            "Screening doesn't catch every cancer, so tell us about any new lump.",
        ] {
            assert!(!b6(t), "{t}");
        }
    }

    #[test]
    fn near_misses_stay_quiet() {
        for t in [
            "Laser resurfacing can soften fine lines. Most people need 1-3 treatments. Results may vary; a consultation will tell you what to expect.",
            "Most of our patients feel better in a few weeks. Results may vary.",
            "Mohs in one sentence: your surgeon removes skin cancer one thin layer at a time and checks 100% of the edge under the microscope.",
            "The American College of Mohs Surgery describes cure rates of up to 99% for many skin cancers. Every case is different.",
            "The best sunscreen is the one you'll actually wear!",
            "We can't guarantee results, but we'll give you an honest plan.",
            "Guaranteed: you'll get a warm welcome from our front desk team!",
            "We offer same-day appointments.",
            "Most adults will have low back pain at some point, and most episodes improve within a few weeks.",
            "Painless cracking is usually harmless and very common.",
            "The best time to check your skin is in January, after the holidays.",
            "Dolores runs the whole office and makes the best biscochitos in San Aurelio.",
            "Zero chance of rain for Saturday's 5K, see you there!",
        ] {
            assert!(!b6(t), "{t}");
        }
    }

    #[test]
    fn guarantees_in_other_scripts_and_recovery_rates() {
        for t in [
            "बेलकैंटो की नई थेरेपी से आपकी आवाज़ 100% वापस आएगी — पूरी गारंटी के साथ!",
            "Мы гарантируем результат после первого курса!",
            "Αποτελέσματα με εγγύηση!",
            "치료 효과를 100% 보장합니다",
            "保证有效，一次见效！",
            "Our teen program has a 100% recovery rate for those who complete it.",
        ] {
            assert!(b6(t), "{t}");
        }
        // near misses: insurance coverage in Korean, a recovery rate told as a fact with its source
        for t in [
            "보험 보장 범위는 보험사에 문의하세요.",
            "Recovery rates for eating disorders improve with early treatment, studies show.",
        ] {
            assert!(!b6(t), "{t}");
        }
    }
}
