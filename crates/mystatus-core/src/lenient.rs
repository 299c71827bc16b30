//! Reading API payloads that bend their own schemas. Services change without notice: a number
//! arrives as a string, a field turns `null`, a key appears twice. Each of these reads as what it
//! evidently means, so one odd value never loses a whole answer.
//!
//! A payload is parsed once into a [`Value`], then read field by field: no typed deserializer per
//! payload (each would be its own code in the wasm module). Two kinds of
//! readers: lenient ones, for which a wrong type or `null` is absent, and strict ones, for the fields
//! an answer is unusable without or whose wrong type means the API changed: those say what is wrong.
//!
//! Readers take the object a field is in as a [`Value`]: a lookup in anything but an object finds
//! nothing, which is how a [record](as_record) written as `[]` reads as `{}`.

use crate::decimal;
use crate::json::{self, Map, Value};

/// Parses a payload: a duplicate key keeps its last value, as `JSON.parse` does.
pub fn parse(body: &str) -> Result<Value, String> {
    json::parse(body).map_err(|err| err.to_string())
}

const NOT_AN_OBJECT: &str = "the answer is not a JSON object";

/// Parses a payload that must be a JSON object, as its fields.
pub fn parse_map(body: &str) -> Result<Map, String> {
    match parse(body)? {
        Value::Object(object) => Ok(object),
        _ => Err(NOT_AN_OBJECT.to_owned()),
    }
}

/// Parses a payload that must be a JSON object.
pub fn parse_object(body: &str) -> Result<Value, String> {
    parse_map(body).map(Value::Object)
}

/// Parses a payload that must be a [record](as_record).
pub fn parse_record(body: &str) -> Result<Value, String> {
    let value = parse(body)?;
    as_record(&value).ok_or(NOT_AN_OBJECT)?;
    Ok(value)
}

/// An object whose fields are all optional, or `[]`: some serializers write an empty map as an
/// empty list (serde's typed reading took it as a struct with every field absent). A list with
/// items is no record: serde read one field by field in order, which no API means.
pub fn as_record(value: &Value) -> Option<&Value> {
    match value {
        Value::Object(_) => Some(value),
        Value::Array(items) if items.is_empty() => Some(value),
        _ => None,
    }
}

/// The number in `value`, also when it is sent as a string; `None` for anything else.
pub fn as_number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(number) => Some(number.as_f64()),
        Value::String(text) => decimal::to_f64(text.trim()),
        _ => None,
    }
    .filter(|number| number.is_finite())
}

/// A number field, also when sent as a string (`"12.5"`); anything else reads as absent.
pub fn number(object: &Value, key: &str) -> Option<f64> {
    object.get(key).and_then(as_number)
}

/// A whole-number field, also when sent as a string; anything else reads as absent.
pub fn integer(object: &Value, key: &str) -> Option<i64> {
    number(object, key).filter(|number| number.fract() == 0.0).map(|number| number as i64)
}

/// A text field; anything else (`null`, a number) reads as absent.
pub fn text<'a>(object: &'a Value, key: &str) -> Option<&'a str> {
    object.get(key)?.as_str()
}

/// A boolean field; anything else reads as absent.
pub fn boolean(object: &Value, key: &str) -> Option<bool> {
    object.get(key)?.as_bool()
}

/// A [record](as_record) field; anything else reads as absent.
pub fn record<'a>(object: &'a Value, key: &str) -> Option<&'a Value> {
    as_record(object.get(key)?)
}

/// A field that must have its type when it is there. Absent is `Ok(None)`, and so is `null` when
/// `null_is_absent`; any other value of another type is an error naming the field.
fn typed<'a, T>(
    object: &'a Value,
    key: &str,
    null_is_absent: bool,
    read: fn(&'a Value) -> Option<T>,
    what: &str,
) -> Result<Option<T>, String> {
    match object.get(key) {
        None => Ok(None),
        Some(Value::Null) if null_is_absent => Ok(None),
        Some(value) => read(value).map(Some).ok_or_else(|| format!("`{key}` is not {what}")),
    }
}

const STRING: &str = "a string";
const BOOLEAN: &str = "a boolean";
const LIST: &str = "a list";
const OBJECT: &str = "an object";

fn as_object(value: &Value) -> Option<&Value> {
    value.is_object().then_some(value)
}

