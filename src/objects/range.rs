//! range objects.

/// A range: start, stop and step (step is never zero).
pub struct PyRange {
    /// First value.
    pub start: i64,
    /// End (exclusive).
    pub stop: i64,
    /// Step.
    pub step: i64,
}

impl PyRange {
    /// Number of values in the range.
    pub fn len(&self) -> i64 {
        range_len(self.start, self.stop, self.step)
    }

    /// Whether the range is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The i-th value (0 <= i < len).
    pub fn item(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// Length of `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}
