//! OpenCode Go: the subscription's rolling, weekly and monthly windows, read with the API key
//! OpenCode saved for it.

pub(crate) mod api;
mod texts;

use crate::account::{Account, Meter, Section};
use crate::context::Context;
use crate::format::{finish_sheet, months_label, push_meter, push_paragraph, quantity, sheet, window_label};
use crate::host::Host;
use crate::http::{HttpError, parsed, send, status_error};
use crate::origin;
use crate::redact::Secrets;
use api::{Window, WindowName};
use texts::Texts;

const SERVICE: &str = "OpenCode Go";
/// Its entry in OpenCode's `auth.json`.
const PROVIDER: &str = "opencode-go";
/// The usage API names no account, only the subscription.
const ACCOUNT: &str = "OpenCode Go";
const FIVE_HOURS_S: f64 = 5.0 * 3_600.0;
const SEVEN_DAYS_S: f64 = 7.0 * 86_400.0;
/// Longer than any status OpenCode Go gives: what is quoted of one, never a page.
const STATUS_CHARS: usize = 40;

fn label(cx: &Context<'_>, name: WindowName) -> String {
    match name {
        WindowName::Rolling => window_label(cx.messages(), FIVE_HOURS_S),
        WindowName::Weekly => window_label(cx.messages(), SEVEN_DAYS_S),
        WindowName::Monthly => months_label(cx.messages(), 1),
    }
}

/// What the bar cannot show: use beyond the allowance, a window that refuses requests. The status
/// is scrubbed of `secrets` before it is shortened, so that a cut never leaves part of one behind.
fn own_lines(texts: &Texts, secrets: &Secrets, window: &Window) -> Option<String> {
    let over = (window.used_percent > 100.0).then(|| texts.over_limit.fill([&quantity(window.used_percent)]));
    let refused = window.refused.as_deref().map(|status| {
        let status: String = secrets.redact(status).chars().filter(|c| !c.is_control()).take(STATUS_CHARS).collect();
        texts.refused.fill([&status])
    });
    let lines: Vec<String> = over.into_iter().chain(refused).collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

fn render(cx: &Context<'_>, windows: &[Window], now_ms: i64) -> Section {
    let texts = texts::texts(cx.lang);
    let mut lines = sheet(cx.messages(), texts.title, ACCOUNT);
    if windows.is_empty() {
        push_paragraph(&mut lines, cx.messages().no_quota_data.fill([SERVICE]));
    }
    let mut meters = Vec::new();
    for window in windows {
        let meter = Meter::window(label(cx, window.name), window.used_percent, window.resets_at_ms);
        let meter = Meter { exhausted: meter.exhausted || window.refused.is_some(), ..meter };
        push_meter(&mut lines, cx.messages(), &meter, own_lines(texts, cx.secrets, window), now_ms);
        meters.push(meter);
    }
    let reached = meters.iter().any(|meter| meter.exhausted);
    Section {
        markdown: finish_sheet(lines, cx.messages(), reached),
        accounts: vec![Account { name: None, plan: Some(ACCOUNT.to_owned()), meters, error: None }],
    }
}

/// What went wrong, said with OpenCode Go's advice where its answer has a meaning of its own.
enum Failure {
    /// A 403 whose body says the account has no subscription.
    NoSubscription(HttpError),
    Http(HttpError),
}

async fn usage(host: &impl Host, origin: &str, key: &str) -> Result<Vec<Window>, Failure> {
    let request = api::usage_request(origin, key);
    let url = request.url.clone();
    let response = send(host, request).await.map_err(Failure::Http)?;
    if response.is_success() {
        return parsed(url, api::parse_usage(&response.body)).map_err(Failure::Http);
    }
    let error = status_error(url, &response, host.now_ms());
    Err(if response.status == 403 && api::is_no_subscription(&response.body) {
        Failure::NoSubscription(error)
    } else {
        Failure::Http(error)
    })
}

fn failure_text(cx: &Context<'_>, failure: &Failure) -> String {
    let texts = texts::texts(cx.lang);
    match failure {
        Failure::NoSubscription(error) => {
            error.with_api_said(cx.messages(), cx.secrets, SERVICE, texts.no_subscription.to_owned())
        }
        Failure::Http(error) => error.message_or_rejected(cx.messages(), cx.secrets, SERVICE, |status| {
            texts.rejected.fill([&status.to_string()])
        }),
    }
}

/// The OpenCode Go section; `None` without its API key in OpenCode.
pub async fn section(host: &impl Host, cx: &Context<'_>) -> Option<Result<Section, String>> {
    let key = cx.api_key(PROVIDER)?;
    let origin = match origin::resolve_or_explain(host, cx.messages(), api::ORIGIN_VAR, api::DEFAULT_ORIGIN) {
        Ok(origin) => origin,
        Err(message) => return Some(Err(message)),
    };
    Some(match usage(host, &origin, &key).await {
        Ok(windows) => Ok(render(cx, &windows, host.now_ms())),
        Err(failure) => Err(failure_text(cx, &failure)),
    })
}

pub fn setup(cx: &Context<'_>) -> String {
    texts::texts(cx.lang).setup.to_owned()
}
