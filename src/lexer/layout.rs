//! The layout half of the lexer: indentation, brackets, line joining and
//! the end of the input.
//!
//! Rules, as in CPython 3.11's tokenizer:
//! * after each NEWLINE the next line's indentation is measured; lines that
//!   hold only whitespace and/or a comment are skipped entirely;
//! * a tab advances the column to the next multiple of 8, a form feed resets
//!   it to 0; the column is also measured with tabs counting 1, and both
//!   measurements must order the indentation stack the same way, or it is a
//!   TabError;
//! * an indent pushes one level (INDENT); a dedent pops levels until the
//!   column matches one (one DEDENT each), or it is an IndentationError;
//! * inside `()`, `[]`, `{}` newlines are dropped and indentation ignored;
//! * `\` + newline joins lines; at the start of a line, the indentation is
//!   the column of the first such backslash;
//! * at the end of input: NEWLINE if the last line had tokens, then one
//!   DEDENT per open indentation level.

use super::token::{LexError, LexErrorKind, Tok};
use super::{ErrorClass, Failure, Indent, Lexer, Token, line_of, never_closed, syntax_error};

/// Column width of a tab for indentation (CPython's `tok->tabsize`).
const TAB_SIZE: usize = 8;
/// CPython's `MAXINDENT`: the indentation stack holds fewer entries than
/// this, the base level included.
const MAX_INDENT: usize = 100;
/// CPython's `MAXLEVEL`: how deeply brackets may nest.
const MAX_BRACKET_DEPTH: usize = 200;

/// An error after which CPython's tokenizer stops without raising, leaving
/// the message to its parser.
fn stopped(error: LexError) -> Failure {
    Failure {
        error,
        class: ErrorClass::Stopped,
    }
}

