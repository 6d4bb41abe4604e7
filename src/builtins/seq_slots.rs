//! The container dunders of the built-in types beyond those `slots`
//! registers: the sequence protocol of range, bytearray and memoryview
//! (`r.__getitem__(i)`, `ba.__setitem__(i, v)`), `__reversed__`, and the
//! reflected and in-place operators (`__rmul__`, `__iadd__`, `__ior__` …),
//! so code that calls them by name, or checks for them with `hasattr`,
//! sees what CPython has.
//!
//! Like `slots`, each runs the built-in behaviour directly; the VM's
//! operator dispatch never calls these natives itself (it only calls a
//! subclass's Python overrides), so they cannot loop.

use super::Args;
use super::slots::{
    add_method, operands, slot_contains, slot_delitem, slot_getitem, slot_hash, slot_iter,
    slot_len, slot_repr, slot_setitem,
};
use crate::compiler::opcode::{BinaryOp, CompareOp};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::bytearray::PyByteArray;
use crate::objects::typeobj::PyType;
use crate::vm::Vm;

/// Registers the dunders on list, tuple, dict, set, frozenset, str,
/// bytes, bytearray, range and memoryview.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let list = t.list.clone();
    let tuple = t.tuple.clone();
    let dict = t.dict.clone();
    let set = t.set.clone();
    let frozenset = t.frozenset.clone();
    let str_ = t.str_.clone();
    let bytes = t.bytes.clone();
    let bytearray = t.bytearray.clone();
    let range = t.range.clone();
    let mv = t.memoryview.clone();

    for (ty, owner) in [
        (&bytearray, "bytearray"),
        (&range, "range"),
        (&mv, "memoryview"),
    ] {
        add_method(vm, ty, owner, "__getitem__", slot_getitem);
        add_method(vm, ty, owner, "__len__", slot_len);
        add_method(vm, ty, owner, "__iter__", slot_iter);
        add_method(vm, ty, owner, "__repr__", slot_repr);
        add_method(vm, ty, owner, "__eq__", eq);
        add_method(vm, ty, owner, "__ne__", ne);
        if owner != "memoryview" {
            add_method(vm, ty, owner, "__contains__", slot_contains);
        }
        if owner != "range" {
            add_method(vm, ty, owner, "__setitem__", slot_setitem);
            add_method(vm, ty, owner, "__delitem__", slot_delitem);
        }
    }
    add_method(vm, &range, "range", "__hash__", slot_hash);
    add_method(vm, &mv, "memoryview", "__hash__", slot_hash);
    add_method(vm, &range, "range", "__bool__", bool_);
    for (name, f) in [
        ("__lt__", lt as super::NativeFn),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
    ] {
        add_method(vm, &bytearray, "bytearray", name, f);
    }
    if let Some(pt) = bytearray.downcast::<PyType>() {
        let d = pt.dict.clone();
        let none = vm.none();
        vm.dict_set_name(&d, "__hash__", none);
    }

    // bytearray subclasses: `__new__` makes an empty instance of the
    // class, `__init__` fills it.
    let f = super::new_native(vm, "__new__", bytearray_new, None);
    let sm = crate::heap::alloc_object(
        &vm.types.staticmethod,
        crate::objects::descriptor::PyStaticMethod { func: f },
    );
    sm.make_immortal();
    if let Some(pt) = bytearray.downcast::<PyType>() {
        let d = pt.dict.clone();
        vm.dict_set_name(&d, "__new__", sm);
    }
    add_method(vm, &bytearray, "bytearray", "__init__", bytearray_init);

    add_method(vm, &list, "list", "__reversed__", reversed);
    add_method(vm, &dict, "dict", "__reversed__", reversed);
    add_method(vm, &range, "range", "__reversed__", reversed);

    for (ty, owner) in [
        (&list, "list"),
        (&tuple, "tuple"),
        (&str_, "str"),
        (&bytes, "bytes"),
        (&bytearray, "bytearray"),
    ] {
        add_method(vm, ty, owner, "__mul__", mul);
        add_method(vm, ty, owner, "__rmul__", rmul);
    }
    for (ty, owner) in [
        (&list, "list"),
        (&tuple, "tuple"),
        (&str_, "str"),
        (&bytes, "bytes"),
        (&bytearray, "bytearray"),
    ] {
        add_method(vm, ty, owner, "__add__", concat);
    }
    for (ty, owner) in [(&list, "list"), (&bytearray, "bytearray")] {
        add_method(vm, ty, owner, "__iadd__", iadd);
        add_method(vm, ty, owner, "__imul__", imul);
    }
    add_method(vm, &bytes, "bytes", "__mod__", mod_);
    add_method(vm, &bytearray, "bytearray", "__mod__", mod_);
    for (ty, owner) in [(&str_, "str"), (&bytes, "bytes"), (&bytearray, "bytearray")] {
        add_method(vm, ty, owner, "__rmod__", rmod);
    }

    add_method(vm, &dict, "dict", "__or__", or);
    add_method(vm, &dict, "dict", "__ror__", ror);
    add_method(vm, &dict, "dict", "__ior__", dict_ior);
    for (ty, owner) in [(&set, "set"), (&frozenset, "frozenset")] {
        add_method(vm, ty, owner, "__ror__", ror);
        add_method(vm, ty, owner, "__rand__", rand);
        add_method(vm, ty, owner, "__rsub__", rsub);
        add_method(vm, ty, owner, "__rxor__", rxor);
    }
    add_method(vm, &set, "set", "__ior__", ior);
    add_method(vm, &set, "set", "__iand__", iand);
    add_method(vm, &set, "set", "__isub__", isub);
    add_method(vm, &set, "set", "__ixor__", ixor);
}

