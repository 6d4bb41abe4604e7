//! The command line's conventions (CPython's where it has one): `--version`, `--help`, `-c`,
//! `-`, `sys.argv`, exit statuses, `--dis`, and that hostile source never crashes the
//! interpreter: it ends with a Python error and exit status 1, never a signal or a Rust panic.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::Outcome;

/// Ordinary commands finish at once; this only stops a hung interpreter from hanging the suite.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// The limit for hostile input, which must be rejected (or run) quickly.
const HOSTILE_LIMIT: Duration = Duration::from_secs(10);

/// A fresh temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    /// Creates a directory whose name no other test, run or process shares.
    fn new(label: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "ferrite-cli-{}-{label}-{unique}",
            std::process::id()
        ));
        fs::create_dir_all(&path)
            .unwrap_or_else(|err| panic!("cannot create {}: {err}", path.display()));
        TempDir(path)
    }

    /// Writes `source` to `name` inside the directory and returns the file's path.
    fn write(&self, name: &str, source: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        fs::write(&path, source)
            .unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
        path
    }

    /// Where the directory is.
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // Leftovers in the temp directory are harmless; a failed clean-up must not fail a test.
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// A command for the ferrite binary built for these tests.
fn ferrite() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ferrite"))
}

/// Runs ferrite with `args` and no stdin.
fn run(args: &[&str]) -> Outcome {
    common::run(ferrite().args(args), None, TIME_LIMIT)
}

/// A description of an outcome for assertion messages.
fn show(outcome: &Outcome) -> String {
    format!(
        "status {}\nstdout:\n{}\nstderr:\n{}",
        outcome.describe_status(),
        outcome.stdout,
        outcome.stderr
    )
}

#[test]
fn version_names_the_package_version() {
    let outcome = run(&["--version"]);
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(
        outcome.stdout.trim(),
        format!("Ferrite {}", env!("CARGO_PKG_VERSION")),
        "{}",
        show(&outcome)
    );
}

#[test]
fn help_exits_zero() {
    let outcome = run(&["--help"]);
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert!(!outcome.stdout.trim().is_empty(), "{}", show(&outcome));
}

#[test]
fn missing_script_is_a_usage_error() {
    let outcome = run(&["/nonexistent.py"]);
    assert_eq!(outcome.code(), Some(2), "{}", show(&outcome));
    assert_eq!(
        outcome.stderr.trim(),
        "ferrite: can't open file '/nonexistent.py': [Errno 2] No such file or directory",
        "{}",
        show(&outcome)
    );
    assert_eq!(outcome.stdout, "", "{}", show(&outcome));
}

#[test]
fn dash_c_runs_code() {
    let outcome = run(&["-c", "print(1+1)"]);
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "2\n", "{}", show(&outcome));
}

#[test]
fn dash_reads_the_program_from_stdin() {
    let outcome = common::run(ferrite().arg("-"), Some(b"print(3)\n"), TIME_LIMIT);
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "3\n", "{}", show(&outcome));
}

#[test]
fn argv_with_dash_c() {
    let outcome = run(&["-c", "import sys; print(sys.argv)", "a", "b"]);
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "['-c', 'a', 'b']\n", "{}", show(&outcome));
}

#[test]
fn argv_with_a_script() {
    let dir = TempDir::new("argv");
    dir.write("x.py", b"import sys\nprint(sys.argv)\n");
    let outcome = common::run(
        ferrite().args(["x.py", "a"]).current_dir(dir.path()),
        None,
        TIME_LIMIT,
    );
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "['x.py', 'a']\n", "{}", show(&outcome));
}

#[test]
fn uncaught_exception_prints_a_traceback_and_exits_one() {
    let dir = TempDir::new("uncaught");
    dir.write(
        "boom.py",
        b"def f():\n    raise ValueError('boom')\nprint('before')\nf()\n",
    );
    let outcome = common::run(
        ferrite().arg("boom.py").current_dir(dir.path()),
        None,
        TIME_LIMIT,
    );
    assert_eq!(outcome.code(), Some(1), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "before\n", "{}", show(&outcome));
    // CPython 3.11 names the script by its absolute path in tracebacks; either form passes.
    assert!(
        outcome
            .stderr
            .starts_with("Traceback (most recent call last):\n"),
        "{}",
        show(&outcome)
    );
    assert!(
        outcome.stderr.contains("boom.py\", line 4, in <module>"),
        "{}",
        show(&outcome)
    );
    assert!(
        outcome.stderr.contains("boom.py\", line 2, in f"),
        "{}",
        show(&outcome)
    );
    assert_eq!(
        outcome.last_stderr_line(),
        "ValueError: boom",
        "{}",
        show(&outcome)
    );
}

