//! Sending a request and classifying what came back, for every platform. Platforms add their own
//! advice for the statuses that mean something specific to them (a rejected sign-in, say).

use serde::Deserialize;
use serde_json::Value;

use crate::backoff;
use crate::format::countdown;
use crate::host::{FetchFailure, Host, HttpRequest, HttpResponse};
use crate::i18n::Messages;
use crate::lenient::{self, Malformed};
use crate::redact::Secrets;

/// How mystatus introduces itself to the services that take any client.
pub const USER_AGENT: &str = concat!("mystatus/", env!("CARGO_PKG_VERSION"));

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpError {
    /// An answer, but not a success.
    Status {
        url: String,
        status: u16,
        api_message: Option<String>,
    },
    /// 429, or GitHub's 403 with `x-ratelimit-remaining: 0` or `retry-after`: not a refusal of the
    /// credential, a request to wait (`retry-after`, or until `x-ratelimit-reset`; never 0 s).
    RateLimited {
        url: String,
        retry_after_s: Option<u64>,
        api_message: Option<String>,
    },
    /// Not sent: an automatic refresh, while the service's request to wait still holds.
    Paused {
        url: String,
        wait_s: u64,
    },
    Timeout {
        url: String,
        seconds: u32,
    },
    Network {
        url: String,
        detail: String,
    },
    /// A success whose body is not what the API documents.
    Malformed {
        url: String,
        detail: String,
    },
}

/// How much of an API's error message a report quotes: context, never a whole page.
const API_MESSAGE_CHARS: usize = 200;

/// An error body in the shapes of the APIs we call: `message`, `error.message`,
/// `error_description`, `error`, `detail` or `msg`.
#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default, deserialize_with = "lenient::text")]
    message: Option<String>,
    #[serde(default)]
    error: Option<Value>,
    #[serde(default, deserialize_with = "lenient::text")]
    error_description: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    detail: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    msg: Option<String>,
}

/// The human-readable message of an API error body, whole: it is shortened only for display,
/// after redaction, so that a cut can never leave part of a token behind.
pub fn api_message(body: &str) -> Option<String> {
    let body: ErrorBody = lenient::parse_object(body).ok()?;
    let error = body.error.as_ref();
    let message = body
        .message
        .as_deref()
        .or_else(|| error.and_then(|error| error.get("message")).and_then(Value::as_str))
        .or(body.error_description.as_deref())
        .or_else(|| error.and_then(Value::as_str))
        .or(body.detail.as_deref())
        .or(body.msg.as_deref())?
        .trim();
    (!message.is_empty()).then(|| message.to_owned())
}

/// `message` scrubbed of secrets, then shortened for display.
fn quotable(message: &str, secrets: &Secrets) -> String {
    let clean = secrets.redact(message);
    let mut short: String = clean.chars().take(API_MESSAGE_CHARS).collect();
    if short.len() < clean.len() {
        short.push('…');
    }
    short
}

/// How long to wait before the one retry a server error gets.
const RETRY_BACKOFF_MS: u32 = 750;

fn failure_error(request: &HttpRequest, failure: FetchFailure) -> HttpError {
    let url = request.url.clone();
    match failure {
        FetchFailure::Timeout => HttpError::Timeout { url, seconds: request.timeout_ms.div_ceil(1000) },
        FetchFailure::Network(detail) => HttpError::Network { url, detail },
    }
}

