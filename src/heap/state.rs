//! The per-thread heap state: the allocator, per-kind statistics, the
//! built-in type table, the trashcan for deep frees and the memory limit.

use super::alloc::{AllocStats, Allocator};
use super::freelist::{FreeLists, NO_SLOT, slot_of, slot_of_dead};
use super::gc::GcState;
use super::kinds::{
    GC_HEAD_SIZE, HeapObject, HeapVarObject, Kind, Payload, VarPayload, drop_payload,
};
use super::objref::{ObjHeader, ObjRef, flags};
use std::cell::Cell;
use std::collections::{HashMap, VecDeque};
use std::mem::size_of;
use std::ptr::NonNull;

/// How many built-in type slots the table has.
const BUILTIN_TYPE_SLOTS: usize = 160;

/// Frees nested deeper than this are queued instead of recursing.
const TRASHCAN_DEPTH: usize = 256;

/// Allocation counts for one kind of object.
#[derive(Clone, Copy, Debug, Default)]
pub struct KindStats {
    /// Objects allocated.
    pub allocated: u64,
    /// Objects freed.
    pub freed: u64,
    /// Bytes of live objects (headers and payloads, not owned buffers).
    pub live_bytes: usize,
    /// Objects made immortal (never freed, not leaks).
    pub immortal: u64,
    /// Most bytes live at once.
    pub peak_bytes: usize,
}

/// A snapshot of the heap's statistics.
#[derive(Clone, Debug, Default)]
pub struct HeapStats {
    /// Per-kind counts, indexed by `Kind as usize`.
    pub kinds: Vec<(Kind, KindStats)>,
}

pub(super) struct HeapState {
    alloc: Allocator,
    kinds: [KindStats; Kind::COUNT],
    types: [Option<NonNull<ObjHeader>>; BUILTIN_TYPE_SLOTS],
    trash_depth: usize,
    trash: Vec<NonNull<ObjHeader>>,
    /// The cycle collector's generations and counters.
    pub(super) gc: GcState,
    /// Weak references by referent address (see `weakrefs`).
    pub(super) weakrefs: HashMap<usize, Vec<NonNull<ObjHeader>>>,
    /// Finalizers and weakref callbacks waiting for the VM.
    pub(super) pending: VecDeque<PendingAction>,
    /// Blocks of dead floats, ints, dicts, lists and small tuples kept
    /// for the next object of their size (see `freelist`).
    free: FreeLists,
    /// The `float` and `int` types: only their exact instances go on the
    /// free lists (a subclass instance may be laid out differently).
    float_type: Option<NonNull<ObjHeader>>,
    int_type: Option<NonNull<ObjHeader>>,
}

/// Work the heap leaves for the VM, which runs it at its next safe point
/// (`__del__` and weakref callbacks run Python code, which cannot happen
/// inside a reference-count decrement).
pub enum PendingAction {
    /// Run the finalizer of an object whose count reached zero (`__del__`,
    /// or a suspended generator's `close()`); the reference is the heap's,
    /// taken back from zero, and dropping it frees the object unless the
    /// finalizer resurrected it.
    Finalize(ObjRef),
    /// Call `callback(weakref)`: the weak reference's referent died.
    WeakCallback {
        /// The weak reference (kept alive for the call).
        weakref: ObjRef,
        /// Its callback.
        callback: ObjRef,
    },
}

thread_local! {
    /// The heap of this thread, made on first use and never freed (its
    /// objects may be referenced until the thread ends). A plain pointer in
    /// a destructor-free thread-local is the cheapest TLS access there is,
    /// which matters: every allocation and free goes through it.
    static HEAP: Cell<*mut HeapState> = const { Cell::new(std::ptr::null_mut()) };
    static MEMORY_ERROR: Cell<bool> = const { Cell::new(false) };
    /// Set when the heap has work for the VM's next safe point: a pending
    /// MemoryError, finalizers or callbacks, or a collection that is due.
    static ATTENTION: Cell<bool> = const { Cell::new(false) };
}

