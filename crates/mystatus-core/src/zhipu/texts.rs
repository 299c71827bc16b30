//! Zhipu AI's and Z.ai's own texts, in every language.

use super::Flavor;
use super::api::Kind;
use crate::i18n::Lang;

pub trait Texts: Sync {
    /// The service's name in messages ("Zhipu AI said: ...").
    fn service(&self, flavor: Flavor) -> &'static str;
    fn title(&self, flavor: Flavor) -> &'static str;
    fn window_months(&self, months: i64) -> String;
    /// A limit's heading: what it counts, and over which window when the API says.
    fn heading(&self, kind: &Kind, window: Option<&str>) -> String;
    /// `used` and `total` are formatted ("12.3M", "1000").
    fn used(&self, kind: &Kind, used: &str, total: &str) -> String;
    /// The API key was refused; `code` is the HTTP status or the API's own code.
    fn rejected(&self, flavor: Flavor, code: i64) -> String;
    /// An answer that is an error (`success: false`) rather than the quota.
    fn refused(&self, flavor: Flavor, code: Option<i64>) -> String;
    fn setup(&self, flavor: Flavor) -> &'static str;
}

struct En;
struct Zh;
struct Fr;

/// The provider to pick in `opencode auth login`, as OpenCode lists it.
fn provider(flavor: Flavor) -> &'static str {
    match flavor {
        Flavor::Zhipu => "Zhipu AI Coding Plan",
        Flavor::Zai => "Z.AI Coding Plan",
    }
}

fn other_heading(name: &str, window: Option<&str>) -> String {
    match window {
        Some(window) => format!("{window} ({name})"),
        None => name.to_owned(),
    }
}

impl Texts for En {
    fn service(&self, flavor: Flavor) -> &'static str {
        match flavor {
            Flavor::Zhipu => "Zhipu AI",
            Flavor::Zai => "Z.ai",
        }
    }
    fn title(&self, flavor: Flavor) -> &'static str {
        match flavor {
            Flavor::Zhipu => "## Zhipu AI Account Quota",
            Flavor::Zai => "## Z.ai Account Quota",
        }
    }
    fn window_months(&self, months: i64) -> String {
        format!("{months}-month limit")
    }
    fn heading(&self, kind: &Kind, window: Option<&str>) -> String {
        match (kind, window) {
            (Kind::Tokens, Some(window)) => format!("{window} (tokens)"),
            (Kind::Tokens, None) => "Token limit".to_owned(),
            (Kind::Calls, Some(window)) => format!("{window} (MCP/tool calls)"),
            (Kind::Calls, None) => "MCP/tool call limit".to_owned(),
            (Kind::Credits, Some(window)) => format!("{window} (credits)"),
            (Kind::Credits, None) => "Credit limit".to_owned(),
            (Kind::Other(name), window) => other_heading(name, window),
        }
    }
    fn used(&self, kind: &Kind, used: &str, total: &str) -> String {
        match kind {
            Kind::Tokens => format!("Used: {used} / {total} tokens"),
            Kind::Calls => format!("Used: {used} / {total} calls"),
            Kind::Credits => format!("Used: {used} / {total} credits"),
            Kind::Other(_) => format!("Used: {used} / {total}"),
        }
    }
    fn rejected(&self, flavor: Flavor, code: i64) -> String {
        format!(
            "{} rejected the API key ({code}). Enter it again with `opencode auth login` (choose \"{}\"), \
then run /mystatus again.",
            self.service(flavor),
            provider(flavor)
        )
    }
    fn refused(&self, flavor: Flavor, code: Option<i64>) -> String {
        let service = self.service(flavor);
        match code {
            Some(code) => format!("{service} answered with an error instead of the quota (code {code})."),
            None => format!("{service} answered with an error instead of the quota."),
        }
    }
    fn setup(&self, flavor: Flavor) -> &'static str {
        match flavor {
            Flavor::Zhipu => {
                "For the GLM Coding Plan on bigmodel.cn: run `opencode auth login`, choose \"Zhipu AI Coding Plan\" \
and paste your API key. mystatus reads the key OpenCode saves; nothing else to set up."
            }
            Flavor::Zai => {
                "For the GLM Coding Plan on z.ai: run `opencode auth login`, choose \"Z.AI Coding Plan\" and paste \
your API key. mystatus reads the key OpenCode saves; nothing else to set up."
            }
        }
    }
}

