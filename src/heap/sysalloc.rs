//! The process-wide allocator: the system allocator with a byte count, so
//! that `--max-memory` covers everything the interpreter holds (object
//! blocks, arenas, and the buffers that lists, dicts and sets own), not
//! only the objects themselves.
//!
//! Rust code cannot be told "no" by an allocation, so going past the limit
//! does not fail the allocation: it raises the heap's MemoryError flag,
//! and the VM raises MemoryError at its next safe point. Requests that are
//! large enough to matter on their own are checked beforehand
//! (`heap::try_reserve`), so `[0] * 10**9` fails before allocating.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Bytes currently allocated through the global allocator.
static IN_USE: AtomicUsize = AtomicUsize::new(0);
/// The `--max-memory` limit in bytes (`usize::MAX`: none).
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Whether going past the limit raises MemoryError now. Reporting it
/// disarms the limit until usage falls back under it, so that the code
/// handling the MemoryError (which allocates a little: the exception, the
/// handler's frames) gets a grace margin instead of failing in turn.
static ARMED: AtomicBool = AtomicBool::new(true);

/// How far past the limit a disarmed process may go before MemoryError is
/// raised again.
fn grace(limit: usize) -> usize {
    (limit / 8).max(256 << 10)
}

/// The counting allocator (installed as `#[global_allocator]` in lib.rs).
pub struct CountingAllocator;

#[inline(always)]
fn added(size: usize) {
    let now = IN_USE.fetch_add(size, Ordering::Relaxed) + size;
    let limit = LIMIT.load(Ordering::Relaxed);
    if now > limit {
        over_limit(now, limit);
    } else if !ARMED.load(Ordering::Relaxed) {
        ARMED.store(true, Ordering::Relaxed);
    }
}

#[cold]
#[inline(never)]
fn over_limit(now: usize, limit: usize) {
    if ARMED.load(Ordering::Relaxed) || now > limit.saturating_add(grace(limit)) {
        ARMED.store(false, Ordering::Relaxed);
        super::state::note_over_limit();
    }
}

// SAFETY: every method forwards to the system allocator with the caller's
// arguments unchanged; the counters are plain atomics and never allocate.
unsafe impl GlobalAlloc for CountingAllocator {
    #[inline(always)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's layout.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            added(layout.size());
            if super::tracemalloc::is_tracing() {
                super::tracemalloc::trace_alloc(p as usize, layout.size());
            }
        }
        p
    }

    #[inline(always)]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's layout.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            added(layout.size());
            if super::tracemalloc::is_tracing() {
                super::tracemalloc::trace_alloc(p as usize, layout.size());
            }
        }
        p
    }

    #[inline(always)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded: `ptr` was allocated by us with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        if super::tracemalloc::is_tracing() {
            super::tracemalloc::trace_free(ptr as usize);
        }
    }

    #[inline(always)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded: `ptr` was allocated by us with `layout`.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
            added(new_size);
            if super::tracemalloc::is_tracing() {
                super::tracemalloc::trace_free(ptr as usize);
                super::tracemalloc::trace_alloc(p as usize, new_size);
            }
        }
        p
    }
}

/// Bytes the process holds through the global allocator now.
pub fn bytes_in_use() -> usize {
    IN_USE.load(Ordering::Relaxed)
}

/// Sets (or clears) the process-wide limit.
pub fn set_limit(limit: Option<usize>) {
    LIMIT.store(limit.unwrap_or(usize::MAX), Ordering::Relaxed);
    ARMED.store(true, Ordering::Relaxed);
}

/// The limit, if any.
pub fn limit() -> Option<usize> {
    match LIMIT.load(Ordering::Relaxed) {
        usize::MAX => None,
        l => Some(l),
    }
}
