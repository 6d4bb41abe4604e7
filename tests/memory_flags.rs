//! The memory manager's command-line flags: `--max-memory` (MemoryError the program can catch),
//! `--gc-trace`, `--mem-report` (its layout pinned by an insta snapshot with the figures masked),
//! `--leak-check` and `--gc-stress`.

mod common;

use std::process::Command;
use std::time::Duration;

use common::Outcome;

const TIME_LIMIT: Duration = Duration::from_secs(60);

fn ferrite(args: &[&str]) -> Outcome {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ferrite"));
    command.args(args);
    common::run(&mut command, None, TIME_LIMIT)
}

/// Replaces every run of digits (and the decimal point inside a number) by `N`, so that a
/// snapshot pins the layout of a report and not figures that change with every allocation.
fn mask_numbers(text: &str) -> String {
    let mut out = String::new();
    let mut in_number = false;
    for c in text.chars() {
        if c.is_ascii_digit() || (in_number && c == '.') {
            if !in_number {
                out.push('N');
                in_number = true;
            }
        } else {
            in_number = false;
            out.push(c);
        }
    }
    out
}

#[test]
fn max_memory_raises_catchable_memory_error() {
    let program = "\
big = []
try:
    while True:
        big.append(1.5)
except MemoryError:
    n = len(big)
    big = None
    print('caught growth of a buffer', n > 1000)
objs = []
try:
    while True:
        objs.append([1, 2, 3])
except MemoryError:
    objs = None
    print('caught growth of objects')
try:
    x = [0] * 10**9
except MemoryError:
    print('caught a large request')
print('still alive', sum(range(100)))
";
    let out = ferrite(&["--max-memory", "32M", "-c", program]);
    assert_eq!(out.code(), Some(0), "stderr: {}", out.stderr);
    assert_eq!(
        out.stdout,
        "caught growth of a buffer True\ncaught growth of objects\ncaught a large request\nstill alive 4950\n"
    );
}

