//! The core's [`Host`] over the shim's host object, whose asynchronous methods return Promises,
//! and HTTP through the standard `fetch` (the same global in Bun and Node) with web-sys's types.
//! Every call into JavaScript is `catch`: a host that throws gives the core an absent answer or
//! an error, never a trap.

use js_sys::{Array, Function, Promise, Reflect};
use mystatus_core::host::{FetchFailure, FileError, Host, HttpRequest, HttpResponse, MAX_FILE_BYTES, Os};
use mystatus_core::platform::Platform;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, Headers, RequestInit, Response};

#[wasm_bindgen(typescript_custom_section)]
const MYSTATUS_HOST: &str = r#"
/**
 * What the core needs from where it runs: the shim's `createHost` makes one. The methods are
 * declared here by hand: wasm-bindgen types the data that crosses, not the members of an object.
 */
export interface MystatusHost {
  /** The `fetch` requests go through, called as `fetch(url, init)` (a proxy's, say). */
  fetch: typeof fetch;
  /** Aborts every request in flight (OpenCode cancelled the tool call). */
  signal?: AbortSignal;
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
  /**
   * Told as each platform's section is read: its id ("copilot"), its name and whether it was read
   * ("ok"), failed ("failed") or is not configured ("none"), before the whole report is ready.
   */
  onSection?(platform: PlatformId, name: string, state: "ok" | "failed" | "none"): void;
  /**
   * True for an automatic refresh (the status line, alerts), not a report the user asked for:
   * a service that answered 429 is then left alone until its back-off ends.
   */
  automatic?: boolean;
  /** Milliseconds since the Unix epoch. */
  now(): number;
  homeDir(): string | undefined;
  /** As Node's process.platform: "linux", "darwin", "win32", ... */
  platform(): string;
  /** The runtime's Intl locale, e.g. "en-US". */
  locale(): string | undefined;
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "MystatusHost")]
    pub type JsHost;

    #[wasm_bindgen(method, catch, getter)]
    fn fetch(this: &JsHost) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, getter)]
    fn signal(this: &JsHost) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = readFile)]
    fn read_file(this: &JsHost, path: &str, max_bytes: f64) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, catch, js_name = fileMode)]
    fn file_mode(this: &JsHost, path: &str) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn sleep(this: &JsHost, ms: u32) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn recall(this: &JsHost, key: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn remember(this: &JsHost, key: &str, value: Option<String>) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    fn env(this: &JsHost, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, getter)]
    fn automatic(this: &JsHost) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, getter, js_name = onSection)]
    fn on_section(this: &JsHost) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn now(this: &JsHost) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = homeDir)]
    fn home_dir(this: &JsHost) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn platform(this: &JsHost) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn locale(this: &JsHost) -> Result<JsValue, JsValue>;

    /// JavaScript's `String(value)`.
    #[wasm_bindgen(js_name = String)]
    fn to_js_string(value: &JsValue) -> String;
}

/// A text answer, or absent: a host that throws or answers another type has no answer.
fn text(answer: Result<JsValue, JsValue>) -> Option<String> {
    answer.ok()?.as_string()
}

