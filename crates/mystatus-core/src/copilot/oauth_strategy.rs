//! OpenCode's GitHub sign-in against Copilot's internal API: a cached session token while it is
//! valid, then the OAuth token directly, then a token exchange. The first answer wins.

use super::api_base;
use super::error::{CopilotError, Credential, http};
use super::internal_api;
use super::oauth_entry::{self, OAuthEntry};
use super::quota::CopilotQuota;
use crate::context::SignIn;
use crate::host::{Host, HttpRequest, HttpResponse};
use crate::http::{parsed, send, status_error};
use crate::json::{self, Value};
use crate::memory;
use crate::redact::Secrets;

/// Where this process's memory keeps the strategy that worked for an OAuth token.
const MEMORY: &str = "copilot-oauth";
/// A remembered session token is not used in its last minute: it could expire in flight.
const SESSION_MARGIN_MS: i64 = 60_000;

/// The strategy that last worked for an OAuth token.
enum Known {
    Direct,
    Exchanged { token: String, expires_ms: i64 },
}

impl Known {
    /// `{"strategy":"direct"}` or `{"strategy":"exchanged","token":"…","expires_ms":…}`.
    fn to_json(&self) -> String {
        match self {
            Self::Direct => r#"{"strategy":"direct"}"#.to_owned(),
            Self::Exchanged { token, expires_ms } => {
                format!(r#"{{"strategy":"exchanged","token":{},"expires_ms":{expires_ms}}}"#, json::quote(token))
            }
        }
    }

    fn from_json(value: &Value) -> Option<Self> {
        match value.get("strategy")?.as_str()? {
            "direct" => Some(Self::Direct),
            "exchanged" => Some(Self::Exchanged {
                token: value.get("token")?.as_str()?.to_owned(),
                expires_ms: value.get("expires_ms")?.as_i64()?,
            }),
            _ => None,
        }
    }
}

/// The strategies tried before a token exchange, in this order: the session token OpenCode
/// cached, what worked last time, the OAuth token itself.
#[derive(Clone, Copy)]
enum Strategy {
    Session,
    Remembered,
    Direct,
}

/// 401, 403 and 404 mean "this token cannot do that": try the next strategy. Anything else that is
/// not a success (rate limit, server error) would fail the next strategy too, so it is reported.
fn is_refusal(response: &HttpResponse) -> bool {
    matches!(response.status, 401 | 403 | 404)
}

/// An internal endpoint's answer: `Ok(Ok((url, body)))`, or `Ok(Err(status))` when refused.
async fn ask(host: &impl Host, request: HttpRequest) -> Result<Result<(String, String), u16>, CopilotError> {
    let url = request.url.clone();
    let response = send(host, request).await.map_err(http(&Credential::OAuth))?;
    if response.is_success() {
        return Ok(Ok((url, response.body)));
    }
    if is_refusal(&response) {
        Ok(Err(response.status))
    } else {
        Err(http(&Credential::OAuth)(status_error(url, &response)))
    }
}

/// The `/copilot_internal/user` answer (URL and body) for this sign-in.
pub async fn fetch_user(
    host: &impl Host,
    sign_in: &SignIn<'_>,
    secrets: &Secrets,
) -> Result<(String, String), CopilotError> {
    let entry: OAuthEntry = oauth_entry::parse(sign_in.entry)
        .map_err(|detail| CopilotError::OAuthEntry { source: sign_in.source.to_owned(), detail })?;
    secrets.add(&entry.oauth_token);
    if let Some((session, _)) = &entry.session {
        secrets.add(session);
    }
    let api = api_base::resolve(host, entry.domain.as_deref()).map_err(CopilotError::BadApiUrl)?;

    // What worked for this token in an earlier report of this process: one request instead of up to
    // four. Refused now (revoked, expired early), it is forgotten and the strategies run again.
    // One loop, not an await per strategy: each await is a state of the state machine.
    let key = memory::key(MEMORY, &entry.oauth_token);
    let mut known = None;
    for strategy in [Strategy::Session, Strategy::Remembered, Strategy::Direct] {
        let (scheme, token) = match strategy {
            Strategy::Session => match &entry.session {
                Some((session, expires_ms)) if *expires_ms > host.now_ms() => ("Bearer", session),
                _ => continue,
            },
            Strategy::Remembered => {
                known = memory::recall(host, &key).as_ref().and_then(Known::from_json);
                match &known {
                    Some(Known::Direct) => ("token", &entry.oauth_token),
                    Some(Known::Exchanged { token, expires_ms }) if *expires_ms > host.now_ms() + SESSION_MARGIN_MS => {
                        secrets.add(token);
                        ("Bearer", token)
                    }
                    _ => continue,
                }
            }
            Strategy::Direct => {
                if known.is_some() {
                    memory::forget(host, &key);
                }
                if matches!(known, Some(Known::Direct)) {
                    continue;
                }
                ("token", &entry.oauth_token)
            }
        };
        if let Ok(answer) = ask(host, internal_api::user_request(&api, scheme, token)).await? {
            if matches!(strategy, Strategy::Direct) {
                memory::remember(host, &key, Known::Direct.to_json());
            }
            return Ok(answer);
        }
    }

    // A refused exchange means no strategy can read the quota with this token.
    let refused = |status| CopilotError::OAuthCannotReadQuota { status };
    let (url, body) = ask(host, internal_api::token_request(&api, &entry.oauth_token)).await?.map_err(refused)?;
    let (session, expires_at_s) =
        parsed(url, internal_api::parse_session_token(&body)).map_err(http(&Credential::OAuth))?;
    secrets.add(&session);
    let answer = ask(host, internal_api::user_request(&api, "Bearer", &session)).await?.map_err(refused)?;
    if let Some(expires_at_s) = expires_at_s {
        memory::remember(
            host,
            &key,
            Known::Exchanged { token: session, expires_ms: expires_at_s.saturating_mul(1000) }.to_json(),
        );
    }
    Ok(answer)
}

pub async fn query(host: &impl Host, sign_in: &SignIn<'_>, secrets: &Secrets) -> Result<CopilotQuota, CopilotError> {
    let (url, body) = fetch_user(host, sign_in, secrets).await?;
    parsed(url, internal_api::parse_user(&body)).map_err(http(&Credential::OAuth))
}