#[test]
fn huge_requests_raise_memory_error_without_a_limit() {
    let out = ferrite(&[
        "-c",
        "try:\n    [0] * 10**12\nexcept MemoryError:\n    print('list')\ntry:\n    'ab' * 10**12\nexcept MemoryError:\n    print('str')\n",
    ]);
    assert_eq!(out.code(), Some(0), "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "list\nstr\n");
}

#[test]
fn max_memory_rejects_a_bad_size() {
    let out = ferrite(&["--max-memory", "12Q", "-c", "pass"]);
    assert_eq!(out.code(), Some(2));
    assert!(
        out.stderr.contains("unknown size suffix"),
        "stderr: {}",
        out.stderr
    );
}

#[test]
fn gc_trace_prints_one_line_per_collection() {
    let out = ferrite(&[
        "--gc-trace",
        "-c",
        "import gc\nl = []\nl.append(l)\ndel l\nprint(gc.collect())\n",
    ]);
    assert_eq!(out.code(), Some(0), "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "1\n");
    let lines: Vec<&str> = out.stderr.lines().collect();
    // The explicit collection, then the final one at shutdown (and the one after the
    // interpreter's own tables are emptied).
    assert!(lines.len() >= 2, "stderr: {}", out.stderr);
    assert!(
        lines[0].starts_with("[gc] gen 2: examined ") && lines[0].contains("collected 1,"),
        "stderr: {}",
        out.stderr
    );
}

#[test]
fn mem_report_layout() {
    let out = ferrite(&["--mem-report", "-c", "x = [[i] for i in range(1000)]\n"]);
    assert_eq!(out.code(), Some(0), "stderr: {}", out.stderr);
    let first_lines: Vec<&str> = out.stderr.lines().take(3).collect();
    insta::assert_snapshot!(mask_numbers(&first_lines.join("\n")));
    assert!(out.stderr.contains("\nlist "), "stderr: {}", out.stderr);
    assert!(
        out.stderr.contains("generation collections"),
        "stderr: {}",
        out.stderr
    );
}

#[test]
fn leak_check_passes_a_program_full_of_cycles() {
    let program = "\
import weakref
class Node:
    def __init__(self):
        self.next = self
nodes = [Node() for _ in range(100)]
for a, b in zip(nodes, nodes[1:]):
    a.next = b
refs = [weakref.ref(n) for n in nodes]
def make():
    def inner():
        return inner
    return inner
f = make()
g = (x for x in nodes)
next(g)
";
    let out = ferrite(&["--leak-check", "-c", program]);
    assert_eq!(out.code(), Some(0), "stderr: {}", out.stderr);
    assert_eq!(out.stderr, "");
}

#[test]
fn gc_stress_keeps_results() {
    let program = "\
class Node:
    def __init__(self, v):
        self.v = v
        self.me = self
total = 0
for i in range(300):
    n = Node(i)
    total += n.me.v
    d = {'k': [n]}
print(total)
";
    let out = ferrite(&["--gc-stress", "--leak-check", "-c", program]);
    assert_eq!(out.code(), Some(0), "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "44850\n");
}

/// Freed exact floats and machine ints wait on free lists (shown by `sys._debugmallocstats()`,
/// as CPython shows its free floats); a full collection gives them back to the pools, and
/// blocks are reused from the lists without leaking anything.
#[test]
fn float_and_int_free_lists() {
    let program = "\
import gc, sys
xs = [i * 0.5 for i in range(300)] + [i * 1000 for i in range(300)]
del xs
sys._debugmallocstats()
total = 0.0
for i in range(10000):
    total += i * 0.25
print(total)
gc.collect()
sys._debugmallocstats()
";
    let out = ferrite(&["--leak-check", "-c", program]);
    assert_eq!(out.code(), Some(0), "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "12498750.0\n");
    let counts: Vec<(String, usize)> = free_list_counts(&out.stderr)
        .into_iter()
        .filter(|(name, _)| name == "PyFloatObjects" || name == "PyLongObjects")
        .collect();
    let expected: Vec<(String, usize)> = [
        ("PyFloatObjects", 100),
        ("PyLongObjects", 100),
        ("PyFloatObjects", 0),
        ("PyLongObjects", 0),
    ]
    .iter()
    .map(|(n, c)| (n.to_string(), *c))
    .collect();
    assert_eq!(counts, expected, "stderr: {}", out.stderr);
}

/// (name, count) of each free list line of `sys._debugmallocstats()` output, in order; a
/// tuple line is named by its length (`3-sized`).
fn free_list_counts(stderr: &str) -> Vec<(String, usize)> {
    stderr
        .lines()
        .filter_map(|line| {
            let parts: Vec<&str> = line.split_whitespace().collect();
            (parts.len() > 2 && parts[1] == "free")
                .then(|| (parts[2].to_string(), parts[0].parse().unwrap_or(usize::MAX)))
        })
        .collect()
}

/// Dead dicts and lists (80 of each) and tuples of 1 to 20 items (2000 of each length) wait on
/// free lists, printed in CPython 3.11's layout and order; a full collection empties them.
#[test]
fn container_free_lists() {
    let program = "\
import gc, sys
ls = [[i] for i in range(300)]
ds = [{i: i} for i in range(300)]
ts = [tuple(range(n)) for n in range(1, 26) for _ in range(2100)]
del ls, ds, ts
sys._debugmallocstats()
gc.collect()
sys._debugmallocstats()
";
    let out = ferrite(&["--leak-check", "-c", program]);
    assert_eq!(out.code(), Some(0), "stderr: {}", out.stderr);
    let mut expected: Vec<(String, usize)> = Vec::new();
    for full in [true, false] {
        let kept = |n: usize| if full { n } else { 0 };
        expected.push(("PyDictObjects".into(), kept(80)));
        expected.push(("PyFloatObjects".into(), 0));
        expected.push(("PyLongObjects".into(), 0));
        expected.push(("PyListObjects".into(), kept(80)));
        for n in 1..=20 {
            expected.push((format!("{n}-sized"), kept(2000)));
        }
    }
    let mut counts = free_list_counts(&out.stderr);
    // Ints and floats the interpreter itself made and dropped may be parked too.
    for (name, count) in &mut counts {
        if name == "PyFloatObjects" || name == "PyLongObjects" {
            *count = 0;
        }
    }
    assert_eq!(counts, expected, "stderr: {}", out.stderr);
    // CPython's line layout: the label right-aligned in 48 columns.
    assert!(
        out.stderr
            .lines()
            .any(|l| l.starts_with("2000 free 20-sized PyTupleObjects * ")),
        "stderr: {}",
        out.stderr
    );
}
