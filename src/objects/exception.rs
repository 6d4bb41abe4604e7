//! Exception instances (BaseException and every subclass).

use crate::heap::ObjRef;
use std::cell::{Cell, RefCell};

/// One frame of a traceback: the code that was running and the index of
/// the instruction that raised or called.
#[derive(Clone)]
pub struct TraceEntry {
    /// The code object.
    pub code: ObjRef,
    /// Index of the instruction.
    pub lasti: u32,
    /// How many frames were on the frame stack, this one the innermost
    /// (to find it for `tb_frame` while it still runs).
    pub depth: u32,
    /// The frame's globals (for `tb_frame.f_globals` once it has ended).
    pub globals: Option<ObjRef>,
    /// A function frame's local variables (and cells) when the error left
    /// it: a traceback keeps its frames, and so their locals, alive, as
    /// CPython's does (finalizers of those objects run once the exception
    /// is gone).
    pub locals: Vec<ObjRef>,
}

/// The payload of an exception instance.
pub struct PyException {
    /// `args` (a tuple).
    pub args: RefCell<ObjRef>,
    /// Traceback entries, innermost first (each frame the error leaves
    /// adds one; printed in reverse).
    pub traceback: RefCell<Vec<TraceEntry>>,
    /// `__cause__`.
    pub cause: RefCell<Option<ObjRef>>,
    /// `__context__`.
    pub context: RefCell<Option<ObjRef>>,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
    /// Other attributes (`code` of SystemExit, `value` of StopIteration,
    /// `name` of NameError, user attributes): a dict, made on demand.
    pub dict: RefCell<Option<ObjRef>>,
    /// An AttributeError's `name` and `obj` as the failed lookup gave
    /// them (kept out of `dict`, which most such errors never need).
    pub attr_context: RefCell<Option<(ObjRef, ObjRef)>>,
}

impl crate::heap::Trace for PyException {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        let (Ok(args), Ok(tb), Ok(cause), Ok(context), Ok(dict), Ok(attr)) = (
            self.args.try_borrow(),
            self.traceback.try_borrow(),
            self.cause.try_borrow(),
            self.context.try_borrow(),
            self.dict.try_borrow(),
            self.attr_context.try_borrow(),
        ) else {
            return false;
        };
        if let Some((name, obj)) = attr.as_ref() {
            visit(name);
            visit(obj);
        }
        visit(&args);
        for entry in tb.iter() {
            visit(&entry.code);
            crate::heap::visit_opt(&entry.globals, visit);
            for v in &entry.locals {
                visit(v);
            }
        }
        crate::heap::visit_opt(&cause, visit);
        crate::heap::visit_opt(&context, visit);
        crate::heap::visit_opt(&dict, visit);
        true
    }

    fn clear(&self) {
        let cause = crate::heap::take_cell(&self.cause);
        let context = crate::heap::take_cell(&self.context);
        let dict = crate::heap::take_cell(&self.dict);
        let tb = self
            .traceback
            .try_borrow_mut()
            .map(|mut t| std::mem::take(&mut *t))
            .unwrap_or_default();
        let attr = crate::heap::take_cell(&self.attr_context);
        drop((cause, context, dict, tb, attr));
    }
}
