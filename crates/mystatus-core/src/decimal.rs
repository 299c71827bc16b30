//! Decimal text to numbers, as `str::parse` reads it, without `core`'s readers: for floats, its
//! tables and its four algorithms were 16 KB of the wasm module, for the few numbers an answer or
//! a file holds; for integers, each type had its own copy. Short numbers are exact in one float
//! operation; any other is found by stepping a float estimate to the nearest float, compared
//! exactly with big integers.

use std::cmp::Ordering;

/// Significant digits read: a value between two floats has at most 767, so the digits after
/// the 800th only tell that the number is a little larger than those 800 say.
const MAX_DIGITS: usize = 800;

/// The float `text` writes the way `str::parse::<f64>` reads it (`-1.5`, `+.5`, `2.`, `1E-3`);
/// `None` when it is no number or out of range (what `str::parse` reads as infinite or NaN).
pub fn to_f64(text: &str) -> Option<f64> {
    let (negative, body) = signed(text.as_bytes());
    let (mantissa, exponent) = match body.iter().position(|byte| matches!(byte, b'e' | b'E')) {
        Some(at) => (body.get(..at)?, Some(body.get(at + 1..)?)),
        None => (body, None),
    };
    let (integer, fraction) = match mantissa.iter().position(|&byte| byte == b'.') {
        Some(at) => (mantissa.get(..at)?, mantissa.get(at + 1..)?),
        None => (mantissa, &[][..]),
    };
    let all_digits = |part: &[u8]| part.iter().all(u8::is_ascii_digit);
    if integer.len() + fraction.len() == 0 || !all_digits(integer) || !all_digits(fraction) {
        return None;
    }
    // Saturated far beyond any exponent that is not simply zero or infinity.
    let mut power = match exponent {
        Some(text) => {
            let (negative, digits) = signed(text);
            if digits.is_empty() || !all_digits(digits) {
                return None;
            }
            let value = digits.iter().fold(0_i64, |value, digit| (value * 10 + i64::from(digit - b'0')).min(1 << 40));
            if negative { -value } else { value }
        }
        None => 0,
    };
    power -= fraction.len() as i64;
    // The digits from the first non-zero one, pushed in a loop: less code than a collect.
    let mut significant = Vec::new();
    for part in [integer, fraction] {
        for &digit in part {
            if digit != b'0' || !significant.is_empty() {
                significant.push(digit - b'0');
            }
        }
    }
    let kept = significant.get(..MAX_DIGITS).unwrap_or(&significant);
    let dropped = significant.get(MAX_DIGITS..).unwrap_or_default();
    power += dropped.len() as i64;
    let value = nearest(kept, power, dropped.iter().any(|&digit| digit != 0));
    let value = if negative { -value } else { value };
    value.is_finite().then_some(value)
}

/// `text` as `str::parse::<u64>` reads it: an optional `+`, then digits, not too many.
pub fn to_u64(text: &str) -> Option<u64> {
    match signed(text.as_bytes()) {
        (false, digits) => magnitude(digits),
        (true, _) => None,
    }
}

/// `text` as `str::parse::<i64>` reads it: an optional sign, then digits, not too many.
pub fn to_i64(text: &str) -> Option<i64> {
    let (negative, digits) = signed(text.as_bytes());
    let magnitude = magnitude(digits)?;
    if negative { 0_i64.checked_sub_unsigned(magnitude) } else { i64::try_from(magnitude).ok() }
}

/// Decimal digits, at least one, as a number that fits.
fn magnitude(digits: &[u8]) -> Option<u64> {
    if digits.is_empty() {
        return None;
    }
    digits.iter().try_fold(0_u64, |value, &digit| {
        let digit = digit.is_ascii_digit().then(|| u64::from(digit - b'0'))?;
        value.checked_mul(10)?.checked_add(digit)
    })
}

/// Whether `text` starts with `-`, and `text` without its sign.
fn signed(text: &[u8]) -> (bool, &[u8]) {
    match text {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        rest => (false, rest),
    }
}

