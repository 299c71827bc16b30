//! `copilot-quota-token.json`: the user's fine-grained PAT and what mystatus cannot learn from it.
//! Only `token` is required. A file that exists but is wrong is reported field by field, never
//! silently skipped; files from the premium-request era (`token`, `username`, `tier`) keep working.

use serde::Deserialize;
use serde_json::Value;

use super::api_base::normalize_domain;
use super::plans::{Billing, Tier};
use crate::file_problem::FileProblem;
use crate::lenient::{self, filled};

#[derive(Debug, Clone, PartialEq)]
pub struct PatConfig {
    pub token: String,
    /// Discovered with `GET /user` when absent.
    pub username: Option<String>,
    pub tier: Option<Tier>,
    /// Absent: both billing reports are read and the one with usage is shown.
    pub billing: Option<Billing>,
    /// Overrides the plan's monthly AI-credit allowance.
    pub allowance: Option<f64>,
    /// A GitHub Enterprise Cloud data-residency domain, e.g. `company.ghe.com`.
    pub host: Option<String>,
    pub org: Option<String>,
    pub enterprise: Option<String>,
}

/// GitHub logins and organization or enterprise slugs: letters, digits, hyphens (and `_` for
/// Enterprise managed users). Anything else could change the request path, so it is refused.
pub fn is_plausible_slug(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 100
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && !name.starts_with(['-', '_'])
}

/// The file as users write it. Texts are absent when `null` (and blank is as absent); any other
/// type is refused with the field named.
#[derive(Deserialize)]
struct File {
    token: Option<String>,
    username: Option<String>,
    tier: Option<String>,
    billing: Option<String>,
    /// A number, also written as a string; checked with its value quoted.
    #[serde(default)]
    allowance: Value,
    host: Option<String>,
    org: Option<String>,
    enterprise: Option<String>,
}

/// A login or slug, `@` forgiven; anything that could change a request path is refused.
fn slug(text: Option<String>, field: &'static str) -> Result<Option<String>, FileProblem> {
    let Some(name) = filled(text) else { return Ok(None) };
    let name = name.strip_prefix('@').unwrap_or(&name).to_owned();
    if is_plausible_slug(&name) {
        Ok(Some(name))
    } else if field == "username" {
        Err(FileProblem::BadUsername(name))
    } else {
        Err(FileProblem::BadName { field, value: name })
    }
}

fn allowance(value: &Value) -> Result<Option<f64>, FileProblem> {
    if value.is_null() {
        return Ok(None);
    }
    let number = if value.is_number() || value.is_string() { lenient::as_number(value) } else { None };
    match number {
        Some(number) if number > 0.0 => Ok(Some(number)),
        _ => Err(FileProblem::BadAllowance(value.to_string())),
    }
}

pub fn parse(text: &str) -> Result<PatConfig, FileProblem> {
    let file: File = lenient::parse_file(text)?;
    let token = match file.token {
        None => return Err(FileProblem::Missing("token".to_owned())),
        Some(token) => filled(Some(token)).ok_or(FileProblem::Empty("token".to_owned()))?,
    };
    let username = slug(file.username, "username")?;
    let tier = match filled(file.tier) {
        Some(name) => {
            Some(Tier::parse(&name).ok_or(FileProblem::UnknownTier { value: name, valid: Tier::VALID_NAMES })?)
        }
        None => None,
    };
    let billing = match filled(file.billing).map(|name| name.to_ascii_lowercase()) {
        Some(name) if name == "credits" => Some(Billing::Credits),
        Some(name) if name == "premium-requests" => Some(Billing::PremiumRequests),
        Some(name) => return Err(FileProblem::UnknownBilling(name)),
        None => None,
    };
    let host = match filled(file.host) {
        Some(text) => Some(normalize_domain(&text).ok_or(FileProblem::BadHost(text))?),
        None => None,
    };
    Ok(PatConfig {
        token,
        username,
        tier,
        billing,
        allowance: allowance(&file.allowance)?,
        host,
        org: slug(file.org, "org")?,
        enterprise: slug(file.enterprise, "enterprise")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal(token: &str) -> PatConfig {
        PatConfig {
            token: token.into(),
            username: None,
            tier: None,
            billing: None,
            allowance: None,
            host: None,
            org: None,
            enterprise: None,
        }
    }

    #[test]
    fn a_token_alone_is_enough() {
        assert_eq!(parse(r#"{"token": " github_pat_abc "}"#).unwrap(), minimal("github_pat_abc"));
    }

    #[test]
    fn reads_every_field() {
        let config = parse(
            r#"{"token":"t","username":"@JohnDoe","tier":"Pro+","billing":"credits","allowance":"8000",
                "host":"https://Company.ghe.com/","org":"acme","enterprise":"acme-corp"}"#,
        )
        .unwrap();
        assert_eq!(
            config,
            PatConfig {
                username: Some("JohnDoe".into()),
                tier: Some(Tier::ProPlus),
                billing: Some(Billing::Credits),
                allowance: Some(8000.0),
                host: Some("company.ghe.com".into()),
                org: Some("acme".into()),
                enterprise: Some("acme-corp".into()),
                ..minimal("t")
            }
        );
    }

    #[test]
    fn files_from_the_premium_request_era_still_work() {
        let config = parse(r#"{"token":"t","username":"johndoe","tier":"pro"}"#).unwrap();
        assert_eq!((config.tier, config.billing), (Some(Tier::Pro), None));
    }

    #[test]
    fn accepts_a_byte_order_mark() {
        assert!(parse("\u{feff}{\"token\":\"t\"}").is_ok());
    }

    #[test]
    fn names_the_wrong_field() {
        let cases = [
            ("", FileProblem::NotJson("EOF while parsing a value at line 1 column 0".into())),
            ("[]", FileProblem::NotAnObject),
            (r#"{"username":"u"}"#, FileProblem::Missing("token".to_owned())),
            (r#"{"token":null}"#, FileProblem::Missing("token".to_owned())),
            (r#"{"token":"  "}"#, FileProblem::Empty("token".to_owned())),
            (r#"{"token":42}"#, FileProblem::NotAString("token".into())),
            (r#"{"token":"t","tier":7}"#, FileProblem::NotAString("tier".into())),
            (
                r#"{"token":"t","tier":"platinum"}"#,
                FileProblem::UnknownTier { value: "platinum".into(), valid: Tier::VALID_NAMES },
            ),
            (r#"{"token":"t","billing":"tokens"}"#, FileProblem::UnknownBilling("tokens".into())),
            (r#"{"token":"t","allowance":-5}"#, FileProblem::BadAllowance("-5".into())),
            (r#"{"token":"t","allowance":"lots"}"#, FileProblem::BadAllowance("\"lots\"".into())),
            (r#"{"token":"t","allowance":[1]}"#, FileProblem::BadAllowance("[1]".into())),
            (r#"{"token":"t","username":"../orgs/x"}"#, FileProblem::BadUsername("../orgs/x".into())),
            (r#"{"token":"t","username":"a?b#c"}"#, FileProblem::BadUsername("a?b#c".into())),
            (r#"{"token":"t","org":"acme/../x"}"#, FileProblem::BadName { field: "org", value: "acme/../x".into() }),
            (r#"{"token":"t","host":"http://evil.example/x"}"#, FileProblem::BadHost("http://evil.example/x".into())),
            (r#"{"token":"t","host":"localhost"}"#, FileProblem::BadHost("localhost".into())),
        ];
        for (text, problem) in cases {
            assert_eq!(parse(text), Err(problem), "{text}");
        }
    }
}
