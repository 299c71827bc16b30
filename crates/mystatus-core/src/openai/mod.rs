//! OpenAI: ChatGPT Plus, Pro, Team and Business subscriptions, read through OpenCode's OpenAI
//! sign-in: the Codex rate-limit windows (a seat's spend control when it has no monthly window),
//! the limits of their own models ("GPT-5.3-Codex-Spark"), code review, and the credits.

pub(crate) mod api;
mod texts;

use crate::account::{Account, Meter, Section, Unit};
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

/// A month, as the API counts it: `limit_window_seconds` of a monthly window.
const MONTH_S: f64 = 2_628_000.0;
/// The shortest window counted as monthly (February's 28 days).
const SHORTEST_MONTH_S: f64 = 28.0 * 86_400.0;

/// When something resets: at `reset_at` (epoch seconds), else `reset_after_seconds` from now.
fn reset_ms(reset_at: Option<f64>, reset_after_seconds: Option<f64>, now_ms: i64) -> Option<i64> {
    let at = reset_at.map(|seconds| (seconds * 1000.0) as i64);
    at.or_else(|| reset_after_seconds.map(|seconds| now_ms + (seconds.max(0.0) * 1000.0) as i64))
}

/// The meters of a rate limit's windows, shortest first, each named by its length (never by its
/// slot: a weekly-only plan sends its weekly window as `primary_window`), after `title` when the
/// limit has one. A window whose length or use is missing is left out.
fn window_meters(cx: &Context<'_>, limit: &api::RateLimit, title: Option<&str>, now_ms: i64) -> Vec<Meter> {
    let mut windows: Vec<(f64, f64, &api::Window)> = limit
        .windows()
        .filter_map(|window| Some((window.limit_window_seconds?, window.used_percent?, window)))
        .collect();
    windows.sort_by(|a, b| a.0.total_cmp(&b.0));
    windows
        .into_iter()
        .map(|(seconds, used, window)| {
            let label = window_label(cx.messages(), seconds);
            let label = match title {
                Some(title) => texts::texts(cx.lang).titled.fill([title, &label]),
                None => label,
            };
            Meter::window(label, used, reset_ms(window.reset_at, window.reset_after_seconds, now_ms))
        })
        .collect()
}

/// A seat's spend control as a monthly meter; `None` without a share left.
fn individual_meter(cx: &Context<'_>, limit: &api::IndividualLimit, now_ms: i64) -> Option<Meter> {
    let used = 100.0 - limit.remaining_percent?;
    let reset = reset_ms(limit.reset_at, limit.reset_after_seconds, now_ms);
    Some(Meter::window(window_label(cx.messages(), MONTH_S), used, reset))
}

/// The credits as a meter (the balance as what is available) and its line.
fn credits(cx: &Context<'_>, credits: &api::Credits) -> (Meter, String) {
    let label = texts::texts(cx.lang).credits.to_owned();
    if credits.unlimited == Some(true) {
        return (Meter::counted(label, Unit::Credits, 0.0, None), cx.messages().unlimited.to_owned());
    }
    // Without credits the balance is 0, whatever it says.
    let balance = if credits.has_credits == Some(false) { 0.0 } else { credits.balance.unwrap_or(0.0) };
    let meter = Meter { remaining_percent: None, ..Meter::counted(label, Unit::Credits, 0.0, Some(balance)) };
    let meter = Meter { exhausted: balance <= 0.0, ..meter };
    (meter, cx.messages().credits.fill([&format::quantity(balance)]))
}

/// Every window of the answer, in the report's order: the plan's (or its seat's spend control),
/// the additional limits', code review's.
fn windows(cx: &Context<'_>, usage: &api::Usage, now_ms: i64) -> Vec<Meter> {
    let texts = texts::texts(cx.lang);
    let limit = usage.rate_limit.as_ref().map(|limit| &limit.0);
    let mut meters = limit.map(|limit| window_meters(cx, limit, None, now_ms)).unwrap_or_default();
    let monthly = limit.is_some_and(|limit| {
        limit.windows().any(|window| window.limit_window_seconds.is_some_and(|seconds| seconds >= SHORTEST_MONTH_S))
    });
    if !monthly {
        let spend_control = usage.spend_control.as_ref().and_then(|control| control.individual_limit.as_ref());
        let individual = spend_control.or_else(|| limit.and_then(|limit| limit.individual_limit.as_ref()));
        meters.extend(individual.and_then(|individual| individual_meter(cx, individual, now_ms)));
    }
    for additional in &usage.additional_rate_limits {
        let title = additional.limit_name.as_deref().or(additional.metered_feature.as_deref());
        let title = title.map(str::trim).filter(|title| !title.is_empty()).unwrap_or(texts.additional_limit);
        if let Some(limit) = &additional.rate_limit {
            meters.extend(window_meters(cx, limit, Some(title), now_ms));
        }
    }
    if let Some(review) = &usage.code_review_rate_limit {
        meters.extend(window_meters(cx, review, Some(texts.code_review), now_ms));
    }
    meters
}

/// A used-up window says so in words, with when it resets, rather than only as 0%.
fn push_reached(lines: &mut Vec<String>, cx: &Context<'_>, meter: &Meter, now_ms: i64) {
    let texts = texts::texts(cx.lang);
    format::push_paragraph(lines, meter.label.clone());
    lines.extend(meter.remaining_percent.map(|remaining| format::remaining_line(cx.messages(), remaining)));
    lines.push(match meter.resets_at_ms {
        Some(reset_ms) if reset_ms > now_ms => {
            texts.reached_resets_in.fill([&format::countdown(cx.messages(), now_ms, reset_ms)])
        }
        Some(_) => texts.reached_resets_soon.to_owned(),
        None => texts.reached.to_owned(),
    });
}

fn render(cx: &Context<'_>, usage: &api::Usage, email: Option<&str>, now_ms: i64) -> Section {
    let texts = texts::texts(cx.lang);
    let plan = usage.plan_type.as_deref().filter(|plan| !plan.is_empty());
    let account = email.unwrap_or(texts.unknown_account);
    let account = match plan {
        Some(plan) => format!("{account} ({plan})"),
        None => account.to_owned(),
    };
    let mut meters = windows(cx, usage, now_ms);
    let credits = usage.credits.as_ref().map(|balance| credits(cx, balance));
    let mut lines = format::sheet(cx.messages(), texts.title, &account);
    if meters.is_empty() && credits.is_none() {
        format::push_paragraph(&mut lines, cx.messages().no_quota_data.fill([SERVICE]));
    }
    for meter in &meters {
        if meter.exhausted {
            push_reached(&mut lines, cx, meter, now_ms);
        } else {
            format::push_meter(&mut lines, cx.messages(), meter, None, now_ms);
        }
    }
    if let Some((meter, line)) = credits {
        format::push_meter(&mut lines, cx.messages(), &meter, Some(line), now_ms);
        meters.push(meter);
    }
    let reached = usage.rate_limit.as_ref().is_some_and(|limit| limit.0.limit_reached);
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
