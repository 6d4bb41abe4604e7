//! The import system, after CPython 3.11's `importlib._bootstrap`:
//!
//! ```text
//! IMPORT_NAME name fromlist level
//!   └─ import_name: resolve a relative name against __package__
//!        └─ import_dotted("a.b.c"): import "a", then "a.b", then "a.b.c"
//!             ├─ sys.modules hit            → that object
//!             ├─ built-in (Rust) module     → modules::create (sys, time, gc ...)
//!             ├─ a .py file on sys.path     → load_source (a package when the
//!             │   (or a package directory)     directory holds __init__.py)
//!             └─ a standard-library module  → modules::create / embedded source
//! ```
//!
//! A module is put into `sys.modules` before its code runs and taken out again
//! if that code fails, so a circular import sees the partially initialised
//! module; the names of modules still running their top level are kept in
//! [`Vm::importing`], which is how `from x import y` and `x.y` word their
//! errors "partially initialized module" the way CPython does.

use super::Vm;
use crate::compiler::Mode;
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::module::PyModule;
use std::path::Path;
use std::rc::Rc;

/// Where a module's code comes from.
enum Found {
    /// A module built into the interpreter, made by `modules::create`.
    Native,
    /// Python source shipped inside the binary.
    Embedded(&'static str),
    /// A `.py` file; `package_dir` is set for a package's `__init__.py`.
    File {
        path: String,
        package_dir: Option<String>,
    },
}

/// Modules CPython 3.11 builds into its executable: found before `sys.path`.
const BUILTIN_NAMES: [&str; 6] = ["sys", "builtins", "time", "itertools", "gc", "_weakref"];

impl Vm {
    /// IMPORT_NAME: `__import__(name, globals, None, fromlist, level)`.
    pub fn import_name(&mut self, name: &ObjRef, fromlist: &ObjRef, level: &ObjRef) -> PyResult {
        let name_s = name.as_str().unwrap_or("").to_string();
        let level = crate::vm::ops::as_bigint(level)
            .and_then(|b| num_traits::ToPrimitive::to_usize(&b))
            .unwrap_or(0);
        let full = if level > 0 {
            self.resolve_relative(&name_s, level)?
        } else {
            name_s.clone()
        };
        if full.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let module = self.import_dotted(&full)?;
        let names: Vec<ObjRef> = if fromlist.kind() == Kind::Tuple {
            self.tuple_items(fromlist).to_vec()
        } else if fromlist.is(&self.none) {
            Vec::new()
        } else {
            self.collect_iterable(fromlist)?
        };
        if names.is_empty() {
            if level == 0 {
                let top = full.split('.').next().unwrap_or(&full).to_string();
                return self.import_dotted(&top);
            }
            if name_s.is_empty() {
                return Ok(module);
            }
            let cut = name_s.len() - name_s.split('.').next().unwrap_or("").len();
            let mname = self.module_name(&module);
            let keep = mname.len().saturating_sub(cut);
            let key = self.intern(mname.get(..keep).unwrap_or(&mname));
            let modules = self.modules.clone();
            return Ok(self.dict_get_str(&modules, &key).unwrap_or(module));
        }
        if self.module_attr(&module, "__path__").is_some() {
            self.handle_fromlist(&module, &names, false)?;
        }
        Ok(module)
    }

    /// Imports the submodules a `from package import a, b` names that are
    /// not yet attributes of the package (`*` stands for `__all__`).
    fn handle_fromlist(
        &mut self,
        module: &ObjRef,
        names: &[ObjRef],
        recursive: bool,
    ) -> PyResult<()> {
        let mname = self.module_name(module);
        for x in names {
            let Some(s) = x.as_str().map(str::to_string) else {
                let what = if recursive {
                    format!("{mname}.__all__")
                } else {
                    "``from list''".to_string()
                };
                return Err(self.type_error(format!(
                    "Item in {what} must be str, not {}",
                    self.type_name(x)
                )));
            };
            if s == "*" {
                if !recursive && let Some(all) = self.module_attr(module, "__all__") {
                    let all = self.collect_iterable(&all)?;
                    self.handle_fromlist(module, &all, true)?;
                }
                continue;
            }
            if self.module_attr(module, &s).is_none() {
                let sub = format!("{mname}.{s}");
                if self.find_module(&sub, &s, Some(module)).is_some() {
                    self.import_dotted(&sub)?;
                }
            }
        }
        Ok(())
    }

