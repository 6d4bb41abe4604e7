//! Number literals: ints of every base with underscores, and floats.
//!
//! The scanner follows CPython 3.11's `tok_get` number branch step by step,
//! with a cursor that reads one byte at a time and can back up one byte,
//! because CPython's error messages and caret positions depend on exactly
//! where its cursor stood when it gave up. The caret of a tokenizer error is
//! the character just before the cursor.

use super::string::{Literal, LiteralError};
use super::token::{LexError, LexErrorKind, Tok};
use num_bigint::BigInt;

/// What kind of literal the scanner found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// An int in the given radix; the digits start after the prefix.
    Int { radix: u32, digits_start: usize },
    /// A float.
    Float,
    /// A complex literal (`1j`), outside Ferrite's subset.
    Imaginary,
}

/// A byte cursor over the source that behaves like CPython's `tok_nextc` /
/// `tok_backup`: reading past the end yields a virtual `\n` (CPython adds a
/// newline to the last line), so the cursor may stand one past the end.
struct Cursor<'a> {
    src: &'a str,
    cur: usize,
}

impl Cursor<'_> {
    /// Reads the next byte and advances.
    fn next(&mut self) -> u8 {
        let c = self.src.as_bytes().get(self.cur).copied().unwrap_or(b'\n');
        self.cur += 1;
        c
    }

    /// Steps back one byte (CPython's `tok_backup`).
    fn backup(&mut self) {
        self.cur -= 1;
    }

    /// Whether the bytes after the cursor are `word` followed by something
    /// that cannot continue a name (CPython's `lookahead`; cursor unchanged).
    fn lookahead(&self, word: &str) -> bool {
        let rest = &self.src.as_bytes()[self.cur.min(self.src.len())..];
        rest.starts_with(word.as_bytes())
            && !rest
                .get(word.len())
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80)
    }

    /// A SyntaxError whose caret is the character just before the cursor.
    fn error(&self, message: String) -> LexError {
        let mut offset = self.cur.saturating_sub(1).min(self.src.len());
        while !self.src.is_char_boundary(offset) {
            offset -= 1;
        }
        syntax_error(message, offset)
    }

    /// `tok_decimal_tail`: digits with single underscores between them. The
    /// first digit has already been read. Returns the first byte after them
    /// (already read).
    fn decimal_tail(&mut self) -> Result<u8, LexError> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            if !self.next().is_ascii_digit() {
                self.backup();
                return Err(self.error("invalid decimal literal".into()));
            }
        }
    }

    /// `verify_end_of_number`: a number may not run into a name, except the
    /// keywords that can follow a number in valid code (`1if x else 2`).
    /// `c` has been read; the cursor is just after it.
    fn verify_end(&mut self, c: u8, kind: &str) -> Result<(), LexError> {
        let before_keyword = match c {
            b'a' => self.lookahead("nd"),
            b'e' => self.lookahead("lse"),
            b'f' => self.lookahead("or"),
            b'i' => matches!(self.lookahead_byte(), Some(b'f' | b'n' | b's')),
            b'o' => self.lookahead("r"),
            b'n' => self.lookahead("ot"),
            _ => false,
        };
        if !before_keyword && (c.is_ascii_alphanumeric() || c == b'_') {
            self.backup();
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    fn lookahead_byte(&self) -> Option<u8> {
        self.src.as_bytes().get(self.cur).copied()
    }

    /// Digits of a hex/octal/binary literal after its `0x`-style prefix:
    /// groups of digits separated by single underscores, where an underscore
    /// may also come right after the prefix. Returns the byte after them.
    fn radix_digits(&mut self, radix: u32, kind: &str) -> Result<u8, LexError> {
        let mut c = self.next();
        loop {
            if c == b'_' {
                c = self.next();
            }
            if !is_radix_digit(c, radix) {
                if radix != 16 && c.is_ascii_digit() {
                    // `0b12`: CPython names the offending digit, with the
                    // caret on it.
                    return Err(
                        self.error(format!("invalid digit '{}' in {kind} literal", c as char))
                    );
                }
                self.backup();
                return Err(self.error(format!("invalid {kind} literal")));
            }
            c = self.next();
            while is_radix_digit(c, radix) {
                c = self.next();
            }
            if c != b'_' {
                break;
            }
        }
        if radix != 16 && c.is_ascii_digit() {
            return Err(self.error(format!("invalid digit '{}' in {kind} literal", c as char)));
        }
        self.verify_end(c, kind)?;
        Ok(c)
    }

    /// The fraction, exponent and imaginary tail shared by every float form.
    /// `c` is the byte after the integer part (already read); `after_dot` says
    /// whether a `.` was just consumed (so `c` is the byte after it). `start`
    /// is where the literal began, for the int that `1else` turns out to be.
    fn float_tail(&mut self, mut c: u8, after_dot: bool, start: usize) -> Result<Kind, LexError> {
        let mut kind = Kind::Float;
        if after_dot && c.is_ascii_digit() {
            c = self.decimal_tail()?;
        }
        if c == b'e' || c == b'E' {
            let e = c;
            c = self.next();
            if c == b'+' || c == b'-' {
                c = self.next();
                if !c.is_ascii_digit() {
                    self.backup();
                    return Err(self.error("invalid decimal literal".into()));
                }
            } else if !c.is_ascii_digit() {
                // `1else`: the number ends before the `e`.
                self.backup();
                self.verify_end(e, "decimal")?;
                self.backup();
                return Ok(if after_dot {
                    kind
                } else {
                    Kind::Int {
                        radix: 10,
                        digits_start: start,
                    }
                });
            }
            c = self.decimal_tail()?;
        }
        if c == b'j' || c == b'J' {
            kind = Kind::Imaginary;
            c = self.next();
            self.verify_end(c, "imaginary")?;
        } else {
            self.verify_end(c, "decimal")?;
        }
        self.backup();
        Ok(kind)
    }
}

fn is_radix_digit(c: u8, radix: u32) -> bool {
    (c as char).is_digit(radix)
}

fn syntax_error(message: String, offset: usize) -> LexError {
    LexError {
        kind: LexErrorKind::Syntax,
        message,
        offset,
    }
}

/// Scans the number starting at `start` (a digit, or a `.` followed by a
/// digit) and returns it with its end offset. The outer error is a
/// tokenizer error; the inner one rejects complex literals, which CPython
/// accepts but Ferrite's subset leaves out.
pub(super) fn scan_number(src: &str, start: usize) -> Result<(Literal, usize), LexError> {
    let mut cur = Cursor { src, cur: start };
    let kind = scan(&mut cur, start)?;
    let end = cur.cur;
    let text = &src[start..end];
    let literal = match kind {
        Kind::Int {
            radix,
            digits_start,
        } => Ok(Tok::Int(parse_int(&src[digits_start..end], radix, start)?)),
        Kind::Float => Ok(Tok::Float(parse_float(text, start)?)),
        Kind::Imaginary => Err(LiteralError {
            message: "complex literals are not supported".into(),
            offset: Some(start),
        }),
    };
    Ok((literal, end))
}

/// Runs CPython's number state machine; on success the cursor is at the end
/// of the literal.
fn scan(cur: &mut Cursor<'_>, start: usize) -> Result<Kind, LexError> {
    let first = cur.next();
    if first == b'.' {
        let c = cur.next();
        return cur.float_tail(c, true, start);
    }
    if first != b'0' {
        let c = cur.decimal_tail()?;
        return decimal_rest(cur, c, start);
    }
    let c = cur.next();
    let radix = match c {
        b'x' | b'X' => Some((16, "hexadecimal")),
        b'o' | b'O' => Some((8, "octal")),
        b'b' | b'B' => Some((2, "binary")),
        _ => None,
    };
    if let Some((radix, name)) = radix {
        cur.radix_digits(radix, name)?;
        cur.backup();
        return Ok(Kind::Int {
            radix,
            digits_start: start + 2,
        });
    }
    // A decimal starting with 0: only zeros are allowed for an int, but
    // `09.5` and `00e1` are fine floats.
    let mut c = c;
    loop {
        if c == b'_' {
            c = cur.next();
            if !c.is_ascii_digit() {
                cur.backup();
                return Err(cur.error("invalid decimal literal".into()));
            }
        }
        if c != b'0' {
            break;
        }
        c = cur.next();
    }
    let mut nonzero = false;
    if c.is_ascii_digit() {
        nonzero = true;
        c = cur.decimal_tail()?;
    }
    match c {
        b'.' => {
            let c = cur.next();
            cur.float_tail(c, true, start)
        }
        b'e' | b'E' | b'j' | b'J' => cur.float_tail(c, false, start),
        _ if nonzero => Err(syntax_error(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers"
                .into(),
            start,
        )),
        _ => {
            cur.verify_end(c, "decimal")?;
            cur.backup();
            Ok(Kind::Int {
                radix: 10,
                digits_start: start,
            })
        }
    }
}

/// After the integer part of a decimal number not starting with 0.
fn decimal_rest(cur: &mut Cursor<'_>, c: u8, start: usize) -> Result<Kind, LexError> {
    match c {
        b'.' => {
            let c = cur.next();
            cur.float_tail(c, true, start)
        }
        b'e' | b'E' | b'j' | b'J' => cur.float_tail(c, false, start),
        _ => {
            cur.verify_end(c, "decimal")?;
            cur.backup();
            Ok(Kind::Int {
                radix: 10,
                digits_start: start,
            })
        }
    }
}

/// Converts validated digits (possibly with underscores) to an int.
fn parse_int(digits: &str, radix: u32, start: usize) -> Result<BigInt, LexError> {
    let bytes = digits.as_bytes();
    // Fast path: most literals fit in a u64.
    if bytes.len() <= 16 {
        let mut value: u64 = 0;
        for &b in bytes {
            if b != b'_' {
                value =
                    value * u64::from(radix) + u64::from((b as char).to_digit(radix).unwrap_or(0));
            }
        }
        return Ok(BigInt::from(value));
    }
    let clean: Vec<u8> = bytes.iter().copied().filter(|&b| b != b'_').collect();
    BigInt::parse_bytes(&clean, radix)
        .ok_or_else(|| syntax_error("invalid decimal literal".into(), start))
}

/// Converts a validated float literal to an f64 (Rust's parser rounds
/// correctly, like CPython's; huge exponents give inf as in CPython).
fn parse_float(text: &str, start: usize) -> Result<f64, LexError> {
    let parsed = if text.contains('_') {
        text.replace('_', "").parse::<f64>()
    } else {
        text.parse::<f64>()
    };
    parsed.map_err(|_| syntax_error("invalid decimal literal".into(), start))
}
