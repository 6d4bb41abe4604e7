//! Building expressions in grammar actions.
//!
//! Every expression the grammar builds travels as a [`Node`]: the expression
//! and the height of its tree. Heights add up as the tree grows, so an
//! over-deep expression (`not not not ...`, `1+1+...+1` with 100,000 terms)
//! is refused the moment it passes [`MAX_AST_DEPTH`], before anything that
//! walks it recursively (the compiler, or just the `Drop` of nested
//! `Box<Expr>`) could overflow the Rust stack.

use lalrpop_util::ParseError;

use super::args::{self, ArgItem, ParamItem};
use super::ast::{BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Operator, Span, UnaryOp};
use super::error::{SourceError, SourceErrorKind};
use super::stmts::Body;
use super::targets::{self, TargetKind};
use crate::lexer::token::Tok;

/// The error type of grammar actions.
pub(crate) type PErr = ParseError<usize, Tok, SourceError>;
/// The result type of grammar actions.
pub(crate) type PResult<T> = Result<T, PErr>;

/// The deepest tree (statements and expressions together) the parser builds;
/// deeper input is a `SyntaxError`. CPython 3.11 gives up (RecursionError)
/// a little below 3,000 levels for left-deep chains like `1+1+...`.
pub const MAX_AST_DEPTH: u32 = 3000;

/// What the start symbol produces, by mode.
pub(crate) enum Parsed {
    /// File and interactive mode: one [`Body`] per logical line or compound
    /// statement (empty for blank lines).
    Lines(Vec<Body>),
    /// Expression mode.
    Expression(Node),
}

/// An expression with the height of its tree.
pub(crate) struct Node {
    /// The expression.
    pub expr: Expr,
    /// 1 for a leaf; 1 + the deepest child otherwise.
    pub depth: u32,
}

impl Node {
    /// A node without children.
    pub fn leaf(kind: ExprKind, l: usize, r: usize) -> Node {
        Node {
            expr: Expr {
                kind,
                span: Span::new(l, r),
            },
            depth: 1,
        }
    }

    /// A node whose deepest child has height `child_depth`.
    pub fn build(kind: ExprKind, l: usize, r: usize, child_depth: u32) -> PResult<Node> {
        let depth = child_depth.saturating_add(1);
        if depth > MAX_AST_DEPTH {
            return fail("too complex expression", l, r);
        }
        Ok(Node {
            expr: Expr {
                kind,
                span: Span::new(l, r),
            },
            depth,
        })
    }

    /// The expression, boxed.
    pub fn boxed(self) -> Box<Expr> {
        Box::new(self.expr)
    }

    /// Start offset of the expression.
    pub fn start(&self) -> usize {
        self.expr.span.start as usize
    }

    /// End offset of the expression.
    pub fn end(&self) -> usize {
        self.expr.span.end as usize
    }
}

/// One `for ... in ... if ...` clause with the height of its deepest part.
pub(crate) struct CompClause {
    /// The clause.
    pub comp: Comprehension,
    /// Height of the deepest expression in it.
    pub depth: u32,
}

/// A SyntaxError at `start..end`, as a grammar-action error.
pub(crate) fn syntax_error(message: impl Into<String>, start: usize, end: usize) -> PErr {
    ParseError::User {
        error: SourceError {
            kind: SourceErrorKind::Syntax,
            message: message.into(),
            offset: start,
            end_offset: Some(end),
            unexpected_eof: false,
        },
    }
}

/// `Err(syntax_error(..))`.
pub(crate) fn fail<T>(message: impl Into<String>, start: usize, end: usize) -> PResult<T> {
    Err(syntax_error(message, start, end))
}

/// `first` followed by `rest`.
pub(crate) fn prepend<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    v
}

/// `v` with `last` appended when present.
pub(crate) fn push_opt<T>(mut v: Vec<T>, last: Option<T>) -> Vec<T> {
    v.extend(last);
    v
}

