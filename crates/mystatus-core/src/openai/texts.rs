//! OpenAI's own texts, in every language.

use crate::i18n::Lang;

pub trait Texts: Sync {
    fn title(&self) -> &'static str;
    fn unknown_account(&self) -> &'static str;
    fn expired(&self) -> &'static str;
    fn rejected(&self, status: u16) -> String;
    fn setup(&self) -> &'static str;
}

struct En;
struct Zh;
struct Fr;

impl Texts for En {
    fn title(&self) -> &'static str {
        "## OpenAI Account Quota"
    }
    fn unknown_account(&self) -> &'static str {
        "unknown account"
    }
    fn expired(&self) -> &'static str {
        "OpenCode's OpenAI sign-in has expired. Use an OpenAI model in OpenCode once to refresh it, then run \
/mystatus again."
    }
    fn rejected(&self, status: u16) -> String {
        format!(
            "OpenAI rejected OpenCode's sign-in ({status}). Use an OpenAI model in OpenCode once to refresh it, \
or sign in again with `opencode auth login` (OpenAI, ChatGPT Plus/Pro)."
        )
    }
    fn setup(&self) -> &'static str {
        "For ChatGPT Plus, Pro or Team (Codex limits): run `opencode auth login`, choose OpenAI, then \
\"ChatGPT Plus/Pro\". mystatus reads the sign-in OpenCode saves; nothing else to set up."
    }
}

impl Texts for Zh {
    fn title(&self) -> &'static str {
        "## OpenAI 账号额度"
    }
    fn unknown_account(&self) -> &'static str {
        "未知账号"
    }
    fn expired(&self) -> &'static str {
        "OpenCode 的 OpenAI 登录已过期。请在 OpenCode 中使用一次 OpenAI 模型以刷新登录，然后再次运行 /mystatus。"
    }
    fn rejected(&self, status: u16) -> String {
        format!(
            "OpenAI 拒绝了 OpenCode 的登录（{status}）。请在 OpenCode 中使用一次 OpenAI 模型以刷新登录，\
或运行 `opencode auth login` 重新登录（OpenAI，ChatGPT Plus/Pro）。"
        )
    }
    fn setup(&self) -> &'static str {
        "适用于 ChatGPT Plus、Pro 或 Team（Codex 限额）：运行 `opencode auth login`，选择 OpenAI，\
再选择 \"ChatGPT Plus/Pro\"。mystatus 会读取 OpenCode 保存的登录信息，无需其他设置。"
    }
}

impl Texts for Fr {
    fn title(&self) -> &'static str {
        "## Quota du compte OpenAI"
    }
    fn unknown_account(&self) -> &'static str {
        "compte inconnu"
    }
    fn expired(&self) -> &'static str {
        "La connexion OpenAI d'OpenCode a expiré. Utilisez une fois un modèle OpenAI dans OpenCode pour la \
rafraîchir, puis relancez /mystatus."
    }
    fn rejected(&self, status: u16) -> String {
        format!(
            "OpenAI a refusé la connexion d'OpenCode ({status}). Utilisez une fois un modèle OpenAI dans OpenCode \
pour la rafraîchir, ou reconnectez-vous avec `opencode auth login` (OpenAI, ChatGPT Plus/Pro)."
        )
    }
    fn setup(&self) -> &'static str {
        "Pour ChatGPT Plus, Pro ou Team (limites Codex) : lancez `opencode auth login`, choisissez OpenAI, \
puis \"ChatGPT Plus/Pro\". mystatus lit la connexion enregistrée par OpenCode ; rien d'autre à configurer."
    }
}

pub fn texts(lang: Lang) -> &'static dyn Texts {
    match lang {
        Lang::En => &En,
        Lang::Zh => &Zh,
        Lang::Fr => &Fr,
    }
}
