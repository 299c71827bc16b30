//! Copilot's internal API, read with OpenCode's OAuth token: `GET /copilot_internal/user` for the
//! quota, `GET /copilot_internal/v2/token` to exchange the OAuth token for a session token.
//! Its payload changes shape with the plan and the billing model; this module turns every known
//! shape into one [`CopilotQuota`].

use serde::Deserialize;

use super::plans::Tier;
use super::quota::{Allowance, CopilotQuota, Meter, MeterKind, Reset, Unknown};
use crate::host::HttpRequest;
use crate::lenient::{self, Malformed, Object, Record};
use crate::time;

/// The editor identity Copilot's internal endpoints expect (as sent by the VS Code extension).
const EDITOR_HEADERS: [(&str, &str); 4] = [
    ("User-Agent", "GitHubCopilotChat/0.35.0"),
    ("Editor-Version", "vscode/1.107.0"),
    ("Editor-Plugin-Version", "copilot-chat/0.35.0"),
    ("Copilot-Integration-Id", "vscode-chat"),
];

fn editor_request(url: String, authorization: String) -> HttpRequest {
    let request = HttpRequest::get(url).header("Accept", "application/json").header("Authorization", authorization);
    EDITOR_HEADERS.iter().fold(request, |request, (name, value)| request.header(name, *value))
}

/// `scheme` is `Bearer` for session tokens and `token` for a raw OAuth token.
pub fn user_request(api: &str, scheme: &str, token: &str) -> HttpRequest {
    editor_request(format!("{api}/copilot_internal/user"), format!("{scheme} {token}"))
}

pub fn token_request(api: &str, oauth_token: &str) -> HttpRequest {
    editor_request(format!("{api}/copilot_internal/v2/token"), format!("Bearer {oauth_token}"))
}

/// `GET /copilot_internal/user`. Its shape changes with the plan and the billing model.
#[derive(Deserialize)]
struct User {
    login: Option<String>,
    copilot_plan: Option<String>,
    /// Alone tells Copilot Free from Pro on the `individual` plan.
    access_type_sku: Option<String>,
    token_based_billing: Option<bool>,
    quota_reset_date_utc: Option<String>,
    quota_reset_date: Option<String>,
    limited_user_reset_date: Option<String>,
    quota_snapshots: Option<Object<Snapshots>>,
    /// Copilot Free's older shape: totals in `monthly_quotas`, what is left in `limited_user_quotas`.
    monthly_quotas: Option<Record<FreeQuotas>>,
    limited_user_quotas: Option<Record<FreeQuotas>>,
    /// The organizations that give a seat.
    #[serde(default)]
    organization_login_list: Vec<String>,
}

/// Each snapshot, when present, must be an object (or `[]`, read as `{}`).
#[derive(Deserialize)]
struct Snapshots {
    premium_interactions: Option<Record<RawSnapshot>>,
    chat: Option<Record<RawSnapshot>>,
    completions: Option<Record<RawSnapshot>>,
}

/// One meter of `quota_snapshots`; every field lenient.
#[derive(Deserialize)]
struct RawSnapshot {
    #[serde(default, deserialize_with = "lenient::number")]
    entitlement: Option<f64>,
    #[serde(default, deserialize_with = "lenient::number")]
    remaining: Option<f64>,
    /// Fractional, where `remaining` is rounded: preferred.
    #[serde(default, deserialize_with = "lenient::number")]
    quota_remaining: Option<f64>,
    #[serde(default, deserialize_with = "lenient::number")]
    percent_remaining: Option<f64>,
    #[serde(default, deserialize_with = "lenient::boolean")]
    unlimited: Option<bool>,
    #[serde(default, deserialize_with = "lenient::number")]
    overage_count: Option<f64>,
    #[serde(default, deserialize_with = "lenient::number")]
    credits_used: Option<f64>,
    #[serde(default, deserialize_with = "lenient::boolean")]
    token_based_billing: Option<bool>,
}

