//! Payload-free singletons: `None`, `NotImplemented`, `Ellipsis` and the
//! VM's NULL marker. Each is one immortal object of its own type.

/// The (empty) payload of a singleton object.
pub struct PySingleton;
