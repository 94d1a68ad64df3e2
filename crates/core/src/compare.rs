//! Comparing strategies: SDG links per strategy and goal, the links of one goal grouped by
//! region and strategy, each strategy's goal coverage, and how each region structures its
//! strategies. Plain functions over a [`Catalog`]; the pages only render what they return.

use crate::catalog::{Catalog, LinkRef, Place};
use crate::model::*;

/// Number of goals.
pub const GOALS: usize = 17;

/// Links per strategy (rows, dataset order) and goal (columns, index 0 is goal 1), counting
/// links made on the strategy itself and on its parts and items.
pub fn matrix(catalog: &Catalog) -> Vec<[usize; GOALS]> {
    let mut rows = vec![[0; GOALS]; catalog.data.strategies.len()];
    for l in catalog.links() {
        if let Some(cell) = goal_index(l.link.goal).map(|g| &mut rows[l.place.strategy][g]) {
            *cell += 1;
        }
    }
    rows
}

/// Column totals of a matrix: links per goal across all strategies.
pub fn goal_totals(matrix: &[[usize; GOALS]]) -> [usize; GOALS] {
    let mut totals = [0; GOALS];
    for row in matrix {
        for (t, n) in totals.iter_mut().zip(row) {
            *t += n;
        }
    }
    totals
}

/// The index of a goal number in a row (goal 1 is index 0), if it is a goal.
pub fn goal_index(goal: u8) -> Option<usize> {
    (1..=GOALS as u8)
        .contains(&goal)
        .then(|| usize::from(goal) - 1)
}

/// A goal number from a URL segment or parameter: "1" to "17", nothing else.
pub fn parse_goal(s: &str) -> Option<u8> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) || s.starts_with('0') {
        return None;
    }
    s.parse().ok().filter(|g| goal_index(*g).is_some())
}

/// The selected cell of the matrix from `?strategy=ID&goal=N`: both must be known.
pub fn selection(
    catalog: &Catalog,
    strategy: Option<&str>,
    goal: Option<&str>,
) -> Option<(usize, u8)> {
    Some((catalog.strategy_index(strategy?)?, parse_goal(goal?)?))
}

/// The links of one cell: from strategy `strategy` (its own, its parts' and its items') to `goal`.
pub fn cell_links(catalog: &Catalog, strategy: usize, goal: u8) -> Vec<LinkRef<'_>> {
    catalog
        .links_of_strategy(strategy)
        .filter(|l| l.link.goal == goal)
        .collect()
}

/// The links to one goal of one strategy, for grouping.
pub struct StrategyLinks<'a> {
    pub strategy: usize,
    pub links: Vec<LinkRef<'a>>,
}

/// The links to one goal within one region (`None`: strategies without a known region).
pub struct RegionLinks<'a> {
    pub region: Option<usize>,
    pub strategies: Vec<StrategyLinks<'a>>,
}

/// Every link to `goal`, grouped by region (dataset order) and strategy (dataset order);
/// regions and strategies without such links are left out. A strategy is placed under its
/// first region, as everywhere else in the app.
pub fn links_by_region(catalog: &Catalog, goal: u8) -> Vec<RegionLinks<'_>> {
    let region_index = |s: usize| {
        let id = catalog.data.strategies[s].regions.first()?;
        catalog.data.regions.iter().position(|r| &r.id == id)
    };
    let mut groups: Vec<RegionLinks> = Vec::new();
    for s in 0..catalog.data.strategies.len() {
        let links = cell_links(catalog, s, goal);
        if links.is_empty() {
            continue;
        }
        let region = region_index(s);
        match groups.iter_mut().find(|g| g.region == region) {
            Some(group) => group.strategies.push(StrategyLinks { strategy: s, links }),
            None => groups.push(RegionLinks {
                region,
                strategies: vec![StrategyLinks { strategy: s, links }],
            }),
        }
    }
    // Known regions in dataset order, then strategies without a known region.
    groups.sort_by_key(|g| g.region.unwrap_or(usize::MAX));
    groups
}

