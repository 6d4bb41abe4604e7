//! Python arithmetic on compile-time constants, for constant folding. Every
//! function returns `None` where CPython's optimizer would not fold: the
//! operation raises, the operand types do not support it, or the result
//! would exceed the optimizer's size limits.

use super::code::ConstValue;
use crate::parser::ast::{Operator, UnaryOp};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: i64 = 256;
const MAX_STR_SIZE: i64 = 4096;
const MAX_TOTAL_ITEMS: i64 = 1024;

/// Largest magnitude for which int → float conversion is exact.
const EXACT_FLOAT_INT: i64 = 1 << 53;

/// An int (bools included) as a BigInt.
fn as_int(c: &ConstValue) -> Option<BigInt> {
    match c {
        ConstValue::Int(i) => Some(i.clone()),
        ConstValue::Bool(b) => Some(BigInt::from(*b as u8)),
        _ => None,
    }
}

/// A number as a float (ints only when the conversion is exact).
fn as_float(c: &ConstValue) -> Option<f64> {
    match c {
        ConstValue::Float(f) => Some(*f),
        _ => {
            let i = as_int(c)?;
            let small = i.to_i64()?;
            if small.abs() <= EXACT_FLOAT_INT {
                Some(small as f64)
            } else {
                None
            }
        }
    }
}

fn is_float(c: &ConstValue) -> bool {
    matches!(c, ConstValue::Float(_))
}

fn num_bits(i: &BigInt) -> u64 {
    i.bits()
}

fn finite(f: f64) -> Option<ConstValue> {
    if f.is_finite() {
        Some(ConstValue::Float(f))
    } else {
        None
    }
}

/// Folds `l op r`.
pub(crate) fn binary(op: Operator, l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    use ConstValue as C;
    match op {
        Operator::Add => match (l, r) {
            (C::Str(a), C::Str(b)) => Some(C::Str(format!("{a}{b}"))),
            (C::Bytes(a), C::Bytes(b)) => Some(C::Bytes([a.as_slice(), b].concat())),
            (C::Tuple(a), C::Tuple(b)) => Some(C::Tuple([a.as_slice(), b].concat())),
            _ => arith(l, r, |a, b| Some(a + b), |a, b| Some(a + b)),
        },
        Operator::Sub => arith(l, r, |a, b| Some(a - b), |a, b| Some(a - b)),
        Operator::Mult => multiply(l, r),
        Operator::Div => {
            let (a, b) = (as_float(l)?, as_float(r)?);
            if b == 0.0 {
                return None;
            }
            Some(C::Float(a / b))
        }
        Operator::FloorDiv => arith(
            l,
            r,
            |a, b| {
                if b.is_zero() {
                    None
                } else {
                    Some(a.div_floor(b))
                }
            },
            |a, b| float_divmod(a, b).map(|(d, _)| d),
        ),
        Operator::Mod => {
            if matches!(l, C::Str(_) | C::Bytes(_)) {
                return None;
            }
            arith(
                l,
                r,
                |a, b| {
                    if b.is_zero() {
                        None
                    } else {
                        Some(a.mod_floor(b))
                    }
                },
                |a, b| float_divmod(a, b).map(|(_, m)| m),
            )
        }
        Operator::Pow => power(l, r),
        Operator::LShift => {
            let (a, b) = (as_int(l)?, as_int(r)?);
            if b.is_negative() {
                return None;
            }
            if a.is_zero() || b.is_zero() {
                return Some(C::Int(a));
            }
            let w = b.to_u64()?;
            if w > MAX_INT_SIZE || num_bits(&a) > MAX_INT_SIZE - w {
                return None;
            }
            Some(C::Int(a << w as usize))
        }
        Operator::RShift => {
            let (a, b) = (as_int(l)?, as_int(r)?);
            if b.is_negative() {
                return None;
            }
            let w = b.to_u64().unwrap_or(u64::MAX);
            if w >= num_bits(&a) {
                return Some(C::Int(if a.is_negative() {
                    -BigInt::one()
                } else {
                    BigInt::zero()
                }));
            }
            let w = w as usize;
            let res = if a.is_negative() {
                -((-a - 1u8) >> w) - 1u8
            } else {
                a >> w
            };
            Some(C::Int(res))
        }
        Operator::BitOr | Operator::BitXor | Operator::BitAnd => {
            if let (C::Bool(a), C::Bool(b)) = (l, r) {
                return Some(C::Bool(match op {
                    Operator::BitOr => a | b,
                    Operator::BitXor => a ^ b,
                    _ => a & b,
                }));
            }
            let (a, b) = (as_int(l)?, as_int(r)?);
            Some(C::Int(match op {
                Operator::BitOr => a | b,
                Operator::BitXor => a ^ b,
                _ => a & b,
            }))
        }
        Operator::MatMult => None,
    }
}

fn arith(
    l: &ConstValue,
    r: &ConstValue,
    int_op: impl Fn(&BigInt, &BigInt) -> Option<BigInt>,
    float_op: impl Fn(f64, f64) -> Option<f64>,
) -> Option<ConstValue> {
    if is_float(l) || is_float(r) {
        // Float + - * / overflow to inf without raising, as in Python.
        let (a, b) = (as_float(l)?, as_float(r)?);
        return Some(ConstValue::Float(float_op(a, b)?));
    }
    let (a, b) = (as_int(l)?, as_int(r)?);
    int_op(&a, &b).map(ConstValue::Int)
}

