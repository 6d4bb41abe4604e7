//! IPython-style line magics: input lines starting with `%` look into the
//! interpreter instead of running Python.
//!
//! | magic | what it shows |
//! |---|---|
//! | `%help` | this list |
//! | `%mem` | live objects and bytes per object kind; arenas, pools, bytes in use |
//! | `%gc` | runs a collection and says what it found |
//! | `%refs NAME` | refcount, id, size, type of the object NAME holds, and the names bound to it |
//! | `%dis NAME` | bytecode of a function, method, class or code object (or of a statement) |
//! | `%time STMT` | runs one statement and says how long it took, what it allocated and how memory in use changed |

use super::complete::resolve;
use crate::heap::{self, HeapStats, ObjRef};
use crate::objects::PyErr;
use crate::vm::Vm;
use std::fmt::Write;
use std::time::Instant;

/// The text of `%help`.
pub const HELP: &str = "\
Memory and introspection commands (IPython-style magics):
  %help         this list
  %mem          live objects and bytes by kind; arenas and pools in use
  %gc           run the cycle collector and report what it found
  %refs NAME    refcount, id, size, type and bound names of NAME's object
  %dis NAME     bytecode of a function, method, class or code object
                (%dis STMT disassembles a statement instead)
  %time STMT    run STMT once; wall time, objects allocated/freed, memory change
Everything else is Python. Ctrl-C interrupts, Ctrl-D or exit() leaves.
";

/// Runs one magic line (it starts with `%`) and returns what to print.
/// `Err` is an exception raised by the statement of `%time`.
pub fn run_magic(vm: &mut Vm, globals: &ObjRef, line: &str) -> Result<String, PyErr> {
    let body = line.trim().trim_start_matches('%');
    let (name, arg) = match body.find(char::is_whitespace) {
        Some(i) => (&body[..i], body[i..].trim()),
        None => (body, ""),
    };
    Ok(match name {
        "help" | "" => HELP.to_string(),
        "mem" => mem_report(),
        "gc" => run_gc_magic(vm),
        "refs" => refs(vm, globals, arg),
        "dis" => dis(vm, globals, arg),
        "time" => return time(vm, globals, arg),
        _ => format!("UsageError: Line magic function `%{name}` not found (try %help).\n"),
    })
}

/// A byte count in the largest unit that keeps it at least 1.
pub fn human_bytes(n: usize) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut v = n as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.1} {}", UNITS[unit])
}

/// A friendlier name for an object kind (the heap's layouts, which map
/// onto Python types: every user-defined instance is an `instance`).
fn kind_label(kind: heap::Kind) -> String {
    match kind {
        heap::Kind::BigInt => "int (big)".into(),
        heap::Kind::BoundMethod => "method".into(),
        heap::Kind::Native => "builtin_function".into(),
        heap::Kind::StaticMethod => "staticmethod".into(),
        heap::Kind::ClassMethod => "classmethod".into(),
        heap::Kind::Singleton => "singleton".into(),
        heap::Kind::Iter => "iterator".into(),
        k => k.name().to_lowercase(),
    }
}

/// Live objects and bytes summed over all kinds.
fn totals(stats: &HeapStats) -> (u64, usize) {
    stats.kinds.iter().fold((0, 0), |(n, b), (_, k)| {
        (n + k.allocated.saturating_sub(k.freed), b + k.live_bytes)
    })
}

/// `%mem`: one line per kind with live objects, biggest first, then the
/// allocator's arenas and pools.
pub fn mem_report() -> String {
    let stats = heap::heap_stats();
    let mut rows: Vec<(String, u64, usize)> = stats
        .kinds
        .iter()
        .map(|(kind, k)| {
            (
                kind_label(*kind),
                k.allocated.saturating_sub(k.freed),
                k.live_bytes,
            )
        })
        .filter(|r| r.1 > 0)
        .collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(&a.1)));
    let mut out = String::new();
    let _ = writeln!(out, "{:<18} {:>10} {:>12}", "kind", "objects", "bytes");
    for (label, n, bytes) in &rows {
        let _ = writeln!(out, "{label:<18} {n:>10} {bytes:>12}");
    }
    let (n, bytes) = totals(&stats);
    let _ = writeln!(
        out,
        "{:<18} {n:>10} {bytes:>12}  ({})",
        "total",
        human_bytes(bytes)
    );
    let a = heap::allocator_stats();
    let _ = writeln!(
        out,
        "allocator: {} in use (peak {}), {} arenas ({} ever), {} pools in use, {} free; {} large blocks ({})",
        human_bytes(a.bytes_in_use),
        human_bytes(a.peak_bytes),
        a.arenas_in_use,
        a.arenas_allocated,
        a.pools_in_use,
        a.pools_free,
        a.large_allocs.saturating_sub(a.large_frees),
        human_bytes(a.large_bytes),
    );
    out
}

