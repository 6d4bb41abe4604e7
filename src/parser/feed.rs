//! The token stream the generated parser reads: the synthetic start token,
//! then the lexer's tokens (moved to file offsets for f-string fields), with
//! just enough remembered about the recent past to explain a parse error
//! CPython's way (which block header lacks its body, whether we are inside
//! brackets, what the previous token was).

use super::error::SourceError;
use crate::lexer::Lexer;
use crate::lexer::token::Tok;

/// What the parser is reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A file / `exec` source.
    Module,
    /// One REPL statement.
    Interactive,
    /// An `eval` expression.
    Expression,
    /// The expression of an f-string field, wrapped in parentheses.
    FStringField,
}

/// The statement kind a logical line starts with, as far as error messages
/// about block headers care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Header {
    If,
    Elif,
    Else,
    While,
    For,
    With,
    Try,
    Except,
    Finally,
    Def,
    Class,
    /// `async`, not yet known to be `async def` / `for` / `with`.
    Async,
    /// Anything else.
    Other,
}

impl Header {
    fn of(tok: &Tok) -> Header {
        match tok {
            Tok::If => Header::If,
            Tok::Elif => Header::Elif,
            Tok::Else => Header::Else,
            Tok::While => Header::While,
            Tok::For => Header::For,
            Tok::With => Header::With,
            Tok::Try => Header::Try,
            Tok::Except => Header::Except,
            Tok::Finally => Header::Finally,
            Tok::Def => Header::Def,
            Tok::Class => Header::Class,
            Tok::Async => Header::Async,
            _ => Header::Other,
        }
    }

    /// Whether this line starts a compound statement (which needs a `:`).
    pub fn is_compound(self) -> bool {
        !matches!(self, Header::Other | Header::Async)
    }
}

/// The first token of a logical line.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LineInfo {
    /// Which statement it starts.
    pub header: Header,
    /// Offset of its first token.
    pub start: usize,
}

/// How a token can take part in two juxtaposed expressions (`f(a b)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokClass {
    /// An identifier.
    Name,
    /// A string, bytes or f-string literal.
    String,
    /// Another token that is a whole atom: number, `None`, `...`.
    Atom,
    /// `(`, `[`, `{`.
    Open,
    /// `)`, `]`, `}`.
    Close,
    /// `lambda` or `not` (start an expression, cannot end one).
    Prefix,
    /// Everything else.
    Other,
}

impl TokClass {
    fn of(tok: &Tok) -> TokClass {
        match tok {
            Tok::Name(_) => TokClass::Name,
            Tok::Str(_) | Tok::Bytes(_) | Tok::FString(_) => TokClass::String,
            Tok::Int(_) | Tok::Float(_) | Tok::None | Tok::True | Tok::False | Tok::Ellipsis => {
                TokClass::Atom
            }
            Tok::LPar | Tok::LSqb | Tok::LBrace => TokClass::Open,
            Tok::RPar | Tok::RSqb | Tok::RBrace => TokClass::Close,
            Tok::Lambda => TokClass::Prefix,
            _ => TokClass::Other,
        }
    }
}

/// A token already handed to the parser.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Seen {
    /// Its class.
    pub class: TokClass,
    /// Its span (file offsets).
    pub start: usize,
    /// End of its span.
    pub end: usize,
    /// Bracket depth just before it.
    pub depth: u32,
}

/// The parser's token iterator.
pub(crate) struct TokenFeed<'a> {
    lexer: Lexer<'a>,
    start_token: Option<Tok>,
    /// What is being parsed.
    pub mode: Mode,
    /// Offset of the f-string field's expression in the file (field mode).
    field_offset: usize,
    done: bool,
    at_line_start: bool,
    /// The logical line being read.
    pub line: LineInfo,
    /// The logical line before it.
    pub prev_line: LineInfo,
    depth: u32,
    /// Field mode: the wrapping `(` has been closed.
    outer_closed: bool,
    /// The last token handed out.
    pub last: Option<Seen>,
    /// The token before `last`.
    pub before_last: Option<Seen>,
    /// Whether the last token was NEWLINE, INDENT or DEDENT.
    pub last_was_layout: bool,
    /// Where the last NEWLINE started (CPython's caret for errors at the end
    /// of the input).
    pub last_newline: Option<usize>,
    /// The lexer reported an error.
    pub lex_failed: bool,
}

