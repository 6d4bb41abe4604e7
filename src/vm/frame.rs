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
    /// The frame object Python code got for this frame, if any (see
    /// `objects::frame`): it reads this frame while it runs and takes its
    /// state when it ends.
    pub frame_obj: Option<ObjRef>,
    /// Pushed by [`push_call_frame`] and given no frame object since: only
    /// `code` and `func` own anything, nothing else is set, so a return
    /// just drops those two (see [`pop_plain_frame`]).
    pub plain: bool,
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

/// Pushes the frame of a plain function call (no generator, the result
/// going to the caller's instruction) onto the frame stack.
///
/// Built with `Vec::push`, the frame is first assembled on the Rust stack
/// by narrow stores and then copied with wide loads that straddle them (a
/// store-forwarding stall on every Python call); here each field is
/// stored straight into the vector's slot.
#[inline(always)]
#[allow(unsafe_code)]
pub fn push_call_frame(
    frames: &mut Vec<Frame>,
    code: Rc<CodeData>,
    func: ObjRef,
    base: usize,
    ret_sp: usize,
) {
    // The writes below must cover every field: this destructuring stops
    // compiling when a field is added, until it is written here too.
    let _ = |f: Frame| {
        let Frame {
            code: _,
            code_obj: _,
            func: _,
            globals: _,
            locals: _,
            base: _,
            ret_sp: _,
            ip: _,
            entry: _,
            generator: _,
            on_return: _,
            frame_obj: _,
            plain: _,
        } = f;
    };
    frames.reserve(1);
    let len = frames.len();
    // SAFETY: `reserve(1)` guarantees `capacity > len`, so slot `len` is
    // allocated and uninitialised. Every field of the `Frame` there is
    // written exactly once (through raw field pointers, never reading the
    // uninitialised memory) before `set_len` makes it part of the vector,
    // so nothing is dropped, read or leaked twice.
    unsafe {
        let p = frames.as_mut_ptr().add(len);
        std::ptr::addr_of_mut!((*p).code).write(code);
        std::ptr::addr_of_mut!((*p).code_obj).write(None);
        std::ptr::addr_of_mut!((*p).func).write(Some(func));
        std::ptr::addr_of_mut!((*p).globals).write(None);
        std::ptr::addr_of_mut!((*p).locals).write(None);
        std::ptr::addr_of_mut!((*p).base).write(base);
        std::ptr::addr_of_mut!((*p).ret_sp).write(ret_sp);
        std::ptr::addr_of_mut!((*p).ip).write(0);
        std::ptr::addr_of_mut!((*p).entry).write(false);
        std::ptr::addr_of_mut!((*p).generator).write(None);
        std::ptr::addr_of_mut!((*p).on_return).write(OnReturn::Value);
        std::ptr::addr_of_mut!((*p).frame_obj).write(None);
        std::ptr::addr_of_mut!((*p).plain).write(true);
        frames.set_len(len + 1);
    }
}

/// Pops the innermost frame, returning its `ret_sp` (0 when there is no
/// frame).
///
/// Moving a whole `Frame` out of the vector and running its drop glue
/// costs a copy and a test of every optional field on each return; a plain
/// frame (the caller has usually just checked, so the test folds away)
/// needs neither.
#[inline(always)]
#[allow(unsafe_code)]
pub fn pop_plain_frame(frames: &mut Vec<Frame>) -> usize {
    if !frames.last().is_some_and(|f| f.plain) {
        return frames.pop().map_or(0, |f| f.ret_sp);
    }
    let len = frames.len();
    // SAFETY: the last frame exists and is plain:
    // its `code` and `func` are its only owning fields (the others are
    // None, `OnReturn::Value` or plain data, as `push_call_frame` wrote
    // them and `plain` is cleared whenever one changes). Reading those two
    // out and shortening the vector drops exactly what the frame owned,
    // once; the slot is not read again.
    unsafe {
        let p = frames.as_mut_ptr().add(len - 1);
        let ret_sp = (*p).ret_sp;
        let code = std::ptr::read(std::ptr::addr_of!((*p).code));
        let func = std::ptr::read(std::ptr::addr_of!((*p).func));
        frames.set_len(len - 1);
        drop(func);
        drop(code);
        ret_sp
    }
}
