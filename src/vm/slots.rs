//! `__slots__`: the instance layout a class statement asks for, and the
//! member descriptors that read and write slot values (plus the
//! `__dict__` / `__weakref__` descriptors of classes that introduce an
//! instance dict or weak references).
//!
//! Slot values live inline after the instance payload (see
//! `objects::instance`); a class records how many its instances carry
//! (`PyType::nslots`), its own after its bases'. A class whose MRO
//! declares `__slots__` everywhere (without `'__dict__'`) has instances
//! without a `__dict__` (`type_flags::NO_INSTANCE_DICT`).

use super::Vm;
use crate::heap::{self, Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::instance::slots;
use crate::objects::member::{MemberSlot, PyMember};
use crate::objects::typeobj::{PyType, type_flags};

/// The layout a class statement asks for (computed before the class
/// exists, applied by [`Vm::install_slots`]).
pub struct SlotLayout {
    /// The class's own slot names, mangled and sorted (CPython's order).
    names: Vec<ObjRef>,
    /// Slot values the bases' layout already has.
    base_nslots: usize,
    /// Whether instances have a `__dict__`.
    has_dict: bool,
    /// Whether the class introduces the `__dict__` descriptor.
    add_dict: bool,
    /// Whether the class introduces the `__weakref__` descriptor.
    add_weakref: bool,
}

/// `__x` in class `Cls` is `_Cls__x` (private name mangling).
fn mangle(class_name: &str, name: &str) -> String {
    let stripped = class_name.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || stripped.is_empty()
    {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// `str.isidentifier()`, close enough for slot names.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

impl Vm {
    fn type_nslots(&self, t: &ObjRef) -> usize {
        t.downcast::<PyType>().map(|t| t.nslots.get()).unwrap_or(0)
    }

    /// Whether instances of class `t` have a `__dict__`.
    fn type_has_dict(&self, t: &ObjRef) -> bool {
        if self.is_heap_type(t) {
            return t
                .downcast::<PyType>()
                .is_some_and(|pt| pt.flags.get() & type_flags::NO_INSTANCE_DICT == 0);
        }
        // Built-in types: exceptions carry a dict, the others do not.
        self.is_subclass(t, &self.exc.base_exception.clone())
    }

    /// Whether instances of class `t` can be weakly referenced.
    fn type_has_weakref(&mut self, t: &ObjRef) -> bool {
        if t.is(&self.types.set) || t.is(&self.types.frozenset) {
            return true;
        }
        let k = self.intern("__weakref__");
        self.is_heap_type(t) && self.type_lookup(t, &k).is_some()
    }

    /// The class in the `__base__` chain of `t` that fixed its slot layout.
    fn solid_base(&self, t: &ObjRef) -> ObjRef {
        let mut t = t.clone();
        loop {
            let base = t.downcast::<PyType>().and_then(|pt| pt.base.clone());
            match base {
                Some(b) if self.type_nslots(&b) == self.type_nslots(&t) => t = b,
                _ => return t,
            }
        }
    }

    /// Reads `__slots__` from a class namespace (already copied into the
    /// class's `dict`) and works out the layout, raising CPython's errors.
    pub fn slot_layout(
        &mut self,
        class_name: &str,
        bases: &[ObjRef],
        dict: &ObjRef,
    ) -> PyResult<SlotLayout> {
        // The instance layout of the bases: their solid bases must lie on
        // one inheritance chain.
        let mut winner: Option<ObjRef> = None;
        for b in bases {
            let s = self.solid_base(b);
            winner = match winner {
                None => Some(s),
                Some(w) if self.is_subclass(&w, &s) => Some(w),
                Some(w) if self.is_subclass(&s, &w) => Some(s),
                Some(_) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
            };
        }
        let base_nslots = winner.as_ref().map(|w| self.type_nslots(w)).unwrap_or(0);
        let base_dict = bases.iter().any(|b| self.type_has_dict(b));
        let mut base_weak = false;
        for b in bases {
            base_weak |= self.type_has_weakref(b);
        }
        // Slots are values of plain instances: a class deriving from a
        // built-in type other than object (exceptions, containers) keeps
        // its dict and ignores them.
        let plain = bases.iter().all(|b| {
            b.downcast::<PyType>().is_some_and(|t| {
                t.mro
                    .borrow()
                    .iter()
                    .all(|c| c.is(&self.types.object) || self.is_heap_type(c))
            })
        });
        let k = self.intern("__slots__");
        let declared = self.dict_get_str(dict, &k);
        let Some(declared) = declared.filter(|_| plain) else {
            return Ok(SlotLayout {
                names: Vec::new(),
                base_nslots,
                has_dict: true,
                add_dict: !base_dict,
                add_weakref: !base_weak,
            });
        };
        let items = if declared.kind() == Kind::Str {
            vec![declared]
        } else {
            self.collect_iterable(&declared)?
        };
        let (mut add_dict, mut add_weakref) = (false, false);
        let mut names = Vec::new();
        for it in &items {
            let Some(s) = it.as_str() else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(it)
                )));
            };
            if !is_identifier(s) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            if s == "__dict__" {
                if base_dict || add_dict {
                    return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                }
                add_dict = true;
                continue;
            }
            if s == "__weakref__" {
                if base_weak || add_weakref {
                    return Err(self.type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                add_weakref = true;
                continue;
            }
            names.push(mangle(class_name, s));
        }
        names.sort();
        let mut interned = Vec::with_capacity(names.len());
        for n in &names {
            let key = self.intern(n);
            if self.dict_get_str(dict, &key).is_some() {
                return Err(
                    self.value_error(format!("'{n}' in __slots__ conflicts with class variable"))
                );
            }
            interned.push(key);
        }
        Ok(SlotLayout {
            names: interned,
            base_nslots,
            has_dict: base_dict || add_dict,
            add_dict,
            add_weakref,
        })
    }

    /// Gives class `cls` the layout: member descriptors in its dict, the
    /// slot count, the `__dict__`/`__weakref__` descriptors it introduces
    /// and whether its instances have a dict.
    pub fn install_slots(&mut self, cls: &ObjRef, layout: SlotLayout) -> PyResult<()> {
        let Some(t) = cls.downcast::<PyType>() else {
            return Ok(());
        };
        let dict = t.dict.clone();
        let mut index = layout.base_nslots;
        for name in layout.names {
            let m = self.new_member(cls, &name, MemberSlot::Index(index));
            self.dict_set_str(&dict, &name, m);
            index += 1;
        }
        t.nslots.set(index);
        if !layout.has_dict {
            t.flags.set(t.flags.get() | type_flags::NO_INSTANCE_DICT);
        }
        for (add, name, slot) in [
            (layout.add_dict, "__dict__", MemberSlot::Dict),
            (layout.add_weakref, "__weakref__", MemberSlot::Weakref),
        ] {
            if add {
                let k = self.intern(name);
                let m = self.new_member(cls, &k, slot);
                self.dict_set_str(&dict, &k, m);
            }
        }
        let doc = self.intern("__doc__");
        if self.dict_get_str(&dict, &doc).is_none() {
            let none = self.none();
            self.dict_set_str(&dict, &doc, none);
        }
        Ok(())
    }

    fn new_member(&self, owner: &ObjRef, name: &ObjRef, slot: MemberSlot) -> ObjRef {
        let ty = match slot {
            MemberSlot::Index(_) => &self.types.member_descriptor,
            _ => &self.types.getset_descriptor,
        };
        heap::alloc_object(
            ty,
            PyMember {
                name: name.clone(),
                owner: owner.clone(),
                slot,
            },
        )
    }

    /// The TypeError for a descriptor used on an object of another class.
    fn check_member_owner(&self, m: &PyMember, obj: &ObjRef) -> PyResult<()> {
        if self.isinstance(obj, &m.owner) {
            return Ok(());
        }
        Err(self.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name.as_str().unwrap_or(""),
            self.type_name_of_type(&m.owner),
            self.type_name(obj)
        )))
    }

    /// `member.__get__(obj)`: the slot value, the instance dict or its
    /// first weak reference.
    pub fn member_get(&mut self, attr: &ObjRef, obj: &ObjRef) -> PyResult {
        let Some(m) = attr.downcast::<PyMember>() else {
            return Ok(attr.clone());
        };
        self.check_member_owner(m, obj)?;
        match m.slot {
            MemberSlot::Index(i) => {
                let v = slots(obj).get(i).and_then(|c| {
                    let v = c.take();
                    c.set(v.clone());
                    v
                });
                v.ok_or_else(|| self.no_attribute(obj, m.name.as_str().unwrap_or("")))
            }
            MemberSlot::Dict => {
                let d = self.instance_dict(obj, true);
                match d {
                    Some(d) => {
                        // Python code sees the dict now: an object of its own.
                        d.clear_flags(heap::flags::MANAGED_DICT);
                        Ok(d)
                    }
                    None => Err(self.no_attribute(obj, "__dict__")),
                }
            }
            MemberSlot::Weakref => Ok(heap::weakrefs::weakrefs_of(obj)
                .into_iter()
                .next()
                .unwrap_or_else(|| self.none())),
            MemberSlot::Class => Ok(obj.type_of()),
            MemberSlot::TypeDict => match obj.downcast::<PyType>() {
                Some(t) => Ok(self.new_mappingproxy(t.dict.clone())),
                None => Err(self.no_attribute(obj, "__dict__")),
            },
        }
    }

    /// `member.__set__(obj, value)` / `member.__delete__(obj)` (None).
    pub fn member_set(
        &mut self,
        attr: &ObjRef,
        obj: &ObjRef,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let Some(m) = attr.downcast::<PyMember>() else {
            return Ok(());
        };
        self.check_member_owner(m, obj)?;
        let name = m.name.as_str().unwrap_or("").to_string();
        match m.slot {
            MemberSlot::Index(i) => {
                let Some(cell) = slots(obj).get(i) else {
                    return Err(self.no_attribute(obj, &name));
                };
                let deleting = value.is_none();
                let old = cell.replace(value);
                if deleting && old.is_none() {
                    return Err(self.new_error(&self.exc.attribute_error, name));
                }
                // The old value may run a finalizer: after the store.
                drop(old);
                Ok(())
            }
            MemberSlot::Dict => {
                let Some(v) = value else {
                    return Err(self.type_error("cannot delete __dict__"));
                };
                if v.kind() != Kind::Dict {
                    return Err(self.type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        self.type_name(&v)
                    )));
                }
                let cell = obj
                    .downcast::<crate::objects::instance::PyInstance>()
                    .map(|i| &i.dict);
                if let Some(cell) = cell {
                    // The attributes kept inline go with the old dict.
                    let inline = crate::objects::instance::take_all(obj);
                    let old = cell.replace(Some(v));
                    drop(old);
                    drop(inline);
                }
                Ok(())
            }
            MemberSlot::Class => match value {
                Some(v) => self.assign_class(obj, &v),
                None => Err(self.type_error("can't delete __class__ attribute")),
            },
            MemberSlot::Weakref | MemberSlot::TypeDict => Err(self.new_error(
                &self.exc.attribute_error,
                format!(
                    "attribute '{name}' of '{}' objects is not writable",
                    self.type_name_of_type(&m.owner)
                ),
            )),
        }
    }

    /// `repr()` of a member or getset descriptor.
    pub fn member_repr(&self, attr: &ObjRef) -> String {
        let Some(m) = attr.downcast::<PyMember>() else {
            return String::new();
        };
        let what = match m.slot {
            MemberSlot::Index(_) => "member",
            _ => "attribute",
        };
        format!(
            "<{what} '{}' of '{}' objects>",
            m.name.as_str().unwrap_or(""),
            self.type_name_of_type(&m.owner)
        )
    }

    /// Attributes of member descriptors (`__name__`, `__objclass__`...).
    pub fn member_attr(&mut self, attr: &ObjRef, name: &str) -> Option<ObjRef> {
        let m = attr.downcast::<PyMember>()?;
        match name {
            "__name__" => Some(m.name.clone()),
            "__qualname__" => {
                let s = format!(
                    "{}.{}",
                    self.type_name_of_type(&m.owner),
                    m.name.as_str().unwrap_or("")
                );
                Some(self.new_str(&s))
            }
            "__objclass__" => Some(m.owner.clone()),
            "__doc__" => Some(self.none()),
            _ => None,
        }
    }

    /// Whether instances of `a` and `b` have the same layout (for
    /// `obj.__class__ = b`).
    pub fn same_layout(&self, a: &ObjRef, b: &ObjRef) -> bool {
        let f = |t: &ObjRef| {
            t.downcast::<PyType>().map(|pt| {
                (
                    pt.nslots.get(),
                    pt.flags.get() & type_flags::NO_INSTANCE_DICT,
                )
            })
        };
        f(a) == f(b)
    }
}

