//! Zhipu AI (bigmodel.cn) and Z.ai (api.z.ai): the GLM Coding Plan's limits, read with the API key
//! OpenCode saved for the Coding Plan provider. Both sites serve the same API.

pub(crate) mod api;
mod texts;

use crate::account::{Account, Meter, Section, Unit};
use crate::context::Context;
use crate::format::{finish_sheet, months_label, push_meter, push_paragraph, quantity, sheet, window_label};
use crate::host::Host;
use crate::http::{HttpError, get_parsed};
use crate::origin;
use api::{Kind, Limit, Reply, Window};
use texts::Texts;

/// Zhipu AI (bigmodel.cn) and Z.ai (api.z.ai) share one API; this says which one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Zhipu,
    Zai,
}

impl Flavor {
    fn provider_key(self) -> &'static str {
        match self {
            Self::Zhipu => "zhipuai-coding-plan",
            Self::Zai => "zai-coding-plan",
        }
    }

    /// The origin's override variable and its default.
    fn origin(self) -> (&'static str, &'static str) {
        match self {
            Self::Zhipu => (api::ZHIPU_ORIGIN_VAR, api::ZHIPU_DEFAULT_ORIGIN),
            Self::Zai => (api::ZAI_ORIGIN_VAR, api::ZAI_DEFAULT_ORIGIN),
        }
    }
}

/// Codes that mean the key itself was refused: HTTP's, and the API's authentication errors.
fn is_rejection(code: i64) -> bool {
    matches!(code, 401 | 403 | 1000..=1004)
}

/// The key as the account's name, without giving it away: `abcd****wxyz`.
fn masked(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    match (chars.get(..4), chars.len().checked_sub(4).and_then(|start| chars.get(start..))) {
        (Some(head), Some(tail)) if chars.len() > 8 => {
            format!("{}****{}", head.iter().collect::<String>(), tail.iter().collect::<String>())
        }
        _ => "****".to_owned(),
    }
}

/// Tokens in millions: `12.3M`, `40M`, `0.25M`.
fn millions(tokens: f64) -> String {
    let millions = tokens / 1e6;
    let shown = if millions.abs() >= 1.0 { (millions * 10.0).round() / 10.0 } else { millions };
    format!("{}M", quantity(shown))
}

fn window_text(cx: &Context<'_>, window: Window) -> String {
    match window {
        Window::Hours(hours) => window_label(cx.messages(), hours as f64 * 3_600.0),
        Window::Days(days) => window_label(cx.messages(), days as f64 * 86_400.0),
        Window::Weeks(weeks) => window_label(cx.messages(), weeks as f64 * 7.0 * 86_400.0),
        Window::Months(months) => months_label(cx.messages(), months),
    }
}

/// The share used: as the API gives it, else from the figures.
fn used_percent(limit: &Limit) -> Option<f64> {
    limit.used_percent.or(match (limit.used, limit.total) {
        (Some(used), Some(total)) if total > 0.0 => Some(used / total * 100.0),
        _ => None,
    })
}

/// A limit's meter, labelled by what it counts and its window; its share left as the API gives
/// it, else from the figures.
fn meter(cx: &Context<'_>, texts: &Texts, limit: &Limit) -> Meter {
    let window = limit.window.map(|window| window_text(cx, window));
    let label = texts.heading(&limit.kind, window.as_deref());
    let unit = match limit.kind {
        Kind::Tokens => Unit::Tokens,
        Kind::Calls => Unit::Calls,
        Kind::Credits => Unit::Credits,
        Kind::Other(_) => Unit::Units,
    };
    let used_percent = used_percent(limit);
    // Without a count, the share used is the figure.
    let (unit, used, total) = match (limit.used, used_percent) {
        (Some(used), _) => (unit, used, limit.total),
        (None, Some(percent)) => (Unit::Percent, percent, Some(100.0)),
        (None, None) => (unit, 0.0, limit.total),
    };
    Meter {
        label,
        unit,
        used,
        limit: total,
        remaining_percent: used_percent.map(|percent| 100.0 - percent),
        resets_at_ms: limit.reset_ms,
        exhausted: used_percent.is_some_and(|percent| percent >= 100.0),
    }
}

