//! Instances of user-defined classes.

use crate::heap::ObjRef;
use std::cell::RefCell;

/// An instance of a Python class: its `__dict__`, if it has one.
pub struct PyInstance {
    /// The instance dictionary.
    pub dict: RefCell<Option<ObjRef>>,
}
