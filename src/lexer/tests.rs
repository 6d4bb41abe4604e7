//! Tests of the layout half of the lexer (indentation, brackets, line
//! joining, end of input) and of tokenizer error messages. Expected errors
//! and caret offsets were checked against CPython 3.11.

use super::token::{LexError, LexErrorKind, Tok};
use super::{Lexer, is_incomplete};
use num_bigint::BigInt;

/// The tokens of `src`; fails the test on a lexer error.
pub(super) fn toks(src: &str) -> Vec<Tok> {
    Lexer::new(src)
        .map(|item| match item {
            Ok((_, tok, _)) => tok,
            Err(e) => panic!("unexpected error for {src:?}: {e:?}"),
        })
        .collect()
}

/// The tokens of `src` with their spans.
fn spanned(src: &str) -> Vec<(usize, Tok, usize)> {
    Lexer::new(src)
        .map(|item| item.expect("no error"))
        .collect()
}

/// The first error of `src`; fails the test if there is none.
pub(super) fn error(src: &str) -> LexError {
    let mut lexer = Lexer::new(src);
    let found = lexer.find_map(Result::err);
    assert_eq!(lexer.next(), None, "the iterator ends after an error");
    found.unwrap_or_else(|| panic!("expected an error for {src:?}"))
}

/// Asserts `src` fails with a SyntaxError `message` at byte `offset`.
pub(super) fn syntax_error(src: &str, message: &str, offset: usize) {
    let e = error(src);
    assert_eq!(
        (e.kind, e.message.as_str(), e.offset),
        (LexErrorKind::Syntax, message, offset),
        "for {src:?}"
    );
}

fn name(n: &str) -> Tok {
    Tok::Name(n.to_owned())
}

fn int(i: i64) -> Tok {
    Tok::Int(BigInt::from(i))
}

use Tok::{Dedent, Indent, Newline};

#[test]
fn empty_input_and_comment_only_input_give_no_tokens() {
    assert_eq!(toks(""), vec![]);
    assert_eq!(toks("# just a comment"), vec![]);
    assert_eq!(toks("\n\n  \n\t# c\n\x0c\n"), vec![]);
    assert_eq!(toks("   "), vec![]);
}

#[test]
fn final_newline_is_added_when_missing() {
    assert_eq!(toks("x"), vec![name("x"), Newline]);
    assert_eq!(toks("x\n"), vec![name("x"), Newline]);
    assert_eq!(toks("x  # comment"), vec![name("x"), Newline]);
    // The synthetic NEWLINE is zero-width at the end.
    assert_eq!(spanned("x")[1], (1, Newline, 1));
}

#[test]
fn indent_and_dedent() {
    let src = "if x:\n    y\nz\n";
    assert_eq!(
        toks(src),
        vec![
            Tok::If,
            name("x"),
            Tok::Colon,
            Newline,
            Indent,
            name("y"),
            Newline,
            Dedent,
            name("z"),
            Newline
        ]
    );
    let spans = spanned(src);
    // INDENT spans the whitespace; DEDENT is zero-width at the next token.
    assert_eq!(spans[4], (6, Indent, 10));
    assert_eq!(spans[7], (12, Dedent, 12));
}

#[test]
fn dedent_several_levels_at_once() {
    let src = "if a:\n  if b:\n    if c:\n      d\ne\n";
    let tokens = toks(src);
    let dedents = tokens.iter().filter(|t| **t == Dedent).count();
    assert_eq!(dedents, 3);
    assert_eq!(
        &tokens[tokens.len() - 5..],
        &[Dedent, Dedent, Dedent, name("e"), Newline]
    );
}

#[test]
fn dedents_at_end_of_input() {
    let src = "def f():\n  if x:\n    return 1";
    let tokens = toks(src);
    assert_eq!(
        &tokens[tokens.len() - 4..],
        &[int(1), Newline, Dedent, Dedent]
    );
    let spans = spanned(src);
    assert_eq!(spans.last(), Some(&(src.len(), Dedent, src.len())));
}

