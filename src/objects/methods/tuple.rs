//! Methods of tuple: `count` and `index`.

use super::params::{index_window, one_arg, positional, receiver};
use crate::builtins::{Args, add_method};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::tuple::PyTuple;
use crate::vm::Vm;

/// Registers tuple's methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    add_method(vm, &t, "tuple", "count", count);
    add_method(vm, &t, "tuple", "index", index);
}

/// The items of the receiver of `tuple.name` (new references).
fn items_of(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<ObjRef>> {
    let t = receiver(vm, args, "tuple", name, |s| s.kind() == Kind::Tuple)?;
    Ok(t.var_items::<PyTuple>().unwrap_or(&[]).to_vec())
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    let items = items_of(vm, &args, "count")?;
    let x = one_arg(vm, &args, "tuple.count")?;
    let mut n = 0;
    for item in &items {
        if vm.eq_or_identical(item, &x)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    let items = items_of(vm, &args, "index")?;
    let rest = positional(vm, &args, "tuple.index", 1, 3)?;
    let x = rest[0].clone();
    let (start, stop) = index_window(vm, &rest[1..], items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq_or_identical(item, &x)? {
            return Ok(vm.new_int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

#[cfg(test)]
mod tests {
    use crate::objects::methods::list::tests::call;
    use crate::vm::Vm;

    #[test]
    fn count_and_index() {
        let mut vm = Vm::new(vec![]);
        let items = (0..6).map(|i| vm.new_int(i % 2)).collect();
        let t = vm.new_tuple(items);
        let one = vm.new_int(1);
        let three = vm.new_int(3);
        let minus = vm.new_int(-2);
        assert_eq!(call(&mut vm, &t, "count", std::slice::from_ref(&one)), "3");
        assert_eq!(
            call(&mut vm, &t, "index", &[one.clone(), three.clone()]),
            "3"
        );
        assert_eq!(call(&mut vm, &t, "index", &[one.clone(), minus]), "5");
        assert_eq!(
            call(&mut vm, &t, "index", &[three]),
            "ValueError: tuple.index(x): x not in tuple"
        );
        assert_eq!(
            call(&mut vm, &t, "index", &[]),
            "TypeError: index expected at least 1 argument, got 0"
        );
    }
}