impl<'a> TokenFeed<'a> {
    /// A feed over `source` for `mode`; in field mode `source` is the field's
    /// expression wrapped in `(...)` and `field_offset` is where the
    /// expression starts in the file.
    pub fn new(source: &'a str, mode: Mode, field_offset: usize) -> TokenFeed<'a> {
        let start_token = match mode {
            Mode::Module => Tok::StartModule,
            Mode::Interactive => Tok::StartInteractive,
            Mode::Expression | Mode::FStringField => Tok::StartExpression,
        };
        let none = LineInfo {
            header: Header::Other,
            start: 0,
        };
        TokenFeed {
            lexer: Lexer::new(source),
            start_token: Some(start_token),
            mode,
            field_offset,
            done: false,
            at_line_start: true,
            line: none,
            prev_line: none,
            depth: 0,
            outer_closed: false,
            last: None,
            before_last: None,
            last_was_layout: false,
            last_newline: None,
            lex_failed: false,
        }
    }

    /// A lexer offset as a file offset.
    fn place(&self, offset: usize) -> usize {
        match self.mode {
            // The wrapping `(` is one byte before the expression.
            Mode::FStringField => (offset + self.field_offset).saturating_sub(1),
            _ => offset,
        }
    }

    /// Notes `tok` at `start..end` before handing it out.
    fn observe(&mut self, tok: &Tok, start: usize, end: usize) {
        let layout = matches!(tok, Tok::Newline | Tok::Indent | Tok::Dedent);
        self.last_was_layout = layout;
        if layout {
            if *tok == Tok::Newline {
                self.at_line_start = true;
                self.last_newline = Some(start);
            }
            return;
        }
        if self.at_line_start {
            self.prev_line = self.line;
            self.line = LineInfo {
                header: Header::of(tok),
                start,
            };
            self.at_line_start = false;
        } else if self.line.header == Header::Async {
            self.line.header = match tok {
                Tok::Def => Header::Def,
                Tok::For => Header::For,
                Tok::With => Header::With,
                _ => Header::Other,
            };
        }
        let class = TokClass::of(tok);
        self.before_last = self.last;
        self.last = Some(Seen {
            class,
            start,
            end,
            depth: self.depth,
        });
        match class {
            TokClass::Open => self.depth += 1,
            TokClass::Close => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
    }
}

impl Iterator for TokenFeed<'_> {
    type Item = Result<(usize, Tok, usize), SourceError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(tok) = self.start_token.take() {
            return Some(Ok((0, tok, 0)));
        }
        loop {
            if self.done {
                return None;
            }
            match self.lexer.next()? {
                Err(e) => {
                    self.done = true;
                    self.lex_failed = true;
                    let unfinished = crate::lexer::is_incomplete(&e);
                    let mut error = SourceError::from(e);
                    error.offset = self.place(error.offset);
                    error.unexpected_eof = unfinished;
                    return Some(Err(error));
                }
                Ok((start, tok, end)) => {
                    let (start, end) = (self.place(start), self.place(end));
                    if matches!(self.mode, Mode::Expression | Mode::FStringField)
                        && matches!(tok, Tok::Indent | Tok::Dedent)
                    {
                        continue;
                    }
                    if self.mode == Mode::FStringField {
                        if self.outer_closed && tok != Tok::Newline {
                            self.done = true;
                            return Some(Err(SourceError::syntax(
                                "f-string: unmatched ')'",
                                start,
                            )));
                        }
                        if TokClass::of(&tok) == TokClass::Close && self.depth == 1 {
                            self.outer_closed = true;
                        }
                    }
                    self.observe(&tok, start, end);
                    return Some(Ok((start, tok, end)));
                }
            }
        }
    }
}
