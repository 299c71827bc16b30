//! Where each service lives. Every origin can be overridden by an environment variable (tests,
//! proxies, mirrors); only http(s) URLs are accepted, so a token is never sent anywhere else.

use crate::host::Host;
use crate::i18n::Messages;

/// The origin from `var` if set, else `default`, without a trailing slash.
/// `Err` carries the rejected value of `var`. A check of the scheme and the authority, not a URL
/// parser: the value is used as the user wrote it, and these two are what keep a token at home.
pub fn resolve(host: &impl Host, var: &str, default: &str) -> Result<String, String> {
    let Some(value) = host.env_set(var) else {
        return Ok(default.to_owned());
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

/// [`resolve`], with a rejected value turned into the user's message.
pub fn resolve_or_explain(host: &impl Host, messages: &Messages, var: &str, default: &str) -> Result<String, String> {
    resolve(host, var, default).map_err(|value| messages.bad_origin.fill([var, &value]))
}
