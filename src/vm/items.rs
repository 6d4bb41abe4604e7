//! Item access, length, membership and iteration for the built-in
//! containers: `obj[key]`, `obj[key] = v`, `del obj[key]`, `len`, `in`,
//! `iter`, `next`, and slice index arithmetic.

use super::Vm;
use super::subclass::is_subclass_instance;
use crate::heap::{self, Kind, ObjRef};
use crate::objects::bytes::PyBytes;
use crate::objects::dict::PyDict;
use crate::objects::iter::{IterState, PyIter};
use crate::objects::list::PyList;
use crate::objects::methods::list::resize as resize_list;
use crate::objects::range::PyRange;
use crate::objects::set::PySet;
use crate::objects::slice::PySlice;
use crate::objects::tuple::PyTuple;
use crate::objects::{PyErr, PyResult};
use std::cell::RefCell;

/// A slice resolved against a sequence length.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    /// First index.
    pub start: i64,
    /// Stop index.
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
    /// Number of items selected.
    pub len: usize,
}

impl SliceIndices {
    /// The indices selected, in order.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

/// Resolves unpacked slice bounds against a sequence of `len` items
/// (PySlice_AdjustIndices).
pub fn adjust_slice(start: Option<i64>, stop: Option<i64>, step: i64, len: usize) -> SliceIndices {
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            let v = v.saturating_add(len);
            if v < 0 { lower } else { v }
        } else if v >= upper {
            upper
        } else {
            v
        }
    };
    let start = match start {
        None => {
            if step < 0 {
                upper
            } else {
                lower
            }
        }
        Some(v) => clamp(v),
    };
    let stop = match stop {
        None => {
            if step < 0 {
                lower
            } else {
                upper
            }
        }
        Some(v) => clamp(v),
    };
    let n = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    SliceIndices {
        start,
        stop,
        step,
        len: n as usize,
    }
}

impl Vm {
    /// Resolves slice `s` for a sequence of `len` items (PySlice_GetIndicesEx).
    pub fn slice_indices(&mut self, s: &ObjRef, len: usize) -> PyResult<SliceIndices> {
        let (start, stop, step) = self.slice_unpack(s)?;
        Ok(adjust_slice(start, stop, step, len))
    }

    /// Reads a slice's start, stop and step as integers (`None` for an
    /// omitted bound), running `__index__` where needed (PySlice_Unpack).
    /// The bounds are resolved against a length afterwards with
    /// [`adjust_slice`], so a caller can take the length after any Python
    /// code here has run, as CPython does.
    pub fn slice_unpack(&mut self, s: &ObjRef) -> PyResult<(Option<i64>, Option<i64>, i64)> {
        let (start, stop, step) = match s.downcast::<PySlice>() {
            Some(p) => (p.start.clone(), p.stop.clone(), p.step.clone()),
            None => return Err(self.type_error("expected a slice")),
        };
        let step = if step.is(&self.none) {
            1
        } else {
            let v = self.slice_component(&step)?;
            if v == 0 {
                return Err(self.value_error("slice step cannot be zero"));
            }
            v.max(-i64::MAX)
        };
        let start = if start.is(&self.none) {
            None
        } else {
            Some(self.slice_component(&start)?)
        };
        let stop = if stop.is(&self.none) {
            None
        } else {
            Some(self.slice_component(&stop)?)
        };
        Ok((start, stop, step))
    }

    /// [`Vm::slice_unpack`] for slicing a range, whose length can pass
    /// i64: the indices are kept as i128, saturated far beyond any range's
    /// length.
    fn range_slice_unpack(&mut self, s: &ObjRef) -> PyResult<(Option<i128>, Option<i128>, i128)> {
        let (start, stop, step) = match s.downcast::<PySlice>() {
            Some(p) => (p.start.clone(), p.stop.clone(), p.step.clone()),
            None => return Err(self.type_error("expected a slice")),
        };
        let step = match self.range_slice_component(&step)? {
            None => 1,
            Some(0) => return Err(self.value_error("slice step cannot be zero")),
            Some(v) => v,
        };
        let start = self.range_slice_component(&start)?;
        let stop = self.range_slice_component(&stop)?;
        Ok((start, stop, step))
    }