/// The limit's own line: what was used of the allowance, tokens in millions.
fn used_line(texts: &Texts, limit: &Limit) -> Option<String> {
    let (used, total) = (limit.used?, limit.total?);
    let (used, total) = match limit.kind {
        Kind::Tokens => (millions(used), millions(total)),
        _ => (quantity(used), quantity(total)),
    };
    Some(texts.used(&limit.kind, &used, &total))
}

fn render(cx: &Context<'_>, flavor: Flavor, key: &str, limits: &[Limit], now_ms: i64) -> Section {
    let texts = texts::texts(cx.lang);
    let account = masked(key);
    let mut lines = sheet(cx.messages(), texts.title(flavor), &format!("{account} (Coding Plan)"));
    if limits.is_empty() {
        push_paragraph(&mut lines, cx.messages().no_quota_data.fill([texts.service(flavor)]));
    }
    let mut meters = Vec::new();
    for limit in limits {
        let meter = meter(cx, texts, limit);
        push_meter(&mut lines, cx.messages(), &meter, used_line(texts, limit), now_ms);
        meters.push(meter);
    }
    let reached = meters.iter().any(|meter| meter.exhausted);
    Section {
        markdown: finish_sheet(lines, cx.messages(), reached),
        accounts: vec![Account { name: Some(account), plan: Some("Coding Plan".to_owned()), meters, error: None }],
    }
}

fn error_text(cx: &Context<'_>, flavor: Flavor, error: &HttpError) -> String {
    let texts = texts::texts(cx.lang);
    error.message_or_rejected(cx.messages(), cx.secrets, texts.service(flavor), |status| {
        texts.rejected(flavor, i64::from(status))
    })
}

/// An error in the answer's body (`success: false`), quoted like an HTTP error's.
fn refused_text(cx: &Context<'_>, flavor: Flavor, url: String, code: Option<i64>, msg: Option<String>) -> String {
    let texts = texts::texts(cx.lang);
    let advice = match code.filter(|code| is_rejection(*code)) {
        Some(code) => texts.rejected(flavor, code),
        None => texts.refused(flavor, code),
    };
    let api_message = msg.map(|msg| msg.trim().to_owned()).filter(|msg| !msg.is_empty());
    HttpError::Status { url, status: 200, api_message }.with_api_said(
        cx.messages(),
        cx.secrets,
        texts.service(flavor),
        advice,
    )
}

/// The Coding Plan section of `flavor`; `None` without its API key in OpenCode.
pub async fn section(host: &impl Host, cx: &Context<'_>, flavor: Flavor) -> Option<Result<Section, String>> {
    let key = cx.api_key(flavor.provider_key())?;
    let (var, default) = flavor.origin();
    let origin = match origin::resolve_or_explain(host, cx.messages(), var, default) {
        Ok(origin) => origin,
        Err(message) => return Some(Err(message)),
    };
    let request = api::quota_request(&origin, &key);
    let url = request.url.clone();
    Some(match get_parsed(host, request, api::parse_quota).await {
        Ok(Reply::Limits(limits)) => Ok(render(cx, flavor, &key, &limits, host.now_ms())),
        Ok(Reply::Refused { code, msg }) => Err(refused_text(cx, flavor, url, code, msg)),
        Err(error) => Err(error_text(cx, flavor, &error)),
    })
}

pub fn setup(cx: &Context<'_>, flavor: Flavor) -> String {
    texts::texts(cx.lang).setup(flavor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_masked_by_characters() {
        assert_eq!(masked("abcdefghijklmnopwxyz"), "abcd****wxyz");
        assert_eq!(masked("12345678"), "****");
        assert_eq!(masked("密钥密钥密钥密钥密钥"), "密钥密钥****密钥密钥");
    }

    #[test]
    fn tokens_in_millions() {
        let shown: Vec<_> = [12_345_678.0, 40_000_000.0, 250_000.0, 0.0, 1_000_000_000.0].map(millions).into();
        assert_eq!(shown, ["12.3M", "40M", "0.25M", "0M", "1000M"]);
    }
}
