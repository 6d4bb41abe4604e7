//! UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their
//! five (or four) constructor arguments become `encoding`, `object`,
//! `start`, `end` and `reason`, and `str()` is built from those attributes
//! as CPython's `UnicodeDecodeError_str` and friends build it.

use super::Vm;
use crate::heap::{Kind, ObjRef};
use crate::objects::{PyErr, PyResult};

/// Which of the three classes an exception belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    Encode,
    Decode,
    Translate,
}

impl Vm {
    fn unicode_error_kind(&self, exc: &ObjRef) -> Option<Which> {
        let ty = exc.type_of();
        if self.is_subclass(&ty, &self.exc.unicode_encode_error) {
            Some(Which::Encode)
        } else if self.is_subclass(&ty, &self.exc.unicode_decode_error) {
            Some(Which::Decode)
        } else if self.is_subclass(&ty, &self.exc.unicode_translate_error) {
            Some(Which::Translate)
        } else {
            None
        }
    }

    /// A UnicodeDecodeError for `object[start..end]`, as a codec raises it.
    pub fn unicode_decode_error(
        &self,
        encoding: &str,
        object: &[u8],
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyErr {
        let object = self.new_bytes(object);
        let ty = &self.exc.unicode_decode_error;
        self.codec_error(ty, encoding, object, start, end, reason)
    }

    /// A UnicodeEncodeError for the characters `start..end` of `object`.
    pub fn unicode_encode_error(
        &self,
        encoding: &str,
        object: &str,
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyErr {
        let object = self.new_str(object);
        let ty = &self.exc.unicode_encode_error;
        self.codec_error(ty, encoding, object, start, end, reason)
    }

    /// The error with its five arguments, which its attributes read until
    /// they are assigned (see [`Vm::unicode_error_attr`]).
    fn codec_error(
        &self,
        ty: &ObjRef,
        encoding: &str,
        object: ObjRef,
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyErr {
        let args = vec![
            self.new_str(encoding),
            object,
            self.new_int(start as i64),
            self.new_int(end as i64),
            self.new_str(reason),
        ];
        PyErr(self.new_exception_obj(ty, args))
    }

    /// `encoding`, `object`, `start`, `end` or `reason` of a Unicode error
    /// that has not had it assigned: the constructor argument it came from
    /// (`encoding` is None for a UnicodeTranslateError).
    pub fn unicode_error_attr(&self, exc: &ObjRef, name: &str) -> Option<ObjRef> {
        let which = self.unicode_error_kind(exc)?;
        let mut index = ["encoding", "object", "start", "end", "reason"]
            .iter()
            .position(|n| *n == name)?;
        if which == Which::Translate {
            if index == 0 {
                return Some(self.none());
            }
            index -= 1;
        }
        let e = exc.downcast::<crate::objects::exception::PyException>()?;
        let args = e.args.borrow().clone();
        let items = args.var_items::<crate::objects::tuple::PyTuple>()?;
        let want = if which == Which::Translate { 4 } else { 5 };
        if items.len() != want {
            return None;
        }
        items.get(index).cloned()
    }

    /// Checks and stores the constructor arguments of a Unicode error
    /// (`UnicodeDecodeError(encoding, object, start, end, reason)`); any
    /// other exception is left alone.
    pub fn init_unicode_error(&mut self, exc: &ObjRef, args: &[ObjRef]) -> PyResult<()> {
        let Some(which) = self.unicode_error_kind(exc) else {
            return Ok(());
        };
        let want = if which == Which::Translate { 4 } else { 5 };
        if args.len() != want {
            return Err(self.type_error(format!(
                "function takes exactly {want} arguments ({} given)",
                args.len()
            )));
        }
        let rest = if which == Which::Translate {
            args
        } else {
            self.expect_str_arg(&args[0], 1)?;
            &args[1..]
        };
        let object = match which {
            Which::Decode => match crate::objects::bytes::bytes_like(&rest[0]) {
                Some(b) if rest[0].kind() != Kind::Bytes => self.new_bytes(&b),
                Some(_) => rest[0].clone(),
                None => {
                    return Err(self.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name(&rest[0])
                    )));
                }
            },
            _ => {
                self.expect_str_arg(&rest[0], want - 3)?;
                rest[0].clone()
            }
        };
        self.expect_index(&rest[1])?;
        self.expect_index(&rest[2])?;
        self.expect_str_arg(&rest[3], want)?;
        if !object.is(&rest[0]) {
            let k = self.intern("object");
            self.exception_set_attr(exc, &k, object);
        }
        Ok(())
    }

    /// "argument N must be str, not T" unless `arg` is a str.
    fn expect_str_arg(&self, arg: &ObjRef, n: usize) -> PyResult<()> {
        if arg.as_str().is_some() {
            return Ok(());
        }
        Err(self.type_error(format!(
            "argument {n} must be str, not {}",
            self.type_name(arg)
        )))
    }

    /// `str()` of a Unicode error from its attributes; None for other
    /// exceptions and for one whose attributes were never set.
    pub fn unicode_error_str(&mut self, exc: &ObjRef) -> PyResult<Option<String>> {
        let Some(which) = self.unicode_error_kind(exc) else {
            return Ok(None);
        };
        let attr = |vm: &mut Vm, name: &str| {
            vm.exception_get_attr(exc, name)
                .or_else(|| vm.unicode_error_attr(exc, name))
        };
        let (Some(object), Some(start), Some(end), Some(reason)) = (
            attr(self, "object"),
            attr(self, "start"),
            attr(self, "end"),
            attr(self, "reason"),
        ) else {
            return Ok(None);
        };
        let start = self.expect_index(&start)?;
        let end = self.expect_index(&end)?;
        let reason = self.str_string(&reason)?;
        let encoding = match attr(self, "encoding") {
            Some(e) if which != Which::Translate => self.str_string(&e)?,
            _ => String::new(),
        };
        let verb = match which {
            Which::Encode => format!("'{encoding}' codec can't encode"),
            Which::Decode => format!("'{encoding}' codec can't decode"),
            Which::Translate => "can't translate".to_string(),
        };
        let single = if end == start + 1 && start >= 0 {
            let i = start as usize;
            match which {
                Which::Decode => crate::objects::bytes::bytes_like(&object)
                    .and_then(|b| b.get(i).copied())
                    .map(|b| format!("byte 0x{b:02x}")),
                _ => object
                    .as_str()
                    .and_then(|s| s.chars().nth(i))
                    .map(|c| format!("character '{}'", char_escape(c))),
            }
        } else {
            None
        };
        Ok(Some(match single {
            Some(what) => format!("{verb} {what} in position {start}: {reason}"),
            None => {
                let plural = if which == Which::Decode {
                    "bytes"
                } else {
                    "characters"
                };
                format!("{verb} {plural} in position {start}-{}: {reason}", end - 1)
            }
        }))
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as a Unicode error names a character.
fn char_escape(c: char) -> String {
    let v = c as u32;
    if v <= 0xff {
        format!("\\x{v:02x}")
    } else if v <= 0xffff {
        format!("\\u{v:04x}")
    } else {
        format!("\\U{v:08x}")
    }
}
