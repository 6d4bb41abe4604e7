//! Checking assignment and deletion targets.
//!
//! Targets parse as ordinary expressions; these functions decide whether an
//! expression may be assigned to (or deleted) and, when not, produce CPython
//! 3.11's message for it. CPython's parser has a second, "invalid rules" pass
//! that guesses the user meant `==` in some cases; [`check_assignment`]
//! reproduces its choices.

use super::ast::{Constant, Expr, ExprKind, UnaryOp};
use super::node::{PResult, fail};

/// Where a target appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TargetKind {
    /// `=`, `for`, comprehension `for`, `with ... as`.
    Assign,
    /// `del`.
    Del,
}

/// CPython's name for an expression kind in error messages
/// (`_PyPegen_get_expr_name`).
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first part of `e` that cannot be a target, if any
/// (`_PyPegen_get_invalid_target`).
pub(crate) fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts } | ExprKind::Tuple { elts } => {
            elts.iter().find_map(|elt| invalid_target(elt, kind))
        }
        ExprKind::Starred { value } => match kind {
            TargetKind::Del => Some(e),
            TargetKind::Assign => invalid_target(value, kind),
        },
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Refuses `e` as a target with "cannot assign to X" / "cannot delete X".
pub(crate) fn check_target(e: &Expr, kind: TargetKind) -> PResult<()> {
    match invalid_target(e, kind) {
        None => Ok(()),
        Some(bad) => {
            let verb = match kind {
                TargetKind::Assign => "assign to",
                TargetKind::Del => "delete",
            };
            fail_at(format!("cannot {verb} {}", expr_name(bad)), bad)
        }
    }
}

/// A SyntaxError covering `e`.
fn fail_at<T>(message: String, e: &Expr) -> PResult<T> {
    fail(message, e.span.start as usize, e.span.end as usize)
}

const MAYBE_EQ: &str = "Maybe you meant '==' instead of '='?";
const MAYBE_EQ_OR_WALRUS: &str = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";

/// Checks the targets of `t1 = t2 = ... = value`; `stmt_start` is where the
/// statement starts (a target starting later is parenthesized).
pub(crate) fn check_assignment(targets: &[Expr], value: &Expr, stmt_start: usize) -> PResult<()> {
    let Some(bad) = targets
        .iter()
        .find_map(|t| invalid_target(t, TargetKind::Assign))
    else {
        return Ok(());
    };
    if matches!(
        bad.kind,
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
    ) && targets.iter().any(|t| std::ptr::eq(t, bad))
    {
        return fail_at("assignment to yield expression not possible".into(), bad);
    }

    // `x = 1, 2 = 3`: CPython reads `x = 1` as a mistyped comparison.
    if let [first, second, ..] = targets
        && matches!(first.kind, ExprKind::Name { .. })
        && first.span.start as usize == stmt_start
        && !is_bitwise_or_level(second)
        && starts_with_bitwise_or(second)
    {
        let end = leftmost_operand(second).span.end as usize;
        return fail(MAYBE_EQ_OR_WALRUS, first.span.start as usize, end);
    }

    if let [target] = targets
        && starts_with_bitwise_or(value)
    {
        let parenthesized = target.span.start as usize != stmt_start;
        let (last, in_bare_tuple) = match &target.kind {
            ExprKind::Tuple { elts } if is_bare_tuple(target) => match elts.last() {
                Some(last) => (last, true),
                None => (target, false),
            },
            _ => (target, false),
        };
        let eligible = (is_bitwise_or_level(last) || (parenthesized && !in_bare_tuple))
            && !matches!(
                last.kind,
                ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }
            )
            && !matches!(
                last.kind,
                ExprKind::Constant {
                    value: Constant::None | Constant::Bool(_)
                }
            );
        if eligible {
            if matches!(last.kind, ExprKind::Name { .. }) {
                let end = leftmost_operand(value).span.end as usize;
                return fail(MAYBE_EQ_OR_WALRUS, last.span.start as usize, end);
            }
            return fail_at(
                format!("cannot assign to {} here. {MAYBE_EQ}", expr_name(last)),
                last,
            );
        }
    }
    fail_at(format!("cannot assign to {}", expr_name(bad)), bad)
}

/// A tuple written without parentheses (its span starts at its first item).
pub(crate) fn is_bare_tuple(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple { elts } => elts
            .first()
            .is_some_and(|first| first.span.start == e.span.start),
        _ => false,
    }
}

/// Whether `e` is an expression at CPython's `bitwise_or` level or tighter
/// (no comparison, `not`, `and`/`or`, conditional, lambda, star, bare tuple).
fn is_bitwise_or_level(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::BoolOp { .. }
        | ExprKind::Compare { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::Starred { .. }
        | ExprKind::Slice { .. }
        | ExprKind::Yield { .. }
        | ExprKind::YieldFrom { .. } => false,
        ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
        ExprKind::Tuple { .. } => !is_bare_tuple(e),
        _ => true,
    }
}

/// Whether `e` begins with a `bitwise_or` operand (it does not begin with
/// `not`, `lambda`, `*` or `yield`).
fn starts_with_bitwise_or(e: &Expr) -> bool {
    let first = leftmost_operand(e);
    match &first.kind {
        ExprKind::Starred { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::Yield { .. }
        | ExprKind::YieldFrom { .. } => false,
        ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
        _ => true,
    }
}

/// The leftmost operand of a bare tuple, boolean operation, comparison or
/// conditional expression (the part a PEG parser would read first).
fn leftmost_operand(mut e: &Expr) -> &Expr {
    loop {
        e = match &e.kind {
            ExprKind::Tuple { elts } if is_bare_tuple(e) => &elts[0],
            ExprKind::BoolOp { values, .. } if !values.is_empty() => &values[0],
            ExprKind::Compare { left, .. } => left,
            ExprKind::IfExp { body, .. } => body,
            _ => return e,
        };
    }
}

/// Checks the target of `target op= value`.
pub(crate) fn check_aug_target(e: &Expr) -> PResult<()> {
    match e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => fail_at(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(e)
            ),
            e,
        ),
    }
}

/// Checks the target of `target: annotation`; returns the `simple` flag
/// (a bare name not in parentheses).
pub(crate) fn check_ann_target(e: &Expr, stmt_start: usize) -> PResult<bool> {
    match &e.kind {
        ExprKind::Name { .. } => Ok(e.span.start as usize == stmt_start),
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(false),
        ExprKind::Tuple { elts } => {
            let at = match elts.first() {
                Some(first) if is_bare_tuple(e) => first,
                _ => e,
            };
            fail_at("only single target (not tuple) can be annotated".into(), at)
        }
        ExprKind::List { .. } => {
            fail_at("only single target (not list) can be annotated".into(), e)
        }
        ExprKind::Starred { .. } => fail_at("invalid syntax".into(), e),
        _ => fail_at("illegal target for annotation".into(), e),
    }
}
