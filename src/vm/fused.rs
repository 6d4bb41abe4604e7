//! The fused superinstructions the quickening pass (`run::quicken`) makes
//! of loads feeding an operator: `LOAD_FAST`/`LOAD_CONST` pairs followed by
//! `BINARY_OP`, `COMPARE_OP` or `BINARY_SUBSCR`, and a `LOAD_CONST` feeding
//! an operator whose left operand is already on the stack. Their operands
//! are read where they are (a local slot, the constants, the stack top), so
//! the common case costs no pushes, pops or reference-count traffic on the
//! operands. Fast paths apply only to exact ints, floats and lists (never a
//! subclass, whose dunders may be overridden); anything else falls back to
//! the original instructions, which the pass leaves in place behind the
//! fused one.

use super::Vm;
use crate::compiler::opcode::{CompareOp, Instr, Op};
use crate::heap::ObjRef;
use crate::objects::float::PyFloat;
use crate::objects::int::PyInt;
use crate::objects::list::PyList;
use crate::objects::types::BuiltinTypes;

/// The result of an operator's fast path.
pub(super) enum Num {
    /// A machine int.
    Int(i64),
    /// A float.
    Float(f64),
}

/// `x <op> y` (BINARY_OP argument `arg`) when both operands are exactly
/// int or float (never a subclass, whose methods may be overridden) and
/// the result needs no error check: machine ints as in `int_binary`, with
/// `**` to a non-negative power and `/` of ints a float holds exactly; a
/// float with an int or float for `+ - * /` and `**` of a positive base
/// (zero divisors and overflows are left to the general path, which
/// raises).
#[inline(always)]
pub(super) fn numeric_binary(
    types: &BuiltinTypes,
    arg: u32,
    x: &ObjRef,
    y: &ObjRef,
) -> Option<Num> {
    let (xi, yi) = (x.is_type(&types.int), y.is_type(&types.int));
    if xi && yi {
        let (x, y) = (x.downcast::<PyInt>()?.value, y.downcast::<PyInt>()?.value);
        return int_binary(arg, x, y);
    }
    let fx = if xi {
        x.downcast::<PyInt>()?.value as f64
    } else if x.is_type(&types.float) {
        exact_float(x)
    } else {
        return None;
    };
    let fy = if yi {
        y.downcast::<PyInt>()?.value as f64
    } else if y.is_type(&types.float) {
        exact_float(y)
    } else {
        return None;
    };
    let r = match arg {
        0 | 13 => fx + fy,
        10 | 23 => fx - fy,
        5 | 18 => fx * fy,
        11 | 24 if fy != 0.0 => fx / fy,
        // A positive finite base and a finite exponent: C's pow, as
        // CPython's float_pow, unless the result overflows (OverflowError
        // is the general path's).
        8 | 21 if fx > 0.0 && fx.is_finite() && fy.is_finite() => {
            let r = fx.powf(fy);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(Num::Float(r))
}

/// Whether `x <cmp> y` holds (COMPARE_OP argument `cmp`) when both are
/// exactly machine ints.
#[inline(always)]
pub(super) fn int_compare(types: &BuiltinTypes, cmp: u32, x: &ObjRef, y: &ObjRef) -> Option<bool> {
    if !x.is_type(&types.int) || !y.is_type(&types.int) {
        return None;
    }
    let (x, y) = (x.downcast::<PyInt>()?, y.downcast::<PyInt>()?);
    let op = CompareOp::decode(cmp)?;
    Some(crate::vm::ops::cmp_holds(x.value.cmp(&y.value), op))
}

/// The value of an object whose type the caller checked is exactly `float`.
#[inline(always)]
#[allow(unsafe_code)]
fn exact_float(x: &ObjRef) -> f64 {
    // SAFETY: an object of type exactly `float` is of kind Float.
    unsafe { x.payload_unchecked::<PyFloat>().value }
}

/// `container[key]` when the container is exactly a list and the key
/// exactly an int within its bounds (negative indices count from the end).
#[inline(always)]
pub(super) fn list_item(types: &BuiltinTypes, container: &ObjRef, key: &ObjRef) -> Option<ObjRef> {
    if !container.is_type(&types.list) || !key.is_type(&types.int) {
        return None;
    }
    let (list, i) = (
        container.downcast::<PyList>()?,
        key.downcast::<PyInt>()?.value,
    );
    let items = list.items.borrow();
    let idx = if i < 0 { i + items.len() as i64 } else { i };
    if idx < 0 {
        return None;
    }
    items.get(idx as usize).cloned()
}

/// The two operands of a fused instruction with argument `a | (b << 16)`,
/// borrowed from the frame's local slots and the code's constants; `None`
/// for a local that is unbound.
#[inline(always)]
pub(super) fn operands<'a>(
    op: Op,
    arg: usize,
    locals: &'a [Option<ObjRef>],
    consts: &'a [ObjRef],
) -> (Option<&'a ObjRef>, Option<&'a ObjRef>) {
    let (a, b) = (arg & 0xffff, arg >> 16);
    match op {
        Op::FastConstBinaryOp | Op::FastConstCompareOp | Op::FastConstSubscr => {
            (locals.get(a).and_then(Option::as_ref), consts.get(b))
        }
        Op::ConstFastBinaryOp => (consts.get(a), locals.get(b).and_then(Option::as_ref)),
        _ => (
            locals.get(a).and_then(Option::as_ref),
            locals.get(b).and_then(Option::as_ref),
        ),
    }
}

/// The local slot of a fused instruction's operand that is unbound (the
/// first one when both are).
pub(super) fn unbound_slot(op: Op, arg: usize, locals: &[Option<ObjRef>]) -> usize {
    let (a, b) = (arg & 0xffff, arg >> 16);
    match op {
        Op::ConstFastBinaryOp => b,
        Op::FastConstBinaryOp | Op::FastConstCompareOp | Op::FastConstSubscr => a,
        _ if locals.get(a).is_some_and(Option::is_none) => a,
        _ => b,
    }
}

/// `x <op> y` for machine ints and the BINARY_OP argument `arg`, when no
/// error is possible: `+ - *` without overflow, `//` and `%` with Python's
/// signs (a zero divisor and `MIN // -1` are left to the general path),
/// `**` to a non-negative power without overflow, and `/` of ints a float
/// holds exactly (one correctly rounded float division, as CPython's
/// `long_true_divide`); in-place forms alike. One match, so the common
/// operators cost one jump.
#[inline(always)]
pub(super) fn int_binary(arg: u32, x: i64, y: i64) -> Option<Num> {
    const EXACT: i64 = 1 << 53;
    match arg {
        0 | 13 => x.checked_add(y).map(Num::Int),
        10 | 23 => x.checked_sub(y).map(Num::Int),
        5 | 18 => x.checked_mul(y).map(Num::Int),
        2 | 15 if y != 0 && y != -1 => {
            let q = x / y;
            Some(Num::Int(if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }))
        }
        6 | 19 if y != 0 && y != -1 => {
            let r = x % y;
            Some(Num::Int(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }))
        }
        11 | 24 if y != 0 && x.abs() <= EXACT && y.abs() <= EXACT => {
            Some(Num::Float(x as f64 / y as f64))
        }
        8 | 21 if (0..=u32::MAX as i64).contains(&y) => x.checked_pow(y as u32).map(Num::Int),
        _ => None,
    }
}

impl Vm {
    /// The object for a fast path's result.
    #[inline(always)]
    pub(super) fn num_object(&self, r: Num) -> ObjRef {
        match r {
            Num::Int(i) => self.new_int(i),
            Num::Float(f) => self.new_float(f),
        }
    }

    /// The outcome `holds` of a fused comparison whose next instruction is
    /// at `ip`: a conditional jump there is taken at once (no bool object);
    /// otherwise the bool is pushed. Returns the next instruction's index.
    #[inline(always)]
    pub(super) fn compare_result(&mut self, instrs: &[Instr], ip: usize, holds: bool) -> usize {
        match instrs.get(ip) {
            Some(next) if next.op == Op::PopJumpIfFalse => {
                if holds {
                    ip + 1
                } else {
                    next.arg as usize
                }
            }
            Some(next) if next.op == Op::PopJumpIfTrue => {
                if holds {
                    next.arg as usize
                } else {
                    ip + 1
                }
            }
            _ => {
                let v = self.new_bool(holds);
                self.stack.push(Some(v));
                ip
            }
        }
    }
}
