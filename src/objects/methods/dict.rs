//! Methods of dict (`get`, `setdefault`, `pop`, `popitem`, `update`,
//! `keys`/`values`/`items`, `fromkeys`, `copy`, `clear`) and of the
//! keys and items views (`isdisjoint`). The views themselves live in
//! `crate::vm::views`.

use super::params::{no_args, one_arg, positional, receiver};
use crate::builtins::{Args, add_class_method, add_method};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::dict::{DictTable, Entry, PyDict};
use crate::vm::Vm;
use crate::vm::views;

/// Registers the methods of dict and of its views.
pub fn install(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    add_method(vm, &t, "dict", "get", get);
    add_method(vm, &t, "dict", "setdefault", setdefault);
    add_method(vm, &t, "dict", "pop", pop);
    add_method(vm, &t, "dict", "popitem", popitem);
    add_method(vm, &t, "dict", "update", update);
    add_method(vm, &t, "dict", "keys", keys);
    add_method(vm, &t, "dict", "values", values);
    add_method(vm, &t, "dict", "items", items);
    add_method(vm, &t, "dict", "copy", copy);
    add_method(vm, &t, "dict", "clear", clear);
    add_class_method(vm, &t, "dict", "fromkeys", fromkeys);
    let k = vm.types.dict_keys.clone();
    add_method(vm, &k, "dict_keys", "isdisjoint", keys_isdisjoint);
    let i = vm.types.dict_items.clone();
    add_method(vm, &i, "dict_items", "isdisjoint", items_isdisjoint);
}

/// The receiver of `dict.name`.
fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a ObjRef> {
    receiver(vm, args, "dict", name, |s| s.kind() == Kind::Dict)
}

/// Number of entries of dict `d`.
fn size(d: &ObjRef) -> usize {
    d.downcast::<PyDict>().map_or(0, |d| d.table.borrow().len())
}

fn get(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "get")?;
    let rest = positional(vm, &args, "dict.get", 1, 2)?;
    match vm.dict_get(d, &rest[0])? {
        Some(v) => Ok(v),
        None => Ok(rest.get(1).cloned().unwrap_or_else(|| vm.none())),
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "setdefault")?;
    let rest = positional(vm, &args, "dict.setdefault", 1, 2)?;
    if let Some(v) = vm.dict_get(d, &rest[0])? {
        return Ok(v);
    }
    let v = rest.get(1).cloned().unwrap_or_else(|| vm.none());
    vm.dict_set(d, rest[0].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "pop")?;
    let rest = positional(vm, &args, "dict.pop", 1, 2)?;
    let key = &rest[0];
    // An empty dict answers without hashing the key, as CPython does.
    let found = if size(d) == 0 {
        None
    } else {
        vm.dict_remove(d, key)?
    };
    match (found, rest.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.key_error(key.clone())),
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "popitem")?;
    no_args(vm, &args, "dict.popitem")?;
    let last = d
        .downcast::<PyDict>()
        .and_then(|p| pop_last_entry(&mut p.table.borrow_mut()));
    match last {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(msg))
        }
    }
}

/// Removes the last entry of a dict table (`popitem`). The hole it
/// leaves stays counted in the entry array, so the table's load check
/// still sees it; once trailing holes outnumber the square root of the
/// size, the table is compacted, so emptying a dict by `popitem` stays
/// fast.
fn pop_last_entry(t: &mut DictTable) -> Option<Entry> {
    let slots = t.entry_slots();
    let ix = (0..slots).rev().find(|&i| t.entry(i).is_some())?;
    let entry = t.remove_at(ix);
    let trailing = slots - ix;
    let live = t.len();
    if trailing > 32 && trailing.saturating_mul(trailing) > live {
        let old = t.take_all();
        let mut compact = DictTable::with_capacity(live);
        for e in old.into_iter().flatten() {
            compact.insert_new(e.hash, e.key, e.value);
        }
        *t = compact;
    }
    entry
}

/// `d.update(other)`'s one positional argument: a dict, a mapping (an
/// object with `keys()`: `d[k] = other[k]` for each key), or an
/// iterable of pairs.
pub fn update_from(vm: &mut Vm, d: &ObjRef, other: &ObjRef) -> PyResult<()> {
    // A dict subclass with its own __iter__ is read through keys() and
    // [] as any mapping (CPython's dict_merge fast path requires dict_iter).
    if other.kind() == Kind::Dict && vm.subclass_override(other, "__iter__").is_none() {
        return crate::builtins::constructors::dict_fill(vm, d, other);
    }
    let name = vm.intern("keys");
    let keys_method = match vm.getattr(other, &name) {
        Ok(m) => Some(m),
        Err(e) if vm.isinstance(&e.0, &vm.exc.attribute_error) => None,
        Err(e) => return Err(e),
    };
    match keys_method {
        Some(m) => {
            let ks = vm.call(&m, &[], None)?;
            let it = vm.get_iter(&ks)?;
            while let Some(k) = vm.next(&it)? {
                let v = vm.getitem(other, &k)?;
                vm.dict_set(d, k, v)?;
            }
            Ok(())
        }
        None => crate::builtins::constructors::dict_fill(vm, d, other),
    }
}

