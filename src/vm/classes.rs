//! Classes: `__build_class__`, C3 MRO, instantiation (`__new__` /
//! `__init__`), the descriptor protocol for attribute access on instances
//! and classes, `super()`, and calling dunder methods of user classes.

use super::Vm;
use crate::heap::{self, Kind, ObjRef};
use crate::objects::descriptor::{PyClassMethod, PyProperty, PyStaticMethod, PySuper};
use crate::objects::exception::PyException;
use crate::objects::function::{PyBoundMethod, PyFunction};
use crate::objects::instance::{Inline, PyInstance};
use crate::objects::native::{Args, PyNative};
use crate::objects::typeobj::{PyType, type_flags};
use crate::objects::{PyErr, PyResult};
use std::cell::{Cell, RefCell};

/// A class call after `__new__` (see [`Vm::construct`]).
pub enum Constructed {
    /// The call's result.
    Done(ObjRef),
    /// The new instance, whose Python `__init__` is still to run with the
    /// call's arguments (and these keywords).
    Init {
        /// The instance.
        obj: ObjRef,
        /// The `__init__` function.
        init: ObjRef,
        /// The keyword arguments.
        kw: Vec<(ObjRef, ObjRef)>,
    },
}

impl Vm {
    /// Whether `ty` is a class made by a `class` statement.
    #[inline]
    pub fn is_heap_type(&self, ty: &ObjRef) -> bool {
        ty.downcast::<PyType>()
            .map(|t| t.flags.get() & type_flags::HEAPTYPE != 0)
            .unwrap_or(false)
    }

    /// `__build_class__(func, name, *bases, **kwds)`.
    pub fn build_class(&mut self, args: Args) -> PyResult {
        if args.pos.len() < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let func = args.pos[0].clone();
        let name = args.pos[1].clone();
        let orig_bases: Vec<ObjRef> = args.pos[2..].to_vec();
        let resolved = self.resolve_mro_entries(&orig_bases)?;
        let replaced = resolved.is_some();
        let bases = resolved.unwrap_or_else(|| orig_bases.clone());
        let mut kw = args.kw;
        let mut metaclass = None;
        if let Some(i) = kw.iter().position(|(k, _)| k.as_str() == Some("metaclass")) {
            metaclass = Some(kw.remove(i).1);
        }
        if func.kind() != Kind::Function {
            return Err(self.type_error("__build_class__: func must be a function"));
        }
        let Some(name_s) = name.as_str().map(str::to_string) else {
            return Err(self.type_error("__build_class__: name is not a string"));
        };
        let (meta, ns) = self.prepare_class(metaclass, &name, &bases, &kw)?;
        // Run the class body with the namespace as its locals.
        let base = self.stack.len();
        self.push_function_frame(&func, &[], Vec::new(), base, true)?;
        if let Some(f) = self.frames.last_mut() {
            f.locals = Some(ns.clone());
            f.plain = false;
        }
        let cell = self.run_nested_public()?;
        if replaced {
            // A base replaced through `__mro_entries__` (`list[int]`) is
            // remembered, as CPython does.
            let orig = self.new_tuple(orig_bases);
            let k = self.intern("__orig_bases__");
            self.setitem(&ns, &k, orig)?;
        }
        let bases_tuple = self.new_tuple(bases.clone());
        let cls = if meta.is(&self.types.type_) {
            self.create_class(&name_s, bases, &ns, kw)?
        } else {
            let items = vec![name.clone(), bases_tuple, ns.clone()];
            self.call(&meta, &items, Some(kw))?
        };
        // type.__new__ fills the cell; a metaclass that dropped or reused
        // the namespace's `__classcell__` is an error, as in CPython.
        if let Some(c) = cell.downcast::<crate::objects::cell::PyCell>()
            && cls.kind() == Kind::Type
        {
            match c.get() {
                Some(got) if got.is(&cls) => {}
                Some(got) => {
                    let (got, n, c) = (
                        self.repr_string(&got)?,
                        self.repr_string(&name)?,
                        self.repr_string(&cls)?,
                    );
                    return Err(
                        self.type_error(format!("__class__ set to {got} defining {n} as {c}"))
                    );
                }
                None => {
                    let (n, c) = (self.repr_string(&name)?, self.repr_string(&cls)?);
                    return Err(self.new_error(
                        &self.exc.runtime_error,
                        format!(
                            "__class__ not set defining {n} as {c}. Was __classcell__ propagated to type.__new__?"
                        ),
                    ));
                }
            }
        }
        Ok(cls)
    }

    /// `type(name, bases, ns)`: makes a class.
    pub fn create_class(
        &mut self,
        name: &str,
        bases: Vec<ObjRef>,
        ns: &ObjRef,
        kw: Vec<(ObjRef, ObjRef)>,
    ) -> PyResult {
        let meta = self.types.type_.clone();
        self.create_class_in(&meta, name, bases, ns, kw)
    }

