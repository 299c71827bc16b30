//! GitHub's public billing API, read with the user's fine-grained PAT: the AI-credit report
//! (`/ai_credit/usage`, today's billing) and the premium-request report (legacy annual plans),
//! for a user or, for admins, an organization or enterprise.

use serde::Deserialize;
use serde_json::Value;

use super::plans::Billing;
use super::quota::Budget;
use crate::host::HttpRequest;
use crate::lenient::{self, Malformed, Record};

fn api_version(billing: Billing) -> &'static str {
    match billing {
        Billing::Credits => "2026-03-10",
        Billing::PremiumRequests => "2022-11-28",
    }
}

fn report_path(billing: Billing) -> &'static str {
    match billing {
        Billing::Credits => "ai_credit",
        Billing::PremiumRequests => "premium_request",
    }
}

fn rest_request(url: String, token: &str, version: &str) -> HttpRequest {
    HttpRequest::get(url)
        .header("Accept", "application/vnd.github+json")
        .header("Authorization", format!("Bearer {token}"))
        .header("X-GitHub-Api-Version", version)
        .header("User-Agent", crate::http::USER_AGENT)
}

pub fn user_usage_request(api: &str, token: &str, username: &str, billing: Billing) -> HttpRequest {
    let url = format!("{api}/users/{username}/settings/billing/{}/usage", report_path(billing));
    rest_request(url, token, api_version(billing))
}

/// `GET /user`: the login a token belongs to.
pub fn whoami_request(api: &str, token: &str) -> HttpRequest {
    rest_request(format!("{api}/user"), token, "2022-11-28")
}

/// `organizations/acme` or `enterprises/acme-corp`.
pub fn entity_path(name: &str, is_enterprise: bool) -> String {
    format!("{}/{name}", if is_enterprise { "enterprises" } else { "organizations" })
}

pub fn entity_usage_request(api: &str, token: &str, entity: &str, username: &str) -> HttpRequest {
    let url = format!("{api}/{entity}/settings/billing/ai_credit/usage?user={username}");
    rest_request(url, token, api_version(Billing::Credits))
}

pub fn entity_budgets_request(api: &str, token: &str, entity: &str) -> HttpRequest {
    rest_request(format!("{api}/{entity}/settings/billing/budgets"), token, api_version(Billing::Credits))
}

/// A billing report: `GET .../settings/billing/{ai_credit,premium_request}/usage`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Report {
    #[serde(default, deserialize_with = "lenient::text")]
    user: Option<String>,
    #[serde(default, deserialize_with = "lenient::record")]
    time_period: Option<TimePeriod>,
    /// Entries that are not objects are skipped, not fatal.
    usage_items: Vec<Value>,
}

/// `2026`, `2026-11` or `2026-11-03`.
#[derive(Deserialize)]
struct TimePeriod {
    #[serde(default, deserialize_with = "lenient::integer")]
    year: Option<i64>,
    #[serde(default, deserialize_with = "lenient::integer")]
    month: Option<i64>,
    #[serde(default, deserialize_with = "lenient::integer")]
    day: Option<i64>,
}

impl TimePeriod {
    fn label(&self) -> Option<String> {
        let year = self.year?;
        Some(match (self.month, self.day) {
            (Some(month), Some(day)) => format!("{year:04}-{month:02}-{day:02}"),
            (Some(month), None) => format!("{year:04}-{month:02}"),
            _ => format!("{year:04}"),
        })
    }
}

/// One entry of `usageItems`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Item {
    #[serde(default, deserialize_with = "lenient::text")]
    product: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    sku: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    model: Option<String>,
    #[serde(default, deserialize_with = "lenient::text")]
    unit_type: Option<String>,
    #[serde(default, deserialize_with = "lenient::number")]
    gross_quantity: Option<f64>,
    #[serde(default, deserialize_with = "lenient::number")]
    net_amount: Option<f64>,
}

impl Item {
    fn counts_for(&self, billing: Billing) -> bool {
        let sku = self.sku.as_deref().unwrap_or_default().to_ascii_lowercase();
        let names = format!("{} {sku}", self.product.as_deref().unwrap_or_default().to_ascii_lowercase());
        match billing {
            Billing::PremiumRequests => sku.contains("premium"),
            Billing::Credits => {
                matches!(
                    self.unit_type.as_deref().unwrap_or_default().to_ascii_lowercase().as_str(),
                    "ai-credits" | "credits" | "ai-units"
                ) || names.contains("ai credit")
                    || names.contains("cloud agent")
            }
        }
    }
}

/// One billing report's usage, as GitHub counts it (fractions kept; rounding is for display).
#[derive(Debug, Clone, PartialEq)]
pub struct Usage {
    pub billing: Billing,
    pub user: Option<String>,
    pub period: Option<String>,
    /// Whether the report has any item of its billing kind for the period.
    pub has_items: bool,
    pub used: f64,
    /// Overage GitHub bills, in USD.
    pub billed_dollars: f64,
    /// Use per model, most used first; models with no use are left out.
    pub models: Vec<(String, f64)>,
}

