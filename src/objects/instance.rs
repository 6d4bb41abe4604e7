//! Instances of user-defined classes.
//!
//! An instance's attributes live inline, as in CPython 3.11: its class
//! keeps an append-only table of attribute names (`PyType::inline_keys`,
//! CPython's shared keys) and each instance holds one value cell per name,
//! after its `__slots__` values, in the same heap block. No dict exists
//! until something asks for `__dict__` (or an attribute does not fit);
//! then the values move into a real dict, in the order they were first
//! set, and the instance keeps that dict from then on.

use crate::heap::{self, Kind, ObjRef};
use crate::objects::typeobj::{PyType, type_flags};
use std::cell::{Cell, RefCell};

/// Most attribute names a class shares with its instances (CPython caps
/// shared keys at 30; 16 lets the insertion order fit in one `u64`).
pub const MAX_INLINE: usize = 16;

/// Value cells a new instance gets at least, so the first instances of a
/// class (whose key table is still empty) keep their attributes inline.
const MIN_INLINE: usize = 4;

/// An instance of a Python class. Its variable part holds `nslots`
/// `__slots__` values, then `inline_cap` attribute values (one per key of
/// the class's inline keys, by index), `None` while unset.
pub struct PyInstance {
    /// The instance dictionary, once there is one.
    pub dict: RefCell<Option<ObjRef>>,
    /// Number of `__slots__` values at the start of the variable part.
    nslots: u32,
    /// Number of inline attribute cells after the slots.
    inline_cap: u32,
    /// Indices of the set inline attributes in the order they were first
    /// set, four bits each, the first in the low bits.
    order: Cell<u64>,
    /// Number of indices in `order`.
    order_len: Cell<u32>,
}

/// A new instance of `cls` with no attributes: as many empty slot values
/// as the class declares `__slots__` (with its bases), and a value cell
/// per attribute name its instances have used so far. Every instance is
/// allocated here.
pub fn new_instance(cls: &ObjRef) -> ObjRef {
    let (nslots, inline_cap) = match cls.downcast::<PyType>() {
        Some(t) if t.flags.get() & type_flags::NO_INSTANCE_DICT != 0 => (t.nslots.get(), 0),
        Some(t) => (
            t.nslots.get(),
            t.inline_keys.borrow().len().clamp(MIN_INLINE, MAX_INLINE),
        ),
        None => (0, 0),
    };
    heap::alloc_var_object(
        cls,
        PyInstance {
            dict: RefCell::new(None),
            nslots: nslots as u32,
            inline_cap: inline_cap as u32,
            order: Cell::new(0),
            order_len: Cell::new(0),
        },
        (0..nslots + inline_cap).map(|_| Cell::new(None)),
    )
}

/// The slot values of an instance (empty for other objects).
pub fn slots(obj: &ObjRef) -> &[Cell<Option<ObjRef>>] {
    match (obj.downcast::<PyInstance>(), obj.var_items::<PyInstance>()) {
        (Some(p), Some(items)) => &items[..p.nslots as usize],
        _ => &[],
    }
}

/// The inline attribute cells of an instance, with its payload; `None`
/// for other objects and for instances that have a dict.
fn inline_part(obj: &ObjRef) -> Option<(&PyInstance, &[Cell<Option<ObjRef>>])> {
    let p = obj.downcast::<PyInstance>()?;
    if p.dict.borrow().is_some() {
        return None;
    }
    let items = obj.var_items::<PyInstance>()?;
    Some((p, &items[p.nslots as usize..]))
}

/// Whether `obj` is an instance whose attributes are inline (no dict yet).
pub fn has_inline_values(obj: &ObjRef) -> bool {
    obj.kind() == Kind::Instance && inline_part(obj).is_some()
}

/// Index of `name` in the inline keys of `ty` (all interned strs): by
/// identity, then by string equality for a name that is not interned.
pub fn key_index(ty: &PyType, name: &ObjRef) -> Option<usize> {
    let keys = ty.inline_keys.borrow();
    if let Some(i) = keys.iter().position(|k| k.is(name)) {
        return Some(i);
    }
    // Keys are interned, so an interned name that is not one of them is
    // no key at all.
    if name.flags() & heap::flags::INTERNED != 0 {
        return None;
    }
    let s = name.as_str()?;
    keys.iter().position(|k| k.as_str() == Some(s))
}

/// What an inline lookup found.
pub enum Inline {
    /// The attribute's value.
    Value(ObjRef),
    /// The instance keeps its attributes inline and has none of this name.
    Absent,
    /// The instance has a dict (or is no instance): look there.
    Dict,
}

/// The inline part of `obj` with the key index of `name` in its class's
/// inline keys (`None` when the name is no key); `None` when the
/// instance has a dict.
#[allow(clippy::type_complexity)]
fn locate<'a>(
    obj: &'a ObjRef,
    name: &ObjRef,
) -> Option<(&'a PyInstance, &'a [Cell<Option<ObjRef>>], Option<usize>)> {
    let (p, cells) = inline_part(obj)?;
    let ty = obj.type_of();
    let t = ty.downcast::<PyType>()?;
    Some((p, cells, key_index(t, name)))
}

/// The attribute `name` of an instance whose attributes are inline.
pub fn get(obj: &ObjRef, name: &ObjRef) -> Inline {
    let Some((_, cells, ix)) = locate(obj, name) else {
        return Inline::Dict;
    };
    match ix.and_then(|i| cells.get(i)).and_then(read) {
        Some(v) => Inline::Value(v),
        None => Inline::Absent,
    }
}

