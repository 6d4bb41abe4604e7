//! `PyNumber_Index`: the `__index__` protocol that lets an object stand in
//! for an int in indexing, slicing, `range()`, `bin()`/`hex()`/`oct()` and
//! sequence repetition.

use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::vm::Vm;

impl Vm {
    /// The int an object stands for: the object itself for an int (or
    /// bool), the result of its `__index__` for a user object that has one
    /// (which must be an int: "__index__ returned non-int (type T)"), and
    /// `None` for anything else.
    pub fn number_index(&mut self, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
        match obj.kind() {
            Kind::Int | Kind::BigInt => Ok(Some(obj.clone())),
            Kind::Instance | Kind::Exception if self.is_user_object(obj) => {
                match self.call_dunder(obj, "__index__", &[])? {
                    Some(r) if matches!(r.kind(), Kind::Int | Kind::BigInt) => Ok(Some(r)),
                    Some(r) => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    ))),
                    None => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }
}

/// The dunder `name` of the class of `obj` when it is defined in Python:
/// the slot CPython's `int()`, `float()`, `round()` or `bytes()` would call.
/// Built-in types answer these conversions natively, so only heap types are
/// asked.
pub fn user_dunder(vm: &mut Vm, obj: &ObjRef, name: &str) -> Option<ObjRef> {
    let ty = obj.type_of();
    if !vm.is_heap_type(&ty) {
        return None;
    }
    let k = vm.intern(name);
    vm.type_lookup(&ty, &k)
        .filter(|f| !f.is(&vm.none) && f.downcast::<crate::objects::native::PyNative>().is_none())
}

impl Vm {
    /// The exact int `int(obj)` makes through the number protocol
    /// (`PyNumber_Long`'s slot steps): `__int__`, then `__index__`, then
    /// `__trunc__`, each checked for returning an integer. `None` when the
    /// class defines none of them in Python (built-in values, strings and
    /// bytes are converted by the caller).
    pub fn number_long(&mut self, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
        if user_dunder(self, obj, "__int__").is_some() {
            let r = self
                .call_dunder(obj, "__int__", &[])?
                .unwrap_or(self.none.clone());
            return match crate::vm::ops::as_bigint(&r) {
                Some(_) if matches!(r.kind(), Kind::Int | Kind::BigInt) => {
                    Ok(Some(self.exact_int(&r)))
                }
                _ => Err(self.type_error(format!(
                    "__int__ returned non-int (type {})",
                    self.type_name(&r)
                ))),
            };
        }
        if user_dunder(self, obj, "__index__").is_some() {
            return match self.number_index(obj)? {
                Some(r) => Ok(Some(self.exact_int(&r))),
                None => Ok(None),
            };
        }
        if user_dunder(self, obj, "__trunc__").is_some() {
            let r = self
                .call_dunder(obj, "__trunc__", &[])?
                .unwrap_or(self.none.clone());
            if matches!(r.kind(), Kind::Int | Kind::BigInt) {
                return Ok(Some(self.exact_int(&r)));
            }
            // A non-int result is given one more chance through its own
            // `__index__`, as CPython does.
            if user_dunder(self, &r, "__index__").is_none() {
                return Err(self.type_error(format!(
                    "__trunc__ returned non-Integral (type {})",
                    self.type_name(&r)
                )));
            }
            return match self.number_index(&r)? {
                Some(i) => Ok(Some(self.exact_int(&i))),
                None => Ok(None),
            };
        }
        Ok(None)
    }

    /// The float `float(obj)` makes through the number protocol
    /// (`PyNumber_Float`'s slot steps): `__float__`, which must return a
    /// float, then `__index__`. `None` when the class defines neither in
    /// Python.
    pub fn number_float(&mut self, obj: &ObjRef) -> PyResult<Option<f64>> {
        if user_dunder(self, obj, "__float__").is_some() {
            let r = self
                .call_dunder(obj, "__float__", &[])?
                .unwrap_or(self.none.clone());
            return match crate::vm::ops::as_num(&r) {
                Some(crate::vm::ops::Num::Float(f)) => Ok(Some(f)),
                _ => Err(self.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    self.type_name(obj),
                    self.type_name(&r)
                ))),
            };
        }
        if user_dunder(self, obj, "__index__").is_some() {
            let Some(i) = self.number_index(obj)? else {
                return Ok(None);
            };
            return match crate::vm::ops::as_num(&i) {
                Some(n) => crate::vm::ops::int_to_f64(self, n).map(Some),
                None => Ok(None),
            };
        }
        Ok(None)
    }

    /// An exact `int` with the value of the int (or int subclass) `r`.
    fn exact_int(&self, r: &ObjRef) -> ObjRef {
        if r.type_of().is(&self.types.int) {
            return r.clone();
        }
        match crate::vm::ops::as_num(r) {
            Some(crate::vm::ops::Num::Int(i)) => self.new_int(i),
            Some(crate::vm::ops::Num::Big(b)) => self.new_bigint(b.clone()),
            _ => r.clone(),
        }
    }
}
