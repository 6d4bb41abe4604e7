//! Instances of user-defined classes.

use crate::heap::{self, ObjRef};
use crate::objects::typeobj::PyType;
use std::cell::{Cell, RefCell};

/// An instance of a Python class: its `__dict__`, if it has one. The
/// values of its `__slots__` follow the payload inline (the object is
/// variable-size: `ObjRef::var_items::<PyInstance>()`), `None` while unset.
pub struct PyInstance {
    /// The instance dictionary.
    pub dict: RefCell<Option<ObjRef>>,
}

/// A new instance of `cls` with no attributes: as many empty slot values
/// as the class declares `__slots__` (with its bases). Every instance is
/// allocated here.
pub fn new_instance(cls: &ObjRef) -> ObjRef {
    let nslots = cls
        .downcast::<PyType>()
        .map(|t| t.nslots.get())
        .unwrap_or(0);
    heap::alloc_var_object(
        cls,
        PyInstance {
            dict: RefCell::new(None),
        },
        (0..nslots).map(|_| Cell::new(None)),
    )
}

/// The slot values of an instance (empty for other objects).
pub fn slots(obj: &ObjRef) -> &[Cell<Option<ObjRef>>] {
    obj.var_items::<PyInstance>().unwrap_or(&[])
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
