//! OpenAI: ChatGPT Plus, Pro and Team subscriptions, read as their Codex rate-limit windows
//! through OpenCode's OpenAI sign-in.

pub(crate) mod api;
mod texts;

use crate::account::{Account, Meter, Section};
use crate::context::Context;
use crate::format::{self, window_label};
use crate::host::Host;
use crate::lenient;
use crate::subscription::{self, Subscription};

const SERVICE: &str = "OpenAI";
const SUBSCRIPTION: Subscription = Subscription {
    provider: "openai",
    service: SERVICE,
    origin: (api::ORIGIN_VAR, api::DEFAULT_ORIGIN),
    advice: |lang| (texts::texts(lang).expired, texts::texts(lang).rejected),
};

/// A window's meter; `None` when the API left out its length or its use.
fn meter(cx: &Context<'_>, window: &api::Window, now_ms: i64) -> Option<Meter> {
    let label = window_label(cx.messages(), window.limit_window_seconds?);
    let reset_ms = window.reset_after_seconds.map(|seconds| now_ms + (seconds.max(0.0) * 1000.0) as i64);
    Some(Meter::window(label, window.used_percent?, reset_ms))
}

fn render(cx: &Context<'_>, usage: &api::Usage, email: Option<&str>, now_ms: i64) -> Section {
    let texts = texts::texts(cx.lang);
    let plan = usage.plan_type.as_deref().filter(|plan| !plan.is_empty());
    let account = email.unwrap_or(texts.unknown_account);
    let account = match plan {
        Some(plan) => format!("{account} ({plan})"),
        None => account.to_owned(),
    };
    let limit = usage.rate_limit.as_ref().map(|limit| &limit.0);
    let windows = limit.iter().flat_map(|limit| [&limit.primary_window, &limit.secondary_window]).flatten();
    let meters: Vec<Meter> = windows.filter_map(|window| meter(cx, window, now_ms)).collect();
    let mut lines = format::sheet(cx.messages(), texts.title, &account);
    if meters.is_empty() {
        format::push_paragraph(&mut lines, cx.messages().no_quota_data.fill([SERVICE]));
    }
    for meter in &meters {
        format::push_meter(&mut lines, cx.messages(), meter, None, now_ms);
    }
    let reached = limit.is_some_and(|limit| limit.limit_reached);
    Section {
        markdown: format::finish_sheet(lines, cx.messages(), reached),
        accounts: vec![Account { name: email.map(str::to_owned), plan: plan.map(str::to_owned), meters, error: None }],
    }
}

/// The OpenAI section; `None` without an OpenAI subscription sign-in.
pub async fn section(host: &impl Host, cx: &Context<'_>) -> Option<Result<Section, String>> {
    let now_ms = host.now_ms();
    let request = |origin: &str, access: &str| {
        let claims = api::token_claims(access);
        (api::usage_request(origin, access, claims.account_id.as_deref()), claims.email)
    };
    let render = |usage, email: Option<String>| render(cx, &usage, email.as_deref(), now_ms);
    subscription::section(host, cx, &SUBSCRIPTION, request, lenient::parse_object, render).await
}

pub fn setup(cx: &Context<'_>) -> String {
    texts::texts(cx.lang).setup.to_owned()
}