/// The expressions of `nodes` and the height of the deepest.
pub(crate) fn unzip(nodes: Vec<Node>) -> (Vec<Expr>, u32) {
    let depth = nodes.iter().map(|n| n.depth).max().unwrap_or(0);
    (nodes.into_iter().map(|n| n.expr).collect(), depth)
}

/// Height of an optional node (0 when absent).
pub(crate) fn depth_of(node: &Option<Node>) -> u32 {
    node.as_ref().map_or(0, |n| n.depth)
}

/// A literal.
pub(crate) fn constant(value: Constant, l: usize, r: usize) -> Node {
    Node::leaf(ExprKind::Constant { value }, l, r)
}

/// `a op b`
pub(crate) fn bin_op(a: Node, op: Operator, b: Node, l: usize, r: usize) -> PResult<Node> {
    let depth = a.depth.max(b.depth);
    Node::build(
        ExprKind::BinOp {
            left: a.boxed(),
            op,
            right: b.boxed(),
        },
        l,
        r,
        depth,
    )
}

/// `op e`
pub(crate) fn unary(op: UnaryOp, e: Node, l: usize, r: usize) -> PResult<Node> {
    let depth = e.depth;
    Node::build(
        ExprKind::UnaryOp {
            op,
            operand: e.boxed(),
        },
        l,
        r,
        depth,
    )
}

/// `first op rest[0] op rest[1] ...` as one flat `BoolOp`.
pub(crate) fn bool_op(
    op: BoolOp,
    first: Node,
    rest: Vec<Node>,
    l: usize,
    r: usize,
) -> PResult<Node> {
    let (values, depth) = unzip(prepend(first, rest));
    Node::build(ExprKind::BoolOp { op, values }, l, r, depth)
}

/// `left op1 c1 op2 c2 ...`
pub(crate) fn compare(left: Node, rest: Vec<(CmpOp, Node)>, l: usize, r: usize) -> PResult<Node> {
    let (ops, comparators): (Vec<CmpOp>, Vec<Node>) = rest.into_iter().unzip();
    let (comparators, depth) = unzip(comparators);
    let depth = depth.max(left.depth);
    Node::build(
        ExprKind::Compare {
            left: left.boxed(),
            ops,
            comparators,
        },
        l,
        r,
        depth,
    )
}

/// `body if test else orelse`
pub(crate) fn if_exp(body: Node, test: Node, orelse: Node, l: usize, r: usize) -> PResult<Node> {
    let depth = body.depth.max(test.depth).max(orelse.depth);
    Node::build(
        ExprKind::IfExp {
            test: test.boxed(),
            body: body.boxed(),
            orelse: orelse.boxed(),
        },
        l,
        r,
        depth,
    )
}

/// `target := value`; the target must be a plain name.
pub(crate) fn named_expr(target: Node, value: Node, l: usize, r: usize) -> PResult<Node> {
    let ExprKind::Name { id } = target.expr.kind else {
        return fail(
            format!(
                "cannot use assignment expressions with {}",
                targets::expr_name(&target.expr)
            ),
            target.start(),
            target.end(),
        );
    };
    let depth = value.depth;
    Node::build(
        ExprKind::NamedExpr {
            target: id,
            value: value.boxed(),
        },
        l,
        r,
        depth,
    )
}

/// `lambda params: body`
pub(crate) fn lambda(params: Vec<ParamItem>, body: Node, l: usize, r: usize) -> PResult<Node> {
    let (args, params_depth) = args::build_params(params)?;
    let depth = body.depth.max(params_depth);
    Node::build(
        ExprKind::Lambda {
            args: Box::new(args),
            body: body.boxed(),
        },
        l,
        r,
        depth,
    )
}

/// `await e`
pub(crate) fn await_expr(e: Node, l: usize, r: usize) -> PResult<Node> {
    let depth = e.depth;
    Node::build(ExprKind::Await { value: e.boxed() }, l, r, depth)
}

