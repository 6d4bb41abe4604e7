//! `--mem-report` and `--leak-check`: what the heap can say about itself
//! at exit.

use super::Kind;
use super::state::{allocator_stats, heap_stats};
use std::fmt::Write;

/// The Python type name a kind of object stands for (for reports).
pub fn kind_type_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Singleton => "singleton",
        Kind::Int | Kind::BigInt => "int",
        Kind::Float => "float",
        Kind::List => "list",
        Kind::Dict => "dict",
        Kind::Set => "set",
        Kind::Range => "range",
        Kind::Slice => "slice",
        Kind::Iter => "iterator",
        Kind::Code => "code",
        Kind::Function => "function",
        Kind::Native => "builtin_function_or_method",
        Kind::BoundMethod => "method",
        Kind::Cell => "cell",
        Kind::Type => "type",
        Kind::Module => "module",
        Kind::Exception => "exception",
        Kind::Instance => "instance",
        Kind::Generator => "generator",
        Kind::Property => "property",
        Kind::StaticMethod => "staticmethod",
        Kind::ClassMethod => "classmethod",
        Kind::Super => "super",
        Kind::WeakRef => "weakref",
        Kind::Member => "member_descriptor",
        Kind::MappingProxy => "mappingproxy",
        Kind::Str => "str",
        Kind::Bytes => "bytes",
        Kind::ByteArray => "bytearray",
        Kind::MemoryView => "memoryview",
        Kind::Frame => "frame",
        Kind::Tuple => "tuple",
    }
}

/// Objects still alive that are not immortal, by type name, most first.
pub fn live_mortal_objects() -> Vec<(&'static str, u64)> {
    let mut by_name: Vec<(&'static str, u64)> = Vec::new();
    for (kind, st) in heap_stats().kinds {
        let live = st.allocated.saturating_sub(st.freed + st.immortal);
        if live == 0 {
            continue;
        }
        let name = kind_type_name(kind);
        match by_name.iter_mut().find(|(n, _)| *n == name) {
            Some(e) => e.1 += live,
            None => by_name.push((name, live)),
        }
    }
    by_name.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    by_name
}

/// The `--leak-check` line for the objects left, or `None` if none are.
pub fn leak_line() -> Option<String> {
    let left = live_mortal_objects();
    if left.is_empty() {
        return None;
    }
    let total: u64 = left.iter().map(|e| e.1).sum();
    let parts: Vec<String> = left.iter().map(|(n, c)| format!("{n} \u{d7}{c}")).collect();
    Some(format!(
        "leak: {total} object{}: {}",
        if total == 1 { "" } else { "s" },
        parts.join(", ")
    ))
}

/// The `--mem-report` table.
pub fn mem_report() -> String {
    let mut out = String::new();
    let stats = heap_stats();
    let _ = writeln!(out, "== ferrite memory report");
    let _ = writeln!(
        out,
        "{:<28} {:>10} {:>10} {:>8} {:>12} {:>12}",
        "type", "allocated", "freed", "live", "live bytes", "peak bytes"
    );
    for (kind, st) in &stats.kinds {
        if st.allocated == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "{:<28} {:>10} {:>10} {:>8} {:>12} {:>12}",
            kind_type_name(*kind),
            st.allocated,
            st.freed,
            st.allocated - st.freed,
            st.live_bytes,
            st.peak_bytes
        );
    }
    let a = allocator_stats();
    let _ = writeln!(
        out,
        "bytes in use {} (peak {}), requested {}; large blocks {} ({} bytes)",
        a.bytes_in_use,
        a.peak_bytes,
        a.requested_bytes,
        a.large_allocs - a.large_frees,
        a.large_bytes
    );
    let (parked, parked_bytes) = super::free_list_totals();
    let _ = writeln!(
        out,
        "free lists hold {parked} dead objects' blocks ({parked_bytes} bytes, counted in use)"
    );
    let frag = if a.bytes_in_use > 0 {
        100.0 * (a.bytes_in_use - a.requested_bytes.min(a.bytes_in_use)) as f64
            / a.bytes_in_use as f64
    } else {
        0.0
    };
    let _ = writeln!(
        out,
        "arenas in use {} (most {}, allocated {}, freed {}); pools in use {}, free {}; internal fragmentation {:.1}%",
        a.arenas_in_use,
        a.max_arenas,
        a.arenas_allocated,
        a.arenas_freed,
        a.pools_in_use,
        a.pools_free,
        frag
    );
    let _ = writeln!(
        out,
        "{:<10} {:>8} {:>10} {:>12} {:>12}",
        "block size", "pools", "in use", "free blocks", "bytes in use"
    );
    for c in &a.classes {
        if c.pools == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "{:<10} {:>8} {:>10} {:>12} {:>12}",
            c.block_size,
            c.pools,
            c.blocks_in_use,
            c.blocks_free,
            c.blocks_in_use * c.block_size
        );
    }
    let _ = writeln!(
        out,
        "{:<10} {:>11} {:>10} {:>13} {:>10} {:>12}",
        "generation", "collections", "collected", "uncollectable", "examined", "pause ms"
    );
    for (g, st) in super::gc::stats().iter().enumerate() {
        let _ = writeln!(
            out,
            "{:<10} {:>11} {:>10} {:>13} {:>10} {:>12.3}",
            g,
            st.collections,
            st.collected,
            st.uncollectable,
            st.examined,
            st.pause * 1e3
        );
    }
    out
}
