//! Built-in modules, created on first import and cached in `sys.modules`.
//!
//! Two kinds: modules written in Rust (one file each here, made by
//! [`create`]) and modules written in Python whose source is embedded in the
//! binary (under `src/modules/py/`, compiled and run on import like a `.py`
//! file; see [`embedded_source`]). The import system in `vm::import` asks
//! [`exists`] and [`embedded_source`] where a name comes from.

pub mod args;
pub mod fileio;
pub mod gc;
pub mod math;
mod math_gamma;
pub mod random;
pub mod sha512;
pub mod structseq;
pub mod sys;
pub mod time;
pub mod tracemalloc;
pub mod weakref;

use crate::heap::ObjRef;
use crate::vm::Vm;

/// Creates `sys` at start-up and registers it in `sys.modules`.
pub fn install(vm: &mut Vm) {
    crate::builtins::def(vm, "__import__", crate::vm::import::builtin_import);
    crate::builtins::def(vm, "open", fileio::builtin_open);
    let m = sys::create(vm);
    let modules = vm.modules.clone();
    vm.dict_set_name(&modules, "sys", m);
    // The module's namespace is the builtins dict itself, so that
    // `builtins.x = v` is seen by every name lookup, as in CPython.
    let d = vm.builtins.clone();
    for (name, value) in [("__name__", vm.new_str("builtins")), ("__doc__", vm.none())] {
        vm.dict_set_name(&d, name, value);
    }
    let b = crate::heap::alloc_object(
        &vm.types.module,
        crate::objects::module::PyModule { dict: d },
    );
    vm.dict_set_name(&modules, "builtins", b);
}

/// The names of the modules written in Rust.
const NATIVE: [&str; 8] = [
    "sys",
    "gc",
    "_weakref",
    "math",
    "_random",
    "_time",
    "_fileio",
    "_tracemalloc",
];

/// True when `name` is a module written in Rust.
pub fn exists(name: &str) -> bool {
    NATIVE.contains(&name)
}

/// Creates the Rust module `name`, if there is one.
pub fn create(vm: &mut Vm, name: &str) -> Option<ObjRef> {
    match name {
        "sys" => Some(sys::create(vm)),
        "gc" => Some(gc::create(vm)),
        "_weakref" => Some(weakref::create(vm)),
        "math" => Some(math::create(vm)),
        "_random" => Some(random::create(vm)),
        "_time" => Some(time::create(vm)),
        "_fileio" => Some(fileio::create(vm)),
        "_tracemalloc" => Some(tracemalloc::create(vm)),
        _ => None,
    }
}

/// The source of the standard-library module `name` written in Python.
pub fn embedded_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "string" => include_str!("py/string.py"),
        "importlib" => include_str!("py/importlib.py"),
        "random" => include_str!("py/random.py"),
        "itertools" => include_str!("py/itertools.py"),
        "functools" => include_str!("py/functools.py"),
        "operator" => include_str!("py/operator.py"),
        "collections" => include_str!("py/collections.py"),
        "copy" => include_str!("py/copy.py"),
        "heapq" => include_str!("py/heapq.py"),
        "bisect" => include_str!("py/bisect.py"),
        "atexit" => include_str!("py/atexit.py"),
        "typing" => include_str!("py/typing.py"),
        "dataclasses" => include_str!("py/dataclasses.py"),
        "json" => include_str!("py/json.py"),
        "abc" => include_str!("py/abc.py"),
        "weakref" => include_str!("py/weakref.py"),
        "types" => include_str!("py/types.py"),
        "_io" => include_str!("py/_io.py"),
        "_frozen_importlib" => include_str!("py/_frozen_importlib.py"),
        "tracemalloc" => include_str!("py/tracemalloc.py"),
        "contextlib" => include_str!("py/contextlib.py"),
        "time" => include_str!("py/time.py"),
        _ => return None,
    })
}
