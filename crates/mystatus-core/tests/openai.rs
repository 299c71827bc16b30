//! OpenAI (ChatGPT subscriptions): Codex rate-limit windows through OpenCode's sign-in.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use mystatus_core::host::FetchFailure;
use mystatus_core::platform::Platform;
use support::*;

const USAGE_URL: &str = "https://chatgpt.com/backend-api/wham/usage";

fn access_token() -> String {
    fixture("openai_access_token.txt")
}

fn signed_in(expires: i64) -> FakeHost {
    let entry = format!(
        r#"{{"openai": {{"type": "oauth", "access": "{}", "refresh": "rt_0123456789abcdef", "expires": {expires}}}}}"#,
        access_token()
    );
    FakeHost::new().file(AUTH_PATH, &entry)
}

fn openai(host: &FakeHost) -> Option<mystatus_core::report::QueryResult> {
    run(query_usage(host, Platform::OpenAi))
}

#[test]
fn plus_with_two_windows() {
    let host = signed_in(NOW_MS + 3_600_000).always(200, &fixture("openai_usage_plus.json"));
    let result = openai(&host).unwrap();
    assert_snapshot("openai_plus", &result.output.unwrap());
    assert_accounts("openai_plus", &openai(&host).unwrap());
    let request = &host.requests.borrow()[0];
    assert_eq!(request.url, USAGE_URL);
    assert_eq!(header(request, "Authorization"), format!("Bearer {}", access_token()));
    assert_eq!(header(request, "ChatGPT-Account-Id"), "7f1c2b3a-0000-4000-8000-00000000abcd");
}

#[test]
fn a_reached_limit_and_a_missing_window() {
    let host = signed_in(NOW_MS + 3_600_000).always(200, &fixture("openai_usage_limit_reached.json"));
    assert_snapshot("openai_limit_reached", &openai(&host).unwrap().output.unwrap());
    assert_accounts("openai_limit_reached", &openai(&host).unwrap());
    let host = signed_in(NOW_MS + 3_600_000).always(200, &fixture("openai_usage_no_limits.json"));
    assert!(openai(&host).unwrap().output.unwrap().ends_with("(team)\n\nOpenAI reported no quota for this account."));
}

#[test]
fn spark_code_review_and_credits_each_have_their_meters() {
    let host = signed_in(NOW_MS + 3_600_000).always(200, &fixture("openai_usage_pro_extras.json"));
    let result = openai(&host).unwrap();
    assert_snapshot("openai_extras", result.output.as_deref().unwrap());
    assert_accounts("openai_extras", &result);
    for (lang, suffix) in [("zh_CN.UTF-8", "zh"), ("fr_FR.UTF-8", "fr")] {
        let host =
            signed_in(NOW_MS + 3_600_000).env("LANG", lang).always(200, &fixture("openai_usage_pro_extras.json"));
        assert_snapshot(&format!("openai_extras_{suffix}"), &openai(&host).unwrap().output.unwrap());
    }
}

#[test]
fn a_business_seat_reads_its_spend_control_as_a_monthly_limit() {
    let host = signed_in(NOW_MS + 3_600_000).always(200, &fixture("openai_usage_business_seat.json"));
    let result = openai(&host).unwrap();
    assert_snapshot("openai_business_seat", result.output.as_deref().unwrap());
    assert_accounts("openai_business_seat", &result);
}

