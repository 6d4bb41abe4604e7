//! Class-related built-ins: `__build_class__`, `property`, `staticmethod`,
//! `classmethod`, `super`, and the methods every class inherits from
//! `object` and `BaseException`.

use super::{Args, add_method, def, no_kwargs, set_constructor, take_kw};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::descriptor::{PyClassMethod, PyProperty, PyStaticMethod};
use crate::objects::exception::PyException;
use crate::vm::Vm;
use std::cell::RefCell;

/// Registers the class machinery.
pub fn install(vm: &mut Vm) {
    def(vm, "__build_class__", build_class);
    set_constructor(&vm.types.property, property_new);
    set_constructor(&vm.types.staticmethod, staticmethod_new);
    set_constructor(&vm.types.classmethod, classmethod_new);
    set_constructor(&vm.types.super_, super_new);
    let b = vm.builtins.clone();
    for (name, ty) in [
        ("property", vm.types.property.clone()),
        ("staticmethod", vm.types.staticmethod.clone()),
        ("classmethod", vm.types.classmethod.clone()),
        ("super", vm.types.super_.clone()),
    ] {
        vm.dict_set_name(&b, name, ty);
    }
    let p = vm.types.property.clone();
    // property.__new__, for classes derived from property.
    let pn = super::new_native(vm, "__new__", property_new, None);
    let psm = heap::alloc_object(&vm.types.staticmethod, PyStaticMethod { func: pn });
    psm.make_immortal();
    if let Some(t) = p.downcast::<crate::objects::typeobj::PyType>() {
        let d = t.dict.clone();
        vm.dict_set_name(&d, "__new__", psm);
    }
    add_method(vm, &p, "property", "__init__", property_init);
    add_method(vm, &p, "property", "getter", property_getter);
    add_method(vm, &p, "property", "setter", property_setter);
    add_method(vm, &p, "property", "deleter", property_deleter);
    add_method(vm, &p, "property", "__set_name__", property_set_name);
    add_method(vm, &p, "property", "__get__", descr_get);
    add_method(vm, &p, "property", "__set__", property_dunder_set);
    add_method(vm, &p, "property", "__delete__", property_dunder_delete);
    let sm = vm.types.staticmethod.clone();
    add_method(vm, &sm, "staticmethod", "__get__", descr_get);
    add_method(vm, &sm, "staticmethod", "__call__", staticmethod_call);
    let cm = vm.types.classmethod.clone();
    add_method(vm, &cm, "classmethod", "__get__", descr_get);
    let o = vm.types.object.clone();
    add_method(vm, &o, "object", "__init__", object_init);
    add_method(vm, &o, "object", "__setattr__", object_setattr);
    add_method(vm, &o, "object", "__getattribute__", object_getattribute);
    add_method(vm, &o, "object", "__delattr__", object_delattr);
    super::add_class_method(vm, &o, "object", "__init_subclass__", object_init_subclass);
    let e = vm.exc.base_exception.clone();
    add_method(vm, &e, "BaseException", "__init__", exception_init);
    add_method(vm, &e, "BaseException", "with_traceback", with_traceback);
    add_method(vm, &e, "BaseException", "add_note", add_note);
    // object.__new__ is a static method taking the class.
    let f = super::new_native(vm, "__new__", object_new, None);
    let sm = heap::alloc_object(&vm.types.staticmethod, PyStaticMethod { func: f });
    sm.make_immortal();
    if let Some(t) = o.downcast::<crate::objects::typeobj::PyType>() {
        let d = t.dict.clone();
        vm.dict_set_name(&d, "__new__", sm);
    }
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult {
    vm.build_class(args)
}

/// The fields `property(fget, fset, fdel, doc)` gives: the doc defaults to
/// the getter's.
fn property_fields(vm: &mut Vm, mut args: Args) -> PyResult<[ObjRef; 4]> {
    let given = args.pos.len().saturating_sub(1) + args.kw.len();
    if given > 4 {
        let kind = if args.pos.len() == 1 { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "property() takes at most 4 {kind}arguments ({given} given)"
        )));
    }
    let get =
        |n: &str, i: usize, args: &mut Args| take_kw(args, n).or_else(|| args.pos.get(i).cloned());
    let fget = get("fget", 1, &mut args);
    let fset = get("fset", 2, &mut args);
    let fdel = get("fdel", 3, &mut args);
    let doc = get("doc", 4, &mut args);
    super::no_more_kwargs(vm, "property", &args)?;
    let none = vm.none();
    let fget = fget.unwrap_or_else(|| none.clone());
    let fset = fset.unwrap_or_else(|| none.clone());
    let fdel = fdel.unwrap_or_else(|| none.clone());
    let doc = match doc {
        Some(d) if !d.is(&none) => d,
        _ if fget.kind() == Kind::Function => {
            let k = vm.intern("__doc__");
            vm.getattr(&fget, &k).unwrap_or_else(|_| vm.none())
        }
        _ => none,
    };
    Ok([fget, fset, fdel, doc])
}

