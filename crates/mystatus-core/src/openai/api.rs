//! ChatGPT's usage endpoint for Codex limits: `GET /backend-api/wham/usage`.

use serde::Deserialize;

use crate::host::HttpRequest;
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

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Window {
    #[serde(default, deserialize_with = "lenient::number")]
    pub used_percent: Option<f64>,
    #[serde(default, deserialize_with = "lenient::number")]
    pub limit_window_seconds: Option<f64>,
    #[serde(default, deserialize_with = "lenient::number")]
    pub reset_after_seconds: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RateLimit {
    #[serde(default)]
    pub limit_reached: bool,
    #[serde(default, deserialize_with = "lenient::optional")]
    pub primary_window: Option<Window>,
    #[serde(default, deserialize_with = "lenient::optional")]
    pub secondary_window: Option<Window>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Usage {
    pub plan_type: Option<String>,
    pub rate_limit: Option<RateLimit>,
}

pub fn parse_usage(body: &str) -> Result<Usage, String> {
    lenient::parse(body)
}