#[test]
fn blank_and_comment_lines_do_not_affect_indentation() {
    let src = "if x:\n\n   # odd comment\n  y\n        \n# c\n  z\n";
    assert_eq!(
        toks(src),
        vec![
            Tok::If,
            name("x"),
            Tok::Colon,
            Newline,
            Indent,
            name("y"),
            Newline,
            name("z"),
            Newline,
            Dedent
        ]
    );
}

#[test]
fn brackets_join_lines_and_ignore_indentation() {
    let src = "x = (1,\n        2,\n\n  # c\n3)\ny = [\n]\n";
    assert_eq!(
        toks(src),
        vec![
            name("x"),
            Tok::Equal,
            Tok::LPar,
            int(1),
            Tok::Comma,
            int(2),
            Tok::Comma,
            int(3),
            Tok::RPar,
            Newline,
            name("y"),
            Tok::Equal,
            Tok::LSqb,
            Tok::RSqb,
            Newline
        ]
    );
}

#[test]
fn backslash_continuation_joins_lines() {
    assert_eq!(
        toks("x = 1 + \\\n      2\n"),
        vec![name("x"), Tok::Equal, int(1), Tok::Plus, int(2), Newline]
    );
    // A continuation followed by an empty line ends the statement there.
    assert_eq!(
        toks("x = 1 \\\n\n"),
        vec![name("x"), Tok::Equal, int(1), Newline]
    );
    // At the start of a line the first backslash fixes the indentation.
    assert_eq!(
        toks("if 1:\n  \\\n  x\n"),
        vec![
            Tok::If,
            int(1),
            Tok::Colon,
            Newline,
            Indent,
            name("x"),
            Newline,
            Dedent
        ]
    );
    assert_eq!(
        toks("if 1:\n\\\n  x\n"),
        vec![
            Tok::If,
            int(1),
            Tok::Colon,
            Newline,
            Indent,
            name("x"),
            Newline,
            Dedent
        ]
    );
    assert_eq!(
        toks("x = \\\r\n 1"),
        vec![name("x"), Tok::Equal, int(1), Newline]
    );
}

#[test]
fn crlf_and_lone_cr_newlines() {
    let expected = vec![
        Tok::If,
        int(1),
        Tok::Colon,
        Newline,
        Indent,
        name("x"),
        Newline,
        Dedent,
        name("y"),
        Newline,
    ];
    assert_eq!(toks("if 1:\r\n  x\r\n\r\ny\r\n"), expected);
    assert_eq!(toks("if 1:\r  x\r\ry\r"), expected);
    assert_eq!(spanned("x\r\ny")[1], (1, Newline, 3));
}

#[test]
fn bom_is_skipped() {
    assert_eq!(
        spanned("\u{feff}x = 1"),
        vec![
            (3, name("x"), 4),
            (5, Tok::Equal, 6),
            (7, int(1), 8),
            (8, Newline, 8)
        ]
    );
    syntax_error(
        "x = 1\n\u{feff}y",
        "invalid non-printable character U+FEFF",
        6,
    );
}

#[test]
fn form_feed_resets_the_column() {
    // `  \f  x` is at column 2, like `  y`.
    assert_eq!(
        toks("if 1:\n  y\n  \x0c  x\n"),
        vec![
            Tok::If,
            int(1),
            Tok::Colon,
            Newline,
            Indent,
            name("y"),
            Newline,
            name("x"),
            Newline,
            Dedent
        ]
    );
    // A form feed inside a line is whitespace.
    assert_eq!(
        toks("x\x0c= 1"),
        vec![name("x"), Tok::Equal, int(1), Newline]
    );
}

