//! Strategy 1: the fine-grained PAT file and the public billing API.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use mystatus_core::host::{FetchFailure, FileError, Os};
use support::*;

const USAGE_URL: &str = "https://api.github.com/users/johndoe/settings/billing/premium_request/usage";
const CREDITS_URL: &str = "https://api.github.com/users/johndoe/settings/billing/ai_credit/usage";

/// A legacy annual plan: premium requests used this month, no AI credits.
fn legacy(host: FakeHost) -> FakeHost {
    host.routes(&[
        (PREMIUM_PATH, 200, &fixture("premium_usage_pro.json")),
        (CREDITS_PATH, 200, &fixture("usage_empty.json")),
    ])
}

#[test]
fn legacy_pro_report_matches_the_snapshot() {
    let host = legacy(FakeHost::new().pat_file("pro"));
    assert_snapshot("pat_pro", &output(&host));
    assert_accounts("pat_pro", &run(query_copilot_usage(&host)).unwrap());
}

#[test]
fn reads_both_reports_with_the_documented_headers() {
    let host = legacy(FakeHost::new().pat_file("pro"));
    output(&host);
    let requests = host.requests.borrow();
    assert_eq!(requests.iter().map(|r| r.url.as_str()).collect::<Vec<_>>(), [CREDITS_URL, USAGE_URL]);
    for (request, version) in requests.iter().zip(["2026-03-10", "2022-11-28"]) {
        assert_eq!((request.method, request.timeout_ms), ("GET", 10_000));
        assert_eq!(header(request, "Accept"), "application/vnd.github+json");
        assert_eq!(header(request, "Authorization"), format!("Bearer {PAT}"));
        assert_eq!(header(request, "X-GitHub-Api-Version"), version);
        assert!(header(request, "User-Agent").starts_with("mystatus/"));
    }
}