/// The inline value at key index `ix` (for the attribute caches, which
/// remember the index per type); `Dict` when the instance has a dict.
#[inline]
pub fn get_at(obj: &ObjRef, ix: usize) -> Inline {
    let Some((_, cells)) = inline_part(obj) else {
        return Inline::Dict;
    };
    match cells.get(ix).and_then(read) {
        Some(v) => Inline::Value(v),
        None => Inline::Absent,
    }
}

fn read(cell: &Cell<Option<ObjRef>>) -> Option<ObjRef> {
    let v = cell.take();
    cell.set(v.clone());
    v
}

/// A completed inline store: the key index used and the old value (drop
/// it after the store is complete).
pub type Stored = (usize, Option<ObjRef>);

/// Stores attribute `name` inline, adding it to the class's keys when
/// new. Returns the index and old value, or
/// gives `value` back when the instance needs a dict for it: it has one
/// already, the class's keys are full, or the instance was made before
/// the key existed and has no cell for it.
pub fn set(obj: &ObjRef, name: &ObjRef, value: ObjRef) -> Result<Stored, ObjRef> {
    let Some((p, cells, known)) = locate(obj, name) else {
        return Err(value);
    };
    if p.inline_cap == 0 {
        return Err(value);
    }
    let ix = match known {
        Some(i) => i,
        None => {
            let ty = obj.type_of();
            let Some(t) = ty.downcast::<PyType>() else {
                return Err(value);
            };
            let mut keys = t.inline_keys.borrow_mut();
            if keys.len() >= MAX_INLINE
                || name.kind() != Kind::Str
                || name.flags() & (heap::flags::SUBCLASS | heap::flags::INTERNED)
                    != heap::flags::INTERNED
            {
                return Err(value);
            }
            keys.push(name.clone());
            keys.len() - 1
        }
    };
    set_at(p, cells, ix, value)
}

/// [`set`] at a key index the caller found (see [`get_at`]).
#[inline]
pub fn set_index(obj: &ObjRef, ix: usize, value: ObjRef) -> Result<Stored, ObjRef> {
    let Some((p, cells)) = inline_part(obj) else {
        return Err(value);
    };
    set_at(p, cells, ix, value)
}

fn set_at(
    p: &PyInstance,
    cells: &[Cell<Option<ObjRef>>],
    ix: usize,
    value: ObjRef,
) -> Result<Stored, ObjRef> {
    let Some(cell) = cells.get(ix) else {
        return Err(value);
    };
    let old = cell.replace(Some(value));
    if old.is_none() {
        // A cleared instance (the collector empties cells without
        // touching the order) may still list the index.
        remove_from_order(p, ix);
        let n = p.order_len.get();
        p.order.set(p.order.get() | (ix as u64) << (4 * n));
        p.order_len.set(n + 1);
    }
    Ok((ix, old))
}

/// Deletes attribute `name` of an instance whose attributes are inline:
/// `Value(old)` when it was set, `Absent` when not, `Dict` to use the dict.
pub fn delete(obj: &ObjRef, name: &ObjRef) -> Inline {
    let Some((p, cells, ix)) = locate(obj, name) else {
        return Inline::Dict;
    };
    let old = ix.and_then(|i| cells.get(i).and_then(|c| c.take()).map(|v| (i, v)));
    match old {
        Some((i, v)) => {
            remove_from_order(p, i);
            Inline::Value(v)
        }
        None => Inline::Absent,
    }
}

fn remove_from_order(p: &PyInstance, ix: usize) {
    let (order, n) = (p.order.get(), p.order_len.get());
    let Some(pos) = (0..n).find(|&k| (order >> (4 * k)) & 0xf == ix as u64) else {
        return;
    };
    let low = order & ((1u64 << (4 * pos)) - 1);
    let high = if pos + 1 >= 16 {
        0
    } else {
        (order >> (4 * (pos + 1))) << (4 * pos)
    };
    p.order.set(low | high);
    p.order_len.set(n - 1);
}

/// Takes the inline attributes out of an instance, as (name, value) in
/// the order they were first set, leaving it with none: the instance is
/// about to get a dict holding them.
pub fn take_all(obj: &ObjRef) -> Vec<(ObjRef, ObjRef)> {
    let Some((p, cells)) = inline_part(obj) else {
        return Vec::new();
    };
    let ty = obj.type_of();
    let keys = match ty.downcast::<PyType>() {
        Some(t) => t.inline_keys.borrow().clone(),
        None => Vec::new(),
    };
    let (order, n) = (p.order.get(), p.order_len.get());
    p.order.set(0);
    p.order_len.set(0);
    let mut out = Vec::with_capacity(n as usize);
    for k in 0..n {
        let ix = ((order >> (4 * k)) & 0xf) as usize;
        if let (Some(name), Some(v)) = (keys.get(ix), cells.get(ix).and_then(|c| c.take())) {
            out.push((name.clone(), v));
        }
    }
    out
}

/// Number of inline attributes set (0 once the instance has a dict).
pub fn inline_len(obj: &ObjRef) -> usize {
    inline_part(obj).map_or(0, |(p, _)| p.order_len.get() as usize)
}

/// Number of inline value cells of an instance (for `sys.getsizeof`).
pub fn inline_capacity(obj: &ObjRef) -> usize {
    obj.downcast::<PyInstance>()
        .map_or(0, |p| p.inline_cap as usize)
}

impl crate::heap::Trace for PyInstance {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        match self.dict.try_borrow() {
            Ok(d) => {
                crate::heap::visit_opt(&d, visit);
                true
            }
            Err(_) => false,
        }
    }

    fn clear(&self) {
        let Ok(mut cell) = self.dict.try_borrow_mut() else {
            return;
        };
        let old = std::mem::take(&mut *cell);
        drop(cell);
        drop(old);
    }
}
