//! Methods of slice: `indices(length)`, the (start, stop, step) a slice
//! selects from a sequence of that length.

use super::params::{one_arg, receiver};
use crate::builtins::{Args, add_method};
use crate::heap::Kind;
use crate::objects::PyResult;
use crate::vm::Vm;
use crate::vm::items::adjust_slice;

/// Registers slice's methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.slice.clone();
    add_method(vm, &t, "slice", "indices", indices);
}

/// `slice.indices(length)`: the bounds resolved as indexing would.
fn indices(vm: &mut Vm, args: Args) -> PyResult {
    let s = receiver(vm, &args, "slice", "indices", |s| s.kind() == Kind::Slice)?.clone();
    let n = one_arg(vm, &args, "slice.indices")?;
    let len = vm.expect_index(&n)?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = vm.slice_unpack(&s)?;
    let r = adjust_slice(start, stop, step, len as usize);
    // A step past the machine word is kept whole (the bounds are clamped
    // to the length anyway).
    let big_step = s
        .downcast::<crate::objects::slice::PySlice>()
        .map(|p| p.step.clone())
        .filter(|st| st.kind() == Kind::BigInt);
    let step = big_step.unwrap_or_else(|| vm.new_int(r.step));
    let items = vec![vm.new_int(r.start), vm.new_int(r.stop), step];
    Ok(vm.new_tuple(items))
}
