//! Pure helpers that turn numbers into report text.

use crate::account::Meter;
use crate::i18n::Messages;
use crate::time::MS_PER_DAY;

/// Bar width in characters: fits a narrow terminal pane next to its figures.
pub const BAR_WIDTH: usize = 20;
/// Column where values start after a label such as "Account:".
const LABEL_COLUMN: usize = 16;

/// A bar of what remains: `█` remaining, `░` used. Out-of-range and NaN input is clamped.
pub fn bar(percent_remaining: f64) -> String {
    let percent = if percent_remaining.is_nan() { 0.0 } else { percent_remaining.clamp(0.0, 100.0) };
    let filled = ((percent / 100.0) * BAR_WIDTH as f64).round() as usize;
    "█".repeat(filled) + &"░".repeat(BAR_WIDTH - filled)
}

/// A whole percentage for display, within 0..=100.
pub fn percent(value: f64) -> i64 {
    if value.is_nan() { 0 } else { value.clamp(0.0, 100.0).round() as i64 }
}

/// Counts as the API gives them, rounded for display only: `90`, `52.5`, `0.33`.
pub fn quantity(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    // Beyond 1e15 there are no cents to round, and × 100 could overflow to infinity.
    let rounded = if value.abs() < 1e15 { (value * 100.0).round() / 100.0 } else { value };
    let text = format!("{:.2}", rounded + 0.0);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".to_owned() } else { text.to_owned() }
}

/// An amount with cents, no currency: `12.34`.
fn with_cents(value: f64) -> String {
    // `+ 0.0` turns -0.0 (which an API may send) into 0.0: never "-0.00".
    if value.is_finite() { format!("{:.2}", value + 0.0) } else { "0.00".to_owned() }
}

/// US dollars with cents: `$12.34`.
pub fn dollars(value: f64) -> String {
    format!("${}", with_cents(value))
}

/// An amount in a currency named by its ISO 4217 code: `$12.34`, `€12.34`, `£12.34`, `12.34 CHF`.
pub fn money(value: f64, currency: &str) -> String {
    match currency {
        "USD" => dollars(value),
        "EUR" => format!("€{}", with_cents(value)),
        "GBP" => format!("£{}", with_cents(value)),
        code => format!("{} {code}", with_cents(value)),
    }
}

/// `bar percent% (used/total)`.
pub fn usage_line(percent_remaining: f64, used: f64, total: f64) -> String {
    format!("{} {}% ({}/{})", bar(percent_remaining), percent(percent_remaining), quantity(used), quantity(total))
}

