//! Which rule is slow? `cargo run --release --example rule_timings [CHARS [RUNS]]` prints the
//! time of the shared analysis and of each rule on a draft of CHARS characters (default 280),
//! averaged over RUNS checks (default 200).
use practice_guard::{Draft, Engine, Policy};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(280);
    let base = "So sorry your crown came loose, Ms. Jordan, we can see you tomorrow at 3. Flu shot clinic on Oct 3! Get well soon Mrs. Alvarez after your hip replacement. Call (555) 201-4400. ";
    let text: String = base.chars().cycle().take(n).collect();
    let policy = Policy::from_json(include_str!("../tests/data/policy.example.json")).unwrap();
    let engine = Engine::new(policy);
    let draft = Draft::post(text);
    let mut total = std::collections::BTreeMap::new();
    // one untimed run first: lazily compiled patterns would otherwise count in the averages
    engine.timings(&draft);
    let runs: u32 = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    for _ in 0..runs {
        for (id, d) in engine.timings(&draft) {
            *total.entry(id).or_insert(std::time::Duration::ZERO) += d;
        }
    }
    let mut v: Vec<_> = total.into_iter().collect();
    v.sort_by_key(|(_, d)| std::cmp::Reverse(*d));
    for (id, d) in v {
        println!("{:>10.2} us  {id}", d.as_secs_f64() * 1e6 / runs as f64);
    }
}
