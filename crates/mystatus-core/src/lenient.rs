//! Reading API payloads and credentials files with serde, as tolerant as the real services need.
//!
//! Services change without notice: a number arrives as a string, a field turns `null`, a key
//! appears twice, an empty object is written `[]`. A document is parsed into a
//! [`serde_json::Value`] first (a repeated key keeps its last value, as `JSON.parse` does), then
//! deserialized into the types of the module that owns the API, tracking the path of each value:
//!
//! - plain serde types are strict: `Option<String>` is absent or `null`, any other type is an
//!   error naming the field ("`login` is not a string"); a `String` or `bool` with
//!   `#[serde(default)]` may be absent but not `null`; one without it is required;
//! - the `deserialize_with` readers here ([`number`], [`text`], [`record`]...) are lenient: a value
//!   of another type reads as absent, so one odd value never loses a whole answer;
//! - [`Object`] and [`Record`] are a nested object that must be one; a record may be written `[]`.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, MapDeserializer};
use serde::de::{DeserializeOwned, Deserializer, IgnoredAny, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::{Deserialize, de};
use serde_json::Value;
use serde_path_to_error::{Path, Segment};

/// What is wrong with a JSON document, for a message that says where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Malformed {
    /// Not JSON at all, in serde_json's words ("EOF while parsing a value at line 1 column 0").
    Syntax(String),
    /// The document is not the object it must be.
    NotAnObject,
    /// A field the document is unusable without.
    Missing(Field),
    /// A value of the wrong type.
    WrongType { field: Field, expected: Expected },
    /// Well formed, but not what the API means (said by the module that reads it).
    Invalid(String),
}

/// Where a value is in a document: `chat` within `quota_snapshots`, `refreshToken` within
/// `accounts[0]`, `budgets[2]` at the top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub within: Option<String>,
}

impl Field {
    /// The whole path: `accounts[0].refreshToken`.
    pub fn path(&self) -> String {
        match &self.within {
            Some(within) => format!("{within}.{}", self.name),
            None => self.name.clone(),
        }
    }
}

/// The type a value should have had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    String,
    Boolean,
    Number,
    List,
    Object,
}

impl Expected {
    fn words(self) -> &'static str {
        match self {
            Self::String => "a string",
            Self::Boolean => "a boolean",
            Self::Number => "a number",
            Self::List => "a list",
            Self::Object => "an object",
        }
    }

    /// The type serde's own "invalid type: ..., expected ..." error asked for.
    fn of_serde_message(message: &str) -> Option<Self> {
        let (_, expected) = message.rsplit_once(", expected ")?;
        Some(match expected {
            "a string" | "a borrowed string" => Self::String,
            "a boolean" => Self::Boolean,
            "a sequence" => Self::List,
            "an object" | "a map" => Self::Object,
            _ if expected.starts_with("struct ") => Self::Object,
            _ if ["f64", "i64", "u64", "u32", "i32", "u16"].contains(&expected) => Self::Number,
            _ => return None,
        })
    }
}

impl fmt::Display for Malformed {
    /// The detail a report quotes: "`usageItems` is not a list", "missing field `token`".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let within = |f: &mut fmt::Formatter<'_>, field: &Field| match &field.within {
            Some(within) => write!(f, " in `{within}`"),
            None => Ok(()),
        };
        match self {
            Self::Syntax(detail) | Self::Invalid(detail) => f.write_str(detail),
            Self::NotAnObject => f.write_str("the answer is not a JSON object"),
            Self::Missing(field) => {
                write!(f, "missing field `{}`", field.name)?;
                within(f, field)
            }
            Self::WrongType { field, expected } => {
                write!(f, "`{}` is not {}", field.name, expected.words())?;
                within(f, field)
            }
        }
    }
}

/// Parses `text`; a repeated key keeps its last value.
pub fn parse_value(text: &str) -> Result<Value, Malformed> {
    serde_json::from_str(text).map_err(|error| Malformed::Syntax(error.to_string()))
}

/// Parses a document that must be a JSON object into `T`.
pub fn parse_object<T: DeserializeOwned>(text: &str) -> Result<T, Malformed> {
    let value = parse_value(text)?;
    if !value.is_object() {
        return Err(Malformed::NotAnObject);
    }
    from_value(value)
}

/// Parses a file the user keeps, which must be a JSON object, into `T`; the byte-order mark some
/// editors write before it is skipped.
pub fn parse_file<T: DeserializeOwned>(text: &str) -> Result<T, Malformed> {
    parse_object(text.trim_start_matches('\u{feff}'))
}

