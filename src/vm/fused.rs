//! The fused load-load-operator superinstructions the quickening pass
//! (`run::quicken`) makes of `LOAD_FAST`/`LOAD_CONST` pairs followed by
//! `BINARY_OP` or `COMPARE_OP`: their operands are read where they are (a
//! local slot, the constants), so the common machine-int case costs no
//! pushes, pops or reference-count traffic on the operands.

use crate::compiler::opcode::Op;
use crate::heap::ObjRef;

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
        Op::FastConstBinaryOp | Op::FastConstCompareOp => {
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
        Op::FastConstBinaryOp | Op::FastConstCompareOp => a,
        _ if locals.get(a).is_some_and(Option::is_none) => a,
        _ => b,
    }
}

/// `x <op> y` for machine ints and the BINARY_OP argument `arg`, when the
/// result is a machine int and no error is possible: `+ - *` without
/// overflow, `//` and `%` with Python's signs (a zero divisor and
/// `MIN // -1` are left to the general path), in-place forms alike.
#[inline(always)]
pub(super) fn int_binary(arg: u32, x: i64, y: i64) -> Option<i64> {
    match arg {
        0 | 13 => x.checked_add(y),
        10 | 23 => x.checked_sub(y),
        5 | 18 => x.checked_mul(y),
        2 | 15 if y != 0 && y != -1 => {
            let q = x / y;
            Some(if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        6 | 19 if y != 0 && y != -1 => {
            let r = x % y;
            Some(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        _ => None,
    }
}
