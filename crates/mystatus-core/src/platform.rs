//! The platforms mystatus reports on, in the report's order, and how to ask each one.

use std::future::Future;
use std::pin::Pin;

use serde::Serialize;

use crate::context::Context;
use crate::host::Host;
use crate::report::Section;
use crate::zhipu::Flavor;
use crate::{anthropic, antigravity, copilot, openai, zhipu};

/// A platform's section being read, boxed so that every platform's lookup has one type.
pub type SectionFuture<'a> = Pin<Box<dyn Future<Output = Option<Result<Section, String>>> + 'a>>;

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

    /// The platform's section (its report, or the error); `None` when it is not configured.
    pub fn section<'a, H: Host>(self, host: &'a H, cx: &'a Context<'a>) -> SectionFuture<'a> {
        match self {
            Self::Copilot => Box::pin(copilot::section(host, cx)),
            Self::OpenAi => Box::pin(openai::section(host, cx)),
            Self::Anthropic => Box::pin(anthropic::section(host, cx)),
            Self::Antigravity => Box::pin(antigravity::section(host, cx)),
            Self::Zhipu => Box::pin(zhipu::section(host, cx, Flavor::Zhipu)),
            Self::Zai => Box::pin(zhipu::section(host, cx, Flavor::Zai)),
        }
    }

    /// How to set the platform up, for the "no configured accounts" guidance.
    pub fn setup(self, host: &impl Host, cx: &Context<'_>) -> String {
        match self {
            Self::Copilot => copilot::setup(host, cx),
            Self::OpenAi => openai::setup(cx),
            Self::Anthropic => anthropic::setup(cx),
            Self::Antigravity => antigravity::setup(host, cx),
            Self::Zhipu => zhipu::setup(cx, Flavor::Zhipu),
            Self::Zai => zhipu::setup(cx, Flavor::Zai),
        }
    }
}
