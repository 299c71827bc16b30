//! The Copilot section of the report. Pure: the clock is an argument.

use super::plans::Tier;
use super::quota::{Allowance, BillingEntity, CopilotQuota, Meter, MeterKind, Reset, Unknown};
use crate::account::{self, Account, Unit};
use crate::format::{countdown, dollars, labelled, quantity, usage_line};
use crate::i18n::Messages;
use crate::time::Date;

/// How many models a breakdown lists.
const TOP_MODELS: usize = 5;

fn label(messages: &Messages, kind: MeterKind) -> &'static str {
    match kind {
        MeterKind::Credits => messages.ai_credits,
        MeterKind::PremiumRequests => messages.premium_requests,
        MeterKind::Chat => messages.chat,
        MeterKind::Completions => messages.completions,
    }
}

/// A count with its unit: "12.5 credits", "40 requests".
fn amount(messages: &Messages, kind: MeterKind, value: f64) -> String {
    match kind {
        MeterKind::Credits => messages.credits.fill([&quantity(value)]),
        _ => messages.requests.fill([&quantity(value)]),
    }
}

/// The report under construction, a line at a time.
struct Lines(String);

impl Lines {
    fn push(&mut self, line: &str) {
        self.0.push('\n');
        self.0.push_str(line);
    }
}

fn meter_lines(out: &mut Lines, messages: &Messages, meter: &Meter) {
    let used = amount(messages, meter.kind, meter.used);
    out.push("");
    out.push(label(messages, meter.kind));
    out.push(&match &meter.allowance {
        Allowance::Known(total) => usage_line(meter.remaining_percent().unwrap_or(0.0), meter.used, *total),
        Allowance::Unlimited if meter.used > 0.0 => messages.unlimited_used.fill([&used]),
        Allowance::Unlimited => messages.unlimited.to_owned(),
        Allowance::Unknown(Unknown::NotPublished) => messages.used_not_published.fill([&used]),
        Allowance::Unknown(Unknown::NoTier(path)) => messages.used_no_tier.fill([&used, path, Tier::VALID_NAMES]),
        Allowance::Pooled(owners) if owners.is_empty() => {
            messages.used_pooled.fill([&used, messages.your_organization])
        }
        Allowance::Pooled(owners) => messages.used_pooled.fill([&used, &owners.join(", ")]),
    });
    if meter.overage > 0.0 {
        out.push(&messages.overage.fill([&amount(messages, meter.kind, meter.overage)]));
    }
    if meter.billed_dollars > 0.0 {
        out.push(&messages.billed_overage.fill([&dollars(meter.billed_dollars)]));
    }
    if !meter.models.is_empty() {
        out.push("");
        out.push(messages.model_breakdown);
        for (model, used) in meter.models.iter().take(TOP_MODELS) {
            out.push(&format!("  {model}: {}", amount(messages, meter.kind, *used)));
        }
    }
}

fn entity_lines(out: &mut Lines, messages: &Messages, entity: &BillingEntity) {
    let title = if entity.is_enterprise { messages.enterprise_title } else { messages.organization_title };
    let failure = |status: &Option<u16>| match *status {
        Some(status) => messages.entity_refused.fill([&status.to_string()]),
        None => messages.entity_no_answer.to_owned(),
    };
    out.push("");
    out.push(&title.fill([&entity.name]));
    out.push(&match &entity.used {
        Ok(used) => messages.entity_usage.fill([&messages.credits.fill([&quantity(*used)])]),
        Err(status) => failure(status),
    });
    match &entity.budgets {
        Ok(budgets) if budgets.is_empty() => out.push(messages.entity_no_budget),
        Ok(budgets) => {
            for budget in budgets {
                let template = if budget.stops_usage { messages.entity_budget_stops } else { messages.entity_budget };
                out.push(&template.fill([&dollars(budget.dollars)]));
            }
        }
        // The same refusal twice says nothing new.
        Err(status) if entity.used.as_ref().err() == Some(status) => {}
        Err(status) => out.push(&failure(status)),
    }
}

