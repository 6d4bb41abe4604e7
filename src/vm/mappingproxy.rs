//! The operations of `mappingproxy` objects: every read goes to the
//! mapping viewed, writes raise (`C.__dict__` is read-only: class
//! namespaces change only through `setattr`, which keeps the type
//! attribute cache's clock right).

use super::Vm;
use crate::heap::{self, Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::mappingproxy::PyMappingProxy;
use crate::objects::native::Args;

impl Vm {
    /// A read-only view of `mapping`.
    pub fn new_mappingproxy(&self, mapping: ObjRef) -> ObjRef {
        heap::alloc_object(&self.types.mappingproxy, PyMappingProxy { mapping })
    }

    /// The mapping a mappingproxy views, if `obj` is one.
    pub fn proxied(&self, obj: &ObjRef) -> Option<ObjRef> {
        obj.downcast::<PyMappingProxy>().map(|p| p.mapping.clone())
    }

    /// `repr()` of a mappingproxy: `mappingproxy({...})`.
    pub fn mappingproxy_repr(&mut self, obj: &ObjRef) -> PyResult<String> {
        let Some(m) = self.proxied(obj) else {
            return Ok(String::new());
        };
        let inner = self.repr_string(&m)?;
        Ok(format!("mappingproxy({inner})"))
    }
}

fn target(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.pos.first().and_then(|p| vm.proxied(p)) {
        Some(m) => Ok(m),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'mappingproxy' object"
        ))),
    }
}

/// Calls method `name` of the viewed mapping with the remaining arguments.
fn forward(vm: &mut Vm, args: Args, name: &'static str) -> PyResult {
    let m = target(vm, &args, name)?;
    let k = vm.intern(name);
    let f = vm.getattr(&m, &k)?;
    vm.call(&f, &args.pos[1..], Some(args.kw))
}

fn mp_keys(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "keys")
}

fn mp_values(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "values")
}

fn mp_items(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "items")
}

fn mp_get(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "get")
}

fn mp_copy(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, "copy")
}

fn mp_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let m = target(vm, &args, "__getitem__")?;
    let Some(k) = args.pos.get(1) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    vm.getitem(&m, k)
}

fn mp_contains(vm: &mut Vm, args: Args) -> PyResult {
    let m = target(vm, &args, "__contains__")?;
    let Some(k) = args.pos.get(1) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let r = vm.contains(&m, k)?;
    Ok(vm.new_bool(r))
}

fn mp_len(vm: &mut Vm, args: Args) -> PyResult {
    let m = target(vm, &args, "__len__")?;
    let n = vm.len(&m)?;
    Ok(vm.new_int(n as i64))
}

fn mp_iter(vm: &mut Vm, args: Args) -> PyResult {
    let m = target(vm, &args, "__iter__")?;
    vm.get_iter(&m)
}

/// `mappingproxy(mapping)` (`types.MappingProxyType`).
fn mp_new(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() || args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "mappingproxy() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1) + args.kw.len()
        )));
    }
    let m = args.pos[1].clone();
    let ok = match m.kind() {
        Kind::Dict | Kind::MappingProxy => true,
        Kind::Instance => vm.has_dunder(&m, "__getitem__") && vm.has_dunder(&m, "keys"),
        _ => false,
    };
    if !ok {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&m)
        )));
    }
    Ok(vm.new_mappingproxy(m))
}

/// Registers the methods and constructor of `mappingproxy`.
pub fn install(vm: &mut Vm) {
    let ty = vm.types.mappingproxy.clone();
    crate::builtins::set_constructor(&ty, mp_new);
    let methods: [(&'static str, crate::objects::native::NativeFn); 9] = [
        ("keys", mp_keys),
        ("values", mp_values),
        ("items", mp_items),
        ("get", mp_get),
        ("copy", mp_copy),
        ("__getitem__", mp_getitem),
        ("__contains__", mp_contains),
        ("__len__", mp_len),
        ("__iter__", mp_iter),
    ];
    for (name, f) in methods {
        crate::builtins::add_method(vm, &ty, "mappingproxy", name, f);
    }
}
