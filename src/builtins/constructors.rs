//! What calling a built-in type does: `int(x)`, `str(x)`, `list(it)`,
//! `dict(...)`, `range(...)`, `type(x)` and the rest. Each constructor gets
//! the type object as its first argument.

use super::{Args, no_kwargs, no_more_kwargs, set_constructor, take_kw};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::vm::Vm;
use crate::vm::ops::{Num, as_num};

/// Registers the constructors.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    set_constructor(&t.int, int_new);
    set_constructor(&t.bool_, bool_new);
    set_constructor(&t.float, float_new);
    set_constructor(&t.str_, str_new);
    set_constructor(&t.list, list_new);
    set_constructor(&t.tuple, tuple_new);
    set_constructor(&t.dict, dict_new);
    set_constructor(&t.set, set_new);
    set_constructor(&t.frozenset, frozenset_new);
    set_constructor(&t.range, range_new);
    set_constructor(&t.type_, type_new);
    set_constructor(&t.slice, slice_new);
    set_constructor(&t.object, object_new);
    set_constructor(&t.module, module_new);
    set_constructor(&t.method, method_new);
    set_constructor(&t.bytes, crate::objects::methods::bytes_new::bytes_new);
    set_constructor(
        &t.bytearray,
        crate::objects::methods::bytes_new::bytearray_new,
    );
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "method", &args)?;
    let [func, obj] = rest(&args) else {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.pos.len() - 1
        )));
    };
    if !super::functions::is_callable(vm, func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is(&vm.none) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(crate::heap::alloc_object(
        &vm.types.method,
        crate::objects::function::PyBoundMethod {
            func: func.clone(),
            self_obj: obj.clone(),
        },
    ))
}

/// `types.ModuleType(name, doc=None)`: an empty module.
fn module_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let name_kw = take_kw(&mut args, "name");
    let doc_kw = take_kw(&mut args, "doc");
    no_more_kwargs(vm, "module", &args)?;
    let mut given = rest(&args).iter().cloned();
    let name = given.next().or(name_kw);
    let doc = given.next().or(doc_kw);
    if given.next().is_some() {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let Some(name) = name else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    let Some(name_s) = name.as_str().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "module() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    };
    let module = vm.new_module(&name_s);
    let Some(dict) = module
        .downcast::<crate::objects::module::PyModule>()
        .map(|m| m.dict.clone())
    else {
        return Ok(module);
    };
    let doc = doc.unwrap_or_else(|| vm.none());
    vm.dict_set_name(&dict, "__doc__", doc);
    for key in ["__package__", "__loader__", "__spec__"] {
        let none = vm.none();
        vm.dict_set_name(&dict, key, none);
    }
    Ok(module)
}

fn rest(args: &Args) -> &[ObjRef] {
    &args.pos[1..]
}

fn int_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let given = args.pos.len().saturating_sub(1) + args.kw.len();
    let base_kw = take_kw(&mut args, "base");
    no_more_kwargs(vm, "int", &args)?;
    let a = rest(&args).to_vec();
    if given > 2 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({given} given)")));
    }
    let base = base_kw.or_else(|| a.get(1).cloned());
    let Some(x) = a.first() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(vm.new_int(0));
    };
    if let Some(b) = base {
        let base = vm.expect_index(&b)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match x.kind() {
            Kind::Str => {
                let text = x.as_str().unwrap_or("").to_string();
                parse_int(vm, &text, base as u32)
            }
            Kind::Bytes | Kind::ByteArray => parse_int_bytes(vm, x, base as u32),
            _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
    }
    if let Some(r) = vm.number_long(x)? {
        return Ok(r);
    }
    match as_num(x) {
        Some(Num::Float(f)) => super::numeric::float_to_int(vm, f),
        Some(Num::Int(i)) => Ok(vm.new_int(i)),
        Some(Num::Big(b)) => Ok(vm.new_bigint(b.clone())),
        None => match x.kind() {
            Kind::Str => {
                let s = x.as_str().unwrap_or("").to_string();
                parse_int(vm, &s, 10)
            }
            Kind::Bytes | Kind::ByteArray | Kind::MemoryView => parse_int_bytes(vm, x, 10),
            Kind::WeakRef if crate::modules::weakref::unproxy(vm, x)?.is_some() => {
                // A weakref.proxy converts as its referent.
                let t = crate::modules::weakref::proxy_target(vm, x)?;
                let int_type = vm.types.int.clone();
                vm.call(&int_type, &[t], None)
            }
            _ => Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(x)
            ))),
        },
    }
}