/// The float nearest `digits × 10^power` (ties to even), `digits` without leading zeros; `more`
/// when the number is a little larger than that.
fn nearest(digits: &[u8], power: i64, more: bool) -> f64 {
    let Some(point) = power.checked_add(digits.len() as i64).filter(|_| !digits.is_empty()) else { return 0.0 };
    // The number is below 10^point and at least 10^(point - 1).
    if point > 310 {
        return f64::INFINITY;
    }
    if point < -330 {
        return 0.0;
    }
    let power = power as i32;
    let leading = digits.iter().take(19).fold(0_u64, |value, &digit| value * 10 + u64::from(digit));
    if digits.len() <= 15 && (-22..=22).contains(&power) {
        // Both factors are exact floats: the one rounding is the float operation's own.
        let factor = scaled(1.0, power.abs());
        return if power < 0 { leading as f64 / factor } else { leading as f64 * factor };
    }
    let estimate = scaled(leading as f64, power + digits.len().saturating_sub(19) as i32);
    let number = digits.iter().fold(Vec::new(), |mut number, &digit| {
        multiply_add(&mut number, 10, u32::from(digit));
        number
    });
    let above = |bits: u64| compare_halfway(&number, power, more, bits);
    let mut bits = if estimate.is_finite() { estimate.to_bits() } else { f64::MAX.to_bits() };
    // A tie goes to the float with an even mantissa, which is the even `bits`.
    loop {
        let up = above(bits);
        if up == Ordering::Greater || (up == Ordering::Equal && bits % 2 == 1) {
            bits += 1;
            if bits == f64::INFINITY.to_bits() {
                break;
            }
            continue;
        }
        let down = if bits > 0 { above(bits - 1) } else { Ordering::Greater };
        if down == Ordering::Less || (down == Ordering::Equal && bits % 2 == 1) {
            bits -= 1;
            continue;
        }
        break;
    }
    f64::from_bits(bits)
}

/// Powers of ten whose floats are the nearest to them, by exponent bit.
const POWERS: [f64; 9] = [1e1, 1e2, 1e4, 1e8, 1e16, 1e32, 1e64, 1e128, 1e256];

/// `value × 10^power`, a few units in the last place off at most; exact when both are exact
/// floats (to 10^22) and the result is too.
fn scaled(mut value: f64, power: i32) -> f64 {
    let mut left = power.unsigned_abs();
    for (bit, factor) in POWERS.iter().enumerate().rev() {
        while left >= 1 << bit {
            value = if power < 0 { value / factor } else { value * factor };
            left -= 1 << bit;
        }
    }
    value
}

/// How `number × 10^power` (a little more when `more`) compares with the point halfway between
/// the float of `bits` and the next one up.
fn compare_halfway(number: &[u32], power: i32, more: bool, bits: u64) -> Ordering {
    let (fraction, biased) = (bits & ((1 << 52) - 1), ((bits >> 52) & 0x7ff) as i32);
    let (mantissa, exponent) = if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased - 1075) };
    // Halfway is (2 × mantissa + 1) × 2^(exponent - 1); both sides are made whole numbers.
    let halfway = 2 * mantissa + 1;
    let mut left = number.to_vec();
    let mut right = vec![halfway as u32, (halfway >> 32) as u32];
    multiply(&mut left, 10, power.max(0).unsigned_abs());
    multiply(&mut left, 2, (1 - exponent).max(0).unsigned_abs());
    multiply(&mut right, 10, (-power).max(0).unsigned_abs());
    multiply(&mut right, 2, (exponent - 1).max(0).unsigned_abs());
    for side in [&mut left, &mut right] {
        while side.last() == Some(&0) {
            side.pop();
        }
    }
    let order = left.len().cmp(&right.len()).then_with(|| left.iter().rev().cmp(right.iter().rev()));
    if order == Ordering::Equal && more { Ordering::Greater } else { order }
}

/// `number × base^times`, for a base of 2 or 10.
fn multiply(number: &mut Vec<u32>, base: u32, mut times: u32) {
    // The largest power of the base in a u32, at once.
    let most = if base == 2 { 31 } else { 9 };
    while times > 0 {
        let step = times.min(most);
        multiply_add(number, base.pow(step), 0);
        times -= step;
    }
}

