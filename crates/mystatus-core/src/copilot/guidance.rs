//! What to do when Copilot's quota cannot be read: create a fine-grained PAT and its file.

use super::plans::Tier;
use crate::i18n::Messages;

/// A complete, valid `copilot-quota-token.json`, as a Markdown code block.
pub fn config_example() -> String {
    "```json\n{\n  \"token\": \"github_pat_...\",\n  \"username\": \"your-username\",\n  \"tier\": \"pro\"\n}\n```"
        .to_owned()
}

pub fn setup(messages: &Messages, pat_path: &str) -> String {
    messages.copilot_guidance.fill([pat_path, &config_example(), Tier::VALID_NAMES])
}
