//! What every platform's lookup shares: the language, OpenCode's sign-ins and the secrets seen.

use crate::auth_file::{AuthFile, AuthFileError, Entry};
use crate::i18n::{Lang, Messages};
use crate::lenient::trimmed;
use crate::redact::Secrets;

pub struct Context<'a> {
    pub lang: Lang,
    pub auth: &'a Result<Option<AuthFile>, AuthFileError>,
    /// Every token a lookup reads goes here, so the final text can be scrubbed of it.
    pub secrets: &'a Secrets,
    /// When the report was asked for (epoch ms).
    pub now_ms: i64,
}

/// One provider's entry in OpenCode's auth.json, and where it was read (for messages).
pub struct SignIn<'a> {
    pub source: &'a str,
    pub entry: Entry,
}

/// A subscription sign-in (`{type: "oauth", access, refresh?, expires?}`).
pub struct OAuthAccess {
    pub access: String,
    /// When the access token expires (epoch ms), if OpenCode recorded it.
    pub expires_ms: Option<i64>,
}

impl OAuthAccess {
    pub fn is_expired(&self, now_ms: i64) -> bool {
        self.expires_ms.is_some_and(|expires| expires < now_ms)
    }
}

impl Context<'_> {
    /// The report's texts, in its language.
    pub fn messages(&self) -> &'static Messages {
        self.lang.messages()
    }

    /// The auth.json entry for `provider`; `None` when absent or when auth.json is unreadable
    /// (that is reported once, by the Copilot section).
    pub fn sign_in(&self, provider: &str) -> Option<SignIn<'_>> {
        let auth = self.auth.as_ref().ok()?.as_ref()?;
        Some(SignIn { source: &auth.source, entry: auth.entry(provider)? })
    }

    /// `provider`'s OAuth sign-in, its tokens registered as secrets; `None` for any other kind of
    /// entry (an API key is not a subscription).
    pub fn oauth_access(&self, provider: &str) -> Option<OAuthAccess> {
        let entry = self.sign_in(provider)?.entry;
        if entry.kind.as_deref() != Some("oauth") {
            return None;
        }
        let access = trimmed(&entry.access)?.to_owned();
        self.secrets.add(&access);
        if let Some(refresh) = trimmed(&entry.refresh) {
            self.secrets.add(refresh);
        }
        Some(OAuthAccess { access, expires_ms: entry.expires.map(|ms| ms as i64) })
    }

    /// `provider`'s API key (`{type: "api", key}`), registered as a secret.
    pub fn api_key(&self, provider: &str) -> Option<String> {
        let entry = self.sign_in(provider)?.entry;
        if entry.kind.as_deref() != Some("api") {
            return None;
        }
        let key = trimmed(&entry.key)?.to_owned();
        self.secrets.add(&key);
        Some(key)
    }
}
