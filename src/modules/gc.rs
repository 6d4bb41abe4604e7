//! The `gc` module: CPython's interface to the cycle collector
//! (`heap::gc` and `vm::gc`).

use crate::builtins::{Args, arity, new_native};
use crate::heap::{self, ObjRef, flags};
use crate::objects::PyResult;
use crate::objects::module::PyModule;
use crate::vm::Vm;
use crate::vm::gc::{
    DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE,
};

/// Builds the `gc` module.
pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("gc");
    let d = match m.downcast::<PyModule>() {
        Some(p) => p.dict.clone(),
        None => return m,
    };
    let funcs: [(&'static str, crate::objects::native::NativeFn); 18] = [
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_stats", get_stats),
        ("get_objects", get_objects),
        ("get_referrers", get_referrers),
        ("get_referents", get_referents),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("set_debug", set_debug),
        ("get_debug", get_debug),
        ("freeze", freeze),
        ("unfreeze", unfreeze),
        ("get_freeze_count", get_freeze_count),
    ];
    for (n, f) in funcs {
        let o = new_native(vm, n, f, Some("gc"));
        vm.dict_set_name(&d, n, o);
    }
    for (n, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        let o = vm.new_int(v as i64);
        vm.dict_set_name(&d, n, o);
    }
    let callbacks = vm.gc.callbacks.clone();
    vm.dict_set_name(&d, "callbacks", callbacks);
    let garbage = vm.gc.garbage.clone();
    vm.dict_set_name(&d, "garbage", garbage);
    m
}

/// An int argument, CPython's way (TypeError naming the function).
fn int_arg(vm: &mut Vm, name: &str, obj: &ObjRef) -> PyResult<i64> {
    if obj.kind() == crate::heap::Kind::Float {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    crate::vm::ops::as_bigint(obj)
        .and_then(|b| num_traits::ToPrimitive::to_i64(&b))
        .ok_or_else(|| {
            vm.type_error(format!(
                "{name}() argument must be int, not {}",
                vm.type_name(obj)
            ))
        })
}

fn collect(vm: &mut Vm, args: Args) -> PyResult {
    let mut generation = 2i64;
    let mut given = args.pos.first().cloned();
    for (k, v) in &args.kw {
        if k.as_str() == Some("generation") && given.is_none() {
            given = Some(v.clone());
        } else {
            return Err(vm.type_error(format!(
                "collect() got an unexpected keyword argument '{}'",
                k.as_str().unwrap_or("")
            )));
        }
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "collect() takes at most 1 argument ({} given)",
            args.pos.len()
        )));
    }
    if let Some(g) = given {
        generation = int_arg(vm, "collect", &g)?;
    }
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    // Work queued before the call (finalizers of objects already freed) is
    // done first, so that it does not mix with what the collection finds.
    vm.run_pending();
    let found = vm.collect_generation(generation as usize);
    Ok(vm.new_int((found.collected + found.uncollectable) as i64))
}

fn enable(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "enable", &args, 0, 0)?;
    heap::gc::set_enabled(true);
    heap::gc::check_due();
    Ok(vm.none())
}

fn disable(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "disable", &args, 0, 0)?;
    heap::gc::set_enabled(false);
    Ok(vm.none())
}

fn isenabled(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "isenabled", &args, 0, 0)?;
    Ok(vm.new_bool(heap::gc::is_enabled()))
}

fn get_count(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "get_count", &args, 0, 0)?;
    let c = heap::gc::counts();
    let items = c.iter().map(|&n| vm.new_int(n as i64)).collect();
    Ok(vm.new_tuple(items))
}

fn get_threshold(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "get_threshold", &args, 0, 0)?;
    let t = heap::gc::thresholds();
    let items = t.iter().map(|&n| vm.new_int(n as i64)).collect();
    Ok(vm.new_tuple(items))
}

fn set_threshold(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    if args.pos.is_empty() || args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at {} ({} given)",
            if args.pos.is_empty() {
                "least 1 argument"
            } else {
                "most 3 arguments"
            },
            args.pos.len()
        )));
    }
    let mut values = Vec::new();
    for a in &args.pos {
        let v = int_arg(vm, "set_threshold", a)?;
        values.push(v.max(0) as usize);
    }
    heap::gc::set_thresholds(&values);
    heap::gc::check_due();
    Ok(vm.none())
}