/// Whether the heap wants the VM's attention at its next safe point.
#[inline(always)]
pub fn attention() -> bool {
    ATTENTION.with(|a| a.get())
}

/// Clears the attention flag (the VM then handles everything pending).
pub fn clear_attention() {
    ATTENTION.with(|a| a.set(false));
}

/// Raises the attention flag.
#[inline(always)]
pub(super) fn raise_attention() {
    ATTENTION.with(|a| a.set(true));
}

#[cold]
#[inline(never)]
fn init_heap() -> *mut HeapState {
    let state = Box::new(HeapState {
        alloc: Allocator::new(),
        kinds: [KindStats {
            allocated: 0,
            freed: 0,
            live_bytes: 0,
            immortal: 0,
            peak_bytes: 0,
        }; Kind::COUNT],
        types: [None; BUILTIN_TYPE_SLOTS],
        trash_depth: 0,
        trash: Vec::new(),
        gc: GcState::new(),
        weakrefs: HashMap::new(),
        pending: VecDeque::new(),
        free: FreeLists::new(),
        float_type: None,
        int_type: None,
    });
    let p = Box::into_raw(state);
    HEAP.with(|h| h.set(p));
    p
}

/// Runs `f` with exclusive access to the heap state.
///
/// Callers must not call anything that can re-enter the heap (drop an
/// ObjRef, allocate) inside `f`: every use below only touches counters and
/// the allocator, which never call back.
#[inline(always)]
pub(super) fn with_state<R>(f: impl FnOnce(&mut HeapState) -> R) -> R {
    let mut p = HEAP.with(|h| h.get());
    if p.is_null() {
        p = init_heap();
    }
    // SAFETY: the state is owned by this thread (made by init_heap and never
    // freed), and `f` never re-enters `with_state` (see above), so this is
    // the only live reference.
    f(unsafe { &mut *p })
}

/// Allocates `size` bytes of object memory. Over the memory limit the
/// allocation still succeeds (objects are small) but a MemoryError is left
/// pending for the VM to raise at its next safe point.
#[inline(always)]
fn raw_alloc(state: &mut HeapState, size: usize) -> NonNull<u8> {
    match state.alloc.alloc(size) {
        Some(p) => p,
        None => raw_alloc_slow(state, size),
    }
}

#[cold]
#[inline(never)]
fn raw_alloc_slow(state: &mut HeapState, size: usize) -> NonNull<u8> {
    MEMORY_ERROR.with(|m| m.set(true));
    raise_attention();
    let limit = state.alloc.limit();
    state.alloc.set_limit(None);
    let p = state.alloc.alloc(size);
    state.alloc.set_limit(limit);
    match p {
        Some(p) => p,
        None => std::alloc::handle_alloc_error(
            std::alloc::Layout::from_size_align(size, 16)
                .unwrap_or(std::alloc::Layout::new::<u8>()),
        ),
    }
}

/// Allocates an object of payload `P` whose type is `ty` (the object takes
/// a reference to its type). Returns the only reference to it.
#[inline(always)]
pub fn alloc_object<P: Payload>(ty: &ObjRef, payload: P) -> ObjRef {
    // A variable-size payload allocated here would lack its item count:
    // refuse it at compile time.
    const { assert!(!P::VAR) };
    let obj_size = size_of::<HeapObject<P>>();
    let prefix = if P::KIND.is_container() {
        GC_HEAD_SIZE
    } else {
        0
    };
    // Plain layout: a block from a free list (floats, ints, dicts, lists)
    // fits.
    let block = alloc_block(P::KIND, prefix, obj_size, P::KIND.is_container(), true);
    // SAFETY: `block` is a fresh allocation of prefix + obj_size bytes,
    // 16-byte aligned; we zero the GC head and write a fully initialized
    // HeapObject<P> after it.
    unsafe {
        if prefix != 0 {
            std::ptr::write_bytes(block.as_ptr(), 0, prefix);
        }
        let obj = block.as_ptr().add(prefix) as *mut HeapObject<P>;
        obj.write(HeapObject {
            header: ObjHeader {
                refcnt: Cell::new(1),
                ty: Cell::new(type_ref(ty)),
                kind: P::KIND,
                flags: Cell::new(0),
                gc_gen: Cell::new(0),
            },
            payload,
        });
        let ptr = NonNull::new_unchecked(obj as *mut ObjHeader);
        if P::KIND.is_container() {
            with_state(|s| s.gc.track(ptr));
        }
        ObjRef::from_raw_owned(ptr)
    }
}

