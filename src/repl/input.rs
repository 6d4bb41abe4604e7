//! Deciding when interactive input is complete, and how far to indent the
//! next line.
//!
//! The REPL reads one physical line at a time and keeps the lines of the
//! statement being typed in an [`Input`]. After each line the parser decides
//! (its "unexpected end of input" flag, [`SourceError::unexpected_eof`]):
//!
//! * a simple statement that parses is run at once;
//! * a compound statement (`if`, `def`, ...) that parses waits for a blank
//!   line, as in CPython, so that more of its body can follow;
//! * input that ends early (an open bracket, a block header, an unfinished
//!   triple-quoted string) asks for another line;
//! * anything else is run as it is, so the compiler reports the error.
//!
//! A blank line ends a block, except inside brackets or a string, where it
//! is just part of the text.

use crate::parser::ast::StmtKind;
use crate::parser::error::SourceError;

/// Spaces per indentation level of auto-indent.
pub const INDENT: usize = 4;

/// What to do after a line was added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    /// Read another line (prompt `... `), pre-filled with this many spaces.
    More(usize),
    /// Run this source now.
    Run(String),
}

/// The lines of the statement being typed.
#[derive(Default, Debug)]
pub struct Input {
    lines: Vec<String>,
}

impl Input {
    /// No statement is in progress (the prompt is `>>> `).
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Forgets the statement in progress (Ctrl-C).
    pub fn clear(&mut self) {
        self.lines.clear();
    }

    /// Ends the statement in progress (at end of input): its source, if
    /// any, to be run as it is.
    pub fn take(&mut self) -> Option<String> {
        if self.lines.is_empty() {
            return None;
        }
        let src = self.source();
        self.lines.clear();
        Some(src)
    }

    /// The source typed so far, one `\n` after each line.
    fn source(&self) -> String {
        let mut s = String::new();
        for l in &self.lines {
            s.push_str(l);
            s.push('\n');
        }
        s
    }

    /// Adds one physical line (without its newline) and says what comes
    /// next. A [`Next::Run`] empties the input; a pasted block that runs
    /// straight into a new top-level statement yields the block first and
    /// keeps the new line (see [`Input::push`]'s callers, which loop).
    pub fn push(&mut self, line: &str) -> Vec<Next> {
        let blank = line.trim().is_empty();
        if self.lines.is_empty() {
            if blank {
                return Vec::new();
            }
            self.lines.push(line.to_string());
            return vec![self.decide()];
        }
        if blank {
            let src = self.source();
            if open_bracket_or_string(&src) {
                self.lines.push(String::new());
                return vec![Next::More(0)];
            }
            self.lines.clear();
            return vec![Next::Run(src)];
        }
        // A line at column 0 after a finished compound statement (a paste
        // without the blank line CPython wants) starts a new statement.
        let before = self.source();
        let starts_new =
            indent_of(line) == 0 && is_complete_compound(&before) && !continues_block(line) && {
                let mut with = before.clone();
                with.push_str(line);
                with.push('\n');
                matches!(status(&with), Status::Error)
            };
        if starts_new {
            self.lines.clear();
            self.lines.push(line.to_string());
            return vec![Next::Run(before), self.decide()];
        }
        self.lines.push(line.to_string());
        vec![self.decide()]
    }

    /// What the lines so far call for.
    fn decide(&mut self) -> Next {
        let src = self.source();
        match status(&src) {
            Status::Complete => {
                self.lines.clear();
                Next::Run(src)
            }
            Status::Error => {
                self.lines.clear();
                Next::Run(src)
            }
            Status::Compound | Status::Incomplete => Next::More(self.next_indent()),
        }
    }

    /// The indentation auto-indent offers for the next line: one level more
    /// after a line ending in `:`, one less after `return`, `pass`, `break`,
    /// `continue` or `raise`, otherwise the same as the last line. Inside
    /// brackets or strings nothing is added.
    fn next_indent(&self) -> usize {
        let Some(last) = self.lines.iter().rev().find(|l| !l.trim().is_empty()) else {
            return 0;
        };
        if open_bracket_or_string(&self.source()) {
            return 0;
        }
        let indent = indent_of(last);
        let code = strip_comment(last).trim_end();
        if code.ends_with(':') {
            return indent + INDENT;
        }
        let first_word = code
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .find(|w| !w.is_empty());
        match first_word {
            Some("return" | "pass" | "break" | "continue" | "raise") => {
                indent.saturating_sub(INDENT)
            }
            _ => indent,
        }
    }
}

/// What the parser says about some source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    /// A simple statement that parses.
    Complete,
    /// A compound statement that parses (waits for a blank line).
    Compound,
    /// The input ended early.
    Incomplete,
    /// A syntax error that more input cannot fix.
    Error,
}

fn status(src: &str) -> Status {
    match crate::parser::parse_interactive(src) {
        Ok(m) => match m.body.first().map(|s| &s.kind) {
            Some(
                StmtKind::FunctionDef { .. }
                | StmtKind::ClassDef { .. }
                | StmtKind::For { .. }
                | StmtKind::While { .. }
                | StmtKind::If { .. }
                | StmtKind::With { .. }
                | StmtKind::Try { .. },
            ) => Status::Compound,
            _ => Status::Complete,
        },
        Err(e) if e.unexpected_eof || ends_inside_a_block(&e, src) => Status::Incomplete,
        Err(_) => Status::Error,
    }
}

