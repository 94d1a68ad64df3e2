//! Where a strategy stands on a given day: in force, valid until further notice, its period
//! ended, or superseded. Derived from the data (period, successor, events) and a date, never
//! hand-set, so that a status stays true after the build: the app passes its build date
//! (build.rs bakes it), and every page that shows a status reads it from [`Catalog`].
//!
//! [`Catalog`]: crate::catalog::Catalog

use crate::model::*;

pub use crate::timeline::Ymd as Day;

/// A strategy's standing on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Standing {
    /// Its period has begun (or is not given) and has not ended.
    InForce,
    /// A source says it applies until further notice.
    UntilFurtherNotice,
    /// The end of its period has passed and no successor is known to have replaced it; the
    /// pages say when it ended, and that our sources name no successor when they do not.
    PeriodEnded,
    /// A successor (or an event of kind `superseded`) has replaced it.
    Superseded,
}

impl Standing {
    pub const ALL: [Standing; 4] = [
        Standing::InForce,
        Standing::UntilFurtherNotice,
        Standing::PeriodEnded,
        Standing::Superseded,
    ];

    /// The standing of `strategy` on `today`. A successor or `superseded` event counts from its
    /// date (the earliest day the date can mean; without a date, always); a period has ended
    /// once the last day its end can mean has passed (a period "to 2025" runs through 2025).
    pub fn of(strategy: &Strategy, today: Day) -> Standing {
        let happened = |date: Option<&PartialDate>| {
            date.is_none_or(|d| d.parse().is_ok_and(|d| d.earliest() <= today))
        };
        let replaced = strategy
            .successor
            .as_ref()
            .is_some_and(|s| happened(s.adopted.as_ref()))
            || strategy
                .events
                .iter()
                .any(|e| e.kind == EventKind::Superseded && happened(Some(&e.date)));
        if replaced {
            return Standing::Superseded;
        }
        if strategy.period.open_ended {
            return Standing::UntilFurtherNotice;
        }
        let ended = strategy
            .period
            .to
            .as_ref()
            .is_some_and(|to| to.parse().is_ok_and(|to| to.latest() < today));
        if ended {
            Standing::PeriodEnded
        } else {
            Standing::InForce
        }
    }

    /// The query-string value of the explorer's status facet.
    pub const fn code(self) -> &'static str {
        match self {
            Standing::InForce => "in-force",
            Standing::UntilFurtherNotice => "until-further-notice",
            Standing::PeriodEnded => "period-ended",
            Standing::Superseded => "superseded",
        }
    }

    pub fn from_code(code: &str) -> Option<Standing> {
        Standing::ALL
            .into_iter()
            .find(|s| s.code().eq_ignore_ascii_case(code))
    }

    /// Whether the strategy still applies (in force or until further notice).
    pub const fn applies(self) -> bool {
        matches!(self, Standing::InForce | Standing::UntilFurtherNotice)
    }
}

/// A day written `YYYY-MM-DD`, as build.rs bakes the build date.
pub fn parse_day(text: &str) -> Result<Day, String> {
    match PartialDate(text.to_string()).parse()? {
        DateValue::Day(y, m, d) => Ok((y, m, d)),
        _ => Err(format!("\"{text}\" is not a day: write YYYY-MM-DD")),
    }
}

