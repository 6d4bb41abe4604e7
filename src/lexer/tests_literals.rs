//! Tests of number, string, bytes and f-string literals. Expected values
//! and error messages were checked against CPython 3.11.

use super::Lexer;
use super::tests::{error, syntax_error, toks};
use super::token::{FStringField, FStringPiece, Tok};
use num_bigint::BigInt;

/// The single literal token of `src` (followed by NEWLINE).
fn literal(src: &str) -> Tok {
    let mut tokens = toks(src);
    assert_eq!(tokens.len(), 2, "one literal in {src:?}: {tokens:?}");
    tokens.swap_remove(0)
}

fn int(src: &str) -> BigInt {
    match literal(src) {
        Tok::Int(i) => i,
        other => panic!("{src:?} gave {other:?}"),
    }
}

fn float(src: &str) -> f64 {
    match literal(src) {
        Tok::Float(x) => x,
        other => panic!("{src:?} gave {other:?}"),
    }
}

fn string(src: &str) -> String {
    match literal(src) {
        Tok::Str(s) => s,
        other => panic!("{src:?} gave {other:?}"),
    }
}

fn bytes(src: &str) -> Vec<u8> {
    match literal(src) {
        Tok::Bytes(b) => b,
        other => panic!("{src:?} gave {other:?}"),
    }
}

fn fstring(src: &str) -> Vec<FStringPiece> {
    match literal(src) {
        Tok::FString(pieces) => pieces,
        other => panic!("{src:?} gave {other:?}"),
    }
}

fn text(s: &str) -> FStringPiece {
    FStringPiece::Literal(s.to_owned())
}

fn field(expr: &str, offset: usize) -> FStringField {
    FStringField {
        expr_source: expr.to_owned(),
        expr_offset: offset,
        debug_text: None,
        conversion: None,
        format_spec: None,
    }
}

#[test]
fn integers_in_every_base() {
    assert_eq!(int("0"), BigInt::from(0));
    assert_eq!(int("00"), BigInt::from(0));
    assert_eq!(int("0_0"), BigInt::from(0));
    assert_eq!(int("1_000"), BigInt::from(1000));
    assert_eq!(int("0x_ff"), BigInt::from(255));
    assert_eq!(int("0XFF"), BigInt::from(255));
    assert_eq!(int("0o17"), BigInt::from(15));
    assert_eq!(int("0b1010"), BigInt::from(10));
    assert_eq!(int("0b_1_0"), BigInt::from(2));
    assert_eq!(int("18446744073709551615"), BigInt::from(u64::MAX));
    assert_eq!(
        int("123456789012345678901234567890"),
        "123456789012345678901234567890".parse::<BigInt>().unwrap()
    );
    assert_eq!(
        int("0xFFFF_FFFF_FFFF_FFFF_FFFF"),
        "1208925819614629174706175".parse::<BigInt>().unwrap()
    );
}

#[test]
fn floats() {
    assert_eq!(float("1."), 1.0);
    assert_eq!(float(".5"), 0.5);
    assert_eq!(float("1e10"), 1e10);
    assert_eq!(float("1_0.5e-3"), 10.5e-3);
    assert_eq!(float("1E+5"), 1e5);
    assert_eq!(float("09.5"), 9.5);
    assert_eq!(float("0e0"), 0.0);
    assert_eq!(float("0.1"), 0.1);
    assert_eq!(float("1e400"), f64::INFINITY);
}

#[test]
fn numbers_next_to_keywords() {
    // CPython accepts (with a warning) a number running into these keywords.
    assert_eq!(
        toks("1if x else 2")[..2],
        [Tok::Int(BigInt::from(1)), Tok::If]
    );
    assert_eq!(toks("1else")[..2], [Tok::Int(BigInt::from(1)), Tok::Else]);
    assert_eq!(toks("0x1for")[..2], [Tok::Int(BigInt::from(31)), Tok::Or]);
    assert_eq!(toks("1.5and")[..2], [Tok::Float(1.5), Tok::And]);
    syntax_error("1andy", "invalid decimal literal", 0);
}

