//! Struct sequences (`sys.version_info`, `sys.float_info` ...): read-only
//! records that are also tuples, as CPython's `structseq.c` makes them. An
//! instance keeps its values as a tuple under `_tuple`; the type's dict holds
//! the field names and the dotted name its repr shows.

use crate::builtins::{Args, add_method};
use crate::compiler::opcode::CompareOp;
use crate::heap::ObjRef;
use crate::objects::PyResult;
use crate::objects::typeobj::PyType;
use crate::vm::Vm;

/// A new struct-sequence type `module.name` with `fields`, and its one
/// instance holding `values`.
pub fn new(
    vm: &mut Vm,
    module: &'static str,
    name: &'static str,
    fields: &[&str],
    values: Vec<ObjRef>,
) -> ObjRef {
    let ty = crate::objects::types::new_builtin_type(vm, name);
    let methods: [(&'static str, crate::objects::native::NativeFn); 10] = [
        ("__repr__", repr),
        ("__getitem__", getitem),
        ("__len__", len),
        ("__iter__", iter),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
    ];
    for (n, f) in methods {
        add_method(vm, &ty, name, n, f);
    }
    if let Some(t) = ty.downcast::<PyType>() {
        let d = t.dict.clone();
        let m = vm.new_str(module);
        vm.dict_set_name(&d, "__module__", m);
        let names: Vec<ObjRef> = fields.iter().map(|f| vm.new_str(f)).collect();
        let names = vm.new_tuple(names);
        vm.dict_set_name(&d, "_fields", names);
        let shown = vm.new_str(&format!("{module}.{name}"));
        vm.dict_set_name(&d, "_display", shown);
    }
    let obj = crate::objects::instance::new_instance(&ty);
    if let Some(d) = vm.instance_dict(&obj, true) {
        for (f, v) in fields.iter().zip(&values) {
            vm.dict_set_name(&d, f, v.clone());
        }
        let t = vm.new_tuple(values);
        vm.dict_set_name(&d, "_tuple", t);
    }
    obj
}

/// The values of a struct sequence as a tuple (or `o` itself when it is not one).
fn tuple_of(vm: &mut Vm, o: &ObjRef) -> ObjRef {
    if o.kind() == crate::heap::Kind::Instance
        && let Some(d) = vm.instance_dict(o, false)
    {
        let k = vm.intern("_tuple");
        if let Some(t) = vm.dict_get_str(&d, &k)
            && t.kind() == crate::heap::Kind::Tuple
        {
            return t;
        }
    }
    o.clone()
}

fn this(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(s) => Ok(tuple_of(vm, s)),
        None => Err(vm.type_error("descriptor needs an argument")),
    }
}

fn type_attr(vm: &mut Vm, obj: &ObjRef, name: &str) -> Option<ObjRef> {
    let ty = obj.type_of();
    let k = vm.intern(name);
    vm.type_lookup(&ty, &k)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args)?;
    let obj = args.pos[0].clone();
    let fields = type_attr(vm, &obj, "_fields")
        .map(|f| vm.tuple_items(&f).to_vec())
        .unwrap_or_default();
    let shown = type_attr(vm, &obj, "_display")
        .and_then(|s| s.as_str().map(str::to_string))
        .unwrap_or_default();
    let values = vm.tuple_items(&t).to_vec();
    let mut parts = Vec::with_capacity(values.len());
    for (f, v) in fields.iter().zip(&values) {
        let r = vm.repr_string(v)?;
        parts.push(format!("{}={}", f.as_str().unwrap_or("?"), r));
    }
    Ok(vm.new_str(&format!("{shown}({})", parts.join(", "))))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args)?;
    let Some(k) = args.pos.get(1) else {
        return Err(vm.type_error("__getitem__ expected 1 argument, got 0"));
    };
    vm.getitem(&t, k)
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args)?;
    let n = vm.tuple_items(&t).len();
    Ok(vm.new_int(n as i64))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args)?;
    vm.get_iter(&t)
}

fn compare(vm: &mut Vm, args: &Args, op: CompareOp) -> PyResult {
    let t = this(vm, args)?;
    let Some(other) = args.pos.get(1) else {
        return Err(vm.type_error("comparison expected 1 argument, got 0"));
    };
    let o = tuple_of(vm, other);
    if o.kind() != crate::heap::Kind::Tuple {
        return Ok(vm.not_implemented.clone());
    }
    vm.compare(&t, &o, op)
}

fn eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Eq)
}

fn ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Ne)
}

fn lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Lt)
}

fn le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Le)
}

fn gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Gt)
}

fn ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Ge)
}