/// The UTC day of a Unix time in seconds (for build.rs: `SOURCE_DATE_EPOCH` or the clock).
pub fn day_from_unix(seconds: i64) -> Day {
    // Howard Hinnant's `civil_from_days`: days since 1970-01-01 to the proleptic Gregorian date.
    let z = seconds.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil;

    fn strategy(from: &str, to: Option<&str>, open_ended: bool) -> Strategy {
        Strategy {
            kind: StrategyKind::CouncilStrategy,
            period: Period {
                from: Some(PartialDate(from.into())),
                to: to.map(|t| PartialDate(t.into())),
                open_ended,
                note: None,
                sources: vec![],
            },
            ..testutil::strategy("s")
        }
    }

    fn successor(adopted: Option<&str>) -> Successor {
        Successor {
            strategy: None,
            description: Text::plain("A new strategy"),
            adopted: adopted.map(|a| PartialDate(a.into())),
            sources: vec![],
        }
    }

    #[test]
    fn a_period_runs_through_the_last_day_its_end_can_mean() {
        // "For borgerne 2022-2025": in force through 2025, period ended from 2026.
        let s = strategy("2022", Some("2025"), false);
        assert_eq!(Standing::of(&s, (2024, 6, 1)), Standing::InForce);
        assert_eq!(Standing::of(&s, (2025, 12, 31)), Standing::InForce);
        assert_eq!(Standing::of(&s, (2026, 1, 1)), Standing::PeriodEnded);
        let s = strategy("2022", Some("2025-06"), false);
        assert_eq!(Standing::of(&s, (2025, 6, 30)), Standing::InForce);
        assert_eq!(Standing::of(&s, (2025, 7, 1)), Standing::PeriodEnded);
    }

    #[test]
    fn until_further_notice_never_ends_by_date() {
        let s = strategy("2019-04-16", None, true);
        assert_eq!(Standing::of(&s, (2019, 5, 1)), Standing::UntilFurtherNotice);
        assert_eq!(Standing::of(&s, (2090, 1, 1)), Standing::UntilFurtherNotice);
        // Without an end, nor "until further notice": in force.
        assert_eq!(
            Standing::of(&strategy("2019", None, false), (2090, 1, 1)),
            Standing::InForce
        );
    }

    #[test]
    fn a_successor_supersedes_from_its_adoption() {
        let mut s = strategy("2020", Some("2025"), false);
        s.successor = Some(successor(Some("2024-spring")));
        assert_eq!(Standing::of(&s, (2024, 2, 28)), Standing::InForce);
        assert_eq!(Standing::of(&s, (2024, 3, 1)), Standing::Superseded);
        assert_eq!(Standing::of(&s, (2030, 1, 1)), Standing::Superseded);
        // A successor without a date has replaced it already.
        s.successor = Some(successor(None));
        assert_eq!(Standing::of(&s, (2021, 1, 1)), Standing::Superseded);
        // An open-ended strategy can be superseded too.
        let mut s = strategy("2019", None, true);
        s.successor = Some(successor(Some("2027")));
        assert_eq!(
            Standing::of(&s, (2026, 12, 31)),
            Standing::UntilFurtherNotice
        );
        assert_eq!(Standing::of(&s, (2027, 1, 1)), Standing::Superseded);
    }

    #[test]
    fn a_superseded_event_supersedes_from_its_date() {
        let mut s = strategy("2019", Some("2030"), false);
        s.events.push(Event {
            date: PartialDate("2028-05-02".into()),
            kind: EventKind::Superseded,
            description: Text::plain("Replaced"),
            sources: vec![],
        });
        assert_eq!(Standing::of(&s, (2028, 5, 1)), Standing::InForce);
        assert_eq!(Standing::of(&s, (2028, 5, 2)), Standing::Superseded);
    }

    /// The bundled data on two days: "For borgerne 2022-2025" was in force until its period
    /// ended with 2025, and our sources name no successor.
    #[cfg(feature = "files")]
    #[test]
    fn bundled_strategies_stand_as_their_dates_say() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let data = crate::load::load_dir(&dir).expect("bundled data loads");
        let standing = |id: &str, today: Day| {
            let s = data.strategy(id).expect("the strategy is bundled");
            Standing::of(s, today)
        };
        let borgerne = "sjaelland-for-borgerne-2022";
        assert_eq!(standing(borgerne, (2025, 6, 1)), Standing::InForce);
        assert_eq!(standing(borgerne, (2026, 12, 6)), Standing::PeriodEnded);
        assert!(data
            .strategy(borgerne)
            .is_some_and(|s| s.successor.is_none()));
        assert_eq!(
            standing("sjaelland-rus-2020", (2026, 12, 6)),
            Standing::Superseded
        );
        assert_eq!(
            standing("sormlandsstrategin", (2026, 12, 6)),
            Standing::UntilFurtherNotice
        );
        assert_eq!(
            standing("kalmar-rus-2030", (2026, 12, 6)),
            Standing::InForce
        );
    }

    #[test]
    fn codes_round_trip() {
        for s in Standing::ALL {
            assert_eq!(Standing::from_code(s.code()), Some(s));
        }
        assert_eq!(
            Standing::from_code("PERIOD-ENDED"),
            Some(Standing::PeriodEnded)
        );
        assert_eq!(Standing::from_code("current"), None);
        assert!(Standing::InForce.applies() && Standing::UntilFurtherNotice.applies());
        assert!(!Standing::PeriodEnded.applies() && !Standing::Superseded.applies());
    }

    #[test]
    fn days_from_text_and_unix_time() {
        assert_eq!(parse_day("2026-12-06"), Ok((2026, 12, 6)));
        assert!(parse_day("2026-12").is_err());
        assert!(parse_day("2026-02-30").is_err());
        assert_eq!(day_from_unix(0), (1970, 1, 1));
        assert_eq!(day_from_unix(-1), (1969, 12, 31));
        assert_eq!(day_from_unix(951_782_400), (2000, 2, 29));
        assert_eq!(day_from_unix(1_796_515_200), (2026, 12, 6));
        assert_eq!(day_from_unix(1_796_601_599), (2026, 12, 6));
    }
}
