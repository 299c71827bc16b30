//! Sending a request and classifying what came back, for every platform. Platforms add their own
//! advice for the statuses that mean something specific to them (a rejected sign-in, say).

use serde_json::Value;

use crate::host::{FetchFailure, Host, HttpRequest, HttpResponse};
use crate::i18n::Messages;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpError {
    /// An answer, but not a success.
    Status {
        url: String,
        status: u16,
        api_message: Option<String>,
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

/// The human-readable message of an API error body, shortened: context, never a whole page.
/// Knows the shapes of the APIs we call (`message`, `error.message`, `error_description`,
/// `error`, `detail`, `msg`).
pub fn api_message(body: &str) -> Option<String> {
    let value: Value = serde_json::from_str(body).ok()?;
    let candidates = [
        value.get("message"),
        value.get("error").and_then(|error| error.get("message")),
        value.get("error_description"),
        value.get("error"),
        value.get("detail"),
        value.get("msg"),
    ];
    let message = candidates.into_iter().flatten().find_map(Value::as_str)?.trim();
    if message.is_empty() {
        return None;
    }
    let mut short: String = message.chars().take(200).collect();
    if short.len() < message.len() {
        short.push('…');
    }
    Some(short)
}

pub async fn send(host: &impl Host, mut request: HttpRequest) -> Result<HttpResponse, HttpError> {
    request.timeout_ms = host.timeout_ms();
    let url = request.url.clone();
    let seconds = request.timeout_ms.div_ceil(1000);
    host.fetch(request).await.map_err(|failure| match failure {
        FetchFailure::Timeout => HttpError::Timeout { url, seconds },
        FetchFailure::Network(detail) => HttpError::Network { url, detail },
    })
}

pub fn status_error(url: String, response: &HttpResponse) -> HttpError {
    HttpError::Status { url, status: response.status, api_message: api_message(&response.body) }
}

pub fn parsed<T>(url: String, result: Result<T, String>) -> Result<T, HttpError> {
    result.map_err(|detail| HttpError::Malformed { url, detail })
}

/// Sends `request` and parses a success with `parse`; any other status is an error.
pub async fn get_json<T>(
    host: &impl Host,
    request: HttpRequest,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<T, HttpError> {
    let url = request.url.clone();
    let response = send(host, request).await?;
    if !response.is_success() {
        return Err(status_error(url, &response));
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

    /// `advice` followed, for an HTTP answer, by what the service said.
    pub fn with_api_said(&self, messages: &dyn Messages, service: &str, advice: String) -> String {
        match self {
            Self::Status { api_message: Some(said), .. } => format!("{advice}\n{}", messages.api_said(service, said)),
            _ => advice,
        }
    }

    /// The generic message; `service` names who answered ("GitHub", "OpenAI"...).
    pub fn message(&self, messages: &dyn Messages, service: &str) -> String {
        let text = match self {
            Self::Status { url, status: 429, .. } => messages.rate_limited(service, url),
            Self::Status { url, status: status @ 500..=599, .. } => messages.server_error(service, *status, url),
            Self::Status { url, status, .. } => messages.unexpected_status(service, *status, url),
            Self::Timeout { url, seconds } => messages.timeout(service, *seconds, url),
            Self::Network { url, detail } => messages.network(service, url, detail),
            Self::Malformed { url, detail } => messages.malformed(service, url, detail),
        };
        self.with_api_said(messages, service, text)
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
        let long = format!(r#"{{"message":"{}"}}"#, "é".repeat(300));
        assert_eq!(api_message(&long).unwrap().chars().count(), 201);
    }
}
