//! Decoding the body of a string or bytes literal: backslash escapes and
//! newline translation.
//!
//! CPython reads source with universal newlines, so a `\r\n` or lone `\r`
//! inside a literal (raw or not) becomes `\n`, and a backslash before any
//! newline joins the lines. Escapes that mean nothing (`\d`) are kept
//! verbatim, as CPython does (it only warns).
//!
//! Error messages copy CPython's, including the "position" numbers of the
//! `unicodeescape` codec. Those count in the buffer CPython actually decodes,
//! where every non-ASCII character was first rewritten as a 10-byte
//! `\U0000XXXX` escape and a backslash before a non-ASCII character (or at
//! the end) as the 6-byte `\u005c`; [`codec_position`] replays that.

/// Decodes a non-raw str body (also used for f-string literal text).
/// The error is the complete SyntaxError message.
pub(super) fn decode_str(body: &str) -> Result<String, String> {
    let bytes = body.as_bytes();
    if !bytes.iter().any(|&b| b == b'\\' || b == b'\r') {
        return Ok(body.to_owned());
    }
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    let mut run_start = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\r' {
            out.push_str(&body[run_start..i]);
            out.push('\n');
            i += if bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            run_start = i;
            continue;
        }
        if b != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&body[run_start..i]);
        let escape_start = i;
        let Some(&c) = bytes.get(i + 1) else {
            // A lone trailing backslash (only possible in an f-string
            // chunk such as the `\` of `f"\{x}"`) stays a backslash.
            out.push('\\');
            i += 1;
            run_start = i;
            continue;
        };
        i += 2;
        match c {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut value = u32::from(c - b'0');
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                // At most 0o777, always a valid scalar value.
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value: u32 = 0;
                for _ in 0..count {
                    match bytes.get(i).and_then(|&d| (d as char).to_digit(16)) {
                        Some(d) => {
                            value = value * 16 + d;
                            i += 1;
                        }
                        None => return Err(codec_error(body, escape_start, i, what)),
                    }
                }
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None if value > 0x10_ffff => {
                        return Err(codec_error(
                            body,
                            escape_start,
                            i,
                            "illegal Unicode character",
                        ));
                    }
                    None => {
                        return Err(format!(
                            "(unicode error) surrogate code points such as \\u{value:04x} \
                             are not supported by Ferrite strings"
                        ));
                    }
                }
            }
            b'N' => {
                let (ch, next) = named_escape(body, escape_start, i)?;
                out.push(ch);
                i = next;
            }
            _ if c >= 0x80 => {
                // `\é`: CPython keeps the backslash; the character itself
                // is copied with the next run.
                out.push('\\');
                i -= 1;
            }
            _ => {
                out.push('\\');
                out.push(c as char);
            }
        }
        run_start = i;
    }
    out.push_str(&body[run_start..]);
    Ok(out)
}

/// `\N{NAME}`: the character named NAME (looked up case-insensitively in
/// the Unicode name table, aliases included), and the index after the
/// closing brace; or CPython's error when the escape is malformed or the
/// name unknown.
fn named_escape(body: &str, escape_start: usize, after_n: usize) -> Result<(char, usize), String> {
    let bytes = body.as_bytes();
    if bytes.get(after_n) != Some(&b'{') {
        return Err(codec_error(
            body,
            escape_start,
            after_n.min(body.len()),
            "malformed \\N character escape",
        ));
    }
    match body[after_n + 1..].find('}') {
        None => Err(codec_error(
            body,
            escape_start,
            body.len(),
            "malformed \\N character escape",
        )),
        Some(0) => Err(codec_error(
            body,
            escape_start,
            after_n + 1,
            "malformed \\N character escape",
        )),
        Some(len) => {
            let name = &body[after_n + 1..after_n + 1 + len];
            let close = after_n + 1 + len;
            match lookup_char_name(name) {
                Some(ch) => Ok((ch, close + 1)),
                None => Err(codec_error(
                    body,
                    escape_start,
                    close + 1,
                    "unknown Unicode character name",
                )),
            }
        }
    }
}

