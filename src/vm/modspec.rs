//! `__spec__` and `__loader__` of modules, made by the embedded
//! `_frozen_importlib` module (kept in Python: they are plain objects that
//! programs only inspect).

use super::Vm;
use crate::heap::ObjRef;

/// Where a module came from, as its spec tells.
pub enum SpecKind<'a> {
    /// Written in Rust (`sys`, `math`): `BuiltinImporter`, origin `'built-in'`.
    Builtin,
    /// Python source compiled into the binary: `FrozenImporter`.
    Frozen,
    /// A source file, and the package directory when it is a package.
    Source(&'a str, Option<&'a str>),
}

impl Vm {
    /// The `_frozen_importlib` helper function `name`, or `None` while the
    /// helper itself is loading (or could not be loaded).
    fn spec_helper(&mut self, name: &str) -> Option<ObjRef> {
        if self.importing.iter().any(|m| m == "_frozen_importlib") {
            return None;
        }
        let m = self.import_dotted("_frozen_importlib").ok()?;
        let d = m
            .downcast::<crate::objects::module::PyModule>()
            .map(|m| m.dict.clone())?;
        let k = self.intern(name);
        self.dict_get_str(&d, &k)
    }

    /// Sets `__spec__` and `__loader__` in the namespace of module `name`
    /// before its code runs, as CPython's import system does.
    pub fn set_module_spec(&mut self, globals: &ObjRef, name: &str, kind: SpecKind<'_>) {
        if name == "_frozen_importlib" {
            return;
        }
        let Some(f) = self.spec_helper("_spec") else {
            return;
        };
        let (k, path, pkg) = match kind {
            SpecKind::Builtin => ("builtin", None, None),
            SpecKind::Frozen => ("frozen", None, None),
            SpecKind::Source(p, d) => ("source", Some(p), d),
        };
        let opt = |vm: &Vm, s: Option<&str>| s.map_or_else(|| vm.none(), |s| vm.new_str(s));
        let args = [
            self.new_str(name),
            self.new_str(k),
            opt(self, path),
            opt(self, pkg),
        ];
        let Ok(pair) = self.call(&f, &args, None) else {
            return;
        };
        let items = pair
            .var_items::<crate::objects::tuple::PyTuple>()
            .map(|t| t.to_vec())
            .unwrap_or_default();
        if let [spec, loader] = items.as_slice() {
            self.dict_set_name(globals, "__spec__", spec.clone());
            self.dict_set_name(globals, "__loader__", loader.clone());
        }
    }

    /// Sets `__loader__` of the `__main__` module run from file `path`.
    pub fn set_main_loader(&mut self, globals: &ObjRef, path: &str) {
        let Some(f) = self.spec_helper("_main_loader") else {
            return;
        };
        let p = self.new_str(path);
        if let Ok(loader) = self.call(&f, &[p], None) {
            self.dict_set_name(globals, "__loader__", loader);
        }
    }
}
