//! General built-in functions: print, len, repr, id, type checks, attribute
//! access, iteration helpers, sorting, min/max/sum.

use super::{Args, arity, def, no_kwargs, no_more_kwargs, one_arg, take_kw};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::vm::Vm;

/// Registers the functions of this module.
pub fn install(vm: &mut Vm) {
    def(vm, "print", print);
    def(vm, "len", len);
    def(vm, "repr", repr);
    def(vm, "ascii", ascii);
    def(vm, "id", id);
    def(vm, "hash", hash);
    def(vm, "isinstance", isinstance);
    def(vm, "issubclass", issubclass);
    def(vm, "callable", callable);
    def(vm, "iter", iter);
    def(vm, "next", next);
    def(vm, "getattr", getattr);
    def(vm, "setattr", setattr);
    def(vm, "hasattr", hasattr);
    def(vm, "delattr", delattr);
    def(vm, "any", any);
    def(vm, "all", all);
    def(vm, "sorted", sorted);
    def(vm, "min", min);
    def(vm, "max", max);
    def(vm, "sum", sum);
    def(vm, "globals", globals);
    def(vm, "locals", locals);
    def(vm, "format", format);
    def(vm, "exit", exit);
    def(vm, "quit", exit);
    def(vm, "input", input);
    def(vm, "vars", vars);
    def(vm, "dir", dir);
    def(vm, "eval", eval);
    def(vm, "exec", exec);
    def(vm, "compile", compile);
}

fn print(vm: &mut Vm, mut args: Args) -> PyResult {
    let sep = take_kw(&mut args, "sep");
    let end = take_kw(&mut args, "end");
    let file = take_kw(&mut args, "file");
    let flush = take_kw(&mut args, "flush");
    no_more_kwargs(vm, "print", &args)?;
    let text_arg =
        |vm: &mut Vm, v: Option<ObjRef>, what: &str, default: &str| -> PyResult<String> {
            match v {
                None => Ok(default.to_string()),
                Some(v) if v.is(&vm.none) => Ok(default.to_string()),
                Some(v) => match v.as_str() {
                    Some(s) => Ok(s.to_string()),
                    None => Err(vm.type_error(format!(
                        "{} must be None or a string, not {}",
                        what,
                        vm.type_name(&v)
                    ))),
                },
            }
        };
    let sep = text_arg(vm, sep, "sep", " ")?;
    let end = text_arg(vm, end, "end", "\n")?;
    let file = match file {
        Some(f) if !f.is(&vm.none) => Some(f),
        _ => replaced_stdout(vm),
    };
    if file.as_ref().is_some_and(|f| f.is(&vm.none)) {
        // sys.stdout = None: print writes nothing.
        return Ok(vm.none());
    }
    let mut pieces: Vec<String> = Vec::with_capacity(args.pos.len() * 2);
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            pieces.push(sep.clone());
        }
        pieces.push(vm.str_string(a)?);
    }
    pieces.push(end);
    let out = pieces.concat();
    // A Python file object gets one write() per piece, as CPython does.
    let write_pieces = |vm: &mut Vm, w: &ObjRef| -> PyResult {
        for p in &pieces {
            let s = vm.new_str(p);
            vm.call(w, &[s], None)?;
        }
        Ok(vm.none())
    };
    let to_stderr = match &file {
        None => false,
        Some(f) => {
            let name = vm.intern("write");
            let w = vm.getattr(f, &name)?;
            if w.kind() == Kind::Native {
                if let Some(n) = w.downcast::<crate::objects::native::PyNative>() {
                    if n.name == "write" && n.owner == Some("stderr") {
                        true
                    } else if n.owner == Some("stdout") {
                        false
                    } else {
                        return write_pieces(vm, &w);
                    }
                } else {
                    false
                }
            } else {
                return write_pieces(vm, &w);
            }
        }
    };
    if to_stderr {
        vm.flush_stdout();
        eprint!("{out}");
    } else {
        vm.write_stdout(&out);
        if let Some(f) = flush
            && vm.truthy(&f)?
        {
            vm.flush_stdout();
        }
    }
    Ok(vm.none())
}

/// `sys.stdout` when a program has replaced it (print writes there), else
/// `None` for the interpreter's own stdout.
fn replaced_stdout(vm: &mut Vm) -> Option<ObjRef> {
    let sys = vm.intern("sys");
    let modules = vm.modules.clone();
    let m = vm.dict_get_str(&modules, &sys)?;
    let d = m
        .downcast::<crate::objects::module::PyModule>()?
        .dict
        .clone();
    let (k, k0) = (vm.intern("stdout"), vm.intern("__stdout__"));
    let cur = vm.dict_get_str(&d, &k)?;
    match vm.dict_get_str(&d, &k0) {
        Some(orig) if orig.is(&cur) => None,
        _ => Some(cur),
    }
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "len", &args)?;
    let n = vm.len(&a)?;
    Ok(vm.new_int(n as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "repr", &args)?;
    vm.repr(&a)
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "ascii", &args)?;
    vm.ascii(&a)
}

