//! SyntaxError made by Python code: `SyntaxError(msg, (filename, lineno,
//! offset, text[, end_lineno, end_offset]))` sets those attributes, and
//! `str()` is CPython's `SyntaxError_str` ("msg (file.py, line 3)").

use super::Vm;
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;

/// The attributes a SyntaxError always has, in the order of its details tuple.
const DETAIL_ATTRS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

impl Vm {
    fn is_syntax_error(&self, exc: &ObjRef) -> bool {
        self.is_subclass(&exc.type_of(), &self.exc.syntax_error.clone())
    }

    /// Sets `msg` and the location attributes of a SyntaxError from its
    /// constructor arguments (None where not given).
    pub fn init_syntax_error(&mut self, exc: &ObjRef, args: &[ObjRef]) -> PyResult<()> {
        if !self.is_syntax_error(exc) {
            return Ok(());
        }
        let none = self.none();
        let mut values: Vec<ObjRef> = vec![none.clone(); DETAIL_ATTRS.len()];
        if args.len() == 2 {
            let info = self.collect_iterable(&args[1])?;
            // Parsed as PyArg_ParseTuple's "OOOO|OO" parses it.
            let n = info.len();
            if !(4..=6).contains(&n) {
                let bound = if n < 4 { "at least 4" } else { "at most 6" };
                return Err(
                    self.type_error(format!("function takes {bound} arguments ({n} given)"))
                );
            }
            for (slot, v) in values.iter_mut().zip(info) {
                *slot = v;
            }
        }
        let msg = args.first().cloned().unwrap_or_else(|| none.clone());
        let k = self.intern("msg");
        self.exception_set_attr(exc, &k, msg);
        for (name, v) in DETAIL_ATTRS.iter().zip(values) {
            let k = self.intern(name);
            self.exception_set_attr(exc, &k, v);
        }
        Ok(())
    }

    /// `str()` of a SyntaxError from its `msg`, `filename` and `lineno`;
    /// None for other exceptions.
    pub fn syntax_error_str(&mut self, exc: &ObjRef) -> PyResult<Option<String>> {
        if !self.is_syntax_error(exc) {
            return Ok(None);
        }
        let Some(msg) = self.exception_get_attr(exc, "msg") else {
            return Ok(None);
        };
        let msg = self.str_of(&msg)?.as_str().unwrap_or("").to_string();
        // Only the last path component of the file is shown.
        let filename = self.exception_get_attr(exc, "filename").and_then(|f| {
            f.as_str()
                .map(|s| s.rsplit('/').next().unwrap_or(s).to_string())
        });
        let lineno = self
            .exception_get_attr(exc, "lineno")
            .filter(|l| matches!(l.kind(), Kind::Int | Kind::BigInt))
            .map(|l| self.display_string(&l));
        Ok(Some(match (filename, lineno) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        }))
    }
}
