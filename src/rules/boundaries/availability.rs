//! B3: promises to monitor the page or to answer fast ("message us anytime, we answer 24/7",
//! "we'll reply right away"). A page that is not watched around the clock must not invite
//! urgent problems. Phone lines and answering services that really are staffed, and notices
//! that say the page is *not* monitored, stay quiet.

use super::cues::{Gate, Lazy};
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct Availability;

const MESSAGE: &str = "This promises round-the-clock monitoring or a fast answer on social media, which the practice cannot guarantee: someone with an urgent problem may wait on a message. FSMB's guidance (2019) and the AMA Code of Medical Ethics (2.3.2) ask practices to say plainly that the page is not monitored and to route medical questions to the phone and emergencies to 911.";

/// Every time promise holds one of these.
pub(super) static GATE: Gate = Gate::new(&[
    "24",
    "around the clock",
    "round the clock",
    "day or night",
    "day and night",
    "right away",
    "right back",
    "immediately",
    "instantly",
    "asap",
    "within",
    "in minutes",
    "in seconds",
    "always",
    "whenever",
    "all hours",
    "any time",
    "anytime",
    "any day",
    "after hours",
    "every day",
    "nights and weekends",
    "en minutos",
    "al instante",
    "de inmediato",
    "siempre",
    // Portuguese: "a qualquer hora", "respondemos na hora"
    "qualquer hora",
    "na hora",
    // French: "jour et nuit", "en moins de 5 minutes", "24h/24"
    "jour et nuit",
    "nuit et jour",
    "en moins de",
    "24h",
]);

/// A promise of time: always or fast.
static SPEED: Lazy = Lazy::new(
    r"\b(?:24/7|24-7|24 ?hours? a day|24x7|around the clock|round the clock|day or night|day and night|right away|right back|immediately|instantly|asap|within (?:minutes|seconds|the hour|an hour|the next hour|\d+ (?:minutes?|mins?|hours?))|in (?:minutes|seconds)|en minutos|en segundos|al instante|de inmediato|siempre (?:les |te |le )?(?:contesta|contestamos|responde|respondemos)|a qualquer hora|respondemos na hora|jour et nuit|nuit et jour|24h/24|24 ?h sur 24|en moins (?:de|d') ?(?:\d+ |une |quelques )?(?:minutes?|secondes?|heures?)|always (?:here|online|available|on|open)|whenever you need|at all hours|all hours|any day of the week|every day of the week|nights and weekends|after hours)(?:\W|$)",
);

/// "Anytime": a promise only when the draft gives no realistic answer time or urgent route.
static ANYTIME: Lazy = Lazy::new(r"\b(?:any ?time|whenever)\b");

/// A realistic answer time, or urgent issues routed elsewhere.
static REALISTIC: Lazy = Lazy::new(
    r"\bbusiness days?\b|\bwithin \d+ (?:business |working )?days\b|\bduring (?:office|business|clinic) hours\b|\bnext business day\b|\bfor (?:anything )?urgent\b[^.!?\n]{0,40}\b(?:call|911)\b|\bnot monitored\b|\bisn't monitored\b",
);

/// The social media channel or a promise to answer on it.
static CHANNEL: Lazy = Lazy::new(
    r"\b(?:message|messages|messaging|dm|dms|inbox|messenger|comment|comments|chat|tweet|tag|page|monitored|monitor|watching|watch)\b|\b(?:reply|replies|respond|answer)\s+(?:with)?in\b|\b(?:we(?:'ll| will)?|we're|someone(?:'ll| will)?) (?:always )?(?:answer|reply|respond|get back|get right back|write back|be here|be online|check)|\btext\s+(?:us|our|me)\b|\b(?:will|'ll) (?:personally |always )?(?:answer|reply|respond|get back|write back)\b|\b(?:i'm|i am|we're|we are) (?:happy|glad|here) to help\b|\bmy dms\b|\b(?:escribirnos|escríbanos|escribanos|mensaje|mensajes|por aquí|por aqui|contesta|contestamos|responde|respondemos|mensagem|mensagens|respondemos|écrivez-nous|ecrivez-nous|écrivez|ecrivez|répond|repond|répondons|repondons|répondre|repondre)\b",
);

/// Notices that the page is not watched, or clauses about the phone line.
static EXCUSE: Lazy = Lazy::new(
    r"\b(?:not|isn't|aren't|isnt|arent|never|no longer|can't|cannot)\b[^.!?\n]{0,30}\b(?:monitor|monitored|watch|watched|answer|answered|respond|check|checked|read|staffed|assess|evaluate|diagnose)|\b(?:phones?|call|calls|answering service|on-call|line|voicemail|911|emergency|er)\b",
);

/// Calling waved off ("no need to call the office"): the opposite of routing calls.
static NO_CALL: Lazy = Lazy::new(
    r"\b(?:no need to|don't need to|dont need to|don't have to|no more|instead of|skip the|without)\s+(?:call|calls|calling|phone|phoning|phone\s+calls?)\b",
);

/// Whether a part of a clause excuses the page (the phone line, "not monitored"), calling
/// waved off left out.
fn excused(part: &str) -> bool {
    if !EXCUSE.is_match(part) {
        return false;
    }
    let waved = NO_CALL.spans(part);
    if waved.is_empty() {
        return true;
    }
    let mut kept = String::with_capacity(part.len());
    let mut last = 0;
    for (s, e) in waved {
        kept.push_str(&part[last..s]);
        last = e;
    }
    kept.push_str(&part[last..]);
    EXCUSE.is_match(&kept)
}