/// Registers the methods of member and getset descriptors.
pub fn install(vm: &mut Vm) {
    for ty in [
        vm.types.member_descriptor.clone(),
        vm.types.getset_descriptor.clone(),
    ] {
        let owner = if ty.is(&vm.types.member_descriptor) {
            "member_descriptor"
        } else {
            "getset_descriptor"
        };
        crate::builtins::add_method(vm, &ty, owner, "__get__", member_get_method);
        crate::builtins::add_method(vm, &ty, owner, "__set__", member_set_method);
        crate::builtins::add_method(vm, &ty, owner, "__delete__", member_delete_method);
    }
}

fn member_get_method(vm: &mut Vm, args: crate::objects::native::Args) -> PyResult {
    let (Some(m), Some(obj)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(vm.type_error("expected at least 1 argument, got 0"));
    };
    if obj.is(&vm.none) && args.pos.len() > 2 {
        return Ok(m.clone());
    }
    vm.member_get(m, obj)
}

fn member_set_method(vm: &mut Vm, args: crate::objects::native::Args) -> PyResult {
    let (Some(m), Some(obj), Some(v)) = (args.pos.first(), args.pos.get(1), args.pos.get(2)) else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    vm.member_set(m, obj, Some(v.clone()))?;
    Ok(vm.none())
}

fn member_delete_method(vm: &mut Vm, args: crate::objects::native::Args) -> PyResult {
    let (Some(m), Some(obj)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    vm.member_set(m, obj, None)?;
    Ok(vm.none())
}
