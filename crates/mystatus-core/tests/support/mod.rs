//! An in-memory [`Host`] for tests: files, environment and clock are fields; HTTP answers come
//! from a closure and every request is recorded.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::PathBuf;

use mystatus_core::host::{FetchFailure, FileError, Host, HttpRequest, HttpResponse, Os};
use mystatus_core::platform::Platform as Service;
use mystatus_core::report::{QueryResult, Report};

pub type Answer = Result<HttpResponse, FetchFailure>;

/// 2026-11-21T13:30:00Z: the 1st of December is 9 d 10 h 30 min away.
pub const NOW_MS: i64 = 1_795_267_800_000;
pub const HOME: &str = "/home/octo";
pub const API: &str = "https://api.github.com";
pub const CREDITS_PATH: &str = "/users/johndoe/settings/billing/ai_credit/usage";
pub const PREMIUM_PATH: &str = "/users/johndoe/settings/billing/premium_request/usage";
pub const PAT_PATH: &str = "/home/octo/.config/opencode/copilot-quota-token.json";
pub const AUTH_PATH: &str = "/home/octo/.local/share/opencode/auth.json";
pub const PAT: &str = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP";
pub const OAUTH_TOKEN: &str = "gho_16C7e42F292c6912E7710c838347Ae178B4a";
pub const SESSION_TOKEN: &str = "tid=0123456789abcdef;exp=1769005800;sku=copilot_pro;8kp=1:0a1b2c3d4e5f";

pub struct FakeHost {
    pub files: HashMap<String, Result<String, FileError>>,
    /// Unix permission bits by path; absent means unknown.
    pub modes: HashMap<String, u32>,
    /// Requests whose URL contains one of these never get an answer.
    pub hanging: Vec<String>,
    /// Whether a sleep as long as the report's deadline ends (else it never does, so that only
    /// hanging requests meet the deadline). Shorter sleeps (retry backoff) end at once.
    pub deadlines_expire: bool,
    pub sleeps: RefCell<Vec<u32>>,
    /// Answers take one turn of the executor, as real network answers do, so that concurrent
    /// requests are all sent before any is answered.
    pub answers_take_a_turn: bool,
    /// The process memory earlier reports left (see `Host::recall`).
    pub memory: RefCell<HashMap<String, String>>,
    pub env: HashMap<String, String>,
    pub now_ms: i64,
    /// How far the clock has moved on since `now_ms`, between two reports.
    pub elapsed_ms: Cell<i64>,
    /// Whether the reports are automatic refreshes (see `Host::automatic`).
    pub automatic: Cell<bool>,
    pub home: Option<String>,
    pub os: Os,
    pub locale: Option<String>,
    answer: Box<dyn Fn(&HttpRequest) -> Answer>,
    pub requests: RefCell<Vec<HttpRequest>>,
    /// Each platform's section as it was read (see `Host::section_read`), in that order.
    pub sections_read: RefCell<Vec<(Service, Option<bool>)>>,
}

impl FakeHost {
    /// A Linux machine with no files, no variables, and a network that must not be used.
    pub fn new() -> Self {
        Self {
            files: HashMap::new(),
            modes: HashMap::new(),
            hanging: Vec::new(),
            deadlines_expire: false,
            sleeps: RefCell::new(Vec::new()),
            answers_take_a_turn: false,
            memory: RefCell::new(HashMap::new()),
            env: HashMap::new(),
            now_ms: NOW_MS,
            elapsed_ms: Cell::new(0),
            automatic: Cell::new(false),
            home: Some(HOME.to_owned()),
            os: Os::Linux,
            locale: Some("en-US".to_owned()),
            answer: Box::new(|request| panic!("unexpected request to {}", request.url)),
            requests: RefCell::new(Vec::new()),
            sections_read: RefCell::new(Vec::new()),
        }
    }

    pub fn file(mut self, path: &str, content: &str) -> Self {
        self.files.insert(path.to_owned(), Ok(content.to_owned()));
        self
    }