#[test]
fn a_monthly_window_wins_over_the_spend_control() {
    let host = signed_in(NOW_MS + 3_600_000).always(200, &fixture("openai_usage_team_monthly.json"));
    let output = openai(&host).unwrap().output.unwrap();
    assert!(
        output.ends_with(
            "(team)\n\n30-day limit\n████████████████░░░░ 80% remaining\nResets in: 9d 10h\n\nCredits\nUnlimited"
        ),
        "{output}"
    );
    // The spend control's meter shows only without a monthly window: here, once without it.
    let without_window = fixture("openai_usage_team_monthly.json")
        .replace(r#""limit_window_seconds": 2628000"#, r#""limit_window_seconds": 604800"#);
    let host = signed_in(NOW_MS + 3_600_000).always(200, &without_window);
    let output = openai(&host).unwrap().output.unwrap();
    assert!(output.contains("7-day limit\n████████████████░░░░ 80% remaining"), "{output}");
    assert!(output.contains("30-day limit\n██░░░░░░░░░░░░░░░░░░ 10% remaining\nResets in: 9d 10h"), "{output}");
}

#[test]
fn credits_as_a_number_a_string_or_none() {
    let cases = [
        (r#"{"has_credits": true, "unlimited": false, "balance": 12.5}"#, "12.5 credits", Some(12.5), false),
        (r#"{"has_credits": true, "balance": " 7 "}"#, "7 credits", Some(7.0), false),
        (r#"{"has_credits": false, "unlimited": false, "balance": "40"}"#, "0 credits", Some(0.0), true),
        (r#"{"unlimited": true, "balance": null}"#, "Unlimited", None, false),
    ];
    for (credits, line, limit, exhausted) in cases {
        let body = format!(r#"{{"plan_type": "plus", "rate_limit": null, "credits": {credits}}}"#);
        let host = signed_in(NOW_MS + 3_600_000).always(200, &body);
        let result = openai(&host).unwrap();
        assert!(result.output.as_deref().unwrap().ends_with(&format!("(plus)\n\nCredits\n{line}")), "{credits}");
        let meter = &result.accounts[0].meters[0];
        assert_eq!((meter.limit, meter.remaining_percent, meter.exhausted), (limit, None, exhausted), "{credits}");
    }
}

#[test]
fn an_expired_sign_in_is_not_sent() {
    let host = signed_in(NOW_MS - 1);
    let result = openai(&host).unwrap();
    assert_eq!(
        result.error.unwrap(),
        "OpenCode's OpenAI sign-in has expired. Use an OpenAI model in OpenCode once to refresh it, then run /mystatus again."
    );
    assert!(host.urls().is_empty());
}

#[test]
fn errors_and_their_advice() {
    let cases = [
        (401, r#"{"detail":"Could not validate credentials"}"#, "openai_401"),
        (429, "", "openai_429"),
        (500, "", "openai_500"),
        (200, "<html>", "openai_malformed"),
    ];
    for (status, body, snapshot) in cases {
        let host = signed_in(NOW_MS + 60_000).always(status, body);
        assert_snapshot(snapshot, &openai(&host).unwrap().error.unwrap());
    }
    let host = signed_in(NOW_MS + 60_000).answer(|_| Err(FetchFailure::Timeout));
    assert!(
        openai(&host).unwrap().error.unwrap().starts_with(&format!("OpenAI did not answer within 10 s ({USAGE_URL})."))
    );
}

#[test]
fn the_origin_can_be_overridden() {
    let host = signed_in(NOW_MS + 60_000)
        .env("MYSTATUS_OPENAI_URL", "http://127.0.0.1:8080/")
        .always(200, &fixture("openai_usage_plus.json"));
    openai(&host).unwrap();
    assert_eq!(host.urls(), ["http://127.0.0.1:8080/backend-api/wham/usage"]);
    let host = signed_in(NOW_MS + 60_000).env("MYSTATUS_OPENAI_URL", "ftp://x");
    assert!(openai(&host).unwrap().error.unwrap().starts_with("MYSTATUS_OPENAI_URL is \"ftp://x\""));
}

#[test]
fn api_keys_and_other_providers_are_not_a_subscription() {
    let host = FakeHost::new().file(AUTH_PATH, r#"{"openai": {"type": "api", "key": "sk-proj-0123456789"}}"#);
    assert_eq!(openai(&host), None);
    assert_eq!(openai(&FakeHost::new()), None);
}

#[test]
fn the_token_never_appears() {
    let token = access_token();
    let echo = format!(r#"{{"detail":"bad token {token}"}}"#);
    let host = signed_in(NOW_MS + 60_000).always(401, &echo);
    let error = openai(&host).unwrap().error.unwrap();
    assert!(!error.contains(&token) && error.contains("[REDACTED]"), "{error}");
}
