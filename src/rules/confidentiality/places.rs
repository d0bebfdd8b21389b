//! C6: location details that point at a person: room or bed numbers, a street or street
//! address, a ZIP code, the facility or town where a patient was seen or lives. The practice's
//! own address and the places its policy names never count. Sources: HIPAA Safe Harbor, 45 CFR
//! 164.514(b)(2)(i)(B) (geographic subdivisions smaller than a state) and (R) (any other unique
//! identifying characteristic).

use crate::detect::identifiers::Others;
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;
use crate::rules::boundaries::cues::Lazy;

pub struct PatientLocations;

impl Rule for PatientLocations {
    fn id(&self) -> &'static str {
        "patient-location"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let a = ctx.analysis();
        if let Some(span) = cases_at_a_venue(ctx) {
            out.push(
                Hit::new("C6", self.id(), Severity::High, span, "Diagnoses counted at one small named place (a bar, a camp, a bunkhouse, a shelter) point at the handful of people who were there; HIPAA Safe Harbor, 45 CFR 164.514(b)(2), counts places smaller than a state among the identifiers.")
                    .suggest("Give the count for the county or the season instead, or invite everyone to be tested without naming the place."),
            );
        }
        if a.places.is_empty() {
            return;
        }
        let o = Others::new(a);
        for m in &a.places {
            let report = match m.kind {
                // care words other than the room's own ("Treatment room 3 got new chairs")
                "room" | "bed" => {
                    m.score >= 0.9
                        || person_in_room(ctx.lower(), m.start)
                        || (m.score >= 0.5
                            && (a.care.iter().any(|c| !(c.start < m.end && m.start < c.end))
                                || a.health.iter().any(|h| {
                                    h.score >= 0.5 && crate::detect::health::is_condition(h.kind)
                                })))
                }
                "unit" => true,
                "street" | "zip" => {
                    m.score >= 0.9
                        || (m.score >= 0.4
                            && o.persons.any(m.span(), 150)
                            && o.care.any(m.span(), 200))
                        || (m.kind == "street" && m.score >= 0.4 && someone_diagnosed(ctx, m))
                        // someone's home on the street ("the same house on Elm Terrace") with
                        // care told near it
                        || ((m.score - crate::detect::identifiers::IND_ONLY).abs() < 1e-6
                            && o.care.any(m.span(), 200))
                }
                "facility" => o.tied(m, 150) && !career_place(ctx.lower(), m.start),
                "town" => {
                    (m.score >= 0.45 || (o.persons.any(m.span(), 120) && o.care.any(m.span(), 200)))
                        && !staff_hometown(ctx, m.start, m.end)
                        // "Meet Tasha Greene, FNP-C! ... joined us from Fayetteville": where a
                        // member of the staff came from
                        && !(career_place(ctx.lower(), m.start)
                            && a.persons.iter().any(|p| p.kind == crate::detect::persons::STAFF))
                }
                _ => false,
            };
            if !report {
                continue;
            }
            let (msg, sug) = match m.kind {
                "room" | "bed" => (
                    "A room or bed number points at one patient: anyone who was there knows who it was. HIPAA protects any detail that identifies a patient (Safe Harbor, 45 CFR 164.514(b)(2)).",
                    "Leave out the room or bed number.",
                ),
                "unit" => (
                    "A housing unit or ward ('D-pod', '3-West') told with someone in it narrows the patient down to the few people there; HIPAA protects any detail that identifies a patient (Safe Harbor, 45 CFR 164.514(b)(2)).",
                    "Leave out the unit or ward.",
                ),
                "facility" => (
                    "Naming the hospital or clinic where a patient was seen narrows down who it is; HIPAA Safe Harbor, 45 CFR 164.514(b)(2), treats places smaller than a state as identifiers.",
                    "Leave out where the patient was seen.",
                ),
                _ => (
                    "A street, ZIP code or town tied to a patient points at them; HIPAA Safe Harbor, 45 CFR 164.514(b)(2), lists addresses, cities and ZIP codes among the identifiers.",
                    "Leave out where the patient lives.",
                ),
            };
            out.push(Hit::new("C6", self.id(), Severity::High, m.span(), msg).suggest(sug));
        }
    }
}

