//! What the home page and the Not Found page show of a dataset: its regions, a card per
//! strategy and how many SDG links point at each goal.
//!
//! It is small on purpose. The app's first load carries the bundled data's overview as Rust
//! code (build.rs bakes it with the `bake` feature) and fetches the dataset itself, with its
//! JSON reader, only when a page needs it: the home page never does.

use crate::catalog::Catalog;
use crate::model::*;
use crate::status::Standing;

#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    pub regions: Vec<RegionCard>,
    /// In dataset order.
    pub strategies: Vec<StrategyCard>,
    pub sdgs: Vec<Sdg>,
    /// How many SDG links of the whole dataset point at each goal: index 0 is goal 1.
    pub goal_counts: [usize; 17],
}

#[derive(Clone, Debug, PartialEq)]
pub struct RegionCard {
    pub id: String,
    pub name: Text,
    pub country: Country,
    pub language: Lang,
}

/// A strategy at a glance: what a card shows and where it links.
#[derive(Clone, Debug, PartialEq)]
pub struct StrategyCard {
    pub id: String,
    /// Region ids.
    pub regions: Vec<String>,
    pub title: Text,
    pub language: Lang,
    pub kind: StrategyKind,
    /// Its standing on the catalog's day (for the bundled data: the build date).
    pub standing: Standing,
    /// Whether the data names what replaced it.
    pub has_successor: bool,
    pub period: Period,
    pub adopted: Option<PartialDate>,
    /// Number of parts, and of items in all parts.
    pub parts: usize,
    pub items: usize,
}

impl Overview {
    pub fn of(catalog: &Catalog) -> Overview {
        let data = &catalog.data;
        Overview {
            regions: data
                .regions
                .iter()
                .map(|r| RegionCard {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    country: r.country,
                    language: r.language,
                })
                .collect(),
            strategies: data
                .strategies
                .iter()
                .enumerate()
                .map(|(i, s)| StrategyCard {
                    id: s.id.clone(),
                    regions: s.regions.clone(),
                    title: s.title.clone(),
                    language: s.language,
                    kind: s.kind,
                    standing: catalog.standing(i),
                    has_successor: s.successor.is_some(),
                    period: s.period.clone(),
                    adopted: s.adopted.as_ref().map(|a| a.date.clone()),
                    parts: s.parts.len(),
                    items: s.item_count(),
                })
                .collect(),
            sdgs: data.sdgs.clone(),
            goal_counts: Catalog::goal_counts(catalog.links()),
        }
    }

    /// The strategies of a region, in dataset order.
    pub fn strategies_of<'a>(
        &'a self,
        region: &'a str,
    ) -> impl Iterator<Item = &'a StrategyCard> + 'a {
        self.strategies
            .iter()
            .filter(move |s| s.regions.iter().any(|r| r == region))
    }

    /// The number of links pointing at `goal` (1 to 17).
    pub fn goal_count(&self, goal: u8) -> usize {
        self.goal_counts
            .get(usize::from(goal).wrapping_sub(1))
            .copied()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_overview_has_what_the_cards_show_and_the_links_per_goal() {
        let mut catalog = crate::catalog::tests::catalog();
        catalog.data.regions.push(Region {
            name: Text::plain("Region R"),
            ..crate::testutil::region("r", Country::SE, Lang::Sv)
        });
        let overview = Overview::of(&catalog);
        assert_eq!(
            overview.regions,
            [RegionCard {
                id: "r".into(),
                name: Text::plain("Region R"),
                country: Country::SE,
                language: Lang::Sv
            }]
        );
        let card = &overview.strategies[0];
        assert_eq!(
            (
                card.id.as_str(),
                card.title.text.as_str(),
                card.parts,
                card.items
            ),
            ("s1", "S1", 2, 2)
        );
        assert!(card.period.open_ended && card.adopted.is_none());
        assert_eq!(
            (card.standing, card.has_successor),
            (Standing::UntilFurtherNotice, false)
        );
        assert_eq!(overview.strategies_of("r").count(), 1);
        assert_eq!(overview.strategies_of("elsewhere").count(), 0);
        // Links of the strategy itself, its parts and its items all count.
        assert_eq!(
            (
                overview.goal_count(3),
                overview.goal_count(10),
                overview.goal_count(17),
                overview.goal_count(1)
            ),
            (2, 1, 1, 0)
        );
        assert_eq!(
            overview.goal_count(0),
            0,
            "goal numbers outside 1..=17 count nothing"
        );
    }
}
