//! The command line: `ferrite [OPTIONS] [SCRIPT | -c CODE | -] [ARGS...]`.
//!
//! Exit status follows CPython: 0 on success, 1 for an uncaught exception,
//! 2 for a usage error or a script that cannot be opened, and the code of
//! `SystemExit`.

use crate::vm::Vm;
use clap::Parser;
use std::io::{IsTerminal, Read};

/// Size of the interpreter thread's stack: deep native recursion (repr of
/// deeply nested lists, nested calls from built-ins) is bounded by the
/// recursion limit, and this leaves room for it.
const INTERPRETER_STACK: usize = 512 << 20;

/// Ferrite: a Python 3 interpreter with a memory manager you can see into.
///
/// With no script and a terminal on stdin, starts the interactive REPL
/// (type %help there for its memory commands). Options after the script
/// name, `-c CODE` or `-` belong to the program, as in CPython.
#[derive(Parser, Debug)]
#[command(
    name = "ferrite",
    version,
    about,
    disable_version_flag = true,
    override_usage = "ferrite [OPTIONS] [SCRIPT | -c CODE | -] [ARGS]..."
)]
pub struct Cli {
    /// Program passed in as a string (terminates the option list).
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    pub command: Option<String>,

    /// Inspect interactively after running the script or command.
    #[arg(short = 'i')]
    pub inspect: bool,

    /// Don't print the version banner when the REPL starts.
    #[arg(short = 'q')]
    pub quiet: bool,

    /// Print the bytecode of every code object instead of running.
    #[arg(long)]
    pub dis: bool,

    /// Print the version and exit.
    #[arg(short = 'V', long = "version")]
    pub version: bool,

    /// At exit, print a table of allocations, pools, arenas and collections on stderr.
    #[arg(long = "mem-report")]
    pub mem_report: bool,

    /// Print one line per garbage collection on stderr.
    #[arg(long = "gc-trace")]
    pub gc_trace: bool,

    /// At exit, after teardown, report objects that were never freed and exit non-zero.
    #[arg(long = "leak-check")]
    pub leak_check: bool,

    /// Collect garbage at every safe point after a container allocation (slow; for testing).
    #[arg(long = "gc-stress")]
    pub gc_stress: bool,

    /// Raise MemoryError when the heap would grow past SIZE (e.g. 64M, 1G, 500K).
    #[arg(long = "max-memory", value_name = "SIZE", value_parser = parse_size)]
    pub max_memory: Option<usize>,

    /// Script file (`-` reads the program from stdin), then its arguments.
    /// ([`split_options`] hands these over; clap only documents them.)
    #[arg(value_name = "SCRIPT")]
    pub args: Vec<String>,
}

/// Splits the command line where the interpreter's options end: after
/// `-c CODE` (or `-cCODE`), before the script name or `-`, after `--`.
/// Everything from there on is the program's, options included, so clap
/// only ever sees the interpreter's own options.
pub fn split_options(argv: &[String]) -> (Vec<String>, Vec<String>) {
    let mut i = 1;
    while i < argv.len() {
        let a = argv[i].as_str();
        if a == "--" {
            let mut ours = argv[..i].to_vec();
            ours.push("--".into());
            return (ours, argv[i + 1..].to_vec());
        }
        if a == "-" || !a.starts_with('-') {
            return (argv[..i].to_vec(), argv[i..].to_vec());
        }
        if a == "--max-memory" {
            // Its value is the next argument, not the program.
            i += 2;
            continue;
        }
        if !a.starts_with("--") {
            // A cluster of short flags such as `-iq` or `-ic CODE`.
            if let Some(pos) = a.find('c') {
                let end = if pos + 1 < a.len() { i + 1 } else { i + 2 };
                let end = end.min(argv.len());
                return (argv[..end].to_vec(), argv[end..].to_vec());
            }
        }
        i += 1;
    }
    (argv.to_vec(), Vec::new())
}

/// Runs the command line; returns the exit status.
pub fn main() -> i32 {
    let argv: Vec<String> = std::env::args().collect();
    let (ours, program) = split_options(&argv);
    let cli = match Cli::try_parse_from(&ours) {
        Ok(mut c) => {
            c.args.extend(program);
            c
        }
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    if cli.version {
        println!("Ferrite {}", env!("CARGO_PKG_VERSION"));
        return 0;
    }
    let handle = std::thread::Builder::new()
        .name("ferrite".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || run(cli));
    match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("ferrite: cannot start the interpreter thread: {e}");
            70
        }
    }
}

/// What to run and with which `sys.argv`.
struct Program {
    source: String,
    filename: String,
    argv: Vec<String>,
}

