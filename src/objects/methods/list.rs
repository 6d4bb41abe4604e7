//! Methods of list. Every change of a list's size goes through [`resize`],
//! CPython 3.11's `list_resize`, so the buffer grows and shrinks in
//! CPython's steps and `sys.getsizeof` shows the same numbers; `extend`
//! pre-sizes from the length hint as CPython does.
//!
//! `sort` empties the list while it runs (as CPython does), so key
//! functions see `[]`; growth of the list meanwhile is noted and reported
//! as "list modified during sort".

use super::params::{index_window, no_args, one_arg, positional, receiver};
use crate::builtins::{Args, add_method};
use crate::heap::{self, Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::iter::{IterState, PyIter};
use crate::objects::list::{PyList, grown_capacity};
use crate::vm::Vm;
use std::cell::RefCell;

/// The length hint CPython assumes for iterables that give none.
const DEFAULT_LENGTH_HINT: usize = 8;

/// Registers list's methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.list.clone();
    add_method(vm, &t, "list", "append", append);
    add_method(vm, &t, "list", "extend", extend);
    add_method(vm, &t, "list", "insert", insert);
    add_method(vm, &t, "list", "pop", pop);
    add_method(vm, &t, "list", "remove", remove);
    add_method(vm, &t, "list", "index", index);
    add_method(vm, &t, "list", "count", count);
    add_method(vm, &t, "list", "sort", sort);
    add_method(vm, &t, "list", "reverse", reverse);
    add_method(vm, &t, "list", "copy", copy);
    add_method(vm, &t, "list", "clear", clear);
}

thread_local! {
    /// Lists being sorted (by id), innermost last, each with whether it
    /// grew meanwhile.
    static SORTING: RefCell<Vec<(usize, bool)>> = const { RefCell::new(Vec::new()) };
}

/// Notes that `list` grew, for a sort in progress over it.
fn note_growth(list: &ObjRef) {
    SORTING.with(|s| {
        let mut s = s.borrow_mut();
        for entry in s.iter_mut().filter(|e| e.0 == list.id()) {
            entry.1 = true;
        }
    });
}

/// The receiver of `list.name` and its payload.
fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<(&'a ObjRef, &'a PyList)> {
    let obj = receiver(vm, args, "list", name, |s| s.downcast::<PyList>().is_some())?;
    match obj.downcast::<PyList>() {
        Some(l) => Ok((obj, l)),
        None => Err(vm.type_error("list expected")),
    }
}

/// Gives `items` the capacity `target`: reserves before items are added
/// (MemoryError past the memory limit), releases after they are removed.
fn set_capacity(vm: &Vm, items: &mut Vec<ObjRef>, target: usize) -> PyResult<()> {
    let cap = items.capacity();
    if target > cap {
        let bytes = (target - cap).checked_mul(std::mem::size_of::<ObjRef>());
        let granted = bytes.is_some_and(heap::try_reserve)
            && items.try_reserve_exact(target - items.len()).is_ok();
        if !granted {
            return Err(vm.memory_error());
        }
    } else if target < cap {
        items.shrink_to(target);
    }
    Ok(())
}

/// CPython's `list_resize` for a list going from `oldsize` to `newsize`
/// items: call it before adding items and after removing them.
pub fn resize(vm: &Vm, items: &mut Vec<ObjRef>, oldsize: usize, newsize: usize) -> PyResult<()> {
    let target = grown_capacity(newsize, oldsize, items.capacity());
    set_capacity(vm, items, target)
}

/// CPython's `list_preallocate_exact` for a list without a buffer: room
/// for `n` items rounded up to even.
fn preallocate(vm: &Vm, items: &mut Vec<ObjRef>, n: usize) -> PyResult<()> {
    set_capacity(vm, items, n.saturating_add(1) & !1usize)
}

/// Removes the item at `i` as CPython's `list_ass_slice` deletes one item:
/// the buffer is freed when the list becomes empty, else resized.
/// Returns the removed item (drop it after releasing the borrow).
fn remove_at(vm: &Vm, items: &mut Vec<ObjRef>, i: usize) -> PyResult<Option<ObjRef>> {
    let n = items.len();
    if i >= n {
        return Ok(None);
    }
    if n == 1 {
        return Ok(std::mem::take(items).pop());
    }
    let v = items.remove(i);
    resize(vm, items, n, n - 1)?;
    Ok(Some(v))
}

