//! Calls: CPython 3.11's `maybe_optimize_method_call` (LOAD_METHOD + CALL),
//! the plain `PUSH_NULL` + CALL sequence with KW_NAMES, and the
//! CALL_FUNCTION_EX form for `*args` / `**kwargs` (argument tuple built with
//! LIST_EXTEND / LIST_TO_TUPLE, keyword dict with DICT_MERGE).

use super::code::ConstValue;
use super::expr::{STACK_USE_GUARDRAIL, is_starred};
use super::opcode::Op;
use super::symtable::flag;
use super::unit::{Compiler, R};
use crate::parser::ast::{Expr, ExprKind, Keyword};
use crate::parser::error::SourceError;

impl<'a> Compiler<'a> {
    // ---- calls ----

    fn is_import_originated(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name { id } => self.st.scopes[0].flags(id) & flag::IMPORT != 0,
            _ => false,
        }
    }

    pub(crate) fn compile_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R {
        if let ExprKind::Attribute { value, attr } = &func.kind
            && !self.is_import_originated(value)
            && args.len() + keywords.len() + usize::from(!keywords.is_empty()) < STACK_USE_GUARDRAIL
            && !args.iter().any(is_starred)
            && keywords.iter().all(|k| k.arg.is_some())
        {
            self.validate_keywords(keywords)?;
            self.compile_expr(value)?;
            let old = self.ur().loc.line;
            self.u().loc.line = self.loc_of(func.span).end_line;
            self.op_name(Op::LoadMethod, attr);
            for a in args {
                self.compile_expr(a)?;
            }
            if !keywords.is_empty() {
                for k in keywords {
                    self.compile_expr(&k.value)?;
                }
                self.kw_names(keywords);
            }
            self.op_i(Op::Call, (args.len() + keywords.len()) as u32);
            self.u().loc.line = old;
            return Ok(());
        }
        let saved = self.save_loc();
        self.set_loc_span(func.span);
        self.op(Op::PushNull);
        self.restore_loc(saved);
        self.compile_expr(func)?;
        self.call_helper(0, args, keywords)
    }

    fn kw_names(&mut self, keywords: &[Keyword]) {
        let names = keywords
            .iter()
            .map(|k| ConstValue::Str(k.arg.clone().unwrap_or_default()))
            .collect();
        let i = self.add_const(ConstValue::Tuple(names));
        self.op_i(Op::KwNames, i);
    }

    fn validate_keywords(&self, keywords: &[Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if name == "__debug__" {
                return Err(SourceError::syntax(
                    "cannot assign to __debug__",
                    k.span.start as usize,
                ));
            }
            for later in &keywords[i + 1..] {
                if later.arg.as_deref() == Some(name) {
                    return Err(SourceError::syntax(
                        format!("keyword argument repeated: {name}"),
                        later.span.start as usize,
                    ));
                }
            }
        }
        Ok(())
    }

    /// Pushes the arguments and emits the call (CPython's `compiler_call_helper`);
    /// `n` arguments are already on the stack.
    pub fn call_helper(&mut self, n: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> R {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let ex_call = nelts + nkw * 2 > STACK_USE_GUARDRAIL
            || args.iter().any(is_starred)
            || keywords.iter().any(|k| k.arg.is_none());
        if !ex_call {
            for a in args {
                self.compile_expr(a)?;
            }
            if nkw > 0 {
                for k in keywords {
                    self.compile_expr(&k.value)?;
                }
                self.kw_names(keywords);
            }
            self.op_i(Op::Call, n + (nelts + nkw) as u32);
            return Ok(());
        }
        if n == 0 && nelts == 1 && is_starred(&args[0]) {
            if let ExprKind::Starred { value } = &args[0].kind {
                self.compile_expr(value)?;
            }
        } else {
            self.starunpack(args, n, Op::BuildList, Op::ListAppend, Op::ListExtend, true)?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.compile_subkwargs(keywords, i - nseen, i)?;
                        if have_dict {
                            self.op_i(Op::DictMerge, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.op_i(Op::BuildMap, 0);
                        have_dict = true;
                    }
                    self.compile_expr(&k.value)?;
                    self.op_i(Op::DictMerge, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.compile_subkwargs(keywords, nkw - nseen, nkw)?;
                if have_dict {
                    self.op_i(Op::DictMerge, 1);
                }
            }
        }
        self.op_i(Op::CallFunctionEx, (nkw > 0) as u32);
        Ok(())
    }

    fn compile_subkwargs(&mut self, keywords: &'a [Keyword], begin: usize, end: usize) -> R {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUARDRAIL;
        if n > 1 && !big {
            for k in &keywords[begin..end] {
                self.compile_expr(&k.value)?;
            }
            let names = keywords[begin..end]
                .iter()
                .map(|k| ConstValue::Str(k.arg.clone().unwrap_or_default()))
                .collect();
            self.load_const(ConstValue::Tuple(names));
            self.op_i(Op::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        if big {
            self.unset_loc_keep(|c| c.op_i(Op::BuildMap, 0));
        }
        for k in &keywords[begin..end] {
            self.load_const(ConstValue::Str(k.arg.clone().unwrap_or_default()));
            self.compile_expr(&k.value)?;
            if big {
                self.unset_loc_keep(|c| c.op_i(Op::MapAdd, 1));
            }
        }
        if !big {
            self.op_i(Op::BuildMap, n as u32);
        }
        Ok(())
    }

    pub(crate) fn unset_loc_keep(&mut self, f: impl FnOnce(&mut Self)) {
        let old = self.ur().loc.line;
        self.u().loc.line = -1;
        f(self);
        self.u().loc.line = old;
    }
}
