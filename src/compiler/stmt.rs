//! Code generation for statements: a port of the statement half of CPython
//! 3.11's `compile.c` (loops, `try`, `with`, `def`, `class`, imports,
//! assignments, and the unwinding of the block stack on `break` /
//! `continue` / `return`, which inlines `finally` bodies and `__exit__`
//! calls on every early exit).

use super::cfg::IOp;
use super::code::ConstValue;
use super::fold::literal;
use super::nodes::node_key;
use super::opcode::{BinaryOp, Op};
use super::unit::{Compiler, Ctx, FBlock, FbDatum, FbKind, R, ScopeType};
use crate::parser::ast::{Alias, Arguments, Constant, Expr, ExprKind, Operator, Stmt, StmtKind};
use num_bigint::BigInt;

/// The docstring of a body, if its first statement is a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    if let Some(Stmt {
        kind: StmtKind::Expr { value },
        ..
    }) = body.first()
        && let ExprKind::Constant {
            value: Constant::Str(s),
        } = &value.kind
    {
        return Some(s);
    }
    None
}

/// Whether a body (not looking into nested defs / classes) has an annotated assignment.
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            find_ann(body)
                || handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(orelse)
                || find_ann(finalbody)
        }
        _ => false,
    })
}

/// BINARY_OP argument for an operator.
pub(crate) fn binop_arg(op: Operator) -> BinaryOp {
    match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatrixMultiply,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::Lshift,
        Operator::RShift => BinaryOp::Rshift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    }
}

impl<'a> Compiler<'a> {
    /// A module or class body: annotations dict, docstring, statements.
    pub fn compile_body(&mut self, stmts: &'a [Stmt]) -> R {
        if self.ur().scope_type == ScopeType::Module
            && let Some(first) = stmts.first()
        {
            self.set_loc_stmt(first);
        }
        if find_ann(stmts) {
            self.op(Op::SetupAnnotations);
        }
        let mut rest = stmts;
        if let Some(doc) = docstring(stmts) {
            let first = &stmts[0];
            if let StmtKind::Expr { value } = &first.kind {
                self.set_loc_stmt(first);
                self.set_loc_span(value.span);
                self.load_const(ConstValue::Str(doc.to_string()));
            }
            self.unset_loc();
            self.nameop("__doc__", Ctx::Store)?;
            rest = &stmts[1..];
        }
        self.compile_stmts(rest)
    }