/// [`parse_int`] of the text of bytes-like `x`, whose repr (`b'1\xff'`)
/// the error message quotes.
fn parse_int_bytes(vm: &mut Vm, x: &ObjRef, base: u32) -> PyResult {
    use crate::objects::format::{IntParseError, int_literal_error_message};
    let data = crate::objects::bytes::bytes_like(x)
        .unwrap_or_default()
        .into_owned();
    let text = String::from_utf8_lossy(&data).into_owned();
    match crate::objects::format::parse_int(&text, base) {
        Err(IntParseError::Invalid) => {
            // The message quotes the bytes as bytes, whatever held them.
            let as_bytes = vm.new_bytes(&data);
            let r = vm.repr_string(&as_bytes)?;
            Err(vm.value_error(int_literal_error_message(&r, base)))
        }
        Ok(v) => Ok(vm.new_bigint(v)),
        Err(_) => parse_int(vm, &text, base),
    }
}

fn parse_int(vm: &mut Vm, text: &str, base: u32) -> PyResult {
    use crate::objects::format::{
        IntParseError, int_limit_error_message, int_literal_error_message,
    };
    match crate::objects::format::parse_int(text, base) {
        Ok(v) => Ok(vm.new_bigint(v)),
        Err(IntParseError::TooManyDigits { digits }) => {
            Err(vm.value_error(int_limit_error_message(digits)))
        }
        Err(IntParseError::Invalid) => {
            let r = crate::objects::str::repr_str(text);
            Err(vm.value_error(int_literal_error_message(&r, base)))
        }
    }
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "bool", &args)?;
    let a = rest(&args).to_vec();
    if a.len() > 1 {
        return Err(vm.type_error(format!("bool expected at most 1 argument, got {}", a.len())));
    }
    match a.first() {
        Some(x) => {
            let t = vm.truthy(x)?;
            Ok(vm.new_bool(t))
        }
        None => Ok(vm.false_.clone()),
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "float", &args)?;
    let a = rest(&args).to_vec();
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            a.len()
        )));
    }
    let Some(x) = a.first() else {
        return Ok(vm.new_float(0.0));
    };
    if !x.type_of().is(&vm.types.float)
        && let Some(f) = vm.number_float(x)?
    {
        return Ok(vm.new_float(f));
    }
    match as_num(x) {
        Some(Num::Float(f)) => Ok(vm.new_float(f)),
        Some(n) => {
            let f = crate::vm::ops::int_to_f64(vm, n)?;
            Ok(vm.new_float(f))
        }
        None => match x.kind() {
            Kind::Str => {
                let s = x.as_str().unwrap_or("");
                match crate::objects::format::parse_float(s) {
                    Some(f) => Ok(vm.new_float(f)),
                    None => {
                        let r = crate::objects::str::repr_str(s);
                        Err(vm.value_error(format!("could not convert string to float: {r}")))
                    }
                }
            }
            Kind::Bytes | Kind::ByteArray | Kind::MemoryView => {
                let data = crate::objects::bytes::bytes_like(x).unwrap_or_default();
                let parsed = std::str::from_utf8(&data)
                    .ok()
                    .and_then(crate::objects::format::parse_float);
                match parsed {
                    Some(f) => Ok(vm.new_float(f)),
                    None => {
                        let r = vm.repr_string(x)?;
                        Err(vm.value_error(format!("could not convert string to float: {r}")))
                    }
                }
            }
            Kind::WeakRef if crate::modules::weakref::unproxy(vm, x)?.is_some() => {
                // A weakref.proxy converts as its referent.
                let t = crate::modules::weakref::proxy_target(vm, x)?;
                let float_type = vm.types.float.clone();
                vm.call(&float_type, &[t], None)
            }
            _ => Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(x)
            ))),
        },
    }
}

