//! Everything that can stop a Copilot lookup, each with a message that says what to do.

use super::api_base::API_URL_VAR;
use super::guidance;
use crate::auth_file::AuthFileError;
use crate::context::Context;
use crate::file_problem::FileProblem;
use crate::http::HttpError;

/// Who answers Copilot's requests, in messages.
const SERVICE: &str = "GitHub";

/// Which credential a rejected request carried: the advice differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// The PAT file's token; `username` once known (given or discovered).
    Pat {
        path: String,
        username: Option<String>,
    },
    OAuth,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CopilotError {
    BadApiUrl(String),
    PatConfig {
        path: String,
        problem: FileProblem,
    },
    AuthFile(AuthFileError),
    OAuthEntry {
        source: String,
        detail: String,
    },
    /// Every OAuth strategy was refused (401, 403 or 404): the token cannot read quotas.
    OAuthCannotReadQuota {
        status: u16,
    },
    Http {
        error: HttpError,
        credential: Credential,
    },
}

/// Wraps an [`HttpError`] with the credential its request carried.
pub fn http(credential: &Credential) -> impl Fn(HttpError) -> CopilotError + '_ {
    move |error| CopilotError::Http { error, credential: credential.clone() }
}

/// GitHub's answer, with advice specific to the PAT where the status has one.
fn http_text(cx: &Context<'_>, error: &HttpError, credential: &Credential) -> String {
    let messages = cx.messages();
    let advice = match (error.status(), credential) {
        (Some(401), Credential::Pat { path, .. }) => messages.pat_unauthorized.fill([path]),
        (Some(403), Credential::Pat { .. }) => messages.pat_forbidden.to_owned(),
        (Some(404), Credential::Pat { path, username: Some(username) }) => {
            messages.pat_user_not_found.fill([username, path])
        }
        _ => return error.message(cx.messages(), cx.secrets, SERVICE),
    };
    error.with_api_said(cx.messages(), cx.secrets, SERVICE, advice)
}

impl CopilotError {
    /// The user-facing message. `pat_path` is where the guidance tells the user to put a token.
    pub fn message(&self, cx: &Context<'_>, pat_path: &str) -> String {
        let messages = cx.messages();
        // A sign-in that cannot be used ends with how to set up a token instead.
        let problem = match self {
            Self::BadApiUrl(value) => return messages.bad_api_url.fill([API_URL_VAR, value]),
            Self::PatConfig { path, problem } => {
                return format!(
                    "{}\n\n{}\n\n{}",
                    messages.pat_config_invalid.fill([path, &problem.text(messages)]),
                    messages.config_example_intro,
                    guidance::config_example()
                );
            }
            Self::AuthFile(err) => messages.auth_file_invalid.fill([&err.source, &err.problem.text(messages)]),
            Self::OAuthEntry { source, detail } => messages.oauth_entry_unusable.fill([source, detail]),
            Self::OAuthCannotReadQuota { status } => messages.oauth_cannot_read_quota.fill([&status.to_string()]),
            Self::Http { error, credential } => return http_text(cx, error, credential),
        };
        format!("{problem}\n\n{}", guidance::setup(messages, pat_path))
    }
}
