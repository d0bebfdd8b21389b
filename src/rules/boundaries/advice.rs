//! B1: individual medical advice or a diagnosis given in public.
//!
//! Fires anywhere on unmistakable advice ("sounds like you have strep", "double your dose
//! tonight", "you should stop the amoxicillin"). When the draft answers someone (a reply,
//! comment or DM, or a post opening with an @handle) it also fires on a diagnosis ("that's
//! patellar tendinopathy"), an instruction with a clinical term or a dosage ("switch to
//! triamcinolone 0.1% cream twice a day"), and reassurance about a clinical question ("usually
//! fine, keep an eye on it"). General education, redirects ("ask your doctor whether...",
//! "call 911 in an emergency") stay quiet.

use super::cues::{self, Gate, Lazy};
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct Advice;

const MESSAGE: &str = "This gives individual medical advice or a diagnosis in public, without an exam or a chart: the AMA Code of Medical Ethics (2.3.2) and FSMB's guidance (2019) ask clinicians not to treat people through public posts. Move it to a call or a visit instead.";

/// Keywords of advice given to "you" (posts need one; answers look further).
pub(super) static SECOND_PERSON: Gate = Gate::new(&[
    "sounds like",
    "sounds exactly like",
    "he should",
    "she should",
    "they should",
    "you probably",
    "you likely",
    "you definitely",
    "you most likely",
    "you almost certainly",
    "your dos",
    "your med",
    "your pill",
    "your insulin",
    "your prescription",
    "your antibiotic",
    "your steroid",
    "ur dos",
    "ur med",
    "ur pill",
    "you should",
    "you need to",
    "you have to",
    "you must",
    "you gotta",
    "you'll want to",
    "increase your",
    "decrease your",
    "double your",
    "halve your",
    "stop your",
    "skip your",
    "lower your",
    "raise your",
    "up your",
    "cut your",
    "change your",
    " ur ",
    "give him",
    "give her",
    "give them",
    "is low for",
    "is high for",
    "is normal for",
]);

/// Every reassurance below holds one of these.
pub(super) static REASSURE_GATE: Gate = Gate::new(&[
    "fine",
    "normal",
    "harmless",
    "benign",
    "nothing",
    "worry",
    "keep an eye",
    "you'll be",
    "youll be",
    "clear up",
    "go away",
    "heal up",
    "no need",
    "on its own",
    "on their own",
    "give it",
    "safe to",
    "okay to",
    "ok to",
    "fine to",
    "you can",
    "alternate",
    "help",
    "do the trick",
    "knock it out",
    "clear it up",
]);

/// STRONG, SHOULD, INSTRUCTION, REASSURE, DIAGNOSIS as one set.
static SET: std::sync::OnceLock<regex::RegexSet> = std::sync::OnceLock::new();

static STRONG: Lazy = Lazy::new(
    r"\bsounds like (?:you(?:'ve| have| got)|you've got|you (?:may|might|could) (?:be having|have)|you're having)\b|\byou (?:probably|likely|definitely|most likely|almost certainly) (?:have|got)\b|\b\d+(?:\.\d+)?\s+is\s+(?:a\s+bit\s+|pretty\s+|really\s+|too\s+)?(?:low|high|normal)\s+for\s+(?:a\s+)?(?:day\s+\d+|your|you|a\s+\w+\s+(?:draw|test|level))\b|\bgive\s+(?:him|her|them)\s+\d+(?:\.\d+)?\s*(?:mg|ml|mcg|units?|tabs?|tablets?|pills?|drops?)\b|\bsounds like you (?:probably |likely |definitely )?need (?:a|an|some|stitches|antibiotics|an? x-?ray|a couple)\b|\byou (?:probably|likely|definitely|most likely|almost certainly) need (?:a|an|some|stitches|antibiotics|an? x-?ray|a couple)\b|\b(?:stop|double|halve|increase|decrease|skip|up|lower|raise|cut) (?:your|ur) (?:dose|dosage|doses|meds|medication|medicine|pills|insulin|prescription|antibiotics?|steroids?)\b|\b(?:you|he|she|they) can (?:go up to|go down to|increase|double|take up to|bump (?:up )?to|drop to|skip)\s+\d|\b(?:bump|up|raise|lower|drop|increase|decrease|push|cut)\s+(?:your|ur|his|her)\s+[a-z-]+\s+(?:(?:up|down|back)\s+)?to\s+\d+(?:\.\d+)?\s?(?:mg|mcg|ml|units?|iu)\b|\b(?:cut|cutting|split|splitting)\s+(?:his|her|their)\s+(?:dose|dosage|pills?|tablets?|meds)\s+in\s+half\b",
);

