//! Builders of model values for the core's unit tests: the smallest value of each type, which a
//! test then changes in the fields it is about (`Part { items, ..part("a") }`), so a test shows
//! what matters to it and a new model field is added here once.

use crate::model::*;

/// A current regional development strategy in Swedish, open-ended, with no regions, parts,
/// links or sources.
pub fn strategy(id: &str) -> Strategy {
    Strategy {
        id: id.into(),
        regions: vec![],
        title: Text::plain(id),
        kind: StrategyKind::RegionalDevelopmentStrategy,
        language: Lang::Sv,
        summary: None,
        headline: None,
        adopted: None,
        period: Period {
            from: None,
            to: None,
            open_ended: true,
            note: None,
            sources: vec![],
        },
        successor: None,
        owners: vec![],
        signatories: vec![],
        parts: vec![],
        declared: vec![],
        figures: vec![],
        events: vec![],
        notes: vec![],
        sdg: vec![],
        sources: vec![],
    }
}

/// A current theme titled with its id, with no items, links or sources.
pub fn part(id: &str) -> Part {
    Part {
        id: id.into(),
        kind: PartKind::Theme,
        title: Text::plain(id),
        description: None,
        status: Status::Current,
        note: None,
        same_as: None,
        grouping: None,
        items: vec![],
        declared: vec![],
        sdg: vec![],
        sources: vec![],
    }
}

/// A focus area titled with its id, with no links or sources.
pub fn item(id: &str) -> Item {
    Item {
        id: id.into(),
        kind: ItemKind::FocusArea,
        title: Text::plain(id),
        description: None,
        sdg: vec![],
        sources: vec![],
    }
}

/// A link to `goal` (no target) of `basis`, with no reason or sources.
pub fn link(goal: u8, basis: BasisKind) -> SdgLink {
    SdgLink {
        goal,
        target: None,
        basis,
        reason: None,
        sources: vec![],
    }
}

/// A region named with its id, with no website or sources.
pub fn region(id: &str, country: Country, language: Lang) -> Region {
    Region {
        id: id.into(),
        name: Text::plain(id),
        country,
        language,
        website: None,
        sources: vec![],
    }
}
