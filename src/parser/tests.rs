//! Parser tests: the AST of a corpus of programs against CPython 3.11's
//! `ast.dump`, spans, modes, and deep input.
//!
//! `testdata/ast_cases.txt` holds pairs of lines: a program (newlines written
//! as `⏎`) and what `ast.dump(ast.parse(program))` prints under CPython 3.11
//! with the `ctx` fields removed; `testdata/gen_ast_cases.py` regenerates it
//! from `ast_cases.in`.

use super::ast::*;
use super::*;

const CASES: &str = include_str!("testdata/ast_cases.txt");

fn parse(src: &str) -> Module {
    match parse_module(src) {
        Ok(m) => m,
        Err(e) => panic!("{src:?} failed: {e:?}"),
    }
}

fn first_expr(src: &str) -> Expr {
    match parse(src).body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr { value }) => *value,
        other => panic!("not an expression statement: {other:?}"),
    }
}

#[test]
fn corpus_matches_cpython_ast() {
    let lines: Vec<&str> = CASES.lines().collect();
    assert!(lines.len() > 400, "corpus is missing");
    let mut failures = Vec::new();
    for pair in lines.chunks(2) {
        let [program, expected] = pair else {
            panic!("odd number of lines in ast_cases.txt");
        };
        let src = program.replace('⏎', "\n");
        match parse_module(&src) {
            Ok(m) => {
                let got = dump(&m);
                if got != *expected {
                    failures.push(format!(
                        "{src:?}\n  got:      {got}\n  expected: {expected}"
                    ));
                }
            }
            Err(e) => failures.push(format!("{src:?}\n  error: {e:?}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn span_of(e: &Expr) -> (u32, u32) {
    (e.span.start, e.span.end)
}

#[test]
fn expression_spans() {
    let e = first_expr("a.b(c)[d] + 1");
    assert_eq!(span_of(&e), (0, 13));
    let ExprKind::BinOp { left, right, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(span_of(left), (0, 9));
    assert_eq!(span_of(right), (12, 13));

    // Parentheses are not part of the inner expression, but are part of a tuple.
    assert_eq!(span_of(&first_expr("(a)")), (1, 2));
    assert_eq!(span_of(&first_expr("(a, b)")), (0, 6));
    let e = first_expr("a, b");
    assert_eq!(span_of(&e), (0, 4));

    // A lone generator argument takes the call's parentheses.
    let e = first_expr("f(x for x in y)");
    let ExprKind::Call { args, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(span_of(&args[0]), (1, 15));

    // Slices and the tuple of a multi-dimensional subscript.
    let e = first_expr("a[1:2, ::3]");
    let ExprKind::Subscript { slice, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(span_of(slice), (2, 10));
    let ExprKind::Tuple { elts } = &slice.kind else {
        panic!()
    };
    assert_eq!(span_of(&elts[0]), (2, 5));
    assert_eq!(span_of(&elts[1]), (7, 10));

    // Keywords and arguments.
    let e = first_expr("f(a, *b, c=1, **d)");
    let ExprKind::Call { args, keywords, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(span_of(&args[1]), (5, 7));
    assert_eq!((keywords[0].span.start, keywords[0].span.end), (9, 12));
    assert_eq!((keywords[1].span.start, keywords[1].span.end), (14, 17));
}

#[test]
fn statement_spans() {
    let m = parse("if a:\n  pass\nelif b:\n  pass\nelse:\n  x = 1\n");
    let s = &m.body[0];
    assert_eq!((s.span.start, s.span.end), (0, 41));
    let StmtKind::If { orelse, .. } = &s.kind else {
        panic!()
    };
    // The `elif` is an `If` starting at its keyword.
    assert_eq!((orelse[0].span.start, orelse[0].span.end), (13, 41));

    let m = parse("x = 1; y = 2");
    assert_eq!((m.body[1].span.start, m.body[1].span.end), (7, 12));

    // A decorated definition starts at `def`.
    let m = parse("@d\ndef f(a, b: int = 1):\n  pass\n");
    let s = &m.body[0];
    assert_eq!((s.span.start, s.span.end), (3, 31));
    let StmtKind::FunctionDef { args, .. } = &s.kind else {
        panic!()
    };
    assert_eq!((args.args[1].span.start, args.args[1].span.end), (12, 18));

    let m = parse("try:\n pass\nexcept E as e:\n pass\nfinally:\n pass");
    let StmtKind::Try { handlers, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!((handlers[0].span.start, handlers[0].span.end), (11, 31));

    let m = parse("import a.b as c");
    let StmtKind::Import { names } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!((names[0].span.start, names[0].span.end), (7, 15));
}

#[test]
fn fstring_spans_are_file_offsets() {
    let e = first_expr("x = 1\nf'a{b}c'".split('\n').nth(1).unwrap_or(""));
    let ExprKind::JoinedStr { values } = &e.kind else {
        panic!()
    };
    assert_eq!(span_of(&values[0]), (0, 8));
    let ExprKind::FormattedValue { value, .. } = &values[1].kind else {
        panic!()
    };
    assert_eq!(span_of(value), (4, 5));

    let m = parse("y = 0\nz = f'{a + bb!r:{w}}'");
    let StmtKind::Assign { value, .. } = &m.body[1].kind else {
        panic!()
    };
    let ExprKind::JoinedStr { values } = &value.kind else {
        panic!()
    };
    let ExprKind::FormattedValue {
        value, format_spec, ..
    } = &values[0].kind
    else {
        panic!()
    };
    assert_eq!(span_of(value), (13, 19));
    let Some(spec) = format_spec else { panic!() };
    let ExprKind::JoinedStr { values } = &spec.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value, .. } = &values[0].kind else {
        panic!()
    };
    assert_eq!(span_of(value), (23, 24));
}

#[test]
fn interactive_mode() {
    let m = parse_interactive("x = 1; y = 2\n").unwrap();
    assert_eq!(m.body.len(), 2);
    let m = parse_interactive("if x:\n  pass\nelse:\n  pass\n").unwrap();
    assert_eq!(m.body.len(), 1);
    let m = parse_interactive("").unwrap();
    assert!(m.body.is_empty());
    let m = parse_interactive("\n").unwrap();
    assert!(m.body.is_empty());
    let e = parse_interactive("x = 1\ny = 2\n").unwrap_err();
    assert_eq!(
        e.message,
        "multiple statements found while compiling a single statement"
    );
    assert_eq!(e.offset, 6);
    // An unfinished block asks for more input.
    let e = parse_interactive("if x:\n").unwrap_err();
    assert!(e.unexpected_eof, "{e:?}");
    assert_eq!(e.kind, error::SourceErrorKind::Indentation);
    let e = parse_interactive("f(1,\n").unwrap_err();
    assert!(e.unexpected_eof, "{e:?}");
    let e = parse_interactive("x = 1 +\n").unwrap_err();
    assert!(!e.unexpected_eof, "{e:?}");
}

#[test]
fn expression_mode() {
    let e = parse_expression("  1 + 2\n\n").unwrap();
    assert_eq!(
        dump_expr(&e),
        "BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2))"
    );
    assert_eq!(span_of(&e), (2, 7));
    let e = parse_expression("a, b").unwrap();
    assert_eq!(dump_expr(&e), "Tuple(elts=[Name(id='a'), Name(id='b')])");
    let e = parse_expression("\n(1 +\n 2)\n").unwrap();
    assert_eq!(span_of(&e), (2, 8));
    assert!(parse_expression("x = 1").is_err());
    assert!(parse_expression("1\n2").is_err());
    assert!(parse_expression("*a").is_err());
    assert!(parse_expression("yield").is_err());
    assert!(parse_expression("").is_err());
}

#[test]
fn line_index() {
    let idx = LineIndex::new("ab\ncdé\r\nf\rg");
    assert_eq!(idx.line_col(0), (1, 0));
    assert_eq!(idx.line_col(2), (1, 2));
    assert_eq!(idx.line_col(3), (2, 0));
    assert_eq!(idx.line_col(7), (2, 3)); // after the two-byte 'é'
    assert_eq!(idx.line_col(9), (3, 0));
    assert_eq!(idx.line_col(11), (4, 0));
    assert_eq!(idx.line_col(1000), (4, 1));
    assert_eq!(idx.line_text(1), "ab");
    assert_eq!(idx.line_text(2), "cdé");
    assert_eq!(idx.line_text(3), "f");
    assert_eq!(idx.line_text(4), "g");
    assert_eq!(idx.line_text(0), "");
    assert_eq!(idx.line_text(5), "");
    let idx = LineIndex::new("");
    assert_eq!(idx.line_col(0), (1, 0));
    assert_eq!(idx.line_text(1), "");
}

/// Parses (or refuses) every deep input, and drops the result, on the
/// current thread's stack.
fn deep_inputs() {
    let n = 100_000;
    let cases = [
        format!("x = {}1", "-".repeat(n)),
        format!("x = {}x", "not ".repeat(n)),
        format!("x = 1{}", "+1".repeat(n)),
        format!("x = a{}", ".b".repeat(n)),
        format!("x = a{}", "[0]".repeat(n)),
        format!("x = f{}", "()".repeat(n)),
        format!("x = 2{}", "**2".repeat(n)),
        format!("x = {}1", "lambda: ".repeat(n)),
        format!("x = {}1", "1 if 1 else ".repeat(n)),
        format!("x = {}x", "~".repeat(n)),
        format!("x = 1{}", " < 1".repeat(n)),
        format!("x = 1{}", " or 1".repeat(n)),
        format!("x = [{}]", "1, ".repeat(n)),
        format!("x {}= 1", "= x ".repeat(n)),
        format!("if x: pass\n{}", "elif x: pass\n".repeat(n / 10)),
        format!("x = {}1{}", "(".repeat(n), ")".repeat(n)),
        format!("x = f'{{{}}}'", "-".repeat(n)),
    ];
    for src in &cases {
        match parse_module(src) {
            Ok(m) => drop(m),
            Err(e) => assert!(
                e.message.contains("too")
                    || e.message.contains("nested")
                    || e.message.contains("f-string"),
                "{}: {e:?}",
                &src[..20]
            ),
        }
    }
    // Just under the limit still parses (CPython accepts a 2,900-term sum).
    assert!(parse_module(&format!("x = 1{}", "+1".repeat(2900))).is_ok());
    assert!(parse_module(&format!("x = {}1", "-".repeat(2900))).is_ok());
}

#[test]
fn deep_input_on_a_small_stack() {
    // Test threads have 2 MiB stacks; run on a thread of exactly that size.
    let worker = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(deep_inputs);
    assert!(worker.expect("spawn").join().is_ok());
}

#[test]
fn deep_input_on_the_main_thread_size() {
    let worker = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(deep_inputs);
    assert!(worker.expect("spawn").join().is_ok());
}
