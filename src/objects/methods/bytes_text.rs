//! bytes methods that treat the bytes as ASCII text (case mapping, the
//! `is...` predicates, padding, tab expansion), convert to and from hex
//! (`hex`, `bytes.fromhex`) or decode to str. Bytes >= 0x80 have no case
//! and are no letter, digit or space, as in CPython.

use super::bytes::{bytes_of, expect_bytes, is_space, new_like, qual, sub_bytes, this};
use super::str_args::{
    c_int_arg, clinic_type_name, int_arg, keyword_args, no_args, one_arg, positional,
};
use super::str_codec::{codec_arg, encoding_args};
use crate::builtins::Args;
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::vm::Vm;

/// `bytes.decode(encoding='utf-8', errors='strict')`.
pub fn decode(vm: &mut Vm, args: Args) -> PyResult {
    let (_, data) = this(vm, &args, "decode")?;
    let (encoding, errors) = encoding_args(vm, &args, "decode")?;
    let codec = codec_arg(vm, encoding.as_ref().and_then(|e| e.as_str()))?;
    let text = codec.decode(vm, &data, errors.as_ref().and_then(|e| e.as_str()))?;
    Ok(vm.new_str(&text))
}

/// `bytes.hex([sep[, bytes_per_sep]])`: two lowercase hex digits per byte,
/// with `sep` between groups of `bytes_per_sep` bytes counted from the
/// right (from the left when negative).
pub fn hex(vm: &mut Vm, args: Args) -> PyResult {
    let (_, data) = this(vm, &args, "hex")?;
    let slots = keyword_args(vm, &args, "hex", &["sep", "bytes_per_sep"], 0, 0)?;
    let per = match &slots[1] {
        Some(n) => i64::from(c_int_arg(vm, n)?),
        None => 1,
    };
    let sep = match &slots[0] {
        None => None,
        Some(s) => Some(hex_separator(vm, s)?),
    };
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let (Some(sep), true) = (sep, group > 0 && i > 0) {
            // Counting from the right, a group starts where the number of
            // bytes left is a multiple of the group size.
            let boundary = if per > 0 {
                (data.len() - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    Ok(vm.new_str(&out))
}

/// The `sep` argument of `hex`: one ASCII character, as str or bytes.
fn hex_separator(vm: &Vm, s: &ObjRef) -> PyResult<char> {
    let one = if let Some(t) = s.as_str() {
        let mut cs = t.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => c,
            _ => return Err(vm.value_error("sep must be length 1.")),
        }
    } else if let Some(b) = bytes_of(s) {
        match &b[..] {
            [c] => char::from(*c),
            _ => return Err(vm.value_error("sep must be length 1.")),
        }
    } else {
        return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(s))));
    };
    if !one.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    Ok(one)
}

/// `bytes.fromhex(string)` (a class method): pairs of hex digits, ASCII
/// whitespace allowed between pairs.
pub fn fromhex(vm: &mut Vm, args: Args) -> PyResult {
    let arg = one_arg(vm, &args, "bytes.fromhex")?;
    let Some(text) = arg.as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            clinic_type_name(vm, arg)
        )));
    };
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16));
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let bad = |pos: usize| {
            vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {pos}"
            ))
        };
        let hi = digit(i).ok_or_else(|| bad(i))?;
        let lo = digit(i + 1).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let cls = args.pos.first().cloned();
    let bytearray = vm.types.bytearray.clone();
    let is_bytearray = cls.as_ref().is_some_and(|c| vm.is_subclass(c, &bytearray));
    let made = if is_bytearray {
        vm.new_bytearray(out)
    } else {
        vm.new_bytes(&out)
    };
    // A subclass gets `cls(result)`, as CPython's fromhex does.
    match cls {
        Some(c) if !c.is(&vm.types.bytes) && !c.is(&bytearray) && c.kind() == Kind::Type => {
            vm.call(&c, &[made], None)
        }
        _ => Ok(made),
    }
}

