//! Ferrite's heap: where every Python object lives.
//!
//! ```text
//!   ObjRef ──► ┌──────────────┐   (containers only: a 16-byte GcHead sits
//!              │ ObjHeader    │    just before the header, reserved for the
//!              │  refcnt      │    cycle collector's generation lists)
//!              │  ty  ───────────► type object (a heap object too)
//!              │  kind, flags │
//!              ├──────────────┤
//!              │ payload P    │   one Rust struct per built-in type
//!              ├──────────────┤   (src/objects/*); str, bytes and tuple
//!              │ items [T; n] │   carry their items inline after it
//!              └──────────────┘
//!                     ▲
//!   Allocator (alloc.rs): blocks ≤ 512 bytes from size-classed pools in
//!   arenas (CPython's obmalloc), larger ones from the system allocator.
//! ```
//!
//! Ownership is reference counting: an [`ObjRef`] is one strong reference;
//! cloning increments the count and dropping decrements it, and the object
//! is freed the moment the count reaches zero. Freeing drops the payload
//! (releasing the references it owns) and returns the block to the
//! allocator. Deep chains of frees are flattened by a "trashcan" (as in
//! CPython) so dropping a million nested lists cannot overflow the Rust
//! stack.
//!
//! The heap is per thread (a `thread_local`): an interpreter and all its
//! objects live on one thread, and `ObjRef` is neither `Send` nor `Sync`.
//! All `unsafe` code of the crate that touches object memory is in this
//! module; each block says why it holds.

pub mod alloc;
mod freelist;
pub mod gc;
mod kinds;
pub mod libm;
mod objref;
pub mod report;
mod state;
mod subclass;
pub mod sysalloc;
#[cfg(test)]
mod tests;
mod trace;
pub mod tracemalloc;
pub mod weakrefs;

pub use kinds::{Kind, Payload, VarPayload};
pub use objref::{ObjHeader, ObjRef, UncountedRef, flags};
pub use state::{
    HeapStats, KindStats, PendingAction, alloc_object, alloc_self_typed, alloc_str,
    alloc_var_object, alloc_var_object_copied, allocator_stats, append_str_in_place, attention,
    builtin_type_ptr, clear_attention, clear_free_lists, debug_malloc_stats, free_list_totals,
    has_pending, heap_stats, memory_error_pending, set_builtin_type, set_free_list_type,
    set_memory_limit, take_memory_error, take_pending, try_reserve,
};
pub use subclass::{alloc_subclass_object, alloc_subclass_var_object, subclass_dict};
pub use trace::{Trace, Visit, take_cell, visit_opt};
pub(crate) use weakrefs::weak_upgrade;
