//! Floats to text as CPython's `PyOS_double_to_string` lays them out, and `round()`.
//!
//! Digits come from [`super::digits`] (dtoa-shaped: no trailing zeros, a decimal-point
//! position); this file only decides where the point goes, how many zeros to pad on
//! either side, whether to switch to an exponent, and how the exponent is written
//! (`e+05`: a sign and at least two digits). The rules, per format code:
//!
//! * `'r'` (repr): shortest digits; exponent when `decpt <= -4 or decpt > 16`;
//! * `'e'`: `precision + 1` significant digits, always an exponent;
//! * `'f'`: `precision` digits after the point, never an exponent;
//! * `'g'`: `precision` significant digits (0 counts as 1); exponent when
//!   `decpt <= -4 or decpt > precision` (`precision - 1` with `add_dot_0`); trailing
//!   zeros dropped unless `alt`.
//!
//! Upper-case codes (`E F G`) write `E`, `INF`, `NAN`.

use super::digits::{self, Digits};
use super::{FormatError, check_len};

/// Options of `PyOS_double_to_string` (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// `Py_DTSF_SIGN`: write `+` before non-negative numbers.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: integers get `.0` (repr, and format with no type code).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` form: keep the point and, for `'g'`, trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option: a result that is zero has no `-`.
    pub no_neg_0: bool,
}

/// repr switches to an exponent once `decpt` passes this: `1e16` is the first float
/// written with one.
const REPR_EXPONENT_THRESHOLD: i64 = 16;

/// `repr(x)` and `str(x)` of a Python float: `'0.1'`, `'1e+16'`, `'1e-05'`, `'-0.0'`,
/// `'inf'`, `'nan'`, `'1.0'`, `'1.2345678901234568e+16'`.
pub fn float_repr(x: f64) -> String {
    let mut out = String::with_capacity(24);
    write_float_repr(&mut out, x);
    out
}

/// Appends `repr(x)` to `out` (no intermediate allocation; for print loops).
pub fn write_float_repr(out: &mut String, x: f64) {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    if !x.is_finite() {
        write_non_finite(out, x, false, flags);
        return;
    }
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(x);
    // ryu writes plain decimals exactly as repr does ("0.001", "12.5", "1e16" aside):
    // it differs only in exponent notation and in writing 1e-5 <= |x| < 1e-4 without
    // one, so everything else is copied as it is.
    let magnitude = text.strip_prefix('-').unwrap_or(text);
    if !magnitude.contains('e') && !magnitude.starts_with("0.0000") {
        out.push_str(text);
        return;
    }
    let digits = digits::shortest(x);
    // A repr is at most 24 characters: the length check cannot fail.
    let _ = layout(out, x.is_sign_negative(), &digits, 'r', 0, flags);
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of
/// `e E f F g G r` (`'r'` ignores `precision`). Fails only with MemoryError when
/// the text would pass [`super::MAX_FORMAT_LEN`], or ValueError for an unknown code.
pub fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    flags: FloatFlags,
) -> Result<String, FormatError> {
    let mut out = String::new();
    write_double(&mut out, x, code, precision, flags)?;
    Ok(out)
}

/// Appends [`double_to_string`]'s text to `out`.
pub(super) fn write_double(
    out: &mut String,
    x: f64,
    code: char,
    precision: usize,
    flags: FloatFlags,
) -> Result<(), FormatError> {
    if !matches!(code, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r') {
        return Err(FormatError::value(format!(
            "unknown float format code '{code}'"
        )));
    }
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if !x.is_finite() {
        write_non_finite(out, x, upper, flags);
        return Ok(());
    }
    // Past 2^40 every precision behaves alike ('g' has run out of digits, the others
    // are far past MAX_FORMAT_LEN), and the layout arithmetic stays in i64.
    let precision = precision.min(1 << 40);
    let (digits, precision) = match code {
        'e' => {
            let ndigits = precision + 1;
            (digits::significant(x, ndigits), ndigits)
        }
        'f' => (digits::fixed(x, precision), precision),
        'g' => {
            // Precision 0 makes no sense for 'g'; CPython reads it as 1.
            let ndigits = precision.max(1);
            (digits::significant(x, ndigits), ndigits)
        }
        _ => (digits::shortest(x), 0),
    };
    let code = if upper {
        code.to_ascii_uppercase()
    } else {
        code
    };
    layout(
        out,
        x.is_sign_negative(),
        &digits,
        code,
        precision as i64,
        flags,
    )
}

