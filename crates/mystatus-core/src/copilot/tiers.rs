//! Copilot plans and their monthly premium-request allowances (per user, reset on the 1st, UTC).
//! Source: GitHub's "Plans for GitHub Copilot" page, as quoted by the product spec (2026-01).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    Free,
    Pro,
    ProPlus,
    Business,
    Enterprise,
}

impl Tier {
    pub const ALL: [Tier; 5] = [Tier::Free, Tier::Pro, Tier::ProPlus, Tier::Business, Tier::Enterprise];

    /// The spelling used in `copilot-quota-token.json`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Free => "free",
            Self::Pro => "pro",
            Self::ProPlus => "pro+",
            Self::Business => "business",
            Self::Enterprise => "enterprise",
        }
    }

    /// Case and surrounding blanks are forgiven; anything else is not a tier.
    pub fn parse(text: &str) -> Option<Self> {
        let wanted = text.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|tier| tier.name() == wanted)
    }

    pub fn monthly_premium_requests(self) -> u32 {
        match self {
            Self::Free => 50,
            Self::Pro => 300,
            Self::ProPlus => 1500,
            Self::Business => 300,
            Self::Enterprise => 1000,
        }
    }

    /// "free, pro, pro+, business, enterprise", for error messages.
    pub fn valid_names() -> String {
        Self::ALL.map(Self::name).join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_match_the_spec() {
        let limits: Vec<_> = Tier::ALL.iter().map(|t| (t.name(), t.monthly_premium_requests())).collect();
        assert_eq!(limits, [("free", 50), ("pro", 300), ("pro+", 1500), ("business", 300), ("enterprise", 1000)]);
    }

    #[test]
    fn parse_forgives_case_and_blanks_only() {
        assert_eq!(Tier::parse(" Pro+ "), Some(Tier::ProPlus));
        assert_eq!(Tier::parse("ENTERPRISE"), Some(Tier::Enterprise));
        assert_eq!(Tier::parse("pro plus"), None);
        assert_eq!(Tier::parse(""), None);
    }
}
