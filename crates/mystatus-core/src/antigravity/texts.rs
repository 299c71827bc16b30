//! Google Antigravity's own texts, in every language.

use crate::i18n::{Lang, Template};

/// A template's values, named in its comment, are already formatted.
pub struct Texts {
    pub title: &'static str,
    /// The heading of an account stored without an email.
    pub unnamed_account: Template<1>, // number, from 1
    pub no_accounts: Template<1>,  // path
    pub all_disabled: Template<1>, // path
    /// A summary bucket's meter: its group and its window ("Gemini Models: 5-hour limit").
    pub bucket: Template<2>, // group, window
    /// Every model full: Google's placeholder for an account whose quota it does not report.
    pub quota_not_reported: &'static str,
    pub file_invalid: Template<2>,      // path, problem
    pub no_refresh_token: Template<1>,  // path
    pub no_project: Template<1>,        // path
    pub refresh_rejected: Template<1>,  // status
    pub access_rejected: Template<1>,   // status
    pub project_forbidden: Template<1>, // project
    pub setup: Template<1>,             // path
}

static EN: Texts = Texts {
    title: "## Google Antigravity Account Quota",
    unnamed_account: Template::new("Account {0}"),
    no_accounts: Template::new(
        "No accounts in {0}. Sign in with the Antigravity plugin (`opencode auth login`, then Google) to \
add one.",
    ),
    all_disabled: Template::new(
        "Every account in {0} is switched off (\"enabled\": false). Switch one on in the Antigravity plugin \
(`opencode auth login`, then Google), or sign in with another account.",
    ),
    bucket: Template::new("{0}: {1}"),
    quota_not_reported: "Google does not report this account's quota: it lists every model as fully available, which \
only proves access. Sign in to Antigravity (the app or the `agy` CLI) with this account, then run /mystatus again.",
    file_invalid: Template::new("The Antigravity accounts file {0} is invalid: {1}."),
    no_refresh_token: Template::new(
        "This account has no refresh token in {0}. Sign in again with the Antigravity plugin: \
`opencode auth login`, then Google.",
    ),
    no_project: Template::new(
        "This account has no project ID (\"projectId\" or \"managedProjectId\") in {0}. Sign in again with \
the Antigravity plugin (`opencode auth login`, then Google) so that it sets the project up.",
    ),
    refresh_rejected: Template::new(
        "Google refused to renew this account's sign-in ({0}): it has expired or been revoked. Sign in \
again with the Antigravity plugin: `opencode auth login`, then Google.",
    ),
    access_rejected: Template::new(
        "Google rejected this account's access token ({0}). Sign in again with the Antigravity plugin: \
`opencode auth login`, then Google.",
    ),
    project_forbidden: Template::new(
        "Google refused to show the quota of project {0} to this account (403): the account may not \
have access to it. Sign in again with the Antigravity plugin (`opencode auth login`, then Google) so that it \
sets the project up again.",
    ),
    setup: Template::new(
        "Install the opencode-antigravity-auth plugin (add \"opencode-antigravity-auth\" to the \"plugin\" \
list of opencode.json), then run `opencode auth login`, choose Google and sign in with your Google account. \
The plugin saves your accounts in {0}; mystatus reads them from there, nothing else to set up.",
    ),
};

