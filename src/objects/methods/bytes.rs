//! Methods of bytes, registered in the bytes type's dict. This file holds
//! the registration table, the argument views and the searching and
//! splitting methods (find ... replace, split, join, strip, partition);
//! `bytes_text` has case mapping, the `is...` predicates, padding, hex,
//! translate and decode.
//!
//! The same functions serve bytearray (registered in `bytearray`), which
//! get a new bytearray as their result. Arguments that CPython accepts as
//! "bytes-like" are bytes, bytearray or memoryview. Whitespace is ASCII's:
//! space, \t, \n, \v, \f, \r.

use super::bytes_text;
use super::str_args::{
    c_int_arg, check_self, int_arg, keyword_args, one_arg, positional, start_end, tuple_args,
};
use crate::builtins::{Args, add_class_method, add_method};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::bytes::bytes_like;
use crate::objects::native::NativeFn;
use crate::objects::tuple::PyTuple;
use crate::vm::Vm;
use std::borrow::Cow;

/// The table of methods bytes and bytearray share, for the type of kind
/// `$kind` named `$owner`: the same functions serve both, each behind a
/// wrapper that checks `self` is of that type (so `bytes.upper(bytearray())`
/// fails as in CPython).
macro_rules! shared_methods {
    ($kind:expr, $owner:literal) => {
        shared_methods!(@table $kind, $owner;
            find => find,
            rfind => rfind,
            index => index,
            rindex => rindex,
            count => count,
            startswith => startswith,
            endswith => endswith,
            replace => replace,
            removeprefix => removeprefix,
            removesuffix => removesuffix,
            partition => partition,
            rpartition => rpartition,
            split => split,
            rsplit => rsplit,
            splitlines => splitlines,
            join => join,
            strip => strip,
            lstrip => lstrip,
            rstrip => rstrip,
            decode => bytes_text::decode,
            hex => bytes_text::hex,
            upper => bytes_text::upper,
            lower => bytes_text::lower,
            swapcase => bytes_text::swapcase,
            title => bytes_text::title,
            capitalize => bytes_text::capitalize,
            isdigit => bytes_text::isdigit,
            isalpha => bytes_text::isalpha,
            isalnum => bytes_text::isalnum,
            isspace => bytes_text::isspace,
            isupper => bytes_text::isupper,
            islower => bytes_text::islower,
            istitle => bytes_text::istitle,
            isascii => bytes_text::isascii,
            center => bytes_text::center,
            ljust => bytes_text::ljust,
            rjust => bytes_text::rjust,
            zfill => bytes_text::zfill,
            expandtabs => bytes_text::expandtabs,
            translate => bytes_text::translate,
        )
    };
    (@table $kind:expr, $owner:literal; $( $name:ident => $f:path, )*) => {
        &[ $( (stringify!($name), {
            fn wrapper(vm: &mut Vm, args: Args) -> PyResult {
                check_self(vm, &args, $kind, $owner, stringify!($name))?;
                $f(vm, args)
            }
            wrapper as NativeFn
        }), )* ]
    };
}

/// bytes' share of the common methods.
const BYTES_METHODS: &[(&str, NativeFn)] = shared_methods!(Kind::Bytes, "bytes");

/// bytearray's share of the common methods.
pub(super) const BYTEARRAY_METHODS: &[(&str, NativeFn)] =
    shared_methods!(Kind::ByteArray, "bytearray");

/// Registers bytes' methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.bytes.clone();
    for &(name, f) in BYTES_METHODS {
        add_method(vm, &t, "bytes", name, f);
    }
    add_class_method(vm, &t, "bytes", "fromhex", bytes_text::fromhex);
    add_class_method(vm, &t, "bytes", "maketrans", bytes_text::maketrans);
}

/// The contents of a bytes-like object (bytes, bytearray, memoryview).
pub(super) fn bytes_of(obj: &ObjRef) -> Option<Cow<'_, [u8]>> {
    bytes_like(obj)
}

/// The type name of a bytes method's `self` (bytes or bytearray), for
/// messages.
pub(super) fn owner(obj: &ObjRef) -> &'static str {
    if obj.kind() == Kind::ByteArray {
        "bytearray"
    } else {
        "bytes"
    }
}

