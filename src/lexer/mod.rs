//! The lexer: logos tokens wrapped in an indentation layer (NEWLINE, INDENT,
//! DEDENT, implicit line joining inside brackets).
//!
//! ```text
//!  source ──► raw.rs (logos DFA) ──► Lexer (this file + layout.rs) ──► (start, Tok, end)
//!               │ names, keywords,        │ indentation stack, bracket stack,
//!               │ operators, starts       │ blank/comment lines, `\` joins,
//!               │ of numbers/strings      │ NEWLINE / INDENT / DEDENT
//!               ▼
//!         number.rs, string.rs ──► escape.rs, fstring.rs
//! ```
//!
//! Everything follows CPython 3.11's tokenizer (`Parser/tokenizer.c`),
//! including its error messages and where their carets point: an error's
//! `offset` is the byte offset of the character CPython's caret marks.
//!
//! CPython finds errors in three places, and which one wins depends on
//! where: its tokenizer *raises* most errors (bad numbers, unterminated
//! strings, unbalanced brackets…); it *stops* without raising on some
//! (`\` not before a newline, end of input, TabError, bad dedent), leaving
//! the message to the parser; and its parser finds errors inside literals
//! (bad escapes, f-string syntax) only when it reduces the string, after
//! the next token was read. This lexer reports each error at the moment
//! CPython would, and [`Lexer::error_after_parse_error`] replays what
//! CPython does after a parse error.

pub mod token;

mod escape;
mod fstring;
mod layout;
mod number;
mod raw;
mod string;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_literals;

use logos::Logos;
use raw::Raw;
use string::{Literal, LiteralError};
use token::{LexError, LexErrorKind, Tok};

/// One lexer result: a token with its byte span `start..end`, or an error.
pub type Spanned = Result<(usize, Tok, usize), LexError>;

/// A token with its byte span.
type Token = (usize, Tok, usize);

/// How CPython comes to report an error (see the module comment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ErrorClass {
    /// The tokenizer raises it.
    Raised,
    /// The tokenizer stops and the parser words the error.
    Stopped,
    /// The parser finds it (literal bodies, characters no token uses).
    Parser,
}

/// An error on its way out of the lexer, with how CPython reports it.
#[derive(Debug)]
struct Failure {
    error: LexError,
    class: ErrorClass,
}

impl From<LexError> for Failure {
    fn from(error: LexError) -> Self {
        Failure {
            error,
            class: ErrorClass::Raised,
        }
    }
}

/// One entry of the indentation stack: the column measured with tabs to the
/// next multiple of 8, and with tabs counting as one column.
#[derive(Clone, Copy, Debug)]
struct Indent {
    col: usize,
    alt_col: usize,
}

/// The Python lexer: an iterator of [`Spanned`] tokens over a source text.
///
/// After the first error it yields that error and then `None`.
pub struct Lexer<'a> {
    /// The text being lexed: the whole source, or the part before the line
    /// holding a null byte (see `null_byte_error`).
    text: &'a str,
    raw: logos::Lexer<'a, Raw>,
    /// CPython refuses source with a null byte when it reaches that line.
    null_byte_error: Option<LexError>,
    indents: Vec<Indent>,
    /// Open brackets: the bracket byte and its offset.
    brackets: Vec<(u8, usize)>,
    pending_indent: Option<(usize, usize)>,
    pending_dedents: usize,
    /// Where pending DEDENTs are placed (zero width, before the next token).
    dedent_at: usize,
    /// The next thing to do is measure a new line's indentation.
    at_line_start: bool,
    /// The current logical line has produced a token (so it needs a NEWLINE).
    line_has_tokens: bool,
    at_eof: bool,
    finished: bool,
    /// Set when the lexer stopped on an error CPython's tokenizer reports.
    tokenizer_failed: bool,
    /// An error in a literal's body, held back until the token after the
    /// literal (and any literals concatenated with it) has been lexed.
    literal_error: Option<LiteralError>,
    /// Where the last literal ended (for placing `literal_error`).
    last_literal_end: usize,
    /// Skip errors the parser would find (while replaying CPython's scan of
    /// the rest of the input after a parse error).
    skip_parser_errors: bool,
}

