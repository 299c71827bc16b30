//! Google Antigravity: the quotas of the accounts the opencode-antigravity-auth plugin saved, from
//! the quota summary, else from the model list.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use mystatus_core::host::{FetchFailure, FileError, Host, HttpRequest, Os};
use mystatus_core::platform::Platform;
use mystatus_core::report::QueryResult;
use support::*;

const ACCOUNTS_PATH: &str = "/home/octo/.config/opencode/antigravity-accounts.json";
const TOKEN_URL: &str = "https://oauth2.googleapis.com/token";
const MODELS_URL: &str = "https://cloudcode-pa.googleapis.com/v1internal:fetchAvailableModels";
const SUMMARY_URL: &str = "https://daily-cloudcode-pa.googleapis.com/v1internal:retrieveUserQuotaSummary";
const CLIENT_ID: &str = "1071006060591-tmhssin2h21lcre235vtolojh4g403ep.apps.googleusercontent.com";
const CLIENT_SECRET: &str = "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";

// The tokens of the fixtures.
const ALICE_REFRESH: &str = "1//0gAliceRefreshToken-abcdefghijklmnopqrstuvwxyz";
const BOB_REFRESH: &str = "1//0gBobRefreshToken+ZYXWVUTSRQPONMLKJIH/9876";
const ALICE_ACCESS: &str = "ya29.a0AliceAccessToken_0123456789abcdefghijklmnopqrstuv";
const BOB_ACCESS: &str = "ya29.a0BobAccessToken_9876543210zyxwvutsrqponmlkjihgfe";

fn antigravity(host: &impl Host) -> Option<QueryResult> {
    run(query_usage(host, Platform::Antigravity))
}

fn report(host: &impl Host) -> String {
    output_of(antigravity(host))
}

fn failure(host: &impl Host) -> String {
    error_of(antigravity(host))
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' {
            out.push(u8::from_str_radix(&text[at + 1..at + 3], 16).unwrap());
            at += 3;
        } else {
            out.push(if bytes[at] == b'+' { b' ' } else { bytes[at] });
            at += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// The decoded value of `name` in a form body.
fn form_value(request: &HttpRequest, name: &str) -> Option<String> {
    let body = request.body.as_deref()?;
    body.split('&').find_map(|pair| pair.strip_prefix(&format!("{name}="))).map(percent_decode)
}

fn bearer(request: &HttpRequest) -> String {
    header(request, "Authorization").trim_start_matches("Bearer ").to_owned()
}

/// Google as the fixtures have it: each account's refresh token gives its access token, which
/// gives its models; the summary is not offered (404), as for an account the summary does not
/// know. `token` and `models` may override the answer for a given token.
fn google(
    token: impl Fn(&str) -> Option<Answer> + 'static,
    models: impl Fn(&str) -> Option<Answer> + 'static,
) -> impl Fn(&HttpRequest) -> Answer + 'static {
    cloud(token, |_| None, models)
}

/// [`google`], with `summary` answering the quota summary for a given access token.
fn cloud(
    token: impl Fn(&str) -> Option<Answer> + 'static,
    summary: impl Fn(&str) -> Option<Answer> + 'static,
    models: impl Fn(&str) -> Option<Answer> + 'static,
) -> impl Fn(&HttpRequest) -> Answer + 'static {
    move |request| {
        if request.url.ends_with("/token") {
            let refresh = form_value(request, "refresh_token").unwrap_or_default();
            token(&refresh).unwrap_or_else(|| match refresh.as_str() {
                ALICE_REFRESH => ok(200, &fixture("antigravity_token_alice.json")),
                BOB_REFRESH => ok(200, &fixture("antigravity_token_bob.json")),
                _ => ok(400, &fixture("antigravity_invalid_grant.json")),
            })
        } else if request.url.ends_with(":retrieveUserQuotaSummary") {
            summary(&bearer(request)).unwrap_or_else(|| {
                ok(404, r#"{"error":{"code":404,"message":"Method not found.","status":"NOT_FOUND"}}"#)
            })
        } else if request.url.ends_with(":fetchAvailableModels") {
            let access = bearer(request);
            models(&access).unwrap_or_else(|| match access.as_str() {
                ALICE_ACCESS => ok(200, &fixture("antigravity_models_alice.json")),
                BOB_ACCESS => ok(200, &fixture("antigravity_models_bob.json")),
                _ => ok(401, r#"{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}"#),
            })
        } else {
            ok(404, "Not Found")
        }
    }
}

/// Both accounts' summaries as the fixtures have them: Alice's in groups, Bob's wrapped and flat.
fn summaries() -> impl Fn(&HttpRequest) -> Answer + 'static {
    cloud(
        |_| None,
        |access| match access {
            ALICE_ACCESS => Some(ok(200, &fixture("antigravity_summary_alice.json"))),
            BOB_ACCESS => Some(ok(200, &fixture("antigravity_summary_bob.json"))),
            _ => None,
        },
        |_| None,
    )
}

