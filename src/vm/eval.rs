//! The dispatch loop: one `match` over the opcode of each instruction.
//!
//! Invariants: the running frame is `frames.last()`; its operand stack is
//! the tail of `stack` above `stack_base()`. `ip` is kept in a local while
//! a frame runs and written back to the frame before anything that can
//! switch frames or raise. Python-to-Python calls push a frame and continue
//! the outer loop; they never recurse on the Rust stack.

use super::Vm;
use super::frame::{Frame, OnReturn};
use super::fused;
use crate::compiler::code::ExceptionEntry;
use crate::compiler::opcode::{BinaryOp, CompareOp, Op};
use crate::heap::{Kind, ObjRef};
use crate::objects::cell::PyCell;
use crate::objects::exception::PyException;
use crate::objects::float::PyFloat;
use crate::objects::function::PyFunction;
use crate::objects::int::PyInt;
use crate::objects::list::PyList;
use crate::objects::tuple::PyTuple;
use crate::objects::{PyErr, PyResult};
use std::rc::Rc;

/// Pops the top of the value stack (a compiler bug if it is empty or NULL).
macro_rules! pop {
    ($vm:expr) => {
        match $vm.stack.pop() {
            Some(Some(v)) => v,
            _ => stack_corrupt(),
        }
    };
}

macro_rules! top {
    ($vm:expr) => {
        match $vm.stack.last() {
            Some(Some(v)) => v,
            _ => stack_corrupt(),
        }
    };
}

#[cold]
#[inline(never)]
fn stack_corrupt() -> ! {
    panic!("value stack underflow: the compiler emitted inconsistent bytecode")
}

/// Why a frame stopped running.
enum Exit {
    /// An exception propagates.
    Error(PyErr),
}

impl Vm {
    /// Runs a module-level code object with `globals` as globals and locals.
    pub fn run_code(
        &mut self,
        code: &ObjRef,
        globals: &ObjRef,
        locals: Option<ObjRef>,
    ) -> PyResult {
        let Some(data) = code
            .downcast::<crate::objects::code::PyCode>()
            .map(|c| c.data.clone())
        else {
            return Err(self.type_error("expected a code object"));
        };
        let ret_sp = self.stack.len();
        let base = ret_sp;
        let n = data.co.nlocalsplus as usize;
        self.stack.resize(base + n, None);
        self.frames.push(Frame {
            code: data,
            code_obj: Some(code.clone()),
            func: None,
            globals: Some(globals.clone()),
            locals: Some(locals.unwrap_or_else(|| globals.clone())),
            base,
            ret_sp,
            ip: 0,
            entry: true,
            generator: None,
            on_return: OnReturn::Value,
            frame_obj: None,
            plain: false,
        });
        self.run_frames()
    }

    /// Runs frames until the innermost entry frame returns.
    pub fn run_frames(&mut self) -> PyResult {
        loop {
            match self.run_loop() {
                Ok(v) => return Ok(v),
                Err(Exit::Error(e)) => {
                    // Unwind: find a handler in this or an outer frame of
                    // the same run; otherwise propagate to the Rust caller.
                    match self.unwind(e) {
                        Ok(()) => continue,
                        Err(e) => return Err(e),
                    }
                }
            }
        }
    }

    /// Routes exception `err` raised in the innermost frame to its handler.
    /// Returns Err when it leaves the entry frame.
    pub(super) fn unwind_from_rust(&mut self, err: PyErr) -> Result<(), PyErr> {
        self.unwind(err)
    }

    fn unwind(&mut self, mut err: PyErr) -> Result<(), PyErr> {
        loop {
            let Some(frame) = self.frames.last() else {
                return Err(err);
            };
            let lasti = frame.ip.saturating_sub(1) as u32;
            let handler: Option<ExceptionEntry> = frame.code.co.handler_for(lasti).copied();
            match handler {
                Some(h) => {
                    let sb = frame.stack_base();
                    let frame = self.frames.last_mut().unwrap_or_else(|| stack_corrupt());
                    frame.ip = h.target as usize;
                    let keep = sb + h.depth as usize;
                    self.stack.truncate(keep);
                    if h.push_lasti {
                        let li = self.new_int(lasti as i64);
                        self.stack.push(Some(li));
                    }
                    self.stack.push(Some(err.0));
                    return Ok(());
                }
                None => {
                    let frame = match self.frames.pop() {
                        Some(f) => f,
                        None => return Err(err),
                    };
                    if frame.frame_obj.is_some() {
                        self.detach_frame(&frame);
                    }
                    if frame.func.is_some() {
                        self.keep_frame_locals(&err, &frame);
                    }
                    self.stack.truncate(frame.ret_sp);
                    if frame.entry {
                        return Err(err);
                    }
                    if let Some(g) = &frame.generator {
                        self.finish_generator(g);
                        err = self.generator_error(err);
                    }
                    // The caller's frame is now innermost: record it in the
                    // traceback (the instruction that made the call).
                    if let Some(caller) = self.frames.last() {
                        let li = caller.ip.saturating_sub(1) as u32;
                        self.add_traceback(&err, &caller.code_obj(), li);
                    }
                }
            }
        }
    }

