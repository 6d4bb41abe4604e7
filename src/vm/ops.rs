//! Arithmetic, bitwise and comparison operators with Python semantics:
//! machine-word fast paths for int, exact bignum fallbacks, float rules
//! (floor division and modulo signs, division by zero messages), sequence
//! concatenation and repetition, and CPython's error messages.

use super::Vm;
use crate::compiler::opcode::{BinaryOp, CompareOp};
use crate::heap::{Kind, ObjRef};
use crate::objects::float::PyFloat;
use crate::objects::int::{PyBigInt, PyInt};
use crate::objects::{PyErr, PyResult};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// A numeric operand seen through its payload.
#[derive(Clone, Copy)]
pub enum Num<'a> {
    /// A machine-word int (bools included).
    Int(i64),
    /// A big int.
    Big(&'a BigInt),
    /// A float.
    Float(f64),
}

/// The number inside `o`, if it is an int, bool or float.
#[inline(always)]
pub fn as_num(o: &ObjRef) -> Option<Num<'_>> {
    match o.kind() {
        Kind::Int => o.downcast::<PyInt>().map(|i| Num::Int(i.value)),
        Kind::Float => o.downcast::<PyFloat>().map(|f| Num::Float(f.value)),
        Kind::BigInt => o.downcast::<PyBigInt>().map(|b| Num::Big(&b.value)),
        _ => None,
    }
}

/// The integer inside `o` (int or bool), as a BigInt.
pub fn as_bigint(o: &ObjRef) -> Option<BigInt> {
    match as_num(o)? {
        Num::Int(i) => Some(BigInt::from(i)),
        Num::Big(b) => Some(b.clone()),
        Num::Float(_) => None,
    }
}

fn big_of(n: Num<'_>) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => b.clone(),
        Num::Float(_) => BigInt::zero(),
    }
}

/// Converts an int to float, raising OverflowError when it is too large.
pub fn int_to_f64(vm: &Vm, n: Num<'_>) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(i as f64),
        Num::Float(f) => Ok(f),
        Num::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(vm.new_error(&vm.exc.overflow_error, "int too large to convert to float")),
        },
    }
}

impl Vm {
    /// `a op b` for BINARY_OP (in-place variants fall back to the plain
    /// operator for immutable values; lists extend in place).
    pub fn binary_op(&mut self, a: &ObjRef, b: &ObjRef, op: BinaryOp, inplace: bool) -> PyResult {
        if (a.flags() | b.flags()) & crate::heap::flags::SUBCLASS != 0
            && let Some(r) = self.subclass_binary_op(a, b, op, inplace)?
        {
            return Ok(r);
        }
        self.binary_op_base(a, b, op, inplace)
    }

