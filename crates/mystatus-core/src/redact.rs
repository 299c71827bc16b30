//! The last step before any text leaves the core: no token survives it, even one an API echoed
//! back in an error body, in another letter case or URL-encoded.

use std::cell::RefCell;

const MASK: &str = "[REDACTED]";
/// Shorter values are not tokens (and masking them would garble ordinary words).
const MIN_SECRET_LEN: usize = 8;
/// Prefixes of GitHub's token formats, masked wherever they appear even if never read here.
const GITHUB_TOKEN_PREFIXES: [&str; 6] = ["github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"];

/// The secrets read so far. Shared by concurrent lookups, hence the interior mutability.
#[derive(Debug, Default)]
pub struct Secrets {
    values: RefCell<Vec<Secret>>,
}

/// A secret as read, and as matched: an ASCII secret lowercased once, when it is added, since a
/// report redacts every label of every account.
#[derive(Debug)]
struct Secret {
    text: String,
    ascii_lowercase: Option<String>,
}

fn hex_value(byte: u8) -> Option<u8> {
    char::from(byte).to_digit(16).and_then(|value| u8::try_from(value).ok())
}

/// `text` with `%XX` escapes decoded and ASCII lowercased, and for each decoded byte the offset in
/// `text` where it starts (plus a final entry for the end), so matches map back to the original.
/// By hand: a percent-decoding crate gives the bytes, not where each came from.
fn decoded_view(text: &str) -> (Vec<u8>, Vec<usize>) {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut origins = Vec::with_capacity(bytes.len() + 1);
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        origins.push(at);
        let escaped = (byte == b'%')
            .then(|| Some(hex_value(*bytes.get(at + 1)?)? * 16 + hex_value(*bytes.get(at + 2)?)?))
            .flatten();
        match escaped {
            Some(value) => {
                decoded.push(value.to_ascii_lowercase());
                at += 3;
            }
            None => {
                decoded.push(byte.to_ascii_lowercase());
                at += 1;
            }
        }
    }
    origins.push(bytes.len());
    (decoded, origins)
}

/// Where `needle` (ASCII, lowercased) occurs in the decoded view, as byte ranges of the original text.
fn occurrences(decoded: &[u8], origins: &[usize], needle: &[u8], ranges: &mut Vec<(usize, usize)>) {
    let Some(&first) = needle.first() else { return };
    let mut at = 0;
    while let Some(offset) = decoded.get(at..).and_then(|rest| rest.iter().position(|&byte| byte == first)) {
        let start = at + offset;
        if decoded.get(start..start + needle.len()) == Some(needle) {
            // An ASCII match starts and ends on character boundaries of the original text.
            if let (Some(&from), Some(&to)) = (origins.get(start), origins.get(start + needle.len())) {
                ranges.push((from, to));
            }
            at = start + needle.len();
        } else {
            at = start + 1;
        }
    }
}

/// Masks every occurrence of every secret, ignoring letter case and percent-encoding, in one
/// decoded view of the text: the work grows with the text times the secrets, never with copies.
fn mask_all(text: &str, secrets: &[Secret]) -> String {
    let (decoded, origins) = decoded_view(text);
    let mut ranges = Vec::new();
    for secret in secrets {
        match &secret.ascii_lowercase {
            Some(needle) => occurrences(&decoded, &origins, needle.as_bytes(), &mut ranges),
            None => {
                let found = text.match_indices(secret.text.as_str());
                ranges.extend(found.map(|(start, found)| (start, start + found.len())));
            }
        }
    }
    ranges.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (start, end) in ranges {
        if end <= copied {
            continue; // inside a range already masked
        }
        out.push_str(text.get(copied..start.max(copied)).unwrap_or_default());
        if start >= copied {
            out.push_str(MASK);
        }
        copied = end;
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    out
}

fn is_token_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// Where a GitHub-shaped token at `start` ends: a known prefix, then at least 16 token characters.
fn github_token_end(bytes: &[u8], start: usize) -> Option<usize> {
    let rest = bytes.get(start..)?;
    GITHUB_TOKEN_PREFIXES.iter().find_map(|prefix| {
        let body = rest.get(prefix.len()..)?;
        if !rest.get(..prefix.len())?.eq_ignore_ascii_case(prefix.as_bytes()) {
            return None;
        }
        let body_len = body.iter().take_while(|&&byte| is_token_byte(byte)).count();
        (body_len >= 16).then_some(start + prefix.len() + body_len)
    })
}

/// Masks anything shaped like a GitHub token: a known prefix at the start of a word and at least
/// 16 token characters. One pass over the bytes, copying the text between tokens in one piece.
fn mask_github_tokens(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let starts_word = at.checked_sub(1).and_then(|before| bytes.get(before)).is_none_or(|&b| !is_token_byte(b));
        if starts_word && byte.eq_ignore_ascii_case(&b'g') {
            if let Some(end) = github_token_end(bytes, at) {
                // `at` is an ASCII letter and `copied` follows one: both are character boundaries.
                out.push_str(text.get(copied..at).unwrap_or_default());
                out.push_str(MASK);
                (copied, at) = (end, end);
                continue;
            }
        }
        at += 1;
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    out
}

impl Secrets {
    pub fn add(&self, secret: &str) {
        let secret = secret.trim();
        let mut values = self.values.borrow_mut();
        if secret.len() >= MIN_SECRET_LEN && !values.iter().any(|known| known.text == secret) {
            let ascii_lowercase = secret.is_ascii().then(|| secret.to_ascii_lowercase());
            values.push(Secret { text: secret.to_owned(), ascii_lowercase });
        }
    }

    pub fn redact(&self, text: &str) -> String {
        mask_github_tokens(&mask_all(text, &self.values.borrow()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secrets(values: &[&str]) -> Secrets {
        let secrets = Secrets::default();
        values.iter().for_each(|value| secrets.add(value));
        secrets
    }

    #[test]
    fn masks_known_secrets_in_any_case_and_encoding() {
        let s = secrets(&["tid=abc;exp=123:sku=x/y"]);
        let text = "a tid=abc;exp=123:sku=x/y b TID=ABC;EXP=123:SKU=X/Y c tid%3Dabc%3Bexp%3D123%3Asku%3Dx%2Fy d \
                    %74%49%44=abc;exp=123:sku=x%2fy é";
        assert_eq!(s.redact(text), "a [REDACTED] b [REDACTED] c [REDACTED] d [REDACTED] é");
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
