//! `antigravity-accounts.json`, written by the opencode-antigravity-auth plugin in OpenCode's
//! config directory: `{version, accounts: [{email, refreshToken, projectId?, managedProjectId?,
//! enabled?}]}` (version 4 today; older versions have the same fields, or fewer). A file that is
//! there but wrong is reported; one account's missing field is that account's problem only.

use serde::Deserialize;

use crate::file_problem::FileProblem;
use crate::host::Host;
use crate::lenient::{self, Object, filled};
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
    /// The project Google counts the quota against: `managedProjectId` (the one the plugin set up
    /// for the account), else `quotaProjectId`, else `projectId`.
    pub project: Option<String>,
}

impl Account {
    pub fn register_secrets(&self, secrets: &Secrets) {
        for token in [&self.stored_token, &self.refresh_token].into_iter().flatten() {
            secrets.add(token);
        }
    }
}

/// What the file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accounts {
    /// The accounts to ask, in the file's order.
    pub enabled: Vec<Account>,
    /// How many accounts the file holds, switched off or not.
    pub stored_count: usize,
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
    /// Older plugin versions spelled it so.
    #[serde(rename = "projectID")]
    project_id_upper: Option<String>,
    quota_project_id: Option<String>,
    managed_project_id: Option<String>,
    /// `false` for an account switched off in the plugin; any other value leaves it on.
    #[serde(default, deserialize_with = "lenient::boolean")]
    enabled: Option<bool>,
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
pub async fn load(host: &impl Host) -> Option<(String, Result<Accounts, FileProblem>)> {
    for path in candidates(host) {
        match host.read_file(&path).await {
            Ok(Some(text)) => return Some((path, parse(&text))),
            Ok(None) => {}
            Err(error) => return Some((path, Err(FileProblem::File(error)))),
        }
    }
    None
}

fn account(stored: StoredAccount) -> Account {
    let stored_token = filled(stored.refresh_token);
    // `token|projectId|managedProjectId`: the fields, when present, win over the packed parts.
    let mut parts = stored_token.as_deref().unwrap_or_default().split('|').map(str::trim);
    let refresh_token = parts.next().filter(|token| !token.is_empty()).map(str::to_owned);
    let mut packed = parts.filter(|part| !part.is_empty()).map(str::to_owned);
    let (packed_project, packed_managed) = (packed.next(), packed.next());
    let managed = filled(stored.managed_project_id).or(packed_managed);
    let project = filled(stored.project_id).or(filled(stored.project_id_upper)).or(packed_project);
    let project = managed.or(filled(stored.quota_project_id)).or(project);
    Account { email: filled(stored.email), refresh_token, stored_token, project }
}

/// The accounts in the file, and whether it holds any at all: switched-off accounts are left out.
pub fn parse(text: &str) -> Result<Accounts, FileProblem> {
    let file: AccountsFile = lenient::parse_file(text)?;
    let stored = file.accounts.ok_or_else(|| FileProblem::Missing("accounts".to_owned()))?;
    let stored_count = stored.len();
    let enabled = stored.into_iter().filter(|Object(stored)| stored.enabled != Some(false));
    Ok(Accounts { enabled: enabled.map(|Object(stored)| account(stored)).collect(), stored_count })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(entry: &str) -> Result<Account, FileProblem> {
        parse(&format!(r#"{{"version": 4, "accounts": [{entry}]}}"#)).map(|accounts| accounts.enabled[0].clone())
    }

    #[test]
    fn packed_tokens_and_fields() {
        let account = one(r#"{"email": "a@b.c", "refreshToken": "1//tok|proj-1|managed-1"}"#).unwrap();
        assert_eq!((account.refresh_token.as_deref(), account.project.as_deref()), (Some("1//tok"), Some("managed-1")));
        assert_eq!(account.stored_token.as_deref(), Some("1//tok|proj-1|managed-1"));
        let account = one(r#"{"refreshToken": "1//tok|proj-1"}"#);
        assert_eq!(account.map(|a| a.project), Ok(Some("proj-1".to_owned())));
        let account = one(r#"{"refreshToken": "1//tok|packed", "projectId": "field"}"#);
        assert_eq!(account.map(|a| a.project), Ok(Some("field".to_owned())));
        let account = one(r#"{"refreshToken": "1//tok", "projectId": "p", "managedProjectId": "m"}"#);
        assert_eq!(account.map(|a| a.project), Ok(Some("m".to_owned())));
        let account = one(r#"{"refreshToken": "1//tok", "projectID": "old", "quotaProjectId": "q"}"#);
        assert_eq!(account.map(|a| a.project), Ok(Some("q".to_owned())));
        let account = one(r#"{"refreshToken": "1//tok", "projectId": "", "projectID": "old"}"#);
        assert_eq!(account.map(|a| a.project), Ok(Some("old".to_owned())));
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
        assert_eq!(parse("\u{feff}{\"accounts\": []}"), Ok(Accounts { enabled: Vec::new(), stored_count: 0 }));
    }

    #[test]
    fn switched_off_accounts_are_left_out() {
        let file = r#"{"version": 4, "accounts": [
            {"email": "a@b.c", "refreshToken": "1//a", "enabled": false},
            {"email": "d@e.f", "refreshToken": "1//d", "enabled": true},
            {"email": "g@h.i", "refreshToken": "1//g", "enabled": "no"},
            {"email": "j@k.l", "refreshToken": "1//j"}
        ]}"#;
        let accounts = parse(file).unwrap();
        let emails: Vec<_> = accounts.enabled.iter().map(|account| account.email.as_deref().unwrap()).collect();
        assert_eq!((emails, accounts.stored_count), (vec!["d@e.f", "g@h.i", "j@k.l"], 4));
    }
}