#[test]
fn tabs_count_to_the_next_multiple_of_eight() {
    assert_eq!(
        toks("if 1:\n\tx\n\ty\n"),
        vec![
            Tok::If,
            int(1),
            Tok::Colon,
            Newline,
            Indent,
            name("x"),
            Newline,
            name("y"),
            Newline,
            Dedent
        ]
    );
    // Tab-then-spaces consistently is fine.
    assert_eq!(toks("if 1:\n\t  x\n\t  y\n").len(), 10);
}

#[test]
fn indentation_errors() {
    let e = error("if 1:\n    x\n  y\n");
    assert_eq!(
        (e.kind, e.message.as_str(), e.offset),
        (
            LexErrorKind::Indentation,
            "unindent does not match any outer indentation level",
            15
        )
    );
    let e = error("if 1:\r\n    x\r\n  y");
    assert_eq!((e.kind, e.offset), (LexErrorKind::Indentation, 17));
}

#[test]
fn tab_errors() {
    for (src, offset) in [
        ("if 1:\n\tx\n        y\n", 9),
        ("if 1:\n        x\n\ty\n", 16),
        ("if 1:\n  \tx\n\t  y\n", 11),
        ("if 1:\n \tx\n\ty\n", 10),
    ] {
        let e = error(src);
        assert_eq!(
            (e.kind, e.message.as_str(), e.offset),
            (
                LexErrorKind::Tab,
                "inconsistent use of tabs and spaces in indentation",
                offset
            ),
            "for {src:?}"
        );
    }
}

#[test]
fn too_many_levels_of_indentation() {
    let mut src = String::from("if 1:\n");
    for depth in 1..100 {
        src.push_str(&" ".repeat(depth));
        src.push_str("if 1:\n");
    }
    let ok = format!("{src}{}x\n", " ".repeat(99));
    assert!(Lexer::new(&ok).all(|t| t.is_ok()), "99 levels are allowed");
    let line_start = src.len();
    src.push_str(&" ".repeat(100));
    src.push_str("x\n");
    let e = error(&src);
    assert_eq!(
        (e.kind, e.message.as_str(), e.offset),
        (
            LexErrorKind::Indentation,
            "too many levels of indentation",
            line_start
        )
    );
}

#[test]
fn unexpected_indent_is_left_to_the_parser() {
    // The parser turns an INDENT it does not expect into IndentationError.
    assert_eq!(toks("  x"), vec![Indent, name("x"), Newline, Dedent]);
}

#[test]
fn line_continuation_errors() {
    syntax_error(
        "\\ x",
        "unexpected character after line continuation character",
        1,
    );
    syntax_error(
        "x = 1 \\\\",
        "unexpected character after line continuation character",
        7,
    );
    syntax_error(
        "f(a \\ b)\n",
        "unexpected character after line continuation character",
        5,
    );
    syntax_error("x = 1 \\", "unexpected EOF while parsing", 7);
    syntax_error("x = 1 \\\n", "unexpected EOF while parsing", 7);
    syntax_error("  \\\n", "unexpected EOF while parsing", 3);
    syntax_error("x = 1 \\\n  \\\n", "unexpected EOF while parsing", 11);
    // Inside brackets the end of input names the open bracket.
    syntax_error("[\t\\\n", "'[' was never closed", 0);
}

#[test]
fn bracket_errors() {
    syntax_error("x = )", "unmatched ')'", 4);
    syntax_error(
        "x = (]",
        "closing parenthesis ']' does not match opening parenthesis '('",
        5,
    );
    syntax_error(
        "x = (\n]",
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        6,
    );
    syntax_error(
        "x = {1:2)\n",
        "closing parenthesis ')' does not match opening parenthesis '{'",
        8,
    );
    syntax_error("x = (1,\n", "'(' was never closed", 4);
    syntax_error("x = (1, [2,\n 3", "'[' was never closed", 8);
    syntax_error("def f():\n  x = (1,\n", "'(' was never closed", 15);
}

#[test]
fn bracket_nesting_limit() {
    let ok = format!("{}{}", "(".repeat(200), ")".repeat(200));
    assert!(Lexer::new(&ok).all(|t| t.is_ok()));
    let deep = format!("{}{}", "(".repeat(201), ")".repeat(201));
    syntax_error(&deep, "too many nested parentheses", 200);
}

