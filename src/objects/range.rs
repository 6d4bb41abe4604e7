//! range objects.

/// Ranges keep their bounds below this in magnitude, so that the i128
/// arithmetic on them (lengths, items, slices) cannot overflow.
pub const RANGE_BOUND: u128 = 1 << 100;

/// A range: start, stop and step (step is never zero).
pub struct PyRange {
    /// First value.
    pub start: i128,
    /// End (exclusive).
    pub stop: i128,
    /// Step.
    pub step: i128,
}

impl PyRange {
    /// Number of values in the range.
    pub fn len(&self) -> i128 {
        range_len(self.start, self.stop, self.step)
    }

    /// Whether the range is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether CPython iterates this range with its `longrange_iterator`
    /// (a bound, the step or the length does not fit a C long).
    pub fn is_long(&self) -> bool {
        let fits = |v: i128| i64::try_from(v).is_ok();
        !(fits(self.start) && fits(self.stop) && fits(self.step) && fits(self.len()))
    }

    /// The i-th value (0 <= i < len).
    pub fn item(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
}

/// Length of `range(start, stop, step)` (bounds are kept as i128 so that
/// ranges past the machine word, like `range(10**20)`, work).
pub fn range_len(start: i128, stop: i128, step: i128) -> i128 {
    if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

impl PyRange {
    /// The bounds of `self[start:stop:step]` (compute_slice in CPython's
    /// rangeobject.c): the slice is resolved against the length, and the
    /// new stop is the resolved stop index mapped into the range, so
    /// `range(0, 20, 3)[::2]` is `range(0, 21, 6)`.
    ///
    /// None when a bound of the result falls outside what a range holds
    /// ([`RANGE_BOUND`]); CPython would still make it.
    pub fn slice(
        &self,
        start: Option<i128>,
        stop: Option<i128>,
        step: i128,
    ) -> Option<(i128, i128, i128)> {
        let len = self.len();
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: Option<i128>, dflt: i128| -> i128 {
            match v {
                None => dflt,
                Some(v) if v < 0 => (v + len).max(lower),
                Some(v) => v.min(upper),
            }
        };
        let (s0, s1) = if step < 0 {
            (upper, lower)
        } else {
            (lower, upper)
        };
        let i = clamp(start, s0);
        let j = clamp(stop, s1);
        let new_step = self.step.checked_mul(step)?;
        let fits = |v: i128| v.unsigned_abs() < RANGE_BOUND;
        let (a, b) = (self.item(i), self.item(j));
        (fits(a) && fits(b) && fits(new_step)).then_some((a, b, new_step))
    }
}
