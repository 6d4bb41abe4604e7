//! tuple: an immutable sequence whose items are stored inline.

use std::cell::Cell;

/// The payload of a tuple; its items follow inline.
pub struct PyTuple {
    /// Cached hash (-1 until computed).
    pub hash: Cell<i64>,
}
