use super::Template;

/// Every text the report can show, in one language. A template's values, named in its comment
/// in `{0}`, `{1}`... order, come already formatted (numbers, paths, URLs).
pub struct Messages {
    // Copilot report
    pub copilot_title: &'static str,
    pub account_label: &'static str,
    pub plan_label: &'static str,
    pub ai_credits: &'static str,
    pub credits: Template<1>,            // count
    pub billed_overage: Template<1>,     // dollars ("$12.34")
    pub unlimited_used: Template<1>,     // amount
    pub used_not_published: Template<1>, // amount
    pub used_no_tier: Template<3>,       // amount, path, valid tiers
    pub used_pooled: Template<2>,        // amount, owners
    pub your_organization: &'static str,
    pub organization_title: Template<1>, // name
    pub enterprise_title: Template<1>,   // name
    pub entity_usage: Template<1>,       // amount
    pub entity_budget: Template<1>,      // dollars
    /// A budget that stops usage once it is reached.
    pub entity_budget_stops: Template<1>, // dollars
    pub entity_no_budget: &'static str,
    pub entity_refused: Template<1>, // status
    pub entity_no_answer: &'static str,
    pub premium_requests: &'static str,
    pub chat: &'static str,
    pub completions: &'static str,
    pub unlimited: &'static str,
    pub no_quota_data: Template<1>, // service
    pub overage: Template<1>,       // amount, with its unit ("12 requests", "250.5 credits")
    pub model_breakdown: &'static str,
    pub requests: Template<1>, // count
    pub period_label: &'static str,
    pub resets_label: &'static str,
    pub resets_soon: &'static str,
    // A countdown in its two largest units.
    pub duration_days: Template<2>,    // days, hours
    pub duration_hours: Template<2>,   // hours, minutes
    pub duration_minutes: Template<1>, // minutes

    // Rate-limit windows (OpenAI, Anthropic, Zhipu...)
    pub window_minutes: Template<1>, // minutes
    pub window_hours: Template<1>,   // hours
    pub window_days: Template<1>,    // days
    pub window_months: Template<1>,  // months
    pub remaining: Template<1>,      // percent
    pub resets_in: Template<1>,      // when
    /// A whole line, in place of `resets_in` once the reset time has passed.
    pub resets_soon_line: &'static str,
    pub limit_reached: &'static str,

    // The whole report
    pub no_accounts: &'static str,
    pub supported_accounts: &'static str,
    pub failed_accounts: &'static str,
    /// A bug in mystatus stopped this platform's lookup; the others are unaffected.
    pub internal_error: Template<1>, // platform

    // Copilot set-up guidance
    pub copilot_guidance: Template<3>, // path, example, tiers

    // The PAT file
    pub pat_config_invalid: Template<2>, // path, problem
    pub token_file_exposed: Template<2>, // path, mode in octal ("644")
    pub config_example_intro: &'static str,
    pub problem_unreadable: Template<1>, // detail
    pub problem_too_large: Template<2>,  // size, limit
    pub problem_not_utf8: &'static str,
    pub problem_not_json: Template<1>, // detail
    pub problem_not_object: &'static str,
    pub problem_missing: Template<1>,             // field
    pub problem_empty: Template<1>,               // field
    pub problem_not_string: Template<1>,          // field
    pub problem_not_a_list: Template<1>,          // field
    pub problem_entry_not_an_object: Template<1>, // entry
    pub problem_unknown_tier: Template<2>,        // value, valid
    pub problem_bad_username: Template<1>,        // value
    pub problem_unknown_billing: Template<1>,     // value
    pub problem_bad_allowance: Template<1>,       // value
    pub problem_bad_name: Template<2>,            // field, value
    pub problem_bad_host: Template<1>,            // value

    // OpenCode's sign-in
    pub auth_file_invalid: Template<2>,       // source, detail
    pub oauth_entry_unusable: Template<2>,    // source, detail
    pub oauth_cannot_read_quota: Template<1>, // status

    // Answers from GitHub
    pub bad_api_url: Template<2>, // var, value
    /// An origin override (`MYSTATUS_OPENAI_URL`...) that is not an http(s) URL.
    pub bad_origin: Template<2>, // var, value
    pub pat_unauthorized: Template<1>, // path
    pub pat_forbidden: &'static str,
    pub pat_user_not_found: Template<2>, // username, path
    // Answers from any service, named by `service` ("GitHub", "OpenAI"...)
    pub rate_limited: Template<2>, // service, url
    /// A platform still waiting for answers when the report's deadline came.
    pub deadline: Template<3>, // platform, seconds, var
    pub rate_limited_retry: Template<3>, // service, url, seconds
    /// An automatic refresh that did not ask, the service having asked to wait.
    pub paused: Template<3>, // service, url, wait ("4m")
    pub server_error: Template<3>, // service, status, url
    pub unexpected_status: Template<3>, // service, status, url
    pub api_said: Template<2>,     // service, message
    pub timeout: Template<3>,      // service, seconds, url
    pub network: Template<3>,      // service, url, detail
    pub malformed: Template<3>,    // service, url, detail
}