    /// `a op b` as the built-in types compute it (no subclass overrides).
    pub fn binary_op_base(
        &mut self,
        a: &ObjRef,
        b: &ObjRef,
        op: BinaryOp,
        inplace: bool,
    ) -> PyResult {
        // Fast path: two machine ints.
        if let (Some(PyInt { value: x }), Some(PyInt { value: y })) =
            (a.downcast::<PyInt>(), b.downcast::<PyInt>())
            && let Some(r) = self.int_op_fast(*x, *y, op)?
        {
            return Ok(r);
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return self.num_op(x, y, op);
        }
        if a.kind() == Kind::WeakRef || b.kind() == Kind::WeakRef {
            let (pa, pb) = (
                crate::modules::weakref::unproxy(self, a)?,
                crate::modules::weakref::unproxy(self, b)?,
            );
            if pa.is_some() || pb.is_some() {
                let x = pa.unwrap_or_else(|| a.clone());
                let y = pb.unwrap_or_else(|| b.clone());
                return self.binary_op(&x, &y, op, inplace);
            }
        }
        if inplace && op == BinaryOp::Add && a.kind() == Kind::List {
            self.list_extend(a, b)?;
            return Ok(a.clone());
        }
        if inplace
            && op == BinaryOp::Multiply
            && a.kind() == Kind::List
            && let Some(n) = as_num(b)
            && !matches!(n, Num::Float(_))
        {
            return self.list_imul(a, n);
        }
        if op == BinaryOp::Or && a.kind() == Kind::Dict && (inplace || b.kind() == Kind::Dict) {
            return self.dict_union(a, b, inplace);
        }
        if self.is_user_object(a) || self.is_user_object(b) {
            if let Some(r) = self.user_binary_op(a, b, op, inplace)? {
                return Ok(r);
            }
            // `seq * obj` with an `__index__` (PySequence_Repeat), and
            // `"%d" % obj` (formatting asks obj itself).
            let formatting = op == BinaryOp::Remainder
                && matches!(a.kind(), Kind::Str | Kind::Bytes)
                && !self.is_user_object(a);
            if (op == BinaryOp::Multiply || formatting)
                && let Some(r) = self.sequence_op(a, b, op)?
            {
                return Ok(r);
            }
            return Err(self.binop_type_error_inplace(a, b, op, inplace));
        }
        if let Some(r) = crate::objects::methods::set::set_binary_op(self, a, b, op, inplace)? {
            return Ok(r);
        }
        if let Some(r) = crate::vm::views::view_binary_op(self, a, b, op)? {
            return Ok(r);
        }
        if let Some(r) = self.bytearray_binary_op(a, b, op, inplace)? {
            return Ok(r);
        }
        if let Some(r) = self.sequence_op(a, b, op)? {
            return Ok(r);
        }
        if op == BinaryOp::Or
            && (a.kind() == Kind::Type || b.kind() == Kind::Type)
            && [a, b]
                .iter()
                .all(|o| o.kind() == Kind::Type || o.is(&self.none))
        {
            // `int | str`: a types.UnionType, made by the types module.
            let m = self.import_dotted("types")?;
            let k = self.intern("_union");
            let f = self.getattr(&m, &k)?;
            let r = self.call(&f, &[a.clone(), b.clone()], None)?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        Err(self.binop_type_error_inplace(a, b, op, inplace))
    }

    /// The TypeError for an unsupported operand pair, naming the in-place
    /// operator (`+=`) when that is what failed.
    pub fn binop_type_error_inplace(
        &self,
        a: &ObjRef,
        b: &ObjRef,
        op: BinaryOp,
        inplace: bool,
    ) -> PyErr {
        if !inplace {
            return self.binop_type_error(a, b, op);
        }
        let sym = match op {
            BinaryOp::Power => "**=".to_string(),
            _ => format!("{}=", op.symbol()),
        };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// The TypeError for an unsupported operand pair.
    pub fn binop_type_error(&self, a: &ObjRef, b: &ObjRef, op: BinaryOp) -> PyErr {
        let sym = match op {
            BinaryOp::Power => "** or pow()",
            _ => op.symbol(),
        };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    #[inline(always)]
    fn int_op_fast(&mut self, x: i64, y: i64, op: BinaryOp) -> PyResult<Option<ObjRef>> {
        let r = match op {
            BinaryOp::Add => x.checked_add(y),
            BinaryOp::Subtract => x.checked_sub(y),
            BinaryOp::Multiply => x.checked_mul(y),
            BinaryOp::FloorDivide => {
                if y == 0 {
                    return Err(self.zero_div("integer division or modulo by zero"));
                }
                if x == i64::MIN && y == -1 {
                    None
                } else {
                    Some(Integer::div_floor(&x, &y))
                }
            }
            BinaryOp::Remainder => {
                if y == 0 {
                    return Err(self.zero_div("integer modulo by zero"));
                }
                if y == -1 {
                    Some(0)
                } else {
                    Some(Integer::mod_floor(&x, &y))
                }
            }
            BinaryOp::And => Some(x & y),
            BinaryOp::Or => Some(x | y),
            BinaryOp::Xor => Some(x ^ y),
            BinaryOp::Lshift => {
                if y < 0 {
                    return Err(self.new_error(&self.exc.value_error, "negative shift count"));
                }
                if y < 63 && x.unsigned_abs() < (1u64 << (63 - y)) {
                    Some(x << y)
                } else {
                    None
                }
            }
            BinaryOp::Rshift => {
                if y < 0 {
                    return Err(self.new_error(&self.exc.value_error, "negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 { -1 } else { 0 }
                } else {
                    x >> y
                })
            }
            _ => None,
        };
        Ok(r.map(|v| self.new_int(v)))
    }

    fn zero_div(&self, msg: &str) -> PyErr {
        self.new_error(&self.exc.zero_division_error, msg)
    }

    /// Arithmetic on two numbers of any numeric kinds.
    pub fn num_op(&mut self, x: Num<'_>, y: Num<'_>, op: BinaryOp) -> PyResult {
        if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
            if matches!(
                op,
                BinaryOp::And
                    | BinaryOp::Or
                    | BinaryOp::Xor
                    | BinaryOp::Lshift
                    | BinaryOp::Rshift
                    | BinaryOp::MatrixMultiply
            ) {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op.symbol(),
                    num_type_name(x),
                    num_type_name(y)
                )));
            }
            let a = int_to_f64(self, x)?;
            let b = int_to_f64(self, y)?;
            return self.float_op(a, b, op);
        }
        if op == BinaryOp::TrueDivide {
            return self.int_true_divide(x, y);
        }
        if op == BinaryOp::Power {
            return self.int_pow(x, y);
        }
        if op == BinaryOp::MatrixMultiply {
            return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"));
        }
        // Machine-word ops that overflowed, or bignum operands.
        let a = big_of(x);
        let b = big_of(y);
        let r = match op {
            BinaryOp::Add => a + b,
            BinaryOp::Subtract => a - b,
            BinaryOp::Multiply => {
                let bits = a.bits() + b.bits();
                self.check_int_bits(bits)?;
                a * b
            }
            BinaryOp::FloorDivide => {
                if b.is_zero() {
                    return Err(self.zero_div("integer division or modulo by zero"));
                }
                a.div_floor(&b)
            }
            BinaryOp::Remainder => {
                if b.is_zero() {
                    return Err(self.zero_div("integer modulo by zero"));
                }
                a.mod_floor(&b)
            }
            BinaryOp::And => a & b,
            BinaryOp::Or => a | b,
            BinaryOp::Xor => a ^ b,
            BinaryOp::Lshift => {
                if b.is_negative() {
                    return Err(self.new_error(&self.exc.value_error, "negative shift count"));
                }
                if a.is_zero() {
                    return Ok(self.new_int(0));
                }
                let n = match b.to_u64() {
                    Some(n) => n,
                    None => {
                        return Err(
                            self.new_error(&self.exc.overflow_error, "too many digits in integer")
                        );
                    }
                };
                self.check_int_bits(a.bits().saturating_add(n))?;
                a << n
            }
            BinaryOp::Rshift => {
                if b.is_negative() {
                    return Err(self.new_error(&self.exc.value_error, "negative shift count"));
                }
                match b.to_u64() {
                    Some(n) if n < a.bits() + 1 => a >> n,
                    _ => {
                        if a.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            BinaryOp::TrueDivide | BinaryOp::Power | BinaryOp::MatrixMultiply => unreachable_op(),
        };
        Ok(self.new_bigint(r))
    }

    /// Raises MemoryError for ints that would need more than ~2^36 bits
    /// (CPython would try and exhaust memory; we refuse up front).
    fn check_int_bits(&self, bits: u64) -> PyResult<()> {
        if bits > (1u64 << 36) || !crate::heap::try_reserve((bits / 8) as usize) {
            return Err(self.memory_error());
        }
        Ok(())
    }

    fn int_true_divide(&mut self, x: Num<'_>, y: Num<'_>) -> PyResult {
        let is_zero = match y {
            Num::Int(0) => true,
            Num::Big(b) => b.is_zero(),
            _ => false,
        };
        if is_zero {
            return Err(self.zero_div("division by zero"));
        }
        const EXACT: i64 = 1 << 53;
        if let (Num::Int(a), Num::Int(b)) = (x, y)
            && a.abs() <= EXACT
            && b.abs() <= EXACT
        {
            return Ok(self.new_float(a as f64 / b as f64));
        }
        let a = big_of(x);
        let b = big_of(y);
        match crate::objects::int::true_divide(&a, &b) {
            Some(f) => Ok(self.new_float(f)),
            None => Err(self.new_error(
                &self.exc.overflow_error,
                "integer division result too large for a float",
            )),
        }
    }

    fn int_pow(&mut self, x: Num<'_>, y: Num<'_>) -> PyResult {
        let exp = big_of(y);
        if exp.is_negative() {
            let a = int_to_f64(self, x)?;
            let b = int_to_f64(self, y)?;
            return self.float_op(a, b, BinaryOp::Power);
        }
        let base = big_of(x);
        if base.is_zero() || base == BigInt::from(1) {
            return Ok(self.new_bigint(if exp.is_zero() { BigInt::from(1) } else { base }));
        }
        if base == BigInt::from(-1) {
            return Ok(self.new_int(if exp.is_even() { 1 } else { -1 }));
        }
        let e = match exp.to_u64() {
            Some(e) => e,
            None => return Err(self.memory_error()),
        };
        self.check_int_bits(base.bits().saturating_mul(e))?;
        if let (Num::Int(b), Ok(e32)) = (x, u32::try_from(e))
            && let Some(r) = b.checked_pow(e32)
        {
            return Ok(self.new_int(r));
        }
        Ok(self.new_bigint(num_traits::pow::Pow::pow(base, e)))
    }

    /// Float arithmetic with Python's rules.
    pub fn float_op(&mut self, a: f64, b: f64, op: BinaryOp) -> PyResult {
        let r = match op {
            BinaryOp::Add => a + b,
            BinaryOp::Subtract => a - b,
            BinaryOp::Multiply => a * b,
            BinaryOp::TrueDivide => {
                if b == 0.0 {
                    return Err(self.zero_div("float division by zero"));
                }
                a / b
            }
            BinaryOp::FloorDivide => {
                if b == 0.0 {
                    return Err(self.zero_div("float floor division by zero"));
                }
                float_divmod(a, b).0
            }
            BinaryOp::Remainder => {
                if b == 0.0 {
                    return Err(self.zero_div("float modulo"));
                }
                float_divmod(a, b).1
            }
            BinaryOp::Power => return self.float_pow(a, b),
            _ => unreachable_op(),
        };
        Ok(self.new_float(r))
    }

    fn float_pow(&mut self, a: f64, b: f64) -> PyResult {
        if b == 0.0 {
            return Ok(self.new_float(1.0));
        }
        if a.is_nan() {
            return Ok(self.new_float(if b == 0.0 { 1.0 } else { a }));
        }
        if a == 0.0 && b < 0.0 && b.is_finite() {
            return Err(self.zero_div("0.0 cannot be raised to a negative power"));
        }
        if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
            return Err(self.new_error(
                &self.exc.value_error,
                "complex numbers are not supported (negative number raised to a fractional power)",
            ));
        }
        let r = a.powf(b);
        if r.is_infinite() && a.is_finite() && b.is_finite() {
            return Err(self.new_error_args(
                &self.exc.overflow_error,
                vec![
                    self.new_int(34),
                    self.new_str("Numerical result out of range"),
                ],
            ));
        }
        Ok(self.new_float(r))
    }

    /// `-a`, `+a`, `~a` for numbers; None when `a` is not a number.
    pub fn unary_num(&mut self, a: &ObjRef, op: char) -> PyResult<Option<ObjRef>> {
        let n = match as_num(a) {
            Some(n) => n,
            None => return Ok(None),
        };
        Ok(Some(match (n, op) {
            (Num::Int(i), '-') => match i.checked_neg() {
                Some(v) => self.new_int(v),
                None => self.new_bigint(-BigInt::from(i)),
            },
            (Num::Int(i), '+') => self.new_int(i),
            (Num::Int(i), '~') => self.new_int(!i),
            (Num::Big(b), '-') => self.new_bigint(-b),
            (Num::Big(b), '+') => self.new_bigint(b.clone()),
            (Num::Big(b), '~') => self.new_bigint(-(b + BigInt::from(1))),
            (Num::Float(f), '-') => self.new_float(-f),
            (Num::Float(f), '+') => self.new_float(f),
            _ => return Ok(None),
        }))
    }

    /// Rich comparison of two objects for COMPARE_OP.
    pub fn compare(&mut self, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
        if (a.flags() | b.flags()) & crate::heap::flags::SUBCLASS != 0
            && let Some(r) = self.subclass_compare(a, b, op)?
        {
            return Ok(r);
        }
        if let (Some(PyInt { value: x }), Some(PyInt { value: y })) =
            (a.downcast::<PyInt>(), b.downcast::<PyInt>())
        {
            return Ok(self.new_bool(cmp_holds(x.cmp(y), op)));
        }
        if a.kind() == Kind::WeakRef || b.kind() == Kind::WeakRef {
            let (pa, pb) = (
                crate::modules::weakref::unproxy(self, a)?,
                crate::modules::weakref::unproxy(self, b)?,
            );
            if pa.is_some() || pb.is_some() {
                let x = pa.unwrap_or_else(|| a.clone());
                let y = pb.unwrap_or_else(|| b.clone());
                return self.compare(&x, &y, op);
            }
        }
        // A mappingproxy compares as the mapping it views.
        if a.kind() == Kind::MappingProxy || b.kind() == Kind::MappingProxy {
            let a = self.proxied(a).unwrap_or_else(|| a.clone());
            let b = self.proxied(b).unwrap_or_else(|| b.clone());
            return self.compare(&a, &b, op);
        }
        if let Some(r) = crate::objects::methods::set::set_compare(self, a, b, op)? {
            return Ok(self.new_bool(r));
        }
        if let Some(r) = crate::vm::views::view_compare(self, a, b, op)? {
            return Ok(self.new_bool(r));
        }
        if self.is_user_object(a) || self.is_user_object(b) {
            if let Some(r) = self.user_compare(a, b, op)? {
                return Ok(r);
            }
            return match op {
                CompareOp::Eq => Ok(self.new_bool(a.is(b))),
                CompareOp::Ne => Ok(self.new_bool(!a.is(b))),
                _ => Err(self.type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.type_name(a),
                    self.type_name(b)
                ))),
            };
        }
        match op {
            CompareOp::Eq => {
                let r = self.eq(a, b)?;
                Ok(self.new_bool(r))
            }
            CompareOp::Ne => {
                // A subclass without __ne__ of its own uses its base's
                // __ne__, not the negation of its __eq__.
                let r = if (a.flags() | b.flags()) & crate::heap::flags::SUBCLASS != 0 {
                    self.eq_base(a, b)?
                } else {
                    self.eq(a, b)?
                };
                Ok(self.new_bool(!r))
            }
            _ => {
                let ord = self.ordering(a, b, op)?;
                Ok(self.new_bool(match ord {
                    Some(o) => cmp_holds(o, op),
                    None => false,
                }))
            }
        }
    }