    /// The dispatch loop proper. Returns the value of the entry frame, or
    /// an exception raised in the innermost frame (with its traceback entry
    /// for that frame already added).
    fn run_loop(&mut self) -> Result<ObjRef, Exit> {
        'frames: loop {
            let (code, base, mut ip, globals) = {
                let f = match self.frames.last() {
                    Some(f) => f,
                    None => stack_corrupt(),
                };
                let g = crate::heap::UncountedRef::new(f.globals());
                (Rc::as_ptr(&f.code), f.base, f.ip, g)
            };
            // SAFETY (both): the frame holds its code's `Rc` and a counted
            // reference to its globals (itself or through its function)
            // while it is on the frame stack, and this loop runs only while
            // its frame is there: whatever pops it (return, yield, unwind)
            // leaves through `continue 'frames` or returns, with the popped
            // frame alive until then. Borrowing them saves a count change
            // on every call and return.
            #[allow(unsafe_code)]
            let code: &crate::objects::code::CodeData = unsafe { &*code };
            #[allow(unsafe_code)]
            let globals = unsafe { globals.borrowed() };
            let instrs: &[crate::compiler::opcode::Instr] = &code.quick;
            let mut kwnames: Option<ObjRef> = None;
            // Every instruction either continues, switches frames
            // (`continue 'frames`), returns, or breaks out with an error.
            let err: PyErr = 'run: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'run e,
                        }
                    };
                }
                macro_rules! save_ip {
                    () => {
                        if let Some(f) = self.frames.last_mut() {
                            f.ip = ip;
                        }
                    };
                }
                // The safe point between instructions: finalizers and
                // weakref callbacks the heap queued (so `__del__` runs before
                // the next statement, as in CPython), a due collection, a
                // MemoryError from the allocator.
                if crate::heap::attention() {
                    save_ip!();
                    tri!(self.handle_attention());
                }
                let instr = instrs[ip];
                ip += 1;
                let arg = instr.arg as usize;
                // One arm per fused form, so the operand sources are fixed
                // at compile time (`$op` is a constant in each expansion).
                macro_rules! fused_binary_op {
                    ($op:expr) => {{
                        // `ip` is at the second load; BINARY_OP follows it.
                        let binop = instrs.get(ip + 1).map_or(u32::MAX, |i| i.arg);
                        let (x, y) = fused::operands($op, arg, &self.stack[base..], &code.consts);
                        let (Some(x), Some(y)) = (x, y) else {
                            let slot = fused::unbound_slot($op, arg, &self.stack[base..]);
                            break 'run self.unbound_local(&code.co.varnames[slot]);
                        };
                        let Some(r) = fused::numeric_binary(&self.types, binop, x, y) else {
                            // The general path: the loads' effect, then
                            // BINARY_OP itself.
                            let (x, y) = (x.clone(), y.clone());
                            self.stack.push(Some(x));
                            self.stack.push(Some(y));
                            ip += 1;
                            continue;
                        };
                        let v = self.num_object(r);
                        match instrs.get(ip + 2) {
                            Some(next) if next.op == Op::StoreFast => {
                                let slot = base + next.arg as usize;
                                let old = self.stack[slot].replace(v);
                                drop(old);
                                ip += 3;
                            }
                            _ => {
                                self.stack.push(Some(v));
                                ip += 2;
                            }
                        }
                    }};
                }
                macro_rules! fused_compare_op {
                    ($op:expr) => {{
                        let cmp = instrs.get(ip + 1).map_or(u32::MAX, |i| i.arg);
                        let (x, y) = fused::operands($op, arg, &self.stack[base..], &code.consts);
                        let (Some(x), Some(y)) = (x, y) else {
                            let slot = fused::unbound_slot($op, arg, &self.stack[base..]);
                            break 'run self.unbound_local(&code.co.varnames[slot]);
                        };
                        let fast = fused::int_compare(&self.types, cmp, x, y);
                        let Some(holds) = fast else {
                            let (x, y) = (x.clone(), y.clone());
                            self.stack.push(Some(x));
                            self.stack.push(Some(y));
                            ip += 1;
                            continue;
                        };
                        // Past the COMPARE_OP; a conditional jump after it
                        // is taken here, without a bool object.
                        ip += 2;
                        ip = self.compare_result(instrs, ip, holds);
                    }};
                }
                macro_rules! fused_subscr {
                    ($op:expr) => {{
                        let (x, y) = fused::operands($op, arg, &self.stack[base..], &code.consts);
                        let (Some(x), Some(y)) = (x, y) else {
                            let slot = fused::unbound_slot($op, arg, &self.stack[base..]);
                            break 'run self.unbound_local(&code.co.varnames[slot]);
                        };
                        match fused::list_item(&self.types, x, y) {
                            Some(v) => {
                                self.stack.push(Some(v));
                                ip += 2;
                            }
                            None => {
                                let (x, y) = (x.clone(), y.clone());
                                self.stack.push(Some(x));
                                self.stack.push(Some(y));
                                ip += 1;
                            }
                        }
                    }};
                }
                match instr.op {
                    Op::Nop => {}
                    Op::PopTop => {
                        let v = self.stack.pop();
                        drop(v);
                    }
                    Op::PushNull => self.stack.push(None),
                    Op::Copy => {
                        let v = self.stack[self.stack.len() - arg].clone();
                        self.stack.push(v);
                    }
                    Op::Swap => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - arg);
                    }
                    Op::LoadConst => {
                        self.stack.push(Some(code.consts[arg].clone()));
                    }
                    Op::LoadFast => match &self.stack[base + arg] {
                        Some(v) => {
                            let v = v.clone();
                            self.stack.push(Some(v));
                        }
                        None => break 'run self.unbound_local(&code.co.varnames[arg]),
                    },
                    Op::StoreFast => {
                        let v = self.stack.pop().flatten();
                        let old = std::mem::replace(&mut self.stack[base + arg], v);
                        drop(old);
                    }
                    Op::LoadFastLoadFast | Op::LoadFastLoadConst => {
                        let (a, b) = (arg & 0xffff, arg >> 16);
                        match &self.stack[base + a] {
                            Some(v) => {
                                let v = v.clone();
                                self.stack.push(Some(v));
                            }
                            None => break 'run self.unbound_local(&code.co.varnames[a]),
                        }
                        ip += 1;
                        if instr.op == Op::LoadFastLoadConst {
                            self.stack.push(Some(code.consts[b].clone()));
                        } else {
                            match &self.stack[base + b] {
                                Some(v) => {
                                    let v = v.clone();
                                    self.stack.push(Some(v));
                                }
                                None => break 'run self.unbound_local(&code.co.varnames[b]),
                            }
                        }
                    }
                    Op::FastConstBinaryOp => fused_binary_op!(Op::FastConstBinaryOp),
                    Op::FastFastBinaryOp => fused_binary_op!(Op::FastFastBinaryOp),
                    Op::ConstFastBinaryOp => fused_binary_op!(Op::ConstFastBinaryOp),
                    Op::FastConstCompareOp => fused_compare_op!(Op::FastConstCompareOp),
                    Op::FastFastCompareOp => fused_compare_op!(Op::FastFastCompareOp),
                    Op::FastConstSubscr => fused_subscr!(Op::FastConstSubscr),
                    Op::FastFastSubscr => fused_subscr!(Op::FastFastSubscr),
                    Op::ConstBinaryOp => {
                        // `ip` is at the BINARY_OP.
                        let binop = instrs.get(ip).map_or(u32::MAX, |i| i.arg);
                        let y = &code.consts[arg];
                        let fast = match self.stack.last() {
                            Some(Some(x)) => fused::numeric_binary(&self.types, binop, x, y),
                            _ => None,
                        };
                        let Some(r) = fast else {
                            self.stack.push(Some(y.clone()));
                            continue;
                        };
                        let v = self.num_object(r);
                        match instrs.get(ip + 1) {
                            Some(next) if next.op == Op::StoreFast => {
                                let slot = base + next.arg as usize;
                                let old = self.stack.pop().flatten();
                                drop(old);
                                let old = self.stack[slot].replace(v);
                                drop(old);
                                ip += 2;
                            }
                            _ => {
                                let old = self.stack.last_mut().and_then(|t| t.replace(v));
                                drop(old);
                                ip += 1;
                            }
                        }
                    }
                    Op::ConstCompareOp => {
                        let cmp = instrs.get(ip).map_or(u32::MAX, |i| i.arg);
                        let y = &code.consts[arg];
                        let fast = match self.stack.last() {
                            Some(Some(x)) => fused::int_compare(&self.types, cmp, x, y),
                            _ => None,
                        };
                        let Some(holds) = fast else {
                            self.stack.push(Some(y.clone()));
                            continue;
                        };
                        let old = self.stack.pop();
                        drop(old);
                        ip += 1;
                        ip = self.compare_result(instrs, ip, holds);
                    }
                    Op::LoadConstLoadFast => {
                        let (a, b) = (arg & 0xffff, arg >> 16);
                        self.stack.push(Some(code.consts[a].clone()));
                        ip += 1;
                        match &self.stack[base + b] {
                            Some(v) => {
                                let v = v.clone();
                                self.stack.push(Some(v));
                            }
                            None => break 'run self.unbound_local(&code.co.varnames[b]),
                        }
                    }
                    Op::StoreFastLoadFast => {
                        let (a, b) = (arg & 0xffff, arg >> 16);
                        let v = self.stack.pop().flatten();
                        let old = std::mem::replace(&mut self.stack[base + a], v);
                        drop(old);
                        ip += 1;
                        match &self.stack[base + b] {
                            Some(v) => {
                                let v = v.clone();
                                self.stack.push(Some(v));
                            }
                            None => break 'run self.unbound_local(&code.co.varnames[b]),
                        }
                    }
                    Op::StoreFastStoreFast => {
                        let (a, b) = (arg & 0xffff, arg >> 16);
                        let v = self.stack.pop().flatten();
                        let old = std::mem::replace(&mut self.stack[base + a], v);
                        drop(old);
                        ip += 1;
                        let v = self.stack.pop().flatten();
                        let old = std::mem::replace(&mut self.stack[base + b], v);
                        drop(old);
                    }
                    Op::DeleteFast => {
                        let old = self.stack[base + arg].take();
                        if old.is_none() {
                            break 'run self.unbound_local(&code.co.varnames[arg]);
                        }
                        drop(old);
                    }
                    Op::LoadName => {
                        let name = &code.names[arg];
                        let locals = self.frames.last().and_then(|f| f.locals.clone());
                        let mut found = None;
                        if let Some(l) = &locals {
                            if l.kind() == Kind::Dict && !super::subclass::is_subclass_instance(l) {
                                found = self.dict_get_str(l, name);
                            } else {
                                found = tri!(self.getitem(l, name).map(Some).or_else(|e| {
                                    if self.isinstance(&e.0, &self.exc.key_error.clone()) {
                                        Ok(None)
                                    } else {
                                        Err(e)
                                    }
                                }));
                            }
                        }
                        if found.is_none() {
                            found = self.load_global_value(name);
                        }
                        match found {
                            Some(v) => self.stack.push(Some(v)),
                            None => break 'run self.name_error(name),
                        }
                    }
                    Op::StoreName => {
                        let v = pop!(self);
                        let name = code.names[arg].clone();
                        let locals = self.frames.last().and_then(|f| f.locals.clone());
                        match locals {
                            Some(l)
                                if l.kind() == Kind::Dict
                                    && !super::subclass::is_subclass_instance(&l) =>
                            {
                                self.dict_set_str(&l, &name, v)
                            }
                            Some(l) => tri!(self.setitem(&l, &name, v)),
                            None => {
                                break 'run self.new_error(
                                    &self.exc.system_error,
                                    "no locals found when storing",
                                );
                            }
                        }
                    }
                    Op::DeleteName => {
                        let name = code.names[arg].clone();
                        let locals = self.frames.last().and_then(|f| f.locals.clone());
                        let removed = match &locals {
                            Some(l) => self.dict_del_str(l, &name),
                            None => None,
                        };
                        if removed.is_none() {
                            break 'run self.name_error(&name);
                        }
                    }
                    Op::LoadGlobal => {
                        let namei = arg >> 1;
                        if arg & 1 != 0 {
                            self.stack.push(None);
                        }
                        let gv = dict_version(&globals);
                        // A name found in the globals does not depend on
                        // the builtins (recorded as builtins version 0).
                        let cached = match cache_entry(&code.global_cache, namei) {
                            Some(e)
                                if e.globals_version == gv
                                    && gv != 0
                                    && (e.builtins_version == 0
                                        || e.builtins_version == dict_version(&self.builtins)) =>
                            {
                                Some(cached_global(e.value))
                            }
                            _ => None,
                        };
                        if let Some(v) = cached {
                            self.stack.push(Some(v));
                            continue;
                        }
                        let name = &code.names[namei];
                        let found = match self.dict_get_str(&globals, name) {
                            Some(v) => Some((v, 0)),
                            None => {
                                let b = self.builtins_for(&globals);
                                let bv = dict_version(&b);
                                self.dict_get_str(&b, name).map(|v| (v, bv))
                            }
                        };
                        match found {
                            Some((v, bv)) => {
                                // The lookup may have run Python code (a
                                // key's `__eq__`): cache against the
                                // versions the dicts have now.
                                let gv_now = dict_version(&globals);
                                if let Some(slot) = code.global_cache.borrow_mut().get_mut(namei) {
                                    *slot = (gv_now == gv).then(|| {
                                        crate::objects::code::GlobalCacheEntry {
                                            globals_version: gv,
                                            builtins_version: bv,
                                            value: crate::heap::UncountedRef::new(&v),
                                        }
                                    });
                                }
                                self.stack.push(Some(v));
                            }
                            None => break 'run self.name_error(name),
                        }
                    }
                    Op::StoreGlobal => {
                        let v = pop!(self);
                        let g = self.frames.last().map(|f| f.globals().clone());
                        if let Some(g) = g {
                            self.dict_set_str(&g, &code.names[arg], v);
                        }
                    }
                    Op::DeleteGlobal => {
                        let g = self.frames.last().map(|f| f.globals().clone());
                        let removed = g.and_then(|g| self.dict_del_str(&g, &code.names[arg]));
                        if removed.is_none() {
                            break 'run self.name_error(&code.names[arg]);
                        }
                    }
                    Op::MakeCell => {
                        let v = self.stack[base + arg].take();
                        let cell = self.new_cell(v);
                        self.stack[base + arg] = Some(cell);
                    }
                    Op::CopyFreeVars => {
                        let closure = self
                            .frames
                            .last()
                            .and_then(|f| f.func.as_ref())
                            .and_then(|f| f.downcast::<PyFunction>())
                            .and_then(|f| f.closure.clone());
                        if let Some(c) = closure {
                            let cells = c.var_items::<PyTuple>().unwrap_or(&[]);
                            let start = code.co.nlocalsplus as usize - arg;
                            for (i, cell) in cells.iter().take(arg).enumerate() {
                                self.stack[base + start + i] = Some(cell.clone());
                            }
                        }
                    }
                    Op::LoadClosure => {
                        let v = self.stack[base + arg].clone();
                        self.stack.push(v);
                    }
                    Op::LoadDeref | Op::LoadClassDeref => {
                        if instr.op == Op::LoadClassDeref {
                            let name = code.localsplus_names[arg].clone();
                            let locals = self.frames.last().and_then(|f| f.locals.clone());
                            if let Some(l) = locals
                                && let Some(v) = self.dict_get_str(&l, &name)
                            {
                                self.stack.push(Some(v));
                                continue;
                            }
                        }
                        let v = self.stack[base + arg]
                            .as_ref()
                            .and_then(|c| c.downcast::<PyCell>())
                            .and_then(|c| c.get());
                        match v {
                            Some(v) => self.stack.push(Some(v)),
                            None => break 'run self.unbound_deref(code, arg),
                        }
                    }
                    Op::StoreDeref => {
                        let v = pop!(self);
                        if let Some(c) = self.stack[base + arg]
                            .as_ref()
                            .and_then(|c| c.downcast::<PyCell>())
                        {
                            c.set(Some(v));
                        }
                    }
                    Op::DeleteDeref => {
                        let had = self.stack[base + arg]
                            .as_ref()
                            .and_then(|c| c.downcast::<PyCell>())
                            .map(|c| c.value.replace(None));
                        if !matches!(had, Some(Some(_))) {
                            break 'run self.unbound_deref(code, arg);
                        }
                    }
                    Op::LoadAttr => {
                        let obj = pop!(self);
                        if obj.kind() == Kind::Frame {
                            // `f_lineno` of the running frame reads its ip.
                            save_ip!();
                        }
                        let v = tri!(self.load_attr(code, arg, &obj));
                        self.stack.push(Some(v));
                    }
                    Op::StoreAttr => {
                        let obj = pop!(self);
                        let v = pop!(self);
                        tri!(self.store_attr(code, arg, &obj, v));
                    }
                    Op::DeleteAttr => {
                        let obj = pop!(self);
                        tri!(self.delattr(&obj, &code.names[arg]));
                    }
                    Op::LoadMethod => {
                        let obj = pop!(self);
                        let (m, v) = tri!(self.load_method_op(code, arg, &obj));
                        self.stack.push(m);
                        self.stack.push(Some(v));
                    }
                    Op::BinarySubscr => {
                        let key = pop!(self);
                        let container = pop!(self);
                        if container.flags() & crate::heap::flags::SUBCLASS == 0
                            && let (Some(l), Some(i)) =
                                (container.downcast::<PyList>(), key.downcast::<PyInt>())
                        {
                            let v = {
                                let items = l.items.borrow();
                                let idx = if i.value < 0 {
                                    i.value + items.len() as i64
                                } else {
                                    i.value
                                };
                                if idx >= 0 {
                                    items.get(idx as usize).cloned()
                                } else {
                                    None
                                }
                            };
                            if let Some(v) = v {
                                self.stack.push(Some(v));
                                continue;
                            }
                        }
                        let v = tri!(self.getitem(&container, &key));
                        self.stack.push(Some(v));
                    }
                    Op::StoreSubscr => {
                        let key = pop!(self);
                        let container = pop!(self);
                        let v = pop!(self);
                        if container.flags() & crate::heap::flags::SUBCLASS == 0
                            && let (Some(l), Some(i)) =
                                (container.downcast::<PyList>(), key.downcast::<PyInt>())
                        {
                            let old = {
                                let mut items = l.items.borrow_mut();
                                let idx = if i.value < 0 {
                                    i.value + items.len() as i64
                                } else {
                                    i.value
                                };
                                if idx >= 0 && (idx as usize) < items.len() {
                                    Some(std::mem::replace(&mut items[idx as usize], v.clone()))
                                } else {
                                    None
                                }
                            };
                            if old.is_some() {
                                drop(old);
                                continue;
                            }
                        }
                        tri!(self.setitem(&container, &key, v));
                    }
                    Op::DeleteSubscr => {
                        let key = pop!(self);
                        let container = pop!(self);
                        tri!(self.delitem(&container, &key));
                    }
                    Op::BuildSlice => {
                        let step = if arg == 3 { pop!(self) } else { self.none() };
                        let stop = pop!(self);
                        let start = pop!(self);
                        let s = self.new_slice(start, stop, step);
                        self.stack.push(Some(s));
                    }
                    Op::UnaryPositive | Op::UnaryNegative | Op::UnaryInvert => {
                        let a = pop!(self);
                        let c = match instr.op {
                            Op::UnaryPositive => '+',
                            Op::UnaryNegative => '-',
                            _ => '~',
                        };
                        let r = tri!(self.unary_op(&a, c));
                        self.stack.push(Some(r));
                    }
                    Op::UnaryNot => {
                        let a = pop!(self);
                        let t = tri!(self.truthy(&a));
                        self.stack.push(Some(self.new_bool(!t)));
                    }
                    Op::BinaryOp => {
                        let b = pop!(self);
                        let a = pop!(self);
                        // Fast path: exact ints and floats.
                        if let Some(r) = fused::numeric_binary(&self.types, instr.arg, &a, &b) {
                            drop(a);
                            drop(b);
                            let v = self.num_object(r);
                            self.stack.push(Some(v));
                            continue;
                        }
                        let (op, inplace) = match BinaryOp::decode(instr.arg) {
                            Some(x) => x,
                            None => stack_corrupt(),
                        };
                        // `s += t` / `s = s + t` on a local str that only the
                        // local holds: grow it in place (CPython's
                        // BINARY_OP_INPLACE_ADD_UNICODE), the local's
                        // reference handed over to the result.
                        let a = if op == BinaryOp::Add
                            && a.kind() == Kind::Str
                            && b.kind() == Kind::Str
                            && (a.flags() | b.flags()) & crate::heap::flags::SUBCLASS == 0
                            && a.refcount() == 2
                            && let Some(next) = instrs.get(ip)
                            && next.op == Op::StoreFast
                            && self.stack[base + next.arg as usize]
                                .as_ref()
                                .is_some_and(|v| v.is(&a))
                        {
                            let held = self.stack[base + next.arg as usize].take();
                            drop(held);
                            match crate::heap::append_str_in_place(a, b.as_str().unwrap_or("")) {
                                Ok(grown) => {
                                    drop(b);
                                    self.stack.push(Some(grown));
                                    continue;
                                }
                                Err(a) => a,
                            }
                        } else {
                            a
                        };
                        if !inplace
                            && a.kind() == Kind::Instance
                            && a.type_ptr() == b.type_ptr()
                            && let Some(f) = self.operator_method(&a, op)
                        {
                            // Both operands of one class: only the left's
                            // method is tried, so it can run as a frame of
                            // this loop (see `OnReturn::BinaryOp`).
                            save_ip!();
                            let ret_sp = self.stack.len();
                            tri!(self.push_function_frame(
                                &f,
                                &[a.clone(), b],
                                vec![],
                                ret_sp,
                                false
                            ));
                            if let Some(fr) = self.frames.last_mut() {
                                fr.on_return = OnReturn::BinaryOp {
                                    arg: instr.arg,
                                    left: a,
                                };
                                fr.plain = false;
                            }
                            continue 'frames;
                        }
                        let r = tri!(self.binary_op(&a, &b, op, inplace));
                        self.stack.push(Some(r));
                    }
                    Op::CompareOp => {
                        let b = pop!(self);
                        let a = pop!(self);
                        // Fast path: machine ints, fused with a following
                        // conditional jump so no bool object is touched.
                        let plain = (a.flags() | b.flags()) & crate::heap::flags::SUBCLASS == 0;
                        let fast = match (a.kind(), b.kind()) {
                            _ if !plain => None,
                            (Kind::Int, Kind::Int) => {
                                match (a.downcast::<PyInt>(), b.downcast::<PyInt>()) {
                                    (Some(x), Some(y)) => Some(Some(x.value.cmp(&y.value))),
                                    _ => None,
                                }
                            }
                            // Floats (and ints small enough to convert
                            // exactly); NaN compares unordered.
                            (Kind::Float | Kind::Int, Kind::Float | Kind::Int) => {
                                match (exact_f64(&a), exact_f64(&b)) {
                                    (Some(x), Some(y)) => Some(x.partial_cmp(&y)),
                                    _ => None,
                                }
                            }
                            _ => None,
                        };
                        if let Some(ord) = fast {
                            let op = match CompareOp::decode(instr.arg) {
                                Some(x) => x,
                                None => stack_corrupt(),
                            };
                            let holds = match ord {
                                Some(o) => crate::vm::ops::cmp_holds(o, op),
                                None => op == CompareOp::Ne,
                            };
                            drop(a);
                            drop(b);
                            let next = instrs[ip];
                            match next.op {
                                Op::PopJumpIfFalse => {
                                    ip = if holds { ip + 1 } else { next.arg as usize };
                                }
                                Op::PopJumpIfTrue => {
                                    ip = if holds { next.arg as usize } else { ip + 1 };
                                }
                                _ => {
                                    let v = self.new_bool(holds);
                                    self.stack.push(Some(v));
                                }
                            }
                            continue;
                        }
                        let op = match CompareOp::decode(instr.arg) {
                            Some(x) => x,
                            None => stack_corrupt(),
                        };
                        let r = tri!(self.compare(&a, &b, op));
                        self.stack.push(Some(r));
                    }
                    Op::IsOp => {
                        let b = pop!(self);
                        let a = pop!(self);
                        let r = a.is(&b) != (arg == 1);
                        self.stack.push(Some(self.new_bool(r)));
                    }
                    Op::ContainsOp => {
                        let b = pop!(self);
                        let a = pop!(self);
                        let r = tri!(self.contains(&b, &a)) != (arg == 1);
                        self.stack.push(Some(self.new_bool(r)));
                    }
                    Op::BuildTuple => {
                        // The items go from the stack straight into the
                        // tuple's block (no temporary vector).
                        let t = if arg == 0 {
                            self.empty_tuple.clone()
                        } else {
                            let start = self.stack.len() - arg;
                            let items = self
                                .stack
                                .drain(start..)
                                .map(|v| v.unwrap_or_else(|| stack_corrupt()));
                            crate::heap::alloc_var_object(
                                &self.types.tuple,
                                PyTuple {
                                    hash: std::cell::Cell::new(-1),
                                },
                                items,
                            )
                        };
                        self.stack.push(Some(t));
                    }
                    Op::BuildList => {
                        let items = self.pop_n(arg);
                        let l = self.new_list(items);
                        self.stack.push(Some(l));
                    }
                    Op::BuildSet => {
                        let items = self.pop_n(arg);
                        let s = self.new_set(false);
                        for it in items {
                            tri!(self.set_add(&s, it));
                        }
                        self.stack.push(Some(s));
                    }
                    Op::BuildMap => {
                        let items = self.pop_n(arg * 2);
                        let d = self.new_dict();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            tri!(self.dict_set(&d, k, v));
                        }
                        self.stack.push(Some(d));
                    }
                    Op::BuildConstKeyMap => {
                        let keys = pop!(self);
                        let values = self.pop_n(arg);
                        let d = self.new_dict();
                        let keys: Vec<ObjRef> = keys.var_items::<PyTuple>().unwrap_or(&[]).to_vec();
                        for (k, v) in keys.into_iter().zip(values) {
                            tri!(self.dict_set(&d, k, v));
                        }
                        self.stack.push(Some(d));
                    }
                    Op::BuildString => {
                        let items = self.pop_n(arg);
                        let mut s = String::new();
                        for it in &items {
                            s.push_str(it.as_str().unwrap_or(""));
                        }
                        let o = self.new_str(&s);
                        self.stack.push(Some(o));
                    }
                    Op::ListAppend => {
                        let v = pop!(self);
                        let n = self.stack.len();
                        if let Some(Some(l)) = self.stack.get(n - arg)
                            && let Some(l) = l.downcast::<PyList>()
                        {
                            crate::objects::list::push(&mut l.items.borrow_mut(), v);
                        }
                    }
                    Op::SetAdd => {
                        let v = pop!(self);
                        let n = self.stack.len();
                        let s = self.stack[n - arg].clone();
                        if let Some(s) = s {
                            tri!(self.set_add(&s, v));
                        }
                    }
                    Op::MapAdd => {
                        let v = pop!(self);
                        let k = pop!(self);
                        let n = self.stack.len();
                        let d = self.stack[n - arg].clone();
                        if let Some(d) = d {
                            tri!(self.dict_set(&d, k, v));
                        }
                    }
                    Op::ListExtend => {
                        let it = pop!(self);
                        let n = self.stack.len();
                        let l = self.stack[n - arg].clone();
                        if let Some(l) = l
                            && let Err(e) = self.list_extend(&l, &it)
                        {
                            if it.kind() != Kind::Iter && self.get_iter(&it).is_err() {
                                break 'run self.type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    self.type_name(&it)
                                ));
                            }
                            break 'run e;
                        }
                    }
                    Op::SetUpdate => {
                        let it = pop!(self);
                        let n = self.stack.len();
                        let s = self.stack[n - arg].clone();
                        if let Some(s) = s {
                            // set_update_internal: a set operand merges.
                            tri!(crate::objects::methods::set::update(self, &s, &it));
                        }
                    }
                    Op::DictUpdate | Op::DictMerge => {
                        let m = pop!(self);
                        let m = tri!(crate::builtins::constructors::mapping_as_dict(self, m));
                        let n = self.stack.len();
                        let d = self.stack[n - arg].clone();
                        if let Some(d) = d {
                            if m.kind() != Kind::Dict {
                                break 'run if instr.op == Op::DictUpdate {
                                    self.type_error(format!(
                                        "'{}' object is not a mapping",
                                        self.type_name(&m)
                                    ))
                                } else {
                                    let f = self.stack.get(n - arg - 2).cloned().flatten();
                                    self.merge_error(f.as_ref(), &m)
                                };
                            }
                            for (k, v) in self.dict_items(&m) {
                                if instr.op == Op::DictMerge
                                    && tri!(self.dict_get(&d, &k)).is_some()
                                {
                                    let f = self.stack.get(n - arg - 2).cloned().flatten();
                                    break 'run self.duplicate_kw_error(f.as_ref(), &k);
                                }
                                tri!(self.dict_set(&d, k, v));
                            }
                        }
                    }
                    Op::ListToTuple => {
                        let l = pop!(self);
                        let items = l
                            .downcast::<PyList>()
                            .map(|l| l.items.borrow().clone())
                            .unwrap_or_default();
                        let t = self.new_tuple(items);
                        self.stack.push(Some(t));
                    }
                    Op::FormatValue => {
                        let spec = if arg & 4 != 0 { Some(pop!(self)) } else { None };
                        let v = pop!(self);
                        let v = match arg & 3 {
                            1 => tri!(self.str_of(&v)),
                            2 => tri!(self.repr(&v)),
                            3 => tri!(self.ascii(&v)),
                            _ => v,
                        };
                        let spec_str = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
                        let r = if spec_str.is_empty()
                            && v.kind() == Kind::Str
                            && v.flags() & crate::heap::flags::SUBCLASS == 0
                        {
                            v
                        } else {
                            let spec_str = spec_str.to_string();
                            tri!(self.format(&v, &spec_str))
                        };
                        self.stack.push(Some(r));
                    }
                    Op::UnpackSequence => {
                        let seq = pop!(self);
                        // Fast path: a tuple or list of exactly `arg` items
                        // goes straight onto the stack (no temporary Vec).
                        if let Some(t) = seq.var_items::<PyTuple>()
                            && t.len() == arg
                        {
                            self.stack.extend(t.iter().rev().map(|v| Some(v.clone())));
                            continue;
                        }
                        if let Some(l) = seq.downcast::<PyList>() {
                            let items = l.items.borrow();
                            if items.len() == arg {
                                self.stack
                                    .extend(items.iter().rev().map(|v| Some(v.clone())));
                                continue;
                            }
                        }
                        let items = tri!(self.unpack(&seq, arg));
                        for it in items.into_iter().rev() {
                            self.stack.push(Some(it));
                        }
                    }
                    Op::UnpackEx => {
                        let seq = pop!(self);
                        let before = arg & 0xff;
                        let after = arg >> 8;
                        let items = tri!(self.unpack_ex(&seq, before, after));
                        for it in items.into_iter().rev() {
                            self.stack.push(Some(it));
                        }
                    }
                    Op::Jump => {
                        if arg < ip {
                            // Backward jump: a safe point.
                            if crate::heap::memory_error_pending() {
                                save_ip!();
                                tri!(self.check_memory());
                            }
                            if crate::vm::interrupt::pending() {
                                save_ip!();
                                break 'run self.keyboard_interrupt();
                            }
                        }
                        ip = arg;
                    }
                    Op::PopJumpIfFalse => {
                        let v = pop!(self);
                        let t = if v.is(&self.false_) {
                            false
                        } else if v.is(&self.true_) {
                            true
                        } else {
                            tri!(self.truthy(&v))
                        };
                        if !t {
                            ip = arg;
                        }
                    }
                    Op::PopJumpIfTrue => {
                        let v = pop!(self);
                        let t = if v.is(&self.true_) {
                            true
                        } else if v.is(&self.false_) {
                            false
                        } else {
                            tri!(self.truthy(&v))
                        };
                        if t {
                            ip = arg;
                        }
                    }
                    Op::PopJumpIfNone => {
                        let v = pop!(self);
                        if v.is(&self.none) {
                            ip = arg;
                        }
                    }
                    Op::PopJumpIfNotNone => {
                        let v = pop!(self);
                        if !v.is(&self.none) {
                            ip = arg;
                        }
                    }
                    Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                        let v = top!(self).clone();
                        let t = tri!(self.truthy(&v));
                        if t == (instr.op == Op::JumpIfTrueOrPop) {
                            ip = arg;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Op::GetIter => {
                        let v = pop!(self);
                        let it = tri!(self.get_iter(&v));
                        self.stack.push(Some(it));
                    }
                    Op::ForIter => {
                        let step = match self.stack.last() {
                            Some(Some(it)) => self.next_fast(it),
                            _ => None,
                        };
                        if let Some(item) = step {
                            save_ip!();
                            match item {
                                Some(v) => self.stack.push(Some(v)),
                                None => {
                                    let it = self.stack.pop();
                                    drop(it);
                                    ip = arg;
                                }
                            }
                            if crate::heap::memory_error_pending() {
                                tri!(self.check_memory());
                            }
                            if crate::vm::interrupt::pending() {
                                break 'run self.keyboard_interrupt();
                            }
                            continue;
                        }
                        let it = top!(self).clone();
                        save_ip!();
                        if it.kind() == Kind::Generator {
                            // The generator's frame runs in this loop; its
                            // yield or return comes back here (ReturnValue).
                            if tri!(self.push_generator_frame(&it, Some(self.none()), false)) {
                                continue 'frames;
                            }
                            self.stack.pop();
                            ip = arg;
                            continue;
                        }
                        match tri!(self.next(&it)) {
                            Some(v) => self.stack.push(Some(v)),
                            None => {
                                self.stack.pop();
                                ip = arg;
                            }
                        }
                        if crate::heap::memory_error_pending() {
                            tri!(self.check_memory());
                        }
                        if crate::vm::interrupt::pending() {
                            break 'run self.keyboard_interrupt();
                        }
                    }
                    Op::ReturnValue => {
                        let v = pop!(self);
                        if self.frames.last().is_some_and(|f| f.plain) {
                            // A plain function frame: back to its caller.
                            let ret_sp = super::frame::pop_plain_frame(&mut self.frames);
                            self.stack.truncate(ret_sp);
                            self.stack.push(Some(v));
                            continue 'frames;
                        }
                        let mut frame = match self.frames.pop() {
                            Some(f) => f,
                            None => stack_corrupt(),
                        };
                        if frame.frame_obj.is_some() {
                            frame.ip = ip;
                            self.detach_frame(&frame);
                        }
                        self.stack.truncate(frame.ret_sp);
                        if frame.entry {
                            return Ok(v);
                        }
                        match frame.on_return {
                            OnReturn::Value => {}
                            OnReturn::Init(obj) => {
                                // `__init__` of a class called from this loop.
                                if let Err(e) = self.check_init_result(&v) {
                                    // Raised at the caller's CALL.
                                    ip = self.frames.last().map_or(ip, |f| f.ip);
                                    break 'run e;
                                }
                                self.stack.push(Some(obj));
                                continue 'frames;
                            }
                            OnReturn::BinaryOp { arg, left } => {
                                if v.is(&self.not_implemented) {
                                    ip = self.frames.last().map_or(ip, |f| f.ip);
                                    let (op, _) =
                                        BinaryOp::decode(arg).unwrap_or_else(|| stack_corrupt());
                                    break 'run self.binop_type_error(&left, &left, op);
                                }
                            }
                        }
                        if let Some(g) = &frame.generator {
                            // A generator resumed by FOR_ITER or SEND finished.
                            self.finish_generator(g);
                            self.generator_returned(v);
                            continue 'frames;
                        }
                        self.stack.push(Some(v));
                        continue 'frames;
                    }
                    Op::KwNames => {
                        kwnames = Some(code.consts[arg].clone());
                    }
                    Op::Call => {
                        save_ip!();
                        let kw = kwnames.take();
                        match tri!(self.call_from_stack(arg, kw)) {
                            None => continue 'frames,
                            Some(v) => {
                                self.stack.push(Some(v));
                                if crate::heap::memory_error_pending() {
                                    tri!(self.check_memory());
                                }
                            }
                        }
                    }
                    Op::CallFunctionEx => {
                        save_ip!();
                        let kwargs = if arg & 1 != 0 { Some(pop!(self)) } else { None };
                        let args = pop!(self);
                        let callable = pop!(self);
                        let null = self.stack.pop().flatten();
                        let func_for_msg = null.clone().unwrap_or_else(|| callable.clone());
                        if !matches!(args.kind(), Kind::Tuple | Kind::List)
                            && self.get_iter(&args).is_err()
                        {
                            break 'run self.type_error(format!(
                                "{}argument after * must be an iterable, not {}",
                                self.function_str(Some(&func_for_msg)),
                                self.type_name(&args)
                            ));
                        }
                        let mut pos = tri!(self.collect_iterable(&args));
                        if let Some(meth_self) = null {
                            // LOAD_METHOD left [meth, self]: callable is self.
                            pos.insert(0, callable.clone());
                            let r = tri!(self.call_ex(&meth_self, pos, kwargs));
                            self.stack.push(Some(r));
                        } else {
                            let r = tri!(self.call_ex(&callable, pos, kwargs));
                            self.stack.push(Some(r));
                        }
                    }
                    Op::MakeFunction => {
                        let f = tri!(self.make_function(arg));
                        self.stack.push(Some(f));
                    }
                    Op::RaiseVarargs => {
                        save_ip!();
                        break 'run self.do_raise(arg);
                    }
                    Op::PushExcInfo => {
                        let exc = pop!(self);
                        let prev = self
                            .handled_exc
                            .replace(exc.clone())
                            .unwrap_or_else(|| self.none());
                        self.stack.push(Some(prev));
                        self.stack.push(Some(exc));
                    }
                    Op::PopExcept => {
                        let prev = pop!(self);
                        self.handled_exc = if prev.is(&self.none) {
                            None
                        } else {
                            Some(prev)
                        };
                    }
                    Op::CheckExcMatch => {
                        let ty = pop!(self);
                        let exc = top!(self).clone();
                        let r = tri!(self.exception_matches(&exc, &ty));
                        self.stack.push(Some(self.new_bool(r)));
                    }
                    Op::Reraise => {
                        let exc = pop!(self);
                        // With arg > 0 the saved lasti sits `arg` items below
                        // the exception (it only tells CPython which line the
                        // frame was on); it stays on the stack, which the
                        // unwinding cuts back anyway.
                        save_ip!();
                        // Re-raising keeps the traceback as it is.
                        self.reraising = true;
                        break 'run PyErr(exc);
                    }
                    Op::LoadAssertionError => {
                        self.stack.push(Some(self.exc.assertion_error.clone()));
                    }
                    Op::BeforeWith => {
                        let mgr = pop!(self);
                        let enter_name = self.names.enter.clone();
                        let exit_name = self.names.exit.clone();
                        let mgr_ty = mgr.type_of();
                        if self.type_lookup(&mgr_ty, &enter_name).is_none() {
                            break 'run self.type_error(format!(
                                "'{}' object does not support the context manager protocol",
                                self.type_name(&mgr)
                            ));
                        }
                        if self.type_lookup(&mgr_ty, &exit_name).is_none() {
                            break 'run self.type_error(format!(
                                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                                self.type_name(&mgr)
                            ));
                        }
                        let exit = tri!(self.getattr(&mgr, &exit_name));
                        let enter = tri!(self.getattr(&mgr, &enter_name));
                        save_ip!();
                        let r = tri!(self.call(&enter, &[], None));
                        self.stack.push(Some(exit));
                        self.stack.push(Some(r));
                    }
                    Op::WithExceptStart => {
                        let n = self.stack.len();
                        let exc = self.stack[n - 1].clone().unwrap_or_else(|| self.none());
                        let exit = self.stack[n - 4].clone().unwrap_or_else(|| self.none());
                        let ty = exc.type_of();
                        let tb = self.traceback_of(&exc);
                        save_ip!();
                        let r = tri!(self.call(&exit, &[ty, exc, tb], None));
                        self.stack.push(Some(r));
                    }
                    Op::ImportName => {
                        let fromlist = pop!(self);
                        let level = pop!(self);
                        save_ip!();
                        let m = tri!(self.import_name(&code.names[arg], &fromlist, &level));
                        self.stack.push(Some(m));
                    }
                    Op::ImportFrom => {
                        let m = top!(self).clone();
                        save_ip!();
                        let v = tri!(self.import_from(&m, &code.names[arg]));
                        self.stack.push(Some(v));
                    }
                    Op::ImportStar => {
                        let m = pop!(self);
                        save_ip!();
                        tri!(self.import_star(&m));
                    }
                    Op::SetupAnnotations => {
                        let locals = self.frames.last().and_then(|f| f.locals.clone());
                        if let Some(l) = locals {
                            let k = self.intern("__annotations__");
                            if self.dict_get_str(&l, &k).is_none() {
                                let d = self.new_dict();
                                self.dict_set_str(&l, &k, d);
                            }
                        }
                    }
                    Op::PrintExpr => {
                        let v = pop!(self);
                        if !v.is(&self.none) {
                            let k = self.intern("_");
                            let b = self.builtins.clone();
                            self.dict_set_str(&b, &k, self.none.clone());
                            let s = tri!(self.repr(&v));
                            self.write_stdout(s.as_str().unwrap_or(""));
                            self.write_stdout("\n");
                            self.dict_set_str(&b, &k, v);
                        }
                    }
                    Op::ReturnGenerator => {
                        let (generator, entry, on_return) = tri!(self.make_generator(ip));
                        if entry {
                            return Ok(generator);
                        }
                        if let OnReturn::Init(_) = on_return {
                            // A generator function as `__init__`.
                            ip = self.frames.last().map_or(ip, |f| f.ip);
                            break 'run match self.check_init_result(&generator) {
                                Err(e) => e,
                                Ok(()) => stack_corrupt(),
                            };
                        }
                        self.stack.push(Some(generator));
                        continue 'frames;
                    }
                    Op::YieldValue => {
                        let v = pop!(self);
                        if self.suspend_generator(ip) {
                            return Ok(v);
                        }
                        // Resumed by the caller's FOR_ITER or SEND, which
                        // takes the value as its result.
                        self.stack.push(Some(v));
                        continue 'frames;
                    }
                    Op::GetYieldFromIter => {
                        let v = pop!(self);
                        let it = if v.kind() == Kind::Generator {
                            v
                        } else {
                            tri!(self.get_iter(&v))
                        };
                        self.stack.push(Some(it));
                    }
                    Op::Send => {
                        let v = pop!(self);
                        let sub = top!(self).clone();
                        save_ip!();
                        if sub.kind() == Kind::Generator {
                            if tri!(self.push_generator_frame(&sub, Some(v), false)) {
                                continue 'frames;
                            }
                            // Already finished: `yield from` gives None.
                            self.stack.pop();
                            self.stack.push(Some(self.none()));
                            ip = arg;
                            continue;
                        }
                        match tri!(self.send_to(&sub, v)) {
                            Ok(r) => self.stack.push(Some(r)),
                            Err(ret) => {
                                self.stack.pop();
                                self.stack.push(Some(ret));
                                ip = arg;
                            }
                        }
                    }
                    Op::LoadBuildClass => {
                        let k = self.intern("__build_class__");
                        let b = self.builtins_for(&globals);
                        match self.dict_get_str(&b, &k) {
                            Some(f) => self.stack.push(Some(f)),
                            None => {
                                break 'run self
                                    .new_error(&self.exc.name_error, "__build_class__ not found");
                            }
                        }
                    }
                }
            };
            // An exception: record where it happened and unwind.
            if let Some(f) = self.frames.last_mut() {
                f.ip = ip;
            }
            if std::mem::take(&mut self.reraising) {
                return Err(Exit::Error(err));
            }
            self.chain_context(&err);
            let code_obj = self.frames.last().map(|f| f.code_obj());
            if let Some(c) = code_obj {
                self.add_traceback(&err, &c, (ip - 1) as u32);
            }
            return Err(Exit::Error(err));
        }
    }

    /// Pops `n` values (in stack order).
    pub fn pop_n(&mut self, n: usize) -> Vec<ObjRef> {
        let start = self.stack.len() - n;
        self.stack
            .drain(start..)
            .map(|v| v.unwrap_or_else(|| stack_corrupt()))
            .collect()
    }

    fn load_global_value(&mut self, name: &ObjRef) -> Option<ObjRef> {
        let g = self.frames.last().map(|f| f.globals().clone())?;
        if let Some(v) = self.dict_get_str(&g, name) {
            return Some(v);
        }
        let b = self.builtins_for(&g);
        self.dict_get_str(&b, name)
    }

    fn name_error(&mut self, name: &ObjRef) -> PyErr {
        let n = name.as_str().unwrap_or("?").to_string();
        let e = self.new_error(&self.exc.name_error, format!("name '{n}' is not defined"));
        let k = self.intern("name");
        self.exception_set_attr(&e.0, &k, name.clone());
        e
    }

    fn unbound_local(&self, name: &str) -> PyErr {
        self.new_error(
            &self.exc.unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn unbound_deref(&self, code: &crate::objects::code::CodeData, slot: usize) -> PyErr {
        let name = code.localsplus_names[slot]
            .as_str()
            .unwrap_or("?")
            .to_string();
        let nfree = code.co.freevars.len();
        let first_free = code.co.nlocalsplus as usize - nfree;
        if slot >= first_free {
            self.new_error(
                &self.exc.name_error,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        } else {
            self.unbound_local(&name)
        }
    }

    /// A new cell holding `v`.
    pub fn new_cell(&self, v: Option<ObjRef>) -> ObjRef {
        crate::heap::alloc_object(
            &self.types.cell,
            PyCell {
                value: std::cell::RefCell::new(v),
            },
        )
    }

    fn unary_op(&mut self, a: &ObjRef, op: char) -> PyResult {
        let name = match op {
            '-' => "__neg__",
            '+' => "__pos__",
            _ => "__invert__",
        };
        if let Some(r) = self.subclass_call(a, name, &[])? {
            return Ok(r);
        }
        if let Some(r) = self.unary_num(a, op)? {
            return Ok(r);
        }
        if let Some(t) = crate::modules::weakref::unproxy(self, a)? {
            return self.unary_op(&t, op);
        }
        if self.is_user_object(a) {
            let name = match op {
                '-' => "__neg__",
                '+' => "__pos__",
                _ => "__invert__",
            };
            if let Some(r) = self.call_dunder(a, name, &[])? {
                return Ok(r);
            }
        }
        let sym = match op {
            '-' => "unary -",
            '+' => "unary +",
            _ => "unary ~",
        };
        Err(self.type_error(format!(
            "bad operand type for {}: '{}'",
            sym,
            self.type_name(a)
        )))
    }

    fn unpack(&mut self, seq: &ObjRef, n: usize) -> PyResult<Vec<ObjRef>> {
        let items = match seq.kind() {
            Kind::Tuple | Kind::List => self.sequence_items(seq)?,
            _ => {
                let it = match self.get_iter(seq) {
                    Ok(it) => it,
                    Err(_) => {
                        return Err(self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.type_name(seq)
                        )));
                    }
                };
                let mut out = Vec::with_capacity(n);
                while let Some(v) = self.next(&it)? {
                    out.push(v);
                    if out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            )));
        }
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(items)
    }

    fn unpack_ex(&mut self, seq: &ObjRef, before: usize, after: usize) -> PyResult<Vec<ObjRef>> {
        let items = match self.collect_iterable(seq) {
            Ok(v) => v,
            Err(e) => {
                if self.get_iter(seq).is_err() {
                    return Err(self.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(seq)
                    )));
                }
                return Err(e);
            }
        };
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend(items[..before].iter().cloned());
        let mid = items[before..items.len() - after].to_vec();
        out.push(self.new_list(mid));
        out.extend(items[items.len() - after..].iter().cloned());
        Ok(out)
    }

    fn merge_error(&self, f: Option<&ObjRef>, m: &ObjRef) -> PyErr {
        self.type_error(format!(
            "{}argument after ** must be a mapping, not {}",
            self.function_str(f),
            self.type_name(m)
        ))
    }

    fn duplicate_kw_error(&self, f: Option<&ObjRef>, k: &ObjRef) -> PyErr {
        self.type_error(format!(
            "{}got multiple values for keyword argument '{}'",
            self.function_str(f),
            k.as_str().unwrap_or("?")
        ))
    }

    /// CPython's `_PyObject_FunctionStr` followed by a space: `mod.qualname() `
    /// for functions, `name() ` for built-ins, nothing when unknown.
    pub fn function_str(&self, f: Option<&ObjRef>) -> String {
        let Some(f) = f else {
            return String::new();
        };
        match f.kind() {
            Kind::Function => {
                let Some(p) = f.downcast::<PyFunction>() else {
                    return String::new();
                };
                let q = p.qualname.borrow().as_str().unwrap_or("?").to_string();
                let m = p.module.borrow().as_str().map(str::to_string);
                match m {
                    Some(m) if m != "builtins" => format!("{m}.{q}() "),
                    _ => format!("{q}() "),
                }
            }
            Kind::Native => f
                .downcast::<crate::objects::native::PyNative>()
                .map(|n| format!("{}() ", n.name))
                .unwrap_or_default(),
            Kind::BoundMethod => {
                let inner = f
                    .downcast::<crate::objects::function::PyBoundMethod>()
                    .map(|m| m.func.clone());
                self.function_str(inner.as_ref())
            }
            Kind::Type => format!("{}() ", self.type_name_of_type(f)),
            _ => format!("{} object ", self.type_name(f)),
        }
    }

    /// Calls `callable(*pos, **kwargs)` for CALL_FUNCTION_EX.
    pub fn call_ex(
        &mut self,
        callable: &ObjRef,
        pos: Vec<ObjRef>,
        kwargs: Option<ObjRef>,
    ) -> PyResult {
        let kw = match kwargs {
            Some(d) => {
                let items = self.dict_items(&d);
                for (k, _) in &items {
                    if k.kind() != Kind::Str {
                        return Err(self.type_error("keywords must be strings"));
                    }
                }
                Some(items)
            }
            None => None,
        };
        self.call(callable, &pos, kw)
    }

    fn make_function(&mut self, flags: usize) -> PyResult {
        let code = pop!(self);
        let closure = if flags & 8 != 0 {
            Some(pop!(self))
        } else {
            None
        };
        let annotations = if flags & 4 != 0 {
            Some(pop!(self))
        } else {
            None
        };
        let kwdefaults = if flags & 2 != 0 {
            Some(pop!(self))
        } else {
            None
        };
        let defaults = if flags & 1 != 0 {
            Some(pop!(self))
        } else {
            None
        };
        let globals = match self.frames.last() {
            Some(f) => f.globals().clone(),
            None => stack_corrupt(),
        };
        let (name, qualname, doc) = match code.downcast::<crate::objects::code::PyCode>() {
            Some(c) => {
                let doc = match c.data.consts.first() {
                    Some(d)
                        if d.kind() == Kind::Str
                            && c.data.co.flags & crate::compiler::code::flags::OPTIMIZED != 0
                            && c.data.co.name != "<lambda>" =>
                    {
                        d.clone()
                    }
                    _ => self.none(),
                };
                (c.data.name.clone(), c.data.qualname.clone(), doc)
            }
            None => return Err(self.type_error("MAKE_FUNCTION expects a code object")),
        };
        let k = self.intern("__name__");
        let module = self
            .dict_get_str(&globals, &k)
            .unwrap_or_else(|| self.none());
        let ann_dict = match annotations {
            Some(t) => {
                let items: Vec<ObjRef> = t.var_items::<PyTuple>().unwrap_or(&[]).to_vec();
                let d = self.new_dict();
                for pair in items.chunks(2) {
                    if let [k, v] = pair {
                        self.dict_set(&d, k.clone(), v.clone())?;
                    }
                }
                Some(d)
            }
            None => None,
        };
        Ok(crate::heap::alloc_object(
            &self.types.function,
            PyFunction {
                code,
                globals,
                name: std::cell::RefCell::new(name),
                qualname: std::cell::RefCell::new(qualname),
                defaults: std::cell::RefCell::new(defaults),
                kwdefaults: std::cell::RefCell::new(kwdefaults),
                closure,
                doc: std::cell::RefCell::new(doc),
                module: std::cell::RefCell::new(module),
                annotations: std::cell::RefCell::new(ann_dict),
                dict: std::cell::RefCell::new(None),
            },
        ))
    }

    fn do_raise(&mut self, argc: usize) -> PyErr {
        match argc {
            0 => match self.current_exception() {
                Some(e) => {
                    self.reraising = true;
                    PyErr(e)
                }
                None => self.new_error(&self.exc.runtime_error, "No active exception to reraise"),
            },
            _ => {
                let cause = if argc == 2 { Some(pop!(self)) } else { None };
                let exc = pop!(self);
                let exc = match self.make_raisable(exc) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                self.set_raise_context(&exc);
                if let Some(c) = cause {
                    let cause = if c.is(&self.none) {
                        None
                    } else if c.kind() == Kind::Exception {
                        Some(c)
                    } else if c.kind() == Kind::Type
                        && self.is_subclass(&c, &self.exc.base_exception.clone())
                    {
                        match self.call(&c, &[], None) {
                            Ok(v) => Some(v),
                            Err(e) => return e,
                        }
                    } else {
                        return self.type_error("exception causes must derive from BaseException");
                    };
                    if let Some(e) = exc.downcast::<PyException>() {
                        *e.cause.borrow_mut() = cause;
                        e.suppress_context.set(true);
                    }
                }
                PyErr(exc)
            }
        }
    }

    /// Whether `exc` matches an `except` clause's class or tuple of classes.
    pub fn exception_matches(&mut self, exc: &ObjRef, ty: &ObjRef) -> PyResult<bool> {
        if ty.kind() == Kind::Tuple {
            // Every class of the tuple is checked before any is matched.
            let items: Vec<ObjRef> = ty.var_items::<PyTuple>().unwrap_or(&[]).to_vec();
            let base = self.exc.base_exception.clone();
            if items
                .iter()
                .any(|t| t.kind() != Kind::Type || !self.is_subclass(t, &base))
            {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            return Ok(items.iter().any(|t| self.isinstance(exc, t)));
        }
        if ty.kind() != Kind::Type || !self.is_subclass(ty, &self.exc.base_exception.clone()) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(self.isinstance(exc, ty))
    }

    /// The `__name__` of a module object.
    pub fn module_name(&mut self, m: &ObjRef) -> String {
        let d = m
            .downcast::<crate::objects::module::PyModule>()
            .map(|m| m.dict.clone());
        let k = self.intern("__name__");
        d.and_then(|d| self.dict_get_str(&d, &k))
            .and_then(|n| n.as_str().map(str::to_string))
            .unwrap_or_else(|| "?".into())
    }

    fn keyboard_interrupt(&mut self) -> PyErr {
        crate::vm::interrupt::clear();
        PyErr(self.new_exception_obj(&self.exc.keyboard_interrupt, vec![]))
    }
}

