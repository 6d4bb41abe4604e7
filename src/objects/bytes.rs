//! bytes: an immutable byte string stored inline after the header.

use std::cell::Cell;

/// The payload of a bytes object; the bytes follow it inline.
pub struct PyBytes {
    /// Cached hash (-1 until computed).
    pub hash: Cell<i64>,
}

/// `repr()` of a bytes object.
pub fn repr_bytes(b: &[u8]) -> String {
    repr_bytes_with(b, false)
}

/// The `b'...'` literal of `repr()`; bytearray's (`always_escape_quote`)
/// escapes `'` even inside double quotes, as CPython does.
pub fn repr_bytes_with(b: &[u8], always_escape_quote: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (always_escape_quote && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The bytes of a bytes-like object (bytes, bytearray, or a memoryview
/// that is not released): borrowed for bytes, copied for the mutable ones
/// (whose buffer may change while the caller runs Python code).
pub fn bytes_like(obj: &crate::heap::ObjRef) -> Option<std::borrow::Cow<'_, [u8]>> {
    use std::borrow::Cow;
    if let Some(b) = obj.var_items::<PyBytes>() {
        return Some(Cow::Borrowed(b));
    }
    if let Some(ba) = obj.downcast::<crate::objects::bytearray::PyByteArray>() {
        return Some(Cow::Owned(ba.to_vec()));
    }
    let mv = obj.downcast::<crate::objects::memoryview::PyMemoryView>()?;
    mv.contents().map(Cow::Owned)
}
