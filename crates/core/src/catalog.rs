//! A dataset prepared for browsing: every part and item as a flat entry, and every SDG link
//! with where it sits. Built once per dataset; pages and filters only read it.

use crate::model::*;
use crate::status::{Day, Standing};

/// Where an entry or link sits: a strategy, optionally a part, optionally an item of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Place {
    pub strategy: usize,
    pub part: Option<usize>,
    pub item: Option<usize>,
}

/// One SDG link and the place it belongs to.
#[derive(Clone, Copy, Debug)]
pub struct LinkRef<'a> {
    pub place: Place,
    pub link: &'a SdgLink,
}

pub struct Catalog {
    pub data: Dataset,
    /// Every part and item, in strategy order; parts precede their items.
    pub entries: Vec<Place>,
    /// The day the standings are for (the app's build date).
    pub today: Day,
    /// The standing of each strategy on `today`, in strategy order.
    standings: Vec<Standing>,
}

impl Catalog {
    /// The catalog of `data` as it stands on `today` (the app passes its build date).
    pub fn new(data: Dataset, today: Day) -> Catalog {
        let mut entries = Vec::new();
        for (s, strategy) in data.strategies.iter().enumerate() {
            for (p, part) in strategy.parts.iter().enumerate() {
                entries.push(Place {
                    strategy: s,
                    part: Some(p),
                    item: None,
                });
                for i in 0..part.items.len() {
                    entries.push(Place {
                        strategy: s,
                        part: Some(p),
                        item: Some(i),
                    });
                }
            }
        }
        let standings = data
            .strategies
            .iter()
            .map(|s| Standing::of(s, today))
            .collect();
        Catalog {
            data,
            entries,
            today,
            standings,
        }
    }

    /// The standing of the strategy at index `strategy` (see [`crate::status`]).
    pub fn standing(&self, strategy: usize) -> Standing {
        self.standings[strategy]
    }

    pub fn strategy_index(&self, id: &str) -> Option<usize> {
        self.data.strategies.iter().position(|s| s.id == id)
    }

    pub fn strategy_at(&self, place: Place) -> &Strategy {
        &self.data.strategies[place.strategy]
    }

    pub fn part_at(&self, place: Place) -> Option<&Part> {
        place.part.map(|p| &self.strategy_at(place).parts[p])
    }

    pub fn item_at(&self, place: Place) -> Option<&Item> {
        Some(&self.part_at(place)?.items[place.item?])
    }

    /// The title of whatever sits at `place`.
    pub fn title_at(&self, place: Place) -> &Text {
        match (self.part_at(place), self.item_at(place)) {
            (_, Some(item)) => &item.title,
            (Some(part), None) => &part.title,
            (None, None) => &self.strategy_at(place).title,
        }
    }

    /// The SDG links made directly at `place` (not those of its children).
    pub fn links_at(&self, place: Place) -> &[SdgLink] {
        match (self.part_at(place), self.item_at(place)) {
            (_, Some(item)) => &item.sdg,
            (Some(part), None) => &part.sdg,
            (None, None) => &self.strategy_at(place).sdg,
        }
    }

    /// The source ids given for whatever sits at `place`.
    pub fn sources_at(&self, place: Place) -> &[String] {
        match (self.part_at(place), self.item_at(place)) {
            (_, Some(item)) => &item.sources,
            (Some(part), None) => &part.sources,
            (None, None) => &[],
        }
    }

    /// Every SDG link in the dataset, strategy by strategy, in document order.
    pub fn links(&self) -> impl Iterator<Item = LinkRef<'_>> + '_ {
        self.data
            .strategies
            .iter()
            .enumerate()
            .flat_map(move |(s, strategy)| {
                let top = Place {
                    strategy: s,
                    part: None,
                    item: None,
                };
                strategy
                    .sdg
                    .iter()
                    .map(move |link| LinkRef { place: top, link })
                    .chain(
                        self.entries
                            .iter()
                            .filter(move |e| e.strategy == s)
                            .flat_map(move |&place| {
                                self.links_at(place)
                                    .iter()
                                    .map(move |link| LinkRef { place, link })
                            }),
                    )
            })
    }

