//! enumerate, zip, map, filter, reversed and callable iterators: their
//! constructors and the `next` of iterators built over other iterators.

use super::{Args, no_kwargs, no_more_kwargs, set_constructor, take_kw};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::iter::{IterState, PyIter};
use crate::vm::Vm;

/// Registers the constructors.
pub fn install(vm: &mut Vm) {
    set_constructor(&vm.types.enumerate, enumerate_new);
    set_constructor(&vm.types.zip, zip_new);
    set_constructor(&vm.types.map, map_new);
    set_constructor(&vm.types.filter, filter_new);
    set_constructor(&vm.types.reversed, reversed_new);
}

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult {
    let a = enumerate_args(vm, &args)?;
    let it = vm.get_iter(&a[0])?;
    let count = match a.get(1) {
        Some(s) => vm.expect_index(s)?,
        None => 0,
    };
    Ok(vm.new_iter(
        &vm.types.enumerate.clone(),
        IterState::Enumerate { it, count },
    ))
}

fn zip_new(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.kw.len() > 1 {
        return Err(vm.type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            args.kw.len()
        )));
    }
    let strict = take_kw(&mut args, "strict");
    no_more_kwargs(vm, "zip", &args)?;
    let strict = match strict {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let mut its = Vec::new();
    for a in args.pos[1..].iter() {
        its.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iter(&vm.types.zip.clone(), IterState::Zip { its, strict }))
}

/// The ValueError of `zip(strict=True)` when argument `i + 1` (0-based
/// `i`) ran out before (`shorter`) or after the ones before it.
fn zip_mismatch(vm: &Vm, i: usize, shorter: bool) -> crate::objects::PyErr {
    let before = if i == 1 {
        "argument 1".to_string()
    } else {
        format!("arguments 1-{i}")
    };
    let how = if shorter { "shorter" } else { "longer" };
    vm.value_error(format!("zip() argument {} is {how} than {before}", i + 1))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "map", &args)?;
    if args.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = args.pos[1].clone();
    let mut its = Vec::new();
    for a in &args.pos[2..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iter(&vm.types.map.clone(), IterState::Map { func, its }))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "filter", &args)?;
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos.len() - 1
        )));
    }
    let func = args.pos[1].clone();
    let it = vm.get_iter(&args.pos[2])?;
    Ok(vm.new_iter(&vm.types.filter.clone(), IterState::Filter { func, it }))
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "reversed", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let seq = args.pos[1].clone();
    if vm.is_user_object(&seq) {
        if let Some(r) = vm.call_dunder(&seq, "__reversed__", &[])? {
            return Ok(r);
        }
        // A sequence (it has __getitem__) must also have a length: else
        // len()'s "object of type 'X' has no len()", as in CPython.
        if vm.has_dunder(&seq, "__getitem__") {
            let left = vm.len(&seq)?;
            return Ok(vm.new_iter(
                &vm.types.reversed.clone(),
                IterState::Reversed {
                    seq: Some(seq),
                    left,
                },
            ));
        }
    } else if let Some(r) = vm.subclass_call(&seq, "__reversed__", &[])? {
        return Ok(r);
    }
    reversed_base(vm, &seq)
}

/// `reversed(seq)` for the built-in sequences, dicts and dict views (also
/// `list.__reversed__` and the rest).
pub fn reversed_base(vm: &mut Vm, seq: &ObjRef) -> PyResult {
    let seq = seq.clone();
    if let Some(r) = crate::vm::views::view_reversed(vm, &seq)? {
        return Ok(r);
    }
    if seq.kind() == Kind::Range {
        let (start, step, len, long) = seq
            .downcast::<crate::objects::range::PyRange>()
            .map(|r| (r.start, r.step, r.len(), r.is_long()))
            .unwrap_or((0, 1, 0, false));
        let ty = if long {
            vm.types.longrange_iterator.clone()
        } else {
            vm.types.range_iterator.clone()
        };
        return Ok(vm.new_iter(
            &ty,
            IterState::Range {
                next: start + (len - 1) * step,
                remaining: len,
                step: -step,
            },
        ));
    }
    match seq.kind() {
        Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::MemoryView => {
            let left = vm.len(&seq)?;
            let ty = if seq.kind() == Kind::List {
                vm.types.list_reverseiterator.clone()
            } else {
                vm.types.reversed.clone()
            };
            Ok(vm.new_iter(
                &ty,
                IterState::Reversed {
                    seq: Some(seq),
                    left,
                },
            ))
        }
        Kind::Dict => {
            let keys: Vec<ObjRef> = vm.dict_items(&seq).into_iter().map(|(k, _)| k).collect();
            let n = keys.len();
            let l = vm.new_list(keys);
            Ok(vm.new_iter(
                &vm.types.dict_reversekeyiterator.clone(),
                IterState::Reversed {
                    seq: Some(l),
                    left: n,
                },
            ))
        }
        _ => Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq)))),
    }
}

