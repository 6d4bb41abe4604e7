//! int(str, base), float(str), hex/oct/bin and str(int) against CPython.

use num_bigint::BigInt;

use super::{float_from_bits, report, rows};
use crate::objects::format::{
    IntParseError, decimal_value, float_literal_error_message, int_limit_error_message,
    int_literal_error_message, int_to_decimal_string, int_to_string_radix, is_python_space,
    parse_float, parse_int,
};

#[test]
fn parse_int_matches_cpython() {
    let table = rows(include_str!("data/parse_int.txt"));
    let mut failures = Vec::new();
    for row in &table {
        let (text, expected) = (&row[0], &row[2]);
        let base: u32 = row[1].parse().expect("base");
        let ours = match parse_int(text, base) {
            Ok(value) => format!("={value}"),
            Err(IntParseError::Invalid) => {
                let repr = format!("'{}'", text.escape_default());
                format!("!ValueError: {}", int_literal_error_message(&repr, base))
            }
            Err(IntParseError::TooManyDigits { digits }) => {
                format!("!ValueError: {}", int_limit_error_message(digits))
            }
        };
        // Our stand-in for repr() differs from Python's for odd characters; compare
        // only the verdict for those rows.
        let same = if expected.starts_with("!ValueError: invalid literal") {
            ours.starts_with(&format!(
                "!ValueError: invalid literal for int() with base {base}: "
            ))
        } else {
            &ours == expected
        };
        if !same {
            failures.push(format!(
                "int({text:?}, {base}) = {ours:?}, CPython {expected:?}"
            ));
        }
    }
    report("int parse", &failures, table.len());
}

#[test]
fn int_digit_limit() {
    for (digits, base, verdict) in [
        (4300, 10, Ok(())),
        (4301, 10, Err(IntParseError::TooManyDigits { digits: 4301 })),
        (5000, 16, Ok(())),
        (5000, 0, Err(IntParseError::TooManyDigits { digits: 5000 })),
    ] {
        let text = "1".repeat(digits);
        assert_eq!(
            parse_int(&text, base).map(|_| ()),
            verdict,
            "{digits} digits base {base}"
        );
        let negative = format!("-{text}");
        assert_eq!(parse_int(&negative, base).map(|_| ()), verdict);
        // The limit is checked before the trailing garbage, like CPython.
        if digits > 4300 && base != 16 {
            assert_eq!(parse_int(&format!("{text}x"), base).map(|_| ()), verdict);
        }
    }
    let underscored = format!("{}1", "1_".repeat(4300));
    assert_eq!(
        parse_int(&underscored, 10),
        Err(IntParseError::TooManyDigits { digits: 4301 })
    );
    assert!(int_limit_error_message(5000).contains("value has 5000 digits"));
}

#[test]
fn int_literal_message_cuts_the_repr() {
    let long = format!("'{}'", "a".repeat(300));
    let message = int_literal_error_message(&long, 10);
    assert_eq!(
        message.len(),
        "invalid literal for int() with base 10: ".len() + 200
    );
    assert_eq!(
        float_literal_error_message("'x'"),
        "could not convert string to float: 'x'"
    );
}

#[test]
fn parse_float_matches_cpython() {
    let table = rows(include_str!("data/parse_float.txt"));
    let mut failures = Vec::new();
    for row in &table {
        let (text, expected) = (&row[0], &row[1]);
        let ours = match parse_float(text) {
            Some(x) if x.is_nan() => {
                // CPython keeps the sign of '-nan'; compare sign and NaN-ness only.
                let expected_x = expected.strip_prefix('=').map(float_from_bits);
                if expected_x
                    .is_some_and(|e| e.is_nan() && e.is_sign_negative() == x.is_sign_negative())
                {
                    expected.clone()
                } else {
                    format!("=nan {}", x.is_sign_negative())
                }
            }
            Some(x) => format!("={:016x}", x.to_bits()),
            None => "!".to_string(),
        };
        if &ours != expected {
            failures.push(format!("float({text:?}) = {ours:?}, CPython {expected:?}"));
        }
    }
    report("float parse", &failures, table.len());
}

#[test]
fn radix_and_decimal_strings() {
    let table = rows(include_str!("data/int_radix.txt"));
    let mut failures = Vec::new();
    for row in &table {
        let value: BigInt = row[0].parse().expect("int");
        let ours = [
            int_to_string_radix(&value, 2, true),
            int_to_string_radix(&value, 8, true),
            int_to_string_radix(&value, 16, true),
            super::outcome(&int_to_decimal_string(&value)),
        ];
        if ours[..] != row[1..5] {
            failures.push(format!("{value}: {ours:?}, CPython {:?}", &row[1..5]));
        }
    }
    report("radix strings", &failures, table.len());
    assert!(int_to_decimal_string(&BigInt::from(10).pow(4300)).is_err());
    assert_eq!(
        int_to_decimal_string(&-BigInt::from(10).pow(4299))
            .unwrap()
            .len(),
        4301
    );
    assert_eq!(int_to_string_radix(&BigInt::from(-255), 16, true), "-0xff");
    assert_eq!(int_to_string_radix(&BigInt::from(35), 36, false), "z");
}

#[test]
fn unicode_tables() {
    assert_eq!(decimal_value('7'), Some(7));
    assert_eq!(decimal_value('\u{0669}'), Some(9));
    assert_eq!(decimal_value('\u{ff10}'), Some(0));
    assert_eq!(decimal_value('\u{1D7FF}'), Some(9));
    assert_eq!(decimal_value('a'), None);
    assert_eq!(
        decimal_value('\u{00b2}'),
        None,
        "superscripts are digits but not decimal"
    );
    assert!(is_python_space('\u{1c}') && is_python_space('\u{3000}') && is_python_space(' '));
    assert!(!is_python_space('\u{200b}') && !is_python_space('x'));
}
