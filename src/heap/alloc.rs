//! The small-object allocator every Python object is carved from.
//!
//! This is CPython's obmalloc design (3.11 sizes), written afresh in Rust.
//! Requests of at most [`SMALL_REQUEST_THRESHOLD`] bytes are rounded up to a
//! size class (a multiple of [`ALIGNMENT`]) and served from pools of
//! same-sized blocks; larger requests go straight to the system allocator.
//!
//! ```text
//!   alloc(size) ──► size > 512 ─────────────────────────► std::alloc (large)
//!        │
//!        ▼ class = (size - 1) >> 4
//!   usedpools[class] ─► pool ─► pool ─► …   partially used pools of the class
//!        │ empty list                        (a full pool leaves the list)
//!        ▼
//!   usable_arenas ─► arena ─► arena ─► …     sorted: fewest free pools first
//!        │ empty list
//!        ▼
//!   std::alloc(1 MiB, aligned to 16 KiB) ─► new arena
//!
//!   arena (1 MiB) = 64 pools of 16 KiB, carved one by one on demand
//!   ┌──────────┬──────────┬──────────┬─────┬─────────────────────┐
//!   │ pool 0   │ pool 1   │ pool 2   │  …  │ not yet carved      │
//!   └──────────┴──────────┴──────────┴─────┴─────────────────────┘
//!   pool (16 KiB), one size class
//!   ┌────────┬───────┬───────┬───────┬─────┬────────────────────┬─────┐
//!   │ header │ block │ block │ block │  …  │ never touched tail │waste│
//!   └────────┴───────┴───────┴───────┴─────┴────────────────────┴─────┘
//! ```
//!
//! Invariants the code relies on:
//!
//! 1. Every pool starts at a multiple of [`POOL_SIZE`] (arenas are allocated
//!    with that alignment), so `block & !(POOL_SIZE - 1)` is its pool header.
//! 2. A pool is in exactly one state: *used* (some blocks free: linked in
//!    `usedpools[class]`, and its free list is never empty), *full* (linked
//!    nowhere), or *empty* (`ref_count == 0`, linked in its arena's free pool
//!    list, and reusable by any size class).
//! 3. A pool's free blocks are the singly linked list threaded through freed
//!    blocks plus the never-touched tail from `next_offset` on; the tail is
//!    carved one block at a time only when the list runs dry, so untouched
//!    memory stays untouched.
//! 4. An arena's `nfreepools` counts its empty pools plus its never-carved
//!    pools. `usable_arenas` holds exactly the arenas with `0 < nfreepools`,
//!    sorted ascending by it, and `last_with_free[n]` is the last arena in that
//!    list with `nfreepools == n` (or none). Allocating from the arena with the
//!    fewest free pools lets nearly empty arenas drain; an arena whose pools
//!    are all empty is returned to the system at once.
//!
//! The caller always passes the request size to [`Allocator::free`], so unlike
//! CPython there is no need to ask whether an address belongs to an arena.

mod arena;
pub(super) mod stats;
#[cfg(test)]
mod tests;

use std::alloc::Layout;
use std::fmt;
use std::ptr::{self, NonNull};

pub use stats::{AllocStats, ClassStats};

/// Requests larger than this many bytes bypass the pools and go to the system
/// allocator.
pub const SMALL_REQUEST_THRESHOLD: usize = 512;

/// Every block is aligned to, and every size class is a multiple of, this many
/// bytes.
pub const ALIGNMENT: usize = 16;

/// Number of size classes: 16, 32, …, 512 bytes.
pub const NUM_SIZE_CLASSES: usize = SMALL_REQUEST_THRESHOLD / ALIGNMENT;

/// Bytes in an arena, the unit requested from the system allocator.
pub const ARENA_SIZE: usize = 1 << 20;

/// Bytes in a pool, the unit an arena is cut into; one pool serves one class.
pub const POOL_SIZE: usize = 16 << 10;

/// Pools in one arena.
pub const POOLS_PER_ARENA: usize = ARENA_SIZE / POOL_SIZE;

/// Bytes at the start of every pool taken by its header.
pub const POOL_OVERHEAD: usize = size_of::<PoolHeader>();

/// `ALIGNMENT` as a shift, for the class computation.
const ALIGNMENT_SHIFT: u32 = ALIGNMENT.trailing_zeros();

/// Marks a freshly carved pool that has never served any size class.
const NO_CLASS: u32 = u32::MAX;

/// The null arena index (end of a list, or "no such arena").
const NONE: u32 = u32::MAX;

