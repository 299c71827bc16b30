//! OpenAI: ChatGPT Plus, Pro and Team subscriptions, read as their Codex rate-limit windows
//! through OpenCode's OpenAI sign-in.

pub(crate) mod api;
mod texts;

use crate::context::Context;
use crate::format::{self, window_label};
use crate::host::Host;
use crate::http::get_json;
use crate::origin;

const PROVIDER_KEY: &str = "openai";
const SERVICE: &str = "OpenAI";

/// Adds a window's lines; `None` when the API left out its length or its use.
fn push_window(lines: &mut Vec<String>, cx: &Context<'_>, window: &api::Window, now_ms: i64) -> Option<()> {
    let label = window_label(cx.messages, window.limit_window_seconds?);
    let used_percent = window.used_percent?;
    let reset_ms = window.reset_after_seconds.map(|seconds| now_ms + (seconds.max(0.0) * 1000.0) as i64);
    format::push_window(lines, cx.messages, label, Some(used_percent), None, now_ms, reset_ms);
    Some(())
}

fn render(cx: &Context<'_>, usage: &api::Usage, email: Option<&str>, now_ms: i64) -> String {
    let texts = texts::texts(cx.lang);
    let account = email.unwrap_or(texts.unknown_account);
    let account = match usage.plan_type.as_deref().filter(|plan| !plan.is_empty()) {
        Some(plan) => format!("{account} ({plan})"),
        None => account.to_owned(),
    };
    let mut lines = format::sheet(cx.messages, texts.title, &account);
    let windows = usage.rate_limit.iter().flat_map(|limit| [&limit.primary_window, &limit.secondary_window]);
    let mut shown = false;
    for window in windows.flatten() {
        shown |= push_window(&mut lines, cx, window, now_ms).is_some();
    }
    if !shown {
        format::push_paragraph(&mut lines, cx.messages.no_quota_data.fill([SERVICE]));
    }
    let reached = usage.rate_limit.as_ref().is_some_and(|limit| limit.limit_reached);
    format::finish_sheet(lines, cx.messages, reached)
}

/// The OpenAI section; `None` without an OpenAI subscription sign-in.
pub async fn section(host: &impl Host, cx: &Context<'_>) -> Option<Result<String, String>> {
    let sign_in = cx.oauth_access(PROVIDER_KEY)?;
    let access = sign_in.access;
    if sign_in.is_expired(host.now_ms()) {
        return Some(Err(texts::texts(cx.lang).expired.to_owned()));
    }
    let origin = match origin::resolve_or_explain(host, cx.messages, api::ORIGIN_VAR, api::DEFAULT_ORIGIN) {
        Ok(origin) => origin,
        Err(message) => return Some(Err(message)),
    };
    let claims = api::token_claims(access);
    let request = api::usage_request(&origin, access, claims.account_id.as_deref());
    Some(match get_json(host, request, api::parse_usage).await {
        Ok(usage) => Ok(render(cx, &usage, claims.email.as_deref(), host.now_ms())),
        Err(error) => {
            Err(error
                .message_or_rejected(cx, SERVICE, |status| texts::texts(cx.lang).rejected.fill([&status.to_string()])))
        }
    })
}

pub fn setup(cx: &Context<'_>) -> String {
    texts::texts(cx.lang).setup.to_owned()
}
