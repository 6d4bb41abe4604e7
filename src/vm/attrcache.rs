//! Inline caches for LOAD_ATTR and STORE_ATTR on class instances (what
//! CPython 3.11's LOAD_ATTR_INSTANCE_VALUE and STORE_ATTR_INSTANCE_VALUE
//! specializations do).
//!
//! An entry, one per name of a code object and per operation, records a
//! type and the versions of the namespaces along its MRO for which the
//! attribute is known to be a plain instance attribute: the class and its
//! bases define no attribute of that name (so no descriptor, property or
//! slot can intercept it) and no `__getattribute__`/`__setattr__` in
//! Python. While the versions hold, the access goes straight to the
//! instance dict, first at the entry where the name was last found
//! (instances of a class usually share one key order). Anything else, a
//! missing attribute included, takes the general path, so behaviour is
//! exactly that of `getattr`/`setattr`.

use super::Vm;
use super::typecache::type_versions;
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::code::{AttrCacheEntry, CodeData, MethodCacheEntry};
use crate::objects::dict::PyDict;
use crate::objects::dict::type_clock;
use crate::objects::instance::{self, PyInstance};
use crate::objects::native::PyNative;
use crate::objects::typeobj::PyType;

/// Index of the LOAD_ATTR entry in a name's pair.
const LOAD: usize = 0;
/// Index of the STORE_ATTR entry in a name's pair.
const STORE: usize = 1;

impl Vm {
    /// LOAD_ATTR: `obj.<names[namei]>`.
    #[inline]
    pub(super) fn load_attr(&mut self, code: &CodeData, namei: usize, obj: &ObjRef) -> PyResult {
        if obj.kind() == Kind::Instance
            && let Some(v) = self.load_instance_attr(code, namei, obj)
        {
            return Ok(v);
        }
        self.getattr(obj, &code.names[namei])
    }

    /// STORE_ATTR: `obj.<names[namei]> = value`.
    #[inline]
    pub(super) fn store_attr(
        &mut self,
        code: &CodeData,
        namei: usize,
        obj: &ObjRef,
        value: ObjRef,
    ) -> PyResult<()> {
        let value = if obj.kind() == Kind::Instance {
            match self.store_instance_attr(code, namei, obj, value) {
                Ok(()) => return Ok(()),
                Err(v) => v,
            }
        } else {
            value
        };
        self.setattr(obj, &code.names[namei], value)
    }

    /// LOAD_METHOD: the method and self to call it with, or (None, the
    /// attribute's value).
    #[inline]
    pub(super) fn load_method_op(
        &mut self,
        code: &CodeData,
        namei: usize,
        obj: &ObjRef,
    ) -> PyResult<(Option<ObjRef>, ObjRef)> {
        if obj.kind() == Kind::Instance {
            if let Some(f) = self.cached_method(code, namei, obj) {
                return Ok((Some(f), obj.clone()));
            }
        } else if has_no_namespace(obj)
            && let Some(f) = self.cached_native_method(code, namei, obj)
        {
            return Ok((Some(f), obj.clone()));
        }
        self.load_method(obj, &code.names[namei])
    }

