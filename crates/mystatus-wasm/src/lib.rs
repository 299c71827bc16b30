//! JavaScript bindings: a [`Host`] over the callbacks the plugin shim passes in, and the exports
//! the shim calls. Only conversions live here; all behaviour is in `mystatus-core`.

use mystatus_core::host::{FetchFailure, FileError, Host, HttpRequest, HttpResponse, MAX_FILE_BYTES, Platform as Os};
use mystatus_core::platform::Platform;
use mystatus_core::report::{QueryResult, Report};

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

mod task;

use task::{Settled, Task};

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
/**
 * What the module calls: a {@link MystatusHost} whose asynchronous calls return a ticket at once;
 * `settled(ticket)` is `undefined` until that call settles, then `[true, value]` or
 * `[false, error]` (once). The shim's driver (task.ts) polls the task again when a ticket settles.
 */
export interface TaskHost {
  fetch(request: HostRequest): number;
  readFile(path: string, maxBytes: number): number;
  fileMode(path: string): number;
  sleep(ms: number): number;
  settled(ticket: number): [boolean, unknown] | undefined;
  recall(key: string): string | undefined;
  remember(key: string, value: string | undefined): void;
  env(name: string): string | undefined;
  now(): number;
  homeDir(): string | undefined;
  platform(): string;
  locale(): string | undefined;
}
/** One platform's outcome: a report, or an error message saying what to do. */
export interface QueryResult {
  success: boolean;
  output?: string;
  error?: string;
}
/** A platform's stable identifier, as in `MystatusReport.platforms[].id`. */
export type PlatformId = "copilot" | "openai" | "anthropic" | "antigravity" | "zhipu" | "zai";
/** The whole answer: Markdown for people; per platform, result is absent when not configured. */
export interface MystatusReport {
  markdown: string;
  platforms: { id: string; name: string; result?: QueryResult }[];
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "TaskHost")]
    pub type JsHost;

    #[wasm_bindgen(method, catch)]
    fn fetch(this: &JsHost, request: JsValue) -> Result<u32, JsValue>;
    #[wasm_bindgen(method, catch, js_name = readFile)]
    fn read_file(this: &JsHost, path: &str, max_bytes: f64) -> Result<u32, JsValue>;
    #[wasm_bindgen(method, catch, js_name = fileMode)]
    fn file_mode(this: &JsHost, path: &str) -> Result<u32, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn sleep(this: &JsHost, ms: u32) -> Result<u32, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn settled(this: &JsHost, ticket: u32) -> Result<JsValue, JsValue>;
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

/// Sets `object[key] = value`. JavaScript objects are built field by field, in the order the
/// TypeScript types declare them: no serializer in the module for four small shapes.
fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a property on a plain object cannot fail.
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

fn property(object: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    Reflect::get(object, &JsValue::from_str(key))
}

/// A [`HostRequest`]: `{ method, url, headers: [name, value][], body?, timeoutMs }`.
fn js_request(request: &HttpRequest) -> Object {
    let object = Object::new();
    set(&object, "method", &JsValue::from_str(request.method));
    set(&object, "url", &JsValue::from_str(&request.url));
    let headers: Array = request
        .headers
        .iter()
        .map(|(name, value)| Array::of2(&JsValue::from_str(name), &JsValue::from_str(value)))
        .collect();
    set(&object, "headers", &headers);
    if let Some(body) = &request.body {
        set(&object, "body", &JsValue::from_str(body));
    }
    set(&object, "timeoutMs", &JsValue::from(request.timeout_ms));
    object
}

/// A property that is a string when present: `Ok(None)` for `undefined` or `null`.
fn optional_string(object: &JsValue, key: &str) -> Result<Option<String>, String> {
    let value = property(object, key).map_err(|err| describe(&err))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| format!("the host's `{key}` is not a string"))
}

/// An answer's `status`: a whole number from 0 to 65535 when present.
fn status(answer: &JsValue) -> Result<Option<u16>, String> {
    let value = property(answer, "status").map_err(|err| describe(&err))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    match value.as_f64() {
        Some(number) if number.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(&number) => {
            Ok(Some(number as u16))
        }
        _ => Err("the host's `status` is not an HTTP status".to_owned()),
    }
}

/// An answer's `headers`: `[name, value]` pairs of strings; none when absent.
fn headers(answer: &JsValue) -> Result<Vec<(String, String)>, String> {
    let value = property(answer, "headers").map_err(|err| describe(&err))?;
    if value.is_undefined() {
        return Ok(Vec::new());
    }
    let malformed = || "the host's `headers` are not [name, value] pairs".to_owned();
    let pairs = value.dyn_into::<Array>().map_err(|_| malformed())?;
    pairs
        .iter()
        .map(|pair| {
            let pair = pair.dyn_into::<Array>().map_err(|_| malformed())?;
            match (pair.length(), pair.get(0).as_string(), pair.get(1).as_string()) {
                (2, Some(name), Some(value)) => Ok((name, value)),
                _ => Err(malformed()),
            }
        })
        .collect()
}

