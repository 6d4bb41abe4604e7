//! Frames: one per running code body, kept in `Vm::frames`. A frame's
//! localsplus slots and operand stack live in the VM's shared value stack,
//! starting at `base`, so the arguments a caller pushed become the callee's
//! first locals without copying.

use crate::heap::ObjRef;
use crate::objects::code::CodeData;
use crate::objects::function::PyFunction;
use std::rc::Rc;

#[cold]
fn frame_without_globals() -> ! {
    panic!("a frame must run a function or carry its globals and code")
}

/// A running code body.
pub struct Frame {
    /// The code's data (shared with the code object).
    pub code: Rc<CodeData>,
    /// The code object, when the frame runs no function (module bodies);
    /// function frames find it through `func`, saving a reference per call.
    pub code_obj: Option<ObjRef>,
    /// The function being run (for its closure), if any.
    pub func: Option<ObjRef>,
    /// The globals dict, when the frame runs no function (see `code_obj`).
    pub globals: Option<ObjRef>,
    /// The locals dict of module and class bodies (`None` in functions).
    pub locals: Option<ObjRef>,
    /// Index in the value stack of localsplus slot 0.
    pub base: usize,
    /// Value-stack length to cut back to when the frame returns (this
    /// removes the callable and NULL slots the caller pushed).
    pub ret_sp: usize,
    /// Index of the next instruction.
    pub ip: usize,
    /// When this frame returns, the dispatch loop that pushed it returns to
    /// its Rust caller (a native function calling Python code, or the
    /// top-level run).
    pub entry: bool,
    /// The generator this frame belongs to, while it runs.
    pub generator: Option<ObjRef>,
    /// What the caller's instruction makes of the value this frame returns.
    pub on_return: OnReturn,
}

/// What becomes of a frame's return value (see `Frame::on_return`).
pub enum OnReturn {
    /// It is the result of the caller's instruction (a call).
    Value,
    /// The frame runs the `__init__` of a class called from the dispatch
    /// loop: the call evaluates to this new instance once `__init__`
    /// returned None.
    Init(ObjRef),
    /// The frame runs the operator method of BINARY_OP (its argument
    /// `arg`) with `left` as left operand; NotImplemented becomes the
    /// operator's TypeError.
    BinaryOp {
        /// The BINARY_OP argument.
        arg: u32,
        /// The left operand.
        left: ObjRef,
    },
}

impl Frame {
    /// The globals dict the frame runs in.
    #[inline(always)]
    pub fn globals(&self) -> &ObjRef {
        if let Some(g) = &self.globals {
            return g;
        }
        match self.func.as_ref().and_then(|f| f.downcast::<PyFunction>()) {
            Some(f) => &f.globals,
            None => frame_without_globals(),
        }
    }

    /// The code object the frame runs.
    pub fn code_obj(&self) -> ObjRef {
        if let Some(c) = &self.code_obj {
            return c.clone();
        }
        match self.func.as_ref().and_then(|f| f.downcast::<PyFunction>()) {
            Some(f) => f.code.clone(),
            None => frame_without_globals(),
        }
    }

    /// Index in the value stack where the operand stack starts.
    #[inline(always)]
    pub fn stack_base(&self) -> usize {
        self.base + self.code.co.nlocalsplus as usize
    }
}
