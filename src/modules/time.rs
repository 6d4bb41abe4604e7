//! The `_time` module behind `time` (src/modules/py/time.py): wall-clock,
//! monotonic and CPU clocks, and `sleep`.

use super::args::{add_functions, one, to_f64};
use crate::builtins::Args;
use crate::heap::ObjRef;
use crate::objects::PyResult;
use crate::vm::Vm;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Builds the `time` module.
pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_time");
    add_functions(
        vm,
        &m,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("sleep", sleep),
        ],
    );
    m
}

/// Nanoseconds since the Unix epoch.
fn epoch_ns() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

/// Nanoseconds on the monotonic clock, from an arbitrary (per-process) origin.
fn monotonic_ns() -> u128 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos()
}

/// CPU time of this process in nanoseconds, from `/proc/self/schedstat`
/// (or the tick counts of `/proc/self/stat`), falling back to wall time.
fn cpu_ns() -> u128 {
    if let Ok(s) = std::fs::read_to_string("/proc/self/schedstat")
        && let Some(Ok(ns)) = s.split_whitespace().next().map(str::parse::<u128>)
    {
        return ns;
    }
    if let Ok(s) = std::fs::read_to_string("/proc/self/stat")
        && let Some(rest) = s.rsplit(')').next()
    {
        let f: Vec<&str> = rest.split_whitespace().collect();
        let ticks: u128 = [11, 12]
            .iter()
            .filter_map(|&i| f.get(i).and_then(|v| v.parse::<u128>().ok()))
            .sum();
        return ticks * 10_000_000;
    }
    monotonic_ns()
}

fn no_args(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("time.{name}() takes no keyword arguments")));
    }
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(())
}

fn time(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "time", &args)?;
    Ok(vm.new_float(epoch_ns() as f64 / 1e9))
}

fn time_ns(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "time_ns", &args)?;
    Ok(vm.new_bigint(epoch_ns().into()))
}

fn perf_counter(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "perf_counter", &args)?;
    Ok(vm.new_float(monotonic_ns() as f64 / 1e9))
}

fn perf_counter_ns(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "perf_counter_ns", &args)?;
    Ok(vm.new_bigint(monotonic_ns().into()))
}

fn process_time(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "process_time", &args)?;
    Ok(vm.new_float(cpu_ns() as f64 / 1e9))
}

fn process_time_ns(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, "process_time_ns", &args)?;
    Ok(vm.new_bigint(cpu_ns().into()))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, "time.sleep", &args)?;
    if a.kind() == crate::heap::Kind::Str || a.kind() == crate::heap::Kind::Instance {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a)
        )));
    }
    let secs = to_f64(vm, &a)?;
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 1e12 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    // Sleep in slices so Ctrl-C interrupts promptly.
    let end = Instant::now() + Duration::from_secs_f64(secs);
    loop {
        let now = Instant::now();
        if now >= end {
            break;
        }
        std::thread::sleep((end - now).min(Duration::from_millis(50)));
        if crate::vm::interrupt::pending() {
            crate::vm::interrupt::clear();
            let ki = vm.exc.keyboard_interrupt.clone();
            return Err(vm.new_error_args(&ki, vec![]));
        }
    }
    Ok(vm.none())
}