/// A case mapping over the bytes (always a new object, as in CPython).
fn map_bytes(vm: &mut Vm, args: &Args, name: &str, f: impl FnOnce(&[u8]) -> Vec<u8>) -> PyResult {
    let (obj, data) = this(vm, args, name)?;
    no_args(vm, args, &qual(args, name))?;
    Ok(new_like(vm, obj, &f(&data)))
}

/// `bytes.upper()`.
pub fn upper(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, &args, "upper", <[u8]>::to_ascii_uppercase)
}

/// `bytes.lower()`.
pub fn lower(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, &args, "lower", <[u8]>::to_ascii_lowercase)
}

/// `bytes.swapcase()`.
pub fn swapcase(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, &args, "swapcase", |d| {
        d.iter()
            .map(|&b| if b.is_ascii_alphabetic() { b ^ 0x20 } else { b })
            .collect()
    })
}

/// `bytes.title()`.
pub fn title(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, &args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let r = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

/// `bytes.capitalize()`.
pub fn capitalize(vm: &mut Vm, args: Args) -> PyResult {
    map_bytes(vm, &args, "capitalize", |d| {
        let mut v = d.to_ascii_lowercase();
        if let Some(f) = v.first_mut() {
            f.make_ascii_uppercase();
        }
        v
    })
}

/// A predicate over the bytes: `Some(answer)` from `f`, given the data.
fn predicate(vm: &mut Vm, args: &Args, name: &str, f: impl FnOnce(&[u8]) -> bool) -> PyResult {
    let (_, data) = this(vm, args, name)?;
    no_args(vm, args, &qual(args, name))?;
    Ok(vm.new_bool(f(&data)))
}

/// `bytes.isdigit()`.
pub fn isdigit(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

/// `bytes.isalpha()`.
pub fn isalpha(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

/// `bytes.isalnum()`.
pub fn isalnum(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

/// `bytes.isspace()`.
pub fn isspace(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isspace", |d| {
        !d.is_empty() && d.iter().all(|&b| is_space(b))
    })
}

/// `bytes.isascii()`.
pub fn isascii(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isascii", <[u8]>::is_ascii)
}

/// `bytes.isupper()`.
pub fn isupper(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

/// `bytes.islower()`.
pub fn islower(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

/// `bytes.istitle()`.
pub fn istitle(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "istitle", |d| {
        let mut cased = false;
        let mut prev_cased = false;
        for &b in d {
            if b.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

/// The width and fill byte of center/ljust/rjust, and how much to add.
fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(i64, u8)> {
    let rest = positional(vm, args, &qual(args, name), name, 1, 2)?;
    let width = int_arg(vm, &rest[0])?;
    let fill = match rest.get(1) {
        None => b' ',
        Some(f) => match bytes_of(f).as_deref() {
            Some(&[b]) => b,
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    clinic_type_name(vm, f)
                )));
            }
        },
    };
    Ok((width, fill))
}

/// `data` padded to `width` with `left` of the margin on the left.
fn padded(
    vm: &Vm,
    obj: &ObjRef,
    data: &[u8],
    width: i64,
    fill: u8,
    left_share: impl Fn(usize) -> usize,
) -> PyResult {
    let margin = usize::try_from(width)
        .ok()
        .and_then(|w| w.checked_sub(data.len()))
        .unwrap_or(0);
    if margin == 0 {
        return Ok(sub_bytes(vm, obj, data, data));
    }
    if !crate::heap::try_reserve(data.len().saturating_add(margin)) {
        return Err(vm.memory_error());
    }
    let left = left_share(margin);
    let mut out = Vec::with_capacity(data.len() + margin);
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(data.len() + margin, fill);
    Ok(new_like(vm, obj, &out))
}

/// `bytes.center(width[, fillbyte])`.
pub fn center(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, data) = this(vm, &args, "center")?;
    let (width, fill) = pad_args(vm, &args, "center")?;
    padded(vm, obj, &data, width, fill, |m| {
        m / 2 + (m & (width as usize) & 1)
    })
}

/// `bytes.ljust(width[, fillbyte])`.
pub fn ljust(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, data) = this(vm, &args, "ljust")?;
    let (width, fill) = pad_args(vm, &args, "ljust")?;
    padded(vm, obj, &data, width, fill, |_| 0)
}

/// `bytes.rjust(width[, fillbyte])`.
pub fn rjust(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, data) = this(vm, &args, "rjust")?;
    let (width, fill) = pad_args(vm, &args, "rjust")?;
    padded(vm, obj, &data, width, fill, |m| m)
}