    /// The absolute name of `from .name import ...` (`level` dots) in the
    /// module whose code is running.
    fn resolve_relative(&mut self, name: &str, level: usize) -> PyResult<String> {
        let globals = self.frames.last().and_then(|f| f.globals.clone());
        let mut package = None;
        if let Some(g) = &globals {
            let k = self.intern("__package__");
            match self.dict_get_str(g, &k) {
                Some(p) if p.kind() == Kind::Str => package = p.as_str().map(str::to_string),
                Some(p) if !p.is(&self.none) => {
                    return Err(self.type_error("package must be a string"));
                }
                _ => {
                    let k = self.intern("__name__");
                    let n = self
                        .dict_get_str(g, &k)
                        .and_then(|n| n.as_str().map(str::to_string));
                    let kp = self.intern("__path__");
                    let is_pkg = self.dict_get_str(g, &kp).is_some();
                    package = n.map(|n| {
                        if is_pkg {
                            n
                        } else {
                            n.rsplit_once('.')
                                .map(|p| p.0.to_string())
                                .unwrap_or_default()
                        }
                    });
                }
            }
        }
        let package = package.unwrap_or_default();
        if package.is_empty() {
            return Err(self.new_error(
                &self.exc.import_error.clone(),
                "attempted relative import with no known parent package",
            ));
        }
        let bits: Vec<&str> = package.rsplitn(level, '.').collect();
        if bits.len() < level {
            return Err(self.new_error(
                &self.exc.import_error.clone(),
                "attempted relative import beyond top-level package",
            ));
        }
        let base = bits[bits.len() - 1];
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    /// Imports `full` (a dotted name) and its parents; returns `sys.modules[full]`.
    pub fn import_dotted(&mut self, full: &str) -> PyResult {
        let modules = self.modules.clone();
        let key = self.intern(full);
        if let Some(m) = self.dict_get_str(&modules, &key) {
            if m.is(&self.none) {
                return Err(self.module_not_found(
                    format!("import of {full} halted; None in sys.modules"),
                    full,
                ));
            }
            return Ok(m);
        }
        let (parent, tail) = match full.rsplit_once('.') {
            Some((p, t)) => (Some(p), t),
            None => (None, full),
        };
        let parent_mod = match parent {
            Some(p) => {
                let pm = self.import_dotted(p)?;
                // Importing the parent may have imported this module too.
                if let Some(m) = self.dict_get_str(&modules, &key) {
                    return Ok(m);
                }
                if self.module_attr(&pm, "__path__").is_none() {
                    return Err(self.module_not_found(
                        format!("No module named '{full}'; '{p}' is not a package"),
                        full,
                    ));
                }
                Some(pm)
            }
            None => None,
        };
        let Some(found) = self.find_module(full, tail, parent_mod.as_ref()) else {
            return Err(self.module_not_found(format!("No module named '{full}'"), full));
        };
        let module = self.load_module(full, found)?;
        if let Some(pm) = parent_mod {
            let k = self.intern(tail);
            self.setattr(&pm, &k, module.clone())?;
        }
        Ok(module)
    }

    /// Finds module `full` (last component `tail`): among the built-in
    /// modules, in the parent package's `__path__` or `sys.path`, then in
    /// the standard library.
    fn find_module(&mut self, full: &str, tail: &str, parent: Option<&ObjRef>) -> Option<Found> {
        if parent.is_none() && BUILTIN_NAMES.contains(&full) {
            if let Some(src) = crate::modules::embedded_source(full) {
                return Some(Found::Embedded(src));
            }
            if crate::modules::exists(full) {
                return Some(Found::Native);
            }
        }
        let dirs = match parent {
            Some(p) => self.module_attr(p, "__path__"),
            None => {
                let sys = self.intern("sys");
                let modules = self.modules.clone();
                self.dict_get_str(&modules, &sys)
                    .and_then(|s| self.module_attr(&s, "path"))
            }
        };
        let dirs: Vec<String> = dirs
            .and_then(|d| {
                d.downcast::<crate::objects::list::PyList>()
                    .map(|l| l.items.borrow().clone())
            })
            .unwrap_or_default()
            .iter()
            .filter_map(|d| d.as_str().map(str::to_string))
            .collect();
        for dir in dirs {
            let base = if dir.is_empty() {
                std::env::current_dir()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default()
            } else {
                dir
            };
            let pkg = Path::new(&base).join(tail);
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return Some(Found::File {
                    path: init.display().to_string(),
                    package_dir: Some(pkg.display().to_string()),
                });
            }
            let file = Path::new(&base).join(format!("{tail}.py"));
            if file.is_file() {
                return Some(Found::File {
                    path: file.display().to_string(),
                    package_dir: None,
                });
            }
        }
        if parent.is_some() {
            return None;
        }
        if let Some(src) = crate::modules::embedded_source(full) {
            return Some(Found::Embedded(src));
        }
        crate::modules::exists(full).then_some(Found::Native)
    }

