//! Formatting and parsing of numbers and strings, byte for byte as CPython 3.11 does it.
//!
//! Everything here is plain Rust over `&str`, `f64`, `i64` and `BigInt`: no heap objects,
//! so the int, float and str objects (and `format()`, f-strings, `%`, `int()`, `float()`,
//! `round()`) all call into one place. The layers, bottom up:
//!
//! ```text
//!   digits      exact decimal digits of an f64 (ryu for shortest, std for fixed counts)
//!   float_fmt   CPython's PyOS_double_to_string: repr, 'e' 'f' 'g' layouts, round()
//!   spec        the format-spec mini-language: "[[fill]align][sign][z][#][0][width][,|_][.prec][type]"
//!   number      padding, sign, prefix and digit grouping shared by int and float
//!   advanced    format_int / format_i64 / format_float / format_str  (what format() calls)
//!   printf      the str % args operator, driven through the PercentArgs trait
//!   int_fmt     int → str in bases 2/8/10/16 with prefixes, and the 4300-digit limit
//!   parse       int(str, base) and float(str)
//!   unicode     the tables CPython uses there: Unicode decimal digits and spaces
//! ```
//!
//! Errors are [`FormatError`]s: a kind (which Python exception) and CPython's message.
//! Messages that name a type take the type name from the caller (`bool` formats as
//! an int but its errors say `'bool'`).

mod advanced;
mod digits;
mod float_fmt;
mod int_fmt;
mod number;
mod parse;
mod printf;
mod spec;
mod unicode;

#[cfg(test)]
mod tests;

pub use advanced::{format_float, format_i64, format_int, format_str};
pub use float_fmt::{
    FloatFlags, double_to_string, float_repr, float_to_string_fixed, round_half_even,
    write_float_repr,
};
pub use int_fmt::{int_to_decimal_string, int_to_string_radix};
pub use parse::{
    IntParseError, float_literal_error_message, int_limit_error_message, int_literal_error_message,
    parse_float, parse_int,
};
pub use printf::{
    ArgRef, CharArg, PercentArgs, float_required_error, int_required_error, percent_format,
};
pub use spec::{Align, FormatSpec, Grouping, Sign, parse_format_spec};
pub use unicode::{decimal_value, is_python_space};

/// The largest output (in characters) any routine here will build. CPython would try
/// to allocate whatever a width or precision asks for and raise MemoryError when that
/// fails; we refuse up front instead of allocating gigabytes.
pub const MAX_FORMAT_LEN: usize = 100_000_000;

/// CPython 3.11's default `sys.get_int_max_str_digits()`: decimal conversions of ints
/// with more digits than this raise ValueError (both int → str and str → int).
pub const INT_MAX_STR_DIGITS: usize = 4300;

thread_local! {
    /// The limit in force (`sys.set_int_max_str_digits`); 0 means none.
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(INT_MAX_STR_DIGITS) };
}

/// `sys.get_int_max_str_digits()`: the decimal digit limit of int <-> str
/// conversions (0: unlimited).
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|c| c.get())
}

/// `sys.set_int_max_str_digits(n)` (the caller checks `n`).
pub fn set_int_max_str_digits(n: usize) {
    MAX_STR_DIGITS.with(|c| c.set(n));
}

/// Whether a magnitude of `bits` bits surely has more decimal digits than
/// the limit, so the (quadratic) conversion can be refused before it runs.
pub fn surely_past_digit_limit(bits: u64) -> bool {
    let limit = int_max_str_digits() as u64;
    limit != 0 && bits > limit * 10 / 3 + 8
}

/// Whether `digits` decimal digits are past the limit.
pub fn past_digit_limit(digits: usize) -> bool {
    let limit = int_max_str_digits();
    limit != 0 && digits > limit
}

/// Which Python exception a [`FormatError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatErrorKind {
    /// `ValueError`: a bad spec, bad literal or a value out of a format's range.
    ValueError,
    /// `TypeError`: an argument of the wrong type (mostly from `%`).
    TypeError,
    /// `OverflowError`: a number too large for the conversion asked for.
    OverflowError,
    /// `MemoryError`: the result would exceed [`MAX_FORMAT_LEN`].
    MemoryError,
}

/// A formatting or parsing failure: the exception kind and CPython's exact message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    /// Which exception the caller should raise.
    pub kind: FormatErrorKind,
    /// The exception's message, as CPython words it.
    pub message: String,
}

impl FormatError {
    /// A `ValueError` with the given message.
    pub fn value(message: impl Into<String>) -> Self {
        Self {
            kind: FormatErrorKind::ValueError,
            message: message.into(),
        }
    }

    /// A `TypeError` with the given message.
    pub fn type_error(message: impl Into<String>) -> Self {
        Self {
            kind: FormatErrorKind::TypeError,
            message: message.into(),
        }
    }

    /// An `OverflowError` with the given message.
    pub fn overflow(message: impl Into<String>) -> Self {
        Self {
            kind: FormatErrorKind::OverflowError,
            message: message.into(),
        }
    }

    /// The `MemoryError` raised when an output would pass [`MAX_FORMAT_LEN`].
    pub fn too_long() -> Self {
        Self {
            kind: FormatErrorKind::MemoryError,
            message: String::new(),
        }
    }
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for FormatError {}

/// Fails with MemoryError when a result of `len` characters would be unreasonably large.
fn check_len(len: usize) -> Result<(), FormatError> {
    if len > MAX_FORMAT_LEN {
        Err(FormatError::too_long())
    } else {
        Ok(())
    }
}
