//! Anthropic's own texts, in every language.

use crate::i18n::{Lang, Template};

/// A template's values, named in its comment, are already formatted.
pub struct Texts {
    pub title: &'static str,
    pub model_window: Template<2>, // window ("7-day limit"), model ("Opus")
    /// Which sign-in was read, as a sheet's label and its value for Claude Code's.
    pub source_label: &'static str,
    pub source_claude_code: &'static str,
    /// Pay-as-you-go use beyond the subscription, as a meter's label.
    pub extra_usage_label: &'static str,
    pub extra_usage: Template<1>,    // used ("$1.23"), when the API gives no limit
    pub extra_usage_of: Template<2>, // used, limit
    /// OpenCode's sign-in, expired.
    pub expired: &'static str,
    pub claude_code_expired: Template<1>,        // path
    pub claude_code_unreadable: Template<2>,     // path, what is wrong
    pub claude_code_no_usage_scope: Template<1>, // path
    pub rejected: Template<1>,                   // status
    pub claude_code_rejected: Template<2>,       // status, path
    /// A 429 that may be a stale sign-in as well as a rate limit.
    pub refused: Template<2>, // url, what to do for this sign-in
    pub asks_to_wait: Template<1>,               // countdown ("4m")
    pub renew_opencode: &'static str,
    pub renew_claude_code: &'static str,
    pub setup: &'static str,
}

static EN: Texts = Texts {
    title: "## Anthropic Account Quota",
    model_window: Template::new("{0} ({1})"),
    source_label: "Sign-in:",
    source_claude_code: "Claude Code",
    extra_usage_label: "Extra usage",
    extra_usage: Template::new("Extra usage: {0}"),
    extra_usage_of: Template::new("Extra usage: {0} of {1}"),
    expired: "OpenCode's Anthropic sign-in has expired. Use a Claude model in OpenCode once to refresh it, then run \
/mystatus again.",
    claude_code_expired: Template::new(
        "Claude Code's sign-in ({0}) has expired. Run `claude` once so that Claude Code renews it (mystatus only \
reads that file), then run /mystatus again.",
    ),
    claude_code_unreadable: Template::new(
        "Claude Code's credentials file {0} cannot be used: {1}. Sign in to Claude Code again (`claude`, then /login) \
to rewrite it.",
    ),
    claude_code_no_usage_scope: Template::new(
        "Claude Code's sign-in ({0}) cannot read usage: it lacks the user:profile scope (a token made with `claude \
setup-token` is for models only). Sign in with `claude`, then /login, and run /mystatus again.",
    ),
    rejected: Template::new(
        "Anthropic rejected OpenCode's sign-in ({0}). Use a Claude model in OpenCode once to refresh it, \
or sign in again with `opencode auth login` (Anthropic, Claude Pro/Max).",
    ),
    claude_code_rejected: Template::new(
        "Anthropic rejected Claude Code's sign-in ({0}, {1}). Run `claude` and sign in again with /login, then run \
/mystatus again.",
    ),
    refused: Template::new(
        "Anthropic refused the usage request ({0}) with 429. That is its answer to too many requests, but also to a \
sign-in that is no longer valid: if it lasts, {1}",
    ),
    asks_to_wait: Template::new("Anthropic asks to wait {0}."),
    renew_opencode: "use a Claude model in OpenCode once to refresh OpenCode's sign-in, or sign in again with \
`opencode auth login` (Anthropic).",
    renew_claude_code: "run `claude` once so that Claude Code renews its sign-in, or sign in again there with /login.",
    setup: "For Claude Pro or Max: sign in to Claude Code (`claude`, then /login); mystatus reads its sign-in \
(~/.claude/.credentials.json, or the folder in $CLAUDE_CONFIG_DIR) and never changes it. A Claude sign-in in \
OpenCode (`opencode auth login`, Anthropic) is read first when there is one.",
};

