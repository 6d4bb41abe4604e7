//! float objects.

/// The payload of a float.
pub struct PyFloat {
    /// The value.
    pub value: f64,
}
