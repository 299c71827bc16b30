//! Google Antigravity: the per-model quotas of the Google accounts the opencode-antigravity-auth
//! plugin signed in. Each account's refresh token is exchanged for an access token, then Cloud
//! Code lists the account's models with what remains of each one's quota. Accounts are asked at
//! once, and one account's failure never hides another's report.

pub(crate) mod accounts;
pub(crate) mod api;
mod models;
mod texts;

use accounts::Account;
use api::ModelQuota;
use models::Family;

use futures::future::join_all;

use crate::account::{Account as AccountReport, Meter, Section};
use crate::context::Context;
use crate::format::{bar, columns, countdown, percent};
use crate::host::Host;
use crate::http::{HttpError, get_parsed};
use crate::memory::{self, Expiring};
use crate::origin;

const SERVICE: &str = "Google";
/// Space between the columns of a model line.
const GAP: &str = "  ";

struct Origins {
    oauth: String,
    cloudcode: String,
}

/// Why one account could not be read.
enum AccountError {
    NoRefreshToken,
    NoProject,
    Refresh(HttpError),
    Models { project: String, error: HttpError },
}

/// A model in the report: its family, its display name, its quota.
type Row<'a> = (Family, String, &'a ModelQuota);

/// The models in the report's order (family, then name), each with its name.
fn rows(models: &[ModelQuota]) -> Vec<Row<'_>> {
    let mut rows: Vec<Row<'_>> = models
        .iter()
        .map(|model| {
            let name = models::name(&model.key, model.display_name.as_deref());
            (models::family(&model.key, &name), name, model)
        })
        .collect();
    rows.sort_by(|a, b| (a.0, &a.1, &a.2.key).cmp(&(b.0, &b.1, &b.2.key)));
    rows
}

/// A model's meter: the share of its quota used, in percent.
fn meter(name: String, model: &ModelQuota) -> Meter {
    let remaining = model.remaining * 100.0;
    Meter {
        remaining_percent: Some(remaining),
        exhausted: model.remaining <= 0.0,
        ..Meter::window(name, 100.0 - remaining, model.reset_ms)
    }
}

/// One line per model with a quota, grouped by family with a blank line between groups, in a
/// stable order (family, then name), the columns aligned.
fn model_text(cx: &Context<'_>, rows: &[Row<'_>], now_ms: i64) -> String {
    let width = rows.iter().map(|(_, name, _)| columns(name)).max().unwrap_or(0);
    let mut text = String::new();
    let mut previous = None;
    for (family, name, model) in rows {
        if let Some(previous) = previous {
            text.push('\n');
            if previous != *family {
                text.push('\n');
            }
        }
        previous = Some(*family);
        let remaining = model.remaining * 100.0;
        let padding = " ".repeat(width.saturating_sub(columns(name)));
        text += &format!("{name}{padding}{GAP}{} {:>3}%", bar(remaining), percent(remaining));
        match model.reset_ms {
            // A reset time just passed: the quota is refilled at the next request.
            Some(reset_ms) if reset_ms <= now_ms => {
                text.push_str(GAP);
                text.push_str(cx.messages().resets_soon);
            }
            Some(reset_ms) => {
                text.push_str(GAP);
                text.push_str(&cx.messages().resets_in.fill([&countdown(cx.messages(), now_ms, reset_ms)]));
            }
            None => {}
        }
        if model.remaining <= 0.0 {
            text.push_str(GAP);
            text.push_str(cx.messages().limit_reached);
        }
    }
    text
}

fn render_models(cx: &Context<'_>, rows: &[Row<'_>], now_ms: i64) -> String {
    if rows.is_empty() { cx.messages().no_quota_data.fill([SERVICE]) } else { model_text(cx, rows, now_ms) }
}

fn error_text(cx: &Context<'_>, path: &str, error: &AccountError) -> String {
    let texts = texts::texts(cx.lang);
    match error {
        AccountError::NoRefreshToken => texts.no_refresh_token.fill([path]),
        AccountError::NoProject => texts.no_project.fill([path]),
        AccountError::Refresh(error) => match error.status() {
            // Google answers `invalid_grant` (400) for an expired or revoked refresh token.
            Some(status @ (400 | 401)) => error.with_api_said(
                cx.messages(),
                cx.secrets,
                SERVICE,
                texts.refresh_rejected.fill([&status.to_string()]),
            ),
            _ => error.message(cx.messages(), cx.secrets, SERVICE),
        },
        AccountError::Models { project, error } => match error.status() {
            Some(401) => error.with_api_said(cx.messages(), cx.secrets, SERVICE, texts.access_rejected.fill(["401"])),
            Some(403) => {
                error.with_api_said(cx.messages(), cx.secrets, SERVICE, texts.project_forbidden.fill([project]))
            }
            _ => error.message(cx.messages(), cx.secrets, SERVICE),
        },
    }
}

