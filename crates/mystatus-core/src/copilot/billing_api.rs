//! The public billing API, read with the user's fine-grained PAT:
//! `GET /users/{username}/settings/billing/premium_request/usage`.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::pat_config::PatConfig;
use crate::host::HttpRequest;

pub fn usage_url(api: &str, username: &str) -> String {
    format!("{api}/users/{username}/settings/billing/premium_request/usage")
}

pub fn usage_request(api: &str, config: &PatConfig) -> HttpRequest {
    HttpRequest::get(usage_url(api, &config.username))
        .header("Accept", "application/vnd.github+json")
        .header("Authorization", format!("Bearer {}", config.token))
        .header("X-GitHub-Api-Version", "2022-11-28")
        .header("User-Agent", crate::USER_AGENT)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct UsageReport {
    time_period: Option<TimePeriod>,
    user: Option<String>,
    usage_items: Vec<UsageItem>,
}

#[derive(Deserialize)]
struct TimePeriod {
    year: i64,
    month: Option<u32>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct UsageItem {
    #[serde(default)]
    sku: String,
    model: Option<String>,
    #[serde(default)]
    gross_quantity: f64,
}

impl UsageItem {
    fn is_premium_request(&self) -> bool {
        self.sku.to_ascii_lowercase().contains("premium")
    }
}

/// Premium requests of one billing period, as the API counts them (fractional multipliers kept).
#[derive(Debug, Clone, PartialEq)]
pub struct PremiumUsage {
    pub user: Option<String>,
    /// `(year, month)`; `None` when the API leaves it out.
    pub period: Option<(i64, Option<u32>)>,
    pub used: f64,
    /// Models by requests used, most used first; models with no use are left out.
    pub models: Vec<(String, f64)>,
}

pub fn parse_usage(body: &str) -> Result<PremiumUsage, String> {
    let report: UsageReport = serde_json::from_str(body).map_err(|err| err.to_string())?;
    let premium: Vec<&UsageItem> = report.usage_items.iter().filter(|item| item.is_premium_request()).collect();
    let used = premium.iter().map(|item| item.gross_quantity).sum();
    let mut by_model: BTreeMap<&str, f64> = BTreeMap::new();
    for item in &premium {
        if let Some(model) = item.model.as_deref().filter(|model| !model.is_empty()) {
            *by_model.entry(model).or_default() += item.gross_quantity;
        }
    }
    let mut models: Vec<(String, f64)> =
        by_model.into_iter().filter(|(_, used)| *used > 0.0).map(|(model, used)| (model.to_owned(), used)).collect();
    models.sort_by(|a, b| b.1.total_cmp(&a.1));
    Ok(PremiumUsage {
        user: report.user,
        period: report.time_period.map(|period| (period.year, period.month)),
        used,
        models,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_premium_items_and_groups_models() {
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
        let usage = parse_usage(body).unwrap();
        assert_eq!(usage.used, 90.0);
        assert_eq!(usage.period, Some((2026, Some(1))));
        assert_eq!(usage.models, [("Claude Sonnet 4.5".to_owned(), 52.5), ("GPT-5".to_owned(), 37.5)]);
    }

    #[test]
    fn an_empty_month_is_zero() {
        let usage = parse_usage(r#"{"timePeriod":{"year":2026},"user":"u","usageItems":[]}"#).unwrap();
        assert_eq!((usage.used, usage.period, usage.models.len()), (0.0, Some((2026, None)), 0));
    }

    #[test]
    fn says_what_is_wrong_with_a_payload() {
        assert_eq!(parse_usage(r#"{"user":"u"}"#).unwrap_err(), "missing field `usageItems` at line 1 column 12");
        assert!(parse_usage("<html>").is_err());
    }
}