/// Allocates a variable-size object of payload `P` with the given inline
/// items.
pub fn alloc_var_object<P: VarPayload, I>(ty: &ObjRef, payload: P, items: I) -> ObjRef
where
    I: ExactSizeIterator<Item = P::Item>,
{
    let len = items.len();
    let obj_size = size_of::<HeapVarObject<P>>() + len * size_of::<P::Item>();
    let prefix = if P::KIND.is_container() {
        GC_HEAD_SIZE
    } else {
        0
    };
    // Plain layout: a block from a free list (small tuples) fits.
    let block = alloc_block(P::KIND, prefix, obj_size, P::KIND.is_container(), true);
    // SAFETY: `block` is a fresh allocation big enough for the GC head, the
    // HeapVarObject<P> and `len` items; items are written one by one and
    // the stored length only counts written items, so the object never
    // claims uninitialized items.
    unsafe {
        if prefix != 0 {
            std::ptr::write_bytes(block.as_ptr(), 0, prefix);
        }
        let obj = block.as_ptr().add(prefix) as *mut HeapVarObject<P>;
        write_var_header(obj, ty, payload);
        let base = obj.add(1) as *mut P::Item;
        let mut written = 0;
        for item in items.take(len) {
            base.add(written).write(item);
            written += 1;
            (*obj).len = written;
        }
        // The block was sized for `len` items and will be freed at the
        // size `len` implies, so an iterator that lies about its length is
        // an interpreter bug: stop here rather than corrupt the allocator
        // (the partial object is leaked, never freed at the wrong size).
        assert_eq!(written, len, "ExactSizeIterator under-delivered");
        let ptr = NonNull::new_unchecked(obj as *mut ObjHeader);
        if P::KIND.is_container() {
            with_state(|s| s.gc.track(ptr));
        }
        ObjRef::from_raw_owned(ptr)
    }
}

/// Allocates a block of `prefix + obj_size` bytes for a new object of
/// `kind` and counts it (statistics, and a container allocation for the
/// collector's thresholds when `container`). With `reuse`, the object has
/// the plain layout of its kind, so a block of its size kept on a free
/// list (`keep_free_block`, `free_now`) is taken first.
#[inline(always)]
pub(super) fn alloc_block(
    kind: Kind,
    prefix: usize,
    obj_size: usize,
    container: bool,
    reuse: bool,
) -> NonNull<u8> {
    // Callers pass constants (but for a tuple's size), so this folds here,
    // in the inlined caller; the closure below is one function shared by
    // every caller and is not always inlined.
    let slot = if reuse {
        slot_of(kind, obj_size)
    } else {
        NO_SLOT
    };
    // Not `with_state`: its closure is one out-of-line function shared by
    // every caller, whose call and register saves cost as much as the
    // free-list pop itself.
    let mut state = HEAP.with(|h| h.get());
    if state.is_null() {
        state = init_heap();
    }
    // SAFETY: as in `with_state`: the state is this thread's, and nothing
    // below re-enters the heap, so this is the only live reference.
    let s = unsafe { &mut *state };
    let p = match s.free.pop(slot) {
        Some(p) => p,
        None => raw_alloc(s, prefix + obj_size),
    };
    let ks = &mut s.kinds[kind as usize];
    ks.allocated += 1;
    ks.live_bytes += obj_size;
    if ks.live_bytes > ks.peak_bytes {
        ks.peak_bytes = ks.live_bytes;
    }
    if container && s.gc.note_alloc() {
        raise_attention();
    }
    if super::tracemalloc::is_tracing() {
        super::tracemalloc::trace_alloc(p.as_ptr() as usize, prefix + obj_size);
    }
    p
}

