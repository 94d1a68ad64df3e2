//! Query strings (`?q=s%C3%B6rmland&sdg=3`): percent-coding, splitting into pairs and editing
//! one key. The one implementation for the app's links, the explorer's filters and shared URLs,
//! so a value is written the same way wherever a URL is built.

/// `s` percent-encoded for a query key or value: everything but ASCII letters, digits and `-_.~`.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (a space); a broken escape is kept as it is.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// The `key=value` pieces of a query string as written (leading `?` optional), empty pieces
/// left out.
fn pieces(query: &str) -> impl Iterator<Item = &str> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
}

/// The decoded key of one piece (`key` alone counts as a key with an empty value).
fn key_of(piece: &str) -> String {
    decode(piece.split_once('=').map_or(piece, |(k, _)| k))
}

/// The decoded `(key, value)` pairs of a query string, in order.
pub fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    pieces(query).map(|piece| {
        let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
        (decode(k), decode(v))
    })
}

/// Whether the query string has `key`, with or without a value.
pub fn has_key(query: &str, key: &str) -> bool {
    pieces(query).any(|p| key_of(p) == key)
}

/// The query string of `pairs`, keys and values encoded, with its leading `?`; "" when there
/// are no pairs.
pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> String {
    join(
        pairs
            .into_iter()
            .map(|(k, v)| format!("{}={}", encode(k.as_ref()), encode(v.as_ref()))),
    )
}

/// `query` (with or without its leading `?`) with `key` set to `value`, or removed when `value`
/// is `None`. Other pieces keep their order and their spelling; the set key goes last.
pub fn with_param(query: &str, key: &str, value: Option<&str>) -> String {
    let kept = pieces(query)
        .filter(|p| key_of(p) != key)
        .map(str::to_string);
    let set = value.map(|v| format!("{}={}", encode(key), encode(v)));
    join(kept.chain(set))
}

/// `?a&b&…` from pieces already encoded, or "" when there are none.
fn join(pieces: impl Iterator<Item = String>) -> String {
    let body: Vec<String> = pieces.collect();
    if body.is_empty() {
        String::new()
    } else {
        format!("?{}", body.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_coding() {
        assert_eq!(encode("a b/æ,"), "a%20b%2F%C3%A6%2C");
        assert_eq!(decode("a+b%20c%C3%A6%2"), "a b cæ%2");
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%zz"), "%zz");
        for s in ["sörmland", "ÆLDRE & co", "100%", "a=b&c"] {
            assert_eq!(decode(&encode(s)), s);
        }
    }

    #[test]
    fn pairs_are_decoded_in_order() {
        let got: Vec<(String, String)> = pairs("?q=s%C3%B6rmland+syd&&sdg=3&flag&sdg=4").collect();
        let want = [
            ("q", "sörmland syd"),
            ("sdg", "3"),
            ("flag", ""),
            ("sdg", "4"),
        ];
        assert_eq!(got.len(), want.len());
        for ((k, v), (wk, wv)) in got.iter().zip(want) {
            assert_eq!((k.as_str(), v.as_str()), (wk, wv));
        }
        assert_eq!(pairs("").count(), 0);
        assert_eq!(pairs("?").count(), 0);
    }

    #[test]
    fn from_pairs_encodes_and_is_empty_without_pairs() {
        assert_eq!(
            from_pairs([("q", "a b&c"), ("sdg", "3,4")]),
            "?q=a%20b%26c&sdg=3%2C4"
        );
        assert_eq!(from_pairs(Vec::<(&str, &str)>::new()), "");
    }

    #[test]
    fn with_param_sets_a_key_last_and_keeps_the_others_as_written() {
        assert_eq!(
            with_param("?q=a+b&lang=sv&sdg=3", "lang", Some("da")),
            "?q=a+b&sdg=3&lang=da"
        );
        // Without the leading "?", from nothing, and a value that needs encoding.
        assert_eq!(
            with_param("sdg=3", "q", Some("æ ø")),
            "?sdg=3&q=%C3%A6%20%C3%B8"
        );
        assert_eq!(with_param("", "lang", Some("en")), "?lang=en");
        // Every copy of the key goes, also one without a value or with an encoded name.
        assert_eq!(
            with_param("?lang=sv&x=1&lang&la%6Eg=en", "lang", Some("da")),
            "?x=1&lang=da"
        );
        // A key that only starts like it stays.
        assert_eq!(
            with_param("?language=sv", "lang", Some("da")),
            "?language=sv&lang=da"
        );
    }

    #[test]
    fn with_param_removes_a_key_and_gives_nothing_when_none_is_left() {
        assert_eq!(with_param("?theme=dark&q=x", "theme", None), "?q=x");
        assert_eq!(with_param("?theme=dark", "theme", None), "");
        assert_eq!(with_param("?q=x&&", "theme", None), "?q=x");
        assert_eq!(with_param("", "theme", None), "");
    }

    #[test]
    fn has_key_matches_whole_keys_only() {
        assert!(has_key("?data=https%3A%2F%2Fx.org", "data"));
        assert!(has_key("q=1&data", "data"));
        assert!(!has_key("?database=1&q=data", "data"));
        assert!(!has_key("", "data"));
    }
}