/// `bytes.zfill(width)`: zeros after a leading sign.
pub fn zfill(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, data) = this(vm, &args, "zfill")?;
    let w = one_arg(vm, &args, &qual(&args, "zfill"))?;
    let width = int_arg(vm, w)?;
    let margin = usize::try_from(width)
        .ok()
        .and_then(|w| w.checked_sub(data.len()))
        .unwrap_or(0);
    if margin == 0 {
        return Ok(sub_bytes(vm, obj, &data, &data));
    }
    if !crate::heap::try_reserve(data.len().saturating_add(margin)) {
        return Err(vm.memory_error());
    }
    let mut out = Vec::with_capacity(data.len() + margin);
    let body = match data.first() {
        Some(&s @ (b'+' | b'-')) => {
            out.push(s);
            &data[1..]
        }
        _ => &data[..],
    };
    out.resize(out.len() + margin, b'0');
    out.extend_from_slice(body);
    Ok(new_like(vm, obj, &out))
}

/// `bytes.expandtabs(tabsize=8)`.
pub fn expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, data) = this(vm, &args, "expandtabs")?;
    let slots = keyword_args(vm, &args, "expandtabs", &["tabsize"], 0, 0)?;
    let tabsize = match &slots[0] {
        Some(n) => i64::from(c_int_arg(vm, n)?),
        None => 8,
    };
    let tab = u64::try_from(tabsize).unwrap_or(0);
    let mut total: u64 = 0;
    let mut column: u64 = 0;
    for &b in data.iter() {
        match b {
            b'\t' if tab > 0 => {
                let incr = tab - column % tab;
                column = column.saturating_add(incr);
                total = total.saturating_add(incr);
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                column = 0;
                total += 1;
            }
            _ => {
                column += 1;
                total += 1;
            }
        }
        if total > isize::MAX as u64 {
            return Err(vm.overflow_error("result too long"));
        }
    }
    if !crate::heap::try_reserve(total as usize) {
        return Err(vm.memory_error());
    }
    let mut out = Vec::with_capacity(total as usize);
    let mut column: u64 = 0;
    for &b in data.iter() {
        match b {
            b'\t' if tab > 0 => {
                let incr = tab - column % tab;
                column += incr;
                out.resize(out.len() + incr as usize, b' ');
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                column = 0;
                out.push(b);
            }
            _ => {
                column += 1;
                out.push(b);
            }
        }
    }
    Ok(new_like(vm, obj, &out))
}

/// `bytes.translate(table, /, delete=b'')`: drops the bytes in `delete`,
/// then maps the rest through the 256-byte `table` (None: no mapping).
pub fn translate(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, data) = this(vm, &args, "translate")?;
    let slots = keyword_args(vm, &args, "translate", &["table", "delete"], 1, 1)?;
    let table = match &slots[0] {
        Some(t) if !t.is(&vm.none) => {
            let t = expect_bytes(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match &slots[1] {
        Some(d) => expect_bytes(vm, d)?,
        None => std::borrow::Cow::Borrowed(&[][..]),
    };
    if table.is_none() && delete.is_empty() {
        return Ok(sub_bytes(vm, obj, &data, &data));
    }
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    Ok(new_like(vm, obj, &out))
}

/// `bytes.maketrans(frm, to)` (a static method): the 256-byte table that
/// maps each byte of `frm` to the byte of `to` at the same place.
pub fn maketrans(vm: &mut Vm, args: Args) -> PyResult {
    let rest = positional(vm, &args, "bytes.maketrans", "maketrans", 2, 2)?;
    let frm = expect_bytes(vm, &rest[0])?;
    let to = expect_bytes(vm, &rest[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[usize::from(f)] = t;
    }
    Ok(vm.new_bytes(&table))
}
