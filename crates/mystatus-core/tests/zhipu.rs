//! Zhipu AI and Z.ai (GLM Coding Plan): quota limits read with the API key OpenCode saved.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use mystatus_core::host::FetchFailure;
use mystatus_core::platform::Platform;
use mystatus_core::report::QueryResult;
use support::*;

const ZHIPU_URL: &str = "https://bigmodel.cn/api/monitor/usage/quota/limit";
const ZAI_URL: &str = "https://api.z.ai/api/monitor/usage/quota/limit";
const ZHIPU_KEY: &str = "4f1e2d3c5b6a79880a1b2c3d4e5f6071.AbCdEfGhIjKlMnOp";
const ZAI_KEY: &str = "9a8b7c6d5e4f30211f2e3d4c5b6a7988.QrStUvWxYz012345";

fn with_key(provider: &str, key: &str) -> FakeHost {
    FakeHost::new().file(AUTH_PATH, &format!(r#"{{"{provider}": {{"type": "api", "key": "{key}"}}}}"#))
}

fn zhipu_host() -> FakeHost {
    with_key("zhipuai-coding-plan", ZHIPU_KEY)
}

fn zai_host() -> FakeHost {
    with_key("zai-coding-plan", ZAI_KEY)
}

fn zhipu(host: &FakeHost) -> Option<QueryResult> {
    run(query_usage(host, Platform::Zhipu))
}

fn zai(host: &FakeHost) -> Option<QueryResult> {
    run(query_usage(host, Platform::Zai))
}

#[test]
fn zhipu_old_payload_without_windows() {
    let host = zhipu_host().always(200, &fixture("zhipu_quota_old.json"));
    assert_snapshot("zhipu_old", &output_of(zhipu(&host)));
    let requests = host.requests.borrow();
    assert_eq!(requests.len(), 1);
    assert_eq!((requests[0].method, requests[0].url.as_str()), ("GET", ZHIPU_URL));
    assert_eq!(header(&requests[0], "Authorization"), ZHIPU_KEY);
}

#[test]
fn zai_new_payload_with_windows_and_credits() {
    let host = zai_host().always(200, &fixture("zai_quota_new.json"));
    assert_snapshot("zai_new", &output_of(zai(&host)));
    assert_eq!(host.calls(), [(ZAI_URL.to_owned(), ZAI_KEY.to_owned())]);
}

#[test]
fn chinese_and_french_reports() {
    for lang in ["zh", "fr"] {
        let locale = format!("{lang}_{}.UTF-8", lang.to_uppercase());
        let host = zhipu_host().env("LANG", &locale).always(200, &fixture("zhipu_quota_old.json"));
        assert_snapshot(&format!("zhipu_old_{lang}"), &output_of(zhipu(&host)));
        let host = zai_host().env("LANG", &locale).always(200, &fixture("zai_quota_new.json"));
        assert_snapshot(&format!("zai_new_{lang}"), &output_of(zai(&host)));
        let host = zhipu_host().env("LANG", &locale).always(401, &fixture("zhipu_401.json"));
        assert_snapshot(&format!("zhipu_401_{lang}"), &error_of(zhipu(&host)));
    }
}

#[test]
fn the_key_is_masked_in_the_account_line() {
    let host = zhipu_host().always(200, &fixture("zhipu_quota_no_limits.json"));
    assert_eq!(
        output_of(zhipu(&host)),
        "## Zhipu AI Account Quota\n\nAccount:        4f1e****MnOp (Coding Plan)\n\n\
Zhipu AI reported no quota for this account."
    );
    let host = with_key("zai-coding-plan", "k1234567").always(200, &fixture("zhipu_quota_no_limits.json"));
    assert!(output_of(zai(&host)).contains("\nAccount:        **** (Coding Plan)\n"));
    let host = with_key("zai-coding-plan", "abcd5wxyz").always(200, &fixture("zhipu_quota_no_limits.json"));
    assert!(output_of(zai(&host)).contains("\nAccount:        abcd****wxyz (Coding Plan)\n"));
}

#[test]
fn http_errors_and_their_advice() {
    let cases = [
        (401, fixture("zhipu_401.json"), "zhipu_401"),
        (403, String::new(), "zhipu_403"),
        (
            429,
            r#"{"code":1302,"msg":"您的账户已达到速率限制，请您控制请求频率","success":false}"#.to_owned(),
            "zhipu_429",
        ),
        (500, "<html>Internal Server Error</html>".to_owned(), "zhipu_500"),
        (200, "<html>".to_owned(), "zhipu_malformed"),
        (200, r#"{"code":200,"msg":"操作成功","data":{},"success":true}"#.to_owned(), "zhipu_no_limits_field"),
    ];
    for (status, body, snapshot) in cases {
        let host = zhipu_host().always(status, &body);
        assert_snapshot(snapshot, &error_of(zhipu(&host)));
    }
    let host = zai_host().always(502, "");
    assert_eq!(
        error_of(zai(&host)),
        format!(
            "Z.ai answered with a server error (502) for {ZAI_URL}. The problem is on Z.ai's side; try again in a few minutes."
        )
    );
    let host = zai_host().answer(|_| Err(FetchFailure::Timeout));
    assert_eq!(
        error_of(zai(&host)),
        format!(
            "Z.ai did not answer within 10 s ({ZAI_URL}). Check your network connection or proxy, then run /mystatus again."
        )
    );
}

#[test]
fn errors_in_a_successful_answer() {
    let host = zhipu_host().always(200, &fixture("zhipu_quota_refused.json"));
    assert_snapshot("zhipu_refused", &error_of(zhipu(&host)));
    let host = zai_host().always(200, &fixture("zhipu_quota_token_expired.json"));
    assert_snapshot("zai_code_rejected", &error_of(zai(&host)));
    // `success: false` alone is a refusal too, even with code 200 and limits.
    let host = zhipu_host().always(200, r#"{"code":200,"success":false,"data":{"limits":[]}}"#);
    assert_eq!(error_of(zhipu(&host)), "Zhipu AI answered with an error instead of the quota (code 200).");
    let host = zhipu_host().always(200, r#"{"code":"oops","success":false}"#);
    assert_eq!(error_of(zhipu(&host)), "Zhipu AI answered with an error instead of the quota.");
}

#[test]
fn the_origins_can_be_overridden() {
    let host = zhipu_host()
        .env("MYSTATUS_ZHIPU_URL", "http://127.0.0.1:8080/")
        .env("MYSTATUS_ZAI_URL", "http://127.0.0.1:9090")
        .always(200, &fixture("zhipu_quota_old.json"));
    output_of(zhipu(&host));
    assert_eq!(host.urls(), ["http://127.0.0.1:8080/api/monitor/usage/quota/limit"]);
    let host =
        zai_host().env("MYSTATUS_ZAI_URL", "https://proxy.example/zai/").always(200, &fixture("zai_quota_new.json"));
    output_of(zai(&host));
    assert_eq!(host.urls(), ["https://proxy.example/zai/api/monitor/usage/quota/limit"]);
    let host = zai_host().env("MYSTATUS_ZAI_URL", "api.z.ai");
    assert_eq!(
        error_of(zai(&host)),
        "MYSTATUS_ZAI_URL is \"api.z.ai\", which is not an http(s) URL. Unset it, or set it to an http(s) origin."
    );
    let host = zhipu_host().env("MYSTATUS_ZHIPU_URL", "ftp://bigmodel.cn");
    assert!(error_of(zhipu(&host)).starts_with("MYSTATUS_ZHIPU_URL is \"ftp://bigmodel.cn\""));
    assert!(host.urls().is_empty());
}

#[test]
fn not_configured() {
    assert_eq!(zhipu(&FakeHost::new()), None);
    assert_eq!(zai(&FakeHost::new()), None);
    // Each flavor reads only its own provider.
    assert_eq!(zai(&zhipu_host()), None);
    assert_eq!(zhipu(&zai_host()), None);
    // The general-purpose providers and other entry types are not the Coding Plan.
    let host = with_key("zhipuai", ZHIPU_KEY);
    assert_eq!(zhipu(&host), None);
    let host = FakeHost::new()
        .file(AUTH_PATH, r#"{"zai-coding-plan": {"type": "oauth", "access": "x", "refresh": "y", "expires": 0}}"#);
    assert_eq!(zai(&host), None);
    assert_eq!(zai(&with_key("zai-coding-plan", "   ")), None);
}

#[test]
fn the_key_never_appears() {
    let echo = format!(
        r#"{{"code":1002,"msg":"Authentication Token非法: {ZHIPU_KEY} / {} / {}","success":false}}"#,
        ZHIPU_KEY.to_uppercase(),
        ZHIPU_KEY.replace('.', "%2E")
    );
    for status in [200, 401, 500] {
        let error = error_of(zhipu(&zhipu_host().always(status, &echo)));
        assert!(!error.to_lowercase().contains(&ZHIPU_KEY[..20].to_lowercase()), "{error}");
        assert_eq!(error.matches("[REDACTED]").count(), 3, "{error}");
    }
    let output = output_of(zhipu(&zhipu_host().always(200, &fixture("zhipu_quota_old.json"))));
    assert!(!output.contains(&ZHIPU_KEY[..5]) && !output.contains(&ZHIPU_KEY[ZHIPU_KEY.len() - 5..]), "{output}");
}

#[test]
fn the_figures_as_data() {
    let host = zhipu_host().always(200, &fixture("zhipu_quota_old.json"));
    assert_accounts("zhipu_old", &zhipu(&host).unwrap());
    let host = zai_host().always(200, &fixture("zai_quota_new.json"));
    assert_accounts("zai_new", &zai(&host).unwrap());
}
