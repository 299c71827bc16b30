//! What a report remembers for the next one in the same process, so a repeated `/mystatus` makes
//! the fewest requests: the sign-in strategy that worked, a session token until it expires, a
//! discovered username. Keys are derived from the credential, so a new sign-in starts afresh and
//! no key holds the credential itself.

use std::hash::{DefaultHasher, Hash, Hasher};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::host::Host;

/// A remembered token is not used in its last minute: it could expire in flight.
const EXPIRY_MARGIN_MS: i64 = 60_000;

/// A token remembered until it expires (a Copilot session token, a Google access token).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expiring {
    pub token: String,
    /// Epoch milliseconds.
    pub expires_ms: i64,
}

impl Expiring {
    /// The token, unless it expires within the margin of `now_ms`.
    pub fn usable(&self, now_ms: i64) -> Option<&str> {
        (self.expires_ms > now_ms.saturating_add(EXPIRY_MARGIN_MS)).then_some(self.token.as_str())
    }
}

/// `namespace` plus a fingerprint of `credential`. `DefaultHasher::new()` is the same in every
/// instance of the module, and the memory lives only as long as the process.
pub fn key(namespace: &str, credential: &str) -> String {
    let mut hasher = DefaultHasher::new();
    credential.hash(&mut hasher);
    format!("{namespace}:{:016x}", hasher.finish())
}

/// What was remembered under `key`; `None` when nothing was, or something unreadable.
pub fn recall<T: DeserializeOwned>(host: &impl Host, key: &str) -> Option<T> {
    serde_json::from_str(&host.recall(key)?).ok()
}

/// Remembers `value` under `key`, as JSON.
pub fn remember(host: &impl Host, key: &str, value: &impl Serialize) {
    if let Ok(json) = serde_json::to_string(value) {
        host.remember(key, Some(json));
    }
}

pub fn forget(host: &impl Host, key: &str) {
    host.remember(key, None);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_not_used_in_its_last_minute() {
        let token = Expiring { token: "t".to_owned(), expires_ms: 100_000 };
        assert_eq!(token.usable(39_999), Some("t"));
        assert_eq!(token.usable(40_000), None);
        assert_eq!(token.usable(i64::MAX), None);
    }

    #[test]
    fn keys_depend_on_the_credential_and_never_contain_it() {
        let a = key("copilot", "gho_secret_a");
        assert_eq!(a, key("copilot", "gho_secret_a"));
        assert_ne!(a, key("copilot", "gho_secret_b"));
        assert_ne!(a, key("openai", "gho_secret_a"));
        assert!(!a.contains("secret"));
        assert!(a.starts_with("copilot:") && a.len() == "copilot:".len() + 16, "{a}");
    }
}
