//! OpenCode's GitHub sign-in against Copilot's internal API: a cached session token while it is
//! valid, then the OAuth token directly, then a token exchange. The first answer wins.

use super::api_base;
use super::error::{CopilotError, Credential, http};
use super::internal_api;
use super::oauth_entry::{self, OAuthEntry};
use super::quota::CopilotQuota;
use serde::{Deserialize, Serialize};

use crate::context::SignIn;
use crate::host::{Host, HttpRequest, HttpResponse};
use crate::http::{parsed, send, status_error};
use crate::memory::{self, Expiring};
use crate::redact::Secrets;

/// Where this process's memory keeps the strategy that worked for an OAuth token.
const MEMORY: &str = "copilot-oauth";
/// The strategy that last worked for an OAuth token, remembered as
/// `{"strategy":"direct"}` or `{"strategy":"exchanged","token":"…","expires_ms":…}`.
#[derive(Serialize, Deserialize)]
#[serde(tag = "strategy", rename_all = "lowercase")]
enum Known {
    Direct,
    Exchanged(Expiring),
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
        Err(http(&Credential::OAuth)(status_error(url, &response, host.now_ms())))
    }
}

/// The `/copilot_internal/user` answer (URL and body) for this sign-in: with the session token
/// OpenCode cached, while it is valid; with what worked for this token earlier in this process
/// (one request instead of up to four); with the OAuth token itself; and last by exchanging it for
/// a session token.
pub async fn fetch_user(
    host: &impl Host,
    sign_in: &SignIn<'_>,
    secrets: &Secrets,
) -> Result<(String, String), CopilotError> {
    let entry: OAuthEntry = oauth_entry::parse(&sign_in.entry)
        .map_err(|detail| CopilotError::OAuthEntry { source: sign_in.source.to_owned(), detail })?;
    secrets.add(&entry.oauth_token);
    if let Some((session, _)) = &entry.session {
        secrets.add(session);
    }
    let api = api_base::resolve(host, entry.domain.as_deref()).map_err(CopilotError::BadApiUrl)?;
    let user = |scheme: &str, token: &str| ask(host, internal_api::user_request(&api, scheme, token));

    if let Some((session, expires_ms)) = &entry.session {
        if *expires_ms > host.now_ms() {
            if let Ok(answer) = user("Bearer", session).await? {
                return Ok(answer);
            }
        }
    }

    // Refused now (revoked, expired early), what worked before is forgotten.
    let key = memory::key(MEMORY, &entry.oauth_token);
    let known: Option<Known> = memory::recall(host, &key);
    if let Some(known) = &known {
        let remembered = match known {
            Known::Direct => Some(("token", entry.oauth_token.as_str())),
            Known::Exchanged(session) => session.usable(host.now_ms()).map(|token| {
                secrets.add(token);
                ("Bearer", token)
            }),
        };
        if let Some((scheme, token)) = remembered {
            if let Ok(answer) = user(scheme, token).await? {
                return Ok(answer);
            }
        }
        memory::forget(host, &key);
    }

    // The OAuth token itself, unless it was just refused as what worked before.
    if !matches!(known, Some(Known::Direct)) {
        if let Ok(answer) = user("token", &entry.oauth_token).await? {
            memory::remember(host, &key, &Known::Direct);
            return Ok(answer);
        }
    }

    // A refused exchange means no strategy can read the quota with this token.
    let refused = |status| CopilotError::OAuthCannotReadQuota { status };
    let (url, body) = ask(host, internal_api::token_request(&api, &entry.oauth_token)).await?.map_err(refused)?;
    let (session, expires_at_s) =
        parsed(url, internal_api::parse_session_token(&body)).map_err(http(&Credential::OAuth))?;
    secrets.add(&session);
    let answer = user("Bearer", &session).await?.map_err(refused)?;
    if let Some(expires_at_s) = expires_at_s {
        memory::remember(
            host,
            &key,
            &Known::Exchanged(Expiring { token: session, expires_ms: expires_at_s.saturating_mul(1000) }),
        );
    }
    Ok(answer)
}

pub async fn query(host: &impl Host, sign_in: &SignIn<'_>, secrets: &Secrets) -> Result<CopilotQuota, CopilotError> {
    let (url, body) = fetch_user(host, sign_in, secrets).await?;
    parsed(url, internal_api::parse_user(&body)).map_err(http(&Credential::OAuth))
}
