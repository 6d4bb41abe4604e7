//! The dunder methods of the built-in types that Python code reaches by
//! name (`list.__getitem__`, `super().__setitem__(k, v)`, `int.__add__`,
//! `str.__new__(cls, v)`), as CPython's slot wrappers. Each runs the
//! built-in behaviour directly (the `*_base` protocol functions), never a
//! subclass's override, so an override can call its base without looping.
//!
//! `__new__` of each subclassable type makes instances of classes derived
//! from it (see `vm::subclass`); `__init__` of list, dict and set fills one.

use super::Args;
use crate::compiler::opcode::{BinaryOp, CompareOp};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::descriptor::PyStaticMethod;
use crate::objects::native::NativeFn;
use crate::objects::typeobj::PyType;
use crate::vm::Vm;
use crate::vm::subclass::comparable;

/// Registers the slot wrappers and constructors.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    // CPython's types without Py_TPFLAGS_BASETYPE: `class X(bool)` is a
    // TypeError ("not an acceptable base type").
    for ty in [
        &t.bool_,
        &t.none_type,
        &t.not_implemented_type,
        &t.ellipsis_type,
        &t.range,
        &t.slice,
        &t.function,
        &t.builtin_function,
        &t.method_descriptor,
        &t.method,
        &t.cell,
        &t.code,
        &t.range_iterator,
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.str_unicode_iterator,
        &t.longrange_iterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
        &t.bytes_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.list_reverseiterator,
        &t.callable_iterator,
        &t.dict_keys,
        &t.dict_values,
        &t.dict_items,
        &t.generator,
        &t.traceback,
    ] {
        if let Some(pt) = ty.downcast::<PyType>() {
            pt.flags
                .set(pt.flags.get() & !crate::objects::typeobj::type_flags::BASETYPE);
        }
    }
    let all = [
        (t.list.clone(), "list"),
        (t.tuple.clone(), "tuple"),
        (t.dict.clone(), "dict"),
        (t.set.clone(), "set"),
        (t.frozenset.clone(), "frozenset"),
        (t.str_.clone(), "str"),
        (t.bytes.clone(), "bytes"),
        (t.int.clone(), "int"),
        (t.float.clone(), "float"),
    ];
    let news: [NativeFn; 9] = [
        list_new,
        tuple_new,
        dict_new,
        set_new,
        frozenset_new,
        str_new,
        bytes_new,
        int_new,
        float_new,
    ];
    for ((ty, _), f) in all.iter().zip(news) {
        let f = super::new_native(vm, "__new__", f, None);
        let sm = heap::alloc_object(&vm.types.staticmethod, PyStaticMethod { func: f });
        sm.make_immortal();
        if let Some(pt) = ty.downcast::<PyType>() {
            let d = pt.dict.clone();
            vm.dict_set_name(&d, "__new__", sm);
        }
    }
    install_object_slots(vm);
    super::num_slots::install(vm);
    add_method(vm, &all[0].0, "list", "__init__", list_init);
    add_method(vm, &all[2].0, "dict", "__init__", dict_init);
    add_method(vm, &all[3].0, "set", "__init__", set_init);
    for (ty, owner) in all.iter() {
        let owner = *owner;
        let sequence = matches!(owner, "list" | "tuple" | "str" | "bytes" | "dict");
        let sized = !matches!(owner, "int" | "float");
        if sequence {
            add_method(vm, ty, owner, "__getitem__", slot_getitem);
        }
        if matches!(owner, "list" | "dict") {
            add_method(vm, ty, owner, "__setitem__", slot_setitem);
            add_method(vm, ty, owner, "__delitem__", slot_delitem);
        }
        if sized {
            add_method(vm, ty, owner, "__len__", slot_len);
            add_method(vm, ty, owner, "__contains__", slot_contains);
            add_method(vm, ty, owner, "__iter__", slot_iter);
        }
        add_method(vm, ty, owner, "__repr__", slot_repr);
        if !matches!(owner, "list" | "dict" | "set") {
            add_method(vm, ty, owner, "__hash__", slot_hash);
        }
        add_method(vm, ty, owner, "__eq__", slot_eq);
        add_method(vm, ty, owner, "__ne__", slot_ne);
        add_method(vm, ty, owner, "__lt__", slot_lt);
        add_method(vm, ty, owner, "__le__", slot_le);
        add_method(vm, ty, owner, "__gt__", slot_gt);
        add_method(vm, ty, owner, "__ge__", slot_ge);
        // int's and float's arithmetic dunders: see num_slots.
        if matches!(owner, "set" | "frozenset") {
            add_method(vm, ty, owner, "__or__", slot_or);
            add_method(vm, ty, owner, "__and__", slot_and);
            add_method(vm, ty, owner, "__xor__", slot_xor);
        }
        if matches!(owner, "set" | "frozenset") {
            add_method(vm, ty, owner, "__sub__", slot_sub);
        }
        if owner == "str" {
            add_method(vm, ty, owner, "__str__", slot_str);
            add_method(vm, ty, owner, "__mod__", slot_mod);
        }
    }
    super::seq_slots::install(vm);
}

