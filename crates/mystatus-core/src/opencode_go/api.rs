//! OpenCode Go's usage endpoint: `GET /zen/go/v1/usage`, authorised by the API key as a bearer
//! token. Three windows, each the share used and when it resets.

use serde::Deserialize;
use serde_json::Value;

use crate::host::HttpRequest;
use crate::lenient::{self, Malformed};
use crate::time::parse_iso;

pub const ORIGIN_VAR: &str = "MYSTATUS_OPENCODE_GO_URL";
pub const DEFAULT_ORIGIN: &str = "https://opencode.ai";
/// The error type of a 403 from an account without the subscription.
const NO_SUBSCRIPTION: &str = "EntitlementError";
/// A window's `status` while requests on it are accepted.
const STATUS_OK: &str = "ok";

pub fn usage_request(origin: &str, key: &str) -> HttpRequest {
    HttpRequest::get(format!("{origin}/zen/go/v1/usage"))
        .header("Authorization", format!("Bearer {key}"))
        .header("Accept", "application/json")
        .header("User-Agent", crate::http::USER_AGENT)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowName {
    /// `rolling`: five hours.
    Rolling,
    Weekly,
    Monthly,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    pub name: WindowName,
    /// The share used, from 0; above 100 when the service lets use overshoot.
    pub used_percent: f64,
    /// The `status` when it is not `ok` (`rate-limited`): requests on the window are refused.
    pub refused: Option<String>,
    /// Epoch milliseconds.
    pub resets_at_ms: Option<i64>,
}

/// A window as the API sends it; each field of the wrong type reads as absent.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawWindow {
    #[serde(default, deserialize_with = "lenient::text")]
    status: Option<String>,
    #[serde(default, deserialize_with = "lenient::number")]
    percent: Option<f64>,
    #[serde(default, deserialize_with = "lenient::text")]
    resets_at: Option<String>,
}

#[derive(Deserialize)]
struct Body {
    #[serde(default)]
    usage: Option<Value>,
}

/// A window, skipped when it is not an object or says nothing: no share used and no refusal. A
/// refused window without a share is used up.
fn window(name: WindowName, raw: &Value) -> Option<Window> {
    if !raw.is_object() {
        return None;
    }
    let raw: RawWindow = lenient::as_record(raw.clone())?;
    let refused =
        raw.status.map(|status| status.trim().to_owned()).filter(|status| !status.eq_ignore_ascii_case(STATUS_OK));
    let used_percent = match (raw.percent, &refused) {
        (Some(percent), _) => percent.max(0.0),
        (None, Some(_)) => 100.0,
        (None, None) => return None,
    };
    Some(Window { name, used_percent, refused, resets_at_ms: raw.resets_at.as_deref().and_then(parse_iso) })
}

/// The windows in `usage`, in the order of their lengths; a missing one is skipped.
pub fn parse_usage(body: &str) -> Result<Vec<Window>, Malformed> {
    let body: Body = lenient::parse_object(body)?;
    let Some(usage) = body.usage.filter(Value::is_object) else {
        return Err(Malformed::Invalid("no usage object in the answer".to_owned()));
    };
    let names = [("rolling", WindowName::Rolling), ("weekly", WindowName::Weekly), ("monthly", WindowName::Monthly)];
    Ok(names.into_iter().filter_map(|(key, name)| window(name, usage.get(key)?)).collect())
}

/// An error body's `error.type`.
#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default, deserialize_with = "lenient::record")]
    error: Option<ErrorDetail>,
}

#[derive(Deserialize)]
struct ErrorDetail {
    #[serde(rename = "type", default, deserialize_with = "lenient::text")]
    kind: Option<String>,
}

/// Whether an error body says the account has no OpenCode Go subscription.
pub fn is_no_subscription(body: &str) -> bool {
    let kind = lenient::parse_object::<ErrorBody>(body).ok().and_then(|body| body.error?.kind);
    kind.is_some_and(|kind| kind.trim() == NO_SUBSCRIPTION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_windows_are_skipped_and_the_others_kept() {
        let body = r#"{"ignored": true, "usage": {
            "rolling": {"status": "ok", "percent": "12.5", "resetsAt": "2026-11-21T16:00:00.662Z", "extra": 1},
            "weekly": [8, "ok"],
            "monthly": {"status": "OK", "resetsAt": "2026-12-01T00:00:00Z"}
        }}"#;
        let rolling = Window {
            name: WindowName::Rolling,
            used_percent: 12.5,
            refused: None,
            resets_at_ms: Some(1_795_276_800_662),
        };
        assert_eq!(parse_usage(body), Ok(vec![rolling]));
    }

    #[test]
    fn a_refused_window_is_used_up_and_keeps_its_status() {
        let body = r#"{"usage": {
            "weekly": {"status": " rate-limited ", "resetsAt": 12},
            "monthly": {"status": "rate-limited", "percent": -4, "resetsAt": "soon"}
        }}"#;
        let refused = Some("rate-limited".to_owned());
        let weekly =
            Window { name: WindowName::Weekly, used_percent: 100.0, refused: refused.clone(), resets_at_ms: None };
        let monthly = Window { name: WindowName::Monthly, used_percent: 0.0, refused, resets_at_ms: None };
        assert_eq!(parse_usage(body), Ok(vec![weekly, monthly]));
    }

    #[test]
    fn bodies_without_a_usage_object_are_malformed() {
        for body in ["[]", "null", "{}", r#"{"usage": [1]}"#, r#"{"usage": "x"}"#, "<html>"] {
            assert!(parse_usage(body).is_err(), "{body}");
        }
        assert_eq!(parse_usage(r#"{"usage": {}}"#), Ok(Vec::new()));
    }

    #[test]
    fn only_an_entitlement_error_means_no_subscription() {
        let body =
            r#"{"type":"error","error":{"type":"EntitlementError","message":"OpenCode Go subscription required."}}"#;
        assert!(is_no_subscription(body));
        for body in [
            r#"{"type":"error","error":{"type":"AuthError","message":"Unauthorized"}}"#,
            r#"{"error":"EntitlementError"}"#,
            "",
            "[]",
        ] {
            assert!(!is_no_subscription(body), "{body}");
        }
    }
}
