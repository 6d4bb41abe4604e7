//! The C library's `erf` and `erfc`, which CPython 3.11's `math.erf` and
//! `math.erfc` call directly: binding them gives the same bits CPython
//! prints. They live here because all of Ferrite's `unsafe` does.

unsafe extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
}

/// The error function of `x` (C's `erf`).
pub fn c_erf(x: f64) -> f64 {
    // SAFETY: `erf` is a pure function of one double with no preconditions;
    // it touches no memory of ours.
    unsafe { erf(x) }
}

/// The complementary error function of `x` (C's `erfc`).
pub fn c_erfc(x: f64) -> f64 {
    // SAFETY: as for `erf`: pure, no preconditions, no memory access.
    unsafe { erfc(x) }
}