fn healthy() -> impl Fn(&HttpRequest) -> Answer + 'static {
    google(|_| None, |_| None)
}

fn accounts(name: &str) -> FakeHost {
    FakeHost::new().file(ACCOUNTS_PATH, &fixture(name))
}

fn two_accounts() -> FakeHost {
    accounts("antigravity_accounts.json")
}

/// One account (Alice), whose fetchAvailableModels answers `status` with `body`.
fn alice_models_answer(status: u16, body: &str) -> FakeHost {
    let body = body.to_owned();
    let only_alice = r#"{"accounts": [{"email": "alice@example.com",
        "refreshToken": "1//0gAliceRefreshToken-abcdefghijklmnopqrstuvwxyz", "projectId": "alice-project-4821"}]}"#;
    FakeHost::new().file(ACCOUNTS_PATH, only_alice).answer(google(|_| None, move |_| Some(ok(status, &body))))
}

fn alice_token_answer(answer: impl Fn() -> Answer + 'static) -> FakeHost {
    let only_alice = r#"{"accounts": [{"email": "alice@example.com",
        "refreshToken": "1//0gAliceRefreshToken-abcdefghijklmnopqrstuvwxyz", "projectId": "alice-project-4821"}]}"#;
    FakeHost::new().file(ACCOUNTS_PATH, only_alice).answer(google(move |_| Some(answer()), |_| None))
}

#[test]
fn two_accounts_grouped_by_family() {
    let host = two_accounts().answer(healthy());
    assert_snapshot("antigravity_two_accounts", &report(&host));
    let requests = host.requests.borrow();
    assert_eq!(requests.len(), 6);
    let tokens: Vec<_> = requests.iter().filter(|request| request.url == TOKEN_URL).collect();
    let models: Vec<_> = requests.iter().filter(|request| request.url == MODELS_URL).collect();
    assert_eq!((tokens.len(), models.len()), (2, 2));
    for request in &tokens {
        assert_eq!(request.method, "POST");
        assert_eq!(header(request, "Content-Type"), "application/x-www-form-urlencoded");
        assert_eq!(form_value(request, "client_id").as_deref(), Some(CLIENT_ID));
        assert_eq!(form_value(request, "client_secret").as_deref(), Some(CLIENT_SECRET));
        assert_eq!(form_value(request, "grant_type").as_deref(), Some("refresh_token"));
    }
    // The exact bodies: every value percent-encoded (`/` and `+` in refresh tokens).
    assert_eq!(
        tokens[1].body.as_deref(),
        Some(
            "client_id=1071006060591-tmhssin2h21lcre235vtolojh4g403ep.apps.googleusercontent.com\
             &client_secret=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\
             &refresh_token=1%2F%2F0gBobRefreshToken%2BZYXWVUTSRQPONMLKJIH%2F9876\
             &grant_type=refresh_token"
        )
    );
    assert_eq!(form_value(tokens[0], "refresh_token").as_deref(), Some(ALICE_REFRESH));
    let shapes: Vec<_> = models
        .iter()
        .map(|request| {
            let body: serde_json::Value = serde_json::from_str(request.body.as_deref().unwrap()).unwrap();
            (request.method, header(request, "Authorization"), body)
        })
        .collect();
    assert_eq!(
        shapes,
        [
            ("POST", format!("Bearer {ALICE_ACCESS}"), serde_json::json!({"project": "alice-project-4821"})),
            // An empty projectId falls back to managedProjectId.
            ("POST", format!("Bearer {BOB_ACCESS}"), serde_json::json!({"project": "bold-falcon-a1b2c"})),
        ]
    );
    for request in &models {
        assert_eq!(header(request, "Content-Type"), "application/json");
        assert_eq!(header(request, "User-Agent"), "antigravity/1.11.9 windows/amd64");
    }
}