#[derive(Deserialize)]
struct FreeQuotas {
    #[serde(default, deserialize_with = "lenient::number")]
    chat: Option<f64>,
    #[serde(default, deserialize_with = "lenient::number")]
    completions: Option<f64>,
}

fn premium_meter(snapshot: &RawSnapshot, credits: bool, organizations: &[String]) -> Meter {
    let kind = if credits { MeterKind::Credits } else { MeterKind::PremiumRequests };
    let entitlement = snapshot.entitlement.unwrap_or(0.0);
    let remaining = snapshot.quota_remaining.or(snapshot.remaining);
    let used = snapshot.credits_used.or(remaining.map(|remaining| entitlement - remaining)).unwrap_or(0.0);
    let unlimited = snapshot.unlimited.unwrap_or(false) || entitlement < 0.0;
    // An organization seat: a placeholder with no entitlement of its own, only a use count.
    let pooled = unlimited && entitlement == 0.0 && (snapshot.credits_used.is_some() || !organizations.is_empty());
    let allowance = if pooled {
        Allowance::Pooled(organizations.to_vec())
    } else if unlimited {
        Allowance::Unlimited
    } else if entitlement > 0.0 {
        Allowance::Known(entitlement)
    } else {
        Allowance::Unknown(Unknown::NotPublished)
    };
    let mut meter = Meter::new(kind, used, allowance);
    if matches!(meter.allowance, Allowance::Known(_)) {
        meter.percent_remaining = snapshot.percent_remaining;
        let below_zero = remaining.map_or(0.0, |remaining| -remaining);
        meter.overage = snapshot.overage_count.unwrap_or(0.0).max(below_zero).max(0.0);
    }
    meter
}

/// A chat or completions meter, shown only when it is limited.
fn limited_meter(kind: MeterKind, snapshot: &RawSnapshot) -> Option<Meter> {
    let entitlement = snapshot.entitlement.filter(|entitlement| *entitlement > 0.0)?;
    if snapshot.unlimited.unwrap_or(false) {
        return None;
    }
    let remaining = snapshot.quota_remaining.or(snapshot.remaining).unwrap_or(entitlement);
    let mut meter = Meter::new(kind, entitlement - remaining, Allowance::Known(entitlement));
    meter.percent_remaining = snapshot.percent_remaining;
    Some(meter)
}

fn free_meters(meters: &mut Vec<Meter>, totals: &FreeQuotas, left: Option<&FreeQuotas>) {
    let pairs = [
        (MeterKind::Chat, totals.chat, left.and_then(|left| left.chat)),
        (MeterKind::Completions, totals.completions, left.and_then(|left| left.completions)),
    ];
    for (kind, total, left) in pairs {
        if let Some(total) = total.filter(|total| *total > 0.0) {
            meters.push(Meter::new(kind, total - left.unwrap_or(total), Allowance::Known(total)));
        }
    }
}

fn reset(dates: [Option<&str>; 3]) -> Reset {
    let Some(text) = dates.into_iter().flatten().map(str::trim).find(|text| !text.is_empty()) else {
        return Reset::Unknown;
    };
    time::parse_iso(text).map_or_else(|| Reset::Text(text.to_owned()), Reset::At)
}

