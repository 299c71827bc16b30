//! Where a Claude sign-in comes from. OpenCode dropped its own Claude Pro/Max sign-in in March
//! 2026 (anomalyco/opencode#18186), so OpenCode's `anthropic` entry is now rare (community plugins,
//! leftovers); most people are signed in through Claude Code, whose credentials file is read here
//! and never written or refreshed.

use serde::Deserialize;

use crate::context::Context;
use crate::file_problem::FileProblem;
use crate::format::capitalized;
use crate::host::Host;
use crate::lenient;
use crate::paths::nested;

/// Where Claude Code keeps its folder when not in `~/.claude`.
pub const CLAUDE_CONFIG_VAR: &str = "CLAUDE_CONFIG_DIR";
const CREDENTIALS_FILE: &str = ".credentials.json";
/// The scope the usage endpoint needs; tokens made for inference alone (`claude setup-token`)
/// lack it.
const PROFILE_SCOPE: &str = "user:profile";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// OpenCode's `auth.json`, entry `anthropic`.
    OpenCode,
    /// Claude Code's credentials file, at this path.
    ClaudeCode(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct SignIn {
    pub source: Source,
    pub access: String,
    /// Epoch milliseconds, when recorded.
    pub expires_ms: Option<i64>,
    /// "Claude Max 20x", when the sign-in says.
    pub plan: Option<String>,
    /// False only when the sign-in lists its scopes and the usage one is not among them.
    pub reads_usage: bool,
}

impl SignIn {
    pub fn is_expired(&self, now_ms: i64) -> bool {
        self.expires_ms.is_some_and(|expires| expires < now_ms)
    }
}

/// Claude Code's credentials file; only its OAuth sign-in matters here.
#[derive(Deserialize)]
struct CredentialsFile {
    #[serde(rename = "claudeAiOauth", default, deserialize_with = "lenient::record")]
    oauth: Option<StoredOAuth>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredOAuth {
    #[serde(default, deserialize_with = "lenient::text")]
    access_token: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    refresh_token: Option<String>,
    #[serde(default, deserialize_with = "lenient::number")]
    expires_at: Option<f64>,
    #[serde(default, deserialize_with = "lenient::text")]
    subscription_type: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    rate_limit_tier: Option<String>,
    #[serde(default)]
    scopes: Option<serde_json::Value>,
}

/// The plan in words: `max` with tier `default_claude_max_20x` → "Claude Max 20x".
fn plan_name(subscription: &str, tier: Option<&str>) -> Option<String> {
    let name = capitalized(subscription.trim().to_ascii_lowercase());
    if name.is_empty() {
        return None;
    }
    let multiple = tier.and_then(|tier| tier.rsplit('_').next()).filter(|last| {
        last.strip_suffix('x').is_some_and(|count| !count.is_empty() && count.bytes().all(|byte| byte.is_ascii_digit()))
    });
    Some(match multiple {
        Some(multiple) => format!("Claude {name} {multiple}"),
        None => format!("Claude {name}"),
    })
}

/// Claude Code's credentials file on this machine: `$CLAUDE_CONFIG_DIR` or `~/.claude`.
pub fn claude_code_file(host: &impl Host) -> Option<String> {
    let folder = match host.env_set(CLAUDE_CONFIG_VAR) {
        Some(folder) => folder,
        None => nested(host.os(), &host.home_dir()?, &[".claude"]),
    };
    Some(nested(host.os(), &folder, &[CREDENTIALS_FILE]))
}

/// OpenCode's own Anthropic sign-in, its tokens registered as secrets.
pub fn from_opencode(cx: &Context<'_>) -> Option<SignIn> {
    let sign_in = cx.oauth_access("anthropic")?;
    Some(SignIn {
        source: Source::OpenCode,
        access: sign_in.access,
        expires_ms: sign_in.expires_ms,
        plan: None,
        reads_usage: true,
    })
}

/// Claude Code's sign-in from its file's text, with its refresh token (a secret too); `Ok(None)`
/// when the file holds no OAuth sign-in (an API-key set-up).
pub fn parse_claude_code(path: &str, text: &str) -> Result<Option<(SignIn, Option<String>)>, FileProblem> {
    let file: CredentialsFile = lenient::parse_file(text)?;
    let Some(stored) = file.oauth else { return Ok(None) };
    let refresh = lenient::filled(stored.refresh_token);
    let Some(access) = lenient::filled(stored.access_token) else { return Ok(None) };
    let scopes = stored.scopes.as_ref().and_then(serde_json::Value::as_array);
    let reads_usage =
        scopes.is_none_or(|scopes| scopes.iter().any(|scope| scope.as_str().map(str::trim) == Some(PROFILE_SCOPE)));
    let sign_in = SignIn {
        source: Source::ClaudeCode(path.to_owned()),
        access,
        expires_ms: stored.expires_at.map(|ms| ms as i64),
        plan: stored.subscription_type.as_deref().and_then(|kind| plan_name(kind, stored.rate_limit_tier.as_deref())),
        reads_usage,
    };
    Ok(Some((sign_in, refresh)))
}

/// Claude Code's sign-in on this machine, its tokens registered as secrets (a file that cannot
/// be read says why); `None` without the file or without a sign-in in it.
pub async fn from_claude_code(host: &impl Host, cx: &Context<'_>) -> Option<(String, Result<SignIn, FileProblem>)> {
    let path = claude_code_file(host)?;
    let read = match host.read_file(&path).await {
        Ok(Some(text)) => match parse_claude_code(&path, &text) {
            Ok(Some((sign_in, refresh))) => {
                refresh.iter().chain([&sign_in.access]).for_each(|secret| cx.secrets.add(secret));
                Ok(sign_in)
            }
            Ok(None) => return None,
            Err(problem) => Err(problem),
        },
        Ok(None) => return None,
        Err(error) => Err(FileProblem::File(error)),
    };
    Some((path, read))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_names() {
        assert_eq!(plan_name("max", Some("default_claude_max_20x")).as_deref(), Some("Claude Max 20x"));
        assert_eq!(plan_name("max", Some("default_claude_max_5x")).as_deref(), Some("Claude Max 5x"));
        assert_eq!(plan_name("pro", Some("default_claude_ai")).as_deref(), Some("Claude Pro"));
        assert_eq!(plan_name("team", None).as_deref(), Some("Claude Team"));
        assert_eq!(plan_name("max", Some("x")).as_deref(), Some("Claude Max"));
        assert_eq!(plan_name(" ", None), None);
    }
}
