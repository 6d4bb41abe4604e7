//! The numeric dunders of int and float that Python code calls by name
//! (`(7).__floor__()`, `int.__index__(True)`, `float.__trunc__(x)`,
//! `super().__abs__()` in a subclass): the reflected and shift operators,
//! the unary operators, conversions and rounding, `__divmod__`,
//! `__format__`, `__getnewargs__` and `__sizeof__`. Each computes the
//! built-in result from the receiver's value, so an override in a
//! subclass never runs again from inside its base.

use super::Args;
use crate::compiler::opcode::BinaryOp;
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::vm::Vm;
use crate::vm::ops::{Num, as_num};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// Registers the dunders on int and float.
pub fn install(vm: &mut Vm) {
    let int = vm.types.int.clone();
    let float = vm.types.float.clone();
    for (ty, owner) in [(&int, "int"), (&float, "float")] {
        add(vm, ty, owner, "__add__", add_);
        add(vm, ty, owner, "__sub__", sub);
        add(vm, ty, owner, "__mul__", mul);
        add(vm, ty, owner, "__truediv__", truediv);
        add(vm, ty, owner, "__floordiv__", floordiv);
        add(vm, ty, owner, "__mod__", mod_);
        add(vm, ty, owner, "__pow__", pow);
        add(vm, ty, owner, "__radd__", radd);
        add(vm, ty, owner, "__rsub__", rsub);
        add(vm, ty, owner, "__rmul__", rmul);
        add(vm, ty, owner, "__rtruediv__", rtruediv);
        add(vm, ty, owner, "__rfloordiv__", rfloordiv);
        add(vm, ty, owner, "__rmod__", rmod);
        add(vm, ty, owner, "__rpow__", rpow);
        add(vm, ty, owner, "__divmod__", divmod);
        add(vm, ty, owner, "__rdivmod__", rdivmod);
        add(vm, ty, owner, "__neg__", neg);
        add(vm, ty, owner, "__pos__", pos);
        add(vm, ty, owner, "__abs__", abs);
        add(vm, ty, owner, "__bool__", bool_);
        add(vm, ty, owner, "__int__", int_);
        add(vm, ty, owner, "__float__", float_);
        add(vm, ty, owner, "__trunc__", trunc);
        add(vm, ty, owner, "__floor__", floor);
        add(vm, ty, owner, "__ceil__", ceil);
        add(vm, ty, owner, "__round__", round);
        add(vm, ty, owner, "__format__", format);
        add(vm, ty, owner, "__getnewargs__", getnewargs);
        add(vm, ty, owner, "__sizeof__", sizeof);
    }
    add(vm, &int, "int", "__index__", int_);
    add(vm, &int, "int", "__invert__", invert);
    add(vm, &int, "int", "__lshift__", lshift);
    add(vm, &int, "int", "__rshift__", rshift);
    add(vm, &int, "int", "__rlshift__", rlshift);
    add(vm, &int, "int", "__rrshift__", rrshift);
    add(vm, &int, "int", "__and__", and);
    add(vm, &int, "int", "__or__", or);
    add(vm, &int, "int", "__xor__", xor);
    add(vm, &int, "int", "__rand__", rand);
    add(vm, &int, "int", "__ror__", ror);
    add(vm, &int, "int", "__rxor__", rxor);
}

fn add(vm: &mut Vm, ty: &ObjRef, owner: &'static str, name: &'static str, f: super::NativeFn) {
    super::add_method(vm, ty, owner, name, f);
}

/// The receiver (an int, or a float for float's dunders) and the other
/// arguments, which must number between `min` and `max`.
fn receiver<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a ObjRef, Num<'a>, &'a [ObjRef])> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let Some(s) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of 'int' object needs an argument"
        )));
    };
    let Some(n) = as_num(s) else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'int' object but received a '{}'",
            vm.type_name(s)
        )));
    };
    let rest = &args.pos[1..];
    if rest.len() < min || rest.len() > max {
        let msg = if min == max {
            format!(
                "expected {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                rest.len()
            )
        } else {
            format!("expected at most {max} arguments, got {}", rest.len())
        };
        return Err(vm.type_error(msg));
    }
    Ok((s, n, rest))
}

