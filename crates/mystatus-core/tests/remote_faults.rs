//! What the network can do to a report: server errors, rate limits, hanging services.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use std::cell::Cell;

use support::*;

const CREDITS_URL: &str = "https://api.github.com/users/johndoe/settings/billing/ai_credit/usage";

fn credits_only(host: FakeHost) -> FakeHost {
    host.pat_fields(r#""username": "johndoe", "tier": "pro", "billing": "credits""#)
}

#[test]
fn a_server_error_is_retried_once_after_a_pause() {
    let calls = Cell::new(0);
    let host = credits_only(FakeHost::new()).answer(move |_| {
        calls.set(calls.get() + 1);
        if calls.get() == 1 { ok(502, "") } else { ok(200, &fixture("credits_usage_pro.json")) }
    });
    assert_snapshot("credits_pro", &output(&host));
    assert_eq!(host.urls(), [CREDITS_URL, CREDITS_URL]);
    assert_eq!(*host.sleeps.borrow(), [750]);
}

#[test]
fn client_errors_and_rate_limits_are_not_retried() {
    for status in [400, 401, 403, 404, 429] {
        let host = credits_only(FakeHost::new()).always(status, "");
        error(&host);
        assert_eq!(host.urls().len(), 1, "{status}");
    }
}

#[test]
fn rate_limits_say_how_long_to_wait() {
    let reset_in_90_s = ((NOW_MS / 1000) + 90).to_string();
    let cases = [
        (with_headers(429, &[("Retry-After", "120")], ""), "retry after 120 s."),
        (
            with_headers(403, &[("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", &reset_in_90_s)], ""),
            "retry after 90 s.",
        ),
        (
            with_headers(403, &[("retry-after", "60")], r#"{"message":"You have exceeded a secondary rate limit."}"#),
            "retry after 60 s.",
        ),
        (with_headers(429, &[], ""), "(429)"),
    ];
    for (answer, expected) in cases {
        let host = credits_only(FakeHost::new()).answer(move |_| answer.clone());
        let message = error(&host);
        assert!(message.starts_with("GitHub is rate-limiting requests"), "{message}");
        assert!(message.contains(expected), "{message}");
        assert!(!message.contains("Plan"), "a rate limit is not a missing permission: {message}");
    }
    let host = credits_only(FakeHost::new()).answer(|_| {
        with_headers(403, &[("retry-after", "60")], r#"{"message":"You have exceeded a secondary rate limit."}"#)
    });
    assert_snapshot("rate_limited_secondary", &error(&host));
}

#[test]
fn a_hanging_platform_meets_the_deadline_and_the_others_report() {
    let mut host = credits_only(FakeHost::new())
        .file(
            AUTH_PATH,
            r#"{"zai-coding-plan": {"type": "api", "key": "9a8b7c6d5e4f30211f2e3d4c5b6a7988.QrStUvWxYz012345"}}"#,
        )
        .routes(&[(CREDITS_PATH, 200, &fixture("credits_usage_pro.json"))]);
    host.hanging.push("api.z.ai".to_owned());
    host.deadlines_expire = true;
    let report = run(full_report(&host)).markdown;
    assert!(report.starts_with("## GitHub Copilot Account Quota"), "{report}");
    assert!(
        report.ends_with(
            "## ❌ Failed to query accounts\n\n### Z.ai\n\nZ.ai did not finish within 30 s: a request is very slow or \
hanging. Try again later; MYSTATUS_DEADLINE_MS raises the limit."
        ),
        "{report}"
    );
    assert!(host.sleeps.borrow().iter().all(|ms| *ms == 30_000));
}

#[test]
fn the_deadline_can_be_set_within_bounds() {
    for (value, expected) in [("5000", 5_000_u32), ("1", 500), ("99999999", 600_000), ("soon", 30_000)] {
        let mut host = credits_only(FakeHost::new()).env("MYSTATUS_DEADLINE_MS", value);
        host.hanging.push("api.github.com".to_owned());
        host.deadlines_expire = true;
        let report = run(full_report(&host)).markdown;
        assert!(report.contains(&format!("did not finish within {} s", expected.div_ceil(1000))), "{value}: {report}");
        assert_eq!(*host.sleeps.borrow(), [expected]);
    }
}

#[test]
fn an_absurd_rate_limit_reset_does_not_overflow() {
    for reset in ["-9114861777597660799", "9223372036854775807"] {
        let host =
            credits_only(FakeHost::new()).answer(move |_| with_headers(429, &[("x-ratelimit-reset", reset)], ""));
        assert!(error(&host).starts_with("GitHub is rate-limiting requests"), "{reset}");
    }
}
