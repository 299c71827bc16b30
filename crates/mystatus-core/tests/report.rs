//! The whole `/mystatus` answer, in every language.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use mystatus_core::host::Os;
use mystatus_core::platform::Platform;
use support::*;

#[test]
fn nothing_configured_is_no_account_and_the_guidance() {
    let host = FakeHost::new();
    assert_eq!(run(query_copilot_usage(&host)), None);
    let report = run(full_report(&host));
    assert_snapshot("none_en", &report.markdown);
    let ids: Vec<_> = report.platforms.iter().map(|platform| platform.id).collect();
    assert_eq!(ids, Platform::ALL);
    assert!(report.platforms.iter().all(|platform| platform.result.is_none()));
}

#[test]
fn each_section_is_told_to_the_host_as_it_is_read() {
    let host = FakeHost::new()
        .pat_file("pro")
        .file(
            AUTH_PATH,
            r#"{"zai-coding-plan": {"type": "api", "key": "9a8b7c6d5e4f30211f2e3d4c5b6a7988.QrStUvWxYz012345"}}"#,
        )
        .answer(|request| {
            if request.url.contains("api.z.ai") { ok(401, "{}") } else { ok(200, &fixture("premium_usage_pro.json")) }
        });
    run(full_report(&host));
    let mut read = host.sections_read.borrow().clone();
    assert_eq!(read.len(), Platform::ALL.len(), "{read:?}");
    read.sort_by_key(|(platform, _)| Platform::ALL.iter().position(|each| each == platform));
    let configured: Vec<_> = read.iter().filter(|(_, success)| success.is_some()).collect();
    assert_eq!(configured, [&(Platform::Copilot, Some(true)), &(Platform::Zai, Some(false))]);
}

#[test]
fn the_guidance_names_the_windows_path() {
    let mut host = FakeHost::new().env("APPDATA", r"C:\Users\octo\AppData\Roaming");
    host.os = Os::Windows;
    host.home = Some(r"C:\Users\octo".to_owned());
    let report = run(full_report(&host)).markdown;
    assert!(report.contains(r"in C:\Users\octo\AppData\Roaming\opencode\copilot-quota-token.json:"), "{report}");
}

#[test]
fn a_report_is_the_copilot_section() {
    let host = FakeHost::new().pat_file("pro").always(200, &fixture("premium_usage_pro.json"));
    let report = run(full_report(&host));
    let expected = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots/pat_pro.md")).unwrap();
    assert_eq!(report.markdown, expected);
    let result = report.platforms[0].result.as_ref().unwrap();
    assert_eq!((result.success, result.output.as_ref()), (true, Some(&expected)));
}

#[test]
fn failures_are_gathered_under_one_heading() {
    let host = FakeHost::new().pat_file("pro").always(403, "");
    assert_snapshot("failed_en", &run(full_report(&host)).markdown);
}

