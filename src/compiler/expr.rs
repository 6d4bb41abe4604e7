//! Code generation for expressions and assignment targets: a port of the
//! expression half of CPython 3.11's `compile.c` (calls with KW_NAMES /
//! LOAD_METHOD / CALL_FUNCTION_EX, displays with their constant and
//! unpacking forms, chained comparisons, short-circuit jumps, lambdas,
//! comprehensions as nested code objects, f-strings, `yield from`).

use super::cfg::{IOp, Loc};
use super::code::ConstValue;
use super::fold::FormatPart;
use super::nodes::node_key;
use super::opcode::{CompareOp, Op};
use super::stmt::binop_arg;
use super::symtable::CompKind;
use super::unit::{Compiler, Ctx, R, ScopeType};
use crate::parser::ast::{Arguments, BoolOp, CmpOp, Comprehension, Expr, ExprKind, UnaryOp};
use crate::parser::error::SourceError;

/// CPython's `STACK_USE_GUARDRAIL`.
pub(crate) const STACK_USE_GUARDRAIL: usize = 30;

pub(crate) fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

/// COMPARE_OP / IS_OP / CONTAINS_OP for a comparison operator.
fn compare_op(op: CmpOp) -> (Op, u32) {
    match op {
        CmpOp::Eq => (Op::CompareOp, CompareOp::Eq as u32),
        CmpOp::NotEq => (Op::CompareOp, CompareOp::Ne as u32),
        CmpOp::Lt => (Op::CompareOp, CompareOp::Lt as u32),
        CmpOp::LtE => (Op::CompareOp, CompareOp::Le as u32),
        CmpOp::Gt => (Op::CompareOp, CompareOp::Gt as u32),
        CmpOp::GtE => (Op::CompareOp, CompareOp::Ge as u32),
        CmpOp::Is => (Op::IsOp, 0),
        CmpOp::IsNot => (Op::IsOp, 1),
        CmpOp::In => (Op::ContainsOp, 0),
        CmpOp::NotIn => (Op::ContainsOp, 1),
    }
}

fn invert_cmp(op: CmpOp) -> Option<CmpOp> {
    match op {
        CmpOp::Is => Some(CmpOp::IsNot),
        CmpOp::IsNot => Some(CmpOp::Is),
        CmpOp::In => Some(CmpOp::NotIn),
        CmpOp::NotIn => Some(CmpOp::In),
        _ => None,
    }
}

