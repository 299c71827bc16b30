//! Google Antigravity's own texts, in every language.

use crate::i18n::Lang;

pub trait Texts: Sync {
    fn title(&self) -> &'static str;
    /// The heading of an account stored without an email; `number` counts from 1.
    fn unnamed_account(&self, number: usize) -> String;
    fn no_accounts(&self, path: &str) -> String;
    fn file_invalid(&self, path: &str, problem: &str) -> String;
    fn problem_not_a_list(&self, field: &str) -> String;
    fn problem_entry_not_an_object(&self, entry: &str) -> String;
    fn no_refresh_token(&self, path: &str) -> String;
    fn no_project(&self, path: &str) -> String;
    fn refresh_rejected(&self, status: u16) -> String;
    fn access_rejected(&self, status: u16) -> String;
    fn project_forbidden(&self, project: &str) -> String;
    fn setup(&self, path: &str) -> String;
}

struct En;
struct Zh;
struct Fr;

impl Texts for En {
    fn title(&self) -> &'static str {
        "## Google Antigravity Account Quota"
    }
    fn unnamed_account(&self, number: usize) -> String {
        format!("Account {number}")
    }
    fn no_accounts(&self, path: &str) -> String {
        format!(
            "No accounts in {path}. Sign in with the Antigravity plugin (`opencode auth login`, then Google) to \
add one."
        )
    }
    fn file_invalid(&self, path: &str, problem: &str) -> String {
        format!("The Antigravity accounts file {path} is invalid: {problem}.")
    }
    fn problem_not_a_list(&self, field: &str) -> String {
        format!("the \"{field}\" field must be a list")
    }
    fn problem_entry_not_an_object(&self, entry: &str) -> String {
        format!("{entry} must be a JSON object")
    }
    fn no_refresh_token(&self, path: &str) -> String {
        format!(
            "This account has no refresh token in {path}. Sign in again with the Antigravity plugin: \
`opencode auth login`, then Google."
        )
    }
    fn no_project(&self, path: &str) -> String {
        format!(
            "This account has no project ID (\"projectId\" or \"managedProjectId\") in {path}. Sign in again with \
the Antigravity plugin (`opencode auth login`, then Google) so that it sets the project up."
        )
    }
    fn refresh_rejected(&self, status: u16) -> String {
        format!(
            "Google refused to renew this account's sign-in ({status}): it has expired or been revoked. Sign in \
again with the Antigravity plugin: `opencode auth login`, then Google."
        )
    }
    fn access_rejected(&self, status: u16) -> String {
        format!(
            "Google rejected this account's access token ({status}). Sign in again with the Antigravity plugin: \
`opencode auth login`, then Google."
        )
    }
    fn project_forbidden(&self, project: &str) -> String {
        format!(
            "Google refused to show the quota of project {project} to this account (403): the account may not \
have access to it. Sign in again with the Antigravity plugin (`opencode auth login`, then Google) so that it \
sets the project up again."
        )
    }
    fn setup(&self, path: &str) -> String {
        format!(
            "Install the opencode-antigravity-auth plugin (add \"opencode-antigravity-auth\" to the \"plugin\" \
list of opencode.json), then run `opencode auth login`, choose Google and sign in with your Google account. \
The plugin saves your accounts in {path}; mystatus reads them from there, nothing else to set up."
        )
    }
}

