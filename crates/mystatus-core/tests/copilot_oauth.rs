//! Strategy 2: OpenCode's OAuth sign-in and Copilot's internal API.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use mystatus_core::host::FetchFailure;
use support::*;

const USER_URL: &str = "https://api.github.com/copilot_internal/user";
const TOKEN_URL: &str = "https://api.github.com/copilot_internal/v2/token";
const FUTURE: i64 = NOW_MS + 3_600_000;

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

fn direct(token: &str) -> String {
    format!("token {token}")
}

/// GitHub as OpenCode's new OAuth client meets it: the OAuth token is refused by the quota
/// endpoint, accepted by the exchange, and the session token reads the quota.
fn exchange_only(request: &mystatus_core::host::HttpRequest) -> Answer {
    match (request.url.as_str(), header(request, "Authorization").as_str()) {
        (TOKEN_URL, auth) if auth == bearer(OAUTH_TOKEN) => ok(200, &fixture("token_exchange.json")),
        (USER_URL, auth) if auth == bearer(SESSION_TOKEN) => ok(200, &fixture("internal_legacy_pro.json")),
        _ => ok(401, r#"{"message":"Bad credentials"}"#),
    }
}

#[test]
fn a_cached_session_token_costs_one_request() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, SESSION_TOKEN, FUTURE).answer(exchange_only);
    assert_snapshot("oauth_pro", &output(&host));
    assert_eq!(host.calls(), [(USER_URL.to_owned(), bearer(SESSION_TOKEN))]);
    assert_accounts("oauth_pro", &run(query_copilot_usage(&host)).unwrap());
}

#[test]
fn quota_requests_carry_the_editor_headers() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, SESSION_TOKEN, FUTURE).answer(exchange_only);
    output(&host);
    let request = &host.requests.borrow()[0];
    let expected = [
        ("User-Agent", "GitHubCopilotChat/0.35.0"),
        ("Editor-Version", "vscode/1.107.0"),
        ("Editor-Plugin-Version", "copilot-chat/0.35.0"),
        ("Copilot-Integration-Id", "vscode-chat"),
        ("Accept", "application/json"),
    ];
    for (name, value) in expected {
        assert_eq!(header(request, name), value, "{name}");
    }
}

#[test]
fn an_expired_session_is_not_used() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, SESSION_TOKEN, NOW_MS - 1).answer(exchange_only);
    output(&host);
    assert_eq!(
        host.calls(),
        [
            (USER_URL.to_owned(), direct(OAUTH_TOKEN)),
            (TOKEN_URL.to_owned(), bearer(OAUTH_TOKEN)),
            (USER_URL.to_owned(), bearer(SESSION_TOKEN)),
        ]
    );
}

#[test]
fn the_direct_strategy_wins_when_github_accepts_the_oauth_token() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).answer(|request| {
        if header(request, "Authorization") == direct(OAUTH_TOKEN) {
            ok(200, &fixture("internal_legacy_pro.json"))
        } else {
            ok(500, "")
        }
    });
    output(&host);
    assert_eq!(host.calls(), [(USER_URL.to_owned(), direct(OAUTH_TOKEN))]);
}

#[test]
fn a_refused_cached_session_falls_back_to_the_exchange() {
    let stale = "tid=stale0000000000;exp=1";
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, stale, FUTURE).answer(exchange_only);
    output(&host);
    assert_eq!(
        host.calls(),
        [
            (USER_URL.to_owned(), bearer(stale)),
            (USER_URL.to_owned(), direct(OAUTH_TOKEN)),
            (TOKEN_URL.to_owned(), bearer(OAUTH_TOKEN)),
            (USER_URL.to_owned(), bearer(SESSION_TOKEN)),
        ]
    );
}

#[test]
fn every_strategy_refused_gives_the_pat_guidance() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).always(404, r#"{"message":"Not Found"}"#);
    assert_snapshot("oauth_refused", &error(&host));
    assert_eq!(host.urls(), [USER_URL, TOKEN_URL]);
}