#[test]
fn number_errors() {
    for (src, message, offset) in [
        ("1abc", "invalid decimal literal", 0),
        ("x = 1_", "invalid decimal literal", 5),
        ("1__0", "invalid decimal literal", 1),
        ("1.5_", "invalid decimal literal", 3),
        ("1e", "invalid decimal literal", 0),
        ("1e+", "invalid decimal literal", 2),
        ("1.e5x", "invalid decimal literal", 3),
        ("0_", "invalid decimal literal", 1),
        ("0x", "invalid hexadecimal literal", 1),
        ("0xg", "invalid hexadecimal literal", 1),
        ("0x_", "invalid hexadecimal literal", 2),
        ("0b", "invalid binary literal", 1),
        ("0b1_", "invalid binary literal", 3),
        ("0b2", "invalid digit '2' in binary literal", 2),
        ("0b12", "invalid digit '2' in binary literal", 3),
        ("0o", "invalid octal literal", 1),
        ("0o8", "invalid digit '8' in octal literal", 2),
        (
            "x = 09",
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            4,
        ),
        (
            "012",
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            0,
        ),
        ("1j", "complex literals are not supported", 0),
        ("x = 1.5J + 1", "complex literals are not supported", 4),
    ] {
        syntax_error(src, message, offset);
    }
    // Non-ASCII after a number ends it; the character is then checked.
    syntax_error("1€", "invalid character '€' (U+20AC)", 1);
}

#[test]
fn string_quotes_and_prefixes() {
    assert_eq!(string("'a'"), "a");
    assert_eq!(string("\"a\""), "a");
    assert_eq!(string("''"), "");
    assert_eq!(string("''''''"), "");
    assert_eq!(string("'''a'b\"c'''"), "a'b\"c");
    assert_eq!(string("\"\"\"two\nlines\"\"\""), "two\nlines");
    assert_eq!(string("u'x'"), "x");
    assert_eq!(string("U\"x\""), "x");
    assert_eq!(string("r'\\n\\''"), "\\n\\'");
    assert_eq!(string("R'\\d'"), "\\d");
    assert_eq!(bytes("b'x'"), b"x");
    assert_eq!(bytes("rb'\\x00'"), b"\\x00");
    assert_eq!(bytes("Br'\\\\'"), b"\\\\");
    assert_eq!(bytes("bR'x'"), b"x");
    // Not prefixes: a name followed by a string.
    assert_eq!(
        toks("ub'x'")[..2],
        [Tok::Name("ub".into()), Tok::Str("x".into())]
    );
    // Implicit concatenation is the parser's job: two tokens.
    assert_eq!(toks("'a' 'b'").len(), 3);
}

