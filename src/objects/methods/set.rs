//! Methods of set and frozenset, and the set operators (`|`, `&`, `-`,
//! `^`, their in-place forms, and the subset comparisons) for the VM to
//! call from its operator dispatch: [`set_binary_op`], [`set_compare`].
//!
//! The algorithms are CPython 3.11's (which operand is iterated, which
//! one's elements end up in the result), so results agree element for
//! element, e.g. `{1} & {1.0}` is `{1.0}`. Results have the type of the
//! left operand (`frozenset | set` is a frozenset). No borrow of a table
//! is held while keys are hashed or compared: keys are copied out first.

use super::params::{no_args, no_keywords, one_arg, receiver};
use crate::builtins::{Args, add_method};
use crate::compiler::opcode::{BinaryOp, CompareOp};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::dict::{DictTable, PyDict};
use crate::objects::set::PySet;
use crate::vm::Vm;
use std::cell::RefCell;

/// Registers the methods of set and frozenset.
pub fn install(vm: &mut Vm) {
    let s = vm.types.set.clone();
    add_method(vm, &s, "set", "add", add);
    add_method(vm, &s, "set", "clear", clear);
    add_method(vm, &s, "set", "discard", discard_method);
    add_method(vm, &s, "set", "pop", pop);
    add_method(vm, &s, "set", "remove", remove);
    add_method(vm, &s, "set", "update", update_method);
    add_method(
        vm,
        &s,
        "set",
        "intersection_update",
        intersection_update_method,
    );
    add_method(vm, &s, "set", "difference_update", difference_update_method);
    add_method(
        vm,
        &s,
        "set",
        "symmetric_difference_update",
        symmetric_difference_update_method,
    );
    let f = vm.types.frozenset.clone();
    macro_rules! shared {
        ($($name:ident),* $(,)?) => {$(
            add_method(vm, &s, "set", stringify!($name), as_set::$name);
            add_method(vm, &f, "frozenset", stringify!($name), as_frozenset::$name);
        )*};
    }
    shared!(
        copy,
        union,
        intersection,
        difference,
        symmetric_difference,
        issubset,
        issuperset,
        isdisjoint
    );
}

/// The entry points of the methods set and frozenset share, once per
/// owner so the receiver check names the right type.
macro_rules! owners {
    ($($name:ident => $imp:ident),* $(,)?) => {
        /// The shared methods as `set.x`.
        mod as_set {
            use super::*;
            $( pub(super) fn $name(vm: &mut Vm, args: Args) -> PyResult { super::$imp(vm, args, "set") } )*
        }
        /// The shared methods as `frozenset.x`.
        mod as_frozenset {
            use super::*;
            $( pub(super) fn $name(vm: &mut Vm, args: Args) -> PyResult { super::$imp(vm, args, "frozenset") } )*
        }
    };
}
owners!(
    copy => copy_method,
    union => union_method,
    intersection => intersection_method,
    difference => difference_method,
    symmetric_difference => symmetric_difference_method,
    issubset => issubset_method,
    issuperset => issuperset_method,
    isdisjoint => isdisjoint_method,
);

/// The receiver of `owner.name` (a set for "set", a frozenset for
/// "frozenset").
fn this<'a>(vm: &Vm, args: &'a Args, owner: &str, name: &str) -> PyResult<&'a ObjRef> {
    let frozen_owner = owner == "frozenset";
    receiver(vm, args, owner, name, |s| {
        s.kind() == Kind::Set && is_frozen(vm, s) == frozen_owner
    })
}

/// Whether `o` is a set or frozenset.
#[inline]
pub fn is_anyset(o: &ObjRef) -> bool {
    o.kind() == Kind::Set
}

/// Whether set `s` is a frozenset.
fn is_frozen(vm: &Vm, s: &ObjRef) -> bool {
    vm.isinstance(s, &vm.types.frozenset)
}

/// The hash table of a set, frozenset or dict.
fn table_of(o: &ObjRef) -> Option<&RefCell<DictTable>> {
    match o.kind() {
        Kind::Set => o.downcast::<PySet>().map(|s| &s.table),
        Kind::Dict => o.downcast::<PyDict>().map(|d| &d.table),
        _ => None,
    }
}

