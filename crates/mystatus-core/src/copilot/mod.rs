//! GitHub Copilot: find the user's credentials, ask GitHub, and describe the quota.
//!
//! Strategies, first to yield data wins: the fine-grained PAT file (public billing API), then
//! OpenCode's OAuth sign-in (internal API). With neither configured there is nothing to report.

mod api_base;
pub(crate) mod billing_api;
mod error;
pub mod guidance;
pub(crate) mod internal_api;
mod oauth_entry;
mod oauth_strategy;
pub(crate) mod pat_config;
mod pat_strategy;
pub mod plans;
pub mod quota;
mod render;

pub use error::CopilotError;
pub use quota::CopilotQuota;
pub use render::render;

use crate::account::Section;
use crate::context::Context;
use crate::file_problem::FileProblem;
use crate::host::Host;
use crate::paths;

/// `None` when no Copilot account is configured at all.
pub async fn query(host: &impl Host, cx: &Context<'_>) -> Option<Result<CopilotQuota, CopilotError>> {
    let sign_in = cx.sign_in(oauth_entry::PROVIDER_KEY);
    for path in paths::pat_config_candidates(host) {
        match host.read_file(&path).await {
            Ok(None) => continue,
            Ok(Some(text)) => {
                let mode = host.file_mode(&path).await;
                let mut outcome = pat_strategy::query(host, path.clone(), &text, sign_in.as_ref(), cx.secrets).await;
                if let (Ok(quota), Some(mode)) = (&mut outcome, mode) {
                    // Group or others may read it: worth a warning, not a failure.
                    if mode & 0o077 != 0 {
                        quota.exposed_token_file = Some((path, mode));
                    }
                }
                return Some(outcome);
            }
            Err(error) => {
                return Some(Err(CopilotError::PatConfig { path, problem: FileProblem::File(error) }));
            }
        }
    }
    if let Err(err) = cx.auth {
        return Some(Err(CopilotError::AuthFile(err.clone())));
    }
    Some(oauth_strategy::query(host, &sign_in?, cx.secrets).await)
}

/// The Copilot section: the report, or what went wrong and what to do.
pub async fn section(host: &impl Host, cx: &Context<'_>) -> Option<Result<Section, String>> {
    let now_ms = host.now_ms();
    Some(match query(host, cx).await? {
        Ok(quota) => Ok(Section {
            markdown: render(cx.messages(), &quota, now_ms),
            accounts: render::accounts(cx.messages(), &quota, now_ms),
        }),
        Err(err) => Err(err.message(cx, &paths::pat_config_suggestion(host))),
    })
}

pub fn setup(host: &impl Host, cx: &Context<'_>) -> String {
    guidance::setup(cx.messages(), &paths::pat_config_suggestion(host))
}
