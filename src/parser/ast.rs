//! The abstract syntax tree, shaped like CPython's `ast` module.
//!
//! Every statement and expression carries a [`Span`] (byte offsets into the
//! source); [`crate::parser::LineIndex`] turns offsets into line and column.
//! Assignment targets are ordinary expressions; the parser checks that they
//! are assignable before building the statement.

use num_bigint::BigInt;

/// Byte offsets `start..end` of a node in its source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// Offset of the first byte of the node.
    pub start: u32,
    /// Offset one past the last byte of the node.
    pub end: u32,
}

impl Span {
    /// A span from two `usize` offsets (as lalrpop provides them).
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
}

/// A whole module (file, `-c` string, or `exec` source).
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The statements of the module, in order.
    pub body: Vec<Stmt>,
}

/// A statement with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// What kind of statement this is.
    pub kind: StmtKind,
    /// Where it is in the source.
    pub span: Span,
}

/// The statement forms of Python 3.11 (match is out of the subset).
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `def name(args) -> returns: body`, with decorators; `is_async` for `async def`.
    FunctionDef {
        name: String,
        args: Box<Arguments>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
        returns: Option<Box<Expr>>,
        is_async: bool,
    },
    /// `class name(bases, keywords): body`, with decorators.
    ClassDef {
        name: String,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
    },
    /// `return [value]`
    Return { value: Option<Box<Expr>> },
    /// `del t1, t2`
    Delete { targets: Vec<Expr> },
    /// `t1 = t2 = value` (targets in source order).
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
    },
    /// `target op= value`
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Box<Expr>,
    },
    /// `target: annotation [= value]`; `simple` when the target is a bare name
    /// not in parentheses.
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    /// `for target in iter: body else: orelse`; `is_async` for `async for`.
    For {
        target: Box<Expr>,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    /// `while test: body else: orelse`
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `if test: body else: orelse` (`elif` nests another `If` in `orelse`).
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `with a as b, c: body`; `is_async` for `async with`.
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    /// `raise [exc [from cause]]`
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    /// `try: body except...: handlers else: orelse finally: finalbody`
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `assert test [, msg]`
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    /// `import a.b as c, d`
    Import { names: Vec<Alias> },
    /// `from ..module import a as b, c` (`level` = number of leading dots;
    /// `names` is a single `*` alias for `import *`).
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    /// `global a, b`
    Global { names: Vec<String> },
    /// `nonlocal a, b`
    Nonlocal { names: Vec<String> },
    /// An expression evaluated for its effect.
    Expr { value: Box<Expr> },
    /// `pass`
    Pass,
    /// `break`
    Break,
    /// `continue`
    Continue,
}

/// An expression with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What kind of expression this is.
    pub kind: ExprKind,
    /// Where it is in the source.
    pub span: Span,
}

/// The expression forms of Python 3.11.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `target := value` (target is always a name).
    NamedExpr { target: String, value: Box<Expr> },
    /// `left op right`
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    /// `op operand`
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `lambda args: body`
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **d}`: a `None` key means `**value`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    /// `{a, b}`
    Set { elts: Vec<Expr> },
    /// `[elt for ...]`
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `await value`
    Await { value: Box<Expr> },
    /// `yield [value]`
    Yield { value: Option<Box<Expr>> },
    /// `yield from value`
    YieldFrom { value: Box<Expr> },
    /// `left op1 c1 op2 c2 ...`
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`; starred args appear as `Starred` in `args`,
    /// `**kw` as a keyword with `arg: None`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// One `{value!conversion:format_spec}` field of an f-string.
    /// `conversion` is `None`, `Some('s')`, `Some('r')` or `Some('a')`.
    FormattedValue {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string (or a concatenation involving one): the parts are
    /// `Constant(Str)` and `FormattedValue` expressions.
    JoinedStr { values: Vec<Expr> },
    /// A literal value.
    Constant { value: Constant },
    /// `value.attr`
    Attribute { value: Box<Expr>, attr: String },
    /// `value[slice]` (a tuple of subscripts is a `Tuple` slice).
    Subscript { value: Box<Expr>, slice: Box<Expr> },
    /// `*value` (in calls, displays and assignment targets).
    Starred { value: Box<Expr> },
    /// A bare identifier.
    Name { id: String },
    /// `[a, b]`
    List { elts: Vec<Expr> },
    /// `(a, b)` or `a, b`
    Tuple { elts: Vec<Expr> },
    /// `lower:upper:step` (only inside a subscript).
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// A literal constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An integer literal.
    Int(BigInt),
    /// A float literal.
    Float(f64),
    /// A str literal (adjacent literals already concatenated).
    Str(String),
    /// A bytes literal (adjacent literals already concatenated).
    Bytes(Vec<u8>),
    /// `...`
    Ellipsis,
}

/// `and` / `or`
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// Binary arithmetic and bitwise operators (also used by augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `~`
    Invert,
    /// `not`
    Not,
    /// `+`
    UAdd,
    /// `-`
    USub,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// The loop target.
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// The `if` conditions, in order.
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
}

/// One `except [type [as name]]: body` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// The exception type expression, `None` for a bare `except:`.
    pub typ: Option<Expr>,
    /// The `as` name.
    pub name: Option<String>,
    /// The handler body.
    pub body: Vec<Stmt>,
    /// Position of the `except` keyword through the end of the clause header.
    pub span: Span,
}

/// The parameter list of a function or lambda.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arguments {
    /// Parameters before `/`.
    pub posonlyargs: Vec<Arg>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*args`
    pub vararg: Option<Arg>,
    /// Keyword-only parameters (after `*` or `*args`).
    pub kwonlyargs: Vec<Arg>,
    /// Defaults of the keyword-only parameters (`None` = required).
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`
    pub kwarg: Option<Arg>,
    /// Defaults of the last `defaults.len()` positional parameters
    /// (posonlyargs followed by args).
    pub defaults: Vec<Expr>,
}

/// One parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    /// The parameter name.
    pub arg: String,
    /// Its annotation, if any.
    pub annotation: Option<Box<Expr>>,
    /// Where it is in the source.
    pub span: Span,
}

/// A keyword argument `arg=value` in a call or class header; `arg: None`
/// for `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The keyword name, or `None` for `**value`.
    pub arg: Option<String>,
    /// The value.
    pub value: Expr,
    /// Where it is in the source.
    pub span: Span,
}

/// `name [as asname]` in an import; `name` is dotted for `import a.b`.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// The (possibly dotted) name, or `*`.
    pub name: String,
    /// The `as` name.
    pub asname: Option<String>,
    /// Where it is in the source.
    pub span: Span,
}

/// One item `context_expr [as optional_vars]` of a `with` statement.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// The context manager expression.
    pub context_expr: Expr,
    /// The `as` target.
    pub optional_vars: Option<Expr>,
}