/// Number of elements of a set (or keys of a dict).
fn size(o: &ObjRef) -> usize {
    table_of(o).map_or(0, |t| t.borrow().len())
}

/// The elements of a set (or keys of a dict), as new references.
pub fn keys_of(o: &ObjRef) -> Vec<ObjRef> {
    table_of(o).map_or_else(Vec::new, |t| {
        t.borrow().iter().map(|e| e.key.clone()).collect()
    })
}

/// A new set (or frozenset) holding the elements of set `src` (or the
/// keys of dict `src`), copied with their hashes: no Python code runs.
pub fn copy_of(vm: &Vm, src: &ObjRef, frozen: bool) -> ObjRef {
    let out = vm.new_set(frozen);
    let none = vm.none();
    let copied = table_of(src).map(|t| {
        let t = t.borrow();
        let mut nt = DictTable::new_set();
        if is_anyset(src) {
            nt.merge_into_unfilled(&t);
        } else {
            nt.reserve_merge(t.len());
            for e in t.iter() {
                nt.insert_new(e.hash, e.key.clone(), none.clone());
            }
        }
        nt
    });
    if let (Some(nt), Some(t)) = (copied, table_of(&out)) {
        *t.borrow_mut() = nt;
    }
    out
}

/// A new set (or frozenset) of the items of any iterable.
pub fn set_from_iterable(vm: &mut Vm, src: &ObjRef, frozen: bool) -> PyResult {
    if table_of(src).is_some() {
        return Ok(copy_of(vm, src, frozen));
    }
    let out = vm.new_set(frozen);
    update(vm, &out, src)?;
    Ok(out)
}

/// Whether `key` is an element of set `s` (or a key of dict `s`).
fn member(vm: &mut Vm, s: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    match s.kind() {
        Kind::Dict => Ok(vm.dict_get(s, key)?.is_some()),
        _ => vm.set_contains(s, key),
    }
}

/// Removes `key` from set `s`; whether it was there.
fn take_out(vm: &mut Vm, s: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    let removed = vm.dict_remove(s, key)?;
    Ok(removed.is_some())
}

/// Removes `key` as `set.discard` does: an unhashable set key is looked
/// up as the equal frozenset.
fn discard(vm: &mut Vm, s: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    match take_out(vm, s, key) {
        Err(e)
            if is_anyset(key) && !is_frozen(vm, key) && vm.isinstance(&e.0, &vm.exc.type_error) =>
        {
            let frozen = copy_of(vm, key, true);
            take_out(vm, s, &frozen)
        }
        r => r,
    }
}

/// Gives set `s` the contents of set `from` (which is left empty).
fn replace_contents(s: &ObjRef, from: &ObjRef) {
    let (Some(a), Some(b)) = (table_of(s), table_of(from)) else {
        return;
    };
    let new = std::mem::take(&mut *b.borrow_mut());
    let old = std::mem::replace(&mut *a.borrow_mut(), new);
    drop(old);
}

/// Empties set `s`.
fn clear_set(s: &ObjRef) {
    let old = table_of(s).map(|t| t.borrow_mut().take_all());
    drop(old);
}

