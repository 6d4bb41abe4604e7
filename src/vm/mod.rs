//! The virtual machine: one dispatch loop ([`eval`]) over a stack of frames
//! kept in a Vec, so a Python-to-Python call never recurses on the Rust
//! stack. Helpers per family live beside it: [`call`] (argument binding and
//! calls), [`ops`] (arithmetic and comparison), [`protocol`] (repr, hash,
//! truth, iteration, items, attributes), [`errors`] (raising and tracebacks).

pub mod attrcache;
pub mod attrs;
pub mod call;
pub mod classes;
pub mod code_attrs;
pub mod dictops;
pub mod dunder;
pub mod errors;
pub mod eval;
pub mod exc_attrs;
pub mod format;
pub mod frame;
pub mod frames;
mod fused;
pub mod gc;
pub mod generator;
pub mod import;
pub mod index;
pub mod interrupt;
pub mod items;
pub mod mappingproxy;
pub mod metaclass;
pub mod modspec;
pub mod names;
pub mod new;
pub mod ops;
pub mod oserror;
pub mod protocol;
pub mod receiver;
pub mod run;
pub mod seq;
pub mod slots;
pub mod subclass;
pub mod subclasses;
pub mod suggestions;
pub mod syntax_error;
pub mod typecache;
pub mod unicode_error;
pub mod views;

use crate::heap::ObjRef;
use crate::objects::types::{BuiltinTypes, ExceptionTypes};
use frame::Frame;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

/// Default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// The interpreter: heap roots, the frame stack, the value stack, modules.
pub struct Vm {
    /// Built-in types.
    pub types: BuiltinTypes,
    /// Built-in exception classes.
    pub exc: ExceptionTypes,
    /// `None`.
    pub none: ObjRef,
    /// `NotImplemented`.
    pub not_implemented: ObjRef,
    /// `Ellipsis`.
    pub ellipsis: ObjRef,
    /// `True`.
    pub true_: ObjRef,
    /// `False`.
    pub false_: ObjRef,
    /// `()`.
    pub empty_tuple: ObjRef,
    /// `''`.
    pub empty_str: ObjRef,
    /// The shared ints -5..=256.
    pub small_ints: Vec<ObjRef>,
    /// One-character strings for code points < 256 (shared like CPython's).
    pub latin1_chars: Vec<ObjRef>,
    /// The shared bytes objects of length 0 (index 256) and 1 (indexed by
    /// the byte), as CPython's.
    pub byte_singletons: Vec<ObjRef>,
    /// Interned strings by text.
    pub interned: HashMap<Box<str>, ObjRef, new::FxBuild>,
    /// The `builtins` module's dict.
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// The frames, innermost last.
    pub frames: Vec<Frame>,
    /// Value stack shared by all frames: each frame's localsplus slots
    /// followed by its operand stack. `None` is an unbound local or the
    /// NULL marker of the call protocol.
    pub stack: Vec<Option<ObjRef>>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// Whether an `eval`/`exec` has run with globals whose `__builtins__`
    /// is not the builtins module: from then on a builtin lookup that
    /// misses the globals consults that entry (see [`Vm::builtins_for`]).
    pub custom_builtins: bool,
    /// The exception being handled (`sys.exc_info()`), if any.
    pub handled_exc: Option<ObjRef>,
    /// While source that is about to run is compiled: its constants, held
    /// as CPython's AST arena holds them until that code has finished
    /// running (so `sys.getrefcount` of a constant counts that reference).
    pub const_arena: Option<Vec<ObjRef>>,
    /// Source text by file name, for tracebacks.
    pub sources: HashMap<String, Rc<str>>,
    /// Buffered standard output.
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// How many Rust-level re-entries of the dispatch loop are active
    /// (native code calling Python code), bounded to protect the Rust stack.
    pub native_depth: usize,
    /// Objects whose repr is being computed (cycle guard for `[...]`).
    pub repr_active: Vec<usize>,
    /// Set while re-raising, so the traceback gets no new entry.
    pub reraising: bool,
    /// Set by YIELD_VALUE: the value the dispatch loop returned was yielded.
    pub yielded: bool,
    /// The cycle collector's hooks and settings (`gc.callbacks`, debug).
    pub gc: gc::GcHooks,
    /// Pre-interned hot names (see [`names`]).
    pub names: names::Names,
    /// The type attribute cache (see [`typecache`]).
    pub type_cache: Box<[typecache::TypeCacheEntry]>,
    /// Names of the modules whose top-level code is running (innermost
    /// last): these are "partially initialized" in import errors.
    pub importing: Vec<String>,
}

impl Vm {
    /// Creates an interpreter with its built-in types, builtins and `sys`.
    pub fn new(argv: Vec<String>) -> Vm {
        let mut vm = new::bootstrap(argv);
        crate::builtins::install(&mut vm);
        crate::modules::install(&mut vm);
        generator::install(&mut vm);
        // The built-in types' namespaces live as long as the interpreter.
        let types: Vec<ObjRef> = vm
            .types
            .all()
            .into_iter()
            .map(|(_, t)| t.clone())
            .chain(vm.exc.all().into_iter().map(|(_, t)| t.clone()))
            .collect();
        for t in types {
            if let Some(pt) = t.downcast::<crate::objects::typeobj::PyType>() {
                crate::heap::gc::immortalize_graph(&pt.dict);
            }
        }
        // Everything made so far is the interpreter's own, static data in
        // CPython: it must not bring the program's first collection forward.
        crate::heap::gc::forget_startup_allocations();
        vm
    }

    /// Flushes buffered standard output (errors are ignored: a closed pipe
    /// must not crash the interpreter).
    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        self.flush_stdout();
    }
}
