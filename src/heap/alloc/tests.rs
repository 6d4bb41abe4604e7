//! Unit tests of the small-object allocator, including a randomized stress
//! test against a model and a checker for the internal invariants.

use std::ptr::NonNull;

use super::*;

/// Checks invariants 2 to 4 of the module header and the counters against
/// a walk of every pool.
fn check_invariants(a: &Allocator) {
    // usable_arenas: sorted ascending, 0 < nfreepools < 64, links consistent,
    // and last_with_free names the last arena of each group.
    let mut in_list = vec![false; a.arenas.len()];
    let mut last_seen = [NONE; POOLS_PER_ARENA + 1];
    let (mut index, mut prev, mut prev_free) = (a.usable_arenas, NONE, 0);
    while index != NONE {
        let arena = &a.arenas[index as usize];
        assert!(!arena.base.is_null(), "freed arena in usable list");
        assert!(!in_list[index as usize], "cycle in usable list");
        in_list[index as usize] = true;
        assert_eq!(arena.prev, prev);
        let free = arena.nfreepools as usize;
        assert!(free > 0 && free < POOLS_PER_ARENA, "bad nfreepools {free}");
        assert!(free >= prev_free, "usable_arenas not sorted");
        last_seen[free] = index;
        (prev, prev_free, index) = (index, free, arena.next);
    }
    assert_eq!(last_seen, a.last_with_free, "last_with_free wrong");

    let mut live_arenas = 0;
    for (i, arena) in a.arenas.iter().enumerate() {
        if arena.base.is_null() {
            continue;
        }
        live_arenas += 1;
        if !in_list[i] {
            assert_eq!(arena.nfreepools, 0, "arena with free pools not in list");
        }
        let mut free_list_len = 0;
        let mut pool = arena.freepools;
        while !pool.is_null() {
            // SAFETY: the allocator's own free pool list.
            unsafe {
                assert_eq!((*pool).ref_count, 0);
                assert_eq!((*pool).arena_index as usize, i);
                pool = (*pool).next;
            }
            free_list_len += 1;
        }
        let never_carved = POOLS_PER_ARENA - arena.carved as usize;
        assert_eq!(arena.nfreepools as usize, free_list_len + never_carved);
    }
    assert_eq!(live_arenas, a.counters.arenas_in_use);

    // usedpools: each linked pool is used, not full, of its class.
    let mut small_bytes = 0;
    let mut linked = 0;
    for class in 0..NUM_SIZE_CLASSES {
        let (mut pool, mut prev) = (a.usedpools[class], std::ptr::null_mut());
        while !pool.is_null() {
            // SAFETY: the allocator's own used pool list.
            unsafe {
                assert_eq!((*pool).prev, prev);
                assert_eq!((*pool).size_class as usize, class);
                assert!((*pool).ref_count > 0);
                assert!(
                    !(*pool).freeblock.is_null(),
                    "used pool with empty free list"
                );
                (prev, pool) = (pool, (*pool).next);
            }
            linked += 1;
        }
    }
    let mut not_full = 0;
    a.for_each_used_pool(|class, used| {
        small_bytes += used * class_block_size(class);
        if used < blocks_per_pool(class) {
            not_full += 1;
        }
    });
    assert_eq!(linked, not_full, "used pools and usedpools lists disagree");
    let c = &a.counters;
    assert_eq!(small_bytes + c.large_bytes, c.bytes_in_use);
    assert_eq!(c.arenas_allocated - c.arenas_freed, c.arenas_in_use as u64);
}

fn alloc_ok(a: &mut Allocator, size: usize) -> NonNull<u8> {
    a.alloc(size).expect("allocation failed")
}

fn free(a: &mut Allocator, ptr: NonNull<u8>, size: usize) {
    // SAFETY: every test frees only pointers it got from alloc_ok(size).
    unsafe { a.free(ptr, size) };
}

fn pool_of(ptr: NonNull<u8>) -> usize {
    ptr.as_ptr() as usize & !(POOL_SIZE - 1)
}

