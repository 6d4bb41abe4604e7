//! `format(value, spec)` and `str % args`: the bridge between Python objects
//! and the formatting library in `objects::format`.

use super::Vm;
use crate::heap::{Kind, ObjRef};
use crate::objects::format::{
    self, ArgRef, CharArg, FormatError, FormatErrorKind, PercentArgs, float_required_error,
    int_required_error, parse_format_spec,
};
use crate::objects::int::{PyBigInt, PyInt};
use crate::objects::{PyErr, PyResult};
use crate::vm::ops::{Num, as_num};
use num_bigint::BigInt;

impl Vm {
    /// Turns a formatting-library error into the Python exception.
    pub fn format_error(&self, e: FormatError) -> PyErr {
        match e.kind {
            FormatErrorKind::ValueError => self.value_error(e.message),
            FormatErrorKind::TypeError => self.type_error(e.message),
            FormatErrorKind::OverflowError => self.overflow_error(e.message),
            FormatErrorKind::MemoryError => self.memory_error(),
        }
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, value: &ObjRef, spec: &str) -> PyResult {
        if (self.is_user_object(value) && self.has_dunder(value, "__format__"))
            || self.subclass_override(value, "__format__").is_some()
        {
            let s = self.new_str(spec);
            if let Some(r) = self.call_dunder(value, "__format__", &[s])? {
                if r.kind() != Kind::Str {
                    return Err(self.type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&r)
                    )));
                }
                return Ok(r);
            }
        }
        if spec.is_empty() {
            return self.str_of(value);
        }
        let tn = self.type_name(value);
        let out = match value.kind() {
            Kind::Int | Kind::BigInt | Kind::Float | Kind::Str => {
                let parsed = parse_format_spec(spec, &tn).map_err(|e| self.format_error(e))?;
                let r = match value.kind() {
                    Kind::Int => format::format_i64(
                        value.downcast::<PyInt>().map(|i| i.value).unwrap_or(0),
                        &parsed,
                        &tn,
                    ),
                    Kind::BigInt => match value.downcast::<PyBigInt>() {
                        Some(b) => format::format_int(&b.value, &parsed, &tn),
                        None => Ok(String::new()),
                    },
                    Kind::Float => format::format_float(
                        value
                            .downcast::<crate::objects::float::PyFloat>()
                            .map(|f| f.value)
                            .unwrap_or(0.0),
                        &parsed,
                        &tn,
                    ),
                    _ => format::format_str(value.as_str().unwrap_or(""), &parsed, &tn),
                };
                r.map_err(|e| self.format_error(e))?
            }
            _ => {
                return Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    tn
                )));
            }
        };
        Ok(self.new_str(&out))
    }

    /// `fmt % args` for a str.
    pub fn str_percent(&mut self, fmt: &ObjRef, args: &ObjRef) -> PyResult {
        let text = fmt.as_str().unwrap_or("").to_string();
        let items = if args.kind() == Kind::Tuple {
            Some(self.tuple_items(args).to_vec())
        } else {
            None
        };
        let mut p = Percent {
            vm: self,
            args: args.clone(),
            items,
            current: None,
            bytes_mode: false,
        };
        match format::percent_format(&text, &mut p) {
            Ok(s) => {
                // `'%s' % s` is `s` itself for an exact str: CPython's
                // writer hands back a str that was its only output.
                let only = match self.tuple_items_opt(args) {
                    Some([x]) => Some(x.clone()),
                    Some(_) => None,
                    None => Some(args.clone()),
                };
                if let Some(x) = only
                    && text == "%s"
                    && x.kind() == Kind::Str
                    && x.flags() & crate::heap::flags::SUBCLASS == 0
                    && x.as_str() == Some(s.as_str())
                {
                    return Ok(x);
                }
                Ok(self.new_str(&s))
            }
            Err(PctErr::Py(e)) => Err(e),
            Err(PctErr::Fmt(e)) => Err(self.format_error(e)),
        }
    }

    /// The items of `t` when it is a tuple.
    fn tuple_items_opt<'a>(&self, t: &'a ObjRef) -> Option<&'a [ObjRef]> {
        if t.kind() == Kind::Tuple {
            t.var_items::<crate::objects::tuple::PyTuple>()
        } else {
            None
        }
    }
}

