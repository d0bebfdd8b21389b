//! Runs RUNS checks of one of the benchmark's drafts, for profilers that count instructions
//! (the machine's timings are too noisy to compare small changes):
//! `valgrind --tool=callgrind --toggle-collect=check_loop::run_loop \
//!    target/release/examples/check_loop KIND RUNS [WARM]` (KIND: 280, 10000, 63206, reply, big; or scan, toggling
//! check_loop::scan_loop: the dev corpus parsed and checked, as the scan benchmark does).
//! The texts are those of benches/engine.rs and examples/big_draft.rs.
use practice_guard::{Draft, Engine, Kind, Policy};
use std::hint::black_box;
#[path = "../benches/common/drafts.rs"]
mod drafts;
use drafts::text_of_len;
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let runs: usize = a[2].parse().unwrap();
    let engine =
        Engine::new(Policy::from_json(include_str!("../tests/data/policy.example.json")).unwrap());
    if a[1] == "scan" {
        // as benches/engine.rs's scan: parse the dev corpus and check every draft
        let corpus = std::fs::read("../shared/corpus/dev.jsonl")
            .unwrap_or_else(|_| include_bytes!("../tests/data/scan-sample.jsonl").to_vec());
        scan_loop(&engine, &corpus, 1);
        scan_loop(&engine, &corpus, runs);
        return;
    }
    let d = match a[1].as_str() {
        "reply" => Draft::reply(
            text_of_len(280),
            "toothfairy22",
            "Worst dentist ever, my crown fell off after two days!",
        )
        .with_kind(Kind::Reply),
        "big" => {
            let base = "Flu shot clinic on Oct 3, walk-ins welcome! 💉 So sorry your crown came loose, Ms. Jordan. \
Call (555) 201-4400. Get well soon Mrs. Alvarez after your hip replacement! Our 94-year-old patient in room 4. ";
            Draft::post(base.chars().cycle().take(1_000_000).collect::<String>())
        }
        n => Draft::post(text_of_len(n.parse().unwrap())),
    };
    // (WARM, optional: warm-up checks before the measured ones, 1 by default; past 512 KB
    // checked, the shared gate scan runs its DFA, as in a long criterion run)
    let warm: usize = a.get(3).map_or(1, |w| w.parse().unwrap());
    for _ in 0..warm.max(1) {
        engine.check(&d);
    }
    run_loop(&engine, &d, runs);
}
#[inline(never)]
fn scan_loop(engine: &Engine, corpus: &[u8], runs: usize) {
    for _ in 0..runs {
        for d in practice_guard::corpus::parse_jsonl(black_box(corpus))
            .into_iter()
            .flatten()
        {
            black_box(engine.check(&d.draft()));
        }
    }
}

#[inline(never)]
fn run_loop(engine: &Engine, d: &Draft, runs: usize) {
    for _ in 0..runs {
        black_box(engine.check(black_box(d)));
    }
}
