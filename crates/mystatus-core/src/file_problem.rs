//! What can be wrong with a credentials file the user keeps (the token file, OpenCode's
//! `auth.json`, the Antigravity accounts file), and how to say it: which field, what was wrong.

use crate::host::{FileError, MAX_FILE_BYTES};
use crate::i18n::Messages;
use crate::lenient::{Expected, Malformed};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    /// Too large, not UTF-8, unreadable.
    File(FileError),
    NotJson(String),
    NotAnObject,
    /// Fields are named by their path: `accounts`, `accounts[0].refreshToken`.
    Missing(String),
    Empty(String),
    NotAString(String),
    NotAList(String),
    EntryNotAnObject(String),
    UnknownTier {
        value: String,
        valid: &'static str,
    },
    UnknownBilling(String),
    /// The value as it was written (`"lots"`, `-5`, `[1]`).
    BadAllowance(String),
    BadUsername(String),
    BadName {
        field: &'static str,
        value: String,
    },
    BadHost(String),
}

impl From<Malformed> for FileProblem {
    fn from(malformed: Malformed) -> Self {
        match malformed {
            Malformed::Syntax(detail) | Malformed::Invalid(detail) => Self::NotJson(detail),
            Malformed::NotAnObject => Self::NotAnObject,
            Malformed::Missing(field) => Self::Missing(field.path()),
            Malformed::WrongType { field, expected: Expected::List } => Self::NotAList(field.path()),
            Malformed::WrongType { field, expected: Expected::Object } => Self::EntryNotAnObject(field.path()),
            Malformed::WrongType { field, .. } => Self::NotAString(field.path()),
        }
    }
}

impl FileProblem {
    /// What is wrong, in words: "the \"token\" field is empty".
    pub fn text(&self, messages: &Messages) -> String {
        match self {
            Self::File(FileError::TooLarge { bytes }) => {
                let mib = |bytes: u64| format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0));
                messages.problem_too_large.fill([&mib(*bytes), &mib(MAX_FILE_BYTES)])
            }
            Self::File(FileError::NotUtf8) => messages.problem_not_utf8.to_owned(),
            Self::File(FileError::Unreadable(detail)) => messages.problem_unreadable.fill([detail]),
            Self::NotJson(detail) => messages.problem_not_json.fill([detail]),
            Self::NotAnObject => messages.problem_not_object.to_owned(),
            Self::Missing(field) => messages.problem_missing.fill([field]),
            Self::Empty(field) => messages.problem_empty.fill([field]),
            Self::NotAString(field) => messages.problem_not_string.fill([field]),
            Self::NotAList(field) => messages.problem_not_a_list.fill([field]),
            Self::EntryNotAnObject(entry) => messages.problem_entry_not_an_object.fill([entry]),
            Self::UnknownTier { value, valid } => messages.problem_unknown_tier.fill([value, valid]),
            Self::UnknownBilling(value) => messages.problem_unknown_billing.fill([value]),
            Self::BadAllowance(value) => messages.problem_bad_allowance.fill([value]),
            Self::BadUsername(value) => messages.problem_bad_username.fill([value]),
            Self::BadName { field, value } => messages.problem_bad_name.fill([field, value]),
            Self::BadHost(value) => messages.problem_bad_host.fill([value]),
        }
    }
}
