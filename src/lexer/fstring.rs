//! Splitting an f-string body into literal text and replacement fields,
//! under Python 3.11's rules (the whole literal is one token; the
//! expressions are parsed later from their source text).
//!
//! This follows CPython 3.11's `fstring_find_literal` / `fstring_find_expr`
//! closely, because which error a malformed f-string gets depends on the
//! order of its checks:
//!
//! * literal text runs to an undoubled `{` (a field) or `}` (an error at the
//!   top level, the end of a format spec inside one); `{{` and `}}` stand
//!   for single braces at the top level only;
//! * a field's expression runs to the first `!`, `:`, `}` or `=` outside
//!   brackets and quotes that is not part of `!=`, `==`, `<=`, `>=`; no
//!   backslash and no `#` may appear in it;
//! * then come an optional `=` (debug text), `!conv`, `:spec`, and the `}`;
//! * format specs may hold fields, but those may not hold specs with fields.

use super::escape::{decode_raw_str, decode_str};
use super::token::{FStringField, FStringPiece};

/// CPython's limit on brackets nested inside one f-string expression.
const MAX_NESTED_BRACKETS: usize = 200;

/// Splits the body of an f-string (the text between its quotes) into pieces.
/// `base` is the byte offset of the body in the file, so fields can say
/// where their expression is. The error is the SyntaxError message.
pub(super) fn split_fstring(
    body: &str,
    base: usize,
    raw: bool,
) -> Result<Vec<FStringPiece>, String> {
    let splitter = Splitter {
        body,
        bytes: body.as_bytes(),
        base,
        raw,
    };
    let mut pos = 0;
    splitter.parse(&mut pos, 0)
}

struct Splitter<'a> {
    body: &'a str,
    bytes: &'a [u8],
    base: usize,
    raw: bool,
}

