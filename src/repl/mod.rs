//! The interactive interpreter: `>>> ` / `... ` prompts, statements run as
//! they are finished ([`input`]), expression results echoed by the
//! compiler's interactive mode (PRINT_EXPR shows the repr and binds `_`),
//! errors reported without ending the session, and lines starting with `%`
//! handed to the memory [`magics`].
//!
//! ```text
//!   reader (rustyline | plain) ──line──▶ magics ──▶ output
//!                                   └──▶ Input ──source──▶ compile 'single' ──▶ run in __main__
//! ```
//!
//! Ctrl-C at the prompt clears the line; while code runs the SIGINT handler
//! (installed by the command line) sets [`crate::vm::interrupt`]'s flag and
//! the dispatch loop raises KeyboardInterrupt at its next safe point.

pub mod complete;
pub mod highlight;
pub mod input;
pub mod magics;
pub mod reader;

use crate::compiler::Mode;
use crate::heap::ObjRef;
use crate::objects::PyResult;
use crate::vm::Vm;
use input::{Input, Next};
use reader::{EditorReader, Line, LineReader, PlainReader};
use std::cell::RefCell;
use std::io::IsTerminal;
use std::rc::Rc;

/// The file name of interactive input in tracebacks.
pub const FILENAME: &str = "<stdin>";

/// The first lines a session prints (on stderr, like CPython's banner).
pub fn banner() -> String {
    format!(
        "Ferrite {} (Python 3.11 language) on {}\nType %help for memory commands. Ctrl-D or exit() leaves.",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

/// The `__main__` module's globals, made (as a script run would) if no
/// script ran before the session.
pub fn main_globals(vm: &mut Vm) -> ObjRef {
    let modules = vm.modules.clone();
    let key = vm.intern("__main__");
    if let Some(main) = vm.dict_get_str(&modules, &key)
        && let Some(m) = main.downcast::<crate::objects::module::PyModule>()
    {
        return m.dict.clone();
    }
    let main = vm.new_module("__main__");
    let globals = match main.downcast::<crate::objects::module::PyModule>() {
        Some(m) => m.dict.clone(),
        None => vm.new_dict(),
    };
    let b = vm.builtins_module();
    vm.dict_set_name(&globals, "__builtins__", b);
    vm.dict_set_name(&modules, "__main__", main);
    globals
}

/// Compiles `source` as one interactive statement and runs it in
/// `globals`; expression values are echoed and bound to `_`.
pub fn exec_single(vm: &mut Vm, globals: &ObjRef, source: &str) -> PyResult<()> {
    let code = vm.compile(source, FILENAME, Mode::Single)?;
    vm.run_code(&code, globals, None)?;
    Ok(())
}

/// Runs one finished input. Returns the exit status when it raised
/// SystemExit; other errors are printed and the session goes on.
fn run_input(vm: &mut Vm, globals: &ObjRef, source: &str) -> Option<i32> {
    crate::vm::interrupt::clear();
    if let Some(hint) = exit_hint(vm, globals, source) {
        println!("{hint}");
        return None;
    }
    // Interactive input is not kept, so tracebacks show no source lines
    // for it (as in CPython 3.11) rather than lines of an older input.
    vm.sources.remove(FILENAME);
    let result = exec_single(vm, globals, source);
    vm.flush_stdout();
    let status = match result {
        Ok(()) => None,
        Err(e) => {
            if vm.isinstance(&e.0, &vm.exc.system_exit.clone()) {
                Some(vm.report_uncaught(e))
            } else {
                let text = vm.format_exception(&e.0);
                eprint!("{text}");
                None
            }
        }
    };
    // A Ctrl-C that came after the last safe point is forgotten.
    crate::vm::interrupt::clear();
    status
}

/// `exit` or `quit` typed without parentheses: CPython 3.11's `site`
/// makes their repr a hint, and so does the session (unless the name was
/// bound to something else).
fn exit_hint(vm: &mut Vm, globals: &ObjRef, source: &str) -> Option<&'static str> {
    let name = source.trim();
    if name != "exit" && name != "quit" {
        return None;
    }
    let key = vm.intern(name);
    if vm.dict_get_str(globals, &key).is_some() {
        return None;
    }
    Some(if name == "exit" {
        "Use exit() or Ctrl-D (i.e. EOF) to exit"
    } else {
        "Use quit() or Ctrl-D (i.e. EOF) to exit"
    })
}

/// Runs a magic line and prints what it says.
fn run_magic_line(vm: &mut Vm, globals: &ObjRef, line: &str) -> Option<i32> {
    crate::vm::interrupt::clear();
    let result = magics::run_magic(vm, globals, line);
    vm.flush_stdout();
    crate::vm::interrupt::clear();
    match result {
        Ok(text) => {
            print!("{text}");
            None
        }
        Err(e) if vm.isinstance(&e.0, &vm.exc.system_exit.clone()) => Some(vm.report_uncaught(e)),
        Err(e) => {
            let text = vm.format_exception(&e.0);
            eprint!("{text}");
            None
        }
    }
}

/// Runs the interactive session on `vm` (which may have run a script
/// already, for `-i`) until Ctrl-D or `exit()`; returns the exit status.
pub fn run(vm: Vm, show_banner: bool) -> i32 {
    let vm = Rc::new(RefCell::new(vm));
    let globals = main_globals(&mut vm.borrow_mut());
    let terminal = std::io::stdin().is_terminal();
    let mut reader: Box<dyn LineReader> = if terminal {
        let helper = complete::ReplHelper {
            vm: vm.clone(),
            globals: globals.clone(),
            colour: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        };
        match EditorReader::new(helper) {
            Some(r) => Box::new(r),
            None => Box::new(PlainReader),
        }
    } else {
        Box::new(PlainReader)
    };
    if show_banner {
        eprintln!("{}", banner());
    }
    let status = session(&vm, &globals, reader.as_mut());
    reader.save();
    drop(globals);
    drop(reader);
    // Finalizers of what the session left run at exit, as in CPython.
    let status = vm.borrow_mut().shutdown(status);
    vm.borrow_mut().flush_stdout();
    status
}

/// The read-eval-print loop itself.
fn session(vm: &Rc<RefCell<Vm>>, globals: &ObjRef, reader: &mut dyn LineReader) -> i32 {
    let mut input = Input::default();
    let mut indent = 0;
    loop {
        let prompt = if input.is_empty() { ">>> " } else { "... " };
        vm.borrow_mut().flush_stdout();
        let text = match reader.read(prompt, indent) {
            Line::Eof => {
                eprintln!();
                // As CPython, a statement cut short by the end of input runs.
                if let Some(source) = input.take()
                    && let Some(status) = run_input(&mut vm.borrow_mut(), globals, &source)
                {
                    return status;
                }
                return 0;
            }
            Line::Interrupted => {
                eprintln!("KeyboardInterrupt");
                input.clear();
                indent = 0;
                continue;
            }
            Line::Text(t) => t,
        };
        reader.remember(&text);
        for line in text.split('\n') {
            if input.is_empty() && line.trim_start().starts_with('%') {
                if let Some(status) = run_magic_line(&mut vm.borrow_mut(), globals, line) {
                    return status;
                }
                continue;
            }
            for next in input.push(line) {
                match next {
                    Next::More(n) => indent = n,
                    Next::Run(source) => {
                        indent = 0;
                        reader.save();
                        if let Some(status) = run_input(&mut vm.borrow_mut(), globals, &source) {
                            return status;
                        }
                    }
                }
            }
        }
    }
}