    /// The cached LOAD_METHOD path for an object of a built-in type (see
    /// [`has_no_namespace`]): a method implemented in Rust, found in the
    /// type, which nothing can shadow. The type's namespaces stamp the
    /// entry as for instances, so assigning to a built-in type's dict (not
    /// possible from Python, but from the interpreter) still invalidates it.
    fn cached_native_method(
        &mut self,
        code: &CodeData,
        namei: usize,
        obj: &ObjRef,
    ) -> Option<ObjRef> {
        let entry = code.method_cache.borrow().get(namei).copied().flatten();
        if let Some(e) = entry
            && e.ty == obj.type_ptr().as_ptr() as usize
            && e.clock == type_clock()
        {
            return Some(cached_func(e));
        }
        let ty = obj.type_of();
        let pt = ty.downcast::<PyType>()?;
        let (own, max) = type_versions(pt, &pt.mro.borrow());
        if let Some(e) = entry
            && e.ty == ty.id()
            && e.own == own
            && e.max == max
        {
            if let Some(Some(slot)) = code.method_cache.borrow_mut().get_mut(namei) {
                slot.clock = type_clock();
            }
            return Some(cached_func(e));
        }
        let f = self.type_lookup(&ty, &code.names[namei])?;
        let is_method = f
            .downcast::<PyNative>()
            .is_some_and(|n| n.owner.is_some() && n.self_obj.is_none() && !n.class_method);
        if !is_method {
            return None;
        }
        let (own, max) = type_versions(pt, &pt.mro.borrow());
        if let Some(slot) = code.method_cache.borrow_mut().get_mut(namei) {
            *slot = Some(MethodCacheEntry {
                ty: ty.id(),
                own,
                max,
                clock: type_clock(),
                func: crate::heap::UncountedRef::new(&f),
            });
        }
        Some(f)
    }

    /// The cached LOAD_METHOD path: a Python function found in the class
    /// of `obj` and not shadowed by its instance dict.
    fn cached_method(&mut self, code: &CodeData, namei: usize, obj: &ObjRef) -> Option<ObjRef> {
        let name = &code.names[namei];
        let entry = code.method_cache.borrow().get(namei).copied().flatten();
        let clock = type_clock();
        let func = match entry {
            // Nothing changed since the entry was checked.
            Some(e) if e.ty == obj.type_ptr().as_ptr() as usize && e.clock == clock => {
                cached_func(e)
            }
            _ => self.method_entry(code, namei, obj, entry)?,
        };
        // An instance attribute of the same name hides the method.
        match instance::get(obj, name) {
            instance::Inline::Value(_) => return None,
            instance::Inline::Absent => return Some(func),
            instance::Inline::Dict => {}
        }
        let inst = obj.downcast::<PyInstance>()?;
        let dict = inst.dict.borrow();
        if let Some(d) = dict.as_ref() {
            let table = d.downcast::<PyDict>()?.table.borrow();
            if !table.is_empty()
                && table
                    .find(self.str_hash(name), |e| {
                        e.key.is(name) || same_str(&e.key, name)
                    })
                    .is_some()
            {
                return None;
            }
        }
        Some(func)
    }

    /// The method of `names[namei]` for the type of `obj` when the entry
    /// may be stale: rechecked against the namespace versions, refilled
    /// when they moved; `None` when the name is not a plain Python method.
    fn method_entry(
        &mut self,
        code: &CodeData,
        namei: usize,
        obj: &ObjRef,
        entry: Option<MethodCacheEntry>,
    ) -> Option<ObjRef> {
        let name = &code.names[namei];
        let ty = obj.type_of();
        let pt = ty.downcast::<PyType>()?;
        let (own, max) = type_versions(pt, &pt.mro.borrow());
        let func = match entry {
            Some(e) if e.ty == ty.id() && e.own == own && e.max == max => {
                if let Some(Some(slot)) = code.method_cache.borrow_mut().get_mut(namei) {
                    slot.clock = type_clock();
                }
                cached_func(e)
            }
            _ => {
                let ga = self.names.getattribute.clone();
                if self
                    .type_lookup(&ty, &ga)
                    .is_some_and(|f| f.kind() == Kind::Function)
                {
                    return None;
                }
                let f = self.type_lookup(&ty, name)?;
                if f.kind() != Kind::Function {
                    return None;
                }
                let (own, max) = type_versions(pt, &pt.mro.borrow());
                if let Some(slot) = code.method_cache.borrow_mut().get_mut(namei) {
                    *slot = Some(MethodCacheEntry {
                        ty: ty.id(),
                        own,
                        max,
                        clock: type_clock(),
                        func: crate::heap::UncountedRef::new(&f),
                    });
                }
                f
            }
        };
        Some(func)
    }

