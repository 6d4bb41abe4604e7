//! Python functions and bound methods.

use crate::heap::ObjRef;
use std::cell::RefCell;

/// A function made by `def` or `lambda`.
pub struct PyFunction {
    /// The code object.
    pub code: ObjRef,
    /// The module globals the function runs in.
    pub globals: ObjRef,
    /// `__name__`.
    pub name: RefCell<ObjRef>,
    /// `__qualname__`.
    pub qualname: RefCell<ObjRef>,
    /// `__defaults__` (a tuple) or None.
    pub defaults: RefCell<Option<ObjRef>>,
    /// `__kwdefaults__` (a dict) or None.
    pub kwdefaults: RefCell<Option<ObjRef>>,
    /// `__closure__`: a tuple of cells, or None.
    pub closure: Option<ObjRef>,
    /// `__doc__`.
    pub doc: RefCell<ObjRef>,
    /// `__module__`.
    pub module: RefCell<ObjRef>,
    /// `__annotations__` (a dict) or None until asked for.
    pub annotations: RefCell<Option<ObjRef>>,
    /// `__dict__` for function attributes.
    pub dict: RefCell<Option<ObjRef>>,
}

/// A method bound to an instance: `obj.method`.
pub struct PyBoundMethod {
    /// `__func__`.
    pub func: ObjRef,
    /// `__self__`.
    pub self_obj: ObjRef,
}
