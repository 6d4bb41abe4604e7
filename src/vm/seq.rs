//! Sequence operators (`+`, `*`, `%` on str/bytes/list/tuple), str
//! indexing, `format()`, `ascii()`, output, and imports of built-in modules.

use super::Vm;
use crate::compiler::opcode::BinaryOp;
use crate::heap::{self, Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::bytes::PyBytes;
use crate::objects::dict::DictTable;
use crate::objects::list::PyList;
use crate::objects::set::PySet;
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;
use crate::vm::ops::{Num, as_num};
use std::cell::RefCell;
use std::io::Write;

impl Vm {
    /// `list.extend(iterable)` / `list += iterable`.
    pub fn list_extend(&mut self, list: &ObjRef, other: &ObjRef) -> PyResult<()> {
        if list.kind() == Kind::List {
            return crate::objects::methods::list::extend_list(self, list, other).map(|_| ());
        }
        let items = self.collect_iterable(other)?;
        if let Some(l) = list.downcast::<PyList>() {
            let mut v = l.items.borrow_mut();
            let need = v.len() + items.len();
            if need > v.capacity() {
                let want = crate::objects::list::grown_capacity(need, v.len(), v.capacity());
                let extra = want.saturating_sub(v.len());
                v.reserve_exact(extra);
            }
            v.extend(items);
        }
        Ok(())
    }

    /// `list *= n`.
    pub fn list_imul(&mut self, list: &ObjRef, n: Num<'_>) -> PyResult {
        let n = match n {
            Num::Int(i) => i.max(0) as usize,
            Num::Big(_) => {
                return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            Num::Float(_) => 0,
        };
        let items = self.sequence_items(list)?;
        if n == 0 {
            let old = list
                .downcast::<PyList>()
                .map(|l| std::mem::take(&mut *l.items.borrow_mut()));
            if let Some(old) = old {
                crate::objects::list::drop_reversed(old);
            }
            return Ok(list.clone());
        }
        if !heap::try_reserve(items.len().saturating_mul(n).saturating_mul(8)) {
            return Err(self.memory_error());
        }
        if let Some(l) = list.downcast::<PyList>() {
            let mut v = l.items.borrow_mut();
            // CPython's list_inplace_repeat resizes once, to the result.
            let (old, new) = (v.len(), v.len().saturating_mul(n));
            let want = crate::objects::list::grown_capacity(new, old, v.capacity());
            v.reserve_exact(want.saturating_sub(old));
            for _ in 1..n {
                v.extend(items.iter().cloned());
            }
        }
        Ok(list.clone())
    }

    /// `+`, `*` and `%` on sequences; `None` when not applicable.
    pub fn sequence_op(
        &mut self,
        a: &ObjRef,
        b: &ObjRef,
        op: BinaryOp,
    ) -> PyResult<Option<ObjRef>> {
        let exact = |t: &ObjRef| t.flags() & heap::flags::SUBCLASS == 0;
        match op {
            BinaryOp::Add => match (a.kind(), b.kind()) {
                (Kind::Str, Kind::Str) => {
                    let (x, y) = (a.as_str().unwrap_or(""), b.as_str().unwrap_or(""));
                    // An empty operand gives the other str (itself when it
                    // is exactly a str), as PyUnicode_Concat does.
                    if x.is_empty() && exact(b) {
                        return Ok(Some(b.clone()));
                    }
                    if y.is_empty() && exact(a) {
                        return Ok(Some(a.clone()));
                    }
                    let mut s = String::with_capacity(x.len() + y.len());
                    s.push_str(x);
                    s.push_str(y);
                    return Ok(Some(self.new_str(&s)));
                }
                (Kind::List, Kind::List) => {
                    let (x, y) = (self.sequence_items(a)?, self.sequence_items(b)?);
                    // CPython's list_concat allocates exactly the result.
                    let mut all = Vec::with_capacity(x.len() + y.len());
                    all.extend(x);
                    all.extend(y);
                    return Ok(Some(self.new_list(all)));
                }
                (Kind::Tuple, Kind::Tuple) => {
                    // An empty operand gives the other tuple itself (when it
                    // is exactly a tuple), as CPython's tuple concat does.
                    if self.len(b)? == 0 && exact(a) {
                        return Ok(Some(a.clone()));
                    }
                    if self.len(a)? == 0 && exact(b) {
                        return Ok(Some(b.clone()));
                    }
                    let mut x = self.sequence_items(a)?;
                    x.extend(self.sequence_items(b)?);
                    return Ok(Some(self.new_tuple(x)));
                }
                (Kind::Bytes, Kind::Bytes) => {
                    if self.len(b)? == 0 && exact(a) {
                        return Ok(Some(a.clone()));
                    }
                    if self.len(a)? == 0 && exact(b) {
                        return Ok(Some(b.clone()));
                    }
                    let mut x = a.var_items::<PyBytes>().unwrap_or(&[]).to_vec();
                    x.extend_from_slice(b.var_items::<PyBytes>().unwrap_or(&[]));
                    return Ok(Some(self.new_bytes(&x)));
                }
                (Kind::Str | Kind::List | Kind::Tuple, _) => {
                    // The base type's name, as CPython's sq_concat slots say it.
                    let tn = match a.kind() {
                        Kind::Str => "str",
                        Kind::List => "list",
                        _ => "tuple",
                    };
                    return Err(self.type_error(format!(
                        "can only concatenate {} (not \"{}\") to {}",
                        tn,
                        self.type_name(b),
                        tn
                    )));
                }
                (Kind::Bytes, _) => {
                    return Err(self.type_error(format!(
                        "can't concat {} to {}",
                        self.type_name(b),
                        self.type_name(a)
                    )));
                }
                _ => {}
            },
            BinaryOp::Multiply => {
                let (seq, n) = if is_sequence(a) {
                    (a, b)
                } else if is_sequence(b) {
                    (b, a)
                } else {
                    return Ok(None);
                };
                let original = n;
                let n = &self.number_index(n)?.unwrap_or_else(|| n.clone());
                let count = match as_num(n) {
                    Some(Num::Int(i)) => i.max(0) as usize,
                    Some(Num::Big(_)) => {
                        return Err(self.overflow_error(format!(
                            "cannot fit '{}' into an index-sized integer",
                            self.type_name(original)
                        )));
                    }
                    _ => {
                        return Err(self.type_error(format!(
                            "can't multiply sequence by non-int of type '{}'",
                            self.type_name(n)
                        )));
                    }
                };
                return self.repeat(seq, count).map(Some);
            }
            BinaryOp::Remainder if a.kind() == Kind::Str => {
                let r = self.str_percent(a, b)?;
                return Ok(Some(r));
            }
            BinaryOp::Remainder if a.kind() == Kind::Bytes => {
                let r = self.bytes_percent(a, b)?;
                return Ok(Some(r));
            }
            _ => {}
        }
        Ok(None)
    }

    fn repeat(&mut self, seq: &ObjRef, count: usize) -> PyResult {
        // `s * 1` is `s` itself for an exact str, bytes or tuple.
        if count == 1
            && seq.flags() & heap::flags::SUBCLASS == 0
            && matches!(seq.kind(), Kind::Str | Kind::Bytes | Kind::Tuple)
        {
            return Ok(seq.clone());
        }
        let unit = match seq.kind() {
            Kind::Str => seq.as_str().map(|s| s.len()).unwrap_or(0),
            Kind::Bytes => seq.var_items::<PyBytes>().map(|b| b.len()).unwrap_or(0),
            _ => self.len(seq)? * 8,
        };
        if unit != 0 && (count > isize::MAX as usize / unit || !heap::try_reserve(unit * count)) {
            return Err(self.memory_error());
        }
        Ok(match seq.kind() {
            Kind::Str => {
                let s = seq
                    .as_str()
                    .unwrap_or("")
                    .repeat(if unit == 0 { 0 } else { count });
                self.new_str(&s)
            }
            Kind::Bytes => {
                let b = seq
                    .var_items::<PyBytes>()
                    .unwrap_or(&[])
                    .repeat(if unit == 0 { 0 } else { count });
                self.new_bytes(&b)
            }
            Kind::List => {
                let items = self.sequence_items(seq)?;
                let mut out = Vec::with_capacity(items.len() * count.min(1 << 40));
                for _ in 0..if items.is_empty() { 0 } else { count } {
                    out.extend(items.iter().cloned());
                }
                self.new_list(out)
            }
            _ => {
                let items = self.sequence_items(seq)?;
                let mut out = Vec::with_capacity(items.len() * count.min(1 << 40));
                for _ in 0..if items.is_empty() { 0 } else { count } {
                    out.extend(items.iter().cloned());
                }
                self.new_tuple(out)
            }
        })
    }

    /// `s[key]` for a str.
    pub fn str_getitem(&mut self, s: &ObjRef, key: &ObjRef) -> PyResult {
        let text = s.as_str().unwrap_or("");
        let char_len = s.downcast::<PyStr>().map(|p| p.char_len).unwrap_or(0);
        let ascii = char_len == text.len();
        if key.kind() == Kind::Slice {
            let text = text.to_string();
            let si = self.slice_indices(key, char_len)?;
            // The whole of an exact str is the str itself.
            if si.step == 1 && si.len == char_len && s.flags() & heap::flags::SUBCLASS == 0 {
                return Ok(s.clone());
            }
            if ascii {
                let b = text.as_bytes();
                if si.step == 1 {
                    let start = si.start.max(0) as usize;
                    return Ok(self.new_str(&text[start..start + si.len]));
                }
                let out: String = si.indices().map(|i| b[i] as char).collect();
                return Ok(self.new_str(&out));
            }
            let chars: Vec<char> = text.chars().collect();
            let out: String = si.indices().map(|i| chars[i]).collect();
            return Ok(self.new_str(&out));
        }
        let i = match self.index_value(key)? {
            Some(i) => i,
            None => {
                return Err(self.type_error(format!(
                    "string indices must be integers, not '{}'",
                    self.type_name(key)
                )));
            }
        };
        let j = if i < 0 {
            i.saturating_add(char_len as i64)
        } else {
            i
        };
        if j < 0 || j >= char_len as i64 {
            return Err(self.index_error("string index out of range"));
        }
        let j = j as usize;
        if ascii {
            let c = text.as_bytes()[j];
            return Ok(self.latin1_chars[c as usize].clone());
        }
        let c = text.chars().nth(j).unwrap_or('\0');
        let mut buf = [0u8; 4];
        Ok(self.new_str(c.encode_utf8(&mut buf)))
    }

    /// An empty set (or frozenset).
    pub fn new_set(&self, frozen: bool) -> ObjRef {
        heap::alloc_object(
            if frozen {
                &self.types.frozenset
            } else {
                &self.types.set
            },
            PySet {
                table: RefCell::new(DictTable::new_set()),
            },
        )
    }

    /// `ascii(obj)`.
    pub fn ascii(&mut self, obj: &ObjRef) -> PyResult {
        let r = self.repr_string(obj)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let v = c as u32;
            if v < 0x80 {
                out.push(c);
            } else if v < 0x100 {
                out.push_str(&format!("\\x{v:02x}"));
            } else if v < 0x10000 {
                out.push_str(&format!("\\u{v:04x}"));
            } else {
                out.push_str(&format!("\\U{v:08x}"));
            }
        }
        Ok(self.new_str(&out))
    }

    /// Writes text to standard output (buffered).
    pub fn write_stdout(&mut self, s: &str) {
        let _ = self.stdout.write_all(s.as_bytes());
    }

    /// The tuple inside a tuple object, as a slice.
    pub fn tuple_items<'a>(&self, t: &'a ObjRef) -> &'a [ObjRef] {
        t.var_items::<PyTuple>().unwrap_or(&[])
    }
}

fn is_sequence(o: &ObjRef) -> bool {
    matches!(o.kind(), Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes)
}
