//! `sys.getsizeof` and `__sizeof__`: the size CPython 3.11's layout gives
//! an object in the state Ferrite's object is in (on a 64-bit build).
//!
//! The state is Ferrite's own: a list's capacity is the capacity of its
//! item vector (grown in CPython's steps), a dict's table size is the size
//! of its index table, a bytearray's allocation is tracked as CPython's
//! `ob_alloc`. What is modelled is the layout around that state (object
//! headers, string kinds, 30-bit int digits, the collector's pre-header),
//! so programs that show how containers grow print CPython's numbers.
//! The bytes Ferrite really uses are what `--mem-report` and `tracemalloc`
//! count.

use crate::heap::{Kind, ObjRef};
use crate::objects::dict::PyDict;
use crate::objects::iter::{IterState, PyIter};
use crate::objects::list::PyList;
use crate::objects::set::PySet;
use crate::objects::typeobj::{PyType, type_flags};
use crate::vm::Vm;

/// Size of CPython's `PyGC_Head`, in front of every object of a GC type.
pub const GC_HEAD: usize = 16;
/// Size of the managed-dict pre-header of instances whose class adds a
/// `__dict__` to a fixed-size base (CPython 3.11's `Py_TPFLAGS_MANAGED_DICT`).
pub const MANAGED_DICT: usize = 16;

/// `sys.getsizeof(obj)` for objects without a Python-level `__sizeof__`.
pub fn size_of(vm: &mut Vm, obj: &ObjRef) -> usize {
    basic_size(vm, obj) + pre_header(vm, obj)
}

/// What `sys.getsizeof` adds to `__sizeof__()`: the collector's head for
/// objects of a GC type, and the managed-dict pointers.
pub fn pre_header(vm: &mut Vm, obj: &ObjRef) -> usize {
    if crate::vm::subclass::is_subclass_instance(obj) {
        // Subclasses of built-ins are GC types; those over a fixed-size
        // base keep their `__dict__` in the pre-header.
        let managed = !matches!(
            obj.kind(),
            Kind::Int | Kind::BigInt | Kind::Tuple | Kind::Bytes
        ) && obj.kind() != Kind::Exception;
        return GC_HEAD + if managed { MANAGED_DICT } else { 0 };
    }
    match obj.kind() {
        Kind::Instance if !vm.is_heap_type(&obj.type_of()) => 0,
        Kind::Instance => {
            let has_dict = !no_instance_dict(obj);
            GC_HEAD + if has_dict { MANAGED_DICT } else { 0 }
        }
        Kind::Iter if is_range_iter(obj) => 0,
        k if is_gc_type(k) => {
            let _ = vm;
            GC_HEAD
        }
        _ => 0,
    }
}

/// Whether CPython's type for objects of kind `k` is a GC type.
fn is_gc_type(k: Kind) -> bool {
    !matches!(
        k,
        Kind::Singleton
            | Kind::Int
            | Kind::BigInt
            | Kind::Float
            | Kind::Str
            | Kind::Bytes
            | Kind::ByteArray
            | Kind::Range
            | Kind::Code
    )
}

/// `obj.__sizeof__()` of the built-in types (and `object.__sizeof__` of
/// instances): the object's size without the pre-header.
pub fn basic_size(vm: &mut Vm, obj: &ObjRef) -> usize {
    let base = builtin_basic_size(obj);
    if crate::vm::subclass::is_subclass_instance(obj) {
        return base + subclass_extra(obj);
    }
    if obj.kind() == Kind::Instance {
        return instance_size(vm, obj);
    }
    base
}

/// Bytes a subclass of a built-in type adds to its base's `__sizeof__`.
fn subclass_extra(obj: &ObjRef) -> usize {
    match obj.kind() {
        // int's and str's __sizeof__ do not look at the basic size.
        Kind::Int | Kind::BigInt => 0,
        // A str subclass is not compact: a PyUnicodeObject and its data.
        Kind::Str => 80 - str_header(obj),
        Kind::Exception => 8,
        // The weak reference list pointer.
        _ => 8,
    }
}

/// The header part of a compact str of `obj`'s kind (ASCII or not).
fn str_header(obj: &ObjRef) -> usize {
    let max = obj
        .as_str()
        .map_or(0, |s| s.chars().map(|c| c as u32).max().unwrap_or(0));
    if max < 128 { 48 } else { 72 }
}

