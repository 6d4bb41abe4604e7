//! `format(value, spec)` for int, bool, float and str against CPython.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{float_from_bits, outcome, report, rows};
use crate::objects::format::{
    FormatError, FormatSpec, format_float, format_i64, format_int, format_str, parse_format_spec,
};

/// Formats one table row's value the way the object layer would.
fn format_row(kind: &str, value: &str, spec_text: &str) -> Vec<Result<String, FormatError>> {
    let type_name = match kind {
        "i" => "int",
        "b" => "bool",
        "f" => "float",
        _ => "str",
    };
    // An empty spec is str(value), which the object layer returns without formatting.
    if spec_text.is_empty() && kind == "b" {
        return vec![Ok(if value == "1" { "True" } else { "False" }.to_string())];
    }
    let spec = match parse_format_spec(spec_text, type_name) {
        Ok(spec) => spec,
        Err(error) => return vec![Err(error)],
    };
    match kind {
        "i" | "b" => {
            let big: BigInt = value.parse().expect("int in table");
            let mut results = vec![format_int(&big, &spec, type_name)];
            if let Some(small) = big.to_i64() {
                results.push(format_i64(small, &spec, type_name));
            }
            results
        }
        "f" => vec![format_float(float_from_bits(value), &spec, type_name)],
        _ => vec![format_str(value, &spec, type_name)],
    }
}

#[test]
fn format_matches_cpython() {
    let table = rows(include_str!("data/format.txt"));
    let mut failures = Vec::new();
    for row in &table {
        let (kind, value, spec, expected) = (&row[0], &row[1], &row[2], &row[3]);
        for result in format_row(kind, value, spec) {
            let ours = outcome(&result);
            if &ours != expected {
                failures.push(format!(
                    "format({kind}:{value}, {spec:?}) = {ours:?}, CPython {expected:?}"
                ));
            }
        }
    }
    report("format", &failures, table.len());
}

#[test]
fn spec_fields_are_parsed() {
    use crate::objects::format::{Align, Grouping, Sign};
    let spec = parse_format_spec("*^+z#012,.3f", "float").unwrap();
    assert_eq!(spec.fill, Some('*'));
    assert_eq!(spec.align, Some(Align::Center));
    assert_eq!(spec.sign, Some(Sign::Plus));
    assert!(spec.no_neg_zero && spec.alternate);
    assert!(
        !spec.zero_pad,
        "a 0 after an explicit fill belongs to the width"
    );
    assert_eq!(spec.width, Some(12));
    assert_eq!(spec.grouping, Some(Grouping::Comma));
    assert_eq!(spec.precision, Some(3));
    assert_eq!(spec.ty, Some('f'));
    assert_eq!(parse_format_spec("", "int").unwrap(), FormatSpec::default());
    // Widths may use any Unicode decimal digits.
    assert_eq!(parse_format_spec("\u{663}", "int").unwrap().width, Some(3));
}

#[test]
fn absurd_widths_fail_without_allocating() {
    let spec = parse_format_spec("99999999999", "int").unwrap();
    assert!(format_i64(1, &spec, "int").is_err());
    assert!(format_str("a", &spec, "str").is_err());
    assert!(format_float(1.0, &spec, "float").is_err());
    let err = parse_format_spec("99999999999999999999", "int").unwrap_err();
    assert_eq!(err.message, "Too many decimal digits in format string");
    let spec = parse_format_spec(".3000000000f", "float").unwrap();
    assert_eq!(
        format_float(1.0, &spec, "float").unwrap_err().message,
        "precision too big"
    );
    let spec = parse_format_spec(".1000000000f", "float").unwrap();
    assert!(format_float(1.0, &spec, "float").is_err());
    // 'g' drops trailing zeros, so a huge precision is cheap and fine, as in CPython.
    let spec = parse_format_spec(".1000000000g", "float").unwrap();
    assert_eq!(format_float(1.5, &spec, "float").unwrap(), "1.5");
    let spec = parse_format_spec(".2000000000", "float").unwrap();
    assert_eq!(format_float(0.5, &spec, "float").unwrap(), "0.5");
}

#[test]
fn big_ints_and_the_digit_limit() {
    let spec = parse_format_spec(",", "int").unwrap();
    let big: BigInt = BigInt::from(10).pow(30);
    assert_eq!(
        format_int(&big, &spec, "int").unwrap(),
        "1,000,000,000,000,000,000,000,000,000,000"
    );
    let huge = BigInt::from(10).pow(4300);
    let err = format_int(&huge, &FormatSpec::default(), "int").unwrap_err();
    assert!(err.message.starts_with("Exceeds the limit (4300 digits)"));
    let hex = parse_format_spec("x", "int").unwrap();
    assert!(format_int(&huge, &hex, "int").is_ok());
    let ok = BigInt::from(10).pow(4299);
    assert_eq!(
        format_int(&-ok, &FormatSpec::default(), "int")
            .unwrap()
            .len(),
        4301
    );
}

#[test]
fn char_type_edges() {
    let spec = parse_format_spec("c", "int").unwrap();
    assert_eq!(format_i64(0x1F600, &spec, "int").unwrap(), "\u{1F600}");
    let wide = parse_format_spec("^5c", "int").unwrap();
    assert_eq!(format_i64(0xE9, &wide, "int").unwrap(), "  \u{e9}  ");
    // A lone surrogate cannot live in a Rust string: an error instead of a panic.
    assert!(format_i64(0xD800, &spec, "int").is_err());
}
