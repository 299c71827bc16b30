//! Fuzzer-chosen JSON, shaped like the APIs' answers: keys come mostly from the fields the parsers
//! read, values mostly from the numbers and texts that stress them (extremes, dates, plan names).
//! Nesting and breadth are bounded, so no input builds a huge or deeply nested document.

use arbitrary::{Arbitrary, Result, Unstructured};
use serde_json::{Map, Value};

use crate::tokens::scrub;

const MAX_DEPTH: usize = 5;
const MAX_BREADTH: usize = 8;

/// Every field name a parser of mystatus-core reads, and a few neighbours.
pub const KEYS: &[&str] = &[
    // Copilot, internal API
    "login",
    "copilot_plan",
    "access_type_sku",
    "token_based_billing",
    "quota_reset_date_utc",
    "quota_reset_date",
    "limited_user_reset_date",
    "quota_snapshots",
    "premium_interactions",
    "chat",
    "completions",
    "entitlement",
    "remaining",
    "quota_remaining",
    "percent_remaining",
    "unlimited",
    "overage_count",
    "credits_used",
    "monthly_quotas",
    "limited_user_quotas",
    "organization_login_list",
    "token",
    "expires_at",
    // Copilot, billing API
    "usageItems",
    "timePeriod",
    "year",
    "month",
    "day",
    "user",
    "product",
    "sku",
    "model",
    "unitType",
    "pricePerUnit",
    "grossQuantity",
    "grossAmount",
    "discountQuantity",
    "discountAmount",
    "netQuantity",
    "netAmount",
    "budgets",
    "budget_amount",
    "budget_product_sku",
    "prevent_further_usage",
    // OpenCode Go
    "rolling",
    "weekly",
    "monthly",
    "status",
    "percent",
    "resetsAt",
    // OpenAI
    "plan_type",
    "rate_limit",
    "limit_reached",
    "primary_window",
    "secondary_window",
    "used_percent",
    "limit_window_seconds",
    "reset_after_seconds",
    // Anthropic
    "five_hour",
    "seven_day",
    "seven_day_opus",
    "seven_day_sonnet",
    "seven_day_",
    "utilization",
    "resets_at",
    "extra_usage",
    "is_enabled",
    "used_credits",
    "monthly_limit",
    // Google
    "access_token",
    "models",
    "displayName",
    "quotaInfo",
    "remainingFraction",
    "resetTime",
    // Zhipu and Z.ai
    "code",
    "msg",
    "success",
    "data",
    "limits",
    "type",
    "unit",
    "number",
    "usage",
    "currentValue",
    "percentage",
    "nextResetTime",
    // Error bodies
    "message",
    "error",
    "error_description",
    "detail",
];

/// Texts that mean something to a parser or a renderer.
pub const TEXTS: &[&str] = &[
    "",
    " ",
    "2026-12-01",
    "2026-11-21T16:00:00Z",
    "2026-11-21T14:30:00.123456+00:00",
    "2026-11-30T23:00-01:00",
    "9999-12-31T23:59:60Z",
    "0000-01-01T00:00:00+23:59",
    "2026-02-29",
    "2026-13-01T00:00:00Z",
    "individual",
    "individual_pro",
    "business",
    "enterprise",
    "free_limited_copilot",
    "copilot_pro_plus",
    "copilot_enterprise_seat",
    "ai-credits",
    "Copilot AI Credits",
    "copilot_premium_request",
    "ai_credits",
    "TOKENS_LIMIT",
    "TIME_LIMIT",
    "CREDIT_LIMIT",
    "plus",
    "pro",
    "gemini-3-pro-high",
    "claude-opus-4-6-thinking",
    "invalid_grant",
    "Bad credentials",
    "令牌已过期",
    "é",
    "\u{feff}",
    "█░",
    "1e400",
    "NaN",
    "-0",
    "0.5",
];

/// Numbers at the edges of what the parsers and the renderers compute with.
const NUMBERS: &[f64] = &[
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.005,
    0.125,
    0.5,
    99.995,
    100.0,
    100.5,
    1e6,
    1e9,
    1_795_267_800_000.0,
    9.2e18,
    -9.2e18,
    1e19,
    -1e19,
    1e300,
    -1e300,
    1.7e308,
    -1.7e308,
    5e-324,
    f64::EPSILON,
];

