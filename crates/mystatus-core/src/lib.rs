//! mystatus core: AI-subscription quotas, independent of where it runs. Everything outside the
//! process (network, files, environment, clock) comes through [`host::Host`].

pub mod account;
mod anthropic;
mod antigravity;
mod auth_file;
mod backoff;
mod context;
pub mod copilot;
mod file_problem;
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
mod opencode_go;
mod origin;
mod paths;
pub mod platform;
mod redact;
pub mod report;
mod subscription;
mod time;
mod zhipu;

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::{Pin, pin};

use futures::FutureExt;
use futures::future::{Either, join_all, select};

use account::Section;
use context::Context;
use host::Host;
use platform::Platform;
use redact::Secrets;
use report::{PlatformReport, QueryResult, Report};
use zhipu::Flavor;

/// The report on `platforms`, all asked at once: it takes as long as the slowest, and one
/// platform's failure never hides another's report. With every platform, the whole `/mystatus`
/// answer; with one, that platform's section.
pub async fn report(host: &impl Host, platforms: &[Platform]) -> Report {
    let lang = i18n::detect(host);
    let auth = auth_file::load(host).await;
    let secrets = Secrets::default();
    let cx = Context { lang, auth: &auth, secrets: &secrets, now_ms: host.now_ms() };
    let results = join_all(platforms.iter().map(|platform| async {
        let result = query_section(host, &cx, *platform).await;
        host.section_read(*platform, result.as_ref().map(|result| result.success));
        result
    }))
    .await;
    let sections = platforms
        .iter()
        .zip(results)
        .map(|(platform, result)| PlatformReport { id: *platform, name: platform.name(), result })
        .collect();
    Report::new(cx.messages(), sections, |platform| setup(platform, host, &cx))
}

/// One platform's section; `None` when it is not configured. Never contains a token: every text
/// is scrubbed of every secret read so far. A bug that panics in the platform's code is that
/// platform's error; a platform still busy at the deadline is reported so.
async fn query_section(host: &impl Host, cx: &Context<'_>, platform: Platform) -> Option<QueryResult> {
    let deadline_ms = host.deadline_ms();
    let lookup = AssertUnwindSafe(async {
        inject_fault(host, platform);
        section(platform, host, cx).await
    })
    .catch_unwind();
    let outcome = match select(pin!(lookup), pin!(host.sleep(deadline_ms))).await {
        Either::Left((Ok(section), _)) => section?,
        Either::Left((Err(_panic), _)) => Err(cx.messages().internal_error.fill([platform.name()])),
        Either::Right(((), _)) => Err(cx.messages().deadline.fill([
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

/// A platform's section being read, boxed so that every platform's lookup has one type.
type SectionFuture<'a> = Pin<Box<dyn Future<Output = Option<Result<Section, String>>> + 'a>>;

/// The platform's section (its report, or the error); `None` when it is not configured.
fn section<'a, H: Host>(platform: Platform, host: &'a H, cx: &'a Context<'a>) -> SectionFuture<'a> {
    match platform {
        Platform::Copilot => Box::pin(copilot::section(host, cx)),
        Platform::OpencodeGo => Box::pin(opencode_go::section(host, cx)),
        Platform::OpenAi => Box::pin(openai::section(host, cx)),
        Platform::Anthropic => Box::pin(anthropic::section(host, cx)),
        Platform::Antigravity => Box::pin(antigravity::section(host, cx)),
        Platform::Zhipu => Box::pin(zhipu::section(host, cx, Flavor::Zhipu)),
        Platform::Zai => Box::pin(zhipu::section(host, cx, Flavor::Zai)),
    }
}

/// How to set the platform up, for the "no configured accounts" guidance.
fn setup(platform: Platform, host: &impl Host, cx: &Context<'_>) -> String {
    match platform {
        Platform::Copilot => copilot::setup(host, cx),
        Platform::OpencodeGo => opencode_go::setup(cx),
        Platform::OpenAi => openai::setup(cx),
        Platform::Anthropic => anthropic::setup(cx),
        Platform::Antigravity => antigravity::setup(host, cx),
        Platform::Zhipu => zhipu::setup(cx, Flavor::Zhipu),
        Platform::Zai => zhipu::setup(cx, Flavor::Zai),
    }
}
