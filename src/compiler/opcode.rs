//! The instruction set: one table generates the opcode enum, the names the
//! disassembler prints and the doc line of each opcode, so they cannot drift.
//!
//! The set follows CPython 3.11's opcodes (same names, same stack effects)
//! where that is natural, with two simplifications: jump targets are absolute
//! instruction indices (no forward/backward split, no EXTENDED_ARG: an
//! argument is a u32), and there are no CACHE / PRECALL / RESUME entries.
//!
//! Stack notation: `[a, b] -> [c]` means pops `b` (top) then `a`, pushes `c`.
//! `NULL` is the VM's null marker (a sentinel, never visible to Python code).
//! "slot i" is index i of the frame's localsplus array: `co_varnames`, then the
//! cell variables that are not arguments, then the free variables.

macro_rules! opcodes {
    ($( #[doc = $doc:literal] $name:ident = $dis:literal, )*) => {
        /// A bytecode operation. See the module docs for the stack notation.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Op {
            $( #[doc = $doc] $name, )*
        }

        impl Op {
            /// Every opcode, in numbering order.
            pub const ALL: &'static [Op] = &[ $( Op::$name, )* ];

            /// The name the disassembler prints (CPython's spelling).
            pub fn name(self) -> &'static str {
                match self { $( Op::$name => $dis, )* }
            }

            /// The one-line description of the opcode.
            pub fn doc(self) -> &'static str {
                match self { $( Op::$name => $doc.trim(), )* }
            }

            /// Decodes an opcode byte; `None` if it is out of range.
            pub fn from_u8(b: u8) -> Option<Op> {
                Op::ALL.get(b as usize).copied()
            }
        }
    };
}

