//! The rest of `object`'s methods, so that every class lists them in
//! `dir()` and inherits them as CPython's do: the ordering comparisons
//! (NotImplemented), `__format__`, `__dir__`, `__sizeof__`,
//! `__getstate__`, `__reduce__` / `__reduce_ex__`, the `__class__`
//! descriptor and the class docstring; and `type.__dict__['__dict__']`.

use super::{Args, add_method};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::member::{MemberSlot, PyMember};
use crate::objects::typeobj::PyType;
use crate::vm::Vm;

const OBJECT_DOC: &str = "The base class of the class hierarchy.\n\n\
When called, it accepts no arguments and returns a new featureless\n\
instance that has no instance attributes and cannot be given any.\n";

/// Registers the methods on `object` and `type`.
pub fn install(vm: &mut Vm) {
    let o = vm.types.object.clone();
    add_method(vm, &o, "object", "__lt__", object_lt);
    add_method(vm, &o, "object", "__le__", object_le);
    add_method(vm, &o, "object", "__gt__", object_gt);
    add_method(vm, &o, "object", "__ge__", object_ge);
    add_method(vm, &o, "object", "__format__", object_format);
    add_method(vm, &o, "object", "__dir__", object_dir);
    add_method(vm, &o, "object", "__sizeof__", object_sizeof);
    add_method(vm, &o, "object", "__getstate__", object_getstate);
    add_method(vm, &o, "object", "__reduce__", object_reduce);
    add_method(vm, &o, "object", "__reduce_ex__", object_reduce_ex);
    add_getset(vm, &o, "__class__", MemberSlot::Class);
    if let Some(d) = o.downcast::<PyType>().map(|t| t.dict.clone()) {
        let doc = vm.new_str(OBJECT_DOC);
        doc.make_immortal();
        vm.dict_set_name(&d, "__doc__", doc);
    }
    let t = vm.types.type_.clone();
    add_getset(vm, &t, "__dict__", MemberSlot::TypeDict);
}

/// A getset descriptor made at start-up in a built-in type's dict.
fn add_getset(vm: &mut Vm, ty: &ObjRef, name: &str, slot: MemberSlot) {
    let Some(d) = ty.downcast::<PyType>().map(|t| t.dict.clone()) else {
        return;
    };
    let k = vm.intern(name);
    let m = heap::alloc_object(
        &vm.types.getset_descriptor,
        PyMember {
            name: k.clone(),
            owner: ty.clone(),
            slot,
        },
    );
    m.make_immortal();
    vm.dict_set_str(&d, &k, m);
}

/// `self` of a method of `object` taking `n` more arguments.
fn operands<'a>(vm: &Vm, args: &'a Args, name: &str, n: usize) -> PyResult<&'a [ObjRef]> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos.len() {
        0 => Err(vm.type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        ))),
        k if k == n + 1 => Ok(&args.pos[..]),
        k if n == 0 => Err(vm.type_error(format!(
            "object.{name}() takes no arguments ({} given)",
            k - 1
        ))),
        k => Err(vm.type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            k - 1
        ))),
    }
}

fn ordering(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    operands(vm, &args, name, 1)?;
    Ok(vm.not_implemented.clone())
}

fn object_lt(vm: &mut Vm, args: Args) -> PyResult {
    ordering(vm, args, "__lt__")
}

fn object_le(vm: &mut Vm, args: Args) -> PyResult {
    ordering(vm, args, "__le__")
}

fn object_gt(vm: &mut Vm, args: Args) -> PyResult {
    ordering(vm, args, "__gt__")
}

fn object_ge(vm: &mut Vm, args: Args) -> PyResult {
    ordering(vm, args, "__ge__")
}

/// `object.__format__(spec)`: `str(self)` for an empty spec only.
fn object_format(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__format__", 1)?;
    let Some(spec) = a[1].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&a[0])
        )));
    }
    vm.str_of(&a[0])
}

/// `object.__dir__()`: the names of the instance dict and the class's MRO.
fn object_dir(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__dir__", 0)?;
    let names = super::functions::dir_names(vm, &a[0]);
    let items = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__sizeof__", 0)?;
    let n = crate::objects::sizeof::basic_size(vm, &a[0]);
    Ok(vm.new_int(n as i64))
}

/// `object.__getstate__()`: the instance dict (None when empty), paired
/// with a dict of the set `__slots__` values when there are any.
fn object_getstate(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__getstate__", 0)?;
    let obj = a[0].clone();
    let state = match vm.instance_dict(&obj, false) {
        Some(d) if !vm.dict_items(&d).is_empty() => d,
        _ => vm.none(),
    };
    let mro: Vec<ObjRef> = obj
        .type_of()
        .downcast::<PyType>()
        .map(|t| t.mro.borrow().clone())
        .unwrap_or_default();
    let mut pairs = Vec::new();
    for t in mro {
        let Some(d) = t.downcast::<PyType>().map(|pt| pt.dict.clone()) else {
            continue;
        };
        for (k, v) in vm.dict_items(&d) {
            let Some(m) = v.downcast::<PyMember>() else {
                continue;
            };
            if let MemberSlot::Index(i) = m.slot
                && let Some(val) = crate::objects::instance::slots(&obj).get(i).and_then(|c| {
                    let v = c.take();
                    c.set(v.clone());
                    v
                })
            {
                pairs.push((k, val));
            }
        }
    }
    if pairs.is_empty() {
        return Ok(state);
    }
    let sd = vm.new_dict();
    for (k, v) in pairs {
        vm.dict_set_str(&sd, &k, v);
    }
    Ok(vm.new_tuple(vec![state, sd]))
}

fn cannot_pickle(vm: &mut Vm, obj: &ObjRef) -> PyResult {
    Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(obj))))
}

/// `object.__reduce__()`: this interpreter has no pickle support.
fn object_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__reduce__", 0)?;
    let obj = a[0].clone();
    cannot_pickle(vm, &obj)
}

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` if it has
/// one, as CPython's.
fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__reduce_ex__", 1)?;
    let obj = a[0].clone();
    let k = vm.intern("__reduce__");
    if let Some(f) = vm.type_lookup(&obj.type_of(), &k)
        && f.kind() == Kind::Function
    {
        return vm.call(&f, std::slice::from_ref(&obj), None);
    }
    cannot_pickle(vm, &obj)
}
