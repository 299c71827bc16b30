//! What a Copilot lookup found, before it becomes text: the same shape whichever API answered.

/// What a meter counts; decides its label and unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeterKind {
    Credits,
    PremiumRequests,
    Chat,
    Completions,
}

/// Why there is no denominator: never invent one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unknown {
    /// GitHub does not publish this plan's allowance (Free, Student, an unknown plan).
    NotPublished,
    /// The token file names no tier; the path says where to add one.
    NoTier(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Allowance {
    Known(f64),
    Unlimited,
    Unknown(Unknown),
    /// An organization or enterprise seat: the allowance is shared by the billing entity.
    Pooled(Vec<String>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meter {
    pub kind: MeterKind,
    pub used: f64,
    pub allowance: Allowance,
    /// GitHub's own remaining share, when it states one; otherwise computed.
    pub percent_remaining: Option<f64>,
    /// Use beyond the allowance, in the meter's unit.
    pub overage: f64,
    /// Overage GitHub bills (USD, the billing API's `netAmount`).
    pub billed_dollars: f64,
    /// Use per model, most used first.
    pub models: Vec<(String, f64)>,
}

impl Meter {
    pub fn new(kind: MeterKind, used: f64, allowance: Allowance) -> Self {
        Self { kind, used, allowance, percent_remaining: None, overage: 0.0, billed_dollars: 0.0, models: Vec::new() }
    }

    /// Remaining share in percent: GitHub's figure if given, else from the counts. May be negative.
    pub fn remaining_percent(&self) -> Option<f64> {
        match self.allowance {
            Allowance::Known(total) if total > 0.0 => {
                Some(self.percent_remaining.unwrap_or((total - self.used) / total * 100.0))
            }
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Reset {
    /// The billing APIs' calendar month: 00:00 UTC on the 1st.
    Monthly,
    /// A moment the API gave (epoch ms).
    At(i64),
    /// A date the API gave that is not ISO 8601, shown as is.
    Text(String),
    Unknown,
}

/// An AI-credit budget of an organization or enterprise.
#[derive(Debug, Clone, PartialEq)]
pub struct Budget {
    pub dollars: f64,
    pub stops_usage: bool,
}

/// What an admin can read about an organization's or enterprise's AI credits.
#[derive(Debug, Clone, PartialEq)]
pub struct BillingEntity {
    pub name: String,
    pub is_enterprise: bool,
    /// The user's credits this month; `Err(Some(status))` when refused, `Err(None)` when GitHub
    /// gave no usable answer (timeout, malformed payload).
    pub used: Result<f64, Option<u16>>,
    /// AI-credit budgets, failing the same way.
    pub budgets: Result<Vec<Budget>, Option<u16>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CopilotQuota {
    pub login: Option<String>,
    /// The plan's display name (`Pro+`), or the API's own string for plans we do not know.
    pub plan: Option<String>,
    pub meters: Vec<Meter>,
    /// `2026-11` (or a day, or a year), when the API states the period.
    pub period: Option<String>,
    pub reset: Reset,
    pub entities: Vec<BillingEntity>,
    /// The token file and its permission bits, when other users can read it (Unix).
    pub exposed_token_file: Option<(String, u32)>,
}