#[test]
fn chinese_and_french_reports() {
    for (lang, name) in [("zh_CN.UTF-8", "zh"), ("fr_FR.UTF-8", "fr")] {
        let host = FakeHost::new().env("LANG", lang).pat_file("pro").always(200, &fixture("premium_usage_pro.json"));
        assert_snapshot(&format!("pat_pro_{name}"), &run(full_report(&host)).markdown);
        let host = FakeHost::new()
            .env("LANG", lang)
            .auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0)
            .always(200, &fixture("internal_limited.json"));
        assert_snapshot(&format!("oauth_limited_{name}"), &run(full_report(&host)).markdown);
        let host = FakeHost::new().env("LANG", lang);
        assert_snapshot(&format!("none_{name}"), &run(full_report(&host)).markdown);
        let host = FakeHost::new()
            .env("LANG", lang)
            .pat_fields(r#""username":"johndoe","tier":"pro+","org":"acme""#)
            .routes(&[
                ("/organizations/acme/settings/billing/ai_credit/usage", 200, &fixture("org_usage.json")),
                ("/organizations/acme/settings/billing/budgets", 403, "{}"),
                (CREDITS_PATH, 200, &fixture("credits_usage_proplus_over.json")),
            ]);
        assert_snapshot(&format!("credits_proplus_over_{name}"), &run(full_report(&host)).markdown);
        for (fixture_name, snapshot) in
            [("internal_org_seat.json", "oauth_org_seat"), ("internal_unlimited.json", "oauth_unlimited")]
        {
            let host = FakeHost::new()
                .env("LANG", lang)
                .auth_file(OAUTH_TOKEN, OAUTH_TOKEN, 0)
                .always(200, &fixture(fixture_name));
            assert_snapshot(&format!("{snapshot}_{name}"), &run(full_report(&host)).markdown);
        }
        let host = FakeHost::new()
            .env("LANG", lang)
            .pat_fields(r#""username":"johndoe""#)
            .always(200, &fixture("credits_usage_pro.json"));
        assert_snapshot(&format!("credits_no_tier_{name}"), &run(full_report(&host)).markdown);
        for (content, snapshot) in [
            (r#"{"token":"github_pat_x","username":"johndoe","tier":"gold"}"#, "pat_config_unknown_tier"),
            (r#"{"token":"github_pat_x","billing":"x"}"#, "pat_config_unknown_billing"),
            (r#"{"token":"github_pat_x","allowance":-1}"#, "pat_config_bad_allowance"),
            (r#"{"token":"github_pat_x","org":"a b"}"#, "pat_config_bad_org"),
            (r#"{"token":"github_pat_x","host":"x"}"#, "pat_config_bad_host"),
        ] {
            let host = FakeHost::new().env("LANG", lang).file(PAT_PATH, content);
            assert_snapshot(&format!("{snapshot}_{name}"), &run(full_report(&host)).markdown);
        }
        for status in [401, 403, 404] {
            let host = FakeHost::new().env("LANG", lang).pat_file("pro").always(status, "");
            assert_snapshot(&format!("pat_{status}_{name}"), &run(full_report(&host)).markdown);
        }
    }
}

type Vars = &'static [(&'static str, &'static str)];

fn language_of(vars: Vars, locale: Option<&str>) -> &'static str {
    let mut host = vars.iter().fold(FakeHost::new(), |host, (name, value)| host.env(name, value));
    host.locale = locale.map(str::to_owned);
    let guidance = run(full_report(&host)).markdown;
    match guidance.lines().next().unwrap() {
        "No configured accounts found." => "en",
        "未找到已配置的账号。" => "zh",
        first => {
            assert!(first.starts_with("Aucun"), "{first}");
            "fr"
        }
    }
}

#[test]
fn the_language_follows_mystatus_lang_then_gettext_then_intl() {
    let cases: [(Vars, Option<&str>, &str); 12] = [
        (&[], None, "en"),
        (&[], Some("zh-CN"), "zh"),
        (&[], Some("fr-CA"), "fr"),
        (&[("LANG", "fr_FR.UTF-8")], Some("zh-CN"), "fr"),
        (&[("LANG", "de_DE.UTF-8")], Some("zh-CN"), "en"),
        (&[("LANG", "C.UTF-8")], Some("fr-FR"), "en"),
        (&[("LANG", "fr_FR"), ("LC_MESSAGES", "zh_TW")], None, "zh"),
        (&[("LC_MESSAGES", "zh_TW"), ("LC_ALL", "en_US")], None, "en"),
        (&[("LC_ALL", "en_US"), ("LANGUAGE", "de:fr:en")], None, "fr"),
        (&[("LANGUAGE", "de:it"), ("LANG", "zh_CN")], None, "zh"),
        (&[("LANGUAGE", "fr"), ("MYSTATUS_LANG", "zh")], None, "zh"),
        (&[("MYSTATUS_LANG", "  "), ("LANG", "fr_FR")], None, "fr"),
    ];
    for (vars, locale, expected) in cases {
        assert_eq!(language_of(vars, locale), expected, "{vars:?} {locale:?}");
    }
}

#[test]
fn a_panic_in_one_platform_is_that_platform_s_error() {
    let host = FakeHost::new()
        .env("MYSTATUS_TEST_PANIC", "openai")
        .pat_file("pro")
        .file(AUTH_PATH, r#"{"openai": {"type": "oauth", "access": "x.y.z", "expires": 0}}"#)
        .always(200, &fixture("usage_empty.json"));
    let report = run(full_report(&host));
    assert!(report.markdown.starts_with("## GitHub Copilot Account Quota"), "{}", report.markdown);
    assert!(
        report.markdown.ends_with(
            "### OpenAI\n\nmystatus hit an internal error (a bug) while reading OpenAI; the other platforms are \
unaffected. Please report it at https://github.com/mystatus/mystatus/issues."
        ),
        "{}",
        report.markdown
    );
}