/// Which goals a strategy's links touch, and what carries no link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// Goals with at least one link, ascending.
    pub touched: Vec<u8>,
    /// Goals without any link, ascending.
    pub untouched: Vec<u8>,
    /// Parts and items without an SDG link of their own.
    pub unlinked: usize,
    /// Parts and items in all.
    pub entries: usize,
}

/// The coverage of strategy `strategy`, given its row of the matrix.
pub fn coverage(catalog: &Catalog, strategy: usize, row: &[usize; GOALS]) -> Coverage {
    let goals = (1..=GOALS as u8).map(|g| (g, row[usize::from(g) - 1]));
    Coverage {
        touched: goals
            .clone()
            .filter(|&(_, n)| n > 0)
            .map(|(g, _)| g)
            .collect(),
        untouched: goals.filter(|&(_, n)| n == 0).map(|(g, _)| g).collect(),
        unlinked: catalog.unlinked(strategy).len(),
        entries: catalog
            .entries
            .iter()
            .filter(|p| p.strategy == strategy)
            .count(),
    }
}

/// One part in a structure summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartSummary {
    /// Index of the part in its strategy.
    pub part: usize,
    pub items: usize,
    /// Items the sources declare but whose wording we do not have.
    pub declared: u32,
    pub superseded: bool,
}

/// The parts of one kind in a strategy, in document order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindGroup {
    pub kind: PartKind,
    pub parts: Vec<PartSummary>,
}

impl KindGroup {
    pub fn items(&self) -> usize {
        self.parts.iter().map(|p| p.items).sum()
    }

    pub fn declared(&self) -> u32 {
        self.parts.iter().map(|p| p.declared).sum()
    }
}

/// How one strategy is built: its parts by kind, with counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StrategyStructure {
    pub strategy: usize,
    /// Kinds in the order they first occur in the strategy.
    pub kinds: Vec<KindGroup>,
    pub parts: usize,
    /// Items with wording in our data.
    pub items: usize,
    /// Declared items without wording, on the strategy itself and on its parts.
    pub declared: u32,
    /// Declared items on the strategy itself (not placed in a part).
    pub declared_top: u32,
}

/// The strategies of one region and their structures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionStructure {
    /// Index into `data.regions`.
    pub region: usize,
    pub strategies: Vec<StrategyStructure>,
}

/// The structure of one strategy.
pub fn structure(catalog: &Catalog, strategy: usize) -> StrategyStructure {
    let s = &catalog.data.strategies[strategy];
    let mut kinds: Vec<KindGroup> = Vec::new();
    for (p, part) in s.parts.iter().enumerate() {
        let summary = PartSummary {
            part: p,
            items: part.items.len(),
            declared: part.declared.iter().map(|d| d.count).sum(),
            superseded: part.status == Status::Superseded,
        };
        match kinds.iter_mut().find(|k| k.kind == part.kind) {
            Some(group) => group.parts.push(summary),
            None => kinds.push(KindGroup {
                kind: part.kind,
                parts: vec![summary],
            }),
        }
    }
    StrategyStructure {
        strategy,
        kinds,
        parts: s.parts.len(),
        items: s.item_count(),
        declared: Catalog::declared_count(s),
        declared_top: s.declared.iter().map(|d| d.count).sum(),
    }
}

/// Every region (dataset order) with its strategies (dataset order) and their structures.
/// Regions without strategies are kept, so that a reader sees them.
pub fn structures(catalog: &Catalog) -> Vec<RegionStructure> {
    catalog
        .data
        .regions
        .iter()
        .enumerate()
        .map(|(r, region)| RegionStructure {
            region: r,
            strategies: catalog
                .strategies_of(&region.id)
                .map(|(s, _)| structure(catalog, s))
                .collect(),
        })
        .collect()
}

