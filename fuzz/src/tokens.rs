//! The credentials the fuzz host plants, and how a leak of one is recognised: in any letter case,
//! percent-encoded or not, as the core's redaction promises.

use std::sync::OnceLock;

/// An OpenAI access token: a JWT naming `fuzz@example.com` and account `acct-fuzz-0001`.
pub const OPENAI_JWT: &str = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJodHRwczovL2FwaS5vcGVuYWkuY29tL2F1dGgiOnsiY2hhdGdwdF9hY2NvdW50X2lkIjoiYWNjdC1mdXp6LTAwMDEifSwiaHR0cHM6Ly9hcGkub3BlbmFpLmNvbS9wcm9maWxlIjp7ImVtYWlsIjoiZnV6ekBleGFtcGxlLmNvbSJ9LCJleHAiOjE3OTUyNzE0MDB9.ZnV6ei1wbGFudGVkLXNpZ25hdHVyZQ";
/// The access token Google's token endpoint issues (served only to a `/token` request).
pub const GOOGLE_ACCESS: &str = "ya29.a0FuzzPlantedAccessToken_0123456789abcdefghijklmnopqrstuvwxyz";
/// The session token GitHub's token exchange issues (served only to `/copilot_internal/v2/token`).
pub const COPILOT_SESSION: &str = "tid=f0e1d2c3b4a59687;exp=1795271400;sku=copilot_pro;8kp=1:fuzzplanted99";

/// What the files hold in their credential fields: every GitHub prefix, OpenAI's JWT, Anthropic's
/// OAuth tokens, a Zhipu API key, a Google refresh token (`1//`, with `+` and `/` that the
/// form-encoding escapes), and the two issued tokens (a file may hold those too).
pub const CREDENTIALS: [&str; 14] = [
    "ghp_FuzzPlantedClassicToken0123456789abcdef",
    "gho_FuzzPlantedOAuthToken0123456789abcdefgh",
    "ghu_FuzzPlantedUserToServer0123456789abcdef",
    "ghs_FuzzPlantedServerToServer0123456789abcd",
    "ghr_FuzzPlantedRefreshToken0123456789abcdef",
    "github_pat_11FUZZ0000_PlantedFineGrainedToken0123456789abcdefghijklmnopqrstuvwxyzABCD",
    OPENAI_JWT,
    "sk-ant-oat01-FuzzPlantedAccess_0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGH",
    "sk-ant-ort01-FuzzPlantedRefresh_0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFG",
    "0f1e2d3c4b5a69788796a5b4c3d2e1f0.FuzzZhipuKey0123",
    "1//0gFuzzPlantedRefreshToken-abcdefghijklmnopqrstuvwxyz+ZYXW/9876",
    "1//0gFuzzSecondRefresh_ZYXWVUTSRQPONMLKJIH/0123456789+abc",
    GOOGLE_ACCESS,
    COPILOT_SESSION,
];

/// A planted credential, by a fuzzer-chosen index.
pub fn credential(index: u8) -> &'static str {
    CREDENTIALS.get(usize::from(index) % CREDENTIALS.len()).copied().unwrap_or(OPENAI_JWT)
}

fn value_of(hex: u8) -> Option<u8> {
    char::from(hex).to_digit(16).and_then(|value| u8::try_from(value).ok())
}

/// `text` with `%XX` escapes decoded and ASCII letters lowercased.
fn decoded_lowercase(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let escaped = (byte == b'%')
            .then(|| Some(value_of(*bytes.get(at + 1)?)? * 16 + value_of(*bytes.get(at + 2)?)?))
            .flatten();
        match escaped {
            Some(value) => {
                out.push(value.to_ascii_lowercase());
                at += 3;
            }
            None => {
                out.push(byte.to_ascii_lowercase());
                at += 1;
            }
        }
    }
    out
}

fn lowercase_credentials() -> &'static [Vec<u8>] {
    static LOWER: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    LOWER.get_or_init(|| CREDENTIALS.iter().map(|token| token.to_ascii_lowercase().into_bytes()).collect())
}

/// The planted credential `text` contains, in any letter case and percent-encoded or not.
pub fn leaked(text: &str) -> Option<&'static str> {
    let haystack = decoded_lowercase(text);
    CREDENTIALS.iter().zip(lowercase_credentials()).find_map(|(token, needle)| {
        haystack.windows(needle.len()).any(|window| window == needle.as_slice()).then_some(*token)
    })
}

/// A fuzzer-chosen free text, emptied if it happens to hold a planted credential: only the
/// credential fields and the echoes of a request may carry one, or every API error that quotes
/// the fuzzer's text would count as a leak of a token the core was never given.
pub fn scrub(text: String) -> String {
    if leaked(&text).is_some() { String::new() } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_credentials_in_any_case_and_encoding() {
        let token = credential(10);
        assert_eq!(leaked(&format!("x {token} y")), Some(token));
        assert_eq!(leaked(&token.to_ascii_uppercase()), Some(token));
        let encoded: String = token.bytes().map(|byte| format!("%{byte:02x}")).collect();
        assert_eq!(leaked(&encoded), Some(token));
        assert_eq!(leaked(&token.replace('/', "%2F")), Some(token));
        assert_eq!(leaked("1//0gFuzzPlanted [REDACTED]"), None);
        assert_eq!(scrub(format!("a{}b", credential(3))), "");
        assert_eq!(scrub("plain".to_owned()), "plain");
    }

    #[test]
    fn every_index_names_a_credential() {
        for index in 0..=u8::MAX {
            assert!(CREDENTIALS.contains(&credential(index)));
        }
    }
}
