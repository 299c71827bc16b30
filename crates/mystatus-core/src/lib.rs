//! mystatus core: AI-subscription quotas, independent of where it runs. Everything outside the
//! process (network, files, environment, clock) comes through [`host::Host`].

mod anthropic;
mod antigravity;
mod auth_file;
mod context;
pub mod copilot;
pub mod crash;
pub mod decimal;
mod format;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
pub mod host;
mod http;
pub mod i18n;
mod join;
pub mod json;
mod jwt;
mod lenient;
mod memory;
mod openai;
mod origin;
mod paths;
pub mod platform;
mod redact;
pub mod report;
mod time;
mod zhipu;

use context::Context;
use host::Host;
use platform::Platform;
use redact::Secrets;
use report::{QueryResult, Report, Section};

pub const USER_AGENT: &str = concat!("mystatus/", env!("CARGO_PKG_VERSION"));

/// One platform's section; `None` when it is not configured. Never contains a token: the text
/// is scrubbed of every secret read so far. A platform still busy at the deadline is reported so.
async fn query_section(host: &impl Host, cx: &Context<'_>, platform: Platform) -> Option<QueryResult> {
    if cx.crashed.contains(&platform) {
        return Some(QueryResult::failed(cx.messages.internal_error.fill([platform.name()])));
    }
    let deadline_ms = host.deadline_ms();
    let section = crash::guard(platform, async {
        inject_fault(host, platform);
        platform.section(host, cx).await
    });
    let outcome = match join::until(section, host.sleep(deadline_ms)).await {
        Some(Some(outcome)) => outcome?,
        Some(None) => Err(cx.messages.internal_error.fill([platform.name()])),
        None => Err(cx.messages.deadline.fill([
            platform.name(),
            &deadline_ms.div_ceil(1000).to_string(),
            host::DEADLINE_VAR,
        ])),
    };
    Some(match outcome {
        Ok(output) => QueryResult::ok(cx.secrets.redact(&output)),
        Err(error) => QueryResult::failed(cx.secrets.redact(&error)),
    })
}

/// Names a platform whose lookup must panic, to test that a bug in one platform never takes the
/// others down.
pub const FAULT_VAR: &str = "MYSTATUS_TEST_PANIC";

#[allow(clippy::panic, reason = "fault injection for the isolation tests, asked for by name only")]
fn inject_fault(host: &impl Host, platform: Platform) {
    if host.env_set(FAULT_VAR).as_deref() == Some(platform.id()) {
        panic!("{FAULT_VAR}={}", platform.id());
    }
}

/// One platform's result, as the per-platform exports return it.
pub async fn query_usage(host: &impl Host, platform: Platform) -> Option<QueryResult> {
    query_usage_except(host, platform, &[]).await
}

/// [`query_usage`], except that a platform in `crashed` is not asked again: its result is the
/// internal error (see [`crash`]).
pub async fn query_usage_except(host: &impl Host, platform: Platform, crashed: &[Platform]) -> Option<QueryResult> {
    report_of(host, &[platform], crashed).await.platforms.pop()?.result
}

/// The Copilot section; `None` when no Copilot account is configured.
pub async fn query_copilot_usage(host: &impl Host) -> Option<QueryResult> {
    query_usage(host, Platform::Copilot).await
}

/// The whole `/mystatus` answer, every platform asked at once: the time is the slowest
/// platform's, and one platform's failure never hides another's report.
pub async fn full_report(host: &impl Host) -> Report {
    full_report_except(host, &[]).await
}

/// [`full_report`], except that the platforms in `crashed` are not asked again: their sections
/// say they hit an internal error (see [`crash`]).
pub async fn full_report_except(host: &impl Host, crashed: &[Platform]) -> Report {
    report_of(host, &Platform::ALL, crashed).await
}

/// The report on `platforms`, all asked at once. One routine for the whole report and for a single
/// platform, so the module holds one copy of what they share.
pub async fn report_of(host: &impl Host, platforms: &[Platform], crashed: &[Platform]) -> Report {
    let lang = i18n::detect(host);
    let auth = auth_file::load(host).await;
    let secrets = Secrets::default();
    let cx =
        Context { lang, messages: lang.messages(), auth: &auth, secrets: &secrets, now_ms: host.now_ms(), crashed };
    // Pushed in loops, not collected: less code.
    let mut queries: Vec<join::Boxed<'_, Option<QueryResult>>> = Vec::new();
    for platform in platforms {
        queries.push(Box::pin(query_section(host, &cx, *platform)));
    }
    let mut sections = Vec::new();
    for (platform, result) in platforms.iter().zip(join::join_all(queries).await) {
        sections.push(Section { id: platform.id(), platform: platform.name(), result });
    }
    let setup = |index: usize| platforms.get(index).map(|platform| platform.setup(host, &cx)).unwrap_or_default();
    Report::new(lang.messages(), sections, setup)
}
