//! Copilot as billed since June 2026: AI credits, detection of the billing model without asking,
//! organization and enterprise seats, and enterprise hosts.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use support::*;

const USER_URL: &str = "https://api.github.com/copilot_internal/user";

fn credits(host: FakeHost, fixture_name: &str) -> FakeHost {
    host.routes(&[(CREDITS_PATH, 200, &fixture(fixture_name)), (PREMIUM_PATH, 200, &fixture("usage_empty.json"))])
}

fn signed_in(host: FakeHost) -> FakeHost {
    host.auth_file(OAUTH_TOKEN, SESSION_TOKEN, NOW_MS + 3_600_000)
}

#[test]
fn pro_on_credits() {
    let host = credits(FakeHost::new().pat_file("pro"), "credits_usage_pro.json");
    assert_snapshot("credits_pro", &output(&host));
    assert_accounts("credits_pro", &run(query_copilot_usage(&host)).unwrap());
}

#[test]
fn pro_plus_over_the_allowance_shows_overage_and_dollars() {
    let host = credits(FakeHost::new().pat_file("pro+"), "credits_usage_proplus_over.json");
    assert_snapshot("credits_proplus_over", &output(&host));
    assert_accounts("credits_proplus_over", &run(query_copilot_usage(&host)).unwrap());
}

#[test]
fn max() {
    let host = credits(FakeHost::new().pat_file("max"), "credits_usage_max.json");
    let report = output(&host);
    assert!(report.contains("Plan:           Max\n\nAI credits\n████████░░░░░░░░░░░░ 40% (12000/20000)\n"), "{report}");
}