/// `yield [value]`
pub(crate) fn yield_expr(value: Option<Node>, l: usize, r: usize) -> PResult<Node> {
    let depth = depth_of(&value);
    if let Some(v) = &value {
        no_bare_starred(v)?;
    }
    Node::build(
        ExprKind::Yield {
            value: value.map(Node::boxed),
        },
        l,
        r,
        depth,
    )
}

/// `yield from e`
pub(crate) fn yield_from(e: Node, l: usize, r: usize) -> PResult<Node> {
    let depth = e.depth;
    Node::build(ExprKind::YieldFrom { value: e.boxed() }, l, r, depth)
}

/// `*e`
pub(crate) fn starred(e: Node, l: usize, r: usize) -> PResult<Node> {
    let depth = e.depth;
    Node::build(ExprKind::Starred { value: e.boxed() }, l, r, depth)
}

/// Refuses a lone `*x` where a value is expected (`x = *a`, `return *a`).
pub(crate) fn no_bare_starred(e: &Node) -> PResult<()> {
    if matches!(e.expr.kind, ExprKind::Starred { .. }) {
        return fail("can't use starred expression here", e.start(), e.end());
    }
    Ok(())
}

/// `(a, b)` / `a, b`
pub(crate) fn tuple(elts: Vec<Node>, l: usize, r: usize) -> PResult<Node> {
    let (elts, depth) = unzip(elts);
    Node::build(ExprKind::Tuple { elts }, l, r, depth)
}

/// The parenthesized forms `(x)`, `(x,)`, `(x, y)`: a single item without a
/// comma is just that item (spans of parenthesized expressions exclude the
/// parentheses, as in CPython).
pub(crate) fn parenthesized(
    first: Node,
    rest: Vec<Node>,
    trailing_comma: bool,
    l: usize,
    r: usize,
) -> PResult<Node> {
    if rest.is_empty() && !trailing_comma {
        if matches!(first.expr.kind, ExprKind::Starred { .. }) {
            return fail(
                "cannot use starred expression here",
                first.start(),
                first.end(),
            );
        }
        return Ok(first);
    }
    tuple(prepend(first, rest), l, r)
}

/// `[a, b]`
pub(crate) fn list(elts: Vec<Node>, l: usize, r: usize) -> PResult<Node> {
    let (elts, depth) = unzip(elts);
    Node::build(ExprKind::List { elts }, l, r, depth)
}

/// `{a, b}`
pub(crate) fn set(elts: Vec<Node>, l: usize, r: usize) -> PResult<Node> {
    let (elts, depth) = unzip(elts);
    Node::build(ExprKind::Set { elts }, l, r, depth)
}

/// `{k: v, **m}`
pub(crate) fn dict(items: Vec<(Option<Node>, Node)>, l: usize, r: usize) -> PResult<Node> {
    let mut depth = 0;
    let mut keys = Vec::with_capacity(items.len());
    let mut values = Vec::with_capacity(items.len());
    for (k, v) in items {
        depth = depth.max(depth_of(&k)).max(v.depth);
        keys.push(k.map(|k| k.expr));
        values.push(v.expr);
    }
    Node::build(ExprKind::Dict { keys, values }, l, r, depth)
}

/// One `for target in iter if ...` clause.
pub(crate) fn comp_clause(
    is_async: bool,
    target: Node,
    iter: Node,
    ifs: Vec<Node>,
) -> PResult<CompClause> {
    targets::check_target(&target.expr, TargetKind::Assign)?;
    let (ifs, ifs_depth) = unzip(ifs);
    Ok(CompClause {
        depth: target.depth.max(iter.depth).max(ifs_depth),
        comp: Comprehension {
            target: target.expr,
            iter: iter.expr,
            ifs,
            is_async,
        },
    })
}

/// The clauses of a comprehension and the height of the deepest.
fn unzip_comps(comps: Vec<CompClause>) -> (Vec<Comprehension>, u32) {
    let depth = comps.iter().map(|c| c.depth).max().unwrap_or(0);
    (comps.into_iter().map(|c| c.comp).collect(), depth)
}

