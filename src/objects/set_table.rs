//! The set layout of [`DictTable`]: CPython's set table, where each hash
//! slot holds its entry directly. Programs print sets in iteration order,
//! which is slot order, so matching CPython's output needs its exact
//! probe sequence (runs of `LINEAR_PROBES` neighbours, then the perturbed
//! jump), its growth rule (grow to 4x `used` once `fill` reaches 3/5 of
//! the mask), its reuse of the last dummy on a probe path, and its
//! bulk-merge presizing.
//!
//! In this layout `indices[i]` is the state of slot `i` (EMPTY, DUMMY, or
//! ACTIVE with the entry in `entries[i]`), and an entry's index is its slot.

use super::{DUMMY, DictTable, EMPTY, Entry, MIN_SIZE, PERTURB_SHIFT};
use crate::heap::ObjRef;
use smallvec::SmallVec;

/// A slot holding a live entry.
const ACTIVE: u32 = 0;
/// Slots examined in a row before jumping (CPython's `LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;

impl DictTable {
    /// An empty table with the set layout.
    pub fn new_set() -> DictTable {
        DictTable {
            set_layout: true,
            ..DictTable::default()
        }
    }

    /// Visits the slots on `hash`'s probe path, in CPython's order, until
    /// `stop` returns true (that slot) or an empty slot is reached (that
    /// slot, flagged `true`). The table must have slots.
    fn set_probe(&self, hash: i64, mut stop: impl FnMut(usize) -> bool) -> (usize, bool) {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if self.indices[j] == EMPTY {
                    return (j, true);
                }
                if stop(j) {
                    return (j, false);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
        }
    }

    /// The live entry in slot `j` if its hash is `hash`.
    fn set_entry_with(&self, j: usize, hash: i64) -> Option<&Entry> {
        if self.indices[j] != ACTIVE {
            return None;
        }
        self.entries[j].as_ref().filter(|e| e.hash == hash)
    }

    pub(super) fn set_find(
        &self,
        hash: i64,
        mut matches: impl FnMut(&Entry) -> bool,
    ) -> Option<usize> {
        let (j, empty) = self.set_probe(hash, |j| {
            self.set_entry_with(j, hash).is_some_and(&mut matches)
        });
        (!empty).then_some(j)
    }

    pub(super) fn set_candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        self.set_probe(hash, |j| {
            if self.set_entry_with(j, hash).is_some() {
                out.push(j);
            }
            false
        });
        out
    }

    /// Makes the smallest (8-slot) table if there is none yet.
    fn set_ensure_slots(&mut self) {
        if self.indices.is_empty() {
            self.indices = SmallVec::from_elem(EMPTY, MIN_SIZE);
            self.entries = (0..MIN_SIZE).map(|_| None).collect();
        }
    }

    /// `set_add_entry` for a key known to be absent: the last dummy on the
    /// probe path is reused, else the empty slot ending it is filled and
    /// the table grows once `fill * 5 >= mask * 3`.
    pub(super) fn set_insert(&mut self, hash: i64, key: ObjRef, value: ObjRef) {
        self.set_ensure_slots();
        let mut freeslot = None;
        let (empty, _) = self.set_probe(hash, |j| {
            if self.indices[j] == DUMMY {
                freeslot = Some(j);
            }
            false
        });
        let slot = freeslot.unwrap_or(empty);
        if freeslot.is_some() {
            self.dummies -= 1;
        }
        self.indices[slot] = ACTIVE;
        self.entries[slot] = Some(Entry { hash, key, value });
        self.used += 1;
        self.bump_version();
        let mask = self.indices.len() - 1;
        if freeslot.is_none() && (self.used + self.dummies) * 5 >= mask * 3 {
            let want = if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.set_resize(want);
        }
    }

    /// `set_table_resize`: the smallest power-of-two table above `minused`
    /// slots, live entries reinserted in slot order, dummies dropped.
    fn set_resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::take(&mut self.entries);
        self.indices = SmallVec::from_elem(EMPTY, size);
        self.entries = (0..size).map(|_| None).collect();
        self.dummies = 0;
        for e in old.into_iter().flatten() {
            self.set_insert_clean(e);
        }
    }

    /// `set_insert_clean`: places an entry in the first empty slot of its
    /// probe path (the table has no dummies and no equal key).
    fn set_insert_clean(&mut self, e: Entry) {
        let (slot, _) = self.set_probe(e.hash, |_| false);
        self.indices[slot] = ACTIVE;
        self.entries[slot] = Some(e);
    }

    /// Presizes a set before `incoming` keys are merged into it, as
    /// CPython's `set_merge` and dict update do, so the merge grows the
    /// table at most once.
    pub fn reserve_merge(&mut self, incoming: usize) {
        if !self.set_layout {
            return;
        }
        self.set_ensure_slots();
        let mask = self.indices.len() - 1;
        if (self.used + self.dummies + incoming) * 5 >= mask * 3 {
            self.set_resize((self.used + incoming) * 2);
        }
    }

    /// Whether the table has never held a key since it was made or
    /// cleared (CPython's `fill == 0`).
    pub fn is_unfilled(&self) -> bool {
        self.used + self.dummies == 0
    }

    /// `set_merge` into a set with `fill == 0`: the other table's slots
    /// are copied as they are when the sizes match and it has no dummies,
    /// else its entries are placed afresh in slot order. No keys compare.
    pub fn merge_into_unfilled(&mut self, other: &DictTable) {
        if other.used == 0 {
            return;
        }
        self.reserve_merge(other.used);
        if self.indices.len() == other.indices.len() && other.dummies == 0 && other.set_layout {
            self.indices = other.indices.clone();
            self.entries = other.entries.clone();
        } else {
            for e in other.iter() {
                self.set_insert_clean(e.clone());
            }
        }
        self.used = other.used;
        self.bump_version();
    }

    /// `set.pop()`: removes the first live slot at or after the finger,
    /// wrapping around, and leaves the finger just past it.
    pub fn pop_set(&mut self) -> Option<Entry> {
        if self.used == 0 {
            return None;
        }
        if !self.set_layout {
            let first = self.next_from(0).map(|(ix, _)| ix)?;
            return self.remove_at(first);
        }
        let mask = self.indices.len() - 1;
        let mut i = self.finger & mask;
        while self.indices[i] != ACTIVE {
            i = if i == mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        self.remove_at(i)
    }
}