impl Texts for Zh {
    fn title(&self) -> &'static str {
        "## Google Antigravity 账号额度"
    }
    fn unnamed_account(&self, number: usize) -> String {
        format!("账号 {number}")
    }
    fn no_accounts(&self, path: &str) -> String {
        format!("{path} 中没有账号。请通过 Antigravity 插件登录（`opencode auth login`，然后选择 Google）以添加账号。")
    }
    fn file_invalid(&self, path: &str, problem: &str) -> String {
        format!("Antigravity 账号文件 {path} 无效：{problem}。")
    }
    fn problem_not_a_list(&self, field: &str) -> String {
        format!("\"{field}\" 字段必须是列表")
    }
    fn problem_entry_not_an_object(&self, entry: &str) -> String {
        format!("{entry} 必须是 JSON 对象")
    }
    fn no_refresh_token(&self, path: &str) -> String {
        format!(
            "{path} 中此账号没有刷新令牌（refresh token）。请通过 Antigravity 插件重新登录：\
运行 `opencode auth login`，然后选择 Google。"
        )
    }
    fn no_project(&self, path: &str) -> String {
        format!(
            "{path} 中此账号没有项目 ID（\"projectId\" 或 \"managedProjectId\"）。请通过 Antigravity 插件重新登录\
（`opencode auth login`，然后选择 Google），以便插件设置项目。"
        )
    }
    fn refresh_rejected(&self, status: u16) -> String {
        format!(
            "Google 拒绝续期此账号的登录（{status}）：登录已过期或已被撤销。请通过 Antigravity 插件重新登录：\
运行 `opencode auth login`，然后选择 Google。"
        )
    }
    fn access_rejected(&self, status: u16) -> String {
        format!(
            "Google 拒绝了此账号的访问令牌（{status}）。请通过 Antigravity 插件重新登录：\
运行 `opencode auth login`，然后选择 Google。"
        )
    }
    fn project_forbidden(&self, project: &str) -> String {
        format!(
            "Google 拒绝向此账号显示项目 {project} 的额度（403）：该账号可能无权访问此项目。\
请通过 Antigravity 插件重新登录（`opencode auth login`，然后选择 Google），以便插件重新设置项目。"
        )
    }
    fn setup(&self, path: &str) -> String {
        format!(
            "安装 opencode-antigravity-auth 插件（在 opencode.json 的 \"plugin\" 列表中添加 \
\"opencode-antigravity-auth\"），然后运行 `opencode auth login`，选择 Google 并用你的 Google 账号登录。\
插件会将账号保存在 {path} 中；mystatus 从那里读取，无需其他设置。"
        )
    }
}

impl Texts for Fr {
    fn title(&self) -> &'static str {
        "## Quota du compte Google Antigravity"
    }
    fn unnamed_account(&self, number: usize) -> String {
        format!("Compte {number}")
    }
    fn no_accounts(&self, path: &str) -> String {
        format!(
            "Aucun compte dans {path}. Connectez-vous avec le plugin Antigravity (`opencode auth login`, puis \
Google) pour en ajouter un."
        )
    }
    fn file_invalid(&self, path: &str, problem: &str) -> String {
        format!("Le fichier de comptes Antigravity {path} n'est pas valide : {problem}.")
    }
    fn problem_not_a_list(&self, field: &str) -> String {
        format!("le champ \"{field}\" doit être une liste")
    }
    fn problem_entry_not_an_object(&self, entry: &str) -> String {
        format!("{entry} doit être un objet JSON")
    }
    fn no_refresh_token(&self, path: &str) -> String {
        format!(
            "Ce compte n'a pas de jeton de rafraîchissement dans {path}. Reconnectez-vous avec le plugin \
Antigravity : `opencode auth login`, puis Google."
        )
    }
    fn no_project(&self, path: &str) -> String {
        format!(
            "Ce compte n'a pas d'identifiant de projet (\"projectId\" ou \"managedProjectId\") dans {path}. \
Reconnectez-vous avec le plugin Antigravity (`opencode auth login`, puis Google) pour qu'il configure le projet."
        )
    }
    fn refresh_rejected(&self, status: u16) -> String {
        format!(
            "Google a refusé de renouveler la connexion de ce compte ({status}) : elle a expiré ou a été révoquée. \
Reconnectez-vous avec le plugin Antigravity : `opencode auth login`, puis Google."
        )
    }
    fn access_rejected(&self, status: u16) -> String {
        format!(
            "Google a rejeté le jeton d'accès de ce compte ({status}). Reconnectez-vous avec le plugin \
Antigravity : `opencode auth login`, puis Google."
        )
    }
    fn project_forbidden(&self, project: &str) -> String {
        format!(
            "Google a refusé de montrer à ce compte le quota du projet {project} (403) : le compte n'y a \
peut-être pas accès. Reconnectez-vous avec le plugin Antigravity (`opencode auth login`, puis Google) pour qu'il \
configure à nouveau le projet."
        )
    }
    fn setup(&self, path: &str) -> String {
        format!(
            "Installez le plugin opencode-antigravity-auth (ajoutez \"opencode-antigravity-auth\" à la liste \
\"plugin\" d'opencode.json), puis lancez `opencode auth login`, choisissez Google et connectez-vous avec votre \
compte Google. Le plugin enregistre vos comptes dans {path} ; mystatus les lit à cet endroit, rien d'autre à \
configurer."
        )
    }
}

pub fn texts(lang: Lang) -> &'static dyn Texts {
    match lang {
        Lang::En => &En,
        Lang::Zh => &Zh,
        Lang::Fr => &Fr,
    }
}