static ZH: Texts = Texts {
    title: "## Anthropic 账号额度",
    model_window: Template::new("{0}（{1}）"),
    source_label: "登录来源:",
    source_claude_code: "Claude Code",
    extra_usage_label: "额外用量",
    extra_usage: Template::new("额外用量: {0}"),
    extra_usage_of: Template::new("额外用量: {0}，上限 {1}"),
    expired: "OpenCode 的 Anthropic 登录已过期。请在 OpenCode 中使用一次 Claude 模型以刷新登录，然后再次运行 /mystatus。",
    claude_code_expired: Template::new(
        "Claude Code 的登录（{0}）已过期。请运行一次 `claude` 让 Claude Code 续期（mystatus 只读取该文件），\
然后再次运行 /mystatus。",
    ),
    claude_code_unreadable: Template::new(
        "无法使用 Claude Code 的凭据文件 {0}：{1}。请重新登录 Claude Code（运行 `claude`，然后 /login）以重写该文件。",
    ),
    claude_code_no_usage_scope: Template::new(
        "Claude Code 的登录（{0}）无法读取用量：缺少 user:profile 权限（`claude setup-token` 生成的令牌只能调用模型）。\
请运行 `claude` 并 /login 登录，然后再次运行 /mystatus。",
    ),
    rejected: Template::new(
        "Anthropic 拒绝了 OpenCode 的登录（{0}）。请在 OpenCode 中使用一次 Claude 模型以刷新登录，\
或运行 `opencode auth login` 重新登录（Anthropic，Claude Pro/Max）。",
    ),
    claude_code_rejected: Template::new(
        "Anthropic 拒绝了 Claude Code 的登录（{0}，{1}）。请运行 `claude` 并用 /login 重新登录，然后再次运行 /mystatus。",
    ),
    refused: Template::new(
        "Anthropic 以 429 拒绝了用量请求（{0}）。这表示请求过多，但登录失效时它也会这样回答：如果持续出现，{1}",
    ),
    asks_to_wait: Template::new("Anthropic 要求等待 {0}。"),
    renew_opencode: "请在 OpenCode 中使用一次 Claude 模型以刷新 OpenCode 的登录，或运行 `opencode auth login` 重新登录（Anthropic）。",
    renew_claude_code: "请运行一次 `claude` 让 Claude Code 续期登录，或在其中用 /login 重新登录。",
    setup: "适用于 Claude Pro 或 Max：登录 Claude Code（运行 `claude`，然后 /login）；mystatus 读取其登录信息\
（~/.claude/.credentials.json，或 $CLAUDE_CONFIG_DIR 指定的目录），且从不修改。若 OpenCode 中有 Claude 登录\
（`opencode auth login`，Anthropic），则优先读取。",
};

static FR: Texts = Texts {
    title: "## Quota du compte Anthropic",
    model_window: Template::new("{0} ({1})"),
    source_label: "Connexion :",
    source_claude_code: "Claude Code",
    extra_usage_label: "Utilisation supplémentaire",
    extra_usage: Template::new("Utilisation supplémentaire : {0}"),
    extra_usage_of: Template::new("Utilisation supplémentaire : {0} sur {1}"),
    expired: "La connexion Anthropic d'OpenCode a expiré. Utilisez une fois un modèle Claude dans OpenCode pour la \
rafraîchir, puis relancez /mystatus.",
    claude_code_expired: Template::new(
        "La connexion de Claude Code ({0}) a expiré. Lancez `claude` une fois pour que Claude Code la renouvelle \
(mystatus ne fait que lire ce fichier), puis relancez /mystatus.",
    ),
    claude_code_unreadable: Template::new(
        "Le fichier d'identifiants de Claude Code {0} est inutilisable : {1}. Reconnectez-vous à Claude Code \
(`claude`, puis /login) pour le réécrire.",
    ),
    claude_code_no_usage_scope: Template::new(
        "La connexion de Claude Code ({0}) ne peut pas lire l'utilisation : il lui manque la portée user:profile \
(un jeton créé par `claude setup-token` ne sert qu'aux modèles). Connectez-vous avec `claude`, puis /login, et \
relancez /mystatus.",
    ),
    rejected: Template::new(
        "Anthropic a refusé la connexion d'OpenCode ({0}). Utilisez une fois un modèle Claude dans \
OpenCode pour la rafraîchir, ou reconnectez-vous avec `opencode auth login` (Anthropic, Claude Pro/Max).",
    ),
    claude_code_rejected: Template::new(
        "Anthropic a refusé la connexion de Claude Code ({0}, {1}). Lancez `claude` et reconnectez-vous avec /login, \
puis relancez /mystatus.",
    ),
    refused: Template::new(
        "Anthropic a refusé la requête d'utilisation ({0}) par un 429. C'est sa réponse aux requêtes trop \
nombreuses, mais aussi à une connexion qui n'est plus valide : si cela dure, {1}",
    ),
    asks_to_wait: Template::new("Anthropic demande d'attendre {0}."),
    renew_opencode: "utilisez une fois un modèle Claude dans OpenCode pour rafraîchir sa connexion, ou reconnectez-vous \
avec `opencode auth login` (Anthropic).",
    renew_claude_code: "lancez `claude` une fois pour que Claude Code renouvelle sa connexion, ou reconnectez-vous-y \
avec /login.",
    setup: "Pour Claude Pro ou Max : connectez-vous à Claude Code (`claude`, puis /login) ; mystatus lit sa connexion \
(~/.claude/.credentials.json, ou le dossier de $CLAUDE_CONFIG_DIR) sans jamais la modifier. Une connexion Claude \
dans OpenCode (`opencode auth login`, Anthropic) est lue d'abord quand il y en a une.",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
        Lang::Fr => &FR,
    }
}
