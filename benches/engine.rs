use criterion::{criterion_group, criterion_main, Criterion};
use practice_guard::{Draft, Engine, Policy};

fn bench(c: &mut Criterion) {
    let engine = Engine::new(Policy::default());
    let d = Draft::post("Happy holidays from all of us!");
    c.bench_function("check_short", |b| b.iter(|| engine.check(&d)));
}

criterion_group!(benches, bench);
criterion_main!(benches);
