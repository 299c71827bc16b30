//! The answer of Cloud Code's `v1internal:retrieveUserQuotaSummary`: the account's quota per model group
//! ("Gemini Models", "Claude and GPT models"), each group with a 5-hour and a weekly bucket.
//!
//! The endpoint is internal and its answers vary: the buckets come in `groups[].buckets[]` or at
//! the top level, sometimes wrapped in `{"response": ...}`; the share left is `remainingFraction`
//! or inside `remaining` (`{remainingFraction}` or a protobuf oneof `{case, value}`; a `remaining`
//! string is an amount, not a share); `resetTime` is ISO 8601 or epoch seconds. Every field is
//! read leniently: a bucket the report cannot use is left out, and an answer without any usable
//! bucket is as good as no answer (the caller then asks `fetchAvailableModels`).

use serde::Deserialize;
use serde_json::Value;

use crate::lenient::{self, Malformed};
use crate::time;

/// The windows the summary knows, in seconds (the report's window labels are built from them).
pub const FIVE_HOURS_S: f64 = 5.0 * 3_600.0;
pub const WEEK_S: f64 = 7.0 * 86_400.0;

/// One usable bucket of the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct Bucket {
    /// The group's name as the API gives it; `None` for top-level buckets.
    pub group: Option<String>,
    /// The window's length, when the bucket says which it is.
    pub window_s: Option<f64>,
    /// The API's name for the bucket: for a bucket whose window is unknown, `displayName`, else
    /// `bucketId`; else the first of `bucketId` and `displayName` that is more than the window's
    /// name (`gemini-5h`, not "Five Hour").
    pub name: Option<String>,
    /// The share left, 0 to 1.
    pub remaining: f64,
    pub reset_ms: Option<i64>,
}

