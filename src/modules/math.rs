//! The `math` module, after CPython 3.11's `mathmodule.c`: float functions
//! with its domain/range error rules (`math_1`), integer functions over
//! arbitrary-size ints (`gcd`, `isqrt`, `comb`, `factorial` ...), logs of ints
//! too big for a float, and exact `fsum`.

use super::args::{add_functions, bind, one, set_attr, to_bigint, to_f64};
use crate::builtins::numeric::float_to_int;
use crate::builtins::{Args, arity};
use crate::compiler::opcode::BinaryOp;
use crate::heap::{Kind, ObjRef};
use crate::objects::{PyErr, PyResult};
use crate::vm::Vm;
use crate::vm::ops::{Num, as_num};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Builds the `math` module.
pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("math");
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let f = vm.new_float(v);
        set_attr(vm, &m, n, f);
    }
    add_functions(
        vm,
        &m,
        "math",
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("log1p", log1p),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("cbrt", cbrt),
            ("fabs", fabs),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("pow", pow),
            ("atan2", atan2),
            ("hypot", hypot),
            ("dist", dist),
            ("degrees", degrees),
            ("radians", radians),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isclose", isclose),
            ("copysign", copysign),
            ("fmod", fmod),
            ("remainder", remainder),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("nextafter", nextafter),
            ("ulp", ulp),
            ("fsum", fsum),
            ("prod", prod),
            ("factorial", factorial),
            ("gcd", gcd),
            ("lcm", lcm),
            ("isqrt", isqrt),
            ("comb", comb),
            ("perm", perm),
            ("gamma", super::math_gamma::gamma),
            ("lgamma", super::math_gamma::lgamma_fn),
            ("erf", super::math_gamma::erf),
            ("erfc", super::math_gamma::erfc),
        ],
    );
    m
}

fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// CPython's `math_1`: applies `f`, turning a NaN from a non-NaN into a
/// domain error and an infinity from a finite input into a range error
/// (when the function `can_overflow`) or a domain error.
fn math1(vm: &mut Vm, name: &str, args: &Args, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let a = one(vm, &format!("math.{name}"), args)?;
    let x = to_f64(vm, &a)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(vm.new_float(r))
}

macro_rules! float_fns {
    ($( $name:ident => $f:expr, $overflow:expr; )*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult {
                math1(vm, stringify!($name), &args, $f, $overflow)
            }
        )*
    };
}

float_fns! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    log1p => |x: f64| if x == -1.0 { f64::NEG_INFINITY } else { f64::ln_1p(x) }, false;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => asinh_f64, false;
    acosh => acosh_f64, false;
    atanh => |x: f64| if x.abs() >= 1.0 { f64::NAN } else { x.atanh() }, false;
    cbrt => f64::cbrt, false;
    fabs => f64::abs, false;
}

/// Past 2**28 `sqrt(x*x + 1)` is `|x|` to double precision, and `x*x` could
/// overflow, so the inverse hyperbolics use `ln(2|x|)`; the cut is made on
/// the high 32 bits of the double, where the C library makes it.
const HUGE_FOR_HYPERBOLIC: f64 = (1u64 << 28) as f64;

fn high_word(x: f64) -> u64 {
    (x.abs().to_bits()) >> 32
}

fn asinh_f64(x: f64) -> f64 {
    if high_word(x) > 0x41b0_0000 && x.is_finite() {
        return (x.abs().ln() + std::f64::consts::LN_2).copysign(x);
    }
    x.asinh()
}

fn acosh_f64(x: f64) -> f64 {
    if x >= HUGE_FOR_HYPERBOLIC && x.is_finite() {
        return x.ln() + std::f64::consts::LN_2;
    }
    x.acosh()
}

