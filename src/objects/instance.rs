//! Instances of user-defined classes.

use crate::heap::ObjRef;
use std::cell::RefCell;

/// An instance of a Python class: its `__dict__`, if it has one.
pub struct PyInstance {
    /// The instance dictionary.
    pub dict: RefCell<Option<ObjRef>>,
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
