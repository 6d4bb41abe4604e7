//! Cell objects: the boxes that closures share a variable through.

use crate::heap::ObjRef;
use std::cell::RefCell;

/// A cell: holds one variable's value, or nothing when unbound.
pub struct PyCell {
    /// The current contents.
    pub value: RefCell<Option<ObjRef>>,
}

impl PyCell {
    /// The contents (a new reference), if bound.
    pub fn get(&self) -> Option<ObjRef> {
        self.value.borrow().clone()
    }

    /// Replaces the contents; the old value is dropped after the borrow ends
    /// (its destructor may run Python code that touches this cell).
    pub fn set(&self, v: Option<ObjRef>) {
        let old = self.value.replace(v);
        drop(old);
    }
}

impl crate::heap::Trace for PyCell {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        match self.value.try_borrow() {
            Ok(v) => {
                crate::heap::visit_opt(&v, visit);
                true
            }
            Err(_) => false,
        }
    }

    fn clear(&self) {
        let Ok(mut cell) = self.value.try_borrow_mut() else {
            return;
        };
        let old = std::mem::take(&mut *cell);
        drop(cell);
        drop(old);
    }
}