#[test]
fn dis_shows_bytecode() {
    let dir = TempDir::new("dis");
    let program = dir.write("small.py", b"x = 1\nprint(x + 2)\n");
    let outcome = common::run(ferrite().arg("--dis").arg(&program), None, TIME_LIMIT);
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert!(outcome.stdout.contains("LOAD_CONST"), "{}", show(&outcome));
    assert!(
        outcome.stdout.contains("RETURN_VALUE"),
        "{}",
        show(&outcome)
    );
}

/// The errors hostile source may end with.
const ACCEPTED_ERRORS: [&str; 5] = [
    "SyntaxError",
    "IndentationError",
    "TabError",
    "RecursionError",
    "MemoryError",
];

/// Runs `source` as a script and checks that it is rejected cleanly: exit status 1 (not a
/// signal, not Rust's panic status 101), in time, with a Python error as the last stderr line.
fn assert_rejected(label: &str, source: &[u8]) {
    let dir = TempDir::new(label);
    dir.write("hostile.py", source);
    let outcome = common::run(
        ferrite().arg("hostile.py").current_dir(dir.path()),
        None,
        HOSTILE_LIMIT,
    );
    let summary = format!(
        "{label}: status {}, last stderr line {:?}",
        outcome.describe_status(),
        outcome.last_stderr_line()
    );
    assert_eq!(outcome.code(), Some(1), "{summary}");
    let kind = outcome.last_stderr_line().split(':').next().unwrap_or("");
    assert!(ACCEPTED_ERRORS.contains(&kind), "{summary}");
}

#[test]
fn long_expression_is_rejected_cleanly() {
    let terms = vec!["1"; 100_000].join("+");
    assert_rejected(
        "long-expression",
        format!("x = {terms}\nprint(x)\n").as_bytes(),
    );
}

#[test]
fn deeply_nested_parentheses_are_rejected_cleanly() {
    let source = format!("x = {}1{}\n", "(".repeat(1000), ")".repeat(1000));
    assert_rejected("nested-parentheses", source.as_bytes());
}

#[test]
fn deeply_nested_blocks_are_rejected_cleanly() {
    let mut source = String::new();
    for depth in 0..150 {
        source.push_str(&" ".repeat(depth));
        source.push_str("if True:\n");
    }
    source.push_str(&" ".repeat(150));
    source.push_str("pass\n");
    assert_rejected("nested-blocks", source.as_bytes());
}

#[test]
fn null_byte_is_rejected_cleanly() {
    assert_rejected("null-byte", b"x = 1\x00\nprint(x)\n");
}

#[test]
fn invalid_utf8_is_rejected_cleanly() {
    assert_rejected("invalid-utf8", b"x = \"\xff\xfe\"\nprint(x)\n");
}

#[test]
fn unterminated_string_is_rejected_cleanly() {
    assert_rejected("unterminated-string", b"x = \"abc\nprint(x)\n");
}

#[test]
fn mixed_tabs_and_spaces_are_rejected_cleanly() {
    assert_rejected("mixed-indentation", b"if True:\n\tx = 1\n        y = 2\n");
}

#[test]
fn deeply_nested_lists_are_rejected_cleanly() {
    let source = format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    assert_rejected("nested-lists", source.as_bytes());
}

#[test]
fn huge_string_literal_runs() {
    let dir = TempDir::new("huge-string");
    let source = format!("s = \"{}\"\nprint(len(s))\n", "a".repeat(10_000_000));
    dir.write("huge.py", source.as_bytes());
    let outcome = common::run(
        ferrite().arg("huge.py").current_dir(dir.path()),
        None,
        HOSTILE_LIMIT,
    );
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "10000000\n", "{}", show(&outcome));
}

/// Runs ferrite with `args` and `stdin` piped in.
fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Outcome {
    common::run(ferrite().args(args), Some(stdin), TIME_LIMIT)
}

