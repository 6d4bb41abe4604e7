//! `__iter__`, `__next__` and `__length_hint__` of the built-in iterator
//! types, so `it.__next__()`, `type(it).__next__` and
//! `operator.length_hint(it)` work as in CPython.

use super::{Args, add_method};
use crate::heap::ObjRef;
use crate::objects::PyResult;
use crate::vm::Vm;

/// Registers the iterator protocol methods on every built-in iterator type.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    // (type, name, whether CPython gives it `__length_hint__`)
    let iters: [(ObjRef, &'static str, bool); 24] = [
        (t.str_unicode_iterator.clone(), "str_iterator", true),
        (t.longrange_iterator.clone(), "longrange_iterator", true),
        (
            t.dict_reversekeyiterator.clone(),
            "dict_reversekeyiterator",
            true,
        ),
        (
            t.dict_reversevalueiterator.clone(),
            "dict_reversevalueiterator",
            true,
        ),
        (
            t.dict_reverseitemiterator.clone(),
            "dict_reverseitemiterator",
            true,
        ),
        (t.range_iterator.clone(), "range_iterator", true),
        (t.list_iterator.clone(), "list_iterator", true),
        (t.tuple_iterator.clone(), "tuple_iterator", true),
        (t.str_iterator.clone(), "str_ascii_iterator", true),
        (t.bytes_iterator.clone(), "bytes_iterator", true),
        (t.bytearray_iterator.clone(), "bytearray_iterator", true),
        (t.memory_iterator.clone(), "memory_iterator", false),
        (t.dict_keyiterator.clone(), "dict_keyiterator", true),
        (t.dict_valueiterator.clone(), "dict_valueiterator", true),
        (t.dict_itemiterator.clone(), "dict_itemiterator", true),
        (t.set_iterator.clone(), "set_iterator", true),
        (t.list_reverseiterator.clone(), "list_reverseiterator", true),
        (t.reversed.clone(), "reversed", true),
        (t.enumerate.clone(), "enumerate", false),
        (t.zip.clone(), "zip", false),
        (t.map.clone(), "map", false),
        (t.filter.clone(), "filter", false),
        (t.callable_iterator.clone(), "callable_iterator", false),
        (t.generator.clone(), "generator", false),
    ];
    for (ty, owner, hint) in iters {
        add_method(vm, &ty, owner, "__iter__", iter_self);
        if owner != "generator" {
            add_method(vm, &ty, owner, "__next__", iter_next);
        }
        if hint {
            add_method(vm, &ty, owner, "__length_hint__", iter_length_hint);
        }
    }
}

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a ObjRef> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos.as_slice() {
        [obj] => Ok(obj),
        [] => Err(vm.type_error(format!("descriptor '{name}' of object needs an argument"))),
        [_, rest @ ..] => Err(vm.type_error(format!("expected 0 arguments, got {}", rest.len()))),
    }
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult {
    Ok(this(vm, &args, "__iter__")?.clone())
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult {
    let it = this(vm, &args, "__next__")?.clone();
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}

fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let it = this(vm, &args, "__length_hint__")?.clone();
    let n = crate::objects::methods::list::length_hint(vm, &it)?;
    Ok(vm.new_int(n as i64))
}
