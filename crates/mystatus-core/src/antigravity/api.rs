//! Google's endpoints: the OAuth token endpoint, to turn an account's refresh token into an
//! access token; Cloud Code's `v1internal:retrieveUserQuotaSummary` (its answer is read in
//! `summary`), the quota per model group; and `v1internal:fetchAvailableModels`, which carries
//! each model's quota.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Value, json};

use crate::host::HttpRequest;
use crate::lenient::{self, Malformed, Object};
use crate::time;

pub const OAUTH_VAR: &str = "MYSTATUS_GOOGLE_OAUTH_URL";
pub const DEFAULT_OAUTH: &str = "https://oauth2.googleapis.com";
pub const CLOUDCODE_VAR: &str = "MYSTATUS_GOOGLE_CLOUDCODE_URL";
/// Where the model list is asked; set, `CLOUDCODE_VAR` sends the summary there too.
pub const DEFAULT_CLOUDCODE: &str = "https://cloudcode-pa.googleapis.com";
/// Where the quota summary is asked by default: the host the Antigravity CLI asks.
pub const DEFAULT_SUMMARY: &str = "https://daily-cloudcode-pa.googleapis.com";

/// The OAuth client the opencode-antigravity-auth plugin signs its accounts in with: a refresh
/// token only works with the client that issued it. An installed-app client, public by design,
/// yet still masked in every output like any other credential.
pub const CLIENT_ID: &str = "1071006060591-tmhssin2h21lcre235vtolojh4g403ep.apps.googleusercontent.com";
pub const CLIENT_SECRET: &str = "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";
/// Cloud Code answers the quota request as it answers the Antigravity IDE.
const CLOUDCODE_USER_AGENT: &str = "antigravity/1.11.9 windows/amd64";

pub fn token_request(origin: &str, refresh_token: &str) -> HttpRequest {
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("client_id", CLIENT_ID)
        .append_pair("client_secret", CLIENT_SECRET)
        .append_pair("refresh_token", refresh_token)
        .append_pair("grant_type", "refresh_token")
        .finish();
    HttpRequest::post(format!("{origin}/token"), "application/x-www-form-urlencoded", body)
        .header("Accept", "application/json")
        .header("User-Agent", crate::http::USER_AGENT)
}

/// A refreshed access token and how long it lives (seconds), if the answer says.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessToken {
    pub token: String,
    pub expires_in_s: Option<f64>,
}

/// The longest an access token may live: Google's live an hour.
const MAX_LIFETIME_S: f64 = 366.0 * 86_400.0;

/// The token endpoint's answer to a refresh.
#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    /// A lifetime beyond a year is no lifetime (and would overflow the expiry's arithmetic).
    #[serde(default, deserialize_with = "lenient::number")]
    expires_in: Option<f64>,
}

/// The access token of a successful refresh.
pub fn parse_token(body: &str) -> Result<AccessToken, Malformed> {
    let answer: TokenAnswer = lenient::parse_object(body)?;
    let token = answer.access_token.trim();
    if token.is_empty() {
        return Err(Malformed::Invalid("empty access_token".to_owned()));
    }
    let expires_in_s = answer.expires_in.filter(|seconds| (0.0..=MAX_LIFETIME_S).contains(seconds));
    Ok(AccessToken { token: token.to_owned(), expires_in_s })
}

/// A Cloud Code `method` asked about `project`.
fn cloudcode_request(origin: &str, method: &str, access_token: &str, project: &str) -> HttpRequest {
    let body = json!({ "project": project }).to_string();
    HttpRequest::post(format!("{origin}/v1internal:{method}"), "application/json", body)
        .header("Authorization", format!("Bearer {access_token}"))
        .header("Accept", "application/json")
        .header("User-Agent", CLOUDCODE_USER_AGENT)
}

pub fn summary_request(origin: &str, access_token: &str, project: &str) -> HttpRequest {
    cloudcode_request(origin, "retrieveUserQuotaSummary", access_token, project)
}