#[test]
fn size_classes_and_block_sizes() {
    assert_eq!(Allocator::size_class_of(0), Some(0));
    assert_eq!(Allocator::size_class_of(1), Some(0));
    assert_eq!(Allocator::size_class_of(16), Some(0));
    assert_eq!(Allocator::size_class_of(17), Some(1));
    assert_eq!(Allocator::size_class_of(512), Some(31));
    assert_eq!(Allocator::size_class_of(513), None);
    assert_eq!(Allocator::size_class_of(usize::MAX), None);
    assert_eq!(Allocator::block_size(1), 16);
    assert_eq!(Allocator::block_size(100), 112);
    assert_eq!(Allocator::block_size(512), 512);
    assert_eq!(Allocator::block_size(513), 513);
    assert_eq!(POOL_OVERHEAD, 48);
    assert_eq!(blocks_per_pool(0), 1021);
    assert_eq!(blocks_per_pool(31), 31);
}

#[test]
fn every_size_alloc_and_free() {
    let mut a = Allocator::new();
    assert_eq!(a.stats().arenas_allocated, 0, "new allocates nothing");
    for size in 0..=SMALL_REQUEST_THRESHOLD {
        let p = alloc_ok(&mut a, size);
        assert_eq!(p.as_ptr() as usize % ALIGNMENT, 0);
        // SAFETY: the block has block_size(size) >= size writable bytes.
        unsafe { p.as_ptr().write_bytes(0xAB, Allocator::block_size(size)) };
        let s = a.stats();
        let class = Allocator::size_class_of(size).unwrap();
        assert_eq!(s.classes[class].blocks_in_use, 1);
        assert_eq!(s.bytes_in_use, class_block_size(class));
        assert_eq!(s.requested_bytes, size);
        free(&mut a, p, size);
        check_invariants(&a);
    }
    let s = a.stats();
    assert_eq!(s.small_allocs, 513);
    assert_eq!(s.small_frees, 513);
    assert_eq!(s.bytes_in_use, 0);
    assert_eq!(s.requested_bytes, 0);
    assert_eq!(s.arenas_in_use, 0);
    assert_eq!(s.peak_bytes, 512);
}

#[test]
fn freed_block_is_reused_first() {
    let mut a = Allocator::new();
    let keep = alloc_ok(&mut a, 40);
    let p = alloc_ok(&mut a, 40);
    let q = alloc_ok(&mut a, 33);
    free(&mut a, p, 40);
    let r = alloc_ok(&mut a, 48);
    assert_eq!(r, p, "same class reuses the freed block");
    free(&mut a, q, 33);
    free(&mut a, r, 48);
    free(&mut a, keep, 40);
    check_invariants(&a);
}

#[test]
fn blocks_of_a_pool_are_carved_in_address_order() {
    let mut a = Allocator::new();
    let first = alloc_ok(&mut a, 64);
    assert_eq!(first.as_ptr() as usize - pool_of(first), POOL_OVERHEAD);
    let mut prev = first;
    let mut blocks = vec![first];
    for _ in 1..blocks_per_pool(3) {
        let p = alloc_ok(&mut a, 64);
        assert_eq!(p.as_ptr() as usize, prev.as_ptr() as usize + 64);
        blocks.push(p);
        prev = p;
    }
    // The pool is full now: the next block comes from a second pool.
    let other = alloc_ok(&mut a, 64);
    assert_ne!(pool_of(other), pool_of(first));
    assert_eq!(a.stats().classes[3].pools, 2);
    check_invariants(&a);
    // Freeing from the full pool brings it back to the head of the list.
    let middle = blocks[100];
    free(&mut a, middle, 64);
    check_invariants(&a);
    assert_eq!(alloc_ok(&mut a, 64), middle);
    for p in blocks {
        free(&mut a, p, 64);
    }
    free(&mut a, other, 64);
    check_invariants(&a);
    assert_eq!(a.stats().arenas_in_use, 0);
}

