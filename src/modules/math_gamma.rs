//! `math.gamma`, `math.lgamma`, `math.erf` and `math.erfc`. Gamma and its
//! log follow CPython 3.11's own method (a Lanczos approximation with
//! g = 6.02468..., the reflection formula for negative arguments, exact
//! factorials for small integers), so the printed digits agree; the error
//! functions are the C library's, as CPython's are.

use super::args::{one, to_f64};
use crate::builtins::Args;
use crate::objects::PyResult;
use crate::vm::Vm;

/// How a computation failed, as CPython's `errno` reports it.
enum Fail {
    /// EDOM: "math domain error" (ValueError).
    Domain,
    /// ERANGE: "math range error" (OverflowError).
    Range,
}

/// The Lanczos g parameter (exactly representable).
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024680040776729583740234375;
/// g - 0.5, exactly.
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
/// Numerator coefficients of the Lanczos rational function.
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// Denominator coefficients: x(x+1)...(x+11) expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// Integers up to this have their gamma taken from an exact factorial.
const NGAMMA_INTEGRAL: f64 = 23.0;

/// The Lanczos sum, evaluated forwards or backwards by size of `x` to keep
/// the intermediate values small.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for (n, d) in LANCZOS_NUM.iter().zip(&LANCZOS_DEN).rev() {
            num = num * x + n;
            den = den * x + d;
        }
    } else {
        for (n, d) in LANCZOS_NUM.iter().zip(&LANCZOS_DEN) {
            num = num / x + n;
            den = den / x + d;
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i64 {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

fn tgamma(x: f64) -> Result<f64, Fail> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(Fail::Domain);
    }
    if x == 0.0 {
        return Err(Fail::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(Fail::Domain);
        }
        if x <= NGAMMA_INTEGRAL {
            return Ok((1..x as i64).fold(1.0, |acc, k| acc * k as f64));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(Fail::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(Fail::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error in y, to correct for below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(Fail::Range);
    }
    Ok(r)
}

fn lgamma(x: f64) -> Result<f64, Fail> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(Fail::Domain);
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = std::f64::consts::PI.ln() - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(Fail::Range);
    }
    Ok(r)
}

fn apply(vm: &mut Vm, name: &str, args: &Args, f: fn(f64) -> Result<f64, Fail>) -> PyResult {
    let a = one(vm, &format!("math.{name}"), args)?;
    let x = to_f64(vm, &a)?;
    match f(x) {
        Ok(r) => Ok(vm.new_float(r)),
        Err(Fail::Domain) => Err(vm.value_error("math domain error")),
        Err(Fail::Range) => Err(vm.overflow_error("math range error")),
    }
}

/// `math.gamma(x)`.
pub fn gamma(vm: &mut Vm, args: Args) -> PyResult {
    apply(vm, "gamma", &args, tgamma)
}

/// `math.lgamma(x)`: the log of |gamma(x)|.
pub fn lgamma_fn(vm: &mut Vm, args: Args) -> PyResult {
    apply(vm, "lgamma", &args, lgamma)
}

/// `math.erf(x)`.
pub fn erf(vm: &mut Vm, args: Args) -> PyResult {
    apply(vm, "erf", &args, |x| Ok(crate::heap::libm::c_erf(x)))
}

/// `math.erfc(x)`.
pub fn erfc(vm: &mut Vm, args: Args) -> PyResult {
    apply(vm, "erfc", &args, |x| Ok(crate::heap::libm::c_erfc(x)))
}