    pub fn env(mut self, name: &str, value: &str) -> Self {
        self.env.insert(name.to_owned(), value.to_owned());
        self
    }

    pub fn answer(mut self, answer: impl Fn(&HttpRequest) -> Answer + 'static) -> Self {
        self.answer = Box::new(answer);
        self
    }

    /// Answers by URL: the first route whose text the URL contains (so list specific paths first);
    /// anything else gets GitHub's 404.
    pub fn routes(self, routes: &[(&str, u16, &str)]) -> Self {
        let routes: Vec<(String, u16, String)> =
            routes.iter().map(|(path, status, body)| ((*path).to_owned(), *status, (*body).to_owned())).collect();
        self.answer(move |request| {
            routes
                .iter()
                .find(|(path, _, _)| request.url.contains(path.as_str()))
                .map_or_else(|| ok(404, r#"{"message":"Not Found"}"#), |(_, status, body)| ok(*status, body))
        })
    }

    /// Every request gets the same answer.
    pub fn always(self, status: u16, body: &str) -> Self {
        let body = body.to_owned();
        self.answer(move |_| ok(status, &body))
    }

    /// A token file from the premium-request era: token, username and tier.
    pub fn pat_file(self, tier: &str) -> Self {
        self.file(PAT_PATH, &format!(r#"{{"token": "{PAT}", "username": "johndoe", "tier": "{tier}"}}"#))
    }

    /// A token file with the token and these extra JSON fields (`"tier": "pro"`...).
    pub fn pat_fields(self, fields: &str) -> Self {
        let separator = if fields.is_empty() { "" } else { ", " };
        self.file(PAT_PATH, &format!(r#"{{"token": "{PAT}"{separator}{fields}}}"#))
    }

    pub fn auth_file(self, refresh: &str, access: &str, expires: i64) -> Self {
        self.file(
            AUTH_PATH,
            &format!(
                r#"{{"github-copilot": {{"type": "oauth", "refresh": "{refresh}", "access": "{access}", "expires": {expires}}}}}"#
            ),
        )
    }

    /// Forgets the requests so far (the memory stays), as between two reports.
    pub fn clear_requests(&self) {
        self.requests.borrow_mut().clear();
    }

    pub fn urls(&self) -> Vec<String> {
        self.requests.borrow().iter().map(|request| request.url.clone()).collect()
    }

    /// `(url, Authorization)` of every request, in order.
    pub fn calls(&self) -> Vec<(String, String)> {
        self.requests.borrow().iter().map(|request| (request.url.clone(), header(request, "Authorization"))).collect()
    }
}

pub fn header(request: &HttpRequest, name: &str) -> String {
    request
        .headers
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.clone())
        .unwrap_or_default()
}

pub fn ok(status: u16, body: &str) -> Answer {
    Ok(HttpResponse { status, headers: Vec::new(), body: body.to_owned() })
}

/// An answer with headers (`retry-after`, `x-ratelimit-*`...).
pub fn with_headers(status: u16, headers: &[(&str, &str)], body: &str) -> Answer {
    let headers = headers.iter().map(|(name, value)| ((*name).to_owned(), (*value).to_owned())).collect();
    Ok(HttpResponse { status, headers, body: body.to_owned() })
}

/// Pending once (waking itself), then ready.
async fn yield_once() {
    let mut yielded = false;
    std::future::poll_fn(|cx| {
        if yielded {
            std::task::Poll::Ready(())
        } else {
            yielded = true;
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        }
    })
    .await;
}

impl Host for FakeHost {
    async fn fetch(&self, request: HttpRequest) -> Answer {
        self.requests.borrow_mut().push(request.clone());
        if self.hanging.iter().any(|url| request.url.contains(url.as_str())) {
            std::future::pending::<()>().await;
        }
        if self.answers_take_a_turn {
            yield_once().await;
        }
        (self.answer)(&request)
    }

    async fn read_file(&self, path: &str) -> Result<Option<String>, FileError> {
        self.files.get(path).cloned().transpose()
    }

    async fn file_mode(&self, path: &str) -> Option<u32> {
        self.modes.get(path).copied()
    }

    fn recall(&self, key: &str) -> Option<String> {
        self.memory.borrow().get(key).cloned()
    }

    fn remember(&self, key: &str, value: Option<String>) {
        match value {
            Some(value) => self.memory.borrow_mut().insert(key.to_owned(), value),
            None => self.memory.borrow_mut().remove(key),
        };
    }

    async fn sleep(&self, ms: u32) {
        self.sleeps.borrow_mut().push(ms);
        if ms >= 5_000 && !self.deadlines_expire {
            std::future::pending::<()>().await;
        }
    }

    fn env(&self, name: &str) -> Option<String> {
        self.env.get(name).cloned()
    }

    fn section_read(&self, platform: Service, success: Option<bool>) {
        self.sections_read.borrow_mut().push((platform, success));
    }

    fn automatic(&self) -> bool {
        self.automatic.get()
    }

    fn now_ms(&self) -> i64 {
        self.now_ms + self.elapsed_ms.get()
    }

    fn home_dir(&self) -> Option<String> {
        self.home.clone()
    }

    fn os(&self) -> Os {
        self.os
    }

    fn locale(&self) -> Option<String> {
        self.locale.clone()
    }
}

pub fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// Compares `actual` with `tests/snapshots/{name}.md`; `UPDATE_SNAPSHOTS=1` rewrites the file.
pub fn assert_snapshot(name: &str, actual: &str) {
    assert_snapshot_file(&format!("{name}.md"), actual);
}

/// Compares the figures of `result`, its accounts as scripts read them (JSON), with
/// `tests/snapshots/{name}.accounts.json`.
pub fn assert_accounts(name: &str, result: &QueryResult) {
    let json = serde_json::to_string_pretty(&result.accounts).unwrap();
    assert_snapshot_file(&format!("{name}.accounts.json"), &json);
}

fn assert_snapshot_file(file: &str, actual: &str) {
    let name = file;
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(file);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot {}; run with UPDATE_SNAPSHOTS=1 and review it", path.display()));
    assert!(expected == actual, "snapshot {name} differs.\n--- expected\n{expected}\n--- actual\n{actual}\n---");
}

/// The report of a platform that is configured; an error fails the test.
pub fn output_of(result: Option<QueryResult>) -> String {
    let result = result.expect("a configured account");
    assert!(result.success, "expected a report, got {:?}", result.error);
    result.output.unwrap()
}

/// The error of a platform that is configured; a report fails the test.
pub fn error_of(result: Option<QueryResult>) -> String {
    let result = result.expect("a configured account");
    assert!(!result.success, "expected an error, got {:?}", result.output);
    result.error.unwrap()
}

/// The whole `/mystatus` answer.
pub async fn full_report(host: &impl Host) -> Report {
    mystatus_core::report(host, &Service::ALL).await
}

/// One platform's result; `None` when it is not configured.
pub async fn query_usage(host: &impl Host, platform: Service) -> Option<QueryResult> {
    mystatus_core::report(host, &[platform]).await.platforms.pop()?.result
}

/// The Copilot result; `None` when no Copilot account is configured.
pub async fn query_copilot_usage(host: &impl Host) -> Option<QueryResult> {
    query_usage(host, Service::Copilot).await
}

/// Runs a core future to completion: the core never spawns, so a trivial executor is enough.
pub fn run<F: std::future::Future>(future: F) -> F::Output {
    pollster::block_on(future)
}

/// The Copilot report of a configured account; fails the test on an error.
pub fn output(host: &FakeHost) -> String {
    let result = run(query_copilot_usage(host)).expect("a configured account");
    assert!(result.success, "expected a report, got {:?}", result.error);
    result.output.unwrap()
}

/// The Copilot error of a configured account; fails the test on a report.
pub fn error(host: &FakeHost) -> String {
    let result = run(query_copilot_usage(host)).expect("a configured account");
    assert!(!result.success, "expected an error, got {:?}", result.output);
    result.error.unwrap()
}
