//! OpenCode Go's own texts, in every language.

use crate::i18n::{Lang, Template};

/// A template's values, named in its comment, are already formatted.
pub struct Texts {
    pub title: &'static str,
    /// A window used beyond its allowance: the bar stops at empty, this says how far.
    pub over_limit: Template<1>, // percent used ("120")
    /// A window OpenCode Go marks as refusing requests, by the status it gives.
    pub refused: Template<1>, // status ("rate-limited")
    pub rejected: Template<1>, // HTTP status
    pub no_subscription: &'static str,
    pub setup: &'static str,
}

static EN: Texts = Texts {
    title: "## OpenCode Go Account Quota",
    over_limit: Template::new("Over the limit: {0}% used"),
    refused: Template::new("OpenCode Go refuses requests on this window until it resets (\"{0}\")."),
    rejected: Template::new(
        "OpenCode Go rejected the API key ({0}). Enter it again with `opencode auth login` (choose \"OpenCode Go\"), \
then run /mystatus again.",
    ),
    no_subscription: "OpenCode Go says this API key's account has no OpenCode Go subscription (403). Subscribe at \
https://opencode.ai, or enter the key of the account that has it with `opencode auth login` (choose \"OpenCode Go\"), \
then run /mystatus again.",
    setup: "For OpenCode Go: run `opencode auth login`, choose \"OpenCode Go\" and paste your API key from \
https://opencode.ai. mystatus reads the key OpenCode saves; nothing else to set up.",
};

static ZH: Texts = Texts {
    title: "## OpenCode Go 账号额度",
    over_limit: Template::new("已超出限额：已用 {0}%"),
    refused: Template::new("OpenCode Go 在此窗口重置前拒绝请求（\"{0}\"）。"),
    rejected: Template::new(
        "OpenCode Go 拒绝了该 API 密钥（{0}）。请运行 `opencode auth login`（选择 \"OpenCode Go\"）重新输入密钥，\
然后再次运行 /mystatus。",
    ),
    no_subscription: "OpenCode Go 表示该 API 密钥所属的账号没有 OpenCode Go 订阅（403）。请在 https://opencode.ai \
订阅，或运行 `opencode auth login`（选择 \"OpenCode Go\"）输入已订阅账号的密钥，然后再次运行 /mystatus。",
    setup: "适用于 OpenCode Go：运行 `opencode auth login`，选择 \"OpenCode Go\" 并粘贴你在 https://opencode.ai \
获取的 API 密钥。mystatus 会读取 OpenCode 保存的密钥，无需其他设置。",
};

static FR: Texts = Texts {
    title: "## Quota du compte OpenCode Go",
    over_limit: Template::new("Limite dépassée : {0}% utilisés"),
    refused: Template::new("OpenCode Go refuse les requêtes sur cette fenêtre jusqu'à sa réinitialisation (\"{0}\")."),
    rejected: Template::new(
        "OpenCode Go a refusé la clé API ({0}). Saisissez-la de nouveau avec `opencode auth login` (choisissez \
\"OpenCode Go\"), puis relancez /mystatus.",
    ),
    no_subscription: "OpenCode Go indique que le compte de cette clé API n'a pas d'abonnement OpenCode Go (403). \
Abonnez-vous sur https://opencode.ai, ou saisissez la clé du compte abonné avec `opencode auth login` (choisissez \
\"OpenCode Go\"), puis relancez /mystatus.",
    setup: "Pour OpenCode Go : lancez `opencode auth login`, choisissez \"OpenCode Go\" et collez votre clé API \
obtenue sur https://opencode.ai. mystatus lit la clé enregistrée par OpenCode ; rien d'autre à configurer.",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
        Lang::Fr => &FR,
    }
}
