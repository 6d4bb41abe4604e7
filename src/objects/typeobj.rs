//! Type objects: built-in types and (later) classes.

use crate::heap::ObjRef;
use crate::objects::native::NativeFn;
use std::cell::{Cell, RefCell};

/// The payload of a type object.
pub struct PyType {
    /// `__name__`.
    pub name: RefCell<String>,
    /// `__qualname__`.
    pub qualname: RefCell<String>,
    /// The first base (`__base__`), None only for `object`.
    pub base: Option<ObjRef>,
    /// `__bases__` (a tuple).
    pub bases: RefCell<Option<ObjRef>>,
    /// `__mro__`: the type itself first, `object` last.
    pub mro: RefCell<Vec<ObjRef>>,
    /// The type's namespace (a dict).
    pub dict: ObjRef,
    /// `type_flags` bits.
    pub flags: Cell<u32>,
    /// What calling a built-in type does (`int("5")`); classes use `__new__`/`__init__`.
    pub constructor: Cell<Option<NativeFn>>,
    /// Memo of the type attribute cache (`vm::typecache`): the global dict
    /// version counter when last computed, the own dict's version and the
    /// largest dict version over the MRO. Valid while no dict anywhere has
    /// changed since.
    pub version_stamp: Cell<(u64, u64, u64)>,
    /// Number of `__slots__` values each instance carries inline (its own
    /// and its bases'); member descriptors index into them.
    pub nslots: Cell<usize>,
    /// The attribute names instances of a class keep inline (CPython
    /// 3.11's shared keys): append-only, so an index into it stays valid
    /// for the type's lifetime (see `objects::instance`).
    pub inline_keys: RefCell<Vec<ObjRef>>,
}

/// Bits of `PyType::flags`.
pub mod type_flags {
    /// Can be subclassed.
    pub const BASETYPE: u32 = 0x1;
    /// A class made by a `class` statement (not built in).
    pub const HEAPTYPE: u32 = 0x2;
    /// An exception class (BaseException or a subclass).
    pub const EXCEPTION: u32 = 0x4;
    /// The class or a base defines `__del__`: its instances are finalized
    /// before they are freed.
    pub const HAS_FINALIZER: u32 = 0x8;
    /// Instances have no `__dict__` (every class of the MRO up to
    /// `object` defines `__slots__` without `'__dict__'`).
    pub const NO_INSTANCE_DICT: u32 = 0x10;
    /// `__abstractmethods__` is non-empty: the class cannot be instantiated.
    pub const ABSTRACT: u32 = 0x20;
}

impl crate::heap::Trace for PyType {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        let (Ok(bases), Ok(mro)) = (self.bases.try_borrow(), self.mro.try_borrow()) else {
            return false;
        };
        crate::heap::visit_opt(&self.base, visit);
        crate::heap::visit_opt(&bases, visit);
        {
            for t in mro.iter() {
                visit(t);
            }
        };
        visit(&self.dict);
        true
    }

    fn clear(&self) {
        // The MRO starts with the type itself: dropping it breaks the
        // self-cycle every class is in. `__bases__` and the dict stay
        // (the dict is cleared as an object of its own).
        let mro = crate::heap::take_cell(&self.mro);
        drop(mro);
    }
}
