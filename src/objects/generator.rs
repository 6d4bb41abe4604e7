//! Generator objects: a suspended frame (its code, instruction pointer,
//! locals and operand stack) that `next`/`send`/`throw`/`close` resume.

use crate::heap::ObjRef;
use crate::objects::code::CodeData;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A frame taken off the frame stack while its generator is suspended.
pub struct SavedFrame {
    /// The code being run.
    pub code: Rc<CodeData>,
    /// The code object.
    pub code_obj: ObjRef,
    /// The generator function (for its closure).
    pub func: Option<ObjRef>,
    /// Globals.
    pub globals: ObjRef,
    /// Next instruction to run.
    pub ip: usize,
    /// Localsplus slots followed by the operand stack.
    pub values: Vec<Option<ObjRef>>,
    /// The frame object of this frame, if Python code asked for one.
    pub frame_obj: SuspendedFrameObj,
}

/// The frame object of a suspended generator frame. It reads the
/// generator through an uncounted pointer (a counted one would make every
/// generator whose frame was looked at a reference cycle), so when the
/// saved frame goes (the generator is freed or cleared) the frame object
/// is told it has ended.
#[derive(Default)]
pub struct SuspendedFrameObj {
    /// The frame object.
    pub obj: Option<ObjRef>,
    /// Index of the last instruction the frame ran.
    pub lasti: u32,
}

impl Drop for SuspendedFrameObj {
    #[inline(always)]
    fn drop(&mut self) {
        if self.obj.is_some() {
            self.end();
        }
    }
}

impl SuspendedFrameObj {
    /// Tells the frame object its frame has ended.
    #[cold]
    fn end(&mut self) {
        if let Some(o) = self.obj.take()
            && let Some(p) = o.downcast::<crate::objects::frame::PyFrame>()
        {
            let old = p.state.replace(crate::objects::frame::FrameState::Done {
                lasti: self.lasti,
                locals: None,
                back: None,
            });
            drop(old);
        }
    }
}

/// The payload of a generator object.
pub struct PyGenerator {
    /// The suspended frame; `None` once the generator has finished.
    pub frame: RefCell<Option<SavedFrame>>,
    /// `__name__`.
    pub name: ObjRef,
    /// `__qualname__`.
    pub qualname: ObjRef,
    /// `gi_code`: kept after the frame is gone, as CPython does.
    pub code: ObjRef,
    /// Whether the frame is running now ("generator already executing").
    pub running: Cell<bool>,
    /// Whether it has started (for "can't send non-None value to a
    /// just-started generator").
    pub started: Cell<bool>,
    /// The exception being handled inside the generator while suspended.
    pub exc_state: RefCell<Option<ObjRef>>,
    /// While running: the emptied buffer of the saved frame's values,
    /// reused by the next suspension (no allocation per `yield`).
    pub spare: RefCell<Vec<Option<ObjRef>>>,
}

impl SavedFrame {
    /// Visits every reference the suspended frame owns.
    pub fn trace(&self, visit: crate::heap::Visit<'_>) {
        visit(&self.code_obj);
        crate::heap::visit_opt(&self.func, visit);
        crate::heap::visit_opt(&self.frame_obj.obj, visit);
        visit(&self.globals);
        for v in &self.values {
            crate::heap::visit_opt(v, visit);
        }
    }
}

impl crate::heap::Trace for PyGenerator {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        let (Ok(frame), Ok(exc)) = (self.frame.try_borrow(), self.exc_state.try_borrow()) else {
            return false;
        };
        if let Some(f) = frame.as_ref() {
            f.trace(visit);
        }
        visit(&self.name);
        visit(&self.qualname);
        visit(&self.code);
        crate::heap::visit_opt(&exc, visit);
        true
    }

    fn clear(&self) {
        if self.running.get() {
            return;
        }
        let frame = crate::heap::take_cell(&self.frame);
        let exc = crate::heap::take_cell(&self.exc_state);
        drop((frame, exc));
    }
}
