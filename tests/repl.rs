//! The REPL driven through a pseudo-terminal, as a user at a terminal would: echo and `_`,
//! a block typed with auto-indent, an error and recovery, tab completion, Ctrl-C at the
//! prompt and during `while True: pass`, the history file, magics, Ctrl-D and `exit()`.
//!
//! Every step waits for what the REPL prints (a prompt at the start of a line, or the
//! output) before typing on: keys typed ahead of a prompt may be dropped by the line editor,
//! as by most. Nothing here depends on timing beyond generous time limits.

use nix::sys::wait::WaitStatus;
use rexpect::session::{PtySession, spawn_command};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How long one expectation may wait: far above what any step needs, for loaded CI machines.
const TIMEOUT_MS: u64 = 30_000;

/// A fresh `>>> ` prompt. The editor redraws the prompt with the line as keys are typed, so
/// the prompt text alone does not say that a new line is being read; what does is the
/// escape that switches bracketed paste on, which the editor writes once as each read
/// begins. Other escapes and carriage returns may come between the two.
const PROMPT: &str = r"\x1b\[\?2004h(?:\x1b\[[0-9?;]*[a-zA-Z]|\r)*>>> ";

/// A fresh continuation prompt (see [`PROMPT`]).
const MORE: &str = r"\x1b\[\?2004h(?:\x1b\[[0-9?;]*[a-zA-Z]|\r)*\.\.\. ";

/// A fresh HOME directory, removed when dropped.
struct Home(PathBuf);

impl Home {
    fn new(label: &str) -> Home {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "ferrite-repl-{}-{label}-{unique}",
            std::process::id()
        ));
        fs::create_dir_all(&path)
            .unwrap_or_else(|err| panic!("cannot create {}: {err}", path.display()));
        Home(path)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// A REPL session on a pseudo-terminal.
struct Repl {
    session: PtySession,
}

impl Repl {
    /// Starts `ferrite` (with `args`) with HOME at `home`, and waits for the first prompt.
    fn start(home: &Home, args: &[&str]) -> Repl {
        let mut command = Command::new(env!("CARGO_BIN_EXE_ferrite"));
        command
            .args(args)
            .env("HOME", home.path())
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .current_dir(home.path());
        let session =
            spawn_command(command, Some(TIMEOUT_MS)).expect("cannot start ferrite on a pty");
        let mut repl = Repl { session };
        repl.prompt();
        repl
    }

    /// Waits for the `>>> ` prompt; returns what came before it.
    fn prompt(&mut self) -> String {
        match self.session.exp_regex(PROMPT) {
            Ok((before, _)) => before,
            Err(e) => panic!("no '>>> ' prompt: {e}"),
        }
    }

    /// Waits for the `... ` prompt; returns what came before it.
    fn more(&mut self) -> String {
        match self.session.exp_regex(MORE) {
            Ok((before, _)) => before,
            Err(e) => panic!("no '... ' prompt: {e}"),
        }
    }

    /// Types `text` and Enter.
    fn line(&mut self, text: &str) {
        self.send(&format!("{text}\r"));
    }

    /// Types `text` as it is.
    fn send(&mut self, text: &str) {
        self.session.send(text).expect("cannot write to the pty");
        self.session.flush().expect("cannot flush the pty");
    }

    /// Waits for `needle` in the output; returns what came before it.
    fn expect(&mut self, needle: &str) -> String {
        match self.session.exp_string(needle) {
            Ok(before) => before,
            Err(e) => panic!("never saw {needle:?}: {e}"),
        }
    }

    /// Types `text`, Enter, and returns the output up to the next `>>> ` prompt.
    fn run(&mut self, text: &str) -> String {
        self.line(text);
        self.prompt()
    }

    /// Presses Ctrl-D on an empty line and returns the exit status.
    fn quit(mut self) -> i32 {
        self.session.send_control('d').expect("cannot send Ctrl-D");
        self.exit_status()
    }

    /// Waits for the process to end and returns its exit status.
    fn exit_status(&mut self) -> i32 {
        let _ = self.session.exp_eof();
        match self.session.process().wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("ferrite did not exit normally: {other:?}"),
        }
    }
}