impl<'a> Lexer<'a> {
    /// Creates a lexer over a whole source text (a UTF-8 BOM at the start is
    /// skipped; offsets stay offsets into `source`).
    pub fn new(source: &'a str) -> Self {
        let (text, null_byte_error) = match source.find('\0') {
            Some(at) => {
                let line_start = source[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
                let error = syntax_error("source code cannot contain null bytes".into(), at);
                (&source[..line_start], Some(error))
            }
            None => (source, None),
        };
        let mut raw = Raw::lexer(text);
        if text.starts_with('\u{feff}') {
            raw.bump('\u{feff}'.len_utf8());
        }
        Lexer {
            text,
            raw,
            null_byte_error,
            indents: vec![Indent { col: 0, alt_col: 0 }],
            brackets: Vec::new(),
            pending_indent: None,
            pending_dedents: 0,
            dedent_at: 0,
            at_line_start: true,
            line_has_tokens: false,
            at_eof: false,
            finished: false,
            tokenizer_failed: false,
            literal_error: None,
            last_literal_end: 0,
            skip_parser_errors: false,
        }
    }

    /// What CPython 3.11 reports instead of a syntax error its parser
    /// raised, if anything: call this after the parser stopped with a
    /// SyntaxError at byte `error_offset` (its own error, or a lexer error
    /// that came through it), except for "unexpected indent/unindent".
    ///
    /// CPython then tokenizes the rest of the input: a tokenizer error
    /// there replaces the parser's error, and if the tokenizer stops while a
    /// bracket opened on an earlier line than the error is still open, the
    /// error becomes "'(' was never closed". Returns `None` to keep the
    /// parser's error, and always `None` when this lexer itself stopped on
    /// a tokenizer error.
    pub fn error_after_parse_error(&mut self, error_offset: usize) -> Option<LexError> {
        if self.tokenizer_failed {
            return None;
        }
        self.finished = false;
        self.skip_parser_errors = true;
        self.literal_error = None;
        loop {
            match self.advance() {
                Ok(Some(_)) => {}
                Ok(None) => return None,
                Err(failure) if failure.class == ErrorClass::Raised => return Some(failure.error),
                Err(_) => {
                    let &(bracket, offset) = self.brackets.last()?;
                    let earlier = line_of(self.text, offset) < line_of(self.text, error_offset);
                    return earlier.then(|| never_closed(bracket, offset));
                }
            }
        }
    }

    /// Produces the next token, `None` at the end. An error in a literal's
    /// body is reported in place of the first token after the literal, so
    /// that a tokenizer error in that token wins, as in CPython.
    fn advance(&mut self) -> Result<Option<Token>, Failure> {
        let token = self.next_token()?;
        let Some(error) = self.literal_error.take() else {
            return Ok(token);
        };
        let offset = match &token {
            Some((_, Tok::Str(_) | Tok::Bytes(_) | Tok::FString(_), _)) => {
                // Concatenated literals are decoded together: keep the first
                // error and wait for the token after the last literal.
                self.literal_error = Some(error);
                return Ok(token);
            }
            Some((start, tok, _)) if *tok != Tok::Newline => *start,
            _ => next_token_start(self.text.as_bytes(), self.last_literal_end),
        };
        Err(Failure {
            error: syntax_error(error.message, error.offset.unwrap_or(offset)),
            class: ErrorClass::Parser,
        })
    }

    /// Produces the next token, `None` at the end (layout included, literal
    /// errors not yet reported).
    fn next_token(&mut self) -> Result<Option<Token>, Failure> {
        loop {
            if self.pending_dedents > 0 {
                self.pending_dedents -= 1;
                return Ok(Some((self.dedent_at, Tok::Dedent, self.dedent_at)));
            }
            if let Some((start, end)) = self.pending_indent.take() {
                return Ok(Some((start, Tok::Indent, end)));
            }
            if self.at_eof {
                return Ok(None);
            }
            if self.at_line_start {
                self.at_line_start = false;
                if let Some(newline) = self.start_line()? {
                    return Ok(Some(newline));
                }
                continue;
            }
            let Some(item) = self.raw.next() else {
                if let Some(newline) = self.end_of_input()? {
                    return Ok(Some(newline));
                }
                continue;
            };
            let span = self.raw.span();
            let token = match item {
                Err(raw::NoMatch) => match self.invalid_character(span.start) {
                    Some(failure) => return Err(failure),
                    None => continue,
                },
                Ok(Raw::Newline) => {
                    if !self.brackets.is_empty() {
                        continue; // implicit line joining
                    }
                    self.at_line_start = true;
                    if !self.line_has_tokens {
                        continue;
                    }
                    self.line_has_tokens = false;
                    return Ok(Some((span.start, Tok::Newline, span.end)));
                }
                Ok(Raw::Backslash) => {
                    let next_line = self.after_continuation(span.start)?;
                    self.bump_to(next_line)?;
                    continue;
                }
                Ok(Raw::Name) => (span.start, Tok::Name(self.raw.slice().to_owned()), span.end),
                Ok(Raw::Simple(tok)) => {
                    self.track_bracket(&tok, span.start)?;
                    (span.start, tok, span.end)
                }
                Ok(Raw::Number) => {
                    let (literal, end) = number::scan_number(self.text, span.start)?;
                    self.bump_to(end)?;
                    match literal {
                        Ok(tok) => (span.start, tok, end),
                        // A complex literal: valid Python, but not Ferrite's.
                        Err(_) if self.skip_parser_errors => continue,
                        Err(error) => {
                            return Err(Failure {
                                error: syntax_error(
                                    error.message,
                                    error.offset.unwrap_or(span.start),
                                ),
                                class: ErrorClass::Parser,
                            });
                        }
                    }
                }
                Ok(Raw::StringStart) => {
                    let (literal, end) = string::scan_string(self.text, span.start, span.end)?;
                    self.bump_to(end)?;
                    self.last_literal_end = end;
                    (span.start, self.string_token(literal), end)
                }
            };
            self.line_has_tokens = true;
            return Ok(Some(token));
        }
    }

    /// The token for a string literal, holding back an error in its body
    /// (the token is then a stand-in that the error will follow).
    fn string_token(&mut self, literal: Literal) -> Tok {
        literal.unwrap_or_else(|error| {
            if self.literal_error.is_none() && !self.skip_parser_errors {
                self.literal_error = Some(error);
            }
            Tok::Str(String::new())
        })
    }

    /// The error for a character no token can start with, or `None` when
    /// it is skipped (while replaying CPython's scan after a parse error).
    fn invalid_character(&self, offset: usize) -> Option<Failure> {
        let ch = self.text[offset..].chars().next().unwrap_or(' ');
        if ch.is_ascii() && !ch.is_ascii_control() {
            // `$`, `?`, `!`, backquote: CPython's tokenizer passes these on
            // and its parser rejects them.
            return (!self.skip_parser_errors).then(|| Failure {
                error: syntax_error("invalid syntax".into(), offset),
                class: ErrorClass::Parser,
            });
        }
        let message = if is_printable(ch) {
            format!("invalid character '{ch}' (U+{:04X})", ch as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        };
        Some(syntax_error(message, offset).into())
    }

    /// Moves the raw lexer forward to `offset` (past a literal scanned by
    /// hand). Never panics: a bad offset is reported as an error instead.
    fn bump_to(&mut self, offset: usize) -> Result<(), LexError> {
        let current = self.raw.span().end;
        if offset < current || offset > self.text.len() || !self.text.is_char_boundary(offset) {
            return Err(syntax_error("internal lexer error".into(), current));
        }
        self.raw.bump(offset - current);
        Ok(())
    }
}

impl Iterator for Lexer<'_> {
    type Item = Spanned;

    fn next(&mut self) -> Option<Spanned> {
        if self.finished {
            return None;
        }
        match self.advance() {
            Ok(Some(token)) => Some(Ok(token)),
            Ok(None) => {
                self.finished = true;
                None
            }
            Err(failure) => {
                self.finished = true;
                self.tokenizer_failed = failure.class != ErrorClass::Parser;
                // Input cut short at a null byte: whatever ran into the cut
                // is really the null byte's fault.
                match self.null_byte_error.take() {
                    Some(null_error) if runs_into_end(&failure.error) => Some(Err(null_error)),
                    _ => Some(Err(failure.error)),
                }
            }
        }
    }
}

/// Whether an error means the input ended too early, so that more lines
/// could complete it: the REPL then shows `... ` and reads on. These are an
/// unclosed bracket, an unterminated triple-quoted string and a `\` on the
/// last line.
pub fn is_incomplete(error: &LexError) -> bool {
    let message = error.message.as_str();
    message == "unexpected EOF while parsing"
        || message.starts_with("unterminated triple-quoted string literal")
        || (message.starts_with('\'')
            && message.ends_with("' was never closed")
            && message.len() == 20)
}

/// Errors that can come from reaching the end of the input.
fn runs_into_end(error: &LexError) -> bool {
    is_incomplete(error) || error.message.starts_with("unterminated string literal")
}

fn syntax_error(message: String, offset: usize) -> LexError {
    LexError {
        kind: LexErrorKind::Syntax,
        message,
        offset,
    }
}

fn never_closed(bracket: u8, offset: usize) -> LexError {
    syntax_error(format!("'{}' was never closed", bracket as char), offset)
}

/// Where the next token after offset `end` starts: spaces, tabs and form
/// feeds skipped (a comment or newline there is where CPython puts the
/// NEWLINE token).
fn next_token_start(bytes: &[u8], mut end: usize) -> usize {
    while matches!(bytes.get(end), Some(b' ' | b'\t' | b'\x0c')) {
        end += 1;
    }
    end
}

/// The 1-based line number of byte `offset` (`\n`, `\r\n` and lone `\r`
/// each end a line). Only used to build error messages.
fn line_of(text: &str, offset: usize) -> usize {
    let bytes = &text.as_bytes()[..offset.min(text.len())];
    let mut line = 1;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
    }
    line
}

