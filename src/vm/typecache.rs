//! The type attribute cache (CPython's method cache): remembers where
//! `type_lookup(ty, name)` found `name` along `ty`'s MRO, so repeated
//! lookups of methods, class attributes and dunders (`obj.method()`,
//! `__init__`, `__add__`, and the misses that precede every instance
//! attribute) skip the per-class hash probes.
//!
//! Validation needs no invalidation hooks: every mutation of any dict
//! takes a fresh, globally increasing version number (`DictTable::version`),
//! so the largest version over the dicts of the MRO changes whenever any
//! of them changes. Dicts of types are marked as namespaces, and their
//! mutations also advance a type clock. An entry records that maximum, the version of the
//! type's own dict (which, being unique to one dict, also identifies the
//! type behind a reused address) and the MRO length; a hit re-reads the
//! value from the recorded dict position. The cache owns no references,
//! so refcounts stay CPython's. Only interned names are cached: they live
//! as long as the interpreter, so their addresses are never reused. Each
//! type memoizes its two versions (`PyType::version_stamp`) until the
//! type clock moves, which spares the
//! MRO walk on the lookups between two writes to any class.

use super::Vm;
use crate::heap::{ObjRef, flags};
use crate::objects::dict::{PyDict, type_clock};
use crate::objects::typeobj::PyType;

/// Number of entries (a power of two).
pub const TYPE_CACHE_SIZE: usize = 4096;

/// One remembered lookup.
#[derive(Clone, Copy, Default)]
pub struct TypeCacheEntry {
    /// Address of the type.
    ty: usize,
    /// Address of the interned name.
    name: usize,
    /// Version of the type's own dict (0 only for immortal types).
    own_version: u64,
    /// Largest dict version over the MRO.
    max_version: u64,
    /// MRO length.
    mro_len: u32,
    /// Where the name was found: MRO position and dict entry index, or
    /// `u32::MAX` in `mro_pos` for "not found".
    mro_pos: u32,
    /// Entry index in that type's dict.
    entry: u32,
}

#[inline(always)]
fn dict_version(d: &ObjRef) -> u64 {
    d.downcast::<PyDict>()
        .map(|t| t.table.borrow().version())
        .unwrap_or(0)
}

/// Marks a type's dict so that its mutations advance the type clock.
/// Marks the namespace of a class being made, which advances the type
/// clock: cache entries checked at an earlier clock (`vm::attrcache`) then
/// revalidate against namespace versions, so a class that takes the
/// address of a freed one is never mistaken for it.
pub fn mark_new_class(dict: &ObjRef) {
    mark_namespace(dict);
}

fn mark_namespace(d: &ObjRef) {
    if let Some(t) = d.downcast::<PyDict>() {
        t.table.borrow_mut().mark_type_namespace();
    }
}

#[inline(always)]
fn slot(ty: usize, name: usize) -> usize {
    ((ty >> 4) ^ (name >> 3).wrapping_mul(0x9E37_79B9)) & (TYPE_CACHE_SIZE - 1)
}

/// A fresh, empty cache.
pub fn new_type_cache() -> Box<[TypeCacheEntry]> {
    vec![TypeCacheEntry::default(); TYPE_CACHE_SIZE].into_boxed_slice()
}

/// The version of type `pt`'s own dict and the largest over its MRO
/// (`mro`, borrowed from `pt`), memoized until the type clock moves.
/// Together with the type's address they identify the state of every
/// namespace an attribute lookup on the type can see.
#[inline]
pub fn type_versions(pt: &PyType, mro: &[ObjRef]) -> (u64, u64) {
    let (stamp_clock, own, max) = pt.version_stamp.get();
    if stamp_clock == type_clock() {
        return (own, max);
    }
    // Mark first: marking advances the clock, and from then on any write
    // to these dicts advances it again.
    mark_namespace(&pt.dict);
    for t in mro {
        if let Some(p) = t.downcast::<PyType>() {
            mark_namespace(&p.dict);
        }
    }
    let own = dict_version(&pt.dict);
    let mut max = own;
    for t in mro {
        if let Some(p) = t.downcast::<PyType>() {
            max = max.max(dict_version(&p.dict));
        }
    }
    pt.version_stamp.set((type_clock(), own, max));
    (own, max)
}

impl Vm {
    /// Looks `name` up along the MRO of type `ty`.
    #[inline]
    pub fn type_lookup(&mut self, ty: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
        let pt = ty.downcast::<PyType>()?;
        // dict lookups by str never run Python code, so the MRO can stay
        // borrowed throughout.
        let mro = pt.mro.borrow();
        let (own, max) = type_versions(pt, &mro);
        // Marked namespaces have unique versions, so `own` tells apart two
        // types that took turns at one address.
        if name.flags() & flags::INTERNED == 0 {
            return self.mro_find(&mro, name).map(|(v, _, _)| v);
        }
        let i = slot(ty.id(), name.id());
        let e = self.type_cache[i];
        if e.ty == ty.id()
            && e.name == name.id()
            && e.own_version == own
            && e.max_version == max
            && e.mro_len as usize == mro.len()
        {
            if e.mro_pos == u32::MAX {
                return None;
            }
            let hit = mro
                .get(e.mro_pos as usize)
                .and_then(|t| t.downcast::<PyType>())
                .and_then(|p| p.dict.downcast::<PyDict>())
                .and_then(|d| {
                    d.table
                        .borrow()
                        .entry(e.entry as usize)
                        .map(|e| e.value.clone())
                });
            if hit.is_some() {
                return hit;
            }
        }
        let found = self.mro_find(&mro, name);
        let (mro_pos, entry) = match &found {
            Some((_, pos, ix)) => (*pos as u32, *ix as u32),
            None => (u32::MAX, 0),
        };
        self.type_cache[i] = TypeCacheEntry {
            ty: ty.id(),
            name: name.id(),
            own_version: own,
            max_version: max,
            mro_len: mro.len() as u32,
            mro_pos,
            entry,
        };
        found.map(|(v, _, _)| v)
    }

    /// The uncached walk: the value, its MRO position and dict entry index.
    fn mro_find(&mut self, mro: &[ObjRef], name: &ObjRef) -> Option<(ObjRef, usize, usize)> {
        for (pos, t) in mro.iter().enumerate() {
            if let Some(pt) = t.downcast::<PyType>()
                && let Some((v, ix)) = self.dict_find_str(&pt.dict, name)
            {
                return Some((v, pos, ix));
            }
        }
        None
    }
}
