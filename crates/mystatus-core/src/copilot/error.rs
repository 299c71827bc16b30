//! Everything that can stop a Copilot lookup, each with a message that says what to do.

use serde_json::Value;

use super::api_base::API_URL_VAR;
use super::guidance;
use super::pat_config::ConfigProblem;
use super::plans::Tier;
use crate::auth_file::AuthFileError;
use crate::i18n::Messages;

/// Which credential a rejected request carried: the advice differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// The PAT file's token; `username` once known (given or discovered).
    Pat {
        path: String,
        username: Option<String>,
    },
    OAuth,
    /// The PAT reading an organization's or enterprise's billing.
    Entity,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CopilotError {
    BadApiUrl(String),
    PatConfig {
        path: String,
        problem: ConfigProblem,
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
    Status {
        url: String,
        status: u16,
        api_message: Option<String>,
        credential: Credential,
    },
    Timeout {
        url: String,
        seconds: u32,
    },
    Network {
        url: String,
        detail: String,
    },
    Malformed {
        url: String,
        detail: String,
    },
}

/// The `message` of a GitHub error body, shortened: useful context, never the whole page.
pub fn api_message(body: &str) -> Option<String> {
    let value: Value = serde_json::from_str(body).ok()?;
    let message = value.get("message")?.as_str()?.trim();
    if message.is_empty() {
        return None;
    }
    let mut short: String = message.chars().take(200).collect();
    if short.len() < message.len() {
        short.push('…');
    }
    Some(short)
}

fn problem_text(messages: &dyn Messages, problem: &ConfigProblem) -> String {
    match problem {
        ConfigProblem::Unreadable(detail) => messages.problem_unreadable(detail),
        ConfigProblem::NotJson(detail) => messages.problem_not_json(detail),
        ConfigProblem::NotAnObject => messages.problem_not_object(),
        ConfigProblem::Missing(field) => messages.problem_missing(field),
        ConfigProblem::Empty(field) => messages.problem_empty(field),
        ConfigProblem::NotAString(field) => messages.problem_not_string(field),
        ConfigProblem::UnknownTier(value) => messages.problem_unknown_tier(value, &Tier::valid_names()),
        ConfigProblem::BadUsername(value) => messages.problem_bad_username(value),
        ConfigProblem::UnknownBilling(value) => messages.problem_unknown_billing(value),
        ConfigProblem::BadAllowance(value) => messages.problem_bad_allowance(value),
        ConfigProblem::BadName(field, value) => messages.problem_bad_name(field, value),
        ConfigProblem::BadHost(value) => messages.problem_bad_host(value),
    }
}

fn status_text(messages: &dyn Messages, url: &str, status: u16, credential: &Credential) -> String {
    match (status, credential) {
        (401, Credential::Pat { path, .. }) => messages.pat_unauthorized(path),
        (403, Credential::Pat { .. }) => messages.pat_forbidden(),
        (404, Credential::Pat { path, username: Some(username) }) => messages.pat_user_not_found(username, path),
        (429, _) => messages.rate_limited(url),
        (500..=599, _) => messages.server_error(status, url),
        _ => messages.unexpected_status(status, url),
    }
}

impl CopilotError {
    /// The user-facing message. `pat_path` is where the guidance tells the user to put a token.
    pub fn message(&self, messages: &dyn Messages, pat_path: &str) -> String {
        let setup = || guidance::setup(messages, pat_path);
        match self {
            Self::BadApiUrl(value) => messages.bad_api_url(API_URL_VAR, value),
            Self::PatConfig { path, problem } => format!(
                "{}\n\n{}\n\n{}",
                messages.pat_config_invalid(path, &problem_text(messages, problem)),
                messages.config_example_intro(),
                guidance::config_example()
            ),
            Self::AuthFile(err) => format!("{}\n\n{}", messages.auth_file_invalid(&err.source, &err.detail), setup()),
            Self::OAuthEntry { source, detail } => {
                format!("{}\n\n{}", messages.oauth_entry_unusable(source, detail), setup())
            }
            Self::OAuthCannotReadQuota { status } => {
                format!("{}\n\n{}", messages.oauth_cannot_read_quota(*status), setup())
            }
            Self::Status { url, status, api_message, credential } => {
                let text = status_text(messages, url, *status, credential);
                match api_message {
                    Some(said) => format!("{text}\n{}", messages.api_said(said)),
                    None => text,
                }
            }
            Self::Timeout { url, seconds } => messages.timeout(*seconds, url),
            Self::Network { url, detail } => messages.network(url, detail),
            Self::Malformed { url, detail } => messages.malformed(url, detail),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_messages_are_extracted_and_shortened() {
        assert_eq!(
            api_message(r#"{"message":"Bad credentials","documentation_url":"x"}"#).as_deref(),
            Some("Bad credentials")
        );
        assert_eq!(api_message("<html>502</html>"), None);
        assert_eq!(api_message(r#"{"message":""}"#), None);
        let long = format!(r#"{{"message":"{}"}}"#, "é".repeat(300));
        assert_eq!(api_message(&long).unwrap().chars().count(), 201);
    }
}