/// A nested block cut short at the end of the input: the parser sees the
/// closing DEDENT rather than the end, so its flag is not set, but the
/// missing body (or `except`) can still follow.
fn ends_inside_a_block(e: &SourceError, src: &str) -> bool {
    e.offset >= src.trim_end().len()
        && (e.message.starts_with("expected an indented block")
            || e.message == "expected 'except' or 'finally' block")
}

fn is_complete_compound(src: &str) -> bool {
    status(src) == Status::Compound
}

/// Lines at column 0 that belong to the statement above them.
fn continues_block(line: &str) -> bool {
    let word = line
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    matches!(word, "else" | "elif" | "except" | "finally")
}

/// Columns of leading whitespace (a tab counts as up to the next multiple
/// of 8, as in the tokenizer).
pub fn indent_of(line: &str) -> usize {
    let mut col = 0;
    for c in line.chars() {
        match c {
            ' ' => col += 1,
            '\t' => col = (col / 8 + 1) * 8,
            _ => break,
        }
    }
    col
}

/// The line without a trailing `# comment` (a `#` inside a string stays).
fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match (quote, c) {
            (Some(_), '\\') => escaped = true,
            (Some(q), c) if c == q => quote = None,
            (None, '\'' | '"') => quote = Some(c),
            (None, '#') => return &line[..i],
            _ => {}
        }
    }
    line
}

/// Whether `src` ends inside a bracket, a triple-quoted string or after a
/// backslash continuation: a blank line there is part of the statement.
pub fn open_bracket_or_string(src: &str) -> bool {
    let b = src.as_bytes();
    let mut depth: i32 = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            q @ (b'\'' | b'"') => {
                let triple = b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q;
                i += if triple { 3 } else { 1 };
                loop {
                    if i >= b.len() {
                        return triple;
                    }
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if !triple && b[i] == b'\n' {
                        break;
                    }
                    if b[i] == q
                        && (!triple || (b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q))
                    {
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    depth > 0 || src.trim_end_matches('\n').ends_with('\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed(lines: &[&str]) -> Vec<Next> {
        let mut input = Input::default();
        lines.iter().flat_map(|l| input.push(l)).collect()
    }

    #[test]
    fn a_simple_statement_runs_at_once() {
        assert_eq!(feed(&["1 + 1"]), vec![Next::Run("1 + 1\n".into())]);
    }

    #[test]
    fn a_block_waits_for_a_blank_line_and_indents() {
        assert_eq!(
            feed(&["if True:", "    x = 1", ""]),
            vec![
                Next::More(4),
                Next::More(4),
                Next::Run("if True:\n    x = 1\n".into())
            ]
        );
    }

    #[test]
    fn return_dedents() {
        let out = feed(&["def f():", "    if x:", "        return 1"]);
        assert_eq!(out, vec![Next::More(4), Next::More(8), Next::More(4)]);
    }

    #[test]
    fn brackets_continue_across_blank_lines() {
        assert_eq!(
            feed(&["x = [1,", "", "2]"]),
            vec![
                Next::More(0),
                Next::More(0),
                Next::Run("x = [1,\n\n2]\n".into())
            ]
        );
    }

    #[test]
    fn nested_blocks_wait_for_their_body() {
        let out = feed(&[
            "def f():",
            "    try:",
            "        pass",
            "    except:",
            "        pass",
            "",
        ]);
        assert_eq!(
            out,
            vec![
                Next::More(4),
                Next::More(8),
                Next::More(4),
                Next::More(8),
                Next::More(4),
                Next::Run("def f():\n    try:\n        pass\n    except:\n        pass\n".into())
            ]
        );
    }

    #[test]
    fn triple_quoted_strings_continue() {
        let out = feed(&["s = '''a", "b'''"]);
        assert_eq!(
            out,
            vec![Next::More(0), Next::Run("s = '''a\nb'''\n".into())]
        );
    }

    #[test]
    fn a_header_without_body_ends_in_an_error_on_blank_line() {
        let out = feed(&["if True:", ""]);
        assert_eq!(out, vec![Next::More(4), Next::Run("if True:\n".into())]);
    }

    #[test]
    fn errors_run_at_once() {
        assert_eq!(feed(&["1 +* 2"]), vec![Next::Run("1 +* 2\n".into())]);
    }

    #[test]
    fn a_paste_without_blank_line_splits() {
        let out = feed(&["def f():", "    return 1", "f()"]);
        assert_eq!(
            out,
            vec![
                Next::More(4),
                Next::More(0),
                Next::Run("def f():\n    return 1\n".into()),
                Next::Run("f()\n".into()),
            ]
        );
    }

    #[test]
    fn else_continues_an_if() {
        let out = feed(&["if x:", "    pass", "else:", "    pass", ""]);
        assert_eq!(out.len(), 5);
        assert_eq!(
            out[4],
            Next::Run("if x:\n    pass\nelse:\n    pass\n".into())
        );
    }

    #[test]
    fn comments_do_not_count_as_colons() {
        assert!(!open_bracket_or_string("x = 1  # (\n"));
        assert!(open_bracket_or_string("x = f(\n"));
        assert!(!open_bracket_or_string("x = '('\n"));
        assert_eq!(strip_comment("x = '#' # c"), "x = '#' ");
    }
}
