//! Claude's subscription usage endpoint for OAuth sign-ins: `GET /api/oauth/usage`.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use crate::host::HttpRequest;
use crate::lenient::{self, Malformed};
use crate::time::parse_iso;

pub const ORIGIN_VAR: &str = "MYSTATUS_ANTHROPIC_URL";
pub const DEFAULT_ORIGIN: &str = "https://api.anthropic.com";
/// The beta that opens the endpoint to OAuth access tokens.
const OAUTH_BETA: &str = "oauth-2025-04-20";
/// Per-model weekly windows are the top-level keys with this prefix (`seven_day_opus`...).
const MODEL_WINDOW_PREFIX: &str = "seven_day_";

pub fn usage_request(origin: &str, access: &str) -> HttpRequest {
    HttpRequest::get(format!("{origin}/api/oauth/usage"))
        .header("Authorization", format!("Bearer {access}"))
        .header("anthropic-beta", OAUTH_BETA)
        .header("Accept", "application/json")
        .header("User-Agent", crate::http::USER_AGENT)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WindowName {
    FiveHour,
    SevenDay,
    /// A per-model weekly window, by its key's suffix (`opus`, `sonnet`...).
    SevenDayModel(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    pub name: WindowName,
    /// The share used, 0 to 100.
    pub used_percent: f64,
    /// Epoch milliseconds; `None` when the window has not started.
    pub resets_at_ms: Option<i64>,
}

/// Pay-as-you-go use beyond the subscription, in cents.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtraUsage {
    pub used_cents: f64,
    pub limit_cents: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Usage {
    pub windows: Vec<Window>,
    /// Present only when extra usage is enabled.
    pub extra: Option<ExtraUsage>,
}

/// A window as the API sends it; each field of the wrong type reads as absent.
#[derive(Deserialize)]
struct RawWindow {
    #[serde(default, deserialize_with = "lenient::number")]
    utilization: Option<f64>,
    #[serde(default, deserialize_with = "lenient::text")]
    resets_at: Option<String>,
}

/// Extra usage as the API sends it; counted only when enabled.
#[derive(Deserialize)]
struct RawExtraUsage {
    #[serde(default, deserialize_with = "lenient::boolean")]
    is_enabled: Option<bool>,
    #[serde(default, deserialize_with = "lenient::number")]
    used_credits: Option<f64>,
    #[serde(default, deserialize_with = "lenient::number")]
    monthly_limit: Option<f64>,
}

/// A window with its share used; anything else (not an object, no usable `utilization`) is skipped.
fn window(name: WindowName, raw: &Value) -> Option<Window> {
    let raw: RawWindow = object(raw)?;
    Some(Window { name, used_percent: raw.utilization?, resets_at_ms: raw.resets_at.as_deref().and_then(parse_iso) })
}

/// `raw` as `T` when it is an object (`[]` is no window here).
fn object<T: serde::de::DeserializeOwned>(raw: &Value) -> Option<T> {
    raw.is_object().then(|| lenient::as_record(raw.clone())).flatten()
}

/// `GET /api/oauth/usage`: the fixed windows and, as top-level keys, the per-model ones, so the
/// payload is read as a map of values, each read leniently.
pub fn parse_usage(body: &str) -> Result<Usage, Malformed> {
    let fields: BTreeMap<String, Value> = lenient::parse_object(body)?;
    let fixed = [("five_hour", WindowName::FiveHour), ("seven_day", WindowName::SevenDay)];
    let fixed = fixed.into_iter().filter_map(|(key, name)| Some((name, fields.get(key)?)));
    let per_model = fields.iter().filter_map(|(key, value)| {
        let model = key.strip_prefix(MODEL_WINDOW_PREFIX).filter(|model| !model.is_empty())?;
        Some((WindowName::SevenDayModel(model.to_owned()), value))
    });
    let windows = fixed.chain(per_model).filter_map(|(name, raw)| window(name, raw)).collect();
    let extra =
        fields.get("extra_usage").and_then(object::<RawExtraUsage>).filter(|extra| extra.is_enabled == Some(true));
    Ok(Usage {
        windows,
        extra: extra.map(|extra| ExtraUsage {
            used_cents: extra.used_credits.unwrap_or(0.0),
            limit_cents: extra.monthly_limit,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_windows_are_skipped_and_the_others_kept() {
        let body = r#"{
            "five_hour": {"utilization": "high", "resets_at": "2026-11-21T16:00:00Z"},
            "seven_day": {"utilization": 40, "resets_at": 12},
            "seven_day_opus": null,
            "seven_day_oauth_apps": [1, 2],
            "seven_day_sonnet": {"utilization": 5.5, "resets_at": "2026-11-21T14:30:00.123456+00:00"},
            "seven_day_": {"utilization": 1},
            "extra_usage": {"is_enabled": true, "used_credits": "x", "monthly_limit": 5000}
        }"#;
        let usage = parse_usage(body);
        let expected = Usage {
            windows: vec![
                Window { name: WindowName::SevenDay, used_percent: 40.0, resets_at_ms: None },
                Window {
                    name: WindowName::SevenDayModel("sonnet".to_owned()),
                    used_percent: 5.5,
                    resets_at_ms: Some(1_795_271_400_123),
                },
            ],
            extra: Some(ExtraUsage { used_cents: 0.0, limit_cents: Some(5000.0) }),
        };
        assert_eq!(usage, Ok(expected));
    }

    #[test]
    fn extra_usage_only_when_enabled_and_bodies_must_be_objects() {
        let usage = parse_usage(r#"{"extra_usage": {"is_enabled": false, "used_credits": 10, "monthly_limit": 100}}"#);
        assert_eq!(usage, Ok(Usage { windows: Vec::new(), extra: None }));
        assert!(parse_usage("[]").is_err());
        assert!(parse_usage("null").is_err());
        let usage = parse_usage(r#"{"extra_usage": [true, 10, 100]}"#);
        assert_eq!(usage, Ok(Usage { windows: Vec::new(), extra: None }));
    }
}
