//! C3: unmasking. A reply, comment or direct message that addresses the person it answers by a
//! real name when they posted under a pseudonym or a different display name ("Ms. Jordan, ..."
//! to "toothfairy22") tells everyone who they are, and that the practice knows them: a patient.
//! HHS OCR fined practices for exactly this in replies to reviews (Elite Dental 2019, New Vision
//! Dental 2022); HIPAA Privacy Rule, 45 CFR 164.502(a).

use crate::detect::persons::{addressed, is_possible_patient, HANDLE};
use crate::detect::world::{has_cyrillic, latin_key, latin_keys};
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;
use crate::rules::safe_reply::safe_reply;

pub struct Unmasking;

const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "mister",
    "coach",
    "sr",
    "jr",
    "dr",
    "doctor",
    "пан",
    "пане",
    "пані",
    "пани",
    "господин",
    "госпожа",
];

/// Nicknames whose spelling does not start like the full name.
const NICKNAMES: &[(&str, &str)] = &[
    ("bob", "robert"),
    ("bobby", "robert"),
    ("bill", "william"),
    ("billy", "william"),
    ("will", "william"),
    ("liz", "elizabeth"),
    ("beth", "elizabeth"),
    ("betty", "elizabeth"),
    ("peggy", "margaret"),
    ("maggie", "margaret"),
    ("meg", "margaret"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("jack", "john"),
    ("johnny", "john"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("ted", "edward"),
    ("ned", "edward"),
    ("tony", "anthony"),
    ("kate", "katherine"),
    ("katie", "katherine"),
    ("kathy", "katherine"),
    ("cathy", "catherine"),
    ("sue", "susan"),
    ("chuck", "charles"),
    ("hank", "henry"),
    ("harry", "henry"),
    ("larry", "lawrence"),
    ("sandy", "sandra"),
    ("mike", "michael"),
    ("mikey", "michael"),
    ("jen", "jennifer"),
    ("jenny", "jennifer"),
    ("pat", "patricia"),
    ("patty", "patricia"),
    ("trish", "patricia"),
    ("joe", "joseph"),
    ("joey", "joseph"),
    ("andy", "andrew"),
    ("drew", "andrew"),
    ("abby", "abigail"),
    ("becky", "rebecca"),
    ("fred", "frederick"),
    ("rick", "eric"),
    ("zach", "zachary"),
    ("zack", "zachary"),
    ("steve", "stephen"),
    ("steve", "steven"),
];

fn fold(s: &str) -> String {
    crate::text::nfkd(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn same_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    (short.len() >= 3 && long.starts_with(short))
        || NICKNAMES
            .iter()
            .any(|&(n, f)| (n == a && f == b) || (n == b && f == a))
}

/// Whether the name words of the draft match the author's display name or handle.
pub fn matches_author(name: &str, author: &str) -> bool {
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .map(fold)
        .filter(|w| w.len() >= 2 && !TITLES.contains(&w.as_str()))
        .collect();
    if words.is_empty() {
        return true;
    }
    let author_clean = author.split('(').next().unwrap_or(author);
    let tokens: Vec<String> = author_clean
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect();
    let compact: String = tokens.concat();
    let handle_like = tokens.len() <= 1 || author_clean.trim_start().starts_with('@');
    // a short name written as a word of a camel-case handle ("Jo" of "@grandmaJo_knits")
    if name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() == 2 && w.starts_with(char::is_uppercase))
        .any(|w| {
            author_clean.match_indices(w).any(|(i, _)| {
                !author_clean[i + w.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
            })
        })
    {
        return true;
    }
    // a name in Cyrillic and a display name in Latin letters, or the other way ("Галино" to
    // "Halyna Moroz"): compared by their Latin keys, the name word in any of its case forms
    if has_cyrillic(name) || has_cyrillic(author_clean) {
        let author_keys: Vec<String> = tokens.iter().map(|t| latin_key(t)).collect();
        if words.iter().any(|w| {
            latin_keys(w)
                .iter()
                .any(|k| author_keys.iter().any(|a| same_name(k, a)))
        }) {
            return true;
        }
    }
    words.iter().any(|w| {
        tokens.iter().any(|t| same_name(w, t))
            || (w.len() >= 3 && compact.contains(w.as_str()))
            || NICKNAMES.iter().any(|&(n, f)| {
                (n == w && compact.contains(f)) || (f == w && n.len() >= 3 && compact.contains(n))
            })
            // Handles are often initial + surname ("cgarza_art" for Carlos Garza): when the
            // handle starts with the name's initial we cannot tell, and do not accuse (a full
            // name is told: its surname, in the handle or not, already decided above)
            || (handle_like
                && words.len() == 1
                && w.chars().next().is_some_and(|c| compact.starts_with(c)))
    })
}

impl Rule for Unmasking {
    fn id(&self) -> &'static str {
        "unmasking"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        if !ctx.draft.kind.is_answer() {
            return;
        }
        let Some(irt) = ctx.draft.in_reply_to.as_ref() else {
            return;
        };
        let author = irt.author.trim();
        if author.is_empty() {
            return;
        }
        let a = ctx.analysis();
        for m in a.persons.iter().filter(|m| is_possible_patient(m)) {
            if m.kind == HANDLE || m.score < 0.5 || !addressed(ctx, m) {
                continue;
            }
            let name = &ctx.norm()[m.start..m.end];
            if matches_author(name, author) {
                continue;
            }
            let shown = ctx.text.orig_slice(m.start, m.end);
            out.push(
                Hit::new(
                    "C3",
                    self.id(),
                    Severity::High,
                    m.span(),
                    format!(
                        "This reply calls the person \"{shown}\", but they posted as \"{author}\". Naming someone who posted under a pseudonym or another display name reveals who they are and that they are a patient (HIPAA Privacy Rule, 45 CFR 164.502(a); HHS OCR's Elite Dental and New Vision Dental settlements)."
                    ),
                )
                .suggest(safe_reply(ctx)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::matches_author;
    use crate::draft::Kind;
    use crate::{Draft, Engine, Policy, Report};

    fn reply(text: &str, author: &str) -> Report {
        let p = Policy::from_json(r#"{"practice": {"phones": ["(555) 318-2200"]}, "staff": ["Keisha Whitfield, Practice Manager"]}"#).unwrap();
        Engine::new(p).check(&Draft::reply(text, author, "Worst visit ever."))
    }

    fn c3(r: &Report) -> Vec<(usize, usize)> {
        r.findings
            .iter()
            .filter(|f| f.code == "C3")
            .map(|f| (f.start, f.end))
            .collect()
    }

    #[test]
    fn rules_md_example_fires() {
        let r = reply(
            "Ms. Jordan, we're sorry to hear that. Please call us.",
            "toothfairy22",
        );
        assert_eq!(c3(&r), vec![(0, 10)]);
        let f = r.findings.iter().find(|f| f.code == "C3").unwrap();
        assert!(f.suggestion.as_deref().unwrap().contains("(555) 318-2200"));
        assert!(f.message.contains("toothfairy22"));
    }

    #[test]
    fn pseudonyms_and_other_display_names() {
        assert_eq!(
            c3(&reply("Hi Vanessa, we're so sorry!", "@CoppertoneQueen")),
            vec![(3, 10)]
        );
        // after a laugh
        assert_eq!(
            c3(&reply(
                "@snoremonster haha Mr. Dubois, tell your wife thanks",
                "@snoremonster"
            )),
            vec![(19, 29)]
        );
        assert_eq!(
            c3(&reply(
                "Interesting take, Coach Daniels 😂 See you Thursday.",
                "@anon_runner_99"
            )),
            vec![(18, 31)]
        );
        assert_eq!(
            c3(&reply(
                "Hi Mrs. Patel-Sorensen, we hear you. Please call Keisha.",
                "Mountain Mama 🏔️"
            )),
            vec![(3, 22)]
        );
        // cheering the poster on by their real name
        assert_eq!(
            c3(&reply(
                "Keep going Eddie Marsh!! only 20 more dives",
                "@woundwarrior_ed"
            )),
            vec![(11, 22)]
        );
        // a name set off by commas after "you"
        assert_eq!(
            c3(&reply(
                "We hear you, Tyler, and we're sorry the wait was so long.",
                "anon_student_22"
            )),
            vec![(13, 18)]
        );
        // CRLF before the name and an emoji before it keep the UTF-16 span exact.
        assert_eq!(
            c3(&reply("😀\r\nDenise, we reviewed it.", "TideRunner")),
            vec![(4, 10)]
        );
    }

    #[test]
    fn near_misses() {
        // The name is the author's own display name or part of their handle.
        assert!(c3(&reply("Hi Brian, sorry for the confusion!", "Brian Olsen")).is_empty());
        assert!(c3(&reply("Anytime, Dave! See you", "@skibum_dave")).is_empty());
        assert!(c3(&reply("Hi Carlos! Give us a call.", "@cgarza_art")).is_empty());
        // a full name whose surname the handle lacks, even with the same initial
        assert!(!c3(&reply(
            "Sra. Leticia Salinas, lamentamos la espera.",
            "@lachismosa_vc"
        ))
        .is_empty());
        assert!(c3(&reply("Hi Carlos Garza! Give us a call.", "@cgarza_art")).is_empty());
        assert!(c3(&reply("Thanks Mike!", "Michael Chen")).is_empty());
        // A third party named, not addressed: not unmasking (C1's business).
        assert!(c3(&reply(
            "Thanks! And tell Jess her biopsy came back benign",
            "@PeakFitAS"
        ))
        .is_empty());
        // Names in a list are not spoken to ("you, Mark, and Ann" made them).
        assert!(c3(&reply(
            "We loved the cards you, Priya, and Ann made!",
            "@grumpy_gus"
        ))
        .is_empty());
        // Staff named in the reply.
        assert!(c3(&reply("Please call Keisha at the office.", "@grumpy_gus")).is_empty());
        // A post is never a reply.
        let e = Engine::new(Policy::default());
        let d = Draft::post("Hi Vanessa, we're so sorry!").with_kind(Kind::Post);
        assert!(c3(&e.check(&d)).is_empty());
    }

    #[test]
    fn non_latin_names_do_not_panic() {
        assert!(!matches_author("Ms. 王芳", "@toothfairy22"));
        assert!(matches_author("王芳", "王芳"));
        let _ = reply("Hi 王芳, Ms. Ωmega, Mr. Ä! 😀", "@Ωmega_22");
    }

    #[test]
    fn cyrillic_names_match_latin_display_names() {
        // the name in a case form, in another script than the display name: the same person
        assert!(matches_author("Галино", "Halyna Moroz"));
        assert!(matches_author("Пане Олеже", "Олег Бондаренко"));
        assert!(matches_author("Олеже", "Oleh K."));
        assert!(matches_author("Olga", "Ольга Смирнова"));
        // a two-letter name in a camel-case handle; not inside another word
        assert!(matches_author("Jo", "@grandmaJo_knits"));
        assert!(!matches_author("Jo", "Kay Jordan"));
        // another person
        assert!(!matches_author("Галино", "Oksana Moroz"));
        assert!(!matches_author("Пане Олеже", "Андрій Бондар"));
    }

    #[test]
    fn author_matching() {
        assert!(matches_author("Steve", "@sore_shoulder_steve"));
        assert!(matches_author("Kim", "Kim Alvarez"));
        assert!(matches_author("Jen", "@jen_gh"));
        assert!(!matches_author("Mr. Kowalczyk", "@LeftyMcGee"));
        assert!(!matches_author("Ms. Hargrove", "GlowGetter_303"));
        assert!(matches_author("Ms. Hargrove", "Dana Hargrove"));
    }
}