/// Frees an object whose count just reached zero (called by `ObjRef::drop`).
#[cold]
#[inline(never)]
pub(crate) fn dealloc(ptr: NonNull<ObjHeader>) {
    // SAFETY: the count just reached zero; the object is alive until freed.
    let (kind, fl) = unsafe { (ptr.as_ref().kind, ptr.as_ref().flags.get()) };
    if matches!(kind, Kind::Float | Kind::Int) && keep_free_block(ptr, kind) {
        return;
    }
    if (fl & flags::HAS_WEAKREFS != 0 || (fl & flags::FINALIZED == 0 && has_finalizer(ptr)))
        && dealloc_special(ptr)
    {
        return;
    }
    if !kind.is_container() && kind != Kind::Code && fl & flags::SUBCLASS == 0 {
        // Leaf objects own no references to other objects, so freeing them
        // cannot recurse: skip the trashcan bookkeeping.
        free_now(ptr);
        return;
    }
    let deferred = with_state(|s| {
        if s.trash_depth >= TRASHCAN_DEPTH {
            s.trash.push(ptr);
            true
        } else {
            s.trash_depth += 1;
            false
        }
    });
    if deferred {
        return;
    }
    free_now(ptr);
    let mut next = with_state(|s| {
        s.trash_depth -= 1;
        if s.trash_depth == 0 {
            s.trash.pop()
        } else {
            None
        }
    });
    // Only the outermost free drains the queue, one object at a time, so
    // the Rust stack stays bounded by TRASHCAN_DEPTH frames.
    while let Some(p) = next {
        with_state(|s| s.trash_depth += 1);
        free_now(p);
        next = with_state(|s| {
            s.trash_depth -= 1;
            s.trash.pop()
        });
    }
}

/// Puts a dead exact float or machine int on its free list (they own no
/// references, cannot be weakly referenced and have no finalizer, so
/// nothing else needs doing); false when it is not one or the list is full.
#[inline(always)]
fn keep_free_block(ptr: NonNull<ObjHeader>, kind: Kind) -> bool {
    // SAFETY: the object is alive until freed; reading its type is fine.
    let ty = unsafe { ptr.as_ref().ty.get() };
    let kept = with_state(
        #[inline(always)]
        |s| {
            let float = kind == Kind::Float;
            let (exact, size) = if float {
                (
                    s.float_type,
                    size_of::<HeapObject<crate::objects::float::PyFloat>>(),
                )
            } else {
                (
                    s.int_type,
                    size_of::<HeapObject<crate::objects::int::PyInt>>(),
                )
            };
            if exact != Some(ty) {
                return false;
            }
            // SAFETY: the object's count reached zero and it owns nothing (an
            // exact float or int payload is plain data), so its block is dead;
            // blocks are 16-byte aligned and far longer than a word.
            if !unsafe { s.free.number_list(float).push(ptr.cast()) } {
                return false;
            }
            let ks = &mut s.kinds[kind as usize];
            ks.freed += 1;
            ks.live_bytes -= size;
            true
        },
    );
    if kept && super::tracemalloc::is_tracing() {
        super::tracemalloc::trace_free(ptr.as_ptr() as usize);
    }
    kept
}

/// Registers the `float` or `int` type, whose exact instances the free
/// lists keep.
pub fn set_free_list_type(kind: Kind, ty: &ObjRef) {
    with_state(|s| match kind {
        Kind::Float => s.float_type = Some(ty.as_ptr()),
        Kind::Int => s.int_type = Some(ty.as_ptr()),
        _ => {}
    });
}

/// Returns the blocks on the free lists to the pools (full collections and
/// shutdown do this, so pool statistics and arena release see them).
pub fn clear_free_lists() {
    with_state(|s| {
        for (b, size) in s.free.drain() {
            // SAFETY: free-list blocks are dead blocks this allocator gave
            // out at `size` bytes, each taken off its list and freed once.
            unsafe { s.alloc.free(b, size) };
        }
    });
}