/// "3 positive syphilis cases from the same apartment complex on Alder St", "someone on Birch
/// Lane tested positive for TB": unnamed people with a diagnosis placed on a street, in the
/// same sentence.
fn someone_diagnosed(ctx: &Ctx, m: &crate::detect::Mention) -> bool {
    let lower = ctx.lower();
    // the sentence holding the street (sentences are in order: a binary search)
    let ss = ctx.sentences();
    let k = ss.partition_point(|x| x.end < m.end);
    let Some(s) = ss.get(k).filter(|x| x.start <= m.start && m.end <= x.end) else {
        return false;
    };
    let text = &lower[s.start..s.end];
    let someone = [
        "whoever",
        "someone",
        "somebody",
        "cases",
        "case",
        "residents",
        "resident",
        "tenants",
        "tenant",
        "neighbors",
        "neighbor",
        "guy",
        "lady",
        "family",
        "couple",
        "kid",
        "kids",
    ]
    .iter()
    .any(|w| crate::detect::persons::has_word(text, w));
    someone
        && crate::rules::confidentiality::confirms_patient::within(&ctx.analysis().health, s)
            .iter()
            .any(|h| {
                h.score >= 0.9 && crate::detect::health::is_condition(h.kind) && h.end <= s.end
            })
}

/// A small count of cases or diagnoses ("2 new syphilis dx", "3 confirmed TB cases").
static CASE_COUNT: Lazy = Lazy::new(
    r"\b(?:[1-9]|1[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|a couple(?: of)?|a few|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?:[a-z-]+\s+){0,3}(?:cases?|dx|diagnos[ie]s|infections|positives|casos?)\b",
);

/// One small named place where people gather, sleep or work together: "at the Anchor Bar",
/// "from the Cañada Honda labor camp", "all from Bunkhouse C". Not a county, a city or a school.
static VENUE: Lazy = Lazy::new(concat!(
    r"\b(?:at|from|in|among|en|del|de)\s+(?:the\s+|la\s+|el\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+\s+)?",
    r"(?i-u:bar|pub|tavern|lounge|nightclub|club|camp|campamento|bunkhouse|dorm|dormitory|barracks|shelter|hostel|bathhouse|sauna|gym|cannery|rig)\b",
    r"|\b(?i-u:bunkhouse|barrack|barracks|dorm|cabin|cellblock|pod|galera|barraca)\s+(?:[A-Z]|[0-9]{1,3})\b",
));

/// "2 new syphilis dx this month among guys who met at the Anchor Bar", "3 confirmed TB cases
/// at the Cañada Honda labor camp, all from Bunkhouse C": a small count of diagnoses placed at
/// one small named place, in the same sentence. Returns the place.
fn cases_at_a_venue(ctx: &Ctx) -> Option<(usize, usize)> {
    let a = ctx.analysis();
    let conditions = a
        .health
        .iter()
        // (an ambiguous short name, "TB", counts: the count of cases in its sentence says
        // it is the disease)
        .filter(|h| h.score >= 0.5 && crate::detect::health::is_condition(h.kind));
    // (most drafts name no condition: no sentence is looked at)
    conditions.clone().next()?;
    let (lower, norm) = (ctx.lower(), ctx.norm());
    for s in ctx.sentences() {
        if !conditions
            .clone()
            .any(|h| s.start <= h.start && h.end <= s.end)
        {
            continue;
        }
        if !CASE_COUNT.is_match(&lower[s.start..s.end]) {
            continue;
        }
        if let Some((vs, ve)) = VENUE.find(&norm[s.start..s.end]) {
            return Some((s.start + vs, s.start + ve));
        }
    }
    None
}

/// "the family in Room 12", "the gentleman in bed 3": someone placed in the room.
fn person_in_room(lower: &str, start: usize) -> bool {
    let head = lower[..start].trim_end();
    let Some(head) = head.strip_suffix(" in") else {
        return false;
    };
    let last = head.rsplit(' ').next().unwrap_or("");
    matches!(
        last,
        "family"
            | "patient"
            | "pt"
            | "gentleman"
            | "lady"
            | "man"
            | "woman"
            | "guy"
            | "mom"
            | "dad"
            | "kid"
            | "baby"
            | "couple"
            | "resident"
    )
}

/// "Sunny grew up in Macon": the town is told of a member of the policy's staff named in its
/// sentence, with no one else there who could be a patient.
/// "He trained at Seattle Children's", "joins us from Mercy General": where a clinician
/// trained or worked, not where a patient was.
fn career_place(lower: &str, s: usize) -> bool {
    let head = lower[..s].trim_end();
    let head = head.strip_suffix(" the").unwrap_or(head);
    [
        "trained at",
        "training at",
        "residency at",
        "fellowship at",
        "studied at",
        "graduated from",
        "joins us from",
        "joined us from",
        "comes to us from",
        "came to us from",
        "previously worked at",
        "formerly of",
        "spent years at",
    ]
    .iter()
    .any(|w| head.ends_with(w))
}