/// `self` of a bytes or bytearray method: the object and its contents
/// (a copy for bytearray, whose buffer can change under Python code).
pub(super) fn this<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
) -> PyResult<(&'a ObjRef, Cow<'a, [u8]>)> {
    let owner_name = args.pos.first().map_or("bytes", owner);
    let kind = if owner_name == "bytearray" {
        Kind::ByteArray
    } else {
        Kind::Bytes
    };
    let obj = check_self(vm, args, kind, owner_name, name)?;
    Ok((obj, bytes_of(obj).unwrap_or(Cow::Borrowed(&[]))))
}

/// `owner.name` for messages about `self`'s method `name`.
pub(super) fn qual(args: &Args, name: &str) -> String {
    format!("{}.{name}", args.pos.first().map_or("bytes", owner))
}

/// A bytes-like argument, or "a bytes-like object is required, not 'str'".
pub(super) fn expect_bytes<'a>(vm: &Vm, obj: &'a ObjRef) -> PyResult<Cow<'a, [u8]>> {
    bytes_of(obj).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(obj)
        ))
    })
}

/// A new result of `self_obj`'s type holding `data`: bytes for bytes
/// (and subclasses), a new bytearray for bytearray.
pub(super) fn new_like(vm: &Vm, self_obj: &ObjRef, data: &[u8]) -> ObjRef {
    if self_obj.kind() == Kind::ByteArray {
        vm.new_bytearray(data.to_vec())
    } else {
        vm.new_bytes(data)
    }
}

/// The result `part` of `self_obj`: `self_obj` itself when `part` is all of
/// it and it is an exact bytes (CPython returns it unchanged); bytearray
/// methods always return a new bytearray.
pub(super) fn sub_bytes(vm: &Vm, self_obj: &ObjRef, whole: &[u8], part: &[u8]) -> ObjRef {
    if part.len() == whole.len() && self_obj.is_type(&vm.types.bytes) {
        self_obj.clone()
    } else {
        new_like(vm, self_obj, part)
    }
}

/// ASCII whitespace as CPython's `Py_ISSPACE`.
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The first occurrence of `needle` in `hay`.
fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    if n > hay.len() {
        return None;
    }
    let last_start = hay.len() - n;
    let mut i = 0;
    while i <= last_start {
        i += hay[i..=last_start].iter().position(|&b| b == first)?;
        if &hay[i..i + n] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The last occurrence of `needle` in `hay`.
fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n > hay.len() {
        return None;
    }
    let Some(&first) = needle.first() else {
        return Some(hay.len());
    };
    let mut end = hay.len() - n + 1;
    while end > 0 {
        let i = hay[..end].iter().rposition(|&b| b == first)?;
        if &hay[i..i + n] == needle {
            return Some(i);
        }
        end = i;
    }
    None
}

/// The start positions of the non-overlapping occurrences of `needle`
/// (non-empty) from the left, at most `limit` of them.
fn occurrences(hay: &[u8], needle: &[u8], limit: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while out.len() < limit {
        match find_sub(&hay[i..], needle) {
            Some(p) => {
                out.push(i + p);
                i += p + needle.len();
            }
            None => break,
        }
    }
    out
}

/// The sub-sequence argument of find/count/index: bytes, or an int that
/// stands for one byte.
fn sub_arg(vm: &mut Vm, obj: &ObjRef) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(obj) {
        return Ok(b.to_vec());
    }
    match vm.index_value(obj)? {
        Some(v) => match u8::try_from(v) {
            Ok(b) => Ok(vec![b]),
            Err(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        },
        None => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(obj)
        ))),
    }
}

/// The shared body of find/rfind/index/rindex.
fn find_common(vm: &mut Vm, args: &Args, name: &str, last: bool) -> PyResult<Option<usize>> {
    let (_, data) = this(vm, args, name)?;
    let rest = tuple_args(vm, args, owner(&args.pos[0]), name, 1, 3)?;
    let (start, end) = start_end(vm, &rest[1..], data.len())?;
    let sub = sub_arg(vm, &rest[0])?;
    if start > end || end - start < sub.len() {
        return Ok(None);
    }
    let hay = &data[start..end];
    let pos = if last {
        rfind_sub(hay, &sub)
    } else {
        find_sub(hay, &sub)
    };
    Ok(pos.map(|p| p + start))
}

