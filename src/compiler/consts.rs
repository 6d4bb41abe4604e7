//! The constant pool of one code unit: constants are deduplicated the way
//! CPython's `_PyCode_ConstantKey` does it (by type and value, so `0`,
//! `0.0`, `-0.0` and `False` stay distinct; code objects are never merged).

use super::code::ConstValue;
use num_bigint::BigInt;
use std::collections::HashMap;

/// A hashable identity for a constant.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Code(usize),
}

fn key_of(c: &ConstValue, unique: &mut usize) -> ConstKey {
    match c {
        ConstValue::None => ConstKey::None,
        ConstValue::Bool(b) => ConstKey::Bool(*b),
        ConstValue::Int(i) => ConstKey::Int(i.clone()),
        ConstValue::Float(f) => ConstKey::Float(f.to_bits()),
        ConstValue::Str(s) => ConstKey::Str(s.clone()),
        ConstValue::Bytes(b) => ConstKey::Bytes(b.clone()),
        ConstValue::Ellipsis => ConstKey::Ellipsis,
        ConstValue::Tuple(items) => {
            ConstKey::Tuple(items.iter().map(|x| key_of(x, unique)).collect())
        }
        ConstValue::FrozenSet(items) => {
            // Equal frozensets are one constant whatever the order their
            // items were written in (`{1, 2, 3}` and `{3, 2, 1}`).
            let mut keys: Vec<ConstKey> = items.iter().map(|x| key_of(x, unique)).collect();
            keys.sort_by_cached_key(|k| format!("{k:?}"));
            keys.dedup();
            ConstKey::FrozenSet(keys)
        }
        ConstValue::Code(_) => {
            *unique += 1;
            ConstKey::Code(*unique)
        }
    }
}

/// `co_consts` under construction.
#[derive(Default)]
pub(crate) struct ConstPool {
    items: Vec<ConstValue>,
    index: HashMap<ConstKey, usize>,
    unique: usize,
}

impl ConstPool {
    /// Adds a constant (or finds an equal one) and returns its index.
    pub fn add(&mut self, c: ConstValue) -> usize {
        let key = key_of(&c, &mut self.unique);
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        self.items.push(c);
        self.index.insert(key, self.items.len() - 1);
        self.items.len() - 1
    }

    /// The constant at `i`.
    pub fn get(&self, i: usize) -> Option<&ConstValue> {
        self.items.get(i)
    }

    /// Drops trailing constants past `max_used` (the first is always kept).
    pub fn trim_unused(&mut self, max_used: usize) {
        if max_used + 1 < self.items.len() {
            self.items.truncate(max_used + 1);
            self.index.retain(|_, v| *v <= max_used);
        }
    }

    /// The finished list.
    pub fn into_vec(self) -> Vec<ConstValue> {
        self.items
    }
}
