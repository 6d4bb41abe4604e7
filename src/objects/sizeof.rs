//! `sys.getsizeof`: the bytes Ferrite really uses for an object: its GC
//! head (containers), header and payload, inline items, and the buffers it
//! owns (a list's item array, a dict's tables).

use crate::heap::{Kind, ObjRef};
use crate::objects::dict::PyDict;
use crate::objects::list::PyList;
use crate::objects::set::PySet;
use crate::vm::Vm;

/// Size in bytes of the header (refcount, type, kind and flags).
pub const HEADER: usize = 24;
/// Size of the cycle collector's head in front of containers.
pub const GC_HEAD: usize = 16;

/// `sys.getsizeof(obj)`.
pub fn size_of(vm: &mut Vm, obj: &ObjRef) -> usize {
    let _ = vm;
    let gc = if crate::vm::subclass::is_subclass_instance(obj) {
        // A built-in type's subclass: the __dict__ slot and a GC head
        // always (see heap::subclass).
        GC_HEAD + 16
    } else if obj.kind().is_container() {
        GC_HEAD
    } else {
        0
    };
    let body = match obj.kind() {
        Kind::Singleton => 0,
        Kind::Int | Kind::Float => 8,
        Kind::BigInt => {
            let b = obj.downcast::<crate::objects::int::PyBigInt>();
            32 + b
                .map(|b| b.value.bits().div_ceil(64) as usize * 8)
                .unwrap_or(0)
        }
        Kind::Str => 16 + obj.as_str().map(|s| s.len()).unwrap_or(0),
        Kind::Bytes => {
            16 + obj
                .var_items::<crate::objects::bytes::PyBytes>()
                .map(|b| b.len())
                .unwrap_or(0)
        }
        Kind::ByteArray => {
            // CPython's ob_alloc, so the steps match its getsizeof.
            32 + obj
                .downcast::<crate::objects::bytearray::PyByteArray>()
                .map_or(0, |b| b.alloc.get())
        }
        Kind::Tuple => {
            16 + 8 * obj
                .var_items::<crate::objects::tuple::PyTuple>()
                .map(|t| t.len())
                .unwrap_or(0)
        }
        Kind::List => {
            let cap = obj
                .downcast::<PyList>()
                .map(|l| l.items.borrow().capacity())
                .unwrap_or(0);
            32 + 8 * cap
        }
        Kind::Dict => {
            let d = obj.downcast::<PyDict>();
            // CPython's set object holds an 8-slot table inline; a larger
            // table is a separate block of 16-byte slots.
            let slots = d.map(|d| d.table.borrow().slot_count()).unwrap_or(0);
            176 + if slots > 8 { slots * 16 } else { 0 }
        }
        Kind::Set => {
            let d = obj.downcast::<PySet>();
            // CPython's set object holds an 8-slot table inline; a larger
            // table is a separate block of 16-byte slots.
            let slots = d.map(|d| d.table.borrow().slot_count()).unwrap_or(0);
            176 + if slots > 8 { slots * 16 } else { 0 }
        }
        Kind::Instance => instance_body(obj),
        _ => 32,
    };
    gc + HEADER + body
}

/// An instance: its dict reference (when its class gives it a `__dict__`),
/// its inline slot values and its inline attribute cells.
fn instance_body(obj: &ObjRef) -> usize {
    let ty = obj.type_of();
    let no_dict = ty
        .downcast::<crate::objects::typeobj::PyType>()
        .is_some_and(|t| {
            t.flags.get() & crate::objects::typeobj::type_flags::NO_INSTANCE_DICT != 0
        });
    let slots = crate::objects::instance::slots(obj).len();
    let inline = crate::objects::instance::inline_capacity(obj);
    (if no_dict { 8 } else { 32 }) + 8 * (slots + inline)
}

/// What `sys.getsizeof` adds to an object's `__sizeof__()`: the cycle
/// collector's head in front of containers (and the `__dict__` slot of a
/// built-in type's subclass), as CPython adds its GC pre-header.
pub fn pre_header(vm: &mut Vm, obj: &ObjRef) -> usize {
    let _ = vm;
    if crate::vm::subclass::is_subclass_instance(obj) {
        GC_HEAD + 16
    } else if obj.kind().is_container() {
        GC_HEAD
    } else {
        0
    }
}

/// `obj.__sizeof__()` of the built-in types: [`size_of`] without the
/// pre-header.
pub fn basic_size(vm: &mut Vm, obj: &ObjRef) -> usize {
    size_of(vm, obj) - pre_header(vm, obj)
}
