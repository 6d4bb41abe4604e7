//! The `sys` module.

use crate::builtins::{Args, add_method, arity, new_native, no_kwargs, one_arg};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::module::PyModule;
use crate::objects::typeobj::PyType;
use crate::vm::Vm;
use std::io::Write;

/// Builds the `sys` module.
pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("sys");
    let d = match m.downcast::<PyModule>() {
        Some(p) => p.dict.clone(),
        None => return m,
    };
    let argv: Vec<ObjRef> = vm.argv.clone().iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    vm.dict_set_name(&d, "argv", argv);
    let funcs: [(&'static str, crate::objects::native::NativeFn); 12] = [
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exit", exit),
        ("getrefcount", getrefcount),
        ("intern", intern),
        ("exc_info", exc_info),
        ("exception", exception),
        ("getsizeof", getsizeof),
        ("_debugmallocstats", debugmallocstats),
        ("_getframe", crate::vm::frames::sys_getframe),
    ];
    for (n, f) in funcs {
        let o = new_native(vm, n, f, Some("sys"));
        vm.dict_set_name(&d, n, o);
    }
    let maxsize = vm.new_int(i64::MAX);
    vm.dict_set_name(&d, "maxsize", maxsize);
    let vi = vec![
        vm.new_int(3),
        vm.new_int(11),
        vm.new_int(0),
        vm.new_str("final"),
        vm.new_int(0),
    ];
    let vi = super::structseq::new(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vi,
    );
    vm.dict_set_name(&d, "version_info", vi);
    let fi = vec![
        vm.new_float(f64::MAX),
        vm.new_int(f64::MAX_EXP as i64),
        vm.new_int(f64::MAX_10_EXP as i64),
        vm.new_float(f64::MIN_POSITIVE),
        vm.new_int(f64::MIN_EXP as i64),
        vm.new_int(f64::MIN_10_EXP as i64),
        vm.new_int(f64::DIGITS as i64),
        vm.new_int(f64::MANTISSA_DIGITS as i64),
        vm.new_float(f64::EPSILON),
        vm.new_int(f64::RADIX as i64),
        vm.new_int(1),
    ];
    let fi = super::structseq::new(
        vm,
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        fi,
    );
    vm.dict_set_name(&d, "float_info", fi);
    let hexversion = vm.new_int(0x030b_00f0);
    vm.dict_set_name(&d, "hexversion", hexversion);
    let maxunicode = vm.new_int(0x10ffff);
    vm.dict_set_name(&d, "maxunicode", maxunicode);
    let v = vm.new_str(&format!("3.11.0 (Ferrite {})", env!("CARGO_PKG_VERSION")));
    vm.dict_set_name(&d, "version", v);
    let p = vm.new_str("linux");
    vm.dict_set_name(&d, "platform", p);
    let bo = vm.new_str(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    });
    vm.dict_set_name(&d, "byteorder", bo);
    let mods = vm.modules.clone();
    vm.dict_set_name(&d, "modules", mods);
    let path = vm.new_list(Vec::new());
    vm.dict_set_name(&d, "path", path);
    let out = stream(vm, "stdout", stdout_write);
    let err = stream(vm, "stderr", stderr_write);
    vm.dict_set_name(&d, "stdout", out.clone());
    vm.dict_set_name(&d, "stderr", err.clone());
    vm.dict_set_name(&d, "__stdout__", out);
    vm.dict_set_name(&d, "__stderr__", err);
    m
}

/// A text stream object whose type has `write` and `flush`.
fn stream(vm: &mut Vm, which: &'static str, write: crate::objects::native::NativeFn) -> ObjRef {
    let ty = crate::objects::types::new_builtin_type(vm, "TextIOWrapper");
    add_method(vm, &ty, which, "write", write);
    add_method(vm, &ty, which, "flush", flush);
    if let Some(t) = ty.downcast::<PyType>() {
        let dd = t.dict.clone();
        let modname = vm.new_str("_io");
        vm.dict_set_name(&dd, "__module__", modname);
        heap::gc::immortalize_graph(&dd);
    }
    crate::objects::instance::new_instance(&ty)
}

fn write_arg(vm: &mut Vm, args: &Args) -> PyResult<String> {
    no_kwargs(vm, "write", args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "TextIOWrapper.write() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    match args.pos[1].as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        ))),
    }
}

fn stdout_write(vm: &mut Vm, args: Args) -> PyResult {
    let s = write_arg(vm, &args)?;
    vm.write_stdout(&s);
    Ok(vm.new_int(s.chars().count() as i64))
}

fn stderr_write(vm: &mut Vm, args: Args) -> PyResult {
    let s = write_arg(vm, &args)?;
    vm.flush_stdout();
    let _ = std::io::stderr().write_all(s.as_bytes());
    Ok(vm.new_int(s.chars().count() as i64))
}

