//! The two Unicode facts CPython's number parsing relies on: which characters are
//! decimal digits (`int('١٢')` is 12) and which are whitespace (`str.isspace`).
//!
//! Tables are from CPython 3.11 (Unicode 14.0). Every decimal digit belongs to a run of
//! ten consecutive code points from 0 to 9, so a table of the runs' zeros is enough.

/// The code point of digit zero of every run of Unicode decimal digits (category Nd).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit (`'7'`, `'٧'`, `'７'` → 7), as CPython's
/// `Py_UNICODE_TODECIMAL`; `None` for anything else.
pub fn decimal_value(c: char) -> Option<u32> {
    let code = u32::from(c);
    if c.is_ascii() {
        return c.to_digit(10);
    }
    // The last run starting at or below `code`, if `code` lies within its ten digits.
    let index = DECIMAL_ZEROS
        .partition_point(|&zero| zero <= code)
        .checked_sub(1)?;
    let offset = code - DECIMAL_ZEROS[index];
    (offset < 10).then_some(offset)
}

/// Python's `str.isspace` for one character (`Py_UNICODE_ISSPACE`): ASCII `\t\n\v\f\r`,
/// space and the separators `\x1c`–`\x1f`, plus the Unicode spaces.
pub fn is_python_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}
