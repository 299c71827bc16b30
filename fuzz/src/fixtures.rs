//! The core's test payloads, built in, so that the fuzz host can answer a request with a real
//! answer of its endpoint (then change it) instead of hoping the fuzzer writes one.

macro_rules! fixtures {
    ($($name:literal),* $(,)?) => {
        /// `(file name, content)` of every API payload in crates/mystatus-core/tests/fixtures.
        pub const ALL: &[(&str, &str)] = &[
            $(($name, include_str!(concat!("../../crates/mystatus-core/tests/fixtures/", $name)))),*
        ];
    };
}

fixtures![
    "anthropic_401.json",
    "anthropic_usage_2026.json",
    "anthropic_usage_empty.json",
    "anthropic_usage_limit_reached.json",
    "anthropic_usage_max.json",
    "anthropic_usage_mixed.json",
    "anthropic_usage_odd.json",
    "antigravity_forbidden.json",
    "antigravity_invalid_grant.json",
    "antigravity_models_alice.json",
    "antigravity_models_bob.json",
    "antigravity_models_none.json",
    "antigravity_models_placeholder.json",
    "antigravity_summary_alice.json",
    "antigravity_summary_bob.json",
    "antigravity_summary_unknown.json",
    "antigravity_token_alice.json",
    "antigravity_token_bob.json",
    "credits_usage_max.json",
    "credits_usage_pro.json",
    "credits_usage_proplus_over.json",
    "internal_credits_enterprise.json",
    "internal_free_monthly_quotas.json",
    "internal_free_snapshots.json",
    "internal_legacy_annual_pro.json",
    "internal_legacy_pro.json",
    "internal_limited.json",
    "internal_org_seat.json",
    "internal_unknown_plan.json",
    "internal_unlimited.json",
    "openai_usage_business_seat.json",
    "openai_usage_limit_reached.json",
    "openai_usage_no_limits.json",
    "openai_usage_plus.json",
    "openai_usage_pro_extras.json",
    "openai_usage_team_monthly.json",
    "opencode_go_401.json",
    "opencode_go_403.json",
    "opencode_go_usage.json",
    "opencode_go_usage_over_limit.json",
    "opencode_go_usage_rate_limited.json",
    "org_budgets.json",
    "org_usage.json",
    "premium_usage_pro.json",
    "token_exchange.json",
    "usage_empty.json",
    "whoami.json",
    "zai_quota_new.json",
    "zhipu_401.json",
    "zhipu_quota_no_limits.json",
    "zhipu_quota_old.json",
    "zhipu_quota_refused.json",
    "zhipu_quota_token_expired.json",
];

/// Which payloads answer which endpoint: the first route whose text the URL contains.
const ROUTES: &[(&str, &[&str])] = &[
    ("/copilot_internal/v2/token", &["token_exchange"]),
    ("/copilot_internal/user", &["internal_"]),
    ("/settings/billing/budgets", &["org_budgets"]),
    ("/settings/billing/ai_credit/usage?user=", &["org_usage", "usage_empty"]),
    ("/settings/billing/", &["credits_usage_", "premium_usage_", "usage_empty"]),
    ("/user", &["whoami"]),
    ("/zen/go/v1/usage", &["opencode_go_"]),
    ("/backend-api/wham/usage", &["openai_"]),
    ("/api/oauth/usage", &["anthropic_"]),
    (":retrieveUserQuotaSummary", &["antigravity_summary_", "antigravity_forbidden"]),
    (":fetchAvailableModels", &["antigravity_models_", "antigravity_forbidden"]),
    ("/token", &["antigravity_token_", "antigravity_invalid_grant"]),
    ("/api/monitor/usage/quota/limit", &["zhipu_", "zai_"]),
];

/// A payload, by a fuzzer-chosen index.
pub fn any(index: u8) -> &'static str {
    ALL.get(usize::from(index) % ALL.len()).map_or("{}", |(_, content)| content)
}

/// A payload of the endpoint `url` is on, by a fuzzer-chosen index; any payload off the routes.
pub fn fitting(url: &str, index: u8) -> &'static str {
    let Some((_, prefixes)) = ROUTES.iter().find(|(path, _)| url.contains(path)) else { return any(index) };
    let fitting: Vec<&str> = ALL
        .iter()
        .filter(|(name, _)| prefixes.iter().any(|prefix| name.starts_with(prefix)))
        .map(|(_, content)| *content)
        .collect();
    fitting.get(usize::from(index) % fitting.len().max(1)).copied().unwrap_or_else(|| any(index))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_has_payloads() {
        for (path, _) in ROUTES {
            let url = format!("https://api.example{path}");
            assert!((0..=u8::MAX).all(|index| !fitting(&url, index).is_empty()), "{path}");
        }
        assert!(fitting("https://api.github.com/users/a/settings/billing/ai_credit/usage", 0).contains("usageItems"));
        assert!(fitting("https://x/v1internal:fetchAvailableModels", 1).contains("quotaInfo"));
    }
}
