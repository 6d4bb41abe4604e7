//! Metaclasses: choosing the metaclass of a class statement (explicit or
//! inherited, with CPython's conflict error), `__prepare__`, calling it
//! (`Meta(name, bases, ns, **kw)` through its `__new__`/`__init__`), and
//! what `type` itself offers metaclasses: `type.__new__`, `type.__init__`,
//! `type.__call__`, `type.__prepare__`, `type.__instancecheck__` and
//! `type.__subclasscheck__`. Also the parts of attribute lookup, calls,
//! subscription and `isinstance`/`issubclass` that consult the class of a
//! class.

use super::Vm;
use crate::heap::{self, Kind, ObjRef};
use crate::objects::descriptor::{PyClassMethod, PyStaticMethod};
use crate::objects::native::Args;
use crate::objects::typeobj::PyType;
use crate::objects::{PyErr, PyResult};

/// Keyword arguments of a call.
type Kw = Vec<(ObjRef, ObjRef)>;

impl Vm {
    /// The most derived of `meta` and the metaclasses of `bases`, or
    /// CPython's TypeError when they are not on one inheritance chain.
    pub fn calculate_metaclass(&self, meta: &ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
        let mut winner = meta.clone();
        for b in bases {
            let t = b.type_of();
            if self.is_subclass(&winner, &t) {
                continue;
            }
            if self.is_subclass(&t, &winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// The metaclass of a class statement and the namespace to run its
    /// body in (from `__prepare__`). `explicit` is the `metaclass=`
    /// keyword.
    pub fn prepare_class(
        &mut self,
        explicit: Option<ObjRef>,
        name: &ObjRef,
        bases: &[ObjRef],
        kw: &Kw,
    ) -> PyResult<(ObjRef, ObjRef)> {
        let meta = match explicit {
            // A metaclass that is not a class is used as it is.
            Some(m) if m.kind() != Kind::Type => m,
            Some(m) => self.calculate_metaclass(&m, bases)?,
            None => match bases.first() {
                Some(_) => {
                    let ty = self.types.type_.clone();
                    self.calculate_metaclass(&ty, bases)?
                }
                None => self.types.type_.clone(),
            },
        };
        if meta.is(&self.types.type_) {
            return Ok((meta, self.new_dict()));
        }
        let k = self.intern("__prepare__");
        let prepare = match self.getattr(&meta, &k) {
            Ok(p) => p,
            Err(e) if self.isinstance(&e.0, &self.exc.attribute_error.clone()) => {
                return Ok((meta, self.new_dict()));
            }
            Err(e) => return Err(e),
        };
        let bases_tuple = self.new_tuple(bases.to_vec());
        let ns = self.call(&prepare, &[name.clone(), bases_tuple], Some(kw.clone()))?;
        if !matches!(ns.kind(), Kind::Dict | Kind::Instance) {
            let mname = if meta.kind() == Kind::Type {
                self.type_name_of_type(&meta)
            } else {
                "<metaclass>".to_string()
            };
            return Err(self.type_error(format!(
                "{mname}.__prepare__() must return a mapping, not {}",
                self.type_name(&ns)
            )));
        }
        Ok((meta, ns))
    }

    /// Whether the class of class `cls` defines its own `__call__` (a
    /// metaclass overriding `type.__call__`).
    pub fn metaclass_overrides_call(&mut self, cls: &ObjRef) -> bool {
        let meta = cls.type_of();
        if meta.is(&self.types.type_) || !self.is_heap_type(&meta) {
            return false;
        }
        let k = self.names.call.clone();
        self.type_lookup(&meta, &k)
            .is_some_and(|f| f.kind() != Kind::Native)
    }

    /// `cls(*args, **kw)` through the metaclass's `__call__`.
    pub fn metaclass_call(&mut self, cls: &ObjRef, args: &[ObjRef], kw: Kw) -> PyResult {
        let meta = cls.type_of();
        let k = self.names.call.clone();
        let Some(f) = self.type_lookup(&meta, &k) else {
            return self.call_type_plain(cls, args, kw);
        };
        let bound = self.descriptor_get(f, Some(cls), &meta)?;
        self.call(&bound, args, Some(kw))
    }

    /// A data descriptor (a property) that the metaclass of class `cls`
    /// defines for `name`: it wins over the class's own attributes.
    pub fn metaclass_data_attr(&mut self, cls: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
        let meta = cls.type_of();
        if !self.is_heap_type(&meta) {
            return Ok(None);
        }
        match self.type_lookup(&meta, name) {
            Some(a) if a.kind() == Kind::Property => {
                self.descriptor_get(a, Some(cls), &meta).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// An attribute of class `cls` found on its metaclass (a method of the
    /// metaclass binds to the class).
    pub fn metaclass_getattr(&mut self, cls: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
        let meta = cls.type_of();
        match self.type_lookup(&meta, name) {
            Some(a) => self.descriptor_get(a, Some(cls), &meta).map(Some),
            None => Ok(None),
        }
    }

    /// A class attribute not found: the metaclass's `__getattr__`, if it
    /// defines one, else `err`.
    pub fn metaclass_getattr_hook(&mut self, cls: &ObjRef, name: &ObjRef, err: PyErr) -> PyResult {
        let meta = cls.type_of();
        if !self.is_heap_type(&meta) {
            return Err(err);
        }
        let gn = self.names.getattr.clone();
        match self.type_lookup(&meta, &gn) {
            Some(f) => {
                let bound = self.descriptor_get(f, Some(cls), &meta)?;
                self.call(&bound, std::slice::from_ref(name), None)
            }
            None => Err(err),
        }
    }

    /// Calls dunder `name` of class `cls` when its metaclass defines it
    /// in Python (`__repr__`, `__len__` of a metaclass).
    pub fn metaclass_dunder(
        &mut self,
        cls: &ObjRef,
        name: &str,
        args: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        let meta = cls.type_of();
        if meta.is(&self.types.type_) || !self.is_heap_type(&meta) {
            return Ok(None);
        }
        let k = self.intern(name);
        match self.type_lookup(&meta, &k) {
            Some(f) if f.kind() == Kind::Function => {
                let mut all = vec![cls.clone()];
                all.extend(args.iter().cloned());
                self.call(&f, &all, None).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// `cls[key]` for a class: the metaclass's `__getitem__`, else the
    /// class's `__class_getitem__`.
    pub fn class_getitem(&mut self, cls: &ObjRef, key: &ObjRef) -> PyResult {
        let meta = cls.type_of();
        let gi = self.intern("__getitem__");
        if self.is_heap_type(&meta)
            && let Some(f) = self.type_lookup(&meta, &gi)
        {
            let bound = self.descriptor_get(f, Some(cls), &meta)?;
            return self.call(&bound, std::slice::from_ref(key), None);
        }
        if cls.is(&self.types.type_) {
            // `type[int]`: CPython special-cases `type` itself.
            return self.generic_alias(cls, key);
        }
        let cg = self.intern("__class_getitem__");
        if let Some(f) = self.type_lookup(cls, &cg) {
            let bound = self.descriptor_get(f, None, cls)?;
            return self.call(&bound, std::slice::from_ref(key), None);
        }
        Err(self.type_error(format!(
            "type '{}' is not subscriptable",
            self.type_name_of_type(cls)
        )))
    }

    /// The bases of a class statement after `__mro_entries__`: each base
    /// that is not a class but has one is replaced by what it returns
    /// (`class C(list[int])` derives from `list`). `None` when no base has
    /// one.
    pub fn resolve_mro_entries(&mut self, bases: &[ObjRef]) -> PyResult<Option<Vec<ObjRef>>> {
        if bases.iter().all(|b| b.kind() == Kind::Type) {
            return Ok(None);
        }
        let k = self.intern("__mro_entries__");
        let orig = self.new_tuple(bases.to_vec());
        let mut out = Vec::with_capacity(bases.len());
        let mut changed = false;
        for b in bases {
            if b.kind() == Kind::Type {
                out.push(b.clone());
                continue;
            }
            let f = match self.getattr_plain(b, &k) {
                Ok(f) => f,
                Err(e) if self.isinstance(&e.0, &self.exc.attribute_error.clone()) => {
                    out.push(b.clone());
                    continue;
                }
                Err(e) => return Err(e),
            };
            let r = self.call(&f, std::slice::from_ref(&orig), None)?;
            if r.kind() != Kind::Tuple {
                return Err(self.type_error("__mro_entries__ must return a tuple"));
            }
            out.extend(self.tuple_items(&r).iter().cloned());
            changed = true;
        }
        Ok(changed.then_some(out))
    }

    /// `types.GenericAlias(origin, args)`, what `list[int]` makes.
    pub fn generic_alias(&mut self, origin: &ObjRef, args: &ObjRef) -> PyResult {
        let m = self.import_dotted("types")?;
        let k = self.intern("GenericAlias");
        let ga = self.getattr(&m, &k)?;
        self.call(&ga, &[origin.clone(), args.clone()], None)
    }

    /// `isinstance(obj, cls)` / `issubclass(obj, cls)` through the
    /// metaclass's `__instancecheck__` / `__subclasscheck__`, when a
    /// metaclass defines one.
    pub fn metaclass_check(
        &mut self,
        obj: &ObjRef,
        cls: &ObjRef,
        sub: bool,
    ) -> PyResult<Option<bool>> {
        let meta = cls.type_of();
        if meta.is(&self.types.type_) || !self.is_heap_type(&meta) {
            return Ok(None);
        }
        if !sub && obj.type_of().is(cls) {
            return Ok(Some(true));
        }
        let name = if sub {
            "__subclasscheck__"
        } else {
            "__instancecheck__"
        };
        let k = self.intern(name);
        let Some(f) = self.type_lookup(&meta, &k) else {
            return Ok(None);
        };
        if f.kind() == Kind::Native {
            return Ok(None);
        }
        let bound = self.descriptor_get(f, Some(cls), &meta)?;
        let r = self.call(&bound, std::slice::from_ref(obj), None)?;
        self.truthy(&r).map(Some)
    }

    /// CPython's TypeError for instantiating a class whose
    /// `__abstractmethods__` is not empty.
    pub fn abstract_instantiation_error(&mut self, cls: &ObjRef) -> crate::objects::PyErr {
        let k = self.intern("__abstractmethods__");
        let d = cls.downcast::<PyType>().map(|t| t.dict.clone());
        let methods = d.and_then(|d| self.dict_get_str(&d, &k));
        let mut names: Vec<String> = match methods.map(|m| self.collect_iterable(&m)) {
            Some(Ok(items)) => items
                .iter()
                .filter_map(|n| n.as_str().map(str::to_string))
                .collect(),
            Some(Err(e)) => return e,
            None => Vec::new(),
        };
        names.sort();
        let s = if names.len() > 1 { "s" } else { "" };
        self.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{s} {}",
            self.type_name_of_type(cls),
            names.join(", ")
        ))
    }

    /// `type.__new__(meta, name, bases, ns, **kw)`: a new class whose
    /// class is the most derived metaclass.
    pub fn type_new_call(&mut self, args: Args) -> PyResult {
        let Some(meta) = args.pos.first().cloned() else {
            return Err(self.type_error("type.__new__(): not enough arguments"));
        };
        if meta.kind() != Kind::Type {
            return Err(self.type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                self.type_name(&meta)
            )));
        }
        if !self.is_subclass(&meta, &self.types.type_.clone()) {
            let n = self.type_name_of_type(&meta);
            return Err(self.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
        }
        let a = &args.pos[1..];
        if a.len() == 1 && meta.is(&self.types.type_) && args.kw.is_empty() {
            return Ok(a[0].type_of());
        }
        if a.len() != 3 {
            return Err(self.type_error("type.__new__() takes exactly 3 arguments"));
        }
        self.new_class_from_args(&meta, a, args.kw, "type.__new__()")
    }

    /// `type(name, bases, ns, **kw)` called on `type` itself. When the
    /// bases' metaclass makes the class, its `__init__` runs too (as
    /// `type.__call__` does for any instance of `type`).
    pub fn type_three_args(&mut self, a: &[ObjRef], kw: Kw) -> PyResult {
        let ty = self.types.type_.clone();
        let cls = self.new_class_from_args(&ty, a, kw.clone(), "type.__new__()")?;
        let meta = cls.type_of();
        if cls.kind() == Kind::Type && !meta.is(&ty) {
            let k = self.names.init.clone();
            if let Some(f) = self.type_lookup(&meta, &k)
                && f.kind() == Kind::Function
            {
                let mut all = vec![cls.clone()];
                all.extend(a.iter().cloned());
                let r = self.call(&f, &all, Some(kw))?;
                self.check_init_result(&r)?;
            }
        }
        Ok(cls)
    }

    fn new_class_from_args(&mut self, meta: &ObjRef, a: &[ObjRef], kw: Kw, who: &str) -> PyResult {
        let (name, bases, ns) = (&a[0], &a[1], &a[2]);
        let Some(name_s) = name.as_str().map(str::to_string) else {
            return Err(self.type_error(format!(
                "{who} argument 1 must be str, not {}",
                self.type_name(name)
            )));
        };
        if bases.kind() != Kind::Tuple {
            return Err(self.type_error(format!(
                "{who} argument 2 must be tuple, not {}",
                self.type_name(bases)
            )));
        }
        if ns.kind() != Kind::Dict {
            return Err(self.type_error(format!(
                "{who} argument 3 must be dict, not {}",
                self.type_name(ns)
            )));
        }
        let bases_v = self.tuple_items(bases).to_vec();
        let winner = self.calculate_metaclass(meta, &bases_v)?;
        if !winner.is(meta) {
            // A derived metaclass with a `__new__` of its own makes the class.
            let k = self.names.new.clone();
            if let Some(n) = self.type_lookup(&winner, &k)
                && n.downcast::<PyStaticMethod>()
                    .is_some_and(|s| s.func.kind() != Kind::Native)
            {
                let mut all = vec![winner.clone()];
                all.extend(a.iter().cloned());
                let f = self.descriptor_get(n, None, &winner)?;
                return self.call(&f, &all, Some(kw));
            }
        }
        self.create_class_in(&winner, &name_s, bases_v, ns, kw)
    }
}

/// `type.__new__`.
fn type_new(vm: &mut Vm, args: Args) -> PyResult {
    vm.type_new_call(args)
}

/// `type.__init__`: the class is complete already; checks the arguments.
fn type_init(vm: &mut Vm, args: Args) -> PyResult {
    let n = args.pos.len().saturating_sub(1);
    if n == 1 && !args.kw.is_empty() {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(vm.none())
}

/// `type.__call__(cls, *args, **kw)`: `__new__` then `__init__`.
fn type_call(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos.first().cloned() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    if cls.kind() != Kind::Type {
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            vm.type_name(&cls)
        )));
    }
    vm.call_type_plain(&cls, &args.pos[1..], args.kw)
}

/// `object.__subclasshook__(sub)`: NotImplemented (no opinion).
fn object_subclasshook(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.not_implemented.clone())
}

/// `type.__prepare__(name, bases, **kw)`: an empty dict.
fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.new_dict())
}

/// `type.__instancecheck__(cls, obj)`.
fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    let (Some(cls), Some(obj)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(vm.type_error("__instancecheck__() takes exactly one argument"));
    };
    let r = vm.isinstance(obj, cls);
    Ok(vm.new_bool(r))
}