/// The receiver's value as a new plain int or float (a bool as 0 or 1).
fn plain(vm: &Vm, n: Num<'_>) -> ObjRef {
    match n {
        Num::Int(i) => vm.new_int(i),
        Num::Big(b) => vm.new_bigint(b.clone()),
        Num::Float(f) => vm.new_float(f),
    }
}

/// Whether `other` is an operand the receiver's type handles itself: an
/// int for int, an int or float for float.
fn handles(s: &ObjRef, other: &ObjRef) -> bool {
    match as_num(other) {
        Some(Num::Float(_)) => s.kind() == Kind::Float,
        Some(_) => true,
        None => false,
    }
}

/// `self op other` (or `other op self` when `reflected`), NotImplemented
/// for operands the type does not handle.
fn binary(vm: &mut Vm, args: Args, name: &str, op: BinaryOp, reflected: bool) -> PyResult {
    let (s, _, rest) = receiver(vm, &args, name, 1, 1)?;
    let other = &rest[0];
    if !handles(s, other) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = if reflected { (other, s) } else { (s, other) };
    vm.binary_op_base(x, y, op, false)
}

macro_rules! binaries {
    ($( $f:ident => $name:literal, $op:ident, $refl:expr; )*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult {
                binary(vm, args, $name, BinaryOp::$op, $refl)
            }
        )*
    };
}

binaries! {
    add_ => "__add__", Add, false;
    sub => "__sub__", Subtract, false;
    mul => "__mul__", Multiply, false;
    truediv => "__truediv__", TrueDivide, false;
    floordiv => "__floordiv__", FloorDivide, false;
    mod_ => "__mod__", Remainder, false;
    radd => "__radd__", Add, true;
    rsub => "__rsub__", Subtract, true;
    rmul => "__rmul__", Multiply, true;
    and => "__and__", And, false;
    or => "__or__", Or, false;
    xor => "__xor__", Xor, false;
    rtruediv => "__rtruediv__", TrueDivide, true;
    rfloordiv => "__rfloordiv__", FloorDivide, true;
    rmod => "__rmod__", Remainder, true;
    lshift => "__lshift__", Lshift, false;
    rshift => "__rshift__", Rshift, false;
    rlshift => "__rlshift__", Lshift, true;
    rrshift => "__rrshift__", Rshift, true;
    rand => "__rand__", And, true;
    ror => "__ror__", Or, true;
    rxor => "__rxor__", Xor, true;
}

/// `self ** other`, or `pow(self, other, mod)`.
fn pow(vm: &mut Vm, args: Args) -> PyResult {
    power(vm, args, "__pow__", false)
}

/// `other ** self`, or `pow(other, self, mod)`.
fn rpow(vm: &mut Vm, args: Args) -> PyResult {
    power(vm, args, "__rpow__", true)
}

fn power(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult {
    let (s, _, rest) = receiver(vm, &args, name, 1, 2)?;
    if !handles(s, &rest[0])
        || rest
            .get(1)
            .is_some_and(|m| !m.is(&vm.none) && !handles(s, m))
    {
        return Ok(vm.not_implemented.clone());
    }
    let mut a = operand_pair(s, &rest[0], reflected);
    if let Some(m) = rest.get(1) {
        a.pos.push(m.clone());
    }
    super::numeric::pow(vm, a)
}

/// The arguments `(self, other)`, or `(other, self)` for a reflected slot.
fn operand_pair(s: &ObjRef, other: &ObjRef, reflected: bool) -> Args {
    let mut a = Args::default();
    let (x, y) = if reflected { (other, s) } else { (s, other) };
    a.pos.push(x.clone());
    a.pos.push(y.clone());
    a
}

fn divmod_of(vm: &mut Vm, args: Args, name: &str, reflected: bool) -> PyResult {
    let (s, _, rest) = receiver(vm, &args, name, 1, 1)?;
    if !handles(s, &rest[0]) {
        return Ok(vm.not_implemented.clone());
    }
    super::numeric::divmod(vm, operand_pair(s, &rest[0], reflected))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult {
    divmod_of(vm, args, "__divmod__", false)
}

fn rdivmod(vm: &mut Vm, args: Args) -> PyResult {
    divmod_of(vm, args, "__rdivmod__", true)
}

fn unary(vm: &mut Vm, args: Args, name: &str, op: char) -> PyResult {
    let (s, _, _) = receiver(vm, &args, name, 0, 0)?;
    match vm.unary_num(s, op)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("bad operand type for unary {op}"))),
    }
}