/// The dunders of `object` and `BaseException` (`object.__eq__`,
/// `super().__str__()` in an exception class), and `__hash__ = None` of
/// the mutable containers.
fn install_object_slots(vm: &mut Vm) {
    let o = vm.types.object.clone();
    add_method(vm, &o, "object", "__eq__", object_eq);
    add_method(vm, &o, "object", "__ne__", object_ne);
    add_method(vm, &o, "object", "__hash__", object_hash);
    add_method(vm, &o, "object", "__repr__", object_repr);
    add_method(vm, &o, "object", "__str__", object_str);
    let e = vm.exc.base_exception.clone();
    add_method(vm, &e, "BaseException", "__repr__", exception_repr);
    add_method(vm, &e, "BaseException", "__str__", exception_str);
    for ty in [
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
    ] {
        if let Some(pt) = ty.downcast::<PyType>() {
            let d = pt.dict.clone();
            let none = vm.none();
            vm.dict_set_name(&d, "__hash__", none);
        }
    }
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__eq__", 1)?;
    Ok(if a[0].is(&a[1]) {
        vm.true_.clone()
    } else {
        vm.not_implemented.clone()
    })
}

/// `object.__ne__`: the inverse of the class's `__eq__`.
fn object_ne(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__ne__", 1)?;
    let r = vm.call_dunder(&a[0], "__eq__", std::slice::from_ref(&a[1]))?;
    match r {
        Some(r) if !r.is(&vm.not_implemented) => {
            let t = vm.truthy(&r)?;
            Ok(vm.new_bool(!t))
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__hash__", 0)?;
    Ok(vm.new_int(crate::vm::protocol::hash_pointer(a[0].id())))
}

/// `object.__repr__`: `<module.Class object at 0x...>`.
fn object_repr(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__repr__", 0)?;
    let module = vm.type_module_name(&a[0].type_of());
    let tn = vm.type_name(&a[0]);
    let s = if module == "builtins" {
        format!("<{} object at {:#x}>", tn, a[0].id())
    } else {
        format!("<{}.{} object at {:#x}>", module, tn, a[0].id())
    };
    Ok(vm.new_str(&s))
}

/// `object.__str__`: `repr(self)`.
fn object_str(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__str__", 0)?;
    vm.repr(&a[0])
}

fn exception_repr(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__repr__", 0)?;
    if a[0].kind() != Kind::Exception {
        return Err(vm.type_error("descriptor '__repr__' requires a 'BaseException' object"));
    }
    let s = vm.repr_builtin(&a[0])?;
    Ok(vm.new_str(&s))
}

fn exception_str(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__str__", 0)?;
    if a[0].kind() != Kind::Exception {
        return Err(vm.type_error("descriptor '__str__' requires a 'BaseException' object"));
    }
    vm.str_builtin(&a[0])
}

/// Adds a slot wrapper to a built-in type's dict (made at start-up, so
/// not counted by the collector's thresholds: see `Vm::new`).
pub(super) fn add_method(
    vm: &mut Vm,
    ty: &ObjRef,
    owner: &'static str,
    name: &'static str,
    f: NativeFn,
) {
    super::add_method(vm, ty, owner, name, f);
}

/// `self` and the other arguments of a slot wrapper taking `n` of them.
pub(super) fn operands<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    n: usize,
) -> PyResult<&'a [ObjRef]> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos.len() {
        0 => Err(vm.type_error(format!("descriptor '{name}' of object needs an argument"))),
        k if k == n + 1 => Ok(&args.pos[..]),
        k => Err(vm.type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            k - 1
        ))),
    }
}

