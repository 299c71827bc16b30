//! Anthropic (Claude Pro/Max): the usage windows through OpenCode's Anthropic sign-in, else
//! Claude Code's.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use mystatus_core::host::FetchFailure;
use mystatus_core::platform::Platform;
use mystatus_core::report::QueryResult;
use support::*;

const USAGE_URL: &str = "https://api.anthropic.com/api/oauth/usage";
const ACCESS: &str = "sk-ant-oat01-Zx9mQ2vLk8RtY4nB7cWp3JhF6dS1aGe5uIo0TyXw-Kq2NmLp8RvT4sYc7bA";
const REFRESH: &str = "sk-ant-ort01-Hb5nV8cX2zL6kJ9mP3qW7eR1tY4uI0oA-Gs6DfHj9KlZx3CvBn8MqWe";
const CLAUDE_CODE_PATH: &str = "/home/octo/.claude/.credentials.json";
const CLAUDE_CODE_ACCESS: &str = "sk-ant-oat01-Cc7dQ2wLk9RtY4nB7cWp3JhF6dS1aGe5uIo0TyXw-Zz9NmLp8RvT4sYc7bA";
const CLAUDE_CODE_REFRESH: &str = "sk-ant-ort01-Rr5nV8cX2zL6kJ9mP3qW7eR1tY4uI0oA-Gs6DfHj9KlZx3CvBn8MqWe";
const RATE_LIMITED: &str = r#"{"error":{"type":"rate_limit_error","message":"Rate limited. Please try again later."}}"#;

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
    output_of(anthropic(host))
}

fn failure(host: &FakeHost) -> String {
    error_of(anthropic(host))
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
    // Any other client gets a 429 that never clears.
    assert!(header(&requests[0], "User-Agent").starts_with("claude-code/2."), "{:?}", requests[0].headers);
}

/// Claude Code signed in, OpenCode not: the credentials file as Claude Code writes it.
fn claude_code() -> FakeHost {
    FakeHost::new().file(CLAUDE_CODE_PATH, &fixture("claude_code_credentials.json"))
}

#[test]
fn limits_of_2026_with_extra_usage_in_money() {
    let host = valid().always(200, &fixture("anthropic_usage_2026.json"));
    assert_snapshot("anthropic_2026", &report(&host));
    assert_accounts("anthropic_2026", &anthropic(&host).unwrap());
}

#[test]
fn limits_and_legacy_keys_together_show_each_window_once() {
    let host = valid().always(200, &fixture("anthropic_usage_mixed.json"));
    assert_snapshot("anthropic_mixed", &report(&host));
    assert_accounts("anthropic_mixed", &anthropic(&host).unwrap());
}

#[test]
fn claude_codes_sign_in_when_opencode_has_none() {
    let host = claude_code().always(200, &fixture("anthropic_usage_2026.json"));
    assert_snapshot("anthropic_claude_code", &report(&host));
    assert_eq!(host.calls(), [(USAGE_URL.to_owned(), format!("Bearer {CLAUDE_CODE_ACCESS}"))]);
    let host = FakeHost::new()
        .env("CLAUDE_CONFIG_DIR", "/srv/claude")
        .file("/srv/claude/.credentials.json", &fixture("claude_code_credentials.json"))
        .always(200, &fixture("anthropic_usage_2026.json"));
    assert!(report(&host).contains("Claude Max 20x"));
}

#[test]
fn opencodes_sign_in_comes_first_and_claude_codes_is_the_fallback() {
    let both = || claude_code().file(AUTH_PATH, &valid().files[AUTH_PATH].clone().unwrap());
    let host = both().always(200, &fixture("anthropic_usage_2026.json"));
    assert!(report(&host).contains("Account:        Claude (Pro/Max)\n\n5-hour"));
    assert_eq!(host.calls(), [(USAGE_URL.to_owned(), format!("Bearer {ACCESS}"))]);
    // A refused OpenCode sign-in (a stale token is also answered 429): Claude Code's is tried.
    for status in [401, 429] {
        let host = both().answer(move |request| {
            if header(request, "Authorization").contains(ACCESS) { ok(status, RATE_LIMITED) } else { ok(200, "{}") }
        });
        assert!(report(&host).contains("Sign-in:        Claude Code"));
        assert_eq!(host.urls().len(), 2);
    }
    // An expired OpenCode sign-in is not sent at all.
    let host = claude_code()
        .file(AUTH_PATH, &signed_in(NOW_MS - 1).files[AUTH_PATH].clone().unwrap())
        .always(200, &fixture("anthropic_usage_2026.json"));
    report(&host);
    assert_eq!(host.calls(), [(USAGE_URL.to_owned(), format!("Bearer {CLAUDE_CODE_ACCESS}"))]);
    // Both refused: what Anthropic said of the last one tried.
    let host = both().always(401, &fixture("anthropic_401.json"));
    assert_snapshot("anthropic_claude_code_401", &failure(&host));
}