fn str_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let object = take_kw(&mut args, "object");
    let _encoding = take_kw(&mut args, "encoding");
    let _errors = take_kw(&mut args, "errors");
    no_more_kwargs(vm, "str", &args)?;
    let mut a = rest(&args).to_vec();
    let given = a.len()
        + [&object, &_encoding, &_errors]
            .iter()
            .filter(|k| k.is_some())
            .count();
    if given > 3 {
        return Err(vm.type_error(format!("str() takes at most 3 arguments ({given} given)")));
    }
    for (name, pos, kw) in [
        ("object", 1, &object),
        ("encoding", 2, &_encoding),
        ("errors", 3, &_errors),
    ] {
        if kw.is_some() && a.len() >= pos {
            return Err(vm.type_error(format!(
                "argument for str() given by name ('{name}') and position ({pos})"
            )));
        }
    }
    if let Some(o) = object {
        a.insert(0, o);
    }
    match a.first() {
        Some(x) => {
            if a.len() >= 2 || _encoding.is_some() || _errors.is_some() {
                if let Some(b) = crate::objects::bytes::bytes_like(x) {
                    let encoding = _encoding.clone().or_else(|| a.get(1).cloned());
                    let errors = _errors.clone().or_else(|| a.get(2).cloned());
                    let text = crate::objects::methods::bytes_new::decode_bytes(
                        vm,
                        &b,
                        encoding.as_ref(),
                        errors.as_ref(),
                    )?;
                    return Ok(vm.new_str(&text));
                }
                if x.kind() == Kind::Str {
                    return Err(vm.type_error("decoding str is not supported"));
                }
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(x)
                )));
            }
            vm.str_of(x)
        }
        None => Ok(vm.empty_str.clone()),
    }
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "list", &args)?;
    let a = rest(&args).to_vec();
    if a.len() > 1 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {}", a.len())));
    }
    // As CPython: a new empty list extended by the iterable, so it gets
    // the capacity list.extend gives (`sys.getsizeof` shows it).
    let list = vm.new_list(Vec::new());
    if let Some(x) = a.first() {
        crate::objects::methods::list::extend_list(vm, &list, x)?;
    }
    Ok(list)
}

/// The items of `x` for `list(x)` / `tuple(x)`: a class instance is asked
/// for its length hint after its iterator (as CPython sizes the result),
/// so an error from `__len__` or `__length_hint__` surfaces.
fn collect_hinted(vm: &mut Vm, x: &ObjRef) -> PyResult<Vec<ObjRef>> {
    if x.kind() != Kind::Instance {
        return vm.collect_iterable(x);
    }
    let it = vm.get_iter(x)?;
    crate::objects::methods::list::length_hint(vm, x)?;
    vm.collect_iterable(&it)
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "tuple", &args)?;
    let a = rest(&args).to_vec();
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            a.len()
        )));
    }
    match a.first() {
        Some(x) if x.is_type(&vm.types.tuple) => Ok(x.clone()),
        Some(x) => {
            let items = collect_hinted(vm, x)?;
            Ok(vm.new_tuple(items))
        }
        None => Ok(vm.empty_tuple.clone()),
    }
}

/// For `{**m}` and `f(**m)`: `m` itself when it is a dict, else a new dict
/// read from a mapping object (one whose class has `keys`), else `m`
/// unchanged for the caller to reject.
pub fn mapping_as_dict(vm: &mut Vm, m: ObjRef) -> PyResult {
    if m.kind() == Kind::MappingProxy
        || ((m.kind() == Kind::Instance || iter_overridden(vm, &m)) && vm.has_dunder(&m, "keys"))
    {
        let d = vm.new_dict();
        dict_fill(vm, &d, &m)?;
        return Ok(d);
    }
    Ok(m)
}

/// Whether `m` is an instance of a dict subclass with its own `__iter__`:
/// then it is read as a mapping through `keys()` and `[]`, not copied by
/// its table (CPython's dict_merge fast path requires dict's iterator).
fn iter_overridden(vm: &mut Vm, m: &ObjRef) -> bool {
    m.kind() == Kind::Dict && vm.subclass_override(m, "__iter__").is_some()
}

