//! Creating objects: the VM's bootstrap (types, singletons, small ints) and
//! the constructors every part of the interpreter uses (`new_int`,
//! `new_str`, `new_tuple` ...). They hand out the shared objects where
//! CPython does (small ints, `''`, `()`, one-character latin-1 strings).

use super::Vm;
use crate::heap::{self, ObjRef};
use crate::objects::dict::{DictTable, PyDict};
use crate::objects::float::PyFloat;
use crate::objects::int::{PyBigInt, PyInt};
use crate::objects::list::PyList;
use crate::objects::module::PyModule;
use crate::objects::singleton::PySingleton;
use crate::objects::tuple::PyTuple;
use crate::objects::types::create_types;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

const SMALL_INT_MIN: i64 = -5;
const SMALL_INT_MAX: i64 = 256;

/// Builds a VM with types and singletons but no builtins yet.
pub(super) fn bootstrap(argv: Vec<String>) -> Vm {
    let (types, exc) = create_types();
    let singleton = |ty: &ObjRef| {
        let o = heap::alloc_object(ty, PySingleton);
        o.make_immortal();
        o
    };
    let none = singleton(&types.none_type);
    let not_implemented = singleton(&types.not_implemented_type);
    let ellipsis = singleton(&types.ellipsis_type);
    let int_obj = |ty: &ObjRef, v: i64| {
        let o = heap::alloc_object(ty, PyInt { value: v });
        o.make_immortal();
        o
    };
    let true_ = int_obj(&types.bool_, 1);
    let false_ = int_obj(&types.bool_, 0);
    let small_ints = (SMALL_INT_MIN..=SMALL_INT_MAX)
        .map(|v| int_obj(&types.int, v))
        .collect();
    let empty_tuple = heap::alloc_var_object(
        &types.tuple,
        PyTuple {
            hash: Cell::new(-1),
        },
        std::iter::empty(),
    );
    empty_tuple.make_immortal();
    let empty_str = heap::alloc_str(&types.str_, "");
    empty_str.make_immortal();
    let byte_singletons = (0usize..=256)
        .map(|b| {
            let data: &[u8] = if b < 256 { &[b as u8] } else { &[] };
            let o = heap::alloc_var_object(
                &types.bytes,
                crate::objects::bytes::PyBytes {
                    hash: Cell::new(-1),
                },
                data.iter().copied(),
            );
            o.make_immortal();
            o
        })
        .collect();
    let latin1_chars = (0u32..256)
        .map(|c| {
            let ch = char::from_u32(c).unwrap_or('\0');
            let s = heap::alloc_str(&types.str_, ch.encode_utf8(&mut [0; 4]));
            s.make_immortal();
            s
        })
        .collect();
    let builtins = heap::alloc_object(
        &types.dict,
        PyDict {
            table: RefCell::new(DictTable::new()),
        },
    );
    let modules = heap::alloc_object(
        &types.dict,
        PyDict {
            table: RefCell::new(DictTable::new()),
        },
    );
    let types_list = types.list.clone();
    let names = super::names::Names::placeholder(&empty_str);
    let mut vm = Vm {
        types,
        exc,
        none,
        not_implemented,
        ellipsis,
        true_,
        false_,
        empty_tuple,
        empty_str,
        small_ints,
        latin1_chars,
        byte_singletons,
        interned: HashMap::default(),
        builtins,
        custom_builtins: false,
        modules,
        frames: Vec::new(),
        stack: Vec::with_capacity(1024),
        recursion_limit: super::DEFAULT_RECURSION_LIMIT,
        handled_exc: None,
        const_arena: None,
        sources: HashMap::new(),
        stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
        argv,
        native_depth: 0,
        repr_active: Vec::new(),
        reraising: false,
        yielded: false,
        gc: super::gc::GcHooks {
            callbacks: heap::alloc_object(
                &types_list,
                crate::objects::list::PyList {
                    items: RefCell::new(Vec::new()),
                },
            ),
            garbage: heap::alloc_object(
                &types_list,
                crate::objects::list::PyList {
                    items: RefCell::new(Vec::new()),
                },
            ),
            debug: 0,
            trace: false,
            in_attention: false,
        },
        importing: Vec::new(),
        type_cache: super::typecache::new_type_cache(),
        names,
    };
    vm.names = super::names::make_names(&mut vm);
    vm
}

