//! The object header and [`ObjRef`], the counted reference to a heap object.

use super::kinds::{HeapObject, HeapVarObject, Kind, Payload, VarPayload};
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// Header flag bits.
pub mod flags {
    /// Never freed (small ints, singletons, built-in types); its count is
    /// still maintained but starts so high it cannot reach zero.
    pub const IMMORTAL: u16 = 0x1;
    /// An interned string.
    pub const INTERNED: u16 = 0x2;
    /// The object is in one of the cycle collector's generation lists.
    pub const GC_TRACKED: u16 = 0x4;
    /// PEP 442: the object's finalizer (`__del__`, a generator's close)
    /// has run; it never runs again.
    pub const FINALIZED: u16 = 0x8;
    /// The cycle collector is examining the object (it is in the set
    /// being collected, or in the garbage found by the collection).
    pub const COLLECTING: u16 = 0x10;
    /// Marked reachable by the collector's current pass.
    pub const REACHABLE: u16 = 0x20;
    /// Weak references to the object exist (the heap's weakref registry
    /// has an entry for it).
    pub const HAS_WEAKREFS: u16 = 0x40;
    /// An instance dict that Python code has never seen (`obj.__dict__`
    /// not yet taken): CPython 3.11 keeps such values inline in the
    /// instance, so the collector does not count it as an object of its own.
    pub const MANAGED_DICT: u16 = 0x80;
    /// Queued for its finalizer: the heap holds the reference.
    pub const FINALIZER_QUEUED: u16 = 0x100;
    /// An instance of a class derived from a built-in type other than
    /// `object` (`class L(list)`): the base type's payload, preceded by a
    /// `__dict__` slot and a GC head (see `heap::subclass`).
    pub const SUBCLASS: u16 = 0x200;
}

/// The count given to immortal objects.
pub(crate) const IMMORTAL_REFCNT: usize = 1 << 60;

/// The header at the start of every heap object.
#[repr(C)]
pub struct ObjHeader {
    /// Number of strong references.
    pub(crate) refcnt: Cell<usize>,
    /// The object's type (a type object); it holds one reference to it.
    pub(crate) ty: Cell<NonNull<ObjHeader>>,
    /// Which payload layout follows the header.
    pub(crate) kind: Kind,
    /// `flags::*` bits.
    pub(crate) flags: Cell<u16>,
    /// The cycle collector's generation of a tracked object (0, 1, 2, or
    /// 3 for the permanent generation of `gc.freeze`).
    pub(crate) gc_gen: Cell<u8>,
}

/// One strong reference to a heap object. `Clone` increments the count,
/// `Drop` decrements it and frees the object at zero. Equality and hashing
/// are by identity (`is`), never by value.
pub struct ObjRef {
    ptr: NonNull<ObjHeader>,
    // Not Send/Sync: the heap is per thread and counts are not atomic.
    _not_send: PhantomData<*const ()>,
}

impl ObjRef {
    /// Wraps a pointer that already carries one reference (transfers it).
    ///
    /// # Safety
    /// `ptr` points to a live heap object and the caller gives up one
    /// strong reference to the new `ObjRef`.
    #[inline(always)]
    pub(crate) unsafe fn from_raw_owned(ptr: NonNull<ObjHeader>) -> ObjRef {
        ObjRef {
            ptr,
            _not_send: PhantomData,
        }
    }

    /// Makes a new strong reference from a raw pointer (increments).
    ///
    /// # Safety
    /// `ptr` points to a live heap object.
    #[inline(always)]
    pub(crate) unsafe fn from_raw_borrowed(ptr: NonNull<ObjHeader>) -> ObjRef {
        // SAFETY: the caller guarantees the object is alive.
        let h = unsafe { ptr.as_ref() };
        h.refcnt.set(h.refcnt.get() + 1);
        ObjRef {
            ptr,
            _not_send: PhantomData,
        }
    }

    /// The raw pointer (the object's address; `id()` is this).
    #[inline(always)]
    pub fn as_ptr(&self) -> NonNull<ObjHeader> {
        self.ptr
    }

