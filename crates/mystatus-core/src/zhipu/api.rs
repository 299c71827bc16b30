//! The Coding Plan quota endpoint shared by Zhipu AI and Z.ai: `GET /api/monitor/usage/quota/limit`,
//! authorised by the raw API key (no `Bearer`).

use serde::Deserialize;
use serde_json::Value;

use crate::host::HttpRequest;
use crate::lenient::{self, Malformed};
use crate::time;

pub const ZHIPU_ORIGIN_VAR: &str = "MYSTATUS_ZHIPU_URL";
pub const ZHIPU_DEFAULT_ORIGIN: &str = "https://bigmodel.cn";
pub const ZAI_ORIGIN_VAR: &str = "MYSTATUS_ZAI_URL";
pub const ZAI_DEFAULT_ORIGIN: &str = "https://api.z.ai";

/// 9999-12-31T23:59:59.999Z in epoch milliseconds: the latest reset time that is a date.
const LATEST_MS: f64 = time::LATEST_EPOCH_S * 1000.0 + 999.0;

/// The envelope's `code` on success; anything else is a refusal, whatever the HTTP status.
const CODE_OK: i64 = 200;

pub fn quota_request(origin: &str, key: &str) -> HttpRequest {
    HttpRequest::get(format!("{origin}/api/monitor/usage/quota/limit"))
        .header("Authorization", key)
        .header("Accept", "application/json")
        .header("User-Agent", crate::http::USER_AGENT)
}

/// What a limit counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Tokens,
    /// `TIME_LIMIT`: MCP and tool calls (web search, reader...).
    Calls,
    Credits,
    /// A type this version does not know, as the API names it.
    Other(String),
}

/// A limit's window, as the API states it (`unit`/`number`); never inferred from the figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    Hours(i64),
    Days(i64),
    Weeks(i64),
    Months(i64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Limit {
    pub kind: Kind,
    pub window: Option<Window>,
    /// The allowance (`usage`).
    pub total: Option<f64>,
    /// What was used (`currentValue`).
    pub used: Option<f64>,
    /// The share used, 0 to 100.
    pub used_percent: Option<f64>,
    /// Epoch milliseconds.
    pub reset_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Limits(Vec<Limit>),
    /// `code != 200` or `success: false`, even with HTTP 200.
    Refused {
        code: Option<i64>,
        msg: Option<String>,
    },
}

fn kind(name: Option<&str>) -> Kind {
    match name {
        Some("TOKENS_LIMIT") => Kind::Tokens,
        Some("TIME_LIMIT") => Kind::Calls,
        Some("CREDIT_LIMIT") => Kind::Credits,
        _ => Kind::Other(name.filter(|name| !name.trim().is_empty()).unwrap_or("?").to_owned()),
    }
}

/// A window from its unit code and count. Readers of the API disagree on the codes: 3 is hours
/// and 6 weeks for all; days are 4 for some and 1 for others (both read as days); 5 is months for
/// some, minutes for others, so 5 counts minutes only in whole hours of at least one (300 is the
/// 5-hour window; no plan has a 60-month one).
fn window(unit: Option<i64>, number: Option<i64>) -> Option<Window> {
    let number = number.filter(|number| *number > 0)?;
    match unit? {
        3 => Some(Window::Hours(number)),
        1 | 4 => Some(Window::Days(number)),
        5 if number >= 60 && number % 60 == 0 => Some(Window::Hours(number / 60)),
        5 => Some(Window::Months(number)),
        6 => Some(Window::Weeks(number)),
        _ => None,
    }
}

/// The envelope every answer comes in; every field lenient.
#[derive(Deserialize)]
struct Envelope {
    #[serde(default, deserialize_with = "lenient::integer")]
    code: Option<i64>,
    #[serde(default, deserialize_with = "lenient::boolean")]
    success: Option<bool>,
    #[serde(default, deserialize_with = "lenient::text")]
    msg: Option<String>,
    #[serde(default, deserialize_with = "lenient::record")]
    data: Option<Data>,
}

#[derive(Deserialize)]
struct Data {
    /// Entries that are not objects are skipped.
    #[serde(default)]
    limits: Option<Value>,
}

/// A limit as the API sends it; each field of the wrong type reads as absent.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawLimit {
    #[serde(rename = "type", default, deserialize_with = "lenient::text")]
    kind: Option<String>,
    #[serde(default, deserialize_with = "lenient::integer")]
    unit: Option<i64>,
    #[serde(default, deserialize_with = "lenient::integer")]
    number: Option<i64>,
    #[serde(default, deserialize_with = "lenient::number")]
    usage: Option<f64>,
    #[serde(default, deserialize_with = "lenient::number")]
    current_value: Option<f64>,
    #[serde(default, deserialize_with = "lenient::number")]
    percentage: Option<f64>,
    #[serde(default, deserialize_with = "lenient::number")]
    next_reset_time: Option<f64>,
}

