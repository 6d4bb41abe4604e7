//! The protocols for instances of classes: each built-in operation asks
//! the class for its dunder method (`__repr__`, `__eq__`, `__add__` /
//! `__radd__` with NotImplemented, `__len__`, `__iter__` ...).

use super::Vm;
use crate::compiler::opcode::{BinaryOp, CompareOp};
use crate::heap::{Kind, ObjRef};
use crate::objects::{PyErr, PyResult};

/// Dunder names of the binary operators: (normal, reflected, in-place).
pub fn binop_dunders(op: BinaryOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinaryOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinaryOp::And => ("__and__", "__rand__", "__iand__"),
        BinaryOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinaryOp::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinaryOp::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinaryOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
        BinaryOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
        BinaryOp::Or => ("__or__", "__ror__", "__ior__"),
        BinaryOp::Power => ("__pow__", "__rpow__", "__ipow__"),
        BinaryOp::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinaryOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
        BinaryOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinaryOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// Dunder names of the rich comparisons: (method, reflected method).
pub fn compare_dunders(op: CompareOp) -> (&'static str, &'static str) {
    match op {
        CompareOp::Lt => ("__lt__", "__gt__"),
        CompareOp::Le => ("__le__", "__ge__"),
        CompareOp::Eq => ("__eq__", "__eq__"),
        CompareOp::Ne => ("__ne__", "__ne__"),
        CompareOp::Gt => ("__gt__", "__lt__"),
        CompareOp::Ge => ("__ge__", "__le__"),
    }
}

impl Vm {
    /// Whether `obj` is an instance of a user class (so protocols go
    /// through its dunder methods).
    #[inline]
    pub fn is_user_object(&self, obj: &ObjRef) -> bool {
        match obj.kind() {
            Kind::Instance => true,
            Kind::Exception => self.is_heap_type(&obj.type_of()),
            _ => false,
        }
    }

    /// The Python function implementing operator `op` (its non-reflected
    /// method) in the class of instance `a`, if it is one.
    pub fn operator_method(&mut self, a: &ObjRef, op: BinaryOp) -> Option<ObjRef> {
        let (normal, _, _) = binop_dunders(op);
        let name = self.intern(normal);
        let ty = a.type_of();
        self.type_lookup(&ty, &name)
            .filter(|f| f.kind() == Kind::Function)
    }

    /// Binary operator with user classes: `a.__op__(b)`, then
    /// `b.__rop__(a)`; `Ok(None)` when both return NotImplemented.
    pub fn user_binary_op(
        &mut self,
        a: &ObjRef,
        b: &ObjRef,
        op: BinaryOp,
        inplace: bool,
    ) -> PyResult<Option<ObjRef>> {
        let (normal, reflected, ip) = binop_dunders(op);
        if inplace
            && self.is_user_object(a)
            && let Some(r) = self.call_dunder(a, ip, std::slice::from_ref(b))?
            && !r.is(&self.not_implemented)
        {
            return Ok(Some(r));
        }
        self.user_binary_named(a, b, normal, reflected)
    }

    /// Whether class `right` defines `name` differently from class `left`
    /// (CPython's `method_is_overloaded`: absent in `right` is no).
    fn method_is_overloaded(&mut self, left: &ObjRef, right: &ObjRef, name: &str) -> bool {
        let k = self.intern(name);
        let Some(in_right) = self.type_lookup(right, &k) else {
            return false;
        };
        match self.type_lookup(left, &k) {
            Some(in_left) => !in_left.is(&in_right),
            None => true,
        }
    }

    /// `a.normal(b)`, then `b.reflected(a)` (the subclass's reflected
    /// method first when it is one); `Ok(None)` when both return
    /// NotImplemented. Serves the operators and `divmod()`.
    pub fn user_binary_named(
        &mut self,
        a: &ObjRef,
        b: &ObjRef,
        normal: &str,
        reflected: &str,
    ) -> PyResult<Option<ObjRef>> {
        let a_user = self.is_user_object(a);
        let b_user = self.is_user_object(b);
        // A subclass's reflected method goes first when it overrides it.
        let b_first = b_user
            && !a.type_of().is(&b.type_of())
            && self.is_subclass(&b.type_of(), &a.type_of())
            && self.method_is_overloaded(&a.type_of(), &b.type_of(), reflected);
        if b_first
            && let Some(r) = self.call_dunder(b, reflected, std::slice::from_ref(a))?
            && !r.is(&self.not_implemented)
        {
            return Ok(Some(r));
        }
        if a_user
            && let Some(r) = self.call_dunder(a, normal, std::slice::from_ref(b))?
            && !r.is(&self.not_implemented)
        {
            return Ok(Some(r));
        }
        if b_user && !b_first && !a.type_of().is(&b.type_of()) {
            if let Some(r) = self.call_dunder(b, reflected, std::slice::from_ref(a))?
                && !r.is(&self.not_implemented)
            {
                return Ok(Some(r));
            }
        } else if b_user && !b_first && a_user && a.type_of().is(&b.type_of()) {
            // Same class: the reflected method is not tried.
        }
        Ok(None)
    }

    /// Rich comparison with user classes; `Ok(None)` when unsupported.
    pub fn user_compare(
        &mut self,
        a: &ObjRef,
        b: &ObjRef,
        op: CompareOp,
    ) -> PyResult<Option<ObjRef>> {
        let (m, r) = compare_dunders(op);
        let b_first = self.is_user_object(b)
            && !a.type_of().is(&b.type_of())
            && self.is_subclass(&b.type_of(), &a.type_of());
        if b_first
            && let Some(v) = self.call_dunder(b, r, std::slice::from_ref(a))?
            && !v.is(&self.not_implemented)
        {
            return Ok(Some(v));
        }
        if self.is_user_object(a) {
            if let Some(v) = self.call_dunder(a, m, std::slice::from_ref(b))?
                && !v.is(&self.not_implemented)
            {
                return Ok(Some(v));
            }
            if op == CompareOp::Ne
                && !self.has_dunder(a, "__ne__")
                && self.has_dunder(a, "__eq__")
                && let Some(v) = self.call_dunder(a, "__eq__", std::slice::from_ref(b))?
                && !v.is(&self.not_implemented)
            {
                let t = self.truthy(&v)?;
                return Ok(Some(self.new_bool(!t)));
            }
        }
        if !b_first
            && self.is_user_object(b)
            && let Some(v) = self.call_dunder(b, r, std::slice::from_ref(a))?
            && !v.is(&self.not_implemented)
        {
            return Ok(Some(v));
        }
        Ok(None)
    }

    /// `repr()` of a user object, if its class defines `__repr__`.
    pub fn user_repr(&mut self, obj: &ObjRef) -> PyResult<Option<String>> {
        match self.call_dunder(obj, "__repr__", &[])? {
            Some(r) => match r.as_str() {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    self.type_name(&r)
                ))),
            },
            None => Ok(None),
        }
    }

    /// `str()` of a user object, if its class defines `__str__`.
    pub fn user_str(&mut self, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
        match self.call_dunder(obj, "__str__", &[])? {
            Some(r) if r.kind() == Kind::Str => Ok(Some(r)),
            Some(r) => Err(self.type_error(format!(
                "__str__ returned non-string (type {})",
                self.type_name(&r)
            ))),
            None => Ok(None),
        }
    }

    /// `hash()` of a user object.
    pub fn user_hash(&mut self, obj: &ObjRef) -> PyResult<i64> {
        let ty = obj.type_of();
        let k = self.intern("__hash__");
        match self.type_lookup(&ty, &k) {
            Some(f) if f.is(&self.none) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(obj))))
            }
            Some(f) if f.kind() == Kind::Function => {
                let bound = self.descriptor_get(f, Some(obj), &ty)?;
                let r = self.call(&bound, &[], None)?;
                match crate::vm::ops::as_bigint(&r) {
                    // A result that fits a machine word is the hash itself (-1 is
                    // reserved for errors, so it becomes -2), as in CPython's slot_tp_hash.
                    Some(v) if r.kind() != Kind::Float => {
                        Ok(match num_traits::ToPrimitive::to_i64(&v) {
                            Some(-1) => -2,
                            Some(h) => h,
                            None => crate::vm::protocol::hash_bigint(&v),
                        })
                    }
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => Ok(crate::vm::protocol::hash_pointer(obj.id())),
        }
    }

    /// Truth of a user object: `__bool__`, then `__len__`, else True.
    pub fn user_truthy(&mut self, obj: &ObjRef) -> PyResult<bool> {
        if let Some(r) = self.call_dunder(obj, "__bool__", &[])? {
            if r.is_type(&self.types.bool_) {
                return Ok(r.is(&self.true_));
            }
            return Err(self.type_error(format!(
                "__bool__ should return bool, returned {}",
                self.type_name(&r)
            )));
        }
        if self.has_dunder(obj, "__len__") {
            return Ok(self.user_len(obj)? != 0);
        }
        Ok(true)
    }

    /// `len()` of a user object.
    pub fn user_len(&mut self, obj: &ObjRef) -> PyResult<usize> {
        match self.call_dunder(obj, "__len__", &[])? {
            Some(r) => {
                if !matches!(r.kind(), Kind::Int | Kind::BigInt) {
                    return Err(self.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(&r)
                    )));
                }
                if r.kind() == Kind::BigInt {
                    let neg = crate::vm::ops::as_bigint(&r)
                        .is_some_and(|b| b < num_bigint::BigInt::from(0));
                    return Err(if neg {
                        self.value_error("__len__() should return >= 0")
                    } else {
                        self.overflow_error(format!(
                            "cannot fit '{}' into an index-sized integer",
                            self.type_name(&r)
                        ))
                    });
                }
                let n = self.expect_index(&r)?;
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                Ok(n as usize)
            }
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(obj)
            ))),
        }
    }

    /// `iter()` of a user object: `__iter__`, or the `__getitem__` protocol.
    pub fn user_iter(&mut self, obj: &ObjRef) -> PyResult {
        if let Some(it) = self.call_dunder(obj, "__iter__", &[])? {
            let ok = match it.kind() {
                Kind::Iter | Kind::Generator => true,
                _ => self.is_user_object(&it) && self.has_dunder(&it, "__next__"),
            };
            if !ok {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&it)
                )));
            }
            return Ok(it);
        }
        if self.has_dunder(obj, "__getitem__") {
            return Ok(self.new_iter(
                &self.types.list_iterator.clone(),
                crate::objects::iter::IterState::Seq {
                    seq: Some(obj.clone()),
                    index: 0,
                },
            ));
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.type_name(obj))))
    }

    /// `next()` of a user iterator: `Ok(None)` on StopIteration.
    pub fn user_next(&mut self, it: &ObjRef) -> PyResult<Option<ObjRef>> {
        let name = self.names.next.clone();
        match self.call_dunder_name(it, &name, &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
            Err(e) => {
                if self.isinstance(&e.0, &self.exc.stop_iteration.clone()) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// `obj[i]` for the old sequence-iteration protocol: `Ok(None)` at the end.
    pub fn getitem_iteration(&mut self, obj: &ObjRef, index: usize) -> PyResult<Option<ObjRef>> {
        let i = self.new_int(index as i64);
        match self.call_dunder(obj, "__getitem__", &[i]) {
            Ok(v) => Ok(v),
            Err(e) => {
                if self.isinstance(&e.0, &self.exc.index_error.clone())
                    || self.isinstance(&e.0, &self.exc.stop_iteration.clone())
                {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// A TypeError naming a missing protocol method.
    pub fn not_supported(&self, obj: &ObjRef, what: &str) -> PyErr {
        self.type_error(format!("'{}' object {}", self.type_name(obj), what))
    }
}