/// `next()` of iterators that wrap other iterators or call Python code.
/// No borrow of the iterator state is held while Python code runs.
pub fn next_composite(vm: &mut Vm, it: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(p) = it.downcast::<PyIter>() else {
        return Ok(None);
    };
    enum Plan {
        Enumerate(ObjRef, i64),
        Zip(Vec<ObjRef>, bool),
        Map(ObjRef, Vec<ObjRef>),
        Filter(ObjRef, ObjRef),
        Callable(ObjRef, ObjRef),
        Done,
    }
    let plan = match &mut *p.state.borrow_mut() {
        IterState::Enumerate { it, count } => {
            let c = *count;
            *count += 1;
            Plan::Enumerate(it.clone(), c)
        }
        IterState::Zip { its, strict } => Plan::Zip(its.clone(), *strict),
        IterState::Map { func, its } => Plan::Map(func.clone(), its.clone()),
        IterState::Filter { func, it } => Plan::Filter(func.clone(), it.clone()),
        IterState::Callable {
            func: Some(f),
            sentinel,
        } => Plan::Callable(f.clone(), sentinel.clone()),
        _ => Plan::Done,
    };
    match plan {
        Plan::Done => Ok(None),
        Plan::Enumerate(inner, c) => match vm.next(&inner)? {
            Some(v) => {
                let n = vm.new_int(c);
                Ok(Some(vm.new_tuple(vec![n, v])))
            }
            None => Ok(None),
        },
        Plan::Zip(its, strict) => {
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (n, i) in its.iter().enumerate() {
                match vm.next(i)? {
                    Some(v) => out.push(v),
                    None => {
                        if let IterState::Zip { its, .. } = &mut *p.state.borrow_mut() {
                            its.clear();
                        }
                        if strict && n > 0 {
                            return Err(zip_mismatch(vm, n, true));
                        }
                        if strict {
                            // The first ran out: so must all the others.
                            for (m, j) in its.iter().enumerate().skip(1) {
                                if vm.next(j)?.is_some() {
                                    return Err(zip_mismatch(vm, m, false));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(out)))
        }
        Plan::Map(func, its) => {
            let mut args = Vec::with_capacity(its.len());
            for i in &its {
                match vm.next(i)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, &args, None).map(Some)
        }
        Plan::Filter(func, inner) => loop {
            let Some(v) = vm.next(&inner)? else {
                return Ok(None);
            };
            let keep = if func.is(&vm.none) {
                vm.truthy(&v)?
            } else {
                let r = vm.call(&func, std::slice::from_ref(&v), None)?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        Plan::Callable(func, sentinel) => {
            let v = vm.call(&func, &[], None)?;
            if vm.eq(&v, &sentinel)? {
                if let IterState::Callable { func, .. } = &mut *p.state.borrow_mut() {
                    *func = None;
                }
                return Ok(None);
            }
            Ok(Some(v))
        }
    }
}

/// `enumerate(iterable, start=0)`'s arguments, checked in the order
/// CPython's `enum_vectorcall` checks them: `[iterable, start?]`.
fn enumerate_args(vm: &Vm, args: &Args) -> PyResult<Vec<ObjRef>> {
    let pos = &args.pos[1..];
    let total = pos.len() + args.kw.len();
    let key = |i: usize| args.kw[i].0.as_str().unwrap_or("");
    let invalid = |name: &str| {
        vm.type_error(format!(
            "'{name}' is an invalid keyword argument for enumerate()"
        ))
    };
    let value = |i: usize| args.kw[i].1.clone();
    match (total, args.kw.len()) {
        (2, 0) => Ok(pos.to_vec()),
        (2, 1) if key(0) == "start" => Ok(vec![pos[0].clone(), value(0)]),
        (2, 1) => Err(invalid(key(0))),
        (2, _) => match (key(0), key(1)) {
            ("start", "iterable") => Ok(vec![value(1), value(0)]),
            ("iterable", "start") => Ok(vec![value(0), value(1)]),
            ("start", other) => Err(invalid(other)),
            ("iterable", other) => Err(invalid(other)),
            (other, _) => Err(invalid(other)),
        },
        (1, 0) => Ok(pos.to_vec()),
        (1, _) if key(0) == "iterable" => Ok(vec![value(0)]),
        (1, _) => Err(invalid(key(0))),
        _ if pos.is_empty() => {
            Err(vm.type_error("enumerate() missing required argument 'iterable'"))
        }
        _ => Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({total} given)"
        ))),
    }
}
