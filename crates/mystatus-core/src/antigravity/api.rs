//! Google's two endpoints: the OAuth token endpoint, to turn an account's refresh token into an
//! access token, and Cloud Code's `v1internal:fetchAvailableModels`, which carries each model's
//! quota.

use crate::host::HttpRequest;
use crate::json::{self, Value};
use crate::lenient;
use crate::time;

pub const OAUTH_VAR: &str = "MYSTATUS_GOOGLE_OAUTH_URL";
pub const DEFAULT_OAUTH: &str = "https://oauth2.googleapis.com";
pub const CLOUDCODE_VAR: &str = "MYSTATUS_GOOGLE_CLOUDCODE_URL";
pub const DEFAULT_CLOUDCODE: &str = "https://cloudcode-pa.googleapis.com";

/// The OAuth client the opencode-antigravity-auth plugin signs its accounts in with: a refresh
/// token only works with the client that issued it. An installed-app client, public by design,
/// yet still masked in every output like any other credential.
pub const CLIENT_ID: &str = "1071006060591-tmhssin2h21lcre235vtolojh4g403ep.apps.googleusercontent.com";
pub const CLIENT_SECRET: &str = "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";
/// Cloud Code answers the quota request as it answers the Antigravity IDE.
const CLOUDCODE_USER_AGENT: &str = "antigravity/1.11.9 windows/amd64";

/// `value` for an `application/x-www-form-urlencoded` body: everything but the unreserved
/// characters is percent-encoded (refresh tokens contain `/`). Appended to `out`.
fn form_encode(out: &mut String, value: &str) {
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
}

pub fn token_request(origin: &str, refresh_token: &str) -> HttpRequest {
    // Pushed in a loop, not mapped, collected and joined: less code.
    let mut body = String::new();
    for (name, value) in [
        ("client_id", CLIENT_ID),
        ("client_secret", CLIENT_SECRET),
        ("refresh_token", refresh_token),
        ("grant_type", "refresh_token"),
    ] {
        if !body.is_empty() {
            body.push('&');
        }
        body.push_str(name);
        body.push('=');
        form_encode(&mut body, value);
    }
    HttpRequest::post(format!("{origin}/token"), "application/x-www-form-urlencoded", body)
        .header("Accept", "application/json")
        .header("User-Agent", crate::USER_AGENT)
}

/// A refreshed access token and how long it lives (seconds), if the answer says.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessToken {
    pub token: String,
    pub expires_in_s: Option<f64>,
}

/// The longest an access token may live: Google's live an hour.
const MAX_LIFETIME_S: f64 = 366.0 * 86_400.0;

/// The access token of a successful refresh.
pub fn parse_token(body: &str) -> Result<AccessToken, String> {
    let payload = lenient::parse_object(body)?;
    let token = lenient::required_text(&payload, "access_token")?.trim();
    if token.is_empty() {
        Err("empty access_token".to_owned())
    } else {
        // A lifetime beyond a year is no lifetime (and would overflow the expiry's arithmetic).
        let expires_in_s =
            lenient::number(&payload, "expires_in").filter(|seconds| (0.0..=MAX_LIFETIME_S).contains(seconds));
        Ok(AccessToken { token: token.to_owned(), expires_in_s })
    }
}

pub fn models_request(origin: &str, access_token: &str, project: &str) -> HttpRequest {
    let body = format!(r#"{{"project":{}}}"#, json::quote(project));
    HttpRequest::post(format!("{origin}/v1internal:fetchAvailableModels"), "application/json", body)
        .header("Authorization", format!("Bearer {access_token}"))
        .header("Accept", "application/json")
        .header("User-Agent", CLOUDCODE_USER_AGENT)
}

/// One model's quota, as far as the report needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelQuota {
    /// The API's key for the model (`gemini-3-pro-high`).
    pub key: String,
    pub display_name: Option<String>,
    /// The share left, 0 to 1.
    pub remaining: f64,
    pub reset_ms: Option<i64>,
}

