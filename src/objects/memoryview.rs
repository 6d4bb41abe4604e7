//! memoryview: a view of the bytes of a bytes or bytearray object, sharing
//! its buffer. A view is one-dimensional: `len` items of `itemsize` bytes,
//! item `i` starting `start + i * step` bytes into the object's buffer.
//! While a view of a bytearray is alive and not released, the bytearray
//! counts it as an export and refuses to change its length.

use crate::heap::{Kind, ObjRef};
use crate::objects::bytearray::PyByteArray;
use crate::objects::bytes::PyBytes;
use std::cell::{Cell, RefCell};

/// The payload of a memoryview.
pub struct PyMemoryView {
    /// The object whose buffer is viewed (bytes or bytearray); `None` once
    /// the view is released.
    pub obj: RefCell<Option<ObjRef>>,
    /// Byte offset of the first item in the object's buffer.
    pub start: usize,
    /// Number of items (`shape[0]`).
    pub len: usize,
    /// Bytes from one item to the next (`strides[0]`, negative for
    /// reversed slices).
    pub step: isize,
    /// Whether writes are refused (views of bytes).
    pub readonly: bool,
    /// The struct format of an item (`'B'` unless cast).
    pub format: &'static str,
    /// Bytes per item.
    pub itemsize: usize,
    /// Cached hash (-1 until computed).
    pub hash: Cell<i64>,
}

impl PyMemoryView {
    /// A view of all of `obj` (bytes or bytearray) as unsigned bytes; the
    /// caller has checked the kind. Registers the export.
    pub fn whole(obj: &ObjRef) -> PyMemoryView {
        let len = with_base(obj, |b| b.len()).unwrap_or(0);
        PyMemoryView::new(obj, 0, len, 1, "B", 1)
    }

    /// A view of `obj` with the given layout; registers the export.
    pub fn new(
        obj: &ObjRef,
        start: usize,
        len: usize,
        step: isize,
        format: &'static str,
        itemsize: usize,
    ) -> PyMemoryView {
        if let Some(ba) = obj.downcast::<PyByteArray>() {
            ba.exports.set(ba.exports.get() + 1);
        }
        PyMemoryView {
            obj: RefCell::new(Some(obj.clone())),
            start,
            len,
            step,
            readonly: obj.kind() != Kind::ByteArray,
            format,
            itemsize,
            hash: Cell::new(-1),
        }
    }

    /// The viewed object, or `None` when released.
    pub fn base(&self) -> Option<ObjRef> {
        self.obj.try_borrow().ok().and_then(|o| o.clone())
    }

    /// Whether `release()` was called (or the view was cleared).
    pub fn is_released(&self) -> bool {
        self.base().is_none()
    }

    /// Releases the view: drops the reference and the export.
    pub fn release(&self) {
        let Ok(mut cell) = self.obj.try_borrow_mut() else {
            return;
        };
        let old = cell.take();
        drop(cell);
        if let Some(o) = &old
            && let Some(ba) = o.downcast::<PyByteArray>()
        {
            ba.exports.set(ba.exports.get().saturating_sub(1));
        }
        drop(old);
    }

    /// Byte offsets of the items' first bytes, in order.
    pub fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start as isize + i as isize * self.step) as usize)
    }

    /// Number of bytes the view covers (`nbytes`).
    pub fn nbytes(&self) -> usize {
        self.len * self.itemsize
    }

    /// The viewed bytes in order (`tobytes()`); `None` when released.
    pub fn contents(&self) -> Option<Vec<u8>> {
        let base = self.base()?;
        with_base(&base, |buf| {
            let mut out = Vec::with_capacity(self.nbytes());
            for off in self.offsets() {
                out.extend_from_slice(buf.get(off..off + self.itemsize).unwrap_or(&[]));
            }
            out
        })
    }

    /// Whether the items are adjacent and in order.
    pub fn is_contiguous(&self) -> bool {
        self.len <= 1 || self.step == self.itemsize as isize
    }
}

impl Drop for PyMemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

impl crate::heap::Trace for PyMemoryView {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        let Ok(obj) = self.obj.try_borrow() else {
            return false;
        };
        crate::heap::visit_opt(&obj, visit);
        true
    }

    fn clear(&self) {
        self.release();
    }
}

/// Runs `f` on the buffer of a bytes or bytearray object.
pub fn with_base<R>(obj: &ObjRef, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if let Some(b) = obj.var_items::<PyBytes>() {
        return Some(f(b));
    }
    let ba = obj.downcast::<PyByteArray>()?;
    let data = ba.data.try_borrow().ok()?;
    Some(f(&data))
}

/// Runs `f` on the buffer of a bytearray object, mutably.
pub fn with_base_mut<R>(obj: &ObjRef, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    let ba = obj.downcast::<PyByteArray>()?;
    let mut data = ba.data.try_borrow_mut().ok()?;
    Some(f(&mut data))
}

/// The message of every operation on a released view.
pub const RELEASED: &str = "operation forbidden on released memoryview object";
