//! Module objects: a name and a dict of globals.

use crate::heap::ObjRef;

/// A module: its globals dict (which holds `__name__`).
pub struct PyModule {
    /// The module's namespace.
    pub dict: ObjRef,
}

impl crate::heap::Trace for PyModule {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        visit(&self.dict);
        true
    }
}
