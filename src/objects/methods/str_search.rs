//! str methods that search for a substring: find, rfind, index, rindex,
//! count, startswith, endswith, replace, removeprefix, removesuffix,
//! partition, rpartition.
//!
//! The search itself is Rust's `str::find` family on the UTF-8 bytes
//! (a substring match in UTF-8 is always a match of whole characters);
//! `start`/`end` are resolved in characters first and turned into a byte
//! range, which is free for ASCII text.

use super::str::{Text, count_chars, expect_str, substr, this, unchanged};
use super::str_args::{int_arg, one_arg, positional, start_end, tuple_args};
use crate::builtins::Args;
use crate::heap::Kind;
use crate::objects::PyResult;
use crate::objects::tuple::PyTuple;
use crate::vm::Vm;

/// Where `sub` occurs in characters `start..end` of `t` (first or last
/// occurrence), as a character index.
fn find_in(t: &Text, sub: &Text, start: usize, end: usize, last: bool) -> Option<usize> {
    if start > end || end - start < sub.chars {
        return None;
    }
    let (bs, be) = t.byte_range(start, end);
    let hay = &t.s[bs..be];
    let pos = if last {
        hay.rfind(sub.s)
    } else {
        hay.find(sub.s)
    }?;
    Some(start + count_chars(&hay[..pos]))
}

/// The shared body of find/rfind/index/rindex.
fn find_common(vm: &mut Vm, args: &Args, name: &str, last: bool) -> PyResult<Option<usize>> {
    let t = this(vm, args, name)?;
    let rest = tuple_args(vm, args, "str", name, 1, 3)?;
    let (start, end) = start_end(vm, &rest[1..], t.chars)?;
    let sub = expect_str(vm, &rest[0], "")?;
    Ok(find_in(&t, &sub, start, end, last))
}

/// `str.find(sub[, start[, end]])`.
pub fn find(vm: &mut Vm, args: Args) -> PyResult {
    let r = find_common(vm, &args, "find", false)?;
    Ok(vm.new_int(r.map_or(-1, |i| i as i64)))
}

/// `str.rfind(sub[, start[, end]])`.
pub fn rfind(vm: &mut Vm, args: Args) -> PyResult {
    let r = find_common(vm, &args, "rfind", true)?;
    Ok(vm.new_int(r.map_or(-1, |i| i as i64)))
}

/// `str.index(sub[, start[, end]])`.
pub fn index(vm: &mut Vm, args: Args) -> PyResult {
    match find_common(vm, &args, "index", false)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

/// `str.rindex(sub[, start[, end]])`.
pub fn rindex(vm: &mut Vm, args: Args) -> PyResult {
    match find_common(vm, &args, "rindex", true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

/// `str.count(sub[, start[, end]])`: non-overlapping occurrences; the empty
/// string occurs once per position, ends included.
pub fn count(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "count")?;
    let rest = tuple_args(vm, &args, "str", "count", 1, 3)?;
    let (start, end) = start_end(vm, &rest[1..], t.chars)?;
    let sub = expect_str(vm, &rest[0], "")?;
    if start > end {
        return Ok(vm.new_int(0));
    }
    if sub.s.is_empty() {
        return Ok(vm.new_int((end - start + 1) as i64));
    }
    let (bs, be) = t.byte_range(start, end);
    let n = t.s[bs..be].matches(sub.s).count();
    Ok(vm.new_int(n as i64))
}

/// The shared body of startswith/endswith: `prefix` is a str or a tuple of
/// str, tried in order (a non-str item is only an error when reached).
fn affix_match(vm: &mut Vm, args: &Args, name: &str, at_end: bool) -> PyResult {
    let t = this(vm, args, name)?;
    let rest = tuple_args(vm, args, "str", name, 1, 3)?;
    let (start, end) = start_end(vm, &rest[1..], t.chars)?;
    // The searched window, or None when start is past end (then even
    // the empty string does not match).
    let window = (start <= end).then(|| {
        let (bs, be) = t.byte_range(start, end);
        (&t.s[bs..be], end - start)
    });
    let matches = |sub: &Text| -> bool {
        match window {
            Some((hay, len)) if sub.chars <= len => {
                if at_end {
                    hay.ends_with(sub.s)
                } else {
                    hay.starts_with(sub.s)
                }
            }
            _ => false,
        }
    };
    let arg = &rest[0];
    if let Some(sub) = Text::of(arg) {
        return Ok(vm.new_bool(matches(&sub)));
    }
    if arg.kind() == Kind::Tuple {
        for item in arg.var_items::<PyTuple>().unwrap_or(&[]) {
            let Some(sub) = Text::of(item) else {
                return Err(vm.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(item)
                )));
            };
            if matches(&sub) {
                return Ok(vm.new_bool(true));
            }
        }
        return Ok(vm.new_bool(false));
    }
    Err(vm.type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        vm.type_name(arg)
    )))
}