    /// Creates and runs module `name`, registering it in `sys.modules`.
    fn load_module(&mut self, name: &str, found: Found) -> PyResult {
        let modules = self.modules.clone();
        let key = self.intern(name);
        let (source, filename, file, package_dir) = match found {
            Found::Native => {
                let Some(m) = crate::modules::create(self, name) else {
                    return Err(self.module_not_found(format!("No module named '{name}'"), name));
                };
                if let Some(d) = m.downcast::<PyModule>().map(|m| m.dict.clone()) {
                    self.set_module_spec(&d, name, super::modspec::SpecKind::Builtin);
                }
                self.dict_set_str(&modules, &key, m.clone());
                return Ok(m);
            }
            Found::Embedded(src) => (src.to_string(), format!("<frozen {name}>"), None, None),
            Found::File { path, package_dir } => {
                let bytes = std::fs::read(&path).map_err(|e| {
                    self.new_error(&self.exc.os_error.clone(), format!("{e}: '{path}'"))
                })?;
                let text = String::from_utf8_lossy(&bytes).into_owned();
                (text, path.clone(), Some(path), package_dir)
            }
        };
        if file.is_some() {
            self.sources
                .insert(filename.clone(), Rc::from(source.as_str()));
        }
        let code = self.compile(&source, &filename, Mode::Exec)?;
        let module = self.new_module(name);
        let Some(globals) = module.downcast::<PyModule>().map(|m| m.dict.clone()) else {
            return Err(self.type_error("module without a namespace"));
        };
        let package = match &package_dir {
            Some(_) => name.to_string(),
            None => name.rsplit_once('.').map(|p| p.0).unwrap_or("").to_string(),
        };
        let p = self.new_str(&package);
        self.dict_set_name(&globals, "__package__", p);
        let kind = match &file {
            Some(f) => super::modspec::SpecKind::Source(f, package_dir.as_deref()),
            None => super::modspec::SpecKind::Frozen,
        };
        self.set_module_spec(&globals, name, kind);
        if let Some(dir) = &package_dir {
            let d = self.new_str(dir);
            let l = self.new_list(vec![d]);
            self.dict_set_name(&globals, "__path__", l);
        }
        if let Some(f) = &file {
            let cached = cached_path(f, name);
            let f = self.new_str(f);
            self.dict_set_name(&globals, "__file__", f);
            let c = self.new_str(&cached);
            self.dict_set_name(&globals, "__cached__", c);
        }
        let b = self.builtins_module();
        self.dict_set_name(&globals, "__builtins__", b);
        self.dict_set_str(&modules, &key, module.clone());
        self.importing.push(name.to_string());
        let result = self.run_code(&code, &globals, None);
        self.importing.pop();
        match result {
            Ok(_) => Ok(self.dict_get_str(&modules, &key).unwrap_or(module)),
            Err(e) => {
                self.dict_del_str(&modules, &key);
                Err(e)
            }
        }
    }