/// Parses a document that must be a [`Record`] into `T`.
pub fn parse_record<T: DeserializeOwned>(text: &str) -> Result<T, Malformed> {
    match parse_value(text)? {
        Value::Array(items) if items.is_empty() => from_value(Value::Object(serde_json::Map::new())),
        value @ Value::Object(_) => from_value(value),
        _ => Err(Malformed::NotAnObject),
    }
}

/// `value` as `T`, an error naming the field that is wrong.
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, Malformed> {
    serde_path_to_error::deserialize(value).map_err(malformed)
}

/// What serde said was wrong, and where. Not a closure in [`from_value`]: that would be compiled
/// again for every type read.
fn malformed(error: serde_path_to_error::Error<serde_json::Error>) -> Malformed {
    let field = field_at(error.path());
    let message = error.into_inner().to_string();
    if let Some(name) = message.strip_prefix("missing field `").and_then(|rest| rest.strip_suffix('`')) {
        let within = field.map(|field| field.path());
        return Malformed::Missing(Field { name: name.to_owned(), within });
    }
    match (field, Expected::of_serde_message(&message)) {
        (Some(field), Some(expected)) => Malformed::WrongType { field, expected },
        _ => Malformed::Invalid(message),
    }
}

/// The field at `path`: its last key and what it is in; an entry of a list is named whole.
fn field_at(path: &Path) -> Option<Field> {
    let segments: Vec<&Segment> = path.iter().collect();
    let (last, parents) = segments.split_last()?;
    let mut within = String::new();
    for segment in parents {
        if !within.is_empty() && !matches!(segment, Segment::Seq { .. }) {
            within.push('.');
        }
        within.push_str(&segment.to_string());
    }
    Some(match last {
        Segment::Seq { index } => Field { name: format!("{within}[{index}]"), within: None },
        key => Field { name: key.to_string(), within: Some(within).filter(|within| !within.is_empty()) },
    })
}

/// The number in `value`, also when it is sent as a string (`" 12.5 "`); `None` for anything
/// else, and for what is not finite.
pub fn as_number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(number) => number.as_f64(),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
    .filter(|number: &f64| number.is_finite())
}

/// `value` as `T` when it is an object (or `[]`, an empty object some serializers write as a
/// list) that reads as one; `None` for anything else.
pub fn as_record<T: DeserializeOwned>(value: Value) -> Option<T> {
    match value {
        Value::Array(items) if items.is_empty() => T::deserialize(Value::Object(serde_json::Map::new())).ok(),
        Value::Object(_) => T::deserialize(value).ok(),
        _ => None,
    }
}

/// A text field trimmed, `None` when blank: blank is "not there".
pub fn trimmed(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|text| !text.is_empty())
}

/// [`trimmed`], owned.
pub fn filled(text: Option<String>) -> Option<String> {
    trimmed(&text).map(str::to_owned)
}

/// A number, also sent as a string; anything else reads as absent.
pub fn number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    Ok(as_number(&Value::deserialize(deserializer)?))
}

/// A whole number, also sent as a string; anything else reads as absent.
pub fn integer<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    Ok(number(deserializer)?.filter(|number| number.fract() == 0.0).map(|number| number as i64))
}

/// A text; anything else (`null`, a number) reads as absent.
pub fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::String(text) => Some(text),
        _ => None,
    })
}

/// A boolean; anything else reads as absent.
pub fn boolean<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    Ok(Value::deserialize(deserializer)?.as_bool())
}

/// A nested [record](as_record) whose fields are all lenient; anything else reads as absent.
pub fn record<'de, D: Deserializer<'de>, T: DeserializeOwned>(deserializer: D) -> Result<Option<T>, D::Error> {
    Ok(as_record(Value::deserialize(deserializer)?))
}

/// A list of [records](as_record) whose fields are all lenient: an entry that is not one is left
/// out, and anything but a list reads as empty.
pub fn records<'de, D: Deserializer<'de>, T: DeserializeOwned>(deserializer: D) -> Result<Vec<T>, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::Array(items) => items.into_iter().filter_map(as_record).collect(),
        _ => Vec::new(),
    })
}

/// A nested object that must be one: anything else is an error naming the field.
#[derive(Debug, Clone, PartialEq)]
pub struct Object<T>(pub T);

/// A nested object that must be one, or `[]`, read as an empty object; a list with items is no
/// record, anything else is an error naming the field.
#[derive(Debug, Clone, PartialEq)]
pub struct Record<T>(pub T);