impl Vm {
    /// `fmt % args` for bytes: the str machinery over latin-1 text, with
    /// `%s` taking bytes and `%r`/`%a` giving ascii reprs.
    pub fn bytes_percent(&mut self, fmt: &ObjRef, args: &ObjRef) -> PyResult {
        let data = crate::objects::bytes::bytes_like(fmt).unwrap_or_default();
        let text: String = data.iter().map(|&b| b as char).collect();
        let items = if args.kind() == Kind::Tuple {
            Some(self.tuple_items(args).to_vec())
        } else {
            None
        };
        let mut p = Percent {
            vm: self,
            args: args.clone(),
            items,
            current: None,
            bytes_mode: true,
        };
        match format::percent_format(&text, &mut p) {
            Ok(s) => {
                let out: Vec<u8> = s.chars().map(|c| (c as u32).min(255) as u8).collect();
                Ok(self.new_bytes(&out))
            }
            Err(PctErr::Py(e)) => Err(e),
            Err(PctErr::Fmt(e)) => Err(self.format_error(e)),
        }
    }
}

/// Errors while formatting with `%`: a Python exception raised by a
/// conversion, or a formatting error.
enum PctErr {
    Py(PyErr),
    Fmt(FormatError),
}

impl From<FormatError> for PctErr {
    fn from(e: FormatError) -> PctErr {
        PctErr::Fmt(e)
    }
}

struct Percent<'a> {
    vm: &'a mut Vm,
    args: ObjRef,
    items: Option<Vec<ObjRef>>,
    current: Option<ObjRef>,
    /// Formatting bytes: `%s` wants bytes and the result is latin-1.
    bytes_mode: bool,
}

impl Percent<'_> {
    fn arg(&self, a: ArgRef) -> ObjRef {
        match a {
            ArgRef::Item(i) => self
                .items
                .as_ref()
                .and_then(|v| v.get(i).cloned())
                .unwrap_or_else(|| self.vm.none()),
            ArgRef::Current => self.current.clone().unwrap_or_else(|| self.args.clone()),
        }
    }
}

