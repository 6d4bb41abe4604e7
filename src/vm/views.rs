//! Dict views: `d.keys()`, `d.values()`, `d.items()`. A view is a live
//! window on its dict, not a copy: its length, membership, iteration and
//! repr read the dict at the time they are asked, so later changes show.
//!
//! A view is an object of type `dict_keys` / `dict_values` / `dict_items`
//! whose payload is an iterator-kind object in the `View` state (it holds
//! the dict). It is not an iterator: iterating it makes a fresh dict
//! iterator. Keys and items views are set-like: they compare with sets
//! and with each other, and support `&`, `|`, `-`, `^` (giving sets) and
//! `isdisjoint`; values views support none of that.
//!
//! The VM's protocols reach the views through the hooks below (`len`,
//! `in`, `iter`, `repr`, `==`, truth, hash); the operator dispatch calls
//! [`view_binary_op`] and [`view_compare`].

use super::Vm;
use crate::compiler::opcode::{BinaryOp, CompareOp};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::dict::PyDict;
use crate::objects::iter::{IterState, PyIter};
use crate::objects::methods::set as sets;
use crate::objects::tuple::PyTuple;

/// `what` of a keys view.
pub const KEYS: u8 = 0;
/// `what` of a values view.
pub const VALUES: u8 = 1;
/// `what` of an items view.
pub const ITEMS: u8 = 2;

/// A new view of `dict`'s keys, values or items.
pub fn new_view(vm: &Vm, dict: &ObjRef, what: u8) -> ObjRef {
    let ty = match what {
        KEYS => &vm.types.dict_keys,
        VALUES => &vm.types.dict_values,
        _ => &vm.types.dict_items,
    };
    vm.new_iter(
        ty,
        IterState::View {
            dict: dict.clone(),
            what,
        },
    )
}

/// The dict and the `what` of a view; `None` for any other object.
pub fn view_parts(obj: &ObjRef) -> Option<(ObjRef, u8)> {
    if obj.kind() != Kind::Iter {
        return None;
    }
    match &*obj.downcast::<PyIter>()?.state.borrow() {
        IterState::View { dict, what } => Some((dict.clone(), *what)),
        _ => None,
    }
}

/// Whether `obj` is a keys or items view (the set-like views).
fn is_set_view(obj: &ObjRef) -> bool {
    view_parts(obj).is_some_and(|(_, w)| w != VALUES)
}

/// `len(view)`; `None` when `obj` is not a view.
pub fn view_len(obj: &ObjRef) -> Option<usize> {
    let (d, _) = view_parts(obj)?;
    Some(d.downcast::<PyDict>().map_or(0, |p| p.table.borrow().len()))
}

/// `iter(view)`: a new dict iterator; `None` when `obj` is not a view.
pub fn view_iter(vm: &Vm, obj: &ObjRef) -> Option<ObjRef> {
    let (d, what) = view_parts(obj)?;
    let size = d.downcast::<PyDict>().map_or(0, |p| p.table.borrow().len());
    let ty = match what {
        KEYS => &vm.types.dict_keyiterator,
        VALUES => &vm.types.dict_valueiterator,
        _ => &vm.types.dict_itemiterator,
    };
    Some(vm.new_iter(
        ty,
        IterState::Dict {
            dict: Some(d),
            pos: 0,
            size,
            left: size,
            what,
        },
    ))
}

/// `reversed(view)`: an iterator over a snapshot of the view's items,
/// last first; `None` when `obj` is not a view.
pub fn view_reversed(vm: &mut Vm, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some((_, what)) = view_parts(obj) else {
        return Ok(None);
    };
    let items = vm.collect_iterable(obj)?;
    let left = items.len();
    let list = vm.new_list(items);
    let ty = match what {
        KEYS => vm.types.dict_reversekeyiterator.clone(),
        VALUES => vm.types.dict_reversevalueiterator.clone(),
        _ => vm.types.dict_reverseitemiterator.clone(),
    };
    Ok(Some(vm.new_iter(
        &ty,
        IterState::Reversed {
            seq: Some(list),
            left,
        },
    )))
}

