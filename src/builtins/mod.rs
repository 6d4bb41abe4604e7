//! The `builtins` module: built-in functions, the built-in types and the
//! exception classes, bound by name in the dict every frame falls back to.

pub mod classes;
pub mod constructors;
pub mod functions;
pub mod iter_slots;
pub mod iterators;
mod num_slots;
pub mod numeric;
pub mod object_methods;
mod seq_slots;
pub mod slots;
mod timsort;

use crate::heap::{self, ObjRef};
use crate::objects::PyResult;
pub use crate::objects::native::Args;
use crate::objects::native::{NativeFn, PyNative};
use crate::objects::typeobj::PyType;
use crate::vm::Vm;

/// Makes a native function object.
pub fn new_native(
    vm: &Vm,
    name: &'static str,
    func: NativeFn,
    module: Option<&'static str>,
) -> ObjRef {
    let f = heap::alloc_object(
        &vm.types.builtin_function,
        PyNative {
            name,
            func,
            owner: None,
            self_obj: None,
            module,
            class_method: false,
            owner_type: None,
        },
    );
    f.make_immortal();
    f
}

/// Adds method `name` to built-in type `ty`'s dict.
pub fn add_method(
    vm: &mut Vm,
    ty: &ObjRef,
    owner: &'static str,
    name: &'static str,
    func: NativeFn,
) {
    let f = heap::alloc_object(
        &vm.types.method_descriptor,
        PyNative {
            name,
            func,
            owner: Some(owner),
            self_obj: None,
            module: None,
            class_method: false,
            owner_type: Some(ty.clone()),
        },
    );
    f.make_immortal();
    if let Some(t) = ty.downcast::<PyType>() {
        let d = t.dict.clone();
        vm.dict_set_name(&d, name, f);
    }
}

/// Adds a class-level method (bound to the class, like `dict.fromkeys`).
pub fn add_class_method(
    vm: &mut Vm,
    ty: &ObjRef,
    owner: &'static str,
    name: &'static str,
    func: NativeFn,
) {
    let f = heap::alloc_object(
        &vm.types.builtin_function,
        PyNative {
            name,
            func,
            owner: Some(owner),
            self_obj: None,
            module: None,
            class_method: true,
            owner_type: Some(ty.clone()),
        },
    );
    f.make_immortal();
    if let Some(t) = ty.downcast::<PyType>() {
        let d = t.dict.clone();
        vm.dict_set_name(&d, name, f);
    }
}

/// Sets the constructor of a built-in type.
pub fn set_constructor(ty: &ObjRef, f: NativeFn) {
    if let Some(t) = ty.downcast::<PyType>() {
        t.constructor.set(Some(f));
    }
}

/// Installs every built-in into `vm.builtins`.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    let pairs: Vec<(&'static str, ObjRef)> = vm
        .types
        .all()
        .into_iter()
        .filter(|(n, _)| {
            matches!(
                *n,
                "type"
                    | "object"
                    | "int"
                    | "bool"
                    | "float"
                    | "str"
                    | "bytes"
                    | "bytearray"
                    | "memoryview"
                    | "tuple"
                    | "list"
                    | "dict"
                    | "set"
                    | "frozenset"
                    | "range"
                    | "slice"
                    | "enumerate"
                    | "zip"
                    | "map"
                    | "filter"
                    | "reversed"
            )
        })
        .map(|(n, t)| (n, t.clone()))
        .collect();
    for (n, t) in pairs {
        vm.dict_set_name(&b, n, t);
    }
    let excs: Vec<(&'static str, ObjRef)> = vm
        .exc
        .all()
        .into_iter()
        .map(|(n, t)| (n, t.clone()))
        .collect();
    for (n, t) in excs {
        vm.dict_set_name(&b, n, t);
    }
    let e = vm.exc.os_error.clone();
    vm.dict_set_name(&b, "EnvironmentError", e.clone());
    vm.dict_set_name(&b, "IOError", e);
    let none = vm.none();
    vm.dict_set_name(&b, "None", none);
    let ell = vm.ellipsis.clone();
    vm.dict_set_name(&b, "Ellipsis", ell);
    let ni = vm.not_implemented.clone();
    vm.dict_set_name(&b, "NotImplemented", ni);
    let t = vm.true_.clone();
    vm.dict_set_name(&b, "True", t);
    let f = vm.false_.clone();
    vm.dict_set_name(&b, "False", f);
    let name = vm.new_str("builtins");
    vm.dict_set_name(&b, "__name__", name);
    functions::install(vm);
    numeric::install(vm);
    constructors::install(vm);
    iterators::install(vm);
    classes::install(vm);
    crate::vm::slots::install(vm);
    crate::vm::mappingproxy::install(vm);
    crate::vm::metaclass::install(vm);
    crate::objects::methods::install(vm);
    slots::install(vm);
    object_methods::install(vm);
    iter_slots::install(vm);
}

/// Registers a built-in function in the builtins dict.
pub fn def(vm: &mut Vm, name: &'static str, func: NativeFn) {
    let f = new_native(vm, name, func, Some("builtins"));
    let b = vm.builtins.clone();
    vm.dict_set_name(&b, name, f);
}

/// Rejects keyword arguments: "name() takes no keyword arguments".
pub fn no_kwargs(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Exactly one positional argument: "name() takes exactly one argument (N given)".
pub fn one_arg(vm: &Vm, name: &str, args: &Args) -> PyResult<ObjRef> {
    no_kwargs(vm, name, args)?;
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            name,
            args.pos.len()
        )));
    }
    Ok(args.pos[0].clone())
}

/// Checks positional arity with CPython's "name expected ..." messages.
pub fn arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        if min == max {
            return Err(vm.type_error(format!(
                "{name} expected {min} argument{}, got {n}",
                plural(min)
            )));
        }
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        if min == max {
            return Err(vm.type_error(format!(
                "{name} expected {max} argument{}, got {n}",
                plural(max)
            )));
        }
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// Takes keyword argument `name` out of `args`.
pub fn take_kw(args: &mut Args, name: &str) -> Option<ObjRef> {
    let i = args.kw.iter().position(|(k, _)| k.as_str() == Some(name))?;
    Some(args.kw.remove(i).1)
}

/// Fails on any keyword left in `args`: "'x' is an invalid keyword argument for name()".
pub fn no_more_kwargs(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for {}()",
            k.as_str().unwrap_or("?"),
            name
        )));
    }
    Ok(())
}