#[test]
fn a_failing_account_never_hides_the_other() {
    // Alice's sign-in was revoked; Bob's works.
    let host = two_accounts().answer(google(
        |refresh| (refresh == ALICE_REFRESH).then(|| ok(400, &fixture("antigravity_invalid_grant.json"))),
        |_| None,
    ));
    let output = report(&host);
    assert_snapshot("antigravity_one_failed", &output);
    assert!(output.starts_with("## Google Antigravity Account Quota\n\n### alice@example.com\n\nGoogle refused"));
    // No quota request for the account without an access token.
    assert_eq!(host.urls(), [TOKEN_URL, TOKEN_URL, SUMMARY_URL, MODELS_URL]);
}

#[test]
fn every_account_failing_is_an_error_with_each_reason() {
    let host = two_accounts().answer(google(
        |refresh| (refresh == ALICE_REFRESH).then(|| ok(400, &fixture("antigravity_invalid_grant.json"))),
        |access| (access == BOB_ACCESS).then(|| ok(503, "<html>Service Unavailable</html>")),
    ));
    assert_snapshot("antigravity_all_failed", &failure(&host));
}

#[test]
fn an_account_without_a_project_or_a_token_is_not_sent() {
    let host = accounts("antigravity_accounts_no_project.json").answer(healthy());
    let output = report(&host);
    assert_snapshot("antigravity_no_project", &output);
    // Only Alice is asked: Dave has no project, the third account no refresh token.
    assert_eq!(host.urls(), [TOKEN_URL, SUMMARY_URL, MODELS_URL]);
    assert!(host.requests.borrow().iter().all(|request| !request.body.as_deref().unwrap().contains("Dave")));
}

