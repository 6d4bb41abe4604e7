//! `try` / `except` / `finally` and `with`, as CPython 3.11 compiles them:
//! SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH pseudo-instructions mark the
//! protected ranges (turned into the exception table by the assembler),
//! handlers run between PUSH_EXC_INFO and POP_EXCEPT, `except ... as name`
//! clears the name on every exit, and `with` calls `__exit__` on both paths.

use super::cfg::IOp;
use super::code::ConstValue;
use super::opcode::Op;
use super::unit::{Compiler, Ctx, FbDatum, FbKind, R};
use crate::parser::ast::{ExceptHandler, Span, Stmt, WithItem};

impl<'a> Compiler<'a> {
    // ---- try ----

    fn pop_except_and_reraise(&mut self) {
        self.op_i(Op::Copy, 3);
        self.op(Op::PopExcept);
        self.op_i(Op::Reraise, 1);
    }

    pub(crate) fn compile_try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R {
        let body_b = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.jump_pseudo(IOp::SetupFinally, end);
        self.use_next_block(body_b);
        self.push_fblock(FbKind::FinallyTry, body_b, end, FbDatum::Finally(finalbody))?;
        if !handlers.is_empty() {
            self.compile_try_except(body, handlers, orelse)?;
        } else {
            self.compile_stmts(body)?;
        }
        self.pseudo_noline(IOp::PopBlock);
        self.pop_fblock();
        self.compile_stmts(finalbody)?;
        self.jump_noline(Op::Jump, exit);
        self.use_next_block(end);
        self.unset_loc();
        self.jump_pseudo(IOp::SetupCleanup, cleanup);
        self.op(Op::PushExcInfo);
        self.push_fblock(FbKind::FinallyEnd, end, usize::MAX, FbDatum::None)?;
        self.compile_stmts(finalbody)?;
        self.pop_fblock();
        self.op_i(Op::Reraise, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        Ok(())
    }

    pub(crate) fn compile_try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let body_b = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.jump_pseudo(IOp::SetupFinally, except);
        self.use_next_block(body_b);
        self.push_fblock(FbKind::TryExcept, body_b, usize::MAX, FbDatum::None)?;
        self.compile_stmts(body)?;
        self.pop_fblock();
        self.pseudo_noline(IOp::PopBlock);
        self.compile_stmts(orelse)?;
        self.jump_noline(Op::Jump, end);
        let n = handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.jump_pseudo(IOp::SetupCleanup, cleanup);
        self.op(Op::PushExcInfo);
        self.push_fblock(
            FbKind::ExceptionHandler,
            usize::MAX,
            usize::MAX,
            FbDatum::None,
        )?;
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc_span(Span::new(
                h.span.start as usize,
                h.body.last().map(|b| b.span.end).unwrap_or(h.span.end) as usize,
            ));
            if h.typ.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            except = self.new_block();
            if let Some(t) = &h.typ {
                self.compile_expr(t)?;
                self.op(Op::CheckExcMatch);
                self.jump(Op::PopJumpIfFalse, except);
                self.next_block();
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, Ctx::Store)?;
                self.jump_pseudo(IOp::SetupCleanup, cleanup_end);
                self.use_next_block(cleanup_body);
                self.push_fblock(
                    FbKind::HandlerCleanup,
                    cleanup_body,
                    usize::MAX,
                    FbDatum::Name(name),
                )?;
                self.compile_stmts(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.pseudo(IOp::PopBlock);
                self.pseudo(IOp::PopBlock);
                self.op(Op::PopExcept);
                self.load_const(ConstValue::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.jump(Op::Jump, end);
                self.use_next_block(cleanup_end);
                self.unset_loc();
                self.load_const(ConstValue::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.op_i(Op::Reraise, 1);
            } else {
                let cleanup_body = self.new_block();
                self.op(Op::PopTop);
                self.use_next_block(cleanup_body);
                self.push_fblock(
                    FbKind::HandlerCleanup,
                    cleanup_body,
                    usize::MAX,
                    FbDatum::None,
                )?;
                self.compile_stmts(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.pseudo(IOp::PopBlock);
                self.op(Op::PopExcept);
                self.jump(Op::Jump, end);
            }
            self.use_next_block(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.op_i(Op::Reraise, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(end);
        Ok(())
    }

    // ---- with ----

    pub(crate) fn compile_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> R {
        let item = &items[pos];
        let body_b = self.new_block();
        let final_b = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.compile_expr(&item.context_expr)?;
        self.op(Op::BeforeWith);
        self.jump_pseudo(IOp::SetupWith, final_b);
        self.use_next_block(body_b);
        self.push_fblock(FbKind::With, body_b, final_b, FbDatum::With(s))?;
        if let Some(v) = &item.optional_vars {
            self.compile_target(v, Ctx::Store)?;
        } else {
            self.op(Op::PopTop);
        }
        if pos + 1 == items.len() {
            self.compile_stmts(body)?;
        } else {
            self.compile_with(s, items, body, pos + 1)?;
        }
        self.unset_loc();
        self.pseudo(IOp::PopBlock);
        self.pop_fblock();
        self.set_loc_stmt(s);
        self.call_exit_with_nones();
        self.op(Op::PopTop);
        self.jump(Op::Jump, exit);
        self.use_next_block(final_b);
        self.jump_pseudo(IOp::SetupCleanup, cleanup);
        self.op(Op::PushExcInfo);
        self.op(Op::WithExceptStart);
        // compiler_with_except_finish
        self.unset_loc();
        let exit2 = self.new_block();
        self.jump(Op::PopJumpIfTrue, exit2);
        self.next_block();
        self.op_i(Op::Reraise, 2);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit2);
        self.op(Op::PopTop);
        self.pseudo(IOp::PopBlock);
        self.op(Op::PopExcept);
        self.op(Op::PopTop);
        self.op(Op::PopTop);
        self.use_next_block(exit);
        Ok(())
    }
}
