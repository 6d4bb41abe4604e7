//! Classes derived from built-in types (`class L(list)`, `class S(str)`).
//!
//! An instance has the kind and payload of its built-in base and the
//! header flag `SUBCLASS` (see `heap::subclass`), so every operation that
//! dispatches on the kind treats it as the base type. What differs is
//! handled here: making instances (`list.__new__(L)`, `str.__new__(S, v)`),
//! and the Python methods of the class that override the base's behaviour
//! (`__getitem__`, `__repr__`, `__eq__` ...), which each protocol asks for
//! first through [`Vm::subclass_call`].

use super::Vm;
use crate::compiler::opcode::{BinaryOp, CompareOp};
use crate::heap::{self, Kind, ObjRef, flags};
use crate::objects::PyResult;
use crate::objects::bytes::PyBytes;
use crate::objects::dict::{DictTable, PyDict};
use crate::objects::float::PyFloat;
use crate::objects::int::{PyBigInt, PyInt};
use crate::objects::list::PyList;
use crate::objects::set::PySet;
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;
use crate::objects::typeobj::PyType;
use std::cell::{Cell, RefCell};

/// Whether `obj` is an instance of a class derived from a built-in type
/// other than `object` (and exceptions, which have their own layout).
#[inline(always)]
pub fn is_subclass_instance(obj: &ObjRef) -> bool {
    obj.flags() & flags::SUBCLASS != 0
}

/// Whether the built-in comparison of `a` with `b` is defined by `a`'s
/// type (else it answers NotImplemented, as CPython's do for foreign
/// types): same kind, ints with ints, floats with ints.
pub fn comparable(a: &ObjRef, b: &ObjRef) -> bool {
    let int = |k: Kind| matches!(k, Kind::Int | Kind::BigInt);
    a.kind() == b.kind()
        || (int(a.kind()) && int(b.kind()))
        || (a.kind() == Kind::Float && int(b.kind()))
}

impl Vm {
    /// The built-in type a class derives its layout from: the first
    /// built-in type in its MRO other than `object`, if any.
    pub fn builtin_base(&self, cls: &ObjRef) -> Option<ObjRef> {
        let t = cls.downcast::<PyType>()?;
        let mro = t.mro.borrow();
        mro.iter()
            .find(|t| !self.is_heap_type(t) && !t.is(&self.types.object))
            .cloned()
    }

