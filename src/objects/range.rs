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
