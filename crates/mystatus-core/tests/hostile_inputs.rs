//! Payloads and files that bend every rule: each reads as what it evidently means, or gives an
//! error message naming the endpoint or file; never a panic, never a lost section.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use mystatus_core::platform::Platform;
use support::*;

fn credits(host: FakeHost) -> FakeHost {
    host.pat_fields(r#""username": "johndoe", "tier": "pro", "billing": "credits""#)
}

#[test]
fn numbers_sent_as_strings_count_as_numbers() {
    let body = r#"{"timePeriod": {"year": "2026", "month": 11}, "user": "johndoe", "usageItems": [
        {"product": "Copilot", "sku": "Copilot AI Credits", "model": "GPT-5", "unitType": "ai-credits", "grossQuantity": "450.5", "netAmount": "0"},
        {"product": "Copilot", "sku": "Copilot AI Credits", "model": "o3", "unitType": "ai-credits", "grossQuantity": 29.5}
    ]}"#;
    let host = credits(FakeHost::new()).always(200, body);
    assert!(output(&host).contains("AI credits\n██████████████░░░░░░ 68% (480/1500)\n"));
    let internal = r#"{"token_based_billing": true, "quota_snapshots": {"premium_interactions":
        {"entitlement": "1500", "quota_remaining": "1020", "percent_remaining": "68", "unlimited": "false"}}}"#;
    let host = FakeHost::new().auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0).always(200, internal);
    assert!(output(&host).contains("AI credits\n██████████████░░░░░░ 68% (480/1500)"));
}

#[test]
fn a_duplicate_key_keeps_its_last_value() {
    let body = r#"{"timePeriod": {"year": 2026, "month": 11}, "usageItems": [], "usageItems": [
        {"product": "Copilot", "sku": "Copilot AI Credits", "model": "GPT-5", "unitType": "ai-credits", "grossQuantity": 480}
    ]}"#;
    let host = credits(FakeHost::new()).always(200, body);
    assert!(output(&host).contains("(480/1500)"));
}

#[test]
fn nulls_everywhere_read_as_absent() {
    let body = r#"{"timePeriod": null, "user": null, "usageItems": [
        {"product": null, "sku": "Copilot AI Credits", "model": null, "unitType": null, "grossQuantity": null, "netAmount": null}
    ]}"#;
    let host = credits(FakeHost::new()).always(200, body);
    assert!(output(&host).contains("AI credits\n████████████████████ 100% (0/1500)"));
}

/// JSON of the wrong type at every level of every payload: a message naming the endpoint.
#[test]
fn wrong_types_at_every_level_give_an_error_not_a_panic() {
    let shapes = [
        "",
        "null",
        "[]",
        "42",
        "\"text\"",
        "{}",
        r#"{"usageItems": {}}"#,
        r#"{"usageItems": [1, "x", null]}"#,
        r#"{"quota_snapshots": []}"#,
        r#"{"quota_snapshots": {"premium_interactions": []}}"#,
        r#"{"rate_limit": 7}"#,
        r#"{"rate_limit": {"primary_window": "soon"}}"#,
        r#"{"five_hour": [], "seven_day": "x"}"#,
        r#"{"code": "200", "success": "yes", "data": {"limits": {}}}"#,
        r#"{"usage": []}"#,
        r#"{"usage": {"rolling": "x", "weekly": {"percent": {}}, "monthly": {"status": 5}}}"#,
        r#"{"models": []}"#,
        r#"{"models": {"a": 1}}"#,
        r#"{"access_token": 5}"#,
        "{\"unterminated\": ",
        "\u{feff}{}",
        "{\"a\": 1e999}",
    ];
    let auth = r#"{
        "github-copilot": {"type": "oauth", "refresh": "gho_16C7e42F292c6912E7710c838347Ae178B4a"},
        "openai": {"type": "oauth", "access": "a.b.c", "expires": 9999999999999},
        "anthropic": {"type": "oauth", "access": "sk-ant-oat01-0123456789"},
        "zhipuai-coding-plan": {"type": "api", "key": "0123456789abcdef"},
        "zai-coding-plan": {"type": "api", "key": "0123456789abcdef"},
        "opencode-go": {"type": "api", "key": "sk-0123456789abcdef"}
    }"#;
    let accounts =
        r#"{"accounts": [{"email": "a@example.com", "refreshToken": "1//0gRefresh0123456789", "projectId": "p"}]}"#;
    for shape in shapes {
        let host = FakeHost::new()
            .pat_fields(r#""username": "johndoe", "tier": "pro""#)
            .file(AUTH_PATH, auth)
            .file("/home/octo/.config/opencode/antigravity-accounts.json", accounts)
            .always(200, shape);
        let report = run(full_report(&host));
        assert_eq!(report.platforms.len(), Platform::ALL.len());
        for platform in &report.platforms {
            let result = platform.result.as_ref().unwrap_or_else(|| panic!("{shape}: {} lost", platform.id.id()));
            let text = result.output.as_deref().or(result.error.as_deref()).unwrap_or_default();
            assert!(!text.trim().is_empty(), "{shape}: {} said nothing", platform.id.id());
        }
    }
}

/// Credentials files of the wrong shape: the file and the problem are named; nothing is sent.
#[test]
fn hostile_credentials_files() {
    let auth_files = [
        "[]",
        "null",
        r#"{"openai": []}"#,
        r#"{"openai": {"type": ["oauth"]}}"#,
        r#"{"openai": {"type": "oauth", "access": 5}}"#,
    ];
    for content in auth_files {
        let host = FakeHost::new().file(AUTH_PATH, content);
        let _ = run(full_report(&host));
        assert!(host.urls().is_empty(), "{content}");
        assert_eq!(run(query_usage(&host, Platform::OpenAi)), None, "{content}");
    }
    for content in [
        "[]",
        r#"{"token": {"value": "x"}}"#,
        r#"{"token": "t", "username": ["a"]}"#,
        r#"{"token": "t", "allowance": {}}"#,
    ] {
        let host = FakeHost::new().file(PAT_PATH, content);
        assert!(error(&host).starts_with(&format!("The token file {PAT_PATH} is invalid: ")), "{content}");
        assert!(host.urls().is_empty(), "{content}");
    }
}