impl Lexer<'_> {
    /// Measures the indentation of the line starting where the raw lexer
    /// stands, skipping blank and comment-only lines, and queues INDENT or
    /// DEDENTs. Returns the final NEWLINE if the input ends instead.
    pub(super) fn start_line(&mut self) -> Result<Option<Token>, Failure> {
        let bytes = self.text.as_bytes();
        let mut pos = self.raw.span().end;
        loop {
            let logical_line_start = pos;
            let mut physical_line_start = pos;
            let (mut col, mut alt_col) = (0, 0);
            // The column of the first `\` continuation (0: none yet, or at
            // column 0, exactly as CPython's `cont_line_col`).
            let mut continuation_col = 0;
            loop {
                match bytes.get(pos) {
                    Some(b' ') => {
                        col += 1;
                        alt_col += 1;
                    }
                    Some(b'\t') => {
                        col = (col / TAB_SIZE + 1) * TAB_SIZE;
                        alt_col += 1;
                    }
                    Some(b'\x0c') => {
                        col = 0;
                        alt_col = 0;
                    }
                    Some(b'\\') => {
                        if continuation_col == 0 {
                            continuation_col = col;
                        }
                        pos = self.after_continuation(pos)?;
                        physical_line_start = pos;
                        continue;
                    }
                    _ => break,
                }
                pos += 1;
            }
            if bytes.get(pos) == Some(&b'#') {
                while !matches!(bytes.get(pos), None | Some(b'\n' | b'\r')) {
                    pos += 1;
                }
            }
            match bytes.get(pos) {
                None => {
                    self.bump_to(pos)?;
                    return self.end_of_input();
                }
                Some(b'\r') if bytes.get(pos + 1) == Some(&b'\n') => pos += 2,
                Some(b'\r' | b'\n') => pos += 1,
                Some(_) => {
                    self.bump_to(pos)?;
                    if continuation_col != 0 {
                        col = continuation_col;
                        alt_col = continuation_col;
                    }
                    self.indent_to(col, alt_col, logical_line_start, physical_line_start, pos)?;
                    return Ok(None);
                }
            }
        }
    }

    /// Compares a new line's indentation with the stack and queues the
    /// INDENT or DEDENTs it means.
    fn indent_to(
        &mut self,
        col: usize,
        alt_col: usize,
        logical_line_start: usize,
        physical_line_start: usize,
        first_token: usize,
    ) -> Result<(), Failure> {
        let tab_error = || {
            stopped(LexError {
                kind: LexErrorKind::Tab,
                message: "inconsistent use of tabs and spaces in indentation".into(),
                offset: physical_line_start,
            })
        };
        let base = Indent { col: 0, alt_col: 0 };
        let top = self.indents.last().copied().unwrap_or(base);
        if col == top.col {
            if alt_col != top.alt_col {
                return Err(tab_error());
            }
        } else if col > top.col {
            if self.indents.len() >= MAX_INDENT {
                return Err(stopped(LexError {
                    kind: LexErrorKind::Indentation,
                    message: "too many levels of indentation".into(),
                    offset: physical_line_start,
                }));
            }
            if alt_col <= top.alt_col {
                return Err(tab_error());
            }
            self.indents.push(Indent { col, alt_col });
            self.pending_indent = Some((logical_line_start, first_token));
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|level| col < level.col)
            {
                self.indents.pop();
                self.pending_dedents += 1;
            }
            let top = self.indents.last().copied().unwrap_or(base);
            if col != top.col {
                // CPython's caret: the end of the offending line.
                let bytes = self.text.as_bytes();
                let mut line_end = first_token;
                while !matches!(bytes.get(line_end), None | Some(b'\n' | b'\r')) {
                    line_end += 1;
                }
                return Err(stopped(LexError {
                    kind: LexErrorKind::Indentation,
                    message: "unindent does not match any outer indentation level".into(),
                    offset: line_end,
                }));
            }
            if alt_col != top.alt_col {
                return Err(tab_error());
            }
            self.dedent_at = first_token;
        }
        Ok(())
    }

    /// The end of the input: an error for unclosed brackets, else queue the
    /// closing DEDENTs and return the final NEWLINE if one is due.
    pub(super) fn end_of_input(&mut self) -> Result<Option<Token>, Failure> {
        if let Some(error) = self.null_byte_error.take() {
            return Err(error.into());
        }
        if let Some(&(bracket, offset)) = self.brackets.last() {
            return Err(stopped(never_closed(bracket, offset)));
        }
        self.at_eof = true;
        let end = self.text.len();
        self.pending_dedents = self.indents.len() - 1;
        self.indents.truncate(1);
        self.dedent_at = end;
        if self.line_has_tokens {
            self.line_has_tokens = false;
            return Ok(Some((end, Tok::Newline, end)));
        }
        Ok(None)
    }

    /// Checks the `\` at `backslash` is followed by a newline and returns
    /// the offset of the next line (CPython's `tok_continuation_line`).
    pub(super) fn after_continuation(&self, backslash: usize) -> Result<usize, Failure> {
        let bytes = self.text.as_bytes();
        let next = backslash + 1;
        let next_line = match bytes.get(next) {
            Some(b'\r') if bytes.get(next + 1) == Some(&b'\n') => next + 2,
            Some(b'\r' | b'\n') | None => next + 1,
            Some(_) => {
                return Err(stopped(syntax_error(
                    "unexpected character after line continuation character".into(),
                    next,
                )));
            }
        };
        if next_line >= bytes.len() {
            // CPython's E_EOF: inside brackets it names the open bracket.
            if let Some(&(bracket, offset)) = self.brackets.last() {
                return Err(stopped(never_closed(bracket, offset)));
            }
            return Err(stopped(syntax_error(
                "unexpected EOF while parsing".into(),
                next,
            )));
        }
        Ok(next_line)
    }

    /// Keeps the bracket stack for implicit line joining and reports
    /// unbalanced brackets as CPython's tokenizer does.
    pub(super) fn track_bracket(&mut self, tok: &Tok, offset: usize) -> Result<(), LexError> {
        let closing = match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(syntax_error("too many nested parentheses".into(), offset));
                }
                let bracket = match tok {
                    Tok::LPar => b'(',
                    Tok::LSqb => b'[',
                    _ => b'{',
                };
                self.brackets.push((bracket, offset));
                return Ok(());
            }
            Tok::RPar => b')',
            Tok::RSqb => b']',
            Tok::RBrace => b'}',
            _ => return Ok(()),
        };
        let Some((opening, open_offset)) = self.brackets.pop() else {
            return Err(syntax_error(
                format!("unmatched '{}'", closing as char),
                offset,
            ));
        };
        if !matches!(
            (opening, closing),
            (b'(', b')') | (b'[', b']') | (b'{', b'}')
        ) {
            let (closing, opening) = (closing as char, opening as char);
            let open_line = line_of(self.text, open_offset);
            let message = if open_line != line_of(self.text, offset) {
                format!(
                    "closing parenthesis '{closing}' does not match opening parenthesis '{opening}' on line {open_line}"
                )
            } else {
                format!(
                    "closing parenthesis '{closing}' does not match opening parenthesis '{opening}'"
                )
            };
            return Err(syntax_error(message, offset));
        }
        Ok(())
    }
}
