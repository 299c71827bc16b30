//! Writing the little JSON mystatus sends, remembers or quotes, exactly as serde_json wrote it.

use super::float::float;
use super::value::{Number, Value};

/// `value` as compact JSON text, objects in key order.
pub fn text(value: &Value) -> String {
    let mut out = String::new();
    write(value, &mut out);
    out
}

fn write(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
        Value::Number(Number::PosInt(number)) => out.push_str(&number.to_string()),
        Value::Number(Number::NegInt(number)) => out.push_str(&number.to_string()),
        Value::Number(Number::Float(number)) => out.push_str(&float(*number)),
        Value::String(string) => out.push_str(&quote(string)),
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write(item, out);
            }
            out.push(']');
        }
        Value::Object(fields) => {
            out.push('{');
            for (index, (key, value)) in fields.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                out.push_str(&quote(key));
                out.push(':');
                write(value, out);
            }
            out.push('}');
        }
    }
}

/// `text` as a JSON string, quotes included, escaped exactly as serde_json does: `"` and `\`,
/// the short escapes of `\b \t \n \f \r`, other control characters as `\u00XX`; the rest as is.
/// The text between escapes is copied in one piece: reports are mostly plain text.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let mut copied = 0;
    for (at, byte) in text.bytes().enumerate() {
        let short = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            b'\t' => "\\t",
            b'\n' => "\\n",
            0x0c => "\\f",
            b'\r' => "\\r",
            0x00..=0x1f => "",
            _ => continue,
        };
        // An ASCII byte: a character boundary of `text`.
        out.push_str(text.get(copied..at).unwrap_or_default());
        copied = at + 1;
        if short.is_empty() {
            // Lowercase hex digits, as serde_json writes them.
            let digit = |value: u8| char::from_digit(u32::from(value), 16).unwrap_or('0');
            out.push_str("\\u00");
            out.extend([digit(byte >> 4), digit(byte & 0xf)]);
        } else {
            out.push_str(short);
        }
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::json::parse;

    #[test]
    fn writes_compact_json() {
        let value = parse(r#"{"b": [1, -2, 0.5, 1e300, true, null], "a": {"x": "y\n"}}"#).unwrap();
        assert_eq!(text(&value), r#"{"a":{"x":"y\n"},"b":[1,-2,0.5,1e+300,true,null]}"#);
    }

    #[test]
    fn escapes_as_serde_json_does() {
        assert_eq!(
            quote("a\"b\\c\u{1}\u{1f}\n\t\u{8}\u{c}\r\u{7f}é/"),
            r#""a\"b\\c\u0001\u001f\n\t\b\f\r\u{7f}é/""#.replace("\\u{7f}", "\u{7f}")
        );
    }

    fn serde_json_float(value: f64) -> String {
        serde_json::Value::from(value).to_string()
    }

    #[test]
    fn floats_at_the_edges_are_written_as_serde_json_writes_them() {
        let edges = [0.0, -0.0, 1.0, 0.1, 1e-5, 1e-6, 1e15, 1e16, 123e13, 5e-324, f64::MAX, f64::MIN_POSITIVE, 9.2e18];
        // Powers of two have a closer neighbour below than above: the shortest digits may be
        // the ones that are not the nearest truncation.
        let powers = (-1074..=1023).map(|exponent| 2_f64.powi(exponent));
        for value in edges.into_iter().chain(powers).flat_map(|value| [value, -value]) {
            assert_eq!(float(value), serde_json_float(value), "{value:e}");
        }
    }

    /// Any JSON value, nested a few levels.
    fn any_value() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value;
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
        fn float_is_serde_json_to_string(value in any::<f64>().prop_filter("finite", |value| value.is_finite())) {
            prop_assert_eq!(float(value), serde_json_float(value));
        }

        /// What serde_json writes reads back and is written again the same.
        #[test]
        fn text_is_serde_json_to_string(value in any_value()) {
            let written = value.to_string();
            prop_assert_eq!(text(&parse(&written).unwrap()), written);
        }
    }
}