/// Unicode name aliases (NameAliases.txt) that programs write in `\N{}`
/// escapes: the control characters, which have no name of their own, and
/// the common format-character abbreviations. The name table has the rest.
const NAME_ALIASES: &[(&str, char)] = &[
    ("NULL", '\u{0}'),
    ("NUL", '\u{0}'),
    ("START OF HEADING", '\u{1}'),
    ("SOH", '\u{1}'),
    ("START OF TEXT", '\u{2}'),
    ("STX", '\u{2}'),
    ("END OF TEXT", '\u{3}'),
    ("ETX", '\u{3}'),
    ("END OF TRANSMISSION", '\u{4}'),
    ("EOT", '\u{4}'),
    ("ENQUIRY", '\u{5}'),
    ("ENQ", '\u{5}'),
    ("ACKNOWLEDGE", '\u{6}'),
    ("ACK", '\u{6}'),
    ("ALERT", '\u{7}'),
    ("BEL", '\u{7}'),
    ("BACKSPACE", '\u{8}'),
    ("BS", '\u{8}'),
    ("CHARACTER TABULATION", '\t'),
    ("HORIZONTAL TABULATION", '\t'),
    ("HT", '\t'),
    ("TAB", '\t'),
    ("LINE FEED", '\n'),
    ("NEW LINE", '\n'),
    ("END OF LINE", '\n'),
    ("LF", '\n'),
    ("NL", '\n'),
    ("EOL", '\n'),
    ("LINE TABULATION", '\u{b}'),
    ("VERTICAL TABULATION", '\u{b}'),
    ("VT", '\u{b}'),
    ("FORM FEED", '\u{c}'),
    ("FF", '\u{c}'),
    ("CARRIAGE RETURN", '\r'),
    ("CR", '\r'),
    ("SHIFT OUT", '\u{e}'),
    ("LOCKING-SHIFT ONE", '\u{e}'),
    ("SO", '\u{e}'),
    ("SHIFT IN", '\u{f}'),
    ("LOCKING-SHIFT ZERO", '\u{f}'),
    ("SI", '\u{f}'),
    ("DATA LINK ESCAPE", '\u{10}'),
    ("DLE", '\u{10}'),
    ("DEVICE CONTROL ONE", '\u{11}'),
    ("DC1", '\u{11}'),
    ("DEVICE CONTROL TWO", '\u{12}'),
    ("DC2", '\u{12}'),
    ("DEVICE CONTROL THREE", '\u{13}'),
    ("DC3", '\u{13}'),
    ("DEVICE CONTROL FOUR", '\u{14}'),
    ("DC4", '\u{14}'),
    ("NEGATIVE ACKNOWLEDGE", '\u{15}'),
    ("NAK", '\u{15}'),
    ("SYNCHRONOUS IDLE", '\u{16}'),
    ("SYN", '\u{16}'),
    ("END OF TRANSMISSION BLOCK", '\u{17}'),
    ("ETB", '\u{17}'),
    ("CANCEL", '\u{18}'),
    ("CAN", '\u{18}'),
    ("END OF MEDIUM", '\u{19}'),
    ("EOM", '\u{19}'),
    ("SUBSTITUTE", '\u{1a}'),
    ("SUB", '\u{1a}'),
    ("ESCAPE", '\u{1b}'),
    ("ESC", '\u{1b}'),
    ("INFORMATION SEPARATOR FOUR", '\u{1c}'),
    ("FILE SEPARATOR", '\u{1c}'),
    ("FS", '\u{1c}'),
    ("INFORMATION SEPARATOR THREE", '\u{1d}'),
    ("GROUP SEPARATOR", '\u{1d}'),
    ("GS", '\u{1d}'),
    ("INFORMATION SEPARATOR TWO", '\u{1e}'),
    ("RECORD SEPARATOR", '\u{1e}'),
    ("RS", '\u{1e}'),
    ("INFORMATION SEPARATOR ONE", '\u{1f}'),
    ("UNIT SEPARATOR", '\u{1f}'),
    ("US", '\u{1f}'),
    ("SP", ' '),
    ("DELETE", '\u{7f}'),
    ("DEL", '\u{7f}'),
    ("NBSP", '\u{a0}'),
    ("SHY", '\u{ad}'),
    ("LATIN CAPITAL LETTER GHA", '\u{1a2}'),
    ("LATIN SMALL LETTER GHA", '\u{1a3}'),
    ("ZWSP", '\u{200b}'),
    ("ZWNJ", '\u{200c}'),
    ("ZWJ", '\u{200d}'),
    ("LRM", '\u{200e}'),
    ("RLM", '\u{200f}'),
    ("NNBSP", '\u{202f}'),
    ("WJ", '\u{2060}'),
    ("BYTE ORDER MARK", '\u{feff}'),
    ("BOM", '\u{feff}'),
    ("ZWNBSP", '\u{feff}'),
];

