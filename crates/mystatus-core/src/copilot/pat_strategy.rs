//! The fine-grained PAT against GitHub's public billing API. Without `billing` in the file, both
//! reports are read at once and whichever has usage this month is shown; without `username`, it is
//! discovered; without `tier`, OpenCode's sign-in (if any) tells the plan.

use super::api_base;
use super::billing_api::{self, Usage};
use super::error::{CopilotError, Credential, http};
use super::internal_api;
use super::oauth_strategy;
use super::pat_config::{self, PatConfig};
use super::plans::{Billing, Tier};
use super::quota::{Allowance, BillingEntity, CopilotQuota, Meter, MeterKind, Reset, Unknown};
use futures::future::{join, join_all, join3};

use crate::context::SignIn;
use crate::host::{Host, HttpRequest, HttpResponse};
use crate::http::HttpError;
use crate::http::{parsed, send, status_error};
use crate::lenient::Malformed;
use crate::memory;
use crate::redact::Secrets;

/// What the user's billing reports said.
enum Reports {
    Found(Vec<Usage>),
    /// Every report answered 404 (this URL last): no personal billing, either a wrong username or
    /// a seat paid by an organization.
    NoPersonalBilling(String),
}

/// A billing request's URL, and its success or what went wrong.
type Answer = (String, Result<HttpResponse, HttpError>);

/// Sends `request`: its URL, and its success or what went wrong.
async fn ask(host: &impl Host, request: HttpRequest) -> Answer {
    let url = request.url.clone();
    let response = match send(host, request).await {
        Ok(response) if !response.is_success() => Err(status_error(url.clone(), &response, host.now_ms())),
        outcome => outcome,
    };
    (url, response)
}

/// One report; `Ok(Err(url))` on 404, which alone is not an error when both reports are read.
fn report((url, response): Answer, billing: Billing) -> Result<Result<Usage, String>, HttpError> {
    match response {
        Ok(response) => parsed(url, billing_api::parse_usage(&response.body, billing)).map(Ok),
        Err(error) if error.status() == Some(404) => Ok(Err(url)),
        Err(error) => Err(error),
    }
}

fn reports(answers: Vec<Result<Result<Usage, String>, HttpError>>) -> Result<Reports, HttpError> {
    // An auth failure is the same for both reports: its advice is given once, before other errors.
    let is_auth =
        |answer: &&Result<_, HttpError>| matches!(answer, Err(error) if matches!(error.status(), Some(401 | 403)));
    if let Some(Err(err)) = answers.iter().find(is_auth) {
        return Err(err.clone());
    }
    let mut found = Vec::new();
    let mut not_found = String::new();
    for answer in answers {
        match answer? {
            Ok(usage) => found.push(usage),
            Err(url) => not_found = url,
        }
    }
    Ok(if found.is_empty() { Reports::NoPersonalBilling(not_found) } else { Reports::Found(found) })
}

/// The reports to show: those with usage this period; if none has any, credits at zero.
fn shown(found: Vec<Usage>) -> Vec<Usage> {
    let any_items = found.iter().any(|usage| usage.has_items);
    let credits = found.iter().position(|usage| usage.billing == Billing::Credits).unwrap_or(0);
    let shown = found.into_iter().enumerate();
    shown
        .filter(|(index, usage)| if any_items { usage.has_items } else { *index == credits })
        .map(|(_, usage)| usage)
        .collect()
}

fn meter(usage: Usage, config: &PatConfig, tier: Option<Tier>, path: &str) -> Meter {
    let (kind, override_allowance) = match usage.billing {
        Billing::Credits => (MeterKind::Credits, config.allowance),
        Billing::PremiumRequests => (MeterKind::PremiumRequests, None),
    };
    let allowance = match (override_allowance.or(tier.and_then(|tier| tier.allowance(usage.billing))), tier) {
        (Some(total), _) => Allowance::Known(total),
        (None, Some(_)) => Allowance::Unknown(Unknown::NotPublished),
        (None, None) => Allowance::Unknown(Unknown::NoTier(path.to_owned())),
    };
    let mut meter = Meter::new(kind, usage.used, allowance);
    if let Allowance::Known(total) = meter.allowance {
        meter.overage = (usage.used - total).max(0.0);
    }
    meter.billed_dollars = usage.billed_dollars;
    meter.models = usage.models;
    meter
}

/// A success's payload parsed with `parse`; any other status is an error.
fn payload<T>((url, response): Answer, parse: impl FnOnce(&str) -> Result<T, Malformed>) -> Result<T, HttpError> {
    parsed(url, parse(&response?.body))
}