#[test]
fn options_after_dash_c_code_belong_to_the_program() {
    let outcome = run(&["-c", "import sys; print(sys.argv)", "-q", "-i", "x"]);
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(
        outcome.stdout,
        "['-c', '-q', '-i', 'x']\n",
        "{}",
        show(&outcome)
    );
}

#[test]
fn options_after_the_script_belong_to_the_script() {
    let dir = TempDir::new("argv-options");
    dir.write("x.py", b"import sys\nprint(sys.argv)\n");
    let outcome = common::run(
        ferrite()
            .args(["x.py", "-c", "--dis", "-i"])
            .current_dir(dir.path()),
        None,
        TIME_LIMIT,
    );
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(
        outcome.stdout,
        "['x.py', '-c', '--dis', '-i']\n",
        "{}",
        show(&outcome)
    );
}

#[test]
fn argv_with_dash_and_arguments() {
    let outcome = run_with_stdin(&["-", "a", "-b"], b"import sys\nprint(sys.argv)\n");
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "['-', 'a', '-b']\n", "{}", show(&outcome));
}

#[test]
fn piped_stdin_runs_as_a_script_without_prompts() {
    let outcome = run_with_stdin(
        &[],
        b"import sys\nfor i in range(2):\n    print(i)\nprint(sys.argv)\n",
    );
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "0\n1\n['']\n", "{}", show(&outcome));
    assert_eq!(outcome.stderr, "", "{}", show(&outcome));
}

#[test]
fn piped_stdin_errors_name_stdin() {
    let outcome = run_with_stdin(&[], b"print('a')\n1/0\n");
    assert_eq!(outcome.code(), Some(1), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "a\n", "{}", show(&outcome));
    assert!(
        outcome
            .stderr
            .contains("File \"<stdin>\", line 2, in <module>"),
        "{}",
        show(&outcome)
    );
}

#[test]
fn dash_i_runs_the_command_then_reads_statements_from_stdin() {
    // Without a terminal the session reads lines from the pipe; prompts go to stderr.
    let outcome = run_with_stdin(
        &["-i", "-c", "x = 20"],
        b"x * 2 + 2\nif x:\n    print('block')\n\n1/0\nprint('still here')\n",
    );
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(
        outcome.stdout,
        "42\nblock\nstill here\n",
        "{}",
        show(&outcome)
    );
    assert!(outcome.stderr.contains(">>> "), "{}", show(&outcome));
    assert!(outcome.stderr.contains("... "), "{}", show(&outcome));
    assert!(
        outcome
            .stderr
            .contains("ZeroDivisionError: division by zero"),
        "{}",
        show(&outcome)
    );
}

#[test]
fn dash_i_after_a_failing_script_still_inspects() {
    let dir = TempDir::new("inspect-fail");
    dir.write("fail.py", b"y = 7\nraise ValueError('no')\n");
    let outcome = common::run(
        ferrite().args(["-i", "fail.py"]).current_dir(dir.path()),
        Some(b"print(y * 6)\n"),
        TIME_LIMIT,
    );
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "42\n", "{}", show(&outcome));
    assert!(
        outcome.stderr.contains("ValueError: no"),
        "{}",
        show(&outcome)
    );
}

#[test]
fn dash_i_without_a_script_is_a_session_and_exit_sets_the_status() {
    let outcome = run_with_stdin(&["-i"], b"print('hi')\nexit(4)\nprint('not reached')\n");
    assert_eq!(outcome.code(), Some(4), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "hi\n", "{}", show(&outcome));
}

#[test]
fn dash_q_hides_the_banner() {
    let quiet = run_with_stdin(&["-i", "-q"], b"");
    assert!(!quiet.stderr.contains("Ferrite"), "{}", show(&quiet));
    // -i alone with no script prints the banner, as CPython does.
    let loud = run_with_stdin(&["-i"], b"");
    assert!(
        loud.stderr.contains("Type %help for memory commands."),
        "{}",
        show(&loud)
    );
}

#[test]
fn magics_work_in_a_piped_session() {
    let outcome = run_with_stdin(&["-i", "-q"], b"xs = [1, 2]\n%refs xs\n%mem\n");
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert!(
        outcome.stdout.contains("type      list"),
        "{}",
        show(&outcome)
    );
    assert!(outcome.stdout.contains("allocator:"), "{}", show(&outcome));
}

