//! How the cycle collector sees inside objects: the [`Trace`] trait, which
//! every payload implements (CPython's `tp_traverse` and `tp_clear`).
//!
//! `trace` must visit each reference the payload owns exactly once: the
//! collector subtracts one from the visited object's count per visit, so a
//! reference visited twice would make a live object look unreachable, and
//! one never visited only makes its target look referenced from outside
//! (safe, but the cycle through it is never found).

use super::objref::ObjRef;
use crate::objects;

/// The callback `Trace::trace` calls for each owned reference.
pub type Visit<'a> = &'a mut dyn FnMut(&ObjRef);

/// The collector's view of a payload.
pub trait Trace {
    /// Calls `visit` once per reference the payload owns. Returns false if
    /// the payload could not be inspected (one of its cells is mutably
    /// borrowed by code that is running); the collector then treats the
    /// object as referenced from outside.
    fn trace(&self, _visit: Visit<'_>) -> bool {
        true
    }

    /// Drops the references that can take part in cycles, so that a cycle
    /// of garbage falls apart by reference counting (`tp_clear`). Payloads
    /// with only immutable references leave them: some other member of
    /// any cycle through them is clearable.
    fn clear(&self) {}
}

/// Inline items of a variable-size object, traced like owned references
/// when they are references (tuple) and ignored when they are bytes.
pub(crate) trait TraceItems {
    /// Visits each item that is a reference.
    fn trace_items(&self, visit: Visit<'_>);

    /// Drops the items that can take part in cycles (mutable items only).
    fn clear_items(&self) {}
}

impl TraceItems for [u8] {
    fn trace_items(&self, _visit: Visit<'_>) {}
}

impl TraceItems for [ObjRef] {
    fn trace_items(&self, visit: Visit<'_>) {
        // Last item first, like CPython's tupletraverse.
        for item in self.iter().rev() {
            visit(item);
        }
    }
}

impl TraceItems for [std::cell::Cell<Option<ObjRef>>] {
    fn trace_items(&self, visit: Visit<'_>) {
        for cell in self {
            // Take the value out to look at it, then put it back: visiting
            // only adjusts the collector's counts.
            let v = cell.take();
            visit_opt(&v, visit);
            cell.set(v);
        }
    }

    fn clear_items(&self) {
        for cell in self {
            drop(cell.take());
        }
    }
}

/// Visits an optional reference.
#[inline]
pub fn visit_opt(r: &Option<ObjRef>, visit: Visit<'_>) {
    if let Some(r) = r {
        visit(r);
    }
}

// Atoms: payloads that own no references.
impl Trace for objects::singleton::PySingleton {}
impl Trace for objects::int::PyInt {}
impl Trace for objects::int::PyBigInt {}
impl Trace for objects::float::PyFloat {}
impl Trace for objects::range::PyRange {}
impl Trace for objects::str::PyStr {}
impl Trace for objects::bytes::PyBytes {}
impl Trace for objects::tuple::PyTuple {}
// Code objects own constants and names (never part of a cycle: constants
// are atoms and tuples of them) and are not tracked, as in CPython.
impl Trace for objects::code::PyCode {}

/// Takes a cell's value for `Trace::clear`, leaving the default; a cell
/// that is borrowed now is left alone (its owner is in use, so it cannot
/// be garbage that matters).
pub fn take_cell<T: Default>(cell: &std::cell::RefCell<T>) -> T {
    match cell.try_borrow_mut() {
        Ok(mut v) => std::mem::take(&mut *v),
        Err(_) => T::default(),
    }
}