#[test]
fn the_file_can_override_the_allowance() {
    let host = credits(
        FakeHost::new().pat_fields(r#""username":"johndoe","tier":"pro","allowance":2000"#),
        "credits_usage_pro.json",
    );
    assert!(output(&host).contains("AI credits\n███████████████░░░░░ 76% (480/2000)\n"));
}

#[test]
fn plans_without_a_published_allowance_get_no_bar() {
    let host = credits(FakeHost::new().pat_file("student"), "credits_usage_pro.json");
    assert!(output(&host).contains("AI credits\nUsed: 480 credits (GitHub does not publish this plan's allowance)\n"));
}

#[test]
fn without_a_tier_or_sign_in_it_says_how_to_add_one() {
    let host = credits(FakeHost::new().pat_fields(r#""username":"johndoe""#), "credits_usage_pro.json");
    let report = output(&host);
    assert!(
        report.contains(&format!(
            "AI credits\nUsed: 480 credits. Add your plan as \"tier\" to {PAT_PATH} to see what remains (valid tiers: free, student, pro, pro+, max, business, enterprise).\n"
        )),
        "{report}"
    );
    assert!(!report.contains("Plan:"));
}

#[test]
fn without_a_tier_the_sign_in_tells_the_plan() {
    let host = signed_in(FakeHost::new().pat_fields(r#""username":"johndoe""#)).routes(&[
        (CREDITS_PATH, 200, &fixture("credits_usage_pro.json")),
        (PREMIUM_PATH, 200, &fixture("usage_empty.json")),
        ("/copilot_internal/user", 200, r#"{"copilot_plan":"individual_pro","quota_snapshots":{}}"#),
    ]);
    let report = output(&host);
    assert!(report.contains("Plan:           Pro+\n\nAI credits\n███████████████████░ 93% (480/7000)\n"), "{report}");
    assert_eq!(host.requests.borrow().len(), 3, "the plan lookup is one request beside the two reports");
}

#[test]
fn an_empty_month_is_credits_at_zero() {
    let host = FakeHost::new().pat_file("pro+").always(200, &fixture("usage_empty.json"));
    assert!(output(&host).contains("AI credits\n████████████████████ 100% (0/7000)\n"));
}

#[test]
fn both_reports_with_usage_are_both_shown() {
    let host = FakeHost::new().pat_file("pro").routes(&[
        (CREDITS_PATH, 200, &fixture("credits_usage_pro.json")),
        (PREMIUM_PATH, 200, &fixture("premium_usage_pro.json")),
    ]);
    let report = output(&host);
    let credits = report.find("AI credits\n").expect("credits");
    let premium = report.find("Premium requests\n").expect("premium requests");
    assert!(credits < premium, "{report}");
}

#[test]
fn billing_named_in_the_file_reads_one_report() {
    let host = credits(
        FakeHost::new().pat_fields(r#""username":"johndoe","tier":"pro","billing":"credits""#),
        "credits_usage_pro.json",
    );
    output(&host);
    assert_eq!(host.urls(), [format!("{API}{CREDITS_PATH}")]);
}

#[test]
fn the_username_is_discovered() {
    let host = credits(FakeHost::new().pat_fields(r#""tier":"pro""#), "credits_usage_pro.json").routes(&[
        ("/user/", 404, "{}"),
        (CREDITS_PATH, 200, &fixture("credits_usage_pro.json")),
        (PREMIUM_PATH, 200, &fixture("usage_empty.json")),
        ("https://api.github.com/user", 200, &fixture("whoami.json")),
    ]);
    assert_snapshot("credits_pro", &output(&host));
    assert_eq!(host.urls(), [format!("{API}/user"), format!("{API}{CREDITS_PATH}"), format!("{API}{PREMIUM_PATH}")]);
    assert_eq!(header(&host.requests.borrow()[0], "Authorization"), format!("Bearer {PAT}"));
}

#[test]
fn a_rejected_token_gets_its_advice_once() {
    let host = FakeHost::new().pat_file("pro").always(401, r#"{"message":"Bad credentials"}"#);
    assert_snapshot("pat_401", &error(&host));
    let host = FakeHost::new().pat_file("pro").routes(&[
        (CREDITS_PATH, 500, ""),
        (PREMIUM_PATH, 403, r#"{"message":"Resource not accessible by personal access token"}"#),
    ]);
    assert_snapshot("pat_403", &error(&host));
}

#[test]
fn one_report_failing_otherwise_is_an_error() {
    let host = FakeHost::new()
        .pat_file("pro")
        .routes(&[(CREDITS_PATH, 200, &fixture("credits_usage_pro.json")), (PREMIUM_PATH, 502, "")]);
    assert!(error(&host).starts_with(&format!("GitHub answered with a server error (502) for {API}{PREMIUM_PATH}.")));
}

#[test]
fn a_404_from_one_report_alone_is_not_an_error() {
    let host = FakeHost::new().pat_file("pro").routes(&[(CREDITS_PATH, 200, &fixture("credits_usage_pro.json"))]);
    assert_snapshot("credits_pro", &output(&host));
}

#[test]
fn an_org_seat_with_no_personal_billing_shows_the_sign_in_report() {
    let host = signed_in(FakeHost::new().pat_fields(r#""username":"johndoe""#)).routes(&[(
        "/copilot_internal/user",
        200,
        &fixture("internal_org_seat.json"),
    )]);
    assert_snapshot("oauth_org_seat", &output(&host));
    assert_eq!(
        host.urls(),
        [format!("{API}{CREDITS_PATH}"), format!("{API}{PREMIUM_PATH}"), USER_URL.to_owned()],
        "the plan lookup's answer is reused, not asked again"
    );
    assert_accounts("oauth_org_seat", &run(query_copilot_usage(&host)).unwrap());
}

#[test]
fn an_org_seat_with_a_tier_asks_the_sign_in_after_the_404s() {
    let host = signed_in(FakeHost::new().pat_file("business")).routes(&[(
        "/copilot_internal/user",
        200,
        &fixture("internal_org_seat.json"),
    )]);
    assert_snapshot("oauth_org_seat", &output(&host));
    assert_eq!(host.urls(), [format!("{API}{CREDITS_PATH}"), format!("{API}{PREMIUM_PATH}"), USER_URL.to_owned()]);
}

#[test]
fn no_personal_billing_and_no_sign_in_explains_both_causes() {
    let host = FakeHost::new().pat_file("business").always(404, r#"{"message":"Not Found"}"#);
    assert_snapshot("pat_404", &error(&host));
}

#[test]
fn sign_in_reports_for_every_kind_of_seat() {
    let cases = [
        ("internal_org_seat.json", "oauth_org_seat"),
        ("internal_credits_enterprise.json", "oauth_enterprise_credits"),
        ("internal_legacy_annual_pro.json", "oauth_legacy_annual_pro"),
        ("internal_free_monthly_quotas.json", "oauth_free_monthly_quotas"),
        ("internal_free_snapshots.json", "oauth_free_snapshots"),
        ("internal_unknown_plan.json", "oauth_unknown_plan"),
    ];
    for (fixture_name, snapshot) in cases {
        let host = signed_in(FakeHost::new()).routes(&[("/copilot_internal/user", 200, &fixture(fixture_name))]);
        assert_snapshot(snapshot, &output(&host));
    }
}

#[test]
fn organization_and_enterprise_blocks_for_admins() {
    let host = credits(
        FakeHost::new().pat_fields(r#""username":"johndoe","tier":"business","org":"acme","enterprise":"acme-corp""#),
        "credits_usage_pro.json",
    )
    .routes(&[
        ("/organizations/acme/settings/billing/ai_credit/usage?user=johndoe", 200, &fixture("org_usage.json")),
        ("/organizations/acme/settings/billing/budgets", 200, &fixture("org_budgets.json")),
        (
            "/enterprises/acme-corp/settings/billing/ai_credit/usage?user=johndoe",
            403,
            r#"{"message":"Must be an enterprise admin"}"#,
        ),
        ("/enterprises/acme-corp/settings/billing/budgets", 403, r#"{"message":"Must be an enterprise admin"}"#),
        (CREDITS_PATH, 200, &fixture("credits_usage_pro.json")),
        (PREMIUM_PATH, 200, &fixture("usage_empty.json")),
    ]);
    assert_snapshot("credits_with_org", &output(&host));
    assert_accounts("credits_with_org", &run(query_copilot_usage(&host)).unwrap());
    let requests = host.requests.borrow();
    let budgets = requests.iter().find(|r| r.url.ends_with("/organizations/acme/settings/billing/budgets")).unwrap();
    assert_eq!(header(budgets, "X-GitHub-Api-Version"), "2026-03-10");
}

#[test]
fn enterprise_cloud_hosts() {
    let host = signed_in(FakeHost::new()).file(
        AUTH_PATH,
        &format!(
            r#"{{"github-copilot":{{"type":"oauth","refresh":"{OAUTH_TOKEN}","access":"{SESSION_TOKEN}","expires":{},"enterpriseUrl":"acme.ghe.com"}}}}"#,
            NOW_MS + 60_000
        ),
    );
    let host = host.routes(&[(
        "https://api.acme.ghe.com/copilot_internal/user",
        200,
        &fixture("internal_credits_enterprise.json"),
    )]);
    output(&host);
    assert_eq!(host.urls(), ["https://api.acme.ghe.com/copilot_internal/user"]);

    for domain in ["acme.ghe.com", "https://acme.ghe.com/", "api.acme.ghe.com"] {
        let host = FakeHost::new()
            .pat_fields(&format!(r#""username":"johndoe","tier":"enterprise","billing":"credits","host":"{domain}""#))
            .always(200, &fixture("credits_usage_pro.json"));
        output(&host);
        assert_eq!(host.urls(), [format!("https://api.acme.ghe.com{CREDITS_PATH}")], "{domain}");
    }
}

#[test]
fn the_test_api_url_wins_over_an_enterprise_host() {
    let host = FakeHost::new()
        .env("MYSTATUS_GITHUB_API_URL", "http://127.0.0.1:9999")
        .pat_fields(r#""username":"johndoe","billing":"credits","host":"acme.ghe.com""#)
        .always(200, &fixture("credits_usage_pro.json"));
    output(&host);
    assert_eq!(host.urls(), [format!("http://127.0.0.1:9999{CREDITS_PATH}")]);
}

#[test]
fn a_discovered_username_is_remembered() {
    let host = FakeHost::new().pat_fields(r#""tier":"pro","billing":"credits""#).routes(&[
        ("/user/", 404, "{}"),
        (CREDITS_PATH, 200, &fixture("credits_usage_pro.json")),
        ("https://api.github.com/user", 200, &fixture("whoami.json")),
    ]);
    output(&host);
    host.clear_requests();
    output(&host);
    assert_eq!(host.urls(), [format!("{API}{CREDITS_PATH}")]);
}
