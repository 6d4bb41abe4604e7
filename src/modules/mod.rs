//! Built-in modules (`sys`, later `math`, `gc` ...), created on first import
//! and cached in `sys.modules`.

pub mod gc;
pub mod sys;
pub mod weakref;

use crate::heap::ObjRef;
use crate::vm::Vm;

/// Creates `sys` at start-up and registers it in `sys.modules`.
pub fn install(vm: &mut Vm) {
    let m = sys::create(vm);
    let modules = vm.modules.clone();
    vm.dict_set_name(&modules, "sys", m);
    let b = vm.new_module("builtins");
    if let Some(bm) = b.downcast::<crate::objects::module::PyModule>() {
        let d = bm.dict.clone();
        for (k, v) in vm.dict_items(&vm.builtins.clone()) {
            vm.dict_set(&d, k, v).ok();
        }
    }
    vm.dict_set_name(&modules, "builtins", b);
}

/// Creates built-in module `name`, if there is one.
pub fn create(vm: &mut Vm, name: &str) -> Option<ObjRef> {
    match name {
        "sys" => Some(sys::create(vm)),
        "gc" => Some(gc::create(vm)),
        _ => None,
    }
}
