//! Methods of float: `is_integer`, `as_integer_ratio`, `hex`, `fromhex`
//! (a class method) and `conjugate`. `hex` and `fromhex` follow CPython's
//! float_hex / float_fromhex exactly, including the rounding (half to
//! even) of hex strings with more precision than a double holds.

use super::params::{no_args, one_arg, receiver};
use crate::builtins::{Args, add_class_method, add_method};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::float::PyFloat;
use crate::vm::Vm;
use num_bigint::{BigInt, BigUint};
use num_traits::{ToPrimitive, Zero};

/// Bits of precision of a double.
const MANT_DIG: i64 = 53;
/// One more than the exponent of the smallest normal double (C's DBL_MIN_EXP).
const MIN_EXP: i64 = -1021;
/// One more than the exponent of the largest finite double (C's DBL_MAX_EXP).
const MAX_EXP: i64 = 1024;

/// Registers float's methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.float.clone();
    add_method(vm, &t, "float", "is_integer", is_integer);
    add_method(vm, &t, "float", "as_integer_ratio", as_integer_ratio);
    add_method(vm, &t, "float", "hex", hex);
    add_method(vm, &t, "float", "conjugate", conjugate);
    add_class_method(vm, &t, "float", "fromhex", fromhex);
    add_class_method(vm, &t, "float", "__getformat__", getformat);
}

/// `float.__getformat__(typestr)`: how the machine stores doubles and
/// floats (IEEE 754, in the byte order of the build).
fn getformat(vm: &mut Vm, args: Args) -> PyResult {
    let s = one_arg(vm, &args, "float.__getformat__")?;
    let Some(text) = s.as_str() else {
        return Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name(&s)
        )));
    };
    if text != "double" && text != "float" {
        return Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    let order = if cfg!(target_endian = "little") {
        "IEEE, little-endian"
    } else {
        "IEEE, big-endian"
    };
    Ok(vm.new_str(order))
}

/// The receiver of `float.name` and its value.
fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<(&'a ObjRef, f64)> {
    let obj = receiver(vm, args, "float", name, |s| s.kind() == Kind::Float)?;
    Ok((obj, obj.downcast::<PyFloat>().map_or(0.0, |f| f.value)))
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult {
    let (_, v) = this(vm, &args, "is_integer")?;
    no_args(vm, &args, "float.is_integer")?;
    Ok(vm.new_bool(v.is_finite() && v.floor() == v))
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, v) = this(vm, &args, "conjugate")?;
    no_args(vm, &args, "float.conjugate")?;
    if obj.is_type(&vm.types.float) {
        return Ok(obj.clone());
    }
    Ok(vm.new_float(v))
}