#[test]
fn invalid_characters() {
    syntax_error("€", "invalid character '€' (U+20AC)", 0);
    syntax_error("a€b", "invalid character '€' (U+20AC)", 1);
    syntax_error("x\x01", "invalid non-printable character U+0001", 1);
    syntax_error("x = \u{a0}", "invalid non-printable character U+00A0", 4);
    syntax_error("x = ?", "invalid syntax", 4);
    syntax_error("$", "invalid syntax", 0);
    syntax_error("!", "invalid syntax", 0);
}

#[test]
fn unicode_identifiers() {
    assert_eq!(
        toks("héllo = 日本"),
        vec![name("héllo"), Tok::Equal, name("日本"), Newline]
    );
    assert_eq!(
        toks("_x1 __init__"),
        vec![name("_x1"), name("__init__"), Newline]
    );
    // A combining mark may continue a name but not start one.
    assert_eq!(toks("a\u{301}"), vec![name("a\u{301}"), Newline]);
    syntax_error("\u{301}", "invalid character '\u{301}' (U+0301)", 0);
}

#[test]
fn keywords_and_soft_keywords() {
    assert_eq!(
        toks("if elif else None True False async await match case _"),
        vec![
            Tok::If,
            Tok::Elif,
            Tok::Else,
            Tok::None,
            Tok::True,
            Tok::False,
            Tok::Async,
            Tok::Await,
            name("match"),
            name("case"),
            name("_"),
            Newline
        ]
    );
    assert_eq!(toks("iff Nonex"), vec![name("iff"), name("Nonex"), Newline]);
}

#[test]
fn operators_longest_match() {
    assert_eq!(
        toks("a**=b//=c>>=d<<=e->f:=g...h!=i==j<=k>=l@=m"),
        vec![
            name("a"),
            Tok::DoubleStarEqual,
            name("b"),
            Tok::DoubleSlashEqual,
            name("c"),
            Tok::RightShiftEqual,
            name("d"),
            Tok::LeftShiftEqual,
            name("e"),
            Tok::RArrow,
            name("f"),
            Tok::ColonEqual,
            name("g"),
            Tok::Ellipsis,
            name("h"),
            Tok::NotEqual,
            name("i"),
            Tok::EqEqual,
            name("j"),
            Tok::LessEqual,
            name("k"),
            Tok::GreaterEqual,
            name("l"),
            Tok::AtEqual,
            name("m"),
            Newline
        ]
    );
    assert_eq!(
        toks("+ - * / % | & ^ ~ < > = . , ; : @ ** // << >> += -= *= /= %= &= |= ^="),
        vec![
            Tok::Plus,
            Tok::Minus,
            Tok::Star,
            Tok::Slash,
            Tok::Percent,
            Tok::VBar,
            Tok::Amper,
            Tok::CircumFlex,
            Tok::Tilde,
            Tok::Less,
            Tok::Greater,
            Tok::Equal,
            Tok::Dot,
            Tok::Comma,
            Tok::Semi,
            Tok::Colon,
            Tok::At,
            Tok::DoubleStar,
            Tok::DoubleSlash,
            Tok::LeftShift,
            Tok::RightShift,
            Tok::PlusEqual,
            Tok::MinEqual,
            Tok::StarEqual,
            Tok::SlashEqual,
            Tok::PercentEqual,
            Tok::AmperEqual,
            Tok::VBarEqual,
            Tok::CircumflexEqual,
            Newline
        ]
    );
    assert_eq!(
        toks("x..y"),
        vec![name("x"), Tok::Dot, Tok::Dot, name("y"), Newline]
    );
}

