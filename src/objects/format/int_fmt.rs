//! Integers to digit strings: `str(int)`, `hex()`, `oct()`, `bin()`, and the digits the
//! int formatters start from.
//!
//! CPython 3.11 refuses decimal conversions of ints with more than 4300 digits
//! (`sys.set_int_max_str_digits`, against quadratic-time attacks); power-of-two bases
//! are exempt. [`int_to_decimal_string`] applies that limit; the formatters do too.

use num_bigint::{BigInt, BigUint, Sign};

use super::{FormatError, int_max_str_digits, past_digit_limit, surely_past_digit_limit};

/// The ValueError of an int → str conversion past the digit limit.
pub(super) fn int_to_str_limit_error() -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        int_max_str_digits()
    ))
}

/// Decimal digits of a magnitude, refusing more than the digit limit.
pub(super) fn decimal_digits(magnitude: &BigUint) -> Result<String, FormatError> {
    // 2^14300 has 4305 decimal digits: anything with more bits is surely too long, and
    // is refused before the (quadratic) conversion.
    if surely_past_digit_limit(magnitude.bits()) {
        return Err(int_to_str_limit_error());
    }
    let digits = magnitude.to_str_radix(10);
    if past_digit_limit(digits.len()) {
        return Err(int_to_str_limit_error());
    }
    Ok(digits)
}

/// `str(value)` for an int, with CPython's 4300-digit limit (ValueError past it).
pub fn int_to_decimal_string(value: &BigInt) -> Result<String, FormatError> {
    let digits = decimal_digits(value.magnitude())?;
    if value.sign() == Sign::Minus {
        let mut out = String::with_capacity(digits.len() + 1);
        out.push('-');
        out.push_str(&digits);
        Ok(out)
    } else {
        Ok(digits)
    }
}

/// The prefix Python writes for a base: `0b`, `0o`, `0x`, or nothing.
pub(super) fn radix_prefix(radix: u32) -> &'static str {
    match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    }
}

/// `value` in `radix` (2..=36) with lower-case digits, the sign first and then, when
/// `prefix` is set, `0b`/`0o`/`0x` for bases 2, 8 and 16: `hex(-255) == '-0xff'`.
/// No digit limit is applied (use [`int_to_decimal_string`] for `str()`).
pub fn int_to_string_radix(value: &BigInt, radix: u32, prefix: bool) -> String {
    let radix = radix.clamp(2, 36);
    let digits = value.magnitude().to_str_radix(radix);
    let prefix = if prefix { radix_prefix(radix) } else { "" };
    let negative = value.sign() == Sign::Minus;
    let mut out = String::with_capacity(digits.len() + prefix.len() + 1);
    if negative {
        out.push('-');
    }
    out.push_str(prefix);
    out.push_str(&digits);
    out
}

/// Writes `value` in `radix` (2, 8, 10 or 16) into `buf`, returning the digits.
pub(super) fn u64_digits(mut value: u64, radix: u32, buf: &mut [u8; 64]) -> &str {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let radix = u64::from(radix.clamp(2, 16));
    let mut start = buf.len();
    loop {
        start -= 1;
        buf[start] = DIGITS[(value % radix) as usize];
        value /= radix;
        if value == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    std::str::from_utf8(&buf[start..]).unwrap_or("")
}
