//! The platforms mystatus reports on, in the report's order: their identifiers and names.

use serde::Serialize;

/// A platform, serialized as its stable identifier (`"copilot"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify), tsify(rename = "PlatformId"))]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Copilot,
    /// Identified as OpenCode names its provider in `auth.json`.
    #[serde(rename = "opencode-go")]
    OpencodeGo,
    OpenAi,
    Anthropic,
    Antigravity,
    Zhipu,
    Zai,
}

impl Platform {
    /// Every platform, in the report's order.
    pub const ALL: [Platform; 7] = [
        Platform::Copilot,
        Platform::OpencodeGo,
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
            Self::OpencodeGo => "opencode-go",
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
            Self::OpencodeGo => "OpenCode Go",
            Self::OpenAi => "OpenAI",
            Self::Anthropic => "Anthropic",
            Self::Antigravity => "Google Antigravity",
            Self::Zhipu => "Zhipu AI",
            Self::Zai => "Z.ai",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scripts read the identifier serde writes; `MYSTATUS_TEST_PANIC` and the bindings use `id`.
    #[test]
    fn identifiers_are_what_serde_writes_and_read_back() {
        for platform in Platform::ALL {
            assert_eq!(serde_json::to_value(platform).unwrap(), platform.id());
            assert_eq!(Platform::from_id(platform.id()), Some(platform));
        }
        assert_eq!(Platform::from_id("opencodego"), None);
    }
}
