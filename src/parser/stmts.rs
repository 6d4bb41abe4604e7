//! Building statements in grammar actions.
//!
//! Like expressions, statements travel with the height of their tree
//! ([`StmtNode`], [`Body`]) so that nesting (blocks, `elif` chains) is bounded
//! by [`MAX_AST_DEPTH`] too.

use super::args::{self, ArgItem, ParamItem};
use super::ast::{Alias, ExceptHandler, ExprKind, Operator, Span, Stmt, StmtKind, WithItem};
use super::node::{self as n, MAX_AST_DEPTH, Node, PResult, depth_of, fail, no_bare_starred};
use super::targets::{self, TargetKind};

/// A statement with the height of its tree.
pub(crate) struct StmtNode {
    /// The statement.
    pub stmt: Stmt,
    /// 1 + the height of its deepest part.
    pub depth: u32,
}

impl StmtNode {
    /// A statement without parts.
    pub fn leaf(kind: StmtKind, l: usize, r: usize) -> StmtNode {
        StmtNode {
            stmt: Stmt {
                kind,
                span: Span::new(l, r),
            },
            depth: 1,
        }
    }

    /// A statement whose deepest part has height `child_depth`.
    fn build(kind: StmtKind, l: usize, r: usize, child_depth: u32) -> PResult<StmtNode> {
        let depth = child_depth.saturating_add(1);
        if depth > MAX_AST_DEPTH {
            return fail("too many nested blocks", l, r);
        }
        Ok(StmtNode {
            stmt: Stmt {
                kind,
                span: Span::new(l, r),
            },
            depth,
        })
    }
}

/// A sequence of statements (a block, a logical line) with the height of
/// the deepest.
#[derive(Default)]
pub(crate) struct Body {
    /// The statements.
    pub stmts: Vec<Stmt>,
    /// Height of the deepest statement (0 when empty).
    pub depth: u32,
}

impl Body {
    /// A body of one statement.
    pub fn one(s: StmtNode) -> Body {
        Body {
            stmts: vec![s.stmt],
            depth: s.depth,
        }
    }

    /// The statements of several bodies in order.
    pub fn concat(bodies: Vec<Body>) -> Body {
        let depth = bodies.iter().map(|b| b.depth).max().unwrap_or(0);
        let stmts = bodies.into_iter().flat_map(|b| b.stmts).collect();
        Body { stmts, depth }
    }

    /// End offset of the last statement.
    fn end(&self) -> Option<usize> {
        self.stmts.last().map(|s| s.span.end as usize)
    }
}

/// `a; b; c` on one logical line.
pub(crate) fn simple_line(first: StmtNode, rest: Vec<StmtNode>) -> Body {
    let mut depth = first.depth;
    let mut stmts = Vec::with_capacity(rest.len() + 1);
    stmts.push(first.stmt);
    for s in rest {
        depth = depth.max(s.depth);
        stmts.push(s.stmt);
    }
    Body { stmts, depth }
}

/// End of a compound statement: the end of its last non-empty block.
fn end_of(blocks: &[&Body], fallback: usize) -> usize {
    blocks
        .iter()
        .rev()
        .find_map(|b| b.end())
        .unwrap_or(fallback)
}

/// An expression statement, or an assignment when `rest` is not empty.
pub(crate) fn expr_or_assign(
    first: Node,
    rest: Vec<Node>,
    l: usize,
    r: usize,
) -> PResult<StmtNode> {
    if rest.is_empty() {
        no_bare_starred(&first)?;
        let depth = first.depth;
        return StmtNode::build(
            StmtKind::Expr {
                value: first.boxed(),
            },
            l,
            r,
            depth,
        );
    }
    let mut all = n::prepend(first, rest);
    let Some(value) = all.pop() else {
        return fail("invalid syntax", l, r);
    };
    let (targets, targets_depth) = n::unzip(all);
    targets::check_assignment(&targets, &value.expr, l)?;
    no_bare_starred(&value)?;
    let depth = targets_depth.max(value.depth);
    StmtNode::build(
        StmtKind::Assign {
            targets,
            value: value.boxed(),
        },
        l,
        r,
        depth,
    )
}

/// `target op= value`
pub(crate) fn aug_assign(
    target: Node,
    op: Operator,
    value: Node,
    l: usize,
    r: usize,
) -> PResult<StmtNode> {
    targets::check_aug_target(&target.expr)?;
    no_bare_starred(&value)?;
    let depth = target.depth.max(value.depth);
    StmtNode::build(
        StmtKind::AugAssign {
            target: target.boxed(),
            op,
            value: value.boxed(),
        },
        l,
        r,
        depth,
    )
}

