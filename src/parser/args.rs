//! Parameter lists (`def`, `lambda`) and call arguments.
//!
//! The grammar reads both as flat comma-separated lists of items; the rules
//! about their order (`/` before `*`, defaults, keywords after positionals,
//! one unparenthesized generator) are checked here, with CPython 3.11's
//! messages.

use std::collections::HashSet;

use super::ast::{Arg, Arguments, Constant, Expr, ExprKind, Keyword, Span};
use super::node::{Node, PResult, depth_of, fail};

/// A parameter name with its optional annotation.
pub(crate) struct TypedName {
    /// The parameter.
    pub arg: Arg,
    /// Height of the annotation (0 without one).
    pub depth: u32,
}

impl TypedName {
    /// `name[: annotation]` at `l..r`.
    pub fn new(name: String, annotation: Option<Node>, l: usize, r: usize) -> TypedName {
        TypedName {
            depth: depth_of(&annotation),
            arg: Arg {
                arg: name,
                annotation: annotation.map(Node::boxed),
                span: Span::new(l, r),
            },
        }
    }
}

/// One item of a parameter list, as written.
pub(crate) enum ParamItem {
    /// `name[: ann][= default]`
    Plain(TypedName, Option<Node>),
    /// `/` at `l..r`.
    Slash(usize, usize),
    /// `*[name[: ann]]` at `l..r`, with a (refused) default and the
    /// offset of its `=`.
    Star(Option<TypedName>, Option<(usize, Node)>, usize, usize),
    /// `**name[: ann]` at `l..r`, with a (refused) default and the offset of
    /// its `=`.
    DoubleStar(TypedName, Option<(usize, Node)>, usize, usize),
}

/// Assembles [`Arguments`] from the items of a parameter list, checking
/// their order; returns them with the height of the deepest annotation or
/// default.
pub(crate) fn build_params(items: Vec<ParamItem>) -> PResult<(Arguments, u32)> {
    let mut a = Arguments::default();
    let mut depth = 0;
    let mut seen_slash = false;
    let mut bare_star: Option<(usize, usize)> = None;
    let mut seen_star = false;
    let mut seen_kwarg = false;
    let mut seen_default = false;
    // Every parameter name with its span, in source order.
    let mut names: Vec<(String, Span)> = Vec::new();

    for item in items {
        match item {
            ParamItem::Plain(p, default) => {
                if seen_kwarg {
                    return fail_span("arguments cannot follow var-keyword argument", p.arg.span);
                }
                depth = depth.max(p.depth).max(depth_of(&default));
                names.push((p.arg.arg.clone(), p.arg.span));
                if seen_star {
                    a.kwonlyargs.push(p.arg);
                    a.kw_defaults.push(default.map(|d| d.expr));
                } else if let Some(d) = default {
                    a.args.push(p.arg);
                    a.defaults.push(d.expr);
                    seen_default = true;
                } else if seen_default {
                    return fail_span("non-default argument follows default argument", p.arg.span);
                } else {
                    a.args.push(p.arg);
                }
            }
            ParamItem::Slash(l, r) => {
                if seen_kwarg {
                    return fail("arguments cannot follow var-keyword argument", l, r);
                }
                if seen_star {
                    return fail("/ must be ahead of *", l, r);
                }
                if seen_slash {
                    return fail("/ may appear only once", l, r);
                }
                if a.args.is_empty() {
                    return fail("at least one argument must precede /", l, r);
                }
                a.posonlyargs = std::mem::take(&mut a.args);
                seen_slash = true;
            }
            ParamItem::Star(p, default, l, r) => {
                if seen_kwarg {
                    return fail("arguments cannot follow var-keyword argument", l, r);
                }
                if seen_star {
                    return fail("* argument may appear only once", l, r);
                }
                if let Some((eq, _)) = default {
                    return fail(
                        "var-positional argument cannot have default value",
                        eq,
                        eq + 1,
                    );
                }
                seen_star = true;
                match p {
                    Some(p) => {
                        depth = depth.max(p.depth);
                        names.push((p.arg.arg.clone(), p.arg.span));
                        a.vararg = Some(p.arg);
                    }
                    None => bare_star = Some((l, r)),
                }
            }
            ParamItem::DoubleStar(p, default, l, r) => {
                if seen_kwarg {
                    return fail("arguments cannot follow var-keyword argument", l, r);
                }
                if let Some((eq, _)) = default {
                    return fail("var-keyword argument cannot have default value", eq, eq + 1);
                }
                seen_kwarg = true;
                depth = depth.max(p.depth);
                names.push((p.arg.arg.clone(), p.arg.span));
                a.kwarg = Some(p.arg);
            }
        }
    }
    if let Some((l, r)) = bare_star
        && a.kwonlyargs.is_empty()
    {
        return fail("named arguments must follow bare *", l, r);
    }
    // CPython finds duplicates later (in its symbol table), so after the
    // order checks.
    let mut seen = HashSet::new();
    for (name, span) in &names {
        if !seen.insert(name.as_str()) {
            return fail_span(
                format!("duplicate argument '{name}' in function definition"),
                *span,
            );
        }
    }
    Ok((a, depth))
}