opcodes! {
    // ---- stack manipulation ----
    /// Does nothing.
    Nop = "NOP",
    /// `[a] -> []`
    PopTop = "POP_TOP",
    /// `[] -> [NULL]`
    PushNull = "PUSH_NULL",
    /// arg=n (n >= 1): `[.., x(n-th from top), ..] -> [.., x, .., x]` pushes a copy of the n-th item.
    Copy = "COPY",
    /// arg=n (n >= 2): swaps the top item with the n-th item from the top.
    Swap = "SWAP",

    // ---- constants and variables ----
    /// arg=consti: `[] -> [co_consts[consti]]`
    LoadConst = "LOAD_CONST",
    /// arg=slot: `[] -> [value]`; UnboundLocalError if unbound.
    LoadFast = "LOAD_FAST",
    /// arg=slot: `[v] -> []` binds slot.
    StoreFast = "STORE_FAST",
    /// arg=slot: unbinds slot; UnboundLocalError if already unbound.
    DeleteFast = "DELETE_FAST",
    /// arg=namei: `[] -> [v]` looks up locals dict, then globals, then builtins.
    LoadName = "LOAD_NAME",
    /// arg=namei: `[v] -> []` stores into the locals dict (module / class body).
    StoreName = "STORE_NAME",
    /// arg=namei: deletes from the locals dict; NameError if missing.
    DeleteName = "DELETE_NAME",
    /// arg=(namei<<1)|push_null: `[] -> [NULL?, v]` looks up globals then builtins; pushes NULL first when the low bit is set.
    LoadGlobal = "LOAD_GLOBAL",
    /// arg=namei: `[v] -> []` stores into globals.
    StoreGlobal = "STORE_GLOBAL",
    /// arg=namei: deletes from globals; NameError if missing.
    DeleteGlobal = "DELETE_GLOBAL",
    /// arg=slot: replaces the slot's value (or nothing) with a new cell holding it. Emitted at function start for cell variables.
    MakeCell = "MAKE_CELL",
    /// arg=n: copies the n closure cells of the running function into the last n slots. Emitted first in functions with free variables.
    CopyFreeVars = "COPY_FREE_VARS",
    /// arg=slot: `[] -> [cell]` pushes the cell object itself (to build a closure tuple).
    LoadClosure = "LOAD_CLOSURE",
    /// arg=slot: `[] -> [cell contents]`; NameError/UnboundLocalError if empty ("cannot access free variable ..." for free vars).
    LoadDeref = "LOAD_DEREF",
    /// arg=slot: `[v] -> []` stores into the cell.
    StoreDeref = "STORE_DEREF",
    /// arg=slot: empties the cell.
    DeleteDeref = "DELETE_DEREF",
    /// arg=slot: like LOAD_DEREF but first checks the class body's locals dict (free variable seen from a class body).
    LoadClassDeref = "LOAD_CLASSDEREF",

    // ---- attributes and items ----
    /// arg=namei: `[obj] -> [obj.name]`
    LoadAttr = "LOAD_ATTR",
    /// arg=namei: `[v, obj] -> []` does `obj.name = v`.
    StoreAttr = "STORE_ATTR",
    /// arg=namei: `[obj] -> []` does `del obj.name`.
    DeleteAttr = "DELETE_ATTR",
    /// arg=namei: `[obj] -> [meth, obj]` when `name` is a plain function found on the type, else `[NULL, obj.name]`. Followed by CALL.
    LoadMethod = "LOAD_METHOD",
    /// `[container, key] -> [container[key]]`
    BinarySubscr = "BINARY_SUBSCR",
    /// `[v, container, key] -> []` does `container[key] = v`.
    StoreSubscr = "STORE_SUBSCR",
    /// `[container, key] -> []` does `del container[key]`.
    DeleteSubscr = "DELETE_SUBSCR",
    /// arg=2|3: `[lower, upper(, step)] -> [slice]`
    BuildSlice = "BUILD_SLICE",

    // ---- operators ----
    /// `[a] -> [+a]`
    UnaryPositive = "UNARY_POSITIVE",
    /// `[a] -> [-a]`
    UnaryNegative = "UNARY_NEGATIVE",
    /// `[a] -> [not a]`
    UnaryNot = "UNARY_NOT",
    /// `[a] -> [~a]`
    UnaryInvert = "UNARY_INVERT",
    /// arg=BinaryOp as u8 (in-place variants are >= 13): `[a, b] -> [a op b]`
    BinaryOp = "BINARY_OP",
    /// arg=CompareOp as u8 (<, <=, ==, !=, >, >=): `[a, b] -> [a op b]`
    CompareOp = "COMPARE_OP",
    /// arg=invert: `[a, b] -> [a is b]` (or `is not` when arg=1)
    IsOp = "IS_OP",
    /// arg=invert: `[a, b] -> [a in b]` (or `not in` when arg=1)
    ContainsOp = "CONTAINS_OP",

    // ---- building values ----
    /// arg=n: `[x1..xn] -> [(x1, .., xn)]`
    BuildTuple = "BUILD_TUPLE",
    /// arg=n: `[x1..xn] -> [[x1, .., xn]]`
    BuildList = "BUILD_LIST",
    /// arg=n: `[x1..xn] -> [{x1, .., xn}]`
    BuildSet = "BUILD_SET",
    /// arg=n: `[k1, v1, .., kn, vn] -> [{k1: v1, ..}]`
    BuildMap = "BUILD_MAP",
    /// arg=n: `[v1..vn, keys_tuple] -> [{keys[0]: v1, ..}]`
    BuildConstKeyMap = "BUILD_CONST_KEY_MAP",
    /// arg=n: `[s1..sn] -> [s1 + .. + sn]` (all str)
    BuildString = "BUILD_STRING",
    /// arg=i: `[.., list, .. (i-1 items), v] -> [.., list, ..]` appends v to the list i items down (after popping v).
    ListAppend = "LIST_APPEND",
    /// arg=i: like LIST_APPEND for a set.
    SetAdd = "SET_ADD",
    /// arg=i: `[.., dict, .., k, v] -> [.., dict, ..]` sets dict[k] = v for the dict i items down (after popping k, v).
    MapAdd = "MAP_ADD",
    /// arg=i: `[.., list, .., iterable] -> [.., list, ..]` extends the list i items down.
    ListExtend = "LIST_EXTEND",
    /// arg=i: like LIST_EXTEND for a set.
    SetUpdate = "SET_UPDATE",
    /// arg=i: `[.., dict, .., mapping] -> [.., dict, ..]` dict.update(mapping) for `{**m}`.
    DictUpdate = "DICT_UPDATE",
    /// arg=i: like DICT_UPDATE but raises TypeError on duplicate keys (for `f(**m)`).
    DictMerge = "DICT_MERGE",
    /// `[list] -> [tuple(list)]`
    ListToTuple = "LIST_TO_TUPLE",
    /// arg=flags (low 2 bits: 0 none, 1 str, 2 repr, 3 ascii; bit 2: a spec is on the stack): `[v(, spec)] -> [formatted str]`
    FormatValue = "FORMAT_VALUE",
    /// arg=n: `[seq] -> [xn, .., x1]` unpacks exactly n items (first item ends on top).
    UnpackSequence = "UNPACK_SEQUENCE",
    /// arg=before | (after << 8): `[seq] -> [after items.., list, before items..]` for starred targets (first item on top).
    UnpackEx = "UNPACK_EX",

    // ---- control flow ----
    /// arg=target: jumps to instruction `target`.
    Jump = "JUMP",
    /// arg=target: `[v] -> []` jumps if v is false.
    PopJumpIfFalse = "POP_JUMP_IF_FALSE",
    /// arg=target: `[v] -> []` jumps if v is true.
    PopJumpIfTrue = "POP_JUMP_IF_TRUE",
    /// arg=target: `[v] -> []` jumps if v is None.
    PopJumpIfNone = "POP_JUMP_IF_NONE",
    /// arg=target: `[v] -> []` jumps if v is not None.
    PopJumpIfNotNone = "POP_JUMP_IF_NOT_NONE",
    /// arg=target: if TOS is false, jump and keep it; else pop it.
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP",
    /// arg=target: if TOS is true, jump and keep it; else pop it.
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP",
    /// `[iterable] -> [iter(iterable)]`
    GetIter = "GET_ITER",
    /// arg=target: `[it] -> [it, next(it)]`; when exhausted pops it and jumps to target.
    ForIter = "FOR_ITER",
    /// `[v] -> []` returns v from the frame.
    ReturnValue = "RETURN_VALUE",

    // ---- calls and functions ----
    /// arg=consti: the next CALL takes its last len(co_consts[consti]) arguments as keywords with these names.
    KwNames = "KW_NAMES",
    /// arg=argc: `[NULL|meth, callable|self, a1..argc] -> [result]`; with a method, self is the first argument.
    Call = "CALL",
    /// arg=flags (bit 0: kwargs dict present): `[NULL|x, callable, args_tuple(, kwargs_dict)] -> [result]`
    CallFunctionEx = "CALL_FUNCTION_EX",
    /// arg=flags (1 defaults tuple, 2 kwdefaults dict, 4 annotations tuple, 8 closure tuple): `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]` (qualname is the code's).
    MakeFunction = "MAKE_FUNCTION",
    /// `[] -> [__build_class__]`
    LoadBuildClass = "LOAD_BUILD_CLASS",

    // ---- exceptions ----
    /// arg=0|1|2: `raise` (re-raise the handled exception), `raise exc`, `raise exc from cause`.
    RaiseVarargs = "RAISE_VARARGS",
    /// `[exc] -> [previous handled exc or None, exc]` and makes exc the handled exception (sys.exc_info).
    PushExcInfo = "PUSH_EXC_INFO",
    /// `[prev] -> []` restores prev as the handled exception.
    PopExcept = "POP_EXCEPT",
    /// `[exc, type] -> [exc, bool]` whether exc matches type (a class or tuple); TypeError for non-exception classes.
    CheckExcMatch = "CHECK_EXC_MATCH",
    /// arg=n: `[.., exc] -> [..]` re-raises exc keeping its traceback; with n > 0 the saved lasti is the n-th item below exc (left on the stack).
    Reraise = "RERAISE",
    /// `[] -> [AssertionError]`
    LoadAssertionError = "LOAD_ASSERTION_ERROR",
    /// `[mgr] -> [bound __exit__, mgr.__enter__()]`
    BeforeWith = "BEFORE_WITH",
    /// `[exit, lasti, prev_exc, exc] -> [exit, lasti, prev_exc, exc, exit(type(exc), exc, tb)]`
    WithExceptStart = "WITH_EXCEPT_START",

    // ---- generators ----
    /// First instruction of a generator function: creates the generator from the frame and returns it.
    ReturnGenerator = "RETURN_GENERATOR",
    /// `[v] -> [sent]` suspends the generator yielding v; resumes with the sent value on the stack.
    YieldValue = "YIELD_VALUE",
    /// `[iterable] -> [iterator]` (generators pass through unchanged).
    GetYieldFromIter = "GET_YIELD_FROM_ITER",
    /// arg=target: `[sub, v] -> [sub, result]` sends v into sub (next() when v is None); on StopIteration pops sub, pushes its value and jumps to target.
    Send = "SEND",

    // ---- modules, classes, misc ----
    /// arg=namei: `[level, fromlist] -> [module]`
    ImportName = "IMPORT_NAME",
    /// arg=namei: `[module] -> [module, module.name]` (ImportError if missing)
    ImportFrom = "IMPORT_FROM",
    /// `[module] -> []` binds all public names into the locals dict.
    ImportStar = "IMPORT_STAR",
    /// Creates `__annotations__` in the locals dict if missing.
    SetupAnnotations = "SETUP_ANNOTATIONS",
    /// `[v] -> []` prints repr(v) to stdout and binds `builtins._` (REPL echo) when v is not None.
    PrintExpr = "PRINT_EXPR",

    // ---- superinstructions: never emitted by the compiler; the VM's
    // quickening pass rewrites the first of a pair and leaves the second in
    // place (so jumps to it and exception tables stay valid) ----
    /// arg=a|(b<<16): LOAD_FAST a; LOAD_FAST b.
    LoadFastLoadFast = "LOAD_FAST__LOAD_FAST",
    /// arg=a|(b<<16): LOAD_FAST a; LOAD_CONST b.
    LoadFastLoadConst = "LOAD_FAST__LOAD_CONST",
    /// arg=a|(b<<16): STORE_FAST a; LOAD_FAST b.
    StoreFastLoadFast = "STORE_FAST__LOAD_FAST",
    /// arg=a|(b<<16): LOAD_CONST a; LOAD_FAST b.
    LoadConstLoadFast = "LOAD_CONST__LOAD_FAST",
    /// arg=a|(b<<16): STORE_FAST a; STORE_FAST b.
    StoreFastStoreFast = "STORE_FAST__STORE_FAST",
    /// arg=a|(b<<16): LOAD_FAST a; LOAD_CONST b; BINARY_OP, in place for machine ints (result straight into a following STORE_FAST).
    FastConstBinaryOp = "LOAD_FAST__LOAD_CONST__BINARY_OP",
    /// arg=a|(b<<16): LOAD_FAST a; LOAD_FAST b; BINARY_OP (as above).
    FastFastBinaryOp = "LOAD_FAST__LOAD_FAST__BINARY_OP",
    /// arg=a|(b<<16): LOAD_CONST a; LOAD_FAST b; BINARY_OP (as above).
    ConstFastBinaryOp = "LOAD_CONST__LOAD_FAST__BINARY_OP",
    /// arg=a|(b<<16): LOAD_FAST a; LOAD_CONST b; COMPARE_OP, in place for machine ints (with a following conditional jump).
    FastConstCompareOp = "LOAD_FAST__LOAD_CONST__COMPARE_OP",
    /// arg=a|(b<<16): LOAD_FAST a; LOAD_FAST b; COMPARE_OP (as above).
    FastFastCompareOp = "LOAD_FAST__LOAD_FAST__COMPARE_OP",
    /// arg=a|(b<<16): LOAD_FAST a; LOAD_CONST b; BINARY_SUBSCR, in place for a list and an int index.
    FastConstSubscr = "LOAD_FAST__LOAD_CONST__BINARY_SUBSCR",
    /// arg=a|(b<<16): LOAD_FAST a; LOAD_FAST b; BINARY_SUBSCR (as above).
    FastFastSubscr = "LOAD_FAST__LOAD_FAST__BINARY_SUBSCR",
    /// arg=c: LOAD_CONST c; BINARY_OP with the stack top as left operand, in place for machine ints (result straight into a following STORE_FAST).
    ConstBinaryOp = "LOAD_CONST__BINARY_OP",
    /// arg=c: LOAD_CONST c; COMPARE_OP with the stack top as left operand, in place for machine ints (with a following conditional jump).
    ConstCompareOp = "LOAD_CONST__COMPARE_OP",
}