    /// `id(obj)`: the heap address of the object.
    #[inline(always)]
    pub fn id(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Gives up this reference without decrementing, returning the pointer.
    #[inline(always)]
    pub(crate) fn into_raw(self) -> NonNull<ObjHeader> {
        let p = self.ptr;
        std::mem::forget(self);
        p
    }

    #[inline(always)]
    fn header(&self) -> &ObjHeader {
        // SAFETY: an ObjRef holds a strong reference, so the object is
        // alive for at least as long as `self` is borrowed.
        unsafe { self.ptr.as_ref() }
    }

    /// The payload layout of the object.
    #[inline(always)]
    pub fn kind(&self) -> Kind {
        self.header().kind
    }

    /// The current reference count.
    #[inline(always)]
    pub fn refcount(&self) -> usize {
        self.header().refcnt.get()
    }

    /// The header flags.
    #[inline(always)]
    pub fn flags(&self) -> u16 {
        self.header().flags.get()
    }

    /// Sets flag bits.
    pub fn set_flags(&self, bits: u16) {
        let h = self.header();
        h.flags.set(h.flags.get() | bits);
    }

    /// Clears flag bits.
    pub fn clear_flags(&self, bits: u16) {
        let h = self.header();
        h.flags.set(h.flags.get() & !bits);
    }

    /// Whether the object is immortal.
    #[inline(always)]
    pub fn is_immortal(&self) -> bool {
        self.flags() & flags::IMMORTAL != 0
    }

    /// Makes the object immortal (used for singletons, small ints, types).
    pub fn make_immortal(&self) {
        let h = self.header();
        if h.flags.get() & flags::IMMORTAL == 0 {
            super::state::note_immortal(self.ptr);
        }
        h.flags.set(h.flags.get() | flags::IMMORTAL);
        h.refcnt.set(IMMORTAL_REFCNT);
    }

    /// A new reference to the object's type.
    #[inline(always)]
    pub fn type_of(&self) -> ObjRef {
        // SAFETY: the object holds a reference to its type, so the type is
        // alive while the object is.
        unsafe { ObjRef::from_raw_borrowed(self.header().ty.get()) }
    }

    /// The address of the object's type (no count change).
    #[inline(always)]
    pub fn type_ptr(&self) -> NonNull<ObjHeader> {
        self.header().ty.get()
    }

    /// Whether the object's type is exactly `ty`.
    #[inline(always)]
    pub fn is_type(&self, ty: &ObjRef) -> bool {
        self.header().ty.get() == ty.ptr
    }

    /// Replaces the object's type (`obj.__class__ = C`).
    pub fn set_type(&self, ty: &ObjRef) {
        let new = if ty.is_immortal() {
            ty.as_ptr()
        } else {
            ty.clone().into_raw()
        };
        let old = self.header().ty.replace(new);
        // SAFETY: the header owned one reference to the old type unless that
        // type is immortal (see heap::state::type_ref).
        unsafe {
            if old.as_ref().flags.get() & flags::IMMORTAL == 0 {
                drop(ObjRef::from_raw_owned(old));
            }
        }
    }

    /// The payload if the object is of kind `P::KIND`.
    #[inline(always)]
    pub fn downcast<P: Payload>(&self) -> Option<&P> {
        if self.kind() != P::KIND {
            return None;
        }
        // SAFETY: objects of kind P::KIND are always allocated as
        // HeapObject<P> (or HeapVarObject<P> when P::VAR); kinds.rs pairs
        // each kind with one payload type, and the object is alive while
        // `self` is borrowed.
        unsafe {
            if P::VAR {
                Some(&(*self.ptr.cast::<HeapVarObject<P>>().as_ptr()).payload)
            } else {
                Some(&(*self.ptr.cast::<HeapObject<P>>().as_ptr()).payload)
            }
        }
    }

    /// The payload of an object the caller knows to be of kind `P::KIND`
    /// (an object whose type is exactly a built-in type has that type's
    /// kind), without checking the kind again.
    ///
    /// # Safety
    /// `self.kind()` must be `P::KIND`.
    #[inline(always)]
    pub unsafe fn payload_unchecked<P: Payload>(&self) -> &P {
        debug_assert!(self.kind() == P::KIND);
        // SAFETY: the caller guarantees the kind, so the object is a
        // HeapObject<P> (or HeapVarObject<P>), alive while `self` is borrowed.
        unsafe {
            if P::VAR {
                &(*self.ptr.cast::<HeapVarObject<P>>().as_ptr()).payload
            } else {
                &(*self.ptr.cast::<HeapObject<P>>().as_ptr()).payload
            }
        }
    }

    /// The inline items of a variable-size object of kind `P::KIND`.
    #[inline(always)]
    pub fn var_items<P: VarPayload>(&self) -> Option<&[P::Item]> {
        if self.kind() != P::KIND {
            return None;
        }
        // SAFETY: a variable-size object is a HeapVarObject<P> followed by
        // `len` initialized items (alloc_var_object), immutable for the
        // object's lifetime.
        unsafe {
            let obj = self.ptr.cast::<HeapVarObject<P>>().as_ptr();
            let base = obj.add(1) as *const P::Item;
            Some(std::slice::from_raw_parts(base, (*obj).len))
        }
    }

    /// The text of a str object.
    #[inline(always)]
    pub fn as_str(&self) -> Option<&str> {
        let bytes = self.var_items::<crate::objects::str::PyStr>()?;
        // SAFETY: str objects are only created by `heap::alloc_str` from a
        // `&str`, so their inline bytes are valid UTF-8, and immutable.
        Some(unsafe { std::str::from_utf8_unchecked(bytes) })
    }

    /// Whether two references point to the same object (`is`).
    #[inline(always)]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.ptr == other.ptr
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        let h = self.header();
        h.refcnt.set(h.refcnt.get() + 1);
        ObjRef {
            ptr: self.ptr,
            _not_send: PhantomData,
        }
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        let h = self.header();
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            super::state::dealloc(self.ptr);
        }
    }
}

