//! str: an immutable Unicode string stored inline (UTF-8) after the header.

use std::cell::Cell;

/// The payload of a str; its UTF-8 bytes follow inline.
pub struct PyStr {
    /// Cached hash (-1 until computed).
    pub hash: Cell<i64>,
    /// Length in characters (code points).
    pub char_len: usize,
}

impl PyStr {
    /// Whether every character is ASCII (then byte index == char index).
    pub fn is_ascii(&self, byte_len: usize) -> bool {
        self.char_len == byte_len
    }
}

/// `repr()` of a str: CPython's quote choice and escapes.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let v = c as u32;
                if v < 0x100 {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v < 0x10000 {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Whether CPython's `str.isprintable` holds for `c` (what `repr` leaves
/// unescaped): the Unicode tables of `str.isprintable`.
pub fn is_printable(c: char) -> bool {
    crate::objects::methods::str_unicode::is_printable(c)
}

/// The hash of a str's (or bytes') content: FNV-1a folded to 64 bits, never -1.
/// (CPython randomizes str hashes per process, so no program can depend on
/// the exact values; but the empty string hashes to 0 there, always.)
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 { -2 } else { h }
}