async fn query_account(
    host: &impl Host,
    cx: &Context<'_>,
    origins: &Origins,
    account: &Account,
) -> Result<Vec<ModelQuota>, AccountError> {
    let refresh_token = account.refresh_token.as_deref().ok_or(AccountError::NoRefreshToken)?;
    let project = account.project.as_deref().ok_or(AccountError::NoProject)?;
    // An access token from an earlier report in this process spares the refresh, while it lives.
    let key = memory::key(MEMORY, refresh_token);
    let recalled: Option<Expiring> = memory::recall(host, &key);
    if let Some(token) = recalled.as_ref().and_then(|known| known.usable(cx.now_ms)) {
        cx.secrets.add(token);
        let request = api::models_request(&origins.cloudcode, token, project);
        match get_parsed(host, request, api::parse_models).await {
            Err(error) if matches!(error.status(), Some(401)) => memory::forget(host, &key),
            answer => return answer.map_err(|error| AccountError::Models { project: project.to_owned(), error }),
        }
    }
    let request = api::token_request(&origins.oauth, refresh_token);
    let access = get_parsed(host, request, api::parse_token).await.map_err(AccountError::Refresh)?;
    cx.secrets.add(&access.token);
    if let Some(seconds) = access.expires_in_s {
        let known = Expiring { token: access.token.clone(), expires_ms: cx.now_ms + (seconds * 1000.0) as i64 };
        memory::remember(host, &key, &known);
    }
    let request = api::models_request(&origins.cloudcode, &access.token, project);
    get_parsed(host, request, api::parse_models)
        .await
        .map_err(|error| AccountError::Models { project: project.to_owned(), error })
}

/// Where this process's memory keeps an account's access token.
const MEMORY: &str = "antigravity-access";

fn resolve_origins(host: &impl Host, cx: &Context<'_>) -> Result<Origins, String> {
    let resolve = |var: &str, default: &str| origin::resolve_or_explain(host, cx.messages(), var, default);
    Ok(Origins {
        oauth: resolve(api::OAUTH_VAR, api::DEFAULT_OAUTH)?,
        cloudcode: resolve(api::CLOUDCODE_VAR, api::DEFAULT_CLOUDCODE)?,
    })
}

/// The Antigravity section; `None` without an accounts file.
pub async fn section(host: &impl Host, cx: &Context<'_>) -> Option<Result<Section, String>> {
    let (path, accounts) = accounts::load(host).await?;
    let texts = texts::texts(cx.lang);
    let accounts = match accounts {
        Ok(accounts) => accounts,
        Err(problem) => return Some(Err(texts.file_invalid.fill([&path, &problem.text(cx.messages())]))),
    };
    // Every token is known before any request, so an answer echoing another account's is masked.
    cx.secrets.add(api::CLIENT_SECRET);
    accounts.iter().for_each(|account| account.register_secrets(cx.secrets));
    if accounts.is_empty() {
        let markdown = format!("{}\n\n{}", texts.title, texts.no_accounts.fill([&path]));
        return Some(Ok(Section { markdown, accounts: Vec::new() }));
    }
    let origins = match resolve_origins(host, cx) {
        Ok(origins) => origins,
        Err(message) => return Some(Err(message)),
    };
    let results = join_all(accounts.iter().map(|account| query_account(host, cx, &origins, account))).await;
    let blocks = render_accounts(cx, &path, &accounts, &results, host.now_ms());
    if !results.iter().any(Result::is_ok) {
        return Some(Err(blocks.markdown));
    }
    Some(Ok(Section { markdown: format!("{}\n\n{}", texts.title, blocks.markdown), ..blocks }))
}

/// One block per account, headed by its email, and each account's meters or error.
fn render_accounts(
    cx: &Context<'_>,
    path: &str,
    accounts: &[Account],
    results: &[Result<Vec<ModelQuota>, AccountError>],
    now_ms: i64,
) -> Section {
    let mut blocks = Vec::new();
    let mut reports = Vec::new();
    for (index, (account, result)) in accounts.iter().zip(results).enumerate() {
        let heading = match &account.email {
            Some(email) => email.clone(),
            None => texts::texts(cx.lang).unnamed_account.fill([&(index + 1).to_string()]),
        };
        let (body, report) = match result {
            Ok(models) => {
                let rows = rows(models);
                let text = render_models(cx, &rows, now_ms);
                let meters = rows.into_iter().map(|(_, name, model)| meter(name, model)).collect();
                (text, AccountReport { meters, ..AccountReport::default() })
            }
            Err(error) => {
                let text = error_text(cx, path, error);
                (text.clone(), AccountReport { error: Some(text), ..AccountReport::default() })
            }
        };
        blocks.push(format!("### {heading}\n\n{body}"));
        reports.push(AccountReport { name: account.email.clone(), ..report });
    }
    Section { markdown: blocks.join("\n\n"), accounts: reports }
}

/// How to set Antigravity up: the plugin writes the accounts file mystatus reads.
pub fn setup(host: &impl Host, cx: &Context<'_>) -> String {
    texts::texts(cx.lang).setup.fill([&accounts::suggestion(host)])
}
