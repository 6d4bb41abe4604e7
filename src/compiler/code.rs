//! The compiler's output: a [`CodeObject`] per function / class body /
//! module / comprehension, independent of the heap. The VM turns it into a
//! heap `code` object (constants become Python objects) before running it.

use crate::compiler::opcode::Instr;
use num_bigint::BigInt;
use std::rc::Rc;

/// Flags of a code object (CPython's `CO_*` values).
pub mod flags {
    /// Locals live in slots (every function body).
    pub const OPTIMIZED: u32 = 0x1;
    /// A fresh locals dict is made for the frame (module / class bodies do not have this).
    pub const NEWLOCALS: u32 = 0x2;
    /// The function has `*args`.
    pub const VARARGS: u32 = 0x4;
    /// The function has `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x8;
    /// The function is nested in another function.
    pub const NESTED: u32 = 0x10;
    /// The function is a generator.
    pub const GENERATOR: u32 = 0x20;
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An int of any size.
    Int(BigInt),
    /// A float.
    Float(f64),
    /// A str.
    Str(String),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// `...`
    Ellipsis,
    /// A tuple of constants (folded tuples, keyword-name tuples, defaults).
    Tuple(Vec<ConstValue>),
    /// A frozenset of constants: a set display of three or more constants
    /// (`{1, 2, 3}`), loaded and merged into a new set as CPython does.
    FrozenSet(Vec<ConstValue>),
    /// A nested code object (function, lambda, class body, comprehension).
    Code(Rc<CodeObject>),
}

/// One entry of the exception table: an exception raised by an instruction
/// in `start..end` unwinds the value stack to `depth` items, pushes the
/// offset of the raising instruction when `push_lasti`, pushes the exception,
/// and jumps to `target`. Entries do not overlap; the innermost handler wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    /// First instruction covered.
    pub start: u32,
    /// One past the last instruction covered.
    pub end: u32,
    /// Where the handler starts.
    pub target: u32,
    /// Value-stack depth to unwind to (not counting localsplus).
    pub depth: u32,
    /// Whether to push the raising instruction's index before the exception.
    pub push_lasti: bool,
}

/// Source position of one instruction (for tracebacks and `--dis`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    /// 1-based line number (0 when the instruction has no line).
    pub line: u32,
    /// 0-based column (in characters) where the expression starts.
    pub col: u32,
    /// Last line of the expression.
    pub end_line: u32,
    /// 0-based column one past the end of the expression.
    pub end_col: u32,
}

/// A compiled body.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`: function name, `<module>`, `<lambda>`, `<listcomp>` ...
    pub name: String,
    /// `co_qualname`: dotted path such as `outer.<locals>.inner`.
    pub qualname: String,
    /// The file the source came from (`<stdin>`, `<string>`, a path).
    pub filename: String,
    /// Line of the `def` / first line of the module.
    pub firstlineno: u32,
    /// Number of positional parameters (including positional-only).
    pub argcount: u32,
    /// Number of positional-only parameters.
    pub posonlyargcount: u32,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u32,
    /// `flags::*` bits.
    pub flags: u32,
    /// The instructions.
    pub code: Vec<Instr>,
    /// One position per instruction.
    pub positions: Vec<Position>,
    /// Constants referenced by LOAD_CONST / KW_NAMES.
    pub consts: Vec<ConstValue>,
    /// Names referenced by *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD, IMPORT_*.
    pub names: Vec<String>,
    /// Local variable names: parameters first (positional, keyword-only,
    /// then `*args`, then `**kwargs`), then other locals. Slot i = varnames[i].
    pub varnames: Vec<String>,
    /// Names of cell variables (locals captured by inner functions). A cell
    /// that is also a parameter lives in the parameter's slot; the others
    /// get slots after `varnames`, in this order.
    pub cellvars: Vec<String>,
    /// Names of free variables (captured from enclosing functions); their
    /// slots follow the cell slots, in this order.
    pub freevars: Vec<String>,
    /// For each entry of `cellvars`, its localsplus slot.
    pub cell_slots: Vec<u32>,
    /// Total number of localsplus slots (varnames + non-argument cells + freevars).
    pub nlocalsplus: u32,
    /// Maximum value-stack depth the code needs.
    pub stacksize: u32,
    /// The exception table, sorted by `start`.
    pub exception_table: Vec<ExceptionEntry>,
}

impl CodeObject {
    /// The line number of instruction `index` (0 when unknown).
    pub fn line_of(&self, index: usize) -> u32 {
        self.positions.get(index).map(|p| p.line).unwrap_or(0)
    }

    /// The innermost exception handler covering instruction `index`.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= index && index < e.end)
    }
}
