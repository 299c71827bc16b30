//! mystatus core: AI-subscription quotas, independent of where it runs. Everything outside the
//! process (network, files, environment, clock) comes through [`host::Host`].

mod anthropic;
mod antigravity;
mod auth_file;
mod context;
pub mod copilot;
mod format;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
pub mod host;
mod http;
pub mod i18n;
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

use std::panic::AssertUnwindSafe;
use std::pin::pin;

use futures::FutureExt;
use futures::future::{Either, join_all, select};

use context::Context;
use host::Host;
use platform::Platform;
use redact::Secrets;
use report::{PlatformReport, QueryResult, Report};

pub const USER_AGENT: &str = concat!("mystatus/", env!("CARGO_PKG_VERSION"));

/// The report on `platforms`, all asked at once: it takes as long as the slowest, and one
/// platform's failure never hides another's report. With every platform, the whole `/mystatus`
/// answer; with one, that platform's section.
pub async fn report(host: &impl Host, platforms: &[Platform]) -> Report {
    let lang = i18n::detect(host);
    let auth = auth_file::load(host).await;
    let secrets = Secrets::default();
    let cx = Context { lang, messages: lang.messages(), auth: &auth, secrets: &secrets, now_ms: host.now_ms() };
    let results = join_all(platforms.iter().map(|platform| query_section(host, &cx, *platform))).await;
    let sections = platforms
        .iter()
        .zip(results)
        .map(|(platform, result)| PlatformReport { id: *platform, name: platform.name(), result })
        .collect();
    Report::new(cx.messages, sections, |platform| platform.setup(host, &cx))
}

/// One platform's section; `None` when it is not configured. Never contains a token: every text
/// is scrubbed of every secret read so far. A bug that panics in the platform's code is that
/// platform's error; a platform still busy at the deadline is reported so.
async fn query_section(host: &impl Host, cx: &Context<'_>, platform: Platform) -> Option<QueryResult> {
    let deadline_ms = host.deadline_ms();
    let lookup = AssertUnwindSafe(async {
        inject_fault(host, platform);
        platform.section(host, cx).await
    })
    .catch_unwind();
    let outcome = match select(pin!(lookup), pin!(host.sleep(deadline_ms))).await {
        Either::Left((Ok(section), _)) => section?,
        Either::Left((Err(_panic), _)) => Err(cx.messages.internal_error.fill([platform.name()])),
        Either::Right(((), _)) => Err(cx.messages.deadline.fill([
            platform.name(),
            &deadline_ms.div_ceil(1000).to_string(),
            host::DEADLINE_VAR,
        ])),
    };
    let result = match outcome {
        Ok(section) => QueryResult::ok(section),
        Err(error) => QueryResult::failed(error),
    };
    Some(result.redacted(cx.secrets))
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