fn staff_hometown(ctx: &Ctx, s: usize, e: usize) -> bool {
    use crate::detect::persons::{is_possible_patient, STAFF};
    let Some(sent) = ctx.sentences().iter().find(|x| x.start <= s && e <= x.end) else {
        return false;
    };
    let in_sentence = |m: &&crate::detect::Mention| sent.start <= m.start && m.end <= sent.end;
    // "guy came in with a fishhook from Lake Cobalt, Dr. Nwosu got it out": a visit is told
    if ctx.analysis().care.iter().any(|m| in_sentence(&m)) {
        return false;
    }
    let persons = ctx.analysis().persons.iter().filter(in_sentence);
    let mut staff = false;
    for m in persons {
        if is_possible_patient(m) {
            return false;
        }
        // a clinician ("seen by Dr. J. at Johns Hopkins") is where a patient was seen
        staff |= m.kind == STAFF;
    }
    // "Sunny grew up in Macon": a staff first name that is also a word is no person mention
    staff
        || ctx.words.iter().any(|w| {
            sent.start <= w.start
                && w.end <= sent.end
                && ctx.norm()[w.start..].starts_with(char::is_uppercase)
                && ctx.policy.is_staff_word(&ctx.lower()[w.start..w.end])
        })
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy, Report};

    fn policy() -> Policy {
        Policy::from_json(
            r#"{"practice": {"name": "Harborview Physical Therapy",
               "address": "1875 Wharfside Drive, Building B, Port Tamsen, WA 98366",
               "emergency": "Port Tamsen General Hospital, 400 Lighthouse Rd"}}"#,
        )
        .unwrap()
    }

    fn c6(r: &Report, text: &str) -> Vec<String> {
        let u: Vec<u16> = text.encode_utf16().collect();
        r.findings
            .iter()
            .filter(|f| f.code == "C6")
            .map(|f| String::from_utf16(&u[f.start..f.end]).unwrap())
            .collect()
    }

    fn post(text: &str) -> Vec<String> {
        c6(&Engine::new(policy()).check(&Draft::post(text)), text)
    }

    #[test]
    fn rules_md_examples_fire() {
        assert_eq!(
            post("the gentleman in room 4 was a delight"),
            vec!["room 4"]
        );
        assert_eq!(
            post("Shout-out to our patient from Birch Lane who brought tamales"),
            vec!["Birch Lane"]
        );
    }

    #[test]
    fn diagnoses_counted_at_one_small_named_place() {
        assert_eq!(
            post("PSA: 2 new syphilis dx this month among guys who met at the Anchor Bar, pls get tested"),
            vec!["at the Anchor Bar"]
        );
        assert_eq!(
            post("Three hepatitis A cases this month, all from Bunkhouse 4. Everyone there, come get a shot."),
            vec!["Bunkhouse 4"]
        );
        // a disease's short name ("TB") with its count
        assert!(!post("we now have 3 confirmed TB cases at the Cañada Honda labor camp, all from Bunkhouse C.").is_empty());
        // near misses: a county or a state, no count of cases, the place only hosts an event
        for t in [
            "Syphilis cases are up across Tolliver County; free testing at the Elks Club Saturday.",
            "Two measles cases confirmed in Oregon this month; check your MMR status.",
            "Free TB testing at the Anchor Bar on Friday, only 3 spots left!",
            "Thanks to the Anchor Bar for hosting free HIV testing; 12 people got tested!",
            "We counted 3 syphilis cases this spring. Free testing at the Anchor Bar on Friday!",
        ] {
            assert!(post(t).is_empty(), "{t}: {:?}", post(t));
        }
    }

    #[test]
    fn the_town_a_staff_member_joined_us_from() {
        let policy = Policy::from_json(
            r#"{"practice": {"name": "Rampart Family Medicine"}, "staff": ["Tasha Greene, FNP-C"]}"#,
        )
        .unwrap();
        let check = |t: &str| c6(&Engine::new(policy.clone()).check(&Draft::post(t)), t);
        let t = "Meet Tasha Greene, FNP-C! Tasha is an Army spouse (3 PCS moves and counting!) and joined us from Fayetteville. She sees kids and adults and loves a good sports physical.";
        assert!(check(t).is_empty(), "{:?}", check(t));
        // near miss: a patient family that joined the practice from the town
        let t = "Welcome the Garcia family, who joined us from Fayetteville! Little Mateo had his first checkup with us today.";
        assert_eq!(check(t), vec!["Fayetteville"]);
    }

    #[test]
    fn where_a_clinician_trained_is_no_patient_location() {
        let t = "Welcome Dr. Kwame Osei-Bonsu to the team!! Dr. O will see kids and teens in our pediatric cardiology clinic starting next month. He trained at Seattle Children's Hospital and loves sailing.";
        assert!(post(t).is_empty(), "{:?}", post(t));
        // near miss: a patient sent there
        assert!(!post(
            "We sent the little guy with the heart murmur to Seattle Children's Hospital today."
        )
        .is_empty());
    }

    #[test]
    fn one_household_on_a_street_with_care() {
        assert_eq!(
            post("Long night for our mobile crisis team: three calls from the same house on Elm Terrace before midnight."),
            vec!["Elm Terrace"]
        );
        assert_eq!(
            post("Our team did a home visit to a family on Elm Street today."),
            vec!["Elm Street"]
        );
        // near misses: a building, the team's own move, a home without care
        for t in [
            "The old house on Elm Terrace is now our clubhouse annex, mobile crisis team parks there.",
            "Our mobile crisis team is moving to a house on Elm Terrace next month!",
            "Trick-or-treat tip: the same house on Elm Terrace gives out full-size bars!",
        ] {
            assert!(post(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn someone_from_a_park_of_homes_off_a_numbered_road() {
        assert_eq!(
            post("so proud of the young mama from the trailer park off Route 9 who just hit 90 days on bupe while pregnant 💪"),
            vec!["Route 9"]
        );
        // near misses: roadworks, the practice's van going there
        for t in [
            "Construction on Route 9 this week: leave a little early for your appointment!",
            "Our mobile van will be at the trailer park off Route 9 on Saturday for free flu shots.",
        ] {
            assert!(post(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn unnamed_people_with_a_diagnosis_on_a_street() {
        assert_eq!(
            post("3 positive syphilis cases from the same apartment complex on Alder St this week. get tested!!"),
            vec!["Alder St"]
        );
        // near misses: a clinic on the street; cases and the street in different sentences
        assert!(
            post("Flu cases are rising, so get your shot at the Alder St clinic this week.")
                .is_empty()
        );
        assert!(post(
            "Flu cases are up statewide. Free shots at the Alder St fire station Saturday."
        )
        .is_empty());
    }

    #[test]
    fn rows_squares_and_plazas_are_streets() {
        for (t, street) in [
            (
                "Soup on the porch of our measles patient on Cedar Row while she was in isolation.",
                "Cedar Row",
            ),
            (
                "our shingles patient on Market Square is healing up",
                "Market Square",
            ),
        ] {
            assert_eq!(post(t), vec![street], "{t}");
        }
        // near miss: the practice's new address, no one's care
        assert!(post("Our new office is on Cedar Row, come see us!").is_empty());
    }

    #[test]
    fn a_patient_who_lives_on_a_road() {
        assert_eq!(
            post("our pt (57 yo F, retired teacher, lives out on Cedar Hollow) did amazing at her port placement"),
            vec!["Cedar Hollow"]
        );
        // near miss: a practice event on the same road
        assert!(post("Flu shots on Cedar Hollow this Saturday, everyone welcome!").is_empty());
    }

    #[test]
    fn a_family_placed_by_its_home_near_a_town() {
        assert_eq!(
            post("Our nurse drove out to the family on the ranch past the Cuba gas station with the baby's special bottles"),
            vec!["Cuba"]
        );
        // near misses: a family's thanks, a farm's produce, an event
        for t in [
            "Thanks to the family from Millbrook who brought us cookies!",
            "Lunch with produce from the farm past Millbrook, thanks Jenkins Farm!",
        ] {
            assert!(post(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn someone_in_a_housing_unit_or_ward() {
        assert_eq!(
            post("Respect to the guy in D-pod who finally let us drain that abscess"),
            vec!["D-pod"]
        );
        assert_eq!(
            post("the lady up on 4 North finally got her lines out, so proud of her"),
            vec!["4 North"]
        );
        // near misses: a unit with no one in it, a street, a highway direction
        assert!(post("Flu shots in every pod this week, D-pod on Tuesday.").is_empty());
        assert!(post("Our new clinic is at 3 West Main St, the patient lot is behind").is_empty());
        assert!(
            post("We moved to 40 Elm Street! Use the patient entrance on the side.").is_empty()
        );
        assert!(post("Take I-95 North to exit 4 for our new office").is_empty());
    }

    #[test]
    fn someone_placed_in_a_room() {
        assert_eq!(
            post("Please keep the family in Room 12 at Emberlight House in your prayers tonight"),
            vec!["Room 12"]
        );
        // near miss: a room by itself
        assert!(post("Room 12 at Emberlight House got fresh paint and new quilts!").is_empty());
        // a hyperbaric chamber holds one patient a dive
        assert_eq!(
            post("Our chamber 2 patient this am was a lil claustrophobic but made it through her dive"),
            vec!["chamber 2"]
        );
        assert!(
            post("Chamber 2 is back in service after maintenance, dives resume Monday!").is_empty()
        );
    }

    #[test]
    fn rules_md_near_misses_stay_quiet() {
        assert!(post("Visit us at 1875 Wharfside Drive, Building B!").is_empty());
        assert!(post("Power outage on Wharfside Drive, we are closed today").is_empty());
        assert!(post("If this is an emergency go to Port Tamsen General Hospital.").is_empty());
    }

    #[test]
    fn the_practices_own_name_with_a_possessive() {
        let p = || {
            Policy::from_json(r#"{"practice": {"name": "Bell Harbor Women's Health"}}"#).unwrap()
        };
        let t = "Welcome Dr. Leah Okonkwo to Bell Harbor Women's Health! She finished her OB-GYN residency and loves high-risk pregnancy care.";
        assert!(c6(&Engine::new(p()).check(&Draft::post(t)), t).is_empty());
        // near miss: another practice's name tied to a patient's care
        let t = "Our patient from Bell Harbor Children's Clinic had her surgery moved to Friday.";
        assert!(!c6(&Engine::new(p()).check(&Draft::post(t)), t).is_empty());
    }

    #[test]
    fn the_words_of_an_allow_term_are_no_patients_town() {
        let p = || Policy::from_json(r#"{"allow_terms": ["Tooth Fairy Tuesdays"]}"#).unwrap();
        let t = "Every Tuesday in February kids get a goodie bag + a visit from the Tooth Fairy herself.";
        assert!(c6(&Engine::new(p()).check(&Draft::post(t)), t).is_empty());
        // near miss: without the allow term it reads as someone visiting from a place
        assert!(!c6(&Engine::new(Policy::default()).check(&Draft::post(t)), t).is_empty());
    }

    #[test]
    fn a_staff_members_hometown() {
        let p = Policy::from_json(r#"{"staff": ["Dr. Ada Nwosu"]}"#).unwrap();
        let t = "Wild night, a guy came in with a fishhook from Lake Cobalt, Dr. Nwosu got it out clean";
        assert_eq!(
            c6(&Engine::new(p).check(&Draft::post(t)), t),
            vec!["Lake Cobalt"]
        );
        let p = Policy::from_json(r#"{"staff": ["Sunny Patel, RD"]}"#).unwrap();
        let t = "Our dietitian Sunny grew up in Macon and loves low-potassium cooking!";
        assert!(c6(&Engine::new(p).check(&Draft::post(t)), t).is_empty());
        // near misses: a patient's hometown with their care; a clinician where a patient was seen
        assert_eq!(
            post("Preferred tx for 45yo male w/ Crohn's flare, last seen by Dr. J. in Milwaukee on 04/23/23."),
            vec!["Milwaukee"]
        );
        assert_eq!(
            post("Jenna Moore came in for her knee rehab all the way from Macon last Tuesday"),
            vec!["Macon"]
        );
    }

    #[test]
    fn hotlines_and_associations_are_not_places() {
        assert!(post("If you feel hopeless, call the National Maternal Mental Health Hotline at 1-833-852-6262 or your midwife.").is_empty());
        assert!(
            post("The American Heart Association recommends 150 minutes of activity a week.")
                .is_empty()
        );
    }

    #[test]
    fn rooms_and_beds() {
        assert_eq!(
            post("bed 3 guy fell asleep on the heat pack"),
            vec!["bed 3"]
        );
        assert_eq!(
            post("s/p L TKA, pt in bed 12B hit 95° flex"),
            vec!["bed 12B"]
        );
        assert_eq!(
            post("exam room 6 is getting a deep clean after that rash"),
            vec!["exam room 6"]
        );
        // in Spanish (and Vietnamese "phòng 214", Portuguese "quarto 8", French "chambre 3")
        assert_eq!(
            post("Don Beto, habitación 12, ya terminó su terapia de hoy"),
            vec!["habitación 12"]
        );
        assert!(post("post-op 2 weeks, exam 2 weeks out").is_empty());
        assert!(post(
            "Treatment room 3 just got a glow-up: new chair, new lighting, and the good coffee is back. Come see!"
        )
        .is_empty());
    }

    #[test]
    fn streets_towns_and_facilities_of_a_patient() {
        assert_eq!(
            post("the lady in the yellow house on Harbor Point Rd who finished her knee rehab"),
            vec!["Harbor Point Rd"]
        );
        assert_eq!(
            post("Mary, 75, evaluated at Johns Hopkins on 9/15/2023 for her hip"),
            vec!["Johns Hopkins"]
        );
        assert_eq!(
            post("seen by Dr. John L. at Mt. Sinai on Feb 21, 2023, 70yo M w/ CHF"),
            vec!["Mt. Sinai"]
        );
        assert_eq!(
            post("Robert L., 65, from Dallas, seen on April 12th for his knee"),
            vec!["Dallas"]
        );
        assert_eq!(
            post("a 72-year-old in Miami (ZIP: 33101) with COPD"),
            vec!["33101"]
        );
        assert_eq!(
            post("To the sweet abuelita on Calle Sombra who brought us tamales after her denture fitting: ¡gracias!"),
            vec!["Calle Sombra"]
        );
        assert_eq!(
            post("To our friend who lives above the bakery on Front St: your new partial is ready for pickup!"),
            vec!["Front St"]
        );
        // near misses: a Spanish street of an event, or not a street at all
        assert!(post("Feria de salud gratis en la Avenida Central, sábado 10-2").is_empty());
        assert!(post("La calle estaba cerrada por el desfile").is_empty());
    }

    #[test]
    fn places_without_a_patient_stay_quiet() {
        assert!(post("Latest recommendations from Mayo Clinic on gout").is_empty());
        assert!(post("Our team ran the Color Run at Lakeside Park on Saturday").is_empty());
        assert!(post("Visit St. Mary's for the blood drive").is_empty());
        assert!(post("Join us Saturday, June 7 for our open house at 200 Main St!").is_empty());
        assert!(post("Mercy Hospital is hiring nurses in Springfield, IL.").is_empty());
        // a capitalized word that describes the care or the person after it is no town
        for t in [
            "Dr. Mensah is out two weeks recovering from ACL surgery, get well soon!",
            "Huge shoutout to our Deaf patient who came in yesterday with his guide dog",
        ] {
            assert!(post(t).is_empty(), "{t}");
        }
        // near miss: a town before a comma still is one
        assert!(
            !post("The guy from Pompano who came in with a stingray wound is doing better")
                .is_empty()
        );
    }

    #[test]
    fn exact_utf16_spans_after_emoji() {
        let t = "😂😂 the guy in rm 3 again";
        let r = Engine::new(policy()).check(&Draft::post(t));
        let f = r.findings.iter().find(|f| f.code == "C6").expect("C6");
        assert_eq!((f.start, f.end), (16, 20));
    }

    #[test]
    fn the_area_a_claim_is_made_over_is_no_ones_town() {
        let parent = "How successful is your teen program?";
        let t = "Hi Mariam, our program is truly the best in the Pacific NW. Call us today!";
        let r = Engine::new(policy()).check(&Draft::reply(t, "Mariam Haile", parent));
        assert!(c6(&r, t).is_empty(), "{:?}", c6(&r, t));
        // near miss: the only patient in a town
        let t = "Mariam is the only patient in Dalton we saw today for this.";
        let r = Engine::new(policy()).check(&Draft::post(t));
        assert_eq!(c6(&r, t), vec!["Dalton"]);
    }

    #[test]
    fn numbered_streets_in_any_case() {
        let t = "guess who's on my caseload now, the guy who owns the gyro place on 31st st 😂 post-covid heart stuff";
        assert_eq!(post(t), vec!["31st st"]);
        // near misses: the practice's own news, an ordinal that is no street
        for t in [
            "We're moving to a bigger office on 5th Ave next month!",
            "Our 31st staff member starts Monday, welcome Dana!",
        ] {
            assert!(post(t).is_empty(), "{t}");
        }
    }
}
