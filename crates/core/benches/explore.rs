//! Native benchmarks of the explorer's core (search, facets, filtering) over the bundled data and
//! over the synthetic dataset 100 times its size (`strategy_core::synth`, fixed seed), the
//! dataset the browser benchmark (`scripts/bench.sh`) uses as well.
//!
//!     cargo bench -p strategy-core --bench explore
//!
//! Each case is one call of what the explore page runs per keystroke or facet change:
//! `filter::explore` (search + ranked hits + the counts of every facet option).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;
use std::path::Path;
use strategy_core::catalog::Catalog;
use strategy_core::filter::{self, Filters};

/// The seed `scripts/bench.sh` passes to `strategy-data synth`.
const SEED: u64 = 20261124;

/// What a visitor does on the explore page: typing a word letter by letter, a multi-word search
/// in each language, a facet, and a facet together with a search.
const CASES: [(&str, &str); 8] = [
    ("empty", ""),
    ("typing-g", "q=g"),
    ("typing-gro", "q=gr%C3%B8"),
    ("word-da", "q=gr%C3%B8n%20omstilling"),
    ("word-sv", "q=h%C3%A4lsan"),
    ("word-en", "q=sustainable%20development"),
    ("facet-sdg", "sdg=13"),
    ("facet-and-text", "country=se&sdg=3&q=regionens"),
];

fn catalogs() -> Vec<(&'static str, Catalog)> {
    let data_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let base = strategy_core::load::load_dir(&data_dir).expect("the bundled data is valid");
    let big = strategy_core::synth::synthesize(&base, 100, SEED);
    // A fixed day, so that the figures do not depend on when they are taken.
    let today = (2026, 12, 6);
    vec![
        ("1x", Catalog::new(base, today)),
        ("100x", Catalog::new(big, today)),
    ]
}

fn bench(c: &mut Criterion) {
    for (size, catalog) in catalogs() {
        c.bench_function(&format!("build_index/{size}"), |b| {
            b.iter(|| filter::build_index(black_box(&catalog)))
        });
        let index = filter::build_index(&catalog);
        let mut group = c.benchmark_group(format!("explore/{size}"));
        for (name, query) in CASES {
            let filters = Filters::from_query_string(query);
            group.bench_with_input(BenchmarkId::from_parameter(name), &filters, |b, f| {
                b.iter(|| filter::explore(&catalog, &index, black_box(f)))
            });
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    // Short runs: the figures are for comparison with the browser budgets, not micro-tuning.
    config = Criterion::default().sample_size(30).warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
