//! `format(value, spec)` for int, float and str: CPython's `formatter_unicode.c`.
//!
//! Each function takes a parsed [`FormatSpec`] and the value's type name (for the
//! "Unknown format code 'q' for object of type 'bool'" errors), checks what the type
//! forbids in the order CPython does, and lays the value out. An empty spec gives
//! `str(value)`, so callers may pass `FormatSpec::default()` or take their own shortcut.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use super::float_fmt::{FloatFlags, write_double};
use super::int_fmt::{decimal_digits, radix_prefix, u64_digits};
use super::number::{NumberField, NumberParts, write_number};
use super::spec::{Align, FormatSpec, Grouping, Sign, check_grouping, unknown_type_error};
use super::{FormatError, check_len};

/// The largest code point `%c` and the `c` type accept, plus one.
const CHAR_LIMIT: i64 = 0x11_0000;

/// An int either small or big, so `format_i64` and `format_int` share one path.
#[derive(Clone, Copy)]
enum IntValue<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntValue<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntValue::Small(v) => v < 0,
            IntValue::Big(v) => v.sign() == BigSign::Minus,
        }
    }

    /// `float(value)`, correctly rounded; OverflowError past the float range.
    fn to_f64(self) -> Result<f64, FormatError> {
        let value = match self {
            // `as` rounds to nearest, ties to even, like CPython's PyLong_AsDouble.
            IntValue::Small(v) => v as f64,
            IntValue::Big(v) => v.to_f64().unwrap_or(f64::INFINITY),
        };
        if value.is_finite() {
            Ok(value)
        } else {
            Err(FormatError::overflow("int too large to convert to float"))
        }
    }

    /// The value as a C long, for the `c` type.
    fn to_c_long(self) -> Result<i64, FormatError> {
        match self {
            IntValue::Small(v) => Ok(v),
            IntValue::Big(v) => v
                .to_i64()
                .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long")),
        }
    }

    /// The digits of |value| in `radix` (2, 8, 10 or 16), decimal ones limit-checked.
    fn magnitude_digits(self, radix: u32) -> Result<String, FormatError> {
        match self {
            IntValue::Small(v) => {
                let mut buf = [0u8; 64];
                Ok(u64_digits(v.unsigned_abs(), radix, &mut buf).to_owned())
            }
            IntValue::Big(v) if radix == 10 => decimal_digits(v.magnitude()),
            IntValue::Big(v) => Ok(v.magnitude().to_str_radix(radix)),
        }
    }
}

/// The character a `c`-formatted int stands for.
pub(super) fn int_to_char(code: i64) -> Result<char, FormatError> {
    if !(0..CHAR_LIMIT).contains(&code) {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    // In range but not a char: a lone surrogate, which Rust strings cannot hold.
    u32::try_from(code)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| {
            FormatError::value(format!(
                "surrogate code point U+{code:04X} cannot be formatted"
            ))
        })
}

/// The field of a number from its spec: numbers align right by default.
fn number_field(spec: &FormatSpec, grouping: Option<(u8, usize)>) -> NumberField {
    NumberField {
        fill: spec.fill_char(),
        align: spec.align_or(Align::Right),
        sign: spec.sign.unwrap_or(Sign::Minus),
        width: spec.width,
        grouping,
    }
}

/// The separator and group size for a type: `_` groups hex/octal/binary by four.
fn grouping_for(grouping: Option<Grouping>, ty: char) -> Option<(u8, usize)> {
    match (grouping?, ty) {
        (Grouping::Comma, _) => Some((b',', 3)),
        (Grouping::Underscore, 'b' | 'o' | 'x' | 'X') => Some((b'_', 4)),
        (Grouping::Underscore, _) => Some((b'_', 3)),
    }
}

/// `format(value, spec)` for an int (or bool: pass `type_name` `"bool"`). Types
/// `b c d o x X n` and none; `e E f F g G %` convert to float first.
pub fn format_int(
    value: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    format_int_value(IntValue::Big(value), spec, type_name)
}