/// `not (a is b)` is folded by CPython to `a is not b` (likewise for `in`):
/// returns the comparison and whether its single operator is inverted.
fn not_compare(e: &Expr) -> Option<(&Expr, bool)> {
    match &e.kind {
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => match not_compare(operand) {
            Some((c, inv)) => Some((c, !inv)),
            None => match &operand.kind {
                ExprKind::Compare { ops, .. } if ops.len() == 1 && invert_cmp(ops[0]).is_some() => {
                    Some((operand, true))
                }
                _ => None,
            },
        },
        ExprKind::Compare { ops, .. } if ops.len() == 1 && invert_cmp(ops[0]).is_some() => {
            Some((e, false))
        }
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn save_loc(&self) -> (Loc, usize) {
        (self.ur().loc, self.ur().err_offset)
    }

    pub(crate) fn restore_loc(&mut self, saved: (Loc, usize)) {
        let u = self.u();
        u.loc = saved.0;
        u.err_offset = saved.1;
    }

    /// Compiles an expression for its value (CPython's `compiler_visit_expr`).
    pub fn compile_expr(&mut self, e: &'a Expr) -> R {
        self.enter_depth(e.span)?;
        let saved = self.save_loc();
        self.set_loc_span(e.span);
        let r = self.compile_expr_inner(e);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> R {
        if let Some(c) = self.folded.consts.get(&node_key(e)) {
            let c = c.clone();
            self.load_const(c);
            return Ok(());
        }
        if let Some((cmp, inv)) = not_compare(e)
            && !std::ptr::eq(cmp, e)
        {
            let saved = self.save_loc();
            self.set_loc_span(cmp.span);
            let r = self.compile_compare(cmp, inv);
            self.restore_loc(saved);
            return r;
        }
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.op_i(Op::Copy, 1);
                self.nameop(target, Ctx::Store)
            }
            ExprKind::BoolOp { op, values } => self.compile_boolop(*op, values),
            ExprKind::BinOp { right, .. } if self.folded.formats.contains_key(&node_key(e)) => {
                self.compile_format(e, right)
            }
            ExprKind::BinOp { left, op, right } => {
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.op_i(Op::BinaryOp, binop_arg(*op) as u32);
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                self.compile_expr(operand)?;
                self.op(match op {
                    UnaryOp::Invert => Op::UnaryInvert,
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::UAdd => Op::UnaryPositive,
                    UnaryOp::USub => Op::UnaryNegative,
                });
                Ok(())
            }
            ExprKind::Lambda { args, body } => self.compile_lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.compile_expr(body)?;
                self.jump_noline(Op::Jump, end);
                self.use_next_block(next);
                self.compile_expr(orelse)?;
                self.use_next_block(end);
                Ok(())
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values),
            ExprKind::Set { elts } => {
                self.starunpack(elts, 0, Op::BuildSet, Op::SetAdd, Op::SetUpdate, false)
            }
            ExprKind::List { elts } => {
                if self.folded.list_as_tuple.contains(&node_key(e)) {
                    self.starunpack(elts, 0, Op::BuildList, Op::ListAppend, Op::ListExtend, true)
                } else {
                    self.starunpack(
                        elts,
                        0,
                        Op::BuildList,
                        Op::ListAppend,
                        Op::ListExtend,
                        false,
                    )
                }
            }
            ExprKind::Tuple { elts } => {
                self.starunpack(elts, 0, Op::BuildList, Op::ListAppend, Op::ListExtend, true)
            }
            ExprKind::ListComp { elt, generators } => {
                self.compile_comprehension(e, CompKind::List, "<listcomp>", generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.compile_comprehension(e, CompKind::Set, "<setcomp>", generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.compile_comprehension(
                e,
                CompKind::Dict,
                "<dictcomp>",
                generators,
                key,
                Some(value),
            ),
            ExprKind::GeneratorExp { elt, generators } => {
                self.compile_comprehension(e, CompKind::Gen, "<genexpr>", generators, elt, None)
            }
            ExprKind::Await { .. } => {
                if self.block_type() != super::symtable::BlockType::Function {
                    Err(self.error("'await' outside function"))
                } else {
                    Err(self.error("'await' outside async function"))
                }
            }
            ExprKind::Yield { value } => {
                if self.block_type() != super::symtable::BlockType::Function {
                    return Err(self.error("'yield' outside function"));
                }
                match value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(ConstValue::None),
                }
                self.op(Op::YieldValue);
                self.pseudo(IOp::Resume);
                Ok(())
            }
            ExprKind::YieldFrom { value } => {
                if self.block_type() != super::symtable::BlockType::Function {
                    return Err(self.error("'yield' outside function"));
                }
                self.compile_expr(value)?;
                self.op(Op::GetYieldFromIter);
                self.load_const(ConstValue::None);
                self.add_yield_from();
                Ok(())
            }
            ExprKind::Compare { .. } => self.compile_compare(e, false),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(func, args, keywords),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.compile_expr(value)?;
                let mut oparg = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.compile_expr(spec)?;
                    oparg |= 4;
                }
                self.op_i(Op::FormatValue, oparg);
                Ok(())
            }
            ExprKind::JoinedStr { values } => {
                if values.len() > STACK_USE_GUARDRAIL {
                    self.load_const(ConstValue::Str(String::new()));
                    self.op_name(Op::LoadMethod, "join");
                    self.op_i(Op::BuildList, 0);
                    for v in values {
                        self.compile_expr(v)?;
                        self.op_i(Op::ListAppend, 1);
                    }
                    self.op_i(Op::Call, 1);
                } else {
                    for v in values {
                        self.compile_expr(v)?;
                    }
                    if values.len() != 1 {
                        self.op_i(Op::BuildString, values.len() as u32);
                    }
                }
                Ok(())
            }
            ExprKind::Constant { value } => {
                self.load_const(super::fold::literal(value));
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let old = self.ur().loc.line;
                self.u().loc.line = self.loc_of(e.span).end_line;
                self.op_name(Op::LoadAttr, attr);
                self.u().loc.line = old;
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.op(Op::BinarySubscr);
                Ok(())
            }
            ExprKind::Starred { .. } => Err(self.error("can't use starred expression here")),
            ExprKind::Name { id } => self.nameop(id, Ctx::Load),
            ExprKind::Slice { lower, upper, step } => {
                match lower {
                    Some(x) => self.compile_expr(x)?,
                    None => self.load_const(ConstValue::None),
                }
                match upper {
                    Some(x) => self.compile_expr(x)?,
                    None => self.load_const(ConstValue::None),
                }
                let mut n = 2;
                if let Some(x) = step {
                    self.compile_expr(x)?;
                    n = 3;
                }
                self.op_i(Op::BuildSlice, n);
                Ok(())
            }
        }
    }

    /// `'%s' % (a,)` compiled as the f-string CPython's optimizer makes of it.
    fn compile_format(&mut self, e: &'a Expr, right: &'a Expr) -> R {
        let ExprKind::Tuple { elts } = &right.kind else {
            return Ok(());
        };
        let parts = self
            .folded
            .formats
            .get(&node_key(e))
            .cloned()
            .unwrap_or_default();
        for p in &parts {
            match p {
                FormatPart::Literal(s) => {
                    self.unset_loc_keep(|c| c.load_const(ConstValue::Str(s.clone())));
                }
                FormatPart::Field {
                    item,
                    conversion,
                    spec,
                } => {
                    let arg = &elts[*item];
                    let saved = self.save_loc();
                    self.set_loc_span(arg.span);
                    self.compile_expr(arg)?;
                    let mut oparg = match conversion {
                        's' => 1,
                        'r' => 2,
                        _ => 3,
                    };
                    if let Some(spec) = spec {
                        self.unset_loc_keep(|c| c.load_const(ConstValue::Str(spec.clone())));
                        oparg |= 4;
                    }
                    self.op_i(Op::FormatValue, oparg);
                    self.restore_loc(saved);
                }
            }
        }
        if parts.len() != 1 {
            self.op_i(Op::BuildString, parts.len() as u32);
        }
        Ok(())
    }

    /// Compiles an assignment or deletion target.
    pub fn compile_target(&mut self, e: &'a Expr, ctx: Ctx) -> R {
        self.enter_depth(e.span)?;
        let saved = self.save_loc();
        self.set_loc_span(e.span);
        let r = self.compile_target_inner(e, ctx);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn compile_target_inner(&mut self, e: &'a Expr, ctx: Ctx) -> R {
        match &e.kind {
            ExprKind::Name { id } => self.nameop(id, ctx),
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                match ctx {
                    Ctx::Store => {
                        self.check_forbidden(attr, Ctx::Store)?;
                        let old = self.ur().loc.line;
                        self.u().loc.line = self.loc_of(e.span).end_line;
                        self.op_name(Op::StoreAttr, attr);
                        self.u().loc.line = old;
                    }
                    _ => self.op_name(Op::DeleteAttr, attr),
                }
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.op(if ctx == Ctx::Store {
                    Op::StoreSubscr
                } else {
                    Op::DeleteSubscr
                });
                Ok(())
            }
            ExprKind::Tuple { elts } | ExprKind::List { elts } => {
                if ctx == Ctx::Store {
                    self.unpack_helper(elts)?;
                    for x in elts {
                        match &x.kind {
                            ExprKind::Starred { value } => self.compile_target(value, ctx)?,
                            _ => self.compile_target(x, ctx)?,
                        }
                    }
                } else {
                    for x in elts {
                        self.compile_target(x, ctx)?;
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => {
                if ctx == Ctx::Store {
                    Err(self.error("starred assignment target must be in a list or tuple"))
                } else {
                    Err(self.error("can't use starred expression here"))
                }
            }
            _ => Err(self.error("cannot assign to expression")),
        }
    }

    fn unpack_helper(&mut self, elts: &'a [Expr]) -> R {
        let n = elts.len();
        let mut seen_star = false;
        for (i, x) in elts.iter().enumerate() {
            if is_starred(x) && !seen_star {
                if i >= (1 << 8) || n - i > (i32::MAX as usize >> 8) {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.op_i(Op::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            } else if is_starred(x) {
                return Err(self.error("multiple starred expressions in assignment"));
            }
        }
        if !seen_star {
            self.op_i(Op::UnpackSequence, n as u32);
        }
        Ok(())
    }

    // ---- conditions ----

    /// Jumps to `next` when `e` is truthy (`cond`) or falsy (`!cond`),
    /// CPython's `compiler_jump_if`.
    pub fn jump_if(&mut self, e: &'a Expr, next: usize, cond: bool) -> R {
        self.enter_depth(e.span)?;
        let r = self.jump_if_inner(e, next, cond);
        self.depth -= 1;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, next: usize, cond: bool) -> R {
        let folded = self.folded.consts.contains_key(&node_key(e));
        let inverted = not_compare(e);
        if !folded && inverted.is_none() {
            match &e.kind {
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand,
                } => return self.jump_if(operand, next, !cond),
                ExprKind::BoolOp { op, values } => {
                    let cond2 = *op == BoolOp::Or;
                    let next2 = if cond2 != cond {
                        self.new_block()
                    } else {
                        next
                    };
                    let n = values.len() - 1;
                    for v in &values[..n] {
                        self.jump_if(v, next2, cond2)?;
                    }
                    self.jump_if(&values[n], next, cond)?;
                    if next2 != next {
                        self.use_next_block(next2);
                    }
                    return Ok(());
                }
                ExprKind::IfExp { test, body, orelse } => {
                    let end = self.new_block();
                    let next2 = self.new_block();
                    self.jump_if(test, next2, false)?;
                    self.jump_if(body, next, cond)?;
                    self.jump_noline(Op::Jump, end);
                    self.use_next_block(next2);
                    self.jump_if(orelse, next, cond)?;
                    self.use_next_block(end);
                    return Ok(());
                }
                ExprKind::Compare {
                    left,
                    ops,
                    comparators,
                } if ops.len() > 1 => {
                    // CPython leaves the comparison's location current.
                    self.set_loc_span(e.span);
                    let cleanup = self.new_block();
                    self.compile_expr(left)?;
                    let n = ops.len() - 1;
                    for i in 0..n {
                        self.compile_expr(&comparators[i])?;
                        self.op_i(Op::Swap, 2);
                        self.op_i(Op::Copy, 2);
                        let (op, arg) = compare_op(ops[i]);
                        self.op_i(op, arg);
                        self.jump(Op::PopJumpIfFalse, cleanup);
                        self.next_block();
                    }
                    self.compile_expr(&comparators[n])?;
                    let (op, arg) = compare_op(ops[n]);
                    self.op_i(op, arg);
                    self.jump(
                        if cond {
                            Op::PopJumpIfTrue
                        } else {
                            Op::PopJumpIfFalse
                        },
                        next,
                    );
                    self.next_block();
                    let end = self.new_block();
                    self.jump_noline(Op::Jump, end);
                    self.use_next_block(cleanup);
                    self.op(Op::PopTop);
                    if !cond {
                        self.jump_noline(Op::Jump, next);
                    }
                    self.use_next_block(end);
                    return Ok(());
                }
                _ => {}
            }
        }
        // A comparison's jump carries the comparison's location.
        let cmp_span = match (folded, inverted, &e.kind) {
            (false, Some((cmp, _)), _) => Some(cmp.span),
            (false, None, ExprKind::Compare { .. }) => Some(e.span),
            _ => None,
        };
        if let Some(span) = cmp_span {
            self.set_loc_span(span);
        }
        self.compile_expr(e)?;
        self.jump(
            if cond {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            next,
        );
        self.next_block();
        Ok(())
    }

    fn compile_boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> R {
        let jumpi = if op == BoolOp::And {
            Op::JumpIfFalseOrPop
        } else {
            Op::JumpIfTrueOrPop
        };
        let end = self.new_block();
        let n = values.len() - 1;
        for v in &values[..n] {
            self.compile_expr(v)?;
            self.jump(jumpi, end);
            let next = self.new_block();
            self.use_next_block(next);
        }
        self.compile_expr(&values[n])?;
        self.use_next_block(end);
        Ok(())
    }

    fn compile_compare(&mut self, e: &'a Expr, invert_single: bool) -> R {
        let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &e.kind
        else {
            return Ok(());
        };
        self.compile_expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.compile_expr(&comparators[0])?;
            let op = if invert_single {
                invert_cmp(ops[0]).unwrap_or(ops[0])
            } else {
                ops[0]
            };
            let (op, arg) = compare_op(op);
            self.op_i(op, arg);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.compile_expr(&comparators[i])?;
            self.op_i(Op::Swap, 2);
            self.op_i(Op::Copy, 2);
            let (op, arg) = compare_op(ops[i]);
            self.op_i(op, arg);
            self.jump(Op::JumpIfFalseOrPop, cleanup);
            self.next_block();
        }
        self.compile_expr(&comparators[n])?;
        let (op, arg) = compare_op(ops[n]);
        self.op_i(op, arg);
        let end = self.new_block();
        self.jump_noline(Op::Jump, end);
        self.use_next_block(cleanup);
        self.op_i(Op::Swap, 2);
        self.op(Op::PopTop);
        self.use_next_block(end);
        Ok(())
    }

    // ---- displays ----

    fn all_const(&self, elts: &[Expr]) -> Option<Vec<ConstValue>> {
        elts.iter().map(|x| self.const_of(x)).collect()
    }

    /// CPython's `starunpack_helper`: builds a list / set / tuple from items
    /// that may include `*iterable`.
    pub(crate) fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: Op,
        add: Op,
        extend: Op,
        tuple: bool,
    ) -> R {
        let n = elts.len();
        if n > 2
            && let Some(items) = self.all_const(elts)
        {
            if tuple && pushed == 0 {
                self.load_const(ConstValue::Tuple(items));
            } else {
                // A set of constants is a frozenset constant (merged into
                // the new set by SET_UPDATE), as in CPython.
                self.op_i(build, pushed);
                if add == Op::SetAdd {
                    self.load_const(ConstValue::FrozenSet(items));
                } else {
                    self.load_const(ConstValue::Tuple(items));
                }
                self.op_i(extend, 1);
                if tuple {
                    self.op(Op::ListToTuple);
                }
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUARDRAIL;
        let seen_star = elts.iter().any(is_starred);
        if !seen_star && !big {
            for x in elts {
                self.compile_expr(x)?;
            }
            self.op_i(
                if tuple { Op::BuildTuple } else { build },
                n as u32 + pushed,
            );
            return Ok(());
        }
        let mut built = false;
        if big {
            self.op_i(build, pushed);
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let ExprKind::Starred { value } = &x.kind {
                if !built {
                    self.op_i(build, i as u32 + pushed);
                    built = true;
                }
                self.compile_expr(value)?;
                self.op_i(extend, 1);
            } else {
                self.compile_expr(x)?;
                if built {
                    self.op_i(add, 1);
                }
            }
        }
        if tuple {
            self.op(Op::ListToTuple);
        }
        Ok(())
    }

    fn compile_subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> R {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUARDRAIL;
        if n > 1 && !big {
            let consts: Option<Vec<ConstValue>> = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().and_then(|k| self.const_of(k)))
                .collect();
            if let Some(consts) = consts {
                for v in &values[begin..end] {
                    self.compile_expr(v)?;
                }
                self.load_const(ConstValue::Tuple(consts));
                self.op_i(Op::BuildConstKeyMap, n as u32);
                return Ok(());
            }
        }
        if big {
            self.op_i(Op::BuildMap, 0);
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.compile_expr(k)?;
            }
            self.compile_expr(&values[i])?;
            if big {
                self.op_i(Op::MapAdd, 1);
            }
        }
        if !big {
            self.op_i(Op::BuildMap, n as u32);
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.compile_subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.op_i(Op::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.op_i(Op::BuildMap, 0);
                    have_dict = true;
                }
                self.compile_expr(&values[i])?;
                self.op_i(Op::DictUpdate, 1);
            } else if elements * 2 > STACK_USE_GUARDRAIL {
                self.compile_subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.op_i(Op::DictUpdate, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.compile_subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.op_i(Op::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.op_i(Op::BuildMap, 0);
        }
        Ok(())
    }

    // ---- functions ----

    fn compile_lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> R {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg)
        {
            if a.arg == "__debug__" {
                return Err(SourceError::syntax(
                    "cannot assign to __debug__",
                    a.span.start as usize,
                ));
            }
        }
        let fflags = self.compile_defaults(args)?;
        let line = self.loc_of(e.span).line;
        self.enter_scope("<lambda>", ScopeType::Lambda, node_key(e), line)?;
        self.add_const(ConstValue::None);
        {
            let u = self.u();
            u.argcount = args.args.len() as u32;
            u.posonlyargcount = args.posonlyargs.len() as u32;
            u.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        let r = self.compile_expr(body);
        let generator = self.st.scopes[self.ur().scope].generator;
        if r.is_ok() && !generator {
            self.op(Op::ReturnValue);
        }
        let code = self.exit_scope(!generator);
        r?;
        self.make_closure(code, fflags);
        Ok(())
    }

    fn add_yield_from(&mut self) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next_block(start);
        self.jump(Op::Send, exit);
        self.use_next_block(resume);
        self.op(Op::YieldValue);
        self.pseudo(IOp::Resume);
        self.jump_pseudo(IOp::JumpNoInterrupt, start);
        self.use_next_block(exit);
    }

    fn compile_comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        name: &str,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Err(self.error("comprehension without generators"));
        };
        if generators.iter().any(|g| g.is_async) {
            return Err(self.error("asynchronous comprehensions are not supported"));
        }
        let line = self.loc_of(e.span).line;
        self.enter_scope(name, ScopeType::Comprehension, node_key(e), line)?;
        self.set_loc_span(e.span);
        let r = (|| -> R {
            match kind {
                CompKind::List => self.op_i(Op::BuildList, 0),
                CompKind::Set => self.op_i(Op::BuildSet, 0),
                CompKind::Dict => self.op_i(Op::BuildMap, 0),
                CompKind::Gen => {}
            }
            self.comprehension_generator(generators, 0, 0, elt, val, kind)?;
            if kind != CompKind::Gen {
                self.op(Op::ReturnValue);
            }
            Ok(())
        })();
        let code = self.exit_scope(true);
        r?;
        self.make_closure(code, 0);
        self.compile_expr(&outermost.iter)?;
        self.op(Op::GetIter);
        self.op_i(Op::Call, 0);
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let g = &generators[gen_index];
        if gen_index == 0 {
            self.u().argcount = 1;
            self.op_i(Op::LoadFast, 0);
        } else {
            let folded = self.folded.consts.contains_key(&node_key(&g.iter));
            let elts = match &g.iter.kind {
                ExprKind::List { elts } | ExprKind::Tuple { elts } if !folded => Some(elts),
                _ => None,
            };
            if let Some(elts) = elts
                && elts.len() == 1
                && !is_starred(&elts[0])
            {
                self.compile_expr(&elts[0])?;
                start = None;
            }
            if start.is_some() {
                self.compile_expr(&g.iter)?;
                self.op(Op::GetIter);
            }
        }
        if let Some(st) = start {
            depth += 1;
            self.use_next_block(st);
            self.jump(Op::ForIter, anchor);
            self.next_block();
        }
        self.compile_target(&g.target, Ctx::Store)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
            self.next_block();
        }
        if gen_index + 1 < generators.len() {
            self.comprehension_generator(generators, gen_index + 1, depth, elt, val, kind)?;
        } else {
            match kind {
                CompKind::Gen => {
                    self.compile_expr(elt)?;
                    self.op(Op::YieldValue);
                    self.pseudo(IOp::Resume);
                    self.op(Op::PopTop);
                }
                CompKind::List => {
                    self.compile_expr(elt)?;
                    self.op_i(Op::ListAppend, depth + 1);
                }
                CompKind::Set => {
                    self.compile_expr(elt)?;
                    self.op_i(Op::SetAdd, depth + 1);
                }
                CompKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = val {
                        self.compile_expr(v)?;
                    }
                    self.op_i(Op::MapAdd, depth + 1);
                }
            }
        }
        self.use_next_block(if_cleanup);
        if let Some(st) = start {
            self.jump(Op::Jump, st);
            self.use_next_block(anchor);
        }
        Ok(())
    }
}
