//! What the allocator can tell about itself: [`AllocStats`] and the
//! `sys._debugmallocstats()` report.
//!
//! The running totals are kept by the fast paths; the per-class and per-pool
//! figures are counted by walking the carved pools of every arena when asked,
//! as CPython does, so the fast paths stay short.

use std::fmt::Write as _;

use super::{
    ARENA_SIZE, Allocator, NUM_SIZE_CLASSES, POOL_OVERHEAD, POOL_SIZE, POOLS_PER_ARENA, PoolHeader,
    SMALL_REQUEST_THRESHOLD, blocks_per_pool, class_block_size,
};

/// A snapshot of the allocator's statistics.
#[derive(Clone, Debug, Default)]
pub struct AllocStats {
    /// Sum of the block sizes of live allocations (small and large).
    pub bytes_in_use: usize,
    /// Highest `bytes_in_use` seen (since the last reset).
    pub peak_bytes: usize,
    /// Sum of the requested sizes of live allocations (small and large).
    pub requested_bytes: usize,
    /// Small blocks allocated, ever.
    pub small_allocs: u64,
    /// Small blocks freed, ever.
    pub small_frees: u64,
    /// Large blocks allocated from the system, ever.
    pub large_allocs: u64,
    /// Large blocks returned to the system, ever.
    pub large_frees: u64,
    /// Bytes in live large blocks.
    pub large_bytes: usize,
    /// Arenas allocated from the system, ever.
    pub arenas_allocated: u64,
    /// Arenas returned to the system, ever.
    pub arenas_freed: u64,
    /// Arenas held now.
    pub arenas_in_use: usize,
    /// Most arenas held at once.
    pub max_arenas: usize,
    /// Pools with at least one live block.
    pub pools_in_use: usize,
    /// Pools held in arenas with no live block (emptied or never used).
    pub pools_free: usize,
    /// One entry per size class, smallest first.
    pub classes: Vec<ClassStats>,
}

/// Statistics for one size class.
#[derive(Clone, Debug, Default)]
pub struct ClassStats {
    /// Bytes in each block of this class.
    pub block_size: usize,
    /// Pools serving this class that hold at least one live block.
    pub pools: usize,
    /// Live blocks of this class.
    pub blocks_in_use: usize,
    /// Free blocks (freed or never used) in this class's pools.
    pub blocks_free: usize,
}

impl AllocStats {
    /// Bytes of arena memory in free blocks, empty pools and pool headers
    /// (everything held for small objects but not in live blocks).
    pub fn small_overhead_bytes(&self) -> usize {
        let small_in_use = self.bytes_in_use - self.large_bytes;
        (self.arenas_in_use * ARENA_SIZE).saturating_sub(small_in_use)
    }
}

impl Allocator {
    /// A snapshot of the statistics, counting the per-class figures from the
    /// pools.
    pub fn stats(&self) -> AllocStats {
        let c = &self.counters;
        let mut stats = AllocStats {
            bytes_in_use: c.bytes_in_use,
            peak_bytes: c.peak_bytes,
            requested_bytes: c.requested_bytes,
            small_allocs: c.small_allocs,
            small_frees: c.small_frees,
            large_allocs: c.large_allocs,
            large_frees: c.large_frees,
            large_bytes: c.large_bytes,
            arenas_allocated: c.arenas_allocated,
            arenas_freed: c.arenas_freed,
            arenas_in_use: c.arenas_in_use,
            max_arenas: c.max_arenas,
            pools_in_use: 0,
            pools_free: 0,
            classes: (0..NUM_SIZE_CLASSES)
                .map(|class| ClassStats {
                    block_size: class_block_size(class),
                    ..ClassStats::default()
                })
                .collect(),
        };
        self.for_each_used_pool(|class, used| {
            let entry = &mut stats.classes[class];
            entry.pools += 1;
            entry.blocks_in_use += used;
            entry.blocks_free += blocks_per_pool(class) - used;
        });
        for arena in self.arenas.iter().filter(|arena| !arena.base.is_null()) {
            stats.pools_free += arena.nfreepools as usize;
            stats.pools_in_use += POOLS_PER_ARENA - arena.nfreepools as usize;
        }
        stats
    }

