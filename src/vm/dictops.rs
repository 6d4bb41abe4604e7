//! Dict and set operations that compare keys: hashing through the VM and
//! comparing with `==`, never holding a borrow of the table while Python
//! code may run.

use super::Vm;
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::dict::{DictTable, PyDict};
use crate::objects::set::PySet;
use std::cell::RefCell;

/// Whether comparing `a` with another key can run Python code; when it
/// cannot, lookups compare inside the table borrow.
#[inline(always)]
fn simple_key(k: &ObjRef) -> bool {
    matches!(
        k.kind(),
        Kind::Str | Kind::Int | Kind::BigInt | Kind::Float | Kind::Singleton | Kind::Bytes
    ) && k.flags() & crate::heap::flags::SUBCLASS == 0
}

/// Equality of two "simple" keys (see `simple_key`) without the VM.
#[inline(always)]
fn simple_eq(a: &ObjRef, b: &ObjRef) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if (a.flags() | b.flags()) & crate::heap::flags::SUBCLASS != 0 {
        // A subclass instance may define __eq__.
        return None;
    }
    match (a.kind(), b.kind()) {
        (Kind::Str, Kind::Str) => Some(a.as_str() == b.as_str()),
        (Kind::Str, _) | (_, Kind::Str) => Some(false),
        _ => {
            if let (Some(x), Some(y)) = (crate::vm::ops::as_num(a), crate::vm::ops::as_num(b)) {
                return Some(crate::vm::ops::num_cmp(x, y) == Some(std::cmp::Ordering::Equal));
            }
            None
        }
    }
}