/// Whether a link sits on a part or item (an entry) rather than on the strategy itself.
pub fn is_entry(place: Place) -> bool {
    place.part.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{self, link};

    fn item(id: &str, sdg: Vec<SdgLink>) -> Item {
        Item {
            kind: ItemKind::StrategicGoal,
            sdg,
            ..testutil::item(id)
        }
    }

    fn declared(count: u32) -> Declared {
        Declared {
            count,
            kind: ItemKind::FocusArea,
            label: Text::plain("x"),
            find_at: "https://x".into(),
            note: None,
            sources: vec![],
        }
    }

    fn part(id: &str, kind: PartKind, items: Vec<Item>, sdg: Vec<SdgLink>) -> Part {
        Part {
            kind,
            items,
            sdg,
            ..testutil::part(id)
        }
    }

    fn strategy(id: &str, region: &str, parts: Vec<Part>, sdg: Vec<SdgLink>) -> Strategy {
        Strategy {
            regions: if region.is_empty() {
                vec![]
            } else {
                vec![region.into()]
            },
            parts,
            sdg,
            ..testutil::strategy(id)
        }
    }

    fn region(id: &str) -> Region {
        testutil::region(id, Country::SE, Lang::Sv)
    }

    /// r1: a (goal 3 on a part, 3 and 13 on an item, 17 on the strategy) and c (nothing);
    /// r2: b (13 on a part); r3: no strategies; d has no known region.
    fn catalog() -> Catalog {
        use BasisKind::*;
        let mut superseded = part("a-old", PartKind::Theme, vec![], vec![]);
        superseded.status = Status::Superseded;
        superseded.declared = vec![declared(3)];
        let a = strategy(
            "a",
            "r1",
            vec![
                part(
                    "a-1",
                    PartKind::Theme,
                    vec![
                        item("a-1-x", vec![link(3, Stated), link(13, Editorial)]),
                        item("a-1-y", vec![]),
                    ],
                    vec![link(3, Inferred)],
                ),
                part("a-2", PartKind::Perspective, vec![], vec![]),
                superseded,
            ],
            vec![link(17, Stated)],
        );
        let b = strategy(
            "b",
            "r2",
            vec![part(
                "b-1",
                PartKind::PriorityArea,
                vec![item("b-1-x", vec![])],
                vec![link(13, Editorial)],
            )],
            vec![],
        );
        let mut c = strategy("c", "r1", vec![], vec![]);
        c.declared = vec![declared(12)];
        let d = strategy(
            "d",
            "",
            vec![part(
                "d-1",
                PartKind::Theme,
                vec![],
                vec![link(13, Editorial)],
            )],
            vec![],
        );
        Catalog::new(
            Dataset {
                regions: vec![region("r1"), region("r2"), region("r3")],
                strategies: vec![a, b, c, d],
                ..Dataset::default()
            },
            (2026, 12, 6),
        )
    }

    #[test]
    fn matrix_counts_links_per_strategy_and_goal() {
        let c = catalog();
        let m = matrix(&c);
        assert_eq!(m.len(), 4);
        assert_eq!(m[0][2], 2, "goal 3: one on the part, one on the item");
        assert_eq!(m[0][12], 1);
        assert_eq!(m[0][16], 1, "links on the strategy itself count");
        assert_eq!(m[0].iter().sum::<usize>(), 4);
        assert_eq!(m[1][12], 1);
        assert_eq!(m[2], [0; GOALS]);
        let totals = goal_totals(&m);
        assert_eq!(totals[12], 3);
        assert_eq!(totals.iter().sum::<usize>(), 6);
        assert_eq!(totals, Catalog::goal_counts(c.links()));
    }

    #[test]
    fn cell_links_are_those_of_the_strategy_and_goal_in_document_order() {
        let c = catalog();
        let links = cell_links(&c, 0, 3);
        assert_eq!(links.len(), 2);
        assert_eq!(c.title_at(links[0].place).text, "a-1");
        assert_eq!(links[0].link.basis, BasisKind::Inferred);
        assert_eq!(c.title_at(links[1].place).text, "a-1-x");
        assert!(cell_links(&c, 2, 3).is_empty());
        let top = cell_links(&c, 0, 17);
        assert_eq!(top.len(), 1);
        assert!(!is_entry(top[0].place));
    }

    #[test]
    fn goals_parse_strictly() {
        assert_eq!(parse_goal("1"), Some(1));
        assert_eq!(parse_goal("17"), Some(17));
        for bad in ["0", "18", "abc", "", "03", "+3", "3 ", "-1", "255", "1000"] {
            assert_eq!(parse_goal(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn selection_needs_a_known_strategy_and_goal() {
        let c = catalog();
        assert_eq!(selection(&c, Some("b"), Some("13")), Some((1, 13)));
        assert_eq!(selection(&c, Some("b"), Some("18")), None);
        assert_eq!(selection(&c, Some("nope"), Some("13")), None);
        assert_eq!(selection(&c, None, Some("13")), None);
        assert_eq!(selection(&c, Some("b"), None), None);
    }

    #[test]
    fn links_of_a_goal_are_grouped_by_region_then_strategy() {
        let c = catalog();
        let groups = links_by_region(&c, 13);
        type Shape = Vec<(Option<usize>, Vec<(usize, usize)>)>;
        let shape: Shape = groups
            .iter()
            .map(|g| {
                (
                    g.region,
                    g.strategies
                        .iter()
                        .map(|s| (s.strategy, s.links.len()))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            vec![
                (Some(0), vec![(0, 1)]),
                (Some(1), vec![(1, 1)]),
                (None, vec![(3, 1)])
            ]
        );
        assert!(links_by_region(&c, 1).is_empty());
        assert_eq!(links_by_region(&c, 3).len(), 1);
    }

    #[test]
    fn coverage_lists_touched_and_untouched_goals_and_unlinked_entries() {
        let c = catalog();
        let m = matrix(&c);
        let cov = coverage(&c, 0, &m[0]);
        assert_eq!(cov.touched, vec![3, 13, 17]);
        assert_eq!(cov.untouched.len(), 14);
        assert!(!cov.untouched.contains(&3));
        // a-1 and a-1-x are linked; a-1-y, a-2 and a-old are not.
        assert_eq!(cov.unlinked, 3);
        assert_eq!(cov.entries, 5);
        let empty = coverage(&c, 2, &m[2]);
        assert!(empty.touched.is_empty());
        assert_eq!(empty.untouched, (1..=17).collect::<Vec<u8>>());
        assert_eq!((empty.unlinked, empty.entries), (0, 0));
    }

    #[test]
    fn structures_group_parts_by_kind_with_counts() {
        let c = catalog();
        let all = structures(&c);
        assert_eq!(
            all.iter().map(|r| r.region).collect::<Vec<_>>(),
            [0, 1, 2],
            "every region, also one without strategies"
        );
        assert_eq!(
            all[0]
                .strategies
                .iter()
                .map(|s| s.strategy)
                .collect::<Vec<_>>(),
            [0, 2]
        );
        assert!(all[2].strategies.is_empty());

        let a = &all[0].strategies[0];
        assert_eq!((a.parts, a.items, a.declared, a.declared_top), (3, 2, 3, 0));
        assert_eq!(
            a.kinds.iter().map(|k| k.kind).collect::<Vec<_>>(),
            [PartKind::Theme, PartKind::Perspective]
        );
        let themes = &a.kinds[0];
        assert_eq!(themes.parts.len(), 2);
        assert_eq!((themes.items(), themes.declared()), (2, 3));
        assert_eq!(
            themes.parts[1],
            PartSummary {
                part: 2,
                items: 0,
                declared: 3,
                superseded: true
            }
        );

        let c_ = &all[0].strategies[1];
        assert_eq!(
            (c_.parts, c_.items, c_.declared, c_.declared_top),
            (0, 0, 12, 12)
        );
        assert!(c_.kinds.is_empty());
    }
}