#[test]
fn null_bytes_are_rejected() {
    syntax_error(
        "x = 1\n# a\0b\n",
        "source code cannot contain null bytes",
        9,
    );
    // Lines before the null byte are lexed first.
    let items: Vec<_> = Lexer::new("x\ny = '\0'\n").collect();
    assert_eq!(items.len(), 3);
    assert!(items[..2].iter().all(Result::is_ok));
    // Even when a string runs into the cut.
    syntax_error("x = '''\n\0'''", "source code cannot contain null bytes", 8);
}

#[test]
fn incomplete_input_for_the_repl() {
    for src in [
        "if (x",
        "x = [1,\n",
        "s = '''abc\n",
        "x = 1 + \\\n",
        "f(a,\\\n",
    ] {
        assert!(is_incomplete(&error(src)), "{src:?} is incomplete");
    }
    for src in ["x = )", "s = 'abc\n", "1abc", "if 1:\n    x\n  y\n"] {
        assert!(!is_incomplete(&error(src)), "{src:?} is complete");
    }
}

#[test]
fn iterator_ends_after_the_first_error() {
    let items: Vec<_> = Lexer::new("x = 1abc + )").collect();
    assert_eq!(items.len(), 3);
    assert_eq!(
        items[2].as_ref().map_err(|e| e.message.as_str()),
        Err("invalid decimal literal")
    );
}

#[test]
fn tokenizer_errors_after_a_parse_error() {
    // `!` is the parser's "invalid syntax", then CPython scans on and
    // reports the tokenizer's error instead.
    let mut lexer = Lexer::new("!.0b1_0 )(  ");
    let e = lexer.find_map(Result::err).expect("error");
    assert_eq!(e.message, "invalid syntax");
    let later = lexer.error_after_parse_error(e.offset).expect("override");
    assert_eq!(
        (later.message.as_str(), later.offset),
        ("invalid decimal literal", 2)
    );

    // A parse error on line 2 inside a bracket opened on line 1: the stop
    // at the bad continuation turns into "never closed".
    let mut lexer = Lexer::new("j(\\\nin\\N{+...");
    assert!(lexer.by_ref().take(2).all(|t| t.is_ok()));
    let later = lexer.error_after_parse_error(4).expect("override");
    assert_eq!(
        (later.message.as_str(), later.offset),
        ("'(' was never closed", 1)
    );

    // ... but not when the bracket is on the error's line.
    let mut lexer = Lexer::new("f(in");
    assert!(lexer.by_ref().take(2).all(|t| t.is_ok()));
    assert_eq!(lexer.error_after_parse_error(2), None);

    // Errors in literal bodies are the parser's and are skipped.
    let mut lexer = Lexer::new("x = 1 1\ny = '\\x'\nz = 0b2\n");
    assert!(lexer.by_ref().take(3).all(|t| t.is_ok()));
    let later = lexer.error_after_parse_error(6).expect("override");
    assert_eq!(later.message, "invalid digit '2' in binary literal");

    // Nothing to add after the lexer's own tokenizer error.
    let mut lexer = Lexer::new("x = )\ny = 1abc");
    let e = lexer.find_map(Result::err).expect("error");
    assert_eq!(lexer.error_after_parse_error(e.offset), None);
}

#[test]
fn no_panics_on_awkward_input() {
    let samples = [
        "\\",
        "\r",
        "'",
        "'''",
        "f'{",
        "f'{x!",
        "f'{x:{",
        "0x",
        "0b_",
        "1e+",
        "\u{feff}",
        "\u{feff}\\",
        "(\\",
        "\t\x0c\\\r\n",
        "é\\\r\n",
        "b'\\",
        "f'\\",
        "'\\\r",
        "0_",
        ".0e",
        "rb'''\\",
        "\x0c\x0c#",
        "if 1:\n\t\x0c \\\n x",
    ];
    for src in samples {
        let mut lexer = Lexer::new(src);
        let first_error = lexer.by_ref().find_map(Result::err);
        if let Some(e) = first_error {
            assert!(e.offset <= src.len(), "offset in range for {src:?}");
            let _ = lexer.error_after_parse_error(e.offset);
        }
    }
}