/// The line number CPython reports for "detected at line N" at the end of
/// the input: the line of the last character (a final newline does not
/// start a new line).
fn line_of_last_char(text: &str) -> usize {
    let line = line_of(text, text.len());
    if text.ends_with(['\n', '\r']) {
        line - 1
    } else {
        line
    }
}

/// Whether CPython would print `ch` as is (`Py_UNICODE_ISPRINTABLE`): not a
/// control, format, separator (other than space), private-use or
/// surrogate character. Unassigned code points cannot be told apart
/// without Unicode tables and count as printable.
fn is_printable(ch: char) -> bool {
    if ch == ' ' {
        return true;
    }
    if ch.is_control() || ch.is_whitespace() {
        return false;
    }
    let format_or_private = matches!(
        ch as u32,
        0x00ad
            | 0x0600..=0x0605
            | 0x061c
            | 0x06dd
            | 0x070f
            | 0x0890..=0x0891
            | 0x08e2
            | 0x180e
            | 0x200b..=0x200f
            | 0x202a..=0x202e
            | 0x2060..=0x2064
            | 0x2066..=0x206f
            | 0xfeff
            | 0xfff9..=0xfffb
            | 0x110bd
            | 0x110cd
            | 0x13430..=0x1343f
            | 0x1bca0..=0x1bca3
            | 0x1d173..=0x1d17a
            | 0xe0001
            | 0xe0020..=0xe007f
            | 0xe000..=0xf8ff
            | 0xf0000..=0x10ffff
    );
    !format_or_private
}
