//! C2: an answer to a post about someone (a news story, a neighbor's post) that says the
//! practice knows that person ("our medical unit knows this one well", "we've seen him plenty",
//! "frequent flyer") and tells something of their health confirms the person is a patient and
//! discloses their care. Also, anywhere: someone named as one of a clinician's favorite
//! patients ("Ines says Mason is one of her favorite kiddos"). HIPAA forbids confirming that
//! someone is a patient (45 CFR 164.502; HHS OCR's settlements over replies that did).

use std::sync::OnceLock;

use regex::Regex;

use super::confirms_patient::ascii_re;
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct KnownToUs;

struct Patterns {
    /// The practice saying it knows the person: "we know him well", "our ER knows this one".
    known: Regex,
    /// The text answered tells of one person: "Corbel man arrested", "the driver", "a local
    /// teen".
    someone: Regex,
    /// Someone called one of a clinician's patients: "Mason is one of her favorite kiddos", "he
    /// was one of my patients" (the practice's "one of our patients" is `confirms_patient`'s).
    one_of_theirs: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        known: ascii_re(concat!(
            r"\b(?:we|our (?:\w+ ){0,2}(?:unit|team|staff|nurses|er|clinic|office|ward|floor|crew))\s+(?:all\s+)?(?:know|knows|knew)\s+",
            r"(?:this one|this guy|this man|this woman|this lady|that one|that guy|him|her|them)\s+(?:very\s+|all too\s+|too\s+)?well\b",
            r"|\bwe(?:'ve| have)\s+seen\s+(?:this one|this guy|him|her|them)\s+(?:before|plenty|a lot|many times|a million times)\b",
            r"|\b(?:he|she)(?:'s| is| was)\s+(?:a\s+)?(?:regular|frequent flyer|one of ours|one of our regulars)\b",
            r"|\bfrequent flyer\b",
        )),
        someone: ascii_re(concat!(
            r"\b(?:man|woman|driver|suspect|teen|teenager|resident|inmate|motorcyclist|victim|guy|lady|boy|girl|person|neighbor|mother|father|grandmother|grandfather)\b",
            r"|\b(?:arrested|charged|booked|missing|found|hospitalized|injured|died|killed|crash|standoff)\b",
        )),
        one_of_theirs: ascii_re(concat!(
            r"\b([a-z][\w'-]*)\s+(?:is|was|has\s+been)\s+one\s+of\s+",
            r"(?:(?:her|his|my)\s+(?:(?:favorite|favourite|fave|all-time\s+favorite|best)\s+)?(?:patients|clients|kiddos|pts)",
            r"|our\s+(?:(?:favorite|favourite|fave|all-time\s+favorite|best)\s+)?kiddos)\b",
        )),
    })
}

impl Rule for KnownToUs {
    fn id(&self) -> &'static str {
        "known-to-us"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let lower = ctx.lower();
        if lower.contains("one of") {
            one_of_theirs(ctx, out);
        }
        if ctx.draft.in_reply_to.is_none() {
            return;
        }
        // every match holds "know", "seen", "regular", "one of ours" or "frequent flyer"
        if !["know", "seen", "regular", "one of ours", "frequent flyer"]
            .iter()
            .any(|w| lower.contains(w))
        {
            return;
        }
        let p = patterns();
        let Some(m) = p.known.find(lower) else {
            return;
        };
        if !p.someone.is_match(&ctx.parent().lower) {
            return;
        }
        // and something of their health or care
        let a = ctx.analysis();
        let health = a.health.iter().any(crate::detect::health::is_care_term)
            || a.care.iter().any(|c| c.kind == "encounter");
        if !health {
            return;
        }
        out.push(
            Hit::new(
                "C2",
                self.id(),
                Severity::High,
                (m.start(), m.end()),
                "Saying your practice knows the person in the post, with a word about their health, confirms they are a patient and discloses their care; HIPAA forbids confirming that someone is a patient (45 CFR 164.502).",
            )
            .suggest("Don't say whether the person is known to the practice; leave the reply out."),
        );
    }
}

/// "Ines says Mason is one of her favorite kiddos": the named person (or "he", "she") is a
/// patient of one of the practice's clinicians.
fn one_of_theirs(ctx: &Ctx, out: &mut Vec<Hit>) {
    let lower = ctx.lower();
    let a = ctx.analysis();
    for c in patterns().one_of_theirs.captures_iter(lower) {
        let (Some(all), Some(who)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let named = a.persons.iter().any(|m| {
            crate::detect::persons::is_possible_patient(m)
                && m.start < who.end()
                && who.start() < m.end
        });
        // a capitalized word that is no pronoun or demonstrative ("Mason", which the names
        // lexicon also holds as a trade)
        let capitalized = ctx.norm()[who.start()..].starts_with(|ch: char| ch.is_uppercase())
            && !matches!(
                who.as_str(),
                "this" | "that" | "it" | "there" | "here" | "which" | "today" | "who" | "what"
            );
        let staff = a.persons.iter().any(|m| {
            !crate::detect::persons::is_possible_patient(m)
                && m.start < who.end()
                && who.start() < m.end
        });
        if staff || !(named || capitalized || matches!(who.as_str(), "he" | "she")) {
            continue;
        }
        out.push(
            Hit::new(
                "C2",
                "known-to-us",
                Severity::High,
                (all.start(), all.end()),
                "Calling someone one of a clinician's patients confirms they are a patient; HIPAA forbids confirming that someone is a patient without their authorization (45 CFR 164.502).",
            )
            .suggest("Thank the family without naming who the patient is or saying they are one."),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy, Report};

    fn c2(r: &Report) -> bool {
        r.findings.iter().any(|f| f.rule == "known-to-us")
    }

    fn reply(text: &str, parent: &str) -> Report {
        Engine::new(Policy::default()).check(&Draft::reply(text, "@NewsDesk", parent))
    }

    #[test]
    fn someone_called_a_clinicians_patient() {
        let parent = "Ms. Ines is a miracle worker, my son is finally saying full sentences!";
        assert!(c2(&reply(
            "Ashley this made our day!!! Ines says Mason is one of her favorite kiddos, he worked SO hard",
            parent
        )));
        // near misses: a staff member among the practice's own, a favorite thing
        assert!(!c2(&reply(
            "Ines is one of our favorite therapists too!",
            parent
        )));
        assert!(!c2(&reply(
            "This is one of her favorite kiddos books, we'll share the title!",
            parent
        )));
    }

    #[test]
    fn the_person_in_the_story_is_known_to_us() {
        let news = "Corbel man arrested for 4th time after standoff on Route 9";
        for t in [
            "lol our medical unit knows this one well. frequent flyer, fakes chest pain every single booking",
            "we know him well, he's in our clinic every month with chest pain",
            "ha we've seen this guy plenty, always 'seizures' when he's booked",
        ] {
            assert!(c2(&reply(t, news)), "{t}");
        }
        // near misses: no health told; a story about no one; knowing a place
        assert!(!c2(&reply(
            "we know him well, great guy and a great coach!",
            news
        )));
        assert!(!c2(&reply(
            "We know this one well: flu season means fever and aches. Get your shot!",
            "Flu season is here early this year"
        )));
        assert!(!c2(&reply(
            "Our team knows Route 9 well, drive safe out there and wear your seatbelt",
            news
        )));
    }
}