/// The value of a float, or of an int that converts to f64 exactly (so a
/// float comparison gives the same answer as Python's exact one).
#[inline]
fn exact_f64(v: &ObjRef) -> Option<f64> {
    match v.kind() {
        Kind::Float => v.downcast::<PyFloat>().map(|f| f.value),
        Kind::Int => v
            .downcast::<PyInt>()
            .map(|i| i.value)
            .filter(|i| i.unsigned_abs() <= 1 << 53)
            .map(|i| i as f64),
        _ => None,
    }
}

/// The version of a dict (0 for non-dicts, which disables caching).
#[allow(unsafe_code)]
#[inline(always)]
fn dict_version(d: &ObjRef) -> u64 {
    let Some(dict) = d.downcast::<crate::objects::dict::PyDict>() else {
        return 0;
    };
    // SAFETY: the shared reference lives only for the read of one field,
    // during which no code runs that could borrow the table mutably. A
    // table borrowed mutably elsewhere (which the dispatch loop never
    // leaves behind) reads as version 0, which never matches a cache entry.
    unsafe { dict.table.try_borrow_unguarded() }.map_or(0, |t| t.version())
}

/// Entry `i` of a LOAD_GLOBAL cache, copied out without a borrow guard.
#[allow(unsafe_code)]
#[inline(always)]
fn cache_entry(
    cache: &std::cell::RefCell<Vec<Option<crate::objects::code::GlobalCacheEntry>>>,
    i: usize,
) -> Option<crate::objects::code::GlobalCacheEntry> {
    // SAFETY: as in `dict_version`: the reference is used for one copy and
    // nothing else runs meanwhile; a cache borrowed mutably reads as empty.
    let entries = unsafe { cache.try_borrow_unguarded() }.ok()?;
    entries.get(i).copied().flatten()
}

/// The value of a LOAD_GLOBAL cache entry whose dict versions still match.
#[allow(unsafe_code)]
#[inline(always)]
fn cached_global(value: crate::heap::UncountedRef) -> ObjRef {
    // SAFETY: called only when the globals and builtins dicts are in the
    // state the entry recorded (versions are unique per mutation of any
    // dict), so one of them still holds a counted reference to the value.
    unsafe { value.upgrade() }
}
