//! JavaScript bindings: a [`Host`] over the callbacks the plugin shim passes in, and the exports
//! the shim calls. Only conversions live here; all behaviour is in `mystatus-core`.

use mystatus_core::host::{FetchFailure, FileError, Host, HttpRequest, HttpResponse, MAX_FILE_BYTES, Platform as Os};
use mystatus_core::platform::Platform;
use std::panic::AssertUnwindSafe;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(typescript_custom_section)]
const HOST_TYPES: &str = r#"
/** One HTTP request the core wants made. Headers keep their order. */
export interface HostRequest {
  method: string;
  url: string;
  headers: [string, string][];
  /** Present for POST requests. */
  body?: string;
  timeoutMs: number;
}
/** An HTTP answer (any status), or why there was none. */
export type HostResponse =
  | { status: number; headers: [string, string][]; body: string }
  | { error: "timeout" }
  | { error: "network"; message: string };
/** Everything the core needs from its surroundings. */
export interface MystatusHost {
  fetch(request: HostRequest): Promise<HostResponse>;
  /**
   * The file's text; null when it does not exist. Rejects with an Error whose `code` is
   * "ETOOLARGE" (and `size` its bytes) above `maxBytes`, "ENOTUTF8" for other encodings, or the
   * system's code (EACCES...).
   */
  readFile(path: string, maxBytes: number): Promise<string | null>;
  /** Unix permission bits (0o600); undefined on Windows or when unknown. */
  fileMode(path: string): Promise<number | undefined>;
  /** Resolves after `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
  /** What an earlier report in this process remembered under `key` (memory only, never disk). */
  recall(key: string): string | undefined;
  /** Remembers `value` under `key` for this process; undefined forgets. */
  remember(key: string, value: string | undefined): void;
  env(name: string): string | undefined;
  /** Milliseconds since the Unix epoch. */
  now(): number;
  homeDir(): string | undefined;
  /** As Node's process.platform: "linux", "darwin", "win32", ... */
  platform(): string;
  /** The runtime's Intl locale, e.g. "en-US". */
  locale(): string | undefined;
}
/** One platform's outcome: a report, or an error message saying what to do. */
export interface QueryResult {
  success: boolean;
  output?: string;
  error?: string;
}
/** The whole answer: Markdown for people; per platform, result is absent when not configured. */
export interface MystatusReport {
  markdown: string;
  platforms: { id: string; name: string; result?: QueryResult }[];
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "MystatusHost")]
    pub type JsHost;

    #[wasm_bindgen(method, catch)]
    fn fetch(this: &JsHost, request: JsValue) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(method, catch, js_name = readFile)]
    fn read_file(this: &JsHost, path: &str, max_bytes: f64) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(method, catch, js_name = fileMode)]
    fn file_mode(this: &JsHost, path: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn sleep(this: &JsHost, ms: u32) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(method, catch, js_name = recall)]
    fn recall_js(this: &JsHost, key: &str) -> Result<Option<String>, JsValue>;
    #[wasm_bindgen(method, catch, js_name = remember)]
    fn remember_js(this: &JsHost, key: &str, value: Option<String>) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    fn env(this: &JsHost, name: &str) -> Result<Option<String>, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn now(this: &JsHost) -> Result<f64, JsValue>;
    #[wasm_bindgen(method, catch, js_name = homeDir)]
    fn home_dir(this: &JsHost) -> Result<Option<String>, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn platform(this: &JsHost) -> Result<String, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn locale(this: &JsHost) -> Result<Option<String>, JsValue>;
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsRequest<'a> {
    method: &'a str,
    url: &'a str,
    headers: &'a [(String, String)],
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<&'a str>,
    timeout_ms: u32,
}

#[derive(Deserialize)]
struct JsResponse {
    status: Option<u16>,
    #[serde(default)]
    headers: Vec<(String, String)>,
    body: Option<String>,
    error: Option<String>,
    message: Option<String>,
}

/// A rejected `readFile`, by its `code`.
fn file_error(value: &JsValue) -> FileError {
    let property = |name: &str| js_sys::Reflect::get(value, &JsValue::from_str(name)).ok();
    match property("code").and_then(|code| code.as_string()).as_deref() {
        Some("ETOOLARGE") => {
            FileError::TooLarge { bytes: property("size").and_then(|size| size.as_f64()).unwrap_or(0.0) as u64 }
        }
        Some("ENOTUTF8") => FileError::NotUtf8,
        Some(code) => FileError::Unreadable(code.to_owned()),
        None => FileError::Unreadable(describe(value)),
    }
}

