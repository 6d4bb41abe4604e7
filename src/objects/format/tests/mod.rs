//! Tests of the format module against CPython 3.11.
//!
//! The tables in `data/` hold CPython's answers: `gen_cases.py` (run with python3.11)
//! writes them. Each line is tab-separated fields with `\\`, `\t`, `\n` escaped; a
//! result is `=text` or `!ExceptionName: message`. Each test walks a table and reports
//! every mismatch at once.

mod float;
mod format_spec;
mod parse;
mod printf;

use super::{FormatError, FormatErrorKind};

/// The rows of a table, each a list of unescaped fields.
fn rows(table: &str) -> Vec<Vec<String>> {
    table
        .lines()
        .filter(|line| !line.is_empty())
        .map(|line| line.split('\t').map(unescape).collect())
        .collect()
}

fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// The f64 whose bits a table wrote as 16 hex digits.
fn float_from_bits(hex: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(hex, 16).expect("bad float bits in table"))
}

/// Python's name for an error kind.
fn kind_name(kind: FormatErrorKind) -> &'static str {
    match kind {
        FormatErrorKind::ValueError => "ValueError",
        FormatErrorKind::TypeError => "TypeError",
        FormatErrorKind::OverflowError => "OverflowError",
        FormatErrorKind::MemoryError => "MemoryError",
    }
}

/// A result written the way the tables write them.
fn outcome(result: &Result<String, FormatError>) -> String {
    match result {
        Ok(text) => format!("={text}"),
        Err(error) => format!("!{}: {}", kind_name(error.kind), error.message),
    }
}

/// Fails listing the first mismatches, if there are any.
fn report(what: &str, failures: &[String], total: usize) {
    if !failures.is_empty() {
        let shown: Vec<&String> = failures.iter().take(40).collect();
        panic!(
            "{what}: {} of {total} cases differ from CPython:\n{}",
            failures.len(),
            shown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}
