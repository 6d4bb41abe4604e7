//! The table pairing each object [`Kind`] with its payload type. It is the
//! only place that says which Rust struct follows the header of an object,
//! so downcasts (`ObjRef::downcast`) can trust the kind byte.

use super::objref::ObjHeader;
use super::trace::{Trace, TraceItems, Visit};
use crate::objects;
use std::mem::size_of;
use std::ptr::NonNull;

/// A header followed by a payload: the in-memory layout of every object.
#[repr(C)]
pub(crate) struct HeapObject<P> {
    pub(crate) header: ObjHeader,
    pub(crate) payload: P,
}

mod sealed {
    pub trait Sealed {}
}

/// A header, an item count and a payload, followed by `len` inline items:
/// the layout of variable-size objects (str, bytes, tuple).
#[repr(C)]
pub(crate) struct HeapVarObject<P> {
    pub(crate) header: ObjHeader,
    pub(crate) len: usize,
    pub(crate) payload: P,
}

/// A payload type of a heap object. Sealed: only the kinds table below
/// implements it, so each kind has exactly one payload type.
pub trait Payload: sealed::Sealed + super::trace::Trace + Sized + 'static {
    /// The kind byte of objects with this payload.
    const KIND: Kind;
    /// Whether objects of this payload carry inline items (HeapVarObject).
    const VAR: bool;
}

/// A payload followed by inline items (str, bytes, tuple); the item count
/// is kept by the heap, not by the payload.
pub trait VarPayload: Payload {
    /// The inline item type.
    type Item: 'static;
}

/// Size of the cycle collector's header placed before container objects.
pub(crate) const GC_HEAD_SIZE: usize = 16;

macro_rules! kinds {
    (
        fixed { $( $fk:ident => $fty:ty, container: $fc:expr; )* }
        var { $( $vk:ident => $vty:ty [$item:ty], container: $vc:expr; )* }
    ) => {
        /// Which payload layout follows an object's header.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Kind { $( $fk, )* $( $vk, )* }

        impl Kind {
            /// Number of kinds.
            pub const COUNT: usize = [$( Kind::$fk, )* $( Kind::$vk, )*].len();
            /// Every kind.
            pub const ALL: [Kind; Kind::COUNT] = [$( Kind::$fk, )* $( Kind::$vk, )*];

            /// Whether objects of this kind can hold references to other
            /// objects (and so carry a GC header for the cycle collector).
            #[inline(always)]
            pub const fn is_container(self) -> bool {
                match self { $( Kind::$fk => $fc, )* $( Kind::$vk => $vc, )* }
            }

            /// The kind's name (for statistics).
            pub fn name(self) -> &'static str {
                match self { $( Kind::$fk => stringify!($fk), )* $( Kind::$vk => stringify!($vk), )* }
            }
        }

        $(
            impl sealed::Sealed for $fty {}
            impl Payload for $fty { const KIND: Kind = Kind::$fk; const VAR: bool = false; }
        )*
        $(
            impl sealed::Sealed for $vty {}
            impl Payload for $vty { const KIND: Kind = Kind::$vk; const VAR: bool = true; }
            impl VarPayload for $vty { type Item = $item; }
        )*

        /// Calls `visit` for each reference the object at `ptr` owns (see
        /// `Trace`); false if the object could not be inspected now.
        ///
        /// # Safety
        /// `ptr` is a live object.
        pub(crate) unsafe fn trace_object(ptr: NonNull<ObjHeader>, visit: Visit<'_>) -> bool {
            // SAFETY: the caller guarantees `ptr` is a live object.
            let kind = unsafe { ptr.as_ref().kind };
            match kind {
                $( Kind::$fk => {
                    // SAFETY: kind $fk objects are HeapObject<$fty>, alive.
                    let payload = unsafe { &(*ptr.cast::<HeapObject<$fty>>().as_ptr()).payload };
                    payload.trace(visit)
                } )*
                $( Kind::$vk => {
                    let obj = ptr.cast::<HeapVarObject<$vty>>().as_ptr();
                    // SAFETY: kind $vk objects are HeapVarObject<$vty>
                    // followed by `len` initialized, immutable items.
                    let (payload, items) = unsafe {
                        let len = (*obj).len;
                        let items = obj.add(1) as *const $item;
                        (&(*obj).payload, std::slice::from_raw_parts(items, len))
                    };
                    if !payload.trace(visit) {
                        return false;
                    }
                    items.trace_items(visit);
                    true
                } )*
            }
        }

        /// Drops the cycle-forming references of the object at `ptr` (see
        /// `Trace::clear`).
        ///
        /// # Safety
        /// `ptr` is a live object.
        pub(crate) unsafe fn clear_object(ptr: NonNull<ObjHeader>) {
            // SAFETY: the caller guarantees `ptr` is a live object.
            let kind = unsafe { ptr.as_ref().kind };
            match kind {
                $( Kind::$fk => {
                    // SAFETY: kind $fk objects are HeapObject<$fty>, alive.
                    let payload = unsafe { &(*ptr.cast::<HeapObject<$fty>>().as_ptr()).payload };
                    payload.clear()
                } )*
                $( Kind::$vk => {
                    let obj = ptr.cast::<HeapVarObject<$vty>>().as_ptr();
                    // SAFETY: kind $vk objects are HeapVarObject<$vty>
                    // followed by `len` initialized items, alive.
                    let (payload, items) = unsafe {
                        let len = (*obj).len;
                        let items = obj.add(1) as *const $item;
                        (&(*obj).payload, std::slice::from_raw_parts(items, len))
                    };
                    payload.clear();
                    items.clear_items();
                } )*
            }
        }

        /// Drops the payload (and inline items) of the object at `ptr` in
        /// place and returns the object's size in bytes (without GC head).
        ///
        /// # Safety
        /// `ptr` is a live object whose count reached zero; it is not used
        /// again except to free its memory.
        pub(crate) unsafe fn drop_payload(ptr: NonNull<ObjHeader>) -> usize {
            // SAFETY: the caller guarantees `ptr` is a live object.
            let kind = unsafe { ptr.as_ref().kind };
            match kind {
                $( Kind::$fk => {
                    // SAFETY: kind $fk objects are HeapObject<$fty>.
                    unsafe { std::ptr::drop_in_place(&raw mut (*ptr.cast::<HeapObject<$fty>>().as_ptr()).payload) };
                    size_of::<HeapObject<$fty>>()
                } )*
                $( Kind::$vk => {
                    let obj = ptr.cast::<HeapVarObject<$vty>>().as_ptr();
                    // SAFETY: kind $vk objects are HeapVarObject<$vty>
                    // followed by `len` initialized items.
                    unsafe {
                        let len = (*obj).len;
                        let items = obj.add(1) as *mut $item;
                        if Kind::$vk == Kind::Tuple {
                            // CPython releases a tuple's items last first.
                            for i in (0..len).rev() {
                                std::ptr::drop_in_place(items.add(i));
                            }
                        } else {
                            std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(items, len));
                        }
                        std::ptr::drop_in_place(&raw mut (*obj).payload);
                        size_of::<HeapVarObject<$vty>>() + len * size_of::<$item>()
                    }
                } )*
            }
        }
    };
}

