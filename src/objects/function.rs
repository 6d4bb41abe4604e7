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

impl crate::heap::Trace for PyFunction {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        let (Ok(name), Ok(qualname), Ok(defaults), Ok(kwdefaults), Ok(doc), Ok(module)) = (
            self.name.try_borrow(),
            self.qualname.try_borrow(),
            self.defaults.try_borrow(),
            self.kwdefaults.try_borrow(),
            self.doc.try_borrow(),
            self.module.try_borrow(),
        ) else {
            return false;
        };
        let (Ok(annotations), Ok(dict)) = (self.annotations.try_borrow(), self.dict.try_borrow())
        else {
            return false;
        };
        visit(&self.code);
        visit(&self.globals);
        visit(&name);
        visit(&qualname);
        crate::heap::visit_opt(&defaults, visit);
        crate::heap::visit_opt(&kwdefaults, visit);
        crate::heap::visit_opt(&self.closure, visit);
        visit(&doc);
        visit(&module);
        crate::heap::visit_opt(&annotations, visit);
        crate::heap::visit_opt(&dict, visit);
        true
    }

    fn clear(&self) {
        let defaults = crate::heap::take_cell(&self.defaults);
        let kwdefaults = crate::heap::take_cell(&self.kwdefaults);
        let annotations = crate::heap::take_cell(&self.annotations);
        let dict = crate::heap::take_cell(&self.dict);
        drop((defaults, kwdefaults, annotations, dict));
    }
}

impl crate::heap::Trace for PyBoundMethod {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        visit(&self.func);
        visit(&self.self_obj);
        true
    }
}
