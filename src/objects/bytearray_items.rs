//! Item and slice access of bytearray (`b[i]`, `b[i:j] = ...`, `del b[i]`),
//! the resize rules they share with the mutating methods (a bytearray
//! exported to a memoryview cannot change length), and the conversion of
//! a value to bytes for assignment and `extend`.

use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::bytearray::{PyByteArray, RESIZE_EXPORTED};
use crate::objects::bytes::bytes_like;
use crate::vm::Vm;
use crate::vm::items::adjust_slice;

impl Vm {
    /// A new bytearray holding `data`.
    pub fn new_bytearray(&self, data: Vec<u8>) -> ObjRef {
        crate::heap::alloc_object(&self.types.bytearray, PyByteArray::new(data))
    }

    /// The BufferError of resizing an exported bytearray, if `ba` is
    /// exported.
    pub fn bytearray_check_resize(&self, ba: &PyByteArray) -> PyResult<()> {
        if ba.exports.get() > 0 {
            return Err(self.new_error(&self.exc.buffer_error, RESIZE_EXPORTED));
        }
        Ok(())
    }

    /// A byte value from an int object: "byte must be in range(0, 256)".
    pub fn byte_value(&mut self, v: &ObjRef) -> PyResult<u8> {
        let n = self.expect_index(v)?;
        u8::try_from(n).map_err(|_| self.value_error("byte must be in range(0, 256)"))
    }

    /// The bytes of a bytes-like object or an iterable of ints (the value
    /// of a slice assignment, the argument of `extend`).
    pub fn bytes_from_iterable(&mut self, v: &ObjRef) -> PyResult<Vec<u8>> {
        if let Some(b) = bytes_like(v) {
            return Ok(b.into_owned());
        }
        let items = self.collect_iterable(v)?;
        let mut out = Vec::with_capacity(items.len());
        for it in &items {
            out.push(self.byte_value(it)?);
        }
        Ok(out)
    }

    /// Resolves index `key` of a sequence of `len` items for `what`
    /// ("bytearray", "memoryview").
    fn byte_index(&mut self, key: &ObjRef, len: usize, what: &str) -> PyResult<usize> {
        let Some(i) = self.index_value(key)? else {
            return Err(self.type_error(format!(
                "{what} indices must be integers or slices, not {}",
                self.type_name(key)
            )));
        };
        let j = if i < 0 {
            i.saturating_add(len as i64)
        } else {
            i
        };
        if j < 0 || j >= len as i64 {
            let msg = if what == "memoryview" {
                "index out of bounds on dimension 1".to_string()
            } else {
                format!("{what} index out of range")
            };
            return Err(self.index_error(msg));
        }
        Ok(j as usize)
    }

    /// `b[key]` for a bytearray.
    pub fn bytearray_getitem(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult {
        let Some(ba) = obj.downcast::<PyByteArray>() else {
            return Err(self.type_error("expected a bytearray"));
        };
        if key.kind() == Kind::Slice {
            let (start, stop, step) = self.slice_unpack(key)?;
            let data = ba.data.borrow();
            let s = adjust_slice(start, stop, step, data.len());
            let out: Vec<u8> = s.indices().map(|i| data[i]).collect();
            drop(data);
            return Ok(self.new_bytearray(out));
        }
        let i = self.byte_index(key, ba.len(), "bytearray")?;
        let v = ba.data.borrow().get(i).copied().unwrap_or(0);
        Ok(self.new_int(i64::from(v)))
    }

    /// `b[key] = value` for a bytearray.
    pub fn bytearray_setitem(
        &mut self,
        obj: &ObjRef,
        key: &ObjRef,
        value: &ObjRef,
    ) -> PyResult<()> {
        let Some(ba) = obj.downcast::<PyByteArray>() else {
            return Err(self.type_error("expected a bytearray"));
        };
        if key.kind() != Kind::Slice {
            let Some(_) = self.index_value(key)? else {
                return Err(self.type_error(format!(
                    "bytearray indices must be integers or slices, not {}",
                    self.type_name(key)
                )));
            };
            let b = self.byte_value(value)?;
            let i = self.byte_index(key, ba.len(), "bytearray")?;
            ba.data.borrow_mut()[i] = b;
            return Ok(());
        }
        let new = if value.is(obj) {
            ba.to_vec()
        } else if matches!(value.kind(), Kind::Int | Kind::BigInt) || value.kind() == Kind::Str {
            return Err(self.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        } else {
            match bytes_like(value) {
                Some(b) => b.into_owned(),
                None => {
                    if self.get_iter(value).is_err() {
                        return Err(self.type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    self.bytes_from_iterable(value)?
                }
            }
        };
        let (start, stop, step) = self.slice_unpack(key)?;
        let s = adjust_slice(start, stop, step, ba.len());
        if step == 1 {
            let lo = s.start as usize;
            let hi = (s.stop.max(s.start)) as usize;
            return self.bytearray_splice(ba, lo, hi, &new);
        }
        if new.len() != s.len {
            return Err(self.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                s.len
            )));
        }
        let mut data = ba.data.borrow_mut();
        for (i, b) in s.indices().zip(new) {
            data[i] = b;
        }
        Ok(())
    }

    /// Replaces `lo..hi` of `ba` with `new` (CPython's
    /// `bytearray_setslice_linear`, with its allocation steps).
    pub fn bytearray_splice(
        &mut self,
        ba: &PyByteArray,
        lo: usize,
        hi: usize,
        new: &[u8],
    ) -> PyResult<()> {
        let len = ba.len();
        let removed = hi - lo;
        if new.len() != removed {
            self.bytearray_check_resize(ba)?;
            let size = len - removed + new.len();
            if !crate::heap::try_reserve(size) {
                return Err(self.memory_error());
            }
            if new.len() < removed && lo == 0 {
                ba.note_front_drop(removed - new.len(), size);
            } else {
                ba.note_resize(size);
            }
        }
        ba.data.borrow_mut().splice(lo..hi, new.iter().copied());
        Ok(())
    }

    /// `del b[key]` for a bytearray.
    pub fn bytearray_delitem(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult<()> {
        let Some(ba) = obj.downcast::<PyByteArray>() else {
            return Err(self.type_error("expected a bytearray"));
        };
        if key.kind() != Kind::Slice {
            let i = self.byte_index(key, ba.len(), "bytearray")?;
            return self.bytearray_splice(ba, i, i + 1, &[]);
        }
        let (start, stop, step) = self.slice_unpack(key)?;
        let s = adjust_slice(start, stop, step, ba.len());
        if step == 1 {
            let lo = s.start as usize;
            let hi = (s.stop.max(s.start)) as usize;
            return self.bytearray_splice(ba, lo, hi, &[]);
        }
        if s.len == 0 {
            return Ok(());
        }
        self.bytearray_check_resize(ba)?;
        let drop: std::collections::HashSet<usize> = s.indices().collect();
        let kept: Vec<u8> = ba
            .data
            .borrow()
            .iter()
            .enumerate()
            .filter(|(i, _)| !drop.contains(i))
            .map(|(_, &b)| b)
            .collect();
        ba.note_resize(kept.len());
        *ba.data.borrow_mut() = kept;
        Ok(())
    }

    /// Appends `extra` to `ba` (`extend`, `+=`).
    pub fn bytearray_append_all(&mut self, ba: &PyByteArray, extra: &[u8]) -> PyResult<()> {
        let len = ba.len();
        self.bytearray_splice(ba, len, len, extra)
    }
}
