//! Exact decimal digits of a finite f64, in the shape David Gay's `dtoa` returns them.
//!
//! CPython formats every float from `_Py_dg_dtoa(x, mode, ndigits)`: a string of digits
//! without trailing zeros and a decimal-point position `decpt`, meaning
//! `|x| ≈ 0.DIGITS × 10^decpt`. Three modes are used:
//!
//! * mode 0, the shortest digits that read back as `x` (repr): we take them from `ryu`,
//!   which produces the same shortest, closest digit string and is about three times
//!   faster than std's `{:e}` (the repr of floats sits in print loops);
//! * mode 2, `n` significant digits correctly rounded (`'e'`, `'g'`): std's `{:.*e}`;
//! * mode 3, `n` digits after the point correctly rounded (`'f'`, `round()`): std's
//!   `{:.*}`.
//!
//! std's exact modes round the exact binary value half-to-even, which is what dtoa
//! does. std caps a precision at 65535, so precisions are clamped to where the digits of
//! any f64 are known to have ended (767 significant digits, 1074 after the point); the
//! zeros beyond are put back by the layout code, as with dtoa.

use std::fmt::Write;

/// More significant digits than any f64's exact decimal expansion has (767).
const MAX_SIGNIFICANT: usize = 800;
/// More fractional digits than any f64's exact decimal expansion has (1074).
const MAX_FRACTIONAL: usize = 1100;
/// Digits that fit the inline buffer: enough for every shortest repr (17).
const INLINE: usize = 24;

/// Decimal digits of `|x|` with trailing zeros stripped; zero is `"0"` with `decpt` 1.
pub(super) struct Digits {
    inline: [u8; INLINE],
    inline_len: usize,
    heap: Vec<u8>,
    /// The value is `0.DIGITS × 10^decpt`.
    pub decpt: i64,
}

impl Digits {
    /// The ASCII digit string (never empty).
    pub fn as_bytes(&self) -> &[u8] {
        if self.heap.is_empty() {
            &self.inline[..self.inline_len]
        } else {
            &self.heap
        }
    }

    fn zero() -> Self {
        let mut inline = [0u8; INLINE];
        inline[0] = b'0';
        Self {
            inline,
            inline_len: 1,
            heap: Vec::new(),
            decpt: 1,
        }
    }

    /// Reads a non-negative decimal like `"123.45"`, `"1.5e-7"` or `"0.000"` in one pass.
    fn from_decimal_text(text: &[u8]) -> Self {
        let mut out = Self {
            inline: [0u8; INLINE],
            inline_len: 0,
            heap: Vec::new(),
            decpt: 0,
        };
        let mut int_len: i64 = 0;
        let mut leading_zeros: i64 = 0;
        let mut seen_point = false;
        let mut mantissa_end = text.len();
        for (index, &b) in text.iter().enumerate() {
            match b {
                b'0'..=b'9' => {
                    if !seen_point {
                        int_len += 1;
                    }
                    if b == b'0' && out.is_empty() {
                        leading_zeros += 1;
                    } else {
                        out.push(b);
                    }
                }
                b'.' => seen_point = true,
                _ => {
                    mantissa_end = index;
                    break;
                }
            }
        }
        out.strip_trailing_zeros();
        if out.is_empty() {
            return Self::zero();
        }
        out.decpt = int_len - leading_zeros + parse_exponent(&text[mantissa_end..]);
        out
    }

    fn is_empty(&self) -> bool {
        self.inline_len == 0 && self.heap.is_empty()
    }

    /// Appends a digit, moving to the heap once the inline buffer is full.
    fn push(&mut self, digit: u8) {
        if !self.heap.is_empty() {
            self.heap.push(digit);
        } else if self.inline_len < INLINE {
            self.inline[self.inline_len] = digit;
            self.inline_len += 1;
        } else {
            self.heap.reserve(2 * INLINE);
            self.heap.extend_from_slice(&self.inline[..self.inline_len]);
            self.heap.push(digit);
        }
    }

    fn strip_trailing_zeros(&mut self) {
        if self.heap.is_empty() {
            while self.inline_len > 0 && self.inline[self.inline_len - 1] == b'0' {
                self.inline_len -= 1;
            }
        } else {
            while self.heap.last() == Some(&b'0') {
                self.heap.pop();
            }
            if self.heap.is_empty() {
                self.inline_len = 0;
            }
        }
    }

