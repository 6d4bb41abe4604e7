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
