//! Copilot plans and their monthly allowances, in one place. Both currencies reset at 00:00 UTC on
//! the 1st of each month.
//!
//! AI credits (1 credit = $0.01), billed since 2026-06-01: base + flex = total, as GitHub announced
//! them and our product specification quotes them (table dated 2026-11-01). The flex part can
//! change: users can override the total with `"allowance"` in their token file.
//! Premium requests: the legacy model, still used by annual Pro and Pro+ plans bought before the
//! switch; the other figures are kept for history (spec of 2026-01).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    Free,
    Student,
    Pro,
    ProPlus,
    Max,
    Business,
    Enterprise,
}

/// Which currency a quota is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Billing {
    Credits,
    PremiumRequests,
}

impl Tier {
    pub const ALL: [Tier; 7] =
        [Tier::Free, Tier::Student, Tier::Pro, Tier::ProPlus, Tier::Max, Tier::Business, Tier::Enterprise];

    /// The spelling used in `copilot-quota-token.json`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Free => "free",
            Self::Student => "student",
            Self::Pro => "pro",
            Self::ProPlus => "pro+",
            Self::Max => "max",
            Self::Business => "business",
            Self::Enterprise => "enterprise",
        }
    }

    /// The plan's name as GitHub shows it.
    pub fn display_name(self) -> &'static str {
        match self {
            Self::Free => "Free",
            Self::Student => "Student",
            Self::Pro => "Pro",
            Self::ProPlus => "Pro+",
            Self::Max => "Max",
            Self::Business => "Business",
            Self::Enterprise => "Enterprise",
        }
    }

    /// Case and surrounding blanks are forgiven; anything else is not a tier.
    pub fn parse(text: &str) -> Option<Self> {
        let wanted = text.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|tier| tier.name() == wanted)
    }

    /// The plan behind the internal API's `copilot_plan` (and `access_type_sku`, which alone tells
    /// Free from Pro on the `individual` plan). `None` for plans this table does not know.
    pub fn from_copilot_plan(plan: &str, access_type_sku: Option<&str>) -> Option<Self> {
        let free_sku = access_type_sku.is_some_and(|sku| sku.to_ascii_lowercase().contains("free"));
        match plan.trim().to_ascii_lowercase().as_str() {
            "free" => Some(Self::Free),
            "individual" if free_sku => Some(Self::Free),
            "individual" => Some(Self::Pro),
            "individual_pro" => Some(Self::ProPlus),
            "individual_max" => Some(Self::Max),
            "individual_edu" => Some(Self::Student),
            "business" => Some(Self::Business),
            "enterprise" => Some(Self::Enterprise),
            _ => None,
        }
    }

    /// Monthly AI credits per user (per seat for Business and Enterprise, pooled per billing
    /// entity). `None` where GitHub publishes no figure: never invent a denominator.
    pub fn monthly_credits(self) -> Option<f64> {
        match self {
            Self::Pro => Some(1_000.0 + 500.0),
            Self::ProPlus => Some(3_900.0 + 3_100.0),
            Self::Max => Some(10_000.0 + 10_000.0),
            Self::Business => Some(1_900.0),
            Self::Enterprise => Some(3_900.0),
            Self::Free | Self::Student => None,
        }
    }

    /// Monthly premium requests under the legacy billing.
    pub fn monthly_premium_requests(self) -> Option<f64> {
        match self {
            Self::Free => Some(50.0),
            Self::Pro | Self::Business => Some(300.0),
            Self::ProPlus => Some(1_500.0),
            Self::Enterprise => Some(1_000.0),
            Self::Student | Self::Max => None,
        }
    }

    pub fn allowance(self, billing: Billing) -> Option<f64> {
        match billing {
            Billing::Credits => self.monthly_credits(),
            Billing::PremiumRequests => self.monthly_premium_requests(),
        }
    }

    /// Every [`Tier::name`], for error messages; a test keeps the two in step.
    pub const VALID_NAMES: &str = "free, student, pro, pro+, max, business, enterprise";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_names_are_every_name() {
        assert_eq!(Tier::VALID_NAMES, Tier::ALL.map(Tier::name).join(", "));
    }

    #[test]
    fn allowances_match_the_published_tables() {
        let table: Vec<_> =
            Tier::ALL.iter().map(|t| (t.name(), t.monthly_credits(), t.monthly_premium_requests())).collect();
        assert_eq!(
            table,
            [
                ("free", None, Some(50.0)),
                ("student", None, None),
                ("pro", Some(1500.0), Some(300.0)),
                ("pro+", Some(7000.0), Some(1500.0)),
                ("max", Some(20000.0), None),
                ("business", Some(1900.0), Some(300.0)),
                ("enterprise", Some(3900.0), Some(1000.0)),
            ]
        );
    }

    #[test]
    fn parse_forgives_case_and_blanks_only() {
        assert_eq!(Tier::parse(" Pro+ "), Some(Tier::ProPlus));
        assert_eq!(Tier::parse("MAX"), Some(Tier::Max));
        assert_eq!(Tier::parse("pro plus"), None);
        assert_eq!(Tier::parse(""), None);
    }

    #[test]
    fn internal_plan_names() {
        let cases = [
            ("individual", Some("free_limited_copilot"), Some(Tier::Free)),
            ("individual", Some("plus_monthly_subscriber_quota"), Some(Tier::Pro)),
            ("individual_pro", None, Some(Tier::ProPlus)),
            ("individual_max", None, Some(Tier::Max)),
            ("individual_edu", None, Some(Tier::Student)),
            ("Business", None, Some(Tier::Business)),
            ("enterprise", None, Some(Tier::Enterprise)),
            ("individual_ultra", None, None),
        ];
        for (plan, sku, tier) in cases {
            assert_eq!(Tier::from_copilot_plan(plan, sku), tier, "{plan}");
        }
    }
}