    /// Calls `visit(class, blocks_in_use)` for every pool with a live block.
    pub(super) fn for_each_used_pool(&self, mut visit: impl FnMut(usize, usize)) {
        for arena in self.arenas.iter().filter(|arena| !arena.base.is_null()) {
            for pool_number in 0..arena.carved as usize {
                // SAFETY: pools below `carved` lie inside the live arena and
                // had their header written when carved; headers are only
                // written through `&mut self`, which `&self` excludes now.
                let (used, class) = unsafe {
                    let pool = arena.base.add(pool_number * POOL_SIZE).cast::<PoolHeader>();
                    ((*pool).ref_count as usize, (*pool).size_class as usize)
                };
                if used != 0 {
                    visit(class, used);
                }
            }
        }
    }

    /// The allocator's state in the layout of CPython's
    /// `sys._debugmallocstats()`: the size-class table, then the arena
    /// totals, then where every arena byte goes.
    pub fn debug_malloc_stats(&self) -> String {
        let stats = self.stats();
        let mut out = String::new();
        // Writing to a String cannot fail, so the fmt::Results are ignored.
        let _ = writeln!(
            out,
            "Small block threshold = {SMALL_REQUEST_THRESHOLD}, in {NUM_SIZE_CLASSES} size classes.\n"
        );
        out.push_str("class   size   num pools   blocks in use  avail blocks\n");
        out.push_str("-----   ----   ---------   -------------  ------------\n");
        let (mut allocated, mut available, mut headers, mut quantization) = (0, 0, 0, 0);
        for (class, entry) in stats.classes.iter().enumerate() {
            if entry.pools == 0 {
                continue;
            }
            let _ = writeln!(
                out,
                "{class:5} {:6} {:11} {:15} {:13}",
                entry.block_size, entry.pools, entry.blocks_in_use, entry.blocks_free
            );
            allocated += entry.blocks_in_use * entry.block_size;
            available += entry.blocks_free * entry.block_size;
            headers += entry.pools * POOL_OVERHEAD;
            quantization += entry.pools * ((POOL_SIZE - POOL_OVERHEAD) % entry.block_size);
        }
        out.push('\n');
        let arenas = stats.arenas_in_use;
        print_one(
            &mut out,
            "# arenas allocated total",
            stats.arenas_allocated as usize,
        );
        print_one(&mut out, "# arenas reclaimed", stats.arenas_freed as usize);
        print_one(&mut out, "# arenas highwater mark", stats.max_arenas);
        print_one(&mut out, "# arenas allocated current", arenas);
        let label = format!("{arenas} arenas * {ARENA_SIZE} bytes/arena");
        print_one(&mut out, &label, arenas * ARENA_SIZE);
        out.push('\n');
        let unused = stats.pools_free;
        let mut total = print_one(&mut out, "# bytes in allocated blocks", allocated);
        total += print_one(&mut out, "# bytes in available blocks", available);
        let label = format!("{unused} unused pools * {POOL_SIZE} bytes");
        total += print_one(&mut out, &label, unused * POOL_SIZE);
        total += print_one(&mut out, "# bytes lost to pool headers", headers);
        total += print_one(&mut out, "# bytes lost to quantization", quantization);
        // Arenas are allocated pool-aligned, so none is lost to alignment.
        total += print_one(&mut out, "# bytes lost to arena alignment", 0);
        print_one(&mut out, "Total", total);
        out
    }
}

/// One free-list line of `sys._debugmallocstats()`, as CPython's
/// `_PyDebugAllocatorStats` (`14 free PyDictObjects * 48 bytes each = 672`).
pub fn free_list_line(name: &str, count: usize, block_size: usize) -> String {
    let mut out = String::new();
    let label = format!(
        "{:>48} ",
        format!("{count} free {name}s * {block_size} bytes each")
    );
    print_one(&mut out, &label, count * block_size);
    out
}

/// Writes one `label = value` line padded as CPython's `printone` does
/// (label to 35 columns, value with thousands commas in 21), and returns the
/// value so the caller can add up a total.
fn print_one(out: &mut String, label: &str, value: usize) -> usize {
    let _ = writeln!(out, "{label:<35}={:>21}", group_thousands(value));
    value
}

/// `value` in decimal with a comma between groups of three digits.
fn group_thousands(value: usize) -> String {
    let digits = value.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::group_thousands;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(4_194_304), "4,194,304");
        assert_eq!(group_thousands(123_456_789_012), "123,456,789,012");
    }
}
