//! Which GitHub API to talk to: github.com, GitHub Enterprise Cloud with data residency
//! (`company.ghe.com`), GitHub Enterprise Server, or a test server.

use crate::host::Host;
use crate::origin;

pub const API_URL_VAR: &str = "MYSTATUS_GITHUB_API_URL";
const DEFAULT_API_URL: &str = "https://api.github.com";

/// A bare domain from `company.ghe.com` or `https://company.ghe.com/`; `None` if it is not one.
pub fn normalize_domain(text: &str) -> Option<String> {
    let lower = text.trim().to_ascii_lowercase();
    let bare = lower.strip_prefix("https://").unwrap_or(&lower).trim_end_matches('/');
    let valid = bare.contains('.')
        && !bare.starts_with(['.', '-'])
        && bare.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    valid.then(|| bare.to_owned())
}

/// The API origin (and path prefix, for Enterprise Server's `/api/v3`), without a trailing slash.
/// `MYSTATUS_GITHUB_API_URL` wins; else a data-residency `domain` gives `https://api.<domain>`.
/// `Err` carries a rejected variable value: only http(s) URLs are ever sent a token.
pub fn resolve(host: &impl Host, domain: Option<&str>) -> Result<String, String> {
    let default = match domain {
        Some("github.com") | None => DEFAULT_API_URL.to_owned(),
        Some(domain) if domain.starts_with("api.") => format!("https://{domain}"),
        Some(domain) => format!("https://api.{domain}"),
    };
    origin::resolve(host, API_URL_VAR, &default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains() {
        assert_eq!(normalize_domain(" https://Company.GHE.com/ ").as_deref(), Some("company.ghe.com"));
        assert_eq!(normalize_domain("company.ghe.com").as_deref(), Some("company.ghe.com"));
        for bad in ["localhost", "http://x.example", "a/b.example", ".example.com", ""] {
            assert_eq!(normalize_domain(bad), None, "{bad}");
        }
    }
}