    /// The cached LOAD_ATTR path; `None` sends the access to `getattr`.
    fn load_instance_attr(
        &mut self,
        code: &CodeData,
        namei: usize,
        obj: &ObjRef,
    ) -> Option<ObjRef> {
        let name = &code.names[namei];
        let (way, hint) = self.valid_entry(code, namei, obj, LOAD)?;
        let ix = if hint & INLINE_HINT != 0 {
            hint & !INLINE_HINT
        } else if instance::has_inline_values(obj) {
            let ty = obj.type_of();
            let ix = instance::key_index(ty.downcast::<PyType>()?, name)?;
            set_hint(code, namei, way, ix | INLINE_HINT);
            ix
        } else {
            usize::MAX
        };
        match instance::get_at(obj, ix) {
            instance::Inline::Value(v) => return Some(v),
            instance::Inline::Absent => return None,
            instance::Inline::Dict => {}
        }
        let inst = obj.downcast::<PyInstance>()?;
        let dict = inst.dict.borrow();
        let table = dict.as_ref()?.downcast::<PyDict>()?.table.borrow();
        if let Some(e) = table.entry(hint)
            && e.key.is(name)
        {
            return Some(e.value.clone());
        }
        let ix = table.find(self.str_hash(name), |e| {
            e.key.is(name) || same_str(&e.key, name)
        })?;
        let v = table.entry(ix)?.value.clone();
        drop(table);
        set_hint(code, namei, way, ix);
        Some(v)
    }

    /// The cached STORE_ATTR path; gives the value back when the store
    /// must go through `setattr`.
    fn store_instance_attr(
        &mut self,
        code: &CodeData,
        namei: usize,
        obj: &ObjRef,
        value: ObjRef,
    ) -> Result<(), ObjRef> {
        let name = &code.names[namei];
        let Some((way, hint)) = self.valid_entry(code, namei, obj, STORE) else {
            return Err(value);
        };
        let stored = if hint & INLINE_HINT != 0 {
            instance::set_index(obj, hint & !INLINE_HINT, value)
        } else {
            instance::set(obj, name, value)
        };
        let value = match stored {
            Ok((ix, old)) => {
                if hint != ix | INLINE_HINT {
                    set_hint(code, namei, way, ix | INLINE_HINT);
                }
                drop(old);
                return Ok(());
            }
            // Not inline (a dict already, or no cell for it): the dict.
            Err(v) => v,
        };
        let Some(dict) = self.instance_dict(obj, true) else {
            return Err(value);
        };
        let Some(d) = dict.downcast::<PyDict>() else {
            return Err(value);
        };
        let mut table = d.table.borrow_mut();
        let ix = match table.entry(hint) {
            Some(e) if e.key.is(name) => Some(hint),
            _ => table.find(self.str_hash(name), |e| {
                e.key.is(name) || same_str(&e.key, name)
            }),
        };
        let old = match ix {
            Some(ix) => {
                if ix != hint {
                    set_hint(code, namei, way, ix);
                }
                table.set_value(ix, value)
            }
            None => {
                set_hint(code, namei, way, table.entry_slots());
                table.insert_new(self.str_hash(name), name.clone(), value);
                None
            }
        };
        // The old value may run a finalizer: drop it with the dict free.
        drop(table);
        drop(old);
        Ok(())
    }

