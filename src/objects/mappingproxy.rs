//! `mappingproxy`: the read-only view of a mapping that `C.__dict__`
//! returns (and `types.MappingProxyType` makes).

use crate::heap::ObjRef;

/// A read-only view of `mapping`.
pub struct PyMappingProxy {
    /// The mapping viewed (a class namespace, or any mapping).
    pub mapping: ObjRef,
}

impl crate::heap::Trace for PyMappingProxy {
    fn trace(&self, visit: crate::heap::Visit<'_>) -> bool {
        visit(&self.mapping);
        true
    }
}
