//! The `_weakref` module, the core of `weakref`: `ref`, `proxy`,
//! `getweakrefcount`, `getweakrefs` and the reference types, over the
//! heap's weakref registry. `WeakValueDictionary`, `WeakKeyDictionary`,
//! `WeakSet` and `finalize` are Python code on top of them
//! (`py/weakref.py`), as in CPython.

use crate::builtins::{Args, add_method, arity, new_native, set_constructor};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::module::PyModule;
use crate::objects::typeobj::{PyType, type_flags};
use crate::objects::weakref::PyWeakRef;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

/// Builds the `_weakref` module.
pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_weakref");
    let d = match m.downcast::<PyModule>() {
        Some(p) => p.dict.clone(),
        None => return m,
    };
    let types = [
        vm.types.weakref_ref.clone(),
        vm.types.weakref_proxy.clone(),
        vm.types.weakref_callable_proxy.clone(),
    ];
    for t in &types {
        if let Some(pt) = t.downcast::<PyType>() {
            let td = pt.dict.clone();
            let name = vm.new_str("weakref");
            vm.dict_set_name(&td, "__module__", name);
            pt.flags.set(pt.flags.get() | type_flags::BASETYPE);
        }
    }
    let ref_type = types[0].clone();
    set_constructor(&ref_type, ref_new);
    add_method(vm, &ref_type, "ReferenceType", "__call__", ref_call);
    add_method(vm, &ref_type, "ReferenceType", "__init__", ref_init);
    // `__new__` makes instances of subclasses too (class R(weakref.ref)).
    if let Some(pt) = ref_type.downcast::<PyType>() {
        let f = new_native(vm, "__new__", ref_type_new, None);
        let sm = heap::alloc_object(
            &vm.types.staticmethod,
            crate::objects::descriptor::PyStaticMethod { func: f },
        );
        let td = pt.dict.clone();
        vm.dict_set_name(&td, "__new__", sm);
    }
    add_method(vm, &ref_type, "ReferenceType", "__hash__", ref_hash);
    vm.dict_set_name(&d, "ref", ref_type.clone());
    vm.dict_set_name(&d, "ReferenceType", ref_type);
    vm.dict_set_name(&d, "ProxyType", types[1].clone());
    vm.dict_set_name(&d, "CallableProxyType", types[2].clone());
    let proxy_types = vm.new_tuple(vec![types[1].clone(), types[2].clone()]);
    vm.dict_set_name(&d, "ProxyTypes", proxy_types);
    // The built-in types' namespaces are immortal (see Vm::new); what was
    // added here joins them.
    for t in &types {
        if let Some(pt) = t.downcast::<PyType>() {
            heap::gc::immortalize_graph(&pt.dict);
        }
    }
    let funcs: [(&'static str, crate::objects::native::NativeFn); 3] = [
        ("proxy", proxy),
        ("getweakrefcount", getweakrefcount),
        ("getweakrefs", getweakrefs),
    ];
    for (n, f) in funcs {
        let o = new_native(vm, n, f, Some("weakref"));
        vm.dict_set_name(&d, n, o);
    }
    let re = vm.exc.reference_error.clone();
    vm.dict_set_name(&d, "ReferenceError", re);
    m
}

/// Whether objects like `obj` can be weakly referenced (CPython's
/// `tp_weaklistoffset != 0`).
pub fn weakrefable(vm: &mut Vm, obj: &ObjRef) -> bool {
    let heap_type = vm.is_heap_type(&obj.type_of());
    match obj.kind() {
        // A class whose `__slots__` leave out `__weakref__` (and all of
        // its bases') has no `__weakref__` descriptor.
        Kind::Instance if heap_type => {
            let k = vm.intern("__weakref__");
            vm.type_lookup(&obj.type_of(), &k).is_some()
        }
        Kind::Instance
        | Kind::Function
        | Kind::Type
        | Kind::Generator
        | Kind::BoundMethod
        | Kind::Code
        | Kind::Module
        | Kind::Exception
        | Kind::Native
        | Kind::Property => true,
        Kind::Set => true,
        Kind::WeakRef => false,
        // Variable-size bases have no weak reference slot, even subclassed.
        Kind::Int | Kind::BigInt | Kind::Tuple | Kind::Bytes => false,
        _ => heap_type,
    }
}

/// Makes a weak reference (or proxy) to `target` with `callback`,
/// sharing the callback-less one as CPython does.
pub fn new_weakref(
    vm: &mut Vm,
    ty: &ObjRef,
    target: &ObjRef,
    callback: Option<ObjRef>,
    proxy: bool,
) -> PyResult {
    if !weakrefable(vm, target) {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(target)
        )));
    }
    let callback = callback.filter(|c| !c.is(&vm.none));
    let exact = ty.is(&vm.types.weakref_ref) || proxy;
    if callback.is_none()
        && exact
        && let Some(existing) = heap::weakrefs::find_basic(target, proxy)
    {
        return Ok(existing);
    }
    let payload = PyWeakRef {
        target: Cell::new(Some(target.as_ptr())),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
        proxy,
    };
    let wr = if vm.is_heap_type(ty) {
        // A subclass of weakref.ref: its instances carry a __dict__.
        heap::alloc_subclass_object(ty, payload)
    } else {
        heap::alloc_object(ty, payload)
    };
    heap::weakrefs::register(&wr, target);
    Ok(wr)
}

