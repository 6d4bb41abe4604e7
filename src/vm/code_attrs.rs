//! The read-only `co_*` attributes of code objects (`f.__code__`,
//! `gen.gi_code`), built from the compiler's `CodeObject`.

use super::Vm;
use crate::heap::ObjRef;
use crate::objects::code::PyCode;

impl Vm {
    /// `code.co_<name>`, or `None` when `name` is not a code attribute.
    pub fn code_attr(&mut self, code: &ObjRef, name: &str) -> Option<ObjRef> {
        let data = code.downcast::<PyCode>()?.data.clone();
        let co = &data.co;
        let strs = |vm: &Vm, v: &[String]| {
            let items = v.iter().map(|s| vm.new_str(s)).collect();
            vm.new_tuple(items)
        };
        Some(match name {
            "co_name" => data.name.clone(),
            "co_qualname" => data.qualname.clone(),
            "co_filename" => self.new_str(&co.filename),
            "co_firstlineno" => self.new_int(i64::from(co.firstlineno)),
            "co_argcount" => self.new_int(i64::from(co.argcount)),
            "co_posonlyargcount" => self.new_int(i64::from(co.posonlyargcount)),
            "co_kwonlyargcount" => self.new_int(i64::from(co.kwonlyargcount)),
            "co_flags" => self.new_int(i64::from(co.flags)),
            "co_nlocals" => self.new_int(co.varnames.len() as i64),
            "co_stacksize" => self.new_int(i64::from(co.stacksize)),
            "co_varnames" => strs(self, &co.varnames),
            "co_cellvars" => strs(self, &co.cellvars),
            "co_freevars" => strs(self, &co.freevars),
            "co_names" => strs(self, &co.names),
            "co_consts" => self.new_tuple(data.consts.clone()),
            _ => return None,
        })
    }
}