/// `bytes.find(sub[, start[, end]])`.
pub fn find(vm: &mut Vm, args: Args) -> PyResult {
    let r = find_common(vm, &args, "find", false)?;
    Ok(vm.new_int(r.map_or(-1, |i| i as i64)))
}

/// `bytes.rfind(sub[, start[, end]])`.
pub fn rfind(vm: &mut Vm, args: Args) -> PyResult {
    let r = find_common(vm, &args, "rfind", true)?;
    Ok(vm.new_int(r.map_or(-1, |i| i as i64)))
}

/// `bytes.index(sub[, start[, end]])`.
pub fn index(vm: &mut Vm, args: Args) -> PyResult {
    match find_common(vm, &args, "index", false)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

/// `bytes.rindex(sub[, start[, end]])`.
pub fn rindex(vm: &mut Vm, args: Args) -> PyResult {
    match find_common(vm, &args, "rindex", true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

/// `bytes.count(sub[, start[, end]])`.
pub fn count(vm: &mut Vm, args: Args) -> PyResult {
    let (_, data) = this(vm, &args, "count")?;
    let rest = tuple_args(vm, &args, owner(&args.pos[0]), "count", 1, 3)?;
    let (start, end) = start_end(vm, &rest[1..], data.len())?;
    let sub = sub_arg(vm, &rest[0])?;
    let n = if start > end {
        0
    } else if sub.is_empty() {
        end - start + 1
    } else {
        occurrences(&data[start..end], &sub, usize::MAX).len()
    };
    Ok(vm.new_int(n as i64))
}

/// The shared body of startswith/endswith.
fn affix_match(vm: &mut Vm, args: &Args, name: &str, at_end: bool) -> PyResult {
    let (_, data) = this(vm, args, name)?;
    let rest = tuple_args(vm, args, owner(&args.pos[0]), name, 1, 3)?;
    let (start, end) = start_end(vm, &rest[1..], data.len())?;
    let matches = |sub: &[u8]| -> bool {
        if start > end || end - start < sub.len() {
            return false;
        }
        let hay = &data[start..end];
        if at_end {
            hay.ends_with(sub)
        } else {
            hay.starts_with(sub)
        }
    };
    let arg = &rest[0];
    if let Some(sub) = bytes_of(arg) {
        return Ok(vm.new_bool(matches(&sub)));
    }
    if arg.kind() == Kind::Tuple {
        for item in arg.var_items::<PyTuple>().unwrap_or(&[]) {
            if matches(&expect_bytes(vm, item)?) {
                return Ok(vm.new_bool(true));
            }
        }
        return Ok(vm.new_bool(false));
    }
    Err(vm.type_error(format!(
        "{name} first arg must be bytes or a tuple of bytes, not {}",
        vm.type_name(arg)
    )))
}

/// `bytes.startswith(prefix[, start[, end]])`.
pub fn startswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_match(vm, &args, "startswith", false)
}

/// `bytes.endswith(suffix[, start[, end]])`.
pub fn endswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_match(vm, &args, "endswith", true)
}

/// `bytes.replace(old, new[, count])`.
pub fn replace(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, data) = this(vm, &args, "replace")?;
    let rest = positional(vm, &args, &qual(&args, "replace"), "replace", 2, 3)?;
    let old = expect_bytes(vm, &rest[0])?;
    let new = expect_bytes(vm, &rest[1])?;
    let (data, old, new) = (&data[..], &old[..], &new[..]);
    let limit = match rest.get(2) {
        Some(c) => int_arg(vm, c)?,
        None => -1,
    };
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let positions: Vec<usize> = if old.is_empty() {
        (0..=data.len()).take(limit).collect()
    } else {
        occurrences(data, old, limit)
    };
    if positions.is_empty() {
        return Ok(sub_bytes(vm, obj, data, data));
    }
    let mut out = Vec::with_capacity(data.len() + positions.len() * new.len());
    let mut last = 0;
    for p in positions {
        out.extend_from_slice(&data[last..p]);
        out.extend_from_slice(new);
        last = p + old.len();
    }
    out.extend_from_slice(&data[last..]);
    Ok(new_like(vm, obj, &out))
}