fn id(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "id", &args)?;
    Ok(vm.new_bigint(num_bigint::BigInt::from(a.id())))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "hash", &args)?;
    let h = vm.hash(&a)?;
    Ok(vm.new_int(h))
}

fn class_check(vm: &mut Vm, obj: &ObjRef, cls: &ObjRef, name: &str, sub: bool) -> PyResult<bool> {
    if cls.kind() == Kind::Tuple {
        let items: Vec<ObjRef> = vm.tuple_items(cls).to_vec();
        for c in &items {
            if class_check(vm, obj, c, name, sub)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.kind() == Kind::Type
        && let Some(r) = vm.metaclass_check(obj, cls, sub)?
    {
        return Ok(r);
    }
    if cls.kind() != Kind::Type && vm.is_user_object(cls) {
        // Any object whose class defines the check (types.UnionType).
        let hook = if sub {
            "__subclasscheck__"
        } else {
            "__instancecheck__"
        };
        if let Some(r) = vm.call_dunder(cls, hook, std::slice::from_ref(obj))? {
            return vm.truthy(&r);
        }
    }
    if sub {
        // CPython's recursive_issubclass checks the first argument first.
        if obj.kind() != Kind::Type {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        }
        if cls.kind() != Kind::Type {
            return Err(
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            );
        }
        Ok(vm.is_subclass(obj, cls))
    } else if cls.kind() != Kind::Type {
        Err(vm.type_error(format!(
            "{name}() arg 2 must be a type, a tuple of types, or a union"
        )))
    } else if vm.isinstance(obj, cls) {
        Ok(true)
    } else {
        // A weakref.proxy reports its referent's class as `__class__`,
        // which isinstance consults too.
        match crate::modules::weakref::unproxy(vm, obj) {
            Ok(Some(t)) => Ok(vm.isinstance(&t, cls)),
            _ => Ok(false),
        }
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "isinstance", &args)?;
    arity(vm, "isinstance", &args, 2, 2)?;
    let r = class_check(vm, &args.pos[0], &args.pos[1], "isinstance", false)?;
    Ok(vm.new_bool(r))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "issubclass", &args)?;
    arity(vm, "issubclass", &args, 2, 2)?;
    let r = class_check(vm, &args.pos[0], &args.pos[1], "issubclass", true)?;
    Ok(vm.new_bool(r))
}

/// Whether `obj` can be called.
pub fn is_callable(vm: &mut Vm, obj: &ObjRef) -> bool {
    match obj.kind() {
        Kind::Function | Kind::Native | Kind::BoundMethod | Kind::Type => true,
        _ => {
            let name = vm.intern("__call__");
            vm.type_lookup(&obj.type_of(), &name).is_some()
        }
    }
}

fn callable(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "callable", &args)?;
    let r = is_callable(vm, &a);
    Ok(vm.new_bool(r))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "iter", &args)?;
    arity(vm, "iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        if !is_callable(vm, &args.pos[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iter(
            &vm.types.callable_iterator.clone(),
            crate::objects::iter::IterState::Callable {
                func: Some(args.pos[0].clone()),
                sentinel: args.pos[1].clone(),
            },
        ));
    }
    vm.get_iter(&args.pos[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "next", &args)?;
    arity(vm, "next", &args, 1, 2)?;
    let it = args.pos[0].clone();
    if it.kind() == Kind::Generator {
        // A generator's return value rides on the StopIteration.
        return match vm.resume_generator(&it, vm.none(), None)? {
            crate::vm::generator::Resumed::Yielded(v) => Ok(v),
            crate::vm::generator::Resumed::Returned(v) => match args.pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration_with(v)),
            },
        };
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration()),
        },
    }
}