/// [`format_int`] for an int that fits an i64, without big-integer arithmetic.
pub fn format_i64(value: i64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    format_int_value(IntValue::Small(value), spec, type_name)
}

fn format_int_value(
    value: IntValue<'_>,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    check_grouping(spec.grouping, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let mut out = String::new();
            write_float(&mut out, value.to_f64()?, spec, Some(ty))?;
            return Ok(out);
        }
        _ => return Err(unknown_type_error(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let mut out = String::new();
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let ch = int_to_char(value.to_c_long()?)?;
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: ch.encode_utf8(&mut buf),
            upper: false,
        };
        write_number(&mut out, &parts, &number_field(spec, None))?;
        return Ok(out);
    }
    let radix = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let digits = value.magnitude_digits(radix)?;
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate {
            radix_prefix(radix)
        } else {
            ""
        },
        digits: &digits,
        has_decimal: false,
        remainder: "",
        upper: ty == 'X',
    };
    // 'n' uses the locale's grouping; Ferrite runs in the C locale, which has none.
    let grouping = if ty == 'n' {
        None
    } else {
        grouping_for(spec.grouping, ty)
    };
    write_number(&mut out, &parts, &number_field(spec, grouping))?;
    Ok(out)
}

/// `format(value, spec)` for a float: types `e E f F g G n %` and none (like `g`
/// with at least one digit after the point; `repr` when there is no precision).
pub fn format_float(value: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(ty) => return Err(unknown_type_error(ty, type_name)),
    }
    let mut out = String::new();
    write_float(&mut out, value, spec, spec.ty)?;
    Ok(out)
}

/// CPython's `format_float_internal`: digits from `PyOS_double_to_string`, then the
/// common number layout.
fn write_float(
    out: &mut String,
    value: f64,
    spec: &FormatSpec,
    ty: Option<char>,
) -> Result<(), FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut flags = FloatFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..FloatFlags::default()
    };
    let (mut code, default_precision) = match ty {
        None => {
            flags.add_dot_0 = true;
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some('%') => ('f', 6),
        Some(ty) => (ty, 6),
    };
    let value = if ty == Some('%') {
        value * 100.0
    } else {
        value
    };
    let precision = match spec.precision {
        Some(precision) => {
            if code == 'r' {
                code = 'g';
            }
            precision
        }
        None => default_precision,
    };
    let mut text = String::new();
    write_double(&mut text, value, code, precision, flags)?;
    if ty == Some('%') {
        text.push('%');
    }

    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let digits_end = unsigned
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(unsigned.len());
    let (digits, rest) = unsigned.split_at(digits_end);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(after_point) => (true, after_point),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
        upper: false,
    };
    let grouping = if ty == Some('n') {
        None
    } else {
        grouping_for(spec.grouping, 'f')
    };
    write_number(out, &parts, &number_field(spec, grouping))
}

/// `format(value, spec)` for a str: type `s` or none. The precision truncates and
/// the width counts characters (code points).
pub fn format_str(value: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec.grouping, ty)?;
    if ty != 's' {
        return Err(unknown_type_error(ty, type_name));
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ));
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align_or(Align::Left);
    if align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    // Truncate to the precision, counting characters.
    let (text, len) = match spec.precision {
        Some(precision) => match value.char_indices().nth(precision) {
            Some((cut, _)) => (&value[..cut], precision),
            None => (value, value.chars().count()),
        },
        None => (value, value.chars().count()),
    };
    let width = spec.width.unwrap_or(0);
    check_len(width)?;
    let padding = width.saturating_sub(len);
    let left = match align {
        Align::Right => padding,
        Align::Center => padding / 2,
        _ => 0,
    };
    let fill = spec.fill_char();
    let mut out = String::with_capacity(text.len() + padding * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, padding - left));
    Ok(out)
}