fn fail_span<T>(message: impl Into<String>, span: Span) -> PResult<T> {
    fail(message, span.start as usize, span.end as usize)
}

/// One argument of a call or class header, as written.
pub(crate) enum ArgItem {
    /// `expr`
    Positional(Node),
    /// `expr for ...` without its own parentheses.
    Generator(Node),
    /// `key=value` (`key` must turn out to be a name) at `start..end`.
    Keyword {
        key: Node,
        value: Node,
        start: usize,
        end: usize,
    },
    /// `*expr` (already a `Starred` node).
    Star(Node),
    /// `**value` at `start..end`.
    DoubleStar {
        value: Node,
        start: usize,
        end: usize,
    },
}

/// The checked arguments of a call.
pub(crate) struct CallArgs {
    /// Positional and `*` arguments.
    pub args: Vec<Expr>,
    /// Keyword and `**` arguments.
    pub keywords: Vec<Keyword>,
    /// Height of the deepest argument.
    pub depth: u32,
}

/// Checks and splits call arguments (`trailing_comma`: a comma follows the
/// last one). `parens` is the span of the call's parentheses, or `None` in a
/// class header (where a bare generator is not allowed at all).
pub(crate) fn build_call_args(
    (items, trailing_comma): (Vec<ArgItem>, bool),
    parens: Option<(usize, usize)>,
) -> PResult<CallArgs> {
    let count = items.len();
    for item in &items {
        if let ArgItem::Generator(g) = item {
            if parens.is_none() {
                return fail("invalid syntax", g.start(), g.end());
            }
            if count > 1 || trailing_comma {
                return fail(
                    "Generator expression must be parenthesized",
                    g.start(),
                    g.end(),
                );
            }
        }
    }

    let mut out = CallArgs {
        args: Vec::new(),
        keywords: Vec::new(),
        depth: 0,
    };
    let mut seen_keyword = false;
    let mut seen_kw_unpack = false;
    let mut keyword_names = HashSet::new();
    for item in items {
        match item {
            ArgItem::Positional(e) | ArgItem::Generator(e) if seen_kw_unpack || seen_keyword => {
                let message = if seen_kw_unpack {
                    "positional argument follows keyword argument unpacking"
                } else {
                    "positional argument follows keyword argument"
                };
                return fail(message, e.start(), e.end());
            }
            ArgItem::Positional(e) => {
                out.depth = out.depth.max(e.depth);
                out.args.push(e.expr);
            }
            ArgItem::Generator(mut e) => {
                // A lone generator argument borrows the call's parentheses.
                if let Some((l, r)) = parens {
                    e.expr.span = Span::new(l, r);
                }
                out.depth = out.depth.max(e.depth);
                out.args.push(e.expr);
            }
            ArgItem::Star(e) => {
                if seen_kw_unpack {
                    return fail(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.start(),
                        e.end(),
                    );
                }
                out.depth = out.depth.max(e.depth);
                out.args.push(e.expr);
            }
            ArgItem::Keyword {
                key,
                value,
                start,
                end,
            } => {
                let name = match key.expr.kind {
                    ExprKind::Name { id } => id,
                    ExprKind::Constant {
                        value: Constant::None,
                    } => return fail("cannot assign to None", start, end),
                    ExprKind::Constant {
                        value: Constant::Bool(b),
                    } => {
                        let name = if b { "True" } else { "False" };
                        return fail(format!("cannot assign to {name}"), start, end);
                    }
                    _ => {
                        return fail(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            start,
                            value.start(),
                        );
                    }
                };
                if !keyword_names.insert(name.clone()) {
                    return fail(format!("keyword argument repeated: {name}"), start, end);
                }
                seen_keyword = true;
                out.depth = out.depth.max(value.depth);
                out.keywords.push(Keyword {
                    arg: Some(name),
                    value: value.expr,
                    span: Span::new(start, end),
                });
            }
            ArgItem::DoubleStar { value, start, end } => {
                seen_kw_unpack = true;
                out.depth = out.depth.max(value.depth);
                out.keywords.push(Keyword {
                    arg: None,
                    value: value.expr,
                    span: Span::new(start, end),
                });
            }
        }
    }
    Ok(out)
}
