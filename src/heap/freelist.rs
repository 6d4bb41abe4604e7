//! Free lists for the objects programs make and drop most, as CPython 3.11
//! keeps them: floats (100), dicts (80), lists (80) and tuples of 1 to 20
//! items (2000 of each length); Ferrite adds one for machine-size ints
//! (100). The result of `x * y` in an arithmetic loop, the argument tuple
//! of a call or the list of a comprehension takes the block the previous
//! one just gave back instead of going through the pool allocator both
//! ways (and gets a block still warm in the cache).
//!
//! Only the object's own block waits here: its payload was dropped when it
//! died (a list's item buffer and a dict's spilled table are freed then,
//! as CPython frees `ob_item` and non-inline keys), so a parked block
//! holds no references and no other memory.
//!
//! A block on a free list stays allocated as far as the pools are
//! concerned (it is counted in use by `sys._debugmallocstats`, as CPython's
//! free objects are), while the object statistics (`--mem-report`,
//! `--leak-check`), the collector's lists and tracemalloc count it freed.
//! The lists are emptied back into the pools by full collections and at
//! shutdown (`clear_free_lists`), as CPython's `gc.collect()` clears its
//! free lists.

use super::kinds::{GC_HEAD_SIZE, HeapObject, HeapVarObject, Kind};
use crate::heap::ObjRef;
use crate::objects::{dict::PyDict, float::PyFloat, int::PyInt, list::PyList, tuple::PyTuple};
use std::mem::size_of;
use std::ptr::NonNull;

/// Which free list serves a block: an index into [`FreeLists`].
pub(super) type Slot = usize;

/// No free list serves the block (any index past the lists would do; this
/// one fits the `u8` table of `slot_of_dead`).
pub(super) const NO_SLOT: Slot = u8::MAX as Slot;
const FLOAT: Slot = 0;
const INT: Slot = 1;
const DICT: Slot = 2;
const LIST: Slot = 3;
/// Tuples of `n` items use slot `TUPLE_1 + n - 1`.
const TUPLE_1: Slot = 4;
/// Longest tuple kept (CPython's `PyTuple_MAXSAVESIZE`; the empty tuple is
/// a singleton and never freed).
pub(super) const TUPLE_SIZES: usize = 20;
/// Number of free lists.
const SLOTS: usize = TUPLE_1 + TUPLE_SIZES;

/// Bytes of a tuple object before its items.
const TUPLE_BASE: usize = size_of::<HeapVarObject<PyTuple>>();

/// The free list for a dead object of `kind` whose object size (header,
/// payload and inline items, without the GC head) is `obj_size`, laid out
/// as its kind's plain objects (not a subclass instance). Callers mostly
/// pass constants, so this folds away.
#[inline(always)]
pub(super) const fn slot_of(kind: Kind, obj_size: usize) -> Slot {
    match kind {
        Kind::Float => FLOAT,
        Kind::Int => INT,
        Kind::Dict => DICT,
        Kind::List => LIST,
        Kind::Tuple => {
            // One unsigned compare: 0 and more than TUPLE_SIZES items wrap
            // or fall outside.
            let len = obj_size.wrapping_sub(TUPLE_BASE) / size_of::<ObjRef>();
            if len.wrapping_sub(1) < TUPLE_SIZES {
                TUPLE_1 - 1 + len
            } else {
                NO_SLOT
            }
        }
        _ => NO_SLOT,
    }
}

/// `slot_of` for a kind known only at run time (a dying object's): one
/// table load, and for a tuple a little arithmetic on its size, where a
/// `match` on the kind would dispatch through a jump table on every free.
#[inline(always)]
pub(super) fn slot_of_dead(kind: Kind, obj_size: usize) -> Slot {
    match KIND_SLOTS[kind as usize] {
        BY_SIZE => slot_of(Kind::Tuple, obj_size),
        slot => slot as Slot,
    }
}

/// Marks the kind whose slot depends on the object's size (tuples).
const BY_SIZE: u8 = u8::MAX - 1;

/// Each kind's slot (or [`NO_SLOT`]), or [`BY_SIZE`].
const KIND_SLOTS: [u8; Kind::COUNT] = {
    let mut table = [NO_SLOT as u8; Kind::COUNT];
    let mut i = 0;
    while i < Kind::COUNT {
        table[i] = match Kind::ALL[i] {
            Kind::Tuple => BY_SIZE,
            kind => slot_of(kind, 0) as u8,
        };
        i += 1;
    }
    table
};
const _: () = assert!(SLOTS < BY_SIZE as usize && BY_SIZE as usize != NO_SLOT);

/// Most blocks kept by the list in `slot`.
const fn max_free(slot: Slot) -> usize {
    match slot {
        FLOAT | INT => 100,
        DICT | LIST => 80,
        _ => 2000,
    }
}

