//! ChatGPT's usage endpoint for Codex limits: `GET /backend-api/wham/usage`.

use serde::Deserialize;

use crate::host::HttpRequest;
use crate::jwt;
use crate::lenient::{self, Record};
use crate::time;

pub const ORIGIN_VAR: &str = "MYSTATUS_OPENAI_URL";
pub const DEFAULT_ORIGIN: &str = "https://chatgpt.com";

/// What the access token (a JWT) says about its account.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TokenClaims {
    pub email: Option<String>,
    pub account_id: Option<String>,
}

/// The JWT's claims that matter here, each in its namespace.
#[derive(Deserialize)]
struct Claims {
    #[serde(rename = "https://api.openai.com/profile", default, deserialize_with = "lenient::record")]
    profile: Option<ProfileClaims>,
    #[serde(rename = "https://api.openai.com/auth", default, deserialize_with = "lenient::record")]
    auth: Option<AuthClaims>,
}

#[derive(Deserialize)]
struct ProfileClaims {
    #[serde(default, deserialize_with = "lenient::text")]
    email: Option<String>,
}

#[derive(Deserialize)]
struct AuthClaims {
    #[serde(default, deserialize_with = "lenient::text")]
    chatgpt_account_id: Option<String>,
}

pub fn token_claims(access: &str) -> TokenClaims {
    let Some(claims) = jwt::claims::<Claims>(access) else { return TokenClaims::default() };
    let filled = |text: Option<String>| text.filter(|text| !text.is_empty());
    TokenClaims {
        email: filled(claims.profile.and_then(|profile| profile.email)),
        account_id: filled(claims.auth.and_then(|auth| auth.chatgpt_account_id)),
    }
}

pub fn usage_request(origin: &str, access: &str, account_id: Option<&str>) -> HttpRequest {
    let request = HttpRequest::get(format!("{origin}/backend-api/wham/usage"))
        .header("Authorization", format!("Bearer {access}"))
        .header("Accept", "application/json")
        .header("User-Agent", crate::http::USER_AGENT);
    match account_id {
        Some(id) => request.header("ChatGPT-Account-Id", id),
        None => request,
    }
}

/// A rate-limit window; each field of the wrong type reads as absent.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Window {
    #[serde(default, deserialize_with = "lenient::number")]
    pub used_percent: Option<f64>,
    #[serde(default, deserialize_with = "lenient::number")]
    pub limit_window_seconds: Option<f64>,
    #[serde(default, deserialize_with = "plausible_reset")]
    pub reset_after_seconds: Option<f64>,
    /// When it resets, in epoch seconds; preferred over `reset_after_seconds` when both are there.
    #[serde(default, deserialize_with = "plausible_epoch")]
    pub reset_at: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RateLimit {
    #[serde(default)]
    pub limit_reached: bool,
    /// A window that is not an object reads as absent.
    #[serde(default, deserialize_with = "lenient::record")]
    pub primary_window: Option<Window>,
    #[serde(default, deserialize_with = "lenient::record")]
    pub secondary_window: Option<Window>,
    /// Some answers carry a seat's limit here rather than in `spend_control`.
    #[serde(default, deserialize_with = "lenient::record")]
    pub individual_limit: Option<IndividualLimit>,
}

impl RateLimit {
    pub fn windows(&self) -> impl Iterator<Item = &Window> {
        [&self.primary_window, &self.secondary_window].into_iter().flatten()
    }
}

/// A limit on its own model or feature ("GPT-5.3-Codex-Spark"), with its own windows.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AdditionalRateLimit {
    #[serde(default, deserialize_with = "lenient::text")]
    pub limit_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub metered_feature: Option<String>,
    #[serde(default, deserialize_with = "lenient::record")]
    pub rate_limit: Option<RateLimit>,
}

/// Codex credits, spent once a window is used up.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Credits {
    #[serde(default, deserialize_with = "lenient::boolean")]
    pub has_credits: Option<bool>,
    #[serde(default, deserialize_with = "lenient::boolean")]
    pub unlimited: Option<bool>,
    /// A number, or a number in a string (`"150.0"`).
    #[serde(default, deserialize_with = "lenient::number")]
    pub balance: Option<f64>,
}

