/// Every text the report can show. Values are passed in already formatted (numbers, paths, URLs).
pub trait Messages: Sync {
    // Copilot report
    fn copilot_title(&self) -> &'static str;
    fn account_label(&self) -> &'static str;
    fn plan_label(&self) -> &'static str;
    fn ai_credits(&self) -> &'static str;
    fn credits(&self, count: &str) -> String;
    /// `dollars` is formatted: "$12.34".
    fn billed_overage(&self, dollars: &str) -> String;
    fn unlimited_used(&self, amount: &str) -> String;
    fn used_not_published(&self, amount: &str) -> String;
    fn used_no_tier(&self, amount: &str, path: &str) -> String;
    fn used_pooled(&self, amount: &str, owners: &str) -> String;
    fn your_organization(&self) -> &'static str;
    fn organization_title(&self, name: &str) -> String;
    fn enterprise_title(&self, name: &str) -> String;
    fn entity_usage(&self, amount: &str) -> String;
    fn entity_budget(&self, dollars: &str, stops_usage: bool) -> String;
    fn entity_no_budget(&self) -> &'static str;
    fn entity_refused(&self, status: u16) -> String;
    fn entity_no_answer(&self) -> &'static str;
    fn premium_requests(&self) -> &'static str;
    fn chat(&self) -> &'static str;
    fn completions(&self) -> &'static str;
    fn unlimited(&self) -> &'static str;
    fn no_quota_data(&self, service: &str) -> String;
    /// `amount` comes with its unit ("12 requests", "250.5 credits").
    fn overage(&self, amount: &str) -> String;
    fn model_breakdown(&self) -> &'static str;
    fn requests(&self, count: &str) -> String;
    fn period_label(&self) -> &'static str;
    fn resets_label(&self) -> &'static str;
    fn resets_soon(&self) -> &'static str;
    /// A countdown; `days` and `hours` are zero when smaller units suffice.
    fn duration(&self, days: i64, hours: i64, minutes: i64) -> String;

    // Rate-limit windows (OpenAI, Anthropic, Zhipu...)
    fn window_minutes(&self, minutes: i64) -> String;
    fn window_hours(&self, hours: i64) -> String;
    fn window_days(&self, days: i64) -> String;
    fn remaining(&self, percent: i64) -> String;
    fn resets_in(&self, when: &str) -> String;
    /// A whole line, in place of [`Messages::resets_in`] once the reset time has passed.
    fn resets_soon_line(&self) -> &'static str;
    fn limit_reached(&self) -> &'static str;

    // The whole report
    fn no_accounts(&self) -> &'static str;
    fn supported_accounts(&self) -> &'static str;
    fn failed_accounts(&self) -> &'static str;
    /// A bug in mystatus stopped this platform's lookup; the others are unaffected.
    fn internal_error(&self, platform: &str) -> String;

    // Copilot set-up guidance
    fn copilot_guidance(&self, path: &str, example: &str, tiers: &str) -> String;

    // The PAT file
    fn pat_config_invalid(&self, path: &str, problem: &str) -> String;
    /// `mode` in octal ("644").
    fn token_file_exposed(&self, path: &str, mode: &str) -> String;
    fn config_example_intro(&self) -> &'static str;
    fn problem_unreadable(&self, detail: &str) -> String;
    fn problem_too_large(&self, size: &str, limit: &str) -> String;
    fn problem_not_utf8(&self) -> String;
    fn problem_not_json(&self, detail: &str) -> String;
    fn problem_not_object(&self) -> String;
    fn problem_missing(&self, field: &str) -> String;
    fn problem_empty(&self, field: &str) -> String;
    fn problem_not_string(&self, field: &str) -> String;
    fn problem_unknown_tier(&self, value: &str, valid: &str) -> String;
    fn problem_bad_username(&self, value: &str) -> String;
    fn problem_unknown_billing(&self, value: &str) -> String;
    fn problem_bad_allowance(&self, value: &str) -> String;
    fn problem_bad_name(&self, field: &str, value: &str) -> String;
    fn problem_bad_host(&self, value: &str) -> String;

    // OpenCode's sign-in
    fn auth_file_invalid(&self, source: &str, detail: &str) -> String;
    fn oauth_entry_unusable(&self, source: &str, detail: &str) -> String;
    fn oauth_cannot_read_quota(&self, status: u16) -> String;

    // Answers from GitHub
    fn bad_api_url(&self, var: &str, value: &str) -> String;
    /// An origin override (`MYSTATUS_OPENAI_URL`...) that is not an http(s) URL.
    fn bad_origin(&self, var: &str, value: &str) -> String;
    fn pat_unauthorized(&self, path: &str) -> String;
    fn pat_forbidden(&self) -> String;
    fn pat_user_not_found(&self, username: &str, path: &str) -> String;
    // Answers from any service; `service` names it ("GitHub", "OpenAI"...)
    fn rate_limited(&self, service: &str, url: &str) -> String;
    /// A platform still waiting for answers when the report's deadline came.
    fn deadline(&self, platform: &str, seconds: u32, var: &str) -> String;
    fn rate_limited_retry(&self, service: &str, url: &str, seconds: u64) -> String;
    fn server_error(&self, service: &str, status: u16, url: &str) -> String;
    fn unexpected_status(&self, service: &str, status: u16, url: &str) -> String;
    fn api_said(&self, service: &str, message: &str) -> String;
    fn timeout(&self, service: &str, seconds: u32, url: &str) -> String;
    fn network(&self, service: &str, url: &str, detail: &str) -> String;
    fn malformed(&self, service: &str, url: &str, detail: &str) -> String;
}
