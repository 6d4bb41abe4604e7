//! Text to numbers: `int(text, base)` and `float(text)` with CPython 3.11's rules.
//!
//! Both first map the text the way `_PyUnicode_TransformDecimalAndSpaceToASCII` does:
//! Unicode decimal digits become ASCII digits (`int('١٢')` is 12), Unicode spaces
//! become `' '`, and any other non-ASCII character ends the text with an invalid `?`.
//! Then surrounding ASCII whitespace is stripped and the literal is checked:
//!
//! * int: a sign; with base 0 the prefix picks the base (`0x 0o 0b`) and a decimal
//!   literal may not have leading zeros unless it is zero (`'010'` is an error,
//!   `'0_0'` is not); with base 16/8/2 the matching prefix is optional; one underscore
//!   may follow the prefix and single underscores may sit between digits.
//! * float: a sign, then `inf`, `infinity` or `nan` in any case, or digits with an
//!   optional point and exponent (`'1e5'`, `'.5'`, `'5.'`); underscores only between
//!   digits.
//!
//! The caller builds the ValueError from the `*_message` helpers, because the message
//! quotes `repr(text)`, which the str object computes.

use num_bigint::{BigInt, BigUint, Sign};

use super::unicode::{decimal_value, is_python_space};
use super::{int_max_str_digits, past_digit_limit};

/// Why `int(text, base)` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// Not a valid literal: "invalid literal for int() with base 10: 'abc'" (see
    /// [`int_literal_error_message`]).
    Invalid,
    /// More than 4300 decimal digits (see [`int_limit_error_message`]).
    TooManyDigits {
        /// How many digits the text had.
        digits: usize,
    },
}

/// The message of the ValueError for an invalid int literal. `repr_text` is
/// `repr(text)` of the original string; CPython cuts it to 200 characters.
pub fn int_literal_error_message(repr_text: &str, base: u32) -> String {
    let shown: String = repr_text.chars().take(200).collect();
    format!("invalid literal for int() with base {base}: {shown}")
}

/// The message of the ValueError for a too-long decimal literal.
pub fn int_limit_error_message(digits: usize) -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion: \
         value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit",
        int_max_str_digits()
    )
}

/// The message of the ValueError for an invalid float literal (`repr_text` whole).
pub fn float_literal_error_message(repr_text: &str) -> String {
    format!("could not convert string to float: {repr_text}")
}

/// The text as ASCII, mapped like CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`.
fn to_ascii(text: &str) -> std::borrow::Cow<'_, [u8]> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text.as_bytes());
    }
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_python_space(c) {
            out.push(b' ');
        } else if let Some(digit) = decimal_value(c) {
            out.push(b'0' + digit as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// C's `isspace` in the C locale, which CPython's parsers strip.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn trim_c_space(mut s: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = s {
        if !is_c_space(*first) {
            break;
        }
        s = rest;
    }
    while let [rest @ .., last] = s {
        if !is_c_space(*last) {
            break;
        }
        s = rest;
    }
    s
}

fn digit_value(b: u8) -> Option<u32> {
    (b as char).to_digit(36)
}