pub fn parse_usage(body: &str, billing: Billing) -> Result<Usage, Malformed> {
    let report: Report = lenient::parse_object(body)?;
    let items: Vec<Item> = report
        .usage_items
        .into_iter()
        .filter_map(lenient::as_record::<Item>)
        .filter(|item| item.counts_for(billing))
        .collect();
    let mut models: Vec<(String, f64)> = Vec::new();
    for item in &items {
        if let Some(model) = item.model.as_deref().filter(|model| !model.is_empty()) {
            let quantity = item.gross_quantity.unwrap_or(0.0);
            match models.iter_mut().find(|(name, _)| name == model) {
                Some((_, used)) => *used += quantity,
                None => models.push((model.to_owned(), quantity)),
            }
        }
    }
    models.retain(|(_, used)| *used > 0.0);
    // Most used first, equals by name.
    models.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(Usage {
        billing,
        user: report.user.filter(|user| !user.is_empty()),
        period: report.time_period.as_ref().and_then(TimePeriod::label),
        has_items: !items.is_empty(),
        used: items.iter().filter_map(|item| item.gross_quantity).sum(),
        billed_dollars: items.iter().filter_map(|item| item.net_amount).sum(),
        models,
    })
}

/// `GET /user`.
#[derive(Deserialize)]
struct Whoami {
    login: String,
}

pub fn parse_login(body: &str) -> Result<String, Malformed> {
    lenient::parse_object::<Whoami>(body).map(|whoami| whoami.login)
}

/// An organization's or enterprise's budgets: `GET .../settings/billing/budgets`.
#[derive(Deserialize)]
struct Budgets {
    budgets: Vec<Record<RawBudget>>,
}

#[derive(Deserialize)]
struct RawBudget {
    #[serde(default, deserialize_with = "lenient::number")]
    budget_amount: Option<f64>,
    #[serde(default)]
    budget_product_sku: String,
    #[serde(default)]
    prevent_further_usage: bool,
}

/// The AI-credit budgets among an entity's budgets. Every budget must be well formed.
pub fn parse_budgets(body: &str) -> Result<Vec<Budget>, Malformed> {
    let Budgets { budgets } = lenient::parse_object(body)?;
    Ok(budgets
        .into_iter()
        .filter(|Record(budget)| budget.budget_product_sku.eq_ignore_ascii_case("ai_credits"))
        .map(|Record(budget)| Budget {
            dollars: budget.budget_amount.unwrap_or(0.0),
            stops_usage: budget.prevent_further_usage,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn premium_requests_sum_and_group_by_model() {
        let body = r#"{
            "timePeriod": {"year": 2026, "month": 1},
            "user": "johndoe",
            "usageItems": [
                {"product": "Copilot", "sku": "Copilot Premium Request", "model": "GPT-5", "unitType": "requests", "grossQuantity": 30},
                {"product": "Copilot", "sku": "Copilot Premium Request", "model": "Claude Sonnet 4.5", "unitType": "requests", "grossQuantity": 52.5},
                {"product": "Copilot", "sku": "Copilot Premium Request", "model": "GPT-5", "unitType": "requests", "grossQuantity": 7.5},
                {"product": "Actions", "sku": "Actions Linux", "unitType": "minutes", "grossQuantity": 1000}
            ]
        }"#;
        let usage = parse_usage(body, Billing::PremiumRequests).unwrap();
        assert_eq!((usage.used, usage.has_items, usage.period.as_deref()), (90.0, true, Some("2026-01")));
        assert_eq!(usage.models, [("Claude Sonnet 4.5".to_owned(), 52.5), ("GPT-5".to_owned(), 37.5)]);
    }

    #[test]
    fn credit_items_are_recognized_by_unit_product_or_sku() {
        let body = r#"{"timePeriod": {"year": 2026, "month": 11, "day": 3}, "usageItems": [
            {"product": "Copilot", "sku": "Copilot AI Credits", "model": "A", "unitType": "AI-Credits", "grossQuantity": 1.5, "netAmount": 0.5},
            {"product": "copilot", "sku": "x", "model": "B", "unitType": "credits", "grossQuantity": 2},
            {"product": "Copilot", "sku": "Copilot Cloud Agent", "unitType": "sessions", "grossQuantity": 3},
            {"product": "Copilot", "sku": "y", "unitType": "ai-units", "grossQuantity": 4, "netAmount": 0.25},
            {"product": "Copilot", "sku": "Copilot Premium Request", "unitType": "requests", "grossQuantity": 100}
        ]}"#;
        let usage = parse_usage(body, Billing::Credits).unwrap();
        assert_eq!((usage.used, usage.billed_dollars, usage.period.as_deref()), (10.5, 0.75, Some("2026-11-03")));
        assert_eq!(usage.models, [("B".to_owned(), 2.0), ("A".to_owned(), 1.5)]);
    }

    #[test]
    fn an_empty_month_has_no_items() {
        let usage = parse_usage(r#"{"timePeriod":{"year":2026},"usageItems":[]}"#, Billing::Credits).unwrap();
        assert_eq!((usage.used, usage.has_items, usage.period.as_deref()), (0.0, false, Some("2026")));
    }

    #[test]
    fn says_what_is_wrong_with_a_payload() {
        let err = parse_usage(r#"{"user":"u"}"#, Billing::Credits).unwrap_err();
        assert_eq!(err.to_string(), "missing field `usageItems`");
        let err = parse_usage(r#"{"usageItems":{}}"#, Billing::Credits).unwrap_err();
        assert_eq!(err.to_string(), "`usageItems` is not a list");
        let err = parse_budgets(r#"{"budgets":[{"budget_product_sku":null}]}"#).unwrap_err();
        assert_eq!(err.to_string(), "`budget_product_sku` is not a string in `budgets[0]`");
    }

    #[test]
    fn budgets_keep_ai_credits_only() {
        let body = r#"{"budgets": [
            {"budget_amount": 500, "budget_product_sku": "ai_credits", "prevent_further_usage": true},
            {"budget_amount": 50, "budget_product_sku": "actions", "prevent_further_usage": false}
        ]}"#;
        assert_eq!(parse_budgets(body).unwrap(), [Budget { dollars: 500.0, stops_usage: true }]);
    }
}
