//! Generators: creating one when a generator function starts
//! (RETURN_GENERATOR), suspending at YIELD_VALUE, and resuming for `next`,
//! `send`, `throw` and `close`. Resumed from Rust code (`next()`, `sum()`,
//! `send`...), a generator frame runs as the entry frame of a nested
//! dispatch loop, so suspending returns to that code; resumed by FOR_ITER
//! or SEND over a generator, it is pushed like a called function's frame
//! and yields or returns straight into the caller's frame.

use super::Vm;
use super::frame::{Frame, OnReturn};
use crate::builtins::{Args, add_method, arity, no_kwargs};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::exception::PyException;
use crate::objects::generator::{PyGenerator, SavedFrame};
use crate::objects::{PyErr, PyResult};
use std::cell::{Cell, RefCell};

/// What resuming a generator produced.
pub enum Resumed {
    /// It yielded a value and is suspended again.
    Yielded(ObjRef),
    /// It returned (finished) with a value.
    Returned(ObjRef),
}

impl Vm {
    /// RETURN_GENERATOR: turns the innermost frame into a generator object
    /// and returns it to the caller.
    pub(super) fn make_generator(&mut self, ip: usize) -> Result<(ObjRef, bool, OnReturn), PyErr> {
        let frame = match self.frames.pop() {
            Some(f) => f,
            None => return Err(self.type_error("no frame")),
        };
        let values: Vec<Option<ObjRef>> = self.stack.drain(frame.base..).collect();
        self.stack.truncate(frame.ret_sp);
        let code_obj = frame.code_obj();
        let globals = frame.globals().clone();
        let name = frame.code.name.clone();
        let qualname = frame.code.qualname.clone();
        let generator_obj = heap::alloc_object(
            &self.types.generator,
            PyGenerator {
                code: code_obj.clone(),
                frame: RefCell::new(Some(SavedFrame {
                    code: frame.code,
                    code_obj,
                    globals,
                    func: frame.func,
                    ip,
                    values,
                    frame_obj: Default::default(),
                })),
                name,
                qualname,
                spare: RefCell::new(Vec::new()),
                running: Cell::new(false),
                started: Cell::new(false),
                exc_state: RefCell::new(None),
            },
        );
        Ok((generator_obj, frame.entry, frame.on_return))
    }

    /// YIELD_VALUE: saves the innermost (generator) frame into its
    /// generator, moving its references rather than copying them. Returns
    /// whether the frame was an entry frame (resumed from Rust code, which
    /// then gets the value); otherwise the caller's dispatch resumes.
    pub(super) fn suspend_generator(&mut self, ip: usize) -> bool {
        let Some(frame) = self.frames.pop() else {
            return true;
        };
        let Frame {
            code,
            code_obj,
            func,
            globals,
            base,
            ret_sp,
            entry,
            generator,
            frame_obj,
            ..
        } = frame;
        if let Some(generator_obj) = &generator
            && let Some(g) = generator_obj.downcast::<PyGenerator>()
            && let (Some(code_obj), Some(globals)) = (code_obj, globals)
        {
            let mut values = std::mem::take(&mut *g.spare.borrow_mut());
            values.extend(self.stack.drain(base..));
            *g.frame.borrow_mut() = Some(SavedFrame {
                code,
                code_obj,
                func,
                globals,
                ip,
                values,
                frame_obj: self.suspend_frame_object(frame_obj, generator_obj, ip),
            });
            self.leave_generator(g);
        }
        self.stack.truncate(ret_sp);
        if entry {
            self.yielded = true;
        }
        entry
    }

    /// Ends a run of a generator's frame (suspended or finished): the
    /// caller's handled exception comes back, the generator's own is kept
    /// for its next resumption.
    fn leave_generator(&mut self, g: &PyGenerator) {
        std::mem::swap(&mut self.handled_exc, &mut *g.exc_state.borrow_mut());
        g.running.set(false);
    }

    /// Ends a generator whose frame returned or raised (the frame is gone).
    pub(super) fn finish_generator(&mut self, generator_obj: &ObjRef) {
        if let Some(g) = generator_obj.downcast::<PyGenerator>() {
            self.leave_generator(g);
            let inner = g.exc_state.borrow_mut().take();
            drop(inner);
        }
    }