fn get_stats(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "get_stats", &args, 0, 0)?;
    let mut out = Vec::new();
    for st in heap::gc::stats() {
        let d = vm.new_dict();
        let c = vm.new_int(st.collections as i64);
        let k = vm.new_int(st.collected as i64);
        let u = vm.new_int(st.uncollectable as i64);
        vm.dict_set_name(&d, "collections", c);
        vm.dict_set_name(&d, "collected", k);
        vm.dict_set_name(&d, "uncollectable", u);
        out.push(d);
    }
    Ok(vm.new_list(out))
}

/// Whether the collector reports `o` as an object of its own (an instance
/// dict Python never saw is part of its instance, as in CPython 3.11).
fn visible(o: &ObjRef) -> bool {
    o.flags() & (flags::MANAGED_DICT | flags::COLLECTING) == 0 && heap::gc::reported_tracked(o)
}

fn get_objects(vm: &mut Vm, args: Args) -> PyResult {
    let mut generation = None;
    let given = args.pos.first().cloned().or_else(|| {
        args.kw
            .iter()
            .find(|(k, _)| k.as_str() == Some("generation"))
            .map(|(_, v)| v.clone())
    });
    if let Some(g) = given
        && !g.is(&vm.none)
    {
        let g = int_arg(vm, "get_objects", &g)?;
        if g >= 3 {
            return Err(vm.value_error(
                "generation parameter must be less than the number of available generations (3)",
            ));
        }
        if g < 0 {
            return Err(vm.value_error("generation parameter cannot be negative"));
        }
        generation = Some(g as usize);
    }
    let objs: Vec<ObjRef> = heap::gc::objects(generation)
        .into_iter()
        .filter(visible)
        .collect();
    Ok(vm.new_list(objs))
}

fn get_referrers(vm: &mut Vm, args: Args) -> PyResult {
    let targets = args.pos.clone();
    let mut out = Vec::new();
    for o in heap::gc::objects(None) {
        if !visible(&o) {
            continue;
        }
        if targets.iter().any(|t| heap::gc::refers_to(&o, t)) {
            out.push(o);
        }
    }
    // The frames running now refer to their arguments too in CPython (a
    // frame object is tracked); Ferrite's frames are not objects, so a
    // caller's locals do not show here.
    Ok(vm.new_list(out))
}

fn get_referents(vm: &mut Vm, args: Args) -> PyResult {
    let mut out = Vec::new();
    for o in &args.pos {
        for r in heap::gc::referents(o) {
            // The dict of an instance is its attribute values, as CPython
            // 3.11 reports inline values.
            if r.flags() & flags::MANAGED_DICT != 0 {
                for (_, v) in vm.dict_items(&r) {
                    out.push(v);
                }
            } else {
                out.push(r);
            }
        }
    }
    Ok(vm.new_list(out))
}

fn is_tracked(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "is_tracked", &args, 1, 1)?;
    Ok(vm.new_bool(heap::gc::reported_tracked(&args.pos[0])))
}

fn is_finalized(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "is_finalized", &args, 1, 1)?;
    Ok(vm.new_bool(args.pos[0].flags() & flags::FINALIZED != 0))
}

fn set_debug(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "set_debug", &args, 1, 1)?;
    let f = int_arg(vm, "set_debug", &args.pos[0])?;
    vm.gc.debug = f as u32;
    Ok(vm.none())
}

fn get_debug(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "get_debug", &args, 0, 0)?;
    Ok(vm.new_int(vm.gc.debug as i64))
}

fn freeze(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "freeze", &args, 0, 0)?;
    heap::gc::freeze();
    Ok(vm.none())
}

fn unfreeze(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "unfreeze", &args, 0, 0)?;
    heap::gc::unfreeze();
    Ok(vm.none())
}

fn get_freeze_count(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "get_freeze_count", &args, 0, 0)?;
    Ok(vm.new_int(heap::gc::freeze_count() as i64))
}
