//! Google Antigravity: the quotas of the Google accounts the opencode-antigravity-auth plugin
//! signed in. Each account's refresh token is exchanged for an access token; then Cloud Code's
//! quota summary gives a 5-hour and a weekly bucket per model group, and when it is refused or
//! says nothing usable, the model list gives each model's share left. Accounts are asked at once,
//! and one account's failure never hides another's report.

pub(crate) mod accounts;
pub(crate) mod api;
mod models;
pub(crate) mod summary;
mod texts;

use accounts::Account;
use api::ModelQuota;
use models::Family;
use summary::Bucket;

use futures::future::join_all;

use crate::account::{Account as AccountReport, Meter, Section};
use crate::context::Context;
use crate::format::{bar, columns, countdown, percent, window_label};
use crate::host::Host;
use crate::http::{HttpError, get_parsed};
use crate::memory::{self, Expiring};
use crate::origin;

const SERVICE: &str = "Google";
/// Space between the columns of a quota line.
const GAP: &str = "  ";

struct Origins {
    oauth: String,
    summary: String,
    models: String,
}

/// Why one account could not be read.
enum AccountError {
    NoRefreshToken,
    NoProject,
    Refresh(HttpError),
    Models { project: String, error: HttpError },
}

/// What Google said of an account's quota.
enum Quotas {
    /// The summary's buckets; never empty.
    Summary(Vec<Bucket>),
    Models(Vec<ModelQuota>),
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

/// A quota's meter: the share of it used, in percent, from the share left (0 to 1).
fn meter(label: String, remaining: f64, reset_ms: Option<i64>) -> Meter {
    let remaining_percent = remaining * 100.0;
    Meter {
        remaining_percent: Some(remaining_percent),
        exhausted: remaining <= 0.0,
        ..Meter::window(label, 100.0 - remaining_percent, reset_ms)
    }
}

/// `label`, padded to `width`, what remains, when it resets, and whether it is used up.
fn quota_line(
    cx: &Context<'_>,
    label: &str,
    width: usize,
    remaining: f64,
    reset_ms: Option<i64>,
    now_ms: i64,
) -> String {
    let remaining_percent = remaining * 100.0;
    let padding = " ".repeat(width.saturating_sub(columns(label)));
    let mut line = format!("{label}{padding}{GAP}{} {:>3}%", bar(remaining_percent), percent(remaining_percent));
    match reset_ms {
        // A reset time just passed: the quota is refilled at the next request.
        Some(reset_ms) if reset_ms <= now_ms => {
            line.push_str(GAP);
            line.push_str(cx.messages().resets_soon);
        }
        Some(reset_ms) => {
            line.push_str(GAP);
            line.push_str(&cx.messages().resets_in.fill([&countdown(cx.messages(), now_ms, reset_ms)]));
        }
        None => {}
    }
    if remaining <= 0.0 {
        line.push_str(GAP);
        line.push_str(cx.messages().limit_reached);
    }
    line
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
        text += &quota_line(cx, name, width, model.remaining, model.reset_ms, now_ms);
    }
    text
}

/// The model list's text and meters. A list where every model is full is the placeholder Google
/// gives accounts whose quota it does not report: it proves access, not quota, so it is said so,
/// never shown as 100% left.
fn render_models(cx: &Context<'_>, models: &[ModelQuota], now_ms: i64) -> (String, Vec<Meter>) {
    if models.is_empty() {
        return (cx.messages().no_quota_data.fill([SERVICE]), Vec::new());
    }
    if api::is_placeholder(models) {
        return (texts::texts(cx.lang).quota_not_reported.to_owned(), Vec::new());
    }
    let rows = rows(models);
    let text = model_text(cx, &rows, now_ms);
    (text, rows.into_iter().map(|(_, name, model)| meter(name, model.remaining, model.reset_ms)).collect())
}

/// A bucket's line label: its window ("5-hour limit"), else the API's name for it. Outside a
/// group, the window alone could name two buckets: the API's name follows it ("5-hour limit
/// (gemini-5h)").
fn bucket_label(cx: &Context<'_>, bucket: &Bucket) -> String {
    let window = bucket.window_s.map(|seconds| window_label(cx.messages(), seconds));
    match (window, &bucket.name) {
        (Some(window), Some(name)) if bucket.group.is_none() => format!("{window} ({name})"),
        (Some(window), _) => window,
        (None, name) => name.clone().unwrap_or_default(),
    }
}

