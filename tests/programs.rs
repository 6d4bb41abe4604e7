//! The program corpus: every `tests/programs/<area>/<name>.py` is run with ferrite and what it
//! prints is snapshotted (insta); the same programs are run under CPython 3.11, the oracle, and
//! ferrite must agree with it.
//!
//! Each program runs with its own directory as the working directory and is named by its bare
//! file name; any absolute path to that directory left in the output is cut out of the snapshot,
//! so that tracebacks say `File "name.py"` wherever the repository is checked out.
//!
//! A program whose first line starts with `# ferrite: skip-cpython` is left out of the CPython
//! comparison (and only of that).
//!
//! Not every `.py` file is a program: modules that programs import live beside them and are
//! skipped (see [`is_program`]) when their file name starts with `_` (`_helper.py`) or when
//! they are inside a package, a directory holding an `__init__.py`.

mod common;

use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::thread;
use std::time::Duration;

use common::Outcome;

/// How long one program may run before it is killed and counted as a failure.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// The first-line marker that keeps a program out of the CPython comparison.
const SKIP_CPYTHON: &str = "# ferrite: skip-cpython";

/// Exceptions whose message CPython words in its own way; for these only the type is compared.
const SYNTAX_ERRORS: [&str; 3] = ["SyntaxError", "IndentationError", "TabError"];

/// The corpus directory, canonical so that its paths match the ones `insta::glob!` hands out.
fn programs_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    dir.canonicalize()
        .unwrap_or_else(|err| panic!("cannot find {}: {err}", dir.display()))
}

/// False for an importable helper module: a file named `_*.py`, or any file inside a package
/// (a directory with an `__init__.py`) below the corpus directory.
fn is_program(path: &Path) -> bool {
    let underscore = path
        .file_name()
        .and_then(OsStr::to_str)
        .is_some_and(|n| n.starts_with('_'));
    let root = programs_dir();
    let in_package = path
        .ancestors()
        .skip(1)
        .take_while(|dir| dir.starts_with(&root) && *dir != root)
        .any(|dir| dir.join("__init__.py").is_file());
    !underscore && !in_package
}

/// Every program (`.py` file that [`is_program`]) under `dir`, at any depth, sorted.
fn find_programs(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = fs::read_dir(&current)
            .unwrap_or_else(|err| panic!("cannot list {}: {err}", current.display()));
        for entry in entries {
            let path = entry.expect("unreadable directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension() == Some(OsStr::new("py")) && is_program(&path) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The program's path relative to the corpus, for messages.
fn short_name(program: &Path) -> String {
    let dir = programs_dir();
    program
        .strip_prefix(&dir)
        .unwrap_or(program)
        .display()
        .to_string()
}

/// Runs one program with `interpreter` from the program's own directory, with no stdin.
fn run_program(interpreter: &Path, program: &Path, configure: impl Fn(&mut Command)) -> Outcome {
    let dir = program.parent().expect("a program lives in a directory");
    let name = program.file_name().expect("a program has a file name");
    let mut command = Command::new(interpreter);
    command.arg(name).current_dir(dir);
    configure(&mut command);
    common::run(&mut command, None, TIME_LIMIT)
}

/// How many programs run at once: enough to keep both cores of a small machine busy while
/// some programs wait on process start-up, not so many that they fight for the CPU.
fn worker_count() -> usize {
    thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 4)
}

/// Runs `job` on every program, several at a time, and returns the outcomes in program order.
fn run_parallel(programs: &[PathBuf], job: impl Fn(&Path) -> Outcome + Sync) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(programs.iter().map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..worker_count() {
            scope.spawn(|| {
                loop {
                    // Workers take the next unclaimed program, so one slow program does not hold
                    // up a whole fixed chunk.
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(program) = programs.get(index) else {
                        break;
                    };
                    let outcome = job(program);
                    results.lock().expect("a worker panicked")[index] = Some(outcome);
                }
            });
        }
    });
    results
        .into_inner()
        .expect("a worker panicked")
        .into_iter()
        .map(|outcome| outcome.expect("every program was run"))
        .collect()
}