/// An operator slot: the built-in operation on (self, other), swapped
/// when `reflected`; NotImplemented when the types do not support it.
fn op_slot(
    vm: &mut Vm,
    args: Args,
    name: &str,
    op: BinaryOp,
    reflected: bool,
    inplace: bool,
) -> PyResult {
    let a = operands(vm, &args, name, 1)?;
    let (x, y) = if reflected {
        (&a[1], &a[0])
    } else {
        (&a[0], &a[1])
    };
    match vm.binary_op_base(x, y, op, inplace) {
        Err(e) if vm.isinstance(&e.0, &vm.exc.type_error.clone()) => Ok(vm.not_implemented.clone()),
        r => r,
    }
}

macro_rules! op_slots {
    ($( $f:ident => $name:literal, $op:ident, $refl:expr, $inplace:expr; )*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult {
                op_slot(vm, args, $name, BinaryOp::$op, $refl, $inplace)
            }
        )*
    };
}

op_slots! {
    mod_ => "__mod__", Remainder, false, false;
    rmod => "__rmod__", Remainder, true, false;
    or => "__or__", Or, false, false;
    ror => "__ror__", Or, true, false;
    rand => "__rand__", And, true, false;
    rsub => "__rsub__", Subtract, true, false;
    rxor => "__rxor__", Xor, true, false;
    ior => "__ior__", Or, false, true;
    iand => "__iand__", And, false, true;
    isub => "__isub__", Subtract, false, true;
    ixor => "__ixor__", Xor, false, true;
}

/// `seq * n` for the repeat slots: `n` must be an index (a TypeError or
/// OverflowError otherwise, as CPython's wrappers raise, not
/// NotImplemented).
fn repeat(vm: &mut Vm, args: Args, name: &str, inplace: bool) -> PyResult {
    let a = operands(vm, &args, name, 1)?;
    let n = match vm.expect_index(&a[1]) {
        Ok(n) => n,
        Err(e) if vm.isinstance(&e.0, &vm.exc.overflow_error.clone()) => {
            return Err(vm.overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(&a[1])
            )));
        }
        Err(e) => return Err(e),
    };
    let n = vm.new_int(n);
    vm.binary_op_base(&a[0], &n, BinaryOp::Multiply, inplace)
}

fn mul(vm: &mut Vm, args: Args) -> PyResult {
    repeat(vm, args, "__mul__", false)
}

fn rmul(vm: &mut Vm, args: Args) -> PyResult {
    repeat(vm, args, "__rmul__", false)
}