#[test]
fn string_escapes() {
    assert_eq!(
        string(r#"'\a\b\f\n\r\t\v\\\'\"'"#),
        "\x07\x08\x0c\n\r\t\x0b\\'\""
    );
    assert_eq!(string(r"'\0\7\77\101\777'"), "\0\x07?A\u{1ff}");
    assert_eq!(string(r"'\x41\u00e9\U0001F600'"), "Aé😀");
    // Unknown escapes stay as written (CPython only warns).
    assert_eq!(string(r"'\d\8\q\é'"), "\\d\\8\\q\\é");
    // `\` + newline joins lines inside a string.
    assert_eq!(string("'a\\\nb'"), "ab");
    assert_eq!(string("'a\\\r\nb'"), "ab");
    // Newlines inside literals are translated, raw or not.
    assert_eq!(string("'''a\r\nb\rc'''"), "a\nb\nc");
    assert_eq!(string("r'''a\r\nb\\\r\nc'''"), "a\nb\\\nc");
}

#[test]
fn bytes_escapes() {
    assert_eq!(bytes(r"b'\x41\xff\0\777\n\\'"), b"A\xff\0\xff\n\\");
    assert_eq!(bytes(r"b'\u00e9\N{X}\d'"), b"\\u00e9\\N{X}\\d");
    syntax_error("b'é'", "bytes can only contain ASCII literal characters", 0);
    syntax_error(
        "x = b'\\xz'",
        "(value error) invalid \\x escape at position 0",
        10,
    );
    syntax_error(
        "x = b'ab\\x4'",
        "(value error) invalid \\x escape at position 2",
        12,
    );
}

#[test]
fn string_escape_errors() {
    for (src, message, offset) in [
        (
            "x = \"\\x4\"",
            "can't decode bytes in position 0-2: truncated \\xXX escape",
            9,
        ),
        (
            "x = \"ab\\xg\"",
            "can't decode bytes in position 2-3: truncated \\xXX escape",
            11,
        ),
        (
            "x = \"é\\x4\"",
            "can't decode bytes in position 10-12: truncated \\xXX escape",
            11,
        ),
        (
            "x = \"\\é\\x4\"",
            "can't decode bytes in position 16-18: truncated \\xXX escape",
            12,
        ),
        (
            "x = \"\\u12\"",
            "can't decode bytes in position 0-3: truncated \\uXXXX escape",
            10,
        ),
        (
            "x = \"\\U0011ffff\"",
            "can't decode bytes in position 0-9: illegal Unicode character",
            16,
        ),
        (
            "x=\"\\N\"",
            "can't decode bytes in position 0-1: malformed \\N character escape",
            6,
        ),
        // The caret goes to the token after the literal(s).
        (
            "x = \"\\x4\"  # c",
            "can't decode bytes in position 0-2: truncated \\xXX escape",
            11,
        ),
        (
            "x = \"\\x4\" + 1",
            "can't decode bytes in position 0-2: truncated \\xXX escape",
            10,
        ),
        (
            "x = \"\\x4\" \"a\"",
            "can't decode bytes in position 0-2: truncated \\xXX escape",
            13,
        ),
    ] {
        syntax_error(
            src,
            &format!("(unicode error) 'unicodeescape' codec {message}"),
            offset,
        );
    }
    let e = error("'\\N{NO SUCH NAME}'");
    assert!(
        e.message.contains("unknown Unicode character name"),
        "{}",
        e.message
    );
    let e = error("'\\ud800'");
    assert!(e.message.contains("surrogate"), "{}", e.message);
}

#[test]
fn a_tokenizer_error_right_after_a_literal_wins() {
    syntax_error("b'é' )", "unmatched ')'", 6);
    syntax_error("'\\x' 1abc", "invalid decimal literal", 5);
}

#[test]
fn unterminated_strings() {
    syntax_error(
        "x = \"abc",
        "unterminated string literal (detected at line 1)",
        4,
    );
    syntax_error(
        "x = (\"abc\n)",
        "unterminated string literal (detected at line 1)",
        5,
    );
    syntax_error(
        "x = 'abc\\\ndef",
        "unterminated string literal (detected at line 2)",
        4,
    );
    syntax_error(
        "x = rb'abc",
        "unterminated string literal (detected at line 1)",
        4,
    );
    syntax_error(
        "r'\\'",
        "unterminated string literal (detected at line 1)",
        0,
    );
    syntax_error(
        "x = \"\"\"abc\n\n",
        "unterminated triple-quoted string literal (detected at line 2)",
        4,
    );
    syntax_error(
        "x = \"\"\"abc\n\ny",
        "unterminated triple-quoted string literal (detected at line 3)",
        4,
    );
    syntax_error(
        "x = rb'''abc",
        "unterminated triple-quoted string literal (detected at line 1)",
        4,
    );
}

#[test]
fn fstring_splitting() {
    assert_eq!(fstring("f''"), vec![]);
    assert_eq!(fstring("f'abc'"), vec![text("abc")]);
    assert_eq!(
        fstring("f'a{x}b'"),
        vec![text("a"), FStringPiece::Field(field("x", 4)), text("b")]
    );
    assert_eq!(fstring("f'{{}} {{x}}'"), vec![text("{} {x}")]);
    assert_eq!(
        fstring("f'{{{x}}}'"),
        vec![text("{"), FStringPiece::Field(field("x", 5)), text("}")]
    );
    assert_eq!(
        fstring("F'\\t{ x }\\n'"),
        vec![text("\t"), FStringPiece::Field(field(" x ", 5)), text("\n")]
    );
    assert_eq!(
        fstring("rf'\\t{x}'"),
        vec![text("\\t"), FStringPiece::Field(field("x", 6))]
    );
    // `\{` is a backslash, then a field.
    assert_eq!(
        fstring("f'\\{6}'"),
        vec![text("\\"), FStringPiece::Field(field("6", 4))]
    );
}

#[test]
fn fstring_fields_respect_brackets_and_strings() {
    let one_field = |src: &str| match fstring(src).as_slice() {
        [FStringPiece::Field(f)] => f.clone(),
        other => panic!("{src:?} gave {other:?}"),
    };
    assert_eq!(one_field("f\"{d['a']}\"").expr_source, "d['a']");
    assert_eq!(one_field("f'{\"{\"}'").expr_source, "\"{\"");
    assert_eq!(one_field("f'{x!=y}'").expr_source, "x!=y");
    assert_eq!(one_field("f'{x==y}'").expr_source, "x==y");
    assert_eq!(one_field("f'{x<y}'").expr_source, "x<y");
    assert_eq!(one_field("f'{(x:=3)}'").expr_source, "(x:=3)");
    assert_eq!(
        one_field("f'{[x for x in y]}'").expr_source,
        "[x for x in y]"
    );
    assert_eq!(
        one_field("f'''{\"\"\"a\"\"\"}'''").expr_source,
        "\"\"\"a\"\"\""
    );
    assert_eq!(one_field("f'''{\nx\n}'''").expr_source, "\nx\n");
    // Offsets count from the start of the file.
    let pieces = match toks("y = f'ab{c}'").swap_remove(2) {
        Tok::FString(p) => p,
        other => panic!("{other:?}"),
    };
    assert_eq!(pieces[1], FStringPiece::Field(field("c", 9)));
}

#[test]
fn fstring_conversions_specs_and_debug() {
    let f = |src: &str| match fstring(src).swap_remove(0) {
        FStringPiece::Field(f) => f,
        other => panic!("{other:?}"),
    };
    let x = f("f'{x!r}'");
    assert_eq!((x.conversion, x.format_spec), (Some('r'), None));
    let x = f("f'{x!s:>10}'");
    assert_eq!(
        (x.conversion, x.format_spec),
        (Some('s'), Some(vec![text(">10")]))
    );
    let x = f("f'{x:}'");
    assert_eq!(x.format_spec, Some(vec![]));
    // Nested fields in the spec; doubled braces are not collapsed there.
    let x = f("f'{x!r:>{width}.{p}}'");
    assert_eq!(
        x.format_spec,
        Some(vec![
            text(">"),
            FStringPiece::Field(field("width", 9)),
            text("."),
            FStringPiece::Field(field("p", 17)),
        ])
    );
    let x = f("f'{x:{{}}}'");
    assert_eq!(
        x.format_spec,
        Some(vec![FStringPiece::Field(field("{}", 6))])
    );
    // `=`: the debug text, and repr unless a conversion or spec is given.
    let x = f("f'{x = }'");
    assert_eq!(
        (
            x.expr_source.as_str(),
            x.debug_text.as_deref(),
            x.conversion
        ),
        ("x ", Some("x = "), Some('r'))
    );
    let x = f("f'{x=!s}'");
    assert_eq!(
        (x.debug_text.as_deref(), x.conversion),
        (Some("x="), Some('s'))
    );
    let x = f("f'{x=:>5}'");
    assert_eq!((x.debug_text.as_deref(), x.conversion), (Some("x="), None));
    assert_eq!(x.format_spec, Some(vec![text(">5")]));
}

#[test]
fn fstring_errors() {
    for (src, message, offset) in [
        ("f'{}'", "f-string: empty expression not allowed", 5),
        ("f'{ }'", "f-string: empty expression not allowed", 6),
        ("f'{!r}'", "f-string: expression required before '!'", 7),
        ("f'{:x}'", "f-string: expression required before ':'", 7),
        ("f'{=}'", "f-string: expression required before '='", 6),
        (
            "f'{x!}'",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            7,
        ),
        (
            "f'{x!z}'",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            8,
        ),
        ("f'{x!r }'", "f-string: expecting '}'", 9),
        ("f'{x}}'", "f-string: single '}' is not allowed", 7),
        ("f'}'", "f-string: single '}' is not allowed", 4),
        ("f'{x'", "f-string: expecting '}'", 5),
        ("f'{x:'", "f-string: expecting '}'", 6),
        ("f'{x:{y}'", "f-string: expecting '}'", 9),
        (
            "f'{\\'a\\'}'",
            "f-string expression part cannot include a backslash",
            10,
        ),
        ("f'{#}'", "f-string expression part cannot include '#'", 6),
        (
            "f'{x:{y:{z}}}'",
            "f-string: expressions nested too deeply",
            14,
        ),
        ("f'{a)}'", "f-string: unmatched ')'", 7),
        (
            "f'{a(}'",
            "f-string: closing parenthesis '}' does not match opening parenthesis '('",
            7,
        ),
        (
            "f'{a[}'",
            "f-string: closing parenthesis '}' does not match opening parenthesis '['",
            7,
        ),
        ("f'{\"a}'", "f-string: unterminated string", 7),
        ("x = f'{)}' + 1", "f-string: unmatched ')'", 11),
        ("f'a' f'{'", "f-string: expecting '}'", 9),
    ] {
        syntax_error(src, message, offset);
    }
}

#[test]
fn literal_errors_leave_earlier_tokens_intact() {
    // The stand-in token comes first, the error with the next token.
    let items: Vec<_> = Lexer::new("x = '\\x'").collect();
    assert_eq!(items.len(), 4);
    assert!(items[..3].iter().all(Result::is_ok));
    assert!(items[3].is_err());
}