    /// The links of one strategy, including those of its parts and items.
    pub fn links_of_strategy(&self, strategy: usize) -> impl Iterator<Item = LinkRef<'_>> + '_ {
        self.links().filter(move |l| l.place.strategy == strategy)
    }

    /// How many links point at each goal: index 0 is goal 1.
    pub fn goal_counts<'a>(links: impl Iterator<Item = LinkRef<'a>>) -> [usize; 17] {
        let mut counts = [0; 17];
        for l in links {
            if let Some(c) = counts.get_mut(usize::from(l.link.goal).wrapping_sub(1)) {
                *c += 1;
            }
        }
        counts
    }

    /// The region of a strategy (its first region).
    pub fn region_of(&self, strategy: &Strategy) -> Option<&Region> {
        strategy.regions.first().and_then(|id| self.data.region(id))
    }

    /// Strategies of a region, in dataset order.
    pub fn strategies_of<'a>(
        &'a self,
        region: &'a str,
    ) -> impl Iterator<Item = (usize, &'a Strategy)> + 'a {
        self.data
            .strategies
            .iter()
            .enumerate()
            .filter(move |(_, s)| s.regions.iter().any(|r| r == region))
    }

    /// Parts and items of the dataset that carry no SDG link, per strategy.
    pub fn unlinked(&self, strategy: usize) -> Vec<Place> {
        self.entries
            .iter()
            .copied()
            .filter(|&p| p.strategy == strategy && self.links_at(p).is_empty())
            .collect()
    }

    /// Number of items the strategy declares without wording (on itself and its parts).
    pub fn declared_count(strategy: &Strategy) -> u32 {
        strategy
            .declared
            .iter()
            .chain(strategy.parts.iter().flat_map(|p| p.declared.iter()))
            .map(|d| d.count)
            .sum()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::testutil;

    fn link(goal: u8) -> SdgLink {
        testutil::link(goal, BasisKind::Editorial)
    }

    fn part(id: &str, items: Vec<Item>, sdg: Vec<SdgLink>) -> Part {
        Part {
            items,
            sdg,
            ..testutil::part(id)
        }
    }

    fn item(id: &str, sdg: Vec<SdgLink>) -> Item {
        Item {
            kind: ItemKind::GoalTo2030,
            sdg,
            ..testutil::item(id)
        }
    }

    /// One strategy with two parts, items with and without links, and a strategy-level link.
    pub(crate) fn catalog() -> Catalog {
        let strategy = Strategy {
            regions: vec!["r".into()],
            title: Text::plain("S1"),
            parts: vec![
                part(
                    "a",
                    vec![item("a1", vec![link(3), link(10)]), item("a2", vec![])],
                    vec![link(3)],
                ),
                part("b", vec![], vec![]),
            ],
            sdg: vec![link(17)],
            ..testutil::strategy("s1")
        };
        Catalog::new(
            Dataset {
                strategies: vec![strategy],
                ..Dataset::default()
            },
            (2026, 12, 6),
        )
    }

    #[test]
    fn entries_list_parts_before_their_items() {
        let c = catalog();
        let ids: Vec<&str> = c
            .entries
            .iter()
            .map(|&p| c.title_at(p).text.as_str())
            .collect();
        assert_eq!(ids, ["a", "a1", "a2", "b"]);
    }

    #[test]
    fn links_are_counted_per_goal_including_strategy_level() {
        let c = catalog();
        let counts = Catalog::goal_counts(c.links());
        assert_eq!(counts[2], 2);
        assert_eq!(counts[9], 1);
        assert_eq!(counts[16], 1);
        assert_eq!(counts.iter().sum::<usize>(), 4);
    }

    #[test]
    fn unlinked_entries_are_listed() {
        let c = catalog();
        let titles: Vec<&str> = c
            .unlinked(0)
            .into_iter()
            .map(|p| c.title_at(p).text.as_str())
            .collect();
        assert_eq!(titles, ["a2", "b"]);
    }
}