/// `target: annotation [= value]`
pub(crate) fn ann_assign(
    target: Node,
    annotation: Node,
    value: Option<Node>,
    l: usize,
    r: usize,
) -> PResult<StmtNode> {
    let simple = targets::check_ann_target(&target.expr, l)?;
    if let Some(v) = &value {
        no_bare_starred(v)?;
    }
    let depth = target.depth.max(annotation.depth).max(depth_of(&value));
    StmtNode::build(
        StmtKind::AnnAssign {
            target: target.boxed(),
            annotation: annotation.boxed(),
            value: value.map(Node::boxed),
            simple,
        },
        l,
        r,
        depth,
    )
}

/// `target := value` as a statement (the grammar needs parentheses there);
/// `l..r` is the `:=`.
pub(crate) fn unparenthesized_walrus(target: Node, l: usize, r: usize) -> PResult<StmtNode> {
    if matches!(target.expr.kind, ExprKind::Name { .. }) {
        return fail("invalid syntax", l, r);
    }
    fail(
        format!(
            "cannot use assignment expressions with {}",
            targets::expr_name(&target.expr)
        ),
        target.start(),
        target.end(),
    )
}

/// `return [value]`
pub(crate) fn return_stmt(value: Option<Node>, l: usize, r: usize) -> PResult<StmtNode> {
    if let Some(v) = &value {
        no_bare_starred(v)?;
    }
    let depth = depth_of(&value);
    StmtNode::build(
        StmtKind::Return {
            value: value.map(Node::boxed),
        },
        l,
        r,
        depth,
    )
}

/// `raise [exc [from cause]]`
pub(crate) fn raise_stmt(
    exc: Option<Node>,
    cause: Option<Node>,
    l: usize,
    r: usize,
) -> PResult<StmtNode> {
    let depth = depth_of(&exc).max(depth_of(&cause));
    StmtNode::build(
        StmtKind::Raise {
            exc: exc.map(Node::boxed),
            cause: cause.map(Node::boxed),
        },
        l,
        r,
        depth,
    )
}

/// `del t1, t2`
pub(crate) fn delete(v: Vec<Node>, last: Node, l: usize, r: usize) -> PResult<StmtNode> {
    let (targets, depth) = n::unzip(n::push_opt(v, Some(last)));
    for t in &targets {
        targets::check_target(t, TargetKind::Del)?;
    }
    StmtNode::build(StmtKind::Delete { targets }, l, r, depth)
}

/// `assert test [, msg]`
pub(crate) fn assert_stmt(test: Node, msg: Option<Node>, l: usize, r: usize) -> PResult<StmtNode> {
    let depth = test.depth.max(depth_of(&msg));
    StmtNode::build(
        StmtKind::Assert {
            test: test.boxed(),
            msg: msg.map(Node::boxed),
        },
        l,
        r,
        depth,
    )
}

/// `a.b.c`
pub(crate) fn dotted(first: String, rest: Vec<String>) -> String {
    let mut s = first;
    for part in rest {
        s.push('.');
        s.push_str(&part);
    }
    s
}

/// `name [as asname]`
pub(crate) fn alias(name: String, asname: Option<String>, l: usize, r: usize) -> Alias {
    Alias {
        name,
        asname,
        span: Span::new(l, r),
    }
}

/// `from (level, module) import names`; `Err(span)` is a trailing comma
/// without parentheses.
pub(crate) fn import_from(
    (level, module): (u32, Option<String>),
    names: Result<Vec<Alias>, (usize, usize)>,
    l: usize,
    r: usize,
) -> PResult<StmtNode> {
    match names {
        Ok(names) => Ok(StmtNode::leaf(
            StmtKind::ImportFrom {
                module,
                names,
                level,
            },
            l,
            r,
        )),
        // CPython's caret is just after the comma.
        Err((_, comma_end)) => fail(
            "trailing comma not allowed without surrounding parentheses",
            comma_end,
            comma_end,
        ),
    }
}

/// A block header's `if`/`elif` chain: `elif`s nest as `If` in `orelse`.
pub(crate) fn if_stmt(
    l: usize,
    test: Node,
    body: Body,
    elifs: Vec<(usize, Node, Body)>,
    orelse: Option<Body>,
) -> PResult<StmtNode> {
    let mut orelse = orelse.unwrap_or_default();
    for (el, etest, ebody) in elifs.into_iter().rev() {
        orelse = Body::one(one_if(el, etest, ebody, orelse)?);
    }
    one_if(l, test, body, orelse)
}

