//! Methods of the built-in types that Python code looks up by name
//! (`"x".upper`, `[].append`), registered in each type's dict.

pub mod list;

use crate::vm::Vm;

/// Registers every built-in method.
pub fn install(vm: &mut Vm) {
    list::install(vm);
}