/// `property(...)`, and `property.__new__(cls)` for a derived class, whose
/// instance `property.__init__` then fills.
fn property_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos[0].clone();
    let none = vm.none();
    if !cls.is(&vm.types.property) && vm.is_heap_type(&cls) {
        let payload = PyProperty {
            fget: RefCell::new(none.clone()),
            fset: RefCell::new(none.clone()),
            fdel: RefCell::new(none.clone()),
            doc: RefCell::new(none),
            name: RefCell::new(None),
        };
        return Ok(heap::alloc_subclass_object(&cls, payload));
    }
    let [fget, fset, fdel, doc] = property_fields(vm, args)?;
    let payload = PyProperty {
        fget: RefCell::new(fget),
        fset: RefCell::new(fset),
        fdel: RefCell::new(fdel),
        doc: RefCell::new(doc),
        name: RefCell::new(None),
    };
    Ok(heap::alloc_object(&vm.types.property, payload))
}

/// `property.__init__(self, fget=None, fset=None, fdel=None, doc=None)`.
fn property_init(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos[0].clone();
    let Some(p) = this.downcast::<PyProperty>() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'property' object"));
    };
    let [fget, fset, fdel, doc] = property_fields(vm, args)?;
    *p.fget.borrow_mut() = fget;
    *p.fset.borrow_mut() = fset;
    *p.fdel.borrow_mut() = fdel;
    *p.doc.borrow_mut() = doc.clone();
    if crate::vm::subclass::is_subclass_instance(&this) && !doc.is(&vm.none) {
        // As 3.11 does for derived classes: the doc goes in the instance
        // dict, where it hides the class's own __doc__.
        let k = vm.intern("__doc__");
        vm.setattr(&this, &k, doc)?;
    }
    Ok(vm.none())
}

fn property_copy(vm: &mut Vm, args: &Args, which: usize) -> PyResult {
    let Some(p) = args.pos.first().and_then(|p| p.downcast::<PyProperty>()) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let Some(f) = args.pos.get(1).cloned() else {
        return Err(vm.type_error("property method takes exactly one argument"));
    };
    let (mut g, mut s, mut d) = (
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    );
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let doc = p.doc.borrow().clone();
    let name = p.name.borrow().clone();
    if crate::vm::subclass::is_subclass_instance(&args.pos[0]) {
        // A derived class is called, as CPython calls type(self)(...),
        // so that its __init__ runs for the copy too.
        let cls = args.pos[0].type_of();
        let copy = vm.call(&cls, &[g, s, d, doc], None)?;
        if let Some(cp) = copy.downcast::<PyProperty>() {
            *cp.name.borrow_mut() = name;
        }
        return Ok(copy);
    }
    let payload = PyProperty {
        fget: RefCell::new(g),
        fset: RefCell::new(s),
        fdel: RefCell::new(d),
        doc: RefCell::new(doc),
        name: RefCell::new(name),
    };
    Ok(heap::alloc_object(&vm.types.property, payload))
}