kinds! {
    fixed {
        Singleton => objects::singleton::PySingleton, container: false;
        Int => objects::int::PyInt, container: false;
        BigInt => objects::int::PyBigInt, container: false;
        Float => objects::float::PyFloat, container: false;
        List => objects::list::PyList, container: true;
        Dict => objects::dict::PyDict, container: true;
        Set => objects::set::PySet, container: true;
        Range => objects::range::PyRange, container: false;
        Slice => objects::slice::PySlice, container: true;
        Iter => objects::iter::PyIter, container: true;
        Code => objects::code::PyCode, container: false;
        Function => objects::function::PyFunction, container: true;
        Native => objects::native::PyNative, container: true;
        BoundMethod => objects::function::PyBoundMethod, container: true;
        Cell => objects::cell::PyCell, container: true;
        Type => objects::typeobj::PyType, container: true;
        Module => objects::module::PyModule, container: true;
        Exception => objects::exception::PyException, container: true;
        Generator => objects::generator::PyGenerator, container: true;
        Property => objects::descriptor::PyProperty, container: true;
        StaticMethod => objects::descriptor::PyStaticMethod, container: true;
        ClassMethod => objects::descriptor::PyClassMethod, container: true;
        Super => objects::descriptor::PySuper, container: true;
        WeakRef => objects::weakref::PyWeakRef, container: true;
        Member => objects::member::PyMember, container: true;
        MappingProxy => objects::mappingproxy::PyMappingProxy, container: true;
        ByteArray => objects::bytearray::PyByteArray, container: false;
        MemoryView => objects::memoryview::PyMemoryView, container: true;
        Frame => objects::frame::PyFrame, container: true;
    }
    var {
        Str => objects::str::PyStr [u8], container: false;
        Bytes => objects::bytes::PyBytes [u8], container: false;
        Tuple => objects::tuple::PyTuple [crate::heap::ObjRef], container: true;
        // An instance's `__slots__` values follow its payload.
        Instance => objects::instance::PyInstance [std::cell::Cell<Option<crate::heap::ObjRef>>], container: true;
    }
}
