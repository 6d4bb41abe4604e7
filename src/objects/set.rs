//! set and frozenset.

use crate::objects::dict::DictTable;
use std::cell::RefCell;

/// A set (or frozenset): a hash table of keys (values are unused).
pub struct PySet {
    /// The keys.
    pub table: RefCell<DictTable>,
}

impl crate::heap::Trace for PySet {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        match self.table.try_borrow() {
            Ok(t) => {
                // Sets keep their items as keys; the values are all the
                // immortal None, which cannot matter.
                t.trace_keys(visit);
                true
            }
            Err(_) => false,
        }
    }

    fn clear(&self) {
        crate::objects::dict::clear_table(&self.table);
    }
}
