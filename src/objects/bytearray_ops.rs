//! The binary operators that involve a bytearray or a memoryview operand:
//! `+` with any bytes-like right operand (the result has the left operand's
//! type), `*` by an int, `%` formatting, and the in-place `+=` and `*=`
//! that change a bytearray itself.

use crate::compiler::opcode::BinaryOp;
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::bytearray::PyByteArray;
use crate::objects::bytes::bytes_like;
use crate::vm::Vm;
use crate::vm::ops::{Num, as_num};

impl Vm {
    /// `a op b` when a bytearray or memoryview takes part (bytes + bytes
    /// and the rest are `sequence_op`'s); `None` when not applicable.
    pub fn bytearray_binary_op(
        &mut self,
        a: &ObjRef,
        b: &ObjRef,
        op: BinaryOp,
        inplace: bool,
    ) -> PyResult<Option<ObjRef>> {
        let involved = |o: &ObjRef| matches!(o.kind(), Kind::ByteArray | Kind::MemoryView);
        if !involved(a) && !involved(b) {
            return Ok(None);
        }
        match op {
            BinaryOp::Add => self.bytes_concat(a, b, inplace),
            BinaryOp::Multiply => {
                let (seq, n) = match (a.kind(), b.kind()) {
                    (Kind::ByteArray, _) => (a, b),
                    (_, Kind::ByteArray) => (b, a),
                    _ => return Ok(None),
                };
                let count = match as_num(n) {
                    Some(Num::Int(i)) => i.max(0) as usize,
                    Some(Num::Big(_)) => {
                        return Err(self.overflow_error(format!(
                            "cannot fit '{}' into an index-sized integer",
                            self.type_name(n)
                        )));
                    }
                    _ => {
                        return Err(self.type_error(format!(
                            "can't multiply sequence by non-int of type '{}'",
                            self.type_name(n)
                        )));
                    }
                };
                let Some(ba) = seq.downcast::<PyByteArray>() else {
                    return Ok(None);
                };
                let data = ba.to_vec();
                let total = if data.is_empty() { 0 } else { count };
                if total != 0
                    && (total > isize::MAX as usize / data.len()
                        || !crate::heap::try_reserve(data.len() * total))
                {
                    return Err(self.memory_error());
                }
                let out = data.repeat(total);
                if inplace && seq.is(a) {
                    if out.len() != data.len() {
                        self.bytearray_check_resize(ba)?;
                        ba.note_resize(out.len());
                    }
                    *ba.data.borrow_mut() = out;
                    return Ok(Some(a.clone()));
                }
                Ok(Some(self.new_bytearray(out)))
            }
            BinaryOp::Remainder if a.kind() == Kind::ByteArray => {
                let r = self.bytes_percent(a, b)?;
                let data = bytes_like(&r).unwrap_or_default().into_owned();
                Ok(Some(self.new_bytearray(data)))
            }
            _ => Ok(None),
        }
    }

    /// `a + b` (or `a += b`) where one side is a bytearray or memoryview.
    fn bytes_concat(&mut self, a: &ObjRef, b: &ObjRef, inplace: bool) -> PyResult<Option<ObjRef>> {
        if !matches!(a.kind(), Kind::Bytes | Kind::ByteArray) {
            return Ok(None);
        }
        let Some(right) = bytes_like(b).map(|r| r.into_owned()) else {
            if b.kind() == Kind::MemoryView {
                return Err(self.released_error());
            }
            return Err(self.type_error(format!(
                "can't concat {} to {}",
                self.type_name(b),
                self.type_name(a)
            )));
        };
        if let Some(ba) = a.downcast::<PyByteArray>() {
            if inplace {
                self.bytearray_append_all(ba, &right)?;
                return Ok(Some(a.clone()));
            }
            let mut out = ba.to_vec();
            out.extend_from_slice(&right);
            return Ok(Some(self.new_bytearray(out)));
        }
        let mut out = bytes_like(a).unwrap_or_default().into_owned();
        out.extend_from_slice(&right);
        Ok(Some(self.new_bytes(&out)))
    }
}