/// `property.__set_name__(owner, name)`: remembers a str name for the
/// property's error messages.
fn property_set_name(vm: &mut Vm, args: Args) -> PyResult {
    let Some(p) = args.pos.first().and_then(|p| p.downcast::<PyProperty>()) else {
        return Err(vm.type_error("descriptor '__set_name__' requires a 'property' object"));
    };
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            args.pos.len() - 1
        )));
    }
    let name = args.pos[2].clone();
    if name.kind() == Kind::Str {
        *p.name.borrow_mut() = Some(name);
    }
    Ok(vm.none())
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult {
    property_copy(vm, &args, 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult {
    property_copy(vm, &args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult {
    property_copy(vm, &args, 2)
}

/// `descr.__get__(obj, type=None)` of the built-in descriptors.
fn descr_get(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "__get__", &args)?;
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "expected 1 or 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let none = vm.none();
    let obj = args.pos[1].clone();
    let ty = match args.pos.get(2) {
        Some(t) if !t.is(&none) => t.clone(),
        _ if obj.is(&none) => {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        _ => obj.type_of(),
    };
    let this = args.pos[0].clone();
    if let Some(p) = this.downcast::<PyProperty>() {
        // property.__get__ itself (a derived class's override may call it).
        if obj.is(&none) {
            return Ok(this);
        }
        let fget = p.fget.borrow().clone();
        if fget.is(&none) {
            return Err(vm.property_no_getter(&this, &obj));
        }
        return vm.call(&fget, &[obj], None);
    }
    let obj = (!obj.is(&none)).then_some(obj);
    vm.descriptor_get(this, obj.as_ref(), &ty)
}

/// `staticmethod.__call__`: a static method is callable (3.10+).
fn staticmethod_call(vm: &mut Vm, args: Args) -> PyResult {
    let func = args.pos[0]
        .downcast::<PyStaticMethod>()
        .map(|s| s.func.clone())
        .ok_or_else(|| vm.type_error("descriptor '__call__' requires a 'staticmethod' object"))?;
    let kw = (!args.kw.is_empty()).then(|| args.kw.clone());
    vm.call(&func, &args.pos[1..], kw)
}

/// `property.__set__(obj, value)`.
fn property_dunder_set(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "__set__", &args)?;
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    vm.property_set_base(&args.pos[0], &args.pos[1], Some(args.pos[2].clone()))?;
    Ok(vm.none())
}

/// `property.__delete__(obj)`.
fn property_dunder_delete(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "__delete__", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    vm.property_set_base(&args.pos[0], &args.pos[1], None)?;
    Ok(vm.none())
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "staticmethod", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "staticmethod expected 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    Ok(heap::alloc_object(
        &vm.types.staticmethod,
        PyStaticMethod {
            func: args.pos[1].clone(),
        },
    ))
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "classmethod", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "classmethod expected 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    Ok(heap::alloc_object(
        &vm.types.classmethod,
        PyClassMethod {
            func: args.pos[1].clone(),
        },
    ))
}

fn super_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "super", &args)?;
    match args.pos.len() {
        1 => vm.super_from_frame(),
        2 | 3 => {
            let cls = args.pos[1].clone();
            if cls.kind() != Kind::Type {
                return Err(vm.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(&cls)
                )));
            }
            let obj = args.pos.get(2).cloned().unwrap_or_else(|| vm.none());
            let obj_type = if obj.kind() == Kind::Type && vm.is_subclass(&obj, &cls) {
                obj.clone()
            } else if vm.isinstance(&obj, &cls) {
                obj.type_of()
            } else {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            };
            Ok(vm.new_super(cls, obj, obj_type))
        }
        n => Err(vm.type_error(format!(
            "super() expected at most 2 arguments, got {}",
            n - 1
        ))),
    }
}

