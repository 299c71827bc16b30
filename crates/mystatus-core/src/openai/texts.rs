//! OpenAI's own texts, in every language.

use crate::i18n::{Lang, Template};

pub struct Texts {
    pub title: &'static str,
    pub unknown_account: &'static str,
    pub expired: &'static str,
    pub rejected: Template<1>, // status
    pub setup: &'static str,
}

static EN: Texts = Texts {
    title: "## OpenAI Account Quota",
    unknown_account: "unknown account",
    expired: "OpenCode's OpenAI sign-in has expired. Use an OpenAI model in OpenCode once to refresh it, then run \
/mystatus again.",
    rejected: Template::new(
        "OpenAI rejected OpenCode's sign-in ({0}). Use an OpenAI model in OpenCode once to refresh it, \
or sign in again with `opencode auth login` (OpenAI, ChatGPT Plus/Pro).",
    ),
    setup: "For ChatGPT Plus, Pro or Team (Codex limits): run `opencode auth login`, choose OpenAI, then \
\"ChatGPT Plus/Pro\". mystatus reads the sign-in OpenCode saves; nothing else to set up.",
};

static ZH: Texts = Texts {
    title: "## OpenAI 账号额度",
    unknown_account: "未知账号",
    expired: "OpenCode 的 OpenAI 登录已过期。请在 OpenCode 中使用一次 OpenAI 模型以刷新登录，然后再次运行 /mystatus。",
    rejected: Template::new(
        "OpenAI 拒绝了 OpenCode 的登录（{0}）。请在 OpenCode 中使用一次 OpenAI 模型以刷新登录，\
或运行 `opencode auth login` 重新登录（OpenAI，ChatGPT Plus/Pro）。",
    ),
    setup: "适用于 ChatGPT Plus、Pro 或 Team（Codex 限额）：运行 `opencode auth login`，选择 OpenAI，\
再选择 \"ChatGPT Plus/Pro\"。mystatus 会读取 OpenCode 保存的登录信息，无需其他设置。",
};

static FR: Texts = Texts {
    title: "## Quota du compte OpenAI",
    unknown_account: "compte inconnu",
    expired: "La connexion OpenAI d'OpenCode a expiré. Utilisez une fois un modèle OpenAI dans OpenCode pour la \
rafraîchir, puis relancez /mystatus.",
    rejected: Template::new(
        "OpenAI a refusé la connexion d'OpenCode ({0}). Utilisez une fois un modèle OpenAI dans OpenCode \
pour la rafraîchir, ou reconnectez-vous avec `opencode auth login` (OpenAI, ChatGPT Plus/Pro).",
    ),
    setup: "Pour ChatGPT Plus, Pro ou Team (limites Codex) : lancez `opencode auth login`, choisissez OpenAI, \
puis \"ChatGPT Plus/Pro\". mystatus lit la connexion enregistrée par OpenCode ; rien d'autre à configurer.",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
        Lang::Fr => &FR,
    }
}