/// `item in view`; `None` when `view` is not a view. Keys: a dict lookup.
/// Items: `(k, v)` whose key is present with a value equal to `v`.
/// Values: a linear search.
pub fn view_contains(vm: &mut Vm, view: &ObjRef, item: &ObjRef) -> PyResult<Option<bool>> {
    let Some((d, what)) = view_parts(view) else {
        return Ok(None);
    };
    let found = match what {
        KEYS => vm.dict_get(&d, item)?.is_some(),
        ITEMS => {
            let pair = match item.var_items::<PyTuple>() {
                Some([k, v]) if item.kind() == Kind::Tuple => Some((k.clone(), v.clone())),
                _ => None,
            };
            match pair {
                Some((k, v)) => match vm.dict_get(&d, &k)? {
                    Some(found) => vm.eq_or_identical(&found, &v)?,
                    None => false,
                },
                None => false,
            }
        }
        _ => {
            let it = vm.get_iter(view)?;
            let mut found = false;
            while let Some(v) = vm.next(&it)? {
                if vm.eq_or_identical(&v, item)? {
                    found = true;
                    break;
                }
            }
            found
        }
    };
    Ok(Some(found))
}

/// `repr(view)`: `dict_keys(['a', 'b'])`; `"..."` for a view reached
/// again while its own repr is being built. `None` when `obj` is not a
/// view.
pub fn view_repr(vm: &mut Vm, obj: &ObjRef) -> PyResult<Option<String>> {
    if view_parts(obj).is_none() {
        return Ok(None);
    }
    if vm.repr_active.contains(&obj.id()) {
        return Ok(Some("...".into()));
    }
    vm.repr_active.push(obj.id());
    let body = vm.collect_iterable(obj).and_then(|items| {
        let list = vm.new_list(items);
        vm.repr_string(&list)
    });
    if let Some(p) = vm.repr_active.iter().rposition(|&i| i == obj.id()) {
        vm.repr_active.remove(p);
    }
    Ok(Some(format!("{}({})", vm.type_name(obj), body?)))
}

/// Whether hashing `obj` must fail: keys and items views are unhashable
/// (values views hash by identity).
pub fn view_unhashable(obj: &ObjRef) -> bool {
    is_set_view(obj)
}

