//! Model names and families. The report shows whatever models the API returns, so a new model
//! appears without a release; the table only gives friendlier names to keys the API sends
//! without a `displayName`.

/// Report order: one block per family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Family {
    Gemini,
    Claude,
    Gpt,
    Other,
}

/// Keys seen from `fetchAvailableModels` without a `displayName`.
const KNOWN_NAMES: [(&str, &str); 14] = [
    ("gemini-3-pro-high", "Gemini 3 Pro (High)"),
    ("gemini-3-pro-low", "Gemini 3 Pro (Low)"),
    ("gemini-3-pro-image", "Gemini 3 Pro Image"),
    ("gemini-3-flash", "Gemini 3 Flash"),
    ("gemini-2.5-pro", "Gemini 2.5 Pro"),
    ("gemini-2.5-flash", "Gemini 2.5 Flash"),
    ("gemini-2.5-flash-lite", "Gemini 2.5 Flash Lite"),
    ("gemini-2.5-flash-thinking", "Gemini 2.5 Flash (Thinking)"),
    ("claude-sonnet-4-5", "Claude Sonnet 4.5"),
    ("claude-sonnet-4-5-thinking", "Claude Sonnet 4.5 (Thinking)"),
    ("claude-opus-4-5-thinking", "Claude Opus 4.5 (Thinking)"),
    ("claude-opus-4-6-thinking", "Claude Opus 4.6 (Thinking)"),
    ("gpt-oss-120b-medium", "GPT-OSS 120B (Medium)"),
    ("gpt-oss-120b-high", "GPT-OSS 120B (High)"),
];

/// The API's `displayName`, else the table's name, else the key itself.
pub fn name(key: &str, display_name: Option<&str>) -> String {
    display_name
        .or_else(|| KNOWN_NAMES.iter().find(|(known, _)| known.eq_ignore_ascii_case(key)).map(|(_, name)| *name))
        .unwrap_or(key)
        .to_owned()
}

fn family_of(text: &str) -> Option<Family> {
    let text = text.to_ascii_lowercase();
    if text.contains("gemini") {
        Some(Family::Gemini)
    } else if text.contains("claude") {
        Some(Family::Claude)
    } else if text.contains("gpt") {
        Some(Family::Gpt)
    } else {
        None
    }
}

/// Internal keys (`rev19-uic3-1p`) often say more in their display name.
pub fn family(key: &str, name: &str) -> Family {
    family_of(key).or_else(|| family_of(name)).unwrap_or(Family::Other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_families() {
        assert_eq!(name("gemini-3-pro-high", None), "Gemini 3 Pro (High)");
        assert_eq!(name("gemini-3-pro-high", Some("Gemini 3 Pro")), "Gemini 3 Pro");
        assert_eq!(name("chat_20706", None), "chat_20706");
        assert_eq!(family("rev19-uic3-1p", "Gemini 2.5 Computer Use"), Family::Gemini);
        assert_eq!(family("claude-opus-4-6-thinking", "Claude Opus 4.6 (Thinking)"), Family::Claude);
        assert_eq!(family("gpt-oss-120b-medium", "GPT-OSS 120B (Medium)"), Family::Gpt);
        assert_eq!(family("chat_20706", "chat_20706"), Family::Other);
    }
}