impl Rule for Availability {
    fn id(&self) -> &'static str {
        "always-available"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        let candidates = GATE.clauses_in(ctx);
        if candidates.is_empty() {
            return;
        }
        // (the whole draft searched only when a part promises "anytime" without a speed)
        let realistic = std::cell::OnceCell::new();
        let promise = |part: &str| {
            SPEED.is_match(part)
                || (ANYTIME.is_match(part) && !*realistic.get_or_init(|| REALISTIC.is_match(lower)))
        };
        for (a, b) in candidates {
            let c = &lower[a..b];
            if !promise(c) || !CHANNEL.is_match(c) {
                continue;
            }
            // Judge each comma part that holds the time promise: "Message us anytime, we answer
            // 24/7" fires; "our phones are answered 24/7, after hours call..." does not.
            // A short lead-in ("After hours, call ... the answering service will page the
            // on-call doctor") routes calls; it promises nothing by itself.
            let parts: Vec<&str> = c.split(',').collect();
            let promised = parts.iter().enumerate().any(|(k, part)| {
                let lead_in = k == 0 && parts.len() > 1 && part.split_whitespace().count() <= 2;
                !lead_in && promise(part) && !excused(part)
            });
            if !promised {
                continue;
            }
            out.push(
                Hit::new("B3", self.id(), Severity::Medium, (a, b), MESSAGE).suggest(format!(
                    "This page is not monitored around the clock. For medical questions, call us at {} during office hours. If this is an emergency, call 911 or go to the nearest emergency department.",
                    ctx.phone_or_placeholder()
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy};

    fn b3(text: &str) -> bool {
        Engine::new(Policy::default())
            .check(&Draft::post(text))
            .findings
            .iter()
            .any(|f| f.code == "B3")
    }

    #[test]
    fn portuguese_promises() {
        assert!(b3("Pacientes de diálise em casa: mandem mensagem aqui a qualquer hora, respondemos na hora!!"));
        // near miss: opening hours
        assert!(!b3(
            "A clínica abre às 8h; ligue na hora do almoço para marcar."
        ));
    }

    #[test]
    fn french_promises() {
        assert!(b3("Des questions? Écrivez-nous ici jour et nuit — une infirmière vous répond en moins de 5 minutes!"));
        assert!(b3("On répond à vos messages 24h/24."));
        // near misses: visits day and night at home, a drive time
        assert!(!b3(
            "Nos infirmières passent chez vous jour et nuit pendant votre séjour; pour une urgence, composez le 911."
        ));
        assert!(!b3("La clinique est à moins de 5 minutes du pont."));
    }

    #[test]
    fn spanish_promises() {
        assert!(b3("Padres: pueden escribirnos por aquí 24/7 y el enfermero siempre les contesta en minutos."));
        assert!(!b3(
            "Para emergencias llame al 911; esta página no se revisa de noche."
        ));
    }

    #[test]
    fn calling_waved_off_is_no_excuse() {
        assert!(b3(
            "Drop your questions in the comments 24/7 and a nurse will personally answer every one tonight, no need to call the office!"
        ));
        // near miss: the same promise routed to the phone
        assert!(!b3(
            "Drop your questions in the comments and we'll answer during office hours; for anything urgent call the office 24/7."
        ));
    }

    #[test]
    fn after_hours_routing_is_no_promise() {
        assert!(!b3(
            "After hours, call (555) 286-4700 and the answering service will page the on-call psychiatrist."
        ));
        // near miss: a promise after the same lead-in
        assert!(b3(
            "After hours, message our page and we'll reply within minutes!"
        ));
    }

    #[test]
    fn catalog_examples_fire() {
        assert!(b3("Message us anytime, we answer 24/7!"));
        assert!(b3(
            "Questions about fluids or meds? Just tweet at us! We watch this account around the clock and reply within 15 min."
        ));
        assert!(b3("We'll reply right away."));
        assert!(b3(
            "Text our audiology team anytime with hearing aid questions, someone will always get right back to you, even weekends!"
        ));
        // near miss: texting for a set purpose, with office hours
        assert!(!b3(
            "Text our team to confirm your appointment; we answer texts within 1 business day."
        ));
        assert!(b3(
            "DM us and Dr. Lee will personally reply within the hour, any day of the week."
        ));
        assert!(b3(
            "Text my cell with questions, I'm happy to help after hours!"
        ));
        assert!(b3(
            "Of course! DM us anytime, we'll get back to you within minutes"
        ));
        assert!(b3(
            "And anytime you have a question, just comment here and we'll reply within the hour!"
        ));
        assert!(b3(
            "Post-op patients: our Messenger inbox is monitored around the clock!"
        ));
        assert!(b3("message us day or night and we'll reply right away."));
    }

    #[test]
    fn near_misses_stay_quiet() {
        for t in [
            "We offer same-day appointments.",
            "Call 911 in an emergency.",
            "Our phones are answered 24/7: after hours, call (555) 462-7800 and press 3 for the on-call physician. Please don't use Facebook or X messages for urgent issues; they aren't monitored after hours.",
            "This page is not monitored 24/7. If this is an emergency, call 911.",
            "This page isn't monitored around the clock; for medical questions call us during office hours.",
            "Our answering service picks up 24/7.",
            "Please call 911 now. Chest pain needs emergency care right away and we can't assess symptoms by message.",
            "Walk-ins welcome anytime we're open!",
            "Our Messenger inbox isn't checked after hours or on weekends.",
            "We're happy to help after hours: call (555) 201-4400 and press 2.",
            "Try our patient portal! Message your care team anytime and we'll respond within 2 business days. For urgent issues call the office.",
        ] {
            assert!(!b3(t), "{t}");
        }
    }
}