impl Texts for Zh {
    fn service(&self, flavor: Flavor) -> &'static str {
        match flavor {
            Flavor::Zhipu => "智谱 AI",
            Flavor::Zai => "Z.ai",
        }
    }
    fn title(&self, flavor: Flavor) -> &'static str {
        match flavor {
            Flavor::Zhipu => "## 智谱 AI 账号额度",
            Flavor::Zai => "## Z.ai 账号额度",
        }
    }
    fn window_months(&self, months: i64) -> String {
        format!("{months} 个月限额")
    }
    fn heading(&self, kind: &Kind, window: Option<&str>) -> String {
        match (kind, window) {
            (Kind::Tokens, Some(window)) => format!("{window}（Token）"),
            (Kind::Tokens, None) => "Token 限额".to_owned(),
            (Kind::Calls, Some(window)) => format!("{window}（MCP/工具调用）"),
            (Kind::Calls, None) => "MCP/工具调用限额".to_owned(),
            (Kind::Credits, Some(window)) => format!("{window}（积分）"),
            (Kind::Credits, None) => "积分限额".to_owned(),
            (Kind::Other(name), window) => other_heading(name, window),
        }
    }
    fn used(&self, kind: &Kind, used: &str, total: &str) -> String {
        match kind {
            Kind::Tokens => format!("已用: {used} / {total} Token"),
            Kind::Calls => format!("已用: {used} / {total} 次"),
            Kind::Credits => format!("已用: {used} / {total} 积分"),
            Kind::Other(_) => format!("已用: {used} / {total}"),
        }
    }
    fn rejected(&self, flavor: Flavor, code: i64) -> String {
        format!(
            "{} 拒绝了该 API 密钥（{code}）。请运行 `opencode auth login`（选择 \"{}\"）重新输入密钥，\
然后再次运行 /mystatus。",
            self.service(flavor),
            provider(flavor)
        )
    }
    fn refused(&self, flavor: Flavor, code: Option<i64>) -> String {
        let service = self.service(flavor);
        match code {
            Some(code) => format!("{service} 返回了错误，而不是额度信息（代码 {code}）。"),
            None => format!("{service} 返回了错误，而不是额度信息。"),
        }
    }
    fn setup(&self, flavor: Flavor) -> &'static str {
        match flavor {
            Flavor::Zhipu => {
                "适用于 bigmodel.cn 的 GLM Coding Plan：运行 `opencode auth login`，选择 \"Zhipu AI Coding Plan\" \
并粘贴你的 API 密钥。mystatus 会读取 OpenCode 保存的密钥，无需其他设置。"
            }
            Flavor::Zai => {
                "适用于 z.ai 的 GLM Coding Plan：运行 `opencode auth login`，选择 \"Z.AI Coding Plan\" \
并粘贴你的 API 密钥。mystatus 会读取 OpenCode 保存的密钥，无需其他设置。"
            }
        }
    }
}

impl Texts for Fr {
    fn service(&self, flavor: Flavor) -> &'static str {
        En.service(flavor)
    }
    fn title(&self, flavor: Flavor) -> &'static str {
        match flavor {
            Flavor::Zhipu => "## Quota du compte Zhipu AI",
            Flavor::Zai => "## Quota du compte Z.ai",
        }
    }
    fn window_months(&self, months: i64) -> String {
        format!("Limite sur {months} mois")
    }
    fn heading(&self, kind: &Kind, window: Option<&str>) -> String {
        match (kind, window) {
            (Kind::Tokens, Some(window)) => format!("{window} (tokens)"),
            (Kind::Tokens, None) => "Limite de tokens".to_owned(),
            (Kind::Calls, Some(window)) => format!("{window} (appels MCP/outils)"),
            (Kind::Calls, None) => "Limite d'appels MCP/outils".to_owned(),
            (Kind::Credits, Some(window)) => format!("{window} (crédits)"),
            (Kind::Credits, None) => "Limite de crédits".to_owned(),
            (Kind::Other(name), window) => other_heading(name, window),
        }
    }
    fn used(&self, kind: &Kind, used: &str, total: &str) -> String {
        match kind {
            Kind::Tokens => format!("Utilisé : {used} / {total} tokens"),
            Kind::Calls => format!("Utilisé : {used} / {total} appels"),
            Kind::Credits => format!("Utilisé : {used} / {total} crédits"),
            Kind::Other(_) => format!("Utilisé : {used} / {total}"),
        }
    }
    fn rejected(&self, flavor: Flavor, code: i64) -> String {
        format!(
            "{} a refusé la clé API ({code}). Saisissez-la de nouveau avec `opencode auth login` (choisissez \
\"{}\"), puis relancez /mystatus.",
            self.service(flavor),
            provider(flavor)
        )
    }
    fn refused(&self, flavor: Flavor, code: Option<i64>) -> String {
        let service = self.service(flavor);
        match code {
            Some(code) => format!("{service} a répondu par une erreur au lieu du quota (code {code})."),
            None => format!("{service} a répondu par une erreur au lieu du quota."),
        }
    }
    fn setup(&self, flavor: Flavor) -> &'static str {
        match flavor {
            Flavor::Zhipu => {
                "Pour le GLM Coding Plan de bigmodel.cn : lancez `opencode auth login`, choisissez \
\"Zhipu AI Coding Plan\" et collez votre clé API. mystatus lit la clé enregistrée par OpenCode ; rien d'autre à \
configurer."
            }
            Flavor::Zai => {
                "Pour le GLM Coding Plan de z.ai : lancez `opencode auth login`, choisissez \"Z.AI Coding Plan\" et \
collez votre clé API. mystatus lit la clé enregistrée par OpenCode ; rien d'autre à configurer."
            }
        }
    }
}

pub fn texts(lang: Lang) -> &'static dyn Texts {
    match lang {
        Lang::En => &En,
        Lang::Zh => &Zh,
        Lang::Fr => &Fr,
    }
}