/// Sends `request` with the host's timeout. A server error (500, 502, 503, 504), usually a passing
/// fault, gets one retry after a short pause; its second answer stands. An automatic refresh does
/// not ask a service that asked to wait until the wait is over (see [`backoff`]).
pub async fn send(host: &impl Host, mut request: HttpRequest) -> Result<HttpResponse, HttpError> {
    request.timeout_ms = host.timeout_ms();
    if host.automatic() {
        let now_ms = host.now_ms();
        if let Some(until_ms) = backoff::paused_until(host, &request, now_ms) {
            let wait_s = (until_ms.saturating_sub(now_ms) as u64).div_ceil(1000);
            return Err(HttpError::Paused { url: request.url, wait_s });
        }
    }
    let mut response = host.fetch(request.clone()).await.map_err(|failure| failure_error(&request, failure))?;
    if matches!(response.status, 500 | 502 | 503 | 504) {
        host.sleep(RETRY_BACKOFF_MS).await;
        response = host.fetch(request.clone()).await.map_err(|failure| failure_error(&request, failure))?;
    }
    let now_ms = host.now_ms();
    match rate_limit(&response, now_ms) {
        Some(retry_after_s) => {
            let retry_after_ms = retry_after_s.map(|seconds| (seconds as i64).saturating_mul(1000));
            backoff::refused(host, &request, retry_after_ms, now_ms);
        }
        None if response.is_success() => backoff::answered(host, &request),
        None => {}
    }
    Ok(response)
}

/// `retry-after` in seconds from `now_ms`: a number of seconds, or an HTTP date.
fn retry_after_s(value: &str, now_ms: i64) -> Option<u64> {
    let value = value.trim();
    if let Ok(seconds) = value.parse() {
        return Some(seconds);
    }
    let date = httpdate::parse_http_date(value).ok()?;
    let date_ms = date.duration_since(std::time::UNIX_EPOCH).ok()?.as_millis();
    let date_ms = i64::try_from(date_ms).ok()?;
    Some((date_ms.saturating_sub(now_ms).max(0) as u64).div_ceil(1000))
}

/// `Some` when `response` asks to wait rather than refusing the credential, with how long (never
/// 0 s: a service that says "retry after 0" and refuses again has said nothing about when).
fn rate_limit(response: &HttpResponse, now_ms: i64) -> Option<Option<u64>> {
    let retry_after_s = response.header("retry-after").and_then(|value| retry_after_s(value, now_ms));
    let exhausted = response.header("x-ratelimit-remaining").map(str::trim) == Some("0");
    if response.status != 429 && !(response.status == 403 && (exhausted || retry_after_s.is_some())) {
        return None;
    }
    let reset_at_s = response.header("x-ratelimit-reset").and_then(|value| value.trim().parse::<i64>().ok());
    // Saturating: a reset of -9e18 s (found by fuzzing) must not overflow.
    let until_reset =
        reset_at_s.map(|reset| (reset.saturating_mul(1000).saturating_sub(now_ms).max(0) as u64).div_ceil(1000));
    Some(retry_after_s.or(until_reset).filter(|seconds| *seconds > 0))
}

/// What a response that is not a success means; `now_ms` tells how long a rate limit lasts.
pub fn status_error(url: String, response: &HttpResponse, now_ms: i64) -> HttpError {
    let api_message = api_message(&response.body);
    match rate_limit(response, now_ms) {
        Some(retry_after_s) => HttpError::RateLimited { url, retry_after_s, api_message },
        None => HttpError::Status { url, status: response.status, api_message },
    }
}

/// `result`, a payload that is not what `url` documents being an error naming it.
pub fn parsed<T>(url: String, result: Result<T, Malformed>) -> Result<T, HttpError> {
    result.map_err(|malformed| HttpError::Malformed { url, detail: malformed.to_string() })
}

/// Sends `request` and reads a success's payload with `parse`; any other status is an error.
pub async fn get_parsed<T>(
    host: &impl Host,
    request: HttpRequest,
    parse: impl FnOnce(&str) -> Result<T, Malformed>,
) -> Result<T, HttpError> {
    let url = request.url.clone();
    let response = send(host, request).await?;
    if !response.is_success() {
        return Err(status_error(url, &response, host.now_ms()));
    }
    parsed(url, parse(&response.body))
}

