//! Cold start: how long the first `Engine::new` (lexicons and matchers built) and the first
//! check take in a fresh process. `cargo run --release --example cold_start`
use practice_guard::{Draft, Engine, Policy};
use std::time::Instant;

fn main() {
    let policy = Policy::from_json(include_str!("../tests/data/policy.example.json")).unwrap();
    let t = Instant::now();
    let engine = Engine::new(policy);
    let built = t.elapsed();
    let t = Instant::now();
    let r = engine.check(&Draft::post(
        "Get well soon Mrs. Alvarez after your hip replacement!",
    ));
    let first = t.elapsed();
    let t = Instant::now();
    engine.check(&Draft::post(
        "Get well soon Mrs. Alvarez after your knee replacement!",
    ));
    let second = t.elapsed();
    println!(
        "Engine::new (cold) {:.2} ms; first check {:.1} us; second check {:.1} us; verdict {}",
        built.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e6,
        second.as_secs_f64() * 1e6,
        r.verdict.as_str()
    );
}