#[test]
fn a_session_token_refused_after_the_exchange_gives_the_guidance_too() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).answer(|request| {
        if request.url == TOKEN_URL { ok(200, &fixture("token_exchange.json")) } else { ok(403, "{}") }
    });
    let message = error(&host);
    assert!(
        message.starts_with("OpenCode's GitHub sign-in cannot read the Copilot quota (GitHub answered 403)"),
        "{message}"
    );
}

#[test]
fn a_server_error_stops_the_strategies() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).always(503, "");
    assert_eq!(
        error(&host),
        "GitHub answered with a server error (503) for https://api.github.com/copilot_internal/user. \
The problem is on GitHub's side; try again in a few minutes."
    );
    assert_eq!(host.urls(), [USER_URL, USER_URL], "one retry, then the error");
}

#[test]
fn a_timeout_stops_the_strategies() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).answer(|_| Err(FetchFailure::Timeout));
    assert!(
        error(&host).starts_with("GitHub did not answer within 10 s (https://api.github.com/copilot_internal/user).")
    );
    assert_eq!(host.urls(), [USER_URL]);
}

#[test]
fn a_malformed_exchange_answer_names_the_endpoint() {
    let host = FakeHost::new()
        .auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0)
        .answer(|request| if request.url == TOKEN_URL { ok(200, r#"{"expires_at": 1}"#) } else { ok(401, "") });
    assert!(error(&host).starts_with(&format!(
        "GitHub's answer from {TOKEN_URL} is not in the expected format (missing field `token`"
    )));
}

#[test]
fn limited_quotas_and_overage_are_shown() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).always(200, &fixture("internal_limited.json"));
    assert_snapshot("oauth_limited", &output(&host));
    assert_accounts("oauth_limited", &run(query_copilot_usage(&host)).unwrap());
}

#[test]
fn an_unlimited_plan_says_so() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).always(200, &fixture("internal_unlimited.json"));
    assert_snapshot("oauth_unlimited", &output(&host));
    assert_accounts("oauth_unlimited", &run(query_copilot_usage(&host)).unwrap());
}

#[test]
fn a_payload_without_snapshots_is_malformed() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).always(200, r#"{"copilot_plan":"individual"}"#);
    assert_eq!(
        error(&host),
        format!(
            "GitHub's answer from {USER_URL} is not in the expected format (neither `quota_snapshots` nor \
`monthly_quotas`). The API may have changed: please report this to mystatus."
        )
    );
}

#[test]
fn opencode_auth_content_replaces_the_file() {
    let content = format!(
        r#"{{"github-copilot":{{"type":"oauth","refresh":"{OAUTH_TOKEN}","access":"{SESSION_TOKEN}","expires":{FUTURE}}}}}"#
    );
    let host = FakeHost::new()
        .file(AUTH_PATH, "this file must not be read")
        .env("OPENCODE_AUTH_CONTENT", &content)
        .answer(exchange_only);
    output(&host);
    assert_eq!(host.calls(), [(USER_URL.to_owned(), bearer(SESSION_TOKEN))]);
}

