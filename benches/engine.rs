//! Speed budgets of issue 3, measured with criterion:
//! a 280-character draft <= 20 us; a 63,206-character draft (Facebook's limit) <= 3 ms;
//! a 1 MB draft < 100 ms; `Engine::new` <= 20 ms; `scan` >= 20 MB/s.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use practice_guard::corpus::{check_each, parse_jsonl};
use practice_guard::{Draft, Engine, Kind, Policy};
use std::hint::black_box;

const POLICY: &str = include_str!("../tests/data/policy.example.json");

/// Realistic sentences, clean and risky, cycled to any length.
#[path = "common/drafts.rs"]
mod drafts;
use drafts::text_of_len;

fn bench(c: &mut Criterion) {
    let policy = Policy::from_json(POLICY).unwrap();
    let engine = Engine::new(policy.clone());

    let mut g = c.benchmark_group("check");
    for n in [280usize, 10_000, 63_206] {
        let d = Draft::post(text_of_len(n));
        g.throughput(Throughput::Bytes(d.text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &d, |b, d| {
            b.iter(|| engine.check(black_box(d)))
        });
    }
    let reply = Draft::reply(
        text_of_len(280),
        "toothfairy22",
        "Worst dentist ever, my crown fell off after two days!",
    )
    .with_kind(Kind::Reply);
    g.bench_function("reply_280", |b| b.iter(|| engine.check(black_box(&reply))));
    // A 1 MB draft (issue 3: under 100 ms), with fewer samples.
    let big = Draft::post(text_of_len(1_000_000));
    g.throughput(Throughput::Bytes(big.text.len() as u64));
    g.sample_size(10);
    g.bench_with_input(BenchmarkId::from_parameter(1_000_000), &big, |b, d| {
        b.iter(|| engine.check(black_box(d)))
    });
    g.finish();

    c.bench_function("engine_new", |b| {
        b.iter(|| Engine::new(black_box(policy.clone())))
    });

    // normalize: Text::new on non-ASCII text (accents, decomposed marks, emoji, full-width,
    // Cyrillic look-alikes), the path that runs NFKC chunk by chunk.
    let mixed = "Café crème for Zoë and José\u{301}! 🎉 Ｃａｌｌ １２３ — “Dr. Núñez” at 9\u{202f}am,                  Аlvаrez ﬁle ① Ελλάδα Привет. ";
    let mut g = c.benchmark_group("normalize");
    for n in [280usize, 63_206] {
        let t: String = mixed.chars().cycle().take(n).collect();
        g.throughput(Throughput::Bytes(t.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &t, |b, t| {
            b.iter(|| practice_guard::text::Text::new(black_box(t)))
        });
    }
    g.finish();

    // scan: the dev corpus repeated, parse + check, as the CLI does.
    let corpus = std::fs::read("../shared/corpus/dev.jsonl")
        .unwrap_or_else(|_| include_bytes!("../tests/data/scan-sample.jsonl").to_vec());
    let mut big = Vec::new();
    while big.len() < 1_000_000 {
        big.extend_from_slice(&corpus);
    }
    let mut g = c.benchmark_group("scan");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(10);
    g.bench_function("jsonl_1MB", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for d in parse_jsonl(black_box(&big)).into_iter().flatten() {
                n += engine.check(&d.draft()).findings.len();
            }
            n
        })
    });
    // The same on all the machine's cores, as the CLI's scan and eval run it.
    g.bench_function("jsonl_1MB_all_cores", |b| {
        b.iter(|| {
            let drafts: Vec<_> = parse_jsonl(black_box(&big)).into_iter().flatten().collect();
            let reports = check_each(&drafts, |_| &engine);
            reports.iter().map(|r| r.findings.len()).sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