/// The program to run, or `None` for an interactive session (no script
/// and a terminal on stdin, or `-i` alone).
fn load(cli: &Cli) -> Result<Option<Program>, i32> {
    if let Some(code) = &cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args.iter().cloned());
        return Ok(Some(Program {
            source: code.clone(),
            filename: "<string>".into(),
            argv,
        }));
    }
    let script = cli.args.first().cloned();
    match script.as_deref() {
        None | Some("-") => {
            if script.is_none() && (cli.inspect || std::io::stdin().is_terminal()) {
                return Ok(None);
            }
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("ferrite: cannot read stdin: {e}");
                return Err(2);
            }
            let source = decode_source(&bytes, "<stdin>")?;
            let mut argv = vec![if script.is_some() {
                "-".to_string()
            } else {
                String::new()
            }];
            argv.extend(cli.args.iter().skip(1).cloned());
            Ok(Some(Program {
                source,
                filename: "<stdin>".into(),
                argv,
            }))
        }
        Some(dir) if std::path::Path::new(dir).is_dir() => {
            // As CPython: a directory runs its __main__.py.
            let main = std::path::Path::new(dir).join("__main__.py");
            match std::fs::read(&main) {
                Ok(bytes) => {
                    let filename = main.display().to_string();
                    let source = decode_source(&bytes, &filename)?;
                    Ok(Some(Program {
                        source,
                        filename,
                        argv: cli.args.clone(),
                    }))
                }
                Err(_) => {
                    let abs = std::path::absolute(dir)
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|_| dir.to_string());
                    eprintln!("ferrite: can't find '__main__' module in '{abs}'");
                    Err(1)
                }
            }
        }
        Some(path) => {
            let bytes = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    let abs = std::path::absolute(path)
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|_| path.to_string());
                    let errno = e.raw_os_error().unwrap_or(2);
                    let msg = match e.kind() {
                        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                        _ => {
                            if std::path::Path::new(path).is_dir() {
                                "Is a directory".to_string()
                            } else {
                                e.to_string()
                            }
                        }
                    };
                    eprintln!("ferrite: can't open file '{abs}': [Errno {errno}] {msg}");
                    return Err(2);
                }
            };
            let source = decode_source(&bytes, path)?;
            Ok(Some(Program {
                source,
                filename: path.to_string(),
                argv: cli.args.clone(),
            }))
        }
    }
}

/// Decodes source bytes as UTF-8, failing like CPython on invalid input.
fn decode_source(bytes: &[u8], filename: &str) -> Result<String, i32> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let pos = e.valid_up_to();
            let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
            eprintln!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[pos], filename, line
            );
            Err(1)
        }
    }
}

/// Makes Ctrl-C (SIGINT) request a KeyboardInterrupt, which the dispatch
/// loop raises at its next safe point. While the REPL waits for a line the
/// terminal is in raw mode and Ctrl-C arrives as a key instead.
fn install_interrupt_handler() {
    // Without the handler Ctrl-C still ends the process, just abruptly.
    let _ = ctrlc::set_handler(crate::vm::interrupt::request);
}

fn run(cli: Cli) -> i32 {
    if let Some(limit) = cli.max_memory {
        crate::heap::set_memory_limit(Some(limit));
    }
    let program = match load(&cli) {
        Ok(Some(p)) => p,
        Ok(None) => {
            install_interrupt_handler();
            let vm = Vm::new(vec![String::new()]);
            return crate::repl::run(vm, !cli.quiet);
        }
        Err(code) => return code,
    };
    if cli.dis {
        return match crate::compiler::compile_source(
            &program.source,
            &program.filename,
            crate::compiler::Mode::Exec,
        ) {
            Ok(code) => {
                print!("{}", crate::compiler::dis::disassemble(&code));
                0
            }
            Err(e) => {
                let mut vm = Vm::new(program.argv);
                let err = vm.syntax_error(&e, &program.filename, &program.source);
                vm.report_uncaught(err)
            }
        };
    }
    install_interrupt_handler();
    let mut vm = Vm::new(program.argv);
    vm.gc.trace = cli.gc_trace;
    crate::heap::gc::set_stress(cli.gc_stress);
    let status = vm.run_main(&program.source, &program.filename);
    if cli.inspect {
        // As CPython's -i: the session starts whatever the script did.
        return crate::repl::run(vm, false);
    }
    let status = vm.shutdown(status);
    drop(vm);
    if cli.mem_report {
        eprint!("{}", crate::heap::report::mem_report());
    }
    if cli.leak_check
        && let Some(line) = crate::heap::report::leak_line()
    {
        eprintln!("{line}");
        if status == 0 {
            return 3;
        }
    }
    status
}

/// Parses a size such as `64M`, `1G`, `500K` or `1048576` (bytes).
fn parse_size(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let (digits, mult) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let m: usize = match c.to_ascii_uppercase() {
                'K' => 1 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                'B' => 1,
                _ => return Err(format!("unknown size suffix '{c}' (use K, M or G)")),
            };
            (&t[..i], m)
        }
        _ => (t, 1),
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("invalid size '{text}' (e.g. 64M)"))?;
    n.checked_mul(mult)
        .ok_or_else(|| format!("size '{text}' is too large"))
}

#[cfg(test)]
mod tests {
    use super::split_options;

    fn split(args: &[&str]) -> (Vec<String>, Vec<String>) {
        let argv: Vec<String> = std::iter::once("ferrite")
            .chain(args.iter().copied())
            .map(String::from)
            .collect();
        let (ours, theirs) = split_options(&argv);
        (ours[1..].to_vec(), theirs)
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_program_owns_everything_after_its_name() {
        assert_eq!(
            split(&["-q", "x.py", "-i"]),
            (strings(&["-q"]), strings(&["x.py", "-i"]))
        );
        assert_eq!(
            split(&["-c", "code", "-q"]),
            (strings(&["-c", "code"]), strings(&["-q"]))
        );
        assert_eq!(
            split(&["-iccode", "a"]),
            (strings(&["-iccode"]), strings(&["a"]))
        );
        assert_eq!(
            split(&["-ic", "code", "a"]),
            (strings(&["-ic", "code"]), strings(&["a"]))
        );
        assert_eq!(split(&["-", "-x"]), (strings(&[]), strings(&["-", "-x"])));
        assert_eq!(
            split(&["--", "-x.py"]),
            (strings(&["--"]), strings(&["-x.py"]))
        );
        assert_eq!(
            split(&["-q", "--dis"]),
            (strings(&["-q", "--dis"]), strings(&[]))
        );
        assert_eq!(split(&["-c"]), (strings(&["-c"]), strings(&[])));
        assert_eq!(
            split(&["--max-memory", "64M", "x.py", "a"]),
            (strings(&["--max-memory", "64M"]), strings(&["x.py", "a"]))
        );
    }
}