/// `bytes.removeprefix(prefix)`.
pub fn removeprefix(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, data) = this(vm, &args, "removeprefix")?;
    let p = expect_bytes(vm, one_arg(vm, &args, &qual(&args, "removeprefix"))?)?;
    Ok(sub_bytes(
        vm,
        obj,
        &data,
        data.strip_prefix(&*p).unwrap_or(&data),
    ))
}

/// `bytes.removesuffix(suffix)`.
pub fn removesuffix(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, data) = this(vm, &args, "removesuffix")?;
    let p = expect_bytes(vm, one_arg(vm, &args, &qual(&args, "removesuffix"))?)?;
    Ok(sub_bytes(
        vm,
        obj,
        &data,
        data.strip_suffix(&*p).unwrap_or(&data),
    ))
}

/// The shared body of partition/rpartition.
fn partition_common(vm: &mut Vm, args: &Args, name: &str, last: bool) -> PyResult {
    let (obj, data) = this(vm, args, name)?;
    let sep_obj = one_arg(vm, args, &qual(args, name))?;
    let sep = expect_bytes(vm, sep_obj)?;
    let (data, sep) = (&data[..], &sep[..]);
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let pos = if last {
        rfind_sub(data, sep)
    } else {
        find_sub(data, sep)
    };
    let empty = || new_like(vm, obj, &[]);
    let items = match pos {
        Some(p) => vec![
            new_like(vm, obj, &data[..p]),
            if obj.kind() == Kind::ByteArray {
                new_like(vm, obj, sep)
            } else {
                sep_obj.clone()
            },
            new_like(vm, obj, &data[p + sep.len()..]),
        ],
        None if last => vec![empty(), empty(), sub_bytes(vm, obj, data, data)],
        None => vec![sub_bytes(vm, obj, data, data), empty(), empty()],
    };
    Ok(vm.new_tuple(items))
}

/// `bytes.partition(sep)`.
pub fn partition(vm: &mut Vm, args: Args) -> PyResult {
    partition_common(vm, &args, "partition", false)
}

/// `bytes.rpartition(sep)`.
pub fn rpartition(vm: &mut Vm, args: Args) -> PyResult {
    partition_common(vm, &args, "rpartition", true)
}

/// The pieces of `data` as a list (a piece that is all of it is `self`).
fn pieces_list(vm: &Vm, obj: &ObjRef, data: &[u8], pieces: &[(usize, usize)]) -> ObjRef {
    let items = pieces
        .iter()
        .map(|&(a, b)| sub_bytes(vm, obj, data, &data[a..b]))
        .collect();
    vm.new_list(items)
}