/// CPython's `_float_div_mod`: floor quotient and modulo with Python signs.
fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    Some((floordiv, m))
}

fn check_complexity(items: &[ConstValue], mut limit: i64) -> i64 {
    limit -= items.len() as i64;
    for it in items {
        if limit < 0 {
            break;
        }
        if let ConstValue::Tuple(t) = it {
            limit = check_complexity(t, limit);
        }
    }
    limit
}

fn multiply(l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    use ConstValue as C;
    let int_l = as_int(l);
    match (int_l, r) {
        (Some(n), C::Tuple(t)) => {
            let size = t.len() as i64;
            if size == 0 {
                return Some(C::Tuple(Vec::new()));
            }
            let n = n.to_i64()?;
            if n < 0 || n > MAX_COLLECTION_SIZE / size {
                return None;
            }
            if n != 0 && check_complexity(t, MAX_TOTAL_ITEMS / n) < 0 {
                return None;
            }
            let mut out = Vec::with_capacity((n * size) as usize);
            for _ in 0..n {
                out.extend(t.iter().cloned());
            }
            Some(C::Tuple(out))
        }
        (Some(n), C::Str(s)) => {
            let size = s.chars().count() as i64;
            if size == 0 {
                return Some(C::Str(String::new()));
            }
            let n = n.to_i64()?;
            if n < 0 || n > MAX_STR_SIZE / size {
                return None;
            }
            Some(C::Str(s.repeat(n as usize)))
        }
        (Some(n), C::Bytes(b)) => {
            let size = b.len() as i64;
            if size == 0 {
                return Some(C::Bytes(Vec::new()));
            }
            let n = n.to_i64()?;
            if n < 0 || n > MAX_STR_SIZE / size {
                return None;
            }
            Some(C::Bytes(b.repeat(n as usize)))
        }
        _ => {
            if as_int(r).is_some() && matches!(l, C::Tuple(_) | C::Str(_) | C::Bytes(_)) {
                return multiply(r, l);
            }
            if let (Some(a), Some(b)) = (as_int(l), as_int(r))
                && !a.is_zero()
                && !b.is_zero()
                && num_bits(&a) + num_bits(&b) > MAX_INT_SIZE
            {
                return None;
            }
            arith(l, r, |a, b| Some(a * b), |a, b| Some(a * b))
        }
    }
}

fn float_pow(a: f64, b: f64) -> Option<ConstValue> {
    if !a.is_finite() || !b.is_finite() {
        return None;
    }
    if b == 0.0 {
        return Some(ConstValue::Float(1.0));
    }
    if a == 0.0 {
        if b < 0.0 {
            return None;
        }
    } else if a < 0.0 && b.floor() != b {
        return None;
    }
    finite(a.powf(b))
}

fn power(l: &ConstValue, r: &ConstValue) -> Option<ConstValue> {
    if is_float(l) || is_float(r) {
        return float_pow(as_float(l)?, as_float(r)?);
    }
    let (a, b) = (as_int(l)?, as_int(r)?);
    if b.is_negative() {
        return float_pow(as_float(l)?, as_float(r)?);
    }
    if !a.is_zero() && !b.is_zero() {
        let w = b.to_u64()?;
        if num_bits(&a) > MAX_INT_SIZE / w {
            return None;
        }
    }
    let e = b.to_u32()?;
    Some(ConstValue::Int(num_traits::pow(a, e as usize)))
}

/// Folds `op v` for `-`, `+` and `~` (`not` is handled by the caller).
pub(crate) fn unary(op: UnaryOp, v: &ConstValue) -> Option<ConstValue> {
    use ConstValue as C;
    match (op, v) {
        (UnaryOp::USub, C::Float(f)) => Some(C::Float(-f)),
        (UnaryOp::UAdd, C::Float(f)) => Some(C::Float(*f)),
        (UnaryOp::USub, _) => Some(C::Int(-as_int(v)?)),
        (UnaryOp::UAdd, _) => Some(C::Int(as_int(v)?)),
        (UnaryOp::Invert, _) => Some(C::Int(-as_int(v)? - 1u8)),
        (UnaryOp::Not, _) => None,
    }
}

/// Folds `v[i]` for str, bytes and tuple constants with an int index.
pub(crate) fn subscript(v: &ConstValue, i: &ConstValue) -> Option<ConstValue> {
    let idx = as_int(i)?;
    let pick = |len: usize| -> Option<usize> {
        let len_big = BigInt::from(len);
        let k = if idx.sign() == Sign::Minus {
            &idx + &len_big
        } else {
            idx.clone()
        };
        if k.is_negative() || k >= len_big {
            None
        } else {
            k.to_usize()
        }
    };
    match v {
        ConstValue::Str(s) => {
            let n = s.chars().count();
            let k = pick(n)?;
            s.chars().nth(k).map(|c| ConstValue::Str(c.to_string()))
        }
        ConstValue::Bytes(b) => {
            let k = pick(b.len())?;
            Some(ConstValue::Int(BigInt::from(b[k])))
        }
        ConstValue::Tuple(t) => {
            let k = pick(t.len())?;
            Some(t[k].clone())
        }
        _ => None,
    }
}