    /// `type.__new__(meta, name, bases, ns)`: makes a class whose class is
    /// `meta`.
    pub fn create_class_in(
        &mut self,
        meta: &ObjRef,
        name: &str,
        bases: Vec<ObjRef>,
        ns: &ObjRef,
        kw: Vec<(ObjRef, ObjRef)>,
    ) -> PyResult {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        for b in &bases {
            let ok = b
                .downcast::<PyType>()
                .map(|t| t.flags.get() & type_flags::BASETYPE != 0)
                .unwrap_or(false);
            if !ok {
                if b.kind() != Kind::Type {
                    return Err(self.type_error("bases must be types"));
                }
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    self.type_name_of_type(b)
                )));
            }
        }
        let dict = self.new_dict();
        for (k, v) in self.dict_items(ns) {
            self.dict_set(&dict, k, v)?;
        }
        let qualname = {
            let k = self.intern("__qualname__");
            match self.dict_del_str(&dict, &k) {
                Some(q) => q.as_str().unwrap_or(name).to_string(),
                None => name.to_string(),
            }
        };
        // The compiler's `__class__` cell: filled in with the new class
        // below, and never a class attribute.
        let k = self.intern("__classcell__");
        let class_cell = self.dict_del_str(&dict, &k);
        if let Some(c) = &class_cell
            && c.downcast::<crate::objects::cell::PyCell>().is_none()
        {
            let t = self.repr_string(&c.type_of())?;
            return Err(self.type_error(format!("__classcell__ must be a nonlocal cell, not {t}")));
        }
        // `type(name, bases, ns)` with no `__module__`: the calling code's
        // module, as CPython takes it from the current globals.
        let module_key = self.intern("__module__");
        if self.dict_get_str(&dict, &module_key).is_none()
            && let Some(globals) = self.frames.last().map(|f| f.globals().clone())
        {
            let name_key = self.intern("__name__");
            if let Some(n) = self.dict_get_str(&globals, &name_key) {
                self.dict_set_str(&dict, &module_key, n);
            }
        }
        // A class defining __eq__ but not __hash__ is unhashable.
        let eq = self.intern("__eq__");
        let hash = self.intern("__hash__");
        if self.dict_get_str(&dict, &eq).is_some() && self.dict_get_str(&dict, &hash).is_none() {
            let none = self.none();
            self.dict_set_str(&dict, &hash, none);
        }
        // __init_subclass__ and __class_getitem__ are implicit classmethods.
        for special in ["__init_subclass__", "__class_getitem__"] {
            let k = self.intern(special);
            if let Some(f) = self.dict_get_str(&dict, &k)
                && f.kind() == Kind::Function
            {
                let cm = heap::alloc_object(&self.types.classmethod, PyClassMethod { func: f });
                self.dict_set_str(&dict, &k, cm);
            }
        }
        let k = self.intern("__new__");
        if let Some(f) = self.dict_get_str(&dict, &k)
            && f.kind() == Kind::Function
        {
            let sm = heap::alloc_object(&self.types.staticmethod, PyStaticMethod { func: f });
            self.dict_set_str(&dict, &k, sm);
        }
        let mut flags = type_flags::HEAPTYPE | type_flags::BASETYPE;
        let exc_base = self.exc.base_exception.clone();
        if bases.iter().any(|b| self.is_subclass(b, &exc_base)) {
            flags |= type_flags::EXCEPTION;
        }
        let layout = self.slot_layout(name, &bases, &dict)?;
        let first = bases[0].clone();
        let bases_tuple = self.new_tuple(bases.clone());
        super::typecache::mark_new_class(&dict);
        let cls = heap::alloc_object(
            meta,
            PyType {
                name: RefCell::new(name.to_string()),
                qualname: RefCell::new(qualname),
                base: Some(first),
                bases: RefCell::new(Some(bases_tuple)),
                mro: RefCell::new(Vec::new()),
                dict,
                flags: Cell::new(flags),
                constructor: Cell::new(None),
                version_stamp: Cell::new((0, 0, 0)),
                nslots: Cell::new(0),
                inline_keys: RefCell::new(Vec::new()),
            },
        );
        self.install_slots(&cls, layout)?;
        if let Some(c) = &class_cell
            && let Some(c) = c.downcast::<crate::objects::cell::PyCell>()
        {
            c.set(Some(cls.clone()));
        }
        let mro = self.c3_mro(&cls, &bases)?;
        self.register_subclass(&cls, &bases);
        let del = self.intern("__del__");
        let finalizer = mro.iter().any(|t| {
            t.downcast::<PyType>()
                .map(|pt| pt.dict.clone())
                .is_some_and(|d| self.dict_get_str(&d, &del).is_some())
        });
        if let Some(t) = cls.downcast::<PyType>() {
            *t.mro.borrow_mut() = mro;
            if finalizer {
                t.flags.set(t.flags.get() | type_flags::HAS_FINALIZER);
            }
        }
        // __set_name__ on descriptors, then __init_subclass__ of the parent.
        for (k, v) in self.dict_items(ns) {
            // property.__set_name__, without the call.
            if let Some(p) = v.downcast::<PyProperty>()
                && k.kind() == Kind::Str
            {
                *p.name.borrow_mut() = Some(k.clone());
            }
            if v.kind() == Kind::Instance {
                let sn = self.intern("__set_name__");
                if let Some(f) = self.type_lookup(&v.type_of(), &sn)
                    && let Err(err) = self.call(&f, &[v.clone(), cls.clone(), k.clone()], None)
                {
                    // 3.11 wraps the error, with it as cause and context.
                    let kr = self.repr_string(&k)?;
                    let msg = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        self.type_name(&v),
                        kr,
                        self.type_name_of_type(&cls)
                    );
                    let wrapped = self.new_error(&self.exc.runtime_error, msg);
                    if let Some(e) = wrapped.0.downcast::<PyException>() {
                        *e.cause.borrow_mut() = Some(err.0.clone());
                        *e.context.borrow_mut() = Some(err.0.clone());
                        e.suppress_context.set(true);
                    }
                    return Err(wrapped);
                }
            }
        }
        let sup = self.new_super(cls.clone(), cls.clone(), cls.clone());
        let k = self.intern("__init_subclass__");
        if let Ok(init_sub) = self.getattr(&sup, &k) {
            self.call(&init_sub, &[], Some(kw))?;
        }
        Ok(cls)
    }

    /// The C3 linearization of `cls` with direct `bases`.
    fn c3_mro(&mut self, cls: &ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|x| x.is(b)) {
                let name = self.type_name_of_type(b);
                return Err(self.type_error(format!("duplicate base class {name}")));
            }
        }
        let mut seqs: Vec<Vec<ObjRef>> = bases
            .iter()
            .map(|b| {
                b.downcast::<PyType>()
                    .map(|t| t.mro.borrow().clone())
                    .unwrap_or_default()
            })
            .collect();
        seqs.push(bases.to_vec());
        let mut out = vec![cls.clone()];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut chosen = None;
            for s in &seqs {
                let cand = &s[0];
                if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                    chosen = Some(cand.clone());
                    break;
                }
            }
            let Some(c) = chosen else {
                // CPython names the heads of the sequences left to merge.
                let mut heads: Vec<ObjRef> = Vec::new();
                for s in &seqs {
                    if !heads.iter().any(|h| h.is(&s[0])) {
                        heads.push(s[0].clone());
                    }
                }
                let names: Vec<String> = heads.iter().map(|b| self.type_name_of_type(b)).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for s in seqs.iter_mut() {
                if s[0].is(&c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }

    /// Calls a class made by a `class` statement: `__new__` then `__init__`.
    pub fn call_class(
        &mut self,
        cls: &ObjRef,
        args: &[ObjRef],
        kw: Vec<(ObjRef, ObjRef)>,
    ) -> PyResult {
        match self.construct(cls, args, kw)? {
            Constructed::Done(obj) => Ok(obj),
            Constructed::Init { obj, init, kw } => {
                let mut a: smallvec::SmallVec<[ObjRef; 8]> = smallvec::SmallVec::new();
                a.push(obj.clone());
                a.extend(args.iter().cloned());
                let r = self.call(&init, &a, Some(kw))?;
                self.check_init_result(&r)?;
                Ok(obj)
            }
        }
    }

    /// The TypeError for an `__init__` that returned something else than None.
    pub fn check_init_result(&self, r: &ObjRef) -> PyResult<()> {
        if r.is(&self.none) {
            return Ok(());
        }
        Err(self.type_error(format!(
            "__init__() should return None, not '{}'",
            self.type_name(r)
        )))
    }

    /// The first part of a class call: `__new__`, and any native
    /// `__init__`. A Python `__init__` is left to the caller, which runs it
    /// nested ([`Vm::call_class`]) or as a frame of the running dispatch
    /// loop (a CALL of a class).
    pub fn construct(
        &mut self,
        cls: &ObjRef,
        args: &[ObjRef],
        kw: Vec<(ObjRef, ObjRef)>,
    ) -> PyResult<Constructed> {
        let new_name = self.names.new.clone();
        let init_name = self.names.init.clone();
        let user_new = self
            .type_lookup(cls, &new_name)
            .filter(|n| n.kind() == Kind::StaticMethod);
        // Whether `__new__` is one of Python's, not `object.__new__`.
        let mut python_new = false;
        let obj = match &user_new {
            Some(n) => {
                let f = n
                    .downcast::<PyStaticMethod>()
                    .map(|s| s.func.clone())
                    .unwrap_or_else(|| n.clone());
                let is_object_new = f.downcast::<PyNative>().is_some_and(|nat| {
                    std::ptr::fn_addr_eq(
                        nat.func,
                        crate::builtins::classes::object_new as crate::objects::native::NativeFn,
                    )
                });
                if is_object_new {
                    // object.__new__ itself: allocate without the call.
                    self.default_new(cls, args)?
                } else {
                    python_new = true;
                    let mut a = vec![cls.clone()];
                    a.extend(args.iter().cloned());
                    self.call(&f, &a, Some(kw.clone()))?
                }
            }
            None => self.default_new(cls, args)?,
        };
        if !self.isinstance(&obj, cls) {
            return Ok(Constructed::Done(obj));
        }
        let init = self.type_lookup(cls, &init_name);
        match init {
            Some(f) if f.kind() == Kind::Function => {
                return Ok(Constructed::Init { obj, init: f, kw });
            }
            Some(f) if f.kind() == Kind::Native && !self.is_object_init(&f) => {
                let mut a: smallvec::SmallVec<[ObjRef; 8]> = smallvec::SmallVec::new();
                a.push(obj.clone());
                a.extend(args.iter().cloned());
                self.call(&f, &a, Some(kw))?;
            }
            // Any other object as `__init__` (a property, a callable
            // instance, a staticmethod): bound through its descriptor.
            Some(f) if f.kind() != Kind::Native => {
                let bound = self.descriptor_get(f, Some(&obj), cls)?;
                self.call(&bound, args, Some(kw))?;
            }
            _ => {
                if (!args.is_empty() || !kw.is_empty())
                    && !python_new
                    && !self.is_subclass(cls, &self.exc.base_exception.clone())
                {
                    return Err(self.type_error(format!(
                        "{}() takes no arguments",
                        self.type_name_of_type(cls)
                    )));
                }
            }
        }
        Ok(Constructed::Done(obj))
    }

    fn is_object_init(&self, f: &ObjRef) -> bool {
        f.downcast::<PyNative>()
            .map(|n| n.owner == Some("object"))
            .unwrap_or(false)
    }

    /// `object.__new__(cls)`: allocates an instance with the payload of the
    /// class's built-in base.
    pub fn default_new(&mut self, cls: &ObjRef, args: &[ObjRef]) -> PyResult {
        if self.is_subclass(cls, &self.exc.base_exception.clone()) {
            return Ok(self.new_exception_obj(cls, args.to_vec()));
        }
        let unsupported = cls.downcast::<PyType>().and_then(|t| {
            t.mro
                .borrow()
                .iter()
                .find(|t| !self.is_heap_type(t) && !t.is(&self.types.object))
                .cloned()
        });
        if cls
            .downcast::<PyType>()
            .is_some_and(|t| t.flags.get() & type_flags::ABSTRACT != 0)
        {
            return Err(self.abstract_instantiation_error(cls));
        }
        if unsupported.is_some() {
            // Instances of built-in types' subclasses come from the base's
            // own __new__ (vm::subclass); object.__new__ cannot make them.
            // CPython names the first class whose __new__ is not Python's.
            let mro: Vec<ObjRef> = cls
                .downcast::<PyType>()
                .map(|t| t.mro.borrow().clone())
                .unwrap_or_default();
            let k = self.intern("__new__");
            let mut base = cls.clone();
            for t in mro {
                let own = t.downcast::<PyType>().map(|p| p.dict.clone());
                let python_new = self.is_heap_type(&t)
                    && own.is_some_and(|d| self.dict_get_str(&d, &k).is_some());
                if !python_new {
                    base = t;
                    break;
                }
            }
            let (c, b) = (self.type_name_of_type(cls), self.type_name_of_type(&base));
            return Err(self.type_error(format!(
                "object.__new__({c}) is not safe, use {b}.__new__()"
            )));
        }
        Ok(crate::objects::instance::new_instance(cls))
    }

    /// Whether `obj` is an instance of a class whose `__slots__` leave
    /// out `__dict__`.
    fn no_instance_dict(&self, obj: &ObjRef) -> bool {
        obj.type_of()
            .downcast::<PyType>()
            .is_some_and(|t| t.flags.get() & type_flags::NO_INSTANCE_DICT != 0)
    }

    /// The `__dict__` of an instance (made on first use), if it can have one.
    pub fn instance_dict(&mut self, obj: &ObjRef, create: bool) -> Option<ObjRef> {
        let cell = match obj.kind() {
            Kind::Instance if self.no_instance_dict(obj) => return None,
            _ if obj.flags() & heap::flags::SUBCLASS != 0 => {
                if create && !self.subclass_has_dict(&obj.type_of()) {
                    return None;
                }
                heap::subclass_dict(obj)?
            }
            Kind::Instance => &obj.downcast::<PyInstance>()?.dict,
            Kind::Exception => &obj.downcast::<PyException>()?.dict,
            Kind::Function => &obj.downcast::<PyFunction>()?.dict,
            _ => return None,
        };
        let existing = cell.borrow().clone();
        match existing {
            Some(d) => Some(d),
            None if create || crate::objects::instance::inline_len(obj) > 0 => {
                // The attributes kept inline move into the new dict, in
                // the order they were set.
                let d = self.new_dict();
                for (k, v) in crate::objects::instance::take_all(obj) {
                    self.dict_set_str(&d, &k, v);
                }
                if obj.kind() == Kind::Instance {
                    // Part of the instance as far as the collector's
                    // counts go (CPython 3.11 keeps the values inline).
                    d.set_flags(heap::flags::MANAGED_DICT);
                    heap::gc::uncount_allocation();
                }
                *cell.borrow_mut() = Some(d.clone());
                Some(d)
            }
            None => None,
        }
    }

    /// Attribute lookup on an instance of a class (descriptor protocol).
    pub fn generic_getattr(&mut self, obj: &ObjRef, name: &ObjRef) -> PyResult {
        let ty = obj.type_of();
        let ga = self.names.getattribute.clone();
        if let Some(f) = self.type_lookup(&ty, &ga)
            && f.kind() == Kind::Function
        {
            let r = self.call(&f, &[obj.clone(), name.clone()], None);
            return match r {
                Err(e) if self.isinstance(&e.0, &self.exc.attribute_error.clone()) => {
                    self.getattr_fallback(obj, name, e)
                }
                other => other,
            };
        }
        match self.generic_getattr_inner(obj, name, &ty) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                let n = name.as_str().unwrap_or("").to_string();
                let e = self.no_attribute(obj, &n);
                self.getattr_fallback(obj, name, e)
            }
            // An AttributeError from a descriptor (a property's getter)
            // also falls back to __getattr__, as in CPython.
            Err(e) if self.isinstance(&e.0, &self.exc.attribute_error.clone()) => {
                self.getattr_fallback(obj, name, e)
            }
            Err(e) => Err(e),
        }
    }

    /// `object.__getattribute__` without `__getattr__`: `None` if missing.
    pub fn generic_getattr_inner(
        &mut self,
        obj: &ObjRef,
        name: &ObjRef,
        ty: &ObjRef,
    ) -> PyResult<Option<ObjRef>> {
        let attr = self.type_lookup(ty, name);
        if let Some(a) = &attr
            && let Some(v) = self.data_descriptor_get(a, obj, ty)?
        {
            return Ok(Some(v));
        }
        match crate::objects::instance::get(obj, name) {
            Inline::Value(v) => return Ok(Some(v)),
            Inline::Absent => {}
            Inline::Dict => {
                if let Some(d) = self.instance_dict(obj, false)
                    && let Some(v) = self.dict_get_str(&d, name)
                {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(a) = attr {
            return self.descriptor_get(a, Some(obj), ty).map(Some);
        }
        match name.as_str() {
            Some("__class__") => Ok(Some(ty.clone())),
            Some("__dict__") => {
                let d = self.instance_dict(obj, true);
                // Python code sees the dict now: it is an object of its own.
                if let Some(d) = &d {
                    d.clear_flags(heap::flags::MANAGED_DICT);
                }
                Ok(d)
            }
            // A derived property's fget/fset/fdel come from its payload.
            Some(n) if obj.kind() == Kind::Property => Ok(self.descriptor_attr(obj, n)),
            _ => Ok(None),
        }
    }

    fn getattr_fallback(&mut self, obj: &ObjRef, name: &ObjRef, err: PyErr) -> PyResult {
        let ty = obj.type_of();
        let gn = self.names.getattr.clone();
        if let Some(f) = self.type_lookup(&ty, &gn) {
            let f = self.descriptor_get(f, Some(obj), &ty)?;
            return self.call(&f, std::slice::from_ref(name), None);
        }
        Err(err)
    }

    /// The Python method `name` (`__get__`, `__set__`, `__delete__`) of a
    /// class derived from property, when `attr` is an instance of one.
    fn property_override(&mut self, attr: &ObjRef, name: &str) -> Option<ObjRef> {
        if !super::subclass::is_subclass_instance(attr) {
            return None;
        }
        let k = self.intern(name);
        self.type_lookup(&attr.type_of(), &k)
            .filter(|f| f.kind() == Kind::Function)
    }

    /// The error of reading a property made without a getter, named as
    /// CPython 3.11 names it (the property's name once `__set_name__` gave it).
    pub fn property_no_getter(&self, attr: &ObjRef, obj: &ObjRef) -> PyErr {
        let qualname = obj
            .type_of()
            .downcast::<PyType>()
            .map(|t| t.qualname.borrow().clone())
            .unwrap_or_default();
        let pname = attr
            .downcast::<PyProperty>()
            .and_then(|p| p.name.borrow().clone());
        let msg = match pname.as_ref().and_then(|p| p.as_str()) {
            Some(n) => format!("property '{n}' of '{qualname}' object has no getter"),
            None => format!("property of '{qualname}' object has no getter"),
        };
        self.new_error(&self.exc.attribute_error, msg)
    }

    /// If `attr` is a data descriptor (property, or an object whose class
    /// defines `__set__`/`__delete__`), the value of `attr.__get__(obj)`.
    fn data_descriptor_get(
        &mut self,
        attr: &ObjRef,
        obj: &ObjRef,
        ty: &ObjRef,
    ) -> PyResult<Option<ObjRef>> {
        match attr.kind() {
            Kind::Property if let Some(f) = self.property_override(attr, "__get__") => self
                .call(&f, &[attr.clone(), obj.clone(), ty.clone()], None)
                .map(Some),
            Kind::Property => {
                let fget = attr
                    .downcast::<PyProperty>()
                    .map(|p| p.fget.borrow().clone());
                match fget {
                    Some(f) if !f.is(&self.none) => {
                        self.call(&f, std::slice::from_ref(obj), None).map(Some)
                    }
                    _ => Err(self.property_no_getter(attr, obj)),
                }
            }
            Kind::Member => self.member_get(attr, obj).map(Some),
            Kind::Instance => {
                let aty = attr.type_of();
                let set = self.names.set.clone();
                let del = self.names.delete.clone();
                if self.type_lookup(&aty, &set).is_some() || self.type_lookup(&aty, &del).is_some()
                {
                    let get = self.names.get.clone();
                    if let Some(g) = self.type_lookup(&aty, &get) {
                        return self
                            .call(&g, &[attr.clone(), obj.clone(), ty.clone()], None)
                            .map(Some);
                    }
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    /// Binds a class attribute found by lookup: functions become bound
    /// methods, classmethods bind to the class, staticmethods unwrap,
    /// objects with `__get__` are asked.
    pub fn descriptor_get(&mut self, attr: ObjRef, obj: Option<&ObjRef>, ty: &ObjRef) -> PyResult {
        match attr.kind() {
            Kind::Function => match obj {
                Some(o) => Ok(heap::alloc_object(
                    &self.types.method,
                    PyBoundMethod {
                        func: attr,
                        self_obj: o.clone(),
                    },
                )),
                None => Ok(attr),
            },
            Kind::Native => {
                let is_method = attr
                    .downcast::<PyNative>()
                    .map(|n| n.owner.is_some() && n.self_obj.is_none())
                    .unwrap_or(false);
                let class_method = attr.downcast::<PyNative>().is_some_and(|n| n.class_method);
                match obj {
                    // A built-in class method binds to the class.
                    _ if is_method && class_method => Ok(self.bind_native(&attr, ty)),
                    Some(o) if is_method => Ok(self.bind_native(&attr, o)),
                    _ => Ok(attr),
                }
            }
            Kind::ClassMethod => {
                let f = attr.downcast::<PyClassMethod>().map(|c| c.func.clone());
                match f {
                    // classmethod over another descriptor (a property):
                    // 3.11 binds that one to the class.
                    Some(f) if f.kind() == Kind::Property => {
                        let meta = ty.type_of();
                        self.descriptor_get(f, Some(ty), &meta)
                    }
                    Some(f) => Ok(heap::alloc_object(
                        &self.types.method,
                        PyBoundMethod {
                            func: f,
                            self_obj: ty.clone(),
                        },
                    )),
                    None => Ok(attr),
                }
            }
            Kind::Member => match obj {
                Some(o) => self.member_get(&attr, o),
                None => Ok(attr),
            },
            Kind::StaticMethod => Ok(attr
                .downcast::<PyStaticMethod>()
                .map(|s| s.func.clone())
                .unwrap_or(attr)),
            Kind::Property if let Some(f) = self.property_override(&attr, "__get__") => {
                let o = obj.cloned().unwrap_or_else(|| self.none());
                self.call(&f, &[attr.clone(), o, ty.clone()], None)
            }
            Kind::Property => match obj {
                Some(o) => {
                    let fget = attr
                        .downcast::<PyProperty>()
                        .map(|p| p.fget.borrow().clone());
                    match fget {
                        Some(f) if !f.is(&self.none) => {
                            self.call(&f, std::slice::from_ref(o), None)
                        }
                        _ => Err(self.property_no_getter(&attr, o)),
                    }
                }
                None => Ok(attr),
            },
            Kind::Instance => {
                let aty = attr.type_of();
                let get = self.names.get.clone();
                if let Some(g) = self.type_lookup(&aty, &get) {
                    let o = obj.cloned().unwrap_or_else(|| self.none());
                    return self.call(&g, &[attr.clone(), o, ty.clone()], None);
                }
                Ok(attr)
            }
            _ => Ok(attr),
        }
    }

    /// A built-in function bound to `obj` as its first argument.
    pub fn bind_native_fn(&self, f: &ObjRef, obj: &ObjRef) -> ObjRef {
        match f.downcast::<PyNative>() {
            Some(n) => heap::alloc_object(
                &self.types.builtin_function,
                PyNative {
                    name: n.name,
                    func: n.func,
                    owner: Some("type"),
                    self_obj: Some(obj.clone()),
                    module: None,
                    class_method: false,
                    owner_type: None,
                },
            ),
            None => f.clone(),
        }
    }

    /// A built-in method bound to `obj`.
    pub fn bind_native(&self, f: &ObjRef, obj: &ObjRef) -> ObjRef {
        match f.downcast::<PyNative>() {
            Some(n) => heap::alloc_object(
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
            ),
            None => f.clone(),
        }
    }

    /// Attribute lookup on a class object (`C.x`).
    pub fn class_getattr(&mut self, cls: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
        match self.type_lookup(cls, name) {
            Some(a) => self.descriptor_get(a, None, cls).map(Some),
            None => Ok(None),
        }
    }

    /// `obj.name = value` for instances of classes.
    pub fn generic_setattr(
        &mut self,
        obj: &ObjRef,
        name: &ObjRef,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let ty = obj.type_of();
        let hn = if value.is_some() {
            self.names.setattr.clone()
        } else {
            self.names.delattr.clone()
        };
        if let Some(f) = self.type_lookup(&ty, &hn)
            && f.kind() == Kind::Function
        {
            let mut a = vec![obj.clone(), name.clone()];
            if let Some(v) = value {
                a.push(v);
            }
            self.call(&f, &a, None)?;
            return Ok(());
        }
        self.object_setattr(obj, name, value)
    }

    /// `obj.__class__ = v`: only between classes whose instances have the
    /// same layout.
    pub fn assign_class(&mut self, obj: &ObjRef, v: &ObjRef) -> PyResult<()> {
        let ty = obj.type_of();
        if v.kind() != Kind::Type {
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(v)
            )));
        }
        if !self.is_heap_type(v) || !self.is_heap_type(&ty) {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        if !self.same_layout(&ty, v) {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                self.type_name_of_type(v),
                self.type_name_of_type(&ty)
            )));
        }
        // Inline values are indexed by the old class's keys.
        let _ = self.instance_dict(obj, false);
        obj.set_type(v);
        Ok(())
    }

    /// A property's `__set__` (`value` given) or `__delete__`: its setter
    /// or deleter, or the error 3.11 gives when it has none.
    pub fn property_set(
        &mut self,
        attr: &ObjRef,
        obj: &ObjRef,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let hook = if value.is_some() {
            "__set__"
        } else {
            "__delete__"
        };
        if let Some(f) = self.property_override(attr, hook) {
            let mut a = vec![attr.clone(), obj.clone()];
            a.extend(value);
            return self.call(&f, &a, None).map(|_| ());
        }
        self.property_set_base(attr, obj, value)
    }

    /// `property.__set__` / `property.__delete__` themselves: the setter or
    /// deleter, never a derived class's override.
    pub fn property_set_base(
        &mut self,
        attr: &ObjRef,
        obj: &ObjRef,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let (fset, fdel, pname) = attr
            .downcast::<PyProperty>()
            .map(|p| {
                (
                    p.fset.borrow().clone(),
                    p.fdel.borrow().clone(),
                    p.name.borrow().clone(),
                )
            })
            .unwrap_or_else(|| (self.none(), self.none(), None));
        let tn = self.type_name(obj);
        // Named only when __set_name__ gave the name, as 3.11.
        let n = match pname.as_ref().and_then(|p| p.as_str()) {
            Some(s) => format!(" '{s}'"),
            None => String::new(),
        };
        match value {
            Some(v) => {
                if fset.is(&self.none) {
                    return Err(self.new_error(
                        &self.exc.attribute_error,
                        format!("property{n} of '{tn}' object has no setter"),
                    ));
                }
                self.call(&fset, &[obj.clone(), v], None).map(|_| ())
            }
            None => {
                if fdel.is(&self.none) {
                    return Err(self.new_error(
                        &self.exc.attribute_error,
                        format!("property{n} of '{tn}' object has no deleter"),
                    ));
                }
                self.call(&fdel, std::slice::from_ref(obj), None)
                    .map(|_| ())
            }
        }
    }

    /// `object.__setattr__` / `object.__delattr__`.
    pub fn object_setattr(
        &mut self,
        obj: &ObjRef,
        name: &ObjRef,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let ty = obj.type_of();
        let n = name.as_str().unwrap_or("");
        if let Some(attr) = self.type_lookup(&ty, name) {
            match attr.kind() {
                Kind::Property => return self.property_set(&attr, obj, value),
                Kind::Member => return self.member_set(&attr, obj, value),
                Kind::Instance => {
                    let aty = attr.type_of();
                    let hook = if value.is_some() {
                        "__set__"
                    } else {
                        "__delete__"
                    };
                    let hn = self.intern(hook);
                    if let Some(f) = self.type_lookup(&aty, &hn) {
                        let mut a = vec![attr.clone(), obj.clone()];
                        if let Some(v) = value {
                            a.push(v);
                        }
                        self.call(&f, &a, None)?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if n == "__class__"
            && let Some(v) = value
        {
            return self.assign_class(obj, &v);
        }
        // Attributes kept inline: stored, replaced or deleted in place
        // (under the interned name, as CPython interns attribute names).
        let value = match value {
            Some(v) if obj.kind() == Kind::Instance => {
                let key = if name.flags() & heap::flags::INTERNED == 0 {
                    self.intern(n)
                } else {
                    name.clone()
                };
                match crate::objects::instance::set(obj, &key, v) {
                    Ok((_, old)) => {
                        drop(old);
                        return Ok(());
                    }
                    Err(v) => Some(v),
                }
            }
            Some(v) => Some(v),
            None => match crate::objects::instance::delete(obj, name) {
                Inline::Value(old) => {
                    drop(old);
                    return Ok(());
                }
                Inline::Absent
                    if self.no_instance_dict(obj) && self.type_lookup(&ty, name).is_some() =>
                {
                    return Err(self.read_only_attribute(obj, n));
                }
                Inline::Absent => return Err(self.no_attribute(obj, n)),
                Inline::Dict => None,
            },
        };
        match self.instance_dict(obj, value.is_some()) {
            Some(d) => match value {
                Some(v) => {
                    self.dict_set_str(&d, name, v);
                    Ok(())
                }
                None => match self.dict_del_str(&d, name) {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute(obj, n)),
                },
            },
            // No __dict__: a plain class attribute of that name shadows nothing.
            None if self.type_lookup(&ty, name).is_some() => Err(self.read_only_attribute(obj, n)),
            None => Err(self.no_attribute(obj, n)),
        }
    }

    /// "'T' object attribute 'n' is read-only": a class attribute reached
    /// through an instance without a `__dict__`.
    fn read_only_attribute(&self, obj: &ObjRef, n: &str) -> PyErr {
        self.new_error(
            &self.exc.attribute_error,
            format!(
                "'{}' object attribute '{}' is read-only",
                self.type_name(obj),
                n
            ),
        )
    }

    /// Calls dunder `name` of a class instance, if its class defines it.
    pub fn call_dunder(
        &mut self,
        obj: &ObjRef,
        name: &str,
        args: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        let k = self.intern(name);
        self.call_dunder_name(obj, &k, args)
    }

    /// [`Vm::call_dunder`] with the name already interned.
    pub fn call_dunder_name(
        &mut self,
        obj: &ObjRef,
        k: &ObjRef,
        args: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        let ty = obj.type_of();
        let Some(f) = self.type_lookup(&ty, k) else {
            return Ok(None);
        };
        if f.is(&self.none) {
            // `__op__ = None` blocks the inherited method: the protocols
            // that check for it report the object as lacking it, the
            // others call None, as CPython's slots do.
            return match k.as_str().unwrap_or("") {
                "__iter__" | "__reversed__" | "__hash__" | "__class_getitem__" => Ok(None),
                "__contains__" => Err(self.type_error(format!(
                    "'{}' object is not a container",
                    self.type_name(obj)
                ))),
                _ => Err(self.type_error("'NoneType' object is not callable")),
            };
        }
        if let Some(n) = f.downcast::<PyNative>()
            && n.owner == Some("object")
            && n.name == "__eq__"
        {
            // object.__eq__, answered without a bound method: the common
            // case of instances compared by identity.
            let same = args.first().is_some_and(|o| o.is(obj));
            return Ok(Some(if same {
                self.true_.clone()
            } else {
                self.not_implemented.clone()
            }));
        }
        if f.kind() == Kind::Function {
            // A plain method: call it with `obj` first, no bound method.
            let mut a: smallvec::SmallVec<[ObjRef; 4]> = smallvec::SmallVec::new();
            a.push(obj.clone());
            a.extend(args.iter().cloned());
            return self.call(&f, &a, None).map(Some);
        }
        let bound = self.descriptor_get(f, Some(obj), &ty)?;
        self.call(&bound, args, None).map(Some)
    }

    /// Whether the class of `obj` (a class instance) defines dunder `name`.
    pub fn has_dunder(&mut self, obj: &ObjRef, name: &str) -> bool {
        let ty = obj.type_of();
        let k = self.intern(name);
        matches!(self.type_lookup(&ty, &k), Some(f) if !f.is(&self.none))
    }

    /// A super object.
    pub fn new_super(&self, thisclass: ObjRef, obj: ObjRef, obj_type: ObjRef) -> ObjRef {
        heap::alloc_object(
            &self.types.super_,
            PySuper {
                thisclass,
                obj,
                obj_type,
            },
        )
    }

    /// Attribute lookup through a super object.
    pub fn super_getattr(&mut self, sup: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
        let Some(s) = sup.downcast::<PySuper>() else {
            return Ok(None);
        };
        if name.as_str() == Some("__class__") {
            // The super object's own class, not a lookup past thisclass.
            return Ok(Some(sup.type_of()));
        }
        let (obj, obj_type) = (s.obj.clone(), s.obj_type.clone());
        let Some(v) = self.super_lookup(s, name) else {
            return Ok(None);
        };
        let bind_to = if obj.is(&obj_type) && obj.kind() == Kind::Type {
            None
        } else {
            Some(&obj)
        };
        self.descriptor_get(v, bind_to, &obj_type).map(Some)
    }

    /// The attribute `name` of the first class after `thisclass` in the
    /// MRO of the super object's `obj_type`, unbound.
    pub(super) fn super_lookup(&mut self, s: &PySuper, name: &ObjRef) -> Option<ObjRef> {
        let t = s.obj_type.downcast::<PyType>()?;
        // Str-keyed dict lookups run no Python code, so the MRO can stay
        // borrowed (no copy of it per lookup).
        let mro = t.mro.borrow();
        let start = mro
            .iter()
            .position(|c| c.is(&s.thisclass))
            .map_or(mro.len(), |i| i + 1);
        mro[start..].iter().find_map(|c| {
            let d = &c.downcast::<PyType>()?.dict;
            self.dict_get_str(d, name)
        })
    }

    /// The zero-argument `super()`: the `__class__` cell and first argument
    /// of the calling function.
    pub fn super_from_frame(&mut self) -> PyResult {
        let Some(f) = self.frames.last() else {
            return Err(self.new_error(&self.exc.runtime_error, "super(): no current frame"));
        };
        let code = f.code.clone();
        let base = f.base;
        if code.co.argcount == 0 && code.co.flags & crate::compiler::code::flags::VARARGS == 0 {
            return Err(self.new_error(&self.exc.runtime_error, "super(): no arguments"));
        }
        let first = self.stack.get(base).cloned().flatten();
        let first = match first {
            Some(v) if v.kind() == Kind::Cell && code.co.cell_slots.contains(&0) => v
                .downcast::<crate::objects::cell::PyCell>()
                .and_then(|c| c.get()),
            other => other,
        };
        let Some(first) = first else {
            return Err(self.new_error(&self.exc.runtime_error, "super(): arg[0] deleted"));
        };
        let nfree = code.co.freevars.len();
        let first_free = code.co.nlocalsplus as usize - nfree;
        let cls = code
            .co
            .freevars
            .iter()
            .position(|n| n == "__class__")
            .and_then(|i| self.stack.get(base + first_free + i).cloned().flatten())
            .and_then(|c| {
                c.downcast::<crate::objects::cell::PyCell>()
                    .and_then(|c| c.get())
            });
        let Some(cls) = cls else {
            return Err(
                self.new_error(&self.exc.runtime_error, "super(): __class__ cell not found")
            );
        };
        let obj_type = if first.kind() == Kind::Type && self.is_subclass(&first, &cls) {
            first.clone()
        } else {
            first.type_of()
        };
        Ok(self.new_super(cls, first, obj_type))
    }
}
