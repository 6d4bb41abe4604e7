//! Free lists for the objects programs make and drop most: floats and
//! machine-size ints. CPython keeps one for floats (`PyFloat_MAXFREELIST`,
//! 100 entries); Ferrite keeps one for each, so the result of `x * y` in an
//! arithmetic loop takes the block the previous result just gave back
//! instead of going through the pool allocator both ways.
//!
//! A block on a free list stays allocated as far as the pools are
//! concerned (it is counted in use by `sys._debugmallocstats`, as CPython's
//! free floats are), while the object statistics count it freed. The lists
//! are emptied back into the pools by full collections and at shutdown
//! (`clear_free_lists`), as CPython's `gc.collect()` clears its free lists.

use std::ptr::NonNull;

/// Entries kept per list, as CPython's float free list.
pub(super) const MAX_FREE: usize = 100;

/// A singly linked stack of free blocks of one size; the link lives in the
/// first word of each block.
pub(super) struct FreeList {
    head: Option<NonNull<u8>>,
    len: usize,
}

impl FreeList {
    /// An empty list.
    pub(super) const fn new() -> FreeList {
        FreeList { head: None, len: 0 }
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
        if self.len >= MAX_FREE {
            return false;
        }
        let next = self.head.map_or(std::ptr::null_mut(), |p| p.as_ptr());
        // SAFETY: per the contract, the block is ours to overwrite.
        unsafe { block.cast::<*mut u8>().write(next) };
        self.head = Some(block);
        self.len += 1;
        true
    }

    /// Takes every block off the list, for the caller to free.
    pub(super) fn drain(&mut self) -> Vec<NonNull<u8>> {
        let mut out = Vec::with_capacity(self.len);
        while let Some(b) = self.pop() {
            out.push(b);
        }
        out
    }

    /// Number of blocks on the list.
    pub(super) fn len(&self) -> usize {
        self.len
    }
}