/// How arenas are requested from the system: pool-aligned, so invariant 1
/// holds for every pool and no pool is lost to alignment.
const ARENA_LAYOUT: Layout = match Layout::from_size_align(ARENA_SIZE, POOL_SIZE) {
    Ok(layout) => layout,
    Err(_) => panic!("arena layout is invalid"),
};

// The first block sits right after the header, so the header must keep blocks
// aligned; and the class arithmetic assumes ALIGNMENT is a power of two.
const _: () = assert!(POOL_OVERHEAD.is_multiple_of(ALIGNMENT));
const _: () = assert!(ALIGNMENT.is_power_of_two() && POOL_SIZE.is_power_of_two());
const _: () = assert!(POOL_SIZE >= 2 * POOL_OVERHEAD + SMALL_REQUEST_THRESHOLD);
const _: () = assert!(POOLS_PER_ARENA < NONE as usize);

/// The header at the start of every pool (invariant 1 finds it from a block).
///
/// `repr(C, align(16))` fixes the layout at 48 bytes, the same overhead as
/// CPython's pool header on 64-bit machines.
#[repr(C, align(16))]
struct PoolHeader {
    /// Blocks handed out and not yet freed.
    ref_count: u32,
    /// The size class this pool serves (or served, when empty); [`NO_CLASS`]
    /// if it never served one.
    size_class: u32,
    /// Head of the free list threaded through freed blocks (the first word of
    /// a free block is the next free block); null when the list is empty.
    freeblock: *mut u8,
    /// Offset from the pool start of the first never-touched block.
    next_offset: u32,
    /// Largest offset at which a whole block still fits in the pool.
    max_next_offset: u32,
    /// Next pool in `usedpools[class]` while used, or in the arena's free
    /// pool list while empty.
    next: *mut PoolHeader,
    /// Previous pool in `usedpools[class]` (null at the head).
    prev: *mut PoolHeader,
    /// Index of the owning arena in `Allocator::arenas`.
    arena_index: u32,
}

/// The statistics the allocator keeps as it goes; the per-class and per-pool
/// figures are counted from the pools when asked for (see [`stats`]).
#[derive(Clone, Copy, Debug, Default)]
struct Counters {
    bytes_in_use: usize,
    peak_bytes: usize,
    requested_bytes: usize,
    small_allocs: u64,
    small_frees: u64,
    large_allocs: u64,
    large_frees: u64,
    large_bytes: usize,
    arenas_allocated: u64,
    arenas_freed: u64,
    arenas_in_use: usize,
    max_arenas: usize,
}

impl Counters {
    /// All zero, usable in a `const fn`.
    const ZERO: Counters = Counters {
        bytes_in_use: 0,
        peak_bytes: 0,
        requested_bytes: 0,
        small_allocs: 0,
        small_frees: 0,
        large_allocs: 0,
        large_frees: 0,
        large_bytes: 0,
        arenas_allocated: 0,
        arenas_freed: 0,
        arenas_in_use: 0,
        max_arenas: 0,
    };
}

/// Bookkeeping for one arena, kept outside the arena so every pool of it can
/// serve blocks (CPython's `arena_object`).
#[derive(Debug)]
struct ArenaObject {
    /// Start of the arena's memory; null when this slot holds no arena.
    base: *mut u8,
    /// Pools carved so far; pools `carved..POOLS_PER_ARENA` were never touched.
    carved: u32,
    /// Empty pools plus never-carved pools (invariant 4).
    nfreepools: u32,
    /// Singly linked list (through `PoolHeader::next`) of empty pools.
    freepools: *mut PoolHeader,
    /// Next arena in `usable_arenas`; for an unused slot, the next unused slot.
    next: u32,
    /// Previous arena in `usable_arenas`.
    prev: u32,
}

/// The small-object allocator: pools of fixed-size blocks in 1 MiB arenas,
/// plus the system allocator for large requests, with statistics.
///
/// Not thread-safe (it holds raw pointers, so it is neither `Send` nor
/// `Sync`); the interpreter keeps one per thread.
pub struct Allocator {
    /// Per size class, the head of the doubly linked list of used pools.
    usedpools: [*mut PoolHeader; NUM_SIZE_CLASSES],
    /// Every arena slot ever made; slots of freed arenas are reused.
    arenas: Vec<ArenaObject>,
    /// Head of the sorted list of arenas with free pools (invariant 4).
    usable_arenas: u32,
    /// Head of the list of slots in `arenas` holding no arena.
    unused_slots: u32,
    /// `last_with_free[n]`: the last arena in `usable_arenas` with `n` free
    /// pools, so re-sorting after a pool is freed takes constant time.
    last_with_free: [u32; POOLS_PER_ARENA + 1],
    /// Most requested bytes that may be live at once (`usize::MAX`: no limit).
    limit: usize,
    counters: Counters,
}

