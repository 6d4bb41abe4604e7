//! Constant folding, as CPython 3.11's AST optimizer (`ast_opt.c`) does it,
//! recorded in side tables instead of rewriting the AST:
//!
//! - unary and binary operators on constants (with CPython's size limits:
//!   ints up to 128 bits from `*`, `**`, `<<`; strings up to 4096 characters
//!   and tuples up to 256 items from `*`), subscripts of constants, tuples
//!   of constants, `__debug__`;
//! - `not (a is b)` style inversions are handled by the code generator;
//! - a list display iterated by `for`, a comprehension or `in` becomes a
//!   tuple (a constant one when every item is constant).
//!
//! Operations that would raise (division by zero, type errors) are simply
//! not folded, so the error happens at run time as in CPython.

use super::code::ConstValue;
use super::nodes::{NodeMap, node_key};
use super::pyops;
use crate::parser::ast::{
    Arguments, CmpOp, Comprehension, Constant, Expr, ExprKind, Operator, Stmt, StmtKind, UnaryOp,
};
use std::collections::HashSet;

/// The results of the folding pass.
#[derive(Default)]
pub(crate) struct Folded {
    /// Constant values of non-literal expressions that fold.
    pub consts: NodeMap<ConstValue>,
    /// List displays that compile as tuples (iterated lists).
    pub list_as_tuple: HashSet<usize>,
    /// First statements of a body whose expression only becomes a string
    /// by folding: CPython does not treat them as docstrings and evaluates them.
    pub folded_first_str: HashSet<usize>,
    /// `'%s ...' % (a, b)` rewritten to f-string parts (CPython 3.11's
    /// `optimize_format`), keyed by the BinOp node.
    pub formats: NodeMap<Vec<FormatPart>>,
}

/// One piece of a `%`-format rewritten as an f-string.
#[derive(Clone, Debug)]
pub(crate) enum FormatPart {
    /// Literal text (with `%%` already turned into `%`).
    Literal(String),
    /// The n-th tuple item formatted with conversion `s` / `r` / `a` and an optional spec.
    Field {
        item: usize,
        conversion: char,
        spec: Option<String>,
    },
}

/// Parses one `%[flags][width][.prec]conv` unit after the `%`; `None` if
/// CPython would not optimize it.
fn parse_format_unit(chars: &[char], pos: &mut usize) -> Option<(char, Option<String>)> {
    let mut next = || -> Option<char> {
        let c = chars.get(*pos).copied();
        *pos += 1;
        c
    };
    let mut ljust = false;
    let mut ch;
    loop {
        ch = next()?;
        match ch {
            '-' => ljust = true,
            '+' | ' ' | '#' | '0' => {}
            _ => break,
        }
    }
    let mut width: i32 = -1;
    if ch.is_ascii_digit() {
        width = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            width = width * 10 + (ch as i32 - '0' as i32);
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
    }
    let mut prec: i32 = -1;
    if ch == '.' {
        ch = next()?;
        prec = 0;
        if ch.is_ascii_digit() {
            let mut digits = 0;
            while ch.is_ascii_digit() {
                prec = prec * 10 + (ch as i32 - '0' as i32);
                ch = next()?;
                digits += 1;
                if digits >= 3 {
                    return None;
                }
            }
        }
    }
    if !matches!(ch, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if !ljust && width > 0 {
        spec.push('>');
    }
    if width >= 0 {
        spec.push_str(&width.to_string());
    }
    if prec >= 0 {
        spec.push_str(&format!(".{prec}"));
    }
    Some((ch, if spec.is_empty() { None } else { Some(spec) }))
}

/// CPython 3.11's `optimize_format`: `fmt % (items)` as f-string parts.
fn optimize_format(fmt: &str, nitems: usize) -> Option<Vec<FormatPart>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pos = 0;
    let mut cnt = 0;
    let mut parts = Vec::new();
    loop {
        let start = pos;
        let mut lit = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                lit.push(chars[pos]);
                pos += 1;
            } else if pos + 1 < chars.len() && chars[pos + 1] == '%' {
                lit.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if pos > start {
            parts.push(FormatPart::Literal(lit));
        }
        if pos >= chars.len() {
            break;
        }
        if cnt >= nitems {
            return None;
        }
        pos += 1;
        let (conversion, spec) = parse_format_unit(&chars, &mut pos)?;
        parts.push(FormatPart::Field {
            item: cnt,
            conversion,
            spec,
        });
        cnt += 1;
    }
    if cnt < nitems {
        return None;
    }
    Some(parts)
}