#[test]
fn counters_are_exact() {
    let mut a = Allocator::new();
    let p1 = alloc_ok(&mut a, 10);
    let p2 = alloc_ok(&mut a, 100);
    let p3 = alloc_ok(&mut a, 1000);
    let p4 = alloc_ok(&mut a, 100);
    let s = a.stats();
    assert_eq!(s.small_allocs, 3);
    assert_eq!(s.large_allocs, 1);
    assert_eq!(s.requested_bytes, 10 + 100 + 1000 + 100);
    assert_eq!(s.bytes_in_use, 16 + 112 + 1000 + 112);
    assert_eq!(s.peak_bytes, s.bytes_in_use);
    assert_eq!(s.large_bytes, 1000);
    assert_eq!(s.arenas_allocated, 1);
    assert_eq!(s.arenas_in_use, 1);
    assert_eq!(s.pools_in_use, 2);
    assert_eq!(s.pools_free, POOLS_PER_ARENA - 2);
    assert_eq!(s.classes[0].blocks_in_use, 1);
    assert_eq!(s.classes[0].blocks_free, blocks_per_pool(0) - 1);
    assert_eq!(s.classes[6].blocks_in_use, 2);
    assert_eq!(s.classes[6].pools, 1);
    assert_eq!(s.classes[6].block_size, 112);
    assert_eq!(s.classes.len(), NUM_SIZE_CLASSES);
    let peak = s.peak_bytes;

    free(&mut a, p3, 1000);
    free(&mut a, p2, 100);
    let s = a.stats();
    assert_eq!(s.small_frees, 1);
    assert_eq!(s.large_frees, 1);
    assert_eq!(s.large_bytes, 0);
    assert_eq!(s.requested_bytes, 110);
    assert_eq!(s.bytes_in_use, 128);
    assert_eq!(s.peak_bytes, peak);
    a.reset_peak();
    assert_eq!(a.stats().peak_bytes, 128);

    free(&mut a, p1, 10);
    let s = a.stats();
    assert_eq!(s.pools_in_use, 1);
    assert_eq!(s.pools_free, POOLS_PER_ARENA - 1);
    assert_eq!(s.classes[0].pools, 0);
    assert_eq!(s.classes[0].blocks_free, 0);
    free(&mut a, p4, 100);
    let s = a.stats();
    assert_eq!((s.small_allocs, s.small_frees), (3, 3));
    assert_eq!((s.bytes_in_use, s.requested_bytes), (0, 0));
    assert_eq!(
        (s.arenas_allocated, s.arenas_freed, s.arenas_in_use),
        (1, 1, 0)
    );
    assert_eq!((s.pools_in_use, s.pools_free), (0, 0));
    assert_eq!(s.max_arenas, 1);
}

#[test]
fn arenas_are_all_returned() {
    let mut a = Allocator::new();
    // 512-byte blocks: 31 per pool, 1984 per arena; ask for five arenas' worth.
    let count = 5 * POOLS_PER_ARENA * blocks_per_pool(31);
    let mut blocks: Vec<NonNull<u8>> = (0..count).map(|_| alloc_ok(&mut a, 500)).collect();
    let s = a.stats();
    assert_eq!(s.arenas_in_use, 5);
    assert_eq!(s.pools_free, 0);
    check_invariants(&a);
    // Free every other block first (no pool empties), then the rest.
    for p in blocks.iter().step_by(2) {
        free(&mut a, *p, 500);
    }
    assert_eq!(a.stats().arenas_in_use, 5);
    check_invariants(&a);
    blocks = blocks.into_iter().skip(1).step_by(2).collect();
    for p in blocks {
        free(&mut a, p, 500);
    }
    check_invariants(&a);
    let s = a.stats();
    assert_eq!(s.arenas_in_use, 0);
    assert_eq!(s.arenas_allocated, 5);
    assert_eq!(s.arenas_freed, s.arenas_allocated);
    assert_eq!(s.max_arenas, 5);
    assert_eq!(s.bytes_in_use, 0);
    // The allocator still works, reusing an arena slot.
    let p = alloc_ok(&mut a, 8);
    assert_eq!(a.stats().arenas_in_use, 1);
    assert_eq!(a.arenas.len(), 5, "arena slots are reused");
    free(&mut a, p, 8);
}

#[test]
fn empty_pool_serves_another_class() {
    let mut a = Allocator::new();
    let anchor = alloc_ok(&mut a, 200);
    let small = alloc_ok(&mut a, 16);
    let small_pool = pool_of(small);
    assert_ne!(pool_of(anchor), small_pool);
    free(&mut a, small, 16);
    let s = a.stats();
    assert_eq!((s.pools_in_use, s.arenas_in_use), (1, 1));
    check_invariants(&a);
    let other = alloc_ok(&mut a, 300);
    assert_eq!(pool_of(other), small_pool, "the emptied pool is reused");
    assert_eq!(other.as_ptr() as usize - small_pool, POOL_OVERHEAD);
    assert_eq!(a.stats().classes[18].pools, 1);
    // The pool now serves 304-byte blocks through to its end.
    let mut rest: Vec<NonNull<u8>> = (1..blocks_per_pool(18))
        .map(|_| alloc_ok(&mut a, 300))
        .collect();
    assert!(rest.iter().all(|p| pool_of(*p) == small_pool));
    rest.push(other);
    for p in rest {
        free(&mut a, p, 300);
    }
    // Back to the first class: the pool is re-initialised for it.
    let again = alloc_ok(&mut a, 16);
    assert_eq!(pool_of(again), small_pool);
    free(&mut a, again, 16);
    free(&mut a, anchor, 200);
    check_invariants(&a);
    assert_eq!(a.stats().arenas_in_use, 0);
}

