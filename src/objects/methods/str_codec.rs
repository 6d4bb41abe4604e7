//! Text codecs: `str.encode` and the decoding behind `bytes.decode`, for
//! UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (under all their CPython aliases), with the
//! error handlers strict, ignore, replace, backslashreplace and (for
//! encoding) xmlcharrefreplace. Error messages and the ranges they report
//! are CPython's: an encoder reports the whole run of unencodable
//! characters, the UTF-8 decoder the maximal ill-formed subsequence.
//!
//! Ferrite's str cannot hold lone surrogates, so 'surrogateescape' and
//! 'surrogatepass' only ever act as 'strict', and 'namereplace' (which needs
//! the Unicode name table) is reported as an unknown handler.

use super::str::this;
use super::str_args::{clinic_type_name, keyword_args};
use crate::builtins::Args;
use crate::heap::ObjRef;
use crate::objects::exception::PyException;
use crate::objects::tuple::PyTuple;
use crate::objects::{PyErr, PyResult};
use crate::vm::Vm;

/// A codec Ferrite implements.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Codec {
    /// UTF-8 (Ferrite's own text representation).
    Utf8,
    /// 7-bit ASCII.
    Ascii,
    /// ISO-8859-1: code points 0..=255 as single bytes.
    Latin1,
    /// UTF-16 in the given byte order, or (`None`) with a byte-order mark:
    /// written little-endian, read in the order the mark gives.
    Utf16(Option<Endian>),
    /// UTF-32, byte orders as for UTF-16.
    Utf32(Option<Endian>),
}

/// The byte order of a UTF-16 or UTF-32 code unit.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Endian {
    Little,
    Big,
}

impl Codec {
    /// The name CPython's error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(Endian::Little)) => "utf-16-le",
            Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(Endian::Little)) => "utf-32-le",
            Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
        }
    }
}

/// A codec chosen by name. CPython calls a few spellings directly (its
/// "fast path") and the rest through the codec registry, which wraps an
/// unknown-error-handler LookupError as "encoding with 'l1' codec failed
/// (...)"; `via_registry` holds the name as given for that message.
pub(super) struct CodecChoice {
    codec: Codec,
    via_registry: Option<String>,
}

/// Resolves an encoding name the way CPython's registry does: lowercase,
/// runs of punctuation between words become one '_', then the aliases of
/// `encodings.aliases`.
pub(super) fn lookup_codec(name: &str) -> Option<CodecChoice> {
    let mut norm = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            if c.is_ascii() {
                norm.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    let fast = matches!(
        norm.as_str(),
        "utf_8"
            | "utf8"
            | "ascii"
            | "us_ascii"
            | "latin1"
            | "latin_1"
            | "iso_8859_1"
            | "iso8859_1"
            | "utf_16"
            | "utf16"
            | "utf_32"
            | "utf32"
    );
    let codec = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
            Codec::Latin1
        }
        "utf_16" | "u16" | "utf16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(Endian::Little)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(Endian::Big)),
        "utf_32" | "u32" | "utf32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(Endian::Little)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(Endian::Big)),
        _ => return None,
    };
    Some(CodecChoice {
        codec,
        via_registry: (!fast).then(|| name.to_string()),
    })
}

/// A codec from an optional `encoding` argument (default UTF-8), or
/// LookupError "unknown encoding: x".
pub(super) fn codec_arg(vm: &Vm, encoding: Option<&str>) -> PyResult<CodecChoice> {
    match encoding {
        None => Ok(CodecChoice {
            codec: Codec::Utf8,
            via_registry: None,
        }),
        Some(e) => lookup_codec(e)
            .ok_or_else(|| vm.new_error(&vm.exc.lookup_error, format!("unknown encoding: {e}"))),
    }
}

impl CodecChoice {
    /// Runs `f` with the codec, wrapping an error-handler LookupError the
    /// way the codec registry does when the codec was reached through it.
    fn run<T>(&self, vm: &Vm, verb: &str, f: impl FnOnce(Codec) -> PyResult<T>) -> PyResult<T> {
        let r = f(self.codec);
        match (&self.via_registry, r) {
            (Some(name), Err(e)) if e.0.is_type(&vm.exc.lookup_error) => {
                let inner =
                    e.0.downcast::<PyException>()
                        .and_then(|x| {
                            x.args
                                .borrow()
                                .var_items::<PyTuple>()
                                .and_then(|a| a.first().cloned())
                        })
                        .and_then(|m| m.as_str().map(str::to_string))
                        .unwrap_or_default();
                Err(vm.new_error(
                    &vm.exc.lookup_error,
                    format!("{verb} with '{name}' codec failed (LookupError: {inner})"),
                ))
            }
            (_, r) => r,
        }
    }

    /// Encodes `text`.
    pub(super) fn encode(&self, vm: &Vm, text: &str, errors: Option<&str>) -> PyResult<Vec<u8>> {
        self.run(vm, "encoding", |codec| encode_text(vm, text, codec, errors))
    }

