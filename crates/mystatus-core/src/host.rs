//! What the core needs from the place it runs in. The core never touches the network, the disk or
//! the process environment itself, so the same logic runs under `cargo test` and inside OpenCode.

/// Default per-request timeout; the shim aborts the request when it elapses.
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;
/// Overrides the per-request timeout (slow proxies, tests), within sane bounds.
pub const TIMEOUT_VAR: &str = "MYSTATUS_TIMEOUT_MS";
const TIMEOUT_RANGE_MS: std::ops::RangeInclusive<u32> = 100..=120_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: &'static str,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
    pub timeout_ms: u32,
}

impl HttpRequest {
    pub fn get(url: String) -> Self {
        Self { method: "GET", url, headers: Vec::new(), body: None, timeout_ms: DEFAULT_TIMEOUT_MS }
    }

    /// A POST with `body`; `content_type` goes in the `Content-Type` header.
    pub fn post(url: String, content_type: &str, body: String) -> Self {
        Self { method: "POST", body: Some(body), ..Self::get(url) }.header("Content-Type", content_type)
    }

    pub fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_owned(), value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    pub body: String,
}

impl HttpResponse {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// A request that got no HTTP answer at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchFailure {
    /// No answer within the request's `timeout_ms`.
    Timeout,
    /// DNS, refused connection, TLS, reset: the host's own description.
    Network(String),
}

/// The operating system family, as Node's `process.platform` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    Windows,
    MacOs,
    Linux,
    Other,
}

impl Platform {
    pub fn from_node_name(name: &str) -> Self {
        match name {
            "win32" => Self::Windows,
            "darwin" => Self::MacOs,
            "linux" => Self::Linux,
            _ => Self::Other,
        }
    }

    pub fn path_separator(self) -> char {
        if self == Self::Windows { '\\' } else { '/' }
    }
}

/// Host capabilities. Futures are not `Send`: in wasm they are JS promises on one thread.
#[allow(async_fn_in_trait)]
pub trait Host {
    async fn fetch(&self, request: HttpRequest) -> Result<HttpResponse, FetchFailure>;
    /// `Ok(None)` when the file does not exist: a normal answer, not an error.
    async fn read_file(&self, path: &str) -> Result<Option<String>, String>;
    fn env(&self, name: &str) -> Option<String>;
    /// An environment variable that is set to something other than blanks.
    fn env_set(&self, name: &str) -> Option<String> {
        self.env(name).filter(|value| !value.trim().is_empty())
    }
    /// The per-request timeout: `MYSTATUS_TIMEOUT_MS` when it is a number, clamped, else 10 s.
    fn timeout_ms(&self) -> u32 {
        self.env_set(TIMEOUT_VAR)
            .and_then(|value| value.trim().parse::<u32>().ok())
            .map_or(DEFAULT_TIMEOUT_MS, |ms| ms.clamp(*TIMEOUT_RANGE_MS.start(), *TIMEOUT_RANGE_MS.end()))
    }
    /// Milliseconds since the Unix epoch.
    fn now_ms(&self) -> i64;
    fn home_dir(&self) -> Option<String>;
    fn platform(&self) -> Platform;
    /// The runtime's default locale (`Intl`), the last resort for choosing a language.
    fn locale(&self) -> Option<String>;
}
