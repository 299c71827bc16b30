//! The platforms mystatus reports on, in the report's order, and how to ask each one.

use crate::context::Context;
use crate::copilot;
use crate::host::Host;
use crate::join::Boxed;
use crate::openai;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    Copilot,
    OpenAi,
}

impl Platform {
    /// Every platform, in the report's order.
    pub const ALL: [Platform; 2] = [Platform::Copilot, Platform::OpenAi];

    /// A stable identifier for scripts (`mystatus --json`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Copilot => "copilot",
            Self::OpenAi => "openai",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Copilot => "GitHub Copilot",
            Self::OpenAi => "OpenAI",
        }
    }

    /// The platform's section as text (report or error); `None` when it is not configured.
    pub fn section<'a, H: Host>(self, host: &'a H, cx: &'a Context<'a>) -> Boxed<'a, Option<Result<String, String>>> {
        match self {
            Self::Copilot => Box::pin(copilot::section(host, cx)),
            Self::OpenAi => Box::pin(openai::section(host, cx)),
        }
    }

    /// How to set the platform up, for the "no configured accounts" guidance.
    pub fn setup(self, host: &impl Host, cx: &Context<'_>) -> String {
        match self {
            Self::Copilot => copilot::setup(host, cx),
            Self::OpenAi => openai::setup(cx),
        }
    }
}