#[test]
fn allocation_prefers_the_fullest_arena() {
    let mut a = Allocator::new();
    // Fill three arenas with full pools of 512-byte blocks.
    let per_pool = blocks_per_pool(31);
    let pools: Vec<Vec<NonNull<u8>>> = (0..3 * POOLS_PER_ARENA)
        .map(|_| (0..per_pool).map(|_| alloc_ok(&mut a, 512)).collect())
        .collect();
    assert_eq!(a.stats().arenas_in_use, 3);
    // Empty 10 pools of arena 0, 2 of arena 1, 5 of arena 2 (by pool order).
    let mut freed_pools = Vec::new();
    for (arena, n) in [(0, 10), (1, 2), (2, 5)] {
        for pool in pools.iter().skip(arena * POOLS_PER_ARENA).take(n) {
            freed_pools.push(pool_of(pool[0]));
            for p in pool {
                free(&mut a, *p, 512);
            }
            check_invariants(&a);
        }
    }
    assert_eq!(a.stats().pools_free, 17);
    // New pools come from arena 1 (2 free), then arena 2 (5), then arena 0.
    let arena1: Vec<usize> = freed_pools[10..12].to_vec();
    let arena2: Vec<usize> = freed_pools[12..17].to_vec();
    let mut fresh = Vec::new();
    for i in 0..17 {
        let p = alloc_ok(&mut a, 16);
        // Fill the pool so the next allocation needs a new pool.
        let mut pool_blocks = vec![p];
        for _ in 1..blocks_per_pool(0) {
            pool_blocks.push(alloc_ok(&mut a, 16));
        }
        let pool = pool_of(p);
        if i < 2 {
            assert!(
                arena1.contains(&pool),
                "pool {i} not from the fullest arena"
            );
        } else if i < 7 {
            assert!(
                arena2.contains(&pool),
                "pool {i} not from the next fullest arena"
            );
        } else {
            assert!(freed_pools[..10].contains(&pool));
        }
        check_invariants(&a);
        fresh.push(pool_blocks);
    }
    for blocks in fresh {
        for p in blocks {
            free(&mut a, p, 16);
        }
    }
    for (i, pool) in pools.iter().enumerate() {
        let arena = i / POOLS_PER_ARENA;
        let skip = [10, 2, 5][arena];
        if i % POOLS_PER_ARENA >= skip {
            for p in pool {
                free(&mut a, *p, 512);
            }
        }
    }
    check_invariants(&a);
    assert_eq!(a.stats().arenas_in_use, 0);
}

#[test]
fn large_allocations() {
    let mut a = Allocator::new();
    let sizes = [513, 1000, 4096, 100_000, 3 << 20];
    let blocks: Vec<NonNull<u8>> = sizes.iter().map(|&size| alloc_ok(&mut a, size)).collect();
    for (&p, &size) in blocks.iter().zip(&sizes) {
        assert_eq!(p.as_ptr() as usize % ALIGNMENT, 0);
        // SAFETY: the block has `size` writable bytes.
        unsafe { p.as_ptr().write_bytes(0x5A, size) };
    }
    let total: usize = sizes.iter().sum();
    let s = a.stats();
    assert_eq!(s.large_allocs, 5);
    assert_eq!(s.large_bytes, total);
    assert_eq!(s.bytes_in_use, total);
    assert_eq!(s.requested_bytes, total);
    assert_eq!(s.arenas_allocated, 0, "large blocks need no arena");
    for (&p, &size) in blocks.iter().zip(&sizes) {
        free(&mut a, p, size);
    }
    let s = a.stats();
    assert_eq!((s.large_frees, s.large_bytes, s.bytes_in_use), (5, 0, 0));
    assert_eq!(s.peak_bytes, total);
    // Impossible sizes fail cleanly.
    assert!(a.alloc(usize::MAX).is_none());
    assert!(a.alloc(isize::MAX as usize).is_none());
    assert_eq!(a.stats().large_allocs, 5);
}

