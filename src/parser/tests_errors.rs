//! Parser error tests: messages, exception classes and positions against
//! CPython 3.11.
//!
//! `testdata/error_cases.txt` has one tab-separated line per program
//! (newlines written as `⏎`): the program, then the class, message, line
//! and 0-based column of the SyntaxError CPython 3.11 raises for it
//! (`compile(src, "<s>", "exec")`, column = `offset - 1`), generated from
//! `error_cases.in` by `testdata/gen_error_cases.py`.

use super::error::SourceError;
use super::*;

const CASES: &str = include_str!("testdata/error_cases.txt");

/// Programs whose caret we place differently from CPython (its positions
/// there come from a second parsing pass we do not have, or are quirks);
/// the message and line still match.
const COLUMN_DIFFERS: &[&str] = &[
    // CPython points at the `:` / the token after the argument.
    "*a: int",
    "f(a=1, b)",
    "f(**a, b)",
    "class A(b=1, c): pass",
    "class A(x for x in y): pass",
    "lambda *: 1",
    // CPython points at the start of the conditional expression.
    "a = 1 if b",
    // CPython 3.11 reports f-string errors at columns of the parenthesized
    // copy of the field; ours are file positions.
    "f'{*a}'",
    "f'{a b}'",
    "f'{lambda x: 1}'",
];

fn error_of(src: &str) -> Option<SourceError> {
    parse_module(src).err()
}

#[test]
fn errors_match_cpython() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let [program, class, message, lineno, column] = fields[..] else {
            panic!("bad line in error_cases.txt: {line:?}");
        };
        count += 1;
        let src = program.replace('⏎', "\n");
        let Some(e) = error_of(&src) else {
            failures.push(format!("{src:?}: parsed, expected {class}: {message}"));
            continue;
        };
        let (got_line, got_col) = LineIndex::new(&src).line_col(e.offset);
        let got = format!(
            "{}: {} at {got_line}:{got_col}",
            e.kind.class_name(),
            e.message
        );
        let expected = format!("{class}: {message} at {lineno}:{column}");
        let same_text = e.kind.class_name() == class && e.message == message;
        let same_line = got_line.to_string() == lineno;
        let same_col = got_col.to_string() == column || COLUMN_DIFFERS.contains(&program);
        if !(same_text && same_line && same_col) {
            failures.push(format!(
                "{src:?}\n  got:      {got}\n  expected: {expected}"
            ));
        }
    }
    assert!(count > 150, "error corpus is missing");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn unexpected_eof_is_flagged() {
    for src in [
        "if x:\n",
        "if x:",
        "def f():\n",
        "try:\n  pass\n",
        "x = (1,\n",
        "s = '''abc\n",
    ] {
        let e = parse_interactive(src).unwrap_err();
        assert!(e.unexpected_eof, "{src:?}: {e:?}");
    }
    for src in ["x = 1 +\n", "x = )\n", "'abc\n", "if x pass\n"] {
        let e = parse_interactive(src).unwrap_err();
        assert!(!e.unexpected_eof, "{src:?}: {e:?}");
    }
}

#[test]
fn lexer_errors_come_through() {
    let e = error_of("x = $").unwrap();
    assert_eq!(e.message, "invalid syntax");
    let e = error_of("x = (1,\ny = 2").unwrap();
    assert_eq!(e.message, "'(' was never closed");
    // CPython lexes on after a syntax error: a later lexer error wins ...
    let e = error_of("x = = 1\ny = '").unwrap();
    assert_eq!(
        e.message,
        "unterminated string literal (detected at line 2)"
    );
    // ... but a bracket left open after the error does not.
    let e = error_of("x = = 1\ny = (").unwrap();
    assert_eq!(e.message, "invalid syntax");
    assert_eq!(e.offset, 4);
    // Not in the REPL, where the rest of the input is not there yet.
    let e = parse_interactive("x = = 1\ny = '").unwrap_err();
    assert_eq!(e.message, "invalid syntax");
}

#[test]
fn fstring_field_errors_point_into_the_file() {
    let src = "x = 1\ny = f'{a b}'";
    let e = error_of(src).unwrap();
    assert_eq!(
        e.message,
        "f-string: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(LineIndex::new(src).line_col(e.offset), (2, 7));
    let e = error_of("f'{a!r}' f'{1 +}'").unwrap();
    assert_eq!(e.message, "f-string: invalid syntax");
    assert_eq!(e.offset, 15);
}

#[test]
fn too_deep_is_a_syntax_error() {
    let e = error_of(&format!("x = 1{}", "+1".repeat(5000))).unwrap();
    assert_eq!(e.message, "too complex expression");
    assert_eq!(e.kind, error::SourceErrorKind::Syntax);
    let e = error_of(&format!("if x: pass\n{}", "elif x: pass\n".repeat(3500))).unwrap();
    assert_eq!(e.message, "too many nested blocks");
    let e = error_of(&format!("x = {}1{}", "(".repeat(300), ")".repeat(300))).unwrap();
    assert_eq!(e.message, "too many nested parentheses");
}
