//! Entry points for the fuzz targets in `fuzz/`: every parser of a file or an API payload, private
//! to the crate, behind a thin wrapper. Compiled only with the `fuzzing` feature; not an API.
//!
//! A wrapper gives the parse's outcome as text: the value's `Debug`, or the error's, a payload's
//! [`Malformed`] as the detail a report quotes (its `Display`); so that a target also runs the
//! formatting of everything a parser builds.

use std::fmt::Debug;

use crate::copilot::plans::Billing;
use crate::lenient::{self, Malformed};
use crate::{anthropic, antigravity, auth_file, copilot, openai, opencode_go, zhipu};

/// `Ok`: the parsed value, `Err`: why the text was refused, both as text (see the module).
pub type Outcome = Result<String, String>;

fn outcome<T: Debug, E: Debug>(result: Result<T, E>) -> Outcome {
    result.map(|value| format!("{value:?}")).map_err(|error| format!("{error:?}"))
}

/// A payload's outcome: the error as the detail a report quotes ("`login` is not a string").
fn payload<T: Debug>(result: Result<T, Malformed>) -> Outcome {
    result.map(|value| format!("{value:?}")).map_err(|error| error.to_string())
}

/// OpenCode's `auth.json` (or the `OPENCODE_AUTH_CONTENT` variable).
pub fn auth_json(text: &str) -> Outcome {
    outcome(auth_file::AuthFile::parse("auth.json".to_owned(), text))
}

/// `copilot-quota-token.json`.
pub fn pat_config(text: &str) -> Outcome {
    outcome(copilot::pat_config::parse(text))
}

/// Claude Code's `.credentials.json`.
pub fn claude_code_credentials(text: &str) -> Outcome {
    outcome(anthropic::sign_in::parse_claude_code("/home/u/.claude/.credentials.json", text))
}

/// `antigravity-accounts.json`.
pub fn antigravity_accounts(text: &str) -> Outcome {
    outcome(antigravity::accounts::parse(text))
}

/// A user's or an entity's billing report, read as AI credits or as premium requests.
pub fn copilot_billing_usage(body: &str, credits: bool) -> Outcome {
    let billing = if credits { Billing::Credits } else { Billing::PremiumRequests };
    payload(copilot::billing_api::parse_usage(body, billing))
}

/// `GET /user`.
pub fn copilot_login(body: &str) -> Outcome {
    payload(copilot::billing_api::parse_login(body))
}

/// An organization's or enterprise's budgets.
pub fn copilot_budgets(body: &str) -> Outcome {
    payload(copilot::billing_api::parse_budgets(body))
}

/// `GET /copilot_internal/user`.
pub fn copilot_user(body: &str) -> Outcome {
    payload(copilot::internal_api::parse_user(body))
}

/// The plan in a `/copilot_internal/user` answer; `Err` when there is none.
pub fn copilot_tier(body: &str) -> Outcome {
    outcome(copilot::internal_api::parse_tier(body).ok_or("no tier"))
}

/// `GET /copilot_internal/v2/token`.
pub fn copilot_session_token(body: &str) -> Outcome {
    payload(copilot::internal_api::parse_session_token(body))
}

/// ChatGPT's `wham/usage`.
pub fn openai_usage(body: &str) -> Outcome {
    payload(lenient::parse_object::<openai::api::Usage>(body))
}

/// The claims of an OpenAI access token (a JWT); never fails.
pub fn openai_token_claims(access: &str) -> String {
    format!("{:?}", openai::api::token_claims(access))
}

/// Claude's `oauth/usage`.
pub fn anthropic_usage(body: &str) -> Outcome {
    payload(anthropic::api::parse_usage(body))
}

/// Google's OAuth token endpoint.
pub fn antigravity_token(body: &str) -> Outcome {
    payload(antigravity::api::parse_token(body))
}

/// Cloud Code's `retrieveUserQuotaSummary`.
pub fn antigravity_summary(body: &str) -> Outcome {
    payload(antigravity::summary::parse(body))
}

/// Cloud Code's `fetchAvailableModels`.
pub fn antigravity_models(body: &str) -> Outcome {
    payload(antigravity::api::parse_models(body))
}

/// The Coding Plan quota of Zhipu AI and Z.ai.
pub fn zhipu_quota(body: &str) -> Outcome {
    payload(zhipu::api::parse_quota(body))
}

/// OpenCode Go's usage windows.
pub fn opencode_go_usage(body: &str) -> Outcome {
    payload(opencode_go::api::parse_usage(body))
}

/// Whether an OpenCode Go error body says the account has no subscription; never fails.
pub fn opencode_go_no_subscription(body: &str) -> bool {
    opencode_go::api::is_no_subscription(body)
}