/// The odd integer mantissa and binary exponent of a finite nonzero
/// double's magnitude: `|v| = m * 2**e`.
fn decompose(v: f64) -> (u64, i64) {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let tz = m.trailing_zeros();
    (m >> tz, e + i64::from(tz))
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult {
    let (_, v) = this(vm, &args, "as_integer_ratio")?;
    no_args(vm, &args, "float.as_integer_ratio")?;
    if v.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if v.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if v == 0.0 {
        let (zero, one) = (vm.new_int(0), vm.new_int(1));
        return Ok(vm.new_tuple(vec![zero, one]));
    }
    let (m, e) = decompose(v);
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    if v < 0.0 {
        num = -num;
    }
    let (n, d) = (vm.new_bigint(num), vm.new_bigint(den));
    Ok(vm.new_tuple(vec![n, d]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` for normal numbers,
/// `0x0.<...>p-1022` for subnormal ones.
pub fn float_hex(v: f64) -> String {
    if !v.is_finite() {
        return crate::objects::format::float_repr(v);
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{e:+}")
}

fn hex(vm: &mut Vm, args: Args) -> PyResult {
    let (_, v) = this(vm, &args, "hex")?;
    no_args(vm, &args, "float.hex")?;
    Ok(vm.new_str(&float_hex(v)))
}

/// Why a hex string was refused by [`parse_hex_float`].
pub enum HexError {
    /// Not a hexadecimal floating-point string.
    Invalid,
    /// Too large for a double.
    Overflow,
}

/// C's `Py_ISSPACE`: ASCII whitespace only.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Case-insensitive match of `word` at the start of `s`.
fn starts_with_word(s: &[u8], word: &str) -> bool {
    s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word.as_bytes())
}

/// `inf`, `infinity` or `nan` with an optional sign at the start of `s`:
/// the value and how many bytes it took (CPython's _Py_parse_inf_or_nan).
fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let (negative, mut i) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let v = if starts_with_word(&s[i..], "inf") {
        i += 3;
        if starts_with_word(&s[i..], "inity") {
            i += 5;
        }
        f64::INFINITY
    } else if starts_with_word(&s[i..], "nan") {
        i += 3;
        f64::NAN
    } else {
        return None;
    };
    Some((if negative { -v } else { v }, i))
}

/// `x * 2**e` for an integer `x` below 2**54 whose result is exactly
/// representable (normal or subnormal): scaled in steps that never round.
fn ldexp(x: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((1023 + k) as u64) << 52);
    let mut r = x;
    while e > 1023 {
        r *= pow2(1023);
        e -= 1023;
    }
    while e < -1022 {
        r *= pow2(-1022);
        e += 1022;
    }
    r * pow2(e)
}

/// The value of the significant hex digits `m` times `2**exp`, rounded
/// half to even to a double; `Overflow` past the largest double.
fn round_to_double(m: &BigUint, exp: i128) -> Result<f64, HexError> {
    let top_exp = exp + i128::from(m.bits() as i64);
    if top_exp < i128::from(MIN_EXP - MANT_DIG) {
        return Ok(0.0);
    }
    if top_exp > i128::from(MAX_EXP) {
        return Err(HexError::Overflow);
    }
    let lsb = top_exp.max(i128::from(MIN_EXP)) - i128::from(MANT_DIG);
    if exp >= lsb {
        let x = m.to_f64().unwrap_or(0.0);
        return Ok(ldexp(x, exp as i64));
    }
    let shift = (lsb - exp) as u64;
    let mut q = m >> shift;
    let rem = m - (&q << shift);
    let half = BigUint::from(1u8) << (shift - 1);
    if rem > half || (rem == half && q.bit(0)) {
        q += 1u8;
    }
    let x = ldexp(q.to_f64().unwrap_or(0.0), lsb as i64);
    if x.is_infinite() {
        return Err(HexError::Overflow);
    }
    Ok(x)
}

/// C's `strtol` over an exponent already known to be `[+-]digits`:
/// saturates at the i64 range.
fn saturating_exponent(s: &[u8]) -> i64 {
    let (negative, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut v: i64 = 0;
    for d in digits {
        let d = i64::from(d - b'0');
        v = if negative {
            v.saturating_mul(10).saturating_sub(d)
        } else {
            v.saturating_mul(10).saturating_add(d)
        };
    }
    v
}

/// Parses a hexadecimal floating-point string (`float.fromhex`).
pub fn parse_hex_float(text: &str) -> Result<f64, HexError> {
    let s = text.as_bytes();
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let value = if let Some((v, used)) = parse_inf_or_nan(&s[i..]) {
        i += used;
        v
    } else {
        let negative = match s.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        if s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x' | b'X')) {
            i += 2;
        }
        let mut digits: Vec<u8> = Vec::new();
        while let Some(d) = s.get(i).and_then(|c| (*c as char).to_digit(16)) {
            digits.push(d as u8);
            i += 1;
        }
        let mut fraction_digits = 0i128;
        if s.get(i) == Some(&b'.') {
            i += 1;
            while let Some(d) = s.get(i).and_then(|c| (*c as char).to_digit(16)) {
                digits.push(d as u8);
                fraction_digits += 1;
                i += 1;
            }
        }
        if digits.is_empty() {
            return Err(HexError::Invalid);
        }
        let mut exp: i64 = 0;
        if matches!(s.get(i), Some(b'p' | b'P')) {
            i += 1;
            let start = i;
            if matches!(s.get(i), Some(b'-' | b'+')) {
                i += 1;
            }
            if !s.get(i).is_some_and(u8::is_ascii_digit) {
                return Err(HexError::Invalid);
            }
            while s.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            exp = saturating_exponent(&s[start..i]);
        }
        let m = BigUint::from_radix_be(&digits, 16).unwrap_or_default();
        let x = if m.is_zero() || exp < i64::MIN / 2 {
            0.0
        } else if exp > i64::MAX / 2 {
            return Err(HexError::Overflow);
        } else {
            round_to_double(&m, i128::from(exp) - 4 * fraction_digits)?
        };
        if negative { -x } else { x }
    };
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(HexError::Invalid);
    }
    Ok(value)
}

/// `float.fromhex(string)`, a class method: a subclass gets `cls(value)`.
fn fromhex(vm: &mut Vm, args: Args) -> PyResult {
    let s = one_arg(vm, &args, "float.fromhex")?;
    let cls = match args.pos.first() {
        Some(c) if c.kind() == Kind::Type => c.clone(),
        Some(obj) => obj.type_of(),
        None => return Err(vm.type_error("fromhex expected a class")),
    };
    let Some(text) = s.as_str() else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let v = match parse_hex_float(text) {
        Ok(v) => v,
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"));
        }
        Err(HexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
        }
    };
    let f = vm.new_float(v);
    if cls.is(&vm.types.float) {
        Ok(f)
    } else {
        vm.call(&cls, &[f], None)
    }
}

#[cfg(test)]
mod tests {
    use super::{float_hex, parse_hex_float};

    #[test]
    fn hex_round_trips() {
        for v in [
            1.0,
            0.1,
            -2.5,
            5e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            3.0e-310,
        ] {
            let h = float_hex(v);
            assert_eq!(parse_hex_float(&h).ok(), Some(v), "{h}");
        }
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
    }

    #[test]
    fn fromhex_rounds_half_even() {
        let cases = [
            ("0x1.00000000000008p0", Some(1.0)),
            ("0x1.00000000000018p0", Some(1.0000000000000004)),
            ("0x1.000000000000081p0", Some(1.0000000000000002)),
            ("0x1p-1075", Some(0.0)),
            ("0x1.8p-1075", Some(5e-324)),
            ("0x3p-1076", Some(5e-324)),
            ("0x1.fffffffffffff7p1023", Some(1.7976931348623157e308)),
            ("0x1.fffffffffffff8p1023", None),
            ("  -0X1.8P-1 ", Some(-0.75)),
            ("0x.p1", None),
            ("0x1p", None),
            ("-Infinity", Some(f64::NEG_INFINITY)),
        ];
        for (text, want) in cases {
            assert_eq!(parse_hex_float(text).ok(), want, "{text}");
        }
    }
}