    fn range_slice_component(&mut self, v: &ObjRef) -> PyResult<Option<i128>> {
        if v.is(&self.none) {
            return Ok(None);
        }
        let v = &self.number_index(v)?.unwrap_or_else(|| v.clone());
        let Some(b) = crate::vm::ops::as_bigint(v).filter(|_| v.kind() != Kind::Float) else {
            return Err(self
                .type_error("slice indices must be integers or None or have an __index__ method"));
        };
        // Past 2**120 every index is clamped to the range's ends anyway.
        let limit = 1i128 << 120;
        Ok(Some(
            num_traits::ToPrimitive::to_i128(&b)
                .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    -limit
                } else {
                    limit
                })
                .clamp(-limit, limit),
        ))
    }

    fn slice_component(&mut self, v: &ObjRef) -> PyResult<i64> {
        match self.index_value(v)? {
            Some(i) => Ok(i),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// A new slice object.
    pub fn new_slice(&self, start: ObjRef, stop: ObjRef, step: ObjRef) -> ObjRef {
        heap::alloc_object(&self.types.slice, PySlice { start, stop, step })
    }

    /// Resolves index `key` into `0..len` for sequence type `what`.
    fn seq_index(&mut self, key: &ObjRef, len: usize, what: &str) -> PyResult<usize> {
        let resolved = if self.is_user_object(key) {
            self.number_index(key)?
        } else if matches!(key.kind(), Kind::Int | Kind::BigInt) {
            Some(key.clone())
        } else {
            None
        };
        if resolved.as_ref().is_some_and(|r| r.kind() == Kind::BigInt) {
            return Err(self.index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                self.type_name(key)
            )));
        }
        let i = match resolved.as_ref().map(|r| self.index_value(r)) {
            Some(r) => r?.unwrap_or(0),
            None => {
                return Err(self.type_error(if what == "str" {
                    format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(key)
                    )
                } else {
                    format!(
                        "{} indices must be integers or slices, not {}",
                        if what == "bytes" { "byte" } else { what },
                        self.type_name(key)
                    )
                }));
            }
        };
        let j = if i < 0 {
            i.saturating_add(len as i64)
        } else {
            i
        };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(match what {
                "str" => "string index out of range".to_string(),
                "bytes" => "index out of range".to_string(),
                "range" => "range object index out of range".to_string(),
                _ => format!("{what} index out of range"),
            }));
        }
        Ok(j as usize)
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult {
        if is_subclass_instance(obj)
            && let Some(v) = self.subclass_call(obj, "__getitem__", std::slice::from_ref(key))?
        {
            return Ok(v);
        }
        self.getitem_base(obj, key)
    }

    /// The built-in behaviour of the operation above (what the base type's
    /// dunder method does for a subclass instance).
    pub fn getitem_base(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult {
        if let Some(t) = crate::modules::weakref::unproxy(self, obj)? {
            return self.getitem(&t, key);
        }
        match obj.kind() {
            Kind::List => {
                if key.kind() == Kind::Slice {
                    let (start, stop, step) = self.slice_unpack(key)?;
                    let out: Vec<ObjRef> = match obj.downcast::<PyList>() {
                        Some(l) => {
                            let items = l.items.borrow();
                            let s = adjust_slice(start, stop, step, items.len());
                            if s.step == 1 {
                                let a = s.start as usize;
                                items[a..a + s.len].to_vec()
                            } else {
                                s.indices().map(|i| items[i].clone()).collect()
                            }
                        }
                        None => Vec::new(),
                    };
                    return Ok(self.new_list(out));
                }
                let len = obj
                    .downcast::<PyList>()
                    .map(|l| l.items.borrow().len())
                    .unwrap_or(0);
                let i = self.seq_index(key, len, "list")?;
                let v = obj
                    .downcast::<PyList>()
                    .and_then(|l| l.items.borrow().get(i).cloned());
                v.ok_or_else(|| self.index_error("list index out of range"))
            }
            Kind::Tuple => {
                let items = obj.var_items::<PyTuple>().unwrap_or(&[]);
                if key.kind() == Kind::Slice {
                    let s = self.slice_indices(key, items.len())?;
                    let items = obj.var_items::<PyTuple>().unwrap_or(&[]);
                    if s.step == 1 && s.len == items.len() && !is_subclass_instance(obj) {
                        return Ok(obj.clone());
                    }
                    if s.step == 1 {
                        let a = s.start as usize;
                        return Ok(self.new_tuple_from(&items[a..a + s.len]));
                    }
                    let out: Vec<ObjRef> = s.indices().map(|i| items[i].clone()).collect();
                    return Ok(self.new_tuple(out));
                }
                let len = items.len();
                let i = self.seq_index(key, len, "tuple")?;
                Ok(obj.var_items::<PyTuple>().unwrap_or(&[])[i].clone())
            }
            Kind::Str => self.str_getitem(obj, key),
            Kind::Bytes => {
                let data = obj.var_items::<PyBytes>().unwrap_or(&[]).to_vec();
                if key.kind() == Kind::Slice {
                    let s = self.slice_indices(key, data.len())?;
                    // The whole of an exact bytes is the bytes itself.
                    if s.step == 1 && s.len == data.len() && !is_subclass_instance(obj) {
                        return Ok(obj.clone());
                    }
                    let out: Vec<u8> = s.indices().map(|i| data[i]).collect();
                    return Ok(self.new_bytes(&out));
                }
                let i = self.seq_index(key, data.len(), "bytes")?;
                Ok(self.new_int(data[i] as i64))
            }
            Kind::Dict => match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => {
                    // dict subclasses: `__missing__(key)` answers instead.
                    if let Some(v) =
                        self.subclass_call(obj, "__missing__", std::slice::from_ref(key))?
                    {
                        return Ok(v);
                    }
                    Err(self.key_error(key.clone()))
                }
            },
            Kind::MappingProxy => match self.proxied(obj) {
                Some(m) => self.getitem(&m, key),
                None => Err(self.key_error(key.clone())),
            },
            Kind::Type => self.class_getitem(obj, key),
            Kind::ByteArray => self.bytearray_getitem(obj, key),
            Kind::MemoryView => self.memoryview_getitem(obj, key),
            Kind::Range => {
                if key.kind() == Kind::Slice {
                    let (a, b, c) = self.range_slice_unpack(key)?;
                    let Some(r) = obj.downcast::<PyRange>() else {
                        return Err(self.type_error("bad range"));
                    };
                    let Some((start, stop, step)) = r.slice(a, b, c) else {
                        return Err(
                            self.overflow_error("Python int too large to convert to C ssize_t")
                        );
                    };
                    return Ok(self.new_range(start, stop, step));
                }
                let (start, step, len) = match obj.downcast::<PyRange>() {
                    Some(r) => (r.start, r.step, r.len()),
                    None => return Err(self.type_error("bad range")),
                };
                let key = &self.number_index(key)?.unwrap_or_else(|| key.clone());
                let i = match key.kind() {
                    Kind::Int | Kind::BigInt => crate::vm::ops::as_bigint(key)
                        .and_then(|b| num_traits::ToPrimitive::to_i128(&b))
                        .unwrap_or(i128::MAX),
                    _ => {
                        return Err(self.type_error(format!(
                            "range indices must be integers or slices, not {}",
                            self.type_name(key)
                        )));
                    }
                };
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return Err(self.index_error("range object index out of range"));
                }
                Ok(self.new_i128(start + j * step))
            }
            Kind::Instance | Kind::Exception if self.is_user_object(obj) => {
                match self.call_dunder(obj, "__getitem__", std::slice::from_ref(key))? {
                    Some(v) => Ok(v),
                    None => Err(self.not_supported(obj, "is not subscriptable")),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            ))),
        }
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &ObjRef, key: &ObjRef, value: ObjRef) -> PyResult<()> {
        if is_subclass_instance(obj)
            && self
                .subclass_call(obj, "__setitem__", &[key.clone(), value.clone()])?
                .is_some()
        {
            return Ok(());
        }
        self.setitem_base(obj, key, value)
    }

    /// The built-in behaviour of the operation above (what the base type's
    /// dunder method does for a subclass instance).
    pub fn setitem_base(&mut self, obj: &ObjRef, key: &ObjRef, value: ObjRef) -> PyResult<()> {
        if let Some(t) = crate::modules::weakref::unproxy(self, obj)? {
            return self.setitem(&t, key, value);
        }
        match obj.kind() {
            Kind::List => {
                if key.kind() == Kind::Slice {
                    return self.list_set_slice(obj, key, &value);
                }
                let len = obj
                    .downcast::<PyList>()
                    .map(|l| l.items.borrow().len())
                    .unwrap_or(0);
                let i = match self.seq_index(key, len, "list") {
                    Ok(i) => i,
                    Err(e) => {
                        if self.isinstance(&e.0, &self.exc.index_error.clone()) {
                            return Err(self.index_error("list assignment index out of range"));
                        }
                        return Err(e);
                    }
                };
                let old = obj
                    .downcast::<PyList>()
                    .map(|l| std::mem::replace(&mut l.items.borrow_mut()[i], value));
                drop(old);
                Ok(())
            }
            Kind::Dict => self.dict_set(obj, key.clone(), value),
            Kind::ByteArray => self.bytearray_setitem(obj, key, &value),
            Kind::MemoryView => self.memoryview_setitem(obj, key, &value),
            Kind::Instance if self.has_dunder(obj, "__setitem__") => {
                self.call_dunder(obj, "__setitem__", &[key.clone(), value])?;
                Ok(())
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    fn list_set_slice(&mut self, obj: &ObjRef, key: &ObjRef, value: &ObjRef) -> PyResult<()> {
        // The slice is resolved against the length before the value is
        // iterated, as CPython does.
        let len = obj
            .downcast::<PyList>()
            .map(|l| l.items.borrow().len())
            .unwrap_or(0);
        let s = self.slice_indices(key, len)?;
        let new_items = if value.is(obj) {
            self.sequence_items(value)?
        } else {
            match value.kind() {
                Kind::List | Kind::Tuple => self.sequence_items(value)?,
                _ => {
                    if self.get_iter(value).is_err() {
                        return Err(self.type_error(if s.step == 1 {
                            "can only assign an iterable"
                        } else {
                            "must assign iterable to extended slice"
                        }));
                    }
                    self.collect_iterable(value)?
                }
            }
        };
        let removed: Vec<ObjRef> = if s.step == 1 {
            let start = s.start.clamp(0, len as i64) as usize;
            let stop = (s.stop.max(s.start)).clamp(0, len as i64) as usize;
            let list = match obj.downcast::<PyList>() {
                Some(l) => l,
                None => return Ok(()),
            };
            // CPython's list_ass_slice: the buffer grows before and
            // shrinks after, by list_resize's rules.
            let mut items = list.items.borrow_mut();
            let old_len = items.len();
            let new_len = old_len - (stop - start) + new_items.len();
            if new_len > old_len {
                resize_list(self, &mut items, old_len, new_len)?;
            }
            let removed: Vec<ObjRef> = items.splice(start..stop, new_items).collect();
            if new_len < old_len {
                resize_list(self, &mut items, old_len, new_len)?;
            }
            drop(items);
            crate::objects::list::drop_reversed(removed);
            Vec::new()
        } else {
            if new_items.len() != s.len {
                return Err(self.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new_items.len(),
                    s.len
                )));
            }
            let list = match obj.downcast::<PyList>() {
                Some(l) => l,
                None => return Ok(()),
            };
            let mut items = list.items.borrow_mut();
            s.indices()
                .zip(new_items)
                .map(|(i, v)| std::mem::replace(&mut items[i], v))
                .collect()
        };
        drop(removed);
        Ok(())
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult<()> {
        if is_subclass_instance(obj)
            && self
                .subclass_call(obj, "__delitem__", std::slice::from_ref(key))?
                .is_some()
        {
            return Ok(());
        }
        self.delitem_base(obj, key)
    }

    /// The built-in behaviour of the operation above (what the base type's
    /// dunder method does for a subclass instance).
    pub fn delitem_base(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult<()> {
        if let Some(t) = crate::modules::weakref::unproxy(self, obj)? {
            return self.delitem(&t, key);
        }
        match obj.kind() {
            Kind::List => {
                let len = obj
                    .downcast::<PyList>()
                    .map(|l| l.items.borrow().len())
                    .unwrap_or(0);
                if key.kind() == Kind::Slice {
                    let s = self.slice_indices(key, len)?;
                    let list = match obj.downcast::<PyList>() {
                        Some(l) => l,
                        None => return Ok(()),
                    };
                    let removed: Vec<ObjRef> = {
                        let mut items = list.items.borrow_mut();
                        let mut idx: Vec<usize> = s.indices().collect();
                        idx.sort_unstable();
                        let old_len = items.len();
                        let out = remove_sorted_indices(&mut items, &idx);
                        let new_len = items.len();
                        if new_len < old_len {
                            resize_list(self, &mut items, old_len, new_len)?;
                        }
                        out
                    };
                    // Dropped once the list is no longer borrowed (a
                    // finalizer may look at it), highest index first as
                    // CPython's decrefs go.
                    drop(removed);
                    return Ok(());
                }
                let i = match self.seq_index(key, len, "list") {
                    Ok(i) => i,
                    Err(e) => {
                        if self.isinstance(&e.0, &self.exc.index_error.clone()) {
                            return Err(self.index_error("list assignment index out of range"));
                        }
                        return Err(e);
                    }
                };
                let old = obj
                    .downcast::<PyList>()
                    .map(|l| l.items.borrow_mut().remove(i));
                drop(old);
                Ok(())
            }
            Kind::Dict => match self.dict_remove(obj, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Kind::ByteArray => self.bytearray_delitem(obj, key),
            Kind::MemoryView => {
                let (mv, _) = self.live_view(obj)?;
                Err(self.type_error(if mv.readonly {
                    "cannot modify read-only memory"
                } else {
                    "cannot delete memory"
                }))
            }
            Kind::Instance if self.has_dunder(obj, "__delitem__") => {
                self.call_dunder(obj, "__delitem__", std::slice::from_ref(key))?;
                Ok(())
            }
            Kind::MappingProxy => {
                Err(self.type_error("'mappingproxy' object does not support item deletion"))
            }
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))),
        }
    }

    /// `len(obj)`.
    pub fn len(&mut self, obj: &ObjRef) -> PyResult<usize> {
        if is_subclass_instance(obj) && self.subclass_override(obj, "__len__").is_some() {
            return self.user_len(obj);
        }
        self.len_base(obj)
    }

    /// The built-in behaviour of the operation above (what the base type's
    /// dunder method does for a subclass instance).
    pub fn len_base(&mut self, obj: &ObjRef) -> PyResult<usize> {
        if let Some(t) = crate::modules::weakref::unproxy(self, obj)? {
            return self.len(&t);
        }
        Ok(match obj.kind() {
            Kind::Str => obj
                .downcast::<crate::objects::str::PyStr>()
                .map(|s| s.char_len)
                .unwrap_or(0),
            Kind::List => obj
                .downcast::<PyList>()
                .map(|l| l.items.borrow().len())
                .unwrap_or(0),
            Kind::Tuple => obj.var_items::<PyTuple>().map(|t| t.len()).unwrap_or(0),
            Kind::Bytes => obj.var_items::<PyBytes>().map(|t| t.len()).unwrap_or(0),
            Kind::ByteArray => obj
                .downcast::<crate::objects::bytearray::PyByteArray>()
                .map_or(0, |b| b.len()),
            Kind::MemoryView => self.memoryview_len(obj)?,
            Kind::Dict => obj
                .downcast::<PyDict>()
                .map(|d| d.table.borrow().len())
                .unwrap_or(0),
            Kind::Set => obj
                .downcast::<PySet>()
                .map(|d| d.table.borrow().len())
                .unwrap_or(0),
            Kind::Range => {
                let n = obj.downcast::<PyRange>().map(|r| r.len()).unwrap_or(0);
                if n > isize::MAX as i128 {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
                }
                n as usize
            }
            Kind::Instance => return self.user_len(obj),
            Kind::MappingProxy => match self.proxied(obj) {
                Some(m) => return self.len(&m),
                None => 0,
            },
            Kind::Type => match self.metaclass_dunder(obj, "__len__", &[])? {
                Some(n) => {
                    let n = self.expect_index(&n)?;
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    n as usize
                }
                None => {
                    return Err(self.type_error(format!(
                        "object of type '{}' has no len()",
                        self.type_name(obj)
                    )));
                }
            },
            _ => {
                if let Some(n) = super::views::view_len(obj) {
                    return Ok(n);
                }
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(obj)
                )));
            }
        })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &ObjRef, item: &ObjRef) -> PyResult<bool> {
        if is_subclass_instance(container)
            && let Some(r) =
                self.subclass_call(container, "__contains__", std::slice::from_ref(item))?
        {
            return self.truthy(&r);
        }
        self.contains_base(container, item)
    }

    /// The built-in behaviour of the operation above (what the base type's
    /// dunder method does for a subclass instance).
    pub fn contains_base(&mut self, container: &ObjRef, item: &ObjRef) -> PyResult<bool> {
        if let Some(t) = crate::modules::weakref::unproxy(self, container)? {
            return self.contains(&t, item);
        }
        match container.kind() {
            Kind::MappingProxy => match self.proxied(container) {
                Some(m) => self.contains(&m, item),
                None => Ok(false),
            },
            Kind::Tuple => {
                let items = container.var_items::<PyTuple>().unwrap_or(&[]);
                for it in items {
                    if self.eq_or_identical(it, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Kind::List => {
                // By index with a fresh borrow per item, like CPython's
                // list_contains: `__eq__` may mutate the list.
                let Some(l) = container.downcast::<PyList>() else {
                    return Ok(false);
                };
                let mut i = 0;
                loop {
                    let it = match l.items.borrow().get(i) {
                        Some(v) => v.clone(),
                        None => return Ok(false),
                    };
                    if self.eq_or_identical(&it, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Kind::Str => match item.as_str() {
                Some(needle) => Ok(container.as_str().unwrap_or("").contains(needle)),
                None => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Kind::Bytes | Kind::ByteArray => {
                let hay = crate::objects::bytes::bytes_like(container)
                    .unwrap_or_default()
                    .into_owned();
                if let Some(n) = self.index_value(item)? {
                    if !(0..256).contains(&n) {
                        return Err(self.value_error("byte must be in range(0, 256)"));
                    }
                    return Ok(hay.contains(&(n as u8)));
                }
                match crate::objects::bytes::bytes_like(item) {
                    Some(needle) => {
                        let needle = &needle[..];
                        Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle))
                    }
                    None => Err(self.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name(item)
                    ))),
                }
            }
            Kind::Dict => Ok(self.dict_get(container, item)?.is_some()),
            Kind::Set => self.set_contains(container, item),
            Kind::Instance if self.has_dunder(container, "__contains__") => {
                let r = self.call_dunder(container, "__contains__", std::slice::from_ref(item))?;
                match r {
                    Some(r) => self.truthy(&r),
                    None => Ok(false),
                }
            }
            Kind::Range => {
                let r = container
                    .downcast::<PyRange>()
                    .map(|r| (r.start, r.stop, r.step, r.len()));
                let Some((start, _stop, step, len)) = r else {
                    return Ok(false);
                };
                if matches!(item.kind(), Kind::Int | Kind::BigInt) {
                    let Some(v) = crate::vm::ops::as_bigint(item)
                        .and_then(|b| num_traits::ToPrimitive::to_i128(&b))
                    else {
                        return Ok(false);
                    };
                    let off = v - start;
                    if off % step != 0 {
                        return Ok(false);
                    }
                    let k = off / step;
                    return Ok(k >= 0 && k < len);
                }
                let it = self.get_iter(container)?;
                while let Some(v) = self.next(&it)? {
                    if self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some(found) = super::views::view_contains(self, container, item)? {
                    return Ok(found);
                }
                let it = match self.get_iter(container) {
                    Ok(it) => it,
                    Err(_) => {
                        return Err(self.type_error(format!(
                            "argument of type '{}' is not iterable",
                            self.type_name(container)
                        )));
                    }
                };
                while let Some(v) = self.next(&it)? {
                    if self.eq_or_identical(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// A new built-in iterator object of type `ty`.
    pub fn new_iter(&self, ty: &ObjRef, state: IterState) -> ObjRef {
        heap::alloc_object(
            ty,
            PyIter {
                state: RefCell::new(state),
            },
        )
    }

    /// `iter(obj)`.
    pub fn get_iter(&mut self, obj: &ObjRef) -> PyResult {
        if is_subclass_instance(obj) && self.subclass_override(obj, "__iter__").is_some() {
            return self.user_iter(obj);
        }
        self.get_iter_base(obj)
    }

    /// The built-in behaviour of the operation above (what the base type's
    /// dunder method does for a subclass instance).
    pub fn get_iter_base(&mut self, obj: &ObjRef) -> PyResult {
        if let Some(t) = crate::modules::weakref::unproxy(self, obj)? {
            return self.get_iter(&t);
        }
        let seq = |obj: &ObjRef| IterState::Seq {
            seq: Some(obj.clone()),
            index: 0,
        };
        Ok(match obj.kind() {
            Kind::List => self.new_iter(&self.types.list_iterator, seq(obj)),
            Kind::Tuple => self.new_iter(&self.types.tuple_iterator, seq(obj)),
            Kind::Str => {
                // CPython iterates an ASCII str with its own iterator type.
                let ascii = obj.as_str().is_none_or(|s| s.is_ascii());
                let ty = if ascii {
                    &self.types.str_iterator
                } else {
                    &self.types.str_unicode_iterator
                };
                self.new_iter(ty, seq(obj))
            }
            Kind::Bytes => self.new_iter(&self.types.bytes_iterator, seq(obj)),
            Kind::ByteArray => self.new_iter(&self.types.bytearray_iterator, seq(obj)),
            Kind::MemoryView => {
                self.live_view(obj)?;
                self.new_iter(&self.types.memory_iterator, seq(obj))
            }
            Kind::Range => {
                let (start, len, step, long) = obj
                    .downcast::<PyRange>()
                    .map(|r| (r.start, r.len(), r.step, r.is_long()))
                    .unwrap_or((0, 0, 1, false));
                self.new_iter(
                    if long {
                        &self.types.longrange_iterator
                    } else {
                        &self.types.range_iterator
                    },
                    IterState::Range {
                        next: start,
                        remaining: len,
                        step,
                    },
                )
            }
            Kind::Dict => {
                let size = obj
                    .downcast::<PyDict>()
                    .map(|d| d.table.borrow().len())
                    .unwrap_or(0);
                self.new_iter(
                    &self.types.dict_keyiterator,
                    IterState::Dict {
                        dict: Some(obj.clone()),
                        pos: 0,
                        size,
                        left: size,
                        what: 0,
                    },
                )
            }
            Kind::Set => {
                let size = obj
                    .downcast::<PySet>()
                    .map(|d| d.table.borrow().len())
                    .unwrap_or(0);
                self.new_iter(
                    &self.types.set_iterator,
                    IterState::Dict {
                        dict: Some(obj.clone()),
                        pos: 0,
                        size,
                        left: size,
                        what: 3,
                    },
                )
            }
            Kind::Iter => super::views::view_iter(self, obj).unwrap_or_else(|| obj.clone()),
            Kind::Generator => obj.clone(),
            Kind::Instance => return self.user_iter(obj),
            Kind::MappingProxy => match self.proxied(obj) {
                Some(m) => return self.get_iter(&m),
                None => obj.clone(),
            },
            _ => {
                return Err(
                    self.type_error(format!("'{}' object is not iterable", self.type_name(obj)))
                );
            }
        })
    }

    /// FOR_ITER's inline step over the two iterators loops use most, a
    /// range and a list: `Some(Some(v))` the next item, `Some(None)` the
    /// end, `None` when `it` is another iterator (the caller uses
    /// [`Vm::next`]). Reads the iterator in place, so the loop does not
    /// count a reference to it per item.
    #[inline(always)]
    pub(super) fn next_fast(&self, it: &ObjRef) -> Option<Option<ObjRef>> {
        if it.kind() != Kind::Iter {
            return None;
        }
        let p = it.downcast::<PyIter>()?;
        let mut st = p.state.try_borrow_mut().ok()?;
        match &mut *st {
            IterState::Range {
                next,
                remaining,
                step,
            } => {
                let v = range_step(next, remaining, *step);
                drop(st);
                Some(v.map(|v| self.new_i128(v)))
            }
            IterState::Seq {
                seq: Some(s),
                index,
            } if s.kind() == Kind::List => {
                let item = s.downcast::<PyList>()?.items.borrow().get(*index).cloned();
                match item {
                    Some(v) => {
                        *index += 1;
                        Some(Some(v))
                    }
                    // The end: the general path drops the list.
                    None => None,
                }
            }
            _ => None,
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration is not raised
    /// for built-in iterators, saving an allocation per loop).
    pub fn next(&mut self, it: &ObjRef) -> PyResult<Option<ObjRef>> {
        if it.kind() == Kind::Generator {
            return self.generator_next(it);
        }
        if it.kind() == Kind::Instance {
            return self.user_next(it);
        }
        let Some(p) = it.downcast::<PyIter>() else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        // Fast, borrow-contained cases first.
        {
            let mut st = p.state.borrow_mut();
            match &mut *st {
                IterState::Range {
                    next,
                    remaining,
                    step,
                } => {
                    let v = range_step(next, remaining, *step);
                    drop(st);
                    return Ok(v.map(|v| self.new_i128(v)));
                }
                IterState::Seq { seq, index } => {
                    let Some(s) = seq else {
                        return Ok(None);
                    };
                    let out = match s.kind() {
                        Kind::List => s
                            .downcast::<PyList>()
                            .and_then(|l| l.items.borrow().get(*index).cloned()),
                        Kind::Tuple => s
                            .var_items::<PyTuple>()
                            .and_then(|t| t.get(*index).cloned()),
                        Kind::Str => {
                            let text = s.as_str().unwrap_or("");
                            match text[*index..].chars().next() {
                                Some(c) => {
                                    *index += c.len_utf8() - 1;
                                    let mut buf = [0u8; 4];
                                    Some(self.new_str(c.encode_utf8(&mut buf)))
                                }
                                None => None,
                            }
                        }
                        Kind::Bytes => s
                            .var_items::<PyBytes>()
                            .and_then(|b| b.get(*index).copied())
                            .map(|b| self.new_int(b as i64)),
                        Kind::ByteArray => s
                            .downcast::<crate::objects::bytearray::PyByteArray>()
                            .and_then(|b| b.data.borrow().get(*index).copied())
                            .map(|b| self.new_int(b as i64)),
                        Kind::MemoryView => {
                            let (s, i) = (s.clone(), *index);
                            drop(st);
                            let len = self.memoryview_len(&s)?;
                            if i >= len {
                                if let IterState::Seq { seq, .. } = &mut *p.state.borrow_mut() {
                                    *seq = None;
                                }
                                drop(s);
                                return Ok(None);
                            }
                            let key = self.new_int(i as i64);
                            let v = self.memoryview_getitem(&s, &key)?;
                            if let IterState::Seq { index, .. } = &mut *p.state.borrow_mut() {
                                *index += 1;
                            }
                            return Ok(Some(v));
                        }
                        _ => {
                            let (s, i) = (s.clone(), *index);
                            *index += 1;
                            drop(st);
                            let r = self.getitem_iteration(&s, i)?;
                            if r.is_none()
                                && let IterState::Seq { seq, .. } = &mut *p.state.borrow_mut()
                            {
                                *seq = None;
                            }
                            return Ok(r);
                        }
                    };
                    match out {
                        Some(v) => {
                            *index += 1;
                            return Ok(Some(v));
                        }
                        None => {
                            let old = seq.take();
                            drop(st);
                            drop(old);
                            return Ok(None);
                        }
                    }
                }
                IterState::Dict {
                    dict,
                    pos,
                    size,
                    left,
                    what,
                } => {
                    let Some(d) = dict.clone() else {
                        return Ok(None);
                    };
                    let table = match d.kind() {
                        Kind::Dict => d.downcast::<PyDict>().map(|x| &x.table),
                        _ => d.downcast::<PySet>().map(|x| &x.table),
                    };
                    let Some(table) = table else {
                        return Ok(None);
                    };
                    let t = table.borrow();
                    if t.len() != *size {
                        let what_kind = if *what == 3 { "Set" } else { "dictionary" };
                        *size = usize::MAX;
                        drop(t);
                        return Err(self.new_error(
                            &self.exc.runtime_error,
                            format!("{what_kind} changed size during iteration"),
                        ));
                    }
                    match t.next_from(*pos) {
                        Some(_) if *left == 0 && *what != 3 => {
                            drop(t);
                            let old = dict.take();
                            drop(st);
                            drop(old);
                            return Err(self.new_error(
                                &self.exc.runtime_error,
                                "dictionary keys changed during iteration",
                            ));
                        }
                        Some((i, e)) => {
                            *pos = i + 1;
                            *left = left.saturating_sub(1);
                            let (k, v) = (e.key.clone(), e.value.clone());
                            let w = *what;
                            drop(t);
                            drop(st);
                            return Ok(Some(match w {
                                0 | 3 => k,
                                1 => v,
                                _ => self.new_tuple(vec![k, v]),
                            }));
                        }
                        None => {
                            drop(t);
                            let old = dict.take();
                            drop(st);
                            drop(old);
                            return Ok(None);
                        }
                    }
                }
                IterState::View { .. } => {
                    drop(st);
                    return Err(self.type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )));
                }
                IterState::Reversed { seq, left } => {
                    let Some(s) = seq.clone() else {
                        return Ok(None);
                    };
                    if *left == 0 {
                        let old = seq.take();
                        drop(st);
                        drop(old);
                        return Ok(None);
                    }
                    *left -= 1;
                    let i = *left;
                    drop(st);
                    let len = self.len(&s)?;
                    if i >= len {
                        return Ok(None);
                    }
                    let key = self.new_int(i as i64);
                    return self.getitem(&s, &key).map(Some);
                }
                _ => {}
            }
        }
        crate::builtins::iterators::next_composite(self, it)
    }

    /// Raises StopIteration-free exhaustion as a Python `StopIteration`
    /// (for `next()` without a default).
    pub fn stop_iteration(&self) -> PyErr {
        PyErr(self.new_exception_obj(&self.exc.stop_iteration, vec![]))
    }

    /// An int from an i128 (a machine word when it fits).
    #[inline]
    pub fn new_i128(&self, v: i128) -> ObjRef {
        match i64::try_from(v) {
            Ok(i) => self.new_int(i),
            Err(_) => self.new_wide_int(v),
        }
    }

    /// `new_i128` past the machine word.
    #[cold]
    #[inline(never)]
    fn new_wide_int(&self, v: i128) -> ObjRef {
        self.new_bigint(num_bigint::BigInt::from(v))
    }

    /// A new range object.
    pub fn new_range(&self, start: i128, stop: i128, step: i128) -> ObjRef {
        heap::alloc_object(&self.types.range, PyRange { start, stop, step })
    }

    /// A new bytes object.
    pub fn new_bytes(&self, data: &[u8]) -> ObjRef {
        match data {
            [] => return self.byte_singletons[256].clone(),
            [b] => return self.byte_singletons[*b as usize].clone(),
            _ => {}
        }
        heap::alloc_var_object_copied(
            &self.types.bytes,
            PyBytes {
                hash: std::cell::Cell::new(-1),
            },
            data,
        )
    }
}

/// Removes the items at `idx` (ascending, distinct) from `items` in O(n) and
/// returns them, highest index first. A run of consecutive indices is one
/// `drain`; scattered ones are few-at-a-time removals or one compaction.
/// One step of a range iterator: the next value, or `None` at the end.
#[inline(always)]
fn range_step(next: &mut i128, remaining: &mut i128, step: i128) -> Option<i128> {
    if *remaining <= 0 {
        return None;
    }
    let v = *next;
    *remaining -= 1;
    *next = next.wrapping_add(step);
    Some(v)
}

fn remove_sorted_indices(items: &mut Vec<ObjRef>, idx: &[usize]) -> Vec<ObjRef> {
    let (Some(&first), Some(&last)) = (idx.first(), idx.last()) else {
        return Vec::new();
    };
    if last - first + 1 == idx.len() {
        let mut out: Vec<ObjRef> = items.drain(first..=last).collect();
        out.reverse();
        return out;
    }
    if idx.len() <= 16 {
        return idx.iter().rev().map(|&i| items.remove(i)).collect();
    }
    // Move the kept items to the front in order; the removed ones gather
    // at the end (their order among themselves is not kept).
    let mut write = first;
    let mut next_removed = 0;
    for read in first..items.len() {
        if next_removed < idx.len() && idx[next_removed] == read {
            next_removed += 1;
            continue;
        }
        items.swap(write, read);
        write += 1;
    }
    items.drain(write..).collect()
}