/// A fast non-cryptographic hasher (rustc's FxHash) for the intern table,
/// which the VM consults on every dunder lookup by name: SipHash's
/// flooding resistance buys nothing for identifier strings.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline(always)]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(FX_SEED);
    }
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Builds [`FxHasher`]s.
pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

impl Vm {
    /// `None` (a new reference).
    #[inline(always)]
    pub fn none(&self) -> ObjRef {
        self.none.clone()
    }

    /// `True` or `False`.
    #[inline(always)]
    pub fn new_bool(&self, b: bool) -> ObjRef {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }

    /// An int from a machine word (shared for -5..=256).
    #[inline(always)]
    pub fn new_int(&self, v: i64) -> ObjRef {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
            return self.small_ints[(v - SMALL_INT_MIN) as usize].clone();
        }
        heap::alloc_object(&self.types.int, PyInt { value: v })
    }

    /// An int of any size (stored as a machine word when it fits).
    pub fn new_bigint(&self, v: BigInt) -> ObjRef {
        match v.to_i64() {
            Some(i) => self.new_int(i),
            None => heap::alloc_object(&self.types.int, PyBigInt { value: v }),
        }
    }

    /// A float.
    #[inline(always)]
    pub fn new_float(&self, v: f64) -> ObjRef {
        heap::alloc_object(&self.types.float, PyFloat { value: v })
    }

    /// A str (shared for `''` and single latin-1 characters).
    pub fn new_str(&self, s: &str) -> ObjRef {
        match s.len() {
            0 => return self.empty_str.clone(),
            1 => return self.latin1_chars[s.as_bytes()[0] as usize].clone(),
            2 | 3 => {
                let mut chars = s.chars();
                if let (Some(c), None) = (chars.next(), chars.next())
                    && (c as u32) < 256
                {
                    return self.latin1_chars[c as usize].clone();
                }
            }
            _ => {}
        }
        heap::alloc_str(&self.types.str_, s)
    }

    /// The interned str with this text (identifiers, attribute names).
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(o) = self.interned.get(s) {
            return o.clone();
        }
        let o = self.new_str(s);
        o.set_flags(heap::flags::INTERNED);
        self.interned.insert(s.into(), o.clone());
        o
    }

    /// A tuple (the shared `()` when empty).
    pub fn new_tuple(&self, items: Vec<ObjRef>) -> ObjRef {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        heap::alloc_var_object(
            &self.types.tuple,
            PyTuple {
                hash: Cell::new(-1),
            },
            items.into_iter(),
        )
    }

    /// A tuple from a slice of references (cloned).
    pub fn new_tuple_from(&self, items: &[ObjRef]) -> ObjRef {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        heap::alloc_var_object(
            &self.types.tuple,
            PyTuple {
                hash: Cell::new(-1),
            },
            items.iter().cloned(),
        )
    }

    /// A list holding `items`.
    pub fn new_list(&self, items: Vec<ObjRef>) -> ObjRef {
        heap::alloc_object(
            &self.types.list,
            PyList {
                items: RefCell::new(items),
            },
        )
    }

    /// An empty dict.
    pub fn new_dict(&self) -> ObjRef {
        heap::alloc_object(
            &self.types.dict,
            PyDict {
                table: RefCell::new(DictTable::new()),
            },
        )
    }

    /// A module object named `name` with a fresh dict holding `__name__`.
    pub fn new_module(&mut self, name: &str) -> ObjRef {
        let dict = self.new_dict();
        let key = self.intern("__name__");
        let value = self.new_str(name);
        self.dict_set_str(&dict, &key, value);
        let doc = self.intern("__doc__");
        let none = self.none();
        self.dict_set_str(&dict, &doc, none);
        heap::alloc_object(&self.types.module, PyModule { dict })
    }
}
