//! The token type shared by the lexer and the lalrpop grammar.
//!
//! The lexer produces `(start, Tok, end)` triples where `start`/`end` are byte
//! offsets into the source. Literal tokens carry their decoded values so the
//! parser never re-reads source text (f-string expressions are the exception:
//! they carry their source and offset, and the parser parses them in place).

use num_bigint::BigInt;
use std::fmt;

/// One piece of an f-string literal, as split by the lexer (3.11 rules: the
/// whole literal is one token).
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPiece {
    /// Literal text with escapes already decoded and `{{`/`}}` collapsed.
    Literal(String),
    /// A replacement field `{expr!conv:spec}`.
    Field(FStringField),
}

/// A replacement field inside an f-string.
#[derive(Clone, Debug, PartialEq)]
pub struct FStringField {
    /// Source text of the expression (without surrounding whitespace trimmed,
    /// exactly as written between `{` and the `=`/`!`/`:`/`}` that ends it).
    pub expr_source: String,
    /// Byte offset of `expr_source` in the whole file, for error positions.
    pub expr_offset: usize,
    /// `Some("expr=")` text to emit before the value when `=` was used; this is
    /// the expression text including the `=` and any whitespace around it.
    pub debug_text: Option<String>,
    /// `Some('r' | 's' | 'a')` for `!r`, `!s`, `!a`.
    pub conversion: Option<char>,
    /// The format spec after `:`, itself a list of pieces (it may contain
    /// nested fields). `None` when there is no `:`.
    pub format_spec: Option<Vec<FStringPiece>>,
}

/// A lexical token of Python 3.11.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    // ---- synthetic start tokens, chosen by the caller of the parser ----
    /// Parse a whole module (file / `-c` / exec mode).
    StartModule,
    /// Parse one interactive statement (REPL / single mode).
    StartInteractive,
    /// Parse one expression (eval mode).
    StartExpression,

    // ---- layout ----
    /// End of a logical line.
    Newline,
    /// Indentation increased.
    Indent,
    /// Indentation decreased (one per level popped; zero width).
    Dedent,

    // ---- atoms ----
    /// An identifier (NFKC normalisation is not applied).
    Name(String),
    /// An integer literal of any base, underscores removed.
    Int(BigInt),
    /// A float literal.
    Float(f64),
    /// A str literal (any quote kind, raw or not), escapes decoded.
    Str(String),
    /// A bytes literal, escapes decoded.
    Bytes(Vec<u8>),
    /// An f-string literal, split into pieces.
    FString(Vec<FStringPiece>),

    // ---- keywords ----
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // ---- operators and delimiters ----
    /// `(`
    LPar,
    /// `)`
    RPar,
    /// `[`
    LSqb,
    /// `]`
    RSqb,
    /// `{`
    LBrace,
    /// `}`
    RBrace,
    /// `:`
    Colon,
    /// `,`
    Comma,
    /// `;`
    Semi,
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// `*`
    Star,
    /// `/`
    Slash,
    /// `|`
    VBar,
    /// `&`
    Amper,
    /// `<`
    Less,
    /// `>`
    Greater,
    /// `=`
    Equal,
    /// `.`
    Dot,
    /// `%`
    Percent,
    /// `==`
    EqEqual,
    /// `!=`
    NotEqual,
    /// `<=`
    LessEqual,
    /// `>=`
    GreaterEqual,
    /// `~`
    Tilde,
    /// `^`
    CircumFlex,
    /// `<<`
    LeftShift,
    /// `>>`
    RightShift,
    /// `**`
    DoubleStar,
    /// `+=`
    PlusEqual,
    /// `-=`
    MinEqual,
    /// `*=`
    StarEqual,
    /// `/=`
    SlashEqual,
    /// `%=`
    PercentEqual,
    /// `&=`
    AmperEqual,
    /// `|=`
    VBarEqual,
    /// `^=`
    CircumflexEqual,
    /// `<<=`
    LeftShiftEqual,
    /// `>>=`
    RightShiftEqual,
    /// `**=`
    DoubleStarEqual,
    /// `//`
    DoubleSlash,
    /// `//=`
    DoubleSlashEqual,
    /// `@`
    At,
    /// `@=`
    AtEqual,
    /// `->`
    RArrow,
    /// `...`
    Ellipsis,
    /// `:=`
    ColonEqual,
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Tok::*;
        let s = match self {
            StartModule | StartInteractive | StartExpression => "<start>",
            Newline => "NEWLINE",
            Indent => "INDENT",
            Dedent => "DEDENT",
            Name(n) => return write!(f, "{n}"),
            Int(i) => return write!(f, "{i}"),
            Float(x) => return write!(f, "{x}"),
            Str(_) | Bytes(_) | FString(_) => "string",
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            LPar => "(",
            RPar => ")",
            LSqb => "[",
            RSqb => "]",
            LBrace => "{",
            RBrace => "}",
            Colon => ":",
            Comma => ",",
            Semi => ";",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            VBar => "|",
            Amper => "&",
            Less => "<",
            Greater => ">",
            Equal => "=",
            Dot => ".",
            Percent => "%",
            EqEqual => "==",
            NotEqual => "!=",
            LessEqual => "<=",
            GreaterEqual => ">=",
            Tilde => "~",
            CircumFlex => "^",
            LeftShift => "<<",
            RightShift => ">>",
            DoubleStar => "**",
            PlusEqual => "+=",
            MinEqual => "-=",
            StarEqual => "*=",
            SlashEqual => "/=",
            PercentEqual => "%=",
            AmperEqual => "&=",
            VBarEqual => "|=",
            CircumflexEqual => "^=",
            LeftShiftEqual => "<<=",
            RightShiftEqual => ">>=",
            DoubleStarEqual => "**=",
            DoubleSlash => "//",
            DoubleSlashEqual => "//=",
            At => "@",
            AtEqual => "@=",
            RArrow => "->",
            Ellipsis => "...",
            ColonEqual => ":=",
        };
        f.write_str(s)
    }
}

/// An error found while lexing; becomes a SyntaxError (or IndentationError /
/// TabError) with CPython's message.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    /// Which Python exception this is.
    pub kind: LexErrorKind,
    /// CPython's message, e.g. `unterminated string literal (detected at line 3)`.
    pub message: String,
    /// Byte offset where the error is reported (the caret position).
    pub offset: usize,
}

/// The Python exception class a [`LexError`] turns into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError` (e.g. `unindent does not match any outer indentation level`)
    Indentation,
    /// `TabError` (inconsistent use of tabs and spaces in indentation)
    Tab,
}