#[test]
fn banner_names_the_help_magic() {
    let home = Home::new("banner");
    let mut command = Command::new(env!("CARGO_BIN_EXE_ferrite"));
    command
        .env("HOME", home.path())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    let mut session = spawn_command(command, Some(TIMEOUT_MS)).expect("cannot start ferrite");
    let before = session.exp_string(">>> ").expect("no prompt");
    assert!(before.contains("Ferrite"), "{before:?}");
    assert!(
        before.contains("Type %help for memory commands."),
        "{before:?}"
    );
}

#[test]
fn expressions_echo_their_repr_and_bind_underscore() {
    let home = Home::new("echo");
    let mut repl = Repl::start(&home, &["-q"]);
    assert!(repl.run("6 * 7").contains("42"));
    assert!(repl.run("_ + 1").contains("43"));
    // None is not echoed and leaves `_` alone.
    repl.run("None");
    assert!(repl.run("_ * 2").contains("86"));
    assert!(repl.run("'a' + 'b'").contains("'ab'"));
    assert_eq!(repl.quit(), 0);
}

#[test]
fn a_block_is_auto_indented_and_ends_with_a_blank_line() {
    let home = Home::new("block");
    let mut repl = Repl::start(&home, &["-q"]);
    repl.line("for i in range(1, 3):");
    repl.more();
    // No indentation typed: auto-indent supplies it.
    repl.line("print(i * 111)");
    repl.more();
    let out = repl.run("");
    assert!(out.contains("111"), "{out:?}");
    assert!(out.contains("222"), "{out:?}");
    assert!(!out.contains("Error"), "{out:?}");
    // A nested block, dedented by hand after `return`.
    repl.line("def sign(n):");
    repl.more();
    repl.line("if n < 0:");
    repl.more();
    repl.line("return -1");
    repl.more();
    repl.line("return 1");
    repl.more();
    repl.run("");
    let out = repl.run("sign(-5) * 1000 + sign(5)");
    assert!(out.contains("-999"), "{out:?}");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn brackets_continue_on_the_next_line() {
    let home = Home::new("brackets");
    let mut repl = Repl::start(&home, &["-q"]);
    repl.line("[10,");
    repl.more();
    let out = repl.run("20]");
    assert!(out.contains("[10, 20]"), "{out:?}");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn errors_print_a_traceback_and_the_session_goes_on() {
    let home = Home::new("errors");
    let mut repl = Repl::start(&home, &["-q"]);
    repl.run("x = 5");
    let out = repl.run("1 / 0");
    assert!(
        out.contains("Traceback (most recent call last):"),
        "{out:?}"
    );
    assert!(
        out.contains("File \"<stdin>\", line 1, in <module>"),
        "{out:?}"
    );
    assert!(
        out.contains("ZeroDivisionError: division by zero"),
        "{out:?}"
    );
    let out = repl.run("1 +");
    assert!(out.contains("SyntaxError: invalid syntax"), "{out:?}");
    let out = repl.run("undefined_name");
    assert!(
        out.contains("NameError: name 'undefined_name' is not defined"),
        "{out:?}"
    );
    // The state from before the errors is intact.
    assert!(repl.run("x + 1").contains("6"));
    assert_eq!(repl.quit(), 0);
}

#[test]
fn tab_completes_names_and_attributes() {
    let home = Home::new("complete");
    let mut repl = Repl::start(&home, &["-q"]);
    repl.run("ferrite_unique_value = 31337");
    repl.send("ferrite_uniq\t");
    repl.expect("ferrite_unique_value");
    let out = repl.run("");
    assert!(out.contains("31337"), "{out:?}");
    repl.run("import sys");
    // A callable completes with its opening parenthesis.
    repl.send("sys.getrecursionl\t");
    repl.expect("getrecursionlimit(");
    let out = repl.run(")");
    assert!(out.contains("1000"), "{out:?}");
    // Built-ins complete too.
    repl.send("isinst\t");
    repl.expect("isinstance(");
    let out = repl.run("3, int)");
    assert!(out.contains("True"), "{out:?}");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn ctrl_c_interrupts_a_running_loop_and_returns_to_the_prompt() {
    let home = Home::new("interrupt");
    let mut repl = Repl::start(&home, &["-q"]);
    repl.line("def spin():");
    repl.more();
    repl.line("print('spin' + 'ning', flush=True)");
    repl.more();
    repl.line("while True: pass");
    repl.more();
    repl.run("");
    repl.line("spin()");
    // The marker is printed from inside the call, so the loop is running by now.
    repl.expect("spinning");
    repl.session.send_control('c').expect("cannot send Ctrl-C");
    let out = repl.prompt();
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");
    assert!(repl.run("2 + 2").contains("4"));
    assert_eq!(repl.quit(), 0);
}

#[test]
fn ctrl_c_at_the_prompt_clears_the_line() {
    let home = Home::new("ctrl-c-line");
    let mut repl = Repl::start(&home, &["-q"]);
    repl.send("this is not python");
    repl.expect("python");
    repl.session.send_control('c').expect("cannot send Ctrl-C");
    let out = repl.prompt();
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");
    assert!(!out.contains("SyntaxError"), "{out:?}");
    // Also in the middle of a block.
    repl.line("if True:");
    repl.more();
    repl.session.send_control('c').expect("cannot send Ctrl-C");
    repl.prompt();
    assert!(repl.run("3 * 3").contains("9"));
    assert_eq!(repl.quit(), 0);
}

#[test]
fn history_is_saved_and_loaded_across_sessions() {
    let home = Home::new("history");
    let mut repl = Repl::start(&home, &["-q"]);
    assert!(repl.run("7 * 191").contains("1337"));
    assert_eq!(repl.quit(), 0);
    let saved = fs::read_to_string(home.path().join(".ferrite_history"))
        .expect("no ~/.ferrite_history after the session");
    assert!(saved.contains("7 * 191"), "{saved:?}");

    let mut repl = Repl::start(&home, &["-q"]);
    // Up arrow recalls the last line of the previous session.
    repl.send("\x1b[A");
    repl.expect("7 * 191");
    let out = repl.run("");
    assert!(out.contains("1337"), "{out:?}");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn memory_magics_report() {
    let home = Home::new("magics");
    let mut repl = Repl::start(&home, &["-q"]);
    let out = repl.run("%help");
    for magic in ["%mem", "%gc", "%refs", "%dis", "%time"] {
        assert!(out.contains(magic), "{magic} missing from {out:?}");
    }
    let out = repl.run("%mem");
    assert!(out.contains("objects"), "{out:?}");
    assert!(out.contains("arenas"), "{out:?}");
    repl.run("data = [1, 2, 3]");
    repl.run("alias = data");
    let out = repl.run("%refs data");
    assert!(out.contains("type      list"), "{out:?}");
    assert!(out.contains("refcount  2"), "{out:?}");
    assert!(out.contains("alias, data"), "{out:?}");
    repl.line("def double(n):");
    repl.more();
    repl.line("return n * 2");
    repl.more();
    repl.run("");
    let out = repl.run("%dis double");
    assert!(out.contains("LOAD_FAST"), "{out:?}");
    assert!(out.contains("RETURN_VALUE"), "{out:?}");
    let out = repl.run("%time double(21)");
    assert!(out.contains("42"), "{out:?}");
    assert!(out.contains("Wall time:"), "{out:?}");
    repl.run("cyc = []");
    repl.run("cyc.append(cyc)");
    repl.run("del cyc");
    let out = repl.run("%gc");
    assert!(out.contains("objects"), "{out:?}");
    assert!(out.contains("1 unreachable found"), "{out:?}");
    let out = repl.run("%nosuch");
    assert!(out.contains("not found"), "{out:?}");
    assert_eq!(repl.quit(), 0);
}

#[test]
fn exit_with_a_status_ends_the_session() {
    let home = Home::new("exit");
    let mut repl = Repl::start(&home, &["-q"]);
    repl.line("exit(3)");
    assert_eq!(repl.exit_status(), 3);
}

#[test]
fn dash_i_keeps_the_script_globals() {
    let home = Home::new("inspect");
    fs::write(home.path().join("setup.py"), "answer = 40 + 2\n").expect("cannot write setup.py");
    let mut repl = Repl::start(&home, &["-i", "setup.py"]);
    assert!(repl.run("answer").contains("42"));
    assert_eq!(repl.quit(), 0);
}
