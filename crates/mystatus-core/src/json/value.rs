//! A parsed JSON document, read field by field.

/// A JSON value, as [`parse`](super::parse) builds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON number. An integer literal that fits 64 bits stays exact: `expires_ms` and the like
/// must not lose digits to a float.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    /// A non-negative integer literal.
    PosInt(u64),
    /// A negative integer literal.
    NegInt(i64),
    /// Any other number (a fraction, an exponent, `-0`, an integer beyond 64 bits); finite.
    Float(f64),
}

impl Number {
    pub fn as_f64(self) -> f64 {
        match self {
            Self::PosInt(number) => number as f64,
            Self::NegInt(number) => number as f64,
            Self::Float(number) => number,
        }
    }

    /// `None` for a float, even a whole one: `1.0` was not written as an integer.
    pub fn as_i64(self) -> Option<i64> {
        match self {
            Self::PosInt(number) => i64::try_from(number).ok(),
            Self::NegInt(number) => Some(number),
            Self::Float(_) => None,
        }
    }
}

/// An object's fields, each key once, sorted by key. The order is serde_json's (a `BTreeMap`),
/// which users see: Anthropic's per-model windows and Google's models are listed in it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map {
    fields: Vec<(String, Value)>,
}

impl Map {
    /// The fields in the order they were written; a repeated key keeps its last value, as
    /// `JSON.parse` does. Sorting is O(n log n) however many keys repeat.
    pub(super) fn from_fields(mut fields: Vec<(String, Value)>) -> Self {
        // Reversed, a stable sort puts each key's last value first, which `dedup_by` keeps.
        fields.reverse();
        fields.sort_by(|(a, _), (b, _)| a.cmp(b));
        fields.dedup_by(|(later, _), (kept, _)| later == kept);
        Self { fields }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        let index = self.fields.binary_search_by(|(name, _)| name.as_str().cmp(key)).ok()?;
        self.fields.get(index).map(|(_, value)| value)
    }

    /// The fields, sorted by key.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.fields.iter().map(|(key, value)| (key.as_str(), value))
    }
}

impl Value {
    /// The field `key` of an object; `None` for anything else.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Self::Bool(flag) => Some(*flag),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Self::Number(number) => Some(number.as_f64()),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Self::Number(number) => number.as_i64(),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Self::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Self::Object(fields) => Some(fields),
            _ => None,
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Self::Object(_))
    }
}

#[cfg(test)]
mod tests {
    use crate::json::parse;

    #[test]
    fn numbers_read_as_serde_json_read_them() {
        let cases = [
            "0",
            "1",
            "-5",
            "1.0",
            "1e2",
            "-0",
            "0.5",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            "18446744073709551615",
            "18446744073709551616",
        ];
        for text in cases {
            let (ours, theirs) = (parse(text).unwrap(), serde_json::from_str::<serde_json::Value>(text).unwrap());
            assert_eq!((ours.as_i64(), ours.as_f64()), (theirs.as_i64(), theirs.as_f64()), "{text}");
        }
    }

    #[test]
    fn fields_are_found_in_objects_only() {
        let value = parse(r#"{"b": 1, "a": {"c": "x"}, "b": [true]}"#).unwrap();
        assert_eq!(value.get("a").and_then(|a| a.get("c")).and_then(|c| c.as_str()), Some("x"));
        assert_eq!(value.get("b").and_then(|b| b.as_array()).map(<[_]>::len), Some(1));
        assert_eq!(value.get("c"), None);
        assert_eq!(value.get("b").and_then(|b| b.get("0")), None);
        let keys: Vec<&str> = value.as_object().unwrap().iter().map(|(key, _)| key).collect();
        assert_eq!(keys, ["a", "b"]);
    }
}
