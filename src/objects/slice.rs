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

impl crate::heap::Trace for PySlice {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
        true
    }
}
