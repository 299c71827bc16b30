//! OpenCode's `auth.json`: one entry per provider (`github-copilot`, `openai`, ...). The env var
//! `OPENCODE_AUTH_CONTENT`, when set, replaces the file, as it does for OpenCode itself.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use crate::file_problem::FileProblem;
use crate::host::Host;
use crate::lenient;
use crate::paths;

pub const AUTH_CONTENT_VAR: &str = "OPENCODE_AUTH_CONTENT";

#[derive(Debug, Clone, PartialEq)]
pub struct AuthFile {
    /// Where the entries came from: the file's path or the env var's name, for messages.
    pub source: String,
    entries: BTreeMap<String, Value>,
}

/// A provider's entry, whatever its kind: a subscription sign-in (`{type: "oauth", refresh,
/// access, expires, enterpriseUrl?}`) or an API key (`{type: "api", key}`). Every field is read
/// leniently: one of the wrong type is as absent, and what it means is decided by whoever reads it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    #[serde(rename = "type", default, deserialize_with = "lenient::text")]
    pub kind: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub access: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub refresh: Option<String>,
    /// When `access` expires (epoch ms).
    #[serde(default, deserialize_with = "lenient::number")]
    pub expires: Option<f64>,
    #[serde(default, deserialize_with = "lenient::text")]
    pub key: Option<String>,
    /// GitHub Enterprise Cloud's domain, for a Copilot sign-in there.
    #[serde(default, deserialize_with = "lenient::text")]
    pub enterprise_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthFileError {
    pub source: String,
    pub problem: FileProblem,
}

impl AuthFile {
    /// `provider`'s entry; one that is not an object reads as an entry with no fields.
    pub fn entry(&self, provider: &str) -> Option<Entry> {
        self.entries.get(provider).map(|entry| lenient::as_record(entry.clone()).unwrap_or_default())
    }

    pub(crate) fn parse(source: String, text: &str) -> Result<Self, AuthFileError> {
        match lenient::parse_file(text) {
            Ok(entries) => Ok(Self { source, entries }),
            Err(malformed) => Err(AuthFileError { source, problem: malformed.into() }),
        }
    }
}

/// `Ok(None)` when there is no auth.json at all.
pub async fn load(host: &impl Host) -> Result<Option<AuthFile>, AuthFileError> {
    if let Some(content) = host.env_set(AUTH_CONTENT_VAR) {
        return AuthFile::parse(AUTH_CONTENT_VAR.to_owned(), &content).map(Some);
    }
    let Some(path) = paths::auth_file(host) else {
        return Ok(None);
    };
    match host.read_file(&path).await {
        Ok(Some(text)) => AuthFile::parse(path, &text).map(Some),
        Ok(None) => Ok(None),
        Err(error) => Err(AuthFileError { source: path, problem: FileProblem::File(error) }),
    }
}
