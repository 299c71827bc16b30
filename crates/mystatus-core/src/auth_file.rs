//! OpenCode's `auth.json`: one entry per provider (`github-copilot`, `openai`, ...). The env var
//! `OPENCODE_AUTH_CONTENT`, when set, replaces the file, as it does for OpenCode itself.

use crate::host::{FileError, Host};
use crate::json::{self, Map, Value};
use crate::paths;

pub const AUTH_CONTENT_VAR: &str = "OPENCODE_AUTH_CONTENT";

#[derive(Debug, Clone, PartialEq)]
pub struct AuthFile {
    /// Where the entries came from: the file's path or the env var's name, for messages.
    pub source: String,
    entries: Map,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthFileError {
    pub source: String,
    pub problem: AuthProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthProblem {
    File(FileError),
    NotJson(String),
    NotAnObject,
}

impl AuthFile {
    pub fn entry(&self, provider: &str) -> Option<&Value> {
        self.entries.get(provider)
    }

    pub(crate) fn parse(source: String, text: &str) -> Result<Self, AuthFileError> {
        match json::parse(text.trim_start_matches('\u{feff}')) {
            Ok(Value::Object(entries)) => Ok(Self { source, entries }),
            Ok(_) => Err(AuthFileError { source, problem: AuthProblem::NotAnObject }),
            Err(err) => Err(AuthFileError { source, problem: AuthProblem::NotJson(err.to_string()) }),
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
        Err(error) => Err(AuthFileError { source: path, problem: AuthProblem::File(error) }),
    }
}