/// A JSON document; build it with [`Json::value`].
#[derive(Debug, Clone)]
pub struct Json(pub Value);

impl<'a> Arbitrary<'a> for Json {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        value(u, 0).map(Json)
    }
}

/// A key: a known field name, most of the time.
pub fn key(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(if u.ratio(7, 8)? { (*u.choose(KEYS)?).to_owned() } else { scrub(String::arbitrary(u)?) })
}

/// A text: a meaningful one, most of the time.
pub fn text(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(if u.ratio(2, 3)? { (*u.choose(TEXTS)?).to_owned() } else { scrub(String::arbitrary(u)?) })
}

/// A number: an edge case, an integer or any float (NaN and infinities become `null`).
pub fn number(u: &mut Unstructured<'_>) -> Result<Value> {
    Ok(match u.int_in_range(0..=3)? {
        0 => Value::from(*u.choose(NUMBERS)?),
        1 => Value::from(i64::arbitrary(u)?),
        2 => Value::from(u64::arbitrary(u)?),
        _ => Value::from(f64::arbitrary(u)?),
    })
}

pub fn value(u: &mut Unstructured<'_>, depth: usize) -> Result<Value> {
    let last = if depth >= MAX_DEPTH { 4 } else { 6 };
    Ok(match u.int_in_range(0..=last)? {
        0 => Value::Null,
        1 => Value::Bool(bool::arbitrary(u)?),
        2 | 3 => number(u)?,
        4 => Value::String(text(u)?),
        5 => {
            let len = u.int_in_range(0..=MAX_BREADTH)?;
            Value::Array((0..len).map(|_| value(u, depth + 1)).collect::<Result<_>>()?)
        }
        _ => {
            let len = u.int_in_range(0..=MAX_BREADTH)?;
            let mut object = Map::new();
            for _ in 0..len {
                object.insert(key(u)?, value(u, depth + 1)?);
            }
            Value::Object(object)
        }
    })
}

/// One change to a document: the node at `path` (each step picks a key or an element by index)
/// is replaced, removed, or gains a field.
#[derive(Debug, Clone)]
pub struct Patch {
    path: Vec<u8>,
    op: Op,
}

#[derive(Debug, Clone)]
enum Op {
    Replace(Value),
    Remove,
    Insert(String, Value),
}

impl<'a> Arbitrary<'a> for Patch {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let steps = u.int_in_range(0..=6)?;
        let path = (0..steps).map(|_| u8::arbitrary(u)).collect::<Result<_>>()?;
        let op = match u.int_in_range(0..=3)? {
            0 | 1 => Op::Replace(value(u, 2)?),
            2 => Op::Remove,
            _ => Op::Insert(key(u)?, value(u, 2)?),
        };
        Ok(Self { path, op })
    }
}

impl Patch {
    pub fn apply(&self, root: &mut Value) {
        apply_at(root, &self.path, &self.op);
    }
}

/// Each step of `path` picks a key or an element by index; where the path or the containers end,
/// `op` happens.
fn apply_at(node: &mut Value, path: &[u8], op: &Op) {
    let Some((step, rest)) = path.split_first() else { return change(node, op) };
    let step = usize::from(*step);
    match node {
        Value::Object(map) if !map.is_empty() => {
            let Some(name) = map.keys().nth(step % map.len()).cloned() else { return };
            if rest.is_empty() && matches!(op, Op::Remove) {
                map.remove(&name);
            } else if let Some(child) = map.get_mut(&name) {
                apply_at(child, rest, op);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let index = step % items.len();
            if rest.is_empty() && matches!(op, Op::Remove) {
                items.remove(index);
            } else if let Some(child) = items.get_mut(index) {
                apply_at(child, rest, op);
            }
        }
        _ => change(node, op),
    }
}

fn change(node: &mut Value, op: &Op) {
    match op {
        Op::Replace(value) => *node = value.clone(),
        Op::Remove => *node = Value::Null,
        Op::Insert(name, value) => match node {
            Value::Object(map) => {
                map.insert(name.clone(), value.clone());
            }
            Value::Array(items) => items.push(value.clone()),
            other => *other = value.clone(),
        },
    }
}
