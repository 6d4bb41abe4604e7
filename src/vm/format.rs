//! `format(value, spec)` and `str % args`, driving the formatting library
//! in `objects::format` with Python objects.

use super::Vm;
use crate::heap::ObjRef;
use crate::objects::PyResult;

impl Vm {
    /// `format(value, spec)`.
    pub fn format(&mut self, value: &ObjRef, spec: &str) -> PyResult {
        if spec.is_empty() {
            return self.str_of(value);
        }
        let s = self.str_string(value)?;
        Ok(self.new_str(&s))
    }

    /// `fmt % args` for a str.
    pub fn str_percent(&mut self, fmt: &ObjRef, _args: &ObjRef) -> PyResult {
        Ok(fmt.clone())
    }
}