#[test]
fn a_refresh_token_packed_with_its_project_ids() {
    let host = accounts("antigravity_accounts_pipe.json").answer(healthy());
    let output = report(&host);
    assert!(output.starts_with("## Google Antigravity Account Quota\n\n### carol@example.com\n\nGemini"), "{output}");
    let requests = host.requests.borrow();
    assert_eq!(form_value(&requests[0], "refresh_token").as_deref(), Some(ALICE_REFRESH));
    // `token|projectId|managedProjectId`: the managed project is the one the plugin set up.
    assert_eq!(requests[1].body.as_deref(), Some(r#"{"project":"managed-project-88"}"#));
    assert_eq!(requests[2].body.as_deref(), Some(r#"{"project":"managed-project-88"}"#));
    assert!(!output.contains("-project-") && !output.contains('|'), "{output}");

    // The fields, when present, win over the packed parts.
    let file = r#"{"accounts": [{"email": "carol@example.com", "refreshToken": "1//0gAliceRefreshToken-abcdefghijklmnopqrstuvwxyz|packed-project-77"}]}"#;
    let host = FakeHost::new().file(ACCOUNTS_PATH, file).answer(healthy());
    report(&host);
    assert_eq!(host.requests.borrow()[1].body.as_deref(), Some(r#"{"project":"packed-project-77"}"#));
    let file = r#"{"accounts": [{"email": "carol@example.com", "refreshToken": "1//0gAliceRefreshToken-abcdefghijklmnopqrstuvwxyz|packed-project-77", "projectId": "field-project"}]}"#;
    let host = FakeHost::new().file(ACCOUNTS_PATH, file).answer(healthy());
    report(&host);
    assert_eq!(host.requests.borrow()[1].body.as_deref(), Some(r#"{"project":"field-project"}"#));
}

#[test]
fn error_statuses_of_fetch_available_models() {
    let unauthenticated = r#"{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}"#;
    let exhausted = r#"{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}"#;
    let cases = [
        (401, unauthenticated.to_owned(), "antigravity_401"),
        (403, fixture("antigravity_forbidden.json"), "antigravity_403"),
        (429, exhausted.to_owned(), "antigravity_429"),
        (
            500,
            r#"{"error":{"code":500,"message":"Internal error encountered.","status":"INTERNAL"}}"#.to_owned(),
            "antigravity_500",
        ),
        (503, "<html>Service Unavailable</html>".to_owned(), "antigravity_503"),
        (404, "Not Found".to_owned(), "antigravity_404"),
    ];
    for (status, body, snapshot) in cases {
        let host = alice_models_answer(status, &body);
        assert_snapshot(snapshot, &failure(&host));
    }
}

#[test]
fn refresh_errors_other_than_a_rejection() {
    let error = failure(&alice_token_answer(|| ok(500, "")));
    assert_eq!(
        error,
        format!(
            "### alice@example.com\n\nGoogle answered with a server error (500) for {TOKEN_URL}. The problem is on Google's \
side; try again in a few minutes."
        )
    );
    let error = failure(&alice_token_answer(|| {
        ok(401, r#"{"error":"unauthorized_client","error_description":"Unauthorized"}"#)
    }));
    assert!(error.contains("Google refused to renew this account's sign-in (401)"), "{error}");
    assert!(error.ends_with("Google said: \"Unauthorized\""), "{error}");
}

#[test]
fn malformed_answers() {
    let error = failure(&alice_token_answer(|| ok(200, "<html>")));
    assert_snapshot("antigravity_token_malformed", &error);
    let error = failure(&alice_token_answer(|| ok(200, r#"{"token_type":"Bearer"}"#)));
    assert!(
        error.contains(&format!(
            "Google's answer from {TOKEN_URL} is not in the expected format (missing field `access_token`"
        )),
        "{error}"
    );
    let error = failure(&alice_token_answer(|| ok(200, r#"{"access_token":"  "}"#)));
    assert!(error.contains("(empty access_token)"), "{error}");

    let error = failure(&alice_models_answer(200, "<html>"));
    assert_snapshot("antigravity_models_malformed", &error);
    let error = failure(&alice_models_answer(200, r#"{"models": []}"#));
    assert!(
        error.contains(&format!(
            "Google's answer from {MODELS_URL} is not in the expected format (`models` is not an object)"
        )),
        "{error}"
    );
    let error = failure(&alice_models_answer(
        200,
        r#"{"models": {"gemini-3-flash": {"quotaInfo": {"remainingFraction": "lots"}}}}"#,
    ));
    assert!(error.contains("(remainingFraction of gemini-3-flash is not a number: \"lots\")"), "{error}");
    let error = failure(&alice_models_answer(200, r#"{"models": {"gemini-3-flash": {"quotaInfo": []}}}"#));
    assert!(
        error.contains("is not in the expected format (`quotaInfo` is not an object in `models.gemini-3-flash`)"),
        "{error}"
    );

    // Not malformed: no model with a quota, or no models at all (protobuf leaves empty maps out).
    for body in [fixture("antigravity_models_none.json"), "{}".to_owned()] {
        let output = report(&alice_models_answer(200, &body));
        assert_eq!(
            output,
            "## Google Antigravity Account Quota\n\n### alice@example.com\n\nGoogle reported no quota for this account."
        );
    }
}

#[test]
fn timeouts_and_network_failures() {
    let error = failure(&alice_token_answer(|| Err(FetchFailure::Timeout)));
    assert_snapshot("antigravity_timeout", &error);
    let host = two_accounts()
        .env("MYSTATUS_TIMEOUT_MS", "2500")
        .answer(google(|_| None, |access| (access == BOB_ACCESS).then_some(Err(FetchFailure::Timeout))));
    let output = report(&host);
    assert!(
        output.ends_with(&format!(
            "### bob@example.com\n\nGoogle did not answer within 3 s ({MODELS_URL}). Check your network connection or \
proxy, then run /mystatus again."
        )),
        "{output}"
    );
    assert!(host.requests.borrow().iter().all(|request| request.timeout_ms == 2500));
    let error = failure(&alice_token_answer(|| {
        Err(FetchFailure::Network("getaddrinfo ENOTFOUND oauth2.googleapis.com".to_owned()))
    }));
    assert!(error.contains(&format!("Could not reach Google at {TOKEN_URL}: getaddrinfo ENOTFOUND")), "{error}");
}

#[test]
fn origins_can_be_overridden() {
    let host = two_accounts()
        .env("MYSTATUS_GOOGLE_OAUTH_URL", "http://127.0.0.1:8081/")
        .env("MYSTATUS_GOOGLE_CLOUDCODE_URL", "http://127.0.0.1:8082/proxy")
        .answer(healthy());
    report(&host);
    assert_eq!(
        host.urls(),
        [
            "http://127.0.0.1:8081/token",
            "http://127.0.0.1:8082/proxy/v1internal:retrieveUserQuotaSummary",
            "http://127.0.0.1:8082/proxy/v1internal:fetchAvailableModels",
            "http://127.0.0.1:8081/token",
            "http://127.0.0.1:8082/proxy/v1internal:retrieveUserQuotaSummary",
            "http://127.0.0.1:8082/proxy/v1internal:fetchAvailableModels",
        ]
    );
    for var in ["MYSTATUS_GOOGLE_OAUTH_URL", "MYSTATUS_GOOGLE_CLOUDCODE_URL"] {
        let host = two_accounts().env(var, "ftp://x");
        let error = failure(&host);
        assert_eq!(
            error,
            format!("{var} is \"ftp://x\", which is not an http(s) URL. Unset it, or set it to an http(s) origin.")
        );
        assert!(host.urls().is_empty());
    }
}

#[test]
fn the_accounts_file_follows_opencode_config_dir() {
    let host = FakeHost::new()
        .env("XDG_CONFIG_HOME", "/srv/config")
        .file("/srv/config/opencode/antigravity-accounts.json", &fixture("antigravity_accounts.json"))
        .file(ACCOUNTS_PATH, "not read: XDG_CONFIG_HOME wins")
        .answer(healthy());
    assert!(report(&host).contains("### bob@example.com"));

    let mut windows = FakeHost::new();
    windows.os = Os::Windows;
    windows.home = Some(r"C:\Users\octo".to_owned());
    let windows = windows.env("APPDATA", r"C:\Users\octo\AppData\Roaming");
    let appdata = r"C:\Users\octo\AppData\Roaming\opencode\antigravity-accounts.json";
    let host = windows.file(appdata, "{").answer(healthy());
    assert!(failure(&host).starts_with(&format!("The Antigravity accounts file {appdata} is invalid")));

    // On Windows too, OpenCode's own ~/.config comes first.
    let mut host = FakeHost::new().env("APPDATA", r"C:\Users\octo\AppData\Roaming");
    host.os = Os::Windows;
    host.home = Some(r"C:\Users\octo".to_owned());
    let host = host
        .file(r"C:\Users\octo\.config\opencode\antigravity-accounts.json", &fixture("antigravity_accounts.json"))
        .file(appdata, "{")
        .answer(healthy());
    assert!(report(&host).contains("### alice@example.com"));
}

#[test]
fn not_configured_and_set_up_guidance() {
    assert_eq!(antigravity(&FakeHost::new()), None);
    // APPDATA is not a config directory on Linux.
    let host = FakeHost::new().env("APPDATA", "/appdata").file("/appdata/opencode/antigravity-accounts.json", "{}");
    assert_eq!(antigravity(&host), None);

    let markdown = run(full_report(&FakeHost::new())).markdown;
    assert!(
        markdown.contains(&format!(
            "## Google Antigravity\n\nInstall the opencode-antigravity-auth plugin (add \"opencode-antigravity-auth\" \
to the \"plugin\" list of opencode.json), then run `opencode auth login`, choose Google and sign in with your Google \
account. The plugin saves your accounts in {ACCOUNTS_PATH}; mystatus reads them from there, nothing else to set up."
        )),
        "{markdown}"
    );
    let mut windows = FakeHost::new().env("APPDATA", r"C:\Users\octo\AppData\Roaming").env("LANG", "fr_FR.UTF-8");
    windows.os = Os::Windows;
    windows.home = Some(r"C:\Users\octo".to_owned());
    let markdown = run(full_report(&windows)).markdown;
    assert!(
        markdown.contains(
            r"Le plugin enregistre vos comptes dans C:\Users\octo\AppData\Roaming\opencode\antigravity-accounts.json ;"
        ),
        "{markdown}"
    );
    let markdown = run(full_report(&FakeHost::new().env("LANG", "zh_CN.UTF-8"))).markdown;
    assert!(markdown.contains(&format!("插件会将账号保存在 {ACCOUNTS_PATH} 中；")), "{markdown}");
}

#[test]
fn an_empty_accounts_list_is_configured_but_empty() {
    let host = FakeHost::new().file(ACCOUNTS_PATH, r#"{"version": 3, "accounts": [], "activeIndex": 0}"#);
    assert_eq!(
        report(&host),
        format!(
            "## Google Antigravity Account Quota\n\nNo accounts in {ACCOUNTS_PATH}. Sign in with the Antigravity \
plugin (`opencode auth login`, then Google) to add one."
        )
    );
    assert!(host.urls().is_empty());
}

#[test]
fn a_malformed_accounts_file_names_the_file_and_the_problem() {
    let cases = [
        ("{\"accounts\": [", "antigravity_file_not_json"),
        (
            r#"{"version": 3, "accounts": [{"email": "alice@example.com", "refreshToken": 42}]}"#,
            "antigravity_file_wrong_type",
        ),
    ];
    for (content, snapshot) in cases {
        let host = FakeHost::new().file(ACCOUNTS_PATH, content);
        assert_snapshot(snapshot, &failure(&host));
        assert!(host.urls().is_empty());
    }
    let problems = [
        ("[]", "it must be a JSON object"),
        (r#"{"version": 3}"#, "the \"accounts\" field is missing"),
        (r#"{"accounts": {"alice": {}}}"#, "the \"accounts\" field must be a list"),
        (r#"{"accounts": [{}, "bob"]}"#, "accounts[1] must be a JSON object"),
        (r#"{"accounts": [{"email": 7}]}"#, "the \"accounts[0].email\" field must be a string in quotes"),
        (
            r#"{"accounts": [{"refreshToken": "1//x", "projectId": {}}]}"#,
            "the \"accounts[0].projectId\" field must be a string in quotes",
        ),
    ];
    for (content, problem) in problems {
        let host = FakeHost::new().file(ACCOUNTS_PATH, content);
        assert_eq!(failure(&host), format!("The Antigravity accounts file {ACCOUNTS_PATH} is invalid: {problem}."));
    }
    let mut host = FakeHost::new();
    host.files.insert(ACCOUNTS_PATH.to_owned(), Err(FileError::Unreadable("EACCES: permission denied".to_owned())));
    assert_eq!(
        failure(&host),
        format!(
            "The Antigravity accounts file {ACCOUNTS_PATH} is invalid: it could not be read (EACCES: permission denied)."
        )
    );
}

#[test]
fn no_token_ever_appears() {
    // Google echoes every token it was sent back, raw and URL-encoded, in its error bodies.
    let echo = |tokens: &[&str]| {
        let encoded =
            if tokens.contains(&BOB_REFRESH) { "1%2F%2F0gBobRefreshToken%2BZYXWVUTSRQPONMLKJIH%2F9876" } else { "" };
        format!("{} {CLIENT_SECRET} {encoded}", tokens.join(" "))
    };
    let refresh_error = |echo: String| {
        serde_json::json!({"error": "invalid_grant", "error_description": format!("bad grant {echo}")}).to_string()
    };
    let models_error =
        |echo: String| serde_json::json!({"error": {"code": 401, "message": format!("bad token {echo}")}}).to_string();
    let check = |text: &str| {
        for secret in [ALICE_REFRESH, BOB_REFRESH, ALICE_ACCESS, BOB_ACCESS, CLIENT_SECRET] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
        assert!(!text.contains("0gBobRefreshToken"), "{text}");
        assert!(text.contains("[REDACTED]"), "{text}");
    };

    // One account fails at the refresh, the other at the models: the section is an error.
    let (refresh_body, models) =
        (refresh_error(echo(&[ALICE_REFRESH, BOB_REFRESH])), models_error(echo(&[BOB_REFRESH, BOB_ACCESS])));
    let host = two_accounts().answer(google(
        move |refresh| (refresh == ALICE_REFRESH).then(|| ok(400, &refresh_body)),
        move |_| Some(ok(401, &models)),
    ));
    check(&failure(&host));

    // A report with an echoing failure in it, and a malformed success echoing in its detail.
    let refresh_body = refresh_error(echo(&[ALICE_REFRESH, BOB_REFRESH, ALICE_ACCESS]));
    let host = two_accounts()
        .answer(google(move |refresh| (refresh == BOB_REFRESH).then(|| ok(400, &refresh_body)), |_| None));
    check(&report(&host));
    let weird = serde_json::json!({"models": {"m": {"quotaInfo": {"remainingFraction": echo(&[ALICE_REFRESH, ALICE_ACCESS])}}}}).to_string();
    check(&failure(&alice_models_answer(200, &weird)));

    // The packed form is masked as well as its token part.
    let packed = "1//0gAliceRefreshToken-abcdefghijklmnopqrstuvwxyz|packed-project-77|managed-project-88";
    let packed_body =
        serde_json::json!({"error": "invalid_grant", "error_description": format!("bad {packed}")}).to_string();
    let host =
        accounts("antigravity_accounts_pipe.json").answer(google(move |_| Some(ok(400, &packed_body)), |_| None));
    let error = failure(&host);
    assert!(!error.contains("0gAliceRefreshToken") && !error.contains("packed-project"), "{error}");
}

#[test]
fn translations() {
    for (lang, suffix) in [("zh_CN.UTF-8", "zh"), ("fr_FR.UTF-8", "fr")] {
        let host = two_accounts().env("LANG", lang).answer(healthy());
        assert_snapshot(&format!("antigravity_two_accounts_{suffix}"), &report(&host));
        let host = two_accounts().env("LANG", lang).answer(google(
            |refresh| (refresh == ALICE_REFRESH).then(|| ok(400, &fixture("antigravity_invalid_grant.json"))),
            |_| Some(ok(403, &fixture("antigravity_forbidden.json"))),
        ));
        assert_snapshot(&format!("antigravity_all_failed_{suffix}"), &failure(&host));
    }
}

#[test]
fn accounts_are_asked_at_the_same_time() {
    let mut host = two_accounts().answer(healthy());
    host.answers_take_a_turn = true;
    let output = report(&host);
    // Both refreshes go out before either account's quota is asked for.
    assert_eq!(host.urls(), [TOKEN_URL, TOKEN_URL, SUMMARY_URL, SUMMARY_URL, MODELS_URL, MODELS_URL]);
    assert_eq!(output, report(&two_accounts().answer(healthy())));
}

#[test]
fn a_repeated_report_skips_the_refresh_while_the_access_token_lives() {
    let host = two_accounts().answer(healthy());
    let first = report(&host);
    host.clear_requests();
    assert_eq!(report(&host), first);
    assert_eq!(host.urls(), [SUMMARY_URL, MODELS_URL, SUMMARY_URL, MODELS_URL]);
}

#[test]
fn a_remembered_access_token_that_is_refused_is_refreshed() {
    use std::cell::Cell;
    use std::rc::Rc;
    // After the first report Google revokes the tokens: the first models request gets a 401.
    let revoked = Rc::new(Cell::new(false));
    let flag = Rc::clone(&revoked);
    let host =
        two_accounts().answer(google(|_| None, move |_| if flag.replace(false) { Some(ok(401, "{}")) } else { None }));
    let first = report(&host);
    host.clear_requests();
    revoked.set(true);
    assert_eq!(report(&host), first);
    assert_eq!(host.urls().iter().filter(|url| *url == TOKEN_URL).count(), 1, "only the refused account refreshed");
}

#[test]
fn the_figures_as_data() {
    assert_accounts("antigravity_two_accounts", &antigravity(&two_accounts().answer(healthy())).unwrap());
    let host = two_accounts().answer(google(
        |refresh| (refresh == ALICE_REFRESH).then(|| ok(400, &fixture("antigravity_invalid_grant.json"))),
        |_| None,
    ));
    assert_accounts("antigravity_one_failed", &antigravity(&host).unwrap());
}

#[test]
fn the_summary_comes_first_grouped_as_google_names_them() {
    let host = two_accounts().answer(summaries());
    let result = antigravity(&host).unwrap();
    assert_snapshot("antigravity_summary", result.output.as_deref().unwrap());
    assert_accounts("antigravity_summary", &result);
    // One summary per account, to its own host; no model list is needed.
    assert_eq!(host.urls(), [TOKEN_URL, SUMMARY_URL, TOKEN_URL, SUMMARY_URL]);
    let requests = host.requests.borrow();
    let summary = &requests[1];
    assert_eq!(summary.method, "POST");
    assert_eq!(summary.body.as_deref(), Some(r#"{"project":"alice-project-4821"}"#));
    assert_eq!(header(summary, "Authorization"), format!("Bearer {ALICE_ACCESS}"));
    assert_eq!(header(summary, "Content-Type"), "application/json");
    assert_eq!(header(summary, "User-Agent"), "antigravity/1.11.9 windows/amd64");
    assert_eq!(requests[3].body.as_deref(), Some(r#"{"project":"bold-falcon-a1b2c"}"#));
    assert_eq!(bearer(&requests[3]), BOB_ACCESS);
}

#[test]
fn the_summary_in_every_language() {
    for (lang, suffix) in [("zh_CN.UTF-8", "zh"), ("fr_FR.UTF-8", "fr")] {
        let host = two_accounts().env("LANG", lang).answer(summaries());
        assert_snapshot(&format!("antigravity_summary_{suffix}"), &report(&host));
    }
}

#[test]
fn a_refused_failed_or_empty_summary_falls_back_to_the_model_list() {
    let expected = report(&two_accounts().answer(healthy()));
    let answers: [(u16, String); 6] = [
        (403, fixture("antigravity_forbidden.json")),
        (400, r#"{"error":{"code":400,"message":"Invalid project.","status":"INVALID_ARGUMENT"}}"#.to_owned()),
        (500, String::new()),
        (200, "<html>".to_owned()),
        (200, "{}".to_owned()),
        // Only a bucket without its share and a switched-off one: nothing usable.
        (200, fixture("antigravity_summary_unknown.json")),
    ];
    for (status, body) in answers {
        let host = two_accounts().answer(cloud(|_| None, move |_| Some(ok(status, &body)), |_| None));
        assert_eq!(report(&host), expected, "summary answering {status}");
        let urls = host.urls();
        assert_eq!(urls.iter().filter(|url| *url == MODELS_URL).count(), 2, "{status}: {urls:?}");
    }
    let host = two_accounts().answer(cloud(|_| None, |_| Some(Err(FetchFailure::Timeout)), |_| None));
    assert_eq!(report(&host), expected);

    // One account with a summary, the other without: each is shown as Google answered it.
    let host = two_accounts().answer(cloud(
        |_| None,
        |access| (access == ALICE_ACCESS).then(|| ok(200, &fixture("antigravity_summary_alice.json"))),
        |_| None,
    ));
    let output = report(&host);
    assert!(output.contains("### alice@example.com\n\nGemini Models\n5-hour limit"), "{output}");
    assert!(output.ends_with(expected.split("### bob@example.com").nth(1).unwrap()), "{output}");
    assert_eq!(host.urls(), [TOKEN_URL, SUMMARY_URL, TOKEN_URL, SUMMARY_URL, MODELS_URL]);
}

#[test]
fn a_model_list_where_every_model_is_full_is_not_a_quota() {
    let host = alice_models_answer(200, &fixture("antigravity_models_placeholder.json"));
    let result = antigravity(&host).unwrap();
    assert_snapshot("antigravity_placeholder", result.output.as_deref().unwrap());
    assert_accounts("antigravity_placeholder", &result);
    for (lang, suffix) in [("zh_CN.UTF-8", "zh"), ("fr_FR.UTF-8", "fr")] {
        let mut host = alice_models_answer(200, &fixture("antigravity_models_placeholder.json"));
        host.env.insert("LANG".to_owned(), lang.to_owned());
        assert_snapshot(&format!("antigravity_placeholder_{suffix}"), &report(&host));
    }
    // A single model below full makes it a real list: every model is shown, the full ones too.
    let body = fixture("antigravity_models_placeholder.json").replace("0.9995", "0.998");
    let output = report(&alice_models_answer(200, &body));
    assert!(output.contains("Gemini 3 Flash       ████████████████████ 100%  Resets in: 5h 0m"), "{output}");
    assert!(output.contains("Claude Sonnet 4.5    ████████████████████ 100%"), "{output}");
}

#[test]
fn the_accounts_file_of_version_4() {
    let host = accounts("antigravity_accounts_v4.json").answer(summaries());
    let output = report(&host);
    // Bob's account is switched off: neither asked nor shown.
    assert!(output.contains("### alice@example.com") && !output.contains("bob@example.com"), "{output}");
    assert_eq!(host.urls(), [TOKEN_URL, SUMMARY_URL]);
    // The managed project wins over projectId.
    assert_eq!(host.requests.borrow()[1].body.as_deref(), Some(r#"{"project":"alice-managed-9917"}"#));

    let every_one_off = fixture("antigravity_accounts_v4.json").replace(r#""enabled": true"#, r#""enabled": false"#);
    let host = FakeHost::new().file(ACCOUNTS_PATH, &every_one_off);
    assert_eq!(
        report(&host),
        format!(
            "## Google Antigravity Account Quota\n\nEvery account in {ACCOUNTS_PATH} is switched off (\"enabled\": \
false). Switch one on in the Antigravity plugin (`opencode auth login`, then Google), or sign in with another account."
        )
    );
    assert!(host.urls().is_empty());
    let host = FakeHost::new().file(ACCOUNTS_PATH, &every_one_off).env("LANG", "fr_FR.UTF-8");
    assert!(report(&host).contains("Tous les comptes de "), "French");
    let host = FakeHost::new().file(ACCOUNTS_PATH, &every_one_off).env("LANG", "zh_CN.UTF-8");
    assert!(report(&host).contains("中的所有账号都已停用"), "Chinese");
}