impl HttpError {
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Status { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// `advice` followed, for an HTTP answer, by what the service said (scrubbed of `secrets`).
    pub fn with_api_said(&self, messages: &Messages, secrets: &Secrets, service: &str, advice: String) -> String {
        match self {
            Self::Status { api_message: Some(said), .. } | Self::RateLimited { api_message: Some(said), .. } => {
                format!("{advice}\n{}", messages.api_said.fill([service, &quotable(said, secrets)]))
            }
            _ => advice,
        }
    }

    /// The message, with `rejected(status)` as the advice when the service refused the
    /// credential (401 or 403).
    pub fn message_or_rejected(
        &self,
        messages: &Messages,
        secrets: &Secrets,
        service: &str,
        rejected: impl FnOnce(u16) -> String,
    ) -> String {
        match self.status() {
            Some(status @ (401 | 403)) => self.with_api_said(messages, secrets, service, rejected(status)),
            _ => self.message(messages, secrets, service),
        }
    }

    /// The generic message; `service` names who answered ("GitHub", "OpenAI"...).
    pub fn message(&self, messages: &Messages, secrets: &Secrets, service: &str) -> String {
        let text = match self {
            Self::RateLimited { url, retry_after_s, .. } => match retry_after_s {
                Some(seconds) => messages.rate_limited_retry.fill([service, url, &seconds.to_string()]),
                None => messages.rate_limited.fill([service, url]),
            },
            Self::Status { url, status: status @ 500..=599, .. } => {
                messages.server_error.fill([service, &status.to_string(), url])
            }
            Self::Paused { url, wait_s } => {
                // Whole minutes, rounded up: a pause in its last seconds is not "0m".
                let wait_ms = (wait_s.div_ceil(60) as i64).saturating_mul(60_000);
                messages.paused.fill([service, url, &countdown(messages, 0, wait_ms)])
            }
            Self::Status { url, status: 429, .. } => messages.rate_limited.fill([service, url]),
            Self::Status { url, status, .. } => messages.unexpected_status.fill([service, &status.to_string(), url]),
            Self::Timeout { url, seconds } => messages.timeout.fill([service, &seconds.to_string(), url]),
            Self::Network { url, detail } => messages.network.fill([service, url, detail]),
            Self::Malformed { url, detail } => messages.malformed.fill([service, url, detail]),
        };
        self.with_api_said(messages, secrets, service, text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_messages_in_every_known_shape() {
        let cases = [
            (r#"{"message":"Bad credentials","documentation_url":"x"}"#, Some("Bad credentials")),
            (
                r#"{"error":{"message":"Invalid bearer token","type":"authentication_error"}}"#,
                Some("Invalid bearer token"),
            ),
            (
                r#"{"error":"invalid_grant","error_description":"Token has been expired or revoked."}"#,
                Some("Token has been expired or revoked."),
            ),
            (r#"{"error":"invalid_grant"}"#, Some("invalid_grant")),
            (r#"{"detail":"Unauthorized"}"#, Some("Unauthorized")),
            (r#"{"code":1001,"msg":"令牌已过期","success":false}"#, Some("令牌已过期")),
            ("<html>502</html>", None),
            (r#"{"message":""}"#, None),
        ];
        for (body, expected) in cases {
            assert_eq!(api_message(body).as_deref(), expected, "{body}");
        }
    }

    #[test]
    fn quotes_are_redacted_before_they_are_shortened() {
        let secrets = Secrets::default();
        let token = format!("eyJ{}", "x".repeat(400));
        secrets.add(&token);
        let quote = quotable(&format!("{} bad token {token} end", "é".repeat(190)), &secrets);
        assert_eq!(quote, format!("{} bad token…", "é".repeat(190)));
        let quote = quotable(&format!("bad token {token} end"), &secrets);
        assert_eq!(quote, "bad token [REDACTED] end");
        assert_eq!(quotable(&"é".repeat(300), &secrets).chars().count(), 201);
    }
}
