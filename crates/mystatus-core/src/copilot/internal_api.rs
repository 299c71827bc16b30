//! Copilot's internal API, read with OpenCode's OAuth token: `GET /copilot_internal/user` for the
//! quota, `GET /copilot_internal/v2/token` to exchange the OAuth token for a session token.

use serde::Deserialize;

use crate::host::HttpRequest;

/// The editor identity Copilot's internal endpoints expect (as sent by the VS Code extension).
const EDITOR_HEADERS: [(&str, &str); 4] = [
    ("User-Agent", "GitHubCopilotChat/0.35.0"),
    ("Editor-Version", "vscode/1.107.0"),
    ("Editor-Plugin-Version", "copilot-chat/0.35.0"),
    ("Copilot-Integration-Id", "vscode-chat"),
];

fn editor_request(url: String, authorization: String) -> HttpRequest {
    let request = HttpRequest::get(url).header("Accept", "application/json").header("Authorization", authorization);
    EDITOR_HEADERS.iter().fold(request, |request, (name, value)| request.header(name, *value))
}

pub fn user_url(api: &str) -> String {
    format!("{api}/copilot_internal/user")
}

pub fn token_url(api: &str) -> String {
    format!("{api}/copilot_internal/v2/token")
}

/// `scheme` is `Bearer` for session tokens and `token` for a raw OAuth token.
pub fn user_request(api: &str, scheme: &str, token: &str) -> HttpRequest {
    editor_request(user_url(api), format!("{scheme} {token}"))
}

pub fn token_request(api: &str, oauth_token: &str) -> HttpRequest {
    editor_request(token_url(api), format!("Bearer {oauth_token}"))
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Snapshot {
    #[serde(default)]
    pub entitlement: f64,
    #[serde(default)]
    pub remaining: f64,
    pub percent_remaining: Option<f64>,
    #[serde(default)]
    pub unlimited: bool,
    #[serde(default)]
    pub overage_count: f64,
}

impl Snapshot {
    pub fn used(&self) -> f64 {
        self.entitlement - self.remaining
    }

    /// Remaining share in percent, as the API states it, else computed from the counts.
    pub fn percent_remaining(&self) -> Option<f64> {
        self.percent_remaining.or_else(|| (self.entitlement > 0.0).then(|| self.remaining / self.entitlement * 100.0))
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct QuotaSnapshots {
    pub premium_interactions: Option<Snapshot>,
    pub chat: Option<Snapshot>,
    pub completions: Option<Snapshot>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CopilotUser {
    pub login: Option<String>,
    pub copilot_plan: Option<String>,
    pub quota_reset_date: Option<String>,
    pub quota_snapshots: QuotaSnapshots,
}

pub fn parse_user(body: &str) -> Result<CopilotUser, String> {
    serde_json::from_str(body).map_err(|err| err.to_string())
}

#[derive(Deserialize)]
struct SessionToken {
    token: String,
}

pub fn parse_session_token(body: &str) -> Result<String, String> {
    let session: SessionToken = serde_json::from_str(body).map_err(|err| err.to_string())?;
    if session.token.is_empty() { Err("empty `token`".to_owned()) } else { Ok(session.token) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_snapshots() {
        let user = parse_user(
            r#"{"copilot_plan":"individual","quota_reset_date":"2026-12-01","quota_snapshots":{
                "premium_interactions":{"entitlement":300,"remaining":210,"percent_remaining":70.0,"unlimited":false,"overage_count":0},
                "chat":{"entitlement":0,"remaining":0,"unlimited":true}}}"#,
        )
        .unwrap();
        let premium = user.quota_snapshots.premium_interactions.unwrap();
        assert_eq!((premium.used(), premium.percent_remaining()), (90.0, Some(70.0)));
        assert!(user.quota_snapshots.chat.unwrap().unlimited);
        assert_eq!(user.quota_snapshots.completions, None);
    }

    #[test]
    fn computes_the_share_when_the_api_omits_it() {
        let snapshot = Snapshot {
            entitlement: 50.0,
            remaining: 10.0,
            percent_remaining: None,
            unlimited: false,
            overage_count: 0.0,
        };
        assert_eq!(snapshot.percent_remaining(), Some(20.0));
    }

    #[test]
    fn the_exchange_must_yield_a_token() {
        assert_eq!(parse_session_token(r#"{"token":"tid=1;exp=2","expires_at":1}"#).unwrap(), "tid=1;exp=2");
        assert!(parse_session_token(r#"{"token":""}"#).is_err());
        assert!(parse_session_token(r#"{"message":"Not Found"}"#).is_err());
    }
}