#[derive(Deserialize)]
struct Summary {
    #[serde(default, deserialize_with = "lenient::record")]
    response: Option<Box<Summary>>,
    #[serde(default, deserialize_with = "lenient::records")]
    groups: Vec<Group>,
    #[serde(default, deserialize_with = "lenient::records")]
    buckets: Vec<StoredBucket>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Group {
    #[serde(default, deserialize_with = "lenient::text")]
    display_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::records")]
    buckets: Vec<StoredBucket>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredBucket {
    #[serde(default, deserialize_with = "lenient::text")]
    bucket_id: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    display_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    window: Option<String>,
    #[serde(default)]
    remaining_fraction: Value,
    #[serde(default)]
    remaining: Value,
    #[serde(default, deserialize_with = "lenient::boolean")]
    disabled: Option<bool>,
    #[serde(default)]
    reset_time: Value,
}

/// A window named by the API: `FIVE_HOUR`, `5H`, `WEEKLY`; or the end of a bucket id
/// (`gemini-5h`, `3p-weekly`); or a display name ("Five Hour", "Weekly").
fn window_of(text: &str) -> Option<f64> {
    let word: String = text.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
    match word.as_str() {
        "fivehour" | "fivehours" | "5h" | "5hour" | "5hours" => Some(FIVE_HOURS_S),
        "weekly" | "week" | "7d" | "7day" | "7days" => Some(WEEK_S),
        _ => None,
    }
}

/// The share left, 0 to 1, wherever the bucket carries it; `None` when it does not say (never
/// "full": a missing share is unknown).
fn fraction(bucket: &StoredBucket) -> Option<f64> {
    let inside = match &bucket.remaining {
        Value::Object(remaining) => match remaining.get("case").and_then(Value::as_str) {
            Some("remainingFraction") => remaining.get("value"),
            Some(_) => None,
            None => remaining.get("remainingFraction"),
        },
        _ => None,
    };
    let value = if bucket.remaining_fraction.is_null() { inside? } else { &bucket.remaining_fraction };
    lenient::as_number(value).map(|fraction| fraction.clamp(0.0, 1.0))
}

/// ISO 8601, or epoch seconds (a number or a numeric string).
fn reset_ms(value: &Value) -> Option<i64> {
    if let Some(text) = value.as_str() {
        if let Some(ms) = time::parse_iso(text) {
            return Some(ms);
        }
    }
    let seconds = lenient::as_number(value).filter(|seconds| (0.0..=time::LATEST_EPOCH_S).contains(seconds))?;
    Some((seconds * 1000.0) as i64)
}

fn bucket(group: Option<&str>, stored: StoredBucket) -> Option<Bucket> {
    if stored.disabled == Some(true) {
        return None;
    }
    let remaining = fraction(&stored)?;
    let window_s = [&stored.window, &stored.bucket_id, &stored.display_name]
        .into_iter()
        .flatten()
        .find_map(|text| window_of(text).or_else(|| window_of(text.rsplit(['-', '_']).next().unwrap_or_default())));
    let name = if window_s.is_some() {
        // What tells this bucket from another of the same window, if anything does.
        [stored.bucket_id, stored.display_name].into_iter().flatten().find(|name| window_of(name).is_none())
    } else {
        [stored.display_name, stored.bucket_id].into_iter().flatten().next()
    };
    let name = name.map(|name| name.trim().to_owned()).filter(|name| !name.is_empty());
    if window_s.is_none() && name.is_none() {
        // Nothing to call it by.
        return None;
    }
    let group = group.map(str::trim).filter(|name| !name.is_empty()).map(str::to_owned);
    Some(Bucket { group, window_s, name, remaining, reset_ms: reset_ms(&stored.reset_time) })
}

/// The usable buckets, the groups' in the API's order and then the top-level ones; empty when the
/// summary has none (the caller then falls back to the model list).
pub fn parse(body: &str) -> Result<Vec<Bucket>, Malformed> {
    let mut summary: Summary = lenient::parse_object(body)?;
    if let Some(inner) = summary.response.take() {
        summary = *inner;
    }
    let mut buckets = Vec::new();
    for group in summary.groups {
        let name = group.display_name.as_deref();
        buckets.extend(group.buckets.into_iter().filter_map(|stored| bucket(name, stored)));
    }
    buckets.extend(summary.buckets.into_iter().filter_map(|stored| bucket(None, stored)));
    Ok(buckets)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(bucket: &str) -> Option<Bucket> {
        parse(&format!(r#"{{"buckets": [{bucket}]}}"#)).unwrap().pop()
    }

    #[test]
    fn the_share_left_in_every_shape() {
        let shares: Vec<_> = [
            r#"{"window": "WEEKLY", "remainingFraction": 0.58}"#,
            r#"{"window": "WEEKLY", "remainingFraction": "0.25"}"#,
            r#"{"window": "WEEKLY", "remaining": {"remainingFraction": 0.5}}"#,
            r#"{"window": "WEEKLY", "remaining": {"case": "remainingFraction", "value": 0.75}}"#,
            r#"{"window": "WEEKLY", "remaining": {"case": "remainingAmount", "value": "12"}}"#,
            r#"{"window": "WEEKLY", "remaining": "12"}"#,
            r#"{"window": "WEEKLY"}"#,
            r#"{"window": "WEEKLY", "remainingFraction": 1.7}"#,
            r#"{"window": "WEEKLY", "remainingFraction": 0.1, "disabled": true}"#,
        ]
        .into_iter()
        .map(|bucket| one(bucket).map(|bucket| bucket.remaining))
        .collect();
        assert_eq!(shares, [Some(0.58), Some(0.25), Some(0.5), Some(0.75), None, None, None, Some(1.0), None]);
    }

    #[test]
    fn windows_from_the_window_the_id_or_the_name() {
        let windows: Vec<_> = [
            r#"{"window": "FIVE_HOUR", "remainingFraction": 1}"#,
            r#"{"window": "5H", "remainingFraction": 1}"#,
            r#"{"bucketId": "3p-weekly", "remainingFraction": 1}"#,
            r#"{"bucketId": "gemini-5h", "remainingFraction": 1}"#,
            r#"{"displayName": "Five Hour", "remainingFraction": 1}"#,
            r#"{"displayName": "Gemini 3 Pro", "remainingFraction": 1}"#,
            r#"{"remainingFraction": 1}"#,
        ]
        .into_iter()
        .map(|bucket| one(bucket).map(|bucket| (bucket.window_s, bucket.name)))
        .collect();
        let named = |name: &str| Some(name.to_owned());
        assert_eq!(
            windows,
            [
                Some((Some(FIVE_HOURS_S), None)),
                Some((Some(FIVE_HOURS_S), None)),
                Some((Some(WEEK_S), named("3p-weekly"))),
                Some((Some(FIVE_HOURS_S), named("gemini-5h"))),
                Some((Some(FIVE_HOURS_S), None)),
                Some((None, named("Gemini 3 Pro"))),
                None,
            ]
        );
    }

    #[test]
    fn resets_in_iso_or_epoch_seconds() {
        let resets: Vec<_> =
            [r#""2026-11-21T17:30:00Z""#, "1795282200", r#""1795282200""#, "1e300", "-5", r#""soon""#, "null"]
                .into_iter()
                .map(|reset| one(&format!(r#"{{"window": "WEEKLY", "remainingFraction": 0.5, "resetTime": {reset}}}"#)))
                .map(|bucket| bucket.and_then(|bucket| bucket.reset_ms))
                .collect();
        let at = Some(1_795_282_200_000);
        assert_eq!(resets, [at, at, at, None, None, None, None]);
    }

    #[test]
    fn groups_top_level_buckets_and_the_wrapper() {
        let body = r#"{"response": {
            "groups": [
                {"displayName": "Gemini Models", "buckets": [{"window": "WEEKLY", "remainingFraction": 0.5}, 7]},
                "not a group",
                {"displayName": " ", "buckets": [{"window": "FIVE_HOUR", "remainingFraction": 0.1}]}
            ],
            "buckets": [{"bucketId": "3p-5h", "remainingFraction": 0.9}]
        }}"#;
        let buckets = parse(body).unwrap();
        let shown: Vec<_> = buckets.iter().map(|bucket| (bucket.group.as_deref(), bucket.remaining)).collect();
        assert_eq!(shown, [(Some("Gemini Models"), 0.5), (None, 0.1), (None, 0.9)]);
        for empty in
            ["{}", r#"{"groups": {}, "buckets": "x"}"#, r#"{"response": []}"#, r#"{"groups": [{"buckets": [{}]}]}"#]
        {
            assert_eq!(parse(empty), Ok(Vec::new()), "{empty}");
        }
        assert_eq!(parse("[]"), Err(Malformed::NotAnObject));
    }
}