    /// Builds digits from an owned digit string (already stripped, non-empty).
    fn from_vec(digits: Vec<u8>, decpt: i64) -> Self {
        if digits.is_empty() {
            return Self::zero();
        }
        Self {
            inline: [0u8; INLINE],
            inline_len: 0,
            heap: digits,
            decpt,
        }
    }
}

/// Parses the `e-7` tail of a number written by ryu or std (always well formed).
fn parse_exponent(tail: &[u8]) -> i64 {
    let Some((_, rest)) = tail.split_first() else {
        return 0;
    };
    let (negative, rest) = match rest.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, rest),
    };
    let magnitude = rest
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .fold(0i64, |acc, &b| {
            acc.saturating_mul(10).saturating_add(i64::from(b - b'0'))
        });
    if negative { -magnitude } else { magnitude }
}

/// A fixed-capacity `fmt::Write` target, so short formatting needs no heap allocation.
struct StackText {
    bytes: [u8; 64],
    len: usize,
}

impl Write for StackText {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Formats with `write` into a stack buffer when the text fits, else into a String,
/// and reads the digits back.
fn digits_via(write: impl Fn(&mut dyn Write) -> std::fmt::Result) -> Digits {
    let mut stack = StackText {
        bytes: [0u8; 64],
        len: 0,
    };
    if write(&mut stack).is_ok() {
        return Digits::from_decimal_text(&stack.bytes[..stack.len]);
    }
    let mut text = String::new();
    // Writing to a String cannot fail.
    let _ = write(&mut text);
    Digits::from_decimal_text(text.as_bytes())
}

/// dtoa mode 0: the shortest digits that round-trip to `x` (finite).
pub(super) fn shortest(x: f64) -> Digits {
    if x == 0.0 {
        return Digits::zero();
    }
    let mut buffer = ryu::Buffer::new();
    Digits::from_decimal_text(buffer.format_finite(x.abs()).as_bytes())
}

/// dtoa mode 2: `ndigits` (≥ 1) significant digits of `x` (finite), correctly rounded.
pub(super) fn significant(x: f64, ndigits: usize) -> Digits {
    if x == 0.0 {
        return Digits::zero();
    }
    let precision = ndigits.clamp(1, MAX_SIGNIFICANT) - 1;
    let magnitude = x.abs();
    digits_via(|out| write!(out, "{magnitude:.precision$e}"))
}

/// dtoa mode 3: `ndigits` (≥ 0) digits after the decimal point, correctly rounded.
/// A value that rounds to zero gives `"0"`.
pub(super) fn fixed(x: f64, ndigits: usize) -> Digits {
    if x == 0.0 {
        return Digits::zero();
    }
    let precision = ndigits.min(MAX_FRACTIONAL);
    let magnitude = x.abs();
    digits_via(|out| write!(out, "{magnitude:.precision$}"))
}

/// dtoa mode 3 with a possibly negative `ndigits`: rounds `|x|` half-to-even to a
/// multiple of `10^-ndigits` (so `-2` rounds to hundreds).
pub(super) fn fixed_signed(x: f64, ndigits: i64) -> Digits {
    if let Ok(ndigits) = usize::try_from(ndigits) {
        return fixed(x, ndigits);
    }
    let exact = significant(x, MAX_SIGNIFICANT);
    let digits = exact.as_bytes();
    let Ok(keep) = usize::try_from(exact.decpt + ndigits) else {
        // Every digit lies below the rounding position, and the value is under half of it.
        return Digits::zero();
    };
    if keep >= digits.len() {
        return exact;
    }
    // Digits beyond `keep` decide: above half rounds up, exactly half goes to even.
    let first_dropped = digits[keep];
    let exactly_half = first_dropped == b'5' && digits.len() == keep + 1;
    let kept_is_odd = keep > 0 && (digits[keep - 1] - b'0') % 2 == 1;
    let round_up = first_dropped > b'5'
        || (first_dropped == b'5' && !exactly_half)
        || (exactly_half && kept_is_odd);
    let mut kept: Vec<u8> = digits[..keep].to_vec();
    let mut decpt = exact.decpt;
    if round_up {
        let mut carried = true;
        for digit in kept.iter_mut().rev() {
            if *digit == b'9' {
                *digit = b'0';
            } else {
                *digit += 1;
                carried = false;
                break;
            }
        }
        if carried {
            // 999 → 1000: one more digit in front (also covers keep == 0: 0 → 1).
            kept.insert(0, b'1');
            decpt += 1;
        }
    }
    while kept.last() == Some(&b'0') {
        kept.pop();
    }
    Digits::from_vec(kept, decpt)
}
