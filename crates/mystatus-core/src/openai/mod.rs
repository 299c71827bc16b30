//! OpenAI: ChatGPT Plus, Pro and Team subscriptions, read as their Codex rate-limit windows
//! through OpenCode's OpenAI sign-in.

mod api;
mod texts;

use serde_json::Value;

use crate::context::Context;
use crate::format::{countdown, labelled, remaining_line, window_label};
use crate::host::Host;
use crate::http::{HttpError, get_json};
use crate::origin;

const PROVIDER_KEY: &str = "openai";
const SERVICE: &str = "OpenAI";

fn window_lines(cx: &Context<'_>, window: &api::Window, now_ms: i64) -> Vec<String> {
    let mut lines = vec![
        String::new(),
        window_label(cx.messages, window.limit_window_seconds),
        remaining_line(cx.messages, window.used_percent),
    ];
    if let Some(seconds) = window.reset_after_seconds {
        let reset_ms = now_ms + (seconds.max(0.0) * 1000.0) as i64;
        lines.push(cx.messages.resets_in(&countdown(cx.messages, now_ms, reset_ms)));
    }
    lines
}

fn render(cx: &Context<'_>, usage: &api::Usage, email: Option<&str>, now_ms: i64) -> String {
    let texts = texts::texts(cx.lang);
    let account = email.unwrap_or(texts.unknown_account());
    let account = match usage.plan_type.as_deref().filter(|plan| !plan.is_empty()) {
        Some(plan) => format!("{account} ({plan})"),
        None => account.to_owned(),
    };
    let mut lines = vec![texts.title().to_owned(), String::new(), labelled(cx.messages.account_label(), &account)];
    let windows: Vec<&api::Window> = usage
        .rate_limit
        .iter()
        .flat_map(|limit| [limit.primary_window.as_ref(), limit.secondary_window.as_ref()])
        .flatten()
        .collect();
    if windows.is_empty() {
        lines.extend([String::new(), cx.messages.no_quota_data(SERVICE)]);
    }
    for window in windows {
        lines.extend(window_lines(cx, window, now_ms));
    }
    if usage.rate_limit.as_ref().is_some_and(|limit| limit.limit_reached) {
        lines.extend([String::new(), cx.messages.limit_reached().to_owned()]);
    }
    lines.join("\n")
}

fn error_text(cx: &Context<'_>, error: &HttpError) -> String {
    match error.status() {
        Some(status @ (401 | 403)) => error.with_api_said(cx, SERVICE, texts::texts(cx.lang).rejected(status)),
        _ => error.message(cx, SERVICE),
    }
}

/// The OpenAI section; `None` without an OpenAI subscription sign-in.
pub async fn section(host: &impl Host, cx: &Context<'_>) -> Option<Result<String, String>> {
    let sign_in = cx.sign_in(PROVIDER_KEY)?;
    if sign_in.entry.get("type").and_then(Value::as_str) != Some("oauth") {
        return None;
    }
    let access = sign_in.entry.get("access").and_then(Value::as_str).map(str::trim).filter(|a| !a.is_empty())?;
    cx.secrets.add(access);
    if let Some(refresh) = sign_in.entry.get("refresh").and_then(Value::as_str) {
        cx.secrets.add(refresh);
    }
    let texts = texts::texts(cx.lang);
    let expires = sign_in.entry.get("expires").and_then(Value::as_f64);
    if expires.is_some_and(|expires| (expires as i64) < host.now_ms()) {
        return Some(Err(texts.expired().to_owned()));
    }
    let origin = match origin::resolve(host, api::ORIGIN_VAR, api::DEFAULT_ORIGIN) {
        Ok(origin) => origin,
        Err(value) => return Some(Err(cx.messages.bad_origin(api::ORIGIN_VAR, &value))),
    };
    let claims = api::token_claims(access);
    let request = api::usage_request(&origin, access, claims.account_id.as_deref());
    Some(match get_json(host, request, api::parse_usage).await {
        Ok(usage) => Ok(render(cx, &usage, claims.email.as_deref(), host.now_ms())),
        Err(error) => Err(error_text(cx, &error)),
    })
}

pub fn setup(cx: &Context<'_>) -> String {
    texts::texts(cx.lang).setup().to_owned()
}