/// The character with Unicode name (or name alias) `name`, any case.
fn lookup_char_name(name: &str) -> Option<char> {
    if !name.is_ascii() {
        return None;
    }
    let upper = name.to_ascii_uppercase();
    if let Some(&(_, ch)) = NAME_ALIASES.iter().find(|(alias, _)| *alias == upper) {
        return Some(ch);
    }
    unicode_names2::character(&upper)
}

/// CPython's `unicodeescape` error: `start` is the byte index of the
/// backslash, `stop` where the decoder stopped reading.
fn codec_error(body: &str, start: usize, stop: usize, what: &str) -> String {
    let from = codec_position(body, start);
    let to = codec_position(body, stop);
    if to <= from + 1 {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {from}: {what}"
        )
    } else {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {what}",
            from,
            to - 1
        )
    }
}

/// The index that byte `index` of `body` has in the buffer CPython hands to
/// its `unicodeescape` decoder (see the module comment).
fn codec_position(body: &str, index: usize) -> usize {
    let bytes = body.as_bytes();
    let mut i = 0;
    let mut pos = 0;
    while i < index && i < bytes.len() {
        if bytes[i] == b'\\' {
            pos += 1;
            i += 1;
            if i >= bytes.len() || bytes[i] >= 0x80 {
                pos += 5;
                continue;
            }
            if i >= index {
                break;
            }
        }
        let b = bytes[i];
        if b >= 0x80 {
            pos += 10;
            i += utf8_len(b);
        } else if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            pos += 1;
            i += 2;
        } else {
            pos += 1;
            i += 1;
        }
    }
    pos
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        _ => 2,
    }
}

/// Decodes a raw str body: only newlines are translated.
pub(super) fn decode_raw_str(body: &str) -> String {
    if !body.contains('\r') {
        return body.to_owned();
    }
    body.replace("\r\n", "\n").replace('\r', "\n")
}

/// Decodes a bytes body (already checked to be ASCII). The error is the
/// complete SyntaxError message.
pub(super) fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    // Newlines translated so far: CPython's positions count `\r\n` as one.
    let mut crlf_seen = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\r' {
            out.push(b'\n');
            if bytes.get(i + 1) == Some(&b'\n') {
                crlf_seen += 1;
                i += 1;
            }
            i += 1;
            continue;
        }
        if b != b'\\' || raw {
            out.push(b);
            i += 1;
            continue;
        }
        let escape_start = i;
        let Some(&c) = bytes.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        match c {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    crlf_seen += 1;
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(c),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut value = u32::from(c - b'0');
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                // CPython stores the low byte: b'\777' == b'\xff'.
                out.push((value & 0xff) as u8);
            }
            b'x' => {
                let hi = bytes.get(i).and_then(|&d| (d as char).to_digit(16));
                let lo = bytes.get(i + 1).and_then(|&d| (d as char).to_digit(16));
                match (hi, lo) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            escape_start - crlf_seen
                        ));
                    }
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}
