//! The report's language and its texts. Every language fills the whole [`Messages`] struct, so a
//! missing translation is a compile error, not an English sentence in a Chinese report.

mod en;
mod fr;
mod messages;
mod template;
mod zh;

pub use messages::Messages;
pub use template::Template;

use crate::host::Host;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
    Fr,
}

impl Lang {
    /// `zh_CN.UTF-8`, `zh-Hans`, `fr`, `fr_CA@euro`, `en-US` ... `None` for unsupported languages.
    fn from_tag(tag: &str) -> Option<Self> {
        let language = tag.trim().split(['_', '-', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
        match language.as_str() {
            "zh" => Some(Self::Zh),
            "fr" => Some(Self::Fr),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    pub fn messages(self) -> &'static Messages {
        match self {
            Self::En => &en::EN,
            Self::Zh => &zh::ZH,
            Self::Fr => &fr::FR,
        }
    }
}

/// `MYSTATUS_LANG`, then gettext's order (`LANGUAGE`, a colon-separated preference list, then
/// `LC_ALL`, `LC_MESSAGES`, `LANG`), then the runtime's Intl locale, then English. The first
/// variable that is set decides, and a language we do not have means English, as with gettext.
pub fn detect(host: &impl Host) -> Lang {
    if let Some(value) = host.env_set("MYSTATUS_LANG") {
        return Lang::from_tag(&value).unwrap_or(Lang::En);
    }
    if let Some(list) = host.env_set("LANGUAGE") {
        if let Some(lang) = list.split(':').find_map(Lang::from_tag) {
            return lang;
        }
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = host.env_set(var) {
            return Lang::from_tag(&value).unwrap_or(Lang::En);
        }
    }
    host.locale().as_deref().and_then(Lang::from_tag).unwrap_or(Lang::En)
}