/// `str.startswith(prefix[, start[, end]])`.
pub fn startswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_match(vm, &args, "startswith", false)
}

/// `str.endswith(suffix[, start[, end]])`.
pub fn endswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_match(vm, &args, "endswith", true)
}

/// `str.replace(old, new[, count])`: at most `count` replacements (all when
/// negative); an empty `old` matches before every character and at the end.
pub fn replace(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "replace")?;
    let rest = positional(vm, &args, "str.replace", "replace", 2, 3)?;
    let old = expect_str(vm, &rest[0], "replace() argument 1 ")?;
    let new = expect_str(vm, &rest[1], "replace() argument 2 ")?;
    let limit = match rest.get(2) {
        Some(c) => int_arg(vm, c)?,
        None => -1,
    };
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let mut found = t.s.match_indices(old.s).take(limit).peekable();
    if found.peek().is_none() {
        return Ok(unchanged(vm, &t));
    }
    let mut out = String::with_capacity(t.s.len());
    let mut last = 0;
    for (pos, m) in found {
        out.push_str(&t.s[last..pos]);
        out.push_str(new.s);
        last = pos + m.len();
    }
    out.push_str(&t.s[last..]);
    Ok(vm.new_str(&out))
}

/// `str.removeprefix(prefix)`.
pub fn removeprefix(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "removeprefix")?;
    let arg = one_arg(vm, &args, "str.removeprefix")?;
    let p = expect_str(vm, arg, "removeprefix() argument ")?;
    Ok(match t.s.strip_prefix(p.s) {
        Some(rest) => substr(vm, &t, rest),
        None => unchanged(vm, &t),
    })
}

/// `str.removesuffix(suffix)`.
pub fn removesuffix(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "removesuffix")?;
    let arg = one_arg(vm, &args, "str.removesuffix")?;
    let p = expect_str(vm, arg, "removesuffix() argument ")?;
    Ok(match t.s.strip_suffix(p.s) {
        Some(rest) => substr(vm, &t, rest),
        None => unchanged(vm, &t),
    })
}

/// The shared body of partition/rpartition: `(head, sep, tail)`, where
/// `sep` is the argument object itself, as in CPython.
fn partition_common(vm: &mut Vm, args: &Args, name: &str, last: bool) -> PyResult {
    let t = this(vm, args, name)?;
    let sep_obj = one_arg(vm, args, &format!("str.{name}"))?;
    let sep = expect_str(vm, sep_obj, "")?;
    if sep.s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let pos = if last {
        t.s.rfind(sep.s)
    } else {
        t.s.find(sep.s)
    };
    let items = match pos {
        Some(p) => vec![
            vm.new_str(&t.s[..p]),
            sep_obj.clone(),
            vm.new_str(&t.s[p + sep.s.len()..]),
        ],
        None if last => vec![
            vm.empty_str.clone(),
            vm.empty_str.clone(),
            unchanged(vm, &t),
        ],
        None => vec![
            unchanged(vm, &t),
            vm.empty_str.clone(),
            vm.empty_str.clone(),
        ],
    };
    Ok(vm.new_tuple(items))
}

/// `str.partition(sep)`.
pub fn partition(vm: &mut Vm, args: Args) -> PyResult {
    partition_common(vm, &args, "partition", false)
}

/// `str.rpartition(sep)`.
pub fn rpartition(vm: &mut Vm, args: Args) -> PyResult {
    partition_common(vm, &args, "rpartition", true)
}