/// `%gc`: runs a collection and reports the heap before and after it.
///
/// The cycle collector is not part of the heap yet, so for now this only
/// reports the live objects and bytes (which a collection would reduce).
pub fn run_gc_magic(vm: &mut Vm) -> String {
    vm.run_pending();
    let before = totals(&heap::heap_stats());
    let started = std::time::Instant::now();
    let found = vm.collect_generation(heap::gc::NUM_GENERATIONS - 1);
    let pause = started.elapsed();
    let after = totals(&heap::heap_stats());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "before: {} objects, {}",
        before.0,
        human_bytes(before.1)
    );
    let _ = writeln!(out, "after:  {} objects, {}", after.0, human_bytes(after.1));
    let _ = writeln!(
        out,
        "freed:  {} objects, {}",
        before.0.saturating_sub(after.0),
        human_bytes(before.1.saturating_sub(after.1))
    );
    let sizes = heap::gc::generation_sizes();
    let _ = writeln!(
        out,
        "collector: {} unreachable found ({} uncollectable) in {:.3} ms; tracked now: {} {} {} (generations 0 1 2)",
        found.collected + found.uncollectable,
        found.uncollectable,
        pause.as_secs_f64() * 1e3,
        sizes[0],
        sizes[1],
        sizes[2]
    );
    out
}

/// `%refs NAME`.
fn refs(vm: &mut Vm, globals: &ObjRef, arg: &str) -> String {
    if arg.is_empty() {
        return "usage: %refs NAME\n".into();
    }
    let Some(obj) = resolve(vm, globals, arg) else {
        return format!("NameError: name '{arg}' is not defined (or is not a dotted name)\n");
    };
    // `obj` itself is one reference held by this function.
    let refcount = obj.refcount().saturating_sub(1);
    let size = crate::objects::sizeof::size_of(vm, &obj);
    let ty = vm.type_name(&obj);
    let repr = vm
        .repr(&obj)
        .ok()
        .and_then(|r| r.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("<{ty} object>"));
    crate::vm::interrupt::clear();
    let mut bound: Vec<String> = vm
        .dict_items(globals)
        .into_iter()
        .filter(|(_, v)| v.is(&obj))
        .filter_map(|(k, _)| k.as_str().map(str::to_string))
        .collect();
    bound.sort();
    let mut out = String::new();
    let _ = writeln!(out, "{arg} = {}", shorten(&repr, 70));
    let _ = writeln!(out, "  type      {ty}");
    let _ = writeln!(out, "  id        {:#x}", obj.id());
    if obj.is_immortal() {
        let _ = writeln!(out, "  refcount  immortal (shared, never freed)");
    } else {
        let _ = writeln!(out, "  refcount  {refcount}");
    }
    let _ = writeln!(out, "  size      {size} bytes (sys.getsizeof)");
    let _ = writeln!(
        out,
        "  kind      {}{}",
        kind_label(obj.kind()),
        if obj.kind().is_container() {
            " (container, tracked by the collector)"
        } else {
            ""
        }
    );
    let _ = writeln!(
        out,
        "  names     {}",
        if bound.is_empty() {
            "(none in __main__)".to_string()
        } else {
            bound.join(", ")
        }
    );
    let mut referrers: Vec<String> = Vec::new();
    for o in heap::gc::objects(None) {
        if o.is(globals) || !heap::gc::refers_to(&o, &obj) {
            continue;
        }
        let r = vm
            .repr(&o)
            .ok()
            .and_then(|r| r.as_str().map(str::to_string))
            .unwrap_or_default();
        referrers.push(format!("{} {}", vm.type_name(&o), shorten(&r, 50)));
        if referrers.len() == 10 {
            break;
        }
    }
    crate::vm::interrupt::clear();
    let _ = writeln!(
        out,
        "  referrers {}",
        if referrers.is_empty() {
            "(none tracked besides the globals)".to_string()
        } else {
            referrers.join("\n            ")
        }
    );
    out
}

