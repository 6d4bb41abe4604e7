//! Methods of range: `count` and `index`. Ints (and bools) are answered
//! arithmetically; other values are compared with `==` against each
//! item, as CPython's sequence search does.

use super::params::{one_arg, receiver};
use crate::builtins::{Args, add_method};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::range::PyRange;
use crate::vm::Vm;

/// Registers range's methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.range.clone();
    add_method(vm, &t, "range", "count", count);
    add_method(vm, &t, "range", "index", index);
}

/// The receiver of `range.name` as (start, step, len).
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<(i128, i128, i128)> {
    let r = receiver(vm, args, "range", name, |s| s.kind() == Kind::Range)?;
    Ok(r.downcast::<PyRange>()
        .map_or((0, 1, 0), |r| (r.start, r.step, r.len())))
}

/// Where int `x` is in the range, if it is; `None` for a non-int (an int
/// subclass included: CPython searches those by `==`).
fn int_position(
    vm: &Vm,
    x: &ObjRef,
    (start, step, len): (i128, i128, i128),
) -> Option<Option<i128>> {
    if !(x.is_type(&vm.types.int) || x.is_type(&vm.types.bool_)) {
        return None;
    }
    let Some(v) = crate::vm::ops::as_bigint(x).and_then(|b| num_traits::ToPrimitive::to_i128(&b))
    else {
        return Some(None);
    };
    let offset = v - start;
    if offset % step != 0 {
        return Some(None);
    }
    let k = offset / step;
    Some((0..len).contains(&k).then_some(k))
}

/// The positions `i` whose item `start + i*step` equals `x`, visited in
/// order, stopping at the first when `stop_at_first` (the sequence
/// search CPython uses for non-ints).
fn search(
    vm: &mut Vm,
    x: &ObjRef,
    (start, step, len): (i128, i128, i128),
    stop_at_first: bool,
) -> PyResult<Vec<i128>> {
    let mut found = Vec::new();
    for i in 0..len {
        let item = vm.new_i128(start.wrapping_add(i.wrapping_mul(step)));
        if vm.eq_or_identical(&item, x)? {
            found.push(i);
            if stop_at_first {
                break;
            }
        }
    }
    Ok(found)
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(vm, &args, "count")?;
    let x = one_arg(vm, &args, "range.count")?;
    let n = match int_position(vm, &x, r) {
        Some(pos) => i64::from(pos.is_some()),
        None => search(vm, &x, r, false)?.len() as i64,
    };
    Ok(vm.new_int(n))
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(vm, &args, "index")?;
    let x = one_arg(vm, &args, "range.index")?;
    match int_position(vm, &x, r) {
        Some(Some(i)) => Ok(vm.new_i128(i)),
        Some(None) => {
            let shown = vm.repr_string(&x)?;
            Err(vm.value_error(format!("{shown} is not in range")))
        }
        None => match search(vm, &x, r, true)?.first() {
            Some(&i) => Ok(vm.new_i128(i)),
            None => Err(vm.value_error("sequence.index(x): x not in sequence")),
        },
    }
}
