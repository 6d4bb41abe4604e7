//! Argument helpers shared by the Rust modules: numbers as CPython's
//! converters see them (`PyFloat_AsDouble`, `PyNumber_Index`) and simple
//! keyword binding.

use crate::builtins::{Args, new_native};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::module::PyModule;
use crate::objects::native::NativeFn;
use crate::vm::Vm;
use crate::vm::ops::{Num, as_num};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// A big int as f64, or CPython's OverflowError.
pub fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// `PyFloat_AsDouble`: a float, an int, or an object with `__float__` or
/// `__index__`; otherwise "must be real number, not T".
pub fn to_f64(vm: &mut Vm, o: &ObjRef) -> PyResult<f64> {
    match as_num(o) {
        Some(Num::Float(f)) => return Ok(f),
        Some(Num::Int(i)) => return Ok(i as f64),
        Some(Num::Big(b)) => return big_to_f64(vm, b),
        None => {}
    }
    if o.kind() == Kind::Instance {
        if let Some(r) = vm.call_dunder(o, "__float__", &[])? {
            if let Some(Num::Float(f)) = as_num(&r) {
                return Ok(f);
            }
            return Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(o),
                vm.type_name(&r)
            )));
        }
        if let Some(r) = vm.call_dunder(o, "__index__", &[])? {
            return to_f64(vm, &r);
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(o))))
}

/// `PyNumber_Index`: an int, or an object with `__index__`; otherwise
/// "'T' object cannot be interpreted as an integer".
pub fn to_bigint(vm: &mut Vm, o: &ObjRef) -> PyResult<BigInt> {
    match as_num(o) {
        Some(Num::Int(i)) => return Ok(BigInt::from(i)),
        Some(Num::Big(b)) => return Ok(b.clone()),
        _ => {}
    }
    if o.kind() == Kind::Instance
        && let Some(r) = vm.call_dunder(o, "__index__", &[])?
        && let Some(b) = crate::vm::ops::as_bigint(&r)
    {
        return Ok(b);
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(o)
    )))
}

/// `to_bigint` narrowed to i64, with CPython's OverflowError.
pub fn to_i64(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let b = to_bigint(vm, o)?;
    b.to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))
}

/// "name() takes exactly one argument (N given)" unless there is one
/// positional argument and no keywords.
pub fn one(vm: &Vm, name: &str, args: &Args) -> PyResult<ObjRef> {
    if args.pos.len() != 1 || !args.kw.is_empty() {
        if !args.kw.is_empty() {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    Ok(args.pos[0].clone())
}

/// Binds positional-or-keyword parameters `names` of `func` (the first
/// `required` of them mandatory), with CPython's argument-clinic messages.
pub fn bind(
    vm: &Vm,
    func: &str,
    args: &Args,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<ObjRef>>> {
    if args.pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{func}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.pos.len()
        )));
    }
    let mut out: Vec<Option<ObjRef>> = args.pos.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in &args.kw {
        let k = k.as_str().unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {func}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(
                    vm.type_error(format!("{func}() got an unexpected keyword argument '{k}'"))
                );
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(format!(
                "{func}() missing required argument '{n}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Adds the native functions `funcs` to module `m` (whose name is `module`).
pub fn add_functions(
    vm: &mut Vm,
    m: &ObjRef,
    module: &'static str,
    funcs: &[(&'static str, NativeFn)],
) {
    let Some(d) = m.downcast::<PyModule>().map(|p| p.dict.clone()) else {
        return;
    };
    for &(n, f) in funcs {
        let o = new_native(vm, n, f, Some(module));
        vm.dict_set_name(&d, n, o);
    }
}

/// Sets attribute `name` of module `m`.
pub fn set_attr(vm: &mut Vm, m: &ObjRef, name: &str, value: ObjRef) {
    if let Some(d) = m.downcast::<PyModule>().map(|p| p.dict.clone()) {
        vm.dict_set_name(&d, name, value);
    }
}