/// `object.__new__`.
pub(crate) fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos.first().cloned() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if cls.kind() != Kind::Type {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(&cls)
        )));
    }
    let excess = args.pos.len() > 1 || !args.kw.is_empty();
    if excess && !vm.is_subclass(&cls, &vm.exc.base_exception.clone()) {
        // As CPython's object_new: extra arguments are an error unless
        // only `__init__` is overridden (it takes them).
        let (knew, kinit) = (vm.intern("__new__"), vm.intern("__init__"));
        let python = |f: Option<crate::heap::ObjRef>| {
            f.is_some_and(|f| {
                let f = f
                    .downcast::<crate::objects::descriptor::PyStaticMethod>()
                    .map(|s| s.func.clone())
                    .unwrap_or(f);
                f.kind() == Kind::Function
            })
        };
        if python(vm.type_lookup(&cls, &knew)) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !python(vm.type_lookup(&cls, &kinit)) {
            return Err(vm.type_error(format!(
                "{}() takes no arguments",
                vm.type_name_of_type(&cls)
            )));
        }
    }
    if cls.is(&vm.types.object) {
        return Ok(crate::objects::instance::new_instance(&vm.types.object));
    }
    vm.default_new(&cls, &args.pos[1..])
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        // CPython's object_init: extra arguments are an error unless only
        // `__new__` is overridden (it takes them).
        let ty = args.pos[0].type_of();
        let (knew, kinit) = (vm.intern("__new__"), vm.intern("__init__"));
        let overridden_init =
            matches!(vm.type_lookup(&ty, &kinit), Some(f) if f.kind() == Kind::Function);
        if overridden_init {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        let overridden_new = vm.type_lookup(&ty, &knew).is_some_and(|f| {
            f.downcast::<crate::objects::descriptor::PyStaticMethod>()
                .is_some_and(|s| s.func.kind() == Kind::Function)
                || f.kind() == Kind::Function
        });
        if !overridden_new {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                vm.type_name(&args.pos[0])
            )));
        }
    }
    Ok(vm.none())
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "__setattr__", &args)?;
    if args.pos.len() != 3 {
        return Err(vm.type_error("expected 2 arguments"));
    }
    let name = attribute_name(vm, &args.pos[1])?;
    if args.pos[0].kind() == Kind::Type {
        // `type.__setattr__` resolves here: classes keep their own rules.
        vm.setattr(&args.pos[0], &name, args.pos[2].clone())?;
    } else {
        vm.object_setattr(&args.pos[0], &name, Some(args.pos[2].clone()))?;
    }
    Ok(vm.none())
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "__delattr__", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let name = attribute_name(vm, &args.pos[1])?;
    if args.pos[0].kind() == Kind::Type {
        vm.delattr(&args.pos[0], &name)?;
    } else {
        vm.object_setattr(&args.pos[0], &name, None)?;
    }
    Ok(vm.none())
}

/// The interned attribute name of a `__setattr__`-style call.
fn attribute_name(vm: &mut Vm, name: &crate::heap::ObjRef) -> PyResult {
    match name.as_str() {
        Some(s) => Ok(vm.intern(s)),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(name)
        ))),
    }
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "__getattribute__", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let obj = args.pos[0].clone();
    let name = vm.intern(args.pos[1].as_str().unwrap_or(""));
    if !vm.is_user_object(&obj) {
        return vm.getattr(&obj, &name);
    }
    let ty = obj.type_of();
    match vm.generic_getattr_inner(&obj, &name, &ty)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&obj, name.as_str().unwrap_or(""))),
    }
}

fn exception_init(vm: &mut Vm, args: Args) -> PyResult {
    let Some(e) = args.pos.first().and_then(|e| e.downcast::<PyException>()) else {
        return Err(vm.type_error("descriptor '__init__' requires a 'BaseException' object"));
    };
    let exc = args.pos[0].clone();
    let attrs = vm.exception_kwargs(&exc.type_of(), &args.kw)?;
    let t = vm.new_tuple(args.pos[1..].to_vec());
    *e.args.borrow_mut() = t;
    vm.init_os_error(&exc, &args.pos[1..])?;
    vm.set_exception_kwargs(&exc, attrs);
    vm.init_unicode_error(&exc, &args.pos[1..])?;
    vm.init_syntax_error(&exc, &args.pos[1..])?;
    Ok(vm.none())
}

/// `BaseException.add_note(note)`: appends to `__notes__`, made on demand.
fn add_note(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "add_note", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let (exc, note) = (args.pos[0].clone(), args.pos[1].clone());
    if note.as_str().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    let notes = match vm.exception_get_attr(&exc, "__notes__") {
        Some(n) if n.kind() == Kind::List => n,
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        None => {
            let n = vm.new_list(Vec::new());
            let k = vm.intern("__notes__");
            vm.exception_set_attr(&exc, &k, n.clone());
            n
        }
    };
    if let Some(l) = notes.downcast::<crate::objects::list::PyList>() {
        l.items.borrow_mut().push(note);
    }
    Ok(vm.none())
}

/// `BaseException.with_traceback(tb)`: None clears the traceback; a
/// traceback object is accepted (the entries it stands for stay).
fn with_traceback(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "with_traceback", &args)?;
    let (Some(exc), Some(tb), 2) = (args.pos.first(), args.pos.get(1), args.pos.len()) else {
        return Err(vm.type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    if tb.is(&vm.none) {
        if let Some(e) = exc.downcast::<PyException>() {
            e.traceback.borrow_mut().clear();
        }
    } else if !tb.type_of().is(&vm.types.traceback) {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    Ok(exc.clone())
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() || args.pos.len() > 1 {
        let name = args
            .pos
            .first()
            .map(|c| vm.type_name_of_type(c))
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(vm.none())
}