/// When the quota resets (epoch ms), if that is a moment.
fn reset_ms(reset: &Reset, now_ms: i64) -> Option<i64> {
    match reset {
        Reset::Monthly => Some(Date::from_epoch_ms(now_ms).first_of_next_month().epoch_ms()),
        Reset::At(ms) => Some(*ms),
        Reset::Text(_) | Reset::Unknown => None,
    }
}

fn reset_line(messages: &Messages, reset: &Reset, now_ms: i64) -> Option<String> {
    let when = match (reset, reset_ms(reset, now_ms)) {
        (Reset::Text(text), _) => text.clone(),
        (_, Some(ms)) => format!("{} ({})", countdown(messages, now_ms, ms), Date::from_epoch_ms(ms).iso()),
        (_, None) => return None,
    };
    Some(format!("{} {when}", messages.resets_label))
}

pub fn render(messages: &Messages, quota: &CopilotQuota, now_ms: i64) -> String {
    let account = match &quota.login {
        Some(login) => format!("GitHub Copilot (@{login})"),
        None => "GitHub Copilot".to_owned(),
    };
    let mut out = Lines(messages.copilot_title.to_owned());
    out.push("");
    out.push(&labelled(messages.account_label, &account));
    if let Some(plan) = &quota.plan {
        out.push(&labelled(messages.plan_label, plan));
    }
    if quota.meters.is_empty() {
        out.push("");
        out.push(&messages.no_quota_data.fill(["GitHub"]));
    }
    for meter in &quota.meters {
        meter_lines(&mut out, messages, meter);
    }
    for entity in &quota.entities {
        entity_lines(&mut out, messages, entity);
    }
    let period = quota.period.as_ref().map(|period| format!("{} {period}", messages.period_label));
    let reset = reset_line(messages, &quota.reset, now_ms);
    if period.is_some() || reset.is_some() {
        out.push("");
    }
    for line in [period, reset].into_iter().flatten() {
        out.push(&line);
    }
    if let Some((path, mode)) = &quota.exposed_token_file {
        out.push("");
        out.push(&messages.token_file_exposed.fill([path, &format!("{mode:o}")]));
    }
    out.0
}

/// The quota as data: the account, each meter with its allowance when known, and each billing
/// entity the token administers as an account of its own.
pub fn accounts(messages: &Messages, quota: &CopilotQuota, now_ms: i64) -> Vec<Account> {
    let resets_at_ms = reset_ms(&quota.reset, now_ms);
    let meters = quota
        .meters
        .iter()
        .map(|meter| {
            let unit = if meter.kind == MeterKind::Credits { Unit::Credits } else { Unit::Requests };
            let limit = match meter.allowance {
                Allowance::Known(total) => Some(total),
                _ => None,
            };
            let remaining_percent = meter.remaining_percent();
            account::Meter {
                remaining_percent,
                exhausted: remaining_percent.is_some_and(|percent| percent <= 0.0),
                ..account::Meter::counted(label(messages, meter.kind).to_owned(), unit, meter.used, limit)
            }
            .resetting_at(resets_at_ms)
        })
        .collect();
    let mut accounts = vec![Account { name: quota.login.clone(), plan: quota.plan.clone(), meters, error: None }];
    for entity in &quota.entities {
        let title = if entity.is_enterprise { messages.enterprise_title } else { messages.organization_title };
        let used = entity.used.as_ref().ok().map(|used| {
            account::Meter::counted(messages.ai_credits.to_owned(), Unit::Credits, *used, None)
                .resetting_at(resets_at_ms)
        });
        let error = entity.used.as_ref().err().map(|status| match status {
            Some(status) => messages.entity_refused.fill([&status.to_string()]),
            None => messages.entity_no_answer.to_owned(),
        });
        accounts.push(Account {
            name: Some(title.fill([&entity.name])),
            plan: None,
            meters: used.into_iter().collect(),
            error,
        });
    }
    accounts
}
