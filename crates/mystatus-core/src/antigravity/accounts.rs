//! `antigravity-accounts.json`, written by the opencode-antigravity-auth plugin in OpenCode's
//! config directory: `{version, accounts: [{email, refreshToken, projectId?, managedProjectId?}]}`.
//! A file that is there but wrong is reported; one account's missing field is that account's
//! problem only.

use serde::Deserialize;

use crate::file_problem::FileProblem;
use crate::host::Host;
use crate::lenient::{self, Object};
use crate::paths;
use crate::redact::Secrets;

pub const FILE: &str = "antigravity-accounts.json";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub email: Option<String>,
    /// The refresh token alone, without the project ids some plugin versions append to it.
    pub refresh_token: Option<String>,
    /// As stored, for redaction: it may be `token|projectId|managedProjectId`.
    pub stored_token: Option<String>,
    /// `projectId`, else `managedProjectId`.
    pub project: Option<String>,
}

impl Account {
    pub fn register_secrets(&self, secrets: &Secrets) {
        for token in [&self.stored_token, &self.refresh_token].into_iter().flatten() {
            secrets.add(token);
        }
    }
}

/// The file as the plugin writes it; `null` is as absent everywhere.
#[derive(Deserialize)]
struct AccountsFile {
    accounts: Option<Vec<Object<StoredAccount>>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredAccount {
    email: Option<String>,
    refresh_token: Option<String>,
    project_id: Option<String>,
    managed_project_id: Option<String>,
}

/// Where the accounts file may be, most preferred first.
pub fn candidates(host: &impl Host) -> Vec<String> {
    paths::config_file_candidates(host, FILE)
}

/// Where the file is expected on this machine, for the set-up guidance.
pub fn suggestion(host: &impl Host) -> String {
    paths::config_file_suggestion(host, FILE)
}

/// The first file that exists and what it holds; `None` when there is none.
pub async fn load(host: &impl Host) -> Option<(String, Result<Vec<Account>, FileProblem>)> {
    for path in candidates(host) {
        match host.read_file(&path).await {
            Ok(Some(text)) => return Some((path, parse(&text))),
            Ok(None) => {}
            Err(error) => return Some((path, Err(FileProblem::File(error)))),
        }
    }
    None
}

/// A trimmed, non-empty text; blank is "not there".
fn filled(text: Option<String>) -> Option<String> {
    text.map(|text| text.trim().to_owned()).filter(|text| !text.is_empty())
}

fn account(stored: StoredAccount) -> Account {
    let stored_token = filled(stored.refresh_token);
    // `token|projectId|managedProjectId`: the fields, when present, win over the packed parts.
    let mut parts = stored_token.as_deref().unwrap_or_default().split('|').map(str::trim);
    let refresh_token = parts.next().filter(|token| !token.is_empty()).map(str::to_owned);
    let mut packed = parts.filter(|part| !part.is_empty()).map(str::to_owned);
    let (packed_project, packed_managed) = (packed.next(), packed.next());
    let project = filled(stored.project_id).or(packed_project);
    let managed = filled(stored.managed_project_id).or(packed_managed);
    Account { email: filled(stored.email), refresh_token, stored_token, project: project.or(managed) }
}

pub fn parse(text: &str) -> Result<Vec<Account>, FileProblem> {
    let file: AccountsFile = lenient::parse_file(text)?;
    let stored = file.accounts.ok_or_else(|| FileProblem::Missing("accounts".to_owned()))?;
    Ok(stored.into_iter().map(|Object(stored)| account(stored)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(entry: &str) -> Result<Account, FileProblem> {
        parse(&format!(r#"{{"version": 3, "accounts": [{entry}]}}"#)).map(|accounts| accounts[0].clone())
    }

    #[test]
    fn packed_tokens_and_fields() {
        let account = one(r#"{"email": "a@b.c", "refreshToken": "1//tok|proj-1|managed-1"}"#).unwrap();
        assert_eq!((account.refresh_token.as_deref(), account.project.as_deref()), (Some("1//tok"), Some("proj-1")));
        assert_eq!(account.stored_token.as_deref(), Some("1//tok|proj-1|managed-1"));
        let account = one(r#"{"refreshToken": "1//tok||managed-1"}"#);
        assert_eq!(account.map(|a| a.project), Ok(Some("managed-1".to_owned())));
        let account = one(r#"{"refreshToken": "1//tok|packed", "projectId": "field", "managedProjectId": "m"}"#);
        assert_eq!(account.map(|a| a.project), Ok(Some("field".to_owned())));
        let account = one(r#"{"refreshToken": "1//tok", "projectId": "", "managedProjectId": "m"}"#);
        assert_eq!(account.map(|a| a.project), Ok(Some("m".to_owned())));
        let account = one(r#"{"email": "a@b.c", "refreshToken": null}"#);
        assert_eq!(account.map(|a| (a.refresh_token, a.project)), Ok((None, None)));
    }

    #[test]
    fn problems_name_the_field() {
        assert_eq!(one(r#"{"refreshToken": 5}"#), Err(FileProblem::NotAString("accounts[0].refreshToken".to_owned())));
        assert_eq!(one("[]"), Err(FileProblem::EntryNotAnObject("accounts[0]".to_owned())));
        assert_eq!(parse(r#"{"accounts": {}}"#), Err(FileProblem::NotAList("accounts".to_owned())));
        assert_eq!(parse(r#"{"version": 3}"#), Err(FileProblem::Missing("accounts".to_owned())));
        assert_eq!(parse(r#"{"accounts": null}"#), Err(FileProblem::Missing("accounts".to_owned())));
        assert_eq!(parse("[]"), Err(FileProblem::NotAnObject));
        assert!(matches!(parse("{"), Err(FileProblem::NotJson(_))));
        assert_eq!(parse("\u{feff}{\"accounts\": []}"), Ok(Vec::new()));
    }
}
