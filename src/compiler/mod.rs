//! The bytecode compiler: symbol tables, then one [`code::CodeObject`] per
//! scope, instruction for instruction what CPython 3.11 emits (translated to
//! our instruction set: absolute jumps, no caches / RESUME / PRECALL).
//!
//! Passes, in order: `__future__` checks, constant folding ([`fold`] side
//! tables), symbol tables ([`symtable`]), code generation into a
//! control-flow graph ([`stmt`], [`expr`] over [`unit`]), assembly
//! ([`cfg`]). [`dis`] prints the result like `dis.dis`.

pub mod code;
pub mod dis;
pub mod opcode;
pub mod pyrepr;

mod analyze;
mod call;
mod cfg;
mod consts;
mod effects;
mod expr;
mod fold;
mod handlers;
mod lines;
mod nodes;
mod pyops;
mod stmt;
mod swaps;
mod symtable;
mod unit;

#[cfg(test)]
mod tests;

use crate::parser::ast::{self, Stmt, StmtKind};
use crate::parser::error::SourceError;
use code::CodeObject;
use unit::{Compiler, ScopeType};

/// What kind of source is being compiled (CPython's `compile()` modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module / script: statements, implicit `return None`.
    Exec,
    /// A single expression whose value is returned.
    Eval,
    /// One interactive (REPL) input: expression statements echo with PRINT_EXPR.
    Single,
}

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Checks `from __future__ import ...` statements as CPython's `future.c`
/// does; returns the line of the last valid one.
fn parse_future(body: &[Stmt], lines: &lines::LineIndex<'_>) -> Result<i32, SourceError> {
    let mut ff_lineno = 0;
    let mut done = false;
    let mut prev_line = 0;
    let start = if stmt::docstring(body).is_some() {
        1
    } else {
        0
    };
    for s in body.iter().skip(start) {
        let line = lines.line_col(s.span.start as usize).0 as i32;
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                if done {
                    return Err(SourceError::syntax(
                        "from __future__ imports must occur at the beginning of the file",
                        s.span.start as usize,
                    ));
                }
                for a in names {
                    if a.name == "braces" {
                        return Err(SourceError::syntax("not a chance", a.span.start as usize));
                    }
                    if !FUTURE_FEATURES.contains(&a.name.as_str()) {
                        return Err(SourceError::syntax(
                            format!("future feature {} is not defined", a.name),
                            a.span.start as usize,
                        ));
                    }
                }
                ff_lineno = line;
            }
            _ => done = true,
        }
    }
    Ok(ff_lineno)
}

/// Compiles a parsed module in [`Mode::Exec`] or [`Mode::Single`] (a module
/// whose body is one expression statement also compiles in [`Mode::Eval`]).
pub fn compile_module(
    module: &ast::Module,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<CodeObject, SourceError> {
    if mode == Mode::Eval {
        return match module.body.as_slice() {
            [
                Stmt {
                    kind: StmtKind::Expr { value },
                    ..
                },
            ] => compile_expression(value, source, filename),
            _ => Err(SourceError::syntax("invalid syntax", 0)),
        };
    }
    let body = &module.body;
    let future_lineno = {
        let li = lines::LineIndex::new(source);
        parse_future(body, &li)?
    };
    let folded = fold::fold_module(body, false, mode == Mode::Exec);
    let st = symtable::build(module, false)?;
    let mut c = Compiler::new(source, filename, st, folded);
    c.future_lineno = future_lineno;
    c.interactive = mode == Mode::Single;
    c.enter_scope("<module>", ScopeType::Module, 0, 1)?;
    let r = if mode == Mode::Single {
        if stmt_has_ann(body) {
            c.op(opcode::Op::SetupAnnotations);
        }
        c.compile_stmts(body)
    } else {
        c.compile_body(body)
    };
    let code = c.exit_scope(true);
    r?;
    Ok(code)
}

fn stmt_has_ann(body: &[Stmt]) -> bool {
    // Interactive input has no docstring handling but does set up annotations.
    body.iter()
        .any(|s| matches!(s.kind, StmtKind::AnnAssign { .. }))
        || body.iter().any(|s| match &s.kind {
            StmtKind::For { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::If { body, orelse, .. } => stmt_has_ann(body) || stmt_has_ann(orelse),
            StmtKind::With { body, .. } => stmt_has_ann(body),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                stmt_has_ann(body)
                    || handlers.iter().any(|h| stmt_has_ann(&h.body))
                    || stmt_has_ann(orelse)
                    || stmt_has_ann(finalbody)
            }
            _ => false,
        })
}

/// Compiles an expression in [`Mode::Eval`]: its value is returned.
pub fn compile_expression(
    expr: &ast::Expr,
    source: &str,
    filename: &str,
) -> Result<CodeObject, SourceError> {
    let folded = fold::fold_expression(expr);
    let st = symtable::build_expr(expr)?;
    let mut c = Compiler::new(source, filename, st, folded);
    c.enter_scope("<module>", ScopeType::Module, 0, 1)?;
    let r = c.compile_expr(expr);
    let code = c.exit_scope(false);
    r?;
    Ok(code)
}

/// Parses and compiles `source` in the given mode.
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, SourceError> {
    match mode {
        Mode::Eval => {
            let e = crate::parser::parse_expression(source)?;
            compile_expression(&e, source, filename)
        }
        Mode::Exec => {
            let m = crate::parser::parse_module(source)?;
            compile_module(&m, source, filename, mode)
        }
        Mode::Single => {
            let m = crate::parser::parse_interactive(source)?;
            compile_module(&m, source, filename, mode)
        }
    }
}
