//! Values written as Rust expressions, so that a build script can compile data into the app
//! instead of shipping it with a parser: build.rs bakes the bundled data's
//! [`Overview`](crate::overview::Overview) this way, and the home page needs no JSON reader.
//!
//! (databake, the crate for this, only bakes borrowed data; these types own theirs.)

use crate::model::*;
use crate::overview::*;
use crate::status::Standing;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Writes `self` as a Rust expression that evaluates to an equal value, with full paths, so
/// the generated code needs no imports.
pub trait Bake {
    fn bake(&self, out: &mut String);
}

/// The Rust expression for `value`.
pub fn to_rust(value: &impl Bake) -> String {
    let mut out = String::new();
    value.bake(&mut out);
    out
}

impl Bake for String {
    fn bake(&self, out: &mut String) {
        // Debug of a str is a valid Rust string literal (quotes and escapes included).
        let _ = write!(out, "{self:?}.to_owned()");
    }
}

macro_rules! bake_as_literal {
    ($($ty:ty),*) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
bake_as_literal!(bool, u8, usize);

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(value) => {
                out.push_str("Some(");
                value.bake(out);
                out.push(')');
            }
        }
    }
}

fn bake_list<'a, T: Bake + 'a>(items: impl IntoIterator<Item = &'a T>, out: &mut String) {
    for item in items {
        item.bake(out);
        out.push_str(", ");
    }
}

impl<T: Bake> Bake for Vec<T> {
    fn bake(&self, out: &mut String) {
        out.push_str("vec![");
        bake_list(self, out);
        out.push(']');
    }
}

impl<T: Bake, const N: usize> Bake for [T; N] {
    fn bake(&self, out: &mut String) {
        out.push('[');
        bake_list(self, out);
        out.push(']');
    }
}

impl<K: Bake, V: Bake> Bake for BTreeMap<K, V> {
    fn bake(&self, out: &mut String) {
        out.push_str("std::collections::BTreeMap::from([");
        for (key, value) in self {
            out.push('(');
            key.bake(out);
            out.push_str(", ");
            value.bake(out);
            out.push_str("), ");
        }
        out.push_str("])");
    }
}

/// Enums without fields: their Debug name is the variant's name.
macro_rules! bake_enums {
    ($($path:literal => $ty:ty),* $(,)?) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, concat!($path, "::{:?}"), self);
            }
        }
    )*};
}
bake_enums! {
    "strategy_core::model::Lang" => Lang,
    "strategy_core::model::Wording" => Wording,
    "strategy_core::model::Country" => Country,
    "strategy_core::model::StrategyKind" => StrategyKind,
    "strategy_core::status::Standing" => Standing,
}

/// Structs with named fields. The destructuring names every field, so a field added to one of
/// these types fails to compile here until it is baked too.
macro_rules! bake_structs {
    ($($path:literal => $ty:ident { $($field:ident),* $(,)? }),* $(,)?) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                let $ty { $($field),* } = self;
                out.push_str(concat!($path, " { "));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    $field.bake(out);
                    out.push_str(", ");
                )*
                out.push('}');
            }
        }
    )*};
}
bake_structs! {
    "strategy_core::model::Text" => Text { text, lang, wording, translations },
    "strategy_core::model::Period" => Period { from, to, open_ended, note, sources },
    "strategy_core::model::Sdg" => Sdg { number, name, colour },
    "strategy_core::overview::Overview" => Overview { regions, strategies, sdgs, goal_counts },
    "strategy_core::overview::RegionCard" => RegionCard { id, name, country, language },
    "strategy_core::overview::StrategyCard" => StrategyCard { id, regions, title, language, kind, standing, has_successor, period, adopted, parts, items },
}

impl Bake for PartialDate {
    fn bake(&self, out: &mut String) {
        out.push_str("strategy_core::model::PartialDate(");
        self.0.bake(out);
        out.push(')');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_written_as_struct_literals_with_escaped_strings() {
        let mut text = Text::plain("«Klimat att växa i» \"quoted\"\n");
        text.lang = Some(Lang::Sv);
        text.translations
            .insert(Lang::En, "Climate to grow in".into());
        assert_eq!(
            to_rust(&text),
            "strategy_core::model::Text { text: \"«Klimat att växa i» \\\"quoted\\\"\\n\".to_owned(), lang: Some(strategy_core::model::Lang::Sv), \
             wording: strategy_core::model::Wording::Quote, translations: std::collections::BTreeMap::from([(strategy_core::model::Lang::En, \"Climate to grow in\".to_owned()), ]), }"
        );
    }

    #[test]
    fn lists_dates_and_numbers() {
        let period = Period {
            from: Some(PartialDate("2020-11".into())),
            to: None,
            open_ended: true,
            note: None,
            sources: vec!["a".into()],
        };
        assert_eq!(
            to_rust(&period),
            "strategy_core::model::Period { from: Some(strategy_core::model::PartialDate(\"2020-11\".to_owned())), to: None, open_ended: true, note: None, sources: vec![\"a\".to_owned(), ], }"
        );
        assert_eq!(to_rust(&[1usize, 2]), "[1, 2, ]");
    }
}
