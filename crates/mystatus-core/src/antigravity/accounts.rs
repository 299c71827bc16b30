//! `antigravity-accounts.json`, written by the opencode-antigravity-auth plugin in OpenCode's
//! config directory: `{version, accounts: [{email, refreshToken, projectId?, managedProjectId?}]}`.
//! A file that is there but wrong is reported; one account's missing field is that account's
//! problem only.

use crate::host::{FileError, Host};
use crate::json::{self, Map, Value};
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    File(FileError),
    NotJson(String),
    NotAnObject,
    Missing(String),
    NotAList(String),
    EntryNotAnObject(String),
    NotAString(String),
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
pub async fn load(host: &impl Host) -> Option<(String, Result<Vec<Account>, Problem>)> {
    for path in candidates(host) {
        match host.read_file(&path).await {
            Ok(Some(text)) => return Some((path, parse(&text))),
            Ok(None) => {}
            Err(error) => return Some((path, Err(Problem::File(error)))),
        }
    }
    None
}

/// A trimmed, non-empty string; `null`, absent and blank are all "not there".
fn text(object: &Map, field: &str, at: &str) -> Result<Option<String>, Problem> {
    match object.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.trim().to_owned()).filter(|text| !text.is_empty())),
        Some(_) => Err(Problem::NotAString(format!("{at}.{field}"))),
    }
}

fn account(value: &Value, at: &str) -> Result<Account, Problem> {
    let object = value.as_object().ok_or_else(|| Problem::EntryNotAnObject(at.to_owned()))?;
    let stored_token = text(object, "refreshToken", at)?;
    // `token|projectId|managedProjectId`: the fields, when present, win over the packed parts.
    let mut parts = stored_token.as_deref().unwrap_or_default().split('|').map(str::trim);
    let refresh_token = parts.next().filter(|token| !token.is_empty()).map(str::to_owned);
    let mut packed = parts.filter(|part| !part.is_empty()).map(str::to_owned);
    let (packed_project, packed_managed) = (packed.next(), packed.next());
    let project = text(object, "projectId", at)?.or(packed_project);
    let managed = text(object, "managedProjectId", at)?.or(packed_managed);
    Ok(Account { email: text(object, "email", at)?, refresh_token, stored_token, project: project.or(managed) })
}

pub fn parse(text: &str) -> Result<Vec<Account>, Problem> {
    let text = text.trim_start_matches('\u{feff}');
    let value = json::parse(text).map_err(|err| Problem::NotJson(err.to_string()))?;
    let object = value.as_object().ok_or(Problem::NotAnObject)?;
    let entries = match object.get("accounts") {
        None | Some(Value::Null) => return Err(Problem::Missing("accounts".to_owned())),
        Some(Value::Array(entries)) => entries,
        Some(_) => return Err(Problem::NotAList("accounts".to_owned())),
    };
    let mut accounts = Vec::with_capacity(entries.len());
    for (index, entry) in entries.iter().enumerate() {
        accounts.push(account(entry, &format!("accounts[{index}]"))?);
    }
    Ok(accounts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(entry: &str) -> Result<Account, Problem> {
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
        assert_eq!(one(r#"{"refreshToken": 5}"#), Err(Problem::NotAString("accounts[0].refreshToken".to_owned())));
        assert_eq!(one("[]"), Err(Problem::EntryNotAnObject("accounts[0]".to_owned())));
        assert_eq!(parse(r#"{"accounts": {}}"#), Err(Problem::NotAList("accounts".to_owned())));
        assert_eq!(parse(r#"{"version": 3}"#), Err(Problem::Missing("accounts".to_owned())));
        assert_eq!(parse("[]"), Err(Problem::NotAnObject));
        assert!(matches!(parse("{"), Err(Problem::NotJson(_))));
        assert_eq!(parse("\u{feff}{\"accounts\": []}"), Ok(Vec::new()));
    }
}