impl Allocator {
    /// An allocator holding no memory; nothing is allocated until first use.
    pub const fn new() -> Allocator {
        Allocator {
            usedpools: [ptr::null_mut(); NUM_SIZE_CLASSES],
            arenas: Vec::new(),
            usable_arenas: NONE,
            unused_slots: NONE,
            last_with_free: [NONE; POOLS_PER_ARENA + 1],
            limit: usize::MAX,
            counters: Counters::ZERO,
        }
    }

    /// The size class serving a request of `size` bytes (`0..32`), or `None`
    /// when the request is large. A zero-byte request takes the smallest class.
    #[inline]
    pub fn size_class_of(size: usize) -> Option<usize> {
        if size <= SMALL_REQUEST_THRESHOLD {
            Some(size.saturating_sub(1) >> ALIGNMENT_SHIFT)
        } else {
            None
        }
    }

    /// Bytes a request of `size` really occupies: its class's block size, or
    /// `size` itself for a large request.
    #[inline]
    pub fn block_size(size: usize) -> usize {
        match Self::size_class_of(size) {
            Some(class) => class_block_size(class),
            None => size,
        }
    }

    /// Requested bytes currently live (what the limit is checked against).
    #[inline]
    pub fn requested_bytes(&self) -> usize {
        self.counters.requested_bytes
    }

    /// Allocates `size` bytes, aligned to [`ALIGNMENT`] and not zeroed.
    ///
    /// Returns `None` when the system is out of memory or when the live
    /// requested bytes would exceed the limit set by [`Allocator::set_limit`];
    /// the allocator is unchanged then and keeps working.
    #[inline]
    pub fn alloc(&mut self, size: usize) -> Option<NonNull<u8>> {
        if size > SMALL_REQUEST_THRESHOLD {
            return self.alloc_large(size);
        }
        // A small size cannot overflow here: requested_bytes is bounded by
        // the address space and size is at most 512.
        if self.counters.requested_bytes + size > self.limit {
            return None;
        }
        let class = size.saturating_sub(1) >> ALIGNMENT_SHIFT;
        let pool = self.usedpools[class];
        let block = if pool.is_null() {
            self.alloc_from_new_pool(class)?
        } else {
            // SAFETY: a pool in usedpools is a live header inside one of our
            // arenas whose free list is non-empty (invariant 2); its head
            // block is free, aligned, and its first word is the next free
            // block (or null).
            unsafe {
                let block = (*pool).freeblock;
                (*pool).ref_count += 1;
                let next = block.cast::<*mut u8>().read();
                (*pool).freeblock = next;
                if next.is_null() {
                    self.pool_extend(pool, class);
                }
                block
            }
        };
        let counters = &mut self.counters;
        counters.small_allocs += 1;
        counters.requested_bytes += size;
        counters.bytes_in_use += class_block_size(class);
        if counters.bytes_in_use > counters.peak_bytes {
            counters.peak_bytes = counters.bytes_in_use;
        }
        // SAFETY: blocks are addresses inside an arena, never null.
        Some(unsafe { NonNull::new_unchecked(block) })
    }

    /// Frees a block.
    ///
    /// # Safety
    ///
    /// `ptr` came from [`Allocator::alloc`] on this allocator, called with
    /// the same `size`, and has not been freed since.
    #[inline]
    pub unsafe fn free(&mut self, ptr: NonNull<u8>, size: usize) {
        if size > SMALL_REQUEST_THRESHOLD {
            // SAFETY: forwarded from the caller's contract.
            unsafe { self.free_large(ptr, size) };
            return;
        }
        let class = size.saturating_sub(1) >> ALIGNMENT_SHIFT;
        let block = ptr.as_ptr();
        let pool = block
            .map_addr(|addr| addr & !(POOL_SIZE - 1))
            .cast::<PoolHeader>();
        // SAFETY: the block came from alloc(size), so it lies in a pool of
        // one of our live arenas and `pool` is that pool's header
        // (invariant 1); the block is no longer used by the caller, so its
        // first word may hold the free-list link.
        let was_full = unsafe {
            debug_assert_eq!((*pool).size_class as usize, class, "free with a wrong size");
            let last = (*pool).freeblock;
            block.cast::<*mut u8>().write(last);
            (*pool).freeblock = block;
            (*pool).ref_count -= 1;
            last.is_null()
        };
        let counters = &mut self.counters;
        counters.small_frees += 1;
        counters.requested_bytes -= size;
        counters.bytes_in_use -= class_block_size(class);
        // SAFETY: `pool` is a live header, as above.
        if was_full || unsafe { (*pool).ref_count } == 0 {
            // SAFETY: as above; the pool is linked as its new state requires.
            unsafe { self.pool_changed_state(pool, class, was_full) };
        }
    }