#[test]
fn claude_codes_sign_in_that_cannot_be_used() {
    let credentials = fixture("claude_code_credentials.json");
    let cases = [
        (expired_claude_code(), "anthropic_claude_code_expired"),
        (credentials.replace(r#""user:profile", "#, ""), "anthropic_claude_code_no_scope"),
        (r#"{"claudeAiOauth": {"accessToken": 12}} trailing"#.to_owned(), "anthropic_claude_code_malformed"),
    ];
    for (text, snapshot) in cases {
        let host = FakeHost::new().file(CLAUDE_CODE_PATH, &text);
        assert_snapshot(snapshot, &failure(&host));
        assert!(host.urls().is_empty());
    }
    // Both expired: both said.
    let host = signed_in(NOW_MS - 1).file(CLAUDE_CODE_PATH, &expired_claude_code());
    assert_snapshot("anthropic_both_expired", &failure(&host));
    // A file with no OAuth sign-in (an API-key set-up) is no subscription.
    for text in [r#"{}"#, r#"{"claudeAiOauth": {"accessToken": "  "}}"#, r#"{"claudeAiOauth": null}"#] {
        assert_eq!(anthropic(&FakeHost::new().file(CLAUDE_CODE_PATH, text)), None, "{text}");
    }
}

/// Claude Code's credentials file, its sign-in expired a millisecond before the tests' clock.
fn expired_claude_code() -> String {
    fixture("claude_code_credentials.json").replace("1795271400000", "1795267799999")
}

#[test]
fn a_429_says_what_to_check_and_never_retry_after_0_s() {
    let host = valid().answer(|_| with_headers(429, &[("retry-after", "0")], RATE_LIMITED));
    let error = failure(&host);
    assert!(!error.contains("0 s"), "{error}");
    assert_snapshot("anthropic_429_retry_after_0", &error);
    let host =
        claude_code().answer(|_| with_headers(429, &[("Retry-After", "Sat, 21 Nov 2026 13:35:00 GMT")], RATE_LIMITED));
    assert_snapshot("anthropic_429_claude_code_http_date", &failure(&host));
}

#[test]
fn automatic_refreshes_back_off_after_a_429_and_the_user_still_asks() {
    let host = valid().answer(|_| with_headers(429, &[("retry-after", "0")], RATE_LIMITED));
    host.automatic.set(true);
    failure(&host);
    assert_eq!(host.urls().len(), 1);
    // Within the minute: not asked again.
    host.elapsed_ms.set(59_000);
    assert_snapshot("anthropic_paused", &failure(&host));
    assert_eq!(host.urls().len(), 1);
    // Typed by the user: asked, refused again, and the pause runs a minute from then; being
    // refused while it holds is not one more refusal in a row.
    host.automatic.set(false);
    failure(&host);
    assert_eq!(host.urls().len(), 2);
    host.automatic.set(true);
    // Once a pause is over, each refusal doubles the next (2, 4, 8 minutes), up to 15 minutes.
    let mut asked = 2;
    for ends_s in [119, 239, 479, 959, 1859, 2759] {
        host.elapsed_ms.set((ends_s - 1) * 1000);
        failure(&host);
        assert_eq!(host.urls().len(), asked, "within the pause ending at {ends_s} s");
        host.elapsed_ms.set(ends_s * 1000);
        failure(&host);
        asked += 1;
        assert_eq!(host.urls().len(), asked, "at {ends_s} s");
    }
}

#[test]
fn a_longer_retry_after_is_honoured_and_an_answer_ends_the_pause() {
    let refusing = std::rc::Rc::new(std::cell::Cell::new(true));
    let answers = refusing.clone();
    let host = valid().answer(move |_| {
        if answers.get() {
            with_headers(429, &[("retry-after", "2974")], RATE_LIMITED)
        } else {
            ok(200, &fixture("anthropic_usage_max.json"))
        }
    });
    failure(&host);
    host.automatic.set(true);
    host.elapsed_ms.set(2_973_000);
    failure(&host);
    assert_eq!(host.urls().len(), 1);
    host.elapsed_ms.set(2_974_000);
    failure(&host);
    assert_eq!(host.urls().len(), 2);
    // The user asks; Anthropic answers: automatic refreshes ask every time again.
    refusing.set(false);
    host.automatic.set(false);
    report(&host);
    host.automatic.set(true);
    report(&host);
    assert_eq!(host.urls().len(), 4);
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
    let echo = format!(r#"{{"error":{{"message":"bad {CLAUDE_CODE_ACCESS} / {CLAUDE_CODE_REFRESH}"}}}}"#);
    let error = failure(&claude_code().always(401, &echo));
    assert!(!error.contains(CLAUDE_CODE_ACCESS) && !error.contains(CLAUDE_CODE_REFRESH), "{error}");
    assert_eq!(error.matches("[REDACTED]").count(), 2, "{error}");
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
