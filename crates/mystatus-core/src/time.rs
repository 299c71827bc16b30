//! Calendar arithmetic in UTC. Quotas reset on calendar boundaries. By hand rather than with a
//! date library: the APIs' dates need a leniency RFC 3339 parsers refuse (a date alone, a time
//! without seconds), and the rest is two well-known day-count formulas.

pub const MS_PER_DAY: i64 = 86_400_000;
/// The latest time an API can mean, 9999-12-31T23:59:59Z in epoch seconds: a later value is no
/// time (and its milliseconds would overflow the countdowns' arithmetic).
pub const LATEST_EPOCH_S: f64 = 253_402_300_799.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i64 {
        let year = if self.month <= 2 { self.year - 1 } else { self.year };
        let era = year.div_euclid(400);
        let year_of_era = year.rem_euclid(400);
        let month = i64::from(self.month);
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    pub fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Self { year, month, day }
    }

    pub fn from_epoch_ms(ms: i64) -> Self {
        Self::from_days_since_epoch(ms.div_euclid(MS_PER_DAY))
    }

    pub fn epoch_ms(self) -> i64 {
        self.days_since_epoch() * MS_PER_DAY
    }

    /// The first day of the month after this date's.
    pub fn first_of_next_month(self) -> Self {
        if self.month == 12 {
            Self { year: self.year + 1, month: 1, day: 1 }
        } else {
            Self { year: self.year, month: self.month + 1, day: 1 }
        }
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    fn is_valid(self) -> bool {
        let days_in_month = match self.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0) => 29,
            2 => 28,
            _ => return false,
        };
        (1..=days_in_month).contains(&self.day)
    }
}

/// `ms` (epoch milliseconds) in ISO 8601, UTC, as JavaScript's `toISOString` writes it:
/// `2026-12-01T00:00:00.000Z`.
pub fn iso_date_time(ms: i64) -> String {
    let of_day = ms.rem_euclid(MS_PER_DAY);
    let (hours, minutes) = (of_day / 3_600_000, of_day / 60_000 % 60);
    let (seconds, millis) = (of_day / 1000 % 60, of_day % 1000);
    format!("{}T{hours:02}:{minutes:02}:{seconds:02}.{millis:03}Z", Date::from_epoch_ms(ms).iso())
}

/// `text` as a number when it is `len` decimal digits, at least one.
fn number(text: &str, len: usize) -> Option<i64> {
    if text.len() != len || len == 0 {
        return None;
    }
    text.bytes().try_fold(0, |value, byte| byte.is_ascii_digit().then(|| value * 10 + i64::from(byte - b'0')))
}

/// Parses `YYYY-MM-DD` or an RFC 3339 date-time (`Z` or `±HH:MM`) into epoch milliseconds.
pub fn parse_iso(text: &str) -> Option<i64> {
    let text = text.trim();
    let date = Date {
        year: number(text.get(0..4)?, 4)?,
        month: number(text.get(5..7)?, 2)? as u32,
        day: number(text.get(8..10)?, 2)? as u32,
    };
    if text.get(4..5)? != "-" || text.get(7..8)? != "-" || !date.is_valid() {
        return None;
    }
    let rest = text.get(10..)?;
    if rest.is_empty() {
        return Some(date.epoch_ms());
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let hour: i64 = number(rest.get(0..2)?, 2)?;
    let minute: i64 = number(rest.get(3..5)?, 2)?;
    let (second, mut zone): (i64, &str) =
        if rest.get(5..6) == Some(":") { (number(rest.get(6..8)?, 2)?, rest.get(8..)?) } else { (0, rest.get(5..)?) };
    let mut millis = 0;
    if let Some(fraction) = zone.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        let (fraction_digits, after) = fraction.split_at(digits);
        millis = number(fraction_digits.get(0..digits.min(3))?, digits.min(3))? * 10_i64.pow(3 - digits.min(3) as u32);
        zone = after;
    }
    let offset_minutes = match zone {
        "" | "Z" | "z" => 0,
        _ => {
            let sign = match zone.get(0..1)? {
                "+" => 1,
                "-" => -1,
                _ => return None,
            };
            let zone_hours: i64 = number(zone.get(1..3)?, 2)?;
            let zone_minutes: i64 = number(zone.get(4..6)?, 2)?;
            if zone.len() != 6 {
                return None;
            }
            sign * (zone_hours * 60 + zone_minutes)
        }
    };
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    Some(date.epoch_ms() + ((hour * 60 + minute - offset_minutes) * 60 + second) * 1000 + millis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_over_four_centuries() {
        for days in (-150_000..150_000).step_by(7) {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
    }

    #[test]
    fn known_dates() {
        assert_eq!(Date { year: 1970, month: 1, day: 1 }.days_since_epoch(), 0);
        assert_eq!(Date { year: 2000, month: 3, day: 1 }.days_since_epoch(), 11_017);
        assert_eq!(Date::from_days_since_epoch(20_820).iso(), "2027-01-02");
    }

    #[test]
    fn next_month_rolls_the_year() {
        assert_eq!(Date { year: 2026, month: 12, day: 31 }.first_of_next_month().iso(), "2027-01-01");
        assert_eq!(Date { year: 2026, month: 2, day: 14 }.first_of_next_month().iso(), "2026-03-01");
    }

    #[test]
    fn writes_date_times_as_javascript_does() {
        assert_eq!(iso_date_time(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso_date_time(1_795_267_800_123), "2026-11-21T13:30:00.123Z");
        assert_eq!(iso_date_time(-1), "1969-12-31T23:59:59.999Z");
    }

    #[test]
    fn parses_dates_and_date_times() {
        let day = Date { year: 2026, month: 12, day: 1 }.epoch_ms();
        assert_eq!(parse_iso("2026-12-01"), Some(day));
        assert_eq!(parse_iso("2026-12-01T00:00:00Z"), Some(day));
        assert_eq!(parse_iso("2026-12-01T01:30:00+01:30"), Some(day));
        assert_eq!(parse_iso("2026-12-01T00:00:00.250Z"), Some(day + 250));
        assert_eq!(parse_iso("2026-11-30T23:00-01:00"), Some(day));
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for text in [
            "",
            "2026",
            "2026-13-01",
            "2026-02-30",
            "2026/12/01",
            "2026-12-01T25:00:00Z",
            "2026-12-01Tnoon",
            "２０２６-12-01",
        ] {
            assert_eq!(parse_iso(text), None, "{text}");
        }
    }
}