fn free_now(ptr: NonNull<ObjHeader>) {
    // SAFETY: the count reached zero, so nothing else refers to the object;
    // we read its kind and type, drop its payload (which may free other
    // objects re-entrantly, outside with_state), then release its block
    // with the size it was allocated with, or park it on the free list of
    // that size (`slot_of` of a plain object's kind and size).
    unsafe {
        let kind = ptr.as_ref().kind;
        let ty = ptr.as_ref().ty.get();
        if kind == Kind::WeakRef {
            super::weakrefs::unregister(ptr);
        }
        let obj_size = drop_payload(ptr);
        let sub = ptr.as_ref().flags.get() & flags::SUBCLASS != 0;
        let prefix = if sub {
            super::subclass::drop_dict_slot(ptr);
            super::subclass::SUBCLASS_PREFIX
        } else if kind.is_container() {
            GC_HEAD_SIZE
        } else {
            0
        };
        let block = NonNull::new_unchecked((ptr.as_ptr() as *mut u8).sub(prefix));
        let tracked = ptr.as_ref().flags.get() & flags::GC_TRACKED != 0;
        with_state(|s| {
            if kind.is_container() || sub {
                if tracked {
                    s.gc.untrack(ptr);
                }
                s.gc.note_free();
            }
            let ks = &mut s.kinds[kind as usize];
            ks.freed += 1;
            ks.live_bytes -= obj_size;
            // A plain dict, list or small tuple waits on its free list: the
            // block is dead (payload dropped, untracked) and of its slot's
            // size; a subclass instance is laid out differently.
            let slot = if sub {
                NO_SLOT
            } else {
                slot_of_dead(kind, obj_size)
            };
            if !s.free.push(slot, block) {
                s.alloc.free(block, prefix + obj_size);
            }
        });
        if super::tracemalloc::is_tracing() {
            super::tracemalloc::trace_free(block.as_ptr() as usize);
        }
        // Built-in types are immortal: skip the decrement's bookkeeping.
        let ty_header = ty.as_ref();
        if ty_header.flags.get() & super::objref::flags::IMMORTAL == 0 {
            drop(ObjRef::from_raw_owned(ty));
        }
    }
}

/// Registers built-in type `index` (see `objects::types`).
pub fn set_builtin_type(index: usize, ty: &ObjRef) {
    let p = ty.clone().into_raw();
    with_state(|s| s.types[index] = Some(p));
}

/// The built-in type in slot `index`, if registered.
#[inline(always)]
pub fn builtin_type_ptr(index: usize) -> Option<NonNull<ObjHeader>> {
    with_state(|s| s.types[index])
}

/// Sets (or clears) the memory limit in bytes: on the objects' blocks, and
/// on everything the process allocates (`sysalloc`).
pub fn set_memory_limit(limit: Option<usize>) {
    // The process-wide count covers the objects' arenas too, so it alone
    // enforces the limit (see `sysalloc`).
    super::sysalloc::set_limit(limit);
}

/// Called by the global allocator when the process went past the limit.
#[inline(never)]
#[cold]
pub(super) fn note_over_limit() {
    MEMORY_ERROR.with(|m| m.set(true));
    raise_attention();
}

/// Whether a large buffer of `bytes` may be allocated now: false when it
/// would pass the memory limit or is absurdly large. Callers raise
/// MemoryError when it returns false.
pub fn try_reserve(bytes: usize) -> bool {
    if bytes > (isize::MAX as usize) / 4 {
        return false;
    }
    if let Some(limit) = super::sysalloc::limit()
        && super::sysalloc::bytes_in_use().saturating_add(bytes) > limit
    {
        return false;
    }
    // A big request is tried for real (and given back at once): the system
    // refuses what it cannot provide, where an infallible allocation later
    // would abort the process.
    if bytes > (64 << 20) {
        let mut probe: Vec<u8> = Vec::new();
        if probe.try_reserve_exact(bytes).is_err() {
            return false;
        }
    }
    with_state(|s| match s.alloc.limit() {
        Some(limit) => s.alloc.requested_bytes().saturating_add(bytes) <= limit,
        None => true,
    })
}

