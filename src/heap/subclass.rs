//! The layout of instances of classes derived from built-in types
//! (`class L(list)`): the base type's kind and payload, so every piece of
//! the interpreter that dispatches on the kind treats them as the base type,
//! plus a `__dict__` slot. The header carries `flags::SUBCLASS`.
//!
//! ```text
//!   block ─► ┌──────────────┐
//!            │ dict slot    │  RefCell<Option<ObjRef>>: the instance __dict__
//!            ├──────────────┤
//!            │ GcHead       │  always, even for leaf kinds (int, str):
//!            ├──────────────┤  the dict can close a cycle through the object
//!   ObjRef ─►│ ObjHeader    │
//!            │ payload ...  │  exactly as for the base type
//!            └──────────────┘
//! ```
//!
//! Every subclass instance is tracked by the collector, which visits its
//! dict slot after the payload (`gc::trace`) and empties it when it breaks
//! cycles (`gc::clear_garbage`).

use super::kinds::{GC_HEAD_SIZE, HeapObject, HeapVarObject, Payload, VarPayload};
use super::objref::{ObjHeader, ObjRef, flags};
use super::state::{alloc_block, type_ref, with_state};
use super::trace::Visit;
use std::cell::{Cell, RefCell};
use std::mem::size_of;
use std::ptr::NonNull;

/// The `__dict__` slot of a subclass instance.
type DictSlot = RefCell<Option<ObjRef>>;

/// Bytes reserved for the dict slot (a multiple of 16, so the header stays
/// as aligned as the block).
const DICT_SLOT_SIZE: usize = 16;

const _: () = assert!(size_of::<DictSlot>() <= DICT_SLOT_SIZE);

/// Bytes before the header of a subclass instance: the dict slot and the
/// GC head.
pub(super) const SUBCLASS_PREFIX: usize = DICT_SLOT_SIZE + GC_HEAD_SIZE;

/// The dict slot of the subclass instance at `ptr`.
///
/// # Safety
/// `ptr` is a live object carrying `flags::SUBCLASS` (so it was allocated
/// by this module, with an initialized slot in front of its GC head).
unsafe fn slot<'a>(ptr: NonNull<ObjHeader>) -> &'a DictSlot {
    // SAFETY: the caller guarantees the layout above; the slot lives as
    // long as the object.
    unsafe { &*((ptr.as_ptr() as *const u8).sub(SUBCLASS_PREFIX) as *const DictSlot) }
}

/// Writes the dict slot and a zeroed GC head at the start of `block` and
/// returns where the object itself starts.
///
/// # Safety
/// `block` is a fresh allocation of at least SUBCLASS_PREFIX bytes, 16-byte
/// aligned.
unsafe fn init_prefix(block: NonNull<u8>) -> *mut u8 {
    // SAFETY: see the function's contract; the slot is written before
    // anything can read it.
    unsafe {
        (block.as_ptr() as *mut DictSlot).write(RefCell::new(None));
        std::ptr::write_bytes(block.as_ptr().add(DICT_SLOT_SIZE), 0, GC_HEAD_SIZE);
        block.as_ptr().add(SUBCLASS_PREFIX)
    }
}

fn header(ty: &ObjRef, kind: super::Kind) -> ObjHeader {
    ObjHeader {
        refcnt: Cell::new(1),
        ty: Cell::new(type_ref(ty)),
        kind,
        flags: Cell::new(flags::SUBCLASS),
        gc_gen: Cell::new(0),
    }
}

/// Allocates an instance of class `ty` (derived from the built-in type of
/// payload `P`) with the given payload and an empty `__dict__` slot.
pub fn alloc_subclass_object<P: Payload>(ty: &ObjRef, payload: P) -> ObjRef {
    debug_assert!(!P::VAR);
    let obj_size = size_of::<HeapObject<P>>();
    let block = alloc_block(P::KIND, SUBCLASS_PREFIX, obj_size, true, false);
    // SAFETY: `block` is a fresh 16-aligned allocation of SUBCLASS_PREFIX +
    // obj_size bytes; the prefix is initialized, then a complete
    // HeapObject<P> is written after it.
    unsafe {
        let obj = init_prefix(block) as *mut HeapObject<P>;
        obj.write(HeapObject {
            header: header(ty, P::KIND),
            payload,
        });
        let ptr = NonNull::new_unchecked(obj as *mut ObjHeader);
        with_state(|s| s.gc.track(ptr));
        ObjRef::from_raw_owned(ptr)
    }
}

/// [`alloc_subclass_object`] for a variable-size base (str, bytes, tuple):
/// the payload and its inline items.
pub fn alloc_subclass_var_object<P: VarPayload, I>(ty: &ObjRef, payload: P, items: I) -> ObjRef
where
    I: ExactSizeIterator<Item = P::Item>,
{
    let len = items.len();
    let obj_size = size_of::<HeapVarObject<P>>() + len * size_of::<P::Item>();
    let block = alloc_block(P::KIND, SUBCLASS_PREFIX, obj_size, true, false);
    // SAFETY: as in alloc_subclass_object; the items are written one by one
    // and the stored length only counts written items (alloc_var_object).
    unsafe {
        let obj = init_prefix(block) as *mut HeapVarObject<P>;
        obj.write(HeapVarObject {
            header: header(ty, P::KIND),
            len: 0,
            payload,
        });
        let base = obj.add(1) as *mut P::Item;
        let mut written = 0;
        for item in items.take(len) {
            base.add(written).write(item);
            written += 1;
            (*obj).len = written;
        }
        // A short iterator would make the block be freed at the wrong size.
        assert_eq!(written, len, "ExactSizeIterator under-delivered");
        let ptr = NonNull::new_unchecked(obj as *mut ObjHeader);
        with_state(|s| s.gc.track(ptr));
        ObjRef::from_raw_owned(ptr)
    }
}

/// The `__dict__` slot of a subclass instance; None for other objects.
pub fn subclass_dict(obj: &ObjRef) -> Option<&DictSlot> {
    if obj.flags() & flags::SUBCLASS == 0 {
        return None;
    }
    // SAFETY: the flag is only set by the allocators above; the slot lives
    // as long as `obj` is borrowed.
    Some(unsafe { slot(obj.as_ptr()) })
}

/// Visits the dict of the subclass instance at `ptr`; false if the slot is
/// being changed now.
pub(super) fn trace_dict_slot(ptr: NonNull<ObjHeader>, visit: Visit<'_>) -> bool {
    // SAFETY: the collector only calls this for live SUBCLASS objects.
    match unsafe { slot(ptr) }.try_borrow() {
        Ok(d) => {
            super::trace::visit_opt(&d, visit);
            true
        }
        Err(_) => false,
    }
}

/// Empties the dict slot of a subclass instance (breaking cycles).
pub(super) fn clear_dict_slot(obj: &ObjRef) {
    if let Some(s) = subclass_dict(obj) {
        let old = super::trace::take_cell(s);
        drop(old);
    }
}

/// Drops the dict slot of a subclass instance that is being freed.
///
/// # Safety
/// `ptr` is a SUBCLASS object whose count reached zero; the slot is not
/// used again.
pub(super) unsafe fn drop_dict_slot(ptr: NonNull<ObjHeader>) {
    // SAFETY: see the contract; the slot was initialized at allocation.
    unsafe {
        let p = (ptr.as_ptr() as *mut u8).sub(SUBCLASS_PREFIX) as *mut DictSlot;
        std::ptr::drop_in_place(p);
    }
}