/// `number × factor + add`; `number` is little-endian, 32 bits a limb.
fn multiply_add(number: &mut Vec<u32>, factor: u32, add: u32) {
    let mut carry = u64::from(add);
    for limb in number.iter_mut() {
        let product = u64::from(*limb) * u64::from(factor) + carry;
        *limb = product as u32;
        carry = product >> 32;
    }
    if carry > 0 {
        number.push(carry as u32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::decimal;
    use proptest::prelude::*;

    fn std_parse(text: &str) -> Option<f64> {
        text.parse::<f64>().ok().filter(|value| value.is_finite())
    }

    fn same(text: &str) -> Result<(), TestCaseError> {
        let (ours, theirs) = (to_f64(text).map(f64::to_bits), std_parse(text).map(f64::to_bits));
        prop_assert_eq!(ours, theirs, "{}", text);
        Ok(())
    }

    /// The exact decimal value halfway between the float of `bits` and the next one up.
    fn halfway_text(bits: u64) -> String {
        let (fraction, biased) = (bits & ((1 << 52) - 1), ((bits >> 52) & 0x7ff) as i32);
        let (mantissa, exponent) = if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased - 1075) };
        match u32::try_from(exponent - 1) {
            Ok(shift) => decimal(2 * mantissa + 1, 2, shift),
            Err(_) => format!("{}e{}", decimal(2 * mantissa + 1, 5, (1 - exponent).unsigned_abs()), exponent - 1),
        }
    }

    #[test]
    fn reads_what_str_parse_reads() {
        let cases = [
            "0",
            "-0",
            "+0",
            "0.0",
            "00",
            "1",
            "1.",
            ".5",
            "+.5",
            "-.5e1",
            "1e5",
            "1E5",
            "1e+5",
            "1e-5",
            "1.e5",
            "12345678901234567890",
            "0.1",
            "0.3",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1.8e308",
            "2.2250738585072014e-308",
            "2.2250738585072011e-308",
            "4.9e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "5e-324",
            "1e-400",
            "1e400",
            "0e999999999999999999999",
            "1e-999999999999999999999",
            "9007199254740993",
            "9007199254740992.5",
            "1e22",
            "1e23",
            "123456789012345e-22",
            "1234567890123456e-22",
            "",
            "-",
            "+",
            ".",
            "e5",
            "1e",
            "1e+",
            "1e-",
            "1.2.3",
            "1e5e5",
            "inf",
            "NaN",
            "infinity",
            " 1",
            "1 ",
            "0x10",
            "1_0",
            "--1",
            "+-1",
            "١",
        ];
        for text in cases {
            same(text).unwrap();
        }
        let long = format!("0.{}1", "0".repeat(5000));
        same(&long).unwrap();
        let many = format!("1{}e-1000", "0".repeat(1000));
        same(&many).unwrap();
        let halfway = halfway_text(1) + &"0".repeat(900) + "1";
        same(&halfway).unwrap();
    }

    #[test]
    fn integers_read_as_str_parse_reads_them() {
        let cases = [
            "0",
            "+0",
            "-0",
            "7",
            "+7",
            "-7",
            "007",
            "",
            "+",
            "-",
            "1e3",
            "1.0",
            " 1",
            "1 ",
            "+-1",
            "--1",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            "18446744073709551615",
            "18446744073709551616",
            "99999999999999999999999",
        ];
        for text in cases {
            assert_eq!(to_u64(text), text.parse().ok(), "{text}");
            assert_eq!(to_i64(text), text.parse().ok(), "{text}");
        }
    }

    proptest! {
        #[test]
        fn integers_of_any_digits_read_as_str_parse_reads_them(text in "[-+]?[0-9]{0,21}") {
            prop_assert_eq!(to_u64(&text), text.parse().ok());
            prop_assert_eq!(to_i64(&text), text.parse().ok());
        }

        #[test]
        fn floats_written_by_std_read_back(value in any::<f64>()) {
            same(&value.to_string())?;
            same(&format!("{value:e}"))?;
            same(&format!("{value:.25e}"))?;
        }

        /// Exactly halfway between two floats, just below and just above.
        #[test]
        fn halfway_points_round_to_even(bits in 0_u64..0x7fef_ffff_ffff_ffff) {
            let text = halfway_text(bits);
            same(&text)?;
            let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
            let exponent: i32 = exponent.parse().unwrap_or(0);
            let mut below = mantissa.as_bytes().to_vec();
            for digit in below.iter_mut().rev() {
                if *digit == b'0' { *digit = b'9' } else { *digit -= 1; break }
            }
            same(&format!("{}9999e{}", String::from_utf8(below).unwrap_or_default(), exponent - 4))?;
            same(&format!("{mantissa}000000000000000000001e{}", exponent - 21))?;
        }

        #[test]
        fn any_digits_read_as_str_parse_reads(text in "[-+]?[0-9]{0,30}(\\.[0-9]{0,30})?([eE][-+]?[0-9]{1,4})?") {
            same(&text)?;
        }
    }
}
