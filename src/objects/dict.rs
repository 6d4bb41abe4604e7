//! dict: an insertion-ordered hash table laid out like CPython's compact
//! dict: a sparse index array of slots pointing into a dense, ordered
//! entry array. Deleted entries leave holes in the entry array until the
//! next resize compacts it.
//!
//! The table itself never compares keys: lookups take a matcher closure,
//! so the VM decides how keys compare (identity first, then `==`, which
//! for user classes runs Python code outside any borrow of the table).

use crate::heap::ObjRef;
use smallvec::SmallVec;
use std::cell::RefCell;

#[path = "set_table.rs"]
mod set_table;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

/// One key/value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    /// `hash(key)`.
    pub hash: i64,
    /// The key.
    pub key: ObjRef,
    /// The value.
    pub value: ObjRef,
}

/// Entries of the smallest table (8 slots hold 5) live inline.
const MIN_ENTRIES: usize = MIN_SIZE * 2 / 3;

/// A table's entry array (see [`DictTable::take_all`]).
pub type Entries = SmallVec<[Option<Entry>; MIN_ENTRIES]>;

/// The hash table behind dicts and sets.
#[derive(Default)]
pub struct DictTable {
    /// Slots: EMPTY, DUMMY, or an index into `entries`. The smallest
    /// table's slots are stored inline (no allocation for small dicts
    /// such as most instance dicts).
    indices: SmallVec<[u32; MIN_SIZE]>,
    /// Entries in insertion order; `None` where one was deleted. The
    /// smallest table's entries are inline too, so a small dict (most
    /// instance dicts and keyword dicts) is one heap block.
    entries: Entries,
    /// Live entries.
    used: usize,
    /// DUMMY slots in `indices` (deleted keys), which also fill the table.
    dummies: usize,
    /// Bumped on every insertion of a new key or deletion.
    version: u64,
    /// A set's table, laid out as CPython's set (see `set_table`): the
    /// entries are the hash slots themselves, so iteration runs in slot
    /// order, as CPython's does.
    set_layout: bool,
    /// Where `set.pop` resumes its scan (CPython's `finger`).
    finger: usize,
    /// A key other than an exact str was inserted since the table was
    /// last emptied: CPython's keys table is then of the general kind,
    /// with the hash in each entry (for `sys.getsizeof`).
    general_keys: bool,
}

/// The payload of a dict.
pub struct PyDict {
    /// The table. Never hold a borrow across code that can run Python.
    pub table: RefCell<DictTable>,
}

