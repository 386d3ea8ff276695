//! Grouping re-reported statements at scale: the statements of 2,000
//! articles (the samples copied with variations, so every remark is
//! carried by hundreds of articles, the hardest case for grouping).
//! `cargo bench --bench grouping`

use counterpoint::workspace::Workspace;
use criterion::{Criterion, criterion_group, criterion_main};
use std::sync::Arc;
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let mut ws = Workspace::default();
    ws.add_articles(counterpoint::samples::varied(2000).into_iter().map(Arc::new).collect());
    let items = ws.grouping_items();
    let mut g = c.benchmark_group("grouping");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function(format!("group the statements of 2000 articles ({} statements)", items.len()), |b| {
        b.iter(|| counterpoint::grouping::group(&items))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
