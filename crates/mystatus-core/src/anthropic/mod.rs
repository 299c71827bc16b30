//! Anthropic: Claude Pro and Max subscriptions, read as their usage windows through a Claude
//! sign-in: OpenCode's, else Claude Code's.

pub(crate) mod api;
pub(crate) mod sign_in;
mod texts;

use crate::account::{Account, Meter, Section, Unit};
use crate::context::Context;
use crate::format::{
    capitalized, countdown, finish_sheet, labelled, money, push_meter, push_paragraph, sheet, window_label,
};
use crate::host::Host;
use crate::http::{HttpError, get_parsed};
use crate::origin;
use api::WindowName;
use sign_in::{SignIn, Source};

const SERVICE: &str = "Anthropic";
/// The plan when the sign-in does not say which (OpenCode's does not).
const ANY_PLAN: &str = "Claude (Pro/Max)";
const FIVE_HOURS_S: f64 = 5.0 * 3_600.0;
const SEVEN_DAYS_S: f64 = 7.0 * 86_400.0;

/// A model's display name from its key's suffix: `opus` → `Opus`, `oauth_apps` → `OAuth apps`.
fn model_name(suffix: &str) -> String {
    let words: Vec<&str> = suffix
        .split('_')
        .filter(|word| !word.is_empty())
        .map(|word| if word == "oauth" { "OAuth" } else { word })
        .collect();
    capitalized(words.join(" "))
}

fn window_title(cx: &Context<'_>, name: &WindowName) -> String {
    let model_window =
        |model: &str| texts::texts(cx.lang).model_window.fill([&window_label(cx.messages(), SEVEN_DAYS_S), model]);
    match name {
        WindowName::FiveHour => window_label(cx.messages(), FIVE_HOURS_S),
        WindowName::SevenDay => window_label(cx.messages(), SEVEN_DAYS_S),
        WindowName::SevenDayModel(suffix) => model_window(&model_name(suffix)),
        WindowName::SevenDayNamed(name) => model_window(name),
    }
}

/// Extra usage as a line and a meter: amounts in the API's currency (US dollars unless it says).
fn extra_usage(cx: &Context<'_>, extra: &api::ExtraUsage) -> (String, Meter) {
    let texts = texts::texts(cx.lang);
    let currency = extra.currency.as_deref().unwrap_or("USD");
    let used = extra.used_minor / 100.0;
    let limit = extra.limit_minor.map(|minor| minor / 100.0);
    let line = match limit {
        Some(limit) => texts.extra_usage_of.fill([&money(used, currency), &money(limit, currency)]),
        None => texts.extra_usage.fill([&money(used, currency)]),
    };
    let (unit, label) = match currency {
        "USD" => (Unit::Dollars, texts.extra_usage_label.to_owned()),
        code => (Unit::Money, format!("{} ({code})", texts.extra_usage_label)),
    };
    // Pay-as-you-go spending beyond the subscription: a cap, not a quota, so no share left.
    let spent = Meter { remaining_percent: None, ..Meter::counted(label, unit, used, limit) };
    (line, spent)
}

fn render(cx: &Context<'_>, usage: &api::Usage, sign_in: &SignIn, now_ms: i64) -> Section {
    let texts = texts::texts(cx.lang);
    let plan = sign_in.plan.as_deref().unwrap_or(ANY_PLAN);
    let mut lines = sheet(cx.messages(), texts.title, plan);
    if let Source::ClaudeCode(_) = sign_in.source {
        lines.push(labelled(texts.source_label, texts.source_claude_code));
    }
    if usage.windows.is_empty() {
        push_paragraph(&mut lines, cx.messages().no_quota_data.fill([SERVICE]));
    }
    let mut meters = Vec::new();
    for window in &usage.windows {
        let meter = Meter::window(window_title(cx, &window.name), window.used_percent, window.resets_at_ms);
        push_meter(&mut lines, cx.messages(), &meter, None, now_ms);
        meters.push(meter);
    }
    if let Some(extra) = &usage.extra {
        let (line, spent) = extra_usage(cx, extra);
        push_paragraph(&mut lines, line);
        meters.push(spent);
    }
    let reached = usage.windows.iter().any(|window| window.used_percent >= 100.0);
    Section {
        markdown: finish_sheet(lines, cx.messages(), reached),
        accounts: vec![Account { name: None, plan: Some(plan.to_owned()), meters, error: None }],
    }
}