    /// The hint of the entry for (`namei`, `op`) if it is valid for the
    /// type of `obj`, filling the entry when the attribute qualifies.
    #[inline]
    fn valid_entry(
        &mut self,
        code: &CodeData,
        namei: usize,
        obj: &ObjRef,
        op: usize,
    ) -> Option<(usize, usize)> {
        // Two ways per operation, so a site that sees instances of two
        // classes (a method of a base class) hits for both.
        let (tp, clock) = (obj.type_ptr().as_ptr() as usize, type_clock());
        let ways = {
            // Checked in place: copying the four entries out (160 bytes)
            // cost a memcpy call on every attribute access.
            let cache = code.attr_cache.borrow();
            let ways = cache.get(namei)?;
            for way in [op * 2, op * 2 + 1] {
                let e = &ways[way];
                // Nothing changed since the entry was checked.
                if e.ty == tp && e.clock == clock {
                    return Some((way, e.hint as usize));
                }
            }
            *ways
        };
        self.refresh_entry(code, namei, obj, op, ways)
    }

    /// `valid_entry` when neither way of the operation was checked for the
    /// type of `obj` at the current type clock: a way of that type whose
    /// namespace versions still hold is revalidated, otherwise the
    /// attribute is checked and the newer way is refilled (the other one
    /// kept as the older).
    fn refresh_entry(
        &mut self,
        code: &CodeData,
        namei: usize,
        obj: &ObjRef,
        op: usize,
        ways: [AttrCacheEntry; 4],
    ) -> Option<(usize, usize)> {
        let ty = obj.type_of();
        let pt = ty.downcast::<PyType>()?;
        let (own, max) = type_versions(pt, &pt.mro.borrow());
        for way in [op * 2, op * 2 + 1] {
            let e = ways[way];
            if e.ty == ty.id() && e.own == own && e.max == max {
                if let Some(w) = code.attr_cache.borrow_mut().get_mut(namei) {
                    w[way].clock = type_clock();
                }
                return Some((way, e.hint as usize));
            }
        }
        let name = &code.names[namei];
        // Dunder names have special cases (`__class__`, `__dict__`...).
        if name.as_str().is_none_or(|s| s.starts_with("__")) {
            return None;
        }
        let hook = if op == LOAD {
            self.names.getattribute.clone()
        } else {
            self.names.setattr.clone()
        };
        if self
            .type_lookup(&ty, &hook)
            .is_some_and(|f| f.kind() == Kind::Function)
            || self.type_lookup(&ty, name).is_some()
        {
            return None;
        }
        let (own, max) = type_versions(pt, &pt.mro.borrow());
        if let Some(w) = code.attr_cache.borrow_mut().get_mut(namei) {
            w[op * 2 + 1] = w[op * 2];
            w[op * 2] = AttrCacheEntry {
                ty: ty.id(),
                own,
                max,
                clock: type_clock(),
                hint: 0,
            };
        }
        Some((op * 2, 0))
    }
}

/// Whether `obj` is of a built-in type (not a subclass) whose objects
/// have no namespace of their own (see `attrs::type_attribute_wins`).
#[inline]
fn has_no_namespace(obj: &ObjRef) -> bool {
    obj.flags() & crate::heap::flags::SUBCLASS == 0 && super::attrs::type_attribute_wins(obj.kind())
}

/// Whether dict key `k` is a str equal to the (interned) name `name`.
#[inline]
fn same_str(k: &ObjRef, name: &ObjRef) -> bool {
    k.kind() == Kind::Str && k.as_str() == name.as_str()
}

/// The function of a valid method cache entry.
#[allow(unsafe_code)]
#[inline(always)]
fn cached_func(e: MethodCacheEntry) -> ObjRef {
    // SAFETY: called only when the type at `e.ty` (alive: the instance
    // holds it) has the namespace versions the entry recorded, so the class
    // dict that held a counted reference to the function still holds it.
    unsafe { e.func.upgrade() }
}

/// Set in a hint that is an index into the type's inline keys (see
/// `objects::instance`) rather than a position in an instance dict.
const INLINE_HINT: usize = 1 << 31;

/// Records where the name was found in the instance dict.
#[inline]
fn set_hint(code: &CodeData, namei: usize, way: usize, ix: usize) {
    if let Some(ways) = code.attr_cache.borrow_mut().get_mut(namei) {
        ways[way].hint = ix as u32;
    }
}
