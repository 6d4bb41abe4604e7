//! slice objects: `start:stop:step` as three references.

use crate::heap::ObjRef;

/// A slice object.
pub struct PySlice {
    /// `start` (None when omitted).
    pub start: ObjRef,
    /// `stop` (None when omitted).
    pub stop: ObjRef,
    /// `step` (None when omitted).
    pub step: ObjRef,
}