static SHOULD: Lazy = Lazy::new(
    r"\b(?:you|he|she|they) (?:should|need to|needs to|have to|has to|must|gotta|'ll want to) (?:just )?(?:stop|start|take|hold|restart|resume|switch|quit|double|increase|decrease|try|use|apply|go off|get off|come off|keep taking|keep using|taper|wean|cut|lower|raise|get on|go on|add a|add an|add some|eat a|eat an|eat some|give (?:him|her|them|(?:your|ur) (?:son|daughter|kid|child|baby|little one)) (?:some |a |an )?(?:children's |kids' |infant |baby )?(?:ibuprofen|tylenol|motrin|advil|acetaminophen|benadryl|zyrtec|claritin|antibiotics?|medicine|meds|amoxicillin|miralax|melatonin|aspirin|orajel)|get (?:a|an) (?:cbc|blood\s+test|blood\s+draw|x-?ray|mri|ct\s+scan|ultrasound|strep\s+test|biopsy|ekg|echo))\b|\byou (?:need|gotta get|have to get|must get) (?:a|an) (?:diagnostic\s+|urgent\s+)?(?:mammo|mammogram|ultrasound|biopsy|x-?ray|mri|ct\s+scan|ekg|blood\s+test|strep\s+test|colonoscopy)\b[^.!?\n]{0,30}\b(?:asap|right away|today|tonight|this week|immediately|urgently)\b|\b(?:debe|debes|debería|deberia|deberías|deberias|tiene que|tienes que) (?:tomar|usar|aplicar|dejar|descansar|beber|suspender|parar|evitar|ponerse|ponerte|empezar|seguir|aumentar|bajar|subir|reducir|dividir|partir|cambiar|duplicar|espaciar|saltar|saltarse)\b|\b(?:nên|phải) (?:ngưng|ngừng|uống|dùng|bỏ|tăng|giảm|thử|đổi)\b|\b(?:não|nao) (?:tome|tomar|use|usar)\b|\b(?:pode|podes) tomar\b|\bque\s+(?:se\s+)?(?:tome|use|aplique)\b|\b(?:deve|precisa) (?:tomar|parar de|usar|suspender|evitar)\b|\b(?:il|elle|vous|tu|on) (?:devrait|devriez|devrais|doit|dois|devez|peut|pouvez|peux) (?:prendre|arrêter|arreter|cesser|commencer|doubler|augmenter|diminuer|sauter|alterner|essayer|mettre|appliquer|boire)\b|\b(?:prenez|donnez-lui|donnez-leur|arrêtez|arretez|alternez|doublez|appliquez)\b",
);

static INSTRUCTION: Lazy = Lazy::new(
    r"(?:^|[,;:]\s*|\s-\s+|\b(?:and|then|plus|y)\s+)(?:@[\w.]+\s+)*(?:(?:and|then|so|but|ok|okay|yes|yeah|yep|honestly|also|please|go ahead and|you can|in the meantime|meanwhile|for now)\s+)?(?:(?:you should|you need to|you'll want to|you want to|you could|you might|maybe|i'd|id|i would|just|try to|make sure to|make sure you|we'll|we will|let's|lets)\s+)?(?:just\s+)?(?:take|stop|start|switch|split|use|apply|try|keep using|keep taking|keep applying|keep doing|keep doin|put|ice|heat|double|increase|decrease|cut back|cut out|cut down on|taper|wean|drop to|drop down to|go down to|come down to|cut down to|bump|bump up|grab|buy|pick up|get some|skip|avoid|do|rub|soak|pop|ditch|quit|wrap|elevate|massage|stretch|lie|drink|push fluids|push liquids|rinse|gargle|clip|give (?:him|her|them) (?:a|an|the|some)|recheck|cover (?:it|them|the \w+) with|stay (?:upright|hydrated|off (?:it|of it|your \w+)|in bed|home)|have (?:him|her|them) (?:take|stop|start|switch|move|use|try|skip|cut|drop|ice|double)|tome|tomen|tómese|tomese|póngase|pongase|póngale|pongale|ponga|compre|aplique|use|deje de|dele|déle|denle)\b|\b(?:you should|you need to|you'll want to|i'd|i would|we'll|we will|let's)\s+(?:just\s+)?(?:take|stop|start|switch|use|apply|try|keep using|put you on|double|increase|decrease|skip|avoid|ditch|quit)\b|\b(?:increase|decrease|double|halve|stop|skip|lower|raise|up|cut|change) (?:your|ur) \w+|\byou can (?:safely )?(?:take|mix|combine|stop|skip|double up|use)\b[^.!?\n]{0,30}\b(?:together|with|and|instead)\b|\byou can (?:safely )?(?:take|use|have|do) (?:another|one more|a second|a 2nd|an extra)\b|\b(?:don'?t|do not|never) (?:go|get) (?:over|above|past|more than) \d|\balternate\b[^.!?\n]{0,40}\band\b|\b(?:will|should) (?:help|do the trick|knock it out|clear it up)\b|\b(?:ask|talk to|see) (?:your|ur) [\w-]+ about (?:starting|trying|switching to|getting on|going on|adding)\b|\byou'?ll (?:want|need) (?:an?|the|to get an?)\s|\byou'?ll (?:want|need) (?:[a-su-z]|t[a-np-z]|[0-9])|\b(?:you're|youre|you are) (?:fine|ok|okay|good|safe) to (?:skip|stop|take|use|go off|drop|double|wait on)\b",
);

static DIAGNOSIS: Lazy = Lazy::new(
    r"\b(?:(?:sounds|looks|seems)\s+(?:exactly\s+|just\s+|a\s+lot\s+|totally\s+|more\s+)?like|that's|thats|that is|it's|its|it is|this is|you have|you've got|classic case of|definitely|probably|seguramente es|parece|suena a|suena como|describe suena)\s",
);

static REASSURE: Lazy = Lazy::new(
    r"\b(?:usually|probably|likely|totally|perfectly|completely|most likely|almost always) (?:fine|normal|harmless|benign|nothing)\b|\bnothing to worry about\b|\bkeep an eye on it\b|\byou'?ll be (?:fine|ok|okay|good)\b|\bshould (?:be fine|clear up|go away|heal up)\b|\bdon'?t worry about it\b|\bno need to (?:worry|see anyone|see a doctor|come in)\b|\bshould (?:heal|clear|resolve|go away|settle|calm down|get better)(?: up)? on (?:its|their) own\b|\bgive it (?:a|\d+|a few|a couple(?: of)?) (?:days?|weeks?)\b|\b(?:it's|its|it is) (?:safe|okay|ok|fine) to (?:take|use|mix|stop|skip|double|combine)\b",
);