    /// A generator resumed by the (now innermost) caller's FOR_ITER or SEND
    /// returned `value`: FOR_ITER drops the exhausted generator and leaves
    /// the loop; SEND replaces it with the value of the `yield from`. Both
    /// jump to their instruction's target.
    pub(super) fn generator_returned(&mut self, value: ObjRef) {
        let Some(f) = self.frames.last_mut() else {
            return;
        };
        let Some(instr) =
            f.ip.checked_sub(1)
                .and_then(|i| f.code.quick.get(i))
                .copied()
        else {
            return;
        };
        f.ip = instr.arg as usize;
        self.stack.pop();
        if instr.op == crate::compiler::opcode::Op::Send {
            self.stack.push(Some(value));
        }
    }

    /// An exception leaving a generator's frame: a StopIteration escaping
    /// from its body becomes RuntimeError (PEP 479).
    pub(super) fn generator_error(&mut self, e: PyErr) -> PyErr {
        if !self.isinstance(&e.0, &self.exc.stop_iteration.clone()) {
            return e;
        }
        let re = self.new_error(&self.exc.runtime_error, "generator raised StopIteration");
        if let Some(x) = re.0.downcast::<PyException>() {
            *x.cause.borrow_mut() = Some(e.0.clone());
            *x.context.borrow_mut() = Some(e.0.clone());
            x.suppress_context.set(true);
        }
        re
    }