fn neg(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, args, "__neg__", '-')
}

fn pos(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, args, "__pos__", '+')
}

fn invert(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, args, "__invert__", '~')
}

fn abs(vm: &mut Vm, args: Args) -> PyResult {
    let (_, n, _) = receiver(vm, &args, "__abs__", 0, 0)?;
    Ok(match n {
        Num::Int(i) => match i.checked_abs() {
            Some(v) => vm.new_int(v),
            None => vm.new_bigint(BigInt::from(i).abs()),
        },
        Num::Big(b) => vm.new_bigint(b.abs()),
        Num::Float(f) => vm.new_float(f.abs()),
    })
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult {
    let (_, n, _) = receiver(vm, &args, "__bool__", 0, 0)?;
    let t = match n {
        Num::Int(i) => i != 0,
        Num::Big(b) => !b.is_zero(),
        Num::Float(f) => f != 0.0,
    };
    Ok(vm.new_bool(t))
}

/// `__int__`, `__index__` (int only) and `__trunc__`: the value as a
/// plain int, a float truncated toward zero.
fn int_(vm: &mut Vm, args: Args) -> PyResult {
    let (_, n, _) = receiver(vm, &args, "__int__", 0, 0)?;
    to_int(vm, n, f64::trunc)
}

fn to_int(vm: &mut Vm, n: Num<'_>, f: fn(f64) -> f64) -> PyResult {
    match n {
        Num::Float(x) => super::numeric::float_to_int(vm, f(x)),
        n => Ok(plain(vm, n)),
    }
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult {
    let (_, n, _) = receiver(vm, &args, "__trunc__", 0, 0)?;
    to_int(vm, n, f64::trunc)
}

fn floor(vm: &mut Vm, args: Args) -> PyResult {
    let (_, n, _) = receiver(vm, &args, "__floor__", 0, 0)?;
    to_int(vm, n, f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult {
    let (_, n, _) = receiver(vm, &args, "__ceil__", 0, 0)?;
    to_int(vm, n, f64::ceil)
}

fn float_(vm: &mut Vm, args: Args) -> PyResult {
    let (_, n, _) = receiver(vm, &args, "__float__", 0, 0)?;
    let f = crate::vm::ops::int_to_f64(vm, n)?;
    Ok(vm.new_float(f))
}

/// `__round__(ndigits=None)`: as `round()` of the plain value.
fn round(vm: &mut Vm, args: Args) -> PyResult {
    let (_, n, rest) = receiver(vm, &args, "__round__", 0, 1)?;
    let mut a = Args::default();
    a.pos.push(plain(vm, n));
    a.pos.extend(rest.iter().cloned());
    super::numeric::round(vm, a)
}

/// `__format__(spec)`: the built-in formatting of the plain value (a
/// bool keeps its own, so an empty spec gives 'True').
fn format(vm: &mut Vm, args: Args) -> PyResult {
    let (s, n, rest) = receiver(vm, &args, "__format__", 1, 1)?;
    let Some(spec) = rest[0].as_str().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&rest[0])
        )));
    };
    let v = if s.is_type(&vm.types.bool_) {
        s.clone()
    } else {
        plain(vm, n)
    };
    vm.format(&v, &spec)
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    let (_, n, _) = receiver(vm, &args, "__getnewargs__", 0, 0)?;
    let v = plain(vm, n);
    Ok(vm.new_tuple(vec![v]))
}

fn sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let (s, _, _) = receiver(vm, &args, "__sizeof__", 0, 0)?;
    let n = crate::objects::sizeof::basic_size(vm, s);
    Ok(vm.new_int(n as i64))
}
