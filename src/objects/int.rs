//! int objects: a machine-word payload for values that fit in an i64 (the
//! fast path) and a bignum payload for the rest. Both have type `int`
//! (or `bool` for True/False). A value is always stored in the smallest
//! form: a BigInt payload never holds a value that fits in i64.

use num_bigint::BigInt;

/// An int that fits in a machine word.
pub struct PyInt {
    /// The value.
    pub value: i64,
}

/// An int too large for a machine word.
pub struct PyBigInt {
    /// The value (never within i64 range).
    pub value: BigInt,
}

/// `a / b` for ints, correctly rounded to the nearest float (ties to
/// even), as CPython's long_true_divide. `None` on overflow. `b` is not 0.
pub fn true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    use num_bigint::Sign;
    use num_traits::{ToPrimitive, Zero};
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (a, b) = (a.magnitude(), b.magnitude());
    if a.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient has 55 or 56 significant bits.
    let shift: i64 = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as u64, b.clone())
    } else {
        (a.clone(), b << (-shift) as u64)
    };
    let q = &num / &den;
    let sticky = !(&num % &den).is_zero();
    let mut q = q.to_u64()?;
    let mut exp = -shift;
    // Reduce to 53 bits with round-half-even, folding in the sticky bit.
    let bits = 64 - q.leading_zeros() as i64;
    let extra = bits - 53;
    if extra > 0 {
        let rem = q & ((1u64 << extra) - 1);
        let half = 1u64 << (extra - 1);
        q >>= extra;
        exp += extra;
        if rem > half || (rem == half && (sticky || q & 1 == 1)) {
            q += 1;
        }
    }
    let mut r = q as f64;
    // Multiply by 2**exp in steps that cannot overflow intermediate values.
    let mut e = exp;
    while e > 0 {
        let step = e.min(1000);
        r *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        r /= 2f64.powi(step as i32);
        e += step;
    }
    if r.is_infinite() {
        return None;
    }
    Some(if negative { -r } else { r })
}