/// Refuses `[*a for ...]`.
fn comp_element(elt: &Node) -> PResult<()> {
    if matches!(elt.expr.kind, ExprKind::Starred { .. }) {
        return fail(
            "iterable unpacking cannot be used in comprehension",
            elt.start(),
            elt.end(),
        );
    }
    Ok(())
}

/// `(elt for ...)`
pub(crate) fn generator(elt: Node, comps: Vec<CompClause>, l: usize, r: usize) -> PResult<Node> {
    comp_element(&elt)?;
    let (generators, depth) = unzip_comps(comps);
    let depth = depth.max(elt.depth);
    Node::build(
        ExprKind::GeneratorExp {
            elt: elt.boxed(),
            generators,
        },
        l,
        r,
        depth,
    )
}

/// `[elt for ...]`
pub(crate) fn list_comp(elt: Node, comps: Vec<CompClause>, l: usize, r: usize) -> PResult<Node> {
    comp_element(&elt)?;
    let (generators, depth) = unzip_comps(comps);
    let depth = depth.max(elt.depth);
    Node::build(
        ExprKind::ListComp {
            elt: elt.boxed(),
            generators,
        },
        l,
        r,
        depth,
    )
}

/// `{elt for ...}`
pub(crate) fn set_comp(elt: Node, comps: Vec<CompClause>, l: usize, r: usize) -> PResult<Node> {
    comp_element(&elt)?;
    let (generators, depth) = unzip_comps(comps);
    let depth = depth.max(elt.depth);
    Node::build(
        ExprKind::SetComp {
            elt: elt.boxed(),
            generators,
        },
        l,
        r,
        depth,
    )
}

/// `{key: value for ...}`
pub(crate) fn dict_comp(
    key: Node,
    value: Node,
    comps: Vec<CompClause>,
    l: usize,
    r: usize,
) -> PResult<Node> {
    let (generators, depth) = unzip_comps(comps);
    let depth = depth.max(key.depth).max(value.depth);
    Node::build(
        ExprKind::DictComp {
            key: key.boxed(),
            value: value.boxed(),
            generators,
        },
        l,
        r,
        depth,
    )
}

/// `func(args)`; `lpar` is the offset of the `(`.
pub(crate) fn call(
    func: Node,
    items: (Vec<ArgItem>, bool),
    l: usize,
    lpar: usize,
    r: usize,
) -> PResult<Node> {
    let call_args = args::build_call_args(items, Some((lpar, r)))?;
    let depth = func.depth.max(call_args.depth);
    Node::build(
        ExprKind::Call {
            func: func.boxed(),
            args: call_args.args,
            keywords: call_args.keywords,
        },
        l,
        r,
        depth,
    )
}

/// `value[slice]`
pub(crate) fn subscript(value: Node, slice: Node, l: usize, r: usize) -> PResult<Node> {
    let depth = value.depth.max(slice.depth);
    Node::build(
        ExprKind::Subscript {
            value: value.boxed(),
            slice: slice.boxed(),
        },
        l,
        r,
        depth,
    )
}

/// `value.attr`
pub(crate) fn attribute(value: Node, attr: String, l: usize, r: usize) -> PResult<Node> {
    let depth = value.depth;
    Node::build(
        ExprKind::Attribute {
            value: value.boxed(),
            attr,
        },
        l,
        r,
        depth,
    )
}

/// `lower:upper:step`
pub(crate) fn slice(
    lower: Option<Node>,
    upper: Option<Node>,
    step: Option<Node>,
    l: usize,
    r: usize,
) -> PResult<Node> {
    let depth = depth_of(&lower).max(depth_of(&upper)).max(depth_of(&step));
    Node::build(
        ExprKind::Slice {
            lower: lower.map(Node::boxed),
            upper: upper.map(Node::boxed),
            step: step.map(Node::boxed),
        },
        l,
        r,
        depth,
    )
}
