//! ChatGPT's usage endpoint for Codex limits: `GET /backend-api/wham/usage`.

use crate::host::HttpRequest;
use crate::json::Value;
use crate::jwt;
use crate::lenient;

pub const ORIGIN_VAR: &str = "MYSTATUS_OPENAI_URL";
pub const DEFAULT_ORIGIN: &str = "https://chatgpt.com";

/// What the access token (a JWT) says about its account.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TokenClaims {
    pub email: Option<String>,
    pub account_id: Option<String>,
}

pub fn token_claims(access: &str) -> TokenClaims {
    let Some(claims) = jwt::claims(access) else { return TokenClaims::default() };
    let text = |namespace: &str, field: &str| {
        claims.get(namespace)?.get(field)?.as_str().filter(|text| !text.is_empty()).map(str::to_owned)
    };
    TokenClaims {
        email: text("https://api.openai.com/profile", "email"),
        account_id: text("https://api.openai.com/auth", "chatgpt_account_id"),
    }
}

pub fn usage_request(origin: &str, access: &str, account_id: Option<&str>) -> HttpRequest {
    let request = HttpRequest::get(format!("{origin}/backend-api/wham/usage"))
        .header("Authorization", format!("Bearer {access}"))
        .header("Accept", "application/json")
        .header("User-Agent", crate::USER_AGENT);
    match account_id {
        Some(id) => request.header("ChatGPT-Account-Id", id),
        None => request,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    pub used_percent: Option<f64>,
    pub limit_window_seconds: Option<f64>,
    pub reset_after_seconds: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RateLimit {
    pub limit_reached: bool,
    pub primary_window: Option<Window>,
    pub secondary_window: Option<Window>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Usage {
    pub plan_type: Option<String>,
    pub rate_limit: Option<RateLimit>,
}

/// The longest a window may take to reset: a year. Beyond, the time is no time (and would overflow
/// the reset's arithmetic).
const MAX_RESET_S: f64 = 366.0 * 86_400.0;

/// A window (a [record](lenient::as_record)); anything else reads as absent, and so does each field
/// of the wrong type.
fn window(limit: &Value, key: &str) -> Option<Window> {
    let window = lenient::record(limit, key)?;
    Some(Window {
        used_percent: lenient::number(window, "used_percent"),
        limit_window_seconds: lenient::number(window, "limit_window_seconds"),
        reset_after_seconds: lenient::number(window, "reset_after_seconds").filter(|seconds| *seconds <= MAX_RESET_S),
    })
}

fn rate_limit(limit: &Value) -> Result<RateLimit, String> {
    Ok(RateLimit {
        limit_reached: lenient::within("rate_limit", lenient::defaulted_bool(limit, "limit_reached"))?.unwrap_or(false),
        primary_window: window(limit, "primary_window"),
        secondary_window: window(limit, "secondary_window"),
    })
}

pub fn parse_usage(body: &str) -> Result<Usage, String> {
    let usage = lenient::parse_object(body)?;
    Ok(Usage {
        plan_type: lenient::optional_text(&usage, "plan_type")?.map(str::to_owned),
        rate_limit: lenient::optional_record(&usage, "rate_limit")?.map(rate_limit).transpose()?,
    })
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
        let limit = parse_usage(body).ok().and_then(|usage| usage.rate_limit);
        let resets = limit.map(|limit| [limit.primary_window, limit.secondary_window].map(|w| w?.reset_after_seconds));
        assert_eq!(resets, Some([None, Some(3600.0)]));
    }
}
