//! String, bytes and f-string literals: finding where the literal ends (as
//! CPython's tokenizer does) and turning its body into a token.

use super::escape::{decode_bytes, decode_raw_str, decode_str};
use super::fstring::split_fstring;
use super::token::{LexError, LexErrorKind, Tok};
use super::{line_of, line_of_last_char};

/// An error in the body of a literal (a bad escape, a malformed f-string,
/// non-ASCII bytes). CPython's parser finds these only when it reduces the
/// string atom, after its tokenizer has produced the next token, so the
/// lexer holds them back until then (see `Lexer::advance`).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct LiteralError {
    /// The SyntaxError message.
    pub message: String,
    /// Where the caret goes; `None` means at the token after the literal
    /// (after all literals, when several are concatenated).
    pub offset: Option<usize>,
}

/// The outcome of a literal whose end was found: its token or the error in
/// its body.
pub(super) type Literal = Result<Tok, LiteralError>;

/// Scans the literal whose prefix and opening quote are `src[start..open_end]`
/// and returns it with its end offset. The outer error is a tokenizer error
/// (the literal has no end).
pub(super) fn scan_string(
    src: &str,
    start: usize,
    open_end: usize,
) -> Result<(Literal, usize), LexError> {
    let bytes = src.as_bytes();
    let prefix = &bytes[start..open_end - 1];
    let has = |letter: u8| prefix.iter().any(|b| b.eq_ignore_ascii_case(&letter));
    let (raw, is_bytes, is_fstring) = (has(b'r'), has(b'b'), has(b'f'));

    let quote = bytes[open_end - 1];
    let (body_start, body_end, end) = find_end(src, start, open_end, quote)?;
    let body = &src[body_start..body_end];
    Ok((
        decode(body, body_start, start, raw, is_bytes, is_fstring),
        end,
    ))
}

/// Turns a literal's body into its token.
fn decode(
    body: &str,
    body_start: usize,
    start: usize,
    raw: bool,
    is_bytes: bool,
    is_fstring: bool,
) -> Literal {
    let after_literal = |message: String| LiteralError {
        message,
        offset: None,
    };
    if is_bytes {
        if !body.is_ascii() {
            return Err(LiteralError {
                message: "bytes can only contain ASCII literal characters".into(),
                offset: Some(start),
            });
        }
        decode_bytes(body, raw)
            .map(Tok::Bytes)
            .map_err(after_literal)
    } else if is_fstring {
        split_fstring(body, body_start, raw)
            .map(Tok::FString)
            .map_err(after_literal)
    } else if raw {
        Ok(Tok::Str(decode_raw_str(body)))
    } else {
        decode_str(body).map(Tok::Str).map_err(after_literal)
    }
}

/// Finds the closing quote: returns the body's range and the literal's end.
/// A backslash always skips the next character (so `r"\"` is unterminated,
/// as in CPython); a single-quoted literal may not contain a newline.
fn find_end(
    src: &str,
    start: usize,
    open_end: usize,
    quote: u8,
) -> Result<(usize, usize, usize), LexError> {
    let bytes = src.as_bytes();
    let mut i = open_end;
    let triple = bytes.get(i) == Some(&quote) && bytes.get(i + 1) == Some(&quote);
    if triple {
        i += 2;
    } else if bytes.get(i) == Some(&quote) {
        return Ok((i, i, i + 1));
    }
    let body_start = i;
    loop {
        let Some(&c) = bytes.get(i) else {
            let detected = line_of_last_char(src);
            return Err(unterminated(triple, detected, start));
        };
        if c == quote {
            if !triple {
                return Ok((body_start, i, i + 1));
            }
            if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                return Ok((body_start, i, i + 3));
            }
        } else if c == b'\\' {
            // Skip the escaped character; `\` + CRLF is one newline.
            i += 1;
            if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else if !triple && (c == b'\n' || c == b'\r') {
            return Err(unterminated(false, line_of(src, i), start));
        }
        i += 1;
    }
}

fn unterminated(triple: bool, detected_line: usize, start: usize) -> LexError {
    let what = if triple {
        "triple-quoted string literal"
    } else {
        "string literal"
    };
    syntax_error(
        format!("unterminated {what} (detected at line {detected_line})"),
        start,
    )
}

fn syntax_error(message: String, offset: usize) -> LexError {
    LexError {
        kind: LexErrorKind::Syntax,
        message,
        offset,
    }
}