/// The user's share of an organization's or enterprise's AI credits, and its budgets (admins only).
fn entity(name: &str, is_enterprise: bool, used: Answer, budgets: Answer) -> BillingEntity {
    let refused = |error: HttpError| error.status();
    BillingEntity {
        name: name.to_owned(),
        is_enterprise,
        used: payload(used, |body| billing_api::parse_usage(body, Billing::Credits).map(|usage| usage.used))
            .map_err(refused),
        budgets: payload(budgets, billing_api::parse_budgets).map_err(refused),
    }
}

/// `GET /user`, once per token and process: the login a token belongs to does not change.
async fn discover_username(
    host: &impl Host,
    api: &str,
    config: &PatConfig,
    path: &str,
) -> Result<String, CopilotError> {
    let key = memory::key("copilot-login", &config.token);
    if let Some(login) = memory::recall::<String>(host, &key) {
        return Ok(login);
    }
    let credential = Credential::Pat { path: path.to_owned(), username: None };
    let answer = ask(host, billing_api::whoami_request(api, &config.token)).await;
    let login = payload(answer, billing_api::parse_login).map_err(http(&credential))?;
    memory::remember(host, &key, &login);
    Ok(login)
}

pub async fn query(
    host: &impl Host,
    path: String,
    text: &str,
    sign_in: Option<&SignIn<'_>>,
    secrets: &Secrets,
) -> Result<CopilotQuota, CopilotError> {
    let config = pat_config::parse(text).map_err(|problem| CopilotError::PatConfig { path: path.clone(), problem })?;
    secrets.add(&config.token);
    let api = api_base::resolve(host, config.host.as_deref()).map_err(CopilotError::BadApiUrl)?;
    let username = match &config.username {
        Some(username) => username.clone(),
        None => discover_username(host, &api, &config, &path).await?,
    };
    let credential = Credential::Pat { path: path.clone(), username: Some(username.clone()) };
    let billings = match config.billing {
        Some(billing) => vec![billing],
        None => vec![Billing::Credits, Billing::PremiumRequests],
    };
    let entities: Vec<(&str, bool)> = [(&config.org, false), (&config.enterprise, true)]
        .into_iter()
        .filter_map(|(name, is_enterprise)| Some((name.as_deref()?, is_enterprise)))
        .collect();

    // All at once: the reports, the plan (without a tier, OpenCode's sign-in knows it), and each
    // entity's usage and budgets.
    let personal = join_all(billings.iter().map(|billing| {
        let request = billing_api::user_usage_request(&api, &config.token, &username, *billing);
        async move { report(ask(host, request).await, *billing) }
    }));
    let plan = async {
        match (config.tier, sign_in) {
            (None, Some(sign_in)) => Some(oauth_strategy::fetch_user(host, sign_in, secrets).await),
            _ => None,
        }
    };
    let billing_entities = join_all(entities.iter().map(|(name, is_enterprise)| {
        let path = billing_api::entity_path(name, *is_enterprise);
        let used = ask(host, billing_api::entity_usage_request(&api, &config.token, &path, &username));
        let budgets = ask(host, billing_api::entity_budgets_request(&api, &config.token, &path));
        async move {
            let (used, budgets) = join(used, budgets).await;
            entity(name, *is_enterprise, used, budgets)
        }
    }));
    let (personal, internal, billing_entities) = join3(personal, plan, billing_entities).await;
    let reports = reports(personal);

    let found = match reports.map_err(http(&credential))? {
        Reports::Found(found) => found,
        // No personal billing: a seat paid by an organization shows in the sign-in's own report.
        Reports::NoPersonalBilling(url) => match (internal, sign_in) {
            (Some(Ok((url, body))), _) => {
                return parsed(url, internal_api::parse_user(body.as_str())).map_err(http(&Credential::OAuth));
            }
            (None, Some(sign_in)) => return oauth_strategy::query(host, sign_in, secrets).await,
            _ => return Err(http(&credential)(HttpError::Status { url, status: 404, api_message: None })),
        },
    };
    let tier = config.tier.or_else(|| match &internal {
        Some(Ok((_, body))) => internal_api::parse_tier(body.as_str()),
        _ => None,
    });
    Ok(quota(shown(found), &config, tier, &path, username, billing_entities))
}

/// What the shown reports say, with the entities' shares.
fn quota(
    shown: Vec<Usage>,
    config: &PatConfig,
    tier: Option<Tier>,
    path: &str,
    username: String,
    entities: Vec<BillingEntity>,
) -> CopilotQuota {
    let login = shown.iter().find_map(|usage| usage.user.clone()).unwrap_or(username);
    let period = shown.first().and_then(|usage| usage.period.clone());
    let mut meters = Vec::new();
    for usage in shown {
        meters.push(meter(usage, config, tier, path));
    }
    CopilotQuota {
        login: Some(login),
        plan: tier.map(|tier| tier.display_name().to_owned()),
        meters,
        period,
        reset: Reset::Monthly,
        entities,
        exposed_token_file: None,
    }
}
