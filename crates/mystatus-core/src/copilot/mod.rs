//! GitHub Copilot: find the user's credentials, ask GitHub, and describe the quota.
//!
//! Strategies, first to yield data wins: the fine-grained PAT file (public billing API), then
//! OpenCode's OAuth sign-in (internal API). With neither configured there is nothing to report.

mod api_base;
mod billing_api;
mod error;
pub mod guidance;
mod internal_api;
mod oauth_entry;
mod oauth_strategy;
mod pat_config;
mod pat_strategy;
pub mod plans;
pub mod quota;
mod render;

pub use error::CopilotError;
pub use quota::CopilotQuota;
pub use render::render;

use crate::auth_file::{AuthFile, AuthFileError};
use crate::host::Host;
use crate::paths;
use crate::redact::Secrets;
use oauth_strategy::SignIn;
use pat_config::ConfigProblem;

pub const PLATFORM_NAME: &str = "GitHub Copilot";

/// `None` when no Copilot account is configured at all.
pub async fn query(
    host: &impl Host,
    auth: &Result<Option<AuthFile>, AuthFileError>,
    secrets: &Secrets,
) -> Option<Result<CopilotQuota, CopilotError>> {
    let sign_in = match auth {
        Ok(Some(auth)) => auth.entry(oauth_entry::PROVIDER_KEY).map(|entry| SignIn { source: &auth.source, entry }),
        _ => None,
    };
    for path in paths::pat_config_candidates(host) {
        match host.read_file(&path).await {
            Ok(None) => continue,
            Ok(Some(text)) => return Some(pat_strategy::query(host, path, &text, sign_in.as_ref(), secrets).await),
            Err(detail) => {
                return Some(Err(CopilotError::PatConfig { path, problem: ConfigProblem::Unreadable(detail) }));
            }
        }
    }
    if let Err(err) = auth {
        return Some(Err(CopilotError::AuthFile(err.clone())));
    }
    Some(oauth_strategy::query(host, &sign_in?, secrets).await)
}