fn one_if(l: usize, test: Node, body: Body, orelse: Body) -> PResult<StmtNode> {
    let r = end_of(&[&body, &orelse], test.end());
    let depth = test.depth.max(body.depth).max(orelse.depth);
    StmtNode::build(
        StmtKind::If {
            test: test.boxed(),
            body: body.stmts,
            orelse: orelse.stmts,
        },
        l,
        r,
        depth,
    )
}

/// `while test: body else: orelse`
pub(crate) fn while_stmt(
    l: usize,
    test: Node,
    body: Body,
    orelse: Option<Body>,
) -> PResult<StmtNode> {
    let orelse = orelse.unwrap_or_default();
    let r = end_of(&[&body, &orelse], test.end());
    let depth = test.depth.max(body.depth).max(orelse.depth);
    StmtNode::build(
        StmtKind::While {
            test: test.boxed(),
            body: body.stmts,
            orelse: orelse.stmts,
        },
        l,
        r,
        depth,
    )
}

/// `[async] for target in iter: body else: orelse`
pub(crate) fn for_stmt(
    l: usize,
    is_async: bool,
    (target, iter, body, orelse): (Node, Node, Body, Option<Body>),
) -> PResult<StmtNode> {
    targets::check_target(&target.expr, TargetKind::Assign)?;
    no_bare_starred(&iter)?;
    let orelse = orelse.unwrap_or_default();
    let r = end_of(&[&body, &orelse], iter.end());
    let depth = target
        .depth
        .max(iter.depth)
        .max(body.depth)
        .max(orelse.depth);
    StmtNode::build(
        StmtKind::For {
            target: target.boxed(),
            iter: iter.boxed(),
            body: body.stmts,
            orelse: orelse.stmts,
            is_async,
        },
        l,
        r,
        depth,
    )
}

/// One `except [type [as name]]: body` clause as parsed.
pub(crate) struct ExceptClause {
    /// Offset of `except`.
    pub start: usize,
    /// The exception type.
    pub typ: Option<Node>,
    /// The `as` name.
    pub name: Option<String>,
    /// The handler body.
    pub body: Body,
}

/// `except A, B:` (3.11 wants parentheses).
pub(crate) fn unparenthesized_except(first: Node, rest: Vec<Node>) -> PResult<ExceptClause> {
    let end = rest.last().map_or(first.end(), Node::end);
    fail(
        "multiple exception types must be parenthesized",
        first.start(),
        end,
    )
}

/// `try: body except...: handlers else: orelse finally: finalbody`
pub(crate) fn try_stmt(
    l: usize,
    body: Body,
    clauses: Vec<ExceptClause>,
    orelse: Option<Body>,
    finalbody: Option<Body>,
) -> PResult<StmtNode> {
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let mut depth = body.depth.max(orelse.depth).max(finalbody.depth);
    let mut handlers = Vec::with_capacity(clauses.len());
    let mut handlers_end = None;
    for c in clauses {
        depth = depth.max(c.body.depth).max(depth_of(&c.typ));
        let end = c.body.end().unwrap_or(c.start);
        handlers_end = Some(end);
        handlers.push(ExceptHandler {
            typ: c.typ.map(|t| t.expr),
            name: c.name,
            body: c.body.stmts,
            span: Span::new(c.start, end),
        });
    }
    let r = finalbody
        .end()
        .or(orelse.end())
        .or(handlers_end)
        .or(body.end())
        .unwrap_or(l);
    StmtNode::build(
        StmtKind::Try {
            body: body.stmts,
            handlers,
            orelse: orelse.stmts,
            finalbody: finalbody.stmts,
        },
        l,
        r,
        depth,
    )
}

/// One `with` item as parsed.
pub(crate) struct WithItemNode {
    /// The context manager expression.
    pub context: Node,
    /// The `as` target.
    pub target: Option<Node>,
}

impl WithItemNode {
    /// `context [as target]`
    pub fn new(context: Node, target: Option<Node>) -> WithItemNode {
        WithItemNode { context, target }
    }
}