thread_local! {
    /// The source of dict versions: every mutation of any dict takes a new
    /// number, so a (version) pair identifies one state of one dict and
    /// lookup caches can be validated by comparing versions.
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

thread_local! {
    /// Advanced by every mutation of a dict that is some type's namespace
    /// (see [`DictTable::mark_type_namespace`]).
    static TYPE_CLOCK: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// The version bit of a table that is a type's namespace: its mutations
/// also advance the type clock.
const TYPE_NAMESPACE: u64 = 1 << 63;

/// Unchanged exactly while no type's namespace has been modified, so a
/// type attribute cache validated against it survives the writes to
/// instance, module and other dicts that make up most of a program's
/// dict traffic.
#[inline(always)]
pub fn type_clock() -> u64 {
    TYPE_CLOCK.with(|v| v.get())
}

#[inline(always)]
fn next_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

impl DictTable {
    /// An empty table (allocates nothing).
    pub fn new() -> DictTable {
        DictTable::default()
    }

    /// An empty table ready for `n` entries without resizing.
    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::new();
        if n > 0 {
            t.resize(n * 3 / 2 + 1);
        }
        t
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether there are no entries.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Changes whenever anything in the table changes; unique across all
    /// tables (0 only for a table never modified).
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Takes a fresh version after a mutation, advancing the type clock if
    /// the table is a type's namespace.
    #[inline(always)]
    fn bump_version(&mut self) {
        let tag = self.version & TYPE_NAMESPACE;
        self.version = next_version() | tag;
        if tag != 0 {
            TYPE_CLOCK.with(|c| c.set(c.get() + 1));
        }
    }

    /// Marks the table as a type's namespace (idempotent): from now on its
    /// mutations advance [`type_clock`]. Marking counts as a mutation, so
    /// the version becomes unique and caches filled before are invalid.
    pub fn mark_type_namespace(&mut self) {
        if self.version & TYPE_NAMESPACE == 0 {
            self.version |= TYPE_NAMESPACE;
            self.bump_version();
        }
    }

    /// Number of index slots (for `sys.getsizeof`).
    pub fn slot_count(&self) -> usize {
        self.indices.len()
    }

    /// Capacity of the entry array (for `sys.getsizeof`).
    pub fn entry_capacity(&self) -> usize {
        self.entries.capacity()
    }

    /// Finds the entry index whose key matches, probing the slots for `hash`.
    #[inline]
    pub fn find(&self, hash: i64, mut matches: impl FnMut(&Entry) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        if self.set_layout {
            return self.set_find(hash, matches);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY
                && let Some(e) = &self.entries[ix as usize]
                && e.hash == hash
                && matches(e)
            {
                return Some(ix as usize);
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Entry indices whose hash equals `hash`, in probe order (for keys
    /// whose comparison must run outside a borrow of the table).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        if self.indices.is_empty() {
            return out;
        }
        if self.set_layout {
            return self.set_candidates(hash);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return out;
            }
            if ix != DUMMY
                && let Some(e) = &self.entries[ix as usize]
                && e.hash == hash
            {
                out.push(ix as usize);
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// The entry at index `ix`, if live.
    #[inline]
    pub fn entry(&self, ix: usize) -> Option<&Entry> {
        self.entries.get(ix).and_then(|e| e.as_ref())
    }

    /// Replaces the value of entry `ix`, returning the old value (drop it
    /// after releasing the borrow).
    pub fn set_value(&mut self, ix: usize, value: ObjRef) -> Option<ObjRef> {
        let old = match self.entries.get_mut(ix) {
            Some(Some(e)) => std::mem::replace(&mut e.value, value),
            _ => return None,
        };
        self.bump_version();
        Some(old)
    }

    /// Appends a new entry for a key known not to be present.
    pub fn insert_new(&mut self, hash: i64, key: ObjRef, value: ObjRef) {
        if self.set_layout {
            return self.set_insert(hash, key, value);
        }
        let general =
            key.kind() != crate::heap::Kind::Str || key.flags() & crate::heap::flags::SUBCLASS != 0;
        if general && !self.general_keys && self.used > 0 {
            // CPython converts a str-keyed table to the general kind by
            // rebuilding it twice as large.
            self.resize(self.indices.len() * 2);
        }
        let fill = self.entries.len().max(self.used + self.dummies);
        if self.indices.is_empty() || (fill + 1) * 3 > self.indices.len() * 2 {
            self.resize(self.used * 3);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != EMPTY {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.indices[i] = self.entries.len() as u32;
        self.general_keys |=
            key.kind() != crate::heap::Kind::Str || key.flags() & crate::heap::flags::SUBCLASS != 0;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.bump_version();
    }

    /// Whether CPython's keys table would be of the general kind (see
    /// `general_keys`).
    pub fn has_general_keys(&self) -> bool {
        self.general_keys
    }

    /// Removes entry `ix`, returning it (drop it after releasing the borrow).
    pub fn remove_at(&mut self, ix: usize) -> Option<Entry> {
        let e = self.entries.get_mut(ix)?.take()?;
        if self.set_layout {
            self.indices[ix] = DUMMY;
            self.dummies += 1;
            self.used -= 1;
            self.bump_version();
            return Some(e);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        while self.indices[i] != ix as u32 {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.indices[i] = DUMMY;
        self.dummies += 1;
        self.used -= 1;
        self.bump_version();
        Some(e)
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let ix = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.remove_at(ix);
        if self.set_layout {
            return e;
        }
        // Trailing holes can go: nothing indexes past the last live entry.
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        e
    }

    /// Removes everything, returning the old entries (drop them after
    /// releasing the borrow).
    pub fn take_all(&mut self) -> Entries {
        self.indices = SmallVec::new();
        self.used = 0;
        self.dummies = 0;
        self.finger = 0;
        self.general_keys = false;
        self.bump_version();
        std::mem::take(&mut self.entries)
    }

    /// Number of entry positions (live or holes) for iteration by position.
    #[inline]
    pub fn entry_slots(&self) -> usize {
        self.entries.len()
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter_map(|e| e.as_ref())
    }

    /// Next live entry at position >= `pos`: its position and the entry.
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    /// Rebuilds the table with at least `want` slots (a power of two, as
    /// CPython: `used * 3` rounded up), compacting away deleted entries.
    fn resize(&mut self, want: usize) {
        let size = want.max(MIN_SIZE).next_power_of_two();
        let old = std::mem::take(&mut self.entries);
        self.dummies = 0;
        self.indices = SmallVec::from_elem(EMPTY, size);
        self.entries = Entries::with_capacity(size * 2 / 3);
        let mask = size - 1;
        for e in old.into_iter().flatten() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            self.indices[i] = self.entries.len() as u32;
            self.entries.push(Some(e));
        }
    }
}

impl DictTable {
    /// Visits every value and key in CPython's `dict_traverse` order:
    /// value then key per entry, or only the values when every key is a
    /// str (str keys are atoms: the collector has nothing to learn there).
    pub fn trace(&self, visit: crate::heap::Visit<'_>) {
        let str_keys = self.iter().all(|e| e.key.kind() == crate::heap::Kind::Str);
        for e in self.iter() {
            visit(&e.value);
            if !str_keys {
                visit(&e.key);
            }
        }
    }

    /// Visits every key (sets: their values are the immortal `None`).
    pub fn trace_keys(&self, visit: crate::heap::Visit<'_>) {
        for e in self.iter() {
            visit(&e.key);
        }
    }
}

impl crate::heap::Trace for PyDict {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        match self.table.try_borrow() {
            Ok(t) => {
                t.trace(visit);
                true
            }
            Err(_) => false,
        }
    }

    fn clear(&self) {
        clear_table(&self.table);
    }
}

/// Empties a dict's or set's table for `Trace::clear`, dropping the
/// entries after the borrow ends (a table in use is left alone).
pub fn clear_table(cell: &RefCell<DictTable>) {
    let Ok(mut t) = cell.try_borrow_mut() else {
        return;
    };
    let old = t.take_all();
    drop(t);
    drop(old);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::Vm;

    #[test]
    fn popitem_insert_cycles_keep_the_table_usable() {
        let vm = Vm::new(vec![]);
        let mut t = DictTable::new();
        for i in 0..10_000i64 {
            t.insert_new(i, vm.new_int(i), vm.new_int(i));
            let e = t.pop_last();
            assert!(e.is_some());
        }
        // A lookup of a missing key must terminate (an EMPTY slot exists).
        assert!(t.find(12345, |_| true).is_none());
        assert_eq!(t.len(), 0);
    }
}