/// Whether an allocation went past the memory limit since the last
/// [`take_memory_error`].
#[inline(always)]
pub fn memory_error_pending() -> bool {
    MEMORY_ERROR.with(|m| m.get())
}

/// Clears and returns the pending-MemoryError flag.
pub fn take_memory_error() -> bool {
    MEMORY_ERROR.with(|m| m.replace(false))
}

/// The allocator's statistics.
pub fn allocator_stats() -> AllocStats {
    with_state(|s| s.alloc.stats())
}

/// Blocks parked on the free lists and their bytes: freed objects as far
/// as the object statistics go, in use as far as the pools go.
pub fn free_list_totals() -> (usize, usize) {
    with_state(|s| s.free.totals())
}

/// Blocks on the free list of `kind` (tuples: of `len` items).
#[cfg(test)]
pub(super) fn free_list_len(kind: Kind, len: usize) -> usize {
    with_state(|s| s.free.len_of(kind, len))
}

/// Per-kind allocation statistics.
pub fn heap_stats() -> HeapStats {
    with_state(|s| HeapStats {
        kinds: Kind::ALL
            .iter()
            .map(|&k| (k, s.kinds[k as usize]))
            .collect(),
    })
}

/// The allocator's report in the layout of CPython's `sys._debugmallocstats()`.
pub fn debug_malloc_stats() -> String {
    with_state(|s| {
        let mut out = s.alloc.debug_malloc_stats();
        out.push('\n');
        out.push_str(&s.free.report());
        out
    })
}

/// Allocates the first type object (`type` itself), whose type is itself.
/// The object holds one reference to itself; it is made immortal by the
/// caller, so that reference never matters.
pub fn alloc_self_typed<P: Payload>(payload: P) -> ObjRef {
    let obj_size = size_of::<HeapObject<P>>();
    let prefix = if P::KIND.is_container() {
        GC_HEAD_SIZE
    } else {
        0
    };
    let block = alloc_block(P::KIND, prefix, obj_size, P::KIND.is_container(), false);
    // SAFETY: as in alloc_object; the type pointer is the object itself,
    // and its count starts at 2 (the self reference plus the returned one).
    unsafe {
        if prefix != 0 {
            std::ptr::write_bytes(block.as_ptr(), 0, prefix);
        }
        let obj = block.as_ptr().add(prefix) as *mut HeapObject<P>;
        let hp = NonNull::new_unchecked(obj as *mut ObjHeader);
        obj.write(HeapObject {
            header: ObjHeader {
                refcnt: Cell::new(2),
                ty: Cell::new(hp),
                kind: P::KIND,
                flags: Cell::new(0),
                gc_gen: Cell::new(0),
            },
            payload,
        });
        if P::KIND.is_container() {
            with_state(|s| s.gc.track(hp));
        }
        ObjRef::from_raw_owned(hp)
    }
}

/// Allocates a str object holding `text` (the only way str objects are
/// made, which is what lets `ObjRef::as_str` skip UTF-8 validation).
pub fn alloc_str(ty: &ObjRef, text: &str) -> ObjRef {
    let payload = crate::objects::str::PyStr {
        hash: Cell::new(-1),
        char_len: if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        },
    };
    alloc_var_object_copied(ty, payload, text.as_bytes())
}

/// The type pointer a new object stores: it takes a reference to its type,
/// except to an immortal type (whose count never matters; free_now skips the
/// matching decrement).
#[inline(always)]
pub(super) fn type_ref(ty: &ObjRef) -> NonNull<ObjHeader> {
    if ty.is_immortal() {
        ty.as_ptr()
    } else {
        ty.clone().into_raw()
    }
}

/// Writes a new variable-size object's header and payload, with no items
/// yet (`len` 0).
///
/// # Safety
///
/// `obj` points to writable, suitably aligned memory for a
/// `HeapVarObject<P>` that holds no live object.
#[inline(always)]
unsafe fn write_var_header<P: VarPayload>(obj: *mut HeapVarObject<P>, ty: &ObjRef, payload: P) {
    // SAFETY: forwarded from the caller's contract.
    unsafe {
        obj.write(HeapVarObject {
            header: ObjHeader {
                refcnt: Cell::new(1),
                ty: Cell::new(type_ref(ty)),
                kind: P::KIND,
                flags: Cell::new(0),
                gc_gen: Cell::new(0),
            },
            len: 0,
            payload,
        });
    }
}

