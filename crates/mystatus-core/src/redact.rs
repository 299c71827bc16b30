//! The last step before any text leaves the core: no token survives it, even one an API echoed
//! back in an error body, in another letter case or URL-encoded.

const MASK: &str = "[REDACTED]";
/// Shorter values are not tokens (and masking them would garble ordinary words).
const MIN_SECRET_LEN: usize = 8;
/// Prefixes of GitHub's token formats, masked wherever they appear even if never read here.
const GITHUB_TOKEN_PREFIXES: [&str; 6] = ["github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"];

#[derive(Debug, Default)]
pub struct Secrets {
    values: Vec<String>,
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Replaces every ASCII-case-insensitive occurrence of `needle`.
fn mask_all(text: &str, needle: &str) -> String {
    let lower_text = text.to_ascii_lowercase();
    let lower_needle = needle.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    // ASCII lowercasing keeps byte offsets, so matches in the lowered copy index the original.
    while let Some(found) = lower_text.get(rest..).and_then(|tail| tail.find(&lower_needle)) {
        let start = rest + found;
        out.push_str(text.get(rest..start).unwrap_or_default());
        out.push_str(MASK);
        rest = start + needle.len();
    }
    out.push_str(text.get(rest..).unwrap_or_default());
    out
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Masks anything shaped like a GitHub token: a known prefix and at least 16 token characters.
fn mask_github_tokens(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'scan: while !rest.is_empty() {
        for prefix in GITHUB_TOKEN_PREFIXES {
            let starts_word = out.chars().last().is_none_or(|c| !is_token_char(c));
            if starts_word && rest.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix)) {
                let body = rest.get(prefix.len()..).unwrap_or_default();
                let body_len = body.find(|c| !is_token_char(c)).unwrap_or(body.len());
                if body_len >= 16 {
                    out.push_str(MASK);
                    rest = body.get(body_len..).unwrap_or_default();
                    continue 'scan;
                }
            }
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.push(c);
        }
        rest = chars.as_str();
    }
    out
}

impl Secrets {
    pub fn add(&mut self, secret: &str) {
        let secret = secret.trim();
        if secret.len() >= MIN_SECRET_LEN && !self.values.iter().any(|known| known == secret) {
            self.values.push(secret.to_owned());
            // Longest first, so a token containing another is masked whole.
            self.values.sort_by_key(|value| std::cmp::Reverse(value.len()));
        }
    }

    pub fn redact(&self, text: &str) -> String {
        let mut text = text.to_owned();
        for secret in &self.values {
            text = mask_all(&text, secret);
            let encoded = percent_encode(secret);
            if encoded != *secret {
                text = mask_all(&text, &encoded);
            }
        }
        mask_github_tokens(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secrets(values: &[&str]) -> Secrets {
        let mut secrets = Secrets::default();
        values.iter().for_each(|value| secrets.add(value));
        secrets
    }

    #[test]
    fn masks_known_secrets_in_any_case_and_encoding() {
        let s = secrets(&["tid=abc;exp=123:sku=x/y"]);
        let text = "a tid=abc;exp=123:sku=x/y b TID=ABC;EXP=123:SKU=X/Y c tid%3Dabc%3Bexp%3D123%3Asku%3Dx%2Fy d";
        assert_eq!(s.redact(text), "a [REDACTED] b [REDACTED] c [REDACTED] d");
    }

    #[test]
    fn masks_github_token_shapes_it_never_read() {
        let s = Secrets::default();
        for prefix in GITHUB_TOKEN_PREFIXES {
            let token = format!("{prefix}AbCdEfGhIjKlMnOpQrSt0123");
            assert_eq!(s.redact(&format!("token \"{token}\" echoed")), "token \"[REDACTED]\" echoed", "{prefix}");
        }
        assert_eq!(s.redact("GHP_AbCdEfGhIjKlMnOpQrSt0123"), "[REDACTED]");
    }

    #[test]
    fn leaves_ordinary_text_alone() {
        let s = secrets(&["short", "github_pat_x"]);
        let text = "ghp_ is a prefix; my_ghp_notatoken; short words; 70% (90/300) █░";
        assert_eq!(s.redact(text), text);
    }

    #[test]
    fn a_longer_secret_containing_a_shorter_one_is_masked_whole() {
        let s = secrets(&["abcdefgh", "abcdefgh-ijklmnop"]);
        assert_eq!(s.redact("x abcdefgh-ijklmnop y abcdefgh"), "x [REDACTED] y [REDACTED]");
    }
}