impl Splitter<'_> {
    fn end(&self) -> usize {
        self.bytes.len()
    }

    /// Parses pieces until the end of the body (`depth` 0) or the `}` that
    /// closes a format spec (`depth` 1, 2 …, left unconsumed).
    fn parse(&self, pos: &mut usize, depth: u32) -> Result<Vec<FStringPiece>, String> {
        let mut pieces = Vec::new();
        let mut text = String::new();
        loop {
            let doubled_brace = self.find_literal(pos, depth, &mut text)?;
            if doubled_brace {
                continue;
            }
            if *pos >= self.end() || self.bytes[*pos] == b'}' {
                break;
            }
            let field = self.find_field(pos, depth)?;
            if !text.is_empty() {
                pieces.push(FStringPiece::Literal(std::mem::take(&mut text)));
            }
            pieces.push(FStringPiece::Field(field));
        }
        if !text.is_empty() {
            pieces.push(FStringPiece::Literal(text));
        }
        if depth != 0 && (*pos >= self.end() || self.bytes[*pos] != b'}') {
            return Err(expecting_brace());
        }
        Ok(pieces)
    }

    /// Appends the literal text starting at `pos` to `text`, stopping before
    /// a `{` or `}`. Returns true when it stopped at a doubled brace (which
    /// it consumed, keeping one brace in the text).
    fn find_literal(&self, pos: &mut usize, depth: u32, text: &mut String) -> Result<bool, String> {
        let start = *pos;
        let end = self.end();
        let mut s = start;
        let mut doubled = false;
        while s < end {
            let mut ch = self.bytes[s];
            s += 1;
            if !self.raw && ch == b'\\' && s < end {
                ch = self.bytes[s];
                s += 1;
                if ch == b'N' {
                    // Skip `\N{NAME}` so its braces do not start a field.
                    let opens = s < end && self.bytes[s] == b'{';
                    s += 1;
                    if opens {
                        while s < end {
                            s += 1;
                            if self.bytes[s - 1] == b'}' {
                                break;
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if depth == 0 {
                    if s < end && self.bytes[s] == ch {
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        return Err("f-string: single '}' is not allowed".into());
                    }
                }
                s -= 1;
                break;
            }
        }
        let s = s.min(end);
        if s > start {
            let chunk = self.slice(start, s);
            if self.raw {
                text.push_str(&decode_raw_str(chunk));
            } else {
                text.push_str(&decode_str(chunk)?);
            }
        }
        // Past the second brace of a doubled pair.
        *pos = if doubled { s + 1 } else { s };
        Ok(doubled)
    }

    /// Parses one replacement field; `pos` is at its `{` and ends past its
    /// `}`.
    fn find_field(&self, pos: &mut usize, depth: u32) -> Result<FStringField, String> {
        if depth >= 2 {
            return Err("f-string: expressions nested too deeply".into());
        }
        let end = self.end();
        *pos += 1;
        let expr_start = *pos;
        self.find_expression_end(pos)?;
        let expr_end = *pos;
        if *pos >= end {
            return Err(expecting_brace());
        }
        let expr_source = self.slice(expr_start, expr_end);
        if expr_source
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            let next = self.bytes[expr_end];
            return Err(if matches!(next, b'!' | b':' | b'=') {
                format!("f-string: expression required before '{}'", next as char)
            } else {
                "f-string: empty expression not allowed".into()
            });
        }

        let mut debug_text = None;
        if self.bytes[*pos] == b'=' {
            *pos += 1;
            // CPython's `Py_ISSPACE`: ASCII whitespace including \v.
            while matches!(
                self.at(*pos),
                Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
            ) {
                *pos += 1;
            }
            if *pos >= end {
                return Err(expecting_brace());
            }
            debug_text = Some(self.slice(expr_start, *pos).to_owned());
        }

        let mut conversion = None;
        if self.at(*pos) == Some(b'!') {
            *pos += 1;
            let Some(conv) = self.at(*pos) else {
                return Err(expecting_brace());
            };
            *pos += 1;
            if !matches!(conv, b's' | b'r' | b'a') {
                return Err(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
                );
            }
            conversion = Some(conv as char);
        }

        let mut format_spec = None;
        if self.at(*pos) == Some(b':') {
            *pos += 1;
            if *pos >= end {
                return Err(expecting_brace());
            }
            format_spec = Some(self.parse(pos, depth + 1)?);
        }

        if self.at(*pos) != Some(b'}') {
            return Err(expecting_brace());
        }
        *pos += 1;

        // With `=` and neither conversion nor spec, CPython shows the repr.
        if debug_text.is_some() && format_spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        Ok(FStringField {
            expr_source: expr_source.to_owned(),
            expr_offset: self.base + expr_start,
            debug_text,
            conversion,
            format_spec,
        })
    }

    /// Moves `pos` from the start of a field's expression to the `!`, `:`,
    /// `=` or `}` that ends it (or to the end of the body), checking
    /// brackets and quotes on the way.
    fn find_expression_end(&self, pos: &mut usize) -> Result<(), String> {
        let end = self.end();
        let mut quote: u8 = 0;
        let mut triple = false;
        let mut brackets: Vec<u8> = Vec::new();
        while *pos < end {
            let ch = self.bytes[*pos];
            if ch == b'\\' {
                return Err("f-string expression part cannot include a backslash".into());
            }
            if quote != 0 {
                if ch == quote {
                    if !triple {
                        quote = 0;
                    } else if *pos + 2 < end
                        && self.bytes[*pos + 1] == ch
                        && self.bytes[*pos + 2] == ch
                    {
                        *pos += 2;
                        quote = 0;
                        triple = false;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                triple = *pos + 2 < end && self.bytes[*pos + 1] == ch && self.bytes[*pos + 2] == ch;
                if triple {
                    *pos += 2;
                }
                quote = ch;
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if brackets.len() >= MAX_NESTED_BRACKETS {
                    return Err("f-string: too many nested parenthesis".into());
                }
                brackets.push(ch);
            } else if ch == b'#' {
                return Err("f-string expression part cannot include '#'".into());
            } else if brackets.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
                // `!=`, `==`, `<=`, `>=` are operators, not the field's end.
                if self.at(*pos + 1) == Some(b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                    *pos += 2;
                    continue;
                }
                if ch == b'>' || ch == b'<' {
                    *pos += 1;
                    continue;
                }
                break;
            } else if matches!(ch, b']' | b'}' | b')') {
                let Some(opening) = brackets.pop() else {
                    return Err(format!("f-string: unmatched '{}'", ch as char));
                };
                if closing_of(opening) != ch {
                    return Err(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, opening as char
                    ));
                }
            }
            *pos += 1;
        }
        if quote != 0 {
            return Err("f-string: unterminated string".into());
        }
        if let Some(&opening) = brackets.last() {
            return Err(format!("f-string: unmatched '{}'", opening as char));
        }
        Ok(())
    }

    fn at(&self, pos: usize) -> Option<u8> {
        self.bytes.get(pos).copied()
    }

    /// The body text between two offsets; every offset the splitter stops
    /// at is an ASCII delimiter, so these are character boundaries (checked
    /// anyway: no input may panic the lexer).
    fn slice(&self, from: usize, to: usize) -> &str {
        self.body.get(from..to).unwrap_or("")
    }
}

fn closing_of(opening: u8) -> u8 {
    match opening {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

fn expecting_brace() -> String {
    "f-string: expecting '}'".into()
}
