//! What the shared detectors see in a draft, to debug a rule: `cargo run --release --example
//! analyze -- "TEXT" [POLICY.json]` prints each mention (persons, health, care, identifiers,
//! dates, places, ages) with its kind, score and the text it covers.
use practice_guard::engine::{CompiledPolicy, Ctx};
use practice_guard::{Draft, Policy};

fn main() {
    let text = std::env::args().nth(1).expect("TEXT [POLICY.json]");
    let policy = match std::env::args().nth(2) {
        Some(f) => {
            Policy::from_json(&std::fs::read_to_string(&f).expect("policy file")).expect("policy")
        }
        None => Policy::default(),
    };
    let compiled = CompiledPolicy::new(policy);
    let draft = Draft::post(text);
    let ctx = Ctx::new(&draft, &compiled);
    let a = ctx.analysis();
    let norm = ctx.norm();
    for (name, list) in [
        ("person", &a.persons),
        ("health", &a.health),
        ("care", &a.care),
        ("identifier", &a.identifiers),
        ("date", &a.dates),
        ("place", &a.places),
        ("age", &a.ages),
    ] {
        for m in list {
            println!(
                "{name:10} {:16} {:.2} {:?}",
                m.kind,
                m.score,
                &norm[m.start..m.end]
            );
        }
    }
}
