//! `_tracemalloc`: the native half of `tracemalloc` (the classes are in
//! `py/tracemalloc.py`). The traces themselves are recorded by the heap
//! (`heap::tracemalloc`); this module starts and stops it, publishes the
//! running frames' location to it, and hands the traces to Python.

use crate::builtins::{Args, arity, new_native, take_kw};
use crate::heap::{self, ObjRef, tracemalloc as tm};
use crate::objects::PyResult;
use crate::objects::module::PyModule;
use crate::vm::Vm;
use std::rc::Rc;

/// Most frames a traceback may keep (CPython's limit).
const MAX_NFRAME: i64 = 65535;

/// Builds the `_tracemalloc` module.
pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_tracemalloc");
    let d = match m.downcast::<PyModule>() {
        Some(p) => p.dict.clone(),
        None => return m,
    };
    let funcs: [(&'static str, crate::objects::native::NativeFn); 10] = [
        ("start", start),
        ("stop", stop),
        ("is_tracing", is_tracing),
        ("clear_traces", clear_traces),
        ("get_traced_memory", get_traced_memory),
        ("reset_peak", reset_peak),
        ("get_traceback_limit", get_traceback_limit),
        ("get_tracemalloc_memory", get_tracemalloc_memory),
        ("_get_traces", get_traces),
        ("_get_object_traceback", get_object_traceback),
    ];
    for (n, f) in funcs {
        let o = new_native(vm, n, f, Some("_tracemalloc"));
        vm.dict_set_name(&d, n, o);
    }
    m
}

/// Tells the heap where the running code is: the innermost frames'
/// (filename, line), unless the stack's summary is the one last told.
/// Called from the VM's safe point before each instruction while tracing.
pub fn publish_location(vm: &Vm) {
    let frames = &vm.frames;
    let Some(top) = frames.last() else {
        return;
    };
    // The top frame's ip is the instruction about to run; the callers'
    // are just past their call.
    let line = top.code.co.line_of(top.ip);
    let key = (Rc::as_ptr(&top.code) as usize, line, frames.len());
    if !tm::publish_key(key) {
        return;
    }
    let located = frames.iter().rev().enumerate().map(|(i, f)| {
        let l = if i == 0 {
            line
        } else {
            f.code.co.line_of(f.ip.saturating_sub(1))
        };
        (f.code.co.filename.as_str(), l)
    });
    tm::set_location(located, frames.len());
}

fn start(vm: &mut Vm, mut args: Args) -> PyResult {
    if let Some(v) = take_kw(&mut args, "nframe") {
        if args.pos.is_empty() {
            args.pos.push(v);
        } else {
            return Err(vm.type_error("start() got multiple values for argument 'nframe'"));
        }
    }
    if let Some((k, _)) = args.kw.first() {
        let k = k.as_str().unwrap_or("").to_string();
        return Err(vm.type_error(format!("start() got an unexpected keyword argument '{k}'")));
    }
    arity(vm, "start", &args, 0, 1)?;
    let nframe = match args.pos.first() {
        None => 1,
        Some(o) => {
            if o.kind() == heap::Kind::Float {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            let n = crate::vm::ops::as_bigint(o).ok_or_else(|| {
                vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(o)
                ))
            })?;
            match num_traits::ToPrimitive::to_i64(&n) {
                Some(n) if (1..=MAX_NFRAME).contains(&n) => n,
                _ => {
                    return Err(vm.value_error(format!(
                        "the number of frames must be in range [1; {MAX_NFRAME}]"
                    )));
                }
            }
        }
    };
    tm::start(nframe as usize);
    // Publish now (the key is new after a start), and keep publishing.
    tm::publish_key((0, 0, 0));
    publish_location(vm);
    tm::keep_attention();
    Ok(vm.none())
}

fn stop(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "stop", &args, 0, 0)?;
    tm::stop();
    Ok(vm.none())
}

fn is_tracing(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "is_tracing", &args, 0, 0)?;
    Ok(vm.new_bool(tm::is_tracing()))
}

fn clear_traces(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "clear_traces", &args, 0, 0)?;
    tm::clear();
    if tm::is_tracing() {
        tm::publish_key((0, 0, 0));
        publish_location(vm);
    }
    Ok(vm.none())
}

fn get_traced_memory(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "get_traced_memory", &args, 0, 0)?;
    let (current, peak) = tm::traced_memory();
    let items = vec![vm.new_int(current as i64), vm.new_int(peak as i64)];
    Ok(vm.new_tuple(items))
}

fn reset_peak(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "reset_peak", &args, 0, 0)?;
    tm::reset_peak();
    Ok(vm.none())
}

fn get_traceback_limit(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "get_traceback_limit", &args, 0, 0)?;
    Ok(vm.new_int(tm::traceback_limit() as i64))
}

fn get_tracemalloc_memory(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "get_tracemalloc_memory", &args, 0, 0)?;
    Ok(vm.new_int(tm::own_memory() as i64))
}

/// A traceback as CPython's `_tracemalloc` gives it: a tuple of
/// `(filename, lineno)` tuples, the most recent first.
fn traceback_tuple(vm: &mut Vm, frames: &[tm::TraceFrame]) -> ObjRef {
    let items = frames
        .iter()
        .map(|(name, line)| {
            let pair = vec![vm.new_str(name), vm.new_int(*line as i64)];
            vm.new_tuple(pair)
        })
        .collect();
    vm.new_tuple(items)
}

fn get_traces(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "_get_traces", &args, 0, 0)?;
    let Some(copy) = tm::copy_traces() else {
        return Ok(vm.new_list(Vec::new()));
    };
    // As in CPython, the snapshot's own objects are not traced: a later
    // snapshot compared with this one shows the program's memory only.
    let list = tm::untraced(|| {
        let (traces, tracebacks, totals) = &copy;
        // One tuple per distinct traceback, shared by its traces.
        let mut built: Vec<Option<ObjRef>> = vec![None; tracebacks.len()];
        let zero = vm.new_int(0);
        let mut out = Vec::with_capacity(traces.len());
        for &(size, tb) in traces {
            let i = tb as usize;
            let tb_obj = match &built[i] {
                Some(o) => o.clone(),
                None => {
                    let o = traceback_tuple(vm, &tracebacks[i]);
                    built[i] = Some(o.clone());
                    o
                }
            };
            let total = vm.new_int(totals[i] as i64);
            let item = vec![zero.clone(), vm.new_int(size as i64), tb_obj, total];
            out.push(vm.new_tuple(item));
        }
        vm.new_list(out)
    });
    tm::drop_untraced(copy);
    Ok(list)
}

fn get_object_traceback(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "_get_object_traceback", &args, 1, 1)?;
    match tm::traceback_of(tm::block_addr(&args.pos[0])) {
        Some(frames) => {
            let t = traceback_tuple(vm, &frames);
            tm::drop_untraced(frames);
            Ok(t)
        }
        None => Ok(vm.none()),
    }
}
