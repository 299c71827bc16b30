//! What every platform's lookup shares: the language, OpenCode's sign-ins and the secrets seen.

use serde_json::Value;

use crate::auth_file::{AuthFile, AuthFileError};
use crate::i18n::{Lang, Messages};
use crate::redact::Secrets;

pub struct Context<'a> {
    pub lang: Lang,
    pub messages: &'static dyn Messages,
    pub auth: &'a Result<Option<AuthFile>, AuthFileError>,
    /// Every token a lookup reads goes here, so the final text can be scrubbed of it.
    pub secrets: &'a Secrets,
}

/// One provider's entry in OpenCode's auth.json, and where it was read (for messages).
pub struct SignIn<'a> {
    pub source: &'a str,
    pub entry: &'a Value,
}

impl Context<'_> {
    /// The auth.json entry for `provider`; `None` when absent or when auth.json is unreadable
    /// (that is reported once, by the Copilot section).
    pub fn sign_in(&self, provider: &str) -> Option<SignIn<'_>> {
        let auth = self.auth.as_ref().ok()?.as_ref()?;
        Some(SignIn { source: &auth.source, entry: auth.entry(provider)? })
    }
}