#[test]
fn premium_requests_named_in_the_file_cost_one_request() {
    let host =
        legacy(FakeHost::new().pat_fields(r#""username": "johndoe", "tier": "pro", "billing": "premium-requests""#));
    assert_snapshot("pat_pro", &output(&host));
    assert_eq!(host.urls(), [USAGE_URL]);
}

#[test]
fn every_tier_has_its_monthly_limit() {
    let cases = [
        ("free", "░░░░░░░░░░░░░░░░░░░░ 0% (90/50)\nOverage: 40 requests"),
        ("pro", "██████████████░░░░░░ 70% (90/300)\n"),
        ("pro+", "███████████████████░ 94% (90/1500)\n"),
        ("business", "██████████████░░░░░░ 70% (90/300)\n"),
        ("enterprise", "██████████████████░░ 91% (90/1000)\n"),
    ];
    for (tier, expected) in cases {
        let host = legacy(FakeHost::new().pat_file(tier));
        let report = output(&host);
        assert!(report.contains(&format!("Premium requests\n{expected}")), "{tier}:\n{report}");
    }
}

#[test]
fn an_unused_month_shows_credits_at_zero() {
    let host = FakeHost::new().pat_file("pro").always(200, &fixture("usage_empty.json"));
    assert_snapshot("pat_empty_month", &output(&host));
    assert_accounts("pat_empty_month", &run(query_copilot_usage(&host)).unwrap());
}

#[test]
fn the_pat_file_wins_over_the_oauth_sign_in() {
    let host = FakeHost::new()
        .pat_file("pro")
        .auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0)
        .always(200, &fixture("premium_usage_pro.json"));
    output(&host);
    assert_eq!(host.urls(), [CREDITS_URL, USAGE_URL]);
}

#[test]
fn follows_xdg_config_home() {
    let host = FakeHost::new()
        .env("XDG_CONFIG_HOME", "/cfg")
        .file(
            "/cfg/opencode/copilot-quota-token.json",
            &format!(r#"{{"token":"{PAT}","username":"johndoe","tier":"pro"}}"#),
        )
        .always(200, &fixture("premium_usage_pro.json"));
    output(&host);
    assert_eq!(host.urls(), [CREDITS_URL, USAGE_URL]);
}

#[test]
fn reads_appdata_on_windows() {
    let mut host = FakeHost::new()
        .env("APPDATA", r"C:\Users\octo\AppData\Roaming")
        .file(
            r"C:\Users\octo\AppData\Roaming\opencode\copilot-quota-token.json",
            &format!(r#"{{"token":"{PAT}","username":"johndoe","tier":"pro"}}"#),
        )
        .always(200, &fixture("premium_usage_pro.json"));
    host.os = Os::Windows;
    host.home = Some(r"C:\Users\octo".to_owned());
    output(&host);
    assert_eq!(host.urls(), [CREDITS_URL, USAGE_URL]);
}

#[test]
fn talks_to_an_enterprise_server_api() {
    let host = FakeHost::new()
        .pat_file("enterprise")
        .env("MYSTATUS_GITHUB_API_URL", "https://github.example.com/api/v3/")
        .always(200, &fixture("premium_usage_pro.json"));
    output(&host);
    assert_eq!(
        host.urls(),
        [
            "https://github.example.com/api/v3/users/johndoe/settings/billing/ai_credit/usage",
            "https://github.example.com/api/v3/users/johndoe/settings/billing/premium_request/usage"
        ]
    );
}

#[test]
fn refuses_an_api_url_that_is_not_http() {
    for value in ["file:///etc/passwd", "api.github.com", "https://", "javascript:alert(1)"] {
        let host = FakeHost::new().pat_file("pro").env("MYSTATUS_GITHUB_API_URL", value);
        let message = error(&host);
        assert!(message.starts_with(&format!("MYSTATUS_GITHUB_API_URL is \"{value}\"")), "{message}");
        assert!(host.urls().is_empty());
    }
}

#[test]
fn an_invalid_file_names_the_field_and_sends_nothing() {
    let cases = [
        ("not json", "pat_config_not_json"),
        (r#"{"username":"johndoe","tier":"pro"}"#, "pat_config_missing_token"),
        (r#"{"token":"github_pat_x","username":"johndoe","tier":"gold"}"#, "pat_config_unknown_tier"),
        (r#"{"token":"github_pat_x","billing":"dollars"}"#, "pat_config_unknown_billing"),
        (r#"{"token":"github_pat_x","allowance":0}"#, "pat_config_bad_allowance"),
        (r#"{"token":"github_pat_x","host":"http://github.example.com"}"#, "pat_config_bad_host"),
        (r#"{"token":"github_pat_x","org":"acme corp"}"#, "pat_config_bad_org"),
        (r#"{"token":"github_pat_x","username":"john/../../orgs","tier":"pro"}"#, "pat_config_bad_username"),
        (r#"{"token":["github_pat_x"],"username":"johndoe","tier":"pro"}"#, "pat_config_token_not_string"),
    ];
    for (content, snapshot) in cases {
        let host = FakeHost::new().file(PAT_PATH, content);
        assert_snapshot(snapshot, &error(&host));
        assert!(host.urls().is_empty(), "{snapshot}");
    }
}

#[test]
fn files_that_cannot_be_used_are_reported() {
    let cases = [
        (FileError::Unreadable("EACCES".into()), "it could not be read (EACCES)."),
        (FileError::NotUtf8, "it is not UTF-8 text (was it saved in another encoding?)."),
        (
            FileError::TooLarge { bytes: 5 * 1024 * 1024 },
            "it is 5.0 MiB, more than the 1.0 MiB a credentials file can be; nothing of it was read.",
        ),
    ];
    for (file_error, expected) in cases {
        let mut host = FakeHost::new();
        host.files.insert(PAT_PATH.to_owned(), Err(file_error));
        let message = error(&host);
        assert!(message.starts_with(&format!("The token file {PAT_PATH} is invalid: {expected}")), "{message}");
        assert!(host.urls().is_empty());
    }
}

#[test]
fn http_errors_give_advice() {
    let cases = [
        (401, r#"{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}"#, "pat_401"),
        (403, r#"{"message":"Resource not accessible by personal access token"}"#, "pat_403"),
        (404, r#"{"message":"Not Found"}"#, "pat_404"),
        (429, "", "pat_429"),
        (502, "<html><body>Bad gateway</body></html>", "pat_502"),
        (418, "", "pat_418"),
    ];
    for (status, body, snapshot) in cases {
        let host = FakeHost::new().pat_file("pro").always(status, body);
        assert_snapshot(snapshot, &error(&host));
    }
}

#[test]
fn network_failures_say_so() {
    let host = FakeHost::new().pat_file("pro").answer(|_| Err(FetchFailure::Timeout));
    assert_snapshot("pat_timeout", &error(&host));
    let host =
        FakeHost::new().pat_file("pro").answer(|_| Err(FetchFailure::Network("fetch failed (ECONNREFUSED)".into())));
    assert_snapshot("pat_network", &error(&host));
}

#[test]
fn a_malformed_payload_names_the_endpoint() {
    let host = FakeHost::new()
        .pat_fields(r#""username": "johndoe", "billing": "credits""#)
        .always(200, r#"{"usageItems": "soon"}"#);
    assert_snapshot("pat_malformed", &error(&host));
}

#[test]
fn an_echoed_token_never_reaches_the_user() {
    let echoes = [
        format!(r#"{{"message":"token {PAT} is not valid"}}"#),
        format!(r#"{{"message":"token {} is not valid"}}"#, PAT.to_uppercase()),
        format!(r#"{{"message":"see https://x/?t={}"}}"#, PAT.replace('_', "%5F")),
    ];
    for body in echoes {
        let host = FakeHost::new().pat_file("pro").always(401, &body);
        let message = error(&host);
        assert!(!message.to_lowercase().contains(&PAT.to_lowercase()[12..]), "{message}");
        assert!(message.contains("[REDACTED]"), "{message}");
    }
}

#[test]
fn the_timeout_can_be_set_within_bounds() {
    for (value, expected) in [("2500", 2500), ("5", 100), ("999999999", 120_000), ("soon", 10_000)] {
        let host =
            FakeHost::new().pat_file("pro").env("MYSTATUS_TIMEOUT_MS", value).answer(|_| Err(FetchFailure::Timeout));
        let message = error(&host);
        assert_eq!(host.requests.borrow()[0].timeout_ms, expected, "{value}");
        assert!(
            message.starts_with(&format!("GitHub did not answer within {} s", expected.div_ceil(1000))),
            "{message}"
        );
    }
}

#[test]
fn a_token_file_others_can_read_gets_a_warning() {
    for (mode, warned) in [(0o644, true), (0o640, true), (0o600, false), (0o400, false)] {
        let mut host = legacy(FakeHost::new().pat_file("pro"));
        host.modes.insert(PAT_PATH.to_owned(), mode);
        let report = output(&host);
        let warning = format!(
            "\n\n⚠️ Other users on this machine can read your token file (permissions {mode:o}): run `chmod 600 {PAT_PATH}`."
        );
        assert_eq!(report.ends_with(&warning), warned, "{mode:o}: {report}");
    }
}