pub fn models_request(origin: &str, access_token: &str, project: &str) -> HttpRequest {
    cloudcode_request(origin, "fetchAvailableModels", access_token, project)
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

/// `v1internal:fetchAvailableModels`: the models, by key. Absent when the account has no model:
/// protobuf's JSON leaves empty maps out.
#[derive(Deserialize)]
struct Models {
    #[serde(default)]
    models: BTreeMap<String, Object<Model>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Model {
    display_name: Option<String>,
    /// Absent for models without a limit.
    quota_info: Option<Object<QuotaInfo>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct QuotaInfo {
    /// Checked after every model's types, with the model named.
    #[serde(default)]
    remaining_fraction: Value,
    reset_time: Option<String>,
}

/// protobuf's JSON leaves zero out, so a quota without `remainingFraction` is exhausted; some
/// gateways send the fraction as a string.
fn fraction(key: &str, value: &Value) -> Result<f64, Malformed> {
    let number = if value.is_null() { Some(0.0) } else { lenient::as_number(value) };
    number.ok_or_else(|| Malformed::Invalid(format!("remainingFraction of {key} is not a number: {value}")))
}

/// The models that carry a quota, in key order; models without `quotaInfo` are not limited.
/// Every model must be well formed: the types are checked before any fraction is read.
pub fn parse_models(body: &str) -> Result<Vec<ModelQuota>, Malformed> {
    let Models { models } = lenient::parse_record(body)?;
    let mut quotas = Vec::new();
    for (key, Object(model)) in models {
        let Some(Object(quota)) = model.quota_info else { continue };
        quotas.push(ModelQuota {
            remaining: fraction(&key, &quota.remaining_fraction)?,
            // An unreadable date costs the countdown, not the report.
            reset_ms: quota.reset_time.as_deref().and_then(time::parse_iso),
            display_name: model.display_name.map(|name| name.trim().to_owned()).filter(|name| !name.is_empty()),
            key,
        });
    }
    Ok(quotas)
}

/// The least share a model shows in the placeholder list Google gives an account whose quota it
/// does not report (every model full, or all but; it proves access, not quota).
const PLACEHOLDER_FRACTION: f64 = 0.999;

/// Whether `models` is that placeholder: every model at least [`PLACEHOLDER_FRACTION`] full.
pub fn is_placeholder(models: &[ModelQuota]) -> bool {
    !models.is_empty() && models.iter().all(|model| model.remaining >= PLACEHOLDER_FRACTION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_values_are_percent_encoded() {
        let body = token_request("o", "1//0gAbc-_.+&=é").body.unwrap_or_default();
        assert!(body.contains("&refresh_token=1%2F%2F0gAbc-_.%2B%26%3D%C3%A9&"), "{body}");
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
        let models = parse_models(body).unwrap();
        let shown: Vec<_> = models.iter().map(|m| (m.key.as_str(), m.remaining, m.reset_ms.is_some())).collect();
        assert_eq!(shown, [("a", 0.25, true), ("b", 0.5, false), ("c", 0.0, false)]);
        assert!(parse_models(r#"{"models": {"a": {"quotaInfo": {"remainingFraction": true}}}}"#).is_err());
        assert!(parse_models(r#"{"models": {"a": {"quotaInfo": {"remainingFraction": "x"}}}}"#).is_err());
        assert_eq!(parse_models("{}"), Ok(Vec::new()));
    }

    #[test]
    fn a_list_of_full_models_is_the_placeholder() {
        let list = |fractions: &[&str]| {
            let models: Vec<_> = fractions
                .iter()
                .enumerate()
                .map(|(index, fraction)| format!(r#""m{index}": {{"quotaInfo": {{"remainingFraction": {fraction}}}}}"#))
                .collect();
            parse_models(&format!(r#"{{"models": {{{}}}}}"#, models.join(","))).unwrap()
        };
        assert!(is_placeholder(&list(&["1", "0.9995", "1.0"])));
        assert!(!is_placeholder(&list(&["1", "0.998"])));
        assert!(!is_placeholder(&list(&[])));
    }
}
