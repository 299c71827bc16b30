//! The Copilot section of the report. Pure: the clock is an argument.

use super::quota::{Allowance, BillingEntity, CopilotQuota, Meter, MeterKind, Reset, Unknown};
use crate::format::{countdown, dollars, join, labelled, quantity, usage_line};
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

/// The report under construction: every line after the first starts with a line break, so
/// lines are pushed in place rather than collected and joined.
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
        Allowance::Unknown(Unknown::NoTier(path)) => messages.used_no_tier.fill([&used, path]),
        Allowance::Pooled(owners) if owners.is_empty() => {
            messages.used_pooled.fill([&used, messages.your_organization])
        }
        Allowance::Pooled(owners) => messages.used_pooled.fill([&used, &join(owners, ", ")]),
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

fn reset_line(messages: &Messages, reset: &Reset, now_ms: i64) -> Option<String> {
    let when = match reset {
        Reset::Monthly => {
            let next = Date::from_epoch_ms(now_ms).first_of_next_month();
            format!("{} ({})", countdown(messages, now_ms, next.epoch_ms()), next.iso())
        }
        Reset::At(ms) => format!("{} ({})", countdown(messages, now_ms, *ms), Date::from_epoch_ms(*ms).iso()),
        Reset::Text(text) => text.clone(),
        Reset::Unknown => return None,
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
