//! What a platform found, as data: its accounts, each with its meters (a window, an allowance, a
//! model's quota), the figures its Markdown shows. Serialized for scripts and the status line.

use serde::{Serialize, Serializer};

use crate::time;

/// What one limit or allowance of an account stands at.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Meter {
    /// As the report labels it: "AI credits", "5-hour limit", "Gemini 3 Pro (High)".
    pub label: String,
    pub unit: Unit,
    /// What was used, in `unit`.
    pub used: f64,
    /// The allowance, in `unit`, when the service publishes one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    /// The share left, as the service states it or as the figures give it; below 0 in overage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remaining_percent: Option<f64>,
    /// When the meter resets (epoch ms); for JavaScript, `resetsAt` in ISO 8601, UTC
    /// (`2026-12-01T00:00:00.000Z`).
    #[serde(rename = "resetsAt", serialize_with = "iso_date_time", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub resets_at_ms: Option<i64>,
    /// Nothing left: requests on it are refused or billed as overage.
    pub exhausted: bool,
}

/// What a meter counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// A share of a rate-limit window, 0 to 100.
    Percent,
    Credits,
    Requests,
    Tokens,
    Calls,
    Dollars,
    /// An amount in another currency, which the meter's label names.
    Money,
    /// A count the service does not name.
    Units,
}

impl Meter {
    /// A rate-limit window known by the share used (0 to 100; above when a service overshoots).
    pub fn window(label: String, used_percent: f64, resets_at_ms: Option<i64>) -> Self {
        Self {
            label,
            unit: Unit::Percent,
            used: used_percent,
            limit: Some(100.0),
            remaining_percent: Some(100.0 - used_percent),
            resets_at_ms,
            exhausted: used_percent >= 100.0,
        }
    }

    /// A count against an allowance, when there is one.
    pub fn counted(label: String, unit: Unit, used: f64, limit: Option<f64>) -> Self {
        let remaining_percent = limit.filter(|limit| *limit > 0.0).map(|limit| (limit - used) / limit * 100.0);
        Self {
            label,
            unit,
            used,
            limit,
            remaining_percent,
            resets_at_ms: None,
            exhausted: limit.is_some_and(|limit| used >= limit),
        }
    }

    pub fn resetting_at(mut self, resets_at_ms: Option<i64>) -> Self {
        self.resets_at_ms = resets_at_ms;
        self
    }
}

fn iso_date_time<S: Serializer>(ms: &Option<i64>, serializer: S) -> Result<S::Ok, S::Error> {
    match ms {
        Some(ms) => serializer.serialize_str(&time::iso_date_time(*ms)),
        None => serializer.serialize_none(),
    }
}

/// One account of a platform: who it is, its plan, its meters; or why it could not be read when
/// the others could.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Account {
    /// A login, an email, a masked key; absent when the service does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    pub meters: Vec<Meter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// A platform's report, before it joins the others: the Markdown people read, the accounts
/// scripts read.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub markdown: String,
    pub accounts: Vec<Account>,
}
