//! Methods of str, registered in the str type's dict. This file holds the
//! registration table and the view of a str argument ([`Text`]) that
//! every method uses; the methods live beside it by family:
//!
//! | file | methods |
//! |---|---|
//! | `str_search` | find, rfind, index, rindex, count, startswith, endswith, replace, removeprefix/suffix, partition/rpartition |
//! | `str_split` | split, rsplit, splitlines, join, strip, lstrip, rstrip |
//! | `str_case` | upper, lower, casefold, title, capitalize, swapcase and the `is...` predicates |
//! | `str_layout` | zfill, center, ljust, rjust, expandtabs, translate, maketrans |
//! | `str_codec` | encode (and the codecs `bytes.decode` shares) |
//! | `str_format` | format, format_map |
//!
//! Indices are in characters (code points) as in Python; the text is UTF-8,
//! so methods convert at the edges and take the byte-index path when the
//! string is ASCII (char index == byte index). Methods that change nothing
//! return `self` itself for an exact str, as CPython does (so `s.strip() is
//! s` holds when there was nothing to strip).

use super::str_args::clinic_type_name;
use super::{str_case, str_codec, str_format, str_layout, str_search, str_split};
use crate::builtins::{Args, add_class_method, add_method};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::native::NativeFn;
use crate::objects::str::PyStr;
use crate::vm::Vm;

/// Registers str's methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("find", str_search::find),
        ("rfind", str_search::rfind),
        ("index", str_search::index),
        ("rindex", str_search::rindex),
        ("count", str_search::count),
        ("startswith", str_search::startswith),
        ("endswith", str_search::endswith),
        ("replace", str_search::replace),
        ("removeprefix", str_search::removeprefix),
        ("removesuffix", str_search::removesuffix),
        ("partition", str_search::partition),
        ("rpartition", str_search::rpartition),
        ("split", str_split::split),
        ("rsplit", str_split::rsplit),
        ("splitlines", str_split::splitlines),
        ("join", str_split::join),
        ("strip", str_split::strip),
        ("lstrip", str_split::lstrip),
        ("rstrip", str_split::rstrip),
        ("upper", str_case::upper),
        ("lower", str_case::lower),
        ("casefold", str_case::casefold),
        ("title", str_case::title),
        ("capitalize", str_case::capitalize),
        ("swapcase", str_case::swapcase),
        ("isdigit", str_case::isdigit),
        ("isdecimal", str_case::isdecimal),
        ("isnumeric", str_case::isnumeric),
        ("isalpha", str_case::isalpha),
        ("isalnum", str_case::isalnum),
        ("isspace", str_case::isspace),
        ("isupper", str_case::isupper),
        ("islower", str_case::islower),
        ("istitle", str_case::istitle),
        ("isidentifier", str_case::isidentifier),
        ("isprintable", str_case::isprintable),
        ("isascii", str_case::isascii),
        ("zfill", str_layout::zfill),
        ("center", str_layout::center),
        ("ljust", str_layout::ljust),
        ("rjust", str_layout::rjust),
        ("expandtabs", str_layout::expandtabs),
        ("translate", str_layout::translate),
        ("encode", str_codec::encode),
        ("format", str_format::format),
        ("format_map", str_format::format_map),
    ];
    for &(name, f) in methods {
        add_method(vm, &t, "str", name, f);
    }
    add_class_method(vm, &t, "str", "maketrans", str_layout::maketrans);
}

/// A str argument: the object, its text and its length in characters.
#[derive(Clone, Copy)]
pub(super) struct Text<'a> {
    /// The str object.
    pub obj: &'a ObjRef,
    /// Its UTF-8 text.
    pub s: &'a str,
    /// Its length in code points.
    pub chars: usize,
}

impl<'a> Text<'a> {
    /// The view of `obj` if it is a str.
    pub fn of(obj: &'a ObjRef) -> Option<Text<'a>> {
        let s = obj.as_str()?;
        let chars = obj.downcast::<PyStr>().map_or(s.len(), |p| p.char_len);
        Some(Text { obj, s, chars })
    }

    /// Whether every character is ASCII (char index == byte index).
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The byte range of characters `start..end` (`start <= end <= chars`).
    pub fn byte_range(&self, start: usize, end: usize) -> (usize, usize) {
        if self.is_ascii() {
            return (start.min(self.s.len()), end.min(self.s.len()));
        }
        if start == 0 && end >= self.chars {
            return (0, self.s.len());
        }
        let mut bs = self.s.len();
        let mut be = self.s.len();
        for (ci, (b, _)) in self.s.char_indices().enumerate() {
            if ci == start {
                bs = b;
            }
            if ci == end {
                be = b;
                break;
            }
        }
        (bs, be)
    }
}

/// The number of code points in `s`.
pub(super) fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// `self` of a str method (CPython's descriptor check).
pub(super) fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<Text<'a>> {
    let obj = super::str_args::check_self(vm, args, Kind::Str, "str", name)?;
    Text::of(obj).ok_or_else(|| vm.type_error("expected str"))
}

/// A result equal to `t`'s text: `t` itself when it is an exact str (as
/// CPython returns it), else a new exact str.
pub(super) fn unchanged(vm: &Vm, t: &Text) -> ObjRef {
    if t.obj.is_type(&vm.types.str_) {
        t.obj.clone()
    } else {
        vm.new_str(t.s)
    }
}

/// A str result that is the slice `part` of `t`'s text: `t` itself when the
/// slice is all of it.
pub(super) fn substr(vm: &Vm, t: &Text, part: &str) -> ObjRef {
    if part.len() == t.s.len() {
        unchanged(vm, t)
    } else {
        vm.new_str(part)
    }
}

/// A str argument, or CPython's "must be str, not int". A non-empty
/// `prefix` names the argument the way Argument Clinic does ("replace()
/// argument 1 must be str, not None").
pub(super) fn expect_str<'a>(vm: &Vm, obj: &'a ObjRef, prefix: &str) -> PyResult<Text<'a>> {
    Text::of(obj).ok_or_else(|| {
        let tn = if prefix.is_empty() {
            vm.type_name(obj)
        } else {
            clinic_type_name(vm, obj)
        };
        vm.type_error(format!("{prefix}must be str, not {tn}"))
    })
}

/// An empty String with room for `n` bytes, or MemoryError when `n` is
/// more than the heap may hand out (huge widths in `center`, `zfill` ...).
pub(super) fn string_with_capacity(vm: &Vm, n: usize) -> PyResult<String> {
    let mut out = String::new();
    if !crate::heap::try_reserve(n) || out.try_reserve_exact(n).is_err() {
        return Err(vm.memory_error());
    }
    Ok(out)
}
