//! Sharing a view on paper: the exact URL of the view (with its language) and a QR code of it.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use crate::query;

/// The URL to print for a view: the page URL with `lang` set to the UI language, so the QR
/// code opens the same view, filters and language.
pub fn printable_url(origin_and_path: &str, search: &str, lang: &str) -> String {
    let search = query::with_param(search, "lang", Some(lang));
    format!("{origin_and_path}{search}")
}

/// A QR code of `url` as an SVG document (black on white, quiet zone included), or `None` when
/// the URL is too long to encode.
pub fn qr_svg(url: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(160, 160)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_url_sets_the_language_and_keeps_filters() {
        assert_eq!(
            printable_url(
                "https://x.org/explorer/explore",
                "?q=hälsa&sdg=3&lang=sv",
                "da"
            ),
            "https://x.org/explorer/explore?q=hälsa&sdg=3&lang=da"
        );
        assert_eq!(
            printable_url("https://x.org/", "", "en"),
            "https://x.org/?lang=en"
        );
    }

    #[test]
    fn qr_code_is_an_svg_and_deterministic() {
        let url = "https://example.org/explorer/explore?q=klimat&sdg=13&lang=sv";
        let svg = qr_svg(url).expect("short URLs encode");
        assert!(
            svg.starts_with("<?xml") || svg.starts_with("<svg"),
            "{}",
            &svg[..40]
        );
        assert!(svg.contains("<path") || svg.contains("<rect"));
        assert_eq!(qr_svg(url), Some(svg.clone()));
        assert_ne!(qr_svg("https://example.org/other"), Some(svg));
    }

    #[test]
    fn overlong_urls_give_none_instead_of_panicking() {
        assert_eq!(qr_svg(&"x".repeat(10_000)), None);
    }
}