/// The fields of a [`HostResponse`], each checked: a host that breaks the contract gets a network
/// failure that says which field is wrong.
fn read_response(answer: &JsValue) -> Result<Result<HttpResponse, FetchFailure>, String> {
    let status = status(answer)?;
    let headers = headers(answer)?;
    let body = optional_string(answer, "body")?;
    let error = optional_string(answer, "error")?;
    let message = optional_string(answer, "message")?;
    Ok(match (status, error.as_deref()) {
        (Some(status), None) => Ok(HttpResponse { status, headers, body: body.unwrap_or_default() }),
        (_, Some("timeout")) => Err(FetchFailure::Timeout),
        _ => Err(FetchFailure::Network(message.unwrap_or_else(|| "no response".to_owned()))),
    })
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
        let ticket = self.0.fetch(js_request(&request).into()).map_err(|err| failed(&err))?;
        let answer = Settled::new(&self.0, ticket).await.map_err(|err| failed(&err))?;
        read_response(&answer).unwrap_or_else(|problem| Err(FetchFailure::Network(problem)))
    }

    async fn read_file(&self, path: &str) -> Result<Option<String>, FileError> {
        let ticket = self.0.read_file(path, MAX_FILE_BYTES as f64).map_err(|err| file_error(&err))?;
        let content = Settled::new(&self.0, ticket).await.map_err(|err| file_error(&err))?;
        if content.is_null() || content.is_undefined() {
            return Ok(None);
        }
        content.as_string().map(Some).ok_or(FileError::NotUtf8)
    }

    async fn file_mode(&self, path: &str) -> Option<u32> {
        let mode = Settled::new(&self.0, self.0.file_mode(path).ok()?).await.ok()?;
        mode.as_f64().map(|mode| mode as u32)
    }

    async fn sleep(&self, ms: u32) {
        if let Ok(ticket) = self.0.sleep(ms) {
            // A rejected timer ends the wait early; nothing else to do.
            let _ = Settled::new(&self.0, ticket).await;
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

/// A [`QueryResult`]: `{ success, output?, error? }`.
fn js_result(result: &QueryResult) -> JsValue {
    let object = Object::new();
    set(&object, "success", &JsValue::from_bool(result.success));
    for (key, text) in [("output", &result.output), ("error", &result.error)] {
        if let Some(text) = text {
            set(&object, key, &JsValue::from_str(text));
        }
    }
    object.into()
}

/// A [`MystatusReport`]: `{ markdown, platforms: { id, name, result? }[] }`.
fn js_report(report: &Report) -> JsValue {
    let object = Object::new();
    set(&object, "markdown", &JsValue::from_str(&report.markdown));
    let platforms: Array = report
        .platforms
        .iter()
        .map(|section| {
            let platform = Object::new();
            set(&platform, "id", &JsValue::from_str(section.id));
            set(&platform, "name", &JsValue::from_str(section.platform));
            if let Some(result) = &section.result {
                set(&platform, "result", &js_result(result));
            }
            platform
        })
        .collect();
    set(&object, "platforms", &platforms);
    object.into()
}

/// Every configured platform at once: a task whose output is the [`MystatusReport`]. Platforms
/// listed in `crashed` (ids) trapped the module on an earlier attempt: they are reported as an
/// internal error without being asked again (see `mystatus_core::crash`).
#[wasm_bindgen(js_name = queryAllUsage)]
pub fn query_all_usage(host: JsHost, crashed: Vec<String>) -> Task {
    let crashed = platforms(&crashed);
    Task::new(async move { js_report(&mystatus_core::full_report_except(&Bridge(host), &crashed).await) })
}

/// One platform, by its id: a task whose output is its [`QueryResult`], or `undefined` when it
/// is not configured (or the id is unknown).
#[wasm_bindgen(js_name = queryUsage)]
pub fn query_usage(
    host: JsHost,
    #[wasm_bindgen(unchecked_param_type = "PlatformId")] platform: String,
    crashed: Vec<String>,
) -> Task {
    let crashed = platforms(&crashed);
    let platform = Platform::ALL.into_iter().find(|known| known.id() == platform);
    Task::new(async move {
        let Some(platform) = platform else { return JsValue::UNDEFINED };
        let result = mystatus_core::query_usage_except(&Bridge(host), platform, &crashed).await;
        result.as_ref().map_or(JsValue::UNDEFINED, js_result)
    })
}

/// After a call into the module threw (a trap: a bug hit a panic), the id of the platform whose
/// lookup was running, if any. The module should not be used again after a trap, except for this.
#[wasm_bindgen(js_name = crashedPlatform, unchecked_return_type = "PlatformId | undefined")]
pub fn crashed_platform() -> Option<String> {
    mystatus_core::crash::running().map(|platform| platform.id().to_owned())
}

fn platforms(ids: &[String]) -> Vec<Platform> {
    Platform::ALL.into_iter().filter(|platform| ids.iter().any(|id| id == platform.id())).collect()
}