pub fn parse_user(body: &str) -> Result<CopilotQuota, Malformed> {
    let user: User = lenient::parse_object(body)?;
    let quota_snapshots = user.quota_snapshots.map(|Object(snapshots)| snapshots);
    let monthly_quotas = user.monthly_quotas.map(|Record(quotas)| quotas);
    let limited_user_quotas = user.limited_user_quotas.map(|Record(quotas)| quotas);
    if quota_snapshots.is_none() && monthly_quotas.is_none() {
        return Err(Malformed::Invalid("neither `quota_snapshots` nor `monthly_quotas`".to_owned()));
    }
    let mut meters = Vec::new();
    if let Some(snapshots) = quota_snapshots {
        if let Some(Record(premium)) = &snapshots.premium_interactions {
            let credits = user.token_based_billing.or(premium.token_based_billing).unwrap_or(false);
            meters.push(premium_meter(premium, credits, &user.organization_login_list));
        }
        for (kind, snapshot) in [(MeterKind::Chat, snapshots.chat), (MeterKind::Completions, snapshots.completions)] {
            meters.extend(snapshot.and_then(|Record(snapshot)| limited_meter(kind, &snapshot)));
        }
    }
    if !meters.iter().any(|meter| matches!(meter.kind, MeterKind::Chat | MeterKind::Completions)) {
        if let Some(totals) = &monthly_quotas {
            free_meters(&mut meters, totals, limited_user_quotas.as_ref());
        }
    }
    let plan = user.copilot_plan.as_deref().filter(|plan| !plan.trim().is_empty()).map(|plan| {
        Tier::from_copilot_plan(plan, user.access_type_sku.as_deref())
            .map_or_else(|| plan.trim().to_owned(), |tier| tier.display_name().to_owned())
    });
    let dates = [&user.quota_reset_date_utc, &user.quota_reset_date, &user.limited_user_reset_date];
    Ok(CopilotQuota {
        login: user.login.filter(|login| !login.is_empty()),
        plan,
        meters,
        period: None,
        reset: reset(dates.map(Option::as_deref)),
        entities: Vec::new(),
        exposed_token_file: None,
    })
}

/// The plan in a `/copilot_internal/user` answer.
#[derive(Deserialize)]
struct Plan {
    copilot_plan: Option<String>,
    access_type_sku: Option<String>,
}

/// The plan a sign-in belongs to, for the PAT path's allowance when the file names no tier.
pub fn parse_tier(body: &str) -> Option<Tier> {
    let plan: Plan = lenient::parse_object(body).ok()?;
    Tier::from_copilot_plan(plan.copilot_plan.as_deref()?, plan.access_type_sku.as_deref())
}

/// `GET /copilot_internal/v2/token`.
#[derive(Deserialize)]
struct SessionToken {
    token: String,
    /// Epoch seconds.
    #[serde(default, deserialize_with = "lenient::integer")]
    expires_at: Option<i64>,
}