pub(super) fn slot_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__getitem__", 1)?;
    vm.getitem_base(&a[0], &a[1])
}

pub(super) fn slot_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__setitem__", 2)?;
    vm.setitem_base(&a[0], &a[1], a[2].clone())?;
    Ok(vm.none())
}

pub(super) fn slot_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__delitem__", 1)?;
    vm.delitem_base(&a[0], &a[1])?;
    Ok(vm.none())
}

pub(super) fn slot_len(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__len__", 0)?;
    let n = vm.len_base(&a[0])?;
    Ok(vm.new_int(n as i64))
}

pub(super) fn slot_contains(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__contains__", 1)?;
    let r = vm.contains_base(&a[0], &a[1])?;
    Ok(vm.new_bool(r))
}

pub(super) fn slot_iter(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__iter__", 0)?;
    vm.get_iter_base(&a[0])
}

pub(super) fn slot_repr(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__repr__", 0)?;
    let s = vm.repr_string_base(&a[0])?;
    Ok(vm.new_str(&s))
}

fn slot_str(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__str__", 0)?;
    match a[0].as_str() {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.new_str(&s))
        }
        None => vm.str_of(&a[0]),
    }
}

pub(super) fn slot_hash(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__hash__", 0)?;
    let h = vm.hash_base(&a[0])?;
    Ok(vm.new_int(h))
}

fn compare_slot(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult {
    let a = operands(vm, &args, name, 1)?;
    let (x, y) = (&a[0], &a[1]);
    if !comparable(x, y) {
        return Ok(vm.not_implemented.clone());
    }
    compare_base(vm, x, y, op)
}

/// `x <op> y` by the built-in comparison of operands the caller has
/// checked are comparable, as a bool object.
pub(super) fn compare_base(vm: &mut Vm, x: &ObjRef, y: &ObjRef, op: CompareOp) -> PyResult {
    let r = match op {
        CompareOp::Eq => vm.eq_base(x, y)?,
        CompareOp::Ne => !vm.eq_base(x, y)?,
        _ => match vm.ordering(x, y, op)? {
            Some(o) => crate::vm::ops::cmp_holds(o, op),
            None => false,
        },
    };
    Ok(vm.new_bool(r))
}

fn slot_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare_slot(vm, args, "__eq__", CompareOp::Eq)
}

fn slot_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare_slot(vm, args, "__ne__", CompareOp::Ne)
}

fn slot_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare_slot(vm, args, "__lt__", CompareOp::Lt)
}

fn slot_le(vm: &mut Vm, args: Args) -> PyResult {
    compare_slot(vm, args, "__le__", CompareOp::Le)
}

fn slot_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare_slot(vm, args, "__gt__", CompareOp::Gt)
}

fn slot_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare_slot(vm, args, "__ge__", CompareOp::Ge)
}

/// A binary operator slot: the built-in operation, NotImplemented when
/// the operand types do not support it. `reflected` swaps the operands.
fn binary_slot(vm: &mut Vm, args: Args, name: &str, op: BinaryOp, reflected: bool) -> PyResult {
    let a = operands(vm, &args, name, 1)?;
    let (x, y) = if reflected {
        (&a[1], &a[0])
    } else {
        (&a[0], &a[1])
    };
    match vm.binary_op_base(x, y, op, false) {
        Err(e) if vm.isinstance(&e.0, &vm.exc.type_error.clone()) => Ok(vm.not_implemented.clone()),
        r => r,
    }
}

macro_rules! binary_slots {
    ($( $f:ident => $name:literal, $op:ident, $refl:expr; )*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult {
                binary_slot(vm, args, $name, BinaryOp::$op, $refl)
            }
        )*
    };
}

binary_slots! {
    slot_sub => "__sub__", Subtract, false;
    slot_mod => "__mod__", Remainder, false;
    slot_or => "__or__", Or, false;
    slot_and => "__and__", And, false;
    slot_xor => "__xor__", Xor, false;
}

