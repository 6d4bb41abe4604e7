//! Methods of the built-in types that Python code looks up by name
//! (`"x".upper`, `[].append`), registered in each type's dict.

pub mod bytearray;
pub mod bytes;
pub mod bytes_new;
mod bytes_text;
pub mod dict;
pub mod float;
pub mod int;
pub mod list;
pub mod memoryview;
pub mod params;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
mod str_args;
mod str_case;
mod str_codec;
mod str_format;
mod str_layout;
mod str_search;
mod str_split;
#[cfg(test)]
mod str_tests;
pub mod str_unicode;
mod str_unitables;
pub mod tuple;

use crate::vm::Vm;

/// Registers every built-in method.
pub fn install(vm: &mut Vm) {
    list::install(vm);
    tuple::install(vm);
    dict::install(vm);
    set::install(vm);
    int::install(vm);
    float::install(vm);
    range::install(vm);
    slice::install(vm);
    str::install(vm);
    bytes::install(vm);
    bytearray::install(vm);
    memoryview::install(vm);
}