fn append(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, l) = this(vm, &args, "append")?;
    let x = one_arg(vm, &args, "list.append")?;
    {
        let mut items = l.items.borrow_mut();
        let n = items.len();
        resize(vm, &mut items, n, n + 1)?;
        items.push(x);
    }
    note_growth(obj);
    Ok(vm.none())
}

fn extend(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, _) = this(vm, &args, "extend")?;
    let src = one_arg(vm, &args, "list.extend")?;
    extend_list(vm, obj, &src)?;
    Ok(vm.none())
}

/// `list.extend(iterable)` with CPython 3.11's sizing: lists and tuples
/// (and the list itself) are copied in one resize; other iterables
/// pre-size from their length hint, append as they are consumed (the
/// iterable can see the list grow), and give back unused room at the end.
pub fn extend_list(vm: &mut Vm, list: &ObjRef, iterable: &ObjRef) -> PyResult<()> {
    let Some(l) = list.downcast::<PyList>() else {
        return Err(vm.type_error("list expected"));
    };
    if matches!(iterable.kind(), Kind::List | Kind::Tuple) || iterable.is(list) {
        let src = vm.sequence_items(iterable)?;
        if src.is_empty() {
            return Ok(());
        }
        {
            let mut items = l.items.borrow_mut();
            let m = items.len();
            if items.capacity() == 0 {
                preallocate(vm, &mut items, m + src.len())?;
            } else {
                resize(vm, &mut items, m, m + src.len())?;
            }
            items.extend(src);
        }
        note_growth(list);
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    let hint = length_hint(vm, iterable)?;
    {
        let mut items = l.items.borrow_mut();
        let m = items.len();
        let want = m.saturating_add(hint);
        if items.capacity() == 0 {
            if want > 0 {
                preallocate(vm, &mut items, want)?;
            }
        } else {
            resize(vm, &mut items, m, want)?;
        }
    }
    while let Some(v) = vm.next(&it)? {
        {
            let mut items = l.items.borrow_mut();
            let n = items.len();
            if n == items.capacity() {
                resize(vm, &mut items, n, n + 1)?;
            }
            items.push(v);
        }
        note_growth(list);
    }
    let mut items = l.items.borrow_mut();
    let n = items.len();
    if n < items.capacity() {
        resize(vm, &mut items, n, n)?;
    }
    Ok(())
}

/// `PyObject_LengthHint(obj, 8)` for the built-in iterables: the length
/// of sized containers, what a built-in iterator has left, else 8.
pub fn length_hint(vm: &mut Vm, obj: &ObjRef) -> PyResult<usize> {
    match obj.kind() {
        Kind::Str
        | Kind::Bytes
        | Kind::ByteArray
        | Kind::MemoryView
        | Kind::Tuple
        | Kind::List
        | Kind::Dict
        | Kind::Set
        | Kind::Range => vm.len(obj),
        Kind::Iter => {
            if let Some(n) = crate::vm::views::view_len(obj) {
                return Ok(n);
            }
            Ok(obj
                .downcast::<PyIter>()
                .map_or(DEFAULT_LENGTH_HINT, |p| iter_remaining(&p.state.borrow())))
        }
        Kind::Instance => user_length_hint(vm, obj),
        _ => Ok(DEFAULT_LENGTH_HINT),
    }
}

/// PyObject_LengthHint for a class instance: its `len()` (a TypeError
/// from it is ignored, any other error propagates), else its
/// `__length_hint__()`, else the default.
fn user_length_hint(vm: &mut Vm, obj: &ObjRef) -> PyResult<usize> {
    if vm.has_dunder(obj, "__len__") {
        match vm.len(obj) {
            Ok(n) => return Ok(n),
            Err(e) if vm.isinstance(&e.0, &vm.exc.type_error.clone()) => {}
            Err(e) => return Err(e),
        }
    }
    let r = match vm.call_dunder(obj, "__length_hint__", &[]) {
        Ok(Some(r)) => r,
        Ok(None) => return Ok(DEFAULT_LENGTH_HINT),
        Err(e) if vm.isinstance(&e.0, &vm.exc.type_error.clone()) => {
            return Ok(DEFAULT_LENGTH_HINT);
        }
        Err(e) => return Err(e),
    };
    if r.is(&vm.not_implemented) {
        return Ok(DEFAULT_LENGTH_HINT);
    }
    if !matches!(r.kind(), Kind::Int | Kind::BigInt) {
        return Err(vm.type_error(format!(
            "__length_hint__ must be an integer, not {}",
            vm.type_name(&r)
        )));
    }
    let n = vm.expect_index(&r)?;
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(n as usize)
}

/// How many items a built-in iterator has left (its `__length_hint__`),
/// or the default hint for iterators that cannot tell.
fn iter_remaining(state: &IterState) -> usize {
    match state {
        IterState::Range { remaining, .. } => (*remaining).max(0) as usize,
        IterState::Seq { seq: None, .. } | IterState::Reversed { seq: None, .. } => 0,
        IterState::Seq {
            seq: Some(s),
            index,
        } => match s.kind() {
            Kind::Str => s
                .as_str()
                .and_then(|t| t.get(*index..))
                .map_or(0, |t| t.chars().count()),
            Kind::List => s
                .downcast::<PyList>()
                .map_or(0, |l| l.items.borrow().len().saturating_sub(*index)),
            Kind::Tuple => s
                .var_items::<crate::objects::tuple::PyTuple>()
                .map_or(0, |t| t.len().saturating_sub(*index)),
            Kind::Bytes => s
                .var_items::<crate::objects::bytes::PyBytes>()
                .map_or(0, |b| b.len().saturating_sub(*index)),
            Kind::ByteArray => s
                .downcast::<crate::objects::bytearray::PyByteArray>()
                .map_or(0, |b| b.data.borrow().len().saturating_sub(*index)),
            _ => DEFAULT_LENGTH_HINT,
        },
        IterState::Dict { dict: None, .. } => 0,
        IterState::Dict {
            dict: Some(d),
            pos,
            size,
            ..
        } => {
            let table = match d.kind() {
                Kind::Dict => d
                    .downcast::<crate::objects::dict::PyDict>()
                    .map(|x| &x.table),
                _ => d.downcast::<crate::objects::set::PySet>().map(|x| &x.table),
            };
            table.map_or(0, |t| {
                let t = t.borrow();
                if t.len() != *size {
                    return 0;
                }
                let mut left = 0;
                let mut at = *pos;
                while let Some((i, _)) = t.next_from(at) {
                    left += 1;
                    at = i + 1;
                }
                left
            })
        }
        IterState::Reversed { left, .. } => *left,
        _ => DEFAULT_LENGTH_HINT,
    }
}

fn insert(vm: &mut Vm, args: Args) -> PyResult {
    let (obj, l) = this(vm, &args, "insert")?;
    let rest = positional(vm, &args, "list.insert", 2, 2)?;
    let (where_, x) = (rest[0].clone(), rest[1].clone());
    let i = vm.expect_index(&where_)?;
    {
        let mut items = l.items.borrow_mut();
        let n = items.len();
        resize(vm, &mut items, n, n + 1)?;
        let at = if i < 0 {
            i.saturating_add(n as i64).max(0) as usize
        } else {
            (i as usize).min(n)
        };
        items.insert(at, x);
    }
    note_growth(obj);
    Ok(vm.none())
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, "pop")?;
    let rest = positional(vm, &args, "list.pop", 0, 1)?;
    let idx = match rest.first() {
        Some(i) => vm.expect_index(i)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    let n = items.len();
    if n == 0 {
        drop(items);
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if idx < 0 {
        idx.saturating_add(n as i64)
    } else {
        idx
    };
    if j < 0 || j >= n as i64 {
        drop(items);
        return Err(vm.index_error("pop index out of range"));
    }
    let j = j as usize;
    let v = if j == n - 1 {
        let v = items.pop();
        resize(vm, &mut items, n, n - 1)?;
        v
    } else {
        remove_at(vm, &mut items, j)?
    };
    drop(items);
    v.ok_or_else(|| vm.index_error("pop index out of range"))
}

/// The item at `i` of a list (a new reference), read without holding the
/// borrow, so comparisons may run Python code that changes the list.
fn item_at(l: &PyList, i: usize) -> Option<ObjRef> {
    l.items.borrow().get(i).cloned()
}

fn remove(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, "remove")?;
    let x = one_arg(vm, &args, "list.remove")?;
    let mut i = 0;
    while let Some(item) = item_at(l, i) {
        if vm.eq_or_identical(&item, &x)? {
            let removed = {
                let mut items = l.items.borrow_mut();
                remove_at(vm, &mut items, i)?
            };
            drop(removed);
            return Ok(vm.none());
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, "index")?;
    let rest = positional(vm, &args, "list.index", 1, 3)?;
    let x = rest[0].clone();
    let len = l.items.borrow().len();
    let (start, stop) = index_window(vm, &rest[1..], len)?;
    let mut i = start;
    while i < stop {
        let Some(item) = item_at(l, i) else { break };
        if vm.eq_or_identical(&item, &x)? {
            return Ok(vm.new_int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr_string(&x)?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, "count")?;
    let x = one_arg(vm, &args, "list.count")?;
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = item_at(l, i) {
        if vm.eq_or_identical(&item, &x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

/// `list.sort(*, key=None, reverse=False)`.
fn sort(vm: &mut Vm, args: Args) -> PyResult {
    const SIG: super::params::Signature = super::params::Signature {
        name: "sort",
        params: &["key", "reverse"],
        max_positional: 0,
        required: 0,
    };
    let (obj, l) = this(vm, &args, "sort")?;
    let obj = obj.clone();
    let bound = super::params::clinic(vm, &SIG, &args.pos[1..], &args.kw)?;
    let key = bound[0].clone().filter(|k| !k.is(&vm.none));
    let reverse = match &bound[1] {
        Some(r) => c_int_flag(vm, r)?,
        None => false,
    };
    // Take the items out: the list is empty while the sort runs.
    let mut saved = std::mem::take(&mut *l.items.borrow_mut());
    // `saved` keeps the buffer (and so the capacity) for the result.
    let mut work: Vec<ObjRef> = Vec::with_capacity(saved.len());
    work.append(&mut saved);
    SORTING.with(|s| s.borrow_mut().push((obj.id(), false)));
    let result = crate::builtins::functions::sort_items(vm, &mut work, key, reverse);
    let grew = SORTING.with(|s| s.borrow_mut().pop().is_some_and(|e| e.1));
    saved.extend(work);
    let meanwhile = std::mem::replace(&mut *l.items.borrow_mut(), saved);
    let modified = grew || !meanwhile.is_empty();
    drop(meanwhile);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(vm.none())
}

/// A flag converted like CPython's `_PyLong_AsInt` (`sort(reverse=...)`):
/// ints only, within C int range.
fn c_int_flag(vm: &mut Vm, v: &ObjRef) -> PyResult<bool> {
    match vm.index_value(v)? {
        Some(i) if i32::try_from(i).is_ok() => Ok(i != 0),
        Some(_) => Err(vm.overflow_error("Python int too large to convert to C int")),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, "reverse")?;
    no_args(vm, &args, "list.reverse")?;
    l.items.borrow_mut().reverse();
    Ok(vm.none())
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, "copy")?;
    no_args(vm, &args, "list.copy")?;
    let items = l.items.borrow();
    let mut out = Vec::with_capacity(items.len());
    out.extend(items.iter().cloned());
    drop(items);
    Ok(vm.new_list(out))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, "clear")?;
    no_args(vm, &args, "list.clear")?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    crate::objects::list::drop_reversed(old);
    Ok(vm.none())
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::vm::Vm;

    /// Calls `obj.name(*args)` and returns the repr of the result, or
    /// "Type: message" of the error.
    pub(crate) fn call(
        vm: &mut Vm,
        obj: &crate::heap::ObjRef,
        name: &str,
        args: &[crate::heap::ObjRef],
    ) -> String {
        let n = vm.new_str(name);
        let r = vm.getattr(obj, &n).and_then(|m| vm.call(&m, args, None));
        match r {
            Ok(v) => vm.repr_string(&v).unwrap_or_default(),
            Err(e) => {
                let msg = vm.str_string(&e.0).unwrap_or_default();
                format!("{}: {}", vm.type_name(&e.0), msg)
            }
        }
    }

    fn capacity(l: &crate::heap::ObjRef) -> usize {
        l.downcast::<super::PyList>()
            .map_or(0, |l| l.items.borrow().capacity())
    }

    #[test]
    fn growth_follows_cpython() {
        let mut vm = Vm::new(vec![]);
        let l = vm.new_list(vec![]);
        let mut caps = Vec::new();
        for i in 0..20 {
            let x = vm.new_int(i);
            call(&mut vm, &l, "append", &[x]);
            caps.push(capacity(&l));
        }
        assert_eq!(
            caps,
            [
                4, 4, 4, 4, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16, 24, 24, 24, 24
            ]
        );
        let mut caps = Vec::new();
        for _ in 0..20 {
            call(&mut vm, &l, "pop", &[]);
            caps.push(capacity(&l));
        }
        assert_eq!(
            caps,
            [
                24, 24, 24, 24, 24, 24, 24, 24, 16, 16, 16, 16, 12, 12, 8, 8, 8, 8, 4, 0
            ]
        );
    }

    #[test]
    fn methods_and_errors() {
        let mut vm = Vm::new(vec![]);
        let items = (0..5).map(|i| vm.new_int(i % 3)).collect();
        let l = vm.new_list(items);
        let one = vm.new_int(1);
        let nine = vm.new_int(9);
        assert_eq!(call(&mut vm, &l, "count", std::slice::from_ref(&one)), "2");
        assert_eq!(call(&mut vm, &l, "index", std::slice::from_ref(&one)), "1");
        let two = vm.new_int(2);
        assert_eq!(call(&mut vm, &l, "index", &[one.clone(), two]), "4");
        assert_eq!(
            call(&mut vm, &l, "index", std::slice::from_ref(&nine)),
            "ValueError: 9 is not in list"
        );
        assert_eq!(
            call(&mut vm, &l, "remove", std::slice::from_ref(&nine)),
            "ValueError: list.remove(x): x not in list"
        );
        assert_eq!(
            call(&mut vm, &l, "insert", std::slice::from_ref(&one)),
            "TypeError: insert expected 2 arguments, got 1"
        );
        let big = vm.new_int(-100);
        call(&mut vm, &l, "insert", &[big, nine.clone()]);
        call(&mut vm, &l, "remove", &[one]);
        assert_eq!(vm.repr_string(&l).unwrap_or_default(), "[9, 0, 2, 0, 1]");
        call(&mut vm, &l, "sort", &[]);
        assert_eq!(vm.repr_string(&l).unwrap_or_default(), "[0, 0, 1, 2, 9]");
        assert_eq!(
            call(&mut vm, &l, "sort", &[nine]),
            "TypeError: sort() takes no positional arguments"
        );
        call(&mut vm, &l, "reverse", &[]);
        assert_eq!(call(&mut vm, &l, "copy", &[]), "[9, 2, 1, 0, 0]");
        call(&mut vm, &l, "clear", &[]);
        assert_eq!(capacity(&l), 0);
        assert_eq!(
            call(&mut vm, &l, "pop", &[]),
            "IndexError: pop from empty list"
        );
    }

    #[test]
    fn extend_sizes_from_the_length_hint() {
        let mut vm = Vm::new(vec![]);
        let l = vm.new_list(vec![]);
        let r = vm.new_range(0, 5, 1);
        call(&mut vm, &l, "extend", &[r]);
        assert_eq!(capacity(&l), 6);
        let r = vm.new_range(0, 30, 1);
        let it = vm.get_iter(&r).unwrap_or_else(|_| vm.none());
        call(&mut vm, &l, "extend", &[it]);
        assert_eq!(
            (
                l.downcast::<super::PyList>()
                    .map_or(0, |p| p.items.borrow().len()),
                capacity(&l)
            ),
            (35, 36)
        );
        let t = vm.new_tuple(vec![]);
        call(&mut vm, &l, "extend", &[t]);
        assert_eq!(capacity(&l), 36);
        let other = vm.new_list(vec![]);
        let five = vm.new_int(5);
        assert_eq!(
            call(&mut vm, &other, "extend", &[five]),
            "TypeError: 'int' object is not iterable"
        );
        call(&mut vm, &other, "extend", std::slice::from_ref(&l));
        assert_eq!(capacity(&other), 36);
    }

    #[test]
    fn sort_restores_and_reports_growth() {
        let mut vm = Vm::new(vec![]);
        // One item: the key (which grows the list) is called, nothing is compared.
        let items = vec![vm.new_int(5)];
        let l = vm.new_list(items);
        let append = {
            let n = vm.new_str("append");
            vm.getattr(&l, &n).unwrap_or_else(|_| vm.none())
        };
        let kw = vec![(vm.new_str("key"), append)];
        let sort = {
            let n = vm.new_str("sort");
            vm.getattr(&l, &n).unwrap_or_else(|_| vm.none())
        };
        let r = vm.call(&sort, &[], Some(kw));
        let msg = r.err().map(|e| vm.str_string(&e.0).unwrap_or_default());
        assert_eq!(msg.as_deref(), Some("list modified during sort"));
        assert_eq!(vm.repr_string(&l).unwrap_or_default(), "[5]");
        let r = vm.call(&sort, &[], None);
        assert!(r.is_ok());
    }
}