struct ObjectVisitor<T> {
    empty_list_is_empty_object: bool,
    of: PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        if !self.empty_list_is_empty_object || seq.next_element::<IgnoredAny>()?.is_some() {
            return Err(de::Error::invalid_type(Unexpected::Seq, &self));
        }
        T::deserialize(MapDeserializer::<_, A::Error>::new(std::iter::empty::<(String, String)>()))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let visitor = ObjectVisitor { empty_list_is_empty_object: false, of: PhantomData };
        deserializer.deserialize_any(visitor).map(Self)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Record<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let visitor = ObjectVisitor { empty_list_is_empty_object: true, of: PhantomData };
        deserializer.deserialize_any(visitor).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Sample {
        #[serde(default, deserialize_with = "number")]
        amount: Option<f64>,
        #[serde(default, deserialize_with = "integer")]
        count: Option<i64>,
        #[serde(default, deserialize_with = "text")]
        name: Option<String>,
    }

    #[test]
    fn numbers_as_strings_nulls_and_wrong_types() {
        let cases = [
            (r#"{"amount": 12.5, "count": 3, "name": "a"}"#, (Some(12.5), Some(3), Some("a"))),
            (r#"{"amount": " 12.5 ", "count": "3", "name": 7}"#, (Some(12.5), Some(3), None)),
            (r#"{"amount": null, "count": 2.5, "name": null}"#, (None, None, None)),
            (r#"{"amount": [1], "count": {}, "name": ["a"]}"#, (None, None, None)),
            (r#"{"amount": "NaN", "count": "1e400"}"#, (None, None, None)),
            (r#"{}"#, (None, None, None)),
        ];
        for (body, (amount, count, name)) in cases {
            let sample: Sample = parse_object(body).unwrap();
            assert_eq!(sample, Sample { amount, count, name: name.map(str::to_owned) }, "{body}");
        }
    }

    #[test]
    fn a_duplicate_key_keeps_its_last_value() {
        let sample: Sample = parse_object(r#"{"amount": 1, "amount": 2}"#).unwrap();
        assert_eq!(sample.amount, Some(2.0));
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code, reason = "read only for their errors")]
    struct Strict {
        name: Option<String>,
        #[serde(default)]
        flag: bool,
        list: Vec<Value>,
        outer: Option<Object<Inner>>,
        entries: Option<Vec<Record<Inner>>>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code, reason = "read only for their errors")]
    struct Inner {
        name: String,
    }

    fn error_of(body: &str) -> String {
        parse_object::<Strict>(body).unwrap_err().to_string()
    }

    #[test]
    fn strict_fields_say_what_is_wrong_and_where() {
        let cases = [
            (r#"{"name": 7, "list": []}"#, "`name` is not a string"),
            (r#"{"flag": null, "list": []}"#, "`flag` is not a boolean"),
            (r#"{"list": {}}"#, "`list` is not a list"),
            (r#"{}"#, "missing field `list`"),
            (r#"{"list": [], "outer": {"name": 7}}"#, "`name` is not a string in `outer`"),
            (r#"{"list": [], "outer": {}}"#, "missing field `name` in `outer`"),
            (r#"{"list": [], "outer": []}"#, "`outer` is not an object"),
            (r#"{"list": [], "entries": [{"name": "a"}, 3]}"#, "`entries[1]` is not an object"),
            (r#"{"list": [], "entries": [[1]]}"#, "`entries[0]` is not an object"),
            (r#"{"list": [], "entries": [{"name": true}]}"#, "`name` is not a string in `entries[0]`"),
            ("[]", "the answer is not a JSON object"),
            ("", "EOF while parsing a value at line 1 column 0"),
        ];
        for (body, expected) in cases {
            assert_eq!(error_of(body), expected, "{body}");
        }
    }

    #[test]
    fn a_record_may_be_an_empty_list() {
        let records: Vec<Record<Sample>> = from_value(serde_json::json!([[], {"amount": 1}])).unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!(
            as_record::<Sample>(Value::Array(Vec::new())),
            Some(Sample { amount: None, count: None, name: None })
        );
        assert_eq!(as_record::<Sample>(serde_json::json!([1])), None);
        assert_eq!(parse_record::<Sample>("[]").map(|sample| sample.amount), Ok(None));
        assert_eq!(parse_record::<Sample>("[1]").unwrap_err(), Malformed::NotAnObject);
    }

    #[test]
    fn keys_with_dots_stay_whole() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code, reason = "read only for its error")]
        struct Models {
            models: std::collections::BTreeMap<String, Object<Inner>>,
        }
        let error = parse_object::<Models>(r#"{"models": {"gemini-2.5-pro": 1}}"#).unwrap_err();
        assert_eq!(error.to_string(), "`gemini-2.5-pro` is not an object in `models`");
    }
}