/// Why a sign-in that exists cannot be sent, if it cannot.
fn unusable(cx: &Context<'_>, sign_in: &SignIn, now_ms: i64) -> Option<String> {
    let texts = texts::texts(cx.lang);
    match &sign_in.source {
        Source::OpenCode if sign_in.is_expired(now_ms) => Some(texts.expired.to_owned()),
        Source::ClaudeCode(path) if sign_in.is_expired(now_ms) => Some(texts.claude_code_expired.fill([path])),
        Source::ClaudeCode(path) if !sign_in.reads_usage => Some(texts.claude_code_no_usage_scope.fill([path])),
        _ => None,
    }
}

/// Whether Anthropic refused the sign-in itself, or may have (its 429 also means a stale one), so
/// that another sign-in is worth trying.
fn refused(error: &HttpError) -> bool {
    matches!(error.status(), Some(401 | 403)) || matches!(error, HttpError::RateLimited { .. })
}

/// What to say when the usage request failed with `sign_in`.
fn failure(cx: &Context<'_>, sign_in: &SignIn, error: &HttpError) -> String {
    let texts = texts::texts(cx.lang);
    let said = |advice: String| error.with_api_said(cx.messages(), cx.secrets, SERVICE, advice);
    match (error, error.status()) {
        (_, Some(status @ (401 | 403))) => said(match &sign_in.source {
            Source::OpenCode => texts.rejected.fill([&status.to_string()]),
            Source::ClaudeCode(path) => texts.claude_code_rejected.fill([&status.to_string(), path]),
        }),
        (HttpError::RateLimited { url, retry_after_s, .. }, _) => {
            let renew = match sign_in.source {
                Source::OpenCode => texts.renew_opencode,
                Source::ClaudeCode(_) => texts.renew_claude_code,
            };
            let mut advice = texts.refused.fill([url, renew]);
            if let Some(seconds) = retry_after_s {
                let wait = countdown(cx.messages(), 0, (*seconds as i64).saturating_mul(1000));
                advice = format!("{advice} {}", texts.asks_to_wait.fill([&wait]));
            }
            said(advice)
        }
        _ => error.message(cx.messages(), cx.secrets, SERVICE),
    }
}

/// The Anthropic section; `None` without a Claude Pro/Max sign-in (an API key is not a
/// subscription). OpenCode's sign-in is tried first, then Claude Code's; the next is tried when
/// Anthropic refuses one.
pub async fn section(host: &impl Host, cx: &Context<'_>) -> Option<Result<Section, String>> {
    let opencode = sign_in::from_opencode(cx).map(Ok);
    let claude_code = sign_in::from_claude_code(host, cx).await;
    if opencode.is_none() && claude_code.is_none() {
        return None;
    }
    let now_ms = host.now_ms();
    let texts = texts::texts(cx.lang);
    let mut problems = Vec::new();
    let mut usable = Vec::new();
    let claude_code = claude_code.map(|(path, read)| {
        read.map_err(|problem| texts.claude_code_unreadable.fill([&path, &problem.text(cx.messages())]))
    });
    for candidate in opencode.into_iter().chain(claude_code) {
        match candidate.map(|sign_in| (unusable(cx, &sign_in, now_ms), sign_in)) {
            Ok((None, sign_in)) => usable.push(sign_in),
            Ok((Some(problem), _)) | Err(problem) => problems.push(problem),
        }
    }
    if usable.is_empty() {
        return Some(Err(problems.join("\n")));
    }
    let origin = match origin::resolve_or_explain(host, cx.messages(), api::ORIGIN_VAR, api::DEFAULT_ORIGIN) {
        Ok(origin) => origin,
        Err(message) => return Some(Err(message)),
    };
    let mut last_failure = String::new();
    for sign_in in &usable {
        match get_parsed(host, api::usage_request(&origin, &sign_in.access), api::parse_usage).await {
            Ok(usage) => return Some(Ok(render(cx, &usage, sign_in, now_ms))),
            Err(error) => {
                last_failure = failure(cx, sign_in, &error);
                if !refused(&error) {
                    break;
                }
            }
        }
    }
    Some(Err(last_failure))
}

pub fn setup(cx: &Context<'_>) -> String {
    texts::texts(cx.lang).setup.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_names() {
        let names: Vec<_> = ["opus", "sonnet", "oauth_apps", "haiku_4_5", "_", "élan_x"].map(model_name).into();
        assert_eq!(names, ["Opus", "Sonnet", "OAuth apps", "Haiku 4 5", "", "élan x"]);
    }
}
