//! What the core needs from the place it runs in. The core never touches the network, the disk or
//! the process environment itself, so the same logic runs under `cargo test` and inside OpenCode.

/// Default per-request timeout; the shim aborts the request when it elapses.
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;
/// Overrides the per-request timeout (slow proxies, tests), within sane bounds.
pub const TIMEOUT_VAR: &str = "MYSTATUS_TIMEOUT_MS";
const TIMEOUT_RANGE_MS: std::ops::RangeInclusive<u32> = 100..=120_000;
/// The whole report's deadline: a platform still waiting then is reported as too slow, so one
/// hanging service never holds the others' sections back longer.
pub const DEFAULT_DEADLINE_MS: u32 = 30_000;
pub const DEADLINE_VAR: &str = "MYSTATUS_DEADLINE_MS";
const DEADLINE_RANGE_MS: std::ops::RangeInclusive<u32> = 500..=600_000;

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
    /// Names as the host gives them; look them up with [`HttpResponse::header`].
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl HttpResponse {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// A header's value, whatever the case of its name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }
}

/// The most a host reads of one file: credentials files are small, and a huge one is a mistake.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Why a file that exists could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Larger than [`MAX_FILE_BYTES`]; nothing of it was read.
    TooLarge {
        bytes: u64,
    },
    NotUtf8,
    /// Permission denied, a directory, an I/O error: the host's own description.
    Unreadable(String),
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
pub enum Os {
    Windows,
    MacOs,
    Linux,
    Other,
}

impl Os {
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
    /// `Ok(None)` when the file does not exist: a normal answer, not an error. Reads at most
    /// [`MAX_FILE_BYTES`] and only UTF-8 text.
    async fn read_file(&self, path: &str) -> Result<Option<String>, FileError>;
    /// Unix permission bits of a file (`0o600`); `None` where there are none (Windows) or unknown.
    async fn file_mode(&self, path: &str) -> Option<u32>;
    /// Resolves after `ms` milliseconds (retry backoff, the report's deadline).
    async fn sleep(&self, ms: u32);
    /// What an earlier report in this process remembered under `key` (which strategy worked, a
    /// session token until it expires). Kept in memory only, never on disk.
    fn recall(&self, key: &str) -> Option<String>;
    /// Remembers `value` under `key` for later reports in this process; `None` forgets.
    fn remember(&self, key: &str, value: Option<String>);
    fn env(&self, name: &str) -> Option<String>;
    /// A platform's section is read: `Some(success)` when it is configured, `None` when it is not,
    /// so that a host can show the report's progress before it is whole.
    fn section_read(&self, _platform: crate::platform::Platform, _success: Option<bool>) {}
    /// Whether this report is an automatic refresh (the status line, the alerts) rather than one
    /// the user asked for: automatic ones leave alone a service that asked to wait.
    fn automatic(&self) -> bool {
        false
    }
    /// An environment variable that is set to something other than blanks.
    fn env_set(&self, name: &str) -> Option<String> {
        self.env(name).filter(|value| !value.trim().is_empty())
    }
    /// The per-request timeout: `MYSTATUS_TIMEOUT_MS` when it is a number, clamped, else 10 s.
    fn timeout_ms(&self) -> u32 {
        self.env_ms(TIMEOUT_VAR, DEFAULT_TIMEOUT_MS, TIMEOUT_RANGE_MS)
    }
    /// The report's deadline: `MYSTATUS_DEADLINE_MS` when it is a number, clamped, else 30 s.
    fn deadline_ms(&self) -> u32 {
        self.env_ms(DEADLINE_VAR, DEFAULT_DEADLINE_MS, DEADLINE_RANGE_MS)
    }
    /// A duration in milliseconds from `var`, within `range`, else `default`.
    fn env_ms(&self, var: &str, default: u32, range: std::ops::RangeInclusive<u32>) -> u32 {
        self.env_set(var)
            .and_then(|value| value.trim().parse::<u32>().ok())
            .map_or(default, |ms| ms.clamp(*range.start(), *range.end()))
    }
    /// Milliseconds since the Unix epoch.
    fn now_ms(&self) -> i64;
    fn home_dir(&self) -> Option<String>;
    /// The operating system the host runs on.
    fn os(&self) -> Os;
    /// The runtime's default locale (`Intl`), the last resort for choosing a language.
    fn locale(&self) -> Option<String>;
}