#[test]
fn follows_xdg_data_home() {
    let host = FakeHost::new()
        .env("XDG_DATA_HOME", "/data")
        .file(
            "/data/opencode/auth.json",
            &format!(r#"{{"github-copilot":{{"type":"oauth","refresh":"{OAUTH_TOKEN}"}}}}"#),
        )
        .answer(exchange_only);
    output(&host);
}

#[test]
fn other_providers_alone_are_no_copilot_account() {
    let host = FakeHost::new().file(AUTH_PATH, r#"{"openai":{"type":"oauth","refresh":"r","access":"a","expires":1}}"#);
    assert_eq!(run(query_copilot_usage(&host)), None);
}

#[test]
fn an_unusable_entry_says_what_is_missing() {
    let host = FakeHost::new().file(AUTH_PATH, r#"{"github-copilot":{"type":"api","key":"sk-123456789"}}"#);
    let message = error(&host);
    assert!(
        message.starts_with(&format!(
            "The \"github-copilot\" sign-in in {AUTH_PATH} has no usable OAuth token (type is \"api\", not \"oauth\")."
        )),
        "{message}"
    );
    assert!(message.contains("https://github.com/settings/tokens?type=beta"));
}

#[test]
fn a_broken_auth_file_is_reported_with_the_guidance() {
    let host = FakeHost::new().file(AUTH_PATH, "{\"github-copilot\": ");
    assert_snapshot("oauth_broken_auth_file", &error(&host));
}

#[test]
fn tokens_never_appear_even_when_echoed() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, SESSION_TOKEN, FUTURE).answer(|request| {
        let auth = header(request, "Authorization");
        ok(500, &format!(r#"{{"message":"bad header {auth} / {}"}}"#, auth.to_lowercase()))
    });
    let message = error(&host);
    for secret in [OAUTH_TOKEN, SESSION_TOKEN] {
        assert!(!message.to_lowercase().contains(&secret.to_lowercase()), "{message}");
    }
    assert!(message.contains("bad header Bearer [REDACTED] / bearer [REDACTED]"), "{message}");
}

#[test]
fn a_repeated_report_makes_one_request_with_the_remembered_session() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).answer(exchange_only);
    let first = output(&host);
    assert_eq!(host.requests.borrow().len(), 3, "direct, exchange, quota");
    host.clear_requests();
    assert_eq!(output(&host), first);
    assert_eq!(host.calls(), [(USER_URL.to_owned(), bearer(SESSION_TOKEN))]);
    assert!(host.memory.borrow().keys().all(|key| !key.contains(OAUTH_TOKEN)), "no key holds the token");
}

#[test]
fn a_repeated_report_makes_one_direct_request() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).answer(|request| {
        if header(request, "Authorization") == direct(OAUTH_TOKEN) {
            ok(200, &fixture("internal_legacy_pro.json"))
        } else {
            ok(401, "")
        }
    });
    output(&host);
    host.clear_requests();
    output(&host);
    assert_eq!(host.calls(), [(USER_URL.to_owned(), direct(OAUTH_TOKEN))]);
}

#[test]
fn a_remembered_session_that_is_refused_or_expiring_is_not_trusted() {
    let mut host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).answer(exchange_only);
    output(&host);
    // The session expires at 1795269300 s (token_exchange.json): in its last minute, it is not used.
    host.now_ms = 1_795_269_300_000 - 30_000;
    host.clear_requests();
    output(&host);
    assert_eq!(host.urls(), [USER_URL, TOKEN_URL, USER_URL], "expiring: the strategies run again");

    let revoked = "tid=revoked000000000;exp=9999999999";
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).answer(exchange_only);
    host.memory.borrow_mut().insert(
        mystatus_memory_key(),
        format!(r#"{{"strategy":"exchanged","token":"{revoked}","expires_ms":{}}}"#, NOW_MS + 3_600_000),
    );
    output(&host);
    assert_eq!(
        host.calls(),
        [
            (USER_URL.to_owned(), bearer(revoked)),
            (USER_URL.to_owned(), direct(OAUTH_TOKEN)),
            (TOKEN_URL.to_owned(), bearer(OAUTH_TOKEN)),
            (USER_URL.to_owned(), bearer(SESSION_TOKEN)),
        ]
    );
}

/// The memory key the Copilot OAuth strategy uses for OAUTH_TOKEN, as a fresh report computes it.
fn mystatus_memory_key() -> String {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).answer(exchange_only);
    output(&host);
    host.memory.borrow().keys().next().cloned().unwrap()
}

#[test]
fn an_absurd_session_lifetime_does_not_overflow() {
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).answer(|request| {
        if request.url == TOKEN_URL {
            ok(200, &format!(r#"{{"token":"{SESSION_TOKEN}","expires_at":9300000000000000}}"#))
        } else if header(request, "Authorization") == bearer(SESSION_TOKEN) {
            ok(200, &fixture("internal_legacy_pro.json"))
        } else {
            ok(401, "")
        }
    });
    output(&host);
}