/// `int(text, base)`: `base` is 0 (read the prefix) or 2..=36; anything else is
/// rejected as Invalid (the caller reports "int() base must be >= 2 and <= 36, or 0").
pub fn parse_int(text: &str, base: u32) -> Result<BigInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::Invalid);
    }
    let ascii = to_ascii(text);
    let mut s: &[u8] = &ascii;
    while let [first, rest @ ..] = s {
        if !is_c_space(*first) {
            break;
        }
        s = rest;
    }
    let negative = match s.first() {
        Some(b'+') => {
            s = &s[1..];
            false
        }
        Some(b'-') => {
            s = &s[1..];
            true
        }
        _ => false,
    };

    let prefix_letter = s.get(1).map(u8::to_ascii_lowercase);
    let mut base = base;
    let mut must_be_zero = false;
    if base == 0 {
        base = match (s.first(), prefix_letter) {
            (Some(b'0'), Some(b'x')) => 16,
            (Some(b'0'), Some(b'o')) => 8,
            (Some(b'0'), Some(b'b')) => 2,
            (Some(b'0'), _) => {
                // An old C-style octal literal like 010 is refused, but 0, 00 and 0_0 are zero.
                must_be_zero = true;
                10
            }
            _ => 10,
        };
    }
    let has_prefix = s.first() == Some(&b'0')
        && matches!(
            (base, prefix_letter),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        );
    if has_prefix {
        s = &s[2..];
        if s.first() == Some(&b'_') {
            s = &s[1..];
        }
    }
    if s.first() == Some(&b'_') {
        return Err(IntParseError::Invalid);
    }

    // The run of digits and single underscores.
    let mut values: Vec<u8> = Vec::with_capacity(s.len());
    let mut previous_underscore = false;
    let mut end = 0;
    for &b in s {
        if b == b'_' {
            if previous_underscore {
                return Err(IntParseError::Invalid);
            }
            previous_underscore = true;
        } else {
            match digit_value(b) {
                Some(value) if value < base => values.push(value as u8),
                _ => break,
            }
            previous_underscore = false;
        }
        end += 1;
    }
    if previous_underscore {
        return Err(IntParseError::Invalid);
    }
    if !base.is_power_of_two() && past_digit_limit(values.len()) {
        return Err(IntParseError::TooManyDigits {
            digits: values.len(),
        });
    }
    if values.is_empty() || !trim_c_space(&s[end..]).is_empty() {
        return Err(IntParseError::Invalid);
    }
    let magnitude = digits_to_biguint(&values, base);
    if must_be_zero && magnitude != BigUint::ZERO {
        return Err(IntParseError::Invalid);
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// The number with the given digit values (most significant first).
fn digits_to_biguint(values: &[u8], base: u32) -> BigUint {
    // Up to 12 digits of any base up to 36 fit a u64 (36^12 < 2^63).
    if values.len() <= 12 {
        let value = values
            .iter()
            .fold(0u64, |acc, &d| acc * u64::from(base) + u64::from(d));
        return BigUint::from(value);
    }
    BigUint::from_radix_be(values, base).unwrap_or_default()
}

/// `float(text)`: `None` when the text is not a float literal (the caller raises
/// ValueError with [`float_literal_error_message`]). Out-of-range exponents give
/// infinities or zeros, as in CPython (`float('1e400') == inf`).
pub fn parse_float(text: &str) -> Option<f64> {
    let ascii = to_ascii(text);
    let bytes: &[u8] = &ascii;
    // Underscores are checked on the whole text before stripping, like CPython.
    let cleaned: std::borrow::Cow<'_, [u8]> = if bytes.contains(&b'_') {
        let mut out = Vec::with_capacity(bytes.len());
        let mut previous = 0u8;
        for &b in bytes {
            if b == b'_' {
                if !previous.is_ascii_digit() {
                    return None;
                }
            } else {
                if previous == b'_' && !b.is_ascii_digit() {
                    return None;
                }
                out.push(b);
            }
            previous = b;
        }
        if previous == b'_' {
            return None;
        }
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(bytes)
    };
    let literal = trim_c_space(&cleaned);
    let (negative, unsigned) = match literal.first() {
        Some(b'-') => (true, &literal[1..]),
        Some(b'+') => (false, &literal[1..]),
        _ => (false, literal),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    if unsigned.eq_ignore_ascii_case(b"inf") || unsigned.eq_ignore_ascii_case(b"infinity") {
        return Some(sign * f64::INFINITY);
    }
    if unsigned.eq_ignore_ascii_case(b"nan") {
        return Some(if negative { -f64::NAN } else { f64::NAN });
    }
    if !is_decimal_literal(unsigned) {
        return None;
    }
    let text = std::str::from_utf8(literal).ok()?;
    text.parse::<f64>().ok()
}

/// `digits [. digits] [e [sign] digits]` with at least one mantissa digit.
fn is_decimal_literal(s: &[u8]) -> bool {
    let count_digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    let int_digits = count_digits(s);
    let mut rest = &s[int_digits..];
    let mut frac_digits = 0;
    if let [b'.', after @ ..] = rest {
        frac_digits = count_digits(after);
        rest = &after[frac_digits..];
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if let [b'e' | b'E', after @ ..] = rest {
        let after = match after {
            [b'+' | b'-', tail @ ..] => tail,
            _ => after,
        };
        let exp_digits = count_digits(after);
        return exp_digits > 0 && exp_digits == after.len();
    }
    rest.is_empty()
}