/// Object size (without the GC head) of the blocks in `slot`.
const fn object_size(slot: Slot) -> usize {
    match slot {
        FLOAT => size_of::<HeapObject<PyFloat>>(),
        INT => size_of::<HeapObject<PyInt>>(),
        DICT => size_of::<HeapObject<PyDict>>(),
        LIST => size_of::<HeapObject<PyList>>(),
        _ => TUPLE_BASE + (slot - TUPLE_1 + 1) * size_of::<ObjRef>(),
    }
}

/// Bytes of the blocks in `slot` as allocated (GC head included).
const fn block_size(slot: Slot) -> usize {
    match slot {
        FLOAT | INT => object_size(slot),
        _ => GC_HEAD_SIZE + object_size(slot),
    }
}

/// A singly linked stack of free blocks of one size; the link lives in the
/// first word of each block.
pub(super) struct FreeList {
    head: Option<NonNull<u8>>,
    len: usize,
    max: usize,
}

impl FreeList {
    /// An empty list keeping at most `max` blocks.
    pub(super) const fn new(max: usize) -> FreeList {
        FreeList {
            head: None,
            len: 0,
            max,
        }
    }

    /// Takes a block, if any.
    #[inline(always)]
    pub(super) fn pop(&mut self) -> Option<NonNull<u8>> {
        let block = self.head?;
        // SAFETY: every block on the list was pushed by `push`, which wrote
        // the next link (or null) into its first word; the block is at
        // least a word long and word-aligned, and nothing else uses it.
        let next = unsafe { block.cast::<*mut u8>().read() };
        self.head = NonNull::new(next);
        self.len -= 1;
        Some(block)
    }

    /// Keeps `block` unless the list is full; returns whether it did.
    ///
    /// # Safety
    /// `block` must be a dead object's block, at least a word long and
    /// word-aligned, which nothing refers to any more.
    #[inline(always)]
    pub(super) unsafe fn push(&mut self, block: NonNull<u8>) -> bool {
        if self.len >= self.max {
            return false;
        }
        let next = self.head.map_or(std::ptr::null_mut(), |p| p.as_ptr());
        // SAFETY: per the contract, the block is ours to overwrite.
        unsafe { block.cast::<*mut u8>().write(next) };
        self.head = Some(block);
        self.len += 1;
        true
    }

    /// Number of blocks on the list.
    pub(super) fn len(&self) -> usize {
        self.len
    }
}

/// Every free list of the heap, indexed by [`Slot`].
pub(super) struct FreeLists {
    lists: [FreeList; SLOTS],
}

impl FreeLists {
    /// Empty lists.
    pub(super) fn new() -> FreeLists {
        FreeLists {
            lists: std::array::from_fn(|slot| FreeList::new(max_free(slot))),
        }
    }

    /// Takes a block from the list in `slot` ([`NO_SLOT`]: none).
    #[inline(always)]
    pub(super) fn pop(&mut self, slot: Slot) -> Option<NonNull<u8>> {
        self.lists.get_mut(slot)?.pop()
    }

    /// Keeps `block` on the list in `slot` unless there is none or it is
    /// full; returns whether it did.
    ///
    /// # Safety
    /// `block` must be the dead block of a plain object whose `slot_of` is
    /// `slot` (allocated at that slot's block size), which nothing refers
    /// to any more.
    #[inline(always)]
    pub(super) unsafe fn push(&mut self, slot: Slot, block: NonNull<u8>) -> bool {
        match self.lists.get_mut(slot) {
            // SAFETY: forwarded from the caller's contract; every block is
            // 16-byte aligned and longer than a word.
            Some(list) => unsafe { list.push(block) },
            None => false,
        }
    }

    /// The float list (`float`) or the int list: a constant index each, for
    /// the float and int fast path of `dealloc`.
    #[inline(always)]
    pub(super) fn number_list(&mut self, float: bool) -> &mut FreeList {
        if float {
            &mut self.lists[FLOAT]
        } else {
            &mut self.lists[INT]
        }
    }

    /// Takes every block off every list, with the size it was allocated
    /// with, for the caller to free.
    pub(super) fn drain(&mut self) -> Vec<(NonNull<u8>, usize)> {
        let mut out = Vec::new();
        for (slot, list) in self.lists.iter_mut().enumerate() {
            while let Some(b) = list.pop() {
                out.push((b, block_size(slot)));
            }
        }
        out
    }

    /// Blocks parked in all lists, and their bytes as allocated.
    pub(super) fn totals(&self) -> (usize, usize) {
        self.lists
            .iter()
            .enumerate()
            .fold((0, 0), |(n, b), (slot, l)| {
                (n + l.len(), b + l.len() * block_size(slot))
            })
    }

