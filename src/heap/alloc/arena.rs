//! Arenas and pools: the allocator's slow paths.
//!
//! A size class whose `usedpools` list is empty takes an empty pool from the
//! arena at the head of `usable_arenas` (the one with the fewest free pools),
//! allocating a new arena only when no arena has a free pool. A pool that
//! becomes empty goes back to its arena, which moves along `usable_arenas`
//! to stay sorted (invariant 4 of the parent module), and an arena whose
//! pools are all empty is returned to the system.

use std::ptr;

use super::{
    ARENA_LAYOUT, Allocator, ArenaObject, NO_CLASS, NONE, POOL_OVERHEAD, POOL_SIZE,
    POOLS_PER_ARENA, PoolHeader, class_block_size,
};

impl Allocator {
    /// Serves a block of class `class` from a pool that is not yet in
    /// `usedpools[class]` (which must be empty): an empty pool of the best
    /// arena, or of a new arena. `None` when the system is out of memory.
    #[cold]
    #[inline(never)]
    pub(super) fn alloc_from_new_pool(&mut self, class: usize) -> Option<*mut u8> {
        if self.usable_arenas == NONE {
            let index = self.new_arena()?;
            self.usable_arenas = index;
            self.last_with_free[POOLS_PER_ARENA] = index;
        }
        let index = self.usable_arenas;
        let pool = self.take_free_pool(index);
        // SAFETY: take_free_pool returned the header of an empty pool inside
        // a live arena, linked nowhere; it is initialised below before use.
        unsafe {
            self.link_used_pool(pool, class);
            if (*pool).size_class != class as u32 {
                // A new pool, or one that last served another class: start
                // its free list with its first block; the rest stays
                // untouched until needed (lazy carving).
                let size = class_block_size(class);
                let first = pool.cast::<u8>().add(POOL_OVERHEAD);
                first.cast::<*mut u8>().write(ptr::null_mut());
                (*pool).size_class = class as u32;
                (*pool).freeblock = first;
                (*pool).next_offset = (POOL_OVERHEAD + size) as u32;
                (*pool).max_next_offset = (POOL_SIZE - size) as u32;
            }
            // A pool that last served this very class still has every block
            // it carved on its free list, so it needs no initialisation.
            let block = (*pool).freeblock;
            (*pool).ref_count = 1;
            let next = block.cast::<*mut u8>().read();
            (*pool).freeblock = next;
            if next.is_null() {
                self.pool_extend(pool, class);
            }
            Some(block)
        }
    }

    /// Takes an empty pool from arena `index`, the head of `usable_arenas`,
    /// preferring a pool emptied before over carving a fresh one, and keeps
    /// the arena list sorted.
    fn take_free_pool(&mut self, index: u32) -> *mut PoolHeader {
        let free = self.arenas[index as usize].nfreepools as usize;
        // The head has the fewest free pools, so it is the last with `free`
        // only if it is the only one; after losing a pool it is the only
        // arena with `free - 1`.
        if self.last_with_free[free] == index {
            self.last_with_free[free] = NONE;
        }
        if free > 1 {
            self.last_with_free[free - 1] = index;
        }
        let arena = &mut self.arenas[index as usize];
        let pool = if arena.freepools.is_null() {
            // Invariant 4: no emptied pool but a free one, so carved < 64.
            // SAFETY: the pool at `carved` lies inside the arena; its header
            // is written before anything reads it.
            unsafe {
                let pool = arena
                    .base
                    .add(arena.carved as usize * POOL_SIZE)
                    .cast::<PoolHeader>();
                arena.carved += 1;
                pool.write(PoolHeader {
                    ref_count: 0,
                    size_class: NO_CLASS,
                    freeblock: ptr::null_mut(),
                    next_offset: 0,
                    max_next_offset: 0,
                    next: ptr::null_mut(),
                    prev: ptr::null_mut(),
                    arena_index: index,
                });
                pool
            }
        } else {
            let pool = arena.freepools;
            // SAFETY: pools on an arena's free list are live headers.
            arena.freepools = unsafe { (*pool).next };
            pool
        };
        arena.nfreepools -= 1;
        if arena.nfreepools == 0 {
            // Full arenas are not in usable_arenas (invariant 4).
            let next = arena.next;
            arena.next = NONE;
            self.usable_arenas = next;
            if next != NONE {
                self.arenas[next as usize].prev = NONE;
            }
        }
        pool
    }