fn ref_new(vm: &mut Vm, args: Args) -> PyResult {
    // Subclasses may take keyword arguments of their own (for __init__).
    let exact = args
        .pos
        .first()
        .is_some_and(|t| t.is(&vm.types.weakref_ref));
    if exact && !args.kw.is_empty() {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    let n = args.pos.len().saturating_sub(1);
    if !(1..=2).contains(&n) {
        return Err(vm.type_error(if n == 0 {
            "__new__ expected at least 1 argument, got 0".to_string()
        } else {
            format!("__new__ expected at most 2 arguments, got {n}")
        }));
    }
    let ty = args.pos[0].clone();
    let target = args.pos[1].clone();
    let cb = args.pos.get(2).cloned();
    new_weakref(vm, &ty, &target, cb, false)
}

/// `weakref.ref.__new__(cls, ob, callback=None)`.
fn ref_type_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos.first().cloned() else {
        return Err(vm.type_error("weakref.__new__(): not enough arguments"));
    };
    let base = vm.types.weakref_ref.clone();
    if cls.kind() != Kind::Type || !vm.is_subclass(&cls, &base) {
        return Err(vm.type_error(format!(
            "weakref.__new__({}): {} is not a subtype of weakref",
            vm.type_name(&cls),
            vm.type_name(&cls)
        )));
    }
    ref_new(vm, args)
}

/// `weakref.ref.__init__(self, ob, callback=None)`: the arguments were
/// used by `__new__`; only their number is checked.
fn ref_init(vm: &mut Vm, args: Args) -> PyResult {
    let n = args.pos.len().saturating_sub(1);
    if !(1..=2).contains(&n) {
        return Err(vm.type_error(if n == 0 {
            "__init__ expected at least 1 argument, got 0".to_string()
        } else {
            format!("__init__ expected at most 2 arguments, got {n}")
        }));
    }
    Ok(vm.none())
}

fn the_weakref<'a>(vm: &Vm, obj: &'a ObjRef) -> PyResult<&'a PyWeakRef> {
    obj.downcast::<PyWeakRef>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'weakref.ReferenceType' object"))
}

fn ref_call(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "weakref", &args, 1, 1)?;
    let w = the_weakref(vm, &args.pos[0])?;
    Ok(w.get().unwrap_or_else(|| vm.none()))
}

fn ref_hash(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "__hash__", &args, 1, 1)?;
    let h = weakref_hash(vm, &args.pos[0])?;
    Ok(vm.new_int(h))
}

/// `hash(ref)`: the referent's hash, remembered so that it survives the
/// referent; TypeError for a dead reference never hashed.
pub fn weakref_hash(vm: &mut Vm, obj: &ObjRef) -> PyResult<i64> {
    let w = the_weakref(vm, obj)?;
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    match w.get() {
        Some(t) => {
            let h = vm.hash(&t)?;
            if let Some(w) = obj.downcast::<PyWeakRef>() {
                w.hash.set(Some(h));
            }
            Ok(h)
        }
        None => Err(vm.type_error("weak object has gone away")),
    }
}

/// `ref == other`: referents compared while both are alive, identity
/// otherwise.
pub fn weakref_eq(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let (Some(x), Some(y)) = (a.downcast::<PyWeakRef>(), b.downcast::<PyWeakRef>()) else {
        return Ok(false);
    };
    match (x.get(), y.get()) {
        (Some(p), Some(q)) => vm.eq(&p, &q),
        _ => Ok(a.is(b)),
    }
}

/// `repr(ref)`.
pub fn weakref_repr(vm: &mut Vm, obj: &ObjRef) -> String {
    let Some(w) = obj.downcast::<PyWeakRef>() else {
        return String::new();
    };
    let what = if w.proxy { "weakproxy" } else { "weakref" };
    match w.get() {
        Some(t) => {
            let tn = vm.type_name(&t);
            format!("<{what} at {:#x}; to '{tn}' at {:#x}>", obj.id(), t.id())
        }
        None => format!("<{what} at {:#x}; dead>", obj.id()),
    }
}

/// The referent of a proxy, or ReferenceError.
/// The referent of `obj` when it is a `weakref.proxy` (ReferenceError
/// when that is dead), `None` for any other object: the operations a proxy
/// forwards (CPython's proxy slots) call this first.
#[inline]
pub fn unproxy(vm: &Vm, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    if obj.kind() != Kind::WeakRef || !obj.downcast::<PyWeakRef>().is_some_and(|w| w.proxy) {
        return Ok(None);
    }
    proxy_target(vm, obj).map(Some)
}

pub fn proxy_target(vm: &Vm, obj: &ObjRef) -> PyResult {
    obj.downcast::<PyWeakRef>()
        .and_then(|w| w.get())
        .ok_or_else(|| {
            vm.new_error(
                &vm.exc.reference_error,
                "weakly-referenced object no longer exists",
            )
        })
}

fn proxy(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("proxy() takes no keyword arguments"));
    }
    arity(vm, "proxy", &args, 1, 2)?;
    let target = args.pos[0].clone();
    let callable = crate::builtins::functions::is_callable(vm, &target);
    let ty = if callable {
        vm.types.weakref_callable_proxy.clone()
    } else {
        vm.types.weakref_proxy.clone()
    };
    new_weakref(vm, &ty, &target, args.pos.get(1).cloned(), true)
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "getweakrefcount", &args, 1, 1)?;
    let n = heap::weakrefs::weakrefs_of(&args.pos[0]).len();
    Ok(vm.new_int(n as i64))
}

fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "getweakrefs", &args, 1, 1)?;
    let refs = heap::weakrefs::weakrefs_of(&args.pos[0]);
    Ok(vm.new_list(refs))
}
