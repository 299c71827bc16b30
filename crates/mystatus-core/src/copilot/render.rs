//! The Copilot section of the report, from parsed API data. Pure: the clock is an argument.

use super::billing_api::PremiumUsage;
use super::internal_api::{CopilotUser, Snapshot};
use super::tiers::Tier;
use crate::format::{countdown, labelled, quantity, usage_line};
use crate::i18n::Messages;
use crate::time::{self, Date};

/// How many models the breakdown lists.
const TOP_MODELS: usize = 5;

/// The data a successful lookup produced, before it becomes text.
#[derive(Debug, Clone, PartialEq)]
pub enum Quota {
    /// Public billing API (PAT): usage counted by GitHub, allowance from the configured tier.
    Billing { usage: PremiumUsage, username: String, tier: Tier },
    /// Internal API (OpenCode's OAuth sign-in): GitHub's own quota snapshots.
    Internal(CopilotUser),
}

pub fn render(messages: &dyn Messages, quota: &Quota, now_ms: i64) -> String {
    match quota {
        Quota::Billing { usage, username, tier } => billing(messages, usage, username, *tier, now_ms),
        Quota::Internal(user) => internal(messages, user, now_ms),
    }
}

fn header(messages: &dyn Messages, account: &str) -> Vec<String> {
    vec![messages.copilot_title().to_owned(), String::new(), labelled(messages.account_label(), account)]
}

fn billing(messages: &dyn Messages, usage: &PremiumUsage, username: &str, tier: Tier, now_ms: i64) -> String {
    let user = usage.user.as_deref().filter(|user| !user.is_empty()).unwrap_or(username);
    let mut lines = header(messages, &format!("GitHub Copilot (@{user})"));

    let limit = f64::from(tier.monthly_premium_requests());
    let remaining = limit - usage.used;
    lines.extend([String::new(), messages.premium_requests().to_owned()]);
    lines.push(usage_line(remaining / limit * 100.0, usage.used, limit));
    if remaining < 0.0 {
        lines.push(messages.overage(&quantity(-remaining)));
    }

    if !usage.models.is_empty() {
        lines.extend([String::new(), messages.model_breakdown().to_owned()]);
        for (model, used) in usage.models.iter().take(TOP_MODELS) {
            lines.push(format!("  {model}: {}", messages.requests(&quantity(*used))));
        }
    }

    let today = Date::from_epoch_ms(now_ms);
    let period = match usage.period {
        Some((year, Some(month))) => format!("{year:04}-{month:02}"),
        Some((year, None)) => format!("{year:04}"),
        None => format!("{:04}-{:02}", today.year, today.month),
    };
    let reset = today.first_of_next_month();
    lines.push(String::new());
    lines.push(format!("{} {period}", messages.period_label()));
    lines.push(format!(
        "{} {} ({})",
        messages.resets_label(),
        countdown(messages, now_ms, reset.epoch_ms()),
        reset.iso()
    ));
    lines.join("\n")
}

fn snapshot_lines(messages: &dyn Messages, label: &str, snapshot: &Snapshot) -> Vec<String> {
    let mut lines = vec![String::new(), label.to_owned()];
    if snapshot.unlimited {
        lines.push(messages.unlimited().to_owned());
        return lines;
    }
    let percent = snapshot.percent_remaining().unwrap_or(0.0);
    lines.push(usage_line(percent, snapshot.used(), snapshot.entitlement));
    if snapshot.overage_count > 0.0 {
        lines.push(messages.overage(&quantity(snapshot.overage_count)));
    }
    lines
}

fn internal(messages: &dyn Messages, user: &CopilotUser, now_ms: i64) -> String {
    let login = user.login.as_deref().filter(|login| !login.is_empty()).map(|login| format!("@{login}"));
    let plan = user.copilot_plan.as_deref().filter(|plan| !plan.is_empty());
    let account = match (login, plan) {
        (Some(login), Some(plan)) => format!("GitHub Copilot ({login}, {plan})"),
        (Some(name), None) => format!("GitHub Copilot ({name})"),
        (None, Some(name)) => format!("GitHub Copilot ({name})"),
        (None, None) => "GitHub Copilot".to_owned(),
    };
    let mut lines = header(messages, &account);

    let snapshots = &user.quota_snapshots;
    let mut shown = false;
    if let Some(premium) = &snapshots.premium_interactions {
        lines.extend(snapshot_lines(messages, messages.premium_requests(), premium));
        shown = true;
    }
    for (label, snapshot) in [(messages.chat(), &snapshots.chat), (messages.completions(), &snapshots.completions)] {
        if let Some(snapshot) = snapshot.as_ref().filter(|snapshot| !snapshot.unlimited) {
            lines.extend(snapshot_lines(messages, label, snapshot));
            shown = true;
        }
    }
    if !shown {
        lines.extend([String::new(), messages.no_quota_data().to_owned()]);
    }

    if let Some(reset) = user.quota_reset_date.as_deref().filter(|date| !date.trim().is_empty()) {
        let when = match time::parse_iso(reset) {
            Some(reset_ms) => {
                format!("{} ({})", countdown(messages, now_ms, reset_ms), Date::from_epoch_ms(reset_ms).iso())
            }
            None => reset.trim().to_owned(),
        };
        lines.extend([String::new(), format!("{} {when}", messages.resets_label())]);
    }
    lines.join("\n")
}