/// Items of `with a, b as c:`. `l` is where the first item starts: a lone
/// parenthesized tuple there (`with (a, b):`) is a list of items, as in
/// CPython 3.9+.
pub(crate) fn plain_with_items(
    l: usize,
    first: WithItemNode,
    rest: Vec<WithItemNode>,
) -> PResult<Vec<WithItemNode>> {
    if rest.is_empty() && first.target.is_none() {
        let splittable = match &first.context.expr.kind {
            ExprKind::Tuple { elts } => {
                first.context.start() == l
                    && !elts.is_empty()
                    && elts.iter().all(|e| {
                        !matches!(
                            e.kind,
                            ExprKind::Starred { .. } | ExprKind::NamedExpr { .. }
                        )
                    })
            }
            _ => false,
        };
        if splittable && let ExprKind::Tuple { elts } = first.context.expr.kind {
            let depth = first.context.depth.saturating_sub(1);
            return Ok(elts
                .into_iter()
                .map(|e| WithItemNode::new(Node { expr: e, depth }, None))
                .collect());
        }
    }
    Ok(n::prepend(first, rest))
}

/// Items of `with (a, b as c, d):`: `plain` are the items before the first
/// one with `as`.
pub(crate) fn paren_with_items(
    plain: Vec<Node>,
    first_as: WithItemNode,
    rest: Vec<WithItemNode>,
) -> PResult<Vec<WithItemNode>> {
    let mut items = Vec::with_capacity(plain.len() + rest.len() + 1);
    for e in plain {
        if matches!(
            e.expr.kind,
            ExprKind::Starred { .. } | ExprKind::NamedExpr { .. }
        ) {
            return fail("invalid syntax", e.start(), e.end());
        }
        items.push(WithItemNode::new(e, None));
    }
    items.push(first_as);
    items.extend(rest);
    Ok(items)
}

/// `[async] with items: body`
pub(crate) fn with_stmt(
    l: usize,
    is_async: bool,
    (items, body): (Vec<WithItemNode>, Body),
) -> PResult<StmtNode> {
    let mut depth = body.depth;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        if let Some(t) = &item.target {
            targets::check_target(&t.expr, TargetKind::Assign)?;
        }
        depth = depth.max(item.context.depth).max(depth_of(&item.target));
        out.push(WithItem {
            context_expr: item.context.expr,
            optional_vars: item.target.map(|t| t.expr),
        });
    }
    let r = end_of(&[&body], l);
    StmtNode::build(
        StmtKind::With {
            items: out,
            body: body.stmts,
            is_async,
        },
        l,
        r,
        depth,
    )
}

/// The parts of `def name(params) -> returns: body`.
pub(crate) struct FuncParts {
    /// The function name.
    pub name: String,
    /// The parameter items as written.
    pub params: Vec<ParamItem>,
    /// The return annotation.
    pub returns: Option<Node>,
    /// The body.
    pub body: Body,
}

/// `[async] def ...` (decorators are added by [`decorate`]).
pub(crate) fn function_def(l: usize, is_async: bool, f: FuncParts) -> PResult<StmtNode> {
    let (args, params_depth) = args::build_params(f.params)?;
    let depth = params_depth.max(depth_of(&f.returns)).max(f.body.depth);
    let r = end_of(&[&f.body], l);
    StmtNode::build(
        StmtKind::FunctionDef {
            name: f.name,
            args: Box::new(args),
            body: f.body.stmts,
            decorator_list: Vec::new(),
            returns: f.returns.map(Node::boxed),
            is_async,
        },
        l,
        r,
        depth,
    )
}

/// `class name(args): body`
pub(crate) fn class_def(
    l: usize,
    name: String,
    args: Option<(Vec<ArgItem>, bool)>,
    body: Body,
) -> PResult<StmtNode> {
    let call_args = args::build_call_args(args.unwrap_or_default(), None)?;
    let depth = call_args.depth.max(body.depth);
    let r = end_of(&[&body], l);
    StmtNode::build(
        StmtKind::ClassDef {
            name,
            bases: call_args.args,
            keywords: call_args.keywords,
            body: body.stmts,
            decorator_list: Vec::new(),
        },
        l,
        r,
        depth,
    )
}

/// Attaches decorators to a function or class definition (its span still
/// starts at `def`/`class`, as in CPython 3.8+).
pub(crate) fn decorate(decorators: Vec<Node>, mut def: StmtNode) -> PResult<StmtNode> {
    let (decorators, depth) = n::unzip(decorators);
    match &mut def.stmt.kind {
        StmtKind::FunctionDef { decorator_list, .. }
        | StmtKind::ClassDef { decorator_list, .. } => {
            *decorator_list = decorators;
        }
        _ => {
            let span = def.stmt.span;
            return fail("invalid syntax", span.start as usize, span.end as usize);
        }
    }
    def.depth = def.depth.max(depth.saturating_add(1));
    if def.depth > MAX_AST_DEPTH {
        let span = def.stmt.span;
        return fail(
            "too many nested blocks",
            span.start as usize,
            span.end as usize,
        );
    }
    Ok(def)
}
