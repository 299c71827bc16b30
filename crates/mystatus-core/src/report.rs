//! The whole `/mystatus` answer: each platform's section, failures gathered at the end, or the
//! set-up guidance when no account is configured anywhere; and beside the Markdown, the same
//! figures as data (each platform's accounts) for the status line and scripts.

use serde::Serialize;

use crate::account::{Account, Meter, Section};
use crate::i18n::Messages;
use crate::platform::Platform;
use crate::redact::Secrets;

/// One platform's outcome: its report, or an error message saying what to do.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct QueryResult {
    pub success: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The figures of `output`, account by account; empty on an error.
    pub accounts: Vec<Account>,
}

impl QueryResult {
    pub fn ok(section: Section) -> Self {
        Self { success: true, output: Some(section.markdown), error: None, accounts: section.accounts }
    }

    pub fn failed(error: String) -> Self {
        Self { success: false, output: None, error: Some(error), accounts: Vec::new() }
    }

    /// Every text in it scrubbed of the secrets read.
    pub fn redacted(self, secrets: &Secrets) -> Self {
        let scrub = |text: Option<String>| text.map(|text| secrets.redact(&text));
        let accounts = self
            .accounts
            .into_iter()
            .map(|account| Account {
                name: scrub(account.name),
                plan: scrub(account.plan),
                meters: account
                    .meters
                    .into_iter()
                    .map(|meter| Meter { label: secrets.redact(&meter.label), ..meter })
                    .collect(),
                error: scrub(account.error),
            })
            .collect();
        Self { success: self.success, output: scrub(self.output), error: scrub(self.error), accounts }
    }
}

/// A platform's entry in the report; `result` is absent when it is not configured.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct PlatformReport {
    pub id: Platform,
    pub name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<QueryResult>,
}

/// The whole answer: Markdown for people, the platforms for scripts (`mystatus --json`) and the
/// TUI's status line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify), tsify(rename = "MystatusReport"))]
pub struct Report {
    pub markdown: String,
    pub platforms: Vec<PlatformReport>,
}

impl Report {
    /// `setup(platform)` is its set-up guidance, asked for only when nothing is configured.
    pub fn new(messages: &Messages, platforms: Vec<PlatformReport>, setup: impl Fn(Platform) -> String) -> Self {
        Self { markdown: assemble(messages, &platforms, setup), platforms }
    }
}

fn assemble(messages: &Messages, platforms: &[PlatformReport], setup: impl Fn(Platform) -> String) -> String {
    if platforms.iter().all(|platform| platform.result.is_none()) {
        let mut text = format!("{}\n\n{}", messages.no_accounts, messages.supported_accounts);
        for platform in platforms {
            text.push_str(&format!("\n- {}", platform.name));
        }
        for platform in platforms {
            text.push_str(&format!("\n\n## {}\n\n{}", platform.name, setup(platform.id)));
        }
        return text;
    }
    let mut parts: Vec<String> = Vec::new();
    let mut failures: Vec<String> = Vec::new();
    for platform in platforms {
        let Some(result) = &platform.result else { continue };
        parts.extend(result.output.clone());
        if let Some(error) = &result.error {
            failures.push(format!("### {}\n\n{error}", platform.name));
        }
    }
    if !failures.is_empty() {
        parts.push(format!("{}\n\n{}", messages.failed_accounts, failures.join("\n\n")));
    }
    parts.join("\n\n")
}
