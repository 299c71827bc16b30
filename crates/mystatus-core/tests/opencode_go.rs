//! OpenCode Go: its rolling, weekly and monthly windows, read with the API key OpenCode saved.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use mystatus_core::host::FetchFailure;
use mystatus_core::platform::Platform;
use mystatus_core::report::QueryResult;
use support::*;

const URL: &str = "https://opencode.ai/zen/go/v1/usage";
const KEY: &str = "sk-go-7Hq2Zr9XkWm4Lp1Vb8Nc3Td6Fy0Js5Ga";

fn with_entry(entry: &str) -> FakeHost {
    FakeHost::new().file(AUTH_PATH, &format!(r#"{{"opencode-go": {entry}}}"#))
}

fn go_host() -> FakeHost {
    with_entry(&format!(r#"{{"type": "api", "key": "{KEY}"}}"#))
}

fn opencode_go(host: &FakeHost) -> Option<QueryResult> {
    run(query_usage(host, Platform::OpencodeGo))
}

#[test]
fn three_windows_with_their_countdowns() {
    let host = go_host().always(200, &fixture("opencode_go_usage.json"));
    assert_snapshot("opencode_go", &output_of(opencode_go(&host)));
    let requests = host.requests.borrow();
    assert_eq!(requests.len(), 1);
    assert_eq!((requests[0].method, requests[0].url.as_str()), ("GET", URL));
    assert_eq!(header(&requests[0], "Authorization"), format!("Bearer {KEY}"));
    assert_eq!(header(&requests[0], "Accept"), "application/json");
    assert!(header(&requests[0], "User-Agent").starts_with("mystatus/"));
    assert!(!requests[0].headers.iter().any(|(name, _)| name.eq_ignore_ascii_case("cookie")));
}

#[test]
fn a_rate_limited_window_is_reached_not_a_failure() {
    let host = go_host().always(200, &fixture("opencode_go_usage_rate_limited.json"));
    let result = opencode_go(&host);
    assert_accounts("opencode_go_rate_limited", result.as_ref().unwrap());
    assert_snapshot("opencode_go_rate_limited", &output_of(result));
}

#[test]
fn use_over_the_limit_is_said_and_missing_resets_are_tolerated() {
    let host = go_host().always(200, &fixture("opencode_go_usage_over_limit.json"));
    let result = opencode_go(&host);
    assert_accounts("opencode_go_over_limit", result.as_ref().unwrap());
    assert_snapshot("opencode_go_over_limit", &output_of(result));
}

#[test]
fn missing_windows_are_skipped() {
    let body = r#"{"usage": {"weekly": {"status": "ok", "percent": 25, "resetsAt": "2026-11-24T00:00:00Z"},
        "rolling": null, "monthly": "full"}}"#;
    let host = go_host().always(200, body);
    assert_eq!(
        output_of(opencode_go(&host)),
        "## OpenCode Go Account Quota\n\nAccount:        OpenCode Go\n\n7-day limit\n\
███████████████░░░░░ 75% remaining\nResets in: 2d 10h"
    );
    let host = go_host().always(200, r#"{"usage": {}}"#);
    assert_eq!(
        output_of(opencode_go(&host)),
        "## OpenCode Go Account Quota\n\nAccount:        OpenCode Go\n\nOpenCode Go reported no quota for this account."
    );
}

#[test]
fn chinese_and_french_reports() {
    for lang in ["zh", "fr"] {
        let locale = format!("{lang}_{}.UTF-8", lang.to_uppercase());
        let host = go_host().env("LANG", &locale).always(200, &fixture("opencode_go_usage_rate_limited.json"));
        assert_snapshot(&format!("opencode_go_rate_limited_{lang}"), &output_of(opencode_go(&host)));
        let host = go_host().env("LANG", &locale).always(200, &fixture("opencode_go_usage_over_limit.json"));
        assert_snapshot(&format!("opencode_go_over_limit_{lang}"), &output_of(opencode_go(&host)));
        let host = go_host().env("LANG", &locale).always(401, &fixture("opencode_go_401.json"));
        assert_snapshot(&format!("opencode_go_401_{lang}"), &error_of(opencode_go(&host)));
        let host = go_host().env("LANG", &locale).always(403, &fixture("opencode_go_403.json"));
        assert_snapshot(&format!("opencode_go_403_{lang}"), &error_of(opencode_go(&host)));
    }
}

#[test]
fn http_errors_and_their_advice() {
    let cases = [
        (401, fixture("opencode_go_401.json"), "opencode_go_401"),
        (403, fixture("opencode_go_403.json"), "opencode_go_403"),
        (
            403,
            r#"{"type":"error","error":{"type":"AuthError","message":"Forbidden"}}"#.to_owned(),
            "opencode_go_403_other",
        ),
        (
            429,
            r#"{"type":"error","error":{"type":"RateLimitError","message":"Too many requests"}}"#.to_owned(),
            "opencode_go_429",
        ),
        (200, "<html>".to_owned(), "opencode_go_malformed"),
        (200, r#"{"type":"error","usage":null}"#.to_owned(), "opencode_go_no_usage"),
    ];
    for (status, body, snapshot) in cases {
        let host = go_host().always(status, &body);
        assert_snapshot(snapshot, &error_of(opencode_go(&host)));
    }
    let host = go_host().always(503, "");
    assert_eq!(
        error_of(opencode_go(&host)),
        format!(
            "OpenCode Go answered with a server error (503) for {URL}. The problem is on OpenCode Go's side; try again in a few minutes."
        )
    );
    assert_eq!(host.urls().len(), 2, "a server error gets one retry");
    let host = go_host().answer(|_| Err(FetchFailure::Timeout));
    assert_eq!(
        error_of(opencode_go(&host)),
        format!(
            "OpenCode Go did not answer within 10 s ({URL}). Check your network connection or proxy, then run /mystatus again."
        )
    );
}

#[test]
fn the_origin_can_be_overridden() {
    let host = go_host()
        .env("MYSTATUS_OPENCODE_GO_URL", "http://127.0.0.1:8080/")
        .always(200, &fixture("opencode_go_usage.json"));
    output_of(opencode_go(&host));
    assert_eq!(host.urls(), ["http://127.0.0.1:8080/zen/go/v1/usage"]);
    let host = go_host().env("MYSTATUS_OPENCODE_GO_URL", "opencode.ai");
    assert_eq!(
        error_of(opencode_go(&host)),
        "MYSTATUS_OPENCODE_GO_URL is \"opencode.ai\", which is not an http(s) URL. Unset it, or set it to an http(s) origin."
    );
    assert!(host.urls().is_empty());
}

#[test]
fn not_configured() {
    assert_eq!(opencode_go(&FakeHost::new()), None);
    // Another provider's key, an entry of another kind, a blank key: not an OpenCode Go key.
    let host = FakeHost::new().file(AUTH_PATH, &format!(r#"{{"opencode": {{"type": "api", "key": "{KEY}"}}}}"#));
    assert_eq!(opencode_go(&host), None);
    for entry in [
        r#"{"type": "oauth", "access": "x", "refresh": "y", "expires": 0}"#,
        r#"{"type": "wellknown", "key": "k", "token": "t"}"#,
        r#"{"key": "sk-go-untyped"}"#,
        r#"{"type": "api", "key": "   "}"#,
        r#"{"type": "api", "key": 42}"#,
        r#""sk-go-bare""#,
    ] {
        let host = with_entry(entry);
        assert_eq!(opencode_go(&host), None, "{entry}");
        assert!(host.urls().is_empty(), "{entry}");
    }
}

#[test]
fn the_key_never_appears() {
    let echo = format!(
        r#"{{"type":"error","error":{{"type":"AuthError","message":"Invalid key {KEY} / {}"}}}}"#,
        KEY.to_uppercase()
    );
    for status in [401, 403, 500] {
        let error = error_of(opencode_go(&go_host().always(status, &echo)));
        assert!(!error.to_lowercase().contains(&KEY[6..20].to_lowercase()), "{error}");
        assert_eq!(error.matches("[REDACTED]").count(), 2, "{error}");
    }
    // A status long enough to be shortened, the key across the cut.
    let refused = format!(r#"{{"usage": {{"rolling": {{"status": "rate-limited {KEY}", "percent": 1}}}}}}"#);
    let output = output_of(opencode_go(&go_host().always(200, &refused)));
    assert!(!output.contains(&KEY[6..20]), "{output}");
    assert!(output.contains("(\"rate-limited [REDACTED]\")"), "{output}");
}

#[test]
fn the_figures_as_data() {
    let host = go_host().always(200, &fixture("opencode_go_usage.json"));
    assert_accounts("opencode_go", &opencode_go(&host).unwrap());
}
