//! Methods of int (and so of bool): `bit_length`, `bit_count`,
//! `to_bytes`, `from_bytes` (a class method), `conjugate`,
//! `as_integer_ratio`.

use super::params::{Signature, clinic, no_args, receiver};
use crate::builtins::{Args, add_class_method, add_method};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::bytes::PyBytes;
use crate::vm::Vm;
use crate::vm::ops::{Num, as_bigint, as_num};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

/// Registers int's methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.int.clone();
    add_method(vm, &t, "int", "bit_length", bit_length);
    add_method(vm, &t, "int", "bit_count", bit_count);
    add_method(vm, &t, "int", "to_bytes", to_bytes);
    add_method(vm, &t, "int", "conjugate", conjugate);
    add_method(vm, &t, "int", "as_integer_ratio", as_integer_ratio);
    add_class_method(vm, &t, "int", "from_bytes", from_bytes);
}

/// The receiver of `int.name`.
fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a ObjRef> {
    receiver(vm, args, "int", name, |s| {
        matches!(s.kind(), Kind::Int | Kind::BigInt)
    })
}

/// The receiver's value as a plain int object (a bool becomes 0 or 1).
fn plain_int(vm: &Vm, v: &ObjRef) -> ObjRef {
    match as_num(v) {
        Some(Num::Int(i)) => vm.new_int(i),
        _ => v.clone(),
    }
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult {
    let v = this(vm, &args, "bit_length")?;
    no_args(vm, &args, "int.bit_length")?;
    let n = match as_num(v) {
        Some(Num::Int(i)) => u64::from(64 - i.unsigned_abs().leading_zeros()),
        Some(Num::Big(b)) => b.bits(),
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

fn bit_count(vm: &mut Vm, args: Args) -> PyResult {
    let v = this(vm, &args, "bit_count")?;
    no_args(vm, &args, "int.bit_count")?;
    let n: u64 = match as_num(v) {
        Some(Num::Int(i)) => u64::from(i.unsigned_abs().count_ones()),
        Some(Num::Big(b)) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| u64::from(d.count_ones()))
            .sum(),
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult {
    let v = this(vm, &args, "conjugate")?;
    no_args(vm, &args, "int.conjugate")?;
    Ok(plain_int(vm, v))
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult {
    let v = this(vm, &args, "as_integer_ratio")?;
    no_args(vm, &args, "int.as_integer_ratio")?;
    let n = plain_int(vm, v);
    let one = vm.new_int(1);
    Ok(vm.new_tuple(vec![n, one]))
}

/// The `byteorder` argument of `to_bytes`/`from_bytes`: whether it is
/// little-endian (the default is big).
fn little_endian(vm: &Vm, fname: &str, byteorder: Option<&ObjRef>) -> PyResult<bool> {
    let Some(b) = byteorder else {
        return Ok(false);
    };
    match b.as_str() {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            if b.is(&vm.none) {
                "None".to_string()
            } else {
                vm.type_name(b)
            }
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: Args) -> PyResult {
    const SIG: Signature = Signature {
        name: "to_bytes",
        params: &["length", "byteorder", "signed"],
        max_positional: 2,
        required: 0,
    };
    let v = this(vm, &args, "to_bytes")?.clone();
    let bound = clinic(vm, &SIG, &args.pos[1..], &args.kw)?;
    let length = match &bound[0] {
        Some(l) => vm.expect_index(l)?,
        None => 1,
    };
    if let Some(b) = &bound[1]
        && b.as_str().is_none()
    {
        little_endian(vm, "to_bytes", Some(b))?;
    }
    let signed = match &bound[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let little = little_endian(vm, "to_bytes", bound[1].as_ref())?;
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let length = length as usize;
    let value = as_bigint(&v).unwrap_or_default();
    if !signed && value.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let (mut out, fill) = if signed {
        let minimal = if value.is_zero() || value == BigInt::from(-1) {
            Vec::new()
        } else {
            value.to_signed_bytes_le()
        };
        (minimal, if value.is_negative() { 0xff } else { 0 })
    } else {
        let minimal = if value.is_zero() {
            Vec::new()
        } else {
            value.to_bytes_le().1
        };
        (minimal, 0)
    };
    if out.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    if !heap::try_reserve(length) || out.try_reserve_exact(length - out.len()).is_err() {
        return Err(vm.memory_error());
    }
    out.resize(length, fill);
    if !little {
        out.reverse();
    }
    Ok(vm.new_bytes(&out))
}

/// The bytes of `from_bytes`'s argument: a bytes object, or an iterable
/// of ints in `range(0, 256)` (CPython's `PyObject_Bytes`).
fn bytes_of(vm: &mut Vm, obj: &ObjRef) -> PyResult<Vec<u8>> {
    if let Some(b) = obj.var_items::<PyBytes>() {
        return Ok(b.to_vec());
    }
    let cannot = |vm: &Vm| {
        vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(obj)
        ))
    };
    if obj.kind() == Kind::Str {
        return Err(cannot(vm));
    }
    let it = match vm.get_iter(obj) {
        Ok(it) => it,
        Err(e) if vm.isinstance(&e.0, &vm.exc.type_error) => return Err(cannot(vm)),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        let n = match vm.index_value(&item)? {
            Some(n) => n,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&item)
                )));
            }
        };
        match u8::try_from(n) {
            Ok(b) => out.push(b),
            Err(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, a class
/// method: a subclass gets `cls(value)`.
fn from_bytes(vm: &mut Vm, args: Args) -> PyResult {
    const SIG: Signature = Signature {
        name: "from_bytes",
        params: &["bytes", "byteorder", "signed"],
        max_positional: 2,
        required: 1,
    };
    let cls = match args.pos.first() {
        Some(c) if c.kind() == Kind::Type => c.clone(),
        Some(obj) => obj.type_of(),
        None => return Err(vm.type_error("from_bytes expected a class")),
    };
    let bound = clinic(vm, &SIG, &args.pos[1..], &args.kw)?;
    if let Some(b) = &bound[1]
        && b.as_str().is_none()
    {
        little_endian(vm, "from_bytes", Some(b))?;
    }
    let signed = match &bound[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let little = little_endian(vm, "from_bytes", bound[1].as_ref())?;
    let Some(src) = &bound[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut data = bytes_of(vm, src)?;
    if !little {
        data.reverse();
    }
    let value = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let n = vm.new_bigint(value);
    if cls.is(&vm.types.int) {
        Ok(n)
    } else {
        vm.call(&cls, &[n], None)
    }
}

#[cfg(test)]
mod tests {
    use crate::objects::methods::list::tests::call;
    use crate::vm::Vm;

    #[test]
    fn bytes_round_trip() {
        let mut vm = Vm::new(vec![]);
        let v = vm.new_int(-5);
        let two = vm.new_int(2);
        let little = vm.new_str("little");
        assert_eq!(call(&mut vm, &v, "bit_length", &[]), "3");
        assert_eq!(
            call(&mut vm, &v, "to_bytes", &[two.clone(), little.clone()]),
            "OverflowError: can't convert negative int to unsigned"
        );
        let big = vm.new_int(1000);
        assert_eq!(
            call(&mut vm, &big, "to_bytes", &[two, little]),
            "b'\\xe8\\x03'"
        );
        let int_type = vm.types.int.clone();
        let data = vm.new_bytes(&[1, 0]);
        assert_eq!(call(&mut vm, &int_type, "from_bytes", &[data]), "256");
        let text = vm.new_str("ab");
        assert_eq!(
            call(&mut vm, &int_type, "from_bytes", &[text]),
            "TypeError: cannot convert 'str' object to bytes"
        );
    }
}
