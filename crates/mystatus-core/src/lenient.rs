//! Reading API payloads that bend their own schemas. Services change without notice: a number
//! arrives as a string, a field turns `null`, a key appears twice. Each of these reads as what it
//! evidently means, so one odd value never loses a whole answer.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// Parses a payload through [`Value`]: a duplicate key keeps its last value, as `JSON.parse` does
/// (a typed parse would reject the whole answer).
pub fn parse<T: DeserializeOwned>(body: &str) -> Result<T, String> {
    let value: Value = serde_json::from_str(body).map_err(|err| err.to_string())?;
    T::deserialize(value).map_err(|err| err.to_string())
}

/// A field of the wrong type (or `null`) reads as absent.
pub fn optional<'de, D: Deserializer<'de>, T: DeserializeOwned>(deserializer: D) -> Result<Option<T>, D::Error> {
    Ok(serde_json::from_value(Value::deserialize(deserializer)?).ok())
}

/// A text field; anything else (`null`, a number) reads as empty.
pub fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Ok(optional::<D, String>(deserializer)?.unwrap_or_default())
}

/// The number in `value`, also when it is sent as a string; `None` for anything else.
pub fn as_number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(number) => number.as_f64(),
        Value::String(text) => text.trim().parse::<f64>().ok(),
        _ => None,
    }
    .filter(|number| number.is_finite())
}

/// A number field, also when sent as a string (`"12.5"`); anything else reads as absent.
pub fn number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    Ok(as_number(&Value::deserialize(deserializer)?))
}

/// A whole-number field, also when sent as a string; anything else reads as absent.
pub fn integer<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    Ok(number(deserializer)?.filter(|number| number.fract() == 0.0).map(|number| number as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Debug, PartialEq)]
    struct Sample {
        #[serde(default, deserialize_with = "number")]
        amount: Option<f64>,
        #[serde(default, deserialize_with = "integer")]
        count: Option<i64>,
        #[serde(default, deserialize_with = "optional")]
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
            let sample: Sample = parse(body).unwrap();
            assert_eq!(sample, Sample { amount, count, name: name.map(str::to_owned) }, "{body}");
        }
    }

    #[test]
    fn a_duplicate_key_keeps_its_last_value() {
        let sample: Sample = parse(r#"{"amount": 1, "amount": 2}"#).unwrap();
        assert_eq!(sample.amount, Some(2.0));
        assert!(serde_json::from_str::<Sample>(r#"{"amount": 1, "amount": 2}"#).is_err(), "a typed parse would fail");
    }
}
