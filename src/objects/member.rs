//! Member descriptors (`member_descriptor`, one per name of a class's
//! `__slots__`) and the `__dict__` / `__weakref__` attribute descriptors
//! (`getset_descriptor`) a class gets when it introduces those.

use crate::heap::ObjRef;

/// What a member descriptor reads and writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberSlot {
    /// Slot value number `n` of the instance (`__slots__`).
    Index(usize),
    /// The instance `__dict__`.
    Dict,
    /// The first weak reference to the instance (`__weakref__`).
    Weakref,
    /// The object's class (`object.__class__`).
    Class,
    /// A class's namespace as a mappingproxy (`type.__dict__['__dict__']`).
    TypeDict,
}

/// A member or getset descriptor of a class.
pub struct PyMember {
    /// The attribute name (a str).
    pub name: ObjRef,
    /// The class that defined it (`__objclass__`).
    pub owner: ObjRef,
    /// What it accesses.
    pub slot: MemberSlot,
}

impl crate::heap::Trace for PyMember {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        visit(&self.owner);
        true
    }
}