    /// Pushes the suspended frame of `generator_obj` onto the frame stack,
    /// with `value` (what the paused `yield` evaluates to) on its operand
    /// stack unless an exception is to be thrown in. An `entry` frame
    /// returns to the Rust code that resumes it; otherwise the running
    /// dispatch loop just continues in it (FOR_ITER and SEND over a
    /// generator), and its yield or return comes back to the caller's
    /// frame. `Ok(false)` when the generator has finished.
    pub(super) fn push_generator_frame(
        &mut self,
        generator_obj: &ObjRef,
        value: Option<ObjRef>,
        entry: bool,
    ) -> PyResult<bool> {
        let Some(g) = generator_obj.downcast::<PyGenerator>() else {
            return Err(self.type_error("not a generator"));
        };
        if g.running.get() {
            return Err(self.value_error("generator already executing"));
        }
        let saved = g.frame.borrow_mut().take();
        let Some(mut saved) = saved else {
            return Ok(false);
        };
        if !g.started.get() && value.as_ref().is_some_and(|v| !v.is(&self.none)) {
            *g.frame.borrow_mut() = Some(saved);
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        if self.frames.len() >= self.recursion_limit {
            *g.frame.borrow_mut() = Some(saved);
            return Err(self.new_error(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        g.started.set(true);
        g.running.set(true);
        std::mem::swap(&mut self.handled_exc, &mut *g.exc_state.borrow_mut());
        let frame_obj = saved.frame_obj.obj.take();
        let base = self.stack.len();
        let mut values = saved.values;
        self.stack.append(&mut values);
        *g.spare.borrow_mut() = values;
        if let Some(v) = value {
            self.stack.push(Some(v));
        }
        self.frames.push(Frame {
            code: saved.code,
            code_obj: Some(saved.code_obj),
            func: saved.func,
            globals: Some(saved.globals),
            locals: None,
            base,
            ret_sp: base,
            ip: saved.ip,
            entry,
            generator: Some(generator_obj.clone()),
            on_return: OnReturn::Value,
            frame_obj: super::frames::resume_frame_object(frame_obj),
            plain: false,
        });
        Ok(true)
    }

    /// Resumes `generator_obj`, sending `value` in (or raising `throw` at the point
    /// where it is suspended).
    pub fn resume_generator(
        &mut self,
        generator_obj: &ObjRef,
        value: ObjRef,
        throw: Option<PyErr>,
    ) -> PyResult<Resumed> {
        let sent = if throw.is_none() { Some(value) } else { None };
        if !self.push_generator_frame(generator_obj, sent, true)? {
            // Finished: throw raises the exception here, next ends at once.
            if let Some(e) = throw {
                return Err(e);
            }
            return Ok(Resumed::Returned(self.none()));
        }
        let result = match throw {
            None => self.run_generator_frame(),
            Some(err) => self.throw_into_frame(err),
        };
        let yielded = std::mem::take(&mut self.yielded);
        match result {
            Ok(v) if yielded => Ok(Resumed::Yielded(v)),
            Ok(v) => {
                self.finish_generator(generator_obj);
                Ok(Resumed::Returned(v))
            }
            Err(e) => {
                self.finish_generator(generator_obj);
                Err(self.generator_error(e))
            }
        }
    }

    fn run_generator_frame(&mut self) -> PyResult {
        self.native_depth += 1;
        let r = self.run_frames();
        self.native_depth -= 1;
        r
    }

    /// Raises `err` inside the frame just pushed, then keeps running it.
    fn throw_into_frame(&mut self, err: PyErr) -> PyResult {
        // If suspended inside `yield from`, the subiterator gets the throw
        // first (it sits below the value YIELD_VALUE would resume with).
        let delegate = self.yield_from_target();
        let err = match delegate {
            Some(sub) if sub.kind() == Kind::Generator => {
                match self.resume_generator(&sub, self.none(), Some(err)) {
                    Ok(Resumed::Yielded(v)) => {
                        self.suspend_generator_at_current();
                        return Ok(v);
                    }
                    Ok(Resumed::Returned(v)) => {
                        // The subgenerator finished: continue after the
                        // `yield from` with its value.
                        self.finish_yield_from(v);
                        return self.run_generator_frame();
                    }
                    Err(e) => e,
                }
            }
            _ => err,
        };
        self.chain_context_to(&err, self.handled_exc.clone());
        let code_obj = self.frames.last().map(|f| (f.code_obj(), f.ip));
        if let Some((c, ip)) = code_obj {
            self.add_traceback(&err, &c, ip.saturating_sub(1) as u32);
        }
        self.native_depth += 1;
        let r = match self.unwind_from_rust(err) {
            Ok(()) => self.run_frames(),
            Err(e) => Err(e),
        };
        self.native_depth -= 1;
        r
    }

    /// The subiterator of a `yield from` the innermost frame is suspended in.
    fn yield_from_target(&self) -> Option<ObjRef> {
        let f = self.frames.last()?;
        let prev = f.ip.checked_sub(1)?;
        let instr = f.code.co.code.get(prev)?;
        if instr.op != crate::compiler::opcode::Op::YieldValue {
            return None;
        }
        // Stack: [..., sub] (the yielded value was popped when suspending).
        let sub = self.stack.last()?.clone()?;
        let before = f.code.co.code.get(prev.checked_sub(1)?)?;
        if before.op == crate::compiler::opcode::Op::Send {
            Some(sub)
        } else {
            None
        }
    }

    fn suspend_generator_at_current(&mut self) {
        let ip = self.frames.last().map(|f| f.ip).unwrap_or(0);
        self.suspend_generator(ip);
    }

    fn finish_yield_from(&mut self, value: ObjRef) {
        // Replace the subiterator with its result and jump past the SEND
        // loop: the SEND before the YIELD_VALUE holds the exit target.
        let Some(f) = self.frames.last_mut() else {
            return;
        };
        let send_at = f.ip.saturating_sub(2);
        let target = f.code.co.code.get(send_at).map(|i| i.arg as usize);
        if let Some(t) = target {
            f.ip = t;
        }
        self.stack.pop();
        self.stack.push(Some(value));
    }

    /// `next(generator_obj)`: Ok(None) when it finishes.
    pub fn generator_next(&mut self, generator_obj: &ObjRef) -> PyResult<Option<ObjRef>> {
        match self.resume_generator(generator_obj, self.none(), None)? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(_) => Ok(None),
        }
    }

    /// A StopIteration carrying a generator's return value.
    pub fn stop_iteration_with(&self, value: ObjRef) -> PyErr {
        if value.is(&self.none) {
            return self.stop_iteration();
        }
        PyErr(self.new_exception_obj(&self.exc.stop_iteration, vec![value]))
    }

    /// SEND: sends `v` into `sub`; `Ok(Some(r))` when it yielded `r`,
    /// `Ok(None)` with `ret` set when it finished.
    pub(super) fn send_to(&mut self, sub: &ObjRef, v: ObjRef) -> PyResult<Result<ObjRef, ObjRef>> {
        if sub.kind() == Kind::Generator {
            return Ok(match self.resume_generator(sub, v, None)? {
                Resumed::Yielded(r) => Ok(r),
                Resumed::Returned(r) => Err(r),
            });
        }
        if v.is(&self.none) {
            return Ok(match self.next(sub)? {
                Some(r) => Ok(r),
                None => Err(self.none()),
            });
        }
        let name = self.intern("send");
        let m = self.getattr(sub, &name)?;
        match self.call(&m, &[v], None) {
            Ok(r) => Ok(Ok(r)),
            Err(e) => {
                if self.isinstance(&e.0, &self.exc.stop_iteration.clone()) {
                    let k = self.intern("value");
                    let val = self.getattr(&e.0, &k).unwrap_or_else(|_| self.none());
                    Ok(Err(val))
                } else {
                    Err(e)
                }
            }
        }
    }
}

/// Registers the generator type's methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.generator.clone();
    add_method(vm, &t, "generator", "send", gen_send);
    add_method(vm, &t, "generator", "throw", gen_throw);
    add_method(vm, &t, "generator", "close", gen_close);
    add_method(vm, &t, "generator", "__next__", gen_next);
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "__next__", &args)?;
    let g = args.pos[0].clone();
    match vm.resume_generator(&g, vm.none(), None)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(vm.stop_iteration_with(v)),
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "send", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let g = args.pos[0].clone();
    match vm.resume_generator(&g, args.pos[1].clone(), None)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(vm.stop_iteration_with(v)),
    }
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "throw", &args)?;
    arity(
        vm,
        "throw",
        &Args {
            pos: args.pos[1..].iter().cloned().collect(),
            kw: vec![],
        },
        1,
        3,
    )?;
    let g = args.pos[0].clone();
    let typ = args.pos[1].clone();
    let base_exc = vm.exc.base_exception.clone();
    let exc = if typ.kind() == Kind::Type && vm.is_subclass(&typ, &base_exc) {
        let a: Vec<ObjRef> = match args.pos.get(2) {
            Some(v) if !v.is(&vm.none) => {
                if v.kind() == Kind::Exception {
                    return throw_obj(vm, &g, v.clone());
                }
                vec![v.clone()]
            }
            _ => vec![],
        };
        // The class is instantiated where the generator is suspended: an
        // error doing so is what the generator sees.
        match vm.call(&typ, &a, None) {
            Ok(made)
                if made
                    .downcast::<crate::objects::exception::PyException>()
                    .is_some() =>
            {
                made
            }
            Ok(made) => {
                // PyErr_NormalizeException names the type plainly, unlike
                // `raise` (which shows its repr).
                let cls = vm.repr_string(&typ)?;
                vm.type_error(format!(
                    "calling {cls} should have returned an instance of BaseException, not {}",
                    vm.type_name(&made)
                ))
                .0
            }
            Err(e) => e.0,
        }
    } else {
        typ
    };
    throw_obj(vm, &g, exc)
}