    /// Whether instances of `cls` (derived from a built-in type) have a
    /// `__dict__`: not when every class of its own defines `__slots__`
    /// without `'__dict__'` (namedtuple classes have `__slots__ = ()`).
    pub fn subclass_has_dict(&mut self, cls: &ObjRef) -> bool {
        let Some(t) = cls.downcast::<PyType>() else {
            return true;
        };
        let mro: Vec<ObjRef> = t
            .mro
            .borrow()
            .iter()
            .filter(|c| self.is_heap_type(c))
            .cloned()
            .collect();
        let slots = self.intern("__slots__");
        for c in &mro {
            let Some(d) = c.downcast::<PyType>().map(|p| p.dict.clone()) else {
                continue;
            };
            match self.dict_get_str(&d, &slots) {
                None => return true,
                Some(s) => {
                    let names = match s.as_str() {
                        Some(_) => vec![s.clone()],
                        None => match s.kind() {
                            Kind::Tuple | Kind::List => self.sequence_items(&s).unwrap_or_default(),
                            _ => return true,
                        },
                    };
                    if names.iter().any(|n| n.as_str() == Some("__dict__")) {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// Whether `obj` is a frozenset or an instance of a subclass of it.
    pub fn is_frozenset(&self, obj: &ObjRef) -> bool {
        obj.kind() == Kind::Set
            && (obj.is_type(&self.types.frozenset)
                || (is_subclass_instance(obj) && self.isinstance(obj, &self.types.frozenset)))
    }

    /// The Python method of a subclass instance's class that overrides
    /// built-in behaviour `name` (None when the base type's own
    /// implementation applies).
    pub fn subclass_override(&mut self, obj: &ObjRef, name: &str) -> Option<ObjRef> {
        if !is_subclass_instance(obj) {
            return None;
        }
        let k = self.intern(name);
        let ty = obj.type_of();
        self.type_lookup(&ty, &k)
            .filter(|f| f.kind() != Kind::Native)
    }

    /// Calls the overriding method `name` of a subclass instance, if its
    /// class has one: `Ok(None)` means the built-in behaviour applies.
    pub fn subclass_call(
        &mut self,
        obj: &ObjRef,
        name: &str,
        args: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        if !is_subclass_instance(obj) || self.subclass_override(obj, name).is_none() {
            return Ok(None);
        }
        let k = self.intern(name);
        self.call_dunder_name(obj, &k, args)
    }

    /// A binary operator where an operand is a subclass instance whose
    /// class overrides the operator (CPython's order: in-place method, a
    /// right operand's reflected method when its class derives from the
    /// left's, the left's method, then the right's reflected method).
    /// `Ok(None)`: no override answered, the built-in operation applies.
    pub fn subclass_binary_op(
        &mut self,
        a: &ObjRef,
        b: &ObjRef,
        op: BinaryOp,
        inplace: bool,
    ) -> PyResult<Option<ObjRef>> {
        let (normal, reflected, ip) = super::dunder::binop_dunders(op);
        let ni = self.not_implemented.clone();
        let answered = |r: Option<ObjRef>| r.filter(|r| !r.is(&ni));
        if inplace && let Some(r) = answered(self.subclass_call(a, ip, std::slice::from_ref(b))?) {
            return Ok(Some(r));
        }
        let b_first = is_subclass_instance(b)
            && !a.type_of().is(&b.type_of())
            && self.is_subclass(&b.type_of(), &a.type_of());
        if b_first
            && let Some(r) = answered(self.subclass_call(b, reflected, std::slice::from_ref(a))?)
        {
            return Ok(Some(r));
        }
        if !b_first && self.is_user_object(a) {
            // A class instance on the left: its own methods go first.
            return Ok(None);
        }
        if let Some(r) = answered(self.subclass_call(a, normal, std::slice::from_ref(b))?) {
            return Ok(Some(r));
        }
        if b_first || a.type_of().is(&b.type_of()) || self.subclass_override(b, reflected).is_none()
        {
            return Ok(None);
        }
        // The left operand's built-in method answers unless it does not
        // support the right operand (NotImplemented: a TypeError here);
        // only then the right's reflected method is asked.
        match self.binary_op_base(a, b, op, inplace) {
            Err(e) if self.isinstance(&e.0, &self.exc.type_error.clone()) => {}
            other => return other.map(Some),
        }
        Ok(answered(self.subclass_call(
            b,
            reflected,
            std::slice::from_ref(a),
        )?))
    }

    /// A rich comparison where an operand is a subclass instance whose
    /// class overrides it; `Ok(None)` when no override answered.
    pub fn subclass_compare(
        &mut self,
        a: &ObjRef,
        b: &ObjRef,
        op: CompareOp,
    ) -> PyResult<Option<ObjRef>> {
        let (m, r) = super::dunder::compare_dunders(op);
        let ni = self.not_implemented.clone();
        let answered = |v: Option<ObjRef>| v.filter(|v| !v.is(&ni));
        let b_first = is_subclass_instance(b)
            && !a.type_of().is(&b.type_of())
            && self.is_subclass(&b.type_of(), &a.type_of());
        if b_first && let Some(v) = answered(self.subclass_call(b, r, std::slice::from_ref(a))?) {
            return Ok(Some(v));
        }
        if !b_first && self.is_user_object(a) {
            // A class instance on the left: its own methods go first.
            return Ok(None);
        }
        if let Some(v) = answered(self.subclass_call(a, m, std::slice::from_ref(b))?) {
            return Ok(Some(v));
        }
        // The left operand's built-in comparison answers when it supports
        // the right operand; otherwise the right's reflected method is asked.
        if b_first || comparable(a, b) {
            return Ok(None);
        }
        Ok(answered(self.subclass_call(
            b,
            r,
            std::slice::from_ref(a),
        )?))
    }

    /// A new, empty instance of `cls`, whose built-in base is the mutable
    /// type `base` (list, dict, set): `__init__` fills it.
    pub fn new_empty_subclass_instance(&self, cls: &ObjRef, base: &ObjRef) -> Option<ObjRef> {
        if base.is(&self.types.list) {
            Some(heap::alloc_subclass_object(
                cls,
                PyList {
                    items: RefCell::new(Vec::new()),
                },
            ))
        } else if base.is(&self.types.dict) {
            Some(heap::alloc_subclass_object(
                cls,
                PyDict {
                    table: RefCell::new(DictTable::new()),
                },
            ))
        } else if base.is(&self.types.set) {
            Some(heap::alloc_subclass_object(
                cls,
                PySet {
                    table: RefCell::new(DictTable::new_set()),
                },
            ))
        } else if base.is(&self.types.bytearray) {
            Some(heap::alloc_subclass_object(
                cls,
                crate::objects::bytearray::PyByteArray::new(Vec::new()),
            ))
        } else {
            None
        }
    }

    /// An instance of `cls` holding the value of `v`, an object of an
    /// immutable built-in type (int, float, str, bytes, tuple, frozenset):
    /// what `int.__new__(cls, ...)` returns after computing the value.
    pub fn subclass_instance_of(&self, cls: &ObjRef, v: &ObjRef) -> Option<ObjRef> {
        Some(match v.kind() {
            Kind::Int => {
                let value = v.downcast::<PyInt>()?.value;
                heap::alloc_subclass_object(cls, PyInt { value })
            }
            Kind::BigInt => {
                let value = v.downcast::<PyBigInt>()?.value.clone();
                heap::alloc_subclass_object(cls, PyBigInt { value })
            }
            Kind::Float => {
                let value = v.downcast::<PyFloat>()?.value;
                heap::alloc_subclass_object(cls, PyFloat { value })
            }
            Kind::Str => {
                let char_len = v.downcast::<PyStr>()?.char_len;
                let bytes = v.var_items::<PyStr>()?;
                heap::alloc_subclass_var_object(
                    cls,
                    PyStr {
                        hash: Cell::new(-1),
                        char_len,
                    },
                    bytes.iter().copied(),
                )
            }
            Kind::Bytes => {
                let bytes = v.var_items::<PyBytes>()?;
                heap::alloc_subclass_var_object(
                    cls,
                    PyBytes {
                        hash: Cell::new(-1),
                    },
                    bytes.iter().copied(),
                )
            }
            Kind::Tuple => {
                let items = v.var_items::<PyTuple>()?;
                heap::alloc_subclass_var_object(
                    cls,
                    PyTuple {
                        hash: Cell::new(-1),
                    },
                    items.iter().cloned(),
                )
            }
            Kind::Set => {
                let mut table = DictTable::new_set();
                table.merge_into_unfilled(&v.downcast::<PySet>()?.table.borrow());
                heap::alloc_subclass_object(
                    cls,
                    PySet {
                        table: RefCell::new(table),
                    },
                )
            }
            _ => return None,
        })
    }
}
