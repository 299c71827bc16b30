//! Anthropic's own texts, in every language.

use crate::i18n::Lang;

pub trait Texts: Sync {
    fn title(&self) -> &'static str;
    /// A per-model window: `window` is its label ("7-day limit"), `model` its name ("Opus").
    fn model_window(&self, window: &str, model: &str) -> String;
    /// Amounts are formatted ("$1.23"); `limit` is `None` when the API gives none.
    fn extra_usage(&self, used: &str, limit: Option<&str>) -> String;
    fn expired(&self) -> &'static str;
    fn rejected(&self, status: u16) -> String;
    fn setup(&self) -> &'static str;
}

struct En;
struct Zh;
struct Fr;

impl Texts for En {
    fn title(&self) -> &'static str {
        "## Anthropic Account Quota"
    }
    fn model_window(&self, window: &str, model: &str) -> String {
        format!("{window} ({model})")
    }
    fn extra_usage(&self, used: &str, limit: Option<&str>) -> String {
        match limit {
            Some(limit) => format!("Extra usage: {used} / {limit}"),
            None => format!("Extra usage: {used}"),
        }
    }
    fn expired(&self) -> &'static str {
        "OpenCode's Anthropic sign-in has expired. Use a Claude model in OpenCode once to refresh it, then run \
/mystatus again."
    }
    fn rejected(&self, status: u16) -> String {
        format!(
            "Anthropic rejected OpenCode's sign-in ({status}). Use a Claude model in OpenCode once to refresh it, \
or sign in again with `opencode auth login` (Anthropic, Claude Pro/Max)."
        )
    }
    fn setup(&self) -> &'static str {
        "For Claude Pro or Max: run `opencode auth login`, choose Anthropic, then \"Claude Pro/Max\". mystatus \
reads the sign-in OpenCode saves; nothing else to set up."
    }
}

impl Texts for Zh {
    fn title(&self) -> &'static str {
        "## Anthropic 账号额度"
    }
    fn model_window(&self, window: &str, model: &str) -> String {
        format!("{window}（{model}）")
    }
    fn extra_usage(&self, used: &str, limit: Option<&str>) -> String {
        match limit {
            Some(limit) => format!("额外用量: {used} / {limit}"),
            None => format!("额外用量: {used}"),
        }
    }
    fn expired(&self) -> &'static str {
        "OpenCode 的 Anthropic 登录已过期。请在 OpenCode 中使用一次 Claude 模型以刷新登录，然后再次运行 /mystatus。"
    }
    fn rejected(&self, status: u16) -> String {
        format!(
            "Anthropic 拒绝了 OpenCode 的登录（{status}）。请在 OpenCode 中使用一次 Claude 模型以刷新登录，\
或运行 `opencode auth login` 重新登录（Anthropic，Claude Pro/Max）。"
        )
    }
    fn setup(&self) -> &'static str {
        "适用于 Claude Pro 或 Max：运行 `opencode auth login`，选择 Anthropic，再选择 \"Claude Pro/Max\"。\
mystatus 会读取 OpenCode 保存的登录信息，无需其他设置。"
    }
}

impl Texts for Fr {
    fn title(&self) -> &'static str {
        "## Quota du compte Anthropic"
    }
    fn model_window(&self, window: &str, model: &str) -> String {
        format!("{window} ({model})")
    }
    fn extra_usage(&self, used: &str, limit: Option<&str>) -> String {
        match limit {
            Some(limit) => format!("Utilisation supplémentaire : {used} / {limit}"),
            None => format!("Utilisation supplémentaire : {used}"),
        }
    }
    fn expired(&self) -> &'static str {
        "La connexion Anthropic d'OpenCode a expiré. Utilisez une fois un modèle Claude dans OpenCode pour la \
rafraîchir, puis relancez /mystatus."
    }
    fn rejected(&self, status: u16) -> String {
        format!(
            "Anthropic a refusé la connexion d'OpenCode ({status}). Utilisez une fois un modèle Claude dans \
OpenCode pour la rafraîchir, ou reconnectez-vous avec `opencode auth login` (Anthropic, Claude Pro/Max)."
        )
    }
    fn setup(&self) -> &'static str {
        "Pour Claude Pro ou Max : lancez `opencode auth login`, choisissez Anthropic, puis \"Claude Pro/Max\". \
mystatus lit la connexion enregistrée par OpenCode ; rien d'autre à configurer."
    }
}

pub fn texts(lang: Lang) -> &'static dyn Texts {
    match lang {
        Lang::En => &En,
        Lang::Zh => &Zh,
        Lang::Fr => &Fr,
    }
}
