//! bytearray: a mutable byte string. The bytes live in a `Vec` owned by the
//! payload; its allocation follows CPython 3.11's `PyByteArray_Resize`
//! (`alloc` below), so `sys.getsizeof` grows in CPython's steps. While a
//! memoryview exports the buffer (`exports > 0`) its length cannot change.

use crate::heap::ObjRef;
use std::cell::{Cell, RefCell};

/// The payload of a bytearray.
pub struct PyByteArray {
    /// The bytes. Never hold a borrow across code that can run Python.
    pub data: RefCell<Vec<u8>>,
    /// CPython's `ob_alloc`: the bytes its buffer would hold (data, the
    /// trailing NUL and over-allocation), for `sys.getsizeof`.
    pub alloc: Cell<usize>,
    /// CPython's `ob_start - ob_bytes`: bytes dropped from the front
    /// without moving the buffer (`del b[:n]`).
    pub offset: Cell<usize>,
    /// Number of memoryviews sharing the buffer.
    pub exports: Cell<usize>,
}

impl PyByteArray {
    /// A bytearray payload holding `data`, allocated as CPython's
    /// `PyByteArray_FromStringAndSize` (exact size plus the NUL).
    pub fn new(data: Vec<u8>) -> PyByteArray {
        let alloc = if data.is_empty() { 0 } else { data.len() + 1 };
        PyByteArray {
            data: RefCell::new(data),
            alloc: Cell::new(alloc),
            offset: Cell::new(0),
            exports: Cell::new(0),
        }
    }

    /// A copy of the contents.
    pub fn to_vec(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }

    /// The current length.
    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }

    /// Whether the bytearray is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Records a change of length from the current one to `size`, as
    /// `PyByteArray_Resize` picks the new allocation. The caller changes
    /// `data` itself and has checked [`PyByteArray::exports`].
    pub fn note_resize(&self, size: usize) {
        self.note_resize_from(self.len(), size);
    }

    /// [`PyByteArray::note_resize`] from length `old` (for callers that
    /// build the contents first).
    pub fn note_resize_from(&self, old: usize, size: usize) {
        if size == old {
            return;
        }
        let alloc = self.alloc.get();
        let offset = self.offset.get();
        let new_alloc = if size + offset < alloc {
            if size < alloc / 2 {
                size + 1
            } else {
                return;
            }
        } else if (size as f64) <= alloc as f64 * 1.125 {
            size + (size >> 3) + if size < 9 { 3 } else { 6 }
        } else {
            size + 1
        };
        self.alloc.set(new_alloc);
        self.offset.set(0);
    }

    /// Records that `n` bytes were dropped from the front (CPython moves
    /// the logical start instead of the bytes) before the resize to `size`.
    pub fn note_front_drop(&self, n: usize, size: usize) {
        self.offset.set(self.offset.get() + n);
        self.note_resize(size);
    }
}

impl crate::heap::Trace for PyByteArray {}

/// The message CPython raises when an exported bytearray would be resized.
pub const RESIZE_EXPORTED: &str = "Existing exports of data: object cannot be re-sized";

/// `repr()` of a bytearray: `bytearray(b'...')` (with `type_name` for
/// subclasses).
pub fn repr_bytearray(type_name: &str, data: &[u8]) -> String {
    format!(
        "{type_name}({})",
        crate::objects::bytes::repr_bytes_with(data, true)
    )
}

/// The bytearray payload of `obj`, if it is one.
pub fn payload(obj: &ObjRef) -> Option<&PyByteArray> {
    obj.downcast::<PyByteArray>()
}