/// `inf`, `-inf`, `nan` (a NaN's sign is never shown), upper-cased for `E F G`.
fn write_non_finite(out: &mut String, x: f64, upper: bool, flags: FloatFlags) {
    if x.is_nan() {
        if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return;
    }
    if x < 0.0 {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    out.push_str(if upper { "INF" } else { "inf" });
}

fn push_zeros(out: &mut String, count: i64) {
    if count > 0 {
        out.extend(std::iter::repeat_n('0', count as usize));
    }
}

fn push_digits(out: &mut String, digits: &[u8]) {
    // Digits are ASCII, so the conversion never fails.
    out.push_str(std::str::from_utf8(digits).unwrap_or_default());
}

/// CPython's `format_float_short` after the dtoa call. `code` is `e f g r` or an
/// upper-case `E F G`; `precision` is already adjusted (`'e'`: significant digits).
fn layout(
    out: &mut String,
    negative: bool,
    digits: &Digits,
    code: char,
    precision: i64,
    flags: FloatFlags,
) -> Result<(), FormatError> {
    let d = digits.as_bytes();
    let digits_len = d.len() as i64;
    let mut decpt = digits.decpt;
    let mut negative = negative;
    if flags.no_neg_0 && negative && d == b"0" {
        negative = false;
    }

    // Which slice of the infinite zero-padded digit string to print (CPython's
    // vdigits_start..vdigits_end), and whether to use an exponent.
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code.to_ascii_lowercase() {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > REPR_EXPONENT_THRESHOLD,
    }
    let mut exponent = 0;
    if use_exp {
        exponent = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    vdigits_end = vdigits_end.max(min_end);
    // Sign, point, every digit or padding zero, and an exponent like "e+308".
    let size = 2 + (vdigits_end - vdigits_start) + 5;
    check_len(size as usize)?;
    out.reserve(size as usize);

    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    // Exactly one of the three branches below writes the decimal point.
    if decpt <= 0 {
        push_zeros(out, decpt - vdigits_start);
        out.push('.');
        push_zeros(out, -decpt);
    } else {
        push_zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        push_digits(out, &d[..split]);
        out.push('.');
        push_digits(out, &d[split..]);
    } else {
        push_digits(out, d);
    }
    if digits_len < decpt {
        push_zeros(out, decpt - digits_len);
        out.push('.');
        push_zeros(out, vdigits_end - decpt);
    } else {
        push_zeros(out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if code.is_ascii_uppercase() { 'E' } else { 'e' });
        out.push(if exponent < 0 { '-' } else { '+' });
        let magnitude = exponent.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        // `write!` to a String cannot fail.
        let _ = std::fmt::Write::write_fmt(out, format_args!("{magnitude}"));
    }
    Ok(())
}

/// `'%.{precision}f' % x`: exactly `precision` digits after the point, correctly
/// rounded from the exact binary value (`'%.2f' % 2.675 == '2.67'`,
/// `'%.0f' % 0.5 == '0'`). Fails only with MemoryError for absurd precisions.
pub fn float_to_string_fixed(x: f64, precision: usize) -> Result<String, FormatError> {
    double_to_string(x, 'f', precision, FloatFlags::default())
}

/// Beyond this many digits after the point every f64 is already exact:
/// CPython's `NDIGITS_MAX`, `(DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103`.
const ROUND_NDIGITS_MAX: i64 = 323;
/// Below this, every finite f64 rounds to ±0.0: `-(DBL_MAX_EXP + 1) * 0.30103`.
const ROUND_NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float: round half to even at `10^-ndigits` on the exact
/// binary value, then read the decimal result back (`round(2.675, 2) == 2.67`,
/// `round(0.5, 0) == 0.0`, `round(1250.0, -2) == 1200.0`). NaN and infinities are
/// returned unchanged. Fails with OverflowError "rounded value too large to represent"
/// (e.g. `round(1.7976931348623157e308, -308)`).
pub fn round_half_even(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() || ndigits > ROUND_NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < ROUND_NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let digits = digits::fixed_signed(x, ndigits);
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let mut text = String::with_capacity(digits.as_bytes().len() + 12);
    text.push_str(sign);
    text.push_str("0.");
    push_digits(&mut text, digits.as_bytes());
    let _ = std::fmt::Write::write_fmt(&mut text, format_args!("e{}", digits.decpt));
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(rounded)
}