impl Vm {
    fn table_of<'a>(&self, obj: &'a ObjRef) -> Option<&'a RefCell<DictTable>> {
        match obj.kind() {
            Kind::Dict => obj.downcast::<PyDict>().map(|d| &d.table),
            Kind::Set => obj.downcast::<PySet>().map(|d| &d.table),
            _ => None,
        }
    }

    /// Finds `key`'s entry index in a dict/set table.
    fn table_find(&mut self, obj: &ObjRef, key: &ObjRef, hash: i64) -> PyResult<Option<usize>> {
        let Some(table) = self.table_of(obj) else {
            return Ok(None);
        };
        if simple_key(key) {
            let t = table.borrow();
            let mut needs_vm = false;
            let found = t.find(hash, |e| match simple_eq(&e.key, key) {
                Some(b) => b,
                None => {
                    needs_vm = true;
                    false
                }
            });
            if found.is_some() || !needs_vm {
                return Ok(found);
            }
        }
        let candidates = table.borrow().candidates(hash);
        for ix in candidates {
            let k = match table.borrow().entry(ix) {
                Some(e) => e.key.clone(),
                None => continue,
            };
            if self.eq_or_identical(&k, key)? {
                return Ok(Some(ix));
            }
        }
        Ok(None)
    }

    /// `d.get(key)` without a default: `None` when missing.
    pub fn dict_get(&mut self, d: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        let h = self.hash(key)?;
        let ix = self.table_find(d, key, h)?;
        Ok(ix.and_then(|ix| {
            self.table_of(d)
                .and_then(|t| t.borrow().entry(ix).map(|e| e.value.clone()))
        }))
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
        let h = self.hash(&key)?;
        let ix = self.table_find(d, &key, h)?;
        let Some(table) = self.table_of(d) else {
            return Ok(());
        };
        match ix {
            Some(ix) => {
                let old = table.borrow_mut().set_value(ix, value);
                drop(old);
            }
            None => table.borrow_mut().insert_new(h, key, value),
        }
        Ok(())
    }

    /// Removes `key`; returns its value if it was there.
    pub fn dict_remove(&mut self, d: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        let h = self.hash(key)?;
        let ix = self.table_find(d, key, h)?;
        let Some(ix) = ix else {
            return Ok(None);
        };
        let e = self.table_of(d).and_then(|t| t.borrow_mut().remove_at(ix));
        Ok(e.map(|e| e.value))
    }

    /// Lookup by a str key (names: globals, attributes); never raises.
    #[inline]
    pub fn dict_get_str(&mut self, d: &ObjRef, key: &ObjRef) -> Option<ObjRef> {
        let h = self.str_hash(key);
        let table = d.downcast::<PyDict>()?;
        let t = table.table.borrow();
        let ks = key.as_str();
        let ix = t.find(h, |e| {
            e.key.is(key) || (e.key.kind() == Kind::Str && e.key.as_str() == ks)
        })?;
        t.entry(ix).map(|e| e.value.clone())
    }

    /// Lookup by a str key returning the value and its entry index (for
    /// caches that re-read the entry while the dict's version holds).
    #[inline]
    pub fn dict_find_str(&mut self, d: &ObjRef, key: &ObjRef) -> Option<(ObjRef, usize)> {
        let h = self.str_hash(key);
        let table = d.downcast::<PyDict>()?;
        let t = table.table.borrow();
        let ks = key.as_str();
        let ix = t.find(h, |e| {
            e.key.is(key) || (e.key.kind() == Kind::Str && e.key.as_str() == ks)
        })?;
        t.entry(ix).map(|e| (e.value.clone(), ix))
    }

    /// Store by a str key; never raises.
    pub fn dict_set_str(&mut self, d: &ObjRef, key: &ObjRef, value: ObjRef) {
        let h = self.str_hash(key);
        let Some(table) = d.downcast::<PyDict>() else {
            return;
        };
        let ks = key.as_str();
        let ix = table.table.borrow().find(h, |e| {
            e.key.is(key) || (e.key.kind() == Kind::Str && e.key.as_str() == ks)
        });
        match ix {
            Some(ix) => {
                let old = table.table.borrow_mut().set_value(ix, value);
                drop(old);
            }
            None => table.table.borrow_mut().insert_new(h, key.clone(), value),
        }
    }

    /// Removes a str key; returns the value if present.
    pub fn dict_del_str(&mut self, d: &ObjRef, key: &ObjRef) -> Option<ObjRef> {
        let h = self.str_hash(key);
        let table = d.downcast::<PyDict>()?;
        let ks = key.as_str();
        let ix = table.table.borrow().find(h, |e| {
            e.key.is(key) || (e.key.kind() == Kind::Str && e.key.as_str() == ks)
        })?;
        let e = table.table.borrow_mut().remove_at(ix);
        e.map(|e| e.value)
    }

    /// The (cached) hash of a str object.
    #[inline(always)]
    pub fn str_hash(&self, key: &ObjRef) -> i64 {
        if let Some(p) = key.downcast::<crate::objects::str::PyStr>() {
            let h = p.hash.get();
            if h != -1 {
                return h;
            }
            let h = crate::objects::str::hash_bytes(key.as_str().unwrap_or("").as_bytes());
            p.hash.set(h);
            return h;
        }
        0
    }

    /// Sets a str-keyed entry given the key text.
    pub fn dict_set_name(&mut self, d: &ObjRef, name: &str, value: ObjRef) {
        let k = self.intern(name);
        self.dict_set_str(d, &k, value);
    }

    /// The (key, value) pairs of a dict (a snapshot).
    pub fn dict_items(&self, d: &ObjRef) -> Vec<(ObjRef, ObjRef)> {
        self.table_of(d)
            .map(|t| {
                t.borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `a == b` for two dicts.
    pub fn dict_eq(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
        let x = self.dict_items(a);
        if x.len() != self.dict_items(b).len() {
            return Ok(false);
        }
        for (k, v) in x {
            match self.dict_get(b, &k)? {
                Some(w) => {
                    if !self.eq_or_identical(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Whether a set contains `item`.
    pub fn set_contains(&mut self, s: &ObjRef, item: &ObjRef) -> PyResult<bool> {
        let h = match self.hash(item) {
            Ok(h) => h,
            Err(e) => {
                // `{3} in s` looks the set up as a frozenset, as CPython does.
                if item.kind() == Kind::Set
                    && !item.is_type(&self.types.frozenset)
                    && self.isinstance(&e.0, &self.exc.type_error.clone())
                {
                    let frozen = crate::objects::methods::set::copy_of(self, item, true);
                    return self.set_contains(s, &frozen);
                }
                return Err(e);
            }
        };
        Ok(self.table_find(s, item, h)?.is_some())
    }

    /// Adds `item` to a set.
    pub fn set_add(&mut self, s: &ObjRef, item: ObjRef) -> PyResult<()> {
        let h = self.hash(&item)?;
        if self.table_find(s, &item, h)?.is_none()
            && let Some(t) = self.table_of(s)
        {
            let none = self.none();
            t.borrow_mut().insert_new(h, item, none);
        }
        Ok(())
    }

    /// `a == b` for two sets.
    pub fn set_eq(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
        let x: Vec<ObjRef> = self.dict_items(a).into_iter().map(|(k, _)| k).collect();
        if x.len() != self.dict_items(b).len() {
            return Ok(false);
        }
        for k in x {
            if !self.set_contains(b, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `repr` of a set or frozenset.
    pub fn set_repr(&mut self, s: &ObjRef) -> PyResult<String> {
        let keys: Vec<ObjRef> = self.dict_items(s).into_iter().map(|(k, _)| k).collect();
        let frozen = s.is_type(&self.types.frozenset);
        if crate::vm::subclass::is_subclass_instance(s) {
            // Subclasses show their class name, as CPython's set_repr.
            let name = self.type_name(s);
            let mut parts = Vec::with_capacity(keys.len());
            for k in &keys {
                parts.push(self.repr_string(k)?);
            }
            return Ok(if keys.is_empty() {
                format!("{name}()")
            } else {
                format!("{name}({{{}}})", parts.join(", "))
            });
        }
        if keys.is_empty() {
            return Ok(if frozen {
                "frozenset()".into()
            } else {
                "set()".into()
            });
        }
        let mut out = String::new();
        for (i, k) in keys.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_string(k)?);
        }
        Ok(if frozen {
            format!("frozenset({{{out}}})")
        } else {
            format!("{{{out}}}")
        })
    }

    /// hash() of a frozenset (CPython's algorithm).
    pub fn frozenset_hash(&mut self, s: &ObjRef) -> PyResult<i64> {
        let keys: Vec<ObjRef> = self.dict_items(s).into_iter().map(|(k, _)| k).collect();
        let mut hash: u64 = 0;
        for k in &keys {
            let h = self.hash(k)? as u64;
            hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        }
        hash ^= (keys.len() as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let h = hash as i64;
        Ok(if h == -1 { 590923713 } else { h })
    }
}
