//! Tests of reference counting, freeing and the trashcan, through the
//! object constructors the VM uses.

use crate::heap::{self, Kind};
use crate::objects::list::PyList;
use crate::vm::Vm;

#[test]
fn clone_and_drop_adjust_the_count() {
    let vm = Vm::new(vec![]);
    let l = vm.new_list(vec![]);
    assert_eq!(l.refcount(), 1);
    let l2 = l.clone();
    assert_eq!(l.refcount(), 2);
    drop(l2);
    assert_eq!(l.refcount(), 1);
}

#[test]
fn freeing_returns_memory_and_counts_frees() {
    let vm = Vm::new(vec![]);
    let before = heap::heap_stats();
    let freed_before = before
        .kinds
        .iter()
        .find(|(k, _)| *k == Kind::List)
        .map(|(_, s)| s.freed)
        .unwrap_or(0);
    let inner = vm.new_list(vec![vm.new_int(1000), vm.new_float(1.5)]);
    let outer = vm.new_list(vec![inner]);
    drop(outer);
    let after = heap::heap_stats();
    let freed_after = after
        .kinds
        .iter()
        .find(|(k, _)| *k == Kind::List)
        .map(|(_, s)| s.freed)
        .unwrap_or(0);
    assert_eq!(
        freed_after - freed_before,
        2,
        "both lists are freed when the outer one dies"
    );
}

#[test]
fn small_ints_and_empty_singletons_are_shared() {
    let vm = Vm::new(vec![]);
    assert!(vm.new_int(256).is(&vm.new_int(256)));
    assert!(!vm.new_int(257).is(&vm.new_int(257)));
    assert!(vm.new_str("").is(&vm.empty_str));
    assert!(vm.new_tuple(vec![]).is(&vm.empty_tuple));
    assert!(vm.new_int(-5).is_immortal());
}

#[test]
fn freed_blocks_are_reused() {
    let vm = Vm::new(vec![]);
    let a = vm.new_float(1.0);
    let addr = a.id();
    drop(a);
    let b = vm.new_float(2.0);
    assert_eq!(
        b.id(),
        addr,
        "the next object of the same size class reuses the block"
    );
}

#[test]
fn dropping_a_million_nested_lists_does_not_overflow_the_stack() {
    // Runs on a small (2 MiB) test thread stack: without the trashcan the
    // recursive frees would overflow it.
    let vm = Vm::new(vec![]);
    let mut x = vm.new_list(vec![]);
    for _ in 0..1_000_000 {
        x = vm.new_list(vec![x]);
    }
    let live_before = heap::heap_stats()
        .kinds
        .iter()
        .find(|(k, _)| *k == Kind::List)
        .map(|(_, s)| s.live_bytes)
        .unwrap_or(0);
    assert!(live_before > 1_000_000);
    drop(x);
    let live_after = heap::heap_stats()
        .kinds
        .iter()
        .find(|(k, _)| *k == Kind::List)
        .map(|(_, s)| s.live_bytes)
        .unwrap_or(0);
    assert!(
        live_after < 1_000,
        "every nested list was freed ({live_after} bytes left)"
    );
}

#[test]
fn list_growth_follows_cpython() {
    let vm = Vm::new(vec![]);
    let l = vm.new_list(vec![]);
    let mut caps = Vec::new();
    for i in 0..20 {
        if let Some(p) = l.downcast::<PyList>() {
            crate::objects::list::push(&mut p.items.borrow_mut(), vm.new_int(i));
            caps.push(p.items.borrow().capacity());
        }
    }
    // CPython 3.11: 4, 8, 16, 24 ... for successive appends.
    assert_eq!(&caps[..9], &[4, 4, 4, 4, 8, 8, 8, 8, 16]);
    assert_eq!(caps[16], 24);
}

fn kind_stats(kind: Kind) -> heap::KindStats {
    heap::heap_stats()
        .kinds
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, s)| *s)
        .unwrap_or_default()
}

#[test]
fn tuple_blocks_are_reused_by_length() {
    let vm = Vm::new(vec![]);
    heap::clear_free_lists();
    let pair = vm.new_tuple(vec![vm.new_int(1), vm.new_int(2)]);
    let addr = pair.id();
    drop(pair);
    assert_eq!(super::state::free_list_len(Kind::Tuple, 2), 1);
    // Same size class in the pools, but the parked block waits for a pair.
    let triple = vm.new_tuple(vec![vm.new_int(1), vm.new_int(2), vm.new_int(3)]);
    assert_ne!(triple.id(), addr);
    let pair = vm.new_tuple(vec![vm.new_int(3), vm.new_int(4)]);
    assert_eq!(pair.id(), addr, "the next pair takes the parked block");
    assert_eq!(super::state::free_list_len(Kind::Tuple, 2), 0);
    assert!(
        heap::gc::is_tracked(&pair),
        "a reused tuple is tracked anew"
    );
    let items: Vec<i64> = pair
        .var_items::<crate::objects::tuple::PyTuple>()
        .unwrap()
        .iter()
        .map(|o| o.downcast::<crate::objects::int::PyInt>().unwrap().value)
        .collect();
    assert_eq!(items, [3, 4]);
}

#[test]
fn parked_objects_count_as_freed_and_untracked() {
    let vm = Vm::new(vec![]);
    heap::clear_free_lists();
    let before = kind_stats(Kind::List);
    let tracked_before: usize = heap::gc::generation_sizes().iter().sum();
    let lists: Vec<_> = (0..100).map(|i| vm.new_list(vec![vm.new_int(i)])).collect();
    drop(lists);
    let after = kind_stats(Kind::List);
    assert_eq!(after.allocated - before.allocated, 100);
    assert_eq!(after.freed - before.freed, 100, "parked lists count freed");
    assert_eq!(after.live_bytes, before.live_bytes);
    assert_eq!(
        heap::gc::generation_sizes().iter().sum::<usize>(),
        tracked_before
    );
    assert_eq!(
        super::state::free_list_len(Kind::List, 0),
        80,
        "CPython's limit of 80 free lists"
    );
    // The pools still count the parked blocks in use until the lists are
    // cleared.
    let in_use = heap::allocator_stats().bytes_in_use;
    let (parked, parked_bytes) = heap::free_list_totals();
    assert!(parked >= 80);
    heap::clear_free_lists();
    assert_eq!(heap::free_list_totals(), (0, 0));
    assert!(heap::allocator_stats().bytes_in_use + parked_bytes <= in_use + 512);
    assert!(heap::allocator_stats().bytes_in_use < in_use);
}

#[test]
fn dicts_are_reused_empty() {
    let vm = Vm::new(vec![]);
    heap::clear_free_lists();
    let d = vm.new_dict();
    let addr = d.id();
    if let Some(p) = d.downcast::<crate::objects::dict::PyDict>() {
        assert!(p.table.borrow().is_empty());
    }
    drop(d);
    assert_eq!(super::state::free_list_len(Kind::Dict, 0), 1);
    let d = vm.new_dict();
    assert_eq!(d.id(), addr);
    let p = d.downcast::<crate::objects::dict::PyDict>().unwrap();
    assert!(p.table.borrow().is_empty());
}

#[test]
fn long_tuples_are_not_parked() {
    let vm = Vm::new(vec![]);
    heap::clear_free_lists();
    let t = vm.new_tuple((0..21).map(|i| vm.new_int(i)).collect());
    drop(t);
    assert_eq!(heap::free_list_totals().0, 0);
}
