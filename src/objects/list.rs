//! list: a mutable sequence over a growable buffer that over-allocates in
//! CPython 3.11's pattern (so `sys.getsizeof` shows the same steps).

use crate::heap::ObjRef;
use std::cell::RefCell;

/// The payload of a list.
pub struct PyList {
    /// The items. Never hold a borrow across code that can run Python.
    pub items: RefCell<Vec<ObjRef>>,
}

/// The capacity CPython 3.11's `list_resize` picks when a list of `oldsize`
/// items and capacity `allocated` must hold `newsize` items.
pub fn grown_capacity(newsize: usize, oldsize: usize, allocated: usize) -> usize {
    if allocated >= newsize && newsize >= (allocated >> 1) {
        return allocated;
    }
    let mut new_allocated = (newsize + (newsize >> 3) + 6) & !3usize;
    if newsize.saturating_sub(oldsize) > new_allocated - newsize {
        new_allocated = (newsize + 3) & !3usize;
    }
    if newsize == 0 {
        new_allocated = 0;
    }
    new_allocated
}

/// Appends `v`, growing the buffer like CPython.
pub fn push(items: &mut Vec<ObjRef>, v: ObjRef) {
    if items.len() == items.capacity() {
        let want = grown_capacity(items.len() + 1, items.len(), items.capacity());
        items.reserve_exact(want - items.len());
    }
    items.push(v);
}

impl crate::heap::Trace for PyList {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        let Ok(items) = self.items.try_borrow() else {
            return false;
        };
        {
            // Last item first, like CPython's list_traverse (the order
            // gc.get_referents shows).
            for item in items.iter().rev() {
                visit(item);
            }
        };
        true
    }

    fn clear(&self) {
        let Ok(mut cell) = self.items.try_borrow_mut() else {
            return;
        };
        let old = std::mem::take(&mut *cell);
        drop(cell);
        drop_last_first(old);
    }
}

/// Drops the items last first, the order CPython's list_dealloc and
/// list_clear release them (so finalizers run in that order).
pub fn drop_last_first(mut items: Vec<ObjRef>) {
    while let Some(item) = items.pop() {
        drop(item);
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        drop_last_first(std::mem::take(self.items.get_mut()));
    }
}
