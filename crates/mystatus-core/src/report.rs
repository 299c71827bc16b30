//! The whole `/mystatus` answer: each platform's section, failures gathered at the end, or the
//! set-up guidance when no account is configured anywhere.

use crate::format::join;
use crate::i18n::Messages;

/// One platform's outcome, as the wasm exports hand it to JavaScript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryResult {
    pub success: bool,
    pub output: Option<String>,
    pub error: Option<String>,
}

impl QueryResult {
    pub fn ok(output: String) -> Self {
        Self { success: true, output: Some(output), error: None }
    }

    pub fn failed(error: String) -> Self {
        Self { success: false, output: None, error: Some(error) }
    }
}

/// A platform's entry in the report: its id and name, and its result (`None`: not configured).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub id: &'static str,
    /// `name` in JavaScript.
    pub platform: &'static str,
    pub result: Option<QueryResult>,
}

/// The whole answer: Markdown for people, the sections for scripts (`mystatus --json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub markdown: String,
    pub platforms: Vec<Section>,
}

impl Report {
    /// `setup(i)` is platform `i`'s set-up guidance, asked for only when nothing is configured.
    pub fn new(messages: &Messages, platforms: Vec<Section>, setup: impl Fn(usize) -> String) -> Self {
        Self { markdown: assemble(messages, &platforms, setup), platforms }
    }
}

fn assemble(messages: &Messages, sections: &[Section], setup: impl Fn(usize) -> String) -> String {
    if sections.iter().all(|section| section.result.is_none()) {
        let mut text = format!("{}\n\n{}", messages.no_accounts, messages.supported_accounts);
        for section in sections {
            text.push_str(&format!("\n- {}", section.platform));
        }
        for (index, section) in sections.iter().enumerate() {
            text.push_str(&format!("\n\n## {}\n\n{}", section.platform, setup(index)));
        }
        return text;
    }
    let mut parts: Vec<String> = Vec::new();
    let mut failures: Vec<String> = Vec::new();
    for section in sections {
        let Some(result) = &section.result else { continue };
        parts.extend(result.output.clone());
        if let Some(error) = &result.error {
            failures.push(format!("### {}\n\n{error}", section.platform));
        }
    }
    if !failures.is_empty() {
        parts.push(format!("{}\n\n{}", messages.failed_accounts, join(&failures, "\n\n")));
    }
    join(&parts, "\n\n")
}
