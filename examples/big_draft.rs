//! Robustness budget: a 1 MB draft must be checked in under 100 ms.
//! `cargo run --release --example big_draft` prints the time of one check of 1 MB of mixed text.
use practice_guard::{Draft, Engine, Policy};
use std::time::Instant;

fn main() {
    let base = "Flu shot clinic on Oct 3, walk-ins welcome! 💉 So sorry your crown came loose, Ms. Jordan. \
Call (555) 201-4400. Get well soon Mrs. Alvarez after your hip replacement! Our 94-year-old patient in room 4. ";
    let text: String = base.chars().cycle().take(1_000_000).collect();
    let engine =
        Engine::new(Policy::from_json(include_str!("../tests/data/policy.example.json")).unwrap());
    engine.check(&Draft::post("warm up"));
    let d = Draft::post(text);
    let t = Instant::now();
    let r = engine.check(&d);
    println!(
        "1 MB draft ({} bytes): {:.1} ms, {} findings",
        d.text.len(),
        t.elapsed().as_secs_f64() * 1e3,
        r.findings.len()
    );
}