/// `T.__new__(cls, *args, **kw)` for built-in type `base`.
pub(super) fn builtin_new(vm: &mut Vm, args: Args, base: ObjRef) -> PyResult {
    let base_name = vm.type_name_of_type(&base);
    let Some(cls) = args.pos.first().cloned() else {
        return Err(vm.type_error(format!("{base_name}.__new__(): not enough arguments")));
    };
    if cls.kind() != Kind::Type {
        return Err(vm.type_error(format!(
            "{base_name}.__new__(X): X is not a type object ({})",
            vm.type_name(&cls)
        )));
    }
    let ctor = base.downcast::<PyType>().and_then(|t| t.constructor.get());
    let call_ctor = |vm: &mut Vm, args: Args| -> PyResult {
        let Some(f) = ctor else {
            return Err(vm.type_error(format!("cannot create '{base_name}' instances")));
        };
        let mut a = Args::default();
        a.pos.push(base.clone());
        a.pos.extend(args.pos[1..].iter().cloned());
        a.kw = args.kw;
        vm.call_native(f, a)
    };
    if cls.is(&base) {
        return call_ctor(vm, args);
    }
    if !vm.is_subclass(&cls, &base) {
        let cn = vm.type_name_of_type(&cls);
        return Err(vm.type_error(format!(
            "{base_name}.__new__({cn}): {cn} is not a subtype of {base_name}"
        )));
    }
    if let Some(obj) = vm.new_empty_subclass_instance(&cls, &base) {
        return Ok(obj);
    }
    let v = call_ctor(vm, args)?;
    match vm.subclass_instance_of(&cls, &v) {
        Some(obj) => Ok(obj),
        None => Err(vm.type_error(format!("cannot create '{base_name}' instances"))),
    }
}

macro_rules! news {
    ($( $f:ident => $field:ident; )*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult {
                let base = vm.types.$field.clone();
                builtin_new(vm, args, base)
            }
        )*
    };
}

news! {
    list_new => list;
    tuple_new => tuple;
    dict_new => dict;
    set_new => set;
    frozenset_new => frozenset;
    str_new => str_;
    bytes_new => bytes;
    int_new => int;
    float_new => float;
}

/// Calls method `name` of built-in type `ty` (found in its dict) with the
/// given arguments.
fn call_base_method(vm: &mut Vm, ty: &ObjRef, name: &str, args: Args) -> PyResult {
    let k = vm.intern(name);
    let Some(f) = ty
        .downcast::<PyType>()
        .map(|t| t.dict.clone())
        .and_then(|d| vm.dict_get_str(&d, &k))
    else {
        return Err(vm.type_error(format!("no method {name}")));
    };
    let pos: Vec<ObjRef> = args.pos.into_iter().collect();
    vm.call(&f, &pos, Some(args.kw))
}

/// `list.__init__(self, iterable=())`: the list becomes the iterable's items.
fn list_init(vm: &mut Vm, args: Args) -> PyResult {
    let Some(s) = args.pos.first().filter(|s| s.kind() == Kind::List).cloned() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'list' object"));
    };
    if !args.kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let old = s
        .downcast::<crate::objects::list::PyList>()
        .map(|l| std::mem::take(&mut *l.items.borrow_mut()));
    drop(old);
    if let Some(it) = args.pos.get(1).cloned() {
        let t = vm.types.list.clone();
        let mut a = Args::default();
        a.pos.push(s);
        a.pos.push(it);
        call_base_method(vm, &t, "extend", a)?;
    }
    Ok(vm.none())
}

/// `dict.__init__(self, *args, **kw)`: as `dict.update`.
fn dict_init(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.first().is_none_or(|s| s.kind() != Kind::Dict) {
        return Err(vm.type_error("descriptor '__init__' requires a 'dict' object"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let t = vm.types.dict.clone();
    call_base_method(vm, &t, "update", args)?;
    Ok(vm.none())
}

/// `set.__init__(self, iterable=())`: the set becomes the iterable's items.
fn set_init(vm: &mut Vm, args: Args) -> PyResult {
    let Some(s) = args.pos.first().filter(|s| s.kind() == Kind::Set).cloned() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'set' object"));
    };
    if !args.kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let t = vm.types.set.clone();
    let mut a = Args::default();
    a.pos.push(s.clone());
    call_base_method(vm, &t, "clear", a)?;
    if let Some(it) = args.pos.get(1).cloned() {
        let mut a = Args::default();
        a.pos.push(s);
        a.pos.push(it);
        call_base_method(vm, &t, "update", a)?;
    }
    Ok(vm.none())
}