    /// Sets the most requested bytes (small and large together) that may be
    /// live at once; `None` removes the limit. Live blocks are kept even if
    /// they already exceed a new limit; only later allocations fail.
    pub fn set_limit(&mut self, limit: Option<usize>) {
        self.limit = limit.unwrap_or(usize::MAX);
    }

    /// The current limit set by [`Allocator::set_limit`].
    pub fn limit(&self) -> Option<usize> {
        (self.limit != usize::MAX).then_some(self.limit)
    }

    /// Restarts peak tracking from the bytes in use now.
    pub fn reset_peak(&mut self) {
        self.counters.peak_bytes = self.counters.bytes_in_use;
    }

    /// Carves the next never-touched block of `pool` onto its free list, or,
    /// when none is left, takes the now full pool off `usedpools[class]`.
    ///
    /// # Safety
    ///
    /// `pool` is the live header at the head of `usedpools[class]` and its
    /// free list just became empty.
    #[cold]
    #[inline(never)]
    unsafe fn pool_extend(&mut self, pool: *mut PoolHeader, class: usize) {
        // SAFETY: `pool` is a live header (caller's contract); next_offset is
        // at most max_next_offset, so the carved block lies inside the pool.
        unsafe {
            let offset = (*pool).next_offset;
            if offset <= (*pool).max_next_offset {
                let block = pool.cast::<u8>().add(offset as usize);
                block.cast::<*mut u8>().write(ptr::null_mut());
                (*pool).freeblock = block;
                (*pool).next_offset = offset + class_block_size(class) as u32;
            } else {
                self.unlink_used_pool(pool, class);
            }
        }
    }

    /// After a free: a pool that was full rejoins `usedpools[class]`; a pool
    /// that became empty goes back to its arena.
    ///
    /// # Safety
    ///
    /// `pool` is a live header of class `class`; `was_full` says whether it
    /// was full (and so unlinked) before the free that just happened.
    #[cold]
    #[inline(never)]
    unsafe fn pool_changed_state(&mut self, pool: *mut PoolHeader, class: usize, was_full: bool) {
        // SAFETY: `pool` is a live header (caller's contract) and is linked
        // in usedpools exactly when it was not full.
        unsafe {
            if (*pool).ref_count != 0 {
                self.link_used_pool(pool, class);
                return;
            }
            if !was_full {
                self.unlink_used_pool(pool, class);
            }
            self.return_pool(pool);
        }
    }

    /// Puts `pool` at the head of `usedpools[class]`, so the next allocation
    /// of the class takes the block just freed (warm in cache).
    ///
    /// # Safety
    ///
    /// `pool` is a live header not linked in any list.
    unsafe fn link_used_pool(&mut self, pool: *mut PoolHeader, class: usize) {
        let head = self.usedpools[class];
        // SAFETY: `pool` and `head` (when non-null) are live headers.
        unsafe {
            (*pool).next = head;
            (*pool).prev = ptr::null_mut();
            if !head.is_null() {
                (*head).prev = pool;
            }
        }
        self.usedpools[class] = pool;
    }

    /// Takes `pool` out of `usedpools[class]`.
    ///
    /// # Safety
    ///
    /// `pool` is a live header linked in `usedpools[class]`.
    unsafe fn unlink_used_pool(&mut self, pool: *mut PoolHeader, class: usize) {
        // SAFETY: `pool` is linked, so its neighbours are live headers.
        unsafe {
            let next = (*pool).next;
            let prev = (*pool).prev;
            if prev.is_null() {
                self.usedpools[class] = next;
            } else {
                (*prev).next = next;
            }
            if !next.is_null() {
                (*next).prev = prev;
            }
        }
    }