/// The size of a built-in object of `obj`'s kind, as CPython 3.11 lays it out.
fn builtin_basic_size(obj: &ObjRef) -> usize {
    match obj.kind() {
        Kind::Singleton => 16,
        Kind::Int => {
            let v = obj
                .downcast::<crate::objects::int::PyInt>()
                .map_or(0, |i| i.value);
            int_size(64 - v.unsigned_abs().leading_zeros() as u64)
        }
        Kind::BigInt => int_size(
            obj.downcast::<crate::objects::int::PyBigInt>()
                .map_or(0, |b| b.value.bits()),
        ),
        Kind::Float => 24,
        Kind::Str => str_size(obj),
        Kind::Bytes => {
            33 + obj
                .var_items::<crate::objects::bytes::PyBytes>()
                .map_or(0, |b| b.len())
        }
        Kind::ByteArray => {
            56 + obj
                .downcast::<crate::objects::bytearray::PyByteArray>()
                .map_or(0, |b| b.alloc.get())
        }
        Kind::Tuple => {
            24 + 8 * obj
                .var_items::<crate::objects::tuple::PyTuple>()
                .map_or(0, |t| t.len())
        }
        Kind::List => {
            let cap = obj
                .downcast::<PyList>()
                .map_or(0, |l| l.items.borrow().capacity());
            40 + 8 * cap
        }
        Kind::Dict => dict_size(obj),
        Kind::Set => {
            // The set object holds an 8-slot table inline; a larger table
            // is a separate block of 16-byte slots.
            let slots = obj
                .downcast::<PySet>()
                .map_or(0, |d| d.table.borrow().slot_count());
            200 + if slots > 8 { slots * 16 } else { 0 }
        }
        Kind::Range => 48,
        Kind::Slice => 40,
        Kind::Iter => iter_size(obj),
        Kind::Function => 136,
        Kind::Native => 56,
        Kind::BoundMethod => {
            let python_method = obj
                .downcast::<crate::objects::function::PyBoundMethod>()
                .is_some_and(|m| m.func.kind() == Kind::Function);
            if python_method { 48 } else { 56 }
        }
        Kind::Cell => 24,
        Kind::Type => 408,
        Kind::Module => 56,
        Kind::Exception => 72,
        Kind::Property => 64,
        Kind::StaticMethod | Kind::ClassMethod => 32,
        Kind::Super => 40,
        Kind::WeakRef => 64,
        Kind::MappingProxy => 24,
        Kind::MemoryView => 168,
        Kind::Member => 48,
        Kind::Generator => generator_size(obj),
        Kind::Code | Kind::Frame => 120,
        Kind::Instance => 16,
    }
}

/// An int of `bits` significant bits: a header and 30-bit digits (at least one).
fn int_size(bits: u64) -> usize {
    24 + 4 * bits.div_ceil(30).max(1) as usize
}

/// A compact str: ASCII strings have the short header; others store each
/// character in 1, 2 or 4 bytes, as wide as the widest; plus a NUL.
fn str_size(obj: &ObjRef) -> usize {
    let Some(s) = obj.as_str() else { return 49 };
    let (mut n, mut max) = (0usize, 0u32);
    for c in s.chars() {
        n += 1;
        max = max.max(c as u32);
    }
    match max {
        0..=127 => 48 + n + 1,
        128..=255 => 72 + n + 1,
        256..=0xFFFF => 72 + 2 * (n + 1),
        _ => 72 + 4 * (n + 1),
    }
}

/// A dict: the object, and its keys table unless it is the shared empty
/// one: a header, one index per slot (1, 2, 4 or 8 bytes each) and two
/// thirds of the slots' worth of entries (16 bytes when every key is a
/// str, else 24 with the hash).
fn dict_size(obj: &ObjRef) -> usize {
    let Some(d) = obj.downcast::<PyDict>() else {
        return 48;
    };
    let table = d.table.borrow();
    let slots = table.slot_count();
    if slots == 0 {
        return 48;
    }
    let index_bytes = match slots {
        0..=128 => 1,
        129..=0xFFFF => 2,
        0x1_0000..=0xFFFF_FFFF => 4,
        _ => 8,
    };
    let all_str = !table.has_general_keys();
    let entry = if all_str { 16 } else { 24 };
    48 + 32 + index_bytes * slots + (2 * slots / 3) * entry
}

/// The iterators' CPython structs.
fn iter_size(obj: &ObjRef) -> usize {
    let Some(it) = obj.downcast::<PyIter>() else {
        return 32;
    };
    match &*it.state.borrow() {
        IterState::Range { .. } => 48,
        IterState::Seq { .. } | IterState::Reversed { .. } => 32,
        IterState::Dict { .. } => 56,
        IterState::Enumerate { .. } => 56,
        IterState::Zip { .. } => 48,
        IterState::Map { .. } | IterState::Filter { .. } => 32,
        IterState::View { .. } => 24,
        IterState::Callable { .. } => 32,
    }
}

/// A range iterator is not a GC type in CPython.
fn is_range_iter(obj: &ObjRef) -> bool {
    obj.downcast::<PyIter>()
        .is_some_and(|it| matches!(&*it.state.borrow(), IterState::Range { .. }))
}

/// Whether `obj`'s class gives its instances no `__dict__`.
fn no_instance_dict(obj: &ObjRef) -> bool {
    obj.type_of()
        .downcast::<PyType>()
        .is_some_and(|t| t.flags.get() & type_flags::NO_INSTANCE_DICT != 0)
}

/// An instance of a class: `object`'s header, one pointer per slot, and
/// the weak reference list pointer when the class supports weak references.
fn instance_size(vm: &mut Vm, obj: &ObjRef) -> usize {
    let slots = crate::objects::instance::slots(obj).len();
    let name = vm.intern("__weakref__");
    let weakref = vm.type_lookup(&obj.type_of(), &name).is_some();
    16 + 8 * slots + if weakref { 8 } else { 0 }
}

/// A generator: its object header and the frame it embeds, whose size is
/// set by its code (locals, cells, free variables and value stack).
fn generator_size(obj: &ObjRef) -> usize {
    let Some(g) = obj.downcast::<crate::objects::generator::PyGenerator>() else {
        return 152;
    };
    let Some(code) = g.code.downcast::<crate::objects::code::PyCode>() else {
        return 152;
    };
    let co = &code.data.co;
    let cells = co
        .cellvars
        .iter()
        .filter(|c| !co.varnames.contains(c))
        .count();
    let slots = co.varnames.len() + cells + co.freevars.len() + co.stacksize as usize;
    152 + 8 * slots
}
