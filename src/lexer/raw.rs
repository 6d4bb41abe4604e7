//! The logos layer: one DFA that recognises names, keywords, operators and
//! the *starts* of numbers and strings.
//!
//! Numbers and strings are only recognised by their first bytes here; the
//! indentation layer in [`super`] hands them to the hand-written scanners in
//! [`super::number`] and [`super::string`], which follow CPython's tokenizer
//! step by step (its error messages and caret positions depend on exactly how
//! far it read), then bump the logos lexer past the whole literal.

use super::token::Tok;
use logos::Logos;

/// What logos produces when no pattern matches: the indentation layer looks
/// at the offending character itself to build CPython's message.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct NoMatch;

/// A raw token. Spaces, tabs, form feeds and comments are skipped here;
/// indentation is measured by the layer above, not by logos.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = NoMatch)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub(super) enum Raw {
    /// A physical newline (`\n`, `\r\n` or a lone `\r`).
    #[regex(r"\r\n|\r|\n")]
    Newline,
    /// A backslash; the layer checks that a newline follows (explicit line
    /// joining).
    #[token("\\")]
    Backslash,
    /// An identifier (Unicode XID rules, as CPython's `verify_identifier`).
    #[regex(r"[\p{XID_Start}_]\p{XID_Continue}*")]
    Name,
    /// The prefix and opening quote of a string literal: `'`, `rb"`, `F'` …
    /// Only the prefixes CPython accepts are listed; `ub''` lexes as the name
    /// `ub` followed by a string, as in CPython.
    #[regex(r#"([rR][bBfF]?|[bBfF][rR]?|[uU])?['"]"#)]
    StringStart,
    /// The first digit of a number, or `.` followed by a digit.
    #[regex(r"[0-9]|\.[0-9]")]
    Number,

    /// A keyword or operator that needs no further work.
    #[token("False", |_| Tok::False)]
    #[token("None", |_| Tok::None)]
    #[token("True", |_| Tok::True)]
    #[token("and", |_| Tok::And)]
    #[token("as", |_| Tok::As)]
    #[token("assert", |_| Tok::Assert)]
    #[token("async", |_| Tok::Async)]
    #[token("await", |_| Tok::Await)]
    #[token("break", |_| Tok::Break)]
    #[token("class", |_| Tok::Class)]
    #[token("continue", |_| Tok::Continue)]
    #[token("def", |_| Tok::Def)]
    #[token("del", |_| Tok::Del)]
    #[token("elif", |_| Tok::Elif)]
    #[token("else", |_| Tok::Else)]
    #[token("except", |_| Tok::Except)]
    #[token("finally", |_| Tok::Finally)]
    #[token("for", |_| Tok::For)]
    #[token("from", |_| Tok::From)]
    #[token("global", |_| Tok::Global)]
    #[token("if", |_| Tok::If)]
    #[token("import", |_| Tok::Import)]
    #[token("in", |_| Tok::In)]
    #[token("is", |_| Tok::Is)]
    #[token("lambda", |_| Tok::Lambda)]
    #[token("nonlocal", |_| Tok::Nonlocal)]
    #[token("not", |_| Tok::Not)]
    #[token("or", |_| Tok::Or)]
    #[token("pass", |_| Tok::Pass)]
    #[token("raise", |_| Tok::Raise)]
    #[token("return", |_| Tok::Return)]
    #[token("try", |_| Tok::Try)]
    #[token("while", |_| Tok::While)]
    #[token("with", |_| Tok::With)]
    #[token("yield", |_| Tok::Yield)]
    #[token("(", |_| Tok::LPar)]
    #[token(")", |_| Tok::RPar)]
    #[token("[", |_| Tok::LSqb)]
    #[token("]", |_| Tok::RSqb)]
    #[token("{", |_| Tok::LBrace)]
    #[token("}", |_| Tok::RBrace)]
    #[token(":", |_| Tok::Colon)]
    #[token(",", |_| Tok::Comma)]
    #[token(";", |_| Tok::Semi)]
    #[token("+", |_| Tok::Plus)]
    #[token("-", |_| Tok::Minus)]
    #[token("*", |_| Tok::Star)]
    #[token("/", |_| Tok::Slash)]
    #[token("|", |_| Tok::VBar)]
    #[token("&", |_| Tok::Amper)]
    #[token("<", |_| Tok::Less)]
    #[token(">", |_| Tok::Greater)]
    #[token("=", |_| Tok::Equal)]
    #[token(".", |_| Tok::Dot)]
    #[token("%", |_| Tok::Percent)]
    #[token("==", |_| Tok::EqEqual)]
    #[token("!=", |_| Tok::NotEqual)]
    #[token("<=", |_| Tok::LessEqual)]
    #[token(">=", |_| Tok::GreaterEqual)]
    #[token("~", |_| Tok::Tilde)]
    #[token("^", |_| Tok::CircumFlex)]
    #[token("<<", |_| Tok::LeftShift)]
    #[token(">>", |_| Tok::RightShift)]
    #[token("**", |_| Tok::DoubleStar)]
    #[token("+=", |_| Tok::PlusEqual)]
    #[token("-=", |_| Tok::MinEqual)]
    #[token("*=", |_| Tok::StarEqual)]
    #[token("/=", |_| Tok::SlashEqual)]
    #[token("%=", |_| Tok::PercentEqual)]
    #[token("&=", |_| Tok::AmperEqual)]
    #[token("|=", |_| Tok::VBarEqual)]
    #[token("^=", |_| Tok::CircumflexEqual)]
    #[token("<<=", |_| Tok::LeftShiftEqual)]
    #[token(">>=", |_| Tok::RightShiftEqual)]
    #[token("**=", |_| Tok::DoubleStarEqual)]
    #[token("//", |_| Tok::DoubleSlash)]
    #[token("//=", |_| Tok::DoubleSlashEqual)]
    #[token("@", |_| Tok::At)]
    #[token("@=", |_| Tok::AtEqual)]
    #[token("->", |_| Tok::RArrow)]
    #[token("...", |_| Tok::Ellipsis)]
    #[token(":=", |_| Tok::ColonEqual)]
    Simple(Tok),
}
