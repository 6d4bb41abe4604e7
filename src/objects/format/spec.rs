//! The format-spec mini-language of `format()`, `str.format` and f-strings:
//!
//! ```text
//! [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//!   align: < > ^ =     sign: + - space     grouping: , or _
//! ```
//!
//! Parsing follows CPython's `parse_internal_render_format_spec` step by step, including
//! its quirks: a fill is recognised only before an alignment character, the `0` flag
//! only when no fill was given, widths may be written in any Unicode decimal digits,
//! and the errors are raised in the same order. What the `0` flag means depends on the
//! type (numbers pad after the sign, strings pad on the right), so the spec keeps it as
//! a flag and [`FormatSpec::fill_char`] / [`FormatSpec::align_or`] resolve it.

use super::FormatError;
use super::unicode::decimal_value;

/// Where the value sits in its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`: left-aligned (the default for strings).
    Left,
    /// `>`: right-aligned (the default for numbers).
    Right,
    /// `^`: centred; an odd leftover space goes on the right.
    Center,
    /// `=`: padding goes between the sign (and `0x` prefix) and the digits.
    AfterSign,
}

/// Which signs a number shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `+`: a sign for every number.
    Plus,
    /// `-`: a sign only for negative numbers (the default).
    Minus,
    /// ` `: a space in place of the `+`.
    Space,
}

/// The thousands separator asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,` every three digits (decimal types only).
    Comma,
    /// `_` every three digits, or every four for `b o x X`.
    Underscore,
}

/// A parsed format spec. Fields are what the text said; the per-type formatters
/// resolve defaults (fill, alignment, type) and reject what their type forbids.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, when one was written before an alignment character.
    pub fill: Option<char>,
    /// The alignment character, if any.
    pub align: Option<Align>,
    /// The sign option, if any.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to positive (floats only).
    pub no_neg_zero: bool,
    /// `#`: the alternate form (`0x` prefixes, a kept decimal point).
    pub alternate: bool,
    /// `0` before the width with no explicit fill: fill with zeros.
    pub zero_pad: bool,
    /// The minimum field width in characters.
    pub width: Option<usize>,
    /// The thousands separator.
    pub grouping: Option<Grouping>,
    /// The precision (digits for floats, characters for strings).
    pub precision: Option<usize>,
    /// The presentation type (`d`, `x`, `f`, `s`, …); `None` when omitted.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The fill character in effect: the explicit one, `'0'` for the zero flag, or space.
    pub fn fill_char(&self) -> char {
        match self.fill {
            Some(fill) => fill,
            None if self.zero_pad => '0',
            None => ' ',
        }
    }

    /// The alignment in effect for a type whose default is `default` (`Right` for
    /// numbers, `Left` for strings). The zero flag turns a numeric default into `=`.
    pub fn align_or(&self, default: Align) -> Align {
        match self.align {
            Some(align) => align,
            None if self.zero_pad && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }
}

/// The error CPython gives for a presentation type the object's type does not know:
/// `Unknown format code 'z' for object of type 'int'`.
pub(super) fn unknown_type_error(ty: char, type_name: &str) -> FormatError {
    let code = u32::from(ty);
    if code > 32 && code < 128 {
        FormatError::value(format!(
            "Unknown format code '{ty}' for object of type '{type_name}'"
        ))
    } else {
        FormatError::value(format!(
            "Unknown format code '\\x{code:x}' for object of type '{type_name}'"
        ))
    }
}

/// `Cannot specify ',' with 's'.`: a separator with a type that does not group.
pub(super) fn separator_type_error(grouping: Grouping, ty: char) -> FormatError {
    let separator = match grouping {
        Grouping::Comma => ',',
        Grouping::Underscore => '_',
    };
    let code = u32::from(ty);
    if code > 32 && code < 128 {
        FormatError::value(format!("Cannot specify '{separator}' with '{ty}'."))
    } else {
        FormatError::value(format!("Cannot specify '{separator}' with '\\x{code:x}'."))
    }
}

/// Checks a separator against the type it will be used with (CPython does this while
/// parsing, with the type's default code standing in for an omitted one).
pub(super) fn check_grouping(grouping: Option<Grouping>, ty: char) -> Result<(), FormatError> {
    match (grouping, ty) {
        (None, _) => Ok(()),
        (Some(_), 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0') => Ok(()),
        (Some(Grouping::Underscore), 'b' | 'o' | 'x' | 'X') => Ok(()),
        (Some(grouping), ty) => Err(separator_type_error(grouping, ty)),
    }
}

/// Reads a run of decimal digits at `*pos` into a width or precision. Returns `None`
/// when there were no digits, and fails like CPython past `sys.maxsize`.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut value: u64 = 0;
    let mut any = false;
    while let Some(digit) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(digit)))
            .filter(|&v| v <= i64::MAX as u64)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        any = true;
        *pos += 1;
    }
    // On 64-bit targets every value up to i64::MAX fits a usize; saturate elsewhere.
    Ok(any.then(|| usize::try_from(value).unwrap_or(usize::MAX)))
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Parses a format spec. `type_name` is the formatted object's type, which the
/// "Invalid format specifier" error names. A separator given with an explicit type
/// that cannot group is rejected here; with the type omitted, the formatter checks.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut result = FormatSpec::default();
    let mut pos = 0;

    if let Some(align) = chars.get(1).and_then(|&c| align_of(c)) {
        result.fill = Some(chars[0]);
        result.align = Some(align);
        pos = 2;
    } else if let Some(align) = chars.first().and_then(|&c| align_of(c)) {
        result.align = Some(align);
        pos = 1;
    }

    result.sign = match chars.get(pos) {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    if result.sign.is_some() {
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        result.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        result.alternate = true;
        pos += 1;
    }
    if result.fill.is_none() && chars.get(pos) == Some(&'0') {
        result.zero_pad = true;
        pos += 1;
    }
    result.width = parse_count(&chars, &mut pos)?;

    let both_separators = || FormatError::value("Cannot specify both ',' and '_'.");
    if chars.get(pos) == Some(&',') {
        result.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if result.grouping.is_some() {
            return Err(both_separators());
        }
        result.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && result.grouping == Some(Grouping::Underscore) {
        return Err(both_separators());
    }

    if chars.get(pos) == Some(&'.') {
        pos += 1;
        result.precision = parse_count(&chars, &mut pos)?;
        if result.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }

    match chars.len() - pos {
        0 => {}
        1 => result.ty = Some(chars[pos]),
        _ => {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
    }
    if let Some(ty) = result.ty {
        check_grouping(result.grouping, ty)?;
    }
    Ok(result)
}
