//! Turning a generated-parser error into CPython 3.11's SyntaxError.
//!
//! The LR parser only knows which token it did not expect and which ones it
//! would have accepted; with what the [`TokenFeed`] remembers (the line's
//! first keyword, bracket depth, the previous token) that is enough for
//! CPython's common messages: `expected ':'`, `unexpected indent`,
//! `expected an indented block after 'if' statement on line N`,
//! `expected 'except' or 'finally' block`, and `Perhaps you forgot a comma?`.

use lalrpop_util::ParseError;

use super::LineIndex;
use super::error::{SourceError, SourceErrorKind};
use super::feed::{Header, TokClass, TokenFeed};
use crate::lexer::token::Tok;

/// The SyntaxError for `err`, raised while parsing `source` through `feed`.
pub(crate) fn diagnose(
    err: ParseError<usize, Tok, SourceError>,
    feed: &TokenFeed<'_>,
    source: &str,
) -> SourceError {
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => SourceError::syntax("invalid syntax", location),
        ParseError::ExtraToken { token: (l, _, r) } => invalid_syntax(l, r),
        ParseError::UnrecognizedEof { location, expected } => {
            let location = feed.last_newline.unwrap_or(location);
            let mut e = if only_expects(&expected, "INDENT") {
                // At the end of input the header is the line just read.
                indented_block_error(feed.line.header, feed.line.start, location, source)
            } else if expects(&expected, "except") && expects(&expected, "finally") {
                SourceError::syntax("expected 'except' or 'finally' block", location)
            } else {
                SourceError::syntax("invalid syntax", location)
            };
            e.unexpected_eof = true;
            e
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => unexpected_token(l, &tok, r, &expected, feed, source),
    }
}

fn unexpected_token(
    l: usize,
    tok: &Tok,
    r: usize,
    expected: &[String],
    feed: &TokenFeed<'_>,
    source: &str,
) -> SourceError {
    if *tok == Tok::Indent {
        // CPython's caret is one column before the indented token.
        let at = if r > l { r - 1 } else { l };
        let mut e = SourceError::syntax("unexpected indent", at);
        e.kind = SourceErrorKind::Indentation;
        return e;
    }
    if only_expects(expected, "INDENT") {
        // A layout token leaves the header as the current line; any other
        // token has already started the next line.
        let header = if feed.last_was_layout {
            feed.line
        } else {
            feed.prev_line
        };
        return indented_block_error(header.header, header.start, l, source);
    }
    if expects(expected, ":")
        && (expected.len() == 1 || (*tok == Tok::Newline && feed.line.header.is_compound()))
    {
        return SourceError::syntax("expected ':'", l);
    }
    if expects(expected, "except") && expects(expected, "finally") {
        return invalid_syntax_msg("expected 'except' or 'finally' block", l, r);
    }
    // `a if b` inside an expression (not after a block, where `else` may
    // follow too but so may any statement).
    if expects(expected, "else") && !expects(expected, "pass") {
        return invalid_syntax_msg("expected 'else' after 'if' expression", l, r);
    }
    // `if x = 1:` / `[a = 1]`: a name then `=` where a value is expected.
    if *tok == Tok::Equal
        && let Some(name) = feed.before_last
        && name.class == TokClass::Name
        && (name.depth > 0 || matches!(feed.line.header, Header::If | Header::Elif | Header::While))
    {
        return invalid_syntax_msg(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            name.start,
            r,
        );
    }
    if let Some(e) = forgotten_comma(feed) {
        return e;
    }
    invalid_syntax(l, r)
}

/// `f(a b)`: two expressions side by side inside brackets.
fn forgotten_comma(feed: &TokenFeed<'_>) -> Option<SourceError> {
    let (prev, cur) = (feed.before_last?, feed.last?);
    let ends_expr = matches!(
        prev.class,
        TokClass::Name | TokClass::String | TokClass::Atom | TokClass::Close
    );
    // (An opening bracket after an expression is a call or a subscript.)
    let starts_expr = matches!(
        cur.class,
        TokClass::Name | TokClass::String | TokClass::Atom | TokClass::Prefix
    );
    // CPython leaves `name 'string'` alone (a mistyped prefix, like `print 'x'`).
    let prefix_like = prev.class == TokClass::Name && cur.class == TokClass::String;
    if cur.depth > 0 && ends_expr && starts_expr && !prefix_like {
        return Some(invalid_syntax_msg(
            "invalid syntax. Perhaps you forgot a comma?",
            prev.start,
            cur.end,
        ));
    }
    None
}

/// `IndentationError: expected an indented block after ...` at `offset`,
/// for the block header starting at `header_start`.
fn indented_block_error(
    header: Header,
    header_start: usize,
    offset: usize,
    source: &str,
) -> SourceError {
    let line = LineIndex::new(source).line_col(header_start).0;
    let what = match header {
        Header::If => "'if' statement",
        Header::Elif => "'elif' statement",
        Header::Else => "'else' statement",
        Header::While => "'while' statement",
        Header::For => "'for' statement",
        Header::With => "'with' statement",
        Header::Try => "'try' statement",
        Header::Except => "'except' statement",
        Header::Finally => "'finally' statement",
        Header::Def => "function definition",
        Header::Class => "class definition",
        Header::Async | Header::Other => "",
    };
    let message = if what.is_empty() {
        "expected an indented block".to_string()
    } else {
        format!("expected an indented block after {what} on line {line}")
    };
    let mut e = SourceError::syntax(message, offset);
    e.kind = SourceErrorKind::Indentation;
    e
}

fn invalid_syntax(l: usize, r: usize) -> SourceError {
    invalid_syntax_msg("invalid syntax", l, r)
}

fn invalid_syntax_msg(message: &str, l: usize, r: usize) -> SourceError {
    let mut e = SourceError::syntax(message, l);
    if r > l {
        e.end_offset = Some(r);
    }
    e
}

/// Whether the expected-token list names `tok` (lalrpop quotes literal
/// terminals: `"\":\""`).
fn expects(expected: &[String], tok: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == tok)
}

fn only_expects(expected: &[String], tok: &str) -> bool {
    expected.len() == 1 && expects(expected, tok)
}
