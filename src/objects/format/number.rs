//! Laying out a formatted number in its field: sign, prefix, padding and grouping.
//!
//! This is CPython's `calc_number_widths` + `fill_number` + the thousands grouping of
//! `_PyUnicode_InsertThousandsGrouping`, shared by int and float formatting. A number
//! comes in as parts and goes out as
//!
//! ```text
//!   <lpad> <sign> <prefix> <spad> <grouped digits> <.> <remainder> <rpad>
//! ```
//!
//! where only one of the three paddings is non-empty. With the `0` flag (fill `'0'`,
//! alignment `=`) the padding is made of zeros inside the digit groups instead, so
//! `format(1234, '09,')` is `'0,001,234'`: a separator never starts the digits, so
//! the result can come out one wider than asked, exactly as in CPython.

use std::borrow::Cow;

use super::spec::{Align, Sign};
use super::{FormatError, check_len};

/// A number split into the parts the layout moves around. All text is ASCII except
/// `remainder`, which for the `c` type is one arbitrary character.
pub(super) struct NumberParts<'a> {
    /// Whether the value is negative (its `-` is not part of `digits`).
    pub negative: bool,
    /// `0x`, `0o`, `0b` or empty.
    pub prefix: &'a str,
    /// The integer digits, ungrouped; empty for `inf`, `nan` and the `c` type.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the point (or after the digits): fraction, exponent, `%`, `inf`.
    pub remainder: &'a str,
    /// `X`: upper-case the prefix and the digits.
    pub upper: bool,
}

/// How the field around a number looks, resolved from a format spec.
pub(super) struct NumberField {
    /// The fill character.
    pub fill: char,
    /// The alignment (numbers default to right).
    pub align: Align,
    /// The sign option.
    pub sign: Sign,
    /// The minimum width in characters.
    pub width: Option<usize>,
    /// The separator (`,` or `_`) and group size, if grouping.
    pub grouping: Option<(u8, usize)>,
}

/// Groups `digits` from the right with `grouping`, padding with zeros (inside the
/// groups) up to `min_width` characters. A port of the counting loop of CPython's
/// `_PyUnicode_InsertThousandsGrouping`; builds the text right to left.
fn group_digits(digits: &str, min_width: i64, grouping: Option<(u8, usize)>) -> Cow<'_, str> {
    if grouping.is_none() && min_width <= digits.len() as i64 {
        // Nothing to insert: the common case.
        return Cow::Borrowed(digits);
    }
    let digits = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut next_digit = digits.len();
    let mut reversed: Vec<u8> =
        Vec::with_capacity((remaining.max(min_width) as usize).saturating_mul(4) / 3 + 1);
    let mut emit = |reversed: &mut Vec<u8>, separator: Option<u8>, chars: i64, zeros: i64| {
        reversed.extend(separator);
        for _ in 0..chars {
            next_digit -= 1;
            reversed.push(digits[next_digit]);
        }
        reversed.extend(std::iter::repeat_n(b'0', zeros.max(0) as usize));
    };
    let mut separator = None;
    let mut finished = false;
    if let Some((separator_char, group)) = grouping {
        let group = group as i64;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let zeros = (len - remaining).max(0);
            let chars = remaining.min(len).max(0);
            emit(&mut reversed, separator, chars, zeros);
            separator = Some(separator_char);
            remaining -= chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        let zeros = (len - remaining).max(0);
        let chars = remaining.min(len).max(0);
        emit(&mut reversed, separator, chars, zeros);
    }
    reversed.reverse();
    // Digits, zeros and the ASCII separators only.
    Cow::Owned(String::from_utf8(reversed).unwrap_or_default())
}

/// Appends the laid-out number to `out`.
pub(super) fn write_number(
    out: &mut String,
    parts: &NumberParts<'_>,
    field: &NumberField,
) -> Result<(), FormatError> {
    let width = field.width.map_or(-1, |w| w as i64);
    check_len(field.width.unwrap_or(0))?;
    let sign = match (field.sign, parts.negative) {
        (_, true) => Some('-'),
        (Sign::Plus, false) => Some('+'),
        (Sign::Space, false) => Some(' '),
        (Sign::Minus, false) => None,
    };
    let remainder_len = parts.remainder.chars().count() as i64;
    let fixed_len = i64::from(sign.is_some())
        + parts.prefix.len() as i64
        + i64::from(parts.has_decimal)
        + remainder_len;
    let min_width = if field.fill == '0' && field.align == Align::AfterSign {
        width - fixed_len
    } else {
        0
    };
    let mut grouped = if parts.digits.is_empty() {
        // Only the `c` type and inf/nan get here: nothing to group, no zeros to add.
        Cow::Borrowed("")
    } else {
        group_digits(parts.digits, min_width, field.grouping)
    };
    if parts.upper {
        grouped.to_mut().make_ascii_uppercase();
    }
    let content_len = fixed_len + grouped.len() as i64;
    let padding = (width - content_len).max(0) as usize;
    let (left, middle, right) = match field.align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    check_len(content_len as usize + padding)?;
    out.reserve(content_len as usize + padding * field.fill.len_utf8());
    out.extend(std::iter::repeat_n(field.fill, left));
    out.extend(sign);
    if parts.upper {
        out.extend(parts.prefix.chars().map(|c| c.to_ascii_uppercase()));
    } else {
        out.push_str(parts.prefix);
    }
    out.extend(std::iter::repeat_n(field.fill, middle));
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    out.extend(std::iter::repeat_n(field.fill, right));
    Ok(())
}