    /// IMPORT_FROM: `name` from `module`, falling back to `sys.modules`
    /// for a submodule, failing with CPython's ImportError wording.
    pub fn import_from(&mut self, module: &ObjRef, name: &ObjRef) -> PyResult {
        match self.getattr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) if !self.isinstance(&e.0, &self.exc.attribute_error.clone()) => return Err(e),
            Err(_) => {}
        }
        let n = name.as_str().unwrap_or("").to_string();
        let mname = self
            .module_attr(module, "__name__")
            .and_then(|m| m.as_str().map(str::to_string));
        if let Some(m) = &mname {
            let k = self.intern(&format!("{m}.{n}"));
            let modules = self.modules.clone();
            if let Some(v) = self.dict_get_str(&modules, &k) {
                return Ok(v);
            }
        }
        let shown = mname
            .clone()
            .unwrap_or_else(|| "<unknown module name>".into());
        let path = self
            .module_attr(module, "__file__")
            .and_then(|f| f.as_str().map(str::to_string));
        let msg = match &path {
            None => format!("cannot import name '{n}' from '{shown}' (unknown location)"),
            Some(p) if mname.as_ref().is_some_and(|m| self.importing.contains(m)) => format!(
                "cannot import name '{n}' from partially initialized module '{shown}' (most likely due to a circular import) ({p})"
            ),
            Some(p) => format!("cannot import name '{n}' from '{shown}' ({p})"),
        };
        let ty = self.exc.import_error.clone();
        Err(self.import_error(&ty, msg, mname.as_deref(), path.as_deref()))
    }

    /// IMPORT_STAR: binds the public names of `module` (its `__all__`, or
    /// every name not starting with `_`) in the current namespace.
    pub fn import_star(&mut self, module: &ObjRef) -> PyResult<()> {
        let Some(locals) = self.frames.last().and_then(|f| f.locals.clone()) else {
            return Ok(());
        };
        let names: Vec<ObjRef> = match self.module_attr(module, "__all__") {
            Some(all) => {
                let mname = self.module_name(module);
                let items = self.collect_iterable(&all)?;
                for i in &items {
                    if i.kind() != Kind::Str {
                        return Err(self.type_error(format!(
                            "Item in {mname}.__all__ must be str, not {}",
                            self.type_name(i)
                        )));
                    }
                }
                items
            }
            None => {
                let Some(d) = module.downcast::<PyModule>().map(|m| m.dict.clone()) else {
                    return Err(self.new_error(
                        &self.exc.import_error.clone(),
                        "from-import-* object has no __dict__ and no __all__",
                    ));
                };
                self.dict_items(&d)
                    .into_iter()
                    .map(|(k, _)| k)
                    .filter(|k| !k.as_str().unwrap_or("_").starts_with('_'))
                    .collect()
            }
        };
        for n in names {
            let n = self.intern(n.as_str().unwrap_or(""));
            let v = self.getattr(module, &n)?;
            self.setitem(&locals, &n, v)?;
        }
        Ok(())
    }

    /// The AttributeError for a missing module attribute, which says when
    /// the module is still being initialised (a likely circular import).
    pub fn module_attr_error(&mut self, mname: &str, attr: &str) -> crate::objects::PyErr {
        let msg = if self.importing.iter().any(|m| m == mname) {
            format!(
                "partially initialized module '{mname}' has no attribute '{attr}' (most likely due to a circular import)"
            )
        } else {
            format!("module '{mname}' has no attribute '{attr}'")
        };
        self.new_error(&self.exc.attribute_error.clone(), msg)
    }

    /// A module's attribute straight from its dict (no descriptors).
    fn module_attr(&mut self, module: &ObjRef, name: &str) -> Option<ObjRef> {
        let d = module.downcast::<PyModule>().map(|m| m.dict.clone())?;
        let k = self.intern(name);
        self.dict_get_str(&d, &k)
    }

    fn module_not_found(&mut self, msg: String, name: &str) -> crate::objects::PyErr {
        let ty = self.exc.module_not_found_error.clone();
        self.import_error(&ty, msg, Some(name), None)
    }

    /// An ImportError (or subclass) with CPython's `msg`, `name` and `path` attributes.
    fn import_error(
        &mut self,
        ty: &ObjRef,
        msg: String,
        name: Option<&str>,
        path: Option<&str>,
    ) -> crate::objects::PyErr {
        let err = self.new_error(ty, &msg);
        let exc = err.0.clone();
        let msg = self.new_str(&msg);
        let name = name.map_or_else(|| self.none(), |n| self.new_str(n));
        let path = path.map_or_else(|| self.none(), |p| self.new_str(p));
        for (k, v) in [("msg", msg), ("name", name), ("path", path)] {
            let k = self.intern(k);
            self.exception_set_attr(&exc, &k, v);
        }
        err
    }

    /// The import-related names of a script's `__main__` module: it is in no
    /// package and has no spec; its loader reads the script.
    pub fn init_main_globals(&mut self, globals: &ObjRef, filename: &str) {
        let none = self.none();
        self.dict_set_name(globals, "__package__", none);
        self.set_main_loader(globals, filename);
        let none = self.none();
        self.dict_set_name(globals, "__spec__", none);
        // The modules made before any import ran.
        let modules = self.modules.clone();
        for name in ["sys", "builtins"] {
            let k = self.intern(name);
            let d = self
                .dict_get_str(&modules, &k)
                .and_then(|m| m.downcast::<PyModule>().map(|m| m.dict.clone()));
            if let Some(d) = d {
                self.set_module_spec(&d, name, super::modspec::SpecKind::Builtin);
            }
        }
    }

    /// Sets `sys.path[0]`: the script's directory, or `''` (the current
    /// directory) for `-c` and stdin.
    pub fn set_script_path(&mut self, filename: &str) {
        let entry = if filename.starts_with('<') {
            String::new()
        } else {
            let p = Path::new(filename);
            let abs = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
            abs.parent()
                .map(|d| d.display().to_string())
                .unwrap_or_default()
        };
        let sys = self.intern("sys");
        let modules = self.modules.clone();
        if let Some(s) = self.dict_get_str(&modules, &sys)
            && let Some(path) = self.module_attr(&s, "path")
            && let Some(l) = path.downcast::<crate::objects::list::PyList>()
        {
            let e = self.new_str(&entry);
            l.items.borrow_mut().insert(0, e);
        }
    }
}

