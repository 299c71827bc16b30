//! mystatus core: AI-subscription quotas, independent of where it runs. Everything outside the
//! process (network, files, environment, clock) comes through [`host::Host`].

mod auth_file;
pub mod copilot;
mod format;
pub mod host;
mod http;
pub mod i18n;
mod join;
mod paths;
mod redact;
pub mod report;
mod time;

use host::Host;
use redact::Secrets;
use report::{QueryResult, Report, Section};

pub const USER_AGENT: &str = concat!("mystatus/", env!("CARGO_PKG_VERSION"));

/// The Copilot section; `None` when no Copilot account is configured. Never contains a token.
pub async fn query_copilot_usage(host: &impl Host) -> Option<QueryResult> {
    let auth = auth_file::load(host).await;
    copilot_section(host, &auth).await
}

async fn copilot_section(
    host: &impl Host,
    auth: &Result<Option<auth_file::AuthFile>, auth_file::AuthFileError>,
) -> Option<QueryResult> {
    let messages = i18n::detect(host).messages();
    let secrets = Secrets::default();
    let outcome = copilot::query(host, auth, &secrets).await?;
    Some(match outcome {
        Ok(quota) => QueryResult::ok(secrets.redact(&copilot::render(messages, &quota, host.now_ms()))),
        Err(err) => QueryResult::failed(secrets.redact(&err.message(messages, &paths::pat_config_suggestion(host)))),
    })
}

/// The whole `/mystatus` answer, as the tool and the CLI show it.
pub async fn full_report(host: &impl Host) -> Report {
    let messages = i18n::detect(host).messages();
    let auth = auth_file::load(host).await;
    let sections = vec![Section {
        id: "copilot",
        platform: copilot::PLATFORM_NAME,
        result: copilot_section(host, &auth).await,
        setup: copilot::guidance::setup(messages, &paths::pat_config_suggestion(host)),
    }];
    Report::new(messages, sections)
}