    /// Puts the empty `pool` back on its arena's free pool list; the arena
    /// moves along `usable_arenas` to stay sorted, or is returned to the
    /// system once all its pools are empty.
    ///
    /// # Safety
    ///
    /// `pool` is a live header with `ref_count == 0`, linked nowhere.
    pub(super) unsafe fn return_pool(&mut self, pool: *mut PoolHeader) {
        // SAFETY: `pool` is a live header (caller's contract).
        let index = unsafe { (*pool).arena_index };
        let arena = &mut self.arenas[index as usize];
        // SAFETY: as above; the pool joins the arena's free pool list.
        unsafe { (*pool).next = arena.freepools };
        arena.freepools = pool;
        let old_free = arena.nfreepools as usize;
        let prev = arena.prev;
        arena.nfreepools += 1;
        let free = old_free + 1;

        // The arena leaves the group with `old_free` free pools; if it was
        // the last of that group, the group's last is now its predecessor.
        // (No arena in the list has 0 free pools, so that slot stays NONE.)
        let last_old = self.last_with_free[old_free];
        if last_old == index {
            self.last_with_free[old_free] =
                if prev != NONE && self.arenas[prev as usize].nfreepools as usize == old_free {
                    prev
                } else {
                    NONE
                };
        }

        if free == POOLS_PER_ARENA {
            // Every pool is empty: give the memory back. The arena had a pool
            // in use, so it was in the list and in no last_with_free slot.
            self.unlink_usable(index);
            self.free_arena(index);
            return;
        }
        if free == 1 {
            // The arena was full, so not in the list; it now has fewer free
            // pools than any arena there, so it goes first.
            let head = self.usable_arenas;
            let arena = &mut self.arenas[index as usize];
            arena.next = head;
            arena.prev = NONE;
            if head != NONE {
                self.arenas[head as usize].prev = index;
            }
            self.usable_arenas = index;
            if self.last_with_free[1] == NONE {
                self.last_with_free[1] = index;
            }
            return;
        }
        if self.last_with_free[free] == NONE {
            self.last_with_free[free] = index;
        }
        if last_old == index {
            // Everything after it already has at least `free` free pools.
            return;
        }
        // Move the arena to just after the last arena with `old_free` free
        // pools, before every arena with more.
        self.unlink_usable(index);
        let after = self.arenas[last_old as usize].next;
        let arena = &mut self.arenas[index as usize];
        arena.prev = last_old;
        arena.next = after;
        if after != NONE {
            self.arenas[after as usize].prev = index;
        }
        self.arenas[last_old as usize].next = index;
    }

    /// Takes arena `index` out of `usable_arenas`.
    fn unlink_usable(&mut self, index: u32) {
        let arena = &self.arenas[index as usize];
        let (next, prev) = (arena.next, arena.prev);
        if prev == NONE {
            self.usable_arenas = next;
        } else {
            self.arenas[prev as usize].next = next;
        }
        if next != NONE {
            self.arenas[next as usize].prev = prev;
        }
    }

    /// Allocates a new arena from the system; all its pools are free and it
    /// is linked nowhere. `None` when the system is out of memory.
    fn new_arena(&mut self) -> Option<u32> {
        let index = if self.unused_slots != NONE {
            let index = self.unused_slots;
            self.unused_slots = self.arenas[index as usize].next;
            index
        } else {
            // Slot indices must stay below NONE; growing the Vec must not
            // abort on out-of-memory.
            if self.arenas.len() >= NONE as usize || self.arenas.try_reserve(1).is_err() {
                return None;
            }
            self.arenas.push(ArenaObject {
                base: ptr::null_mut(),
                carved: 0,
                nfreepools: 0,
                freepools: ptr::null_mut(),
                next: NONE,
                prev: NONE,
            });
            (self.arenas.len() - 1) as u32
        };
        // SAFETY: ARENA_LAYOUT has a non-zero size.
        // Arenas are not traced by tracemalloc: the object blocks in them are.
        let base =
            super::super::tracemalloc::untraced(|| unsafe { std::alloc::alloc(ARENA_LAYOUT) });
        if base.is_null() {
            self.arenas[index as usize].next = self.unused_slots;
            self.unused_slots = index;
            return None;
        }
        self.arenas[index as usize] = ArenaObject {
            base,
            carved: 0,
            nfreepools: POOLS_PER_ARENA as u32,
            freepools: ptr::null_mut(),
            next: NONE,
            prev: NONE,
        };
        let counters = &mut self.counters;
        counters.arenas_allocated += 1;
        counters.arenas_in_use += 1;
        counters.max_arenas = counters.max_arenas.max(counters.arenas_in_use);
        Some(index)
    }

    /// Returns arena `index` (all pools empty, linked nowhere) to the system
    /// and makes its slot reusable.
    fn free_arena(&mut self, index: u32) {
        let arena = &mut self.arenas[index as usize];
        // SAFETY: a live arena's base was allocated with ARENA_LAYOUT; no
        // pool of it is in use or linked anywhere any more, and the base is
        // nulled so nothing frees or reads it again.
        unsafe { std::alloc::dealloc(arena.base, ARENA_LAYOUT) };
        arena.base = ptr::null_mut();
        arena.carved = 0;
        arena.nfreepools = 0;
        arena.freepools = ptr::null_mut();
        arena.prev = NONE;
        arena.next = self.unused_slots;
        self.unused_slots = index;
        let counters = &mut self.counters;
        counters.arenas_freed += 1;
        counters.arenas_in_use -= 1;
    }
}
