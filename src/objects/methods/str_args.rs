//! Argument checking shared by the str and bytes methods, with CPython
//! 3.11's exact messages. CPython's methods use four calling conventions,
//! each with its own wording:
//!
//! | convention | example | too many / keywords |
//! |---|---|---|
//! | no arguments | `str.upper` | "str.upper() takes no arguments (1 given)" |
//! | one argument | `str.join` | "str.join() takes exactly one argument (0 given)" |
//! | positional only | `str.replace` | "replace expected at least 2 arguments, got 1" |
//! | tuple parsing | `str.find` | "find() takes at least 1 argument (0 given)" |
//! | keywords allowed | `str.split` | "'x' is an invalid keyword argument for split()" |
//!
//! In every helper `args.pos[0]` is `self` and is not counted.

use crate::builtins::Args;
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::vm::Vm;
use smallvec::SmallVec;

/// Checks that `self` (`args.pos[0]`) has kind `kind`: CPython's
/// "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object".
pub(super) fn check_self<'a>(
    vm: &Vm,
    args: &'a Args,
    kind: Kind,
    owner: &str,
    name: &str,
) -> PyResult<&'a ObjRef> {
    match args.pos.first() {
        None => Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument"))),
        Some(s) if s.kind() == kind => Ok(s),
        Some(s) => Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(s)
        ))),
    }
}

fn reject_kwargs(vm: &Vm, args: &Args, qualname: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{qualname}() takes no keyword arguments")))
    }
}

/// The type name Argument Clinic's "argument 1 must be str, not None"
/// messages use: "None" for None, else the type's name.
pub(super) fn clinic_type_name(vm: &Vm, obj: &ObjRef) -> String {
    if obj.is(&vm.none) {
        "None".to_string()
    } else {
        vm.type_name(obj)
    }
}

/// A method without arguments (`str.upper`).
pub(super) fn no_args(vm: &Vm, args: &Args, qualname: &str) -> PyResult<()> {
    reject_kwargs(vm, args, qualname)?;
    let n = args.pos.len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(format!("{qualname}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// A method with exactly one positional argument (`str.join`).
pub(super) fn one_arg<'a>(vm: &Vm, args: &'a Args, qualname: &str) -> PyResult<&'a ObjRef> {
    reject_kwargs(vm, args, qualname)?;
    let n = args.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({n} given)"
        )));
    }
    Ok(&args.pos[1])
}

/// A method with positional-only arguments (`str.replace`,
/// `str.center`): `qualname` is "str.replace", `name` "replace".
pub(super) fn positional<'a>(
    vm: &Vm,
    args: &'a Args,
    qualname: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [ObjRef]> {
    reject_kwargs(vm, args, qualname)?;
    let given = &args.pos[1.min(args.pos.len())..];
    let n = given.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let at_least = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {at_least}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at_most = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {at_most}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(given)
}

/// A method parsing its arguments as a tuple (`str.find`, `str.count`,
/// `str.startswith`). CPython words the keyword error "str.find() takes no
/// keyword arguments" for a direct call `s.find(x, start=1)` (the form used
/// here) but "find() takes ..." when calling a stored bound method.
pub(super) fn tuple_args<'a>(
    vm: &Vm,
    args: &'a Args,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [ObjRef]> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let given = &args.pos[1.min(args.pos.len())..];
    let n = given.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(given)
}

/// A method taking arguments by position or by keyword (`str.split`,
/// `str.encode`): returns one slot per name in `names`, `None` where the
/// caller gave nothing. The first `posonly` names cannot be given by
/// keyword; the first `required` are required.
pub(super) fn keyword_args(
    vm: &Vm,
    args: &Args,
    name: &str,
    names: &[&str],
    posonly: usize,
    required: usize,
) -> PyResult<SmallVec<[Option<ObjRef>; 4]>> {
    let pos = &args.pos[1.min(args.pos.len())..];
    let max = names.len();
    let total = pos.len() + args.kw.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if total > max {
        let keyword = if pos.is_empty() { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} {keyword}argument{} ({total} given)",
            plural(max)
        )));
    }
    if pos.len() < required.min(posonly) {
        let exactly = if required < max {
            "at least"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{name}() takes {exactly} {} positional argument{} ({} given)",
            required.min(posonly),
            plural(required.min(posonly)),
            pos.len()
        )));
    }
    let mut slots: SmallVec<[Option<ObjRef>; 4]> = names.iter().map(|_| None).collect();
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in &args.kw {
        let key = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if i >= posonly && i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) if i >= posonly => slots[i] = Some(v.clone()),
            _ => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    if let Some(i) = (0..required).find(|&i| slots[i].is_none()) {
        return Err(vm.type_error(format!(
            "{name}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(slots)
}

/// A `start`/`end` argument of `find` and friends: `None` (or absent)
/// means "not given"; huge ints are clamped like CPython's.
pub(super) fn slice_index(vm: &mut Vm, obj: Option<&ObjRef>) -> PyResult<Option<i64>> {
    let Some(obj) = obj else { return Ok(None) };
    if obj.is(&vm.none) {
        return Ok(None);
    }
    match vm.index_value(obj)? {
        Some(v) => Ok(Some(v)),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// An integer argument that must fit a machine word (`maxsplit`, `count`,
/// widths): CPython's "'float' object cannot be interpreted as an
/// integer" and "Python int too large to convert to C ssize_t".
pub(super) fn int_arg(vm: &mut Vm, obj: &ObjRef) -> PyResult<i64> {
    vm.expect_index(obj)
}

/// An integer argument CPython converts to a C int (`tabsize`,
/// `keepends`): "Python int too large to convert to C int" outside 32 bits.
pub(super) fn c_int_arg(vm: &mut Vm, obj: &ObjRef) -> PyResult<i32> {
    let too_large = |vm: &Vm| vm.overflow_error("Python int too large to convert to C int");
    if obj.kind() == Kind::BigInt {
        return Err(too_large(vm));
    }
    let v = vm.expect_index(obj)?;
    i32::try_from(v).map_err(|_| too_large(vm))
}

/// Resolves optional `start`/`end` against a sequence of `len` items the
/// way CPython's `ADJUST_INDICES` does (negative values count from the
/// end, then both are clamped to `0..=len` — `start` may stay above
/// `len`, so callers must check `start <= end`).
pub(super) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len_i = len as i64;
    let mut end = end.unwrap_or(len_i);
    if end > len_i {
        end = len_i;
    } else if end < 0 {
        end = (end + len_i).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len_i).max(0);
    }
    (start as usize, end as usize)
}

/// The `(start, end)` arguments of a tuple-parsed method (`find(sub,
/// start, end)`), resolved against `len` items.
pub(super) fn start_end(vm: &mut Vm, rest: &[ObjRef], len: usize) -> PyResult<(usize, usize)> {
    let start = slice_index(vm, rest.first())?;
    let end = slice_index(vm, rest.get(1))?;
    Ok(adjust_indices(start, end, len))
}