/// Ferrite's outcome for every program, computed once and shared by both tests.
fn ferrite_outcomes() -> &'static HashMap<PathBuf, Outcome> {
    static OUTCOMES: OnceLock<HashMap<PathBuf, Outcome>> = OnceLock::new();
    OUTCOMES.get_or_init(|| {
        let ferrite = Path::new(env!("CARGO_BIN_EXE_ferrite"));
        let programs = find_programs(&programs_dir());
        // Every program runs under --leak-check: an object left alive after teardown prints a
        // `leak:` line and fails the run (status 3), so it shows in the snapshot and in the
        // CPython comparison.
        let outcomes = run_parallel(&programs, |program| {
            run_program(ferrite, program, |c| {
                c.arg("--leak-check");
            })
        });
        programs.into_iter().zip(outcomes).collect()
    })
}

/// Areas whose programs also run in GC-stress mode (a collection at every safe point after a
/// container allocation); their output must not change. Programs that print the collector's own
/// counts are left out, since collecting more often changes those.
const GC_STRESS_AREAS: [&str; 5] = [
    "classes",
    "generators",
    "comprehensions",
    "functions",
    "containers",
];

#[test]
fn programs_under_gc_stress() {
    let ferrite = Path::new(env!("CARGO_BIN_EXE_ferrite"));
    let programs: Vec<PathBuf> = GC_STRESS_AREAS
        .iter()
        .flat_map(|area| find_programs(&programs_dir().join(area)))
        .collect();
    assert!(!programs.is_empty(), "no programs for the GC-stress run");
    let stressed = run_parallel(&programs, |program| {
        run_program(ferrite, program, |c| {
            c.arg("--gc-stress").arg("--leak-check");
        })
    });
    let normal = ferrite_outcomes();
    let mut failures = Vec::new();
    for (program, outcome) in programs.iter().zip(&stressed) {
        let expected = &normal[program];
        if outcome.stdout != expected.stdout || outcome.code() != expected.code() {
            failures.push(format!(
                "{}: status {} vs {}\n{}",
                short_name(program),
                outcome.describe_status(),
                expected.describe_status(),
                outcome.stderr
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "GC stress changed the output:\n{}",
        failures.join("\n")
    );
}

/// The snapshot of one run: exit status, then stdout, then stderr.
///
/// The program's directory is cut out of the output: an interpreter may make the script's path
/// absolute in tracebacks (CPython 3.11 does), and a snapshot must not depend on where the
/// repository is checked out.
fn snapshot_text(program: &Path, outcome: &Outcome) -> String {
    let dir = program.parent().expect("a program lives in a directory");
    let prefix = format!("{}{}", dir.display(), std::path::MAIN_SEPARATOR);
    format!(
        "status: {}\n--- stdout ---\n{}--- stderr ---\n{}",
        outcome.describe_status(),
        mask_addresses(&outcome.stdout.replace(&prefix, "")),
        mask_addresses(&outcome.stderr.replace(&prefix, ""))
    )
}

/// Replaces object addresses (`at 0x` and eight or more hex digits, as in `<function f at
/// 0x7f3a...>`) by `0xADDR`: they change from run to run. Other hex numbers are program output
/// and stay.
fn mask_addresses(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"0x") && bytes[..i].ends_with(b"at ") {
            let digits = bytes[i + 2..]
                .iter()
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            if digits >= 8 {
                out.push_str("0xADDR");
                i += 2 + digits;
                continue;
            }
        }
        let ch = text[i..].chars().next().unwrap_or('\0');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

#[test]
fn programs_snapshot() {
    let outcomes = ferrite_outcomes();
    let mut timed_out = Vec::new();
    insta::glob!("programs/**/*.py", |path| {
        if !is_program(path) {
            return;
        }
        let outcome = outcomes
            .get(path)
            .unwrap_or_else(|| panic!("{} was not run", path.display()));
        if outcome.timed_out() {
            timed_out.push(short_name(path));
        }
        insta::assert_snapshot!(snapshot_text(path, outcome));
    });
    assert!(
        timed_out.is_empty(),
        "programs killed after {} s: {}",
        TIME_LIMIT.as_secs(),
        timed_out.join(", ")
    );
}

/// CPython 3.11 if installed where our machines have it, else any `python3` on the PATH.
fn find_cpython() -> Option<PathBuf> {
    let preferred = PathBuf::from("/usr/bin/python3.11");
    if preferred.is_file() {
        return Some(preferred);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("python3"))
        .find(|candidate| candidate.is_file())
}

/// Sets CPython up so that nothing in the environment changes what a program prints.
fn configure_cpython(command: &mut Command) {
    command
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONHOME")
        .env_remove("PYTHONWARNINGS")
        .env_remove("PYTHONSTARTUP")
        .env("PYTHONUTF8", "1")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1");
}

/// True when the program's first line opts it out of the CPython comparison.
fn skips_cpython(program: &Path) -> bool {
    let source = fs::read(program).unwrap_or_default();
    source.starts_with(SKIP_CPYTHON.as_bytes())
}

/// The line of stderr that names the error; for syntax errors only the exception type, since
/// their wording and caret placement are CPython's parser's own.
fn error_line(outcome: &Outcome) -> &str {
    let line = outcome.last_stderr_line();
    let kind = line.split(':').next().unwrap_or("");
    if SYNTAX_ERRORS.contains(&kind) {
        kind
    } else {
        line
    }
}

/// The first line where two outputs differ, shown side by side.
fn first_difference(want: &str, got: &str) -> String {
    let mut want_lines = want.lines();
    let mut got_lines = got.lines();
    let mut number = 1;
    loop {
        match (want_lines.next(), got_lines.next()) {
            (Some(a), Some(b)) if a == b => number += 1,
            (None, None) => {
                return "outputs differ only in line endings or the final newline".to_string();
            }
            (a, b) => {
                return format!(
                    "line {number}: CPython {:?}, ferrite {:?}",
                    a.unwrap_or("<end>"),
                    b.unwrap_or("<end>")
                );
            }
        }
    }
}

/// Why ferrite's run of a program does not match CPython's, or `None` when it does.
fn mismatch(want: &Outcome, got: &Outcome) -> Option<String> {
    let mut reasons = Vec::new();
    if want.code() != got.code() || want.timed_out() || got.timed_out() {
        reasons.push(format!(
            "exit {} (CPython {})",
            got.describe_status(),
            want.describe_status()
        ));
    }
    if want.stdout != got.stdout {
        reasons.push(format!(
            "stdout differs at {}",
            first_difference(&want.stdout, &got.stdout)
        ));
    }
    if want.code() != Some(0) && error_line(want) != error_line(got) {
        reasons.push(format!(
            "error {:?} (CPython {:?})",
            error_line(got),
            error_line(want)
        ));
    }
    if reasons.is_empty() {
        None
    } else {
        Some(reasons.join("; "))
    }
}

#[test]
fn programs_match_cpython() {
    let Some(python) = find_cpython() else {
        println!(
            "notice: no CPython found (/usr/bin/python3.11 or python3 on PATH); comparison skipped"
        );
        return;
    };
    let programs: Vec<PathBuf> = find_programs(&programs_dir())
        .into_iter()
        .filter(|program| !skips_cpython(program))
        .collect();
    let expected = run_parallel(&programs, |program| {
        run_program(&python, program, configure_cpython)
    });
    let actual = ferrite_outcomes();
    let failures: Vec<String> = programs
        .iter()
        .zip(&expected)
        .filter_map(|(program, want)| {
            let got = actual
                .get(program)
                .unwrap_or_else(|| panic!("{} was not run", program.display()));
            mismatch(want, got).map(|why| format!("  {}: {why}", short_name(program)))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython ({}):\n{}",
        failures.len(),
        programs.len(),
        python.display(),
        failures.join("\n")
    );
}