/// A thrown value as text: an `Error`'s message, a string as is.
fn describe(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

struct Bridge(JsHost);

impl Host for Bridge {
    async fn fetch(&self, request: HttpRequest) -> Result<HttpResponse, FetchFailure> {
        let failed = |value: &JsValue| FetchFailure::Network(describe(value));
        let js_request = JsRequest {
            method: request.method,
            url: &request.url,
            headers: &request.headers,
            body: request.body.as_deref(),
            timeout_ms: request.timeout_ms,
        };
        let js_request = serde_wasm_bindgen::to_value(&js_request).map_err(|err| failed(&err.into()))?;
        let promise = self.0.fetch(js_request).map_err(|err| failed(&err))?;
        let answer = JsFuture::from(promise).await.map_err(|err| failed(&err))?;
        let answer: JsResponse = serde_wasm_bindgen::from_value(answer).map_err(|err| failed(&err.into()))?;
        match (answer.status, answer.error.as_deref()) {
            (Some(status), None) => {
                Ok(HttpResponse { status, headers: answer.headers, body: answer.body.unwrap_or_default() })
            }
            (_, Some("timeout")) => Err(FetchFailure::Timeout),
            _ => Err(FetchFailure::Network(answer.message.unwrap_or_else(|| "no response".to_owned()))),
        }
    }

    async fn read_file(&self, path: &str) -> Result<Option<String>, FileError> {
        let promise = self.0.read_file(path, MAX_FILE_BYTES as f64).map_err(|err| file_error(&err))?;
        let content = JsFuture::from(promise).await.map_err(|err| file_error(&err))?;
        if content.is_null() || content.is_undefined() {
            return Ok(None);
        }
        content.as_string().map(Some).ok_or(FileError::NotUtf8)
    }

    async fn file_mode(&self, path: &str) -> Option<u32> {
        let mode = JsFuture::from(self.0.file_mode(path).ok()?).await.ok()?;
        mode.as_f64().map(|mode| mode as u32)
    }

    async fn sleep(&self, ms: u32) {
        if let Ok(promise) = self.0.sleep(ms) {
            // A rejected timer ends the wait early; nothing else to do.
            let _ = JsFuture::from(promise).await;
        }
    }

    fn env(&self, name: &str) -> Option<String> {
        self.0.env(name).ok().flatten()
    }

    fn recall(&self, key: &str) -> Option<String> {
        self.0.recall_js(key).ok().flatten()
    }

    fn remember(&self, key: &str, value: Option<String>) {
        // Failing to remember only costs the next report a few requests.
        let _ = self.0.remember_js(key, value);
    }

    fn now_ms(&self) -> i64 {
        self.0.now().map(|ms| ms as i64).unwrap_or_default()
    }

    fn home_dir(&self) -> Option<String> {
        self.0.home_dir().ok().flatten()
    }

    fn platform(&self) -> Os {
        self.0.platform().map(|name| Os::from_node_name(&name)).unwrap_or(Os::Other)
    }

    fn locale(&self) -> Option<String> {
        self.0.locale().ok().flatten()
    }
}

fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    serde_wasm_bindgen::to_value(value).map_err(|err| JsError::new(&err.to_string()))
}

// The core's futures hold `RefCell`s and trait objects, which are not `UnwindSafe`; the core
// catches its own panics per platform, so the binding's catch is only a last resort.
async fn query(host: JsHost, platform: Platform) -> Result<JsValue, JsError> {
    to_js(&AssertUnwindSafe(mystatus_core::query_usage(&Bridge(host), platform)).await)
}

/// Every configured platform at once: the Markdown report and each platform's result.
#[wasm_bindgen(js_name = queryAllUsage, unchecked_return_type = "MystatusReport")]
pub async fn query_all_usage(host: JsHost) -> Result<JsValue, JsError> {
    to_js(&AssertUnwindSafe(mystatus_core::full_report(&Bridge(host))).await)
}

/// GitHub Copilot, or `undefined` when no Copilot account is configured.
#[wasm_bindgen(js_name = queryCopilotUsage, unchecked_return_type = "QueryResult | undefined")]
pub async fn query_copilot_usage(host: JsHost) -> Result<JsValue, JsError> {
    query(host, Platform::Copilot).await
}

/// OpenAI (ChatGPT subscriptions' Codex limits), or `undefined` when not signed in.
#[wasm_bindgen(js_name = queryOpenAIUsage, unchecked_return_type = "QueryResult | undefined")]
pub async fn query_openai_usage(host: JsHost) -> Result<JsValue, JsError> {
    query(host, Platform::OpenAi).await
}

/// Anthropic (Claude Pro/Max), or `undefined` when not signed in.
#[wasm_bindgen(js_name = queryAnthropicUsage, unchecked_return_type = "QueryResult | undefined")]
pub async fn query_anthropic_usage(host: JsHost) -> Result<JsValue, JsError> {
    query(host, Platform::Anthropic).await
}

/// Google Antigravity accounts, or `undefined` when there is no accounts file.
#[wasm_bindgen(js_name = queryGoogleUsage, unchecked_return_type = "QueryResult | undefined")]
pub async fn query_google_usage(host: JsHost) -> Result<JsValue, JsError> {
    query(host, Platform::Antigravity).await
}

/// Zhipu AI Coding Plan, or `undefined` when not configured.
#[wasm_bindgen(js_name = queryZhipuUsage, unchecked_return_type = "QueryResult | undefined")]
pub async fn query_zhipu_usage(host: JsHost) -> Result<JsValue, JsError> {
    query(host, Platform::Zhipu).await
}

/// Z.ai Coding Plan, or `undefined` when not configured.
#[wasm_bindgen(js_name = queryZaiUsage, unchecked_return_type = "QueryResult | undefined")]
pub async fn query_zai_usage(host: JsHost) -> Result<JsValue, JsError> {
    query(host, Platform::Zai).await
}
