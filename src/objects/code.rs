//! code objects: compiled bytecode with its constants as Python objects.

use crate::compiler::code::CodeObject;
use crate::heap::ObjRef;
use std::rc::Rc;

/// Everything the VM needs to run a body, shared by the code object and
/// every frame running it.
pub struct CodeData {
    /// The compiler's output (instructions, names, tables).
    pub co: CodeObject,
    /// The instructions the VM runs: `co.code` with common pairs rewritten
    /// into superinstructions (see `vm::run::quicken`).
    pub quick: Vec<crate::compiler::opcode::Instr>,
    /// `co_consts` as Python objects.
    pub consts: Vec<ObjRef>,
    /// `co_names` as interned strings.
    pub names: Vec<ObjRef>,
    /// `co_varnames` + cells + frees as interned strings (slot names).
    pub localsplus_names: Vec<ObjRef>,
    /// `co_name`.
    pub name: ObjRef,
    /// `co_qualname`.
    pub qualname: ObjRef,
    /// Number of cell slots that are not parameters.
    pub ncells_extra: u32,
    /// The argument count of a call that binds straight to the parameters
    /// (no `*args`, `**kwargs` or keyword-only parameters): `argcount`, or
    /// `u32::MAX` when every call needs the general binding.
    pub fast_argc: u32,
    /// LOAD_GLOBAL inline cache, one entry per name: the value found when
    /// the globals and builtins dicts had the recorded versions.
    pub global_cache: std::cell::RefCell<Vec<Option<GlobalCacheEntry>>>,
    /// LOAD_ATTR and STORE_ATTR inline caches, per name two ways for loads
    /// then two for stores (see `vm::attrcache`).
    pub attr_cache: std::cell::RefCell<Vec<[AttrCacheEntry; 4]>>,
    /// LOAD_METHOD inline cache, one entry per name (see `vm::attrcache`).
    pub method_cache: std::cell::RefCell<Vec<Option<MethodCacheEntry>>>,
}

/// One LOAD_METHOD cache entry: while the instance's type is `ty` with
/// namespace versions (`own`, `max`), the name resolves to the Python
/// function `func` in the class.
#[derive(Clone, Copy)]
pub struct MethodCacheEntry {
    /// Address of the type.
    pub ty: usize,
    /// Version of the type's own dict.
    pub own: u64,
    /// Largest dict version over its MRO.
    pub max: u64,
    /// The type clock when the versions were last checked: while it has
    /// not moved, no type namespace changed and the entry holds for `ty`.
    pub clock: u64,
    /// The function, uncounted: while the versions hold, the class dict
    /// that held it still does.
    pub func: crate::heap::UncountedRef,
}

/// One attribute cache entry: while the instance's type is `ty` with
/// namespace versions (`own`, `max`), the attribute lives in the instance
/// dict, likely at entry `hint`. `ty == 0` is an empty entry.
#[derive(Clone, Copy, Default)]
pub struct AttrCacheEntry {
    /// Address of the type.
    pub ty: usize,
    /// Version of the type's own dict.
    pub own: u64,
    /// Largest dict version over its MRO.
    pub max: u64,
    /// The type clock when the versions were last checked (as above).
    pub clock: u64,
    /// Entry index in the instance dict where the name was last found.
    pub hint: u32,
}

/// One LOAD_GLOBAL cache entry.
#[derive(Clone, Copy)]
pub struct GlobalCacheEntry {
    /// Version of the globals dict when the value was looked up.
    pub globals_version: u64,
    /// Version of the builtins dict when the value was looked up.
    pub builtins_version: u64,
    /// The value, uncounted like CPython's cache (which stores an index):
    /// the dicts still hold it while their versions are unchanged.
    pub value: crate::heap::UncountedRef,
}

/// The payload of a code object.
pub struct PyCode {
    /// The shared code data.
    pub data: Rc<CodeData>,
}