fn vars(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "vars", &args)?;
    arity(vm, "vars", &args, 0, 1)?;
    let Some(obj) = args.pos.first().cloned() else {
        return locals(vm, Args::default());
    };
    let k = vm.intern("__dict__");
    match vm.getattr(&obj, &k) {
        Ok(d) => Ok(d),
        Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "dir", &args)?;
    arity(vm, "dir", &args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match args.pos.first().cloned() {
        None => {
            let d = locals(vm, Args::default())?;
            for (k, _) in vm.dict_items(&d) {
                names.push(k.as_str().unwrap_or("").to_string());
            }
        }
        Some(obj) => {
            // A class's own __dir__ decides; dir() sorts what it returns.
            let k = vm.intern("__dir__");
            match vm.type_lookup(&obj.type_of(), &k) {
                Some(f) if f.kind() == Kind::Function => {
                    let r = vm.call(&f, std::slice::from_ref(&obj), None)?;
                    let mut items = vm.collect_iterable(&r)?;
                    sort_items(vm, &mut items, None, false)?;
                    return Ok(vm.new_list(items));
                }
                _ => names = dir_names(vm, &obj),
            }
        }
    }
    names.sort();
    names.dedup();
    let items = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// The attribute names `dir(obj)` lists (unsorted, may repeat): a
/// module's globals, or the instance dict and the dicts of the class's MRO
/// (of `obj` itself for a class).
pub fn dir_names(vm: &mut Vm, obj: &ObjRef) -> Vec<String> {
    let mut dicts = Vec::new();
    if let Some(m) = obj.downcast::<crate::objects::module::PyModule>() {
        dicts.push(m.dict.clone());
    } else {
        if let Some(d) = vm.instance_dict(obj, false) {
            dicts.push(d);
        }
        let ty = if obj.kind() == Kind::Type {
            obj.clone()
        } else {
            obj.type_of()
        };
        let mro: Vec<ObjRef> = ty
            .downcast::<crate::objects::typeobj::PyType>()
            .map(|t| t.mro.borrow().clone())
            .unwrap_or_default();
        for t in mro {
            if let Some(pt) = t.downcast::<crate::objects::typeobj::PyType>() {
                dicts.push(pt.dict.clone());
            }
        }
    }
    let mut names = Vec::new();
    for d in dicts {
        for (k, _) in vm.dict_items(&d) {
            names.push(k.as_str().unwrap_or("").to_string());
        }
    }
    // The number attributes answered outside the type's dict.
    let (is_int, is_float) = {
        let ty = if obj.kind() == Kind::Type {
            obj.clone()
        } else {
            obj.type_of()
        };
        (
            vm.is_subclass(&ty, &vm.types.int),
            vm.is_subclass(&ty, &vm.types.float),
        )
    };
    if is_int {
        names.extend(["real", "imag", "numerator", "denominator"].map(String::from));
    } else if is_float {
        names.extend(["real", "imag"].map(String::from));
    }
    names
}

fn eval_or_exec(vm: &mut Vm, args: Args, mode: crate::compiler::Mode, name: &str) -> PyResult {
    no_kwargs(vm, name, &args)?;
    arity(vm, name, &args, 1, 3)?;
    let src = &args.pos[0];
    let mut arena = Vec::new();
    let code = if src.kind() == Kind::Code {
        let nfree = src
            .downcast::<crate::objects::code::PyCode>()
            .map_or(0, |c| c.data.co.freevars.len());
        if nfree > 0 {
            // exec() (3.11) would take them from its `closure` argument.
            return Err(vm.type_error(if mode == crate::compiler::Mode::Exec {
                format!("code object requires a closure of exactly length {nfree}")
            } else {
                format!("code object passed to {name}() may not contain free variables")
            }));
        }
        src.clone()
    } else {
        let Some(text) = src.as_str().map(str::to_string) else {
            return Err(vm.type_error(format!(
                "{}() arg 1 must be a string, bytes or code object",
                name
            )));
        };
        let text = if mode == crate::compiler::Mode::Eval {
            text.trim_start().to_string()
        } else {
            text
        };
        let (code, consts) = vm.compile_to_run(&text, "<string>", mode)?;
        arena = consts;
        code
    };
    let globals = match args.pos.get(1) {
        Some(g) if !g.is(&vm.none) => {
            if g.kind() != Kind::Dict {
                return Err(vm.type_error(format!(
                    "{}() globals must be a dict, not {}",
                    name,
                    vm.type_name(g)
                )));
            }
            g.clone()
        }
        _ => match vm.frames.last() {
            Some(f) => f.globals().clone(),
            None => vm.new_dict(),
        },
    };
    let b = vm.intern("__builtins__");
    match vm.dict_get_str(&globals, &b) {
        // CPython puts in the builtins dict itself.
        None => {
            let bd = vm.builtins.clone();
            vm.dict_set_str(&globals, &b, bd);
        }
        Some(given) => {
            let standard = given.is(&vm.builtins)
                || given
                    .downcast::<crate::objects::module::PyModule>()
                    .is_some_and(|m| m.dict.is(&vm.builtins));
            if !standard {
                vm.custom_builtins = true;
            }
        }
    }
    let locals = match args.pos.get(2) {
        Some(l) if !l.is(&vm.none) => Some(l.clone()),
        _ => match (args.pos.get(1), vm.frames.last()) {
            (None, Some(f)) if f.locals.is_some() => f.locals.clone(),
            // A function's locals live in slots: eval and exec see a
            // snapshot, as CPython's locals() gives them.
            (None, Some(_)) => Some(locals(vm, Args::default())?),
            _ => None,
        },
    };
    let r = vm.run_code(&code, &globals, locals);
    drop(arena);
    let r = r?;
    if mode == crate::compiler::Mode::Exec {
        return Ok(vm.none());
    }
    Ok(r)
}

fn eval(vm: &mut Vm, args: Args) -> PyResult {
    eval_or_exec(vm, args, crate::compiler::Mode::Eval, "eval")
}

fn exec(vm: &mut Vm, args: Args) -> PyResult {
    // exec's arguments are parsed by Argument Clinic, worded its way.
    if args.kw.is_empty() && (args.pos.is_empty() || args.pos.len() > 3) {
        let bound = if args.pos.is_empty() {
            "least 1 positional argument"
        } else {
            "most 3 positional arguments"
        };
        return Err(vm.type_error(format!(
            "exec() takes at {bound} ({} given)",
            args.pos.len()
        )));
    }
    eval_or_exec(vm, args, crate::compiler::Mode::Exec, "exec")
}

fn compile(vm: &mut Vm, mut args: Args) -> PyResult {
    let src = take_kw(&mut args, "source").or_else(|| args.pos.first().cloned());
    let filename = take_kw(&mut args, "filename").or_else(|| args.pos.get(1).cloned());
    let mode = take_kw(&mut args, "mode").or_else(|| args.pos.get(2).cloned());
    let (Some(src), Some(filename), Some(mode)) = (src, filename, mode) else {
        return Err(vm.type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let text = vm.str_string(&src)?;
    let fname = vm.str_string(&filename)?;
    let m = match mode.as_str() {
        Some("exec") => crate::compiler::Mode::Exec,
        Some("eval") => crate::compiler::Mode::Eval,
        Some("single") => crate::compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    vm.compile(&text, &fname, m)
}

fn attr_name(vm: &Vm, v: &ObjRef) -> PyResult<ObjRef> {
    if v.kind() != Kind::Str {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        )));
    }
    Ok(v.clone())
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "getattr", &args)?;
    arity(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    let name = vm.intern(name.as_str().unwrap_or(""));
    let found = if args.pos.len() == 3 {
        vm.getattr_plain(&args.pos[0], &name)
    } else {
        vm.getattr(&args.pos[0], &name)
    };
    match found {
        Ok(v) => Ok(v),
        Err(e) => {
            if args.pos.len() == 3 && vm.isinstance(&e.0, &vm.exc.attribute_error.clone()) {
                Ok(args.pos[2].clone())
            } else {
                Err(e)
            }
        }
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "setattr", &args)?;
    arity(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    let name = vm.intern(name.as_str().unwrap_or(""));
    vm.setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(vm.none())
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "hasattr", &args)?;
    arity(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    let name = vm.intern(name.as_str().unwrap_or(""));
    match vm.getattr_plain(&args.pos[0], &name) {
        Ok(_) => Ok(vm.true_.clone()),
        Err(e) => {
            if vm.isinstance(&e.0, &vm.exc.attribute_error.clone()) {
                Ok(vm.false_.clone())
            } else {
                Err(e)
            }
        }
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "delattr", &args)?;
    arity(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    let name = vm.intern(name.as_str().unwrap_or(""));
    vm.delattr(&args.pos[0], &name)?;
    Ok(vm.none())
}

fn any(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "any", &args)?;
    let it = vm.get_iter(&a)?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn all(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "all", &args)?;
    let it = vm.get_iter(&a)?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

/// Sorts `items` in place by `key` (or the items themselves), stable, with
/// `<` comparisons as CPython's list.sort does.
pub fn sort_items(
    vm: &mut Vm,
    items: &mut Vec<ObjRef>,
    key: Option<ObjRef>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<ObjRef> = match &key {
        Some(k) if !k.is(&vm.none) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(k, std::slice::from_ref(it), None)?);
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // CPython's listsort: a reverse sort reverses, sorts and reverses back
    // (keeping it stable); a failed sort leaves the order it had reached.
    if reverse {
        idx.reverse();
    }
    let r = super::timsort::timsort(vm, &keys, &mut idx);
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<ObjRef> = idx.iter().map(|&i| items[i].clone()).collect();
    // In place: the list keeps its capacity, as CPython's sort.
    items.clear();
    items.extend(sorted);
    r
}

fn sorted(vm: &mut Vm, mut args: Args) -> PyResult {
    let key = take_kw(&mut args, "key");
    let reverse = take_kw(&mut args, "reverse");
    arity(vm, "sorted", &args, 1, 1)?;
    no_more_kwargs(vm, "sort", &args)?;
    // CPython's sorted: a new list extended by the iterable (its capacity
    // is list.extend's), then sorted in place.
    let list = vm.new_list(Vec::new());
    crate::objects::methods::list::extend_list(vm, &list, &args.pos[0])?;
    let mut items = list
        .downcast::<crate::objects::list::PyList>()
        .map(|l| std::mem::take(&mut *l.items.borrow_mut()))
        .unwrap_or_default();
    // `reverse` is a C int flag: any integer, not any object.
    let rev = match reverse {
        Some(r) => vm.expect_index(&r)? != 0,
        None => false,
    };
    sort_items(vm, &mut items, key, rev)?;
    if let Some(l) = list.downcast::<crate::objects::list::PyList>() {
        *l.items.borrow_mut() = items;
    }
    Ok(list)
}

fn min_max(vm: &mut Vm, mut args: Args, name: &str, want: std::cmp::Ordering) -> PyResult {
    if args.kw.len() > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            args.kw.len()
        )));
    }
    let key = take_kw(&mut args, "key");
    let default = take_kw(&mut args, "default");
    no_more_kwargs(vm, name, &args)?;
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let items = if args.pos.len() == 1 {
        vm.collect_iterable(&args.pos[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        args.pos.to_vec()
    };
    let key = key.filter(|k| !k.is(&vm.none));
    let mut best: Option<(ObjRef, ObjRef)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&it), None)?,
            None => it.clone(),
        };
        best = match best {
            None => Some((it, k)),
            Some((bi, bk)) => {
                let op = if want == std::cmp::Ordering::Less {
                    crate::compiler::opcode::CompareOp::Lt
                } else {
                    crate::compiler::opcode::CompareOp::Gt
                };
                let r = vm.compare(&k, &bk, op)?;
                if vm.truthy(&r)? {
                    Some((it, k))
                } else {
                    Some((bi, bk))
                }
            }
        };
    }
    match best {
        Some((v, _)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, "min", std::cmp::Ordering::Less)
}