/// An optional text: absent or `null` is `None`, another type an error.
pub fn optional_text<'a>(object: &'a Value, key: &str) -> Result<Option<&'a str>, String> {
    typed(object, key, true, Value::as_str, STRING)
}

/// An optional boolean: absent or `null` is `None`, another type an error.
pub fn optional_bool(object: &Value, key: &str) -> Result<Option<bool>, String> {
    typed(object, key, true, Value::as_bool, BOOLEAN)
}

/// An optional object: absent or `null` is `None`, another type an error.
pub fn optional_object<'a>(object: &'a Value, key: &str) -> Result<Option<&'a Value>, String> {
    typed(object, key, true, as_object, OBJECT)
}

/// An optional [record](as_record): absent or `null` is `None`, another type an error.
pub fn optional_record<'a>(object: &'a Value, key: &str) -> Result<Option<&'a Value>, String> {
    typed(object, key, true, as_record, OBJECT)
}

/// A text with a default: absent is `None`, `null` or another type an error.
pub fn defaulted_text<'a>(object: &'a Value, key: &str) -> Result<Option<&'a str>, String> {
    typed(object, key, false, Value::as_str, STRING)
}

/// A boolean with a default: absent is `None`, `null` or another type an error.
pub fn defaulted_bool(object: &Value, key: &str) -> Result<Option<bool>, String> {
    typed(object, key, false, Value::as_bool, BOOLEAN)
}

/// A list with a default: absent is `None`, `null` or another type an error.
pub fn defaulted_list<'a>(object: &'a Value, key: &str) -> Result<Option<&'a [Value]>, String> {
    typed(object, key, false, Value::as_array, LIST)
}

/// An object with a default: absent is `None`, `null` or another type an error.
pub fn defaulted_object<'a>(object: &'a Value, key: &str) -> Result<Option<&'a Map>, String> {
    typed(object, key, false, Value::as_object, OBJECT)
}

fn missing(key: &str) -> String {
    format!("missing field `{key}`")
}

/// A text the answer is unusable without.
pub fn required_text<'a>(object: &'a Value, key: &str) -> Result<&'a str, String> {
    defaulted_text(object, key)?.ok_or_else(|| missing(key))
}

/// A list the answer is unusable without.
pub fn required_list<'a>(object: &'a Value, key: &str) -> Result<&'a [Value], String> {
    defaulted_list(object, key)?.ok_or_else(|| missing(key))
}

/// `result` with the field it was read in named, for an error in a nested object.
pub fn within<T>(field: &str, result: Result<T, String>) -> Result<T, String> {
    result.map_err(|err| format!("{err} in `{field}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object_of(body: &str) -> Value {
        parse(body).unwrap()
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
        for (body, expected) in cases {
            let sample = object_of(body);
            let read = (number(&sample, "amount"), integer(&sample, "count"), text(&sample, "name"));
            assert_eq!(read, expected, "{body}");
        }
    }

    #[test]
    fn a_duplicate_key_keeps_its_last_value() {
        assert_eq!(number(&object_of(r#"{"amount": 1, "amount": 2}"#), "amount"), Some(2.0));
    }

    #[test]
    fn strict_fields_say_what_is_wrong() {
        let sample = object_of(r#"{"name": 7, "flag": null, "list": {}, "none": null}"#);
        assert_eq!(optional_text(&sample, "name"), Err("`name` is not a string".to_owned()));
        assert_eq!(optional_text(&sample, "none"), Ok(None));
        assert_eq!(defaulted_bool(&sample, "flag"), Err("`flag` is not a boolean".to_owned()));
        assert_eq!(defaulted_bool(&sample, "absent"), Ok(None));
        assert_eq!(required_list(&sample, "list"), Err("`list` is not a list".to_owned()));
        assert_eq!(required_list(&sample, "absent"), Err("missing field `absent`".to_owned()));
        assert_eq!(
            within("outer", required_text(&sample, "name")),
            Err("`name` is not a string in `outer`".to_owned())
        );
        assert_eq!(parse_map("[]"), Err("the answer is not a JSON object".to_owned()));
        assert_eq!(parse_record("[]"), Ok(Value::Array(Vec::new())));
        assert_eq!(parse_record("[1]"), Err("the answer is not a JSON object".to_owned()));
    }
}
