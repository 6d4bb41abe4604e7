//! Iterator objects of the built-in types (range, list, tuple, str, dict
//! iterators, enumerate, zip, map, filter, reversed, callable iterators),
//! and the dict views, which share the iterator payload.

use crate::heap::ObjRef;
use std::cell::RefCell;

/// The state of a built-in iterator; the object's type says which it is.
pub enum IterState {
    /// Over a range.
    Range {
        /// Next value.
        next: i128,
        /// Values left.
        remaining: i128,
        /// Step.
        step: i128,
    },
    /// Over a list, tuple, str or bytes by index (`None` when exhausted).
    Seq {
        /// The sequence (dropped when exhausted).
        seq: Option<ObjRef>,
        /// Next index (a byte offset for str).
        index: usize,
    },
    /// Over a dict's keys / values / items by entry position.
    Dict {
        /// The dict (dropped when exhausted).
        dict: Option<ObjRef>,
        /// Next entry index.
        pos: usize,
        /// The dict's size when iteration began (to detect changes).
        size: usize,
        /// 0 keys, 1 values, 2 items.
        what: u8,
    },
    /// `reversed(seq)` for list / tuple / range-like sequences.
    Reversed {
        /// The sequence (dropped when exhausted).
        seq: Option<ObjRef>,
        /// Items left (the next item is at index `left - 1`).
        left: usize,
    },
    /// `enumerate(it, start)`.
    Enumerate {
        /// The underlying iterator.
        it: ObjRef,
        /// Next count.
        count: i64,
    },
    /// `zip(*its)`.
    Zip {
        /// The underlying iterators (empty when exhausted).
        its: Vec<ObjRef>,
        /// `strict=True`: iterables of unequal length are an error.
        strict: bool,
    },
    /// `map(f, *its)`.
    Map {
        /// The function.
        func: ObjRef,
        /// The underlying iterators.
        its: Vec<ObjRef>,
    },
    /// `filter(f, it)`.
    Filter {
        /// The predicate (None = truth).
        func: ObjRef,
        /// The underlying iterator.
        it: ObjRef,
    },
    /// A dict view (`d.keys()`, `d.values()`, `d.items()`, see
    /// `crate::vm::views`): not itself an iterator; iterating it makes a
    /// `Dict` iterator over the dict.
    View {
        /// The dict viewed.
        dict: ObjRef,
        /// 0 keys, 1 values, 2 items.
        what: u8,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        /// The callable (None when exhausted).
        func: Option<ObjRef>,
        /// The sentinel.
        sentinel: ObjRef,
    },
}

/// The payload of an iterator object.
pub struct PyIter {
    /// Its state.
    pub state: RefCell<IterState>,
}

impl IterState {
    /// Visits every reference the state owns.
    pub fn trace(&self, visit: crate::heap::Visit<'_>) {
        use crate::heap::visit_opt;
        match self {
            IterState::Range { .. } => {}
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => visit_opt(seq, visit),
            IterState::Dict { dict, .. } => visit_opt(dict, visit),
            IterState::Enumerate { it, .. } => visit(it),
            IterState::Zip { its, .. } => {
                for i in its.iter() {
                    visit(i);
                }
            }
            IterState::Map { func, its } => {
                visit(func);
                {
                    for i in its.iter() {
                        visit(i);
                    }
                };
            }
            IterState::Filter { func, it } => {
                visit(func);
                visit(it);
            }
            IterState::View { dict, .. } => visit(dict),
            IterState::Callable { func, sentinel } => {
                visit_opt(func, visit);
                visit(sentinel);
            }
        }
    }
}

impl crate::heap::Trace for PyIter {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        match self.state.try_borrow() {
            Ok(s) => {
                s.trace(visit);
                true
            }
            Err(_) => false,
        }
    }

    fn clear(&self) {
        // Views keep their dict (a view is not an iterator and a cleared
        // one would have nothing to show); iterators become exhausted.
        let Ok(mut s) = self.state.try_borrow_mut() else {
            return;
        };
        if matches!(*s, IterState::View { .. }) {
            return;
        }
        let old = std::mem::replace(
            &mut *s,
            IterState::Zip {
                its: Vec::new(),
                strict: false,
            },
        );
        drop(s);
        drop(old);
    }
}
