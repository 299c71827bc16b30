//! Which GitHub API to talk to: github.com, a GitHub Enterprise Server, or a test server.

use crate::host::Host;

pub const API_URL_VAR: &str = "MYSTATUS_GITHUB_API_URL";
const DEFAULT_API_URL: &str = "https://api.github.com";

/// The API origin (and path prefix, for Enterprise Server's `/api/v3`), without a trailing slash.
/// `Err` carries the rejected value: only http(s) URLs are ever sent a token.
pub fn resolve(host: &impl Host) -> Result<String, String> {
    let Some(value) = host.env_set(API_URL_VAR) else {
        return Ok(DEFAULT_API_URL.to_owned());
    };
    let trimmed = value.trim().trim_end_matches('/');
    let lower = trimmed.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    let authority = rest.map(|rest| rest.split('/').next().unwrap_or_default());
    match authority {
        Some(authority) if !authority.is_empty() && !authority.contains(['?', '#', '@', ' ']) => Ok(trimmed.to_owned()),
        _ => Err(value),
    }
}