impl PercentArgs for Percent<'_> {
    type Error = PctErr;

    fn bytes_mode(&self) -> bool {
        self.bytes_mode
    }

    fn tuple_len(&self) -> Option<usize> {
        self.items.as_ref().map(|v| v.len())
    }

    fn is_mapping(&self) -> bool {
        matches!(self.args.kind(), Kind::Dict | Kind::List)
    }

    fn select_key(&mut self, key: &str) -> Result<(), PctErr> {
        let k = if self.bytes_mode {
            // The format was decoded as latin-1: encode the key back.
            let raw: Vec<u8> = key.chars().map(|c| (c as u32).min(255) as u8).collect();
            self.vm.new_bytes(&raw)
        } else {
            self.vm.new_str(key)
        };
        let args = self.args.clone();
        let v = self.vm.getitem(&args, &k).map_err(PctErr::Py)?;
        self.current = Some(v);
        Ok(())
    }

    fn to_str(&mut self, arg: ArgRef) -> Result<String, PctErr> {
        let v = self.arg(arg);
        if self.bytes_mode {
            return match crate::objects::bytes::bytes_like(&v) {
                Some(b) => Ok(b.iter().map(|&c| c as char).collect()),
                None => Err(PctErr::Py(self.vm.type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    self.vm.type_name(&v)
                )))),
            };
        }
        self.vm.str_string(&v).map_err(PctErr::Py)
    }

    fn to_repr(&mut self, arg: ArgRef) -> Result<String, PctErr> {
        if self.bytes_mode {
            return self.to_ascii(arg);
        }
        let v = self.arg(arg);
        self.vm.repr_string(&v).map_err(PctErr::Py)
    }

    fn to_ascii(&mut self, arg: ArgRef) -> Result<String, PctErr> {
        let v = self.arg(arg);
        let a = self.vm.ascii(&v).map_err(PctErr::Py)?;
        Ok(a.as_str().unwrap_or("").to_string())
    }

    fn to_int(&mut self, arg: ArgRef, conversion: char) -> Result<BigInt, PctErr> {
        let mut v = self.arg(arg);
        if self.vm.is_user_object(&v) {
            // `__index__` for `%o %x %X`, `int()` for the others; a
            // TypeError on the way reads as the wrong-type error.
            let converted = if matches!(conversion, 'o' | 'x' | 'X') {
                self.vm.number_index(&v)
            } else {
                self.vm.number_long(&v)
            };
            match converted {
                Ok(Some(i)) => v = i,
                Ok(None) => {}
                Err(e) if !self.vm.isinstance(&e.0, &self.vm.exc.type_error.clone()) => {
                    return Err(PctErr::Py(e));
                }
                Err(_) => {}
            }
        }
        match as_num(&v) {
            Some(Num::Int(i)) => Ok(BigInt::from(i)),
            Some(Num::Big(b)) => Ok(b.clone()),
            Some(Num::Float(f)) if !matches!(conversion, 'o' | 'x' | 'X') => {
                let r = crate::builtins::numeric::float_to_int(self.vm, f).map_err(PctErr::Py)?;
                Ok(crate::vm::ops::as_bigint(&r).unwrap_or_default())
            }
            _ => {
                let tn = self.vm.type_name(&v);
                Err(PctErr::Fmt(int_required_error(conversion, &tn)))
            }
        }
    }

    fn to_float(&mut self, arg: ArgRef) -> Result<f64, PctErr> {
        let v = self.arg(arg);
        if self.vm.is_user_object(&v)
            && let Some(f) = self.vm.number_float(&v).map_err(PctErr::Py)?
        {
            return Ok(f);
        }
        match as_num(&v) {
            Some(n) => crate::vm::ops::int_to_f64(self.vm, n).map_err(PctErr::Py),
            None => {
                let tn = self.vm.type_name(&v);
                Err(PctErr::Fmt(float_required_error(&tn)))
            }
        }
    }

    fn to_char(&mut self, arg: ArgRef) -> Result<CharArg, PctErr> {
        let v = self.arg(arg);
        if self.bytes_mode {
            if let Some(b) = crate::objects::bytes::bytes_like(&v) {
                return Ok(match b[..] {
                    [c] => CharArg::Char(char::from(c)),
                    _ => CharArg::Invalid,
                });
            }
            if v.kind() == Kind::Str {
                return Ok(CharArg::Invalid);
            }
        }
        if let Some(s) = v.as_str() {
            let mut it = s.chars();
            return Ok(match (it.next(), it.next()) {
                (Some(c), None) => CharArg::Char(c),
                _ => CharArg::Invalid,
            });
        }
        let v = if self.vm.is_user_object(&v) {
            self.vm.number_index(&v).map_err(PctErr::Py)?.unwrap_or(v)
        } else {
            v
        };
        match as_num(&v) {
            Some(Num::Int(i)) => Ok(CharArg::Int(BigInt::from(i))),
            Some(Num::Big(b)) => Ok(CharArg::Int(b.clone())),
            _ => Ok(CharArg::Invalid),
        }
    }

    fn to_star_int(&mut self, arg: ArgRef) -> Result<Option<BigInt>, PctErr> {
        let v = self.arg(arg);
        match as_num(&v) {
            Some(Num::Int(i)) => Ok(Some(BigInt::from(i))),
            Some(Num::Big(b)) => Ok(Some(b.clone())),
            _ => Ok(None),
        }
    }
}
