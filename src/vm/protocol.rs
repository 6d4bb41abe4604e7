//! The object protocols every type takes part in: `repr`, `str`, `hash`,
//! `==`, truth. Dispatch is on the object's kind (built-in types); classes
//! reach their dunder methods through the same entry points.

use super::Vm;
use super::subclass::is_subclass_instance;
use crate::heap::{Kind, ObjRef};
use crate::objects::bytes::PyBytes;
use crate::objects::dict::PyDict;
use crate::objects::exception::PyException;
use crate::objects::float::PyFloat;
use crate::objects::function::{PyBoundMethod, PyFunction};
use crate::objects::int::{PyBigInt, PyInt};
use crate::objects::iter::PyIter;
use crate::objects::list::PyList;
use crate::objects::module::PyModule;
use crate::objects::native::PyNative;
use crate::objects::range::PyRange;
use crate::objects::slice::PySlice;
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;
use crate::objects::typeobj::PyType;
use crate::objects::{PyErr, PyResult};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// CPython's modulus for numeric hashes (2**61 - 1).
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

impl Vm {
    /// `repr(obj)` as a str object.
    pub fn repr(&mut self, obj: &ObjRef) -> PyResult {
        if obj.kind() == Kind::Str && !is_subclass_instance(obj) {
            let s = crate::objects::str::repr_str(obj.as_str().unwrap_or(""));
            return Ok(self.new_str(&s));
        }
        let s = self.repr_string(obj)?;
        Ok(self.new_str(&s))
    }

