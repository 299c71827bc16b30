//! The fuzz host: a [`Host`] whose every answer comes from a [`Scenario`]. Nothing waits: sleeps
//! end at once, and an answer takes at most one turn of the executor. Requests are counted and
//! refused past a budget, so no scenario can make a report loop. The memory of `recall` and
//! `remember` lasts as long as the host, over the reports asked of it.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use mystatus_core::host::{FetchFailure, FileError, Host, HttpRequest, HttpResponse, Os as HostOs};

use crate::fixtures;
use crate::scenario::{Os, Scenario};

/// The most requests one report may send; the core sends far fewer (two per Antigravity account,
/// at most a dozen elsewhere).
pub const MAX_REQUESTS: usize = 100;

pub struct FuzzHost<'a> {
    scenario: &'a Scenario,
    env: HashMap<&'static str, String>,
    auth: Result<Option<String>, FileError>,
    pat: Result<Option<String>, FileError>,
    accounts: Result<Option<String>, FileError>,
    claude_code: Result<Option<String>, FileError>,
    requests: Cell<usize>,
    memory: RefCell<HashMap<String, String>>,
}

impl<'a> FuzzHost<'a> {
    pub fn new(scenario: &'a Scenario) -> Self {
        let mut env: HashMap<&'static str, String> =
            scenario.env.iter().map(|(var, value)| (var.name(), value.text())).collect();
        let auth = scenario.auth.read();
        if scenario.auth_in_env
            && let Ok(Some(content)) = &auth
        {
            env.insert("OPENCODE_AUTH_CONTENT", content.clone());
        }
        Self {
            scenario,
            env,
            auth,
            pat: scenario.pat.read(),
            accounts: scenario.accounts.read(),
            claude_code: scenario.claude_code.read(),
            requests: Cell::new(0),
            memory: RefCell::new(HashMap::new()),
        }
    }

    /// Requests sent since the host was made or [`FuzzHost::next_report`].
    pub fn requests(&self) -> usize {
        self.requests.get()
    }

    /// Between two reports: the request count starts again (and so do the answers); the memory stays.
    pub fn next_report(&self) {
        self.requests.set(0);
    }

    /// Forgets everything remembered.
    pub fn forget_all(&self) {
        self.memory.borrow_mut().clear();
    }

    /// Replaces what is remembered by `values`, in turn (a memory gone wrong).
    pub fn corrupt_memory(&self, values: &[String]) {
        let mut memory = self.memory.borrow_mut();
        for (remembered, value) in memory.values_mut().zip(values.iter().cycle()) {
            value.clone_into(remembered);
        }
    }
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

impl Host for FuzzHost<'_> {
    async fn fetch(&self, request: HttpRequest) -> Result<HttpResponse, FetchFailure> {
        let number = self.requests.get();
        self.requests.set(number + 1);
        if number >= MAX_REQUESTS {
            return Err(FetchFailure::Network("the fuzz host's request budget is spent".to_owned()));
        }
        let answers = &self.scenario.answers;
        let Some(answer) = answers.get(number % answers.len().max(1)) else {
            // No answer chosen: a real payload of the endpoint, a different one each request.
            let body = fixtures::fitting(&request.url, u8::try_from(number).unwrap_or_default()).to_owned();
            return Ok(HttpResponse { status: 200, headers: Vec::new(), body });
        };
        if answer.waits_a_turn() {
            yield_once().await;
        }
        answer.render(&request)
    }

    async fn read_file(&self, path: &str) -> Result<Option<String>, FileError> {
        if path.ends_with("auth.json") {
            self.auth.clone()
        } else if path.ends_with("copilot-quota-token.json") {
            self.pat.clone()
        } else if path.ends_with("antigravity-accounts.json") {
            self.accounts.clone()
        } else if path.ends_with(".credentials.json") {
            self.claude_code.clone()
        } else {
            Ok(None)
        }
    }

    async fn file_mode(&self, _path: &str) -> Option<u32> {
        self.scenario.mode
    }

    async fn sleep(&self, _ms: u32) {}

    fn recall(&self, key: &str) -> Option<String> {
        self.memory.borrow().get(key).cloned()
    }

    fn remember(&self, key: &str, value: Option<String>) {
        let mut memory = self.memory.borrow_mut();
        match value {
            Some(value) => memory.insert(key.to_owned(), value),
            None => memory.remove(key),
        };
    }

    fn env(&self, name: &str) -> Option<String> {
        self.env.get(name).cloned()
    }

    fn now_ms(&self) -> i64 {
        self.scenario.clock.now_ms()
    }

    fn home_dir(&self) -> Option<String> {
        self.scenario.home.dir()
    }

    fn os(&self) -> HostOs {
        match self.scenario.os {
            Os::Linux => HostOs::Linux,
            Os::MacOs => HostOs::MacOs,
            Os::Windows => HostOs::Windows,
            Os::Other => HostOs::Other,
        }
    }

    fn locale(&self) -> Option<String> {
        self.scenario.locale.as_ref().map(|tag| tag.text())
    }
}