/// A dose amount and a schedule in one clause: a regimen ("amoxicillin 500mg 3x a day for 7
/// days", "500mg ngày 3 lần trong 7 ngày", "400 mg cada 8 horas"), told in any of the languages
/// a practice's community writes in.
static REGIMEN_DOSE: Lazy = Lazy::new(r"\b\d+(?:\.\d+)?\s?(?:mg|mcg|ml|iu|units?|cc)\b");
static REGIMEN_SCHEDULE: Lazy = Lazy::new(
    r"\b(?:once|twice|three times|four times|\d+ times|\d+x|\d+ veces|dos veces|tres veces|\d+ fois|\d+ fwa) (?:a|an|per|each|al|par|pa) (?:day|night|día|dia|jour|jou)\b|\bevery \d+(?:-\d+)? (?:hours?|hrs?)\b|\b(?:for|por|pendant) \d+(?:-\d+)? (?:days|weeks|días|dias|semanas|jours)\b|\bcada \d+ horas\b|\bevery (?:\d+|two|three|four|other) (?:days|weeks)\b|\b(?:bid|tid|qid)\b|\b\d+ lần\b|\btrong \d+ ngày\b|\bmỗi \d+ (?:tiếng|giờ)",
);

/// Taking a medicine named before ("Start it 2 days before you fly", "keep taking them 4 weeks
/// after"): an instruction about a drug when the parent asked a clinical question.
static MED_TAKING: Lazy = Lazy::new(
    r"\b(?:start|keep taking|stop taking|finish|continue)\s+(?:it|them)\s+(?:\d|a\s+day|the\s+day|before|after|when|until|for|every|each|once|twice|daily|tonight|tomorrow|at\s)|\btake\s+(?:it|them|one|two)\s+(?:\d|with|before|after|every|each|once|twice|daily|at\s|in\s+the)|\b(?:try|trying)\s+(?:taking|using|applying)\s+(?:it|them|one)\s+(?:\d|with|before|after|every|at\s|in\s+the|once|twice)|\b(?:don'?t|do\s+not|never)\s+(?:stop|quit)\s+(?:it|them|taking\s+(?:it|them))\s+(?:suddenly|abruptly|cold\s+turkey|all\s+at\s+once)",
);

/// Someone kept on a treatment ("make sure she's taking a stool softener like senna"): an
/// instruction when a clinical term is in the clause.
static KEEPS_ON: Lazy = Lazy::new(
    r"\bmake\s+sure\s+(?:you're|youre|you\s+are|she's|shes|she\s+is|he's|hes|he\s+is|they're|theyre|they\s+are)\s+(?:taking|using|on)\b",
);

static DISCLAIMS: Lazy = Lazy::new(
    r"\bcan(?:'t|not| not) (?:advise|evaluate|diagnose|give medical advice|offer medical advice|give advice)\b",
);

const HEDGES: &[&str] = &[
    "a",
    "an",
    "the",
    "probably",
    "likely",
    "definitely",
    "just",
    "only",
    "classic",
    "mild",
    "some",
    "most",
    "almost",
    "certainly",
    "like",
    "typical",
    "common",
    "kind",
    "sort",
    "of",
    "bit",
    "early",
    "textbook",
    "mostly",
    "it",
    "could",
    "might",
    "may",
    "be",
    "maybe",
];

/// After a diagnosis cue ending at `from`: is the next content word (skipping hedges and at
/// most one other word) a clinical term?
fn clinical_follows(ctx: &Ctx, from: usize, clause_end: usize, clin: &[(usize, usize)]) -> bool {
    let mut other = 0;
    let first = ctx.words.partition_point(|w| w.start < from);
    for w in ctx.words[first..]
        .iter()
        .take_while(|w| w.end <= clause_end)
    {
        if clin.iter().any(|&(s, e)| s <= w.start && w.end <= e) {
            return true;
        }
        let lw = ctx.word_lower(w);
        if HEDGES.contains(&lw) {
            continue;
        }
        other += 1;
        if other > 1 {
            return false;
        }
    }
    false
}

/// "that's", "it's", "this is": words that name what something is.
fn naming(m: &str) -> bool {
    ["that", "this", "it"].iter().any(|w| m.starts_with(w))
}

/// "That's cupping!": what follows "that's" is a treatment or a test, which names a technique
/// (education), not a diagnosis of the person ("sounds like your elastics are too heavy" stays
/// advice).
fn names_a_treatment(ctx: &Ctx, from: usize, clause_end: usize) -> bool {
    ctx.analysis()
        .health
        .iter()
        .filter(|h| h.start >= from && h.start < clause_end)
        .min_by_key(|h| h.start)
        .is_some_and(|h| crate::detect::health::is_treatment(h.kind))
}