    /// Enters a level of native recursion (repr, ==, hash of nested
    /// containers), counted against the recursion limit like CPython's
    /// `Py_EnterRecursiveCall`; `what` completes the RecursionError message.
    pub fn enter_recursion(&mut self, what: &str) -> PyResult<()> {
        if self.native_depth + self.frames.len() >= self.recursion_limit + 50
            || self.native_depth > 200_000
        {
            return Err(self.new_error(
                &self.exc.recursion_error,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.native_depth += 1;
        Ok(())
    }

    /// Leaves a level entered with [`Vm::enter_recursion`].
    pub fn leave_recursion(&mut self) {
        self.native_depth -= 1;
    }

    /// `repr(obj)` as a Rust String.
    pub fn repr_string(&mut self, obj: &ObjRef) -> PyResult<String> {
        if matches!(
            obj.kind(),
            Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::Instance
        ) {
            self.enter_recursion(" while getting the repr of an object")?;
            let r = self.repr_string_inner(obj);
            self.leave_recursion();
            return r;
        }
        self.repr_string_inner(obj)
    }

    fn repr_string_inner(&mut self, obj: &ObjRef) -> PyResult<String> {
        if is_subclass_instance(obj)
            && self.subclass_override(obj, "__repr__").is_some()
            && let Some(s) = self.user_repr(obj)?
        {
            return Ok(s);
        }
        self.repr_string_base(obj)
    }

    /// `repr` as the built-in type of `obj` makes it (`list.__repr__`).
    pub fn repr_string_base(&mut self, obj: &ObjRef) -> PyResult<String> {
        if self.is_user_object(obj)
            && let Some(s) = self.user_repr(obj)?
        {
            return Ok(s);
        }
        if obj.kind() == Kind::Type
            && let Some(r) = self.metaclass_dunder(obj, "__repr__", &[])?
        {
            return match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    self.type_name(&r)
                ))),
            };
        }
        self.repr_builtin(obj)
    }

    /// `repr` by the object's kind alone, no `__repr__` asked
    /// (`BaseException.__repr__`, and the base of every other repr).
    pub fn repr_builtin(&mut self, obj: &ObjRef) -> PyResult<String> {
        Ok(match obj.kind() {
            Kind::WeakRef => crate::modules::weakref::weakref_repr(self, obj),
            Kind::Property => format!("<property object at {:#x}>", obj.id()),
            Kind::Member => self.member_repr(obj),
            Kind::MappingProxy => self.mappingproxy_repr(obj)?,
            Kind::StaticMethod | Kind::ClassMethod => {
                let (name, f) = match obj.kind() {
                    Kind::StaticMethod => (
                        "staticmethod",
                        obj.downcast::<crate::objects::descriptor::PyStaticMethod>()
                            .map(|s| s.func.clone()),
                    ),
                    _ => (
                        "classmethod",
                        obj.downcast::<crate::objects::descriptor::PyClassMethod>()
                            .map(|s| s.func.clone()),
                    ),
                };
                let inner = match f {
                    Some(f) => self.repr_string(&f)?,
                    None => String::new(),
                };
                format!("<{name}({inner})>")
            }
            Kind::Super => {
                let s = obj
                    .downcast::<crate::objects::descriptor::PySuper>()
                    .map(|s| (s.thisclass.clone(), s.obj.clone()));
                match s {
                    Some((t, o)) => {
                        let tr = self.repr_string(&t)?;
                        let or = self.repr_string(&o)?;
                        format!("<super: {tr}, {or}>")
                    }
                    None => String::new(),
                }
            }
            Kind::Singleton => {
                if obj.is(&self.none) {
                    "None".into()
                } else if obj.is(&self.not_implemented) {
                    "NotImplemented".into()
                } else if obj.is(&self.ellipsis) {
                    "Ellipsis".into()
                } else {
                    "<NULL>".into()
                }
            }
            Kind::Int => {
                let v = obj.downcast::<PyInt>().map(|i| i.value).unwrap_or(0);
                if obj.is_type(&self.types.bool_) {
                    if v != 0 {
                        "True".into()
                    } else {
                        "False".into()
                    }
                } else {
                    v.to_string()
                }
            }
            Kind::BigInt => {
                let b = obj.downcast::<PyBigInt>().map(|b| &b.value);
                match b {
                    Some(b) => self.bigint_to_decimal(b)?,
                    None => String::new(),
                }
            }
            Kind::Float => crate::objects::format::float_repr(
                obj.downcast::<PyFloat>().map(|f| f.value).unwrap_or(0.0),
            ),
            Kind::Str => crate::objects::str::repr_str(obj.as_str().unwrap_or("")),
            Kind::Bytes => {
                crate::objects::bytes::repr_bytes(obj.var_items::<PyBytes>().unwrap_or(&[]))
            }
            Kind::ByteArray => crate::objects::bytearray::repr_bytearray(
                &self.type_name(obj),
                &crate::objects::bytes::bytes_like(obj).unwrap_or_default(),
            ),
            Kind::MemoryView => self.memoryview_repr(obj),
            Kind::Tuple => {
                let items: Vec<ObjRef> = obj.var_items::<PyTuple>().unwrap_or(&[]).to_vec();
                if items.is_empty() {
                    return Ok("()".into());
                }
                if !self.repr_enter(obj) {
                    return Ok("(...)".into());
                }
                let r = self.repr_join(&items);
                self.repr_leave(obj);
                let body = r?;
                if items.len() == 1 {
                    format!("({body},)")
                } else {
                    format!("({body})")
                }
            }
            Kind::List => {
                let items: Vec<ObjRef> = obj
                    .downcast::<PyList>()
                    .map(|l| l.items.borrow().clone())
                    .unwrap_or_default();
                if items.is_empty() {
                    return Ok("[]".into());
                }
                if !self.repr_enter(obj) {
                    return Ok("[...]".into());
                }
                let r = self.repr_join(&items);
                self.repr_leave(obj);
                format!("[{}]", r?)
            }
            Kind::Dict => {
                let entries: Vec<(ObjRef, ObjRef)> = obj
                    .downcast::<PyDict>()
                    .map(|d| {
                        d.table
                            .borrow()
                            .iter()
                            .map(|e| (e.key.clone(), e.value.clone()))
                            .collect()
                    })
                    .unwrap_or_default();
                if entries.is_empty() {
                    return Ok("{}".into());
                }
                if !self.repr_enter(obj) {
                    return Ok("{...}".into());
                }
                let r = (|| -> PyResult<String> {
                    let mut out = String::from("{");
                    for (i, (k, v)) in entries.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr_string(k)?);
                        out.push_str(": ");
                        out.push_str(&self.repr_string(v)?);
                    }
                    out.push('}');
                    Ok(out)
                })();
                self.repr_leave(obj);
                r?
            }
            Kind::Range => {
                let r = obj.downcast::<PyRange>();
                match r {
                    Some(r) if r.step == 1 => format!("range({}, {})", r.start, r.stop),
                    Some(r) => format!("range({}, {}, {})", r.start, r.stop, r.step),
                    None => String::new(),
                }
            }
            Kind::Slice => {
                let (a, b, c) = match obj.downcast::<PySlice>() {
                    Some(s) => (s.start.clone(), s.stop.clone(), s.step.clone()),
                    None => return Ok(String::new()),
                };
                format!(
                    "slice({}, {}, {})",
                    self.repr_string(&a)?,
                    self.repr_string(&b)?,
                    self.repr_string(&c)?
                )
            }
            Kind::Function => {
                let q = obj
                    .downcast::<PyFunction>()
                    .map(|f| f.qualname.borrow().as_str().unwrap_or("?").to_string())
                    .unwrap_or_default();
                format!("<function {} at {:#x}>", q, obj.id())
            }
            Kind::Native => {
                let n = match obj.downcast::<PyNative>() {
                    Some(n) => n,
                    None => return Ok(String::new()),
                };
                match (&n.self_obj, n.owner) {
                    (Some(s), _) if n.module.is_none() => {
                        if s.kind() == Kind::Type {
                            format!(
                                "<built-in method {} of type object at {:#x}>",
                                n.name,
                                s.id()
                            )
                        } else {
                            format!(
                                "<built-in method {} of {} object at {:#x}>",
                                n.name,
                                self.type_name(s),
                                s.id()
                            )
                        }
                    }
                    (None, Some(owner)) => format!("<method '{}' of '{}' objects>", n.name, owner),
                    _ => format!("<built-in function {}>", n.name),
                }
            }
            Kind::BoundMethod => {
                let (f, s) = match obj.downcast::<PyBoundMethod>() {
                    Some(m) => (m.func.clone(), m.self_obj.clone()),
                    None => return Ok(String::new()),
                };
                let q = f
                    .downcast::<PyFunction>()
                    .map(|f| f.qualname.borrow().as_str().unwrap_or("?").to_string())
                    .unwrap_or_else(|| "?".into());
                format!("<bound method {} of {}>", q, self.repr_string(&s)?)
            }
            Kind::Type => {
                let t = match obj.downcast::<PyType>() {
                    Some(t) => t,
                    None => return Ok(String::new()),
                };
                let module = self.type_module_name(obj);
                if module == "builtins" {
                    format!("<class '{}'>", t.qualname.borrow())
                } else {
                    format!("<class '{}.{}'>", module, t.qualname.borrow())
                }
            }
            Kind::Module => {
                let name = obj
                    .downcast::<PyModule>()
                    .map(|m| m.dict.clone())
                    .and_then(|d| {
                        let k = self.intern("__name__");
                        self.dict_get_str(&d, &k)
                    })
                    .and_then(|n| n.as_str().map(str::to_string))
                    .unwrap_or_else(|| "?".into());
                let file = obj
                    .downcast::<PyModule>()
                    .map(|m| m.dict.clone())
                    .and_then(|d| {
                        let k = self.intern("__file__");
                        self.dict_get_str(&d, &k)
                    })
                    .and_then(|n| n.as_str().map(str::to_string));
                // A module made by `types.ModuleType(...)` has a None
                // `__loader__` and shows only its name.
                let no_loader = obj
                    .downcast::<PyModule>()
                    .map(|m| m.dict.clone())
                    .and_then(|d| {
                        let k = self.intern("__loader__");
                        self.dict_get_str(&d, &k)
                    })
                    .is_some_and(|l| l.is(&self.none));
                match file {
                    Some(f) => format!("<module '{name}' from '{f}'>"),
                    None if no_loader => format!("<module '{name}'>"),
                    None => format!("<module '{name}' (built-in)>"),
                }
            }
            Kind::Exception => {
                let args = obj
                    .downcast::<PyException>()
                    .map(|e| e.args.borrow().clone())
                    .unwrap_or_else(|| self.empty_tuple.clone());
                let items: Vec<ObjRef> = args.var_items::<PyTuple>().unwrap_or(&[]).to_vec();
                let name = self.type_name(obj);
                if items.len() == 1 {
                    format!("{}({})", name, self.repr_string(&items[0])?)
                } else {
                    format!("{}{}", name, self.repr_string(&args)?)
                }
            }
            Kind::Cell => format!("<cell at {:#x}>", obj.id()),
            Kind::Frame => self.frame_repr(obj),
            Kind::Generator => {
                let q = obj
                    .downcast::<crate::objects::generator::PyGenerator>()
                    .map(|g| g.qualname.as_str().unwrap_or("?").to_string())
                    .unwrap_or_default();
                format!("<generator object {} at {:#x}>", q, obj.id())
            }
            Kind::Code => {
                let c = obj.downcast::<crate::objects::code::PyCode>();
                match c {
                    Some(c) => format!(
                        "<code object {} at {:#x}, file \"{}\", line {}>",
                        c.data.co.name,
                        obj.id(),
                        c.data.co.filename,
                        c.data.co.firstlineno
                    ),
                    None => String::new(),
                }
            }
            Kind::Iter | Kind::Set | Kind::Instance => {
                if obj.kind() == Kind::Set {
                    return self.set_repr(obj);
                }
                if let Some(r) = super::views::view_repr(self, obj)? {
                    return Ok(r);
                }
                let _ = obj.downcast::<PyIter>();
                let module = self.type_module_name(&obj.type_of());
                let tn = self.type_name(obj);
                if module == "builtins" {
                    format!("<{} object at {:#x}>", tn, obj.id())
                } else {
                    format!("<{}.{} object at {:#x}>", module, tn, obj.id())
                }
            }
        })
    }

    fn repr_join(&mut self, items: &[ObjRef]) -> PyResult<String> {
        let mut out = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_string(it)?);
        }
        Ok(out)
    }

    /// Marks `obj` as being repr'd; false if it already is (a cycle).
    fn repr_enter(&mut self, obj: &ObjRef) -> bool {
        if self.repr_active.contains(&obj.id()) {
            return false;
        }
        self.repr_active.push(obj.id());
        true
    }

    fn repr_leave(&mut self, obj: &ObjRef) {
        if let Some(p) = self.repr_active.iter().rposition(|&i| i == obj.id()) {
            self.repr_active.remove(p);
        }
    }

    /// The `__module__` of a type (`builtins` for built-in types).
    pub fn type_module_name(&mut self, ty: &ObjRef) -> String {
        if let Some(t) = ty.downcast::<PyType>() {
            let d = t.dict.clone();
            let k = self.intern("__module__");
            if let Some(m) = self.dict_get_str(&d, &k)
                && let Some(s) = m.as_str()
            {
                return s.to_string();
            }
        }
        "builtins".into()
    }

    /// Decimal text of a big int, with CPython's digit limit
    /// (`sys.set_int_max_str_digits`, 4300 by default).
    pub fn bigint_to_decimal(&self, b: &BigInt) -> PyResult<String> {
        use crate::objects::format::{
            int_max_str_digits, past_digit_limit, surely_past_digit_limit,
        };
        let refuse = || {
            self.value_error(format!(
                "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                int_max_str_digits()
            ))
        };
        if surely_past_digit_limit(b.bits()) {
            return Err(refuse());
        }
        let s = b.to_string();
        if past_digit_limit(s.trim_start_matches('-').len()) {
            return Err(refuse());
        }
        Ok(s)
    }

    /// `str(obj)` as a str object.
    pub fn str_of(&mut self, obj: &ObjRef) -> PyResult {
        if let Some(t) = crate::modules::weakref::unproxy(self, obj)? {
            return self.str_of(&t);
        }
        if self.is_user_object(obj)
            && let Some(s) = self.user_str(obj)?
        {
            return Ok(s);
        }
        if is_subclass_instance(obj) {
            if self.subclass_override(obj, "__str__").is_some()
                && let Some(s) = self.user_str(obj)?
            {
                return Ok(s);
            }
            // str() of a str subclass instance is a plain str.
            if let Some(text) = obj.as_str() {
                let text = text.to_string();
                return Ok(self.new_str(&text));
            }
            // bytes and bytearray have a str of their own: their repr,
            // whatever __repr__ says.
            if matches!(obj.kind(), Kind::Bytes | Kind::ByteArray) {
                let s = self.repr_builtin(obj)?;
                return Ok(self.new_str(&s));
            }
        }
        self.str_builtin(obj)
    }

    /// `str` by the object's kind alone, no `__str__` asked
    /// (`BaseException.__str__`).
    pub fn str_builtin(&mut self, obj: &ObjRef) -> PyResult {
        match obj.kind() {
            Kind::Str => Ok(obj.clone()),
            // str() of a mappingproxy is that of its mapping.
            Kind::MappingProxy => match self.proxied(obj) {
                Some(m) => self.str_of(&m),
                None => self.repr(obj),
            },
            Kind::Exception => {
                if let Some(s) = self.os_error_str(obj)? {
                    return Ok(self.new_str(&s));
                }
                if let Some(s) = self.unicode_error_str(obj)? {
                    return Ok(self.new_str(&s));
                }
                if let Some(s) = self.syntax_error_str(obj)? {
                    return Ok(self.new_str(&s));
                }
                let args = obj
                    .downcast::<PyException>()
                    .map(|e| e.args.borrow().clone())
                    .unwrap_or_else(|| self.empty_tuple.clone());
                let items: Vec<ObjRef> = args.var_items::<PyTuple>().unwrap_or(&[]).to_vec();
                match items.len() {
                    0 => Ok(self.empty_str.clone()),
                    1 => {
                        if self.isinstance(obj, &self.exc.key_error.clone()) {
                            self.repr(&items[0])
                        } else {
                            self.str_of(&items[0])
                        }
                    }
                    _ => self.repr(&args),
                }
            }
            _ => self.repr(obj),
        }
    }

    /// `str(obj)` as a Rust String.
    pub fn str_string(&mut self, obj: &ObjRef) -> PyResult<String> {
        if !is_subclass_instance(obj)
            && let Some(s) = obj.as_str()
        {
            return Ok(s.to_string());
        }
        let s = self.str_of(obj)?;
        Ok(s.as_str().unwrap_or("").to_string())
    }

    /// `hash(obj)`.
    pub fn hash(&mut self, obj: &ObjRef) -> PyResult<i64> {
        if is_subclass_instance(obj) && self.subclass_override(obj, "__hash__").is_some() {
            return self.user_hash(obj);
        }
        self.hash_base(obj)
    }

    /// The hash of a tuple whose hash is not cached yet. Tuples nested in
    /// it are hashed first, deepest first, with a stack of our own instead
    /// of recursion: CPython hashes a 100,000-deep tuple without a
    /// RecursionError, and so must we, without overflowing the Rust stack.
    /// Each tuple caches its hash, so the outer ones find their tuple
    /// items' hashes ready.
    fn tuple_hash_nested(&mut self, root: &ObjRef) -> PyResult<i64> {
        let unhashed_plain_tuple = |o: &ObjRef| {
            o.kind() == Kind::Tuple
                && o.flags() & crate::heap::flags::SUBCLASS == 0
                && o.downcast::<PyTuple>().is_some_and(|t| t.hash.get() == -1)
        };
        // Each entry: a tuple and the index of its next item to look at.
        let mut pending: Vec<(ObjRef, usize)> = vec![(root.clone(), 0)];
        while let Some((tuple, next)) = pending.last_mut() {
            let child = tuple
                .var_items::<PyTuple>()
                .and_then(|items| items.get(*next).cloned());
            if let Some(child) = child {
                *next += 1;
                if unhashed_plain_tuple(&child) {
                    pending.push((child, 0));
                }
                continue;
            }
            let Some((tuple, _)) = pending.pop() else {
                break;
            };
            let items: Vec<ObjRef> = tuple.var_items::<PyTuple>().unwrap_or(&[]).to_vec();
            let mut hashes = Vec::with_capacity(items.len());
            for it in &items {
                hashes.push(self.hash(it)?);
            }
            let h = tuple_hash(&hashes);
            if let Some(t) = tuple.downcast::<PyTuple>() {
                t.hash.set(h);
            }
        }
        Ok(root
            .downcast::<PyTuple>()
            .map(|t| t.hash.get())
            .unwrap_or(-1))
    }

    /// `hash` as the built-in type of `obj` computes it (`str.__hash__`).
    pub fn hash_base(&mut self, obj: &ObjRef) -> PyResult<i64> {
        match obj.kind() {
            Kind::Str => {
                let s = obj.downcast::<PyStr>();
                if let Some(p) = s {
                    let h = p.hash.get();
                    if h != -1 {
                        return Ok(h);
                    }
                    let h = crate::objects::str::hash_bytes(obj.as_str().unwrap_or("").as_bytes());
                    p.hash.set(h);
                    return Ok(h);
                }
                Ok(0)
            }
            Kind::Int => Ok(hash_i64(
                obj.downcast::<PyInt>().map(|i| i.value).unwrap_or(0),
            )),
            Kind::BigInt => Ok(obj
                .downcast::<PyBigInt>()
                .map(|b| hash_bigint(&b.value))
                .unwrap_or(0)),
            Kind::Float => Ok(hash_f64(
                obj.downcast::<PyFloat>().map(|f| f.value).unwrap_or(0.0),
                obj.id(),
            )),
            Kind::Bytes => {
                let p = obj.downcast::<PyBytes>();
                if let Some(p) = p {
                    let h = p.hash.get();
                    if h != -1 {
                        return Ok(h);
                    }
                    let h =
                        crate::objects::str::hash_bytes(obj.var_items::<PyBytes>().unwrap_or(&[]));
                    p.hash.set(h);
                    return Ok(h);
                }
                Ok(0)
            }
            Kind::Tuple => {
                let cached = obj
                    .downcast::<PyTuple>()
                    .map(|t| t.hash.get())
                    .unwrap_or(-1);
                if cached != -1 {
                    return Ok(cached);
                }
                self.tuple_hash_nested(obj)
            }
            Kind::List | Kind::Dict | Kind::Set if !self.is_frozenset(obj) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(obj))))
            }
            Kind::Set => self.frozenset_hash(obj),
            Kind::Range => {
                let r = obj
                    .downcast::<PyRange>()
                    .map(|r| (r.len(), r.start, r.step))
                    .unwrap_or((0, 0, 1));
                let parts = if r.0 == 0 {
                    vec![hash_i64(0), hash_i64(0), hash_i64(0)]
                } else if r.0 == 1 {
                    vec![hash_i64(1), hash_bigint(&BigInt::from(r.1)), hash_i64(0)]
                } else {
                    vec![
                        hash_bigint(&BigInt::from(r.0)),
                        hash_bigint(&BigInt::from(r.1)),
                        hash_bigint(&BigInt::from(r.2)),
                    ]
                };
                Ok(tuple_hash(&parts))
            }
            Kind::Slice => Err(self.type_error("unhashable type: 'slice'")),
            Kind::ByteArray => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(obj))))
            }
            Kind::MemoryView => self.memoryview_hash(obj),
            Kind::WeakRef
                if obj
                    .downcast::<crate::objects::weakref::PyWeakRef>()
                    .is_some_and(|w| w.proxy) =>
            {
                Err(self.type_error(format!(
                    "unhashable type: 'weakref.{}'",
                    self.type_name(obj)
                )))
            }
            Kind::WeakRef => crate::modules::weakref::weakref_hash(self, obj),
            Kind::Instance | Kind::Exception if self.is_user_object(obj) => self.user_hash(obj),
            Kind::Iter if super::views::view_unhashable(obj) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(obj))))
            }
            _ => Ok(hash_pointer(obj.id())),
        }
    }

    /// `a == b`.
    pub fn eq(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
        if (is_subclass_instance(a) || is_subclass_instance(b))
            && let Some(r) = self.subclass_compare(a, b, crate::compiler::opcode::CompareOp::Eq)?
        {
            return self.truthy(&r);
        }
        self.eq_base(a, b)
    }

    /// `a == b` as the built-in types compare (no subclass overrides).
    pub fn eq_base(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
        if let (Some(x), Some(y)) = (crate::vm::ops::as_num(a), crate::vm::ops::as_num(b)) {
            return Ok(crate::vm::ops::num_cmp(x, y) == Some(std::cmp::Ordering::Equal));
        }
        if self.is_user_object(a) || self.is_user_object(b) {
            return match self.user_compare(a, b, crate::compiler::opcode::CompareOp::Eq)? {
                Some(r) => self.truthy(&r),
                None => Ok(a.is(b)),
            };
        }
        if a.is(b) {
            return Ok(true);
        }
        if a.kind() == Kind::MappingProxy || b.kind() == Kind::MappingProxy {
            let a = self.proxied(a).unwrap_or_else(|| a.clone());
            let b = self.proxied(b).unwrap_or_else(|| b.clone());
            return self.eq(&a, &b);
        }
        match (a.kind(), b.kind()) {
            (Kind::Str, Kind::Str) => Ok(a.as_str() == b.as_str()),
            (Kind::WeakRef, Kind::WeakRef) => crate::modules::weakref::weakref_eq(self, a, b),
            (Kind::Bytes, Kind::Bytes) => Ok(a.var_items::<PyBytes>() == b.var_items::<PyBytes>()),
            (Kind::MemoryView, _) => Ok(self.memoryview_eq(a, b)?.unwrap_or(false)),
            (_, Kind::MemoryView) => Ok(self.memoryview_eq(b, a)?.unwrap_or(false)),
            (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
                Ok(crate::objects::bytes::bytes_like(a) == crate::objects::bytes::bytes_like(b))
            }
            (Kind::Tuple, Kind::Tuple) | (Kind::List, Kind::List) => {
                let x = self.sequence_items(a)?;
                let y = self.sequence_items(b)?;
                if x.len() != y.len() {
                    return Ok(false);
                }
                self.enter_recursion(" in comparison")?;
                let mut result = Ok(true);
                for (p, q) in x.iter().zip(y.iter()) {
                    match self.eq_or_identical(p, q) {
                        Ok(true) => {}
                        other => {
                            result = other;
                            break;
                        }
                    }
                }
                self.leave_recursion();
                result
            }
            (Kind::Dict, Kind::Dict) => self.dict_eq(a, b),
            (Kind::Set, Kind::Set) => self.set_eq(a, b),
            (Kind::Range, Kind::Range) => {
                let (x, y) = (a.downcast::<PyRange>(), b.downcast::<PyRange>());
                Ok(match (x, y) {
                    (Some(x), Some(y)) => {
                        let (lx, ly) = (x.len(), y.len());
                        lx == ly
                            && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
                    }
                    _ => false,
                })
            }
            (Kind::Slice, Kind::Slice) => {
                let (x, y) = match (a.downcast::<PySlice>(), b.downcast::<PySlice>()) {
                    (Some(x), Some(y)) => (
                        [x.start.clone(), x.stop.clone(), x.step.clone()],
                        [y.start.clone(), y.stop.clone(), y.step.clone()],
                    ),
                    _ => return Ok(false),
                };
                for (p, q) in x.iter().zip(y.iter()) {
                    if !self.eq_or_identical(p, q)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (Kind::BoundMethod, Kind::BoundMethod) => {
                let (x, y) = (a.downcast::<PyBoundMethod>(), b.downcast::<PyBoundMethod>());
                Ok(
                    matches!((x, y), (Some(x), Some(y)) if x.func.is(&y.func) && x.self_obj.is(&y.self_obj)),
                )
            }
            (Kind::Native, Kind::Native) => {
                let (x, y) = (a.downcast::<PyNative>(), b.downcast::<PyNative>());
                Ok(match (x, y) {
                    (Some(x), Some(y)) => {
                        std::ptr::fn_addr_eq(x.func, y.func)
                            && match (&x.self_obj, &y.self_obj) {
                                (Some(p), Some(q)) => p.is(q),
                                (None, None) => true,
                                _ => false,
                            }
                    }
                    _ => false,
                })
            }
            _ => Ok(super::views::view_eq(self, a, b)?.unwrap_or(false)),
        }
    }

    /// Identity or equality: how containers compare their items (`in`,
    /// `list.index`, `==` of lists), so `nan` in `[nan]` holds.
    #[inline]
    pub fn eq_or_identical(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        self.eq(a, b)
    }

    /// Truth value of `obj`.
    #[inline]
    pub fn truthy(&mut self, obj: &ObjRef) -> PyResult<bool> {
        if obj.is(&self.true_) {
            return Ok(true);
        }
        if obj.is(&self.false_) || obj.is(&self.none) {
            return Ok(false);
        }
        if is_subclass_instance(obj)
            && (self.subclass_override(obj, "__bool__").is_some()
                || self.subclass_override(obj, "__len__").is_some())
        {
            return self.user_truthy(obj);
        }
        if let Some(t) = crate::modules::weakref::unproxy(self, obj)? {
            return self.truthy(&t);
        }
        Ok(match obj.kind() {
            Kind::Int => obj
                .downcast::<PyInt>()
                .map(|i| i.value != 0)
                .unwrap_or(false),
            Kind::BigInt => true,
            Kind::Float => obj
                .downcast::<PyFloat>()
                .map(|f| f.value != 0.0)
                .unwrap_or(false),
            Kind::Str => obj.as_str().map(|s| !s.is_empty()).unwrap_or(false),
            Kind::Bytes => !obj.var_items::<PyBytes>().unwrap_or(&[]).is_empty(),
            Kind::ByteArray => obj
                .downcast::<crate::objects::bytearray::PyByteArray>()
                .is_some_and(|b| !b.is_empty()),
            Kind::MemoryView => self.memoryview_len(obj)? != 0,
            Kind::Tuple => !obj.var_items::<PyTuple>().unwrap_or(&[]).is_empty(),
            Kind::List => obj
                .downcast::<PyList>()
                .map(|l| !l.items.borrow().is_empty())
                .unwrap_or(false),
            Kind::Dict => obj
                .downcast::<PyDict>()
                .map(|d| !d.table.borrow().is_empty())
                .unwrap_or(false),
            Kind::Set => obj
                .downcast::<crate::objects::set::PySet>()
                .map(|d| !d.table.borrow().is_empty())
                .unwrap_or(false),
            Kind::Range => obj
                .downcast::<PyRange>()
                .map(|r| !r.is_empty())
                .unwrap_or(false),
            Kind::Iter => super::views::view_len(obj).is_none_or(|n| n > 0),
            Kind::Singleton => !obj.is(&self.none),
            Kind::Instance => return self.user_truthy(obj),
            _ => true,
        })
    }

    /// The items of a list or tuple as a Vec of new references (a snapshot,
    /// so Python code run while using them cannot invalidate a borrow).
    pub fn sequence_items(&mut self, obj: &ObjRef) -> PyResult<Vec<ObjRef>> {
        match obj.kind() {
            _ if self.subclass_override(obj, "__iter__").is_some() => self.collect_iterable(obj),
            Kind::Tuple => Ok(obj.var_items::<PyTuple>().unwrap_or(&[]).to_vec()),
            Kind::List => Ok(obj
                .downcast::<PyList>()
                .map(|l| l.items.borrow().clone())
                .unwrap_or_default()),
            _ => self.collect_iterable(obj),
        }
    }

    /// All items an iterable yields.
    pub fn collect_iterable(&mut self, obj: &ObjRef) -> PyResult<Vec<ObjRef>> {
        match obj.kind() {
            // A subclass's own __iter__ decides what it yields.
            _ if self.subclass_override(obj, "__iter__").is_some() => {}
            Kind::Tuple => return Ok(obj.var_items::<PyTuple>().unwrap_or(&[]).to_vec()),
            Kind::List => {
                return Ok(obj
                    .downcast::<PyList>()
                    .map(|l| l.items.borrow().clone())
                    .unwrap_or_default());
            }
            _ => {}
        }
        let it = self.get_iter(obj)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
            if out.len() % 4096 == 0 && !crate::heap::try_reserve(out.len() * 8) {
                return Err(self.memory_error());
            }
        }
        Ok(out)
    }

    /// Converts an index object to i64 (ints, bools and objects with
    /// `__index__`), saturating big ints.
    pub fn index_value(&mut self, obj: &ObjRef) -> PyResult<Option<i64>> {
        if self.is_user_object(obj) {
            return match self.number_index(obj)? {
                Some(i) => self.index_value(&i),
                None => Ok(None),
            };
        }
        match obj.kind() {
            Kind::Int => Ok(obj.downcast::<PyInt>().map(|i| i.value)),
            Kind::BigInt => {
                let b = obj.downcast::<PyBigInt>().map(|b| b.value.clone());
                match b {
                    Some(b) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
                    None => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// Converts an int object to i64 or raises the TypeError CPython gives
    /// ("'str' object cannot be interpreted as an integer").
    pub fn expect_index(&mut self, obj: &ObjRef) -> PyResult<i64> {
        if self.is_user_object(obj)
            && let Some(i) = self.number_index(obj)?
        {
            return self.expect_index(&i);
        }
        match obj.kind() {
            Kind::Int => Ok(obj.downcast::<PyInt>().map(|i| i.value).unwrap_or(0)),
            Kind::BigInt => {
                let b = obj
                    .downcast::<PyBigInt>()
                    .map(|b| b.value.clone())
                    .unwrap_or_default();
                b.to_i64().ok_or_else(|| {
                    self.overflow_error("Python int too large to convert to C ssize_t")
                })
            }
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(obj)
            ))),
        }
    }

    /// Raises `err` if a MemoryError is pending from the allocator.
    pub fn check_memory(&self) -> PyResult<()> {
        if crate::heap::take_memory_error() {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Wraps a Rust error message as a PyErr of class `ty`.
    pub fn err(&self, ty: &ObjRef, msg: &str) -> PyErr {
        self.new_error(ty, msg)
    }
}

/// CPython's hash of a machine-word int.
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    let m = HASH_MODULUS as i128;
    let mut h = ((v as i128).abs() % m) as i64;
    if v < 0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

/// CPython's hash of a big int.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (v.abs() % &m).to_i64().unwrap_or(0);
    let h = if v.is_negative() { -r } else { r };
    if h == -1 { -2 } else { h }
}

/// CPython's hash of a float (equal to the hash of an equal int).
pub fn hash_f64(v: f64, id: usize) -> i64 {
    if v.is_nan() {
        return hash_pointer(id);
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(v.abs());
    let sign = if v < 0.0 { -1i64 } else { 1 };
    let mut x: u64 = 0;
    let modulus = HASH_MODULUS as u64;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & modulus) | (x >> (61 - e));
    let h = (x as i64) * sign;
    if h == -1 { -2 } else { h }
}

/// `frexp` for finite non-negative values: (mantissa in [0.5, 1), exponent).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython's default hash for objects without value equality.
pub fn hash_pointer(id: usize) -> i64 {
    let y = id.rotate_right(4) as i64;
    if y == -1 { -2 } else { y }
}

/// CPython 3.11's tuple hash (xxHash-based) over item hashes.
pub fn tuple_hash(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}