impl PartialEq for ObjRef {
    fn eq(&self, other: &ObjRef) -> bool {
        self.ptr == other.ptr
    }
}

impl Eq for ObjRef {}

impl std::hash::Hash for ObjRef {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.ptr.hash(state)
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{:?} at {:p}>", self.kind(), self.ptr)
    }
}

/// An uncounted pointer to an object, for caches that know by other means
/// that the object is still alive (the LOAD_GLOBAL cache: while the dict
/// versions it recorded are unchanged, the dict still holds the value).
/// Holding one neither keeps the object alive nor shows in its refcount,
/// as CPython's caches, which store indices, not references.
#[derive(Clone, Copy, Debug)]
pub struct UncountedRef(NonNull<ObjHeader>);

impl UncountedRef {
    /// Remembers `obj` without counting a reference.
    #[inline(always)]
    pub fn new(obj: &ObjRef) -> UncountedRef {
        UncountedRef(obj.ptr)
    }

    /// The object as an `ObjRef` that is never dropped (so its count is
    /// neither raised nor lowered), for reading through it.
    ///
    /// # Safety
    /// The object must stay alive for as long as the result is used:
    /// something else holds a strong reference to it throughout.
    #[inline(always)]
    pub unsafe fn borrowed(self) -> std::mem::ManuallyDrop<ObjRef> {
        // SAFETY: no reference is given up: the ManuallyDrop never
        // decrements, and the caller guarantees the object outlives it.
        std::mem::ManuallyDrop::new(unsafe { ObjRef::from_raw_owned(self.0) })
    }

    /// A new strong reference to the object.
    ///
    /// # Safety
    /// The object must still be alive: something else holds a strong
    /// reference to it (the caller has checked that it does).
    #[inline(always)]
    pub unsafe fn upgrade(self) -> ObjRef {
        // SAFETY: the caller guarantees the object is alive.
        unsafe { ObjRef::from_raw_borrowed(self.0) }
    }
}
