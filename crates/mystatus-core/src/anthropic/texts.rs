//! Anthropic's own texts, in every language.

use crate::i18n::{Lang, Template};

/// A template's values, named in its comment, are already formatted.
pub struct Texts {
    pub title: &'static str,
    pub model_window: Template<2>, // window ("7-day limit"), model ("Opus")
    /// Pay-as-you-go use beyond the subscription, as a meter's label.
    pub extra_usage_label: &'static str,
    pub extra_usage: Template<1>,    // used ("$1.23"), when the API gives no limit
    pub extra_usage_of: Template<2>, // used, limit
    pub expired: &'static str,
    pub rejected: Template<1>, // status
    pub setup: &'static str,
}

static EN: Texts = Texts {
    title: "## Anthropic Account Quota",
    model_window: Template::new("{0} ({1})"),
    extra_usage_label: "Extra usage",
    extra_usage: Template::new("Extra usage: {0}"),
    extra_usage_of: Template::new("Extra usage: {0} / {1}"),
    expired: "OpenCode's Anthropic sign-in has expired. Use a Claude model in OpenCode once to refresh it, then run \
/mystatus again.",
    rejected: Template::new(
        "Anthropic rejected OpenCode's sign-in ({0}). Use a Claude model in OpenCode once to refresh it, \
or sign in again with `opencode auth login` (Anthropic, Claude Pro/Max).",
    ),
    setup: "For Claude Pro or Max: run `opencode auth login`, choose Anthropic, then \"Claude Pro/Max\". mystatus \
reads the sign-in OpenCode saves; nothing else to set up.",
};

static ZH: Texts = Texts {
    title: "## Anthropic 账号额度",
    model_window: Template::new("{0}（{1}）"),
    extra_usage_label: "额外用量",
    extra_usage: Template::new("额外用量: {0}"),
    extra_usage_of: Template::new("额外用量: {0} / {1}"),
    expired: "OpenCode 的 Anthropic 登录已过期。请在 OpenCode 中使用一次 Claude 模型以刷新登录，然后再次运行 /mystatus。",
    rejected: Template::new(
        "Anthropic 拒绝了 OpenCode 的登录（{0}）。请在 OpenCode 中使用一次 Claude 模型以刷新登录，\
或运行 `opencode auth login` 重新登录（Anthropic，Claude Pro/Max）。",
    ),
    setup: "适用于 Claude Pro 或 Max：运行 `opencode auth login`，选择 Anthropic，再选择 \"Claude Pro/Max\"。\
mystatus 会读取 OpenCode 保存的登录信息，无需其他设置。",
};

static FR: Texts = Texts {
    title: "## Quota du compte Anthropic",
    model_window: Template::new("{0} ({1})"),
    extra_usage_label: "Utilisation supplémentaire",
    extra_usage: Template::new("Utilisation supplémentaire : {0}"),
    extra_usage_of: Template::new("Utilisation supplémentaire : {0} / {1}"),
    expired: "La connexion Anthropic d'OpenCode a expiré. Utilisez une fois un modèle Claude dans OpenCode pour la \
rafraîchir, puis relancez /mystatus.",
    rejected: Template::new(
        "Anthropic a refusé la connexion d'OpenCode ({0}). Utilisez une fois un modèle Claude dans \
OpenCode pour la rafraîchir, ou reconnectez-vous avec `opencode auth login` (Anthropic, Claude Pro/Max).",
    ),
    setup: "Pour Claude Pro ou Max : lancez `opencode auth login`, choisissez Anthropic, puis \"Claude Pro/Max\". \
mystatus lit la connexion enregistrée par OpenCode ; rien d'autre à configurer.",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
        Lang::Fr => &FR,
    }
}