fn max(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, "max", std::cmp::Ordering::Greater)
}

fn sum(vm: &mut Vm, mut args: Args) -> PyResult {
    // Argument Clinic's order: the total, the positionals, then names.
    let given = args.pos.len() + args.kw.len();
    if given > 2 {
        return Err(vm.type_error(format!("sum() takes at most 2 arguments ({given} given)")));
    }
    if args.pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let start = take_kw(&mut args, "start");
    no_more_kwargs(vm, "sum", &args)?;
    let mut acc = match (args.pos.get(1), start) {
        (Some(s), _) => s.clone(),
        (None, Some(s)) => s,
        (None, None) => vm.new_int(0),
    };
    match acc.kind() {
        Kind::Str => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        Kind::Bytes => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        Kind::ByteArray => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, crate::compiler::opcode::BinaryOp::Add, false)?;
    }
    Ok(acc)
}

fn globals(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "globals", &args)?;
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "globals() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    match vm.frames.last() {
        Some(f) => Ok(f.globals().clone()),
        None => Ok(vm.new_dict()),
    }
}

fn locals(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "locals", &args)?;
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "locals() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    match vm.frames.len().checked_sub(1) {
        Some(i) => Ok(vm.function_locals(i)),
        None => Ok(vm.new_dict()),
    }
}

fn format(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "format", &args)?;
    arity(vm, "format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(s) => match s.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(s)
                )));
            }
        },
        None => String::new(),
    };
    vm.format(&args.pos[0], &spec)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult {
    let code: Vec<ObjRef> = args.pos.to_vec();
    Err(vm.new_error_args(&vm.exc.system_exit.clone(), code))
}

fn input(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "input", &args)?;
    arity(vm, "input", &args, 0, 1)?;
    if let Some(p) = args.pos.first() {
        let s = vm.str_string(p)?;
        vm.write_stdout(&s);
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error(&vm.exc.eof_error.clone(), "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(&line))
        }
        Err(e) => Err(vm.new_error(&vm.exc.os_error.clone(), e.to_string())),
    }
}