#[test]
fn system_exit_with_an_int_sets_the_status() {
    let outcome = run(&["-c", "raise SystemExit(7)"]);
    assert_eq!(outcome.code(), Some(7), "{}", show(&outcome));
    assert_eq!(outcome.stderr, "", "{}", show(&outcome));
    let outcome = run(&["-c", "import sys; sys.exit(3)"]);
    assert_eq!(outcome.code(), Some(3), "{}", show(&outcome));
    let outcome = run(&["-c", "import sys; sys.exit()"]);
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
}

#[test]
fn system_exit_with_a_string_prints_it_and_exits_one() {
    let outcome = run(&["-c", "import sys; sys.exit('bye now')"]);
    assert_eq!(outcome.code(), Some(1), "{}", show(&outcome));
    assert_eq!(outcome.stderr, "bye now\n", "{}", show(&outcome));
    assert_eq!(outcome.stdout, "", "{}", show(&outcome));
}

#[test]
fn keyboard_interrupt_at_top_level_exits_130_after_the_traceback() {
    let outcome = run(&["-c", "raise KeyboardInterrupt"]);
    assert_eq!(outcome.code(), Some(130), "{}", show(&outcome));
    assert!(
        outcome
            .stderr
            .starts_with("Traceback (most recent call last):"),
        "{}",
        show(&outcome)
    );
    assert_eq!(
        outcome.last_stderr_line(),
        "KeyboardInterrupt",
        "{}",
        show(&outcome)
    );
}

#[test]
fn sigint_interrupts_a_running_script_with_keyboard_interrupt() {
    use std::io::BufRead;
    let mut child = ferrite()
        .args(["-c", "print('looping', flush=True)\nwhile True: pass\n"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("cannot start ferrite");
    let mut stdout = std::io::BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("cannot read stdout");
    assert_eq!(first, "looping\n");
    // The loop is running: the line was printed just before it.
    let pid = nix::unistd::Pid::from_raw(child.id() as i32);
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGINT).expect("cannot send SIGINT");
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("piped stderr"), &mut stderr)
        .expect("cannot read stderr");
    let status = child.wait().expect("cannot wait for ferrite");
    assert_eq!(status.code(), Some(130), "stderr: {stderr}");
    assert!(
        stderr.contains("Traceback (most recent call last):"),
        "{stderr}"
    );
    assert!(stderr.trim_end().ends_with("KeyboardInterrupt"), "{stderr}");
}

#[test]
fn unknown_options_are_usage_errors() {
    let outcome = run(&["-x"]);
    assert_eq!(outcome.code(), Some(2), "{}", show(&outcome));
    assert!(outcome.stderr.contains("-x"), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "", "{}", show(&outcome));
    let outcome = run(&["-c"]);
    assert_eq!(outcome.code(), Some(2), "{}", show(&outcome));
}

#[test]
fn a_directory_runs_its_main_module() {
    let dir = TempDir::new("directory");
    let outcome = common::run(ferrite().arg(".").current_dir(dir.path()), None, TIME_LIMIT);
    assert_eq!(outcome.code(), Some(1), "{}", show(&outcome));
    assert!(
        outcome
            .stderr
            .starts_with("ferrite: can't find '__main__' module in '"),
        "{}",
        show(&outcome)
    );
    dir.write("__main__.py", b"import sys\nprint('main', sys.argv)\n");
    let outcome = common::run(
        ferrite().args([".", "a"]).current_dir(dir.path()),
        None,
        TIME_LIMIT,
    );
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "main ['.', 'a']\n", "{}", show(&outcome));
}

#[test]
fn a_block_cut_short_by_the_end_of_input_still_runs() {
    let outcome = run_with_stdin(&["-i", "-q"], b"if True:\n    print('ran')\n");
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(outcome.stdout, "ran\n", "{}", show(&outcome));
}

#[test]
fn exit_without_parentheses_says_how_to_leave() {
    let outcome = run_with_stdin(&["-i", "-q"], b"exit\nquit\nprint('still')\n");
    assert_eq!(outcome.code(), Some(0), "{}", show(&outcome));
    assert_eq!(
        outcome.stdout,
        "Use exit() or Ctrl-D (i.e. EOF) to exit\nUse quit() or Ctrl-D (i.e. EOF) to exit\nstill\n",
        "{}",
        show(&outcome)
    );
}
