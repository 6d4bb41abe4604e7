//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and the
//! LOAD_METHOD shortcut that avoids creating bound-method objects.

use super::Vm;
use crate::heap::{self, Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::exception::PyException;
use crate::objects::function::{PyBoundMethod, PyFunction};
use crate::objects::instance::Inline;
use crate::objects::module::PyModule;
use crate::objects::native::PyNative;
use crate::objects::typeobj::PyType;

impl Vm {
    /// Binds a function found on a type to `obj` (a method).
    fn bind(&self, func: ObjRef, obj: &ObjRef) -> ObjRef {
        match func.kind() {
            Kind::Native => {
                let n = match func.downcast::<PyNative>() {
                    Some(n) => n,
                    None => return func,
                };
                if n.owner.is_some() && n.self_obj.is_none() {
                    heap::alloc_object(
                        &self.types.builtin_function,
                        PyNative {
                            name: n.name,
                            func: n.func,
                            owner: n.owner,
                            self_obj: Some(obj.clone()),
                            module: None,
                            class_method: n.class_method,
                            owner_type: n.owner_type.clone(),
                        },
                    )
                } else {
                    func
                }
            }
            Kind::Function => heap::alloc_object(
                &self.types.method,
                PyBoundMethod {
                    func,
                    self_obj: obj.clone(),
                },
            ),
            _ => func,
        }
    }

    /// `obj.name`; an AttributeError it raises names `name` and `obj`.
    pub fn getattr(&mut self, obj: &ObjRef, name: &ObjRef) -> PyResult {
        self.getattr_plain(obj, name)
            .map_err(|e| self.attribute_error_context(e, obj, name))
    }

    /// `obj.name` without the AttributeError context: for callers that
    /// only test for the error (`hasattr`, `getattr` with a default).
    pub fn getattr_plain(&mut self, obj: &ObjRef, name: &ObjRef) -> PyResult {
        if obj.flags() & heap::flags::SUBCLASS != 0 {
            match self.generic_getattr(obj, name) {
                // The number attributes that are not in the type's dict
                // (`real`, `imag`, `numerator`, `denominator`).
                Err(e)
                    if matches!(
                        obj.kind(),
                        Kind::Int | Kind::BigInt | Kind::Float | Kind::Property
                    ) && self.isinstance(&e.0, &self.exc.attribute_error.clone()) => {}
                r => return r,
            }
        }
        match obj.kind() {
            Kind::Instance => return self.generic_getattr(obj, name),
            Kind::WeakRef => {
                if let Some(w) = obj.downcast::<crate::objects::weakref::PyWeakRef>() {
                    if w.proxy {
                        let target = crate::modules::weakref::proxy_target(self, obj)?;
                        return self.getattr(&target, name);
                    }
                    if name.as_str() == Some("__callback__") {
                        let cb = w.callback.borrow().clone();
                        return Ok(cb.unwrap_or_else(|| self.none()));
                    }
                }
            }
            Kind::Exception if self.is_heap_type(&obj.type_of()) => {
                if let Some(v) = self.exception_attr_public(obj, name)? {
                    return Ok(v);
                }
                return match self.generic_getattr(obj, name) {
                    // The attributes of the built-in base (`name` of an
                    // AttributeError, `errno` of an OSError) have defaults.
                    Err(e) if self.isinstance(&e.0, &self.exc.attribute_error.clone()) => {
                        let n = name.as_str().unwrap_or("");
                        self.exception_attr(obj, n).ok_or(e)
                    }
                    r => r,
                };
            }
            Kind::Super => {
                if let Some(v) = self.super_getattr(obj, name)? {
                    return Ok(v);
                }
            }
            // The data descriptors of `type` win over class attributes.
            Kind::Type
                if matches!(
                    name.as_str(),
                    Some("__dict__" | "__name__" | "__qualname__" | "__mro__" | "__bases__")
                        | Some("__base__" | "__class__" | "__doc__")
                ) =>
            {
                if let Some(v) = self.type_special_attr(obj, name.as_str().unwrap_or("")) {
                    return Ok(v);
                }
            }
            Kind::Type if !obj.is_type(&self.types.type_) => {
                // A class with a metaclass: the metaclass's properties first.
                if let Some(v) = self.metaclass_data_attr(obj, name)? {
                    return Ok(v);
                }
                if self.is_heap_type(obj)
                    && let Some(v) = self.class_getattr(obj, name)?
                {
                    return Ok(v);
                }
            }
            Kind::Type if self.is_heap_type(obj) => {
                if let Some(v) = self.class_getattr(obj, name)? {
                    return Ok(v);
                }
            }
            Kind::Generator => {
                if let Some(g) = obj.downcast::<crate::objects::generator::PyGenerator>() {
                    match name.as_str() {
                        Some("__name__") => return Ok(g.name.clone()),
                        Some("__qualname__") => return Ok(g.qualname.clone()),
                        Some("gi_running") => return Ok(self.new_bool(g.running.get())),
                        Some("gi_code") => return Ok(g.code.clone()),
                        Some("gi_frame") => return Ok(self.generator_frame(obj)),
                        Some("gi_yieldfrom") => {
                            // Suspended at the YIELD_VALUE of a `yield from`
                            // loop (SEND; YIELD_VALUE): the delegate is on top.
                            use crate::compiler::opcode::Op;
                            let sub = g.frame.try_borrow().ok().and_then(|f| {
                                let f = f.as_ref()?;
                                let q = &f.code.quick;
                                let at = |i: usize| q.get(i).map(|x| x.op);
                                let in_yield_from = !g.running.get()
                                    && f.ip >= 2
                                    && at(f.ip - 1) == Some(Op::YieldValue)
                                    && at(f.ip - 2) == Some(Op::Send);
                                if in_yield_from {
                                    f.values.last().cloned().flatten()
                                } else {
                                    None
                                }
                            });
                            return Ok(sub.unwrap_or_else(|| self.none()));
                        }
                        Some("gi_suspended") => {
                            let suspended = !g.running.get()
                                && g.started.get()
                                && g.frame.try_borrow().is_ok_and(|f| f.is_some());
                            return Ok(self.new_bool(suspended));
                        }
                        _ => {}
                    }
                }
            }
            Kind::Frame => {
                if let Some(v) = self.frame_getattr(obj, name.as_str().unwrap_or(""))? {
                    return Ok(v);
                }
            }
            Kind::Code => {
                if let Some(v) = self.code_attr(obj, name.as_str().unwrap_or("")) {
                    return Ok(v);
                }
            }
            Kind::Member => {
                if let Some(v) = self.member_attr(obj, name.as_str().unwrap_or("")) {
                    return Ok(v);
                }
            }
            Kind::Property | Kind::StaticMethod | Kind::ClassMethod => {
                if let Some(v) = self.descriptor_attr(obj, name.as_str().unwrap_or("")) {
                    return Ok(v);
                }
            }
            _ => {}
        }
        let n = name.as_str().unwrap_or("");
        match obj.kind() {
            Kind::Module => {
                let d = obj.downcast::<PyModule>().map(|m| m.dict.clone());
                if let Some(d) = d {
                    if let Some(v) = self.dict_get_str(&d, name) {
                        return Ok(v);
                    }
                    if n == "__dict__" {
                        return Ok(d);
                    }
                    // PEP 562: a module-level `__getattr__` answers misses.
                    let hook = self.intern("__getattr__");
                    if let Some(f) = self.dict_get_str(&d, &hook) {
                        return self.call(&f, std::slice::from_ref(name), None);
                    }
                    let k = self.intern("__name__");
                    let mname = self
                        .dict_get_str(&d, &k)
                        .and_then(|m| m.as_str().map(str::to_string))
                        .unwrap_or_else(|| "?".into());
                    return Err(self.module_attr_error(&mname, n));
                }
            }
            Kind::Type => {
                if let Some(v) = self.type_special_attr(obj, n) {
                    return Ok(v);
                }
                if let Some(v) = self.type_lookup(obj, name) {
                    if let Some(nat) = v.downcast::<PyNative>()
                        && nat.class_method
                    {
                        return Ok(self.bind(v.clone(), obj));
                    }
                    if let Some(sm) = v.downcast::<crate::objects::descriptor::PyStaticMethod>() {
                        return Ok(sm.func.clone());
                    }
                    if v.kind() == Kind::ClassMethod {
                        return self.descriptor_get(v, None, obj);
                    }
                    return Ok(v);
                }
                if let Some(v) = self.metaclass_getattr(obj, name)? {
                    return Ok(v);
                }
                let err = self.no_attribute(obj, n);
                return self.metaclass_getattr_hook(obj, name, err);
            }
            Kind::Function => {
                if let Some(v) = self.function_attr(obj, n) {
                    return Ok(v);
                }
            }
            Kind::Cell if n == "cell_contents" => {
                let v = obj
                    .downcast::<crate::objects::cell::PyCell>()
                    .and_then(|c| c.value.borrow().clone());
                return v.ok_or_else(|| self.value_error("Cell is empty"));
            }
            Kind::Exception => {
                if let Some(v) = self.exception_attr(obj, n) {
                    return Ok(v);
                }
            }
            Kind::BoundMethod => {
                if let Some(m) = obj.downcast::<PyBoundMethod>() {
                    match n {
                        "__func__" => return Ok(m.func.clone()),
                        "__self__" => return Ok(m.self_obj.clone()),
                        _ => {
                            let f = m.func.clone();
                            if let Ok(v) = self.getattr(&f, name) {
                                return Ok(v);
                            }
                        }
                    }
                }
            }
            Kind::Native => {
                if let Some(nat) = obj.downcast::<PyNative>() {
                    match n {
                        "__name__" => return Ok(self.new_str(nat.name)),
                        "__qualname__" => {
                            return Ok(match nat.owner {
                                Some(owner) => self.new_str(&format!("{owner}.{}", nat.name)),
                                None => self.new_str(nat.name),
                            });
                        }
                        // An unbound method descriptor (`list.append`) has none.
                        "__module__" if nat.owner.is_none() || nat.self_obj.is_some() => {
                            return Ok(match nat.module {
                                Some(m) => self.new_str(m),
                                None => self.none(),
                            });
                        }
                        "__self__" => {
                            return Ok(nat.self_obj.clone().unwrap_or_else(|| self.none()));
                        }
                        "__doc__" => return Ok(self.none()),
                        "__get__" if super::receiver::needs_receiver_check(nat) => {
                            let f = crate::builtins::new_native(
                                self,
                                "__get__",
                                super::receiver::native_descriptor_get,
                                None,
                            );
                            return Ok(self.bind_native_fn(&f, obj));
                        }
                        _ => {}
                    }
                }
            }
            Kind::Int | Kind::BigInt | Kind::Float => match n {
                "real" | "numerator" if !(n == "numerator" && obj.kind() == Kind::Float) => {
                    return if obj.is_type(&self.types.float) || obj.is_type(&self.types.int) {
                        Ok(obj.clone())
                    } else if let Some(f) = obj.downcast::<crate::objects::float::PyFloat>() {
                        // A float subclass's real part is a plain float.
                        Ok(self.new_float(f.value))
                    } else {
                        let v = crate::vm::ops::as_bigint(obj).unwrap_or_default();
                        Ok(self.new_bigint(v))
                    };
                }
                "imag" => {
                    return Ok(if obj.kind() == Kind::Float {
                        self.new_float(0.0)
                    } else {
                        self.new_int(0)
                    });
                }
                "denominator" if obj.kind() != Kind::Float => return Ok(self.new_int(1)),
                _ => {}
            },
            Kind::Range => {
                if let Some(r) = obj.downcast::<crate::objects::range::PyRange>() {
                    let v = match n {
                        "start" => Some(r.start),
                        "stop" => Some(r.stop),
                        "step" => Some(r.step),
                        _ => None,
                    };
                    if let Some(v) = v {
                        return Ok(self.new_i128(v));
                    }
                }
            }
            Kind::MemoryView => {
                if let Some(v) = self.memoryview_attr(obj, n)? {
                    return Ok(v);
                }
            }
            Kind::Iter if n == "mapping" => {
                if let Some((d, _)) = super::views::view_parts(obj) {
                    return Ok(self.new_mappingproxy(d));
                }
            }
            Kind::Slice => {
                if let Some(s) = obj.downcast::<crate::objects::slice::PySlice>() {
                    match n {
                        "start" => return Ok(s.start.clone()),
                        "stop" => return Ok(s.stop.clone()),
                        "step" => return Ok(s.step.clone()),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        if n == "__class__" {
            return Ok(obj.type_of());
        }
        let ty = obj.type_of();
        if let Some(v) = self.type_lookup(&ty, name) {
            return Ok(self.bind(v, obj));
        }
        Err(self.no_attribute(obj, n))
    }

    /// LOAD_METHOD: `(Some(function), obj)` when `name` is a plain method
    /// found on the type, else `(None, obj.name)`.
    pub fn load_method(
        &mut self,
        obj: &ObjRef,
        name: &ObjRef,
    ) -> PyResult<(Option<ObjRef>, ObjRef)> {
        self.load_method_plain(obj, name)
            .map_err(|e| self.attribute_error_context(e, obj, name))
    }

    /// [`Vm::load_method`] without the AttributeError context.
    fn load_method_plain(
        &mut self,
        obj: &ObjRef,
        name: &ObjRef,
    ) -> PyResult<(Option<ObjRef>, ObjRef)> {
        if obj.kind() == Kind::Instance || obj.flags() & heap::flags::SUBCLASS != 0 {
            let ty = obj.type_of();
            if let Some(f) = self.type_lookup(&ty, name)
                && (f.kind() == Kind::Function
                    || f.downcast::<PyNative>().is_some_and(|n| {
                        n.owner.is_some() && n.self_obj.is_none() && !n.class_method
                    }))
            {
                let shadowed = match crate::objects::instance::get(obj, name) {
                    Inline::Value(_) => true,
                    Inline::Absent => false,
                    Inline::Dict => match self.instance_dict(obj, false) {
                        Some(d) => self.dict_get_str(&d, name).is_some(),
                        None => false,
                    },
                };
                let ga = self.names.getattribute.clone();
                let custom =
                    matches!(self.type_lookup(&ty, &ga), Some(g) if g.kind() == Kind::Function);
                if !shadowed && !custom {
                    return Ok((Some(f), obj.clone()));
                }
            }
            let v = self.generic_getattr(obj, name)?;
            return Ok((None, v));
        }
        if obj.kind() == Kind::Super
            && let Some(f) = self.super_method(obj, name)
        {
            return Ok(f);
        }
        if type_attribute_wins(obj.kind()) {
            let ty = obj.type_of();
            if let Some(v) = self.type_lookup(&ty, name) {
                let is_method = match v.downcast::<PyNative>() {
                    Some(n) => n.owner.is_some() && n.self_obj.is_none() && !n.class_method,
                    None => false,
                };
                if is_method {
                    return Ok((Some(v), obj.clone()));
                }
                return Ok((None, self.bind(v, obj)));
            }
        }
        let v = self.getattr(obj, name)?;
        Ok((None, v))
    }

    /// LOAD_METHOD on `super()` bound to an instance, when the attribute
    /// found is a plain Python function: the function and the instance,
    /// without the bound method `getattr` would make for the call.
    fn super_method(&mut self, sup: &ObjRef, name: &ObjRef) -> Option<(Option<ObjRef>, ObjRef)> {
        let s = sup.downcast::<crate::objects::descriptor::PySuper>()?;
        if s.obj.kind() == Kind::Type || s.obj.is(&self.none) || name.as_str() == Some("__class__")
        {
            return None;
        }
        let f = self.super_lookup(s, name)?;
        if f.kind() != Kind::Function {
            return None;
        }
        Some((Some(f), s.obj.clone()))
    }

    fn type_special_attr(&mut self, ty: &ObjRef, n: &str) -> Option<ObjRef> {
        let t = ty.downcast::<PyType>()?;
        Some(match n {
            "__name__" => {
                let s = t.name.borrow().clone();
                self.new_str(&s)
            }
            "__qualname__" => {
                let s = t.qualname.borrow().clone();
                self.new_str(&s)
            }
            "__mro__" => {
                let m = t.mro.borrow().clone();
                self.new_tuple(m)
            }
            "mro" => {
                let f = crate::builtins::new_native(self, "mro", type_mro, None);
                return Some(self.bind_native_fn(&f, ty));
            }
            "__subclasses__" => {
                let f = crate::builtins::new_native(
                    self,
                    "__subclasses__",
                    super::subclasses::type_subclasses,
                    None,
                );
                return Some(self.bind_native_fn(&f, ty));
            }
            "__base__" => t.base.clone().unwrap_or_else(|| self.none()),
            "__bases__" => match &*t.bases.borrow() {
                Some(b) => b.clone(),
                None => match &t.base {
                    Some(b) => self.new_tuple(vec![b.clone()]),
                    None => self.empty_tuple.clone(),
                },
            },
            "__dict__" => self.new_mappingproxy(t.dict.clone()),
            "__module__" => {
                let m = self.type_module_name(ty);
                self.new_str(&m)
            }
            "__class__" => ty.type_of(),
            "__doc__" => {
                let d = t.dict.clone();
                let k = self.intern("__doc__");
                self.dict_get_str(&d, &k).unwrap_or_else(|| self.none())
            }
            _ => return None,
        })
    }

    fn function_attr(&mut self, f: &ObjRef, n: &str) -> Option<ObjRef> {
        let func = f.downcast::<PyFunction>()?;
        Some(match n {
            "__name__" => func.name.borrow().clone(),
            "__qualname__" => func.qualname.borrow().clone(),
            "__doc__" => func.doc.borrow().clone(),
            "__module__" => func.module.borrow().clone(),
            "__defaults__" => func
                .defaults
                .borrow()
                .clone()
                .unwrap_or_else(|| self.none()),
            "__kwdefaults__" => func
                .kwdefaults
                .borrow()
                .clone()
                .unwrap_or_else(|| self.none()),
            "__code__" => func.code.clone(),
            "__get__" => self.bound_native(f, "__get__", function_dunder_get),
            "__call__" => self.bound_native(f, "__call__", function_dunder_call),
            "__globals__" => func.globals.clone(),
            "__closure__" => func.closure.clone().unwrap_or_else(|| self.none()),
            "__annotations__" => {
                let existing = func.annotations.borrow().clone();
                match existing {
                    Some(a) => a,
                    None => {
                        let d = self.new_dict();
                        *func.annotations.borrow_mut() = Some(d.clone());
                        d
                    }
                }
            }
            "__dict__" => {
                let existing = func.dict.borrow().clone();
                match existing {
                    Some(d) => d,
                    None => {
                        let d = self.new_dict();
                        *func.dict.borrow_mut() = Some(d.clone());
                        d
                    }
                }
            }
            _ => {
                let d = func.dict.borrow().clone()?;
                let k = self.intern(n);
                return self.dict_get_str(&d, &k);
            }
        })
    }

    /// Exception attributes that live in the payload (args, __cause__ ...),
    /// or in the instance dict.
    pub fn exception_attr_public(&mut self, e: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
        let n = name.as_str().unwrap_or("");
        if matches!(
            n,
            "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__"
        ) {
            return Ok(self.exception_attr(e, n));
        }
        Ok(None)
    }

    pub(crate) fn descriptor_attr(&mut self, d: &ObjRef, n: &str) -> Option<ObjRef> {
        use crate::objects::descriptor::{PyClassMethod, PyProperty, PyStaticMethod};
        match d.kind() {
            Kind::Property => {
                let p = d.downcast::<PyProperty>()?;
                match n {
                    "fget" => Some(p.fget.borrow().clone()),
                    "fset" => Some(p.fset.borrow().clone()),
                    "fdel" => Some(p.fdel.borrow().clone()),
                    "__doc__" => Some(p.doc.borrow().clone()),
                    "__isabstractmethod__" => {
                        let fs = [
                            p.fget.borrow().clone(),
                            p.fset.borrow().clone(),
                            p.fdel.borrow().clone(),
                        ];
                        let r = fs.iter().any(|f| self.is_abstract(f));
                        Some(self.new_bool(r))
                    }
                    _ => None,
                }
            }
            Kind::StaticMethod => match n {
                "__func__" => d.downcast::<PyStaticMethod>().map(|s| s.func.clone()),
                "__isabstractmethod__" => {
                    let f = d.downcast::<PyStaticMethod>()?.func.clone();
                    let r = self.is_abstract(&f);
                    Some(self.new_bool(r))
                }
                _ => None,
            },
            Kind::ClassMethod => match n {
                "__func__" => d.downcast::<PyClassMethod>().map(|s| s.func.clone()),
                "__isabstractmethod__" => {
                    let f = d.downcast::<PyClassMethod>()?.func.clone();
                    let r = self.is_abstract(&f);
                    Some(self.new_bool(r))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `f.__isabstractmethod__` is true (errors count as false).
    fn is_abstract(&mut self, f: &ObjRef) -> bool {
        if f.is(&self.none) {
            return false;
        }
        let k = self.intern("__isabstractmethod__");
        match self.getattr(f, &k) {
            Ok(v) => self.truthy(&v).unwrap_or(false),
            Err(_) => false,
        }
    }

    fn exception_attr(&mut self, e: &ObjRef, n: &str) -> Option<ObjRef> {
        let ex = e.downcast::<PyException>()?;
        Some(match n {
            "args" => ex.args.borrow().clone(),
            "__cause__" => ex.cause.borrow().clone().unwrap_or_else(|| self.none()),
            "__context__" => ex.context.borrow().clone().unwrap_or_else(|| self.none()),
            "__suppress_context__" => self.new_bool(ex.suppress_context.get()),
            "__traceback__" => self.traceback_of(e),
            _ => {
                if let Some(v) = self.exception_get_attr(e, n) {
                    return Some(v);
                }
                // Attributes CPython defines on specific exception classes.
                let first_arg = || {
                    let a = ex.args.borrow().clone();
                    a.var_items::<crate::objects::tuple::PyTuple>()
                        .and_then(|t| t.first().cloned())
                };
                match n {
                    "code" if self.isinstance(e, &self.exc.system_exit.clone()) => {
                        // All the args when there are several, as CPython.
                        let args = ex.args.borrow().clone();
                        match args.var_items::<crate::objects::tuple::PyTuple>() {
                            Some(items) if items.len() > 1 => args.clone(),
                            _ => first_arg().unwrap_or_else(|| self.none()),
                        }
                    }
                    "value" if self.isinstance(e, &self.exc.stop_iteration.clone()) => {
                        first_arg().unwrap_or_else(|| self.none())
                    }
                    "name" | "obj" if self.isinstance(e, &self.exc.attribute_error.clone()) => self
                        .attribute_error_field(e, n)
                        .unwrap_or_else(|| self.none()),
                    "name"
                        if self.isinstance(e, &self.exc.name_error.clone())
                            || self.isinstance(e, &self.exc.import_error.clone()) =>
                    {
                        self.none()
                    }
                    "encoding" | "object" | "start" | "end" | "reason" => {
                        return self.unicode_error_attr(e, n);
                    }
                    "path" if self.isinstance(e, &self.exc.import_error.clone()) => self.none(),
                    // ImportError.msg: the message when given alone.
                    "msg" if self.isinstance(e, &self.exc.import_error.clone()) => {
                        let args = ex.args.borrow().clone();
                        match args.var_items::<crate::objects::tuple::PyTuple>() {
                            Some([only]) => only.clone(),
                            _ => self.none(),
                        }
                    }
                    "errno" | "strerror" | "filename" | "filename2"
                        if self.isinstance(e, &self.exc.os_error.clone()) =>
                    {
                        self.none()
                    }
                    _ => return None,
                }
            }
        })
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &ObjRef, name: &ObjRef, value: ObjRef) -> PyResult<()> {
        if obj
            .downcast::<crate::objects::weakref::PyWeakRef>()
            .is_some_and(|w| w.proxy)
        {
            let target = crate::modules::weakref::proxy_target(self, obj)?;
            return self.setattr(&target, name, value);
        }
        let n = name.as_str().unwrap_or("");
        if obj.kind() == Kind::Instance
            || obj.flags() & heap::flags::SUBCLASS != 0
            || (obj.kind() == Kind::Exception
                && self.is_heap_type(&obj.type_of())
                && !matches!(
                    n,
                    "args" | "__cause__" | "__context__" | "__suppress_context__"
                ))
        {
            return self.generic_setattr(obj, name, Some(value));
        }
        match obj.kind() {
            Kind::Module => {
                if let Some(m) = obj.downcast::<PyModule>() {
                    let d = m.dict.clone();
                    self.dict_set_str(&d, name, value);
                    return Ok(());
                }
            }
            Kind::Function => {
                if let Some(f) = obj.downcast::<PyFunction>() {
                    match n {
                        "__name__" => *f.name.borrow_mut() = value,
                        "__qualname__" => *f.qualname.borrow_mut() = value,
                        "__doc__" => *f.doc.borrow_mut() = value,
                        "__module__" => *f.module.borrow_mut() = value,
                        "__defaults__" => {
                            *f.defaults.borrow_mut() = if value.is(&self.none) {
                                None
                            } else {
                                Some(value)
                            }
                        }
                        "__kwdefaults__" => {
                            *f.kwdefaults.borrow_mut() = if value.is(&self.none) {
                                None
                            } else {
                                Some(value)
                            }
                        }
                        _ => {
                            let existing = f.dict.borrow().clone();
                            let d = match existing {
                                Some(d) => d,
                                None => {
                                    let d = self.new_dict();
                                    *f.dict.borrow_mut() = Some(d.clone());
                                    d
                                }
                            };
                            self.dict_set_str(&d, name, value);
                        }
                    }
                    return Ok(());
                }
            }
            Kind::Exception => {
                if let Some(e) = obj.downcast::<PyException>() {
                    match n {
                        "args" => {
                            let items = self.collect_iterable(&value)?;
                            let t = self.new_tuple(items);
                            *e.args.borrow_mut() = t;
                        }
                        "__cause__" | "__context__"
                            if !value.is(&self.none)
                                && !self.isinstance(&value, &self.exc.base_exception.clone()) =>
                        {
                            let what = if n == "__cause__" { "cause" } else { "context" };
                            return Err(self.type_error(format!(
                                "exception {what} must be None or derive from BaseException"
                            )));
                        }
                        "__cause__" => {
                            *e.cause.borrow_mut() = if value.is(&self.none) {
                                None
                            } else {
                                Some(value)
                            };
                            e.suppress_context.set(true);
                        }
                        "__context__" => {
                            *e.context.borrow_mut() = if value.is(&self.none) {
                                None
                            } else {
                                Some(value)
                            }
                        }
                        "__suppress_context__" => {
                            let b = self.truthy(&value)?;
                            e.suppress_context.set(b);
                        }
                        // C-level Py_ssize_t members of the Unicode errors.
                        "start" | "end"
                            if !matches!(value.kind(), Kind::Int | Kind::BigInt)
                                && self.unicode_error_attr(obj, n).is_some() =>
                        {
                            return Err(self.type_error("an integer is required"));
                        }
                        _ => self.exception_set_attr(obj, name, value),
                    }
                    return Ok(());
                }
            }
            Kind::Type => {
                if let Some(t) = obj.downcast::<PyType>() {
                    if t.flags.get() & crate::objects::typeobj::type_flags::HEAPTYPE != 0 {
                        if n == "__del__" {
                            // Instances made from now on are finalized (subclasses
                            // made earlier keep what they had, a simplification).
                            t.flags.set(
                                t.flags.get() | crate::objects::typeobj::type_flags::HAS_FINALIZER,
                            );
                        }
                        if matches!(n, "__name__" | "__qualname__") && value.as_str().is_none() {
                            return Err(self.type_error(format!(
                                "can only assign string to {}.{n}, not '{}'",
                                t.name.borrow(),
                                self.type_name(&value)
                            )));
                        }
                        if let ("__name__" | "__qualname__", Some(s)) = (n, value.as_str()) {
                            let field = if n == "__name__" {
                                &t.name
                            } else {
                                &t.qualname
                            };
                            *field.borrow_mut() = s.to_string();
                            return Ok(());
                        }
                        if n == "__abstractmethods__" {
                            // Instantiation is refused while it is non-empty.
                            let abstract_ = self.truthy(&value)?;
                            let f = crate::objects::typeobj::type_flags::ABSTRACT;
                            t.flags.set(if abstract_ {
                                t.flags.get() | f
                            } else {
                                t.flags.get() & !f
                            });
                        }
                        let d = t.dict.clone();
                        self.dict_set_str(&d, name, value);
                        return Ok(());
                    }
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        n,
                        t.name.borrow()
                    )));
                }
            }
            _ => {}
        }
        if let Some(msg) = self.readonly_data_attr(obj, n) {
            return Err(self.new_error(&self.exc.attribute_error, msg));
        }
        if self.type_lookup(&obj.type_of(), name).is_some() {
            return Err(self.new_error(
                &self.exc.attribute_error,
                format!(
                    "'{}' object attribute '{}' is read-only",
                    self.type_name(obj),
                    n
                ),
            ));
        }
        Err(self.no_attribute(obj, n))
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &ObjRef, name: &ObjRef) -> PyResult<()> {
        if let Some(t) = crate::modules::weakref::unproxy(self, obj)? {
            return self.delattr(&t, name);
        }
        let n = name.as_str().unwrap_or("");
        if obj.kind() == Kind::Instance
            || obj.flags() & heap::flags::SUBCLASS != 0
            || (obj.kind() == Kind::Exception && self.is_heap_type(&obj.type_of()))
        {
            return self.generic_setattr(obj, name, None);
        }
        if obj.kind() == Kind::Type && self.is_heap_type(obj) {
            if let Some(t) = obj.downcast::<PyType>() {
                if n == "__abstractmethods__" {
                    let f = crate::objects::typeobj::type_flags::ABSTRACT;
                    t.flags.set(t.flags.get() & !f);
                }
                let d = t.dict.clone();
                if self.dict_del_str(&d, name).is_some() {
                    return Ok(());
                }
            }
            return Err(self.no_attribute(obj, n));
        }
        let dict = match obj.kind() {
            Kind::Module => obj.downcast::<PyModule>().map(|m| m.dict.clone()),
            Kind::Function => obj
                .downcast::<PyFunction>()
                .and_then(|f| f.dict.borrow().clone()),
            Kind::Exception => obj
                .downcast::<PyException>()
                .and_then(|e| e.dict.borrow().clone()),
            _ => None,
        };
        if let Some(d) = dict
            && self.dict_del_str(&d, name).is_some()
        {
            return Ok(());
        }
        if let Some(msg) = self.readonly_data_attr(obj, n) {
            return Err(self.new_error(&self.exc.attribute_error, msg));
        }
        Err(self.no_attribute(obj, n))
    }

    /// The error for assigning or deleting a read-only data attribute of a
    /// built-in object: `readonly attribute` for member slots (range and
    /// slice bounds), `attribute 'x' of 'T' objects is not writable` for
    /// computed ones (`int.real`, `memoryview.nbytes`, `view.mapping`).
    fn readonly_data_attr(&self, obj: &ObjRef, n: &str) -> Option<String> {
        let computed = match obj.kind() {
            Kind::Range | Kind::Slice if matches!(n, "start" | "stop" | "step") => {
                return Some("readonly attribute".to_string());
            }
            Kind::Int | Kind::BigInt => {
                matches!(n, "real" | "imag" | "numerator" | "denominator")
            }
            Kind::Float => matches!(n, "real" | "imag"),
            Kind::Iter => n == "mapping" && super::views::view_parts(obj).is_some(),
            Kind::MemoryView => crate::objects::memoryview_items::MEMORYVIEW_ATTRS.contains(&n),
            _ => false,
        };
        computed.then(|| {
            format!(
                "attribute '{}' of '{}' objects is not writable",
                n,
                self.type_name(obj)
            )
        })
    }
}

/// `type.mro()`: the MRO as a list.
fn type_mro(vm: &mut Vm, args: crate::objects::native::Args) -> PyResult {
    let Some(t) = args.pos.first().and_then(|t| t.downcast::<PyType>()) else {
        return Err(vm.type_error("mro() needs a type"));
    };
    let m = t.mro.borrow().clone();
    Ok(vm.new_list(m))
}

impl Vm {
    /// A built-in method `name` bound to `obj` (what `f.__get__` and
    /// `f.__call__` give for a Python function).
    fn bound_native(
        &self,
        obj: &ObjRef,
        name: &'static str,
        func: crate::objects::native::NativeFn,
    ) -> ObjRef {
        heap::alloc_object(
            &self.types.builtin_function,
            PyNative {
                name,
                func,
                owner: None,
                owner_type: None,
                self_obj: Some(obj.clone()),
                module: None,
                class_method: false,
            },
        )
    }
}

/// `function.__get__(obj, type=None)`: the function bound to `obj`, or the
/// function itself when `obj` is None.
fn function_dunder_get(
    vm: &mut Vm,
    args: crate::objects::native::Args,
) -> crate::objects::PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("__get__() takes no keyword arguments"));
    }
    let n = args.pos.len().saturating_sub(1);
    if !(1..=2).contains(&n) {
        return Err(vm.type_error(format!("expected 1 or 2 arguments, got {n}")));
    }
    let (func, obj) = (args.pos[0].clone(), args.pos[1].clone());
    let none = vm.none();
    let ty = args.pos.get(2).cloned().unwrap_or_else(|| none.clone());
    if obj.is(&none) && !ty.is(&none) {
        return Ok(func);
    }
    Ok(heap::alloc_object(
        &vm.types.method,
        PyBoundMethod {
            func,
            self_obj: obj,
        },
    ))
}

/// `function.__call__(*args, **kwargs)`.
fn function_dunder_call(
    vm: &mut Vm,
    args: crate::objects::native::Args,
) -> crate::objects::PyResult {
    let func = args.pos[0].clone();
    let kw = if args.kw.is_empty() {
        None
    } else {
        Some(args.kw.clone())
    };
    vm.call(&func, &args.pos[1..], kw)
}

/// Whether objects of `kind` (of a built-in type, not a subclass) have no
/// namespace of their own that could hide what their type defines, so a
/// method found in the type is the attribute.
pub(super) fn type_attribute_wins(kind: Kind) -> bool {
    !matches!(
        kind,
        Kind::Module
            | Kind::Type
            | Kind::Instance
            | Kind::Exception
            | Kind::Function
            | Kind::Super
            | Kind::Property
            | Kind::StaticMethod
            | Kind::ClassMethod
    )
}
