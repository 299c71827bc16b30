//! The whole `/mystatus` answer: each platform's section, failures gathered at the end, or the
//! set-up guidance when no account is configured anywhere; and beside the Markdown, the same
//! figures as data (accounts and their meters) for the status line and scripts.

use serde::{Serialize, Serializer};

use crate::i18n::Messages;
use crate::platform::Platform;
use crate::redact::Secrets;
use crate::time;

/// What one limit or allowance of an account stands at.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Meter {
    /// As the report labels it: "AI credits", "5-hour limit", "Gemini 3 Pro (High)".
    pub label: String,
    pub unit: Unit,
    /// What was used, in `unit`.
    pub used: f64,
    /// The allowance, in `unit`, when the service publishes one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    /// The share left, as the service states it or as the figures give it; below 0 in overage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remaining_percent: Option<f64>,
    /// When the meter resets (epoch ms); for JavaScript, `resetsAt` in ISO 8601, UTC
    /// (`2026-12-01T00:00:00.000Z`).
    #[serde(rename = "resetsAt", serialize_with = "iso_date_time", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub resets_at_ms: Option<i64>,
    /// Nothing left: requests on it are refused or billed as overage.
    pub exhausted: bool,
}

/// What a meter counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// A share of a rate-limit window, 0 to 100.
    Percent,
    Credits,
    Requests,
    Tokens,
    Calls,
    Dollars,
    /// A count the service does not name.
    Units,
}

impl Meter {
    /// A rate-limit window known by the share used (0 to 100; above when a service overshoots).
    pub fn window(label: String, used_percent: f64, resets_at_ms: Option<i64>) -> Self {
        Self {
            label,
            unit: Unit::Percent,
            used: used_percent,
            limit: Some(100.0),
            remaining_percent: Some(100.0 - used_percent),
            resets_at_ms,
            exhausted: used_percent >= 100.0,
        }
    }

    /// A count against an allowance, when there is one.
    pub fn counted(label: String, unit: Unit, used: f64, limit: Option<f64>) -> Self {
        let remaining_percent = limit.filter(|limit| *limit > 0.0).map(|limit| (limit - used) / limit * 100.0);
        Self {
            label,
            unit,
            used,
            limit,
            remaining_percent,
            resets_at_ms: None,
            exhausted: limit.is_some_and(|limit| used >= limit),
        }
    }

    pub fn resetting_at(mut self, resets_at_ms: Option<i64>) -> Self {
        self.resets_at_ms = resets_at_ms;
        self
    }
}

fn iso_date_time<S: Serializer>(ms: &Option<i64>, serializer: S) -> Result<S::Ok, S::Error> {
    match ms {
        Some(ms) => serializer.serialize_str(&time::iso_date_time(*ms)),
        None => serializer.serialize_none(),
    }
}

/// One account of a platform: who it is, its plan, its meters; or why it could not be read when
/// the others could.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Account {
    /// A login, an email, a masked key; absent when the service does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    pub meters: Vec<Meter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// A platform's report, before it joins the others: the Markdown people read, the accounts
/// scripts read.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub markdown: String,
    pub accounts: Vec<Account>,
}

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
