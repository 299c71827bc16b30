//! Anthropic (Claude Pro/Max): the usage windows through OpenCode's Anthropic sign-in.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use mystatus_core::host::FetchFailure;
use mystatus_core::platform::Platform;
use mystatus_core::report::QueryResult;
use support::*;

const USAGE_URL: &str = "https://api.anthropic.com/api/oauth/usage";
const ACCESS: &str = "sk-ant-oat01-Zx9mQ2vLk8RtY4nB7cWp3JhF6dS1aGe5uIo0TyXw-Kq2NmLp8RvT4sYc7bA";
const REFRESH: &str = "sk-ant-ort01-Hb5nV8cX2zL6kJ9mP3qW7eR1tY4uI0oA-Gs6DfHj9KlZx3CvBn8MqWe";

fn signed_in(expires: i64) -> FakeHost {
    let entry = format!(
        r#"{{"anthropic": {{"type": "oauth", "access": "{ACCESS}", "refresh": "{REFRESH}", "expires": {expires}}}}}"#
    );
    FakeHost::new().file(AUTH_PATH, &entry)
}

fn valid() -> FakeHost {
    signed_in(NOW_MS + 3_600_000)
}

fn anthropic(host: &FakeHost) -> Option<QueryResult> {
    run(query_usage(host, Platform::Anthropic))
}

fn report(host: &FakeHost) -> String {
    let result = anthropic(host).expect("a configured account");
    assert!(result.success, "expected a report, got {:?}", result.error);
    result.output.unwrap()
}

fn failure(host: &FakeHost) -> String {
    let result = anthropic(host).expect("a configured account");
    assert!(!result.success, "expected an error, got {:?}", result.output);
    result.error.unwrap()
}

#[test]
fn max_with_model_windows_and_extra_usage() {
    let host = valid().always(200, &fixture("anthropic_usage_max.json"));
    assert_snapshot("anthropic_max", &report(&host));
    let requests = host.requests.borrow();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].method, "GET");
    assert_eq!(requests[0].url, USAGE_URL);
    assert_eq!(header(&requests[0], "Authorization"), format!("Bearer {ACCESS}"));
    assert_eq!(header(&requests[0], "anthropic-beta"), "oauth-2025-04-20");
}

#[test]
fn chinese_and_french_reports() {
    for lang in ["zh", "fr"] {
        let locale = format!("{lang}_{}.UTF-8", lang.to_uppercase());
        let host = valid().env("LANG", &locale).always(200, &fixture("anthropic_usage_max.json"));
        assert_snapshot(&format!("anthropic_max_{lang}"), &report(&host));
        let host = valid().env("LANG", &locale).always(401, &fixture("anthropic_401.json"));
        assert_snapshot(&format!("anthropic_401_{lang}"), &failure(&host));
    }
}

#[test]
fn a_reached_limit() {
    let host = valid().always(200, &fixture("anthropic_usage_limit_reached.json"));
    assert_snapshot("anthropic_limit_reached", &report(&host));
}

#[test]
fn odd_fields_lose_only_their_window() {
    let host = valid().always(200, &fixture("anthropic_usage_odd.json"));
    let expected = "## Anthropic Account Quota\n\nAccount:        Claude (Pro/Max)\n\n\
7-day limit\n█████████████░░░░░░░ 65% remaining\n\n\
7-day limit (Sonnet)\n██████████░░░░░░░░░░ 50% remaining\n\n\
Extra usage: $2.50";
    assert_eq!(report(&host), expected);
}

#[test]
fn no_windows_is_no_quota() {
    let host = valid().always(200, &fixture("anthropic_usage_empty.json"));
    assert!(report(&host).ends_with("Claude (Pro/Max)\n\nAnthropic reported no quota for this account."));
}

#[test]
fn an_expired_sign_in_is_not_sent() {
    let host = signed_in(NOW_MS - 1);
    assert_eq!(
        failure(&host),
        "OpenCode's Anthropic sign-in has expired. Use a Claude model in OpenCode once to refresh it, then run /mystatus again."
    );
    assert!(host.urls().is_empty());
}

