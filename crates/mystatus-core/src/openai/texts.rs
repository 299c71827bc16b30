//! OpenAI's own texts, in every language.

use crate::i18n::{Lang, Template};

pub struct Texts {
    pub title: &'static str,
    pub unknown_account: &'static str,
    /// A limit's window after the limit's name ("GPT-5.3-Codex-Spark: 5-hour limit").
    pub titled: Template<2>, // limit, window
    /// The title of an additional limit the API does not name.
    pub additional_limit: &'static str,
    pub code_review: &'static str,
    pub credits: &'static str,
    /// A used-up window, in place of its reset line.
    pub reached_resets_in: Template<1>, // when
    pub reached_resets_soon: &'static str,
    pub reached: &'static str,
    pub expired: &'static str,
    pub rejected: Template<1>, // status
    pub setup: &'static str,
}

static EN: Texts = Texts {
    title: "## OpenAI Account Quota",
    unknown_account: "unknown account",
    titled: Template::new("{0}: {1}"),
    additional_limit: "Additional limit",
    code_review: "Code review",
    credits: "Credits",
    reached_resets_in: Template::new("Limit reached, resets in {0}"),
    reached_resets_soon: "Limit reached, resets soon",
    reached: "Limit reached",
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
    titled: Template::new("{0}：{1}"),
    additional_limit: "附加限额",
    code_review: "代码审查",
    credits: "额度",
    reached_resets_in: Template::new("已达到限额，{0}后重置"),
    reached_resets_soon: "已达到限额，即将重置",
    reached: "已达到限额",
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
    titled: Template::new("{0} : {1}"),
    additional_limit: "Limite supplémentaire",
    code_review: "Revue de code",
    credits: "Crédits",
    reached_resets_in: Template::new("Limite atteinte, réinitialisation dans {0}"),
    reached_resets_soon: "Limite atteinte, réinitialisation imminente",
    reached: "Limite atteinte",
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