/// A team or business seat's own limit, set by its workspace.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IndividualLimit {
    #[serde(default, deserialize_with = "lenient::number")]
    pub remaining_percent: Option<f64>,
    #[serde(default, deserialize_with = "plausible_reset")]
    pub reset_after_seconds: Option<f64>,
    #[serde(default, deserialize_with = "plausible_epoch")]
    pub reset_at: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SpendControl {
    #[serde(default, deserialize_with = "lenient::record")]
    pub individual_limit: Option<IndividualLimit>,
}

/// `GET /backend-api/wham/usage`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Usage {
    pub plan_type: Option<String>,
    /// `null` on team and business seats that only have a spend control.
    pub rate_limit: Option<Record<RateLimit>>,
    #[serde(default, deserialize_with = "lenient::records")]
    pub additional_rate_limits: Vec<AdditionalRateLimit>,
    #[serde(default, deserialize_with = "lenient::record")]
    pub code_review_rate_limit: Option<RateLimit>,
    #[serde(default, deserialize_with = "lenient::record")]
    pub credits: Option<Credits>,
    #[serde(default, deserialize_with = "lenient::record")]
    pub spend_control: Option<SpendControl>,
}

/// The longest a window may take to reset: a year. Beyond, the time is no time (and would overflow
/// the reset's arithmetic).
const MAX_RESET_S: f64 = 366.0 * 86_400.0;

fn plausible_reset<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    Ok(lenient::number(deserializer)?.filter(|seconds| *seconds <= MAX_RESET_S))
}

fn plausible_epoch<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    Ok(lenient::number(deserializer)?.filter(|seconds| (0.0..=time::LATEST_EPOCH_S).contains(seconds)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `reset_after_seconds: 1e300` overflowed `now + seconds * 1000` when the report was drawn.
    #[test]
    fn resets_beyond_a_year_are_unknown() {
        let body = r#"{"rate_limit": {
            "primary_window": {"used_percent": 10, "limit_window_seconds": 18000, "reset_after_seconds": 1e300},
            "secondary_window": {"used_percent": 20, "limit_window_seconds": 604800, "reset_after_seconds": "3600"}
        }}"#;
        let usage: Usage = lenient::parse_object(body).unwrap();
        let limit = usage.rate_limit.map(|limit| limit.0);
        let resets = limit.map(|limit| [limit.primary_window, limit.secondary_window].map(|w| w?.reset_after_seconds));
        assert_eq!(resets, Some([None, Some(3600.0)]));
    }

    #[test]
    fn extras_in_every_shape() {
        let body = r#"{"rate_limit": null,
            "additional_rate_limits": [{"limit_name": "GPT-5.3-Codex-Spark", "rate_limit": {"primary_window": {}}}, 3, null],
            "code_review_rate_limit": [],
            "credits": {"has_credits": true, "unlimited": "no", "balance": "150.0"},
            "spend_control": {"individual_limit": {"remaining_percent": "42", "reset_at": 1e300}}
        }"#;
        let usage: Usage = lenient::parse_object(body).unwrap();
        assert_eq!(usage.rate_limit, None);
        let names: Vec<_> = usage.additional_rate_limits.iter().map(|limit| limit.limit_name.as_deref()).collect();
        assert_eq!(names, [Some("GPT-5.3-Codex-Spark")]);
        assert_eq!(usage.code_review_rate_limit.map(|limit| limit.windows().count()), Some(0));
        let credits = usage.credits.unwrap();
        assert_eq!((credits.has_credits, credits.unlimited, credits.balance), (Some(true), None, Some(150.0)));
        let individual = usage.spend_control.and_then(|control| control.individual_limit).unwrap();
        assert_eq!((individual.remaining_percent, individual.reset_at), (Some(42.0), None));
        let usage: Usage =
            lenient::parse_object(r#"{"credits": {"balance": 12.5}, "additional_rate_limits": {}}"#).unwrap();
        assert_eq!(usage.credits.and_then(|credits| credits.balance), Some(12.5));
        assert!(usage.additional_rate_limits.is_empty());
    }
}
