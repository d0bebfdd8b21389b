//! Which rule is slow? `cargo run --release --example rule_timings [CHARS [RUNS]]` prints the
//! time of the normalization, of each detector of the shared analysis and of each rule on a
//! draft of CHARS characters (default 280), averaged over RUNS checks (default 200).
//! `rule_timings FILE.jsonl [RUNS]` does the same over every draft of a corpus file (as `scan`
//! checks them, with the example policy), and prints the totals per pass over the file.
use practice_guard::{Draft, Engine, Policy};
use std::collections::BTreeMap;
use std::time::Duration;

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "280".into());
    let runs: u32 = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let policy = Policy::from_json(include_str!("../tests/data/policy.example.json")).unwrap();
    let engine = Engine::new(policy);
    let drafts: Vec<Draft> = if arg.ends_with(".jsonl") {
        let bytes = std::fs::read(&arg).unwrap_or_else(|e| panic!("{arg}: {e}"));
        practice_guard::corpus::parse_jsonl(&bytes)
            .into_iter()
            .flatten()
            .map(|d| d.draft())
            .collect()
    } else {
        let n: usize = arg.parse().expect("CHARS or FILE.jsonl");
        let base = "So sorry your crown came loose, Ms. Jordan, we can see you tomorrow at 3. Flu shot clinic on Oct 3! Get well soon Mrs. Alvarez after your hip replacement. Call (555) 201-4400. ";
        vec![Draft::post(
            base.chars().cycle().take(n).collect::<String>(),
        )]
    };
    // one untimed pass first: lazily compiled patterns would otherwise count in the averages
    for d in &drafts {
        engine.timings(d);
    }
    let mut total: BTreeMap<&str, Duration> = BTreeMap::new();
    for _ in 0..runs {
        for d in &drafts {
            for (id, t) in engine.timings(d) {
                *total.entry(id).or_insert(Duration::ZERO) += t;
            }
        }
    }
    let mut v: Vec<_> = total.into_iter().collect();
    v.sort_by_key(|(_, d)| std::cmp::Reverse(*d));
    let all: Duration = v.iter().map(|(_, d)| *d).sum();
    println!(
        "{:>10.2} us  (all, per pass over {} draft(s))",
        all.as_secs_f64() * 1e6 / runs as f64,
        drafts.len()
    );
    for (id, d) in v {
        println!("{:>10.2} us  {id}", d.as_secs_f64() * 1e6 / runs as f64);
    }
}
