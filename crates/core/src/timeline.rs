//! The timeline of all strategies on one axis: adoption, period, events and successors as
//! fractions of the axis (0 = 1 January of the first year, 1 = the end of the last year), so
//! that a chart only multiplies by its width. Dates keep their precision: a date known only to
//! the year covers the whole year, and its marker sits in the middle of that span.

use crate::model::*;
use std::ops::RangeInclusive;

/// A calendar day as (year, month, day).
pub type Ymd = (i32, u32, u32);

/// The axis never ends before this year: the newest strategies look this far ahead.
pub const MIN_END_YEAR: i32 = 2033;

/// Days since 1970-01-01 of a calendar day (proleptic Gregorian calendar).
pub fn days(date: Ymd) -> i64 {
    let (y, m, d) = (i64::from(date.0), i64::from(date.1), i64::from(date.2));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Whole years from 1 January of `first_year` to 31 December of `last_year`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Axis {
    pub first_year: i32,
    pub last_year: i32,
}

impl Axis {
    /// Where the start of `date` lies on the axis.
    pub fn fraction(&self, date: Ymd) -> f64 {
        let start = days((self.first_year, 1, 1));
        let end = days((self.last_year + 1, 1, 1));
        (days(date) - start) as f64 / (end - start) as f64
    }

    /// Where the end of `date` (the start of the next day) lies on the axis.
    pub fn fraction_after(&self, date: Ymd) -> f64 {
        let start = days((self.first_year, 1, 1));
        let end = days((self.last_year + 1, 1, 1));
        (days(date) + 1 - start) as f64 / (end - start) as f64
    }

    /// The span a date of any precision covers on the axis.
    pub fn span(&self, date: DateValue) -> Span {
        Span {
            from: self.fraction(date.earliest()),
            to: self.fraction_after(date.latest()),
        }
    }

    pub fn years(&self) -> RangeInclusive<i32> {
        self.first_year..=self.last_year
    }

    /// Year ticks: every year, with a label on every `step`-th so that at most `max_labels`
    /// are labelled.
    pub fn ticks(&self, max_labels: usize) -> Vec<Tick> {
        let count = (self.last_year - self.first_year + 1) as usize;
        let step = count.div_ceil(max_labels.max(1)).max(1);
        self.years()
            .enumerate()
            .map(|(i, year)| Tick {
                year,
                at: self.fraction((year, 1, 1)),
                labelled: i % step == 0,
            })
            .collect()
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub year: i32,
    pub at: f64,
    pub labelled: bool,
}

/// A stretch of the axis, as fractions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub from: f64,
    pub to: f64,
}

impl Span {
    pub fn middle(&self) -> f64 {
        (self.from + self.to) / 2.0
    }

    pub fn width(&self) -> f64 {
        self.to - self.from
    }
}

/// How a bar ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// At the end of a given date.
    Date,
    /// A source says it applies until further notice: the bar fades out to the right edge.
    OpenEnded,
    /// No end in our data: the bar fades out to the right edge as well.
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerKind {
    Adopted,
    /// The event with this index in the strategy's `events`.
    Event(usize),
    /// The adoption of the strategy's successor.
    SuccessorAdopted,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marker {
    pub kind: MarkerKind,
    /// The span of the date (a whole year for "2021"); the marker sits at its middle.
    pub span: Span,
    /// True when the date is known to the day.
    pub precise: bool,
}

impl Marker {
    pub fn at(&self) -> f64 {
        self.span.middle()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// A strategy of the dataset.
    Strategy,
    /// The successor of the strategy, when it is not itself in the dataset.
    Successor,
}

/// One row of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Index of the strategy (for a successor row: of its predecessor).
    pub strategy: usize,
    pub kind: RowKind,
    /// Where the bar starts; `None` when neither period nor adoption is dated (the bar then
    /// starts at the left edge).
    pub start: Option<f64>,
    /// Where the bar ends; 1.0 for open-ended or unknown ends.
    pub end: f64,
    pub end_kind: End,
    /// Markers in date order.
    pub markers: Vec<Marker>,
}

impl Row {
    pub fn bar(&self) -> Span {
        Span {
            from: self.start.unwrap_or(0.0),
            to: self.end,
        }
    }

    /// Whether the bar fades out to the right instead of ending at a date.
    pub fn fades(&self) -> bool {
        self.end_kind != End::Date
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub axis: Axis,
    /// Strategies ordered by start, each followed by its successor row if it has one.
    pub rows: Vec<Row>,
    /// Today's position, when it lies on the axis.
    pub today: Option<f64>,
}

fn parsed(date: &PartialDate) -> Option<DateValue> {
    date.parse().ok()
}

/// Every date of a strategy that the timeline shows.
fn dates(strategy: &Strategy) -> impl Iterator<Item = DateValue> + '_ {
    let adopted = strategy.adopted.as_ref().map(|a| &a.date);
    let successor = strategy.successor.as_ref().and_then(|s| s.adopted.as_ref());
    adopted
        .into_iter()
        .chain(strategy.period.from.as_ref())
        .chain(strategy.period.to.as_ref())
        .chain(strategy.events.iter().map(|e| &e.date))
        .chain(successor)
        .filter_map(parsed)
}

/// The axis for a dataset: from the year of its earliest date to the latest of its last date,
/// [`MIN_END_YEAR`] and today.
pub fn axis(strategies: &[Strategy], today: Ymd) -> Axis {
    let all = || strategies.iter().flat_map(dates);
    let first_year = all()
        .map(|d| d.earliest().0)
        .min()
        .unwrap_or(today.0)
        .min(today.0);
    let last_year = all()
        .map(|d| d.latest().0)
        .max()
        .unwrap_or(today.0)
        .max(MIN_END_YEAR)
        .max(today.0);
    Axis {
        first_year,
        last_year,
    }
}

/// The timeline of `strategies` as of `today`.
pub fn build(strategies: &[Strategy], today: Ymd) -> Timeline {
    let axis = axis(strategies, today);
    let marker = |kind, date: &PartialDate| {
        let value = parsed(date)?;
        Some(Marker {
            kind,
            span: axis.span(value),
            precise: matches!(value, DateValue::Day(..)),
        })
    };
    let mut rows: Vec<(f64, usize, Row, Option<Row>)> = Vec::new();
    for (s, strategy) in strategies.iter().enumerate() {
        let adopted = strategy.adopted.as_ref().and_then(|a| parsed(&a.date));
        let from = strategy.period.from.as_ref().and_then(parsed);
        let start = from.or(adopted).map(|d| axis.fraction(d.earliest()));
        let (end, end_kind) = match (
            strategy.period.to.as_ref().and_then(parsed),
            strategy.period.open_ended,
        ) {
            (Some(to), _) => (axis.fraction_after(to.latest()), End::Date),
            (None, true) => (1.0, End::OpenEnded),
            (None, false) => (1.0, End::Unknown),
        };
        let mut markers: Vec<Marker> = strategy
            .adopted
            .as_ref()
            .and_then(|a| marker(MarkerKind::Adopted, &a.date))
            .into_iter()
            .chain(
                strategy
                    .events
                    .iter()
                    .enumerate()
                    .filter_map(|(i, e)| marker(MarkerKind::Event(i), &e.date)),
            )
            .collect();
        let successor = strategy.successor.as_ref();
        let successor_marker =
            successor.and_then(|succ| marker(MarkerKind::SuccessorAdopted, succ.adopted.as_ref()?));
        // A successor in the dataset has a row of its own; any other gets one after its predecessor.
        let successor_row = successor
            .filter(|succ| !in_dataset(strategies, succ))
            .map(|_| Row {
                strategy: s,
                kind: RowKind::Successor,
                start: successor_marker.map(|m| m.span.from),
                end: 1.0,
                end_kind: End::Unknown,
                markers: successor_marker.into_iter().collect(),
            });
        if successor_row.is_none() {
            markers.extend(successor_marker);
        }
        markers.sort_by(|a, b| a.at().total_cmp(&b.at()));
        let row = Row {
            strategy: s,
            kind: RowKind::Strategy,
            start,
            end,
            end_kind,
            markers,
        };
        rows.push((start.unwrap_or(f64::INFINITY), s, row, successor_row));
    }
    rows.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let rows = rows
        .into_iter()
        .flat_map(|(_, _, row, succ)| std::iter::once(row).chain(succ))
        .collect();
    let t = axis.fraction(today);
    Timeline {
        axis,
        rows,
        today: (0.0..=1.0).contains(&t).then_some(t),
    }
}

fn in_dataset(strategies: &[Strategy], successor: &Successor) -> bool {
    successor
        .strategy
        .as_deref()
        .is_some_and(|id| strategies.iter().any(|s| s.id == id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil;

    fn date(s: &str) -> PartialDate {
        PartialDate(s.into())
    }

    fn event(d: &str) -> Event {
        Event {
            date: date(d),
            kind: EventKind::Revised,
            description: Text::plain("e"),
            sources: vec![],
        }
    }

    fn strategy(
        id: &str,
        adopted: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        open_ended: bool,
    ) -> Strategy {
        let mut s = testutil::strategy(id);
        s.adopted = adopted.map(|d| DatedFact {
            date: date(d),
            by: None,
            note: None,
            sources: vec![],
        });
        s.period.from = from.map(date);
        s.period.to = to.map(date);
        s.period.open_ended = open_ended;
        s
    }

    fn successor(id: Option<&str>, adopted: Option<&str>) -> Successor {
        Successor {
            strategy: id.map(Into::into),
            description: Text::plain("next"),
            adopted: adopted.map(date),
            sources: vec![],
        }
    }

    const TODAY: Ymd = (2025, 6, 15);

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn days_count_from_the_unix_epoch() {
        assert_eq!(days((1970, 1, 1)), 0);
        assert_eq!(days((1969, 12, 31)), -1);
        assert_eq!(
            days((2000, 3, 1)) - days((2000, 2, 28)),
            2,
            "2000 is a leap year"
        );
        assert_eq!(days((1900, 3, 1)) - days((1900, 2, 28)), 1, "1900 is not");
        assert_eq!(days((2024, 1, 1)) - days((2023, 1, 1)), 365);
        assert_eq!(days((2025, 1, 1)) - days((2024, 1, 1)), 366);
    }

    #[test]
    fn axis_runs_from_the_earliest_year_to_at_least_2033() {
        let mut a = strategy("a", Some("2018-spring"), Some("2019"), Some("2030"), false);
        a.events = vec![event("2022-10-05")];
        let b = strategy("b", Some("2020-11-30"), Some("2020"), Some("2025"), false);
        assert_eq!(
            axis(&[a.clone(), b], TODAY),
            Axis {
                first_year: 2018,
                last_year: 2033
            }
        );

        let late = strategy("late", None, Some("2021"), Some("2040-06"), false);
        assert_eq!(
            axis(&[a.clone(), late], TODAY),
            Axis {
                first_year: 2018,
                last_year: 2040
            }
        );

        let mut with_successor = a.clone();
        with_successor.successor = Some(successor(None, Some("2036")));
        assert_eq!(
            axis(&[with_successor], TODAY).last_year,
            2036,
            "a successor's adoption counts"
        );

        assert_eq!(
            axis(&[a.clone()], (2040, 1, 1)).last_year,
            2040,
            "today always lies on the axis"
        );
        assert_eq!(
            axis(&[], TODAY),
            Axis {
                first_year: 2025,
                last_year: 2033
            }
        );
    }

    #[test]
    fn fractions_run_from_the_first_january_to_the_end_of_the_last_year() {
        let axis = Axis {
            first_year: 2020,
            last_year: 2029,
        };
        assert!(close(axis.fraction((2020, 1, 1)), 0.0));
        assert!(close(axis.fraction_after((2029, 12, 31)), 1.0));
        let middle = axis.fraction((2025, 1, 1));
        assert!(middle > 0.49 && middle < 0.51, "{middle}");
        assert!(axis.fraction((2019, 6, 1)) < 0.0);
        let year = axis.span(DateValue::Year(2021));
        assert!(close(year.from, axis.fraction((2021, 1, 1))));
        assert!(close(year.to, axis.fraction((2022, 1, 1))));
        let spring = axis.span(DateValue::Season(2024, Season::Spring));
        assert!(close(spring.from, axis.fraction((2024, 3, 1))));
        assert!(close(spring.to, axis.fraction((2024, 6, 1))));
        let day = axis.span(DateValue::Day(2022, 10, 5));
        assert!(day.width() > 0.0 && day.width() < 0.001);
    }

    #[test]
    fn ticks_label_at_most_the_given_number_of_years() {
        let axis = Axis {
            first_year: 2018,
            last_year: 2033,
        };
        let ticks = axis.ticks(8);
        assert_eq!(ticks.len(), 16);
        assert_eq!(ticks.iter().filter(|t| t.labelled).count(), 8);
        assert!(ticks[0].labelled && !ticks[1].labelled && ticks[2].labelled);
        assert!(axis.ticks(20).iter().all(|t| t.labelled));
        assert!(close(ticks[0].at, 0.0));
        assert_eq!(
            axis.ticks(0).iter().filter(|t| t.labelled).count(),
            1,
            "no division by zero"
        );
    }

    #[test]
    fn a_dated_period_is_a_bar_from_its_start_to_the_end_of_its_last_year() {
        let t = build(
            &[strategy(
                "a",
                Some("2020-11-30"),
                Some("2020"),
                Some("2025"),
                false,
            )],
            TODAY,
        );
        let row = &t.rows[0];
        assert_eq!(row.kind, RowKind::Strategy);
        assert!(close(row.start.unwrap(), t.axis.fraction((2020, 1, 1))));
        assert!(close(row.end, t.axis.fraction((2026, 1, 1))));
        assert_eq!(row.end_kind, End::Date);
        assert!(!row.fades());
        assert_eq!(row.markers.len(), 1);
        assert_eq!(row.markers[0].kind, MarkerKind::Adopted);
        assert!(row.markers[0].precise);
    }

    #[test]
    fn open_ended_and_unknown_ends_fade_to_the_right_edge() {
        let t = build(
            &[
                strategy("open", Some("2019-04-16"), Some("2019-04-16"), None, true),
                strategy("unknown", Some("2019"), None, None, false),
            ],
            TODAY,
        );
        let open = t.rows.iter().find(|r| r.strategy == 0).unwrap();
        assert_eq!((open.end, open.end_kind), (1.0, End::OpenEnded));
        assert!(open.fades());
        assert!(close(open.start.unwrap(), t.axis.fraction((2019, 4, 16))));
        let unknown = t.rows.iter().find(|r| r.strategy == 1).unwrap();
        assert_eq!((unknown.end, unknown.end_kind), (1.0, End::Unknown));
        assert!(unknown.fades());
        assert!(
            close(unknown.start.unwrap(), t.axis.fraction((2019, 1, 1))),
            "without a period start, the bar starts at adoption"
        );
    }

    #[test]
    fn a_strategy_without_any_start_starts_at_the_left_edge_and_sorts_last() {
        let t = build(
            &[
                strategy("none", None, None, Some("2030"), false),
                strategy("dated", None, Some("2021"), Some("2024"), false),
            ],
            TODAY,
        );
        assert_eq!(
            t.rows.iter().map(|r| r.strategy).collect::<Vec<_>>(),
            [1, 0]
        );
        assert_eq!(t.rows[1].start, None);
        assert_eq!(t.rows[1].bar().from, 0.0);
    }

    #[test]
    fn events_are_markers_in_date_order_at_the_middle_of_their_span() {
        let mut a = strategy("a", Some("2018-spring"), Some("2019"), Some("2030"), false);
        a.events = vec![event("2022-10-05"), event("2021"), event("2019-11-21")];
        let t = build(&[a], TODAY);
        let kinds: Vec<MarkerKind> = t.rows[0].markers.iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            [
                MarkerKind::Adopted,
                MarkerKind::Event(2),
                MarkerKind::Event(1),
                MarkerKind::Event(0)
            ]
        );
        let year = t.rows[0].markers[2];
        assert!(!year.precise);
        assert!(close(
            year.at(),
            (t.axis.fraction((2021, 1, 1)) + t.axis.fraction((2022, 1, 1))) / 2.0
        ));
        assert!(!t.rows[0].markers[0].precise, "a season is not precise");
    }

    #[test]
    fn a_successor_outside_the_dataset_gets_its_own_row_after_its_predecessor() {
        let mut old = strategy("old", Some("2020-11-30"), Some("2020"), Some("2025"), false);
        old.successor = Some(successor(None, Some("2024-spring")));
        let other = strategy("other", Some("2019-04-16"), Some("2019-04-16"), None, true);
        let t = build(&[old, other], TODAY);
        let shape: Vec<(usize, RowKind)> = t.rows.iter().map(|r| (r.strategy, r.kind)).collect();
        assert_eq!(
            shape,
            [
                (1, RowKind::Strategy),
                (0, RowKind::Strategy),
                (0, RowKind::Successor)
            ]
        );
        let succ = &t.rows[2];
        assert!(close(succ.start.unwrap(), t.axis.fraction((2024, 3, 1))));
        assert_eq!((succ.end, succ.end_kind), (1.0, End::Unknown));
        assert_eq!(
            succ.markers.iter().map(|m| m.kind).collect::<Vec<_>>(),
            [MarkerKind::SuccessorAdopted]
        );
        assert!(t.rows[1]
            .markers
            .iter()
            .all(|m| m.kind != MarkerKind::SuccessorAdopted));
    }

    #[test]
    fn a_successor_in_the_dataset_is_a_marker_on_its_predecessor() {
        let mut old = strategy("old", None, Some("2015"), Some("2020"), false);
        old.successor = Some(successor(Some("new"), Some("2020-12")));
        let new = strategy("new", Some("2020-12"), Some("2021"), Some("2030"), false);
        let t = build(&[old, new], TODAY);
        assert_eq!(t.rows.len(), 2);
        assert!(t.rows[0]
            .markers
            .iter()
            .any(|m| m.kind == MarkerKind::SuccessorAdopted));
        let mut dangling = strategy("d", None, Some("2015"), Some("2020"), false);
        dangling.successor = Some(successor(Some("missing"), None));
        let t = build(&[dangling], TODAY);
        assert_eq!(
            t.rows.len(),
            2,
            "an id not in the dataset is treated as outside it"
        );
        assert_eq!(t.rows[1].start, None);
    }

    #[test]
    fn today_is_placed_when_on_the_axis() {
        let a = strategy("a", None, Some("2019"), Some("2030"), false);
        let t = build(std::slice::from_ref(&a), TODAY);
        let today = t.today.unwrap();
        assert!(close(today, t.axis.fraction(TODAY)));
        let t = build(std::slice::from_ref(&a), (2010, 1, 1));
        assert_eq!(
            t.axis.first_year, 2010,
            "today extends the axis backwards too"
        );
        assert!(close(t.today.unwrap(), 0.0));
    }

    #[test]
    fn bundled_style_dates_that_do_not_parse_are_skipped() {
        let mut a = strategy("a", Some("sometime"), Some("2019"), Some("2030"), false);
        a.events = vec![event("20-1")];
        let t = build(&[a], TODAY);
        assert!(t.rows[0].markers.is_empty());
        assert_eq!(t.axis.first_year, 2019);
    }
}
