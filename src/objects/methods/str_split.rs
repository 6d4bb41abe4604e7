//! str methods that cut a string into pieces or glue pieces together:
//! split, rsplit, splitlines, join, strip, lstrip, rstrip.
//!
//! "Whitespace" is CPython's `str.isspace` (which, unlike Rust's
//! `char::is_whitespace`, includes the ASCII separators 0x1C..0x1F).
//! ASCII text is scanned byte by byte; other text by `char_indices`.

use super::str::{Text, string_with_capacity, substr, this};
use super::str_args::{c_int_arg, int_arg, keyword_args, one_arg, positional};
use super::str_unicode::{is_linebreak, is_space};
use crate::builtins::Args;
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::vm::Vm;

/// Byte ranges of the words of `s` (runs of non-whitespace), splitting at
/// most `maxcount` times from the left; the rest after the last split
/// (leading whitespace skipped) is the final piece.
fn whitespace_words(
    chars: impl Iterator<Item = (usize, char)>,
    len: usize,
    maxcount: usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut it = chars.peekable();
    let mut remaining = maxcount;
    loop {
        while it.next_if(|&(_, c)| is_space(c)).is_some() {}
        let Some(&(start, _)) = it.peek() else { break };
        if remaining == 0 {
            out.push((start, len));
            break;
        }
        remaining -= 1;
        let mut end = len;
        while let Some(&(p, c)) = it.peek() {
            if is_space(c) {
                end = p;
                break;
            }
            it.next();
        }
        out.push((start, end));
    }
    out
}

/// Like [`whitespace_words`] but splitting from the right: `chars` runs
/// backwards over the text.
fn whitespace_words_rev(
    chars: impl Iterator<Item = (usize, char)>,
    maxcount: usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut it = chars.peekable();
    let mut remaining = maxcount;
    loop {
        while it.next_if(|&(_, c)| is_space(c)).is_some() {}
        let Some(&(p, c)) = it.peek() else { break };
        let end = p + c.len_utf8();
        if remaining == 0 {
            out.push((0, end));
            break;
        }
        remaining -= 1;
        let mut start = 0;
        while let Some(&(p, c)) = it.peek() {
            if is_space(c) {
                start = p + c.len_utf8();
                break;
            }
            it.next();
        }
        out.push((start, end));
    }
    out.reverse();
    out
}

/// Reads split's `sep` and `maxsplit` (in CPython's order: maxsplit is
/// converted first, then sep is checked). `sep` comes back as a str
/// object, or None for "split at whitespace".
fn split_args<'a>(
    vm: &mut Vm,
    args: &'a Args,
    name: &str,
) -> PyResult<(Text<'a>, Option<ObjRef>, usize)> {
    let t = this(vm, args, name)?;
    let slots = keyword_args(vm, args, name, &["sep", "maxsplit"], 0, 0)?;
    let maxsplit = match &slots[1] {
        Some(m) => int_arg(vm, m)?,
        None => -1,
    };
    let sep = match &slots[0] {
        Some(s) if !s.is(&vm.none) => match s.as_str() {
            Some("") => return Err(vm.value_error("empty separator")),
            Some(_) => Some(s.clone()),
            None => {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(s))));
            }
        },
        _ => None,
    };
    Ok((t, sep, usize::try_from(maxsplit).unwrap_or(usize::MAX)))
}

/// Makes the result list: a piece that is the whole string is `self`.
/// The list has the capacity CPython's gives it: `prealloc` slots (split
/// preallocates up to 12), then append's growth for the pieces past those.
fn pieces_list<'p>(
    vm: &Vm,
    t: &Text,
    prealloc: usize,
    pieces: impl Iterator<Item = &'p str>,
) -> ObjRef {
    let pieces: Vec<&str> = pieces.collect();
    let mut cap = prealloc;
    while cap < pieces.len() {
        cap = crate::objects::list::grown_capacity(cap + 1, cap, cap);
    }
    let mut items = Vec::with_capacity(cap);
    items.extend(pieces.into_iter().map(|p| substr(vm, t, p)));
    vm.new_list(items)
}

/// CPython's `PREALLOC_SIZE(maxsplit)` for split and rsplit.
fn split_prealloc(maxcount: usize) -> usize {
    maxcount.saturating_add(1).min(12)
}

/// `str.split(sep=None, maxsplit=-1)`.
pub fn split(vm: &mut Vm, args: Args) -> PyResult {
    let (t, sep, maxcount) = split_args(vm, &args, "split")?;
    let s = t.s;
    Ok(match sep.as_ref().and_then(|o| o.as_str()) {
        None => {
            let ranges = if t.is_ascii() {
                whitespace_words(s.bytes().map(char::from).enumerate(), s.len(), maxcount)
            } else {
                whitespace_words(s.char_indices(), s.len(), maxcount)
            };
            pieces_list(
                vm,
                &t,
                split_prealloc(maxcount),
                ranges.into_iter().map(|(a, b)| &s[a..b]),
            )
        }
        Some(sep) if maxcount == usize::MAX => {
            pieces_list(vm, &t, split_prealloc(maxcount), s.split(sep))
        }
        Some(sep) => pieces_list(
            vm,
            &t,
            split_prealloc(maxcount),
            s.splitn(maxcount.saturating_add(1), sep),
        ),
    })
}

