//! Frames: one per running code body, kept in `Vm::frames`. A frame's
//! localsplus slots and operand stack live in the VM's shared value stack,
//! starting at `base`, so the arguments a caller pushed become the callee's
//! first locals without copying.

use crate::heap::ObjRef;
use crate::objects::code::CodeData;
use std::rc::Rc;

/// A running code body.
pub struct Frame {
    /// The code's data (shared with the code object).
    pub code: Rc<CodeData>,
    /// The code object (keeps `code` alive and goes into tracebacks).
    pub code_obj: ObjRef,
    /// The function being run (for its closure), if any.
    pub func: Option<ObjRef>,
    /// The globals dict.
    pub globals: ObjRef,
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
}

impl Frame {
    /// Index in the value stack where the operand stack starts.
    #[inline(always)]
    pub fn stack_base(&self) -> usize {
        self.base + self.code.co.nlocalsplus as usize
    }
}