fn update(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "update")?;
    let rest = &args.pos[1..];
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    if let Some(other) = rest.first() {
        update_from(vm, d, other)?;
    }
    for (k, v) in &args.kw {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    Ok(vm.none())
}

fn keys(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "keys")?;
    no_args(vm, &args, "dict.keys")?;
    Ok(views::new_view(vm, d, views::KEYS))
}

fn values(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "values")?;
    no_args(vm, &args, "dict.values")?;
    Ok(views::new_view(vm, d, views::VALUES))
}

fn items(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "items")?;
    no_args(vm, &args, "dict.items")?;
    Ok(views::new_view(vm, d, views::ITEMS))
}

/// A new dict with the entries of dict `d`, in order, copied with their
/// hashes (no Python code runs).
pub fn copy_dict(vm: &Vm, d: &ObjRef) -> ObjRef {
    let out = vm.new_dict();
    let copied = d.downcast::<PyDict>().map(|p| {
        let t = p.table.borrow();
        let mut nt = DictTable::with_capacity(t.len());
        for e in t.iter() {
            nt.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        nt
    });
    if let (Some(nt), Some(p)) = (copied, out.downcast::<PyDict>()) {
        *p.table.borrow_mut() = nt;
    }
    out
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "copy")?;
    no_args(vm, &args, "dict.copy")?;
    Ok(copy_dict(vm, d))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "clear")?;
    no_args(vm, &args, "dict.clear")?;
    let old = d
        .downcast::<PyDict>()
        .map(|p| p.table.borrow_mut().take_all());
    drop(old);
    Ok(vm.none())
}

/// `dict.fromkeys(iterable, value=None)`, a class method: `cls()` filled
/// with each key mapped to the one `value`.
fn fromkeys(vm: &mut Vm, args: Args) -> PyResult {
    let rest = positional(vm, &args, "dict.fromkeys", 1, 2)?;
    let cls = match args.pos.first() {
        Some(c) if c.kind() == Kind::Type => c.clone(),
        Some(obj) => obj.type_of(),
        None => return Err(vm.type_error("fromkeys expected a class")),
    };
    let value = rest.get(1).cloned().unwrap_or_else(|| vm.none());
    let d = if cls.is(&vm.types.dict) {
        vm.new_dict()
    } else {
        vm.call(&cls, &[], None)?
    };
    let keys = &rest[0];
    let plain = d.is_type(&vm.types.dict);
    if plain && matches!(keys.kind(), Kind::Dict | Kind::Set) {
        for k in super::set::keys_of(keys) {
            vm.dict_set(&d, k, value.clone())?;
        }
        return Ok(d);
    }
    let it = vm.get_iter(keys)?;
    while let Some(k) = vm.next(&it)? {
        if plain {
            vm.dict_set(&d, k, value.clone())?;
        } else {
            vm.setitem(&d, &k, value.clone())?;
        }
    }
    Ok(d)
}

/// `view.isdisjoint(other)` for a keys or items view named `owner`.
fn view_isdisjoint(vm: &mut Vm, args: Args, owner: &str, what: u8) -> PyResult {
    let view = receiver(vm, &args, owner, "isdisjoint", |s| {
        views::view_parts(s).is_some_and(|(_, w)| w == what)
    })?;
    let other = one_arg(vm, &args, &format!("{owner}.isdisjoint"))?;
    let r = views::isdisjoint(vm, view, &other)?;
    Ok(vm.new_bool(r))
}

fn keys_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    view_isdisjoint(vm, args, "dict_keys", views::KEYS)
}

fn items_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    view_isdisjoint(vm, args, "dict_items", views::ITEMS)
}

impl Vm {
    /// `a | b` for two dicts (a new dict: `a`'s entries updated with
    /// `b`'s) and `a |= b` (`a.update(b)`, `b` any mapping or iterable of
    /// pairs), PEP 584.
    pub fn dict_union(&mut self, a: &ObjRef, b: &ObjRef, inplace: bool) -> PyResult {
        if inplace {
            update_from(self, a, b)?;
            return Ok(a.clone());
        }
        let out = copy_dict(self, a);
        update_from(self, &out, b)?;
        Ok(out)
    }
}