    /// The free-list lines of `sys._debugmallocstats()`, in CPython
    /// 3.11's order (dicts, floats, lists, tuples by length), with ints
    /// after floats; sizes are object sizes without the GC head, as
    /// CPython prints `sizeof` of the object struct.
    pub(super) fn report(&self) -> String {
        use super::alloc::stats::free_list_line;
        let mut out = String::new();
        let mut line = |name: &str, slot: Slot| {
            out.push_str(&free_list_line(
                name,
                self.lists[slot].len(),
                object_size(slot),
            ));
        };
        line("PyDictObject", DICT);
        line("PyFloatObject", FLOAT);
        line("PyLongObject", INT);
        line("PyListObject", LIST);
        for n in 1..=TUPLE_SIZES {
            line(&format!("{n}-sized PyTupleObject"), TUPLE_1 + n - 1);
        }
        out
    }

    /// Blocks on the list of `kind` (tuples: of `len` items).
    #[cfg(test)]
    pub(super) fn len_of(&self, kind: Kind, len: usize) -> usize {
        let size = match kind {
            Kind::Tuple => TUPLE_BASE + len * size_of::<ObjRef>(),
            _ => 0,
        };
        self.lists.get(slot_of(kind, size)).map_or(0, |l| l.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_follow_cpython_limits() {
        assert_eq!(slot_of(Kind::Str, 64), NO_SLOT);
        assert_eq!(slot_of(Kind::Tuple, TUPLE_BASE), NO_SLOT, "no empty tuples");
        assert_eq!(slot_of(Kind::Tuple, TUPLE_BASE + 8), TUPLE_1);
        assert_eq!(slot_of(Kind::Tuple, TUPLE_BASE + 20 * 8), TUPLE_1 + 19);
        assert_eq!(slot_of(Kind::Tuple, TUPLE_BASE + 21 * 8), NO_SLOT);
        assert_eq!(max_free(DICT), 80);
        assert_eq!(max_free(LIST), 80);
        assert_eq!(max_free(FLOAT), 100);
        assert_eq!(max_free(TUPLE_1 + 7), 2000);
        for n in 1..=TUPLE_SIZES {
            let slot = TUPLE_1 + n - 1;
            assert_eq!(object_size(slot), TUPLE_BASE + n * 8);
            assert_eq!(slot_of(Kind::Tuple, object_size(slot)), slot);
            assert_eq!(block_size(slot), object_size(slot) + GC_HEAD_SIZE);
        }
        assert_eq!(block_size(FLOAT), size_of::<HeapObject<PyFloat>>());
        for kind in Kind::ALL {
            for size in [0, TUPLE_BASE, TUPLE_BASE + 8, TUPLE_BASE + 160, 4096] {
                assert_eq!(slot_of_dead(kind, size), slot_of(kind, size), "{kind:?}");
            }
        }
    }

    #[test]
    fn a_list_is_a_bounded_lifo_stack() {
        let mut blocks = [[0u64; 4]; 5];
        let ptrs: Vec<NonNull<u8>> = blocks
            .iter_mut()
            .map(|b| NonNull::from(b).cast::<u8>())
            .collect();
        let mut list = FreeList::new(3);
        for &p in &ptrs[..3] {
            // SAFETY: the test's blocks are word-aligned, unused memory.
            assert!(unsafe { list.push(p) });
        }
        // SAFETY: as above.
        assert!(!unsafe { list.push(ptrs[3]) }, "full at its limit");
        assert_eq!(list.len(), 3);
        assert_eq!(list.pop(), Some(ptrs[2]));
        assert_eq!(list.pop(), Some(ptrs[1]));
        // SAFETY: as above.
        assert!(unsafe { list.push(ptrs[4]) });
        assert_eq!(list.pop(), Some(ptrs[4]));
        assert_eq!(list.pop(), Some(ptrs[0]));
        assert_eq!(list.pop(), None);
        assert_eq!(list.len(), 0);
    }

    #[test]
    fn drain_empties_every_list_with_block_sizes() {
        let mut blocks = [[0u64; 4]; 3];
        let ptrs: Vec<NonNull<u8>> = blocks
            .iter_mut()
            .map(|b| NonNull::from(b).cast::<u8>())
            .collect();
        let mut lists = FreeLists::new();
        // SAFETY: the test's blocks are word-aligned, unused memory, and
        // never freed to an allocator.
        unsafe {
            assert!(lists.push(LIST, ptrs[0]));
            assert!(lists.push(TUPLE_1 + 2, ptrs[1]));
            assert!(lists.push(TUPLE_1 + 2, ptrs[2]));
            assert!(!lists.push(NO_SLOT, ptrs[2]));
        }
        assert_eq!(lists.pop(NO_SLOT), None);
        assert_eq!(lists.len_of(Kind::Tuple, 3), 2);
        assert_eq!(lists.totals().0, 3);
        let drained = lists.drain();
        assert_eq!(drained.len(), 3);
        assert!(drained.contains(&(ptrs[0], block_size(LIST))));
        assert!(drained.contains(&(ptrs[1], GC_HEAD_SIZE + TUPLE_BASE + 24)));
        assert_eq!(lists.totals(), (0, 0));
        assert!(lists.report().contains(" 0 free 3-sized PyTupleObjects * "));
    }
}
