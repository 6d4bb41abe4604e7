//! CPython 3.11's answers for about 2,700 str and bytes method calls,
//! checked by calling the natives through the VM (attribute lookup + call)
//! without the compiler. Each case in `str_tests/cases_*.rs` is one call
//! `receiver.method(*args, **kwargs)` and the `repr` of its result, or
//! `!Type: message` for the exception it raises. The cases are listed in
//! `str_tests/gen_cases_list.py`; `str_tests/gen_cases.py` runs them under
//! python3.11 and writes these files.

use crate::heap::ObjRef;
use crate::vm::Vm;

/// A Python value to build for a test call.
enum V {
    N,
    Bo(bool),
    I(i64),
    Big(&'static str),
    F(f64),
    S(&'static str),
    B(&'static [u8]),
    T(&'static [V]),
    L(&'static [V]),
    D(&'static [(V, V)]),
    Ty(&'static str),
}

fn build(vm: &mut Vm, v: &V) -> ObjRef {
    use V::*;
    match v {
        N => vm.none(),
        Bo(b) => vm.new_bool(*b),
        I(i) => vm.new_int(*i),
        Big(s) => vm.new_bigint(s.parse().unwrap_or_default()),
        F(f) => vm.new_float(*f),
        S(s) => vm.new_str(s),
        B(b) => vm.new_bytes(b),
        T(items) => {
            let items = items.iter().map(|x| build(vm, x)).collect();
            vm.new_tuple(items)
        }
        L(items) => {
            let items = items.iter().map(|x| build(vm, x)).collect();
            vm.new_list(items)
        }
        D(pairs) => {
            let d = vm.new_dict();
            for (k, x) in pairs.iter() {
                let (k, x) = (build(vm, k), build(vm, x));
                vm.dict_set(&d, k, x).expect("dict_set");
            }
            d
        }
        Ty(name) => match *name {
            "str" => vm.types.str_.clone(),
            _ => vm.types.bytes.clone(),
        },
    }
}

/// Calls `recv.meth(*args, **kw)`; a mismatch with `expected` comes back
/// as a line for the failure report.
fn call(
    vm: &mut Vm,
    recv: V,
    meth: &str,
    args: &[V],
    kw: &[(&str, V)],
    expected: &str,
) -> Option<String> {
    let recv = build(vm, &recv);
    let args: Vec<ObjRef> = args.iter().map(|a| build(vm, a)).collect();
    let kw: Vec<(ObjRef, ObjRef)> = kw
        .iter()
        .map(|(k, x)| (vm.new_str(k), build(vm, x)))
        .collect();
    let name = vm.new_str(meth);
    let got = vm
        .getattr(&recv, &name)
        .and_then(|m| vm.call(&m, &args, if kw.is_empty() { None } else { Some(kw) }))
        .and_then(|r| vm.repr_string(&r));
    let got = match got {
        Ok(s) => s,
        Err(e) => {
            let msg = vm.str_string(&e.0).unwrap_or_default();
            format!("!{}: {}", vm.type_name(&e.0), msg)
        }
    };
    if got == expected {
        return None;
    }
    let shown_args: Vec<String> = args
        .iter()
        .map(|a| vm.repr_string(a).unwrap_or_default())
        .collect();
    let recv = vm.repr_string(&recv).unwrap_or_default();
    Some(format!(
        "{recv}.{meth}({}):\n   got {got}\n  want {expected}",
        shown_args.join(", ")
    ))
}

/// Runs a batch of cases, failing with every mismatch listed.
fn run(cases: impl FnOnce(&mut dyn FnMut(V, &str, &[V], &[(&str, V)], &str))) {
    let mut vm = Vm::new(vec![]);
    let mut failures = Vec::new();
    cases(&mut |recv, meth, args, kw, expected| {
        if let Some(f) = call(&mut vm, recv, meth, args, kw, expected) {
            failures.push(f);
        }
    });
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

mod cases_1;
mod cases_2;
mod cases_3;
mod cases_4;