/// `dict.update`-style filling of `d` from a mapping or an iterable of pairs.
pub fn dict_fill(vm: &mut Vm, d: &ObjRef, src: &ObjRef) -> PyResult<()> {
    // A mappingproxy fills like the mapping it views.
    if let Some(m) = vm.proxied(src) {
        return dict_fill(vm, d, &m);
    }
    if src.kind() == Kind::Dict && !iter_overridden(vm, src) {
        for (k, v) in vm.dict_items(src) {
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    // Any other mapping: an object whose class has `keys` (as CPython's
    // PyDict_Merge decides), read through keys() and `[]`.
    if (src.kind() == Kind::Instance || iter_overridden(vm, src)) && vm.has_dunder(src, "keys") {
        let keys_name = vm.intern("keys");
        let keys = vm.getattr(src, &keys_name)?;
        let keys = vm.call(&keys, &[], None)?;
        for k in vm.collect_iterable(&keys)? {
            let v = vm.getitem(src, &k)?;
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.collect_iterable(&item) {
            Ok(p) => p,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    i
                )));
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        if let (Some(k), Some(v)) = (p.next(), p.next()) {
            vm.dict_set(d, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult {
    let a = rest(&args).to_vec();
    if a.len() > 1 {
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", a.len())));
    }
    let d = vm.new_dict();
    if let Some(src) = a.first() {
        dict_fill(vm, &d, src)?;
    }
    for (k, v) in args.kw {
        vm.dict_set(&d, k, v)?;
    }
    Ok(d)
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "set", &args)?;
    make_set(vm, &args, false)
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "frozenset", &args)?;
    make_set(vm, &args, true)
}

fn make_set(vm: &mut Vm, args: &Args, frozen: bool) -> PyResult {
    let a = rest(args).to_vec();
    let name = if frozen { "frozenset" } else { "set" };
    if a.len() > 1 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            a.len()
        )));
    }
    if frozen
        && let Some(x) = a.first()
        && x.is_type(&vm.types.frozenset)
    {
        return Ok(x.clone());
    }
    let s = vm.new_set(frozen);
    if let Some(x) = a.first() {
        // Sets (subclasses too) are merged by their table, never through
        // an overriding __iter__ (CPython's set_update_internal).
        crate::objects::methods::set::update(vm, &s, x)?;
    }
    Ok(s)
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "range", &args)?;
    let a = rest(&args).to_vec();
    if a.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "range expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let mut v = Vec::with_capacity(3);
    for x in &a {
        let x = &vm.number_index(x)?.unwrap_or_else(|| x.clone());
        if x.kind() == Kind::Float || as_num(x).is_none() {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(x)
            )));
        }
        let b = crate::vm::ops::as_bigint(x).unwrap_or_default();
        match num_traits::ToPrimitive::to_i128(&b) {
            Some(i) if i.unsigned_abs() < crate::objects::range::RANGE_BOUND => v.push(i),
            _ => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        }
    }
    let (start, stop, step) = match v.len() {
        1 => (0, v[0], 1),
        2 => (v[0], v[1], 1),
        _ => (v[0], v[1], v[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.new_range(start, stop, step))
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult {
    let a = rest(&args).to_vec();
    if a.len() == 1 && args.kw.is_empty() {
        return Ok(a[0].type_of());
    }
    if a.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    vm.type_three_args(&a, args.kw)
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "slice", &args)?;
    let a = rest(&args).to_vec();
    let none = vm.none();
    match a.len() {
        1 => Ok(vm.new_slice(none.clone(), a[0].clone(), none)),
        2 => Ok(vm.new_slice(a[0].clone(), a[1].clone(), none)),
        3 => Ok(vm.new_slice(a[0].clone(), a[1].clone(), a[2].clone())),
        0 => Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    }
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error("object() takes no arguments"));
    }
    Ok(crate::objects::instance::new_instance(&vm.types.object))
}