fn throw_obj(vm: &mut Vm, g: &ObjRef, exc: ObjRef) -> PyResult {
    if exc
        .downcast::<crate::objects::exception::PyException>()
        .is_none()
    {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(&exc)
        )));
    }
    match vm.resume_generator(g, vm.none(), Some(PyErr(exc)))? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(vm.stop_iteration_with(v)),
    }
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "close", &args)?;
    let g = args.pos[0].clone();
    let started = g
        .downcast::<PyGenerator>()
        .map(|p| p.started.get() && p.frame.borrow().is_some());
    if started != Some(true) {
        if let Some(p) = g.downcast::<PyGenerator>() {
            let old = p.frame.borrow_mut().take();
            drop(old);
        }
        return Ok(vm.none());
    }
    let exit = vm.new_exception_obj(&vm.exc.generator_exit.clone(), vec![]);
    match vm.resume_generator(&g, vm.none(), Some(PyErr(exit))) {
        Ok(Resumed::Yielded(_)) => Err(vm.new_error(
            &vm.exc.runtime_error.clone(),
            "generator ignored GeneratorExit",
        )),
        Ok(Resumed::Returned(_)) => Ok(vm.none()),
        Err(e) => {
            if vm.isinstance(&e.0, &vm.exc.generator_exit.clone())
                || vm.isinstance(&e.0, &vm.exc.stop_iteration.clone())
            {
                Ok(vm.none())
            } else {
                Err(e)
            }
        }
    }
}
