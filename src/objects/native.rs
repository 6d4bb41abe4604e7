//! Built-in functions and methods implemented in Rust.

use crate::heap::ObjRef;
use crate::objects::PyResult;
use crate::vm::Vm;
use smallvec::SmallVec;

/// Arguments of a call to a native function: positional values (for a
/// method, `self` first) and keyword `(name, value)` pairs.
#[derive(Default)]
pub struct Args {
    /// Positional arguments.
    pub pos: SmallVec<[ObjRef; 6]>,
    /// Keyword arguments, names are str objects.
    pub kw: Vec<(ObjRef, ObjRef)>,
}

/// The signature of every native function.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult;

/// A built-in function (`len`), an unbound built-in method in a type's dict
/// (`list.append`, with `owner` set), or one bound to an object
/// (`[].append`, with `self_obj` set).
pub struct PyNative {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// For methods: the name of the type that defines it.
    pub owner: Option<&'static str>,
    /// For bound methods: the object (passed as the first argument).
    pub self_obj: Option<ObjRef>,
    /// Module name for module-level functions (`builtins`, `math`).
    pub module: Option<&'static str>,
    /// Whether this is a classmethod-style constructor (e.g. `dict.fromkeys`):
    /// bound to the class when looked up.
    pub class_method: bool,
    /// For a method in a built-in type's dict: that type. Called unbound
    /// (`list.__len__(x)`), the receiver must be an instance of it.
    pub owner_type: Option<ObjRef>,
}

impl crate::heap::Trace for PyNative {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        crate::heap::visit_opt(&self.self_obj, visit);
        crate::heap::visit_opt(&self.owner_type, visit);
        true
    }
}