/// The summary: each group under its name as the API gives it, its buckets shortest window first,
/// the columns aligned; a meter per bucket, labelled with its group.
fn render_summary(cx: &Context<'_>, buckets: &[Bucket], now_ms: i64) -> (String, Vec<Meter>) {
    let mut groups: Vec<Vec<(String, &Bucket)>> = Vec::new();
    for group in buckets.chunk_by(|a, b| a.group == b.group) {
        let mut lines: Vec<(String, &Bucket)> = group.iter().map(|bucket| (bucket_label(cx, bucket), bucket)).collect();
        lines.sort_by(|a, b| window_order(a.1).total_cmp(&window_order(b.1)));
        groups.push(lines);
    }
    let width = groups.iter().flatten().map(|(label, _)| columns(label)).max().unwrap_or(0);
    let mut blocks = Vec::new();
    let mut meters = Vec::new();
    for lines in groups {
        let mut block = Vec::new();
        for (label, bucket) in lines {
            if block.is_empty() {
                block.extend(bucket.group.clone());
            }
            block.push(quota_line(cx, &label, width, bucket.remaining, bucket.reset_ms, now_ms));
            let label = match &bucket.group {
                Some(group) => texts::texts(cx.lang).bucket.fill([group, &label]),
                None => label,
            };
            meters.push(meter(label, bucket.remaining, bucket.reset_ms));
        }
        blocks.push(block.join("\n"));
    }
    (blocks.join("\n\n"), meters)
}

/// Shorter windows first, buckets without a known window last.
fn window_order(bucket: &Bucket) -> f64 {
    bucket.window_s.unwrap_or(f64::INFINITY)
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

/// The summary, unless Google refuses it or it holds no usable bucket; else the model list.
async fn quotas(host: &impl Host, origins: &Origins, token: &str, project: &str) -> Result<Quotas, HttpError> {
    let request = api::summary_request(&origins.summary, token, project);
    if let Ok(buckets) = get_parsed(host, request, summary::parse).await {
        if !buckets.is_empty() {
            return Ok(Quotas::Summary(buckets));
        }
    }
    let request = api::models_request(&origins.models, token, project);
    get_parsed(host, request, api::parse_models).await.map(Quotas::Models)
}

async fn query_account(
    host: &impl Host,
    cx: &Context<'_>,
    origins: &Origins,
    account: &Account,
) -> Result<Quotas, AccountError> {
    let refresh_token = account.refresh_token.as_deref().ok_or(AccountError::NoRefreshToken)?;
    let project = account.project.as_deref().ok_or(AccountError::NoProject)?;
    let models_error = |error| AccountError::Models { project: project.to_owned(), error };
    // An access token from an earlier report in this process spares the refresh, while it lives.
    let key = memory::key(MEMORY, refresh_token);
    let recalled: Option<Expiring> = memory::recall(host, &key);
    if let Some(token) = recalled.as_ref().and_then(|known| known.usable(cx.now_ms)) {
        cx.secrets.add(token);
        match quotas(host, origins, token, project).await {
            Err(error) if matches!(error.status(), Some(401)) => memory::forget(host, &key),
            answer => return answer.map_err(models_error),
        }
    }
    let request = api::token_request(&origins.oauth, refresh_token);
    let access = get_parsed(host, request, api::parse_token).await.map_err(AccountError::Refresh)?;
    cx.secrets.add(&access.token);
    if let Some(seconds) = access.expires_in_s {
        let known = Expiring { token: access.token.clone(), expires_ms: cx.now_ms + (seconds * 1000.0) as i64 };
        memory::remember(host, &key, &known);
    }
    quotas(host, origins, &access.token, project).await.map_err(models_error)
}

/// Where this process's memory keeps an account's access token.
const MEMORY: &str = "antigravity-access";

fn resolve_origins(host: &impl Host, cx: &Context<'_>) -> Result<Origins, String> {
    let resolve = |var: &str, default: &str| origin::resolve_or_explain(host, cx.messages(), var, default);
    // One variable for both Cloud Code hosts: a proxy or a test server answers both calls.
    Ok(Origins {
        oauth: resolve(api::OAUTH_VAR, api::DEFAULT_OAUTH)?,
        summary: resolve(api::CLOUDCODE_VAR, api::DEFAULT_SUMMARY)?,
        models: resolve(api::CLOUDCODE_VAR, api::DEFAULT_CLOUDCODE)?,
    })
}

/// The Antigravity section; `None` without an accounts file.
pub async fn section(host: &impl Host, cx: &Context<'_>) -> Option<Result<Section, String>> {
    let (path, accounts) = accounts::load(host).await?;
    let texts = texts::texts(cx.lang);
    let (accounts, stored_count) = match accounts {
        Ok(accounts) => (accounts.enabled, accounts.stored_count),
        Err(problem) => return Some(Err(texts.file_invalid.fill([&path, &problem.text(cx.messages())]))),
    };
    // Every token is known before any request, so an answer echoing another account's is masked.
    cx.secrets.add(api::CLIENT_SECRET);
    accounts.iter().for_each(|account| account.register_secrets(cx.secrets));
    if accounts.is_empty() {
        let empty = if stored_count == 0 { &texts.no_accounts } else { &texts.all_disabled };
        let markdown = format!("{}\n\n{}", texts.title, empty.fill([&path]));
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
    results: &[Result<Quotas, AccountError>],
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
            Ok(quotas) => {
                let (text, meters) = match quotas {
                    Quotas::Summary(buckets) => render_summary(cx, buckets, now_ms),
                    Quotas::Models(models) => render_models(cx, models, now_ms),
                };
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
