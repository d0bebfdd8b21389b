//! C4: a date or relative date of service tied to an individual ("when you came in last
//! Tuesday", "her visit on 3/14", "seen this morning"). Event dates, opening hours and years alone
//! are not PHI ("Flu shot clinic on Oct 3", "open Saturday 9-12"). Source: HIPAA Safe Harbor,
//! 45 CFR 164.514(b)(2)(i)(C): all elements of dates (except the year) directly related to an
//! individual, including admission and discharge dates.

use crate::detect::identifiers::Others;
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct DatesOfService;

impl Rule for DatesOfService {
    fn id(&self) -> &'static str {
        "date-of-service"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let a = ctx.analysis();
        if a.dates.is_empty() {
            return;
        }
        let o = Others::new(a);
        // the practice's own programs ("Northlight Family Night is this Thursday at 6:30pm"),
        // in a sentence that tells of no one's visit: an allow term of everyday words ("Deaf",
        // "SCD") in "our DeafBlind patient who came in yesterday" dates a patient's visit
        let programs = ctx.policy.allowed_spans(ctx.lower());
        let program_in_sentence = |m: &crate::detect::Mention| {
            // (sentences are in order, their starts and ends rising: those that hold the date
            // are the ones from the first ending at or after it to the last starting at or
            // before it, found by binary search instead of a scan of every sentence per date)
            let ss = ctx.sentences();
            let lo = ss.partition_point(|st| st.end < m.end);
            let hi = ss.partition_point(|st| st.start <= m.start);
            ss[lo..hi.max(lo)].iter().any(|st| {
                st.start <= m.start
                    && m.end <= st.end
                    && programs
                        .iter()
                        .any(|&(ps, pe)| st.start <= ps && pe <= st.end)
                    && !a
                        .care
                        .iter()
                        .any(|c| c.kind == "encounter" && st.start <= c.start && c.end <= st.end)
            })
        };
        let made_up = std::cell::OnceCell::new();
        let event_asked = std::cell::OnceCell::new();
        for m in &a.dates {
            if !(o.tied(m, 150) || sorry_about_the_day(ctx, m) || gives_asked_booking(ctx, m))
                || in_weekday_range(ctx.lower(), m.span())
                || routine_weekday(ctx.lower(), m.span())
                || conditional_future(ctx.lower(), m.span())
                || nowadays(ctx.lower(), m.span())
                || *made_up.get_or_init(|| made_up_case(ctx))
                || (!programs.is_empty() && program_in_sentence(m))
                || crate::detect::persons::public_news_at(ctx, m.start, m.end)
                || *event_asked.get_or_init(|| answers_about_an_event(ctx))
            {
                continue;
            }
            let relative = matches!(m.kind, "date-relative" | "date-weekday" | "date-time");
            let (msg, sug) = if relative {
                (
                    // (the pieces joined at their exact length, not grown by `format!`)
                    [
                        "\"",
                        ctx.text.orig_slice(m.start, m.end),
                        "\" dates a patient's visit: anyone who was there that day can tell who it is. HIPAA Safe Harbor, 45 CFR 164.514(b)(2), lists dates of service among the identifiers.",
                    ]
                    .concat(),
                    "Say 'recently' or leave it out.",
                )
            } else {
                (
                    "A date tied to a patient's care identifies them. HIPAA Safe Harbor, 45 CFR 164.514(b)(2), lists all elements of dates except the year (visits, admissions, discharges) among the identifiers.".to_string(),
                    "Remove the date, or say 'recently'.",
                )
            };
            out.push(Hit::new("C4", self.id(), Severity::High, m.span(), msg).suggest(sug));
        }
    }
}

/// "Is the walk wheelchair accessible? My brother wants to come." - "... See you both Sept 20!":
/// an answer to a question about one of the practice's events, telling of no care but "see
/// you", dates the event.
fn answers_about_an_event(ctx: &Ctx) -> bool {
    const EVENTS: &[&str] = &[
        "walk",
        "5k",
        "10k",
        "race",
        "fun run",
        "fair",
        "festival",
        "gala",
        "fundraiser",
        "event",
        "picnic",
        "parade",
        "tournament",
        "open house",
        "expo",
        "auction",
        "booth",
    ];
    if !ctx.draft.kind.is_answer() {
        return false;
    }
    let parent = &ctx.parent().lower;
    // the event asked about: "the walk ...?" in one sentence of the message
    let asked = parent.split_inclusive(['?', '.', '!', '\n']).any(|q| {
        q.ends_with('?')
            && EVENTS.iter().any(|w| {
                q.match_indices(w).any(|(i, _)| {
                    ["the ", "your ", "this "]
                        .iter()
                        .any(|d| q[..i].ends_with(d))
                        && !q[i + w.len()..].starts_with(|c: char| c.is_alphanumeric())
                })
            })
    });
    if !asked {
        return false;
    }
    let a = ctx.analysis();
    let lower = ctx.lower();
    a.care
        .iter()
        .all(|c| matches!(&lower[c.start..c.end], "see you" | "seeing you"))
        && !a.health.iter().any(|h| h.score >= 0.5)
}