    pub fn compile_stmts(&mut self, stmts: &'a [Stmt]) -> R {
        for s in stmts {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub fn compile_stmt(&mut self, s: &'a Stmt) -> R {
        self.enter_depth(s.span)?;
        let r = self.compile_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn compile_stmt_inner(&mut self, s: &'a Stmt) -> R {
        self.set_loc_stmt(s);
        match &s.kind {
            StmtKind::FunctionDef { is_async: true, .. }
            | StmtKind::For { is_async: true, .. }
            | StmtKind::With { is_async: true, .. } => {
                Err(self.error("async functions are not supported"))
            }
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => self.compile_function(s, name, args, body, decorator_list, returns.as_deref()),
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => self.compile_class(s, name, bases, keywords, body, decorator_list),
            StmtKind::Return { value } => self.compile_return(s, value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.compile_target(t, Ctx::Del)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.compile_expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.op_i(Op::Copy, 1);
                    }
                    self.compile_target(t, Ctx::Store)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.compile_augassign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.compile_annassign(target, annotation, value.as_deref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.compile_for(target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.compile_while(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_block();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_block()
                };
                self.jump_if(test, next, false)?;
                self.compile_stmts(body)?;
                if !orelse.is_empty() {
                    self.jump_noline(Op::Jump, end);
                    self.use_next_block(next);
                    self.compile_stmts(orelse)?;
                }
                self.use_next_block(end);
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.compile_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.compile_expr(c)?;
                        n += 1;
                    }
                }
                self.op_i(Op::RaiseVarargs, n);
                self.next_block();
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.compile_try_except(body, handlers, orelse)
                } else {
                    self.compile_try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_block();
                self.jump_if(test, end, true)?;
                self.op(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.compile_expr(m)?;
                    self.op_i(Op::Call, 0);
                }
                self.op_i(Op::RaiseVarargs, 1);
                self.use_next_block(end);
                Ok(())
            }
            StmtKind::Import { names } => self.compile_import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.compile_from_import(s, module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => self.compile_stmt_expr(s, value),
            StmtKind::Pass => {
                self.op(Op::Nop);
                Ok(())
            }
            StmtKind::Break => self.compile_break(),
            StmtKind::Continue => self.compile_continue(),
            StmtKind::With { items, body, .. } => self.compile_with(s, items, body, 0),
        }
    }

    fn compile_stmt_expr(&mut self, s: &'a Stmt, value: &'a Expr) -> R {
        if self.interactive && self.units.len() <= 1 {
            self.compile_expr(value)?;
            self.op(Op::PrintExpr);
            return Ok(());
        }
        let is_const = matches!(value.kind, ExprKind::Constant { .. })
            || (self.folded.consts.contains_key(&node_key(value))
                && !self.folded.folded_first_str.contains(&node_key(s)));
        if is_const {
            self.op(Op::Nop);
            return Ok(());
        }
        self.compile_expr(value)?;
        self.unset_loc();
        self.op(Op::PopTop);
        Ok(())
    }

    // ---- functions and classes ----

    fn compile_decorators(&mut self, decos: &'a [Expr]) -> R {
        for d in decos {
            self.compile_expr(d)?;
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decos: &'a [Expr]) {
        let saved = (self.ur().loc, self.ur().err_offset);
        for d in decos.iter().rev() {
            self.set_loc_span(d.span);
            self.op_i(Op::Call, 0);
        }
        let u = self.u();
        u.loc = saved.0;
        u.err_offset = saved.1;
    }

    fn check_debug_args(&self, args: &Arguments) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if a.arg == "__debug__" {
                return Err(crate::parser::error::SourceError::syntax(
                    "cannot assign to __debug__",
                    a.span.start as usize,
                ));
            }
        }
        Ok(())
    }

    /// Defaults tuple and keyword-only defaults dict; returns the MAKE_FUNCTION flags.
    pub fn compile_defaults(
        &mut self,
        args: &'a Arguments,
    ) -> Result<u32, crate::parser::error::SourceError> {
        let mut fflags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.compile_expr(d)?;
            }
            self.op_i(Op::BuildTuple, args.defaults.len() as u32);
            fflags |= 1;
        }
        let mut keys = Vec::new();
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                let m = super::symtable::mangle(self.ur().private.as_deref(), &a.arg);
                keys.push(ConstValue::Str(m));
                self.compile_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(ConstValue::Tuple(keys));
            self.op_i(Op::BuildConstKeyMap, n);
            fflags |= 2;
        }
        Ok(fflags)
    }

    fn compile_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<bool, crate::parser::error::SourceError> {
        let mut n = 0u32;
        let list = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in list {
            if let Some(an) = &a.annotation {
                let m = super::symtable::mangle(self.ur().private.as_deref(), &a.arg);
                self.load_const(ConstValue::Str(m));
                self.compile_annotation_value(an)?;
                n += 2;
            }
        }
        if let Some(r) = returns {
            self.load_const(ConstValue::Str("return".into()));
            self.compile_annotation_value(r)?;
            n += 2;
        }
        if n > 0 {
            self.op_i(Op::BuildTuple, n);
        }
        Ok(n > 0)
    }

    fn compile_annotation_value(&mut self, an: &'a Expr) -> R {
        if let ExprKind::Starred { value } = &an.kind {
            self.compile_expr(value)?;
            self.op_i(Op::UnpackSequence, 1);
            Ok(())
        } else {
            self.compile_expr(an)
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn compile_function(
        &mut self,
        s: &'a Stmt,
        name: &'a str,
        args: &'a Arguments,
        body: &'a [Stmt],
        decos: &'a [Expr],
        returns: Option<&'a Expr>,
    ) -> R {
        self.check_debug_args(args)?;
        self.compile_decorators(decos)?;
        let firstlineno = match decos.first() {
            Some(d) => self.loc_of(d.span).line,
            None => self.ur().loc.line,
        };
        let mut fflags = self.compile_defaults(args)?;
        if self.compile_annotations(args, returns)? {
            fflags |= 4;
        }
        self.enter_scope(name, ScopeType::Function, node_key(s), firstlineno)?;
        let doc = docstring(body);
        self.add_const(match doc {
            Some(d) => ConstValue::Str(d.to_string()),
            None => ConstValue::None,
        });
        {
            let u = self.u();
            u.argcount = args.args.len() as u32;
            u.posonlyargcount = args.posonlyargs.len() as u32;
            u.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        let start = if doc.is_some() { 1 } else { 0 };
        let r = self.compile_stmts(&body[start..]);
        let code = self.exit_scope(true);
        r?;
        self.make_closure(code, fflags);
        self.apply_decorators(decos);
        self.nameop(name, Ctx::Store)
    }

    fn compile_class(
        &mut self,
        s: &'a Stmt,
        name: &'a str,
        bases: &'a [Expr],
        keywords: &'a [crate::parser::ast::Keyword],
        body: &'a [Stmt],
        decos: &'a [Expr],
    ) -> R {
        self.compile_decorators(decos)?;
        let firstlineno = match decos.first() {
            Some(d) => self.loc_of(d.span).line,
            None => self.ur().loc.line,
        };
        self.enter_scope(name, ScopeType::Class, node_key(s), firstlineno)?;
        self.u().private = Some(name.to_string());
        let r = (|| -> R {
            self.nameop("__name__", Ctx::Load)?;
            self.nameop("__module__", Ctx::Store)?;
            let q = self.ur().qualname.clone();
            self.load_const(ConstValue::Str(q));
            self.nameop("__qualname__", Ctx::Store)?;
            self.compile_body(body)?;
            self.unset_loc();
            if self.st.scopes[self.ur().scope].needs_class_closure {
                self.op_i(Op::LoadClosure, 0);
                self.op_i(Op::Copy, 1);
                self.nameop("__classcell__", Ctx::Store)?;
            } else {
                self.load_const(ConstValue::None);
            }
            self.op(Op::ReturnValue);
            Ok(())
        })();
        let code = self.exit_scope(true);
        r?;
        self.op(Op::PushNull);
        self.op(Op::LoadBuildClass);
        self.make_closure(code, 0);
        self.load_const(ConstValue::Str(name.to_string()));
        self.call_helper(2, bases, keywords)?;
        self.apply_decorators(decos);
        self.nameop(name, Ctx::Store)
    }

    // ---- return / break / continue and unwinding ----

    fn compile_return(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> R {
        let const_value = value.and_then(|v| self.const_of(v));
        let preserve_tos = value.is_some() && const_value.is_none();
        if self.block_type() != super::symtable::BlockType::Function {
            return Err(self.error("'return' outside function"));
        }
        if let Some(v) = value {
            if preserve_tos {
                self.compile_expr(v)?;
            } else {
                self.set_loc_span(v.span);
                self.op(Op::Nop);
            }
        }
        let s_line = self
            .loc_of(crate::parser::ast::Span::new(
                self.stmt_start(s),
                s.span.end as usize,
            ))
            .line;
        if value.is_none_or(|v| self.loc_of(v.span).line != s_line) {
            self.set_loc_stmt(s);
            self.op(Op::Nop);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match (value, const_value) {
            (None, _) => self.load_const(ConstValue::None),
            (Some(_), Some(c)) => self.load_const(c),
            _ => {}
        }
        self.op(Op::ReturnValue);
        Ok(())
    }

    fn compile_break(&mut self) -> R {
        self.op(Op::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop"));
        };
        self.unwind_fblock(lp, false)?;
        self.jump(Op::Jump, lp.exit);
        self.next_block();
        Ok(())
    }

    fn compile_continue(&mut self) -> R {
        self.op(Op::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop"));
        };
        self.jump(Op::Jump, lp.block);
        self.next_block();
        Ok(())
    }

    /// Unwinds the block stack down to the innermost loop (when `to_loop`)
    /// or completely; returns the loop found.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
    ) -> Result<Option<FBlock<'a>>, crate::parser::error::SourceError> {
        let Some(&top) = self.ur().fblocks.last() else {
            return Ok(None);
        };
        if to_loop && matches!(top.kind, FbKind::WhileLoop | FbKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self.unwind_fblock(top, preserve_tos);
        let r = r.and_then(|_| self.unwind_fblock_stack(preserve_tos, to_loop));
        self.u().fblocks.push(top);
        r
    }

    fn unwind_fblock(&mut self, info: FBlock<'a>, preserve_tos: bool) -> R {
        match info.kind {
            FbKind::WhileLoop | FbKind::ExceptionHandler => {}
            FbKind::ForLoop => {
                if preserve_tos {
                    self.op_i(Op::Swap, 2);
                }
                self.op(Op::PopTop);
            }
            FbKind::TryExcept => self.pseudo(IOp::PopBlock),
            FbKind::FinallyTry => {
                self.pseudo(IOp::PopBlock);
                if preserve_tos {
                    self.push_fblock(FbKind::PopValue, usize::MAX, usize::MAX, FbDatum::None)?;
                }
                if let FbDatum::Finally(body) = info.datum {
                    self.compile_stmts(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FbKind::FinallyEnd => {
                if preserve_tos {
                    self.op_i(Op::Swap, 2);
                }
                self.op(Op::PopTop);
                if preserve_tos {
                    self.op_i(Op::Swap, 2);
                }
                self.pseudo(IOp::PopBlock);
                self.op(Op::PopExcept);
            }
            FbKind::With => {
                if let FbDatum::With(s) = info.datum {
                    self.set_loc_stmt(s);
                }
                self.pseudo(IOp::PopBlock);
                if preserve_tos {
                    self.op_i(Op::Swap, 2);
                }
                self.call_exit_with_nones();
                self.op(Op::PopTop);
                self.unset_loc();
            }
            FbKind::HandlerCleanup => {
                let name = match info.datum {
                    FbDatum::Name(n) => Some(n),
                    _ => None,
                };
                if name.is_some() {
                    self.pseudo(IOp::PopBlock);
                }
                if preserve_tos {
                    self.op_i(Op::Swap, 2);
                }
                self.pseudo(IOp::PopBlock);
                self.op(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(ConstValue::None);
                    self.nameop(n, Ctx::Store)?;
                    self.nameop(n, Ctx::Del)?;
                }
            }
            FbKind::PopValue => {
                if preserve_tos {
                    self.op_i(Op::Swap, 2);
                }
                self.op(Op::PopTop);
            }
        }
        Ok(())
    }

    pub(crate) fn call_exit_with_nones(&mut self) {
        self.load_const(ConstValue::None);
        self.load_const(ConstValue::None);
        self.load_const(ConstValue::None);
        self.op_i(Op::Call, 2);
    }

    // ---- loops ----

    fn compile_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        let start = self.new_block();
        let body_b = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FbKind::ForLoop, start, end, FbDatum::None)?;
        self.compile_expr(iter)?;
        self.op(Op::GetIter);
        self.use_next_block(start);
        self.jump(Op::ForIter, cleanup);
        self.use_next_block(body_b);
        self.compile_target(target, Ctx::Store)?;
        self.compile_stmts(body)?;
        self.unset_loc();
        self.jump(Op::Jump, start);
        self.use_next_block(cleanup);
        self.pop_fblock();
        self.compile_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn compile_while(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        let lp = self.new_block();
        let body_b = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(lp);
        self.push_fblock(FbKind::WhileLoop, lp, end, FbDatum::None)?;
        self.jump_if(test, anchor, false)?;
        self.use_next_block(body_b);
        self.compile_stmts(body)?;
        self.set_loc_stmt(s);
        self.jump_if(test, body_b, true)?;
        self.pop_fblock();
        self.use_next_block(anchor);
        self.compile_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    // ---- assignments ----

    fn compile_augassign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> R {
        let saved = (self.ur().loc, self.ur().err_offset);
        self.set_loc_span(target.span);
        match &target.kind {
            ExprKind::Attribute { value: obj, attr } => {
                self.compile_expr(obj)?;
                self.op_i(Op::Copy, 1);
                let old = self.ur().loc.line;
                self.u().loc.line = self.loc_of(target.span).end_line;
                self.op_name(Op::LoadAttr, attr);
                self.u().loc.line = old;
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.compile_expr(obj)?;
                self.compile_expr(slice)?;
                self.op_i(Op::Copy, 2);
                self.op_i(Op::Copy, 2);
                self.op(Op::BinarySubscr);
            }
            ExprKind::Name { id } => self.nameop(id, Ctx::Load)?,
            _ => return Err(self.error("illegal expression for augmented assignment")),
        }
        {
            let u = self.u();
            u.loc = saved.0;
            u.err_offset = saved.1;
        }
        self.compile_expr(value)?;
        self.op_i(
            Op::BinaryOp,
            binop_arg(op) as u32 + BinaryOp::INPLACE as u32,
        );
        self.set_loc_span(target.span);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.u().loc.line = self.loc_of(target.span).end_line;
                self.op_i(Op::Swap, 2);
                self.op_name(Op::StoreAttr, attr);
            }
            ExprKind::Subscript { .. } => {
                self.op_i(Op::Swap, 3);
                self.op_i(Op::Swap, 2);
                self.op(Op::StoreSubscr);
            }
            ExprKind::Name { id } => self.nameop(id, Ctx::Store)?,
            _ => {}
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> R {
        self.compile_expr(e)?;
        self.op(Op::PopTop);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts } => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    fn compile_annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> R {
        if let Some(v) = value {
            self.compile_expr(v)?;
            self.compile_target(target, Ctx::Store)?;
        }
        let module_or_class = matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class);
        match &target.kind {
            ExprKind::Name { id } => {
                self.check_forbidden(id, Ctx::Store)?;
                if simple && module_or_class {
                    self.compile_annotation_expr(annotation)?;
                    self.op_name(Op::LoadName, "__annotations__");
                    let m = super::symtable::mangle(self.ur().private.as_deref(), id);
                    self.load_const(ConstValue::Str(m));
                    self.op(Op::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.check_forbidden(attr, Ctx::Store)?;
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript { value: obj, slice } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => return Err(self.error("illegal target for annotation")),
        }
        if !simple && module_or_class && !self.future_annotations() {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    fn future_annotations(&self) -> bool {
        false
    }

    fn compile_annotation_expr(&mut self, e: &'a Expr) -> R {
        self.compile_expr(e)
    }

    // ---- imports ----

    fn compile_import(&mut self, names: &'a [Alias]) -> R {
        for a in names {
            self.load_const(ConstValue::Int(BigInt::from(0)));
            self.load_const(ConstValue::None);
            self.op_name(Op::ImportName, &a.name);
            if let Some(asname) = &a.asname {
                let parts: Vec<&str> = a.name.split('.').collect();
                if parts.len() > 1 {
                    for (i, attr) in parts[1..].iter().enumerate() {
                        self.op_name_raw(Op::ImportFrom, attr);
                        if i + 2 < parts.len() {
                            self.op_i(Op::Swap, 2);
                            self.op(Op::PopTop);
                        }
                    }
                    self.nameop(asname, Ctx::Store)?;
                    self.op(Op::PopTop);
                } else {
                    self.nameop(asname, Ctx::Store)?;
                }
            } else {
                let first = a.name.split('.').next().unwrap_or(&a.name);
                self.nameop(first, Ctx::Store)?;
            }
        }
        Ok(())
    }

    fn compile_from_import(
        &mut self,
        s: &'a Stmt,
        module: Option<&'a str>,
        names: &'a [Alias],
        level: u32,
    ) -> R {
        self.load_const(ConstValue::Int(BigInt::from(level)));
        let tuple = names
            .iter()
            .map(|a| ConstValue::Str(a.name.clone()))
            .collect();
        if module == Some("__future__") && self.loc_of(s.span).line > self.future_lineno {
            return Err(
                self.error("from __future__ imports must occur at the beginning of the file")
            );
        }
        self.load_const(ConstValue::Tuple(tuple));
        self.op_name(Op::ImportName, module.unwrap_or(""));
        for (i, a) in names.iter().enumerate() {
            if i == 0 && a.name.starts_with('*') {
                self.op(Op::ImportStar);
                return Ok(());
            }
            self.op_name(Op::ImportFrom, &a.name);
            let store = a.asname.as_deref().unwrap_or(&a.name);
            self.nameop(store, Ctx::Store)?;
        }
        self.op(Op::PopTop);
        Ok(())
    }

    /// The constant value of an expression after folding, if any.
    pub fn const_of(&self, e: &Expr) -> Option<ConstValue> {
        match &e.kind {
            ExprKind::Constant { value } => Some(literal(value)),
            _ => self.folded.consts.get(&node_key(e)).cloned(),
        }
    }
}
