//! Argument checks shared by the container and number methods, worded as
//! CPython 3.11 words them: the receiver check of a method descriptor
//! (`list.append(1, 2)`), the fixed-arity checks of `METH_NOARGS` /
//! `METH_O` / `METH_VARARGS` methods, and argument-clinic parsing for the
//! few methods that take keywords (`list.sort`, `int.to_bytes`).

use crate::builtins::Args;
use crate::heap::ObjRef;
use crate::objects::PyResult;
use crate::vm::Vm;

/// The receiver (`args.pos[0]`) of method `owner.name`, if `accepts` it;
/// otherwise CPython's "unbound method ... needs an argument" or
/// "descriptor ... doesn't apply to a 'T' object" TypeError.
pub fn receiver<'a>(
    vm: &Vm,
    args: &'a Args,
    owner: &str,
    name: &str,
    accepts: impl Fn(&ObjRef) -> bool,
) -> PyResult<&'a ObjRef> {
    match args.pos.first() {
        None => Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument"))),
        Some(s) if accepts(s) => Ok(s),
        Some(s) => Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(s)
        ))),
    }
}

/// Rejects keyword arguments: "owner.name() takes no keyword arguments".
pub fn no_keywords(vm: &Vm, args: &Args, qualname: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{qualname}() takes no keyword arguments")))
    }
}

/// A method without arguments (`METH_NOARGS`): "owner.name() takes no
/// arguments (N given)".
pub fn no_args(vm: &Vm, args: &Args, qualname: &str) -> PyResult<()> {
    no_keywords(vm, args, qualname)?;
    let given = args.pos.len().saturating_sub(1);
    if given != 0 {
        return Err(vm.type_error(format!("{qualname}() takes no arguments ({given} given)")));
    }
    Ok(())
}

/// A method of one argument (`METH_O`): the argument, or "owner.name()
/// takes exactly one argument (N given)".
pub fn one_arg(vm: &Vm, args: &Args, qualname: &str) -> PyResult<ObjRef> {
    no_keywords(vm, args, qualname)?;
    match &args.pos[..] {
        [_, x] => Ok(x.clone()),
        _ => Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        ))),
    }
}

/// The arguments after the receiver of a positional-only method with
/// `min..=max` arguments, checked like `_PyArg_CheckPositional`
/// ("index expected at least 1 argument, got 0"); keywords are refused
/// with "owner.name() takes no keyword arguments".
pub fn positional<'a>(
    vm: &Vm,
    args: &'a Args,
    qualname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [ObjRef]> {
    no_keywords(vm, args, qualname)?;
    let rest = args.pos.get(1..).unwrap_or(&[]);
    let n = rest.len();
    if (min..=max).contains(&n) {
        return Ok(rest);
    }
    let name = qualname.rsplit('.').next().unwrap_or(qualname);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let how = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {how}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let how = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {how}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(rest)
}

/// The signature of a method parsed by [`clinic`]: parameter names in
/// order; the first `max_positional` may be given by position, the first
/// `required` are required. The others are keyword-only.
pub struct Signature {
    /// The function name used in messages (`to_bytes`).
    pub name: &'static str,
    /// Parameter names.
    pub params: &'static [&'static str],
    /// How many parameters may be passed by position.
    pub max_positional: usize,
    /// How many leading parameters are required.
    pub required: usize,
}

/// Binds `pos` (without the receiver) and `kw` to `sig`'s parameters the
/// way CPython's argument clinic does (`_PyArg_UnpackKeywords`), with its
/// messages in its order: too many arguments in all, too many
/// positional, a missing required one, one given twice, an unknown
/// keyword.
pub fn clinic(
    vm: &Vm,
    sig: &Signature,
    pos: &[ObjRef],
    kw: &[(ObjRef, ObjRef)],
) -> PyResult<Vec<Option<ObjRef>>> {
    let name = sig.name;
    let max_args = sig.params.len();
    let nargs = pos.len();
    let total = nargs + kw.len();
    if total > max_args {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max_args} {}argument{} ({total} given)",
            if nargs == 0 { "keyword " } else { "" },
            if max_args == 1 { "" } else { "s" }
        )));
    }
    if nargs > sig.max_positional {
        if sig.max_positional == 0 {
            return Err(vm.type_error(format!("{name}() takes no positional arguments")));
        }
        return Err(vm.type_error(format!(
            "{name}() takes {} {} positional argument{} ({nargs} given)",
            if sig.required < sig.max_positional {
                "at most"
            } else {
                "exactly"
            },
            sig.max_positional,
            if sig.max_positional == 1 { "" } else { "s" }
        )));
    }
    let find = |param: &str| {
        kw.iter()
            .find(|(k, _)| k.as_str() == Some(param))
            .map(|(_, v)| v.clone())
    };
    let mut out: Vec<Option<ObjRef>> = pos.iter().cloned().map(Some).collect();
    let mut unused = kw.len();
    for (i, param) in sig.params.iter().enumerate().skip(nargs) {
        let value = if unused > 0 { find(param) } else { None };
        if value.is_some() {
            unused -= 1;
        } else if i < sig.required {
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{param}' (pos {})",
                i + 1
            )));
        }
        out.push(value);
    }
    if unused > 0 {
        for (i, param) in sig.params.iter().enumerate().take(nargs) {
            if find(param).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{param}') and position ({})",
                    i + 1
                )));
            }
        }
        let unknown = kw
            .iter()
            .find(|(k, _)| !sig.params.iter().any(|p| k.as_str() == Some(p)))
            .and_then(|(k, _)| k.as_str())
            .unwrap_or("?");
        return Err(vm.type_error(format!(
            "'{unknown}' is an invalid keyword argument for {name}()"
        )));
    }
    Ok(out)
}

/// A slice bound for `index(x, start, stop)`: an int (or `__index__`),
/// saturated to i64, or CPython's "slice indices must be integers or have
/// an __index__ method".
pub fn slice_bound(vm: &mut Vm, v: &ObjRef) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// The `start`/`stop` window of `seq.index(x, start, stop)` over `len`
/// items, resolved as CPython does (negative values count from the end,
/// then clamp at 0; the stop is re-checked against the live length by
/// the caller).
pub fn index_window(vm: &mut Vm, bounds: &[ObjRef], len: usize) -> PyResult<(usize, usize)> {
    let resolve = |v: i64| -> usize {
        if v < 0 {
            v.saturating_add(len as i64).max(0) as usize
        } else {
            v as usize
        }
    };
    let start = match bounds.first() {
        Some(v) => resolve(slice_bound(vm, v)?),
        None => 0,
    };
    let stop = match bounds.get(1) {
        Some(v) => resolve(slice_bound(vm, v)?),
        None => usize::MAX,
    };
    Ok((start, stop))
}
