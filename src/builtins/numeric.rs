//! Numeric built-ins: abs, divmod, round, pow, hex, oct, bin, ord, chr.

use super::{Args, arity, def, no_kwargs, no_more_kwargs, one_arg, take_kw};
use crate::compiler::opcode::BinaryOp;
use crate::heap::Kind;
use crate::objects::PyResult;
use crate::vm::Vm;
use crate::vm::ops::{Num, as_bigint, as_num};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// Registers the functions of this module.
pub fn install(vm: &mut Vm) {
    def(vm, "abs", abs);
    def(vm, "divmod", divmod);
    def(vm, "round", round);
    def(vm, "pow", pow);
    def(vm, "hex", hex);
    def(vm, "oct", oct);
    def(vm, "bin", bin);
    def(vm, "ord", ord);
    def(vm, "chr", chr);
}

fn abs(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "abs", &args)?;
    match as_num(&a) {
        Some(Num::Int(i)) => Ok(match i.checked_abs() {
            Some(v) => vm.new_int(v),
            None => vm.new_bigint(BigInt::from(i).abs()),
        }),
        Some(Num::Big(b)) => Ok(vm.new_bigint(b.abs())),
        Some(Num::Float(f)) => Ok(vm.new_float(f.abs())),
        None if vm.is_user_object(&a) && vm.has_dunder(&a, "__abs__") => {
            match vm.call_dunder(&a, "__abs__", &[])? {
                Some(r) => Ok(r),
                None => Err(vm.type_error("bad operand type for abs()")),
            }
        }
        None => Err(vm.type_error(format!(
            "bad operand type for abs(): '{}'",
            vm.type_name(&a)
        ))),
    }
}

/// The `divmod()` built-in.
pub(super) fn divmod(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "divmod", &args)?;
    arity(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    match (as_num(a), as_num(b)) {
        (Some(x), Some(y)) => {
            if let (Num::Float(_), _) | (_, Num::Float(_)) = (x, y) {
                let fx = crate::vm::ops::int_to_f64(vm, x)?;
                let fy = crate::vm::ops::int_to_f64(vm, y)?;
                if fy == 0.0 {
                    return Err(vm.new_error(&vm.exc.zero_division_error.clone(), "float divmod()"));
                }
                let (q, r) = crate::vm::ops::float_divmod(fx, fy);
                let t = vec![vm.new_float(q), vm.new_float(r)];
                return Ok(vm.new_tuple(t));
            }
            let q = vm.num_op(x, y, BinaryOp::FloorDivide).map_err(|e| {
                if vm.isinstance(&e.0, &vm.exc.zero_division_error.clone()) {
                    vm.new_error(
                        &vm.exc.zero_division_error.clone(),
                        "integer division or modulo by zero",
                    )
                } else {
                    e
                }
            })?;
            let r = vm.num_op(x, y, BinaryOp::Remainder)?;
            Ok(vm.new_tuple(vec![q, r]))
        }
        _ => {
            if (vm.is_user_object(a) || vm.is_user_object(b))
                && let Some(r) = vm.user_binary_named(a, b, "__divmod__", "__rdivmod__")?
            {
                return Ok(r);
            }
            Err(vm.type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(a),
                vm.type_name(b)
            )))
        }
    }
}

/// The `round()` built-in.
pub(super) fn round(vm: &mut Vm, mut args: Args) -> PyResult {
    let ndigits_kw = take_kw(&mut args, "ndigits");
    let number_kw = take_kw(&mut args, "number");
    no_more_kwargs(vm, "round", &args)?;
    let mut pos: Vec<_> = args.pos.to_vec();
    if let Some(n) = number_kw {
        pos.insert(0, n);
    }
    if let Some(d) = ndigits_kw {
        pos.push(d);
    }
    if pos.is_empty() {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let x = &pos[0];
    if crate::vm::index::user_dunder(vm, x, "__round__").is_some() {
        let nd: Vec<_> = pos
            .get(1)
            .filter(|d| !d.is(&vm.none))
            .cloned()
            .into_iter()
            .collect();
        let r = vm.call_dunder(x, "__round__", &nd)?;
        return Ok(r.unwrap_or(vm.none()));
    }
    let nd = match pos.get(1) {
        Some(d) if !d.is(&vm.none) => Some(vm.expect_index(d)?),
        _ => None,
    };
    match as_num(x) {
        Some(Num::Float(f)) => match nd {
            None => {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                let r = round_half_even(f);
                Ok(vm.new_bigint(float_to_bigint(r)))
            }
            Some(n) => {
                let r = crate::objects::format::round_half_even(f, n)
                    .map_err(|e| vm.overflow_error(e.message))?;
                Ok(vm.new_float(r))
            }
        },
        Some(n) => match nd {
            None => Ok(vm.new_bigint(as_bigint(x).unwrap_or_default())),
            Some(d) if d >= 0 => {
                let _ = n;
                Ok(vm.new_bigint(as_bigint(x).unwrap_or_default()))
            }
            Some(d) => {
                let v = as_bigint(x).unwrap_or_default();
                if -d > 4300 {
                    return Ok(vm.new_int(0));
                }
                let p = num_traits::pow(BigInt::from(10), (-d) as usize);
                let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                Ok(vm.new_bigint(q * p))
            }
        },
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(x)
        ))),
    }
}

