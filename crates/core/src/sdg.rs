//! Colour arithmetic for SDG tiles: text on an official goal colour must reach WCAG AA.

/// Relative luminance of a "#RRGGBB" colour (WCAG 2.x definition); `None` if malformed.
pub fn luminance(hex: &str) -> Option<f64> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let c = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

/// Contrast ratio between two luminances, from 1 to 21.
pub fn contrast(a: f64, b: f64) -> f64 {
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    (hi + 0.05) / (lo + 0.05)
}

/// Black or white, whichever contrasts more with `background`.
pub fn text_colour_on(background: &str) -> &'static str {
    let l = luminance(background).unwrap_or(0.0);
    if contrast(l, 0.0) >= contrast(l, 1.0) {
        "#000000"
    } else {
        "#ffffff"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extremes() {
        assert_eq!(text_colour_on("#ffffff"), "#000000");
        assert_eq!(text_colour_on("#000000"), "#ffffff");
        assert!((contrast(1.0, 0.0) - 21.0).abs() < 1e-9);
        assert_eq!(luminance("#12345"), None);
    }
}