/// `value[key]`, undefined when it cannot be read.
fn property(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// "fetch failed (ECONNREFUSED)": the runtime's words, plus the system's error code when the
/// words do not already say it.
fn describe(error: &JsValue) -> String {
    let message = match property(error, "message").as_string() {
        Some(message) if error.is_instance_of::<js_sys::Error>() => message,
        _ => to_js_string(error),
    };
    let cause = property(error, "cause");
    let detail = property(&cause, "code")
        .as_string()
        .or_else(|| property(error, "code").as_string())
        .or_else(|| cause.is_instance_of::<js_sys::Error>().then(|| property(&cause, "message").as_string()).flatten());
    match detail {
        Some(detail) if !detail.is_empty() && !message.contains(&detail) => format!("{message} ({detail})"),
        _ => message,
    }
}

pub struct Bridge {
    host: JsHost,
}

impl Bridge {
    pub fn new(host: JsHost) -> Self {
        Self { host }
    }

    /// The request's options as `fetch` takes them, aborted by `signal`.
    fn init(request: &HttpRequest, signal: &AbortSignal) -> Result<RequestInit, JsValue> {
        let headers = Headers::new()?;
        for (name, value) in &request.headers {
            headers.append(name, value)?;
        }
        let init = RequestInit::new();
        init.set_method(request.method);
        init.set_headers(&headers);
        if let Some(body) = &request.body {
            init.set_body(&JsValue::from_str(body));
        }
        init.set_signal(Some(signal));
        Ok(init)
    }

    /// Sends `request` with the host's `fetch`, and reads the whole answer under `signal`: a
    /// server that stalls mid-body times out too.
    async fn send(&self, request: &HttpRequest, signal: &AbortSignal) -> Result<HttpResponse, JsValue> {
        let init = Self::init(request, signal)?;
        let fetch: Function =
            self.host.fetch()?.dyn_into().map_err(|_| JsValue::from_str("the host's fetch is not a function"))?;
        // `fetch(url, options)`, the call every replacement of `fetch` understands.
        let answer = Promise::resolve(&fetch.call2(&JsValue::UNDEFINED, &JsValue::from_str(&request.url), &init)?);
        let answer = JsFuture::from(answer).await?;
        // Read by its members, so that another fetch's Response (undici's, say) reads as well.
        if !answer.is_object() || !property(&answer, "text").is_function() {
            return Err(JsValue::from_str("fetch did not answer with a Response"));
        }
        let response: Response = answer.unchecked_into();
        let mut headers = Vec::new();
        let entries = Some(response.headers()).filter(|headers| headers.is_object());
        if let Some(entries) = entries.map(|headers| js_sys::try_iter(&headers)).transpose()?.flatten() {
            for entry in entries {
                let pair = Array::from(&entry?);
                if let (Some(name), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                    headers.push((name, value));
                }
            }
        }
        let body = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
        Ok(HttpResponse { status: response.status(), headers, body })
    }
}

impl Host for Bridge {
    async fn fetch(&self, request: HttpRequest) -> Result<HttpResponse, FetchFailure> {
        let timeout = AbortSignal::timeout_with_u32(request.timeout_ms);
        let outer = self.host.signal().ok().and_then(|signal| signal.dyn_into::<AbortSignal>().ok());
        let signal = match &outer {
            Some(outer) => AbortSignal::any(&Array::of2(&timeout, outer)),
            None => timeout.clone(),
        };
        self.send(&request, &signal).await.map_err(|error| {
            if outer.is_some_and(|outer| outer.aborted()) {
                FetchFailure::Network("cancelled".to_owned())
            } else if timeout.aborted() {
                FetchFailure::Timeout
            } else {
                FetchFailure::Network(describe(&error))
            }
        })
    }

    async fn read_file(&self, path: &str) -> Result<Option<String>, FileError> {
        let read = self.host.read_file(path, MAX_FILE_BYTES as f64);
        match async { JsFuture::from(read?).await }.await {
            Ok(text) => Ok(text.as_string()),
            Err(error) => Err(match property(&error, "code").as_string().as_deref() {
                Some("ETOOLARGE") => {
                    FileError::TooLarge { bytes: property(&error, "size").as_f64().unwrap_or(0.0) as u64 }
                }
                Some("ENOTUTF8") => FileError::NotUtf8,
                Some(code) => FileError::Unreadable(code.to_owned()),
                None => FileError::Unreadable(describe(&error)),
            }),
        }
    }

    async fn file_mode(&self, path: &str) -> Option<u32> {
        let mode = JsFuture::from(self.host.file_mode(path).ok()?).await.ok()?.as_f64()?;
        (mode.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&mode)).then_some(mode as u32)
    }

    async fn sleep(&self, ms: u32) {
        if let Ok(sleep) = self.host.sleep(ms) {
            // Resolved or rejected, the wait is over.
            let _ = JsFuture::from(sleep).await;
        }
    }

    fn recall(&self, key: &str) -> Option<String> {
        text(self.host.recall(key))
    }

    fn remember(&self, key: &str, value: Option<String>) {
        // Memory is an optimisation: a host that cannot keep it makes the next report ask again.
        let _ = self.host.remember(key, value);
    }

    fn env(&self, name: &str) -> Option<String> {
        text(self.host.env(name))
    }

    fn section_read(&self, platform: Platform, success: Option<bool>) {
        let Some(callback) = self.host.on_section().ok().and_then(|value| value.dyn_into::<Function>().ok()) else {
            return;
        };
        let state = match success {
            Some(true) => "ok",
            Some(false) => "failed",
            None => "none",
        };
        // Progress is a courtesy: a callback that throws changes nothing of the report.
        let _ = callback.call3(
            self.host.as_ref(),
            &JsValue::from_str(platform.id()),
            &JsValue::from_str(platform.name()),
            &JsValue::from_str(state),
        );
    }

    fn automatic(&self) -> bool {
        self.host.automatic().is_ok_and(|automatic| automatic.is_truthy())
    }

    fn now_ms(&self) -> i64 {
        self.host.now().ok().and_then(|now| now.as_f64()).filter(|now| now.is_finite()).map_or(0, |now| now as i64)
    }

    fn home_dir(&self) -> Option<String> {
        text(self.host.home_dir())
    }

    fn os(&self) -> Os {
        Os::from_node_name(&text(self.host.platform()).unwrap_or_default())
    }

    fn locale(&self) -> Option<String> {
        text(self.host.locale())
    }
}
