//! Methods of bytearray: every bytes method (the same functions, see
//! `methods::bytes`, returning bytearray), plus the mutating ones
//! (`append`, `extend`, `insert`, `pop`, `remove`, `clear`, `copy`,
//! `reverse`). A length change of an exported bytearray raises
//! BufferError, as in CPython.

use super::bytes::BYTEARRAY_METHODS;
use super::bytes_text;
use super::str_args::{check_self, no_args, one_arg, positional};
use crate::builtins::{Args, add_class_method, add_method};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::bytearray::PyByteArray;
use crate::objects::native::NativeFn;
use crate::vm::Vm;

/// Registers bytearray's methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.bytearray.clone();
    for &(name, f) in BYTEARRAY_METHODS {
        add_method(vm, &t, "bytearray", name, f);
    }
    let own: &[(&'static str, NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
    ];
    for &(name, f) in own {
        add_method(vm, &t, "bytearray", name, f);
    }
    add_class_method(vm, &t, "bytearray", "fromhex", bytes_text::fromhex);
    add_class_method(vm, &t, "bytearray", "maketrans", bytes_text::maketrans);
    uncount(BYTEARRAY_METHODS.len() + own.len() + 2);
}

/// Takes back the collector's count of `n` method objects made at start-up:
/// they are immortal parts of the built-in types (static in CPython), and
/// counting them would bring the first collection earlier than CPython's.
pub(super) fn uncount(n: usize) {
    for _ in 0..n {
        crate::heap::gc::uncount_allocation();
    }
}

/// `self` of a bytearray method.
fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<(&'a ObjRef, &'a PyByteArray)> {
    let obj = check_self(vm, args, Kind::ByteArray, "bytearray", name)?;
    match obj.downcast::<PyByteArray>() {
        Some(ba) => Ok((obj, ba)),
        None => Err(vm.type_error("expected a bytearray")),
    }
}

/// `bytearray.append(item)`.
fn append(vm: &mut Vm, args: Args) -> PyResult {
    let (_, ba) = this(vm, &args, "append")?;
    let item = one_arg(vm, &args, "bytearray.append")?;
    let b = vm.byte_value(item)?;
    vm.bytearray_append_all(ba, &[b])?;
    Ok(vm.none())
}

/// `bytearray.extend(iterable_of_ints)`.
fn extend(vm: &mut Vm, args: Args) -> PyResult {
    let (_, ba) = this(vm, &args, "extend")?;
    let arg = one_arg(vm, &args, "bytearray.extend")?;
    if crate::objects::bytes::bytes_like(arg).is_none() && vm.get_iter(arg).is_err() {
        return Err(vm.type_error(format!("can't extend bytearray with {}", vm.type_name(arg))));
    }
    let extra = vm.bytes_from_iterable(arg)?;
    vm.bytearray_append_all(ba, &extra)?;
    Ok(vm.none())
}

/// `bytearray.insert(index, item)`: the index is clamped to the ends.
fn insert(vm: &mut Vm, args: Args) -> PyResult {
    let (_, ba) = this(vm, &args, "insert")?;
    let rest = positional(vm, &args, "bytearray.insert", "insert", 2, 2)?;
    let index = vm.expect_index(&rest[0])?;
    let b = vm.byte_value(&rest[1])?;
    let n = ba.len() as i64;
    let at = if index < 0 {
        (index.saturating_add(n)).max(0)
    } else {
        index.min(n)
    } as usize;
    vm.bytearray_splice(ba, at, at, &[b])?;
    Ok(vm.none())
}

/// `bytearray.pop(index=-1)`.
fn pop(vm: &mut Vm, args: Args) -> PyResult {
    let (_, ba) = this(vm, &args, "pop")?;
    let rest = positional(vm, &args, "bytearray.pop", "pop", 0, 1)?;
    let index = match rest.first() {
        Some(i) => vm.expect_index(i)?,
        None => -1,
    };
    let n = ba.len();
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if index < 0 {
        index.saturating_add(n as i64)
    } else {
        index
    };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    let j = j as usize;
    let v = ba.data.borrow()[j];
    remove_at(vm, ba, j)?;
    Ok(vm.new_int(i64::from(v)))
}

/// Removes byte `j` the way CPython's pop and remove do (moving the tail,
/// never advancing the start).
fn remove_at(vm: &mut Vm, ba: &PyByteArray, j: usize) -> PyResult<()> {
    vm.bytearray_check_resize(ba)?;
    ba.note_resize(ba.len() - 1);
    ba.data.borrow_mut().remove(j);
    Ok(())
}

/// `bytearray.remove(value)`: the first byte equal to `value`.
fn remove(vm: &mut Vm, args: Args) -> PyResult {
    let (_, ba) = this(vm, &args, "remove")?;
    let item = one_arg(vm, &args, "bytearray.remove")?;
    let b = vm.byte_value(item)?;
    let pos = ba.data.borrow().iter().position(|&x| x == b);
    match pos {
        Some(j) => {
            remove_at(vm, ba, j)?;
            Ok(vm.none())
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

/// `bytearray.clear()`.
fn clear(vm: &mut Vm, args: Args) -> PyResult {
    let (_, ba) = this(vm, &args, "clear")?;
    no_args(vm, &args, "bytearray.clear")?;
    if !ba.is_empty() {
        vm.bytearray_check_resize(ba)?;
        // CPython resizes to 0, which frees the buffer.
        ba.note_resize(0);
        ba.alloc.set(1);
        ba.data.borrow_mut().clear();
    }
    Ok(vm.none())
}

/// `bytearray.copy()`.
fn copy(vm: &mut Vm, args: Args) -> PyResult {
    let (_, ba) = this(vm, &args, "copy")?;
    no_args(vm, &args, "bytearray.copy")?;
    Ok(vm.new_bytearray(ba.to_vec()))
}

/// `bytearray.reverse()`, in place.
fn reverse(vm: &mut Vm, args: Args) -> PyResult {
    let (_, ba) = this(vm, &args, "reverse")?;
    no_args(vm, &args, "bytearray.reverse")?;
    ba.data.borrow_mut().reverse();
    Ok(vm.none())
}
