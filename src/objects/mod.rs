//! The built-in types: one module per type, each with its payload struct
//! (the Rust data that follows the object header on the heap), its
//! constructors and its methods.
//!
//! Behaviour shared by all types (repr, hash, truth, comparison, attribute
//! lookup) is dispatched on the object's kind in `crate::vm`; methods that
//! Python code can look up (`"x".upper`) live in each type's dict as
//! native functions, registered by the type's module.

pub mod bytearray;
pub mod bytearray_items;
pub mod bytearray_ops;
pub mod bytes;
pub mod cell;
pub mod code;
pub mod descriptor;
pub mod dict;
pub mod exception;
pub mod float;
pub mod format;
pub mod frame;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod member;
pub mod memoryview;
pub mod memoryview_items;
pub mod methods;
pub mod module;
pub mod native;
pub mod range;
pub mod set;
pub mod singleton;
pub mod sizeof;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod typeobj;
pub mod types;
pub mod weakref;

use crate::heap::ObjRef;

/// A raised Python exception: the exception instance.
#[derive(Clone, Debug)]
pub struct PyErr(pub ObjRef);

/// The result of any operation that can raise.
pub type PyResult<T = ObjRef> = Result<T, PyErr>;
