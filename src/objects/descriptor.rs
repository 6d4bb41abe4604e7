//! property, staticmethod, classmethod and super objects.

use crate::heap::ObjRef;
use std::cell::RefCell;

/// A property: getter, setter, deleter and doc.
pub struct PyProperty {
    /// `fget` (None when absent); set again by `property.__init__` for
    /// instances of derived classes.
    pub fget: RefCell<ObjRef>,
    /// `fset` (None when absent).
    pub fset: RefCell<ObjRef>,
    /// `fdel` (None when absent).
    pub fdel: RefCell<ObjRef>,
    /// `__doc__`.
    pub doc: RefCell<ObjRef>,
    /// The attribute name, once `__set_name__` gave it (a class body
    /// assignment); CPython names the property in its errors only then.
    pub name: RefCell<Option<ObjRef>>,
}

/// `staticmethod(f)`.
pub struct PyStaticMethod {
    /// The wrapped callable.
    pub func: ObjRef,
}

/// `classmethod(f)`.
pub struct PyClassMethod {
    /// The wrapped callable.
    pub func: ObjRef,
}

/// `super(cls, obj)`: attribute lookup starting after `thisclass` in the
/// MRO of `obj_type`, binding to `obj`.
pub struct PySuper {
    /// The class whose successors are searched.
    pub thisclass: ObjRef,
    /// The object methods bind to (None for an unbound super).
    pub obj: ObjRef,
    /// `type(obj)`, or `obj` itself when it is a class.
    pub obj_type: ObjRef,
}

impl crate::heap::Trace for PyProperty {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        let (Ok(g), Ok(s), Ok(d), Ok(doc)) = (
            self.fget.try_borrow(),
            self.fset.try_borrow(),
            self.fdel.try_borrow(),
            self.doc.try_borrow(),
        ) else {
            return false;
        };
        visit(&g);
        visit(&s);
        visit(&d);
        visit(&doc);
        true
    }
}

impl crate::heap::Trace for PyStaticMethod {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        visit(&self.func);
        true
    }
}

impl crate::heap::Trace for PyClassMethod {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        visit(&self.func);
        true
    }
}

impl crate::heap::Trace for PySuper {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        visit(&self.thisclass);
        visit(&self.obj);
        visit(&self.obj_type);
        true
    }
}
