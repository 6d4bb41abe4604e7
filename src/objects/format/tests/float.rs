//! Float repr, fixed-point text and round() against CPython.

use super::{float_from_bits, outcome, report, rows};
use crate::objects::format::{
    FloatFlags, double_to_string, float_repr, float_to_string_fixed, round_half_even,
};

#[test]
fn repr_matches_cpython() {
    let table = rows(include_str!("data/float_repr.txt"));
    let mut failures = Vec::new();
    for row in &table {
        let x = float_from_bits(&row[0]);
        let ours = float_repr(x);
        if ours != row[1] {
            failures.push(format!("repr({:?}) = {ours:?}, CPython {:?}", x, row[1]));
        }
    }
    report("float repr", &failures, table.len());
}

#[test]
fn repr_of_named_values() {
    let cases: &[(f64, &str)] = &[
        (0.1, "0.1"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e16, "1e+16"),
        (1e-5, "1e-05"),
        (-0.0, "-0.0"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-f64::NAN, "nan"),
        (1.0, "1.0"),
        (123456789012345.0, "123456789012345.0"),
        (1.2345678901234567e16, "1.2345678901234568e+16"),
        (1e22, "1e+22"),
        (1e-7, "1e-07"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (9007199254740992.0, "9007199254740992.0"),
        (123456789.123, "123456789.123"),
        (0.0001, "0.0001"),
        (1e100, "1e+100"),
    ];
    for &(x, expected) in cases {
        assert_eq!(float_repr(x), expected, "repr of {x:e}");
    }
}

#[test]
fn fixed_point_is_exact() {
    assert_eq!(float_to_string_fixed(2.675, 2).unwrap(), "2.67");
    assert_eq!(float_to_string_fixed(0.5, 0).unwrap(), "0");
    assert_eq!(float_to_string_fixed(1.5, 0).unwrap(), "2");
    assert_eq!(float_to_string_fixed(2.5, 0).unwrap(), "2");
    assert_eq!(
        float_to_string_fixed(0.1, 20).unwrap(),
        "0.10000000000000000555"
    );
    assert_eq!(float_to_string_fixed(-0.001, 1).unwrap(), "-0.0");
    assert_eq!(float_to_string_fixed(1e300, 0).unwrap().len(), 301);
    // Beyond every f64's last digit, the rest is zeros: 1/3 has 54 significant digits
    // after 0.33333333333333331482961625624739099293947219848632812 + zeros.
    let long = float_to_string_fixed(1.0 / 3.0, 500).unwrap();
    assert_eq!(long.len(), 502);
    assert!(long.starts_with("0.333333333333333314829616256247390992939472198486328125000"));
    assert!(long.ends_with("000000"));
    let huge = float_to_string_fixed(0.1, 100_000).unwrap();
    assert_eq!(huge.len(), 100_002);
    assert!(huge.starts_with("0.1000000000000000055511151231257827021181583404541015625000"));
    // A precision near i32::MAX is refused as too long instead of allocating it.
    assert!(float_to_string_fixed(0.1, 2_000_000_000).is_err());
    let tiny = float_to_string_fixed(5e-324, 1100).unwrap();
    let zeros = "0".repeat(323);
    assert!(tiny.starts_with(&format!(
        "0.{zeros}49406564584124654417656879286822137236505980"
    )));
    assert_eq!(tiny.len(), 1102);
}

#[test]
fn double_to_string_exponents_and_flags() {
    let alt = FloatFlags {
        alt: true,
        ..FloatFlags::default()
    };
    let sign = FloatFlags {
        sign: true,
        ..FloatFlags::default()
    };
    assert_eq!(
        double_to_string(1.0, 'e', 0, FloatFlags::default()).unwrap(),
        "1e+00"
    );
    assert_eq!(double_to_string(1.0, 'e', 0, alt).unwrap(), "1.e+00");
    assert_eq!(
        double_to_string(1e-300, 'E', 2, FloatFlags::default()).unwrap(),
        "1.00E-300"
    );
    assert_eq!(
        double_to_string(f64::INFINITY, 'F', 2, sign).unwrap(),
        "+INF"
    );
    assert_eq!(double_to_string(f64::NAN, 'g', 2, sign).unwrap(), "+nan");
    assert_eq!(
        double_to_string(0.1, 'e', 1200, FloatFlags::default())
            .unwrap()
            .len(),
        1206
    );
    assert!(double_to_string(1.0, 'q', 2, FloatFlags::default()).is_err());
}

#[test]
fn round_matches_cpython() {
    let table = rows(include_str!("data/round.txt"));
    let mut failures = Vec::new();
    for row in &table {
        let x = float_from_bits(&row[0]);
        let ndigits: i64 = row[1].parse().expect("ndigits");
        let ours = outcome(&round_half_even(x, ndigits).map(|r| format!("{:016x}", r.to_bits())));
        if ours != row[2] {
            failures.push(format!(
                "round({x:e}, {ndigits}) = {ours}, CPython {}",
                row[2]
            ));
        }
    }
    report("round", &failures, table.len());
}

#[test]
fn round_named_cases() {
    assert_eq!(round_half_even(2.675, 2).unwrap(), 2.67);
    assert_eq!(round_half_even(0.5, 0).unwrap(), 0.0);
    assert_eq!(round_half_even(1.5, 0).unwrap(), 2.0);
    assert_eq!(round_half_even(1250.0, -2).unwrap(), 1200.0);
    assert_eq!(round_half_even(1350.0, -2).unwrap(), 1400.0);
    assert_eq!(round_half_even(50.0, -2).unwrap(), 0.0);
    assert_eq!(round_half_even(51.0, -2).unwrap(), 100.0);
    assert!(round_half_even(-0.4, 0).unwrap().is_sign_negative());
    assert!(round_half_even(f64::NAN, 2).unwrap().is_nan());
    assert!(round_half_even(1.7976931348623157e308, -308).is_err());
}