    /// Decodes `data`.
    pub(super) fn decode(&self, vm: &Vm, data: &[u8], errors: Option<&str>) -> PyResult<String> {
        self.run(vm, "decoding", |codec| {
            decode_bytes(vm, data, codec, errors)
        })
    }
}

/// An error handler, resolved only when an error actually happens (as in
/// CPython, an unknown name is harmless for text that encodes cleanly).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

fn handler(vm: &Vm, errors: Option<&str>) -> PyResult<Handler> {
    match errors.unwrap_or("strict") {
        "strict" | "surrogateescape" | "surrogatepass" => Ok(Handler::Strict),
        "ignore" => Ok(Handler::Ignore),
        "replace" => Ok(Handler::Replace),
        "backslashreplace" => Ok(Handler::BackslashReplace),
        "xmlcharrefreplace" => Ok(Handler::XmlCharRefReplace),
        other => Err(vm.new_error(
            &vm.exc.lookup_error,
            format!("unknown error handler name '{other}'"),
        )),
    }
}

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` for code point `v`.
fn push_escape(v: u32, out: &mut String) {
    if v <= 0xff {
        out.push_str(&format!("\\x{v:02x}"));
    } else if v <= 0xffff {
        out.push_str(&format!("\\u{v:04x}"));
    } else {
        out.push_str(&format!("\\U{v:08x}"));
    }
}

/// Encodes `text` with `codec`.
fn encode_text(vm: &Vm, text: &str, codec: Codec, errors: Option<&str>) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        // Every str encodes: Ferrite's str holds no lone surrogates.
        Codec::Utf16(order) => return Ok(encode_utf16(text, order)),
        Codec::Utf32(order) => return Ok(encode_utf32(text, order)),
    };
    if text.is_ascii() {
        return Ok(text.as_bytes().to_vec());
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let v = chars[i] as u32;
        if v < limit {
            out.push(v as u8);
            i += 1;
            continue;
        }
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < limit)
            .unwrap_or(chars.len());
        match handler(vm, errors)? {
            Handler::Strict => return Err(encode_error(vm, codec, &chars, i, end, limit)),
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Handler::BackslashReplace => {
                let mut s = String::new();
                for &c in &chars[i..end] {
                    push_escape(c as u32, &mut s);
                }
                out.extend_from_slice(s.as_bytes());
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// `text` as UTF-16; with no byte order given, a little-endian BOM first.
fn encode_utf16(text: &str, order: Option<Endian>) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 2 + 2);
    let order = order.unwrap_or_else(|| {
        out.extend_from_slice(&[0xff, 0xfe]);
        Endian::Little
    });
    for unit in text.encode_utf16() {
        out.extend_from_slice(&match order {
            Endian::Little => unit.to_le_bytes(),
            Endian::Big => unit.to_be_bytes(),
        });
    }
    out
}

/// `text` as UTF-32; with no byte order given, a little-endian BOM first.
fn encode_utf32(text: &str, order: Option<Endian>) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 4 + 4);
    let order = order.unwrap_or_else(|| {
        out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
        Endian::Little
    });
    for c in text.chars() {
        out.extend_from_slice(&match order {
            Endian::Little => (c as u32).to_le_bytes(),
            Endian::Big => (c as u32).to_be_bytes(),
        });
    }
    out
}

/// CPython's UnicodeEncodeError message for characters `start..end`.
fn encode_error(
    vm: &Vm,
    codec: Codec,
    chars: &[char],
    start: usize,
    end: usize,
    limit: u32,
) -> PyErr {
    let reason = format!("ordinal not in range({limit})");
    let text: String = chars.iter().collect();
    vm.unicode_encode_error(codec.name(), &text, start, end, &reason)
}

/// CPython's UnicodeDecodeError message for bytes `start..end`.
fn decode_error(
    vm: &Vm,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    vm.unicode_decode_error(codec.name(), data, start, end, reason)
}

/// A decoding in progress: where undecodable bytes go per the handler.
struct Decoder<'a> {
    vm: &'a Vm,
    codec: Codec,
    data: &'a [u8],
    errors: Option<&'a str>,
    out: String,
}

impl Decoder<'_> {
    /// Handles the undecodable bytes `start..end` per the error handler.
    fn bad(&mut self, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match handler(self.vm, self.errors)? {
            Handler::Strict | Handler::XmlCharRefReplace => Err(decode_error(
                self.vm, self.codec, self.data, start, end, reason,
            )),
            Handler::Ignore => Ok(()),
            Handler::Replace => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            Handler::BackslashReplace => {
                for &b in &self.data[start..end] {
                    push_escape(u32::from(b), &mut self.out);
                }
                Ok(())
            }
        }
    }
}

impl Decoder<'_> {
    /// The byte order to read in and where the text starts: as given, or
    /// from a leading byte-order mark (little-endian when there is none).
    /// Errors then name the codec of that byte order, as CPython's do.
    fn byte_order(
        &mut self,
        order: Option<Endian>,
        bom_le: &[u8],
        bom_be: &[u8],
    ) -> (Endian, usize) {
        let (order, start) = match order {
            Some(o) => (o, 0),
            None if self.data.starts_with(bom_le) => (Endian::Little, bom_le.len()),
            None if self.data.starts_with(bom_be) => (Endian::Big, bom_be.len()),
            None => (Endian::Little, 0),
        };
        self.codec = match self.codec {
            Codec::Utf32(_) => Codec::Utf32(Some(order)),
            _ => Codec::Utf16(Some(order)),
        };
        (order, start)
    }

    /// Decodes UTF-16 code units, pairing surrogates.
    fn utf16(&mut self, order: Option<Endian>) -> PyResult<()> {
        let (order, mut i) = self.byte_order(order, &[0xff, 0xfe], &[0xfe, 0xff]);
        let data = self.data;
        let unit = |at: usize| {
            let pair = [data[at], data[at + 1]];
            match order {
                Endian::Little => u16::from_le_bytes(pair),
                Endian::Big => u16::from_be_bytes(pair),
            }
        };
        while i < data.len() {
            if data.len() - i < 2 {
                return self.bad(i, data.len(), "truncated data");
            }
            let u = unit(i);
            match u {
                0xd800..=0xdbff => {
                    if data.len() - i < 4 {
                        return self.bad(i, data.len(), "unexpected end of data");
                    }
                    let low = unit(i + 2);
                    if (0xdc00..=0xdfff).contains(&low) {
                        let c =
                            0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(low) - 0xdc00);
                        self.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                        i += 4;
                    } else {
                        self.bad(i, i + 2, "illegal UTF-16 surrogate")?;
                        i += 2;
                    }
                }
                0xdc00..=0xdfff => {
                    self.bad(i, i + 2, "illegal encoding")?;
                    i += 2;
                }
                _ => {
                    self.out
                        .push(char::from_u32(u32::from(u)).unwrap_or('\u{fffd}'));
                    i += 2;
                }
            }
        }
        Ok(())
    }

    /// Decodes UTF-32 code units.
    fn utf32(&mut self, order: Option<Endian>) -> PyResult<()> {
        let (order, mut i) = self.byte_order(order, &[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff]);
        let data = self.data;
        while i < data.len() {
            if data.len() - i < 4 {
                return self.bad(i, data.len(), "truncated data");
            }
            let quad = [data[i], data[i + 1], data[i + 2], data[i + 3]];
            let v = match order {
                Endian::Little => u32::from_le_bytes(quad),
                Endian::Big => u32::from_be_bytes(quad),
            };
            match char::from_u32(v) {
                Some(c) => self.out.push(c),
                None if (0xd800..0xe000).contains(&v) => self.bad(
                    i,
                    i + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                )?,
                None => self.bad(i, i + 4, "code point not in range(0x110000)")?,
            }
            i += 4;
        }
        Ok(())
    }
}

/// Decodes `data` with `codec` into text.
fn decode_bytes(vm: &Vm, data: &[u8], codec: Codec, errors: Option<&str>) -> PyResult<String> {
    let mut d = Decoder {
        vm,
        codec,
        data,
        errors,
        out: String::with_capacity(data.len()),
    };
    match codec {
        Codec::Utf16(order) => d.utf16(order)?,
        Codec::Utf32(order) => d.utf32(order)?,
        Codec::Latin1 => d.out.extend(data.iter().map(|&b| char::from(b))),
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b.is_ascii() {
                    d.out.push(char::from(b));
                } else {
                    d.bad(i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Utf8 => {
            let mut offset = 0;
            while offset < data.len() {
                let rest = &data[offset..];
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        d.out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        d.out
                            .push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let (bad_len, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) if matches!(rest[good], 0x80..=0xc1 | 0xf5..=0xff) => {
                                (n, "invalid start byte")
                            }
                            Some(n) => (n, "invalid continuation byte"),
                        };
                        let start = offset + good;
                        d.bad(start, start + bad_len, reason)?;
                        offset = start + bad_len;
                    }
                }
            }
        }
    }
    Ok(d.out)
}

/// Reads the `encoding` and `errors` arguments of encode/decode (both
/// optional str, by position or keyword).
pub(super) fn encoding_args(
    vm: &Vm,
    args: &Args,
    name: &str,
) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
    let slots = keyword_args(vm, args, name, &["encoding", "errors"], 0, 0)?;
    for (slot, argname) in slots.iter().zip(["encoding", "errors"]) {
        if let Some(v) = slot
            && v.as_str().is_none()
        {
            let tn = clinic_type_name(vm, v);
            return Err(vm.type_error(format!(
                "{name}() argument '{argname}' must be str, not {tn}"
            )));
        }
    }
    let mut it = slots.into_iter();
    Ok((it.next().flatten(), it.next().flatten()))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn encode(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "encode")?;
    let (encoding, errors) = encoding_args(vm, &args, "encode")?;
    let codec = codec_arg(vm, encoding.as_ref().and_then(|e| e.as_str()))?;
    let data = codec.encode(vm, t.s, errors.as_ref().and_then(|e| e.as_str()))?;
    Ok(vm.new_bytes(&data))
}