/// Converts a literal to a constant.
pub(crate) fn literal(c: &Constant) -> ConstValue {
    match c {
        Constant::None => ConstValue::None,
        Constant::Bool(b) => ConstValue::Bool(*b),
        Constant::Int(i) => ConstValue::Int(i.clone()),
        Constant::Float(f) => ConstValue::Float(*f),
        Constant::Str(s) => ConstValue::Str(s.clone()),
        Constant::Bytes(b) => ConstValue::Bytes(b.clone()),
        Constant::Ellipsis => ConstValue::Ellipsis,
    }
}

struct Folder {
    out: Folded,
    future_annotations: bool,
    depth: u32,
}

const MAX_DEPTH: u32 = 4000;

/// Folds a module body (`is_module` also applies the docstring rule).
pub(crate) fn fold_module(body: &[Stmt], future_annotations: bool, docstring_rule: bool) -> Folded {
    let mut f = Folder {
        out: Folded::default(),
        future_annotations,
        depth: 0,
    };
    if docstring_rule {
        f.body(body);
    } else {
        for s in body {
            f.stmt(s);
        }
    }
    f.out
}

/// Folds a lone expression (eval mode).
pub(crate) fn fold_expression(e: &Expr) -> Folded {
    let mut f = Folder {
        out: Folded::default(),
        future_annotations: false,
        depth: 0,
    };
    f.expr(e);
    f.out
}

