//! Floats written as serde_json wrote them: the fewest significant digits that read back as the
//! same float (of two candidates, the nearer; on a tie, the even one), plain for exponents -5 to
//! 15 (`0.00001`, `1.0`, `1000000000000000.0`), scientific beyond (`1e-6`, `1.5e+16`). Found by
//! trying candidates from the exact decimal value with `str::parse`, not with `core`'s float
//! formatter: that is the largest piece of `core` in the wasm module, for floats that only ever
//! appear in error messages.

use crate::decimal::{to_f64, to_u64};
use crate::format::decimal;

/// `value`, finite, as JSON.
pub fn float(value: f64) -> String {
    let (digits, exponent) = shortest(value.abs());
    let mut out = String::from(if value.is_sign_negative() { "-" } else { "" });
    if !(-5..=15).contains(&exponent) {
        let (first, rest) = digits.split_at_checked(1).unwrap_or_default();
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        out.push_str(if exponent < 0 { "e" } else { "e+" });
        out.push_str(&exponent.to_string());
    } else if let Ok(exponent) = usize::try_from(exponent) {
        let (integer, fraction) = digits.split_at_checked(exponent + 1).unwrap_or((&digits, ""));
        out.push_str(integer);
        out.push_str(&"0".repeat(exponent + 1 - integer.len()));
        out.push('.');
        out.push_str(if fraction.is_empty() { "0" } else { fraction });
    } else {
        out.push_str("0.");
        out.push_str(&"0".repeat((-exponent - 1) as usize));
        out.push_str(&digits);
    }
    out
}

/// The significant digits of `value` (at least 0) that [`float`] writes, without trailing zeros,
/// and the power of ten of the first.
fn shortest(value: f64) -> (String, i32) {
    if value == 0.0 {
        return ("0".to_owned(), 0);
    }
    // value = mantissa × 2^exponent = whole × 10^scale, exactly.
    let bits = value.to_bits();
    let (fraction, biased) = (bits & ((1 << 52) - 1), ((bits >> 52) & 0x7ff) as i32);
    let (mantissa, exponent) = if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased - 1075) };
    let (whole, scale) = match u32::try_from(exponent) {
        Ok(exponent) => (decimal(mantissa, 2, exponent), 0),
        Err(_) => (decimal(mantissa, 5, exponent.unsigned_abs()), exponent),
    };
    let first = whole.len() as i32 - 1 + scale;
    let exact = whole.trim_end_matches('0');
    // 17 significant digits always read back as the float.
    for count in 1..=exact.len().min(17) {
        let (kept, dropped) = (exact.get(..count).unwrap_or_default(), exact.get(count..).unwrap_or_default());
        let Some(down) = to_u64(kept) else { break };
        // The candidates are `down` and `down + 1` units of the last kept digit, nearer first.
        let unit = first - count as i32 + 1;
        let reads_back = |candidate: u64| to_f64(&format!("{candidate}e{unit}")) == Some(value);
        let down_is_nearer = dropped < "5" || (dropped == "5" && down % 2 == 0);
        let candidates = if down_is_nearer { [down, down + 1] } else { [down + 1, down] };
        let chosen = candidates.into_iter().find(|&candidate| reads_back(candidate));
        if let Some(chosen) = chosen {
            let digits = chosen.to_string();
            let first = unit + digits.len() as i32 - 1;
            return (digits.trim_end_matches('0').to_owned(), first);
        }
    }
    (exact.to_owned(), first)
}
