//! Weak references: `weakref.ref` and `weakref.proxy` objects.
//!
//! A weak reference does not count: it holds its referent's address, and
//! the heap's weakref registry (`heap::weakrefs`) lists every weak
//! reference to each object, so that freeing the object clears them all
//! and queues their callbacks.

use crate::heap::{ObjHeader, ObjRef};
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// The payload of a weak reference (or proxy).
pub struct PyWeakRef {
    /// The referent's address while it is alive; `None` once it died.
    pub target: Cell<Option<NonNull<ObjHeader>>>,
    /// The callback, called with the weak reference when the referent dies.
    pub callback: RefCell<Option<ObjRef>>,
    /// `hash(ref)`: the referent's hash, remembered once asked for.
    pub hash: Cell<Option<i64>>,
    /// A `weakref.proxy` rather than a `weakref.ref`.
    pub proxy: bool,
}

impl PyWeakRef {
    /// A strong reference to the referent, if it is still alive.
    pub fn get(&self) -> Option<ObjRef> {
        Some(crate::heap::weak_upgrade(self.target.get()?))
    }
}

impl crate::heap::Trace for PyWeakRef {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        match self.callback.try_borrow() {
            Ok(cb) => {
                crate::heap::visit_opt(&cb, visit);
                true
            }
            Err(_) => false,
        }
    }

    fn clear(&self) {
        let cb = crate::heap::take_cell(&self.callback);
        drop(cb);
    }
}
