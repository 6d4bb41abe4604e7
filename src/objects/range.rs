//! range objects.

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
    pub fn slice(&self, start: Option<i64>, stop: Option<i64>, step: i64) -> (i128, i128, i128) {
        let len = self.len();
        let step = step as i128;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: Option<i64>, dflt: i128| -> i128 {
            match v {
                None => dflt,
                Some(v) if v < 0 => (v as i128 + len).max(lower),
                Some(v) => (v as i128).min(upper),
            }
        };
        let (s0, s1) = if step < 0 {
            (upper, lower)
        } else {
            (lower, upper)
        };
        let i = clamp(start, s0);
        let j = clamp(stop, s1);
        (self.item(i), self.item(j), self.step * step)
    }
}