/// [`alloc_var_object`] for items that are plain data, copied in one go
/// (str and bytes contents) rather than item by item.
pub fn alloc_var_object_copied<P: VarPayload>(ty: &ObjRef, payload: P, items: &[P::Item]) -> ObjRef
where
    P::Item: Copy,
{
    const { assert!(!P::KIND.is_container()) };
    let len = items.len();
    let obj_size = size_of::<HeapVarObject<P>>() + std::mem::size_of_val(items);
    let block = alloc_block(P::KIND, 0, obj_size, false, true);
    // SAFETY: `block` is a fresh allocation of `obj_size` bytes, 16-byte
    // aligned: the header is written whole, then exactly `len` items are
    // copied from a slice that cannot overlap the new block, and only then
    // does the length say they are there.
    unsafe {
        let obj = block.as_ptr() as *mut HeapVarObject<P>;
        write_var_header(obj, ty, payload);
        let base = obj.add(1) as *mut P::Item;
        std::ptr::copy_nonoverlapping(items.as_ptr(), base, len);
        (*obj).len = len;
        ObjRef::from_raw_owned(NonNull::new_unchecked(obj as *mut ObjHeader))
    }
}

/// `obj + extra` for a str that nothing else refers to, made by growing
/// its block rather than copying it (what CPython's `PyUnicode_Append`
/// does for `s += t` on a local), so building a long string piece by
/// piece is linear. Only for an exact, non-interned str in a large block;
/// otherwise (or when the memory limit refuses) `obj` comes back and the
/// caller concatenates as usual.
pub fn append_str_in_place(obj: ObjRef, extra: &str) -> Result<ObjRef, ObjRef> {
    type Str = HeapVarObject<crate::objects::str::PyStr>;
    let special = flags::SUBCLASS | flags::INTERNED | flags::IMMORTAL | flags::HAS_WEAKREFS;
    if obj.kind() != Kind::Str || obj.refcount() != 1 || obj.flags() & special != 0 {
        return Err(obj);
    }
    let ptr = obj.as_ptr().as_ptr() as *mut Str;
    // SAFETY: `obj` is a live str (kind checked), so its header is a `Str`.
    let old_len = unsafe { (*ptr).len };
    let old_size = size_of::<Str>() + old_len;
    let Some(new_size) = old_size.checked_add(extra.len()) else {
        return Err(obj);
    };
    if old_size <= super::alloc::SMALL_REQUEST_THRESHOLD || extra.is_empty() {
        return Err(obj);
    }
    let block: NonNull<u8> = obj.as_ptr().cast();
    // SAFETY: a plain str's block is exactly its object (no prefix), of
    // `old_size` bytes, large, so it came from `alloc_large(old_size)`;
    // `obj` is its only reference and is forgotten below once the block
    // has moved, so the old address is never used again.
    let grown = with_state(|s| unsafe { s.alloc.realloc_large(block, old_size, new_size) });
    let Some(grown) = grown else {
        return Err(obj);
    };
    std::mem::forget(obj);
    let p = grown.as_ptr() as *mut Str;
    // SAFETY: the block now holds the whole old object followed by room
    // for `extra`; we own it alone, so writing the new bytes, then the
    // length, cached hash and character count, leaves a valid str. `extra`
    // lives in another object (the only reference to this one was ours).
    unsafe {
        let bytes = (p.add(1) as *mut u8).add(old_len);
        std::ptr::copy_nonoverlapping(extra.as_ptr(), bytes, extra.len());
        (*p).len = old_len + extra.len();
        (*p).payload.hash.set(-1);
        (*p).payload.char_len += if extra.is_ascii() {
            extra.len()
        } else {
            extra.chars().count()
        };
    }
    with_state(|s| {
        let ks = &mut s.kinds[Kind::Str as usize];
        ks.live_bytes += extra.len();
        ks.peak_bytes = ks.peak_bytes.max(ks.live_bytes);
    });
    if super::tracemalloc::is_tracing() {
        super::tracemalloc::trace_free(block.as_ptr() as usize);
        super::tracemalloc::trace_alloc(grown.as_ptr() as usize, new_size);
    }
    // SAFETY: `p` is the moved object, whose one reference `obj` held.
    Ok(unsafe { ObjRef::from_raw_owned(NonNull::new_unchecked(p as *mut ObjHeader)) })
}