impl Folder {
    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
        if let Some(first) = body.first()
            && let StmtKind::Expr { value } = &first.kind
            && !matches!(value.kind, ExprKind::Constant { .. })
            && matches!(
                self.out.consts.get(&node_key(&**value)),
                Some(ConstValue::Str(_))
            )
        {
            self.out.folded_first_str.insert(node_key(first));
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn opt(&mut self, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn annotation(&mut self, e: &Expr) {
        if !self.future_annotations {
            self.expr(e);
        }
    }

    fn arguments(&mut self, a: &Arguments) {
        for arg in a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .chain(&a.vararg)
            .chain(&a.kwonlyargs)
            .chain(&a.kwarg)
        {
            if let Some(an) = &arg.annotation {
                self.annotation(an);
            }
        }
        for d in &a.defaults {
            self.expr(d);
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.depth += 1;
        if self.depth < MAX_DEPTH {
            self.stmt_inner(s);
        }
        self.depth -= 1;
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef {
                args,
                body,
                decorator_list,
                returns,
                ..
            } => {
                self.arguments(args);
                self.body(body);
                for d in decorator_list {
                    self.expr(d);
                }
                if let Some(r) = returns {
                    self.annotation(r);
                }
            }
            StmtKind::ClassDef {
                bases,
                keywords,
                body,
                decorator_list,
                ..
            } => {
                for b in bases {
                    self.expr(b);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
                self.body(body);
                for d in decorator_list {
                    self.expr(d);
                }
            }
            StmtKind::Return { value } => self.opt(value),
            StmtKind::Delete { targets } => targets.iter().for_each(|t| self.target(t)),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| self.target(t));
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.target(target);
                self.annotation(annotation);
                self.opt(value);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.target(target);
                self.expr(iter);
                self.fold_iter(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc);
                self.opt(cause);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt(msg);
            }
            StmtKind::Expr { value } => {
                self.expr(value);
            }
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }

    /// Assignment targets: names are not folded, their sub-expressions are.
    fn target(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name { .. } => {}
            ExprKind::Tuple { elts } | ExprKind::List { elts } => {
                elts.iter().for_each(|x| self.target(x))
            }
            ExprKind::Starred { value } => self.target(value),
            _ => {
                self.expr(e);
            }
        }
    }

    fn value_of(&self, e: &Expr) -> Option<ConstValue> {
        match &e.kind {
            ExprKind::Constant { value } => Some(literal(value)),
            _ => self.out.consts.get(&node_key(e)).cloned(),
        }
    }

    fn record(&mut self, e: &Expr, v: Option<ConstValue>) {
        if let Some(v) = v {
            self.out.consts.insert(node_key(e), v);
        }
    }

    /// A list or set being iterated: a list becomes a tuple, a set of
    /// constants a frozenset constant.
    fn fold_iter(&mut self, e: &Expr) {
        if let ExprKind::Set { elts } = &e.kind {
            let items: Option<Vec<ConstValue>> = elts.iter().map(|x| self.value_of(x)).collect();
            self.record(e, items.map(ConstValue::FrozenSet));
            return;
        }
        if let ExprKind::List { elts } = &e.kind {
            if elts
                .iter()
                .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
            {
                return;
            }
            self.out.list_as_tuple.insert(node_key(e));
            let items: Option<Vec<ConstValue>> = elts.iter().map(|x| self.value_of(x)).collect();
            self.record(e, items.map(ConstValue::Tuple));
        }
    }

    fn comprehension(&mut self, gens: &[Comprehension]) {
        for g in gens {
            self.target(&g.target);
            self.expr(&g.iter);
            self.fold_iter(&g.iter);
            for i in &g.ifs {
                self.expr(i);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        self.depth += 1;
        if self.depth < MAX_DEPTH {
            self.expr_inner(e);
        }
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|x| self.expr(x)),
            ExprKind::NamedExpr { value, .. } => self.expr(value),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left);
                self.expr(right);
                if *op == Operator::Mod
                    && let Some(ConstValue::Str(fmt)) = self.value_of(left)
                    && let ExprKind::Tuple { elts } = &right.kind
                    && !self.out.consts.contains_key(&node_key(&**right))
                    && !elts
                        .iter()
                        .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
                {
                    if let Some(parts) = optimize_format(&fmt, elts.len()) {
                        self.out.formats.insert(node_key(e), parts);
                    }
                    return;
                }
                if let (Some(l), Some(r)) = (self.value_of(left), self.value_of(right)) {
                    self.record(e, pyops::binary(*op, &l, &r));
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand);
                if let Some(v) = self.value_of(operand) {
                    let r = match op {
                        UnaryOp::Not => Some(ConstValue::Bool(!super::cfg::const_truth(&v))),
                        _ => pyops::unary(*op, &v),
                    };
                    self.record(e, r);
                }
            }
            ExprKind::Lambda { args, body } => {
                self.arguments(args);
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().for_each(|k| self.expr(k));
                values.iter().for_each(|v| self.expr(v));
            }
            ExprKind::Set { elts } | ExprKind::List { elts } => {
                elts.iter().for_each(|x| self.expr(x))
            }
            ExprKind::Tuple { elts } => {
                elts.iter().for_each(|x| self.expr(x));
                let items: Option<Vec<ConstValue>> =
                    elts.iter().map(|x| self.value_of(x)).collect();
                self.record(e, items.map(ConstValue::Tuple));
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comprehension(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key);
                self.expr(value);
                self.comprehension(generators);
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => self.expr(value),
            ExprKind::Yield { value } => self.opt(value),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left);
                comparators.iter().for_each(|x| self.expr(x));
                if let (Some(op), Some(last)) = (ops.last(), comparators.last())
                    && matches!(op, CmpOp::In | CmpOp::NotIn)
                {
                    self.fold_iter(last);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                args.iter().for_each(|x| self.expr(x));
                keywords.iter().for_each(|k| self.expr(&k.value));
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                self.opt(format_spec);
            }
            ExprKind::JoinedStr { values } => values.iter().for_each(|x| self.expr(x)),
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value);
                self.expr(slice);
                if let (Some(v), Some(i)) = (self.value_of(value), self.value_of(slice)) {
                    self.record(e, pyops::subscript(&v, &i));
                }
            }
            ExprKind::Starred { value } => self.expr(value),
            ExprKind::Name { id } => {
                if id == "__debug__" {
                    self.record(e, Some(ConstValue::Bool(true)));
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower);
                self.opt(upper);
                self.opt(step);
            }
        }
    }
}
