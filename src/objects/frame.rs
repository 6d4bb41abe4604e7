//! Frame objects: what `sys._getframe()`, `gen.gi_frame` and a
//! traceback's `tb_frame` give. The VM runs frames as plain `vm::Frame`
//! structs; a frame object is made only when Python code asks for one, and
//! reads the running frame's state (line, locals, caller) while it runs.
//! When the frame ends, the object keeps what it had then, as CPython's
//! frame objects take ownership of their frame's data.

use crate::heap::ObjRef;
use std::cell::RefCell;

/// Where a frame object's frame is.
pub enum FrameState {
    /// On the VM's frame stack: the `vm::Frame` whose `frame_obj` is this
    /// object.
    Live,
    /// The frame of this generator, suspended. Uncounted: the generator's
    /// saved frame holds this object and sets `Done` when it goes (see
    /// `objects::generator::SuspendedFrameObj`), so the generator is alive
    /// while this state lasts.
    Generator(crate::heap::UncountedRef),
    /// Finished: the instruction it ended at, its locals then (a dict)
    /// and the frame object of its caller.
    Done {
        /// Index of the last instruction run.
        lasti: u32,
        /// `f_locals` when the frame ended.
        locals: Option<ObjRef>,
        /// `f_back` when the frame ended.
        back: Option<ObjRef>,
    },
}

/// The payload of a frame object.
pub struct PyFrame {
    /// `f_code`.
    pub code: ObjRef,
    /// `f_globals`.
    pub globals: ObjRef,
    /// Where the frame is (see [`FrameState`]).
    pub state: RefCell<FrameState>,
    /// A running function frame's `locals()` dict: kept, as CPython keeps
    /// `f_locals`, so names that `exec` stores there stay visible to later
    /// `locals()` calls.
    pub locals_snapshot: RefCell<Option<ObjRef>>,
}

impl crate::heap::Trace for PyFrame {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        let Ok(state) = self.state.try_borrow() else {
            return false;
        };
        visit(&self.code);
        visit(&self.globals);
        if let Ok(snapshot) = self.locals_snapshot.try_borrow() {
            crate::heap::visit_opt(&snapshot, visit);
        }
        match &*state {
            FrameState::Live | FrameState::Generator(_) => {}
            FrameState::Done { locals, back, .. } => {
                crate::heap::visit_opt(locals, visit);
                crate::heap::visit_opt(back, visit);
            }
        }
        true
    }

    fn clear(&self) {
        let Ok(mut state) = self.state.try_borrow_mut() else {
            return;
        };
        let old = std::mem::replace(
            &mut *state,
            FrameState::Done {
                lasti: 0,
                locals: None,
                back: None,
            },
        );
        drop(state);
        drop(old);
    }
}
