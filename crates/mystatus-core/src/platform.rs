//! The platforms mystatus reports on, in the report's order: their identifiers and names.

use serde::Serialize;

/// A platform, serialized as its stable identifier (`"copilot"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify), tsify(rename = "PlatformId"))]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Copilot,
    OpenAi,
    Anthropic,
    Antigravity,
    Zhipu,
    Zai,
}

impl Platform {
    /// Every platform, in the report's order.
    pub const ALL: [Platform; 6] = [
        Platform::Copilot,
        Platform::OpenAi,
        Platform::Anthropic,
        Platform::Antigravity,
        Platform::Zhipu,
        Platform::Zai,
    ];

    /// The platform with this identifier.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|platform| platform.id() == id)
    }

    /// A stable identifier for scripts (`mystatus --json`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Copilot => "copilot",
            Self::OpenAi => "openai",
            Self::Anthropic => "anthropic",
            Self::Antigravity => "antigravity",
            Self::Zhipu => "zhipu",
            Self::Zai => "zai",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Copilot => "GitHub Copilot",
            Self::OpenAi => "OpenAI",
            Self::Anthropic => "Anthropic",
            Self::Antigravity => "Google Antigravity",
            Self::Zhipu => "Zhipu AI",
            Self::Zai => "Z.ai",
        }
    }
}
