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
