//! Writing the little JSON mystatus sends, remembers or quotes, by hand: a serializer would be the
//! largest piece of serde in the wasm module, for a few strings.

use serde_json::Value;

/// `value` as compact JSON text, exactly as `serde_json` writes it (`value.to_string()`).
pub fn text(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::String(string) => quote(string),
        Value::Array(items) => format!("[{}]", items.iter().map(text).collect::<Vec<_>>().join(",")),
        Value::Object(fields) => {
            let fields: Vec<String> =
                fields.iter().map(|(key, value)| format!("{}:{}", quote(key), text(value))).collect();
            format!("{{{}}}", fields.join(","))
        }
    }
}

/// `text` as a JSON string, quotes included, escaped exactly as `serde_json` does: `"` and `\`,
/// the short escapes of `\b \t \n \f \r`, other control characters as `\u00XX`; the rest as is.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\0'..='\u{1f}' => {
                // Lowercase hex digits, as serde_json writes them.
                let digit = |value: u32| char::from_digit(value, 16).unwrap_or('0');
                out.push_str("\\u00");
                out.extend([digit(u32::from(c) >> 4), digit(u32::from(c) & 0xf)]);
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn writes_compact_json() {
        let value: Value =
            serde_json::from_str(r#"{"b": [1, -2, 0.5, 1e300, true, null], "a": {"x": "y\n"}}"#).unwrap();
        assert_eq!(text(&value), r#"{"a":{"x":"y\n"},"b":[1,-2,0.5,1e+300,true,null]}"#);
        assert_eq!(text(&value), value.to_string());
    }

    #[test]
    fn escapes_as_serde_json_does() {
        assert_eq!(
            quote("a\"b\\c\u{1}\u{1f}\n\t\u{8}\u{c}\r\u{7f}é/"),
            r#""a\"b\\c\u0001\u001f\n\t\b\f\r\u{7f}é/""#.replace("\\u{7f}", "\u{7f}")
        );
    }

    /// Any JSON value, nested a few levels.
    fn any_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::btree_map(any::<String>(), inner, 0..4)
                    .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn quote_is_serde_json_to_string(text in any::<String>()) {
            prop_assert_eq!(quote(&text), serde_json::to_string(&text).unwrap_or_default());
        }

        #[test]
        fn text_is_serde_json_to_string(value in any_value()) {
            prop_assert_eq!(text(&value), value.to_string());
        }
    }
}
