//! Slowing down for a service that asked to (429): the automatic refreshes (the status line, the
//! alerts) leave a credential alone until its pause ends. The pause grows from a minute to 15
//! minutes while the refusals go on, and is never shorter than the service's `retry-after`. A
//! `/mystatus` typed by the user always asks; its answer lengthens the pause or ends it.

use serde::{Deserialize, Serialize};

use crate::host::{Host, HttpRequest};
use crate::memory;

/// The pause after a first refusal; it doubles with each refusal that follows.
const FIRST_PAUSE_MS: i64 = 60_000;
/// Where the doubling stops; a longer `retry-after` is still honoured.
const LONGEST_GROWN_PAUSE_MS: i64 = 15 * 60_000;

#[derive(Serialize, Deserialize)]
struct Pause {
    /// Epoch milliseconds.
    until_ms: i64,
    /// Refusals in a row, the first included.
    refusals: u32,
}

/// One pause per credential and service: the request's origin and its `Authorization`, or its
/// body when it has none (a token refresh carries its credential there). Only a fingerprint of
/// them is kept.
fn key(request: &HttpRequest) -> String {
    let after_scheme = request.url.find("://").map_or(0, |at| at + 3);
    let origin_end = request.url[after_scheme..].find('/').map_or(request.url.len(), |at| after_scheme + at);
    let authorization = request.headers.iter().find(|(name, _)| name.eq_ignore_ascii_case("authorization"));
    let credential = authorization.map(|(_, value)| value.as_str()).or(request.body.as_deref()).unwrap_or_default();
    memory::key("backoff", &format!("{}\n{credential}", &request.url[..origin_end]))
}

/// When an automatic refresh may ask again (epoch ms), if the service asked it to wait.
pub fn paused_until(host: &impl Host, request: &HttpRequest, now_ms: i64) -> Option<i64> {
    let pause: Pause = memory::recall(host, &key(request))?;
    (pause.until_ms > now_ms).then_some(pause.until_ms)
}

/// The service refused `request` for now, asking for `retry_after_ms` (or saying nothing). A
/// refusal while a pause holds (another request of the same report, a `/mystatus` typed during
/// it) may lengthen the pause but does not count as one more in a row.
pub fn refused(host: &impl Host, request: &HttpRequest, retry_after_ms: Option<i64>, now_ms: i64) {
    let key = key(request);
    let last = memory::recall::<Pause>(host, &key);
    let (refusals, until_ms) = match last {
        Some(pause) if pause.until_ms > now_ms => (pause.refusals, pause.until_ms),
        Some(pause) => (pause.refusals.saturating_add(1), now_ms),
        None => (1, now_ms),
    };
    let grown = FIRST_PAUSE_MS.saturating_mul(1 << refusals.saturating_sub(1).min(10)).min(LONGEST_GROWN_PAUSE_MS);
    let pause_ms = grown.max(retry_after_ms.unwrap_or(0));
    memory::remember(host, &key, &Pause { until_ms: until_ms.max(now_ms.saturating_add(pause_ms)), refusals });
}

/// The service answered `request`: the next refusal starts a pause afresh.
pub fn answered(host: &impl Host, request: &HttpRequest) {
    memory::forget(host, &key(request));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_the_origin_and_the_credential() {
        let request = |url: &str, token: &str| {
            HttpRequest::get(url.to_owned()).header("Authorization", format!("Bearer {token}"))
        };
        let usage = key(&request("https://api.anthropic.com/api/oauth/usage", "a"));
        assert_eq!(usage, key(&request("https://api.anthropic.com/api/oauth/profile", "a")));
        assert_ne!(usage, key(&request("https://api.anthropic.com/api/oauth/usage", "b")));
        assert_ne!(usage, key(&request("https://example.com/api/oauth/usage", "a")));
        assert_eq!(key(&request("no-scheme", "a")), key(&request("no-scheme", "a")));
        let refresh = |token: &str| {
            HttpRequest::post("https://oauth2.googleapis.com/token".to_owned(), "x", format!("refresh_token={token}"))
        };
        assert_ne!(key(&refresh("a")), key(&refresh("b")));
    }
}
