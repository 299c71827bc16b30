//! What a report remembers for the next one in the same process, so a repeated `/mystatus` makes
//! the fewest requests: the sign-in strategy that worked, a session token until it expires, a
//! discovered username. Keys are derived from the credential, so a new sign-in starts afresh and
//! no key holds the credential itself.

use crate::host::Host;
use crate::json::{self, Value};

/// `namespace` plus a fingerprint (FNV-1a, 64 bits) of `credential`.
pub fn key(namespace: &str, credential: &str) -> String {
    let hash = credential
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3));
    format!("{namespace}:{hash:016x}")
}

/// What was remembered under `key`, as JSON; `None` when nothing was, or something unreadable.
pub fn recall(host: &impl Host, key: &str) -> Option<Value> {
    json::parse(&host.recall(key)?).ok()
}

/// Remembers `json` (JSON text: see [`crate::json`]) under `key`.
pub fn remember(host: &impl Host, key: &str, json: String) {
    host.remember(key, Some(json));
}

pub fn forget(host: &impl Host, key: &str) {
    host.remember(key, None);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_depend_on_the_credential_and_never_contain_it() {
        let a = key("copilot", "gho_secret_a");
        assert_eq!(a, key("copilot", "gho_secret_a"));
        assert_ne!(a, key("copilot", "gho_secret_b"));
        assert_ne!(a, key("openai", "gho_secret_a"));
        assert!(!a.contains("secret"));
        assert_eq!(key("x", ""), "x:cbf29ce484222325");
    }
}