impl Rule for Advice {
    fn id(&self) -> &'static str {
        "individual-advice"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        if lower.trim().is_empty() {
            return;
        }
        let to_one = cues::addresses_individual(ctx);
        // Clauses worth a look: second person or "sounds like" anywhere; in an answer also
        // every clause with a clinical term, a dosage or reassurance.
        let mut candidates = SECOND_PERSON.clauses_in(ctx);
        let mut clin: Vec<(usize, usize)> = Vec::new();
        let mut dosages: Vec<(usize, usize)> = Vec::new();
        if to_one {
            clin = cues::clinical_spans(ctx);
            dosages = cues::dosage_spans(lower);
            let mut positions: Vec<usize> = clin
                .iter()
                .map(|&(s, _)| s)
                .chain(dosages.iter().map(|&(s, _)| s))
                .chain(REASSURE_GATE.clauses_in(ctx).into_iter().map(|(s, _)| s))
                .chain(MED_TAKING.spans(lower).into_iter().map(|(s, _)| s))
                .chain(candidates.iter().map(|&(s, _)| s))
                .collect();
            positions.sort_unstable();
            candidates.clear();
            for p in positions {
                if candidates.last().is_some_and(|&(_, e)| p < e) {
                    continue;
                }
                let c = cues::clause_around(lower, p);
                if c.0 < c.1 && candidates.last() != Some(&c) {
                    candidates.push(c);
                }
            }
        } else if candidates
            .iter()
            .any(|&(a, b)| SHOULD.is_match(&lower[a..b]))
        {
            clin = cues::clinical_spans(ctx);
            dosages = cues::dosage_spans(lower);
        }
        if candidates.is_empty() {
            return;
        }
        // Facts about the parent and the whole draft, computed only when reassurance needs them.
        let disclaims = std::cell::OnceCell::new();
        let disclaims = || *disclaims.get_or_init(|| DISCLAIMS.is_match(lower));
        let parent_clinical = std::cell::OnceCell::new();
        let parent_clinical = || {
            *parent_clinical
                .get_or_init(|| cues::parent_asks_clinical(ctx) || cues::parent_shares_health(ctx))
        };
        let set = SET.get_or_init(|| {
            cues::re_set(&[
                STRONG.pattern(),
                SHOULD.pattern(),
                INSTRUCTION.pattern(),
                REASSURE.pattern(),
                DIAGNOSIS.pattern(),
            ])
        });
        for (a, b) in candidates {
            let c = &lower[a..b];
            // a dose with its schedule told to one person: a prescription, in any language
            let regimen = to_one
                && cues::has_clinical_in(&dosages, a, b)
                && REGIMEN_DOSE.is_match(c)
                && REGIMEN_SCHEDULE.is_match(c);
            let m = set.matches(c);
            let keeps_on = to_one && c.contains("make sure") && KEEPS_ON.is_match(c);
            if !m.matched_any() && !regimen && !keeps_on {
                continue;
            }
            let has_clin = cues::has_clinical_in(&clin, a, b);
            let dosage = cues::has_clinical_in(&dosages, a, b);
            let mut fire = regimen || m.matched(0) || (m.matched(1) && (has_clin || dosage));
            if !fire && to_one {
                // "you should take it with a full meal" answering "took my doxypep ... is that
                // normal??": the parent's question makes the instruction clinical
                let told_to = [
                    "you should",
                    "you need to",
                    "you'll want to",
                    "make sure you",
                ]
                .iter()
                .any(|w| c.contains(w));
                let instruct = m.matched(2)
                    && (has_clin
                        || dosage
                        || ((told_to || MED_TAKING.is_match(c)) && parent_clinical()));
                let diagnose = has_clin
                    && m.matched(4)
                    && DIAGNOSIS
                        .get()
                        .find_iter(c)
                        // "if you have severe pain, call 911": a condition, not a diagnosis
                        .filter(|m| {
                            let prev = c[..m.start()].trim_end();
                            let prev = prev.rsplit(|ch: char| !ch.is_alphanumeric()).next();
                            !matches!(
                                prev,
                                Some("if" | "when" | "whenever" | "whether" | "unless")
                            )
                        })
                        .any(|m| {
                            clinical_follows(ctx, a + m.end(), b, &clin)
                                && !(naming(m.as_str()) && names_a_treatment(ctx, a + m.end(), b))
                        });
                let reassure = m.matched(3) && !disclaims() && (has_clin || parent_clinical());
                fire = instruct || diagnose || reassure || (keeps_on && (has_clin || dosage));
            }
            if fire {
                out.push(
                    Hit::new("B1", self.id(), Severity::Medium, (a, b), MESSAGE)
                        .suggest(crate::rules::safe_reply::advice_redirect(ctx)),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Kind, Policy};

    fn b1(d: &Draft) -> bool {
        let e = Engine::new(Policy::default());
        e.check(d).findings.iter().any(|f| f.code == "B1")
    }

    fn reply(text: &str, parent: &str) -> Draft {
        Draft::reply(text, "@someone", parent)
    }

    #[test]
    fn a_medicine_to_give_a_child() {
        let parent = "my 4yo's front tooth turned GRAY after she fell. is that bad???";
        assert!(b1(&reply(
            "aw mama, you should give her children's ibuprofen and get it looked at",
            parent
        )));
        // near miss: a thing to give that is no medicine
        assert!(!b1(&reply(
            "aw mama, you should give her a big hug from all of us! Call us at 555-0100.",
            parent
        )));
    }

    #[test]
    fn an_instruction_after_a_dash() {
        let parent =
            "my daughter's CGM says 280 after dinner every night, she's on Humalog. ideas?";
        assert!(b1(&reply(
            "Rachel, she probably needs a stronger carb ratio — try 1:10 instead of 1:15 and pre-bolus 15 min before dinner.",
            parent
        )));
        // near miss: a dash before an invitation
        assert!(!b1(&reply(
            "Rachel, so sorry to hear it — call us at 555-0100 and we'll get her in this week.",
            parent
        )));
    }

    #[test]
    fn spanish_dose_split_for_someone() {
        assert!(b1(&reply(
            "Marisela, debería dividir la dosis de metotrexato en dos tomas con 12 horas de diferencia.",
            "empecé metotrexato y me dan náuseas el día después"
        )));
        // near miss: general words about a dose, no one told what to do
        assert!(!b1(&reply(
            "Las náuseas con metotrexato son comunes; hable con su reumatólogo sobre la dosis.",
            "empecé metotrexato y me dan náuseas el día después"
        )));
    }

    #[test]
    fn a_taper_and_an_urgent_test_told_to_one_person() {
        assert!(b1(&reply(
            "don't do it all at once, drop 2mg every 2 weeks",
            "been on suboxone a year, want to taper faster"
        )));
        assert!(b1(&reply(
            "you need a diagnostic ultrasound asap, call your doctor",
            "found a lump under my arm last week"
        )));
        // near misses: a screening schedule for everyone, a visit cadence
        assert!(!b1(&reply(
            "Women 40 and over need a mammogram every 2 years; we come to town every March.",
            "how often should I get screened?"
        )));
    }

    #[test]
    fn a_dose_wanted_and_a_test_fine_to_skip() {
        assert!(b1(&reply(
            "10 is way too low for the 11s, you'll want 20-25 units to actually stop the movement.",
            "how many units of botox should I get for my 11s? thinking 10"
        )));
        assert!(b1(&reply(
            "for a healthcare worker 8mm isn't positive by itself, so you're fine to skip the chest xray",
            "my PPD was 8mm. do I need the chest xray or nah?"
        )));
        // near misses: what to bring, where to go
        assert!(!b1(&reply(
            "You'll want 2 forms of ID and your insurance card at check-in.",
            "what do I bring to my first visit?"
        )));
        assert!(!b1(&reply(
            "You're fine to skip the lobby and come straight up to suite 4.",
            "where do I go for my appointment?"
        )));
    }

    #[test]
    fn feeding_told_to_a_parent_who_named_a_condition() {
        // the parent's condition is in the health lexicon, not in the rules' short clinical list
        let parent =
            "My 2 week old has a cleft palate and keeps choking on her bottle. What do I do??";
        assert!(b1(&reply(
            "Sounds like the flow is too fast for her, you should switch to a squeeze-style feeder.",
            parent
        )));
        // near misses: the same parent sent to the team; a bottle for a parent who named nothing
        assert!(!b1(&reply(
            "We're so sorry, that sounds scary. Please call our feeding nurse at the number on our page today.",
            parent
        )));
        assert!(!b1(&reply(
            "You should switch to the new parking lot, the old one is closed.",
            "Where do I park for the baby class?"
        )));
    }

    #[test]
    fn a_cough_diagnosed_in_a_reply() {
        let parent = "my 4yo has had a cough for 2 weeks, worse at night. should i be worried??";
        assert!(b1(&reply(
            "honestly sounds like a post-viral cough, maybe a little reactive airway. give her honey before bed.",
            parent
        )));
        // near miss: a cough to be seen, no diagnosis and no remedy
        assert!(!b1(&reply(
            "We're sorry she's not feeling well! A cough that lasts 2 weeks should be checked, please call us to book a visit.",
            parent
        )));
    }

    #[test]
    fn spanish_remedy_for_a_relative_and_what_he_should_take() {
        // "dele" (give him) a remedy, "que tome" (have him take) a medicine: told for one person
        for t in [
            "Hola Gloria, dele ibuprofeno y que no fumigue esta semana.",
            "Si le sube la fiebre que tome paracetamol cada 8 horas.",
        ] {
            assert!(
                b1(&reply(
                    t,
                    "Mi esposo tiene tos desde hace 2 semanas, ¿qué le doy?"
                )),
                "{t}"
            );
        }
        // near miss: take the medicines as his own doctor said; no remedy named, nothing told
        assert!(!b1(&reply(
            "Es importante que tome sus medicinas como le indicó su médico. Llámenos al 555-0100.",
            "Mi esposo tiene tos desde hace 2 semanas, ¿qué le doy?"
        )));
    }

    #[test]
    fn french_dose_advice_for_a_relative() {
        let parent = "Mon père a les jambes enflées depuis hier et il est essoufflé, c'est grave?";
        for t in [
            "Bonjour Lucie, il devrait prendre une dose de plus de son Lasix ce soir.",
            "Donnez-lui du Tylenol et alternez avec l'Advil.",
        ] {
            assert!(b1(&reply(t, parent)), "{t}");
        }
        // near miss: call us or the emergency line, no dose told
        assert!(!b1(&reply(
            "Bonjour Lucie, appelez-nous au 555-0100 ou composez le 911 s'il a du mal à respirer.",
            parent
        )));
    }

    #[test]
    fn portuguese_medication_advice_and_a_pill_held() {
        assert!(b1(&reply(
            "Marlene, não tome ibuprofeno! Pode tomar paracetamol, no máximo 2g por dia.",
            "posso tomar ibuprofeno pra dor nas costas? tenho problema no rim"
        )));
        assert!(b1(&reply(
            "you should hold the blood pressure pill until you can keep fluids down, then restart it.",
            "should I keep taking my blood pressure pills while I'm this seasick?"
        )));
        // near miss: a general caution, no one's dose
        assert!(!b1(&reply(
            "Boa pergunta! Converse com seu médico sobre remédios para dor.",
            "posso tomar ibuprofeno?"
        )));
    }

    #[test]
    fn a_medicine_told_to_the_asker() {
        let parent = "thailand next week. do i need malaria pills??";
        for t in [
            "You'll want doxycycline for sure. grab DEET too!",
            "Start it 2 days before you fly and keep taking it 4 weeks after you get home.",
            "Honestly that sounds more like apraxia than autism.",
            "Try taking it at night with food, and don't stop it suddenly.",
        ] {
            assert!(
                b1(&reply(
                    t,
                    "my 2yo only says 5 words, is that autism?? also do i need malaria pills?"
                )),
                "{t}"
            );
        }
        // near misses: a pointer to a visit, taking it easy, a question that is not clinical
        for (t, p) in [
            (
                "You'll want to book a pre-trip consult 4-6 weeks out; call us!",
                parent,
            ),
            ("Take it easy and have a great trip!", parent),
            (
                "Try taking it one day at a time, we're rooting for you!",
                parent,
            ),
            (
                "Start it 2 days before you fly!",
                "when should I start packing for thailand?",
            ),
        ] {
            assert!(!b1(&reply(t, p)), "{t}");
        }
    }

    #[test]
    fn a_regimen_told_to_one_person() {
        for (t, parent) in [
            (
                "Amoxicillin 500mg 3x a day for 7 days 👍",
                "cough for 3 weeks, do I need antibiotics?",
            ),
            (
                "Em uống amoxicillin 500mg ngày 3 lần trong 7 ngày nha",
                "có cần uống kháng sinh không ạ?",
            ),
            (
                "Ibuprofeno 400 mg cada 8 horas, con comida",
                "¿qué le doy para el dolor?",
            ),
        ] {
            assert!(b1(&reply(t, parent)), "{t}");
        }
        // near misses: a dose without a schedule, a schedule of visits, a post for everyone
        for (t, parent) in [
            (
                "We carry the 500mg and 875mg tablets, call the pharmacy line for stock",
                "do you carry amoxicillin?",
            ),
            (
                "Our infusion chairs are open 3 times a day on weekdays",
                "when can I come?",
            ),
        ] {
            assert!(!b1(&reply(t, parent)), "{t}");
        }
        assert!(!b1(&Draft::post(
            "Children's ibuprofen: 100 mg per 5 ml. Dosing by weight is on the label; ask your pharmacist."
        )));
    }

    #[test]
    fn instructions_after_a_comma_a_handle_or_in_spanish() {
        for (t, parent) in [
            ("That sounds exactly like gout! Cut out red meat and beer, take ibuprofen 600mg three times a day.", "Big toe red and swollen. Gout??"),
            ("Please don't stop cold turkey! You should taper by 25mg a week.", "can I stop sertraline cold turkey?"),
            ("@mel_sings_vt take a Medrol dose pack ASAP & skip caffeine for a wk", "ears ringing since the concert"),
            ("Póngale vinagre dos veces al día y compre terbinafina en la farmacia.", "tengo hongo en la uña, ¿qué hago?"),
            ("Un poco de sangrado es normal. Usted debe descansar y dejar las vitaminas prenatales unos días.", "Tengo 9 semanas y estoy manchando, ¿es normal?"),
            ("Ay Rigo! Póngase hielo 20 minutos cada hora hoy y tome 2 ibuprofenos cada 6 horas.", "me lastimé la espalda cargando pacas de heno"),
            ("Hi Bev, you can split it into two doses, morning and early afternoon.", "is it ok to take my prednisone twice a day instead?"),
            ("That sounds like it could be a sensory-based feeding disorder. Try food chaining!", "My 3 year old only eats chicken nuggets and crackers. Should I be worried?"),
            // told for someone else: "have him switch his pills"
            ("That happens a lot with BP meds! Have him switch his pills to the morning instead of bedtime.", "My husband keeps falling at night, could it be his blood pressure pills?"),
            // a dose change to a number, and a Vietnamese regimen ("every 4 hours")
            ("Totally normal! You could also bump your estradiol up to 4mg, that helps a lot.", "I started estrogen 2 months ago and my chest hurts a lot, is that normal?"),
            ("Chị cho bé uống ibuprofen 200mg mỗi 4 tiếng và chườm đá bên má nha.", "con tôi đau răng quá, cả đêm không ngủ được, làm sao bây giờ?"),
            ("You should add a snack w/ carbs + protein every 3 hrs, dizziness like that is usually low blood sugar.", "I've been skipping lunch and getting dizzy at work, is that normal??"),
            ("that could be ITP or even leukemia, you should get a CBC drawn tomorrow morning at the latest", "my son bruises so easily lately and has nosebleeds, is that normal?"),
            ("Lupita, lo que describe suena a anorexia. Siéntese con ella en cada comida.", "mi hija de 14 casi no come y dice que está gorda, qué hago?"),
        ] {
            assert!(b1(&reply(t, parent)), "{t}");
        }
        // near misses: an appointment moved to a time, opening hours in Vietnamese
        assert!(!b1(&reply(
            "Sure! We can bump your appointment up to 4 if that helps.",
            "I started estrogen 2 months ago and my chest hurts a lot, is that normal?"
        )));
        assert!(!b1(&reply(
            "Phòng khám mở cửa mỗi ngày, chị gọi 555-0100 để đặt hẹn nha.",
            "con tôi đau răng quá, làm sao bây giờ?"
        )));
        assert!(!b1(&reply(
            "Great question! You should add a note to your portal message so our nurse sees it first thing.",
            "I've been skipping lunch and getting dizzy at work, is that normal??"
        )));
        assert!(!b1(&reply(
            "You should get a reminder text the day before, and you can reschedule from it.",
            "will I get a reminder before my appointment?"
        )));
        assert!(!b1(&reply(
            "¡Gracias! Suena a un buen plan, llámenos para una cita.",
            "mi hija de 14 casi no come, qué hago?"
        )));
        // near misses: general education and a redirect
        assert!(!b1(&reply(
            "Great question! Gout flares are common; please call us so a clinician can look at it.",
            "Big toe red and swollen. Gout??"
        )));
        assert!(!b1(&reply(
            "So sorry! Have him call us tomorrow so a nurse can go over his pills with him.",
            "My husband keeps falling at night, could it be his blood pressure pills?"
        )));
        assert!(!b1(&reply(
            "Gracias por preguntar. Por favor llame a la enfermera al (555) 730-4100 para que la evalúen hoy.",
            "Tengo 9 semanas y estoy manchando, ¿es normal?"
        )));
    }

    #[test]
    fn a_redirect_that_names_the_drug_to_start_is_advice() {
        let parent = "third panic attack this week, my heart is racing. how do i make it stop";
        assert!(b1(&reply(
            "you should ask your doctor about starting an SSRI like Zoloft, that's helped a lot of our teens",
            parent
        )));
        // near misses: a redirect that names no drug, education in a post
        assert!(!b1(&reply(
            "So sorry you're going through this. Please ask your doctor about your options, or call us.",
            parent
        )));
        assert!(!b1(&Draft::post(
            "Ask your doctor about starting a statin if your LDL is high."
        )));
    }

    #[test]
    fn keep_doing_an_exercise_at_a_dose() {
        assert!(b1(&reply(
            "numbness can take months to resolve. keep doin your nerve glides 3x a day and come see us!",
            "my carpal tunnel release was 3 months ago and my hand is still numb"
        )));
        // near miss: keep doing something that is not care
        assert!(!b1(&reply(
            "Aw thank you! Keep doing what you love and come say hi anytime!",
            "my carpal tunnel release was 3 months ago and my hand is still numb"
        )));
    }

    #[test]
    fn fluids_and_a_test_for_someone_described() {
        assert!(b1(&reply(
            "You should push fluids and ask her doctor for a urine culture",
            "my mom has burning when she pees and a fever, what do we do"
        )));
        // near miss: fluids and a test in general, for a post
        assert!(!b1(&Draft::post(
            "Summer tip: drink plenty of fluids! A urine culture is how a UTI is confirmed."
        )));
    }

    #[test]
    fn catalog_examples_fire() {
        assert!(b1(&Draft::post("You should stop the amoxicillin.")));
        assert!(b1(&reply(
            "Yes, he can go up to 20mg of the lisinopril tonight and recheck in the morning.",
            "dad's BP is 170 on 10mg lisinopril, can he take more?"
        )));
        assert!(b1(&reply(
            "Sounds like you have strep, honestly.",
            "my throat is killing me, what is it?"
        )));
        assert!(b1(&reply(
            "sounds like strep!",
            "sore throat and fever, ideas?"
        )));
        assert!(b1(&reply(
            "Oh no!! Sounds like you probably need a couple stitches. Keep pressure on it.",
            "cut my finger pretty deep, still bleeding after an hour. do i need stitches??"
        )));
        assert!(b1(&reply(
            "8 is low for a day 21 draw, you should ask your OB for progesterone and recheck in a week.",
            "my day 21 progesterone came back at 8, is that bad?"
        )));
        assert!(b1(&reply(
            "So sorry. Give him 0.5mg of the lorazepam from the comfort kit every 4 hrs and he should settle down.",
            "Dad is so restless tonight, what do we do?"
        )));
        // near miss: a range in general
        assert!(!b1(&Draft::post(
            "Fasting glucose under 100 is normal for most adults; ask us about a screening."
        )));
        // near miss: what anyone may need, in general
        assert!(!b1(&Draft::post(
            "Not sure if a cut needs stitches? Deep or gaping cuts usually do: walk in any time."
        )));
        assert!(b1(&Draft::post(
            "Double your dose tonight and you'll sleep fine."
        )));
        assert!(b1(&Draft::post(
            "Go ahead and increase your metformin to 1000 mg twice a day."
        )
        .with_kind(Kind::Dm)));
        // the same words as general education in a post stay quiet
        assert!(!b1(&Draft::post(
            "Increase your vitamin D intake in winter: 1000 IU a day is a common amount."
        )));
        assert!(b1(&reply(
            "you should stop the amoxicillin, that rash is a reaction",
            "got a rash on amoxicillin"
        )));
    }

    #[test]
    fn answers_with_instructions_dosages_or_diagnoses_fire() {
        assert!(b1(&reply(
            "Yes, it's safe to take ibuprofen with that. Give it a few days and it should clear up.",
            "can I take advil with my blood pressure meds?"
        )));
        assert!(b1(&reply(
            "A sprain like that should heal on its own. Alternate Tylenol and Advil for the pain.",
            "rolled my ankle, is it broken?"
        )));
        assert!(b1(&reply(
            "Sounds like contact dermatitis! Switch to triamcinolone 0.1% cream twice a day for 2 weeks.",
            "this rash on my arms won't quit. ideas?"
        )));
        assert!(b1(&reply(
            "That's patellar tendinopathy 99% of the time. Do decline squats 3x15 every day.",
            "knee hurts right below the kneecap after every game. what is it"
        )));
        assert!(b1(&reply(
            "dark and uneven is usually fine as long as it doesnt itch. id just keep an eye on it",
            "new mole on my back, kinda dark and uneven. worth worrying about?"
        )));
        assert!(b1(&Draft::reply(
            "You should stop the meloxicam and take 800 mg ibuprofen 3 times a day with food.",
            "Pat",
            "My doctor put me on meloxicam but it upsets my stomach"
        )
        .with_kind(Kind::Comment)));
        assert!(b1(&reply(
            "hang in there! keep using the vaseline we gave you",
            "my face is STILL peeling from the fluorouracil"
        )));
        // an instruction told to the asker, made clinical by the question it answers
        assert!(b1(&reply(
            "ugh that's a common one! you should take it with a full meal and stay upright for 30 min.",
            "took my doxypep this morning and now I have a gnarly stomach ache. is that normal??"
        )));
        assert!(b1(&reply(
            "Oh no! You should clip the end of the wire with clean nail clippers and cover it with wax until it heals.",
            "my son's wire is poking his cheek, what do I do??"
        )));
        assert!(b1(&reply(
            "Sounds like you may be having contractions. Lie on your left side.",
            "I'm 30 weeks and cramping tonight, should I be worried??"
        )));
        assert!(b1(&reply(
            "you should ask your provider, and in the meantime take an extra metformin with supper",
            "my sugars are running 300s even with my metformin, what do I do"
        )));
        assert!(b1(&reply(
            "If you're positive you'll want an RRSO by 35-40",
            "my mom is BRCA1+ should I just get my ovaries out now? I'm 33"
        )));
    }

    #[test]
    fn a_dose_or_a_recheck_for_someone() {
        assert!(b1(&reply(
            "Give him a correction now using his usual factor plus 10%, and recheck ketones in 2 hrs.",
            "My son's BG was 320 at bedtime with moderate ketones, do I give a correction or wait it out?"
        )));
        // near miss: a hug
        assert!(!b1(&reply(
            "Give him a big hug from all of us!",
            "My son's BG was 320 at bedtime, so scary"
        )));
    }

    #[test]
    fn a_dose_halved_or_a_medicine_kept_up_for_someone_described() {
        let parent = "My mom just started morphine and she is so sleepy all day, is that normal?";
        for t in [
            "Yes that's common at first. You can ask about cutting her dose in half at bedtime.",
            "Totally common! Make sure she's taking her metformin with dinner though.",
            "Splitting his pills in half works fine for a while.",
        ] {
            assert!(b1(&reply(t, parent)), "{t}");
        }
        // near misses: time, self-care, a list, a general post about pill splitting
        for t in [
            "That's common. Make sure she's taking her time getting up from the chair.",
            "So sorry, Sandy. Make sure you're taking care of yourself too ❤️",
            "Please call our nurse line, and make sure she's on the list for Tuesday's caregiver class.",
        ] {
            assert!(!b1(&reply(t, parent)), "{t}");
        }
        assert!(!b1(&Draft::post(
            "Cutting pills in half to save money? Talk to your pharmacist first: some can't be split."
        )));
    }

    #[test]
    fn told_to_get_on_a_drug_or_stop_one_in_vietnamese() {
        for (t, parent) in [
            (
                "Danny that sounds like hearing loss. Don't wait it out, you need to get on oral steroids within 72 hrs.",
                "my left ear is muffled and ringing after our gig, should I wait it out?",
            ),
            (
                "Chị nên ngưng metformin vài ngày rồi uống lại nửa liều sau bữa ăn tối nha",
                "Uống metformin bị đau bụng quá, có ai bị vậy không?",
            ),
        ] {
            assert!(b1(&reply(t, parent)), "{t}");
        }
        // near misses: getting on a list, "nên" with no medicine
        for (t, parent) in [
            (
                "You need to get on our waitlist for the hearing clinic, call us Monday!",
                "my left ear is muffled and ringing after our gig, should I wait it out?",
            ),
            (
                "Chị nên gọi phòng khám để đặt lịch hẹn nha",
                "Uống metformin bị đau bụng quá, có ai bị vậy không?",
            ),
        ] {
            assert!(!b1(&reply(t, parent)), "{t}");
        }
    }

    #[test]
    fn one_more_dose_and_a_ceiling() {
        let parent =
            "took my suboxone 8 hrs ago and still feel withdrawal, can i take another strip??";
        for t in [
            "yes you can take another 4mg strip, just don't go over 24mg total today",
            "You can take one more tablet tonight.",
            "ok but don't go over 16mg a day",
        ] {
            assert!(b1(&reply(t, parent)), "{t}");
        }
        // near misses: a general post, something that is no medicine
        assert!(!b1(&Draft::post(
            "Missed a dose? You can take another one as soon as you remember, unless it's almost time for the next."
        )));
        assert!(!b1(&reply(
            "yes you can have another cup of coffee before your appointment, just not within an hour",
            "can I drink coffee before my blood draw?"
        )));
    }

    #[test]
    fn told_to_without_a_clinical_question_stays_quiet() {
        for (t, parent) in [
            (
                "You should stay tuned for our flu clinic dates!",
                "When is the flu clinic? I'd like to get my shot",
            ),
            (
                "You should call us Monday so we can find a time that works.",
                "my knee hurts when I run, should I be worried?",
            ),
            (
                "You should try the new coffee place next door, it's great!",
                "Where can I get coffee near you?",
            ),
            (
                "Hi Tamsin! Most plans, including the big commercial plans, cover allergy immunotherapy, but coverage varies.",
                "Are allergy shots covered by insurance? Thinking about it for my daughter.",
            ),
        ] {
            assert!(!b1(&reply(t, parent)), "{t}");
        }
    }

    #[test]
    fn near_misses_stay_quiet() {
        for d in [
            reply(
                "So sorry! Our front desk will help you find a time, and you can use the patient portal and message your doctor there.",
                "my rash is back, what should I do?",
            ),
            Draft::post("We offer same-day appointments."),
            Draft::post("Ask your doctor whether the shingles vaccine is right for you."),
            Draft::post("Call 911 in an emergency."),
            Draft::post(
                "Use a broad-spectrum SPF 30+ sunscreen, reapply every 2 hours, and check your skin monthly.",
            ),
            Draft::post(
                "Ice or heat? Ice for fresh injuries in the first 48-72 hours, heat for stiff muscles.",
            ),
            reply(
                "Ouch, sorry you're hurting! We can't advise on individual cases online. Widespread blistering can need medical care, so call us at (555) 318-2200 or visit urgent care. Fever, chills or confusion? Call 911.",
                "got torched hiking yesterday, blisters all over my back. what do I do??",
            ),
            reply(
                "Hi Tara, we can't evaluate anyone's skin online, but a mole that itches, bleeds or changes is always worth a look. Please call (555) 318-2200 to schedule a skin check.",
                "Is it normal for a mole to itch?",
            ),
            reply(
                "That's cupping! A swimmer made it famous at the 2016 Olympics. Suction lifts the skin and the marks fade in a few days.",
                "what are those purple circles on swimmers' backs??",
            ),
            reply(
                "We aren't able to give medical advice through messages. Please call us at (555) 740-2200. If you have severe pain, fever or trouble breathing, call 911 or go to the nearest emergency department.",
                "I had surgery with you in June and I'm having some pain near one incision. Is that normal?",
            ),
            reply(
                "After hours, call (555) 462-7800 and press 3. If it's an emergency, call 911 or go to the nearest ED.",
                "Is anyone around on weekends if my knee swells up after surgery?",
            ),
            reply(
                "We don't endorse brands, but look for 'broad spectrum', SPF 30+ and water resistant. Mineral formulas are great for sensitive skin.",
                "what sunscreen brand do you recommend??",
            ),
            reply(
                "Great question! SPF 30 filters about 97% of UVB rays and SPF 50 about 98%. How much you apply matters more. (General info, not medical advice.)",
                "is SPF 50 actually better than SPF 30?",
            ),
        ] {
            assert!(!b1(&d), "{}", d.text);
        }
    }

    #[test]
    fn suggestion_is_the_redirect_with_the_emergency_line() {
        let e = Engine::new(Policy::default());
        let r = e.check(&Draft::post("You should stop the amoxicillin."));
        let f = r.findings.iter().find(|f| f.code == "B1").unwrap();
        let s = f.suggestion.as_deref().unwrap();
        assert!(s.contains("call 911"), "{s}");
        assert!(f.message.contains("AMA"));
        assert_eq!(r.verdict.as_str(), "warn");
    }
}