/// Display columns of `text` in a terminal: wide (CJK) characters take two.
pub fn columns(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `label` followed by `value`, aligned on one column.
pub fn labelled(label: &str, value: &str) -> String {
    let padding = LABEL_COLUMN.saturating_sub(columns(label)).max(1);
    format!("{label}{}{value}", " ".repeat(padding))
}

/// A rate-limit window named by its length: "5-hour limit", "7-day limit".
pub fn window_label(messages: &Messages, seconds: f64) -> String {
    let seconds = if seconds.is_finite() { seconds.max(0.0) } else { 0.0 };
    let (template, unit) = if seconds >= 86_400.0 {
        (messages.window_days, 86_400.0)
    } else if seconds >= 3_600.0 {
        (messages.window_hours, 3_600.0)
    } else {
        (messages.window_minutes, 60.0)
    };
    template.fill([&((seconds / unit).round() as i64).to_string()])
}

/// `text` with its first letter upper-case, when that letter is ASCII. The names capitalised are
/// ASCII identifiers (API keys, plan ids); Unicode's case tables would add 17 KB to the module that
/// JavaScriptCore compiles before the first report.
pub fn capitalized(mut text: String) -> String {
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// A window of whole months, which have no fixed length in seconds: "1-month limit".
pub fn months_label(messages: &Messages, months: i64) -> String {
    messages.window_months.fill([&months.to_string()])
}

/// `bar 70% remaining`.
pub fn remaining_line(messages: &Messages, remaining_percent: f64) -> String {
    format!("{} {}", bar(remaining_percent), messages.remaining.fill([&percent(remaining_percent).to_string()]))
}

/// "9d 10h" until `target_ms`, or "resets soon" once it has passed.
pub fn countdown(messages: &Messages, now_ms: i64, target_ms: i64) -> String {
    let left = target_ms - now_ms;
    if left <= 0 {
        return messages.resets_soon.to_owned();
    }
    let minutes_total = left / 60_000;
    let days = left / MS_PER_DAY;
    let hours = (left % MS_PER_DAY) / 3_600_000;
    let minutes = minutes_total % 60;
    if days > 0 {
        messages.duration_days.fill([&days.to_string(), &hours.to_string()])
    } else if hours > 0 {
        messages.duration_hours.fill([&hours.to_string(), &minutes.to_string()])
    } else {
        messages.duration_minutes.fill([&minutes.to_string()])
    }
}

/// "Resets in: 3h 5m", or "Resets soon" once `target_ms` has passed (not "Resets in: resets soon").
pub fn resets_line(messages: &Messages, now_ms: i64, target_ms: i64) -> String {
    if target_ms <= now_ms {
        return messages.resets_soon_line.to_owned();
    }
    messages.resets_in.fill([&countdown(messages, now_ms, target_ms)])
}

/// The first lines of a platform's report: its title and the account.
pub fn sheet(messages: &Messages, title: &str, account: &str) -> Vec<String> {
    vec![title.to_owned(), String::new(), labelled(messages.account_label, account)]
}

/// `line` after a blank one.
pub fn push_paragraph(lines: &mut Vec<String>, line: String) {
    lines.extend([String::new(), line]);
}

/// The report's text, the limit warning last when `reached`.
pub fn finish_sheet(mut lines: Vec<String>, messages: &Messages, reached: bool) -> String {
    if reached {
        push_paragraph(&mut lines, messages.limit_reached.to_owned());
    }
    lines.join("\n")
}

/// A meter's lines after a blank one: its label, what remains, a platform's own line, when it
/// resets. One routine for every platform that shows windows.
pub fn push_meter(lines: &mut Vec<String>, messages: &Messages, meter: &Meter, own: Option<String>, now_ms: i64) {
    push_paragraph(lines, meter.label.clone());
    if let Some(remaining) = meter.remaining_percent {
        lines.push(remaining_line(messages, remaining));
    }
    lines.extend(own);
    if let Some(reset_ms) = meter.resets_at_ms {
        lines.push(resets_line(messages, now_ms, reset_ms));
    }
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn bars_keep_their_width_and_show_what_remains() {
        assert_eq!(bar(70.0), "██████████████░░░░░░");
        assert_eq!(bar(100.0), "█".repeat(20));
        for value in [-5.0, 0.0, 2.4, 2.6, 50.0, 99.9, 250.0, f64::NAN, f64::INFINITY] {
            assert_eq!(bar(value).chars().count(), BAR_WIDTH, "{value}");
        }
        assert_eq!(bar(-5.0), "░".repeat(20));
    }

    #[test]
    fn quantities_round_for_display_only() {
        let shown: Vec<_> = [90.0, 52.5, 0.333, 1e9, -0.001, f64::NAN].map(quantity).into();
        assert_eq!(shown, ["90", "52.5", "0.33", "1000000000", "0", "0"]);
        assert_eq!([12.346, 0.5, f64::INFINITY, -0.0].map(dollars), ["$12.35", "$0.50", "$0.00", "$0.00"]);
        let amounts: Vec<_> = ["USD", "EUR", "GBP", "CHF"].map(|code| money(5.0, code)).into();
        assert_eq!(amounts, ["$5.00", "€5.00", "£5.00", "5.00 CHF"]);
        assert_eq!(quantity(1.8e307), format!("{:.0}", 1.8e307), "no infinity for huge values");
        assert!(!quantity(f64::MAX).contains("inf"));
    }

    #[test]
    fn labels_align_values() {
        assert_eq!(labelled("Account:", "x"), "Account:        x");
        assert_eq!(labelled("账号:", "x"), "账号:           x");
        assert_eq!(labelled("A very long label here:", "x"), "A very long label here: x");
    }

    #[test]
    fn windows_are_named_by_length() {
        let en = Lang::En.messages();
        let names: Vec<_> = [18_000.0, 604_800.0, 86_400.0, 1_800.0, 5_400.0, -1.0, f64::NAN]
            .into_iter()
            .map(|seconds| window_label(en, seconds))
            .collect();
        assert_eq!(
            names,
            [
                "5-hour limit",
                "7-day limit",
                "1-day limit",
                "30-minute limit",
                "2-hour limit",
                "0-minute limit",
                "0-minute limit"
            ]
        );
        assert_eq!(remaining_line(en, 69.6), "██████████████░░░░░░ 70% remaining");
        assert_eq!(remaining_line(en, -30.0), "░░░░░░░░░░░░░░░░░░░░ 0% remaining");
    }

    #[test]
    fn countdowns() {
        let en = Lang::En.messages();
        let hour = 3_600_000;
        assert_eq!(countdown(en, 0, 9 * MS_PER_DAY + 10 * hour + 59 * 60_000), "9d 10h");
        assert_eq!(countdown(en, 0, 3 * hour + 5 * 60_000), "3h 5m");
        assert_eq!(countdown(en, 0, 59_999), "0m");
        assert_eq!(countdown(en, 10, 10), "resets soon");
        assert_eq!(resets_line(en, 10, 10), "Resets soon");
        assert_eq!(resets_line(en, 0, 3 * hour + 5 * 60_000), "Resets in: 3h 5m");
    }
}

/// Properties of the number formatting, over every kind of `f64`: NaN, infinities, signed zeros,
/// subnormals, negatives and huge values.
#[cfg(test)]
mod properties {
    use proptest::num::f64 as floats;
    use proptest::prelude::*;

    use super::*;

    /// Any `f64` at all, with the edge cases drawn far more often than chance would.
    fn any_f64() -> impl Strategy<Value = f64> {
        prop_oneof![
            floats::ANY,
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            Just(-0.0),
            Just(f64::MAX),
            Just(f64::MIN),
            Just(f64::MIN_POSITIVE),
            -1e3..1e3,
            -1e12..1e12,
        ]
    }

    /// Finite and at least zero (`-0.0` included: it compares equal to zero).
    fn non_negative() -> impl Strategy<Value = f64> {
        prop_oneof![
            floats::POSITIVE | floats::ZERO | floats::NORMAL | floats::SUBNORMAL,
            Just(0.0),
            0.0..1e3,
            0.0..1e12,
        ]
        .prop_filter("finite", |value| value.is_finite())
    }

    /// `-?digits(.d{1,2})?`: what a person reads as a number.
    fn is_decimal(text: &str) -> bool {
        let unsigned = text.strip_prefix('-').unwrap_or(text);
        let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
        !whole.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit())
            && (1..=2).contains(&fraction.len())
            && fraction.bytes().all(|b| b.is_ascii_digit())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn percent_is_always_within_0_and_100(value in any_f64()) {
            prop_assert!((0..=100).contains(&percent(value)), "percent({value}) = {}", percent(value));
        }

        #[test]
        fn bar_is_always_bar_width_long(value in any_f64()) {
            let bar = bar(value);
            prop_assert_eq!(bar.chars().count(), BAR_WIDTH, "bar({}) = {}", value, bar);
            prop_assert!(bar.chars().all(|c| c == '█' || c == '░'), "bar({value}) = {bar}");
        }

        #[test]
        fn quantity_is_never_nan_nor_minus_zero(value in any_f64()) {
            let shown = quantity(value);
            prop_assert!(!shown.contains("NaN"), "quantity({value}) = {shown}");
            prop_assert_ne!(shown.as_str(), "-0", "quantity({})", value);
        }

        #[test]
        fn quantity_of_a_non_negative_value_is_not_negative(value in non_negative()) {
            let shown = quantity(value);
            prop_assert!(!shown.starts_with('-'), "quantity({value}) = {shown}");
        }

        #[test]
        fn quantity_reads_back_within_half_a_cent(value in -1e12..1e12_f64) {
            let shown = quantity(value);
            prop_assert!(is_decimal(&shown), "quantity({value}) = {shown}");
            let read: f64 = shown.parse().map_err(|err| TestCaseError::fail(format!("{shown}: {err}")))?;
            // Half of the last shown digit, plus the float error of the rounding at this magnitude.
            let tolerance = 0.005 + 4.0 * f64::EPSILON * value.abs().max(1.0);
            prop_assert!((read - value).abs() <= tolerance, "quantity({value}) = {shown}");
        }

        #[test]
        fn usage_line_never_shows_nan(remaining in any_f64(), used in any_f64(), total in any_f64()) {
            let line = usage_line(remaining, used, total);
            prop_assert!(!line.contains("NaN"), "{line}");
        }

        #[test]
        fn dollars_always_have_cents(value in non_negative()) {
            let shown = dollars(value);
            let amount = shown.strip_prefix('$').unwrap_or_default();
            let (whole, cents) = amount.split_once('.').unwrap_or_default();
            prop_assert!(
                !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit())
                    && cents.len() == 2 && cents.bytes().all(|b| b.is_ascii_digit()),
                "dollars({}) = {}", value, shown
            );
        }
    }
}
