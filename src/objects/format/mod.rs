//! Placeholder: replaced by the formatting library.

/// repr() of a float.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{x:?}");
    if s.contains('e') {
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let e: i32 = e.parse().unwrap_or(0);
        let m = m.trim_end_matches(".0");
        return format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    s
}

/// Stand-in: int(str, base).
pub fn parse_int(text: &str, base: u32) -> Result<num_bigint::BigInt, ()> {
    let t = text.trim().replace('_', "");
    num_bigint::BigInt::parse_bytes(t.as_bytes(), if base == 0 { 10 } else { base }).ok_or(())
}

/// Stand-in: float(str).
pub fn parse_float(text: &str) -> Option<f64> {
    text.trim().parse().ok()
}

/// Stand-in error.
pub struct FormatError {
    /// Message.
    pub message: String,
}

/// Stand-in: round(x, n).
pub fn round_half_even(x: f64, n: i64) -> Result<f64, FormatError> {
    let p = 10f64.powi(n as i32);
    Ok((x * p).round_ties_even() / p)
}