/// Whether the object, whose count just reached zero, has a finalizer to
/// run first: an instance of a class with `__del__`, or a generator
/// suspended after it started (its `close()` runs `finally` blocks).
#[inline(always)]
fn has_finalizer(ptr: NonNull<ObjHeader>) -> bool {
    // SAFETY: the object and its type are alive (the object holds its type).
    unsafe {
        let h = ptr.as_ref();
        if h.kind == Kind::Generator {
            let g = &(*ptr
                .cast::<HeapObject<crate::objects::generator::PyGenerator>>()
                .as_ptr())
            .payload;
            return g.started.get()
                && !g.running.get()
                && g.frame.try_borrow().is_ok_and(|f| f.is_some());
        }
        let ty = h.ty.get().as_ref();
        if ty.flags.get() & flags::IMMORTAL != 0 || ty.kind != Kind::Type {
            return false;
        }
        let t = &(*h
            .ty
            .get()
            .cast::<HeapObject<crate::objects::typeobj::PyType>>()
            .as_ptr())
        .payload;
        t.flags.get() & crate::objects::typeobj::type_flags::HAS_FINALIZER != 0
    }
}

/// The slow part of freeing: queues the finalizer (returning true: the
/// object lives on for now), or clears the weak references to an object
/// that is really going (returning false: free it).
#[cold]
#[inline(never)]
fn dealloc_special(ptr: NonNull<ObjHeader>) -> bool {
    // SAFETY: the count just reached zero; the object is alive until freed.
    let h = unsafe { ptr.as_ref() };
    let fl = h.flags.get();
    if fl & flags::FINALIZED == 0 && has_finalizer(ptr) {
        // Take the count back from zero: the queue holds the reference.
        h.refcnt.set(1);
        h.flags.set(fl | flags::FINALIZER_QUEUED);
        // SAFETY: the count is 1 again, owned by the queue entry.
        let obj = unsafe { ObjRef::from_raw_owned(ptr) };
        with_state(|s| s.pending.push_back(PendingAction::Finalize(obj)));
        raise_attention();
        return true;
    }
    if fl & flags::HAS_WEAKREFS != 0 {
        super::weakrefs::clear_weakrefs(ptr, true);
    }
    false
}

/// Takes the next action the heap left for the VM.
pub fn take_pending() -> Option<PendingAction> {
    with_state(|s| s.pending.pop_front())
}

/// Whether actions are waiting for the VM.
pub fn has_pending() -> bool {
    with_state(|s| !s.pending.is_empty())
}

/// Queues a weakref callback (see `weakrefs`).
pub(super) fn queue_callback(weakref: ObjRef, callback: ObjRef) {
    with_state(|s| {
        s.pending
            .push_back(PendingAction::WeakCallback { weakref, callback })
    });
    raise_attention();
}

/// Counts an object that became immortal (it will never be freed, and is
/// not a leak).
pub(super) fn note_immortal(ptr: NonNull<ObjHeader>) {
    // SAFETY: `ptr` is a live object.
    let kind = unsafe { ptr.as_ref().kind };
    with_state(|s| s.kinds[kind as usize].immortal += 1);
    if kind.is_container() {
        // Immortal objects are never garbage: the collector need not see them.
        // SAFETY: `ptr` is a live container.
        if unsafe { ptr.as_ref().flags.get() } & flags::GC_TRACKED != 0 {
            // SAFETY: a tracked object is a container in a generation list.
            with_state(|s| unsafe { s.gc.untrack(ptr) });
        }
    }
}
