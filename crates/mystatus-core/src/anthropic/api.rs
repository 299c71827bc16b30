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
/// The endpoint answers any other client with a 429 that never clears (anthropics/claude-code#30930,
/// #31021): it serves Claude Code, so it is asked as Claude Code asks.
pub const USER_AGENT: &str = "claude-code/2.1.69";
/// Per-model weekly windows were the top-level keys with this prefix (`seven_day_opus`...); they
/// moved to `limits[]` in 2026 and come back `null`, but older answers still carry them.
const MODEL_WINDOW_PREFIX: &str = "seven_day_";

pub fn usage_request(origin: &str, access: &str) -> HttpRequest {
    HttpRequest::get(format!("{origin}/api/oauth/usage"))
        .header("Authorization", format!("Bearer {access}"))
        .header("anthropic-beta", OAUTH_BETA)
        .header("Accept", "application/json")
        .header("User-Agent", USER_AGENT)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WindowName {
    FiveHour,
    SevenDay,
    /// A model's weekly window, by its legacy key's suffix (`opus`, `sonnet`...).
    SevenDayModel(String),
    /// A model's weekly window from `limits[]`, by the name the API gives it ("Opus").
    SevenDayNamed(String),
}

impl WindowName {
    /// Where the window goes in the report: the session, the week, then each model's week.
    fn rank(&self) -> u8 {
        match self {
            Self::FiveHour => 0,
            Self::SevenDay => 1,
            Self::SevenDayModel(_) | Self::SevenDayNamed(_) => 2,
        }
    }

    /// The model a per-model window is for, comparable across both forms.
    fn model(&self) -> Option<String> {
        match self {
            Self::SevenDayModel(suffix) => Some(suffix.replace('_', " ").to_ascii_lowercase()),
            Self::SevenDayNamed(name) => Some(name.trim().to_ascii_lowercase()),
            Self::FiveHour | Self::SevenDay => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    pub name: WindowName,
    /// The share used, 0 to 100.
    pub used_percent: f64,
    /// Epoch milliseconds; `None` when the window has not started.
    pub resets_at_ms: Option<i64>,
}

/// Pay-as-you-go use beyond the subscription, in the currency's minor units (cents).
#[derive(Debug, Clone, PartialEq)]
pub struct ExtraUsage {
    pub used_minor: f64,
    pub limit_minor: Option<f64>,
    /// ISO 4217 code ("USD"), when the API names one.
    pub currency: Option<String>,
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

/// An entry of `limits[]`, the 2026 form of every window.
#[derive(Deserialize)]
struct RawLimit {
    #[serde(default, deserialize_with = "lenient::text")]
    kind: Option<String>,
    #[serde(default, deserialize_with = "lenient::number")]
    percent: Option<f64>,
    #[serde(default, deserialize_with = "lenient::text")]
    resets_at: Option<String>,
    #[serde(default, deserialize_with = "lenient::record")]
    scope: Option<RawScope>,
}

#[derive(Deserialize)]
struct RawScope {
    #[serde(default, deserialize_with = "lenient::record")]
    model: Option<RawModel>,
}

#[derive(Deserialize)]
struct RawModel {
    #[serde(default, deserialize_with = "lenient::text")]
    display_name: Option<String>,
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
    #[serde(default, deserialize_with = "lenient::text")]
    currency: Option<String>,
}

/// A window with its share used; anything else (not an object, no usable `utilization`) is skipped.
fn window(name: WindowName, raw: &Value) -> Option<Window> {
    let raw: RawWindow = object(raw)?;
    Some(Window { name, used_percent: raw.utilization?, resets_at_ms: raw.resets_at.as_deref().and_then(parse_iso) })
}

/// An entry of `limits[]` as a window; an unknown kind, a scoped one with no model name, or no
/// usable `percent` is skipped.
fn limit(raw: &Value) -> Option<Window> {
    let raw: RawLimit = object(raw)?;
    let name = match raw.kind.as_deref()? {
        "session" => WindowName::FiveHour,
        "weekly_all" => WindowName::SevenDay,
        "weekly_scoped" => {
            let model = raw.scope?.model?.display_name?;
            let model = model.trim();
            if model.is_empty() {
                return None;
            }
            WindowName::SevenDayNamed(model.to_owned())
        }
        _ => return None,
    };
    Some(Window { name, used_percent: raw.percent?, resets_at_ms: raw.resets_at.as_deref().and_then(parse_iso) })
}

/// `raw` as `T` when it is an object (`[]` is no window here).
fn object<T: serde::de::DeserializeOwned>(raw: &Value) -> Option<T> {
    raw.is_object().then(|| lenient::as_record(raw.clone())).flatten()
}

/// `GET /api/oauth/usage`: the windows of `limits[]`, then those only the legacy keys give (the
/// fixed windows and, as top-level keys, the per-model ones), so the payload is read as a map of
/// values, each read leniently. A window both forms give is shown once, as `limits[]` has it.
pub fn parse_usage(body: &str) -> Result<Usage, Malformed> {
    let fields: BTreeMap<String, Value> = lenient::parse_object(body)?;
    let mut windows: Vec<Window> =
        fields.get("limits").and_then(Value::as_array).into_iter().flatten().filter_map(limit).collect();
    let fixed = [("five_hour", WindowName::FiveHour), ("seven_day", WindowName::SevenDay)];
    let fixed = fixed.into_iter().filter_map(|(key, name)| Some((name, fields.get(key)?)));
    let per_model = fields.iter().filter_map(|(key, value)| {
        let model = key.strip_prefix(MODEL_WINDOW_PREFIX).filter(|model| !model.is_empty())?;
        Some((WindowName::SevenDayModel(model.to_owned()), value))
    });
    for legacy in fixed.chain(per_model).filter_map(|(name, raw)| window(name, raw)) {
        let shown = windows.iter().any(|window| match legacy.name.model() {
            Some(model) => window.name.model().as_deref() == Some(&model),
            None => window.name == legacy.name,
        });
        if !shown {
            windows.push(legacy);
        }
    }
    windows.sort_by_key(|window| window.name.rank());
    let extra =
        fields.get("extra_usage").and_then(object::<RawExtraUsage>).filter(|extra| extra.is_enabled == Some(true));
    Ok(Usage {
        windows,
        extra: extra.map(|extra| ExtraUsage {
            used_minor: extra.used_credits.unwrap_or(0.0),
            limit_minor: extra.monthly_limit,
            currency: extra.currency.map(|code| code.trim().to_ascii_uppercase()).filter(|code| !code.is_empty()),
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
            extra: Some(ExtraUsage { used_minor: 0.0, limit_minor: Some(5000.0), currency: None }),
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