    /// Orders two objects for `<`, `<=`, `>`, `>=`; `None` means unordered
    /// (a NaN is involved). Raises the TypeError for unorderable types.
    pub fn ordering(
        &mut self,
        a: &ObjRef,
        b: &ObjRef,
        op: CompareOp,
    ) -> PyResult<Option<Ordering>> {
        if (a.flags() | b.flags()) & crate::heap::flags::SUBCLASS != 0
            && let Some(r) = self.subclass_compare(a, b, op)?
        {
            // An overriding comparison answered: an ordering for which
            // `cmp_holds(_, op)` gives its truth.
            let t = self.truthy(&r)?;
            return Ok(Some(match (op, t) {
                (CompareOp::Lt, true) | (CompareOp::Ge, false) | (CompareOp::Ne, true) => {
                    Ordering::Less
                }
                (CompareOp::Gt, true) | (CompareOp::Le, false) => Ordering::Greater,
                (CompareOp::Eq, false) => Ordering::Less,
                _ => Ordering::Equal,
            }));
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(num_cmp(x, y));
        }
        if self.is_user_object(a) || self.is_user_object(b) {
            let r = self.compare(a, b, CompareOp::Lt)?;
            if self.truthy(&r)? {
                return Ok(Some(Ordering::Less));
            }
            let r = self.compare(b, a, CompareOp::Lt)?;
            return Ok(Some(if self.truthy(&r)? {
                Ordering::Greater
            } else {
                Ordering::Equal
            }));
        }
        match (a.kind(), b.kind()) {
            (Kind::Str, Kind::Str) => {
                let (x, y) = (a.as_str().unwrap_or(""), b.as_str().unwrap_or(""));
                return Ok(Some(x.cmp(y)));
            }
            (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
                let x = crate::objects::bytes::bytes_like(a).unwrap_or_default();
                let y = crate::objects::bytes::bytes_like(b).unwrap_or_default();
                return Ok(Some(x.cmp(&y)));
            }
            (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) => {
                let x = self.sequence_items(a)?;
                let y = self.sequence_items(b)?;
                for (p, q) in x.iter().zip(y.iter()) {
                    if p.is(q) {
                        continue;
                    }
                    if !self.eq(p, q)? {
                        return self.ordering(p, q, op);
                    }
                }
                return Ok(Some(x.len().cmp(&y.len())));
            }
            (Kind::Slice, Kind::Slice) => {
                // Slices order as their (start, stop, step) tuples.
                let parts = |vm: &Vm, s: &ObjRef| {
                    let p = s.downcast::<crate::objects::slice::PySlice>();
                    let v = p.map_or_else(Vec::new, |p| {
                        vec![p.start.clone(), p.stop.clone(), p.step.clone()]
                    });
                    vm.new_tuple(v)
                };
                let (x, y) = (parts(self, a), parts(self, b));
                return self.ordering(&x, &y, op);
            }
            _ => {}
        }
        Err(self.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        )))
    }
}