#[test]
fn limit_fails_allocation_and_keeps_accounting() {
    let mut a = Allocator::new();
    a.set_limit(Some(1000));
    assert_eq!(a.limit(), Some(1000));
    let p = alloc_ok(&mut a, 600);
    let q = alloc_ok(&mut a, 300);
    assert!(a.alloc(200).is_none(), "small over the limit");
    assert!(a.alloc(600).is_none(), "large over the limit");
    let r = alloc_ok(&mut a, 100); // exactly at the limit
    assert!(a.alloc(1).is_none());
    let s = a.stats();
    assert_eq!(s.requested_bytes, 1000);
    assert_eq!((s.small_allocs, s.large_allocs), (2, 1));
    check_invariants(&a);
    free(&mut a, p, 600);
    let t = alloc_ok(&mut a, 512);
    assert_eq!(a.stats().requested_bytes, 912);
    a.set_limit(Some(100));
    assert!(
        a.alloc(1).is_none(),
        "a lower limit applies to new requests"
    );
    a.set_limit(None);
    assert_eq!(a.limit(), None);
    let u = alloc_ok(&mut a, 5000);
    for (ptr, size) in [(q, 300), (r, 100), (t, 512), (u, 5000)] {
        free(&mut a, ptr, size);
    }
    let s = a.stats();
    assert_eq!(
        (s.requested_bytes, s.bytes_in_use, s.arenas_in_use),
        (0, 0, 0)
    );
    check_invariants(&a);
}

#[test]
fn debug_malloc_stats_layout() {
    let mut a = Allocator::new();
    let blocks: Vec<NonNull<u8>> = (0..1500).map(|i| alloc_ok(&mut a, 1 + i % 64)).collect();
    let report = a.debug_malloc_stats();
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines[0], "Small block threshold = 512, in 32 size classes.");
    assert_eq!(lines[1], "");
    assert_eq!(
        lines[2],
        "class   size   num pools   blocks in use  avail blocks"
    );
    assert_eq!(
        lines[3],
        "-----   ----   ---------   -------------  ------------"
    );
    // 1500 requests over sizes 1..=64: class 0 gets 16 of every 64 sizes.
    let s = a.stats();
    let expected = format!(
        "{:5} {:6} {:11} {:15} {:13}",
        0, 16, s.classes[0].pools, s.classes[0].blocks_in_use, s.classes[0].blocks_free
    );
    assert_eq!(lines[4], expected);
    assert_eq!(
        lines[4],
        "    0     16           1             384           637"
    );
    assert!(report.contains("\n# arenas allocated total           =                    1\n"));
    assert!(report.contains("\n1 arenas * 1048576 bytes/arena     =            1,048,576\n"));
    assert!(report.contains("\n58 unused pools * 16384 bytes      =              950,272\n"));
    assert!(report.ends_with("\nTotal                              =            1,048,576\n"));
    for (i, p) in blocks.into_iter().enumerate() {
        free(&mut a, p, 1 + i % 64);
    }
    let empty = a.debug_malloc_stats();
    assert!(empty.ends_with("\nTotal                              =                    0\n"));
}

#[test]
fn drop_returns_arenas_with_live_blocks() {
    // Valgrind's leak check is what really tests this.
    let mut a = Allocator::new();
    for size in [8, 100, 300, 512] {
        for _ in 0..5000 {
            alloc_ok(&mut a, size);
        }
    }
    assert!(a.stats().arenas_in_use >= 2);
    drop(a);
}

#[test]
fn works_as_a_const_thread_local() {
    use std::cell::RefCell;
    thread_local! {
        static ALLOCATOR: RefCell<Allocator> = const { RefCell::new(Allocator::new()) };
    }
    ALLOCATOR.with_borrow_mut(|a| {
        let p = alloc_ok(a, 24);
        free(a, p, 24);
        assert_eq!(a.stats().small_frees, 1);
    });
}

/// A xorshift64* generator: deterministic, no crates.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A live block in the stress model: where, how big, and the byte it holds.
struct Live {
    ptr: NonNull<u8>,
    size: usize,
    fill: u8,
}