/// `type.__subclasscheck__(cls, sub)`.
fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult {
    let (Some(cls), Some(sub)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(vm.type_error("__subclasscheck__() takes exactly one argument"));
    };
    if sub.kind() != Kind::Type {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let r = vm.is_subclass(sub, cls);
    Ok(vm.new_bool(r))
}

/// Registers what `type` offers metaclasses.
/// `list.__class_getitem__(item)` and the other built-in generic classes':
/// a `types.GenericAlias` of the class (which comes first, as the class
/// method binds it).
fn builtin_class_getitem(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::no_kwargs(vm, "__class_getitem__", &args)?;
    match &args.pos[..] {
        [cls, item] => vm.generic_alias(cls, item),
        _ => Err(vm.type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        ))),
    }
}

/// The built-in classes that are generic (`list[int]`), as in CPython.
const GENERIC_BUILTINS: [&str; 7] = [
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "enumerate",
    "ReferenceType",
];

pub fn install(vm: &mut Vm) {
    let generic: Vec<(&'static str, ObjRef)> = vm
        .types
        .all()
        .into_iter()
        .filter(|(n, _)| GENERIC_BUILTINS.contains(n))
        .map(|(n, t)| (n, t.clone()))
        .collect();
    for (n, t) in &generic {
        crate::builtins::add_class_method(vm, t, n, "__class_getitem__", builtin_class_getitem);
    }
    let o = vm.types.object.clone();
    crate::builtins::add_class_method(vm, &o, "object", "__subclasshook__", object_subclasshook);
    let t = vm.types.type_.clone();
    crate::builtins::add_method(vm, &t, "type", "__init__", type_init);
    crate::builtins::add_method(vm, &t, "type", "__call__", type_call);
    crate::builtins::add_method(vm, &t, "type", "__instancecheck__", type_instancecheck);
    crate::builtins::add_method(vm, &t, "type", "__subclasscheck__", type_subclasscheck);
    let Some(d) = t.downcast::<PyType>().map(|pt| pt.dict.clone()) else {
        return;
    };
    // type.__new__ is a static method taking the metaclass, as object's.
    let f = crate::builtins::new_native(vm, "__new__", type_new, None);
    let sm = heap::alloc_object(&vm.types.staticmethod, PyStaticMethod { func: f });
    sm.make_immortal();
    vm.dict_set_name(&d, "__new__", sm);
    let f = crate::builtins::new_native(vm, "__prepare__", type_prepare, None);
    let cm = heap::alloc_object(&vm.types.classmethod, PyClassMethod { func: f });
    cm.make_immortal();
    vm.dict_set_name(&d, "__prepare__", cm);
}
