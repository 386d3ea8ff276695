//! Extraction speed on one thread, in bytes of article text per second.
//!
//! Runs on the PolNeAR dev texts of the shared evaluation corpus when it is
//! present (`../shared/corpus/polnear-dev`), else on the sample articles.
//! `cargo bench --bench extract`

use counterpoint::catalogue::Catalogue;
use counterpoint::extract;
use counterpoint::topics::TopicLexicon;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

/// The allocator the `counterpoint` binary uses, so that the bench
/// measures what users run.
#[global_allocator]
static ALLOCATOR: counterpoint::allocator::Mimalloc = counterpoint::allocator::Mimalloc;

fn texts() -> (String, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear-dev");
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> =
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        paths.sort();
        for p in paths {
            if let Ok(a) = counterpoint::ingest::read_article(&p) {
                out.push(a.text);
            }
        }
    }
    if !out.is_empty() {
        return ("polnear-dev".into(), out);
    }
    let samples = counterpoint::samples::SAMPLES
        .iter()
        .filter_map(|s| counterpoint::ingest::parse_article(s.name, s.bytes).ok())
        .map(|a| a.text)
        .collect();
    ("samples".into(), samples)
}

fn bench(c: &mut Criterion) {
    let (name, texts) = texts();
    let catalogue = Catalogue::builtin();
    let topics = TopicLexicon::builtin();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("{name} ({} articles, {} KB)", texts.len(), bytes / 1024), |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &texts {
                n += extract::extract(black_box(t), &catalogue, &topics).len();
            }
            black_box(n)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