/// Rounds to the nearest integer, ties to even.
pub fn round_half_even(f: f64) -> f64 {
    f.round_ties_even()
}

/// The integer value of an integral finite float.
pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e15 {
        return BigInt::from(f as i64);
    }
    let m = crate::vm::ops::float_to_biguint(f.abs());
    BigInt::from_biguint(
        if f < 0.0 {
            num_bigint::Sign::Minus
        } else {
            num_bigint::Sign::Plus
        },
        m,
    )
}

/// The `pow()` built-in.
pub(super) fn pow(vm: &mut Vm, mut args: Args) -> PyResult {
    let given = args.pos.len() + args.kw.len();
    if given > 3 {
        return Err(vm.type_error(format!("pow() takes at most 3 arguments ({given} given)")));
    }
    for (name, pos) in [("base", 1), ("exp", 2), ("mod", 3)] {
        if args.pos.len() >= pos && args.kw.iter().any(|(k, _)| k.as_str() == Some(name)) {
            return Err(vm.type_error(format!(
                "argument for pow() given by name ('{name}') and position ({pos})"
            )));
        }
    }
    let base_kw = take_kw(&mut args, "base");
    let exp_kw = take_kw(&mut args, "exp");
    let mod_kw = take_kw(&mut args, "mod");
    no_more_kwargs(vm, "pow", &args)?;
    let mut pos: Vec<_> = args.pos.to_vec();
    if let Some(b) = base_kw {
        pos.insert(0, b);
    }
    if let Some(e) = exp_kw {
        pos.push(e);
    }
    if pos.is_empty() {
        return Err(vm.type_error("pow() missing required argument 'base' (pos 1)"));
    }
    if pos.len() == 1 {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    }
    let m = mod_kw
        .or_else(|| pos.get(2).cloned())
        .filter(|m| !m.is(&vm.none));
    let (a, b) = (pos[0].clone(), pos[1].clone());
    let Some(m) = m else {
        return vm.binary_op(&a, &b, BinaryOp::Power, false);
    };
    // Three-argument pow only asks the base's `__pow__`, as CPython does.
    if vm.is_user_object(&a)
        && let Some(r) = vm.call_dunder(&a, "__pow__", &[b.clone(), m.clone()])?
        && !r.is(&vm.not_implemented)
    {
        return Ok(r);
    }
    if [&a, &b, &m].iter().any(|o| vm.is_user_object(o)) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(&a),
            vm.type_name(&b),
            vm.type_name(&m)
        )));
    }
    let (Some(x), Some(y), Some(z)) = (as_bigint(&a), as_bigint(&b), as_bigint(&m)) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if [&a, &b, &m].iter().any(|o| o.kind() == Kind::Float) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    if z.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let r = if y.is_negative() {
        let inv = mod_inverse(&x, &z)
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        inv.modpow(&(-y), &z.abs())
    } else {
        x.modpow(&y, &z.abs())
    };
    let r = num_integer::Integer::mod_floor(&r, &z);
    Ok(vm.new_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(a, &m), &m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&g.x, &m))
}

fn radix(vm: &mut Vm, args: Args, name: &str, base: u32, prefix: &str) -> PyResult {
    let a = one_arg(vm, name, &args)?;
    let a = vm.number_index(&a)?.unwrap_or(a);
    let Some(v) = as_bigint(&a).filter(|_| a.kind() != Kind::Float) else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a)
        )));
    };
    let digits = v.abs().to_str_radix(base);
    let sign = if v.is_negative() { "-" } else { "" };
    Ok(vm.new_str(&format!("{sign}{prefix}{digits}")))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult {
    radix(vm, args, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: Args) -> PyResult {
    radix(vm, args, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: Args) -> PyResult {
    radix(vm, args, "bin", 2, "0b")
}

fn ord(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "ord", &args)?;
    match a.kind() {
        Kind::Str => {
            let s = a.as_str().unwrap_or("");
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(vm.new_int(c as i64)),
                _ => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        Kind::Bytes | Kind::ByteArray => {
            let n = crate::objects::bytes::bytes_like(&a).map(|b| (b.len(), b.first().copied()));
            match n {
                Some((1, Some(b))) => Ok(vm.new_int(b as i64)),
                Some((len, _)) => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {len} found"
                ))),
                None => Err(vm.type_error("ord() expected a character")),
            }
        }
        _ => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(&a)
        ))),
    }
}

fn chr(vm: &mut Vm, args: Args) -> PyResult {
    let a = one_arg(vm, "chr", &args)?;
    let v = vm.expect_index(&a).map_err(|e| {
        if vm.isinstance(&e.0, &vm.exc.overflow_error.clone()) {
            vm.overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    match u32::try_from(v).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            Ok(vm.new_str(c.encode_utf8(&mut buf)))
        }
        None => {
            if (0xd800..0xe000).contains(&v) {
                return Err(vm.value_error("surrogate characters are not supported"));
            }
            Err(vm.value_error("chr() arg not in range(0x110000)"))
        }
    }
}

/// `int(x)` for a float: truncation with CPython's errors.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if let Some(i) = (t.abs() < 9.2e18).then_some(t as i64) {
        return Ok(vm.new_int(i));
    }
    Ok(vm.new_bigint(float_to_bigint(t)))
}

/// Converts a big int to f64 if representable.
pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    b.to_f64().filter(|f| f.is_finite())
}