fn num_type_name(n: Num<'_>) -> &'static str {
    match n {
        Num::Float(_) => "float",
        _ => "int",
    }
}

#[cold]
fn unreachable_op() -> ! {
    panic!("operator dispatched to the wrong numeric routine")
}

/// Whether ordering `o` satisfies comparison `op`.
#[inline(always)]
pub fn cmp_holds(o: Ordering, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => o == Ordering::Less,
        CompareOp::Le => o != Ordering::Greater,
        CompareOp::Eq => o == Ordering::Equal,
        CompareOp::Ne => o != Ordering::Equal,
        CompareOp::Gt => o == Ordering::Greater,
        CompareOp::Ge => o != Ordering::Less,
    }
}

/// Python's float floor division and modulo (CPython's float_divmod).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
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
    (floordiv, m)
}

/// Exact comparison of two numbers (ints and floats compare by value, as
/// CPython does, without rounding the int).
pub fn num_cmp(x: Num<'_>, y: Num<'_>) -> Option<Ordering> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
        (Num::Float(a), other) => int_float_cmp(other, a).map(Ordering::reverse),
        (other, Num::Float(b)) => int_float_cmp(other, b),
        (a, b) => Some(big_of(a).cmp(&big_of(b))),
    }
}

/// Compares an int with a float exactly.
fn int_float_cmp(i: Num<'_>, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Num::Int(v) = i
        && v.unsigned_abs() < (1u64 << 53)
    {
        return (v as f64).partial_cmp(&f);
    }
    let iv = big_of(i);
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 {
        fb
    } else {
        num_bigint::BigInt::from_biguint(
            if fl < 0.0 {
                num_bigint::Sign::Minus
            } else {
                num_bigint::Sign::Plus
            },
            float_to_biguint(fl.abs()),
        )
    };
    match iv.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// The integer value of a non-negative integral float.
pub fn float_to_biguint(f: f64) -> num_bigint::BigUint {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let shift = exp - 1075;
    let m = num_bigint::BigUint::from(mant);
    if shift >= 0 {
        m << shift as u64
    } else {
        m >> (-shift) as u64
    }
}