impl From<RawLimit> for Limit {
    fn from(raw: RawLimit) -> Self {
        Self {
            kind: kind(raw.kind.as_deref()),
            window: window(raw.unit, raw.number),
            total: raw.usage,
            used: raw.current_value,
            used_percent: raw.percentage,
            // Out of any calendar (negative, past year 9999): no reset time, not an overflow later.
            reset_ms: raw.next_reset_time.filter(|ms| (0.0..=LATEST_MS).contains(ms)).map(|ms| ms as i64),
        }
    }
}

pub fn parse_quota(body: &str) -> Result<Reply, Malformed> {
    let envelope: Envelope = lenient::parse_object(body)?;
    let code = envelope.code;
    if code.is_some_and(|code| code != CODE_OK) || envelope.success == Some(false) {
        return Ok(Reply::Refused { code, msg: envelope.msg });
    }
    let limits = envelope.data.and_then(|data| data.limits);
    let Some(Value::Array(limits)) = limits else {
        return Err(Malformed::Invalid("no data.limits in the answer".to_owned()));
    };
    let limits = limits.into_iter().filter(Value::is_object).filter_map(lenient::as_record::<RawLimit>);
    Ok(Reply::Limits(limits.map(Limit::from).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_types_lose_only_their_field_and_numbers_may_be_strings() {
        let body = r#"{"code":200,"success":true,"data":{"limits":[
            {"type":"TOKENS_LIMIT","unit":"3","number":5,"usage":100,"currentValue":"x","percentage":12},
            "not a limit",
            [3, 5, 100],
            {"type":"TIME_LIMIT","unit":5,"number":1,"nextResetTime":1795267800000}
        ]}}"#;
        let tokens = Limit {
            kind: Kind::Tokens,
            window: Some(Window::Hours(5)),
            total: Some(100.0),
            used: None,
            used_percent: Some(12.0),
            reset_ms: None,
        };
        let calls = Limit {
            kind: Kind::Calls,
            window: Some(Window::Months(1)),
            total: None,
            used: None,
            used_percent: None,
            reset_ms: Some(1_795_267_800_000),
        };
        assert_eq!(parse_quota(body), Ok(Reply::Limits(vec![tokens, calls])));
    }

    #[test]
    fn unit_codes_as_every_reader_of_the_api_has_them() {
        let windows: Vec<_> = [(3, 5), (6, 1), (4, 1), (1, 1), (5, 1), (5, 300), (5, 90), (2, 1), (3, 0)]
            .map(|(unit, number)| window(Some(unit), Some(number)))
            .into();
        let expected = [
            Some(Window::Hours(5)),
            Some(Window::Weeks(1)),
            Some(Window::Days(1)),
            Some(Window::Days(1)),
            Some(Window::Months(1)),
            Some(Window::Hours(5)),
            Some(Window::Months(90)),
            None,
            None,
        ];
        assert_eq!(windows, expected);
    }

    /// `nextResetTime: -1e19` became `i64::MIN`, and the countdown overflowed.
    #[test]
    fn reset_times_out_of_any_calendar_are_unknown() {
        for time in ["-1e19", "-1", "1e300", "253402300800000", "\"-9.2e18\""] {
            let body =
                format!(r#"{{"code":200,"data":{{"limits":[{{"type":"TIME_LIMIT","nextResetTime":{time}}}]}}}}"#);
            let Ok(Reply::Limits(limits)) = parse_quota(&body) else { panic!("{body}") };
            assert_eq!(limits.iter().map(|limit| limit.reset_ms).collect::<Vec<_>>(), [None], "{time}");
        }
    }

    #[test]
    fn refusals_and_malformed_answers() {
        let refused = parse_quota(r#"{"code":1001,"msg":"bad","success":false}"#);
        assert_eq!(refused, Ok(Reply::Refused { code: Some(1001), msg: Some("bad".to_owned()) }));
        let refused = parse_quota(r#"{"code":200,"success":false,"data":{"limits":[]}}"#);
        assert_eq!(refused, Ok(Reply::Refused { code: Some(200), msg: None }));
        assert!(parse_quota(r#"{"code":200,"success":true,"data":null}"#).is_err());
        assert!(parse_quota("[]").is_err());
        assert!(parse_quota(r#"[200, "ok", true, {"limits": []}]"#).is_err());
        assert!(parse_quota(r#"{"code":200,"success":true,"data":[{"limits":[]}]}"#).is_err());
        assert_eq!(parse_quota(r#"{"code":200,"data":{"limits":[]}}"#), Ok(Reply::Limits(Vec::new())));
    }
}