fn verify(block: &Live) {
    // SAFETY: the block is live and `size` bytes were written when it was
    // allocated.
    let bytes = unsafe { std::slice::from_raw_parts(block.ptr.as_ptr(), block.size) };
    assert!(
        bytes.iter().all(|&b| b == block.fill),
        "block overwritten: overlap"
    );
}

fn assert_disjoint(live: &[Live]) {
    let mut spans: Vec<(usize, usize)> = live
        .iter()
        .map(|b| {
            (
                b.ptr.as_ptr() as usize,
                Allocator::block_size(b.size).max(1),
            )
        })
        .collect();
    spans.sort_unstable();
    for pair in spans.windows(2) {
        assert!(pair[0].0 + pair[0].1 <= pair[1].0, "live blocks overlap");
    }
}

#[test]
fn randomized_stress_against_a_model() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut a = Allocator::new();
    let mut live: Vec<Live> = Vec::new();
    let (mut requested, mut in_use) = (0usize, 0usize);
    let mut fill = 0u8;
    for step in 0..200_000 {
        // Phases of growth and shrinkage so arenas both fill and drain.
        let grow = (step / 20_000) % 2 == 0;
        let alloc_now = live.is_empty() || rng.below(100) < if grow { 65 } else { 35 };
        if alloc_now {
            let size = match rng.below(100) {
                0 => 513 + rng.below(8000),
                1..=60 => rng.below(65),
                _ => rng.below(SMALL_REQUEST_THRESHOLD + 1),
            };
            let ptr = alloc_ok(&mut a, size);
            assert_eq!(ptr.as_ptr() as usize % ALIGNMENT, 0);
            fill = fill.wrapping_add(1);
            // SAFETY: the new block has at least `size` writable bytes.
            unsafe { ptr.as_ptr().write_bytes(fill, size) };
            live.push(Live { ptr, size, fill });
            requested += size;
            in_use += Allocator::block_size(size);
        } else {
            let block = live.swap_remove(rng.below(live.len()));
            verify(&block);
            free(&mut a, block.ptr, block.size);
            requested -= block.size;
            in_use -= Allocator::block_size(block.size);
        }
        if step % 10_000 == 0 {
            check_invariants(&a);
            assert_disjoint(&live);
            live.iter().for_each(verify);
            let s = a.stats();
            assert_eq!((s.requested_bytes, s.bytes_in_use), (requested, in_use));
        }
    }
    let s = a.stats();
    assert!(s.max_arenas >= 2, "the test should span several arenas");
    assert!(s.arenas_freed > 0, "the test should drain arenas");
    for block in live.drain(..) {
        verify(&block);
        free(&mut a, block.ptr, block.size);
    }
    check_invariants(&a);
    let s = a.stats();
    assert_eq!(
        (s.bytes_in_use, s.requested_bytes, s.arenas_in_use),
        (0, 0, 0)
    );
    assert_eq!(s.small_allocs, s.small_frees);
    assert_eq!(s.large_allocs, s.large_frees);
}

#[test]
fn randomized_drain_of_many_arenas() {
    // Many arenas losing pools in random order keeps several arenas at the
    // same free-pool count, which exercises re-sorting of usable_arenas.
    let mut rng = XorShift(0xD1B5_4A32_D192_ED03);
    let mut a = Allocator::new();
    let mut live: Vec<Live> = Vec::new();
    let mut fill = 0u8;
    let mut allocate = |a: &mut Allocator, live: &mut Vec<Live>, rng: &mut XorShift| {
        let size = 256 + rng.below(257);
        let ptr = alloc_ok(a, size);
        fill = fill.wrapping_add(1);
        // SAFETY: the new block has at least `size` writable bytes.
        unsafe { ptr.as_ptr().write_bytes(fill, size) };
        live.push(Live { ptr, size, fill });
    };
    while a.stats().arenas_in_use < 8 {
        allocate(&mut a, &mut live, &mut rng);
    }
    let mut step = 0;
    while !live.is_empty() {
        if rng.below(100) < 30 {
            allocate(&mut a, &mut live, &mut rng);
        } else {
            let block = live.swap_remove(rng.below(live.len()));
            verify(&block);
            free(&mut a, block.ptr, block.size);
        }
        step += 1;
        if step % 25 == 0 {
            check_invariants(&a);
        }
    }
    check_invariants(&a);
    let s = a.stats();
    assert_eq!((s.bytes_in_use, s.arenas_in_use), (0, 0));
    assert_eq!(s.arenas_freed, s.arenas_allocated);
}