/// Whether every item of `a` is in `b` (CPython's `all_contained_in`).
fn all_contained_in(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The size of a set or set-like view.
fn set_like_len(vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    match view_len(o) {
        Some(n) => Ok(n),
        None => vm.len(o),
    }
}

/// `a op b` where one side is a keys/items view and the other a set,
/// frozenset or keys/items view; `None` for any other pair (a set on the
/// left and a view on the right is answered through the reflected
/// comparison, as CPython does).
pub fn view_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<Option<bool>> {
    let set_like = |o: &ObjRef| sets::is_anyset(o) || is_set_view(o);
    let (this, other, op) = if is_set_view(a) && set_like(b) {
        (a, b, op)
    } else if is_set_view(b) && sets::is_anyset(a) {
        let swapped = match op {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
            same => same,
        };
        (b, a, swapped)
    } else {
        return Ok(None);
    };
    let len_this = set_like_len(vm, this)?;
    let len_other = set_like_len(vm, other)?;
    let r = match op {
        CompareOp::Eq => len_this == len_other && all_contained_in(vm, this, other)?,
        CompareOp::Ne => !(len_this == len_other && all_contained_in(vm, this, other)?),
        CompareOp::Lt => len_this < len_other && all_contained_in(vm, this, other)?,
        CompareOp::Le => len_this <= len_other && all_contained_in(vm, this, other)?,
        CompareOp::Gt => len_this > len_other && all_contained_in(vm, other, this)?,
        CompareOp::Ge => len_this >= len_other && all_contained_in(vm, other, this)?,
    };
    Ok(Some(r))
}

/// `a == b` when a view is involved; `None` when neither is a view.
/// Values views are equal only to themselves.
pub fn view_eq(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<Option<bool>> {
    if view_parts(a).is_none() && view_parts(b).is_none() {
        return Ok(None);
    }
    if a.is(b) {
        return Ok(Some(true));
    }
    Ok(Some(
        view_compare(vm, a, b, CompareOp::Eq)?.unwrap_or(false),
    ))
}

/// The set of a view's items, or of any other iterable (the left operand
/// of a view operator, CPython's `dictviews_to_set`).
fn to_set(vm: &mut Vm, o: &ObjRef) -> PyResult {
    match view_parts(o) {
        Some((d, KEYS)) => Ok(sets::copy_of(vm, &d, false)),
        _ => sets::set_from_iterable(vm, o, false),
    }
}

/// `a & b` with a keys/items view on either side (CPython's
/// `_PyDictView_Intersect`): the items of the other operand that are in
/// the view, iterating the smaller side when both are set-like.
fn intersect(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let (mut this, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let len_this = set_like_len(vm, this)?;
    if other.is_type(&vm.types.set) && len_this <= vm.len(other)? {
        return sets::intersection(vm, other, this);
    }
    if is_set_view(other) && set_like_len(vm, other)? > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let result = vm.new_set(false);
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if view_contains(vm, this, &x)?.unwrap_or(false) {
            vm.set_add(&result, x)?;
        }
    }
    Ok(result)
}

/// `a op b` for `&`, `|`, `-`, `^` with a keys or items view on either
/// side and any iterable on the other, giving a new set; `None` when
/// neither operand is a keys/items view or `op` is not a set operator.
pub fn view_binary_op(
    vm: &mut Vm,
    a: &ObjRef,
    b: &ObjRef,
    op: BinaryOp,
) -> PyResult<Option<ObjRef>> {
    if !is_set_view(a) && !is_set_view(b) {
        return Ok(None);
    }
    let r = match op {
        BinaryOp::And => intersect(vm, a, b)?,
        BinaryOp::Or => {
            let r = to_set(vm, a)?;
            sets::update(vm, &r, b)?;
            r
        }
        BinaryOp::Subtract => {
            let r = to_set(vm, a)?;
            sets::difference_update(vm, &r, b)?;
            r
        }
        BinaryOp::Xor => {
            let r = to_set(vm, a)?;
            sets::symmetric_difference_update(vm, &r, b)?;
            r
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// `view.isdisjoint(other)` for a keys or items view: iterates the
/// smaller side when `other` is set-like, else `other`.
pub fn isdisjoint(vm: &mut Vm, view: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    if view.is(other) {
        return Ok(view_len(view) == Some(0));
    }
    let (mut this, mut iterated) = (view, other);
    if sets::is_anyset(other) || is_set_view(other) {
        let len_this = set_like_len(vm, this)?;
        if set_like_len(vm, other)? > len_this {
            std::mem::swap(&mut this, &mut iterated);
        }
    }
    let it = vm.get_iter(iterated)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(this, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use crate::objects::methods::list::tests::call;
    use crate::vm::Vm;

    #[test]
    fn views_are_live() {
        let mut vm = Vm::new(vec![]);
        let d = vm.new_dict();
        let a = vm.new_str("a");
        let one = vm.new_int(1);
        vm.dict_set(&d, a.clone(), one.clone()).unwrap_or_default();
        let keys = super::new_view(&vm, &d, super::KEYS);
        let items = super::new_view(&vm, &d, super::ITEMS);
        assert_eq!(
            vm.repr_string(&keys).unwrap_or_default(),
            "dict_keys(['a'])"
        );
        let b = vm.new_str("b");
        vm.dict_set(&d, b, one.clone()).unwrap_or_default();
        assert_eq!(
            vm.repr_string(&items).unwrap_or_default(),
            "dict_items([('a', 1), ('b', 1)])"
        );
        assert_eq!(vm.len(&keys).unwrap_or_default(), 2);
        let pair = vm.new_tuple(vec![a.clone(), one]);
        assert!(vm.contains(&items, &pair).unwrap_or_default());
        assert_eq!(call(&mut vm, &keys, "isdisjoint", &[pair]), "False");
    }
}