static ZH: Texts = Texts {
    title: "## Google Antigravity 账号额度",
    unnamed_account: Template::new("账号 {0}"),
    no_accounts: Template::new(
        "{0} 中没有账号。请通过 Antigravity 插件登录（`opencode auth login`，然后选择 Google）以添加账号。",
    ),
    all_disabled: Template::new(
        "{0} 中的所有账号都已停用（\"enabled\": false）。请在 Antigravity 插件中启用一个账号\
（`opencode auth login`，然后选择 Google），或用其他账号登录。",
    ),
    bucket: Template::new("{0}：{1}"),
    quota_not_reported: "Google 未报告此账号的额度：它将所有模型列为完全可用，这只说明账号有访问权限。\
请用此账号登录 Antigravity（应用或 `agy` 命令行），然后再次运行 /mystatus。",
    file_invalid: Template::new("Antigravity 账号文件 {0} 无效：{1}。"),
    no_refresh_token: Template::new(
        "{0} 中此账号没有刷新令牌（refresh token）。请通过 Antigravity 插件重新登录：\
运行 `opencode auth login`，然后选择 Google。",
    ),
    no_project: Template::new(
        "{0} 中此账号没有项目 ID（\"projectId\" 或 \"managedProjectId\"）。请通过 Antigravity 插件重新登录\
（`opencode auth login`，然后选择 Google），以便插件设置项目。",
    ),
    refresh_rejected: Template::new(
        "Google 拒绝续期此账号的登录（{0}）：登录已过期或已被撤销。请通过 Antigravity 插件重新登录：\
运行 `opencode auth login`，然后选择 Google。",
    ),
    access_rejected: Template::new(
        "Google 拒绝了此账号的访问令牌（{0}）。请通过 Antigravity 插件重新登录：\
运行 `opencode auth login`，然后选择 Google。",
    ),
    project_forbidden: Template::new(
        "Google 拒绝向此账号显示项目 {0} 的额度（403）：该账号可能无权访问此项目。\
请通过 Antigravity 插件重新登录（`opencode auth login`，然后选择 Google），以便插件重新设置项目。",
    ),
    setup: Template::new(
        "安装 opencode-antigravity-auth 插件（在 opencode.json 的 \"plugin\" 列表中添加 \
\"opencode-antigravity-auth\"），然后运行 `opencode auth login`，选择 Google 并用你的 Google 账号登录。\
插件会将账号保存在 {0} 中；mystatus 从那里读取，无需其他设置。",
    ),
};

static FR: Texts = Texts {
    title: "## Quota du compte Google Antigravity",
    unnamed_account: Template::new("Compte {0}"),
    no_accounts: Template::new(
        "Aucun compte dans {0}. Connectez-vous avec le plugin Antigravity (`opencode auth login`, puis \
Google) pour en ajouter un.",
    ),
    all_disabled: Template::new(
        "Tous les comptes de {0} sont désactivés (\"enabled\": false). Réactivez-en un dans le plugin \
Antigravity (`opencode auth login`, puis Google), ou connectez-vous avec un autre compte.",
    ),
    bucket: Template::new("{0} : {1}"),
    quota_not_reported: "Google ne communique pas le quota de ce compte : il indique chaque modèle comme \
entièrement disponible, ce qui prouve seulement l'accès. Connectez-vous à Antigravity (l'application ou la CLI \
`agy`) avec ce compte, puis relancez /mystatus.",
    file_invalid: Template::new("Le fichier de comptes Antigravity {0} n'est pas valide : {1}."),
    no_refresh_token: Template::new(
        "Ce compte n'a pas de jeton de rafraîchissement dans {0}. Reconnectez-vous avec le plugin \
Antigravity : `opencode auth login`, puis Google.",
    ),
    no_project: Template::new(
        "Ce compte n'a pas d'identifiant de projet (\"projectId\" ou \"managedProjectId\") dans {0}. \
Reconnectez-vous avec le plugin Antigravity (`opencode auth login`, puis Google) pour qu'il configure le projet.",
    ),
    refresh_rejected: Template::new(
        "Google a refusé de renouveler la connexion de ce compte ({0}) : elle a expiré ou a été révoquée. \
Reconnectez-vous avec le plugin Antigravity : `opencode auth login`, puis Google.",
    ),
    access_rejected: Template::new(
        "Google a rejeté le jeton d'accès de ce compte ({0}). Reconnectez-vous avec le plugin \
Antigravity : `opencode auth login`, puis Google.",
    ),
    project_forbidden: Template::new(
        "Google a refusé de montrer à ce compte le quota du projet {0} (403) : le compte n'y a \
peut-être pas accès. Reconnectez-vous avec le plugin Antigravity (`opencode auth login`, puis Google) pour qu'il \
configure à nouveau le projet.",
    ),
    setup: Template::new(
        "Installez le plugin opencode-antigravity-auth (ajoutez \"opencode-antigravity-auth\" à la liste \
\"plugin\" d'opencode.json), puis lancez `opencode auth login`, choisissez Google et connectez-vous avec votre \
compte Google. Le plugin enregistre vos comptes dans {0} ; mystatus les lit à cet endroit, rien d'autre à \
configurer.",
    ),
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
        Lang::Fr => &FR,
    }
}