/// protobuf's JSON leaves zero out, so a quota without `remainingFraction` is exhausted; some
/// gateways send the fraction as a string.
fn fraction(key: &str, value: Option<&Value>) -> Result<f64, String> {
    let number = match value {
        None | Some(Value::Null) => Some(0.0),
        Some(value) => lenient::as_number(value),
    };
    number.ok_or_else(|| {
        format!("remainingFraction of {key} is not a number: {}", json::text(value.unwrap_or(&Value::Null)))
    })
}

/// The models that carry a quota, in key order; models without `quotaInfo` are not limited.
/// Every model must be well formed: the types are checked before any fraction is read.
pub fn parse_models(body: &str) -> Result<Vec<ModelQuota>, String> {
    let payload = lenient::parse_record(body)?;
    // Absent when the account has no model: protobuf's JSON leaves empty maps out.
    let Some(models) = lenient::defaulted_object(&payload, "models")? else { return Ok(Vec::new()) };
    let mut quotas = Vec::new();
    for (key, model) in models.iter() {
        let field = format!("models.{key}");
        if !model.is_object() {
            return Err(format!("`{field}` is not an object"));
        }
        let display_name = lenient::within(&field, lenient::optional_text(model, "displayName"))?;
        let Some(quota) = lenient::within(&field, lenient::optional_object(model, "quotaInfo"))? else { continue };
        let reset_time = lenient::within(&format!("{field}.quotaInfo"), lenient::optional_text(quota, "resetTime"))?;
        quotas.push((key, display_name, quota.get("remainingFraction"), reset_time));
    }
    let mut parsed = Vec::with_capacity(quotas.len());
    for (key, display_name, remaining_fraction, reset_time) in quotas {
        parsed.push(ModelQuota {
            remaining: fraction(key, remaining_fraction)?,
            // An unreadable date costs the countdown, not the report.
            reset_ms: reset_time.and_then(time::parse_iso),
            display_name: display_name.map(str::trim).filter(|name| !name.is_empty()).map(str::to_owned),
            key: key.to_owned(),
        });
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_values_are_percent_encoded() {
        let mut out = String::new();
        form_encode(&mut out, "1//0gAbc-_.~ +&=é");
        assert_eq!(out, "1%2F%2F0gAbc-_.~%20%2B%26%3D%C3%A9");
    }

    /// Found by fuzzing: `expires_in: 1e300` overflowed `now + expires_in * 1000` (antigravity/mod.rs).
    #[test]
    fn implausible_lifetimes_are_unknown() {
        for (expires_in, expected) in [("3599", Some(3599.0)), ("1e300", None), ("-5", None), ("\"9e18\"", None)] {
            let body = format!(r#"{{"access_token": "ya29.x", "expires_in": {expires_in}}}"#);
            assert_eq!(parse_token(&body).map(|token| token.expires_in_s), Ok(expected), "{expires_in}");
        }
    }

    #[test]
    fn fractions_in_every_shape() {
        let body = r#"{"models": {
            "a": {"quotaInfo": {"remainingFraction": 0.25, "resetTime": "2026-11-21T15:00:00Z"}},
            "b": {"quotaInfo": {"remainingFraction": "0.5"}},
            "c": {"quotaInfo": {"resetTime": "not a date"}},
            "d": {"displayName": "No quota"}
        }}"#;
        let models = parse_models(body).unwrap_or_default();
        let shown: Vec<_> = models.iter().map(|m| (m.key.as_str(), m.remaining, m.reset_ms.is_some())).collect();
        assert_eq!(shown, [("a", 0.25, true), ("b", 0.5, false), ("c", 0.0, false)]);
        assert!(parse_models(r#"{"models": {"a": {"quotaInfo": {"remainingFraction": true}}}}"#).is_err());
        assert!(parse_models(r#"{"models": {"a": {"quotaInfo": {"remainingFraction": "x"}}}}"#).is_err());
        assert_eq!(parse_models("{}"), Ok(Vec::new()));
    }
}
