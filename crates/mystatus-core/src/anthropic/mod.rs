//! Anthropic: Claude Pro and Max subscriptions, read as their usage windows through OpenCode's
//! Anthropic sign-in.

pub(crate) mod api;
mod texts;

use crate::account::{Account, Meter, Section, Unit};
use crate::context::Context;
use crate::format::{dollars, finish_sheet, push_meter, push_paragraph, sheet, window_label};
use crate::host::Host;
use crate::subscription::{self, Subscription};
use api::WindowName;

const SERVICE: &str = "Anthropic";
const SUBSCRIPTION: Subscription = Subscription {
    provider: "anthropic",
    service: SERVICE,
    origin: (api::ORIGIN_VAR, api::DEFAULT_ORIGIN),
    advice: |lang| (texts::texts(lang).expired, texts::texts(lang).rejected),
};
/// The usage API names no account, only the kind of subscription.
const ACCOUNT: &str = "Claude (Pro/Max)";
const FIVE_HOURS_S: f64 = 5.0 * 3_600.0;
const SEVEN_DAYS_S: f64 = 7.0 * 86_400.0;

/// A model's display name from its key's suffix: `opus` → `Opus`, `oauth_apps` → `OAuth apps`.
/// The keys are ASCII identifiers, so ASCII capitalisation: Unicode's case tables would add
/// 17 KB to the module that JavaScriptCore compiles before the first report.
fn model_name(suffix: &str) -> String {
    let words: Vec<&str> = suffix
        .split('_')
        .filter(|word| !word.is_empty())
        .map(|word| if word == "oauth" { "OAuth" } else { word })
        .collect();
    let mut name = words.join(" ");
    if let Some(first) = name.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    name
}

fn window_title(cx: &Context<'_>, name: &WindowName) -> String {
    match name {
        WindowName::FiveHour => window_label(cx.messages(), FIVE_HOURS_S),
        WindowName::SevenDay => window_label(cx.messages(), SEVEN_DAYS_S),
        WindowName::SevenDayModel(model) => {
            texts::texts(cx.lang).model_window.fill([&window_label(cx.messages(), SEVEN_DAYS_S), &model_name(model)])
        }
    }
}

fn render(cx: &Context<'_>, usage: &api::Usage, now_ms: i64) -> Section {
    let texts = texts::texts(cx.lang);
    let mut lines = sheet(cx.messages(), texts.title, ACCOUNT);
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
        let used = extra.used_cents / 100.0;
        let limit = extra.limit_cents.map(|cents| cents / 100.0);
        let line = match limit {
            Some(limit) => texts.extra_usage_of.fill([&dollars(used), &dollars(limit)]),
            None => texts.extra_usage.fill([&dollars(used)]),
        };
        push_paragraph(&mut lines, line);
        // Pay-as-you-go spending beyond the subscription: a cap, not a quota, so no share left.
        let spent = Meter {
            remaining_percent: None,
            ..Meter::counted(texts.extra_usage_label.to_owned(), Unit::Dollars, used, limit)
        };
        meters.push(spent);
    }
    let reached = usage.windows.iter().any(|window| window.used_percent >= 100.0);
    Section {
        markdown: finish_sheet(lines, cx.messages(), reached),
        accounts: vec![Account { name: None, plan: Some(ACCOUNT.to_owned()), meters, error: None }],
    }
}

/// The Anthropic section; `None` without a Claude Pro/Max sign-in (an API key is not a subscription).
pub async fn section(host: &impl Host, cx: &Context<'_>) -> Option<Result<Section, String>> {
    let now_ms = host.now_ms();
    let request = |origin: &str, access: &str| (api::usage_request(origin, access), ());
    let render = |usage, ()| render(cx, &usage, now_ms);
    subscription::section(host, cx, &SUBSCRIPTION, request, api::parse_usage, render).await
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