fn flush(vm: &mut Vm, _args: Args) -> PyResult {
    vm.flush_stdout();
    Ok(vm.none())
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "get_int_max_str_digits", &args, 0, 0)?;
    Ok(vm.new_int(crate::objects::format::int_max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640.
fn set_int_max_str_digits(vm: &mut Vm, mut args: Args) -> PyResult {
    let kw = crate::builtins::take_kw(&mut args, "maxdigits");
    let a = match (args.pos.len(), kw) {
        (1, None) if args.kw.is_empty() => args.pos[0].clone(),
        (0, Some(v)) if args.kw.is_empty() => v,
        _ => {
            return Err(
                vm.type_error("set_int_max_str_digits() takes exactly one argument (maxdigits)")
            );
        }
    };
    let n = vm.expect_index(&a)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::objects::format::set_int_max_str_digits(n as usize);
    Ok(vm.none())
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "getrecursionlimit", &args, 0, 0)?;
    Ok(vm.new_int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "setrecursionlimit", &args)?;
    if a.kind() == Kind::Float {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.expect_index(&a)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.frames.len() {
        return Err(vm.new_error(
            &vm.exc.recursion_error.clone(),
            format!(
                "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                n,
                vm.frames.len()
            ),
        ));
    }
    vm.recursion_limit = n.min(10_000_000) as usize;
    Ok(vm.none())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "exit", &args)?;
    let code: Vec<ObjRef> = args.pos.to_vec();
    Err(vm.new_error_args(&vm.exc.system_exit.clone(), code))
}

fn getrefcount(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "getrefcount", &args)?;
    // `a` and the argument list each hold one reference the caller does
    // not see; CPython reports the count including its one argument ref.
    let n = a.refcount() as i64 - 1;
    Ok(vm.new_int(n))
}

fn intern(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "intern", &args)?;
    match a.as_str() {
        Some(_) if crate::vm::subclass::is_subclass_instance(&a) => {
            Err(vm.type_error(format!("can't intern {}", vm.type_name(&a))))
        }
        Some(s) => {
            let s = s.to_string();
            if let Some(existing) = vm.interned.get(s.as_str()) {
                return Ok(existing.clone());
            }
            a.set_flags(heap::flags::INTERNED);
            vm.interned.insert(s.into(), a.clone());
            Ok(a)
        }
        None => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(&a)
        ))),
    }
}

fn exc_info(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "exc_info", &args, 0, 0)?;
    match vm.current_exception() {
        Some(e) => {
            let t = e.type_of();
            let tb = vm.traceback_of(&e);
            Ok(vm.new_tuple(vec![t, e, tb]))
        }
        None => {
            let n = vm.none();
            Ok(vm.new_tuple(vec![n.clone(), n.clone(), n]))
        }
    }
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "exception", &args, 0, 0)?;
    Ok(vm.current_exception().unwrap_or_else(|| vm.none()))
}

fn getsizeof(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "getsizeof", &args)?;
    arity(vm, "getsizeof", &args, 1, 2)?;
    let obj = args.pos[0].clone();
    match sizeof_with_method(vm, &obj) {
        // As CPython: a default stands in for a TypeError only.
        Err(e) if args.pos.len() == 2 && vm.isinstance(&e.0, &vm.exc.type_error) => {
            Ok(args.pos[1].clone())
        }
        r => r,
    }
}

/// `sys.getsizeof` without a default: a class may say how big its
/// instances are (`__sizeof__`); the pre-header (the collector's head, the
/// managed dict) is added, as CPython does.
fn sizeof_with_method(vm: &mut Vm, obj: &ObjRef) -> PyResult {
    if vm.is_heap_type(&obj.type_of()) {
        let name = vm.intern("__sizeof__");
        if let Some(f) = vm.type_lookup(&obj.type_of(), &name)
            && f.kind() == Kind::Function
        {
            let r = vm.call(&f, std::slice::from_ref(obj), None)?;
            let n = match crate::vm::ops::as_bigint(&r) {
                Some(n) if r.kind() != Kind::Float => n,
                _ => return Err(vm.type_error("an integer is required")),
            };
            let n = num_traits::ToPrimitive::to_i64(&n)
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
            if n < 0 {
                return Err(vm.value_error("__sizeof__() should return >= 0"));
            }
            let pre = crate::objects::sizeof::pre_header(vm, obj) as i64;
            return Ok(vm.new_int(n + pre));
        }
    }
    let n = crate::objects::sizeof::size_of(vm, obj);
    Ok(vm.new_int(n as i64))
}

fn debugmallocstats(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "_debugmallocstats", &args, 0, 0)?;
    vm.flush_stdout();
    let _ = std::io::stderr().write_all(heap::debug_malloc_stats().as_bytes());
    Ok(vm.none())
}
