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

fn enumerate_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let start_kw = take_kw(&mut args, "start");
    let iterable_kw = take_kw(&mut args, "iterable");
    no_more_kwargs(vm, "enumerate", &args)?;
    let mut a: Vec<ObjRef> = args.pos[1..].to_vec();
    if let Some(i) = iterable_kw {
        a.insert(0, i);
    }
    if let Some(s) = start_kw {
        a.push(s);
    }
    if a.is_empty() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
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
    let strict = match take_kw(&mut args, "strict") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    no_more_kwargs(vm, "zip", &args)?;
    let mut its = Vec::new();
    for a in args.pos[1..].iter() {
        its.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iter(&vm.types.zip.clone(), IterState::Zip { its, strict }))
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
    if let Some(r) = crate::vm::views::view_reversed(vm, &seq)? {
        return Ok(r);
    }
    if seq.kind() == Kind::Range {
        let (start, step, len) = seq
            .downcast::<crate::objects::range::PyRange>()
            .map(|r| (r.start, r.step, r.len()))
            .unwrap_or((0, 1, 0));
        return Ok(vm.new_iter(
            &vm.types.range_iterator.clone(),
            IterState::Range {
                next: start + (len - 1) * step,
                remaining: len,
                step: -step,
            },
        ));
    }
    if vm.is_user_object(&seq) {
        if let Some(r) = vm.call_dunder(&seq, "__reversed__", &[])? {
            return Ok(r);
        }
        if vm.has_dunder(&seq, "__len__") && vm.has_dunder(&seq, "__getitem__") {
            let left = vm.len(&seq)?;
            return Ok(vm.new_iter(
                &vm.types.reversed.clone(),
                IterState::Reversed {
                    seq: Some(seq),
                    left,
                },
            ));
        }
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
                &vm.types.reversed.clone(),
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
/// The end of a `zip(strict=True)` whose argument `n` ran out first:
/// an error unless every other argument ends there too (CPython's words).
fn zip_strict_end(vm: &mut Vm, its: &[ObjRef], n: usize) -> PyResult<Option<ObjRef>> {
    let plural = |i: usize| {
        if i == 1 {
            " ".to_string()
        } else {
            "s 1-".to_string()
        }
    };
    if n > 0 {
        return Err(vm.value_error(format!(
            "zip() argument {} is shorter than argument{}{}",
            n + 1,
            plural(n),
            n
        )));
    }
    for (i, it) in its.iter().enumerate().skip(1) {
        if vm.next(it)?.is_some() {
            return Err(vm.value_error(format!(
                "zip() argument {} is longer than argument{}{}",
                i + 1,
                plural(i),
                i
            )));
        }
    }
    Ok(None)
}

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
                        if strict {
                            return zip_strict_end(vm, &its, n);
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
