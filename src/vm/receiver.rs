//! The receiver check of built-in methods called unbound: `list.__len__(())`
//! and `str.upper(5)` raise CPython's TypeError instead of running the
//! method on an object of another type. Done once, where natives are
//! called, for every method in a built-in type's dict.

use super::Vm;
use crate::heap::ObjRef;
use crate::objects::PyResult;
use crate::objects::native::PyNative;

/// The dunders CPython implements as slot wrappers (`wrapper_descriptor`),
/// whose errors read "requires a 'list' object"; other built-in methods
/// are method descriptors ("for 'list' objects doesn't apply to").
const SLOT_WRAPPERS: [&str; 68] = [
    "__abs__",
    "__add__",
    "__and__",
    "__bool__",
    "__call__",
    "__contains__",
    "__delattr__",
    "__delitem__",
    "__divmod__",
    "__eq__",
    "__float__",
    "__floordiv__",
    "__ge__",
    "__getattribute__",
    "__getitem__",
    "__gt__",
    "__hash__",
    "__iadd__",
    "__iand__",
    "__imul__",
    "__index__",
    "__init__",
    "__int__",
    "__invert__",
    "__ior__",
    "__isub__",
    "__iter__",
    "__ixor__",
    "__le__",
    "__len__",
    "__lshift__",
    "__lt__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__neg__",
    "__next__",
    "__or__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rand__",
    "__rdivmod__",
    "__repr__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
    "__setattr__",
    "__setitem__",
    "__str__",
    "__sub__",
    "__truediv__",
    "__xor__",
    "__get__",
    "__set__",
    "__delete__",
    "__del__",
    "__irshift__",
    "__ilshift__",
    "__imod__",
];

/// Slot dunders that these types define as ordinary methods instead.
const METHOD_DUNDERS: [(&str, &str); 5] = [
    ("dict", "__contains__"),
    ("dict", "__getitem__"),
    ("frozenset", "__contains__"),
    ("list", "__getitem__"),
    ("set", "__contains__"),
];

/// Whether `native` is a method of a built-in type called without a bound
/// receiver, so that the first argument must be checked.
#[inline(always)]
pub fn needs_receiver_check(native: &PyNative) -> bool {
    native.owner_type.is_some() && native.self_obj.is_none() && !native.class_method
}

impl Vm {
    /// Checks that `args[0]`, the receiver of the unbound built-in method
    /// `callable`, is an instance of the type that defines the method.
    #[inline]
    pub fn check_native_receiver(&self, callable: &ObjRef, args: &[ObjRef]) -> PyResult<()> {
        let Some(n) = callable.downcast::<PyNative>() else {
            return Ok(());
        };
        let Some(owner) = &n.owner_type else {
            return Ok(());
        };
        match args.first() {
            Some(r) if r.is_type(owner) || self.is_subclass(&r.type_of(), owner) => Ok(()),
            receiver => Err(self.receiver_error(n, receiver)),
        }
    }

    /// CPython's TypeError for a missing or foreign receiver.
    #[cold]
    fn receiver_error(&self, n: &PyNative, receiver: Option<&ObjRef>) -> crate::objects::PyErr {
        let owner = n.owner.unwrap_or("object");
        let slot = SLOT_WRAPPERS.contains(&n.name) && !METHOD_DUNDERS.contains(&(owner, n.name));
        let name = n.name;
        let msg = match (receiver, slot) {
            (None, true) => format!("descriptor '{name}' of '{owner}' object needs an argument"),
            (None, false) => format!("unbound method {owner}.{name}() needs an argument"),
            (Some(r), true) => format!(
                "descriptor '{name}' requires a '{owner}' object but received a '{}'",
                self.type_name(r)
            ),
            (Some(r), false) => format!(
                "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
                self.type_name(r)
            ),
        };
        self.type_error(msg)
    }
}

/// `descriptor.__get__(obj, type=None)` of an unbound built-in method:
/// itself when `obj` is None, else the method bound to `obj`, which must
/// be an instance of the defining type.
pub fn native_descriptor_get(vm: &mut Vm, args: crate::objects::native::Args) -> PyResult {
    crate::builtins::no_kwargs(vm, "__get__", &args)?;
    let (descr, obj) = match &args.pos[..] {
        [d, o] | [d, o, _] => (d.clone(), o.clone()),
        _ => {
            return Err(vm.type_error(format!(
                "expected 1 or 2 arguments, got {}",
                args.pos.len().saturating_sub(1)
            )));
        }
    };
    if obj.is(&vm.none) {
        return Ok(descr);
    }
    let Some(n) = descr.downcast::<PyNative>() else {
        return Ok(descr);
    };
    if let Some(owner) = &n.owner_type
        && !(obj.is_type(owner) || vm.is_subclass(&obj.type_of(), owner))
    {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            n.name,
            n.owner.unwrap_or("object"),
            vm.type_name(&obj)
        )));
    }
    Ok(vm.bind_native(&descr, &obj))
}