/// "So sorry about Thursday!!" answering "3 hrs in the waiting room at @mesquiteendo just to
/// have my pump settings changed": an apology for the day of the visit the message told of at
/// this practice dates that visit.
fn sorry_about_the_day(ctx: &Ctx, m: &crate::detect::Mention) -> bool {
    if !ctx.draft.kind.is_answer() || !matches!(m.kind, "date-weekday" | "date-relative") {
        return false;
    }
    let head = ctx.lower()[..m.start].trim_end();
    let head = head.strip_suffix("your").unwrap_or(head).trim_end();
    let head = head.strip_suffix("on").unwrap_or(head).trim_end();
    [
        "sorry about",
        "sorry for",
        "apologies for",
        "apologize for",
        "apologise for",
    ]
    .iter()
    .any(|w| head.ends_with(w))
        && super::confirms_patient::parent_tells_care_here(ctx)
}

/// "hey Linda! Tues 10/14 at 7:30am with Maura" answering "when's my cleaning again?": a day
/// (a date, or a weekday with a time) given in answer to someone who speaks of their own
/// appointment is the day of that visit.
fn gives_asked_booking(ctx: &Ctx, m: &crate::detect::Mention) -> bool {
    if !ctx.draft.kind.is_answer() || m.score < 0.3 {
        return false;
    }
    let day = match m.kind {
        "date" | "date-time" => true,
        "date-weekday" => {
            let rest = ctx.lower()[m.end..].trim_start_matches([',', ' ']);
            let rest = rest.strip_prefix("at ").unwrap_or(rest);
            let rest = rest.strip_prefix('@').unwrap_or(rest).trim_start();
            rest.starts_with(|c: char| c.is_ascii_digit())
        }
        _ => false,
    };
    if !day {
        return false;
    }
    let parent = &ctx.parent().lower;
    BOOKED.iter().any(|n| {
        parent.match_indices(n).any(|(i, _)| {
            let head = parent[..i].strip_suffix("next ").unwrap_or(&parent[..i]);
            let after = parent[i + n.len()..].chars().next();
            ["my ", "our ", "'s ", "\u{2019}s "]
                .iter()
                .any(|p| head.ends_with(p))
                && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// What someone books at a practice ("my cleaning", "my son's appointment").
const BOOKED: &[&str] = &[
    "appointment",
    "appt",
    "cleaning",
    "checkup",
    "check-up",
    "check up",
    "visit",
    "follow-up",
    "follow up",
    "followup",
    "session",
    "consult",
    "consultation",
    "procedure",
    "surgery",
    "allergy shot",
    "shot",
    "shots",
    "infusion",
    "filling",
    "crown",
    "extraction",
    "exam",
    "physical",
    "recall",
    "adjustment",
    "cita",
];

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn starts_with_weekday(s: &str) -> bool {
    WEEKDAYS.iter().any(|d| s.starts_with(d))
}

/// "Tues-Sat", "Mon through Fri", "Monday to Thursday": office hours, not a visit's day.
/// Where the weekday itself starts in a date span ("on Tues", "this Thursday").
fn day_start(lower: &str, (s, e): (usize, usize)) -> usize {
    lower[s..e].rfind(' ').map_or(s, |k| s + k + 1)
}

fn in_weekday_range(lower: &str, (s, e): (usize, usize)) -> bool {
    if !starts_with_weekday(&lower[day_start(lower, (s, e))..]) {
        return false;
    }
    const JOINS: [&str; 9] = [
        "-", "/", "&", "to ", "thru ", "through ", "till ", "until ", "or ",
    ];
    let after = lower[e..].trim_start_matches(['.', ' ']);
    let joined_after = JOINS
        .iter()
        .any(|j| after.starts_with(j) && starts_with_weekday(after[j.len()..].trim_start()));
    let before = lower[..s].trim_end();
    let joined_before = JOINS.iter().any(|j| {
        before.ends_with(j.trim_end())
            && before[..before.len() - j.trim_end().len()]
                .trim_end()
                .trim_end_matches('.')
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(starts_with_weekday)
    });
    joined_after || joined_before
}

/// "if it's still oozing tonight, ...", "if the swelling isn't down by tomorrow": a condition
/// still to come in advice, not the day of a visit. The clause before the date holds "if" (or
/// "unless"), and the date is not in the past. So is a day said of anyone at all: "resources for
/// anyone who needs them today".
fn conditional_future(lower: &str, (s, e): (usize, usize)) -> bool {
    let said = &lower[s..e];
    if ["yesterday", "last", "ago", "this morning", "earlier"]
        .iter()
        .any(|w| said.contains(w))
    {
        return false;
    }
    let head = &lower[..s];
    let clause = &head[head
        .rfind(['.', '!', '?', ';', ',', '\n'])
        .map_or(0, |k| k + 1)..];
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    // "you'll be fine till Monday", "hold off until Friday": a day to wait for, in advice
    // (not "she stayed with us until Monday")
    let limit = words
        .last()
        .is_some_and(|w| matches!(*w, "till" | "until" | "til" | "'til"))
        && !words
            .iter()
            .any(|w| matches!(*w, "was" | "were" | "had" | "stayed" | "kept" | "did"));
    limit
        || words.iter().any(|w| {
            matches!(
                *w,
                "if" | "unless" | "anyone" | "anybody" | "si" | "cualquiera"
            )
        })
}

/// "In 1893 President Grover Cleveland had secret surgery on a yacht ... Today's jaw surgery is
/// a LOT less dramatic": "today's" set against history means nowadays, not the day of a visit.
/// The draft holds a year before 2000 or a word of history, and the noun phrase after "today's"
/// is followed by "is" or "are" (not "went great", "was").
fn nowadays(lower: &str, (s, e): (usize, usize)) -> bool {
    if &lower[s..e] != "today's" {
        return false;
    }
    let history = [
        "century",
        "back then",
        "years ago",
        "in the old days",
        "history",
    ]
    .iter()
    .any(|w| lower.contains(w))
        || lower
            .split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4 && d.starts_with('1'));
    history
        && lower[e..]
            .split(['.', '!', '?', '\n'])
            .next()
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(4)
            .any(|w| w == "is" || w == "are")
}

/// The openers of a made-up case (see [`made_up_case`]).
const OPENERS: &[&str] = &[
    "imagine",
    "suppose",
    "let's say",
    "lets say",
    "hypothetically",
    "picture this",
];
/// Any of [`OPENERS`], anywhere (one of the shared gate scan's gates).
pub(crate) static OPENER_GATE: crate::rules::boundaries::cues::Gate =
    crate::rules::boundaries::cues::Gate::new(OPENERS);

/// "Quiz time! Imagine a 50-year-old surfer notices a dark streak under a nail... Answer
/// tomorrow!", "a teacher is hoarse every Friday... (made-up example, not a real patient!)": a
/// made-up case, with no one named who could be a patient, dates no one's visit
/// ("imagine our surprise when Mrs. Lee came in" is no made-up case).
fn made_up_case(ctx: &Ctx) -> bool {
    let lower = ctx.lower();
    // (most drafts hold none of the openers: the shared gate scan says so without a search of
    // the whole text per opener)
    let declared = crate::detect::identifiers::cues::invented_case(lower);
    if !declared && !OPENER_GATE.hit_in(ctx) {
        return false;
    }
    let opener = declared
        || OPENERS.iter().any(|w| {
            lower.match_indices(w).any(|(i, _)| {
                let after = lower[i + w.len()..].trim_start_matches([',', ':', ' ']);
                let next = after
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                (i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphanumeric())
                    && (matches!(*w, "hypothetically" | "picture this")
                        || matches!(next, "a" | "an" | "you" | "your" | "that" | "someone"))
            })
        });
    opener
        && !ctx
            .analysis()
            .persons
            .iter()
            .any(|m| crate::detect::persons::is_possible_patient(m) && m.score >= 0.5)
}

/// "the 2nd Thursday of each month", "Tuesday folders", "Friday newsletter":
/// a weekday that recurs (a schedule or a routine), not the day of somebody's visit.
fn routine_weekday(lower: &str, (s, e): (usize, usize)) -> bool {
    if !starts_with_weekday(&lower[day_start(lower, (s, e))..]) {
        return false;
    }
    let before = lower[..s].trim_end();
    let prev = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let after = lower[e..].trim_start();
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    const ORDINALS: [&str; 10] = [
        "1st", "2nd", "3rd", "4th", "5th", "first", "second", "third", "fourth", "fifth",
    ];
    // "Tuesday folders", "Friday newsletter", "Monday mood:", "Wednesday wisdom"
    const ROUTINE: [&str; 15] = [
        "folder",
        "folders",
        "newsletter",
        "newsletters",
        "huddle",
        "huddles",
        "special",
        "specials",
        "giveaway",
        "mood",
        "vibes",
        "motivation",
        "feels",
        "funday",
        "wisdom",
    ];
    // "book your LASIK by Friday": a deadline of an offer, not a visit
    let sentence_start = before.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
    // "if he's still running a fever by Friday, bring him in": a condition still to come
    let deadline = prev == "by"
        && [
            "book", "sign up", "register", "schedule", "call", "text", "enroll", "if ",
        ]
        .iter()
        .any(|w| lower[sentence_start..s].contains(w));
    // "every. single. monday.": exasperation at a recurring day, not one visit
    let every_single = before
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .strip_suffix("single")
        .is_some_and(|b| {
            b.trim_end_matches(|c: char| !c.is_alphanumeric())
                .ends_with("every")
        });
    // "every 2nd Tuesday", "each 1st and 3rd Monday": a monthly schedule (a club, a clinic
    // day); "every Tuesday" stays: "we'll miss seeing him every Tuesday" is one patient's
    let mut words = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let every_nth = ORDINALS.contains(&prev)
        && words
            .find(|w| !ORDINALS.contains(w) && *w != "and")
            .is_some_and(|w| w == "every" || w == "each");
    every_single
        || every_nth
        || deadline
        || (ORDINALS.contains(&prev)
            && ["of each", "of every", "of the month", "of the week"]
                .iter()
                .any(|p| after.starts_with(p)))
        || ROUTINE.contains(&next)
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy, Report};

    fn c4(r: &Report, text: &str) -> Vec<String> {
        let u: Vec<u16> = text.encode_utf16().collect();
        r.findings
            .iter()
            .filter(|f| f.code == "C4")
            .map(|f| String::from_utf16(&u[f.start..f.end]).unwrap())
            .collect()
    }

    fn post(text: &str) -> Vec<String> {
        c4(
            &Engine::new(Policy::default()).check(&Draft::post(text)),
            text,
        )
    }

    #[test]
    fn a_made_up_case_dates_no_visit() {
        assert!(post("Quiz time! Imagine a 50-year-old surfer notices a new dark streak under a fingernail. What should they do? A) wait it out B) get it checked. Answer tomorrow!").is_empty());
        assert!(post("Let's say you came in last Tuesday with a chipped tooth: what happens next? Find out tomorrow.").is_empty());
        // the draft says its case is made up, with no opener
        assert!(post("For our students: a teacher notices she's hoarse every Friday by 2pm but fine by Monday. What would you ask first? (made-up example, not a real patient!)").is_empty());
        // near misses: an idiom, and a named person
        assert_eq!(
            post(
                "Not a real patient story? It is: Mrs. Lee came in yesterday with a broken wrist."
            ),
            vec!["yesterday"]
        );
        assert_eq!(
            post("Imagine our surprise when Mrs. Lee came in yesterday with a broken wrist!"),
            vec!["yesterday"]
        );
        assert_eq!(
            post("Imagine a better way: Mrs. Lee came in yesterday with a broken wrist."),
            vec!["yesterday"]
        );
    }

    #[test]
    fn what_someone_told_the_press() {
        assert!(post("Did you catch the Iowa State linebacker talking about his back rehab at yesterday's press conference? Athletes at every level deal with back pain.").is_empty());
        // near miss: the practice's own care of him
        assert_eq!(
            post("Our linebacker patient came in yesterday after his press conference with a torn ACL."),
            vec!["yesterday"]
        );
    }

    fn reply(text: &str, parent: &str) -> Vec<String> {
        c4(
            &Engine::new(Policy::default()).check(&Draft::reply(text, "someone", parent)),
            text,
        )
    }

    #[test]
    fn todays_set_against_history() {
        let t = "In 1893 President Grover Cleveland had secret surgery on a yacht to remove a tumor from his jaw. Today's jaw surgery is a LOT less dramatic";
        assert!(post(t).is_empty(), "{:?}", post(t));
        // near misses: today's surgery told as it went, with or without history
        for t in [
            "Today's jaw surgery went great, so proud of our patient!",
            "In 1893 they did it on a yacht. Today's jaw surgery for our patient went great!",
        ] {
            assert_eq!(post(t), vec!["Today's"], "{t}");
        }
    }

    #[test]
    fn the_day_of_an_event_asked_about() {
        let parent = "Is the walk wheelchair accessible? My brother wants to come.";
        let t = "Yes! The 2-mile route is paved and flat, with rest tents every half mile. See you both Sept 20!";
        assert!(reply(t, parent).is_empty());
        // near misses: a visit told in the answer; an event named but not asked about
        let t = "Yes! See you Tuesday at 3 for your filling.";
        assert_eq!(
            reply(
                t,
                "Is the walk-in entrance accessible? I have a filling Tuesday."
            ),
            vec!["Tuesday"]
        );
        let t = "Thanks! See you Tuesday at 3 for your filling.";
        assert_eq!(reply(t, "Loved the walk last year."), vec!["Tuesday"]);
    }

    #[test]
    fn sorry_about_the_day_of_a_visit_told_here() {
        let parent = "3 hrs in your office just to have my pump settings changed. never again.";
        let t =
            "Hi there, so sorry about Thursday!! We know 3 hrs is way too long. Please call Deb.";
        assert_eq!(reply(t, parent), vec!["Thursday"]);
        // near misses: a day told of elsewhere, and an apology with no day
        let t = "So sorry about today! Hope the rest of your week is better.";
        assert!(reply(t, "3 hrs at the DMV today lol").is_empty());
        assert!(reply("So sorry about the wait! Please call Deb.", parent).is_empty());
    }

    #[test]
    fn someone_brought_in_at_a_time_is_a_booked_visit() {
        let parent = "My son's wire broke AGAIN, third time this month!";
        let t = "Oh no Gina, tell Mateo to lay off the Takis lol. Bring him by tomorrow at 8 and we'll squeeze him in before school!";
        assert_eq!(reply(t, parent), vec!["tomorrow"]);
        // near misses: something to bring, and anyone's child in a post
        let t = "Bring your insurance card tomorrow at 8 and we'll get you checked in fast!";
        assert!(reply(t, parent).is_empty(), "{:?}", reply(t, parent));
        assert!(
            post("Got a toddler? Bring him in tomorrow for our free fluoride varnish day!")
                .is_empty()
        );
    }

    #[test]
    fn a_condition_still_to_come_is_no_visit() {
        let parent = "cut my finger slicing bagels, still bleeding. do i need stitches??";
        let t = "Keep pressure on it, and if it's still oozing tonight, get it checked.";
        assert!(reply(t, parent).is_empty(), "{:?}", reply(t, parent));
        // near misses: a visit that happened, and a past day in an if-clause
        let t = "We saw you tonight for those stitches, keep it dry!";
        assert_eq!(reply(t, parent), vec!["tonight"]);
        // a day to wait for
        let t = "That's an abscess. Start amoxicillin and you'll be fine till Monday.";
        assert!(reply(t, "can I just wait till Monday?").is_empty());
        let t = "She stayed with us until Monday after her surgery.";
        assert!(!reply(t, "how is she?").is_empty());
        let t = "Glad you came in, and if it's still sore after yesterday's stitches, call us.";
        assert!(!reply(t, parent).is_empty());
        // a day said of anyone at all
        let parent = "Recovery is possible, the team here is amazing";
        let t = "Thank you for sharing this, Brianna 💜 Recovery is possible, and our pinned list has resources for anyone who needs them today.";
        assert!(reply(t, parent).is_empty(), "{:?}", reply(t, parent));
        let t = "Thank you Brianna, so glad your recovery visit went well today.";
        assert_eq!(reply(t, parent), vec!["today"]);
    }

    #[test]
    fn days_told_with_the_month_names_of_other_languages() {
        let t = "A la paciente que vino el 14 de marzo por su endodoncia: dejó sus lentes aquí.";
        assert_eq!(post(t), vec!["14 de marzo"]);
        let t = "Note: the patient seen for her crown on 3. März 2024 left her scarf.";
        assert_eq!(post(t), vec!["3. März 2024"]);
        // near misses: an event day in Spanish, an election day
        let t = "¡Feria de salud gratis el 14 de marzo! Vacunas y presión arterial.";
        assert!(post(t).is_empty(), "{:?}", post(t));
        let t = "Personal note from Dr. Petrosyan: I'm endorsing Sarkis Avetisyan for City Council. Vote March 3rd!";
        assert!(post(t).is_empty(), "{:?}", post(t));
    }

    #[test]
    fn one_person_told_by_who_they_are() {
        for t in [
            "Shoutout to the lovely couple who came in for back-to-back colonoscopies on their anniversary last Friday",
            "to the person who came in for their first flu shot last thursday and brought us cupcakes: ur a gem",
            "Reminder to the junior who came in Monday for the test: your follow-up is Thursday 3rd period",
            // anyone told by their work
            "The deckhand off the shrimp boat tied up at slip 7 who came in Tuesday w/ that nasty stingray wound is doing better",
            "That teacher who came in yesterday with the broken wrist brought us cookies today",
            // a school or team named between the article and the person
            "To the Lakeview senior who came in Monday: so proud of you for speaking up about your symptoms",
        ] {
            assert!(!post(t).is_empty(), "{t}");
        }
        // near misses: anyone who may come, a raffle's winner, a group
        for t in [
            "Any student who needs a sports physical can come in Monday!",
            "The one who wins the raffle Friday gets a free electric toothbrush",
            "Thanks to the staff who came in Saturday to paint the waiting room!",
            "A nurse who listens makes all the difference. Flu clinic Tuesday!",
            "Thanks to the Lakeview Rotary who came in Saturday to paint the waiting room!",
        ] {
            assert!(post(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn any_readers_child_in_a_post() {
        let t = "Back-to-school shots Sat Aug 9, bring your child's shot record.";
        assert!(post(t).is_empty(), "{:?}", post(t));
        // near miss: one child of someone named
        let t = "Kai's mom brought him in Sat Aug 9 for his shots, what a champ!";
        assert!(!post(t).is_empty());
    }

    #[test]
    fn announcements_to_everyone() {
        for t in [
            "ICE STORM UPDATE: dialysis floor is OPEN tomorrow on the regular schedule. Please don't skip treatment.",
            "Horario de Semana Santa: la oficina cierra el viernes 18 de abril. Clientas en cuidado, llamen a la partera de guardia.",
        ] {
            assert!(post(t).is_empty(), "{t}: {:?}", post(t));
        }
        // near miss: one person's treatment moved to a day
        assert!(
            !post("Don't worry, Mr. Alvarez: your dialysis moved to tomorrow at 7.").is_empty()
        );
    }

    #[test]
    fn office_hours_and_new_patients_are_not_visits() {
        assert!(post(
            "Meet Rosa Delgado, CPNP! She now sees patients in our Brookfield office Tues-Sat."
        )
        .is_empty());
        assert!(post("She's back seeing patients Mon through Fri starting next week.").is_empty());
        assert!(post("He's accepting new patients starting Dec 1.").is_empty());
        assert!(post("She's accepting new OB patients starting Jan 4.").is_empty());
        assert!(
            post("Welcome Dr. Farah Haddad! She starts seeing patients Tue-Thu on Sept 2.")
                .is_empty()
        );
        // "every. single. monday.": a recurring day in exasperation
        assert!(post("the classic walk-in patient. every. single. monday.").is_empty());
        // near miss: one patient's Monday
        assert_eq!(post("the patient who came in monday."), vec!["monday"]);
        assert!(post(
            "Grace Mbeki, RDA, just celebrated 10 years with us and still brings treats every Friday after her patients leave!"
        )
        .is_empty());
        assert!(
            post("We're switching to the new patient portal Monday, old logins won't work.")
                .is_empty()
        );
        // near misses: one patient's day still fires
        assert_eq!(
            post("The patient in room 4 came in Tuesday with chest pain."),
            vec!["Tuesday"]
        );
        assert_eq!(
            reply("We saw you Monday for your crown", "My crown hurts"),
            vec!["Monday"]
        );
    }

    #[test]
    fn recurring_weekdays_are_a_schedule() {
        for (t, parent) in [
            (
                "Yes! The support group is open to anyone who had surgery, here or elsewhere. We meet the 2nd Thursday of each month at 6pm.",
                "Is the support group open to people who had surgery somewhere else?",
            ),
            (
                "Consent forms go home in Tuesday folders; students are seen during our school visit.",
                "How do I sign my son up for the dental van?",
            ),
            (
                "Hi! If you book your LASIK by Friday you get $500 off.",
                "Any deals this month?",
            ),
        ] {
            assert!(reply(t, parent).is_empty(), "{t}");
        }
        assert!(post(
            "Meet Dr. Grant, our pediatrician for newborn visits and tongue-tie evaluations on Tues/Thurs."
        )
        .is_empty());
        // a monthly meeting on an ordinal weekday
        for t in [
            "Diabetes talking circle with our RN every 2nd Tuesday at 5pm in our conference room. Bring a friend, you don't have to be a patient.",
            "Grief support group meets each 1st and 3rd Monday at noon.",
        ] {
            assert!(post(t).is_empty(), "{t}");
        }
        assert!(post(
            "Monday mood: the guy who calls 6x a day to ask if his ketamine works faster 🙃"
        )
        .is_empty());
        // a service the practice runs on a weekday
        for t in [
            "Thursday dental with Dr. Wes Thibodeaux is BACK 🦷 cleanings, fillings, extractions. New-patient exam + x-rays $75 cash.",
            "Dr. Mensah is out recovering from surgery (he said we could share!). His Tuesday clinic is covered by Dr. Achterberg.",
        ] {
            assert!(post(t).is_empty(), "{t}");
        }
        let p = Policy::from_json(r#"{"allow_terms": ["Family Night"]}"#).unwrap();
        let t = "Family Night is this Thursday at 6:30pm! Families of people living with depression can learn how TMS works.";
        assert!(c4(&Engine::new(p).check(&Draft::post(t)), t).is_empty());
        // an allow term of everyday words is no program: a visit told beside it is dated
        let p = Policy::from_json(r#"{"allow_terms": ["DeafBlind", "SCD"]}"#).unwrap();
        let t = "Huge shoutout to our DeafBlind patient who came in yesterday with his guide dog!";
        assert_eq!(
            c4(&Engine::new(p).check(&Draft::post(t)), t),
            vec!["yesterday"]
        );
        // near misses: one visit's day still fires
        assert_eq!(
            reply(
                "So glad your gastric sleeve went well Thursday, see you at the 2-week check!",
                "Thanks for everything"
            ),
            vec!["Thursday"]
        );
        assert_eq!(
            reply("We saw you last Tuesday for the biopsy", "still waiting"),
            vec!["last Tuesday"]
        );
        assert_eq!(
            reply(
                "Liam worked so hard! We'll miss seeing him every Tuesday",
                "Last day of speech therapy!"
            ),
            vec!["Tuesday"]
        );
    }

    #[test]
    fn the_practices_own_schedule() {
        for t in [
            "Hi Danielle! Yes, Saturday mornings 8:30-12. Just call to grab a spot.",
            "We'll be closed Thanksgiving Day and open 8-12 on Friday!",
            "Please welcome Dr. Gareth Lindholm! He loves asthma care and youth soccer. He's accepting new patients starting Jan 4.",
            "Our NP is answering your questions about toddler sleep on Facebook Live this Thursday at 7pm!",
            "Mercy sees patients Tuesday and Thursday afternoons. Call to book.",
            "Free warm-up clinic for teen athletes Sat Apr 11, 9am at the gym.",
            "Welcome Sunny! Stop by the lobby Thursday 11-1 for her cooking demo and free recipe cards.",
            "Happy retirement, Dr. Doyle! His last day is Fri Dec 18; stop by 3-5pm for cake!",
            "Cerrado el lunes 2 de noviembre por Día de los Muertos. Closed Mon Nov 2.",
            "Myth-busting Monday: George Washington's dentures weren't wood.",
            "Aug 31 is International Overdose Awareness Day. Tonight at 7pm we'll join the candlelight vigil.",
            // a series with an emoji and a note; a quiz on an invented case, answered later
            "🧠 GUT CHECK TUESDAY (for fun!): a 52-year-old with new anemia and no symptoms. Next step?",
            "Case quiz (hypothetical case!): a 52-year-old with new anemia and no symptoms. Answer drops Friday 👇",
        ] {
            assert!(post(t).is_empty(), "{t}");
        }
        // near miss: the same age and day when the case is a real visit
        assert_eq!(
            post("Our 52-year-old patient with anemia came in Friday for his scope."),
            vec!["Friday"]
        );
        for (t, parent) in [
            ("That's almost certainly a UTI. Drink tons of water and start cranberry pills tonight.", "burning since yesterday, ER or wait?"),
            ("Call your reps today and tell them to fund dialysis!", "what can we do?"),
            ("Personally I think the bill is bad. Call Rep. Dunmore TODAY and tell him to vote NO.", "thoughts?"),
            ("If you had sex in the last 5 days you should get Plan B tonight.", "missed 2 pills"),
            ("Yes, he can go up to 20mg of the lisinopril tonight and recheck in the morning.", "BP is 170, what now?"),
            // a range of opening days
            ("¡Hola! Llame al (555) 389-6600 de lunes a viernes, 8am-4:30pm, y con gusto le ayudamos a hacer una cita.", "¿Tienen a alguien que hable español? Mi papá necesita una cita."),
            ("Our fitting team is in Monday to Friday, call us to book your visit!", "Can my dad get a visit soon?"),
        ] {
            assert!(reply(t, parent).is_empty(), "{t}");
        }
        // near miss: a weekday followed by "to" and a verb is still a visit day
        assert_eq!(
            reply(
                "Marisol, your dad's follow-up is Tuesday to check the socket fit.",
                "When is my dad's appointment?"
            ),
            vec!["Tuesday"]
        );
        // near misses: one person's booked time, time first; a patient's party is still theirs
        assert_eq!(
            reply("She came in today and we started her drops.", "how is mom?"),
            vec!["today"]
        );
        assert_eq!(
            post("Mrs. Hale came in Tuesday for her biopsy, then we had cake"),
            vec!["Tuesday"]
        );
        assert_eq!(
            reply(
                "of course! ezra has u at 4pm thurs, same room as always",
                "can I come in this week?"
            ),
            vec!["thurs"]
        );
        assert_eq!(
            post("when ur 3pm consult asks for the impossible 😭"),
            vec!["3pm"]
        );
        assert!(!reply(
            "Liam worked SO hard! We're going to miss seeing him every Tuesday",
            "last session today!"
        )
        .is_empty());
    }

    #[test]
    fn a_day_given_to_someone_asking_about_their_appointment() {
        let parent = "when's my cleaning again? i lost the card";
        assert_eq!(
            reply("hey Linda! Tues 10/14 at 7:30am with Maura", parent),
            vec!["Tues 10/14"]
        );
        assert_eq!(
            reply(
                "You're all set for Thursday at 9:30!",
                "can I move my son's appt?"
            ),
            vec!["Thursday"]
        );
        // near misses: the office's days, a day without a time, a parent not asking of theirs
        assert!(reply("Call us Monday and we'll find you a slot!", parent).is_empty());
        assert!(reply(
            "We're open Tues 10/14 for flu shots, 9-5.",
            "do you do walk-ins?"
        )
        .is_empty());
    }

    #[test]
    fn a_patient_called_by_their_appointment_time() {
        assert_eq!(
            post("shoutout to my 2pm who fell asleep in the chair and snored"),
            vec!["2pm"]
        );
        assert_eq!(post("Our 10:30 brought us cookies again 😂"), vec!["10:30"]);
        // near misses: the speaker's own meeting, a class, an opening
        assert!(post("my 2pm meeting ran long, sorry for the wait everyone").is_empty());
        assert!(post("Our 10:30 class is full; the 6pm class has room.").is_empty());
        assert!(post("We still have a 2pm opening Friday, call us!").is_empty());
    }

    #[test]
    fn rules_md_examples_fire() {
        assert_eq!(
            reply(
                "So sorry, when you came in last Tuesday we were short-staffed.",
                "rude staff"
            ),
            vec!["last Tuesday"]
        );
        assert_eq!(post("her visit on 3/14 went great"), vec!["3/14"]);
    }

    #[test]
    fn rules_md_near_misses_stay_quiet() {
        assert!(post("Flu shot clinic on Oct 3, walk-ins welcome!").is_empty());
        assert!(post("We're open Saturday 9-12 for sick visits.").is_empty());
        assert!(post("Election Day is Tuesday, Nov 4. Vote!").is_empty());
        assert!(post("Harborview by the numbers, 2024 edition: 11,482 visits").is_empty());
    }

    #[test]
    fn relative_dates_with_a_patient() {
        assert_eq!(
            post("Mrs. A came in for her 3rd Mohs layer today and brought cookies"),
            vec!["today"]
        );
        assert_eq!(
            post("72F rancher, new 6 mm lesion on the scalp, seen this morning."),
            vec!["this morning"]
        );
        assert_eq!(
            post("Started a new pt today with a herniated disc"),
            vec!["today"]
        );
    }

    #[test]
    fn clinical_numbers_are_not_dates() {
        assert!(post("her BP was 120/80 and vision 20/20 at the visit").is_empty());
        assert!(post("pt takes 3/4 tab at bedtime, pain 7/10 at the visit").is_empty());
        assert!(post("his quad strength is 5/5 after surgery").is_empty());
    }

    #[test]
    fn coarse_dates_are_not_reported() {
        assert!(post("a patient who presented last week with fatigue").is_empty());
        assert!(post("she was diagnosed in 2021").is_empty());
    }

    #[test]
    fn exact_utf16_spans_after_emoji() {
        let t = "🦷✨ Mr. K came in yesterday";
        let r = Engine::new(Policy::default()).check(&Draft::post(t));
        let f = r.findings.iter().find(|f| f.code == "C4").expect("C4");
        assert_eq!((f.start, f.end), (18, 27));
    }

    #[test]
    fn dates_of_admission() {
        assert_eq!(
            post("Sarah P., admitted to UCLA Medical Center on March 5th, 2021"),
            vec!["March 5th, 2021"]
        );
    }

    #[test]
    fn portuguese_dates_of_a_birth() {
        assert_eq!(
            post("Parabéns à mamãe de gêmeos! Os dois nasceram ontem aqui no centro de parto."),
            vec!["ontem"]
        );
        // near miss: the clinic's hours today
        assert!(post("A clínica abre hoje às 8h. Ligue para marcar sua consulta.").is_empty());
    }
}
