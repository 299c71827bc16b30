//! Sending a request and classifying its answer into the Copilot errors users are advised on.

use super::error::{CopilotError, Credential, api_message};
use crate::host::{FetchFailure, Host, HttpRequest, HttpResponse};

pub async fn send(host: &impl Host, mut request: HttpRequest) -> Result<HttpResponse, CopilotError> {
    request.timeout_ms = host.timeout_ms();
    let url = request.url.clone();
    let seconds = request.timeout_ms.div_ceil(1000);
    host.fetch(request).await.map_err(|failure| match failure {
        FetchFailure::Timeout => CopilotError::Timeout { url, seconds },
        FetchFailure::Network(detail) => CopilotError::Network { url, detail },
    })
}

pub fn status_error(url: String, response: &HttpResponse, credential: Credential) -> CopilotError {
    CopilotError::Status { url, status: response.status, api_message: api_message(&response.body), credential }
}

pub fn parsed<T>(url: String, result: Result<T, String>) -> Result<T, CopilotError> {
    result.map_err(|detail| CopilotError::Malformed { url, detail })
}

/// Sends `request` and parses a success with `parse`; any other status is a [`CopilotError`].
pub async fn get_json<T>(
    host: &impl Host,
    request: HttpRequest,
    credential: &Credential,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<T, CopilotError> {
    let url = request.url.clone();
    let response = send(host, request).await?;
    if !response.is_success() {
        return Err(status_error(url, &response, credential.clone()));
    }
    parsed(url, parse(&response.body))
}