/// `floor`/`ceil`: ints unchanged, `__floor__`/`__ceil__` honoured,
/// otherwise the float result as an int.
fn round_to_int(vm: &mut Vm, args: &Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult {
    let a = one(vm, &format!("math.{name}"), args)?;
    match as_num(&a) {
        Some(Num::Int(i)) => return Ok(vm.new_int(i)),
        Some(Num::Big(_)) => return Ok(a.clone()),
        Some(Num::Float(x)) => return float_to_int(vm, f(x)),
        None => {}
    }
    if a.kind() == Kind::Instance
        && let Some(r) = vm.call_dunder(&a, dunder, &[])?
    {
        return Ok(r);
    }
    let x = to_f64(vm, &a)?;
    float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult {
    round_to_int(vm, &args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult {
    round_to_int(vm, &args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, "math.trunc", &args)?;
    match as_num(&a) {
        Some(Num::Int(i)) => return Ok(vm.new_int(i)),
        Some(Num::Big(_)) => return Ok(a.clone()),
        Some(Num::Float(x)) => return float_to_int(vm, x.trunc()),
        None => {}
    }
    if a.kind() == Kind::Instance
        && let Some(r) = vm.call_dunder(&a, "__trunc__", &[])?
    {
        return Ok(r);
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __trunc__ method",
        vm.type_name(&a)
    )))
}

/// `_PyLong_Frexp`: `b == m * 2**e` with `0.5 <= m < 1`, `m` correctly rounded.
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let mag = b.magnitude();
    let bits = mag.bits() as i64;
    let (top, sticky) = if bits > 64 {
        let shift = (bits - 64) as u64;
        let top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
        let rest_nonzero = mag.trailing_zeros().is_some_and(|z| z < shift);
        (top, rest_nonzero)
    } else {
        (mag.to_u64().unwrap_or(0), false)
    };
    let top = if sticky { top | 1 } else { top };
    let used = bits.min(64);
    let mut m = top as f64 / 2f64.powi(used as i32);
    let mut e = bits;
    if m >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    (m, e)
}

/// CPython's `loghelper`: `func` of a positive number, ints of any size.
fn loghelper(vm: &mut Vm, a: &ObjRef, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = crate::vm::ops::as_bigint(a) {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        return Ok(match b.to_f64() {
            Some(x) if x.is_finite() => func(x),
            _ => {
                let (m, e) = big_frexp(&b);
                func(m) + func(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, a)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(func(x))
}

fn log(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.is_empty() || args.pos.len() > 2 || !args.kw.is_empty() {
        if !args.kw.is_empty() {
            return Err(vm.type_error("log() takes no keyword arguments"));
        }
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &args.pos[0], f64::ln)?;
    if args.pos.len() == 1 {
        return Ok(vm.new_float(num));
    }
    let den = loghelper(vm, &args.pos[1], f64::ln)?;
    if den == 0.0 {
        return Err(vm.new_error(
            &vm.exc.zero_division_error.clone(),
            "float division by zero",
        ));
    }
    Ok(vm.new_float(num / den))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, "math.log2", &args)?;
    let r = loghelper(vm, &a, f64::log2)?;
    Ok(vm.new_float(r))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, "math.log10", &args)?;
    let r = loghelper(vm, &a, f64::log10)?;
    Ok(vm.new_float(r))
}

/// Two float arguments, positional only: "name expected 2 arguments, got N".
fn two_floats(vm: &mut Vm, name: &str, args: &Args) -> PyResult<(f64, f64)> {
    crate::builtins::no_kwargs(vm, name, args)?;
    arity(vm, name, args, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    Ok((x, y))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, "pow", &args)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else {
            x.powf(y)
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() || (x == 0.0 && y < 0.0) {
            return Err(domain(vm));
        }
        if r.is_infinite() {
            return Err(range(vm));
        }
        r
    };
    Ok(vm.new_float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult {
    let (y, x) = two_floats(vm, "atan2", &args)?;
    Ok(vm.new_float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, "copysign", &args)?;
    Ok(vm.new_float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, "fmod", &args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(vm.new_float(r))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, "remainder", &args)?;
    if x.is_nan() || y.is_nan() {
        return Ok(vm.new_float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(vm.new_float(x));
    }
    // IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to even.
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: pick the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(vm.new_float(1.0f64.copysign(x) * r))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two_floats(vm, "nextafter", &args)?;
    Ok(vm.new_float(next_after(x, y)))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, "math.ulp", &args)?;
    let x = to_f64(vm, &a)?.abs();
    let r = if x.is_nan() || x.is_infinite() {
        x
    } else {
        let next = next_after(x, f64::INFINITY);
        if next.is_infinite() {
            x - next_after(x, -f64::INFINITY)
        } else {
            next - x
        }
    };
    Ok(vm.new_float(r))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::no_kwargs(vm, "hypot", &args)?;
    let mut xs = Vec::with_capacity(args.pos.len());
    for a in args.pos.iter() {
        xs.push(to_f64(vm, a)?.abs());
    }
    Ok(vm.new_float(vector_norm(&xs)))
}

/// The Euclidean norm, with infinities winning over NaNs as in CPython.
fn vector_norm(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().cloned().fold(0.0, f64::max);
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    // Scale by the largest component to avoid overflow, then sum exactly.
    let scaled: Vec<f64> = xs.iter().map(|x| (x / max) * (x / max)).collect();
    max * exact_sum(&scaled).unwrap_or(f64::NAN).sqrt()
}

fn dist(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::no_kwargs(vm, "dist", &args)?;
    arity(vm, "dist", &args, 2, 2)?;
    let p = vm.collect_iterable(&args.pos[0])?;
    let q = vm.collect_iterable(&args.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut xs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        let a = to_f64(vm, a)?;
        let b = to_f64(vm, b)?;
        xs.push((a - b).abs());
    }
    Ok(vm.new_float(vector_norm(&xs)))
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, "math.degrees", &args)?;
    let x = to_f64(vm, &a)?;
    Ok(vm.new_float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, "math.radians", &args)?;
    let x = to_f64(vm, &a)?;
    Ok(vm.new_float(x * (std::f64::consts::PI / 180.0)))
}

fn float_pred(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> bool) -> PyResult {
    let a = one(vm, &format!("math.{name}"), args)?;
    let x = to_f64(vm, &a)?;
    Ok(vm.new_bool(f(x)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult {
    float_pred(vm, &args, "isfinite", f64::is_finite)
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult {
    float_pred(vm, &args, "isinf", f64::is_infinite)
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult {
    float_pred(vm, &args, "isnan", f64::is_nan)
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let v = bind(vm, "isclose", &args, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let a = to_f64(vm, v[0].as_ref().expect("bound"))?;
    let b = to_f64(vm, v[1].as_ref().expect("bound"))?;
    let rel = match &v[2] {
        Some(o) => to_f64(vm, o)?,
        None => 1e-9,
    };
    let abs = match &v[3] {
        Some(o) => to_f64(vm, o)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.new_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(vm.new_bool(false));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs;
    Ok(vm.new_bool(close))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, "math.modf", &args)?;
    let x = to_f64(vm, &a)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    let f = vm.new_float(frac);
    let i = vm.new_float(int);
    Ok(vm.new_tuple(vec![f, i]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, "math.frexp", &args)?;
    let x = to_f64(vm, &a)?;
    let (m, e) = float_frexp(x);
    let m = vm.new_float(m);
    let e = vm.new_int(e);
    Ok(vm.new_tuple(vec![m, e]))
}

/// C's `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1` (or `m == x` for 0, inf, nan).
fn float_frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e + adjust)
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult {
    crate::builtins::no_kwargs(vm, "ldexp", &args)?;
    arity(vm, "ldexp", &args, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let e = match crate::vm::ops::as_bigint(&args.pos[1]) {
        Some(b) => b,
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = if e > 2200 {
        f64::INFINITY.copysign(x)
    } else if e < -2200 {
        0.0f64.copysign(x)
    } else {
        // Two steps keep the intermediate power of two representable.
        let half = e / 2;
        x * 2f64.powi(half as i32) * 2f64.powi((e - half) as i32)
    };
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

/// Shewchuk's exact summation of finite floats, rounded once at the end
/// (CPython's `msum`); `None` on intermediate overflow.
fn exact_sum(xs: &[f64]) -> Option<f64> {
    let mut partials: Vec<f64> = Vec::new();
    for &x0 in xs {
        let mut x = x0;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return None;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut n = partials.len();
    if n == 0 {
        return Some(0.0);
    }
    n -= 1;
    let mut hi = partials[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = partials[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    // Round half-even correctly when the rest of the partials tip the balance.
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    Some(hi)
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, "math.fsum", &args)?;
    let it = vm.get_iter(&a)?;
    let mut finite = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    let mut has_special = false;
    while let Some(v) = vm.next(&it)? {
        let x = to_f64(vm, &v)?;
        if x.is_finite() {
            finite.push(x);
        } else {
            has_special = true;
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
        }
    }
    if has_special {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(vm.new_float(special));
    }
    match exact_sum(&finite) {
        Some(s) => Ok(vm.new_float(s)),
        None => Err(vm.overflow_error("intermediate overflow in fsum")),
    }
}

fn prod(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let mut start = None;
    for (k, v) in &args.kw {
        if k.as_str() == Some("start") {
            start = Some(v.clone());
        } else {
            return Err(vm.type_error(format!(
                "prod() got an unexpected keyword argument '{}'",
                k.as_str().unwrap_or("")
            )));
        }
    }
    let mut acc = start.unwrap_or_else(|| vm.new_int(1));
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, BinaryOp::Multiply, false)?;
    }
    Ok(acc)
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, "math.factorial", &args)?;
    let n = to_bigint(vm, &a)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= 1 << 24) else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(vm.new_bigint(product_range(1, n)))
}

/// The product of `lo..=hi`, split in halves so the multiplications stay balanced.
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut r = BigInt::one();
        for k in lo..=hi {
            r *= k;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn int_args(vm: &mut Vm, name: &str, args: &Args) -> PyResult<Vec<BigInt>> {
    crate::builtins::no_kwargs(vm, name, args)?;
    let mut out = Vec::with_capacity(args.pos.len());
    for a in args.pos.iter() {
        out.push(to_bigint(vm, a)?);
    }
    Ok(out)
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult {
    let xs = int_args(vm, "gcd", &args)?;
    let g = xs.iter().fold(BigInt::zero(), |g, x| g.gcd(x));
    Ok(vm.new_bigint(g))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult {
    let xs = int_args(vm, "lcm", &args)?;
    let mut l = BigInt::one();
    for x in &xs {
        if x.is_zero() {
            return Ok(vm.new_int(0));
        }
        l = l.lcm(x);
    }
    Ok(vm.new_bigint(l.abs()))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, "math.isqrt", &args)?;
    let n = to_bigint(vm, &a)?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

/// `n` and `k` for comb/perm, with CPython's checks.
fn n_k(
    vm: &mut Vm,
    name: &str,
    args: &Args,
    k_optional: bool,
) -> PyResult<(BigInt, Option<BigInt>)> {
    crate::builtins::no_kwargs(vm, name, args)?;
    arity(vm, name, args, if k_optional { 1 } else { 2 }, 2)?;
    let n = to_bigint(vm, &args.pos[0])?;
    let k = match args.pos.get(1) {
        Some(k) if !k.is(&vm.none) || !k_optional => Some(to_bigint(vm, k)?),
        _ => None,
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.as_ref().is_some_and(|k| k.is_negative()) {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult {
    let (n, k) = n_k(vm, "comb", &args, false)?;
    let k = k.unwrap_or_default();
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(vm.new_bigint(r))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult {
    let (n, k) = n_k(vm, "perm", &args, true)?;
    let k = k.unwrap_or_else(|| n.clone());
    if k > n {
        return Ok(vm.new_int(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error("k must not exceed 9223372036854775807"));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(vm.new_bigint(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_matches_c() {
        assert_eq!(float_frexp(8.0), (0.5, 4));
        assert_eq!(float_frexp(-3.0), (-0.75, 2));
        assert_eq!(float_frexp(5e-324), (0.5, -1073));
    }

    #[test]
    fn big_frexp_rounds() {
        let (m, e) = big_frexp(&(BigInt::one() << 1000u32));
        assert_eq!((m, e), (0.5, 1001));
    }

    #[test]
    fn fsum_is_exact() {
        assert_eq!(exact_sum(&[0.1; 10]), Some(1.0));
        assert_eq!(exact_sum(&[1e100, 1.0, -1e100, 1e-100]), Some(1.0));
    }

    #[test]
    fn big_to_f64_overflows() {
        let vm = Vm::new(vec![]);
        assert!(crate::modules::args::big_to_f64(&vm, &(BigInt::one() << 2000u32)).is_err());
    }
}