#[test]
fn errors_and_their_advice() {
    let cases = [
        (401, fixture("anthropic_401.json"), "anthropic_401"),
        (403, r#"{"type":"error","error":{"type":"permission_error","message":"OAuth token does not meet scope requirement user:profile"}}"#.to_owned(), "anthropic_403"),
        (429, r#"{"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}}"#.to_owned(), "anthropic_429"),
        (529, r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#.to_owned(), "anthropic_529"),
        (200, "<html>".to_owned(), "anthropic_malformed"),
        (200, "[]".to_owned(), "anthropic_not_an_object"),
    ];
    for (status, body, snapshot) in cases {
        let host = valid().always(status, &body);
        assert_snapshot(snapshot, &failure(&host));
    }
    let host = valid().answer(|_| Err(FetchFailure::Timeout));
    assert_eq!(
        failure(&host),
        format!(
            "Anthropic did not answer within 10 s ({USAGE_URL}). Check your network connection or proxy, then run /mystatus again."
        )
    );
    let host = valid().answer(|_| Err(FetchFailure::Network("connection refused".to_owned())));
    assert!(failure(&host).starts_with(&format!("Could not reach Anthropic at {USAGE_URL}: connection refused.")));
}

#[test]
fn the_origin_can_be_overridden() {
    let host = valid()
        .env("MYSTATUS_ANTHROPIC_URL", "http://127.0.0.1:8080/")
        .always(200, &fixture("anthropic_usage_max.json"));
    report(&host);
    assert_eq!(host.urls(), ["http://127.0.0.1:8080/api/oauth/usage"]);
    let host = valid().env("MYSTATUS_ANTHROPIC_URL", "file:///etc/passwd");
    assert_eq!(
        failure(&host),
        "MYSTATUS_ANTHROPIC_URL is \"file:///etc/passwd\", which is not an http(s) URL. Unset it, or set it to an http(s) origin."
    );
    assert!(host.urls().is_empty());
}

#[test]
fn api_keys_and_other_providers_are_not_a_subscription() {
    let host = FakeHost::new().file(AUTH_PATH, r#"{"anthropic": {"type": "api", "key": "sk-ant-api03-0123456789"}}"#);
    assert_eq!(anthropic(&host), None);
    let host = FakeHost::new().file(AUTH_PATH, r#"{"anthropic": {"type": "oauth", "access": "  ", "expires": 0}}"#);
    assert_eq!(anthropic(&host), None);
    let host = FakeHost::new().file(AUTH_PATH, r#"{"openai": {"type": "oauth", "access": "x", "expires": 0}}"#);
    assert_eq!(anthropic(&host), None);
    assert_eq!(anthropic(&FakeHost::new()), None);
}

#[test]
fn the_tokens_never_appear() {
    let echo = format!(
        r#"{{"type":"error","error":{{"type":"authentication_error","message":"bad token {ACCESS} (refresh {}) Bearer%20{}"}}}}"#,
        REFRESH.to_lowercase(),
        ACCESS.replace('-', "%2D")
    );
    for status in [401, 500] {
        let error = failure(&valid().always(status, &echo));
        assert!(!error.to_lowercase().contains(&ACCESS[13..].to_lowercase()), "{error}");
        assert!(!error.to_lowercase().contains(&REFRESH[13..].to_lowercase()), "{error}");
        assert_eq!(error.matches("[REDACTED]").count(), 3, "{error}");
    }
    let error = failure(&signed_in(NOW_MS - 1));
    assert!(!error.contains(ACCESS) && !error.contains(REFRESH));
}

#[test]
fn the_figures_as_data() {
    for (payload, name) in [
        ("anthropic_usage_max.json", "anthropic_max"),
        ("anthropic_usage_limit_reached.json", "anthropic_limit_reached"),
    ] {
        let host = valid().always(200, &fixture(payload));
        assert_accounts(name, &anthropic(&host).unwrap());
    }
}
