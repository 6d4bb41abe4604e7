//! Errors found in source text before it runs: the lexer's, the parser's and
//! the compiler's all end up as one [`SourceError`], which the VM turns into a
//! Python `SyntaxError` (or `IndentationError` / `TabError`).

use crate::lexer::token::{LexError, LexErrorKind};

/// The Python exception class of a [`SourceError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError`
    Indentation,
    /// `TabError`
    Tab,
}

impl SourceErrorKind {
    /// The exception class name.
    pub fn class_name(self) -> &'static str {
        match self {
            SourceErrorKind::Syntax => "SyntaxError",
            SourceErrorKind::Indentation => "IndentationError",
            SourceErrorKind::Tab => "TabError",
        }
    }
}

/// A syntax-level error with CPython's message and the byte offset its caret
/// points at.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceError {
    /// Which exception this becomes.
    pub kind: SourceErrorKind,
    /// CPython's message, e.g. `expected ':'` or `invalid syntax`.
    pub message: String,
    /// Byte offset of the caret in the source.
    pub offset: usize,
    /// Byte offset one past the end of the offending text, when known
    /// (CPython draws `^^^` from offset to end_offset).
    pub end_offset: Option<usize>,
    /// Set when the input simply ended early (an unclosed bracket, a
    /// block header without a body, ...): the REPL asks for another line.
    pub unexpected_eof: bool,
}

impl SourceError {
    /// A plain `SyntaxError` at `offset`.
    pub fn syntax(message: impl Into<String>, offset: usize) -> SourceError {
        SourceError {
            kind: SourceErrorKind::Syntax,
            message: message.into(),
            offset,
            end_offset: None,
            unexpected_eof: false,
        }
    }
}

impl From<LexError> for SourceError {
    fn from(e: LexError) -> SourceError {
        SourceError {
            kind: match e.kind {
                LexErrorKind::Syntax => SourceErrorKind::Syntax,
                LexErrorKind::Indentation => SourceErrorKind::Indentation,
                LexErrorKind::Tab => SourceErrorKind::Tab,
            },
            message: e.message,
            offset: e.offset,
            end_offset: None,
            unexpected_eof: false,
        }
    }
}