/// `str.rsplit(sep=None, maxsplit=-1)`.
pub fn rsplit(vm: &mut Vm, args: Args) -> PyResult {
    let (t, sep, maxcount) = split_args(vm, &args, "rsplit")?;
    let s = t.s;
    Ok(match sep.as_ref().and_then(|o| o.as_str()) {
        None => {
            let ranges = if t.is_ascii() {
                whitespace_words_rev(s.bytes().map(char::from).enumerate().rev(), maxcount)
            } else {
                whitespace_words_rev(s.char_indices().rev(), maxcount)
            };
            pieces_list(
                vm,
                &t,
                split_prealloc(maxcount),
                ranges.into_iter().map(|(a, b)| &s[a..b]),
            )
        }
        Some(sep) => {
            let mut parts: Vec<&str> = if maxcount == usize::MAX {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(maxcount.saturating_add(1), sep).collect()
            };
            parts.reverse();
            pieces_list(vm, &t, split_prealloc(maxcount), parts.into_iter())
        }
    })
}

/// `str.splitlines(keepends=False)`: splits at every CPython line
/// boundary (\n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e, \x85, \u2028, \u2029).
pub fn splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "splitlines")?;
    let slots = keyword_args(vm, &args, "splitlines", &["keepends"], 0, 0)?;
    let keepends = match &slots[0] {
        Some(k) => c_int_arg(vm, k)? != 0,
        None => false,
    };
    let s = t.s;
    let bytes = s.as_bytes();
    let mut pieces = Vec::new();
    let mut line_start = 0;
    let mut it = s.char_indices();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && bytes.get(next) == Some(&b'\n') {
            it.next();
            next += 1;
        }
        pieces.push(&s[line_start..if keepends { next } else { i }]);
        line_start = next;
    }
    if line_start < s.len() {
        pieces.push(&s[line_start..]);
    }
    Ok(pieces_list(vm, &t, 0, pieces.into_iter()))
}

/// `str.join(iterable)`: the items must all be str.
pub fn join(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "join")?;
    let iterable = one_arg(vm, &args, "str.join")?;
    let items = match vm.sequence_items(iterable) {
        Ok(items) => items,
        Err(e) if vm.isinstance(&e.0, &vm.exc.type_error) => {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    match items.as_slice() {
        [] => return Ok(vm.empty_str.clone()),
        [one] if one.is_type(&vm.types.str_) => return Ok(one.clone()),
        _ => {}
    }
    let mut total = t.s.len().saturating_mul(items.len() - 1);
    for (i, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(s) => total = total.saturating_add(s.len()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(item)
                )));
            }
        }
    }
    let mut out = string_with_capacity(vm, total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(t.s);
        }
        out.push_str(item.as_str().unwrap_or(""));
    }
    Ok(vm.new_str(&out))
}

/// Which ends `strip` works on.
#[derive(Clone, Copy)]
enum Ends {
    Left,
    Right,
    Both,
}

/// The shared body of strip/lstrip/rstrip: `chars` None strips whitespace.
fn strip_common(vm: &mut Vm, args: &Args, qualname: &str, name: &str, ends: Ends) -> PyResult {
    let t = this(vm, args, name)?;
    let rest = positional(vm, args, qualname, name, 0, 1)?;
    let chars = match rest.first() {
        Some(c) if !c.is(&vm.none) => match c.kind() {
            Kind::Str => c.as_str(),
            _ => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
        _ => None,
    };
    let s = t.s;
    let result = match chars {
        None => match ends {
            Ends::Left => s.trim_start_matches(is_space),
            Ends::Right => s.trim_end_matches(is_space),
            Ends::Both => s.trim_matches(is_space),
        },
        Some(set) => {
            let in_set = |c: char| set.contains(c);
            match ends {
                Ends::Left => s.trim_start_matches(in_set),
                Ends::Right => s.trim_end_matches(in_set),
                Ends::Both => s.trim_matches(in_set),
            }
        }
    };
    Ok(substr(vm, &t, result))
}

/// `str.strip([chars])`.
pub fn strip(vm: &mut Vm, args: Args) -> PyResult {
    strip_common(vm, &args, "str.strip", "strip", Ends::Both)
}

/// `str.lstrip([chars])`.
pub fn lstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_common(vm, &args, "str.lstrip", "lstrip", Ends::Left)
}

/// `str.rstrip([chars])`.
pub fn rstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_common(vm, &args, "str.rstrip", "rstrip", Ends::Right)
}
