//! set and frozenset.

use crate::objects::dict::DictTable;
use std::cell::RefCell;

/// A set (or frozenset): a hash table of keys (values are unused).
pub struct PySet {
    /// The keys.
    pub table: RefCell<DictTable>,
}