/// `s |= other` for any iterable `other` (set_update_internal).
pub fn update(vm: &mut Vm, s: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if other.is(s) {
        return Ok(());
    }
    if let (Some(src), Some(dst)) = (table_of(other), table_of(s)) {
        if is_anyset(other) && dst.borrow().is_unfilled() {
            dst.borrow_mut().merge_into_unfilled(&src.borrow());
            return Ok(());
        }
        let n = src.borrow().len();
        dst.borrow_mut().reserve_merge(n);
        for k in keys_of(other) {
            vm.set_add(s, k)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        vm.set_add(s, k)?;
    }
    Ok(())
}

/// `s & other` as a new set of `s`'s type: iterates the smaller of two
/// sets, or any other iterable, keeping the iterated elements.
pub fn intersection(vm: &mut Vm, s: &ObjRef, other: &ObjRef) -> PyResult {
    let frozen = is_frozen(vm, s);
    if other.is(s) {
        return Ok(copy_of(vm, s, frozen));
    }
    let result = vm.new_set(frozen);
    if is_anyset(other) {
        let (base, iterated) = if size(other) > size(s) {
            (other, s)
        } else {
            (s, other)
        };
        for k in keys_of(iterated) {
            if vm.set_contains(base, &k)? {
                vm.set_add(&result, k)?;
            }
        }
        return Ok(result);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if vm.set_contains(s, &k)? {
            vm.set_add(&result, k)?;
        }
    }
    Ok(result)
}

/// `s - other` as a new set of `s`'s type.
pub fn difference(vm: &mut Vm, s: &ObjRef, other: &ObjRef) -> PyResult {
    let frozen = is_frozen(vm, s);
    // CPython copies and removes when `other` is no set or dict, or is
    // much smaller than `s`: the result's layout depends on which.
    if table_of(other).is_none() || size(s) >> 2 > size(other) {
        let result = copy_of(vm, s, frozen);
        difference_update(vm, &result, other)?;
        return Ok(result);
    }
    let result = vm.new_set(frozen);
    for k in keys_of(s) {
        if !member(vm, other, &k)? {
            vm.set_add(&result, k)?;
        }
    }
    Ok(result)
}

/// `s -= other` for any iterable `other`.
pub fn difference_update(vm: &mut Vm, s: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if other.is(s) {
        clear_set(s);
        return Ok(());
    }
    if is_anyset(other) {
        for k in keys_of(other) {
            take_out(vm, s, &k)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        take_out(vm, s, &k)?;
    }
    Ok(())
}

/// `s ^= other` for any iterable `other`.
pub fn symmetric_difference_update(vm: &mut Vm, s: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if other.is(s) {
        clear_set(s);
        return Ok(());
    }
    let other_set = if table_of(other).is_some() {
        other.clone()
    } else {
        set_from_iterable(vm, other, false)?
    };
    for k in keys_of(&other_set) {
        if !take_out(vm, s, &k)? {
            vm.set_add(s, k)?;
        }
    }
    Ok(())
}

/// `s ^ other` as a new set of `s`'s type: the elements of `other` not
/// in `s`, then those of `s` not in `other`.
pub fn symmetric_difference(vm: &mut Vm, s: &ObjRef, other: &ObjRef) -> PyResult {
    let frozen = is_frozen(vm, s);
    let result = set_from_iterable(vm, other, frozen)?;
    symmetric_difference_update(vm, &result, s)?;
    Ok(result)
}

/// `s <= other` for a set `other` (any iterable is made a set first).
pub fn issubset(vm: &mut Vm, s: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    if !is_anyset(other) {
        let tmp = set_from_iterable(vm, other, false)?;
        return issubset(vm, s, &tmp);
    }
    if size(s) > size(other) {
        return Ok(false);
    }
    for k in keys_of(s) {
        if !vm.set_contains(other, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether set `s` holds every item of iterable `other`.
fn issuperset_of(vm: &mut Vm, s: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(vm, other, s);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if !vm.set_contains(s, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether set `s` and iterable `other` have no element in common.
fn isdisjoint_of(vm: &mut Vm, s: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    if other.is(s) {
        return Ok(size(s) == 0);
    }
    if is_anyset(other) {
        let (base, iterated) = if size(other) > size(s) {
            (other, s)
        } else {
            (s, other)
        };
        for k in keys_of(iterated) {
            if vm.set_contains(base, &k)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if vm.set_contains(s, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a op b` for two sets (`|`, `&`, `-`, `^`); `inplace` for `|=` etc.,
/// which change a mutable set `a` in place and return it (frozensets get
/// a new object). `Ok(None)` when an operand is not a set or frozenset,
/// or `op` is not a set operator: the caller raises the TypeError.
pub fn set_binary_op(
    vm: &mut Vm,
    a: &ObjRef,
    b: &ObjRef,
    op: BinaryOp,
    inplace: bool,
) -> PyResult<Option<ObjRef>> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(None);
    }
    let in_place = inplace && !is_frozen(vm, a);
    let r = match op {
        BinaryOp::Or if in_place => {
            update(vm, a, b)?;
            a.clone()
        }
        BinaryOp::Or => {
            let frozen = is_frozen(vm, a);
            let r = copy_of(vm, a, frozen);
            update(vm, &r, b)?;
            r
        }
        BinaryOp::And if in_place => {
            let tmp = intersection(vm, a, b)?;
            replace_contents(a, &tmp);
            a.clone()
        }
        BinaryOp::And => intersection(vm, a, b)?,
        BinaryOp::Subtract if in_place => {
            difference_update(vm, a, b)?;
            a.clone()
        }
        BinaryOp::Subtract => difference(vm, a, b)?,
        BinaryOp::Xor if in_place => {
            symmetric_difference_update(vm, a, b)?;
            a.clone()
        }
        BinaryOp::Xor => symmetric_difference(vm, a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// `a op b` for two sets: equality, and `<`, `<=`, `>`, `>=` as proper /
/// plain subset and superset tests. `Ok(None)` when an operand is not a
/// set or frozenset (the caller then falls back or raises).
pub fn set_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<Option<bool>> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(None);
    }
    let (la, lb) = (size(a), size(b));
    let r = match op {
        CompareOp::Eq => la == lb && issubset(vm, a, b)?,
        CompareOp::Ne => !(la == lb && issubset(vm, a, b)?),
        CompareOp::Le => issubset(vm, a, b)?,
        CompareOp::Ge => issubset(vm, b, a)?,
        CompareOp::Lt => la < lb && issubset(vm, a, b)?,
        CompareOp::Gt => la > lb && issubset(vm, b, a)?,
    };
    Ok(Some(r))
}

fn add(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args, "set", "add")?;
    let x = one_arg(vm, &args, "set.add")?;
    vm.set_add(s, x)?;
    Ok(vm.none())
}

fn clear(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args, "set", "clear")?;
    no_args(vm, &args, "set.clear")?;
    clear_set(s);
    Ok(vm.none())
}

fn discard_method(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args, "set", "discard")?;
    let x = one_arg(vm, &args, "set.discard")?;
    discard(vm, s, &x)?;
    Ok(vm.none())
}

fn remove(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args, "set", "remove")?;
    let x = one_arg(vm, &args, "set.remove")?;
    if discard(vm, s, &x)? {
        Ok(vm.none())
    } else {
        Err(vm.key_error(x))
    }
}

/// `set.pop()`: removes the next element from CPython's search finger on.
fn pop(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args, "set", "pop")?;
    no_args(vm, &args, "set.pop")?;
    let Some(table) = table_of(s) else {
        return Err(vm.type_error("set expected"));
    };
    let popped = table.borrow_mut().pop_set();
    match popped {
        Some(e) => Ok(e.key),
        None => {
            let msg = vm.new_str("pop from an empty set");
            Err(vm.key_error(msg))
        }
    }
}

fn update_method(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args, "set", "update")?;
    no_keywords(vm, &args, "set.update")?;
    for other in &args.pos[1..] {
        update(vm, s, other)?;
    }
    Ok(vm.none())
}

/// `s.intersection(*others)`: a copy when there are none.
fn intersection_multi(vm: &mut Vm, s: &ObjRef, others: &[ObjRef]) -> PyResult {
    if others.is_empty() {
        let frozen = is_frozen(vm, s);
        return Ok(copy_of(vm, s, frozen));
    }
    let mut result = s.clone();
    for other in others {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

fn intersection_update_method(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args, "set", "intersection_update")?;
    no_keywords(vm, &args, "set.intersection_update")?;
    let tmp = intersection_multi(vm, s, &args.pos[1..])?;
    if !tmp.is(s) {
        replace_contents(s, &tmp);
    }
    Ok(vm.none())
}

fn difference_update_method(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args, "set", "difference_update")?;
    no_keywords(vm, &args, "set.difference_update")?;
    for other in &args.pos[1..] {
        difference_update(vm, s, other)?;
    }
    Ok(vm.none())
}

fn symmetric_difference_update_method(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(vm, &args, "set", "symmetric_difference_update")?;
    let other = one_arg(vm, &args, "set.symmetric_difference_update")?;
    symmetric_difference_update(vm, s, &other)?;
    Ok(vm.none())
}

fn copy_method(vm: &mut Vm, args: Args, owner: &str) -> PyResult {
    let s = this(vm, &args, owner, "copy")?;
    no_args(vm, &args, &format!("{owner}.copy"))?;
    if s.is_type(&vm.types.frozenset) {
        return Ok(s.clone());
    }
    let frozen = is_frozen(vm, s);
    Ok(copy_of(vm, s, frozen))
}

fn union_method(vm: &mut Vm, args: Args, owner: &str) -> PyResult {
    let s = this(vm, &args, owner, "union")?;
    no_keywords(vm, &args, &format!("{owner}.union"))?;
    let frozen = is_frozen(vm, s);
    let result = copy_of(vm, s, frozen);
    for other in &args.pos[1..] {
        if !other.is(s) {
            update(vm, &result, other)?;
        }
    }
    Ok(result)
}

fn intersection_method(vm: &mut Vm, args: Args, owner: &str) -> PyResult {
    let s = this(vm, &args, owner, "intersection")?;
    no_keywords(vm, &args, &format!("{owner}.intersection"))?;
    intersection_multi(vm, s, &args.pos[1..])
}

fn difference_method(vm: &mut Vm, args: Args, owner: &str) -> PyResult {
    let s = this(vm, &args, owner, "difference")?;
    no_keywords(vm, &args, &format!("{owner}.difference"))?;
    let Some((first, rest)) = args.pos[1..].split_first() else {
        let frozen = is_frozen(vm, s);
        return Ok(copy_of(vm, s, frozen));
    };
    let result = difference(vm, s, first)?;
    for other in rest {
        difference_update(vm, &result, other)?;
    }
    Ok(result)
}

fn symmetric_difference_method(vm: &mut Vm, args: Args, owner: &str) -> PyResult {
    let s = this(vm, &args, owner, "symmetric_difference")?;
    let other = one_arg(vm, &args, &format!("{owner}.symmetric_difference"))?;
    symmetric_difference(vm, s, &other)
}

fn issubset_method(vm: &mut Vm, args: Args, owner: &str) -> PyResult {
    let s = this(vm, &args, owner, "issubset")?;
    let other = one_arg(vm, &args, &format!("{owner}.issubset"))?;
    let r = issubset(vm, s, &other)?;
    Ok(vm.new_bool(r))
}

fn issuperset_method(vm: &mut Vm, args: Args, owner: &str) -> PyResult {
    let s = this(vm, &args, owner, "issuperset")?;
    let other = one_arg(vm, &args, &format!("{owner}.issuperset"))?;
    let r = issuperset_of(vm, s, &other)?;
    Ok(vm.new_bool(r))
}

fn isdisjoint_method(vm: &mut Vm, args: Args, owner: &str) -> PyResult {
    let s = this(vm, &args, owner, "isdisjoint")?;
    let other = one_arg(vm, &args, &format!("{owner}.isdisjoint"))?;
    let r = isdisjoint_of(vm, s, &other)?;
    Ok(vm.new_bool(r))
}

#[cfg(test)]
mod tests {
    use super::{set_binary_op, set_compare};
    use crate::compiler::opcode::{BinaryOp, CompareOp};
    use crate::heap::ObjRef;
    use crate::objects::methods::list::tests::call;
    use crate::vm::Vm;

    fn set_of(vm: &mut Vm, items: &[i64], frozen: bool) -> ObjRef {
        let s = vm.new_set(frozen);
        for &i in items {
            let v = vm.new_int(i);
            vm.set_add(&s, v).unwrap_or_default();
        }
        s
    }

    fn sorted_repr(vm: &mut Vm, s: &ObjRef) -> String {
        let mut keys: Vec<i64> = super::keys_of(s)
            .iter()
            .filter_map(|k| match crate::vm::ops::as_num(k) {
                Some(crate::vm::ops::Num::Int(i)) => Some(i),
                _ => None,
            })
            .collect();
        keys.sort_unstable();
        format!("{}{keys:?}", vm.type_name(s))
    }

    #[test]
    fn operators_follow_the_left_type() {
        let mut vm = Vm::new(vec![]);
        let a = set_of(&mut vm, &[1, 2, 3, 4], false);
        let b = set_of(&mut vm, &[3, 4, 5], true);
        let cases = [
            (BinaryOp::Or, "set[1, 2, 3, 4, 5]"),
            (BinaryOp::And, "set[3, 4]"),
            (BinaryOp::Subtract, "set[1, 2]"),
            (BinaryOp::Xor, "set[1, 2, 5]"),
        ];
        for (op, want) in cases {
            let r = set_binary_op(&mut vm, &a, &b, op, false).ok().flatten();
            let r = r.map(|r| sorted_repr(&mut vm, &r)).unwrap_or_default();
            assert_eq!(r, want);
        }
        let r = set_binary_op(&mut vm, &b, &a, BinaryOp::Subtract, true)
            .ok()
            .flatten();
        let r = r.map(|r| sorted_repr(&mut vm, &r)).unwrap_or_default();
        assert_eq!(r, "frozenset[5]");
        let r = set_binary_op(&mut vm, &a, &b, BinaryOp::And, true)
            .ok()
            .flatten();
        assert!(r.is_some_and(|r| r.is(&a)));
        assert_eq!(sorted_repr(&mut vm, &a), "set[3, 4]");
        let l = vm.new_list(vec![]);
        assert!(
            set_binary_op(&mut vm, &a, &l, BinaryOp::Or, false)
                .ok()
                .flatten()
                .is_none()
        );
    }

    #[test]
    fn comparisons_are_subset_tests() {
        let mut vm = Vm::new(vec![]);
        let small = set_of(&mut vm, &[1, 2], false);
        let big = set_of(&mut vm, &[1, 2, 3], true);
        let cmp =
            |vm: &mut Vm, a: &ObjRef, b: &ObjRef, op| set_compare(vm, a, b, op).ok().flatten();
        assert_eq!(cmp(&mut vm, &small, &big, CompareOp::Lt), Some(true));
        assert_eq!(cmp(&mut vm, &big, &small, CompareOp::Lt), Some(false));
        assert_eq!(cmp(&mut vm, &big, &small, CompareOp::Ge), Some(true));
        assert_eq!(cmp(&mut vm, &small, &small, CompareOp::Gt), Some(false));
        assert_eq!(cmp(&mut vm, &small, &big, CompareOp::Eq), Some(false));
        let l = vm.new_list(vec![]);
        assert_eq!(cmp(&mut vm, &small, &l, CompareOp::Le), None);
    }

    #[test]
    fn methods_and_errors() {
        let mut vm = Vm::new(vec![]);
        let s = set_of(&mut vm, &[1, 2, 3], false);
        let two = vm.new_int(2);
        let nine = vm.new_int(9);
        assert_eq!(
            call(&mut vm, &s, "remove", std::slice::from_ref(&nine)),
            "KeyError: 9"
        );
        assert_eq!(call(&mut vm, &s, "discard", &[two]), "None");
        assert_eq!(call(&mut vm, &s, "pop", &[]), "1");
        assert_eq!(call(&mut vm, &s, "pop", &[]), "3");
        assert_eq!(
            call(&mut vm, &s, "pop", &[]),
            "KeyError: 'pop from an empty set'"
        );
        let big = set_of(&mut vm, &(0..500).collect::<Vec<_>>(), false);
        let mut total = 0;
        for _ in 0..500 {
            total += call(&mut vm, &big, "pop", &[])
                .parse::<i64>()
                .unwrap_or(-1_000_000);
        }
        assert_eq!(total, 124_750);
        let f = set_of(&mut vm, &[1], true);
        let nines = vm.new_list(vec![nine]);
        assert_eq!(call(&mut vm, &f, "union", &[nines]), "frozenset({1, 9})");
        let s = set_of(&mut vm, &[1], false);
        assert_eq!(
            call(&mut vm, &f, "symmetric_difference", &[s.clone(), s]),
            "TypeError: frozenset.symmetric_difference() takes exactly one argument (2 given)"
        );
    }
}
