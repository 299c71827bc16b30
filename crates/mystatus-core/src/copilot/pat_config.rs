//! `copilot-quota-token.json`: the user's fine-grained PAT, GitHub username and plan. A file that
//! exists but is wrong is reported field by field, never silently skipped.

use serde_json::Value;

use super::tiers::Tier;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatConfig {
    pub token: String,
    pub username: String,
    pub tier: Tier,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigProblem {
    Unreadable(String),
    NotJson(String),
    NotAnObject,
    Missing(&'static str),
    Empty(&'static str),
    NotAString(&'static str),
    UnknownTier(String),
    BadUsername(String),
}

/// GitHub logins: letters, digits and single hyphens; Enterprise managed users add `_shortcode`.
/// Anything else could change the request path, so it is refused rather than sent.
fn is_plausible_username(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 100
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && !name.starts_with(['-', '_'])
}

fn string_field(object: &serde_json::Map<String, Value>, field: &'static str) -> Result<String, ConfigProblem> {
    match object.get(field) {
        None | Some(Value::Null) => Err(ConfigProblem::Missing(field)),
        Some(Value::String(text)) if text.trim().is_empty() => Err(ConfigProblem::Empty(field)),
        Some(Value::String(text)) => Ok(text.trim().to_owned()),
        Some(_) => Err(ConfigProblem::NotAString(field)),
    }
}

pub fn parse(text: &str) -> Result<PatConfig, ConfigProblem> {
    let text = text.trim_start_matches('\u{feff}');
    let value: Value = serde_json::from_str(text).map_err(|err| ConfigProblem::NotJson(err.to_string()))?;
    let object = value.as_object().ok_or(ConfigProblem::NotAnObject)?;
    let token = string_field(object, "token")?;
    let username = string_field(object, "username")?;
    let username = username.strip_prefix('@').unwrap_or(&username).to_owned();
    if !is_plausible_username(&username) {
        return Err(ConfigProblem::BadUsername(username));
    }
    let tier_name = string_field(object, "tier")?;
    let tier = Tier::parse(&tier_name).ok_or(ConfigProblem::UnknownTier(tier_name))?;
    Ok(PatConfig { token, username, tier })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_complete_file() {
        let config = parse(r#"{"token": " github_pat_abc ", "username": "@JohnDoe", "tier": "Pro+"}"#).unwrap();
        assert_eq!(
            config,
            PatConfig { token: "github_pat_abc".into(), username: "JohnDoe".into(), tier: Tier::ProPlus }
        );
    }

    #[test]
    fn accepts_a_byte_order_mark() {
        assert!(parse("\u{feff}{\"token\":\"t\",\"username\":\"u\",\"tier\":\"pro\"}").is_ok());
    }

    #[test]
    fn names_the_wrong_field() {
        let cases = [
            ("", ConfigProblem::NotJson("EOF while parsing a value at line 1 column 0".into())),
            ("[]", ConfigProblem::NotAnObject),
            (r#"{"username":"u","tier":"pro"}"#, ConfigProblem::Missing("token")),
            (r#"{"token":"t","username":null,"tier":"pro"}"#, ConfigProblem::Missing("username")),
            (r#"{"token":"t","username":"u"}"#, ConfigProblem::Missing("tier")),
            (r#"{"token":"  ","username":"u","tier":"pro"}"#, ConfigProblem::Empty("token")),
            (r#"{"token":42,"username":"u","tier":"pro"}"#, ConfigProblem::NotAString("token")),
            (r#"{"token":"t","username":"u","tier":"platinum"}"#, ConfigProblem::UnknownTier("platinum".into())),
            (r#"{"token":"t","username":"../orgs/x","tier":"pro"}"#, ConfigProblem::BadUsername("../orgs/x".into())),
            (r#"{"token":"t","username":"a?b#c","tier":"pro"}"#, ConfigProblem::BadUsername("a?b#c".into())),
        ];
        for (text, problem) in cases {
            assert_eq!(parse(text), Err(problem), "{text}");
        }
    }
}
