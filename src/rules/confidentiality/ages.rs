//! C8 (the age part): ages of 90 and over. Few people are that old, so HIPAA Safe Harbor,
//! 45 CFR 164.514(b)(2)(i)(C), requires ages over 89 to be aggregated into "90 or older". Ranges
//! in educational text ("adults 90 and older") are not about one person.

use crate::detect::identifiers::Near;
use crate::detect::Mention;
use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;

pub struct AgesOverEightyNine;

impl Rule for AgesOverEightyNine {
    fn id(&self) -> &'static str {
        "age-over-89"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let a = ctx.analysis();
        if !a.ages.iter().any(|m| m.score >= 1.0) {
            return;
        }
        let non_patients = Near::new(
            a.persons
                .iter()
                .filter(|p| p.score == 0.0)
                .map(|p| p.span())
                .collect(),
        );
        let care = Near::new(a.care.iter().map(|c| c.span()).collect());
        // persons in text order (starts and ends both non-decreasing, as the persons detector
        // writes them): the nearest one is found by binary search instead of a pass per age
        let ordered = a
            .persons
            .windows(2)
            .all(|w| w[0].start <= w[1].start && w[0].end <= w[1].end);
        for m in &a.ages {
            if m.score < 1.0 {
                continue;
            }
            // the age of a staff member, a clinician or a public figure named right next to it
            // ("Happy 100th birthday to Miss Opal! Dr. Brenner says...": the person nearest the
            // age is whose age it is)
            let nearest = if ordered {
                nearest_in_order(&a.persons, m)
            } else {
                a.persons.iter().min_by_key(|p| dist(p, m))
            };
            let near_non_patient =
                non_patients.any(m.span(), 40) && nearest.is_none_or(|p| p.score == 0.0);
            let near_patient = care.any(m.span(), 80);
            if near_non_patient && !near_patient {
                continue;
            }
            out.push(
                Hit::new(
                    "C8",
                    self.id(),
                    Severity::High,
                    m.span(),
                    "An age over 89 identifies a person: few people are that old. HIPAA Safe Harbor, 45 CFR 164.514(b)(2), lists ages over 89 among the identifiers.",
                )
                .suggest("Leave the age out, or say 'an older patient'."),
            );
        }
    }
}

/// Bytes between a person and an age (0 when they overlap).
fn dist(p: &Mention, m: &Mention) -> usize {
    if p.end <= m.start {
        m.start - p.end
    } else {
        p.start.saturating_sub(m.end)
    }
}

/// The first person (in `persons`' order) at the least [`dist`] from `m`, for persons whose
/// starts and ends are both non-decreasing: the same one `min_by_key` would pick. The distance
/// then falls over the persons that end before the age, is 0 over those that overlap it and
/// rises after, so the first least one is either the first person of the last run of equal
/// ends before the age, or the first person not ending before it, whichever is nearer (the
/// earlier on a tie).
fn nearest_in_order<'a>(persons: &'a [Mention], m: &Mention) -> Option<&'a Mention> {
    let k = persons.partition_point(|p| p.end <= m.start);
    let after = persons.get(k);
    let before = k.checked_sub(1).map(|j| {
        let end = persons[j].end;
        &persons[persons[..j].partition_point(|p| p.end < end)]
    });
    match (before, after) {
        (Some(b), Some(x)) if dist(x, m) < dist(b, m) => Some(x),
        (Some(b), _) => Some(b),
        (None, x) => x,
    }
}

#[cfg(test)]
mod tests {
    use crate::{Draft, Engine, Policy, Report};

    fn c8(r: &Report, text: &str) -> Vec<String> {
        let u: Vec<u16> = text.encode_utf16().collect();
        r.findings
            .iter()
            .filter(|f| f.code == "C8" && f.rule == "age-over-89")
            .map(|f| String::from_utf16(&u[f.start..f.end]).unwrap())
            .collect()
    }

    fn post(text: &str) -> Vec<String> {
        c8(
            &Engine::new(Policy::default()).check(&Draft::post(text)),
            text,
        )
    }

