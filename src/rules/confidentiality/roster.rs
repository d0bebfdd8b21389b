//! The practice's patient roster (optional): a run of two to four words whose salted hash is on
//! the roster is a patient's name, whatever the rest of the draft says (C1, high). The roster
//! holds hashes only; see `crate::roster`.

use crate::engine::{Ctx, Hit, Rule};
use crate::report::Severity;
use crate::roster::RosterSet;

pub struct Roster;

impl Rule for Roster {
    fn id(&self) -> &'static str {
        "roster-name"
    }

    fn check(&self, ctx: &Ctx, out: &mut Vec<Hit>) {
        let Some(set) = RosterSet::new(&ctx.policy.policy.roster) else {
            return;
        };
        // A staff member who is also a patient is still named as staff in the practice's posts.
        let staff = |key: &str| ctx.policy.staff_names.iter().any(|s| s == key);
        for span in set.find(ctx.lower(), &staff) {
            out.push(
                Hit::new(
                    "C1",
                    self.id(),
                    Severity::High,
                    span,
                    format!(
                        "\"{}\" matches a name on your practice's patient roster.",
                        ctx.text.orig_slice(span.0, span.1)
                    ),
                )
                .suggest("Remove the name: naming a patient confirms they are one."),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::roster::hash_names;
    use crate::{Draft, Engine, Policy, Verdict};

    fn policy_with_roster(names: &str, staff: &[&str]) -> Policy {
        let mut p = Policy::default();
        p.roster.salt = "3f9a1c".into();
        p.roster.hashes = hash_names(&p.roster.salt, names).hashes;
        p.staff = staff.iter().map(|s| s.to_string()).collect();
        p
    }

    #[test]
    fn roster_name_blocks_even_without_health_words() {
        let e = Engine::new(policy_with_roster("Dana Whitfield\nLopez, Maria", &[]));
        let r = e.check(&Draft::post("Congrats to Dana Whitfield on the marathon!"));
        assert_eq!(r.verdict, Verdict::Block);
        let f = r.findings.iter().find(|f| f.rule == "roster-name").unwrap();
        assert_eq!(f.code, "C1");
        assert_eq!((f.start, f.end), (12, 26));
        let r = e.check(&Draft::post("Happy birthday MARIA LOPEZ"));
        assert!(r.findings.iter().any(|f| f.rule == "roster-name"));
    }

    #[test]
    fn near_misses_and_staff() {
        let e = Engine::new(policy_with_roster(
            "Dana Whitfield",
            &["Dr. Dana Whitfield"],
        ));
        let r = e.check(&Draft::post("Dr. Dana Whitfield joins our team"));
        assert!(!r.findings.iter().any(|f| f.rule == "roster-name"));
        let e = Engine::new(policy_with_roster("Dana Whitfield", &[]));
        let r = e.check(&Draft::post("Dana and the Whitfield family fund"));
        assert!(!r.findings.iter().any(|f| f.rule == "roster-name"));
        let r = Engine::new(Policy::default()).check(&Draft::post("Dana Whitfield"));
        assert!(!r.findings.iter().any(|f| f.rule == "roster-name"));
    }

    #[test]
    fn policy_json_roster_round_trip() {
        let p = policy_with_roster("Dana Whitfield", &[]);
        let json = serde_json::to_string(&p).unwrap();
        assert!(!json.to_lowercase().contains("whitfield"));
        let e = Engine::new(Policy::from_json(&json).unwrap());
        assert_eq!(
            e.check(&Draft::post("dana whitfield")).verdict,
            Verdict::Block
        );
    }
}
