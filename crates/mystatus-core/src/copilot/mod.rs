//! GitHub Copilot: find the user's credentials, ask GitHub, and describe the quota.
//!
//! Strategies, first to yield data wins: the fine-grained PAT file (public billing API), then
//! OpenCode's OAuth sign-in (internal API: cached session token, the OAuth token directly, then a
//! token exchange). With neither configured there is nothing to report.

mod api_base;
mod billing_api;
mod error;
pub mod guidance;
mod internal_api;
mod oauth_entry;
mod pat_config;
mod render;
pub mod tiers;

pub use error::CopilotError;
pub use render::{Quota, render};

use crate::auth_file::{AuthFile, AuthFileError};
use crate::host::{FetchFailure, Host, HttpRequest, HttpResponse};
use crate::paths;
use crate::redact::Secrets;
use error::{Credential, api_message};
use oauth_entry::OAuthEntry;
use pat_config::{ConfigProblem, PatConfig};

pub const PLATFORM_NAME: &str = "GitHub Copilot";

/// `None` when no Copilot account is configured at all.
pub async fn query(
    host: &impl Host,
    auth: &Result<Option<AuthFile>, AuthFileError>,
    secrets: &mut Secrets,
) -> Option<Result<Quota, CopilotError>> {
    for path in paths::pat_config_candidates(host) {
        match host.read_file(&path).await {
            Ok(None) => continue,
            Ok(Some(text)) => return Some(with_pat(host, path, &text, secrets).await),
            Err(detail) => {
                return Some(Err(CopilotError::PatConfig { path, problem: ConfigProblem::Unreadable(detail) }));
            }
        }
    }
    let auth = match auth {
        Ok(Some(auth)) => auth,
        Ok(None) => return None,
        Err(err) => return Some(Err(CopilotError::AuthFile(err.clone()))),
    };
    let entry = auth.entry(oauth_entry::PROVIDER_KEY)?;
    Some(with_oauth(host, &auth.source, entry, secrets).await)
}

async fn send(host: &impl Host, mut request: HttpRequest) -> Result<HttpResponse, CopilotError> {
    request.timeout_ms = host.timeout_ms();
    let url = request.url.clone();
    let seconds = request.timeout_ms.div_ceil(1000);
    host.fetch(request).await.map_err(|failure| match failure {
        FetchFailure::Timeout => CopilotError::Timeout { url, seconds },
        FetchFailure::Network(detail) => CopilotError::Network { url, detail },
    })
}

fn status_error(url: String, response: &HttpResponse, credential: Credential) -> CopilotError {
    CopilotError::Status { url, status: response.status, api_message: api_message(&response.body), credential }
}

fn parsed<T>(url: String, result: Result<T, String>) -> Result<T, CopilotError> {
    result.map_err(|detail| CopilotError::Malformed { url, detail })
}

async fn with_pat(host: &impl Host, path: String, text: &str, secrets: &mut Secrets) -> Result<Quota, CopilotError> {
    let config: PatConfig =
        pat_config::parse(text).map_err(|problem| CopilotError::PatConfig { path: path.clone(), problem })?;
    secrets.add(&config.token);
    let api = api_base::resolve(host).map_err(CopilotError::BadApiUrl)?;
    let request = billing_api::usage_request(&api, &config);
    let url = request.url.clone();
    let response = send(host, request).await?;
    if !response.is_success() {
        return Err(status_error(url, &response, Credential::Pat { path, username: config.username }));
    }
    let usage = parsed(url, billing_api::parse_usage(&response.body))?;
    Ok(Quota::Billing { usage, username: config.username, tier: config.tier })
}

/// 401, 403 and 404 mean "this token cannot do that": try the next strategy. Anything else that is
/// not a success (rate limit, server error) would fail the next strategy too, so it is reported.
fn is_refusal(response: &HttpResponse) -> bool {
    matches!(response.status, 401 | 403 | 404)
}

/// Asks the quota endpoint; `Ok(None)` when this token was refused.
async fn ask_user(host: &impl Host, api: &str, scheme: &str, token: &str) -> Result<Result<Quota, u16>, CopilotError> {
    let request = internal_api::user_request(api, scheme, token);
    let url = request.url.clone();
    let response = send(host, request).await?;
    if response.is_success() {
        return Ok(Ok(Quota::Internal(parsed(url, internal_api::parse_user(&response.body))?)));
    }
    if is_refusal(&response) { Ok(Err(response.status)) } else { Err(status_error(url, &response, Credential::OAuth)) }
}

async fn with_oauth(
    host: &impl Host,
    source: &str,
    entry: &serde_json::Value,
    secrets: &mut Secrets,
) -> Result<Quota, CopilotError> {
    let entry: OAuthEntry =
        oauth_entry::parse(entry).map_err(|detail| CopilotError::OAuthEntry { source: source.to_owned(), detail })?;
    secrets.add(&entry.oauth_token);
    if let Some((session, _)) = &entry.session {
        secrets.add(session);
    }
    let api = api_base::resolve(host).map_err(CopilotError::BadApiUrl)?;

    if let Some((session, expires_ms)) = &entry.session {
        if *expires_ms > host.now_ms() {
            if let Ok(quota) = ask_user(host, &api, "Bearer", session).await? {
                return Ok(quota);
            }
        }
    }
    if let Ok(quota) = ask_user(host, &api, "token", &entry.oauth_token).await? {
        return Ok(quota);
    }

    let request = internal_api::token_request(&api, &entry.oauth_token);
    let url = request.url.clone();
    let response = send(host, request).await?;
    if is_refusal(&response) {
        return Err(CopilotError::OAuthCannotReadQuota { status: response.status });
    }
    if !response.is_success() {
        return Err(status_error(url, &response, Credential::OAuth));
    }
    let session = parsed(url, internal_api::parse_session_token(&response.body))?;
    secrets.add(&session);
    ask_user(host, &api, "Bearer", &session).await?.map_err(|status| CopilotError::OAuthCannotReadQuota { status })
}