    #[test]
    fn a_birthday_wished_by_its_ordinal_to_a_person_is_an_age() {
        assert_eq!(
            post("Happy 91st to Pan Zbigniew from all of us!"),
            vec!["91st"]
        );
        assert_eq!(post("Happy 95th, Mrs. Alvarez!"), vec!["95th"]);
        assert_eq!(post("happy 92nd to our Grandma Rose 🎉"), vec!["92nd"]);
        assert_eq!(post("Happy 93rd Ruth!! we love you"), vec!["93rd"]);
        // near misses: an anniversary, a place, a group
        assert!(post("Happy 100th to the Grange!").is_empty());
        assert!(post("Happy 100th to Grace Church!").is_empty());
        assert!(post("Happy 90th anniversary to the Elks Lodge").is_empty());
        assert!(post("Happy 100th episode, everyone!").is_empty());
        assert!(post("Happy 45th, Mrs. Alvarez!").is_empty());
    }

    #[test]
    fn rules_md_examples_fire() {
        assert_eq!(
            post("our 94-year-old retired fire chief"),
            vec!["94-year-old"]
        );
    }

    #[test]
    fn rules_md_near_misses_stay_quiet() {
        assert!(post("a 45-year-old woman asked us about migraines").is_empty());
    }

    #[test]
    fn the_person_nearest_the_age_is_whose_age_it_is() {
        assert_eq!(
            post("Happy 100th birthday to Miss Opal Lindquist! Dr. Brenner says her blood pressure is better than his."),
            vec!["100th birthday"]
        );
    }

    #[test]
    fn spanish_ages() {
        assert_eq!(
            post("¡Felicidades a doña Guadalupe, que cumplió 92 años y vino hoy por su vacuna!"),
            vec!["cumplió 92"]
        );
        assert!(post("Niños de 5 años o más: vacuna gratis.").is_empty());
    }

    #[test]
    fn ages_in_other_languages() {
        for (t, age) in [
            (
                "Поздравляем нашего 91-летнего пациента с завершением курса!",
                "91-летн",
            ),
            (
                "Нашему пациенту 92 года, и он закончил курс в барокамере!",
                "92 года",
            ),
            (
                "Parabéns à nossa paciente de 92 anos pela nova prótese!",
                "92 anos",
            ),
            ("Glückwunsch an unsere 93-jährige Patientin!", "93-jährig"),
            ("我们93岁的病人今天完成了治疗", "93岁"),
            ("우리 94세 환자분 오늘 틀니 완성!", "94세"),
        ] {
            assert_eq!(post(t), vec![age], "{t}");
        }
        // near misses: younger, or years of service
        assert!(post("Dzieci od 5 lat: bezpłatne szczepienia.").is_empty());
        assert!(post("Мы работаем для вас уже 25 лет!").is_empty());
    }

    #[test]
    fn other_spellings_of_old_age() {
        assert_eq!(
            post("Happy 102nd birthday to our longest-standing patient!"),
            vec!["102nd birthday"]
        );
        assert_eq!(
            post("pt is in her 90s and still gardens"),
            vec!["in her 90s"]
        );
        assert_eq!(post("age 92, s/p hip fx"), vec!["age 92"]);
        assert_eq!(post("91yo F w/ CHF"), vec!["91yo"]);
    }

    #[test]
    fn ranges_and_other_numbers_are_not_ages() {
        assert!(
            post("Shingles vaccine is for adults 50 years of age and older, even 90 and over")
                .is_empty()
        );
        assert!(post("hit 95° flex today, 90 days of rehab").is_empty());
        assert!(post("patients 90 years of age and older need a ride home").is_empty());
    }

    #[test]
    fn exact_utf16_span_after_emoji() {
        let t = "🎂 a 96-year-old came in";
        let r = Engine::new(Policy::default()).check(&Draft::post(t));
        let f = r
            .findings
            .iter()
            .find(|f| f.rule == "age-over-89")
            .expect("C8");
        assert_eq!((f.start, f.end), (5, 16));
    }

    #[test]
    fn nearest_in_order_picks_what_min_by_key_picks() {
        use super::{dist, nearest_in_order};
        use crate::detect::Mention;
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n) as usize
        };
        for _ in 0..5000 {
            // persons in text order, some touching, overlapping or sharing an end
            let mut persons = Vec::new();
            let (mut s, mut e) = (0usize, 0usize);
            for _ in 0..next(8) {
                s += next(6);
                e = e.max(s + 1) + next(5);
                persons.push(Mention::new(s, e, "name", 0.5));
            }
            let ms = next(50);
            let age = Mention::new(ms, ms + 1 + next(4), "age", 1.0);
            let want = persons.iter().min_by_key(|p| dist(p, &age));
            let got = nearest_in_order(&persons, &age);
            assert_eq!(
                want.map(|p| p as *const Mention),
                got.map(|p| p as *const Mention),
                "{persons:?} {age:?}"
            );
        }
    }
}