/// The builtin `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(vm: &mut Vm, mut args: crate::builtins::Args) -> PyResult {
    use crate::builtins::{no_more_kwargs, take_kw};
    let mut pos: Vec<ObjRef> = args.pos.to_vec();
    for (i, k) in ["name", "globals", "locals", "fromlist", "level"]
        .iter()
        .enumerate()
    {
        if let Some(v) = take_kw(&mut args, k) {
            if pos.len() > i {
                return Err(vm.type_error(format!(
                    "argument for __import__() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            pos.resize(i, vm.none());
            pos.push(v);
        }
    }
    no_more_kwargs(vm, "__import__", &args)?;
    if pos.is_empty() {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    }
    if pos.len() > 5 {
        return Err(vm.type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            pos.len()
        )));
    }
    let name = pos[0].clone();
    if name.kind() != Kind::Str {
        return Err(vm.type_error(format!(
            "__import__() argument 1 must be str, not {}",
            vm.type_name(&name)
        )));
    }
    let fromlist = pos.get(3).cloned().unwrap_or_else(|| vm.none());
    let level = pos.get(4).cloned().unwrap_or_else(|| vm.new_int(0));
    if crate::vm::ops::as_bigint(&level).is_some_and(|l| l < num_bigint::BigInt::from(0)) {
        return Err(vm.value_error("level must be >= 0"));
    }
    vm.import_name(&name, &fromlist, &level)
}

/// Where CPython would cache the bytecode of the module in `file`:
/// `dir/__pycache__/stem.cpython-311.pyc` (`__cached__`; Ferrite writes
/// no such file).
fn cached_path(file: &str, name: &str) -> String {
    let p = Path::new(file);
    let stem = p
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_else(|| name.rsplit('.').next().unwrap_or(name));
    let dir = p
        .parent()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default();
    let sep = if dir.is_empty() { "" } else { "/" };
    format!("{dir}{sep}__pycache__/{stem}.cpython-311.pyc")
}