/// The arithmetic operators of BINARY_OP, numbered as in CPython 3.11's
/// `NB_*` constants (in-place variants add 13).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    /// `+`
    Add = 0,
    /// `&`
    And = 1,
    /// `//`
    FloorDivide = 2,
    /// `<<`
    Lshift = 3,
    /// `@`
    MatrixMultiply = 4,
    /// `*`
    Multiply = 5,
    /// `%`
    Remainder = 6,
    /// `|`
    Or = 7,
    /// `**`
    Power = 8,
    /// `>>`
    Rshift = 9,
    /// `-`
    Subtract = 10,
    /// `/`
    TrueDivide = 11,
    /// `^`
    Xor = 12,
}

impl BinaryOp {
    /// Offset added to a [`BinaryOp`] for its in-place (`+=`) form.
    pub const INPLACE: u8 = 13;

    const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::And,
        BinaryOp::FloorDivide,
        BinaryOp::Lshift,
        BinaryOp::MatrixMultiply,
        BinaryOp::Multiply,
        BinaryOp::Remainder,
        BinaryOp::Or,
        BinaryOp::Power,
        BinaryOp::Rshift,
        BinaryOp::Subtract,
        BinaryOp::TrueDivide,
        BinaryOp::Xor,
    ];

    /// Decodes a BINARY_OP argument into the operator and whether it is in-place.
    pub fn decode(arg: u32) -> Option<(BinaryOp, bool)> {
        let arg = arg as usize;
        if arg < 13 {
            Some((Self::ALL[arg], false))
        } else if arg < 26 {
            Some((Self::ALL[arg - 13], true))
        } else {
            None
        }
    }

    /// The operator's symbol as Python writes it (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::And => "&",
            BinaryOp::FloorDivide => "//",
            BinaryOp::Lshift => "<<",
            BinaryOp::MatrixMultiply => "@",
            BinaryOp::Multiply => "*",
            BinaryOp::Remainder => "%",
            BinaryOp::Or => "|",
            BinaryOp::Power => "**",
            BinaryOp::Rshift => ">>",
            BinaryOp::Subtract => "-",
            BinaryOp::TrueDivide => "/",
            BinaryOp::Xor => "^",
        }
    }
}

/// The rich comparisons of COMPARE_OP, numbered as CPython's `Py_LT`...
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    /// `<`
    Lt = 0,
    /// `<=`
    Le = 1,
    /// `==`
    Eq = 2,
    /// `!=`
    Ne = 3,
    /// `>`
    Gt = 4,
    /// `>=`
    Ge = 5,
}

impl CompareOp {
    /// Decodes a COMPARE_OP argument.
    #[inline]
    pub fn decode(arg: u32) -> Option<CompareOp> {
        Some(match arg {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }

    /// The operator's symbol (`<`, `==`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The comparison with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
}

/// One instruction: an opcode and its argument (8 bytes, decoded for free
/// in the dispatch loop).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Instr {
    /// The operation.
    pub op: Op,
    /// Its argument (0 when the opcode takes none).
    pub arg: u32,
}

impl Instr {
    /// Builds an instruction.
    #[inline]
    pub fn new(op: Op, arg: u32) -> Instr {
        Instr { op, arg }
    }
}

impl std::fmt::Debug for Instr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.op.name(), self.arg)
    }
}
