//! A synthetic dataset N times the size of a real one, for benchmarks only.
//!
//! Every strategy of the base dataset is copied `factor` times. Copy `k` gets the id
//! `{id}-x{k:03}`, a title that says it is synthetic (`… [synthetic k]`), and references to other
//! strategies (successors, `same_as`) pointing at the same copy, so the result passes the same
//! validation as real data. In every copy after the first, each title and description keeps a
//! pseudo-random three quarters of its words in a pseudo-random order, so searches match
//! different subsets of the copies, as they would in a larger real collection.
//!
//! The output depends only on the base dataset, `factor` and `seed` (SplitMix64, below): the same
//! arguments always give the same bytes. Regions, organisations and the SDG catalogue are kept
//! as they are. Nothing generated here is shipped: it is built into a separate benchmark bundle
//! by `scripts/bench.sh`.

use crate::model::{Dataset, Strategy, Text};

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, well-known generator, enough for
/// reproducible shuffles (not for anything secret).
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0); the tiny modulo bias does not matter here.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The base dataset with every strategy copied `factor` times (see the module docs).
pub fn synthesize(base: &Dataset, factor: usize, seed: u64) -> Dataset {
    let mut rng = SplitMix64(seed);
    let mut data = base.clone();
    data.strategies = (0..factor)
        .flat_map(|k| base.strategies.iter().map(move |s| (k, s)))
        .map(|(k, s)| copy_of(s, k, &mut rng))
        .collect();
    data
}

fn copy_id(id: &str, k: usize) -> String {
    format!("{id}-x{k:03}")
}

fn copy_of(strategy: &Strategy, k: usize, rng: &mut SplitMix64) -> Strategy {
    let mut s = strategy.clone();
    s.id = copy_id(&s.id, k);
    if let Some(successor) = s.successor.as_mut() {
        successor.strategy = successor.strategy.as_deref().map(|id| copy_id(id, k));
    }
    let vary = k > 0;
    for part in &mut s.parts {
        // `same_as` is "strategy/part": point it at the same copy of that strategy.
        part.same_as = part.same_as.as_deref().map(|r| match r.split_once('/') {
            Some((strategy, part)) => format!("{}/{part}", copy_id(strategy, k)),
            None => r.to_string(),
        });
        if vary {
            reword(&mut part.title, rng);
            if let Some(d) = part.description.as_mut() {
                reword(d, rng);
            }
            for item in &mut part.items {
                reword(&mut item.title, rng);
                if let Some(d) = item.description.as_mut() {
                    reword(d, rng);
                }
            }
        }
    }
    let label = format!(" [synthetic {k}]");
    s.title.text.push_str(&label);
    for translation in s.title.translations.values_mut() {
        translation.push_str(&label);
    }
    s
}

/// Keeps about three quarters of the words (at least one) of a text and its translations, in
/// a shuffled order.
fn reword(text: &mut Text, rng: &mut SplitMix64) {
    text.text = shuffled_subset(&text.text, rng);
    for translation in text.translations.values_mut() {
        *translation = shuffled_subset(translation, rng);
    }
}

fn shuffled_subset(text: &str, rng: &mut SplitMix64) -> String {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    // Fisher–Yates.
    for i in (1..words.len()).rev() {
        words.swap(i, rng.below(i + 1));
    }
    let keep = (words.len() * 3).div_ceil(4).max(1).min(words.len());
    words.truncate(keep);
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::validate;

    fn bundled() -> Dataset {
        crate::load::load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data"))
            .expect("the bundled data is valid")
    }

    #[test]
    fn copies_every_strategy_and_stays_valid() {
        let base = bundled();
        let big = synthesize(&base, 7, 42);
        assert_eq!(big.strategies.len(), base.strategies.len() * 7);
        assert_eq!(
            validate(&big),
            vec![],
            "the synthetic dataset passes the same validation as real data"
        );
        assert!(
            big.strategies
                .iter()
                .all(|s| s.title.text.contains("[synthetic ")),
            "every copy says it is synthetic"
        );
    }

    #[test]
    fn same_seed_same_output_other_seed_other_output() {
        let base = bundled();
        let json = |seed| serde_json::to_string(&synthesize(&base, 3, seed)).unwrap();
        assert_eq!(json(1), json(1));
        assert_ne!(json(1), json(2));
    }

    #[test]
    fn first_copy_keeps_the_wording_later_copies_vary_it() {
        let base = bundled();
        let big = synthesize(&base, 2, 9);
        let n = base.strategies.len();
        assert_eq!(
            big.strategies[0].parts[0].title.text,
            base.strategies[0].parts[0].title.text
        );
        let varied = (0..n).any(|i| {
            big.strategies[n + i]
                .parts
                .iter()
                .zip(&base.strategies[i].parts)
                .any(|(a, b)| a.title.text != b.title.text)
        });
        assert!(varied, "the second copy rewords some titles");
    }

    #[test]
    fn shuffled_subset_keeps_three_quarters_of_the_words() {
        let mut rng = SplitMix64(5);
        let out = shuffled_subset("a b c d e f g h", &mut rng);
        assert_eq!(out.split(' ').count(), 6);
        assert!(out.split(' ').all(|w| "abcdefgh".contains(w)));
        assert_eq!(shuffled_subset("one", &mut rng), "one");
        assert_eq!(shuffled_subset("", &mut rng), "");
    }
}