fn imul(vm: &mut Vm, args: Args) -> PyResult {
    repeat(vm, args, "__imul__", true)
}

/// `list.__iadd__(x)` / `bytearray.__iadd__(x)`: extends self; a bad
/// operand is an error, not NotImplemented.
fn iadd(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__iadd__", 1)?;
    if a[0].kind() == Kind::List {
        vm.list_extend(&a[0], &a[1])?;
        return Ok(a[0].clone());
    }
    vm.binary_op_base(&a[0], &a[1], BinaryOp::Add, true)
}

/// `seq.__add__(x)`: concatenation; a bad operand is the TypeError of
/// `seq + x` (CPython's sq_concat wrappers raise, not NotImplemented).
fn concat(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__add__", 1)?;
    if vm.is_user_object(&a[1]) {
        // The concatenation alone: no reflected `__radd__` is asked.
        if let Some(r) = vm.bytearray_binary_op(&a[0], &a[1], BinaryOp::Add, false)? {
            return Ok(r);
        }
        if let Some(r) = vm.sequence_op(&a[0], &a[1], BinaryOp::Add)? {
            return Ok(r);
        }
    }
    vm.binary_op_base(&a[0], &a[1], BinaryOp::Add, false)
}

/// `dict.__ior__(x)`: `update(x)`, so any mapping or iterable of pairs.
fn dict_ior(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__ior__", 1)?;
    vm.dict_union(&a[0], &a[1], true)
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__reversed__", 0)?;
    super::iterators::reversed_base(vm, &a[0])
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult {
    let base = vm.types.bytearray.clone();
    super::slots::builtin_new(vm, args, base)
}

/// `bytearray.__init__(self, source=b'', encoding=..., errors=...)`: the
/// bytearray's contents become those `bytearray(source, ...)` would have.
fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult {
    let Some(s) = args
        .pos
        .first()
        .filter(|s| s.kind() == Kind::ByteArray)
        .cloned()
    else {
        return Err(vm.type_error("descriptor '__init__' requires a 'bytearray' object"));
    };
    // The receiver stands where the constructor has its class.
    let made = crate::objects::methods::bytes_new::bytearray_new(vm, args)?;
    let data = made
        .downcast::<PyByteArray>()
        .map(|b| std::mem::take(&mut *b.data.borrow_mut()))
        .unwrap_or_default();
    if let Some(b) = s.downcast::<PyByteArray>() {
        if data.len() != b.len() {
            vm.bytearray_check_resize(b)?;
            b.note_resize(data.len());
        }
        *b.data.borrow_mut() = data;
    }
    Ok(vm.none())
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult {
    let a = operands(vm, &args, "__bool__", 0)?;
    let n = vm.len_base(&a[0])?;
    Ok(vm.new_bool(n != 0))
}

/// Whether `self` and `other` compare with each other (bytes-likes
/// with bytes-likes, ranges with ranges); `ordered`: for `<` and the rest,
/// which only bytes and bytearray define.
fn compatible(a: &ObjRef, b: &ObjRef, ordered: bool) -> bool {
    let bytes_like =
        |k: Kind| matches!(k, Kind::Bytes | Kind::ByteArray) || (!ordered && k == Kind::MemoryView);
    match a.kind() {
        Kind::Range => !ordered && b.kind() == Kind::Range,
        k => bytes_like(k) && bytes_like(b.kind()),
    }
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult {
    let a = operands(vm, &args, name, 1)?;
    let ordered = !matches!(op, CompareOp::Eq | CompareOp::Ne);
    if !compatible(&a[0], &a[1], ordered) {
        return Ok(vm.not_implemented.clone());
    }
    super::slots::compare_base(vm, &a[0], &a[1], op)
}

fn eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__eq__", CompareOp::Eq)
}

fn ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__ne__", CompareOp::Ne)
}

fn lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__lt__", CompareOp::Lt)
}

fn le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__le__", CompareOp::Le)
}

fn gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__gt__", CompareOp::Gt)
}

fn ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__ge__", CompareOp::Ge)
}
