//! Character properties and case mappings with CPython 3.11's answers.
//!
//! ASCII is answered directly. Other characters start from Rust's `char`
//! methods (`is_alphabetic`, `is_numeric`, `is_lowercase`, `to_uppercase`
//! ...) and are corrected by the tables in `str_unitables`, which list
//! exactly where CPython's Unicode 14.0 database answers differently:
//!
//! - code points unassigned in Unicode 14 (Rust knows newer versions) have
//!   no properties and map to themselves;
//! - `isalpha` is the categories L*, not the Alphabetic property (which
//!   also holds combining vowel signs and letter numbers);
//! - `isnumeric` is any Numeric_Type (CJK number ideographs too), not
//!   Rust's Nd/Nl/No;
//! - decimal digits, digits, titlecase letters, titlecase mappings, case
//!   folding, printability and identifier characters have no Rust method
//!   and come from tables.
//!
//! The one context-dependent mapping (final sigma in `lower()`) is in
//! `str_case`.

use super::str_unitables as t;
use std::cmp::Ordering;

/// Whether `v` falls in one of the sorted inclusive `ranges`.
fn in_ranges(ranges: &[(u32, u32)], v: u32) -> bool {
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < v {
                Ordering::Less
            } else if lo > v {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

/// The mapping of `v` in a sorted `(code point, mapping)` table.
fn lookup(map: &'static [(u32, &'static str)], v: u32) -> Option<&'static str> {
    map.binary_search_by_key(&v, |&(k, _)| k)
        .ok()
        .map(|i| map[i].1)
}

/// Whether CPython (Unicode 14.0) has no data for `c`.
fn unassigned(c: char) -> bool {
    in_ranges(t::UNASSIGNED, c as u32)
}

/// `str.isalpha` for one character (categories Lu, Ll, Lt, Lm, Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    !unassigned(c) && (c.is_alphabetic() != in_ranges(t::ALPHA_TOGGLE, c as u32))
}

/// `str.isdecimal` for one character (category Nd).
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// The value of a decimal digit (any script), as CPython's
/// `Py_UNICODE_TODECIMAL`.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let v = c as u32;
    let i = t::DECIMAL.partition_point(|&(_, hi)| hi < v);
    match t::DECIMAL.get(i) {
        Some(&(lo, _)) if lo <= v => Some((v - lo) % 10),
        _ => None,
    }
}

/// `str.isdigit` for one character (Numeric_Type Decimal or Digit).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    is_decimal(c) || in_ranges(t::DIGIT_EXTRA, c as u32)
}

/// `str.isnumeric` for one character (any Numeric_Type).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    !unassigned(c) && (c.is_numeric() != in_ranges(t::NUMERIC_TOGGLE, c as u32))
}

/// `str.isalnum` for one character: alpha, decimal, digit or numeric.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_numeric(c) || is_digit(c)
}

/// `str.isspace` for one character: what `split()` and `strip()` remove.
/// Unlike Rust's `is_whitespace`, the ASCII separators 0x1C..0x1F count.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f'
        );
    }
    c.is_whitespace() && !unassigned(c)
}

/// Whether `c` ends a line for `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `str.islower`'s test for one character (the Lowercase property).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    !unassigned(c) && (c.is_lowercase() != in_ranges(t::LOWER_TOGGLE, c as u32))
}

/// `str.isupper`'s test for one character (the Uppercase property).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    !unassigned(c) && (c.is_uppercase() != in_ranges(t::UPPER_TOGGLE, c as u32))
}

/// Whether `c` is a titlecase letter (category Lt, e.g. 'ǅ').
pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_ranges(t::TITLECASE, c as u32)
}

/// The Cased property: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_titlecase(c)
}

/// `str.isprintable` for one character: not in categories Cc, Cf, Cs, Co,
/// Cn, Zl, Zp, Zs, except the space itself.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !unassigned(c) && !in_ranges(t::NONPRINTABLE, c as u32)
}

/// Whether `c` may start an identifier (XID_Start, or '_').
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    !unassigned(c) && (is_alpha(c) != in_ranges(t::XID_START_TOGGLE, c as u32))
}

/// Whether `c` may continue an identifier (XID_Continue).
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    if unassigned(c) {
        return false;
    }
    let base = is_xid_start(c) || c.is_alphabetic() || is_decimal(c);
    base != in_ranges(t::XID_CONTINUE_TOGGLE, c as u32)
}

/// Appends the full uppercase mapping of `c` (may be several characters,
/// 'ß' → "SS").
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if unassigned(c) {
        out.push(c);
    } else if let Some(m) = lookup(t::UPPER_FIX, c as u32) {
        out.push_str(m);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Appends the full lowercase mapping of `c` without the final-sigma rule
/// ('İ' → "i̇").
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if unassigned(c) {
        out.push(c);
    } else if let Some(m) = lookup(t::LOWER_FIX, c as u32) {
        out.push_str(m);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Appends the full titlecase mapping of `c` ('ǆ' → 'ǅ', 'ß' → "Ss").
pub fn push_title(c: char, out: &mut String) {
    if !c.is_ascii()
        && let Some(m) = lookup(t::TITLE_MAP, c as u32)
    {
        out.push_str(m);
        return;
    }
    push_upper(c, out);
}

/// Appends the full case folding of `c` (`str.casefold`: 'ß' → "ss",
/// Cherokee small letters fold to the capitals).
pub fn push_fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let v = c as u32;
    let cherokee = match v {
        0x13A0..=0x13F5 => Some(v),
        0x13F8..=0x13FD => Some(v - 8),
        0xAB70..=0xABBF => Some(v - 0xAB70 + 0x13A0),
        _ => None,
    };
    if let Some(f) = cherokee.and_then(char::from_u32) {
        out.push(f);
    } else if let Some(m) = lookup(t::FOLD_MAP, v) {
        out.push_str(m);
    } else {
        push_lower(c, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(f: fn(char, &mut String), c: char) -> String {
        let mut s = String::new();
        f(c, &mut s);
        s
    }

    #[test]
    fn properties_match_cpython_samples() {
        assert!(is_alpha('é') && !is_alpha('\u{93e}') && is_alpha('ǅ'));
        assert!(is_decimal('٣') && decimal_value('٣') == Some(3) && !is_decimal('²'));
        assert!(is_digit('²') && !is_digit('½') && is_numeric('½') && is_numeric('一'));
        assert!(is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert!(is_lower('ß') && is_upper('Σ') && is_titlecase('ǅ') && is_cased('ǅ'));
        assert!(!is_printable('\u{a0}') && is_printable('é') && !is_printable('\u{378}'));
        assert!(is_xid_start('_') && is_xid_continue('\u{301}') && !is_xid_start('\u{301}'));
        assert!(is_lower('\u{295}') && !is_alpha('\u{1f600}'));
    }

    #[test]
    fn mappings_match_cpython_samples() {
        assert_eq!(map(push_upper, 'ß'), "SS");
        assert_eq!(map(push_lower, 'İ'), "i\u{307}");
        assert_eq!(map(push_title, 'ǆ'), "ǅ");
        assert_eq!(map(push_title, 'ß'), "Ss");
        assert_eq!(map(push_title, 'ა'), "ა");
        assert_eq!(map(push_fold, 'ß'), "ss");
        assert_eq!(map(push_fold, '\u{ab70}'), "\u{13a0}");
        assert_eq!(map(push_upper, '\u{19b}'), "\u{19b}");
    }
}