/// The session token and when it expires (epoch seconds), if the answer says.
pub fn parse_session_token(body: &str) -> Result<(String, Option<i64>), Malformed> {
    let session: SessionToken = lenient::parse_object(body)?;
    if session.token.is_empty() {
        return Err(Malformed::Invalid("empty `token`".to_owned()));
    }
    Ok((session.token, session.expires_at))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn premium(body: &str) -> Meter {
        parse_user(body).unwrap().meters.into_iter().next().unwrap()
    }

    #[test]
    fn legacy_premium_requests() {
        let meter = premium(
            r#"{"copilot_plan":"individual","quota_snapshots":{"premium_interactions":
                {"entitlement":300,"remaining":210,"percent_remaining":70.0,"unlimited":false,"overage_count":0}}}"#,
        );
        assert_eq!(meter.kind, MeterKind::PremiumRequests);
        assert_eq!((meter.used, meter.remaining_percent(), meter.overage), (90.0, Some(70.0), 0.0));
    }

    #[test]
    fn credits_prefer_fractional_remaining_and_credits_used() {
        let meter = premium(
            r#"{"token_based_billing":true,"quota_snapshots":{"premium_interactions":
                {"entitlement":1500,"remaining":1000,"quota_remaining":999.75}}}"#,
        );
        assert_eq!((meter.kind, meter.used), (MeterKind::Credits, 500.25));
        let meter = premium(
            r#"{"quota_snapshots":{"premium_interactions":
                {"token_based_billing":true,"entitlement":1500,"quota_remaining":999.75,"credits_used":512.5}}}"#,
        );
        assert_eq!((meter.kind, meter.used), (MeterKind::Credits, 512.5));
    }

    #[test]
    fn negative_remaining_is_overage() {
        let meter = premium(
            r#"{"token_based_billing":true,"quota_snapshots":{"premium_interactions":
                {"entitlement":7000,"quota_remaining":-250.5,"percent_remaining":-3.58}}}"#,
        );
        assert_eq!((meter.used, meter.overage, meter.remaining_percent()), (7250.5, 250.5, Some(-3.58)));
    }

    #[test]
    fn unlimited_and_pooled_seats() {
        let meter = premium(r#"{"quota_snapshots":{"premium_interactions":{"entitlement":-1,"remaining":0}}}"#);
        assert_eq!(meter.allowance, Allowance::Unlimited);
        let meter = premium(
            r#"{"organization_login_list":["acme"],"token_based_billing":true,"quota_snapshots":{"premium_interactions":
                {"entitlement":0,"unlimited":true,"credits_used":42.5}}}"#,
        );
        assert_eq!((meter.allowance, meter.used), (Allowance::Pooled(vec!["acme".to_owned()]), 42.5));
    }

    #[test]
    fn plans_and_reset_dates() {
        let quota = parse_user(
            r#"{"copilot_plan":"individual_pro","quota_reset_date":"2026-12-01","quota_reset_date_utc":"2026-12-01T00:00:00Z",
                "quota_snapshots":{}}"#,
        )
        .unwrap();
        assert_eq!(quota.plan.as_deref(), Some("Pro+"));
        assert_eq!(quota.reset, Reset::At(time::parse_iso("2026-12-01").unwrap()));
        let quota = parse_user(r#"{"copilot_plan":"individual_ultra","quota_reset_date":"soon","quota_snapshots":{}}"#)
            .unwrap();
        assert_eq!((quota.plan.as_deref(), quota.reset), (Some("individual_ultra"), Reset::Text("soon".to_owned())));
    }

    #[test]
    fn free_plans_in_both_shapes() {
        let old = parse_user(
            r#"{"copilot_plan":"individual","access_type_sku":"free_limited_copilot","limited_user_reset_date":"2026-12-01",
                "monthly_quotas":{"chat":50,"completions":2000},"limited_user_quotas":{"chat":20,"completions":1500}}"#,
        )
        .unwrap();
        let new = parse_user(
            r#"{"copilot_plan":"individual","access_type_sku":"free_limited_copilot","quota_reset_date":"2026-12-01",
                "quota_snapshots":{"chat":{"entitlement":50,"remaining":20},"completions":{"entitlement":2000,"remaining":1500}}}"#,
        )
        .unwrap();
        for quota in [old, new] {
            assert_eq!(quota.plan.as_deref(), Some("Free"));
            let used: Vec<_> = quota.meters.iter().map(|m| (m.kind, m.used, m.allowance.clone())).collect();
            assert_eq!(
                used,
                [
                    (MeterKind::Chat, 30.0, Allowance::Known(50.0)),
                    (MeterKind::Completions, 500.0, Allowance::Known(2000.0))
                ]
            );
        }
    }

    #[test]
    fn a_payload_without_quotas_is_malformed() {
        assert_eq!(
            parse_user(r#"{"copilot_plan":"individual"}"#).unwrap_err().to_string(),
            "neither `quota_snapshots` nor `monthly_quotas`"
        );
        assert_eq!(
            parse_user(r#"{"quota_snapshots":{"chat":7}}"#).unwrap_err().to_string(),
            "`chat` is not an object in `quota_snapshots`"
        );
    }

    #[test]
    fn the_exchange_must_yield_a_token() {
        assert_eq!(
            parse_session_token(r#"{"token":"tid=1;exp=2","expires_at":1}"#).unwrap(),
            ("tid=1;exp=2".to_owned(), Some(1))
        );
        assert!(parse_session_token(r#"{"token":""}"#).is_err());
        assert!(parse_session_token(r#"{"message":"Not Found"}"#).is_err());
    }
}