/// The shared body of split/rsplit.
fn split_common(vm: &mut Vm, args: &Args, name: &str, from_right: bool) -> PyResult {
    let (obj, data) = this(vm, args, name)?;
    let slots = keyword_args(vm, args, name, &["sep", "maxsplit"], 0, 0)?;
    let maxsplit = match &slots[1] {
        Some(m) => int_arg(vm, m)?,
        None => -1,
    };
    let maxcount = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let sep = match &slots[0] {
        Some(s) if !s.is(&vm.none) => Some(expect_bytes(vm, s)?),
        _ => None,
    };
    let data = &data[..];
    let mut pieces = Vec::new();
    match sep.as_deref() {
        Some([]) => return Err(vm.value_error("empty separator")),
        Some(sep) if !from_right => {
            let mut start = 0;
            for p in occurrences(data, sep, maxcount) {
                pieces.push((start, p));
                start = p + sep.len();
            }
            pieces.push((start, data.len()));
        }
        Some(sep) => {
            let mut end = data.len();
            while pieces.len() < maxcount {
                match rfind_sub(&data[..end], sep) {
                    Some(p) => {
                        pieces.push((p + sep.len(), end));
                        end = p;
                    }
                    None => break,
                }
            }
            pieces.push((0, end));
            pieces.reverse();
        }
        None if !from_right => {
            let mut i = 0;
            let mut splits = 0;
            loop {
                while i < data.len() && is_space(data[i]) {
                    i += 1;
                }
                if i == data.len() {
                    break;
                }
                if splits == maxcount {
                    pieces.push((i, data.len()));
                    break;
                }
                splits += 1;
                let start = i;
                while i < data.len() && !is_space(data[i]) {
                    i += 1;
                }
                pieces.push((start, i));
            }
        }
        None => {
            let mut i = data.len();
            let mut splits = 0;
            loop {
                while i > 0 && is_space(data[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if splits == maxcount {
                    pieces.push((0, i));
                    break;
                }
                splits += 1;
                let end = i;
                while i > 0 && !is_space(data[i - 1]) {
                    i -= 1;
                }
                pieces.push((i, end));
            }
            pieces.reverse();
        }
    }
    Ok(pieces_list(vm, obj, data, &pieces))
}

/// `bytes.split(sep=None, maxsplit=-1)`.
pub fn split(vm: &mut Vm, args: Args) -> PyResult {
    split_common(vm, &args, "split", false)
}

/// `bytes.rsplit(sep=None, maxsplit=-1)`.
pub fn rsplit(vm: &mut Vm, args: Args) -> PyResult {
    split_common(vm, &args, "rsplit", true)
}

/// `bytes.splitlines(keepends=False)`: at \n, \r and \r\n only.
pub fn splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, data) = this(vm, &args, "splitlines")?;
    let slots = keyword_args(vm, &args, "splitlines", &["keepends"], 0, 0)?;
    let keepends = match &slots[0] {
        Some(k) => c_int_arg(vm, k)? != 0,
        None => false,
    };
    let data = &data[..];
    let mut pieces = Vec::new();
    let mut line_start = 0;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\n' && b != b'\r' {
            i += 1;
            continue;
        }
        let eol = i;
        i += if b == b'\r' && data.get(i + 1) == Some(&b'\n') {
            2
        } else {
            1
        };
        pieces.push((line_start, if keepends { i } else { eol }));
        line_start = i;
    }
    if line_start < data.len() {
        pieces.push((line_start, data.len()));
    }
    Ok(pieces_list(vm, obj, data, &pieces))
}

/// `bytes.join(iterable_of_bytes)`.
pub fn join(vm: &mut Vm, args: Args) -> PyResult {
    let (_, sep) = this(vm, &args, "join")?;
    let sep = &sep[..];
    let iterable = one_arg(vm, &args, &qual(&args, "join"))?;
    let items = match vm.sequence_items(iterable) {
        Ok(items) => items,
        Err(e) if vm.isinstance(&e.0, &vm.exc.type_error) => {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    if let [one] = items.as_slice()
        && one.is_type(&vm.types.bytes)
        && args.pos[0].kind() == Kind::Bytes
    {
        return Ok(one.clone());
    }
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match bytes_of(item) {
            Some(b) => total = total.saturating_add(b.len()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(item)
                )));
            }
        }
    }
    if !crate::heap::try_reserve(total) {
        return Err(vm.memory_error());
    }
    let mut out = Vec::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(&bytes_of(item).unwrap_or_default());
    }
    Ok(new_like(vm, &args.pos[0], &out))
}

/// The shared body of strip/lstrip/rstrip.
fn strip_common(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult {
    let (obj, data) = this(vm, args, name)?;
    let rest = positional(vm, args, &qual(args, name), name, 0, 1)?;
    let set = match rest.first() {
        Some(c) if !c.is(&vm.none) => Some(expect_bytes(vm, c)?),
        _ => None,
    };
    let data = &data[..];
    let strip = |b: u8| match set.as_deref() {
        Some(s) => s.contains(&b),
        None => is_space(b),
    };
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && strip(data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(data[end - 1]) {
            end -= 1;
        }
    }
    Ok(sub_bytes(vm, obj, data, &data[start..end]))
}

/// `bytes.strip([bytes])`.
pub fn strip(vm: &mut Vm, args: Args) -> PyResult {
    strip_common(vm, &args, "strip", true, true)
}

/// `bytes.lstrip([bytes])`.
pub fn lstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_common(vm, &args, "lstrip", true, false)
}

/// `bytes.rstrip([bytes])`.
pub fn rstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_common(vm, &args, "rstrip", false, true)
}
