//! The app's own copy of the bundled dataset, in a compact binary form ([postcard]).
//!
//! The published JSON needs serde_json's reader for the dataset's types: 53 KB gzip of wasm on
//! every deep page's first visit, for data validated at build time. postcard's reader for the
//! same types is a fraction of that, and its copy of the data is smaller too, since it names no
//! fields. The form is private to one build: build.rs writes it and the same build's wasm reads
//! it, so it needs no version of its own. External datasets stay JSON ([`crate::load`]).

use crate::model::Dataset;

/// The compact copy could not be read: it does not come from the same build as the app.
#[derive(Debug, thiserror::Error)]
#[error("the bundled data cannot be read ({0}); it must come from the same build as the app")]
pub struct CompactError(#[from] postcard::Error);

/// `data` in the compact form.
pub fn to_bytes(data: &Dataset) -> Vec<u8> {
    postcard::to_allocvec(data).expect("every dataset serializes to postcard")
}

/// The dataset [`to_bytes`] wrote.
pub fn from_bytes(bytes: &[u8]) -> Result<Dataset, CompactError> {
    Ok(postcard::from_bytes(bytes)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, Text, Wording};

    fn bundled() -> Dataset {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        crate::load::load_dir(&dir).expect("the bundled data is valid")
    }

    #[test]
    fn every_copy_of_the_bundled_data_comes_back_unchanged() {
        let full = bundled();
        for lang in Lang::ALL {
            let copy = crate::reader::for_reader(&full, lang);
            assert_eq!(from_bytes(&to_bytes(&copy)).unwrap(), copy, "{lang:?}");
        }
        assert_eq!(from_bytes(&to_bytes(&full)).unwrap(), full);
    }

    #[test]
    fn it_is_smaller_than_the_json() {
        let full = bundled();
        let json = serde_json::to_string(&full).unwrap().len();
        assert!(to_bytes(&full).len() * 10 < json * 8, "{json}");
    }

    #[test]
    fn texts_keep_their_default_fields_out_of_the_json_only() {
        let plain = Text::plain("Sörmlandsstrategin");
        assert_eq!(
            serde_json::to_string(&plain).unwrap(),
            r#"{"text":"Sörmlandsstrategin"}"#
        );
        let ours = Text {
            wording: Wording::Paraphrase,
            ..Text::plain("x")
        };
        assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            r#"{"text":"x","wording":"paraphrase"}"#
        );
        for text in [plain, ours] {
            let bytes = postcard::to_allocvec(&text).unwrap();
            assert_eq!(postcard::from_bytes::<Text>(&bytes).unwrap(), text);
        }
    }

    #[test]
    fn bytes_of_another_form_are_refused_with_a_message() {
        let err = from_bytes(b"{\"strategies\": []}").unwrap_err();
        assert!(err.to_string().contains("same build"), "{err}");
    }
}