    /// Allocates a large block from the system allocator.
    #[cold]
    #[inline(never)]
    fn alloc_large(&mut self, size: usize) -> Option<NonNull<u8>> {
        let requested = self.counters.requested_bytes.checked_add(size)?;
        if requested > self.limit {
            return None;
        }
        let layout = Layout::from_size_align(size, ALIGNMENT).ok()?;
        // SAFETY: the layout has a non-zero size (size > 512).
        let block = NonNull::new(unsafe { std::alloc::alloc(layout) })?;
        let counters = &mut self.counters;
        counters.large_allocs += 1;
        counters.large_bytes += size;
        counters.requested_bytes = requested;
        counters.bytes_in_use += size;
        if counters.bytes_in_use > counters.peak_bytes {
            counters.peak_bytes = counters.bytes_in_use;
        }
        Some(block)
    }

    /// Resizes a large block in place or by moving it (the system
    /// allocator's `realloc`), keeping its contents up to the smaller size;
    /// `None` (the block untouched) past the memory limit or when the
    /// system refuses.
    ///
    /// # Safety
    ///
    /// `ptr` came from `alloc_large(old_size)` (so `old_size` > 512) and is
    /// not used again unless `None` is returned; `new_size` > 512.
    pub unsafe fn realloc_large(
        &mut self,
        ptr: NonNull<u8>,
        old_size: usize,
        new_size: usize,
    ) -> Option<NonNull<u8>> {
        debug_assert!(old_size > SMALL_REQUEST_THRESHOLD && new_size > SMALL_REQUEST_THRESHOLD);
        let requested = (self.counters.requested_bytes - old_size).checked_add(new_size)?;
        if requested > self.limit {
            return None;
        }
        Layout::from_size_align(new_size, ALIGNMENT).ok()?;
        // SAFETY: `ptr` was allocated with this layout (the caller's
        // contract); the new size is non-zero and, checked just above,
        // forms a valid layout with the same alignment.
        let block = NonNull::new(unsafe {
            let layout = Layout::from_size_align_unchecked(old_size, ALIGNMENT);
            std::alloc::realloc(ptr.as_ptr(), layout, new_size)
        })?;
        let counters = &mut self.counters;
        counters.large_bytes = counters.large_bytes - old_size + new_size;
        counters.requested_bytes = requested;
        counters.bytes_in_use = counters.bytes_in_use - old_size + new_size;
        if counters.bytes_in_use > counters.peak_bytes {
            counters.peak_bytes = counters.bytes_in_use;
        }
        Some(block)
    }

    /// Returns a large block to the system allocator.
    ///
    /// # Safety
    ///
    /// `ptr` came from `alloc_large(size)` and is freed once.
    #[cold]
    #[inline(never)]
    unsafe fn free_large(&mut self, ptr: NonNull<u8>, size: usize) {
        // SAFETY: alloc_large allocated `ptr` with exactly this layout, which
        // was valid then, so it is valid now.
        unsafe {
            let layout = Layout::from_size_align_unchecked(size, ALIGNMENT);
            std::alloc::dealloc(ptr.as_ptr(), layout);
        }
        let counters = &mut self.counters;
        counters.large_frees += 1;
        counters.large_bytes -= size;
        counters.requested_bytes -= size;
        counters.bytes_in_use -= size;
    }
}

impl Default for Allocator {
    fn default() -> Allocator {
        Allocator::new()
    }
}

impl fmt::Debug for Allocator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Allocator")
            .field("bytes_in_use", &self.counters.bytes_in_use)
            .field("requested_bytes", &self.counters.requested_bytes)
            .field("arenas_in_use", &self.counters.arenas_in_use)
            .field("limit", &self.limit())
            .finish_non_exhaustive()
    }
}

impl Drop for Allocator {
    /// Returns every arena to the system. Large blocks still live are not
    /// tracked and so are not freed here; the heap frees its objects first.
    fn drop(&mut self) {
        for arena in &mut self.arenas {
            if !arena.base.is_null() {
                // SAFETY: a non-null base was allocated with ARENA_LAYOUT and
                // not yet freed; it is nulled so it cannot be freed twice.
                unsafe { std::alloc::dealloc(arena.base, ARENA_LAYOUT) };
                arena.base = ptr::null_mut();
            }
        }
    }
}

/// Block size of size class `class`.
#[inline]
const fn class_block_size(class: usize) -> usize {
    (class + 1) << ALIGNMENT_SHIFT
}

/// Blocks that fit in one pool of size class `class`.
const fn blocks_per_pool(class: usize) -> usize {
    (POOL_SIZE - POOL_OVERHEAD) / class_block_size(class)
}
