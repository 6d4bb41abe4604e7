//! Calls: binding arguments to parameters (with CPython's error messages),
//! pushing frames for Python functions, and calling natives, bound methods
//! and types.

use super::Vm;
use super::classes::Constructed;
use super::frame::OnReturn;
use super::receiver::needs_receiver_check;
use crate::compiler::code::flags;
use crate::heap::{Kind, ObjRef};
use crate::objects::code::PyCode;
use crate::objects::function::{PyBoundMethod, PyFunction};
use crate::objects::native::{Args, PyNative};
use crate::objects::tuple::PyTuple;
use crate::objects::typeobj::PyType;
use crate::objects::{PyErr, PyResult};
use smallvec::SmallVec;

/// Bounds Rust-level re-entry of the dispatch loop (native code calling
/// Python code calling native code ...), protecting the Rust stack.
const MAX_NATIVE_DEPTH: usize = 3000;

impl Vm {
    /// Calls `callable(*args, **kwargs)` from Rust code; `kw` holds
    /// `(name, value)` pairs.
    pub fn call(
        &mut self,
        callable: &ObjRef,
        args: &[ObjRef],
        kw: Option<Vec<(ObjRef, ObjRef)>>,
    ) -> PyResult {
        match callable.kind() {
            Kind::Function => {
                let base = self.stack.len();
                self.push_function_frame(callable, args, kw.unwrap_or_default(), base, true)?;
                self.run_nested()
            }
            Kind::Native => {
                let n = callable
                    .downcast::<PyNative>()
                    .map(|n| (n.func, n.self_obj.clone(), needs_receiver_check(n)));
                let Some((f, self_obj, check)) = n else {
                    return Err(self.type_error("bad native"));
                };
                if check {
                    self.check_native_receiver(callable, args)?;
                }
                let mut a = Args::default();
                if let Some(s) = self_obj {
                    a.pos.push(s);
                }
                a.pos.extend(args.iter().cloned());
                a.kw = kw.unwrap_or_default();
                self.call_native(f, a)
            }
            Kind::BoundMethod => {
                let (f, s) = match callable.downcast::<PyBoundMethod>() {
                    Some(m) => (m.func.clone(), m.self_obj.clone()),
                    None => return Err(self.type_error("bad method")),
                };
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(s);
                all.extend(args.iter().cloned());
                self.call(&f, &all, kw)
            }
            Kind::Type => self.call_type(callable, args, kw.unwrap_or_default()),
            Kind::WeakRef
                if crate::vm::subclass::is_subclass_instance(callable)
                    && self.subclass_override(callable, "__call__").is_some() =>
            {
                let f = self.subclass_override(callable, "__call__");
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(callable.clone());
                all.extend(args.iter().cloned());
                match f {
                    Some(f) => self.call(&f, &all, kw),
                    None => Err(self.type_error("bad method")),
                }
            }
            Kind::WeakRef => {
                let w = callable.downcast::<crate::objects::weakref::PyWeakRef>();
                if w.is_some_and(|w| w.proxy) {
                    let target = crate::modules::weakref::proxy_target(self, callable)?;
                    return self.call(&target, args, kw);
                }
                if !args.is_empty() || kw.as_ref().is_some_and(|k| !k.is_empty()) {
                    return Err(self.type_error(format!(
                        "weakref() takes exactly 0 arguments ({} given)",
                        args.len()
                    )));
                }
                Ok(w.and_then(|w| w.get()).unwrap_or_else(|| self.none()))
            }
            Kind::Instance | Kind::Exception | Kind::StaticMethod
                if self.has_dunder(callable, "__call__") =>
            {
                let ty = callable.type_of();
                let k = self.names.call.clone();
                let f = match self.type_lookup(&ty, &k) {
                    Some(f) => f,
                    None => return Err(self.type_error("not callable")),
                };
                let bound = self.descriptor_get(f, Some(callable), &ty)?;
                // `__call__` may itself be an instance with a `__call__`:
                // each hop counts against the recursion limit.
                self.enter_recursion(" while calling a Python object")?;
                let r = self.call(&bound, args, kw);
                self.leave_recursion();
                r
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not callable",
                self.type_name(callable)
            ))),
        }
    }

    /// Runs a native function, guarding the Rust stack depth.
    #[inline]
    pub fn call_native(&mut self, f: crate::objects::native::NativeFn, args: Args) -> PyResult {
        f(self, args)
    }

    /// Runs the dispatch loop for a frame just pushed with `entry = true`.
    /// Runs the dispatch loop for a frame just pushed with `entry = true`.
    pub fn run_nested_public(&mut self) -> PyResult {
        self.run_nested()
    }

    fn run_nested(&mut self) -> PyResult {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            // Pop the frame we pushed and report a recursion error.
            if let Some(f) = self.frames.pop() {
                self.stack.truncate(f.ret_sp);
            }
            return Err(self.new_error(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        self.native_depth += 1;
        let r = self.run_frames();
        self.native_depth -= 1;
        r
    }

    /// Calls a type object: its metaclass's `__call__` if it overrides
    /// `type.__call__`, else its constructor.
    pub fn call_type(
        &mut self,
        ty: &ObjRef,
        args: &[ObjRef],
        kw: Vec<(ObjRef, ObjRef)>,
    ) -> PyResult {
        if !ty.is_type(&self.types.type_) && self.metaclass_overrides_call(ty) {
            return self.metaclass_call(ty, args, kw);
        }
        self.call_type_plain(ty, args, kw)
    }

    /// `type.__call__`: a type's constructor (`__new__` and `__init__`
    /// for classes).
    pub fn call_type_plain(
        &mut self,
        ty: &ObjRef,
        args: &[ObjRef],
        kw: Vec<(ObjRef, ObjRef)>,
    ) -> PyResult {
        if self.is_heap_type(ty) {
            return self.call_class(ty, args, kw);
        }
        let ctor = ty.downcast::<PyType>().and_then(|t| t.constructor.get());
        if let Some(f) = ctor {
            let mut a = Args::default();
            a.pos.push(ty.clone());
            a.pos.extend(args.iter().cloned());
            a.kw = kw;
            return self.call_native(f, a);
        }
        if self.is_subclass(ty, &self.exc.base_exception.clone()) {
            let attrs = self.exception_kwargs(ty, &kw)?;
            if self.is_subclass(ty, &self.exc.os_error.clone()) {
                let ty = self.os_error_class(ty, args);
                return Ok(self.new_os_error(&ty, args.to_vec()));
            }
            let exc = self.new_exception_obj(ty, args.to_vec());
            self.set_exception_kwargs(&exc, attrs);
            self.init_unicode_error(&exc, args)?;
            self.init_syntax_error(&exc, args)?;
            return Ok(exc);
        }
        // The singleton types give their one instance, taking no arguments.
        let singleton = [
            (&self.types.none_type, &self.none, "NoneType"),
            (&self.types.ellipsis_type, &self.ellipsis, "EllipsisType"),
            (
                &self.types.not_implemented_type,
                &self.not_implemented,
                "NotImplementedType",
            ),
        ]
        .into_iter()
        .find(|(t, _, _)| t.is(ty))
        .map(|(_, v, n)| (v.clone(), n));
        if let Some((v, name)) = singleton {
            if !args.is_empty() || !kw.is_empty() {
                return Err(self.type_error(format!("{name} takes no arguments")));
            }
            return Ok(v);
        }
        Err(self.type_error(format!(
            "cannot create '{}' instances",
            self.type_name_of_type(ty)
        )))
    }

    /// Pushes a frame for Python function `func` with the given arguments
    /// (bound to its parameters). `ret_sp` is where the stack is cut back
    /// to when it returns.
    pub fn push_function_frame(
        &mut self,
        func: &ObjRef,
        args: &[ObjRef],
        kw: Vec<(ObjRef, ObjRef)>,
        ret_sp: usize,
        entry: bool,
    ) -> PyResult<()> {
        let Some(f) = func.downcast::<PyFunction>() else {
            return Err(self.type_error("not a function"));
        };
        let code_obj = f.code.clone();
        let globals = f.globals.clone();
        let Some(code) = code_obj.downcast::<PyCode>().map(|c| c.data.clone()) else {
            return Err(self.type_error("bad code"));
        };
        if self.frames.len() >= self.recursion_limit {
            return Err(self.new_error(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        let co = &code.co;
        let simple = kw.is_empty()
            && co.argcount as usize == args.len()
            && co.kwonlyargcount == 0
            && co.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0;
        let base;
        if simple {
            // Exact positional call: the arguments are the first locals.
            self.stack.truncate(ret_sp);
            base = self.stack.len();
            self.stack.extend(args.iter().map(|a| Some(a.clone())));
            self.stack.resize(base + co.nlocalsplus as usize, None);
        } else {
            let locals = self.bind_arguments(func, co, args, kw)?;
            self.stack.truncate(ret_sp);
            base = self.stack.len();
            self.stack.extend(locals);
        }
        drop((code_obj, globals));
        super::frame::push_call_frame(&mut self.frames, code, func.clone(), base, ret_sp);
        if entry && let Some(f) = self.frames.last_mut() {
            f.entry = true;
            f.plain = false;
        }
        Ok(())
    }

    /// Binds call arguments to the parameters of `func`, returning the
    /// initial localsplus values.
    pub fn bind_arguments(
        &mut self,
        func: &ObjRef,
        co: &crate::compiler::code::CodeObject,
        args: &[ObjRef],
        kw: Vec<(ObjRef, ObjRef)>,
    ) -> PyResult<SmallVec<[Option<ObjRef>; 8]>> {
        let f = match func.downcast::<PyFunction>() {
            Some(f) => f,
            None => return Err(self.type_error("not a function")),
        };
        let qualname_obj = f.qualname.borrow().clone();
        let qualname = qualname_obj.as_str().unwrap_or("?");
        let defaults_obj = f.defaults.borrow().clone();
        let defaults: &[ObjRef] = defaults_obj
            .as_ref()
            .and_then(|d| d.var_items::<PyTuple>())
            .unwrap_or(&[]);
        let kwdefaults = f.kwdefaults.borrow().clone();
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & flags::VARARGS != 0;
        let has_varkw = co.flags & flags::VARKEYWORDS != 0;
        let total_named = argcount + kwonly;
        // Inline for the usual handful of locals: no allocation per call.
        let mut locals: SmallVec<[Option<ObjRef>; 8]> =
            std::iter::repeat_n(None, co.nlocalsplus as usize).collect();

        // Positional arguments.
        let npos = args.len().min(argcount);
        for (slot, a) in locals.iter_mut().zip(args.iter()).take(npos) {
            *slot = Some(a.clone());
        }
        if has_varargs {
            let extra = if args.len() > argcount {
                args[argcount..].to_vec()
            } else {
                Vec::new()
            };
            locals[total_named] = Some(self.new_tuple(extra));
        } else if args.len() > argcount {
            let given_kwonly = kw
                .iter()
                .filter(|(k, _)| {
                    co.varnames[argcount..total_named]
                        .iter()
                        .any(|n| Some(n.as_str()) == k.as_str())
                })
                .count();
            let min = argcount - defaults.len().min(argcount);
            let takes = if min != argcount {
                format!("from {min} to {argcount} positional arguments")
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let given = args.len();
            let msg = if given_kwonly > 0 {
                format!(
                    "{qualname}() takes {takes} but {given} positional argument{} (and {given_kwonly} keyword-only argument{}) were given",
                    if given == 1 { "" } else { "s" },
                    if given_kwonly == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{qualname}() takes {takes} but {given} {} given",
                    if given == 1 { "was" } else { "were" }
                )
            };
            return Err(self.type_error(msg));
        }

        // Keyword arguments.
        let kwargs_dict = if has_varkw {
            let d = self.new_dict();
            let slot = total_named + usize::from(has_varargs);
            locals[slot] = Some(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kw {
            let name = k.as_str().unwrap_or("");
            let idx = co.varnames[..total_named].iter().position(|n| *n == name);
            match idx {
                Some(i) if i >= posonly => {
                    if locals[i].is_some() {
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{name}'"
                        )));
                    }
                    locals[i] = Some(v);
                }
                other => {
                    if let Some(d) = &kwargs_dict {
                        if self.dict_get(d, &k)?.is_some() {
                            return Err(self.type_error(format!(
                                "{qualname}() got multiple values for keyword argument '{name}'"
                            )));
                        }
                        self.dict_set(d, k, v)?;
                    } else if other.is_some() {
                        posonly_as_kw.push(name.to_string());
                    } else {
                        return Err(self.type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }

        // Defaults and missing arguments.
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if locals[i].is_none() {
                if i >= first_default {
                    locals[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(co.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(qualname, &missing, "positional"));
        }
        for (slot, name) in locals[argcount..total_named]
            .iter_mut()
            .zip(&co.varnames[argcount..total_named])
        {
            if slot.is_none() {
                let mut found = None;
                if let Some(kd) = &kwdefaults {
                    let key = self.intern(name);
                    found = self.dict_get_str(kd, &key);
                }
                match found {
                    Some(v) => *slot = Some(v),
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(qualname, &missing, "keyword-only"));
        }
        Ok(locals)
    }

    fn missing_args(&self, qualname: &str, missing: &[String], what: &str) -> PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        self.type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            qualname,
            missing.len(),
            what,
            if missing.len() == 1 { "" } else { "s" },
            list
        ))
    }

    /// Calls whatever sits on the value stack for CALL: `[NULL|meth,
    /// callable|self, args...]` with the last `kwnames.len()` args as
    /// keywords. Python functions get a new frame (returns `Ok(None)`, the
    /// loop switches to it); everything else returns its result.
    pub fn call_from_stack(
        &mut self,
        argc: usize,
        kwnames: Option<ObjRef>,
    ) -> PyResult<Option<ObjRef>> {
        let len = self.stack.len();
        let ret_sp = len - argc - 2;
        let (callable, args_start) = match self.stack[ret_sp].clone() {
            Some(meth) => (meth, ret_sp + 1),
            None => match self.stack[ret_sp + 1].clone() {
                Some(c) => (c, ret_sp + 2),
                None => return Err(self.type_error("NULL callable")),
            },
        };
        let nkw = kwnames
            .as_ref()
            .and_then(|k| k.var_items::<PyTuple>().map(|t| t.len()))
            .unwrap_or(0);
        let nargs = len - args_start;

        if callable.kind() == Kind::Function && nkw == 0 {
            // Fast path: exact positional call of a simple function; the
            // arguments already on the stack become its first locals.
            let fast = {
                let f = callable.downcast::<PyFunction>();
                f.and_then(|f| f.code.downcast::<PyCode>())
                    .filter(|c| c.data.fast_argc as usize == nargs)
                    .map(|c| c.data.clone())
            };
            if let Some(code) = fast {
                if self.frames.len() >= self.recursion_limit {
                    return Err(self.new_error(
                        &self.exc.recursion_error,
                        "maximum recursion depth exceeded",
                    ));
                }
                let nlocals = code.co.nlocalsplus as usize;
                if nlocals > nargs {
                    self.stack.resize(args_start + nlocals, None);
                }
                super::frame::push_call_frame(&mut self.frames, code, callable, args_start, ret_sp);
                return Ok(None);
            }
        }

        if callable.kind() == Kind::Native && nkw == 0 {
            // Native call without keywords: the arguments go straight from
            // the stack into the argument vector, after any bound self.
            let n = callable
                .downcast::<PyNative>()
                .map(|n| (n.func, n.self_obj.clone(), needs_receiver_check(n)));
            let Some((f, self_obj, check)) = n else {
                return Err(self.type_error("bad native"));
            };
            let mut a = Args {
                pos: SmallVec::new(),
                kw: Vec::new(),
            };
            if let Some(s) = self_obj {
                a.pos.push(s);
            }
            let mut saw_null = false;
            for v in self.stack.drain(args_start..) {
                match v {
                    Some(v) => a.pos.push(v),
                    None => saw_null = true,
                }
            }
            self.stack.truncate(ret_sp);
            if saw_null {
                return Err(self.type_error("NULL argument"));
            }
            if check {
                self.check_native_receiver(&callable, &a.pos)?;
            }
            drop(callable);
            return self.call_native(f, a).map(Some);
        }

        // Collect the arguments off the stack.
        let mut drained: SmallVec<[ObjRef; 8]> = SmallVec::new();
        let mut saw_null = false;
        for v in self.stack.drain(args_start..) {
            match v {
                Some(v) => drained.push(v),
                None => saw_null = true,
            }
        }
        if saw_null {
            return Err(self.type_error("NULL argument"));
        }
        let mut kw = Vec::new();
        if nkw > 0 {
            let names: Vec<ObjRef> = kwnames
                .as_ref()
                .and_then(|k| k.var_items::<PyTuple>().map(|t| t.to_vec()))
                .unwrap_or_default();
            let values: Vec<ObjRef> = drained.drain(drained.len() - nkw..).collect();
            kw = names.into_iter().zip(values).collect();
        }
        match callable.kind() {
            Kind::Function => {
                self.push_function_frame(&callable, &drained, kw, ret_sp, false)?;
                Ok(None)
            }
            Kind::Native => {
                let n = callable
                    .downcast::<PyNative>()
                    .map(|n| (n.func, n.self_obj.clone(), needs_receiver_check(n)));
                let Some((f, self_obj, check)) = n else {
                    return Err(self.type_error("bad native"));
                };
                self.stack.truncate(ret_sp);
                if check {
                    self.check_native_receiver(&callable, &drained)?;
                }
                let mut a = Args {
                    pos: SmallVec::new(),
                    kw,
                };
                if let Some(s) = self_obj {
                    a.pos.push(s);
                }
                a.pos.extend(drained);
                drop(callable);
                self.call_native(f, a).map(Some)
            }
            Kind::BoundMethod => {
                let (f, s) = match callable.downcast::<PyBoundMethod>() {
                    Some(m) => (m.func.clone(), m.self_obj.clone()),
                    None => return Err(self.type_error("bad method")),
                };
                let mut all = Vec::with_capacity(drained.len() + 1);
                all.push(s);
                all.extend(drained);
                if f.kind() == Kind::Function {
                    self.push_function_frame(&f, &all, kw, ret_sp, false)?;
                    return Ok(None);
                }
                self.stack.truncate(ret_sp);
                self.call(&f, &all, Some(kw)).map(Some)
            }
            Kind::Type if callable.is_type(&self.types.type_) && self.is_heap_type(&callable) => {
                // A class (whose metaclass is `type`): a Python `__init__`
                // runs as a frame of this dispatch loop, and its return
                // becomes the new instance (see `Frame::init_self`).
                self.stack.truncate(ret_sp);
                match self.construct(&callable, &drained, kw)? {
                    Constructed::Done(obj) => Ok(Some(obj)),
                    Constructed::Init { obj, init, kw } => {
                        let mut all: SmallVec<[ObjRef; 8]> = SmallVec::new();
                        all.push(obj.clone());
                        all.extend(drained);
                        self.push_function_frame(&init, &all, kw, ret_sp, false)?;
                        if let Some(f) = self.frames.last_mut() {
                            f.on_return = OnReturn::Init(obj);
                            f.plain = false;
                        }
                        Ok(None)
                    }
                }
            }
            _ => {
                self.stack.truncate(ret_sp);
                self.call(&callable, &drained, Some(kw)).map(Some)
            }
        }
    }
}
