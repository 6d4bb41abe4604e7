//! The attributes some built-in exception classes take as keyword
//! arguments (`AttributeError(name=, obj=)`, `NameError(name=)`,
//! `ImportError(name=, path=)`), and the `name`/`obj` context a failed
//! attribute lookup adds to its AttributeError, as CPython's
//! `PyObject_GetAttr` does.

use super::Vm;
use crate::heap::ObjRef;
use crate::objects::exception::PyException;
use crate::objects::{PyErr, PyResult};

impl Vm {
    /// The keyword arguments a built-in exception class of type `ty`
    /// accepts, checked as CPython's `PyArg_ParseTupleAndKeywords` would:
    /// the attributes to set on the new exception, or the TypeError.
    pub fn exception_kwargs(
        &mut self,
        ty: &ObjRef,
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<Vec<(ObjRef, ObjRef)>> {
        if kw.is_empty() {
            return Ok(Vec::new());
        }
        let (owner, allowed): (&str, &[&str]) =
            if self.is_subclass(ty, &self.exc.attribute_error.clone()) {
                ("AttributeError", &["name", "obj"])
            } else if self.is_subclass(ty, &self.exc.name_error.clone()) {
                ("NameError", &["name"])
            } else if self.is_subclass(ty, &self.exc.import_error.clone()) {
                ("ImportError", &["name", "path"])
            } else {
                return Err(self.type_error(format!(
                    "{}() takes no keyword arguments",
                    self.type_name_of_type(ty)
                )));
            };
        if kw.len() > allowed.len() {
            let s = if allowed.len() == 1 { "" } else { "s" };
            return Err(self.type_error(format!(
                "{owner}() takes at most {} keyword argument{s} ({} given)",
                allowed.len(),
                kw.len()
            )));
        }
        for (k, _) in kw {
            let n = k.as_str().unwrap_or("");
            if !allowed.contains(&n) {
                return Err(self.type_error(format!(
                    "'{n}' is an invalid keyword argument for {owner}()"
                )));
            }
        }
        Ok(kw.to_vec())
    }

    /// Sets the attributes [`Vm::exception_kwargs`] accepted on `exc`.
    pub fn set_exception_kwargs(&mut self, exc: &ObjRef, attrs: Vec<(ObjRef, ObjRef)>) {
        for (k, v) in attrs {
            let k = self.intern(k.as_str().unwrap_or(""));
            self.exception_set_attr(exc, &k, v);
        }
    }

    /// Gives an AttributeError raised while looking up `obj.name` its
    /// `name` and `obj`, unless it already has either (the lookup that
    /// failed first names itself).
    pub fn attribute_error_context(&mut self, err: PyErr, obj: &ObjRef, name: &ObjRef) -> PyErr {
        let Some(e) = err.0.downcast::<PyException>() else {
            return err;
        };
        if e.attr_context.borrow().is_some()
            || !self.isinstance(&err.0, &self.exc.attribute_error.clone())
        {
            return err;
        }
        // Most such errors have no dict; with one, `name` or `obj` may
        // have been given to the constructor.
        if e.dict.borrow().is_some()
            && (self.exception_get_attr(&err.0, "name").is_some()
                || self.exception_get_attr(&err.0, "obj").is_some())
        {
            return err;
        }
        *e.attr_context.borrow_mut() = Some((name.clone(), obj.clone()));
        err
    }

    /// `name` or `obj` of an AttributeError: assigned or given to the
    /// constructor, else what the failed lookup recorded.
    pub fn attribute_error_field(&mut self, exc: &ObjRef, field: &str) -> Option<ObjRef> {
        if let Some(v) = self.exception_get_attr(exc, field) {
            return Some(v);
        }
        let e = exc.downcast::<PyException>()?;
        let context = e.attr_context.borrow();
        let (name, obj) = context.as_ref()?;
        Some(if field == "name" { name } else { obj }.clone())
    }
}
