//! Heap the explorer needs on the synthetic dataset 100 times the bundled one (the dataset of the
//! memory budget in `scripts/bench.mjs`): the parsed catalog, the search index (what it keeps
//! and its peak while being built), and one search. Counted by the allocator, so the figures do
//! not depend on the machine or its load; the wasm app's linear memory never shrinks, so a peak
//! costs as much as what stays.
//!
//!     cargo test -p strategy-core --release --test memory -- --nocapture

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use strategy_core::catalog::Catalog;
use strategy_core::filter::{self, Filters};

/// The system allocator, counting the bytes in use and their high-water mark.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes kept by what `f` returns and the most in use above the start while it ran.
fn measure<T>(f: impl FnOnce() -> T) -> (T, usize, usize) {
    let start = IN_USE.load(Relaxed);
    PEAK.store(start, Relaxed);
    let value = f();
    let kept = IN_USE.load(Relaxed).saturating_sub(start);
    let peak = PEAK.load(Relaxed) - start;
    (value, kept, peak)
}

const MB: f64 = 1024.0 * 1024.0;

/// The seed `scripts/bench.sh` passes to `strategy-data synth`.
const SEED: u64 = 20261124;

/// One test, as the allocator's counters are shared by the whole process.
#[test]
fn explorer_memory_on_100x_data_stays_within_budget() {
    let data_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let base = strategy_core::load::load_dir(&data_dir).expect("the bundled data is valid");
    // The copy an English reader's page loads (the bench's pages are English).
    let synthetic = strategy_core::synth::synthesize(&base, 100, SEED);
    let reader = strategy_core::reader::for_reader(&synthetic, strategy_core::model::Lang::En);
    let json = serde_json::to_string(&reader).expect("a dataset serializes");
    drop((base, synthetic, reader));

    // As the app reads its dataset (src/data.rs).
    let (catalog, catalog_kept, catalog_peak) = measure(|| {
        let data = strategy_core::load::parse_json_unvalidated("synthetic", &json)
            .expect("the synthetic dataset parses");
        Catalog::new(data, (2026, 12, 6))
    });
    let (index, index_kept, index_peak) = measure(|| filter::build_index(&catalog));
    let filters = Filters::from_query_string("q=h%C3%A4lsan&sdg=3");
    let (outcome, _, search_peak) = measure(|| filter::explore(&catalog, &index, &filters));
    assert!(!outcome.0.is_empty(), "the search finds something");

    println!(
        "100x: JSON {:.1} MB; catalog keeps {:.1} MB (peak {:.1}); index keeps {:.1} MB (peak {:.1} while built); one search peaks at {:.2} MB; {} entries",
        json.len() as f64 / MB,
        catalog_kept as f64 / MB,
        catalog_peak as f64 / MB,
        index_kept as f64 / MB,
        index_peak as f64 / MB,
        search_peak as f64 / MB,
        catalog.entries.len(),
    );
    // The browser budget is 40 MB for everything, the JSON text included while it is parsed:
    // the index may take a small part of it.
    assert!(
        index_peak as f64 / MB <= 8.0,
        "building the search index peaks at {:.1} MB",
        index_peak as f64 / MB
    );
}