/// At most `n` characters of `s`, with `...` when cut.
fn shorten(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push_str("...");
        t
    }
}

/// `%dis NAME`: the bytecode of what NAME holds; text that is not a
/// dotted name is compiled as a statement and that code is shown.
fn dis(vm: &mut Vm, globals: &ObjRef, arg: &str) -> String {
    if arg.is_empty() {
        return "usage: %dis NAME  (or %dis STMT)\n".into();
    }
    let dotted = arg.split('.').all(super::complete::is_identifier);
    if !dotted {
        return match crate::compiler::compile_source(arg, "<dis>", crate::compiler::Mode::Exec) {
            Ok(code) => crate::compiler::dis::disassemble(&code),
            Err(e) => format!("SyntaxError: {}\n", e.message),
        };
    }
    let Some(obj) = resolve(vm, globals, arg) else {
        return format!("NameError: name '{arg}' is not defined\n");
    };
    let mut out = String::new();
    if !dis_object(&obj, &mut out) {
        // A class: every function in its namespace.
        if let Some(t) = obj.downcast::<crate::objects::typeobj::PyType>() {
            let dict = t.dict.clone();
            for (k, v) in vm.dict_items(&dict) {
                let mut one = String::new();
                if dis_object(&v, &mut one) {
                    let _ = writeln!(out, "Disassembly of {}:", k.as_str().unwrap_or("?"));
                    out.push_str(&one);
                    out.push('\n');
                }
            }
        }
    }
    if out.is_empty() {
        let ty = vm.type_name(&obj);
        return format!("TypeError: don't know how to disassemble {ty} objects\n");
    }
    out
}

/// Disassembles a function, method or code object into `out`.
fn dis_object(obj: &ObjRef, out: &mut String) -> bool {
    use crate::objects::function::{PyBoundMethod, PyFunction};
    let code = if let Some(f) = obj.downcast::<PyFunction>() {
        f.code.clone()
    } else if let Some(m) = obj.downcast::<PyBoundMethod>() {
        return dis_object(&m.func.clone(), out);
    } else {
        obj.clone()
    };
    match code.downcast::<crate::objects::code::PyCode>() {
        Some(c) => {
            out.push_str(&crate::compiler::dis::disassemble(&c.data.co));
            true
        }
        None => false,
    }
}

/// `%time STMT`.
fn time(vm: &mut Vm, globals: &ObjRef, arg: &str) -> Result<String, PyErr> {
    if arg.is_empty() {
        return Ok("usage: %time STMT\n".into());
    }
    let before = heap::heap_stats();
    let in_use_before = heap::allocator_stats().bytes_in_use;
    let start = Instant::now();
    let result = super::exec_single(vm, globals, arg);
    let elapsed = start.elapsed();
    vm.flush_stdout();
    result?;
    let after = heap::heap_stats();
    let in_use_after = heap::allocator_stats().bytes_in_use;
    let count = |s: &HeapStats| {
        s.kinds.iter().fold((0u64, 0u64), |(a, f), (_, k)| {
            (a + k.allocated, f + k.freed)
        })
    };
    let (a0, f0) = count(&before);
    let (a1, f1) = count(&after);
    let change = if in_use_after >= in_use_before {
        format!("+{}", human_bytes(in_use_after - in_use_before))
    } else {
        format!("-{}", human_bytes(in_use_before - in_use_after))
    };
    Ok(format!(
        "Wall time: {}\nObjects: {} allocated, {} freed\nMemory in use: {change} (now {})\n",
        human_duration(elapsed.as_secs_f64()),
        a1.saturating_sub(a0),
        f1.saturating_sub(f0),
        human_bytes(in_use_after)
    ))
}

/// Seconds in the unit IPython would use (`s`, `ms`, `µs`, `ns`).
pub fn human_duration(secs: f64) -> String {
    if secs >= 1.0 {
        format!("{secs:.2} s")
    } else if secs >= 1e-3 {
        format!("{:.2} ms", secs * 1e3)
    } else if secs >= 1e-6 {
        format!("{:.2} µs", secs * 1e6)
    } else {
        format!("{:.0} ns", secs * 1e9)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(human_bytes(10), "10 B");
        assert_eq!(human_bytes(2048), "2.0 KiB");
        assert_eq!(human_bytes(3 << 20), "3.0 MiB");
        assert_eq!(human_duration(2.5), "2.50 s");
        assert_eq!(human_duration(0.0025), "2.50 ms");
    }
}
