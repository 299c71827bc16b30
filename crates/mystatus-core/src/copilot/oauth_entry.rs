//! The `github-copilot` entry OpenCode writes to auth.json after a GitHub sign-in:
//! `{type: "oauth", refresh, access, expires, enterpriseUrl?}`. `refresh` holds the GitHub OAuth
//! token; `access` holds either the same token or a Copilot session token cached until `expires`.

use super::api_base::normalize_domain;
use crate::auth_file::Entry;
use crate::lenient::trimmed;

pub const PROVIDER_KEY: &str = "github-copilot";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthEntry {
    pub oauth_token: String,
    /// A session token from an earlier exchange and its expiry (epoch ms).
    pub session: Option<(String, i64)>,
    /// GitHub Enterprise Cloud with data residency: `company.ghe.com`.
    pub domain: Option<String>,
}

/// `Err` says what is missing, for the user's message.
pub fn parse(entry: &Entry) -> Result<OAuthEntry, String> {
    match entry.kind.as_deref() {
        Some("oauth") => {}
        Some(other) => return Err(format!("type is \"{other}\", not \"oauth\"")),
        None => return Err("no \"type\"".to_owned()),
    }
    let refresh = trimmed(&entry.refresh);
    let access = trimmed(&entry.access);
    let oauth_token = refresh.or(access).ok_or("no \"refresh\" or \"access\" token")?.to_owned();
    let session = match (access, entry.expires) {
        (Some(access), Some(expires)) if access != oauth_token => Some((access.to_owned(), expires as i64)),
        _ => None,
    };
    let domain = trimmed(&entry.enterprise_url).and_then(normalize_domain);
    Ok(OAuthEntry { oauth_token, session, domain })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Entry {
        crate::lenient::as_record(serde_json::from_str(text).unwrap()).unwrap_or_default()
    }

    #[test]
    fn refresh_is_the_oauth_token_and_a_different_access_is_a_session() {
        let entry = parse(&value(r#"{"type":"oauth","refresh":"gho_a","access":"tid=9","expires":5}"#)).unwrap();
        assert_eq!(entry, OAuthEntry { oauth_token: "gho_a".into(), session: Some(("tid=9".into(), 5)), domain: None });
    }

    #[test]
    fn the_same_token_twice_is_no_session() {
        let entry = parse(&value(r#"{"type":"oauth","refresh":"gho_a","access":"gho_a","expires":0}"#)).unwrap();
        assert_eq!(entry.session, None);
        assert_eq!(parse(&value(r#"{"type":"oauth","access":"gho_b"}"#)).unwrap().oauth_token, "gho_b");
    }

    #[test]
    fn reads_the_enterprise_domain() {
        let entry =
            parse(&value(r#"{"type":"oauth","refresh":"gho_a","enterpriseUrl":"https://Acme.ghe.com"}"#)).unwrap();
        assert_eq!(entry.domain.as_deref(), Some("acme.ghe.com"));
    }

    #[test]
    fn explains_unusable_entries() {
        assert_eq!(parse(&value(r#"{"type":"api","key":"k"}"#)).unwrap_err(), "type is \"api\", not \"oauth\"");
        assert_eq!(
            parse(&value(r#"{"type":"oauth","refresh":""}"#)).unwrap_err(),
            "no \"refresh\" or \"access\" token"
        );
        assert_eq!(parse(&value(r#""x""#)).unwrap_err(), "no \"type\"");
    }
}
