//! The parser: a lalrpop grammar (`grammar/python.lalrpop`) over the lexer's
//! tokens, producing the [`ast`].
//!
//! ```text
//! source ─ Lexer ─ TokenFeed (start token, offsets) ─ generated LR parser
//!        └ grammar actions: node.rs (expressions), stmts.rs (statements),
//!          args.rs (parameters, call arguments), targets.rs (assignability),
//!          strings.rs (concatenation, f-string fields, parsed recursively)
//!        └ on failure: diagnose.rs turns the LR error into CPython's message
//! ```
//!
//! The three modes share one generated parse table: a synthetic first token
//! (`StartModule`, `StartInteractive`, `StartExpression`) picks the start
//! rule. Every AST the parser returns is at most [`MAX_AST_DEPTH`] deep, so
//! walking (or dropping) it recursively is safe.

pub mod ast;
pub mod error;

mod args;
mod diagnose;
mod dump;
mod feed;
mod node;
mod stmts;
mod strings;
mod targets;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_errors;

pub use dump::{dump, dump_expr};
pub use node::MAX_AST_DEPTH;

use error::SourceError;
use feed::{Mode, TokenFeed};
use node::{Node, Parsed};
use stmts::Body;

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused,
        dead_code,
        unused_qualifications
    )]
    python,
    "/python.rs"
);

/// Parses a whole file (`exec` mode).
pub fn parse_module(source: &str) -> Result<ast::Module, SourceError> {
    let lines = parse_lines(source, Mode::Module)?;
    Ok(ast::Module {
        body: lines.into_iter().flat_map(|b| b.stmts).collect(),
    })
}

/// Parses one REPL input (`single` mode): simple statements on one line, or
/// one compound statement.
pub fn parse_interactive(source: &str) -> Result<ast::Module, SourceError> {
    let lines = parse_lines(source, Mode::Interactive)?;
    let mut statements = lines.into_iter().filter(|b| !b.stmts.is_empty());
    let first = statements.next();
    if let Some(second) = statements.next()
        && let Some(s) = second.stmts.first()
    {
        return Err(SourceError::syntax(
            "multiple statements found while compiling a single statement",
            s.span.start as usize,
        ));
    }
    Ok(ast::Module {
        body: first.map(|b| b.stmts).unwrap_or_default(),
    })
}

/// Parses an expression (`eval` mode); surrounding whitespace and newlines
/// are allowed.
pub fn parse_expression(source: &str) -> Result<ast::Expr, SourceError> {
    match run(source, Mode::Expression, 0, 0)? {
        Parsed::Expression(node) => Ok(node.expr),
        Parsed::Lines(_) => Err(SourceError::syntax("invalid syntax", 0)),
    }
}

fn parse_lines(source: &str, mode: Mode) -> Result<Vec<Body>, SourceError> {
    match run(source, mode, 0, 0)? {
        Parsed::Lines(lines) => Ok(lines),
        Parsed::Expression(node) => Err(SourceError::syntax(
            "invalid syntax",
            node.expr.span.start as usize,
        )),
    }
}

/// Parses the expression of an f-string field found at `offset` in the file,
/// as CPython 3.11 does: in parentheses (so it may span lines, be a tuple or
/// a `yield`), with errors prefixed by `f-string: `.
pub(crate) fn parse_fstring_field(
    expr_source: &str,
    offset: usize,
    nesting: u32,
) -> Result<Node, SourceError> {
    let wrapped = format!("({expr_source})");
    match run(&wrapped, Mode::FStringField, offset, nesting) {
        Ok(Parsed::Expression(node)) => Ok(node),
        Ok(Parsed::Lines(_)) => Err(SourceError::syntax("f-string: invalid syntax", offset)),
        Err(mut e) => {
            if !e.message.starts_with("f-string") {
                e.message = format!("f-string: {}", e.message);
            }
            e.unexpected_eof = false;
            Err(e)
        }
    }
}

/// Runs the generated parser over `source` in `mode`.
fn run(source: &str, mode: Mode, field_offset: usize, nesting: u32) -> Result<Parsed, SourceError> {
    let mut feed = TokenFeed::new(source, mode, field_offset);
    let result = python::TopParser::new().parse(nesting, &mut feed);
    result.map_err(|e| {
        let error = diagnose::diagnose(e, &feed, source);
        later_lexer_error(error, &mut feed, source)
    })
}

/// CPython lexes the rest of the input after a syntax error, and a lexer
/// error found there wins (an unclosed bracket only when it was opened on an
/// earlier line than the error). Not done for REPL input, where the rest is
/// not there yet, nor after `unexpected indent`.
fn later_lexer_error(error: SourceError, feed: &mut TokenFeed<'_>, source: &str) -> SourceError {
    if feed.lex_failed
        || matches!(feed.mode, Mode::Interactive | Mode::FStringField)
        || error.message == "unexpected indent"
    {
        return error;
    }
    // Where the parser stopped: the token it could not take.
    let stopped_at = feed.last.map_or(error.offset, |t| t.start);
    let Some(lex_error) = feed.find_map(Result::err) else {
        return error;
    };
    // A stray `$` or `?` is left to the parser in CPython.
    if lex_error.message == "invalid syntax" {
        return error;
    }
    if lex_error.message.ends_with("' was never closed") {
        let lines = LineIndex::new(source);
        if lines.line_col(lex_error.offset).0 >= lines.line_col(stopped_at).0 {
            return error;
        }
    }
    lex_error
}

/// Line and column lookup for byte offsets of one source text (for error
/// messages and tracebacks).
#[derive(Clone, Debug)]
pub struct LineIndex {
    source: String,
    /// Byte offset where each line starts; `line_starts[0] == 0`.
    line_starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the lines of `source` (ended by `\n`, `\r\n` or `\r`).
    pub fn new(source: &str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                line_starts.push(i + 1);
            }
        }
        LineIndex {
            source: source.to_string(),
            line_starts,
        }
    }

    /// The 1-based line and 0-based column (in characters) of `offset`
    /// (clamped to the end of the source).
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.source.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let column = self.source.as_bytes()[start..offset]
            .iter()
            .filter(|&&b| (b & 0xC0) != 0x80)
            .count();
        (line as u32 + 1, column as u32)
    }

    /// The text of 1-based `line` without its line ending (empty when there
    /// is no such line).
    pub fn line_text(&self, line: u32) -> &str {
        let index = (line as usize).wrapping_sub(1);
        let Some(&start) = self.line_starts.get(index) else {
            return "";
        };
        let end = self
            .line_starts
            .get(index + 1)
            .copied()
            .unwrap_or(self.source.len());
        let text = self.source.get(start..end).unwrap_or("");
        let text = text.strip_suffix('\n').unwrap_or(text);
        text.strip_suffix('\r').unwrap_or(text)
    }
}
