//! Methods of list.

use crate::builtins::{add_method, no_kwargs, Args};
use crate::heap::ObjRef;
use crate::objects::list::PyList;
use crate::objects::PyResult;
use crate::vm::Vm;

/// Registers list's methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.list.clone();
    add_method(vm, &t, "list", "append", append);
    add_method(vm, &t, "list", "pop", pop);
}

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a PyList> {
    args.pos
        .first()
        .and_then(|s| s.downcast::<PyList>())
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' for 'list' objects doesn't apply")))
}

fn append(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "list.append", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let l = this(vm, &args, "append")?;
    crate::objects::list::push(&mut l.items.borrow_mut(), args.pos[1].clone());
    Ok(vm.none())
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "list.pop", &args)?;
    let l = this(vm, &args, "pop")?;
    let len = l.items.borrow().len();
    let idx = match args.pos.get(1) {
        Some(i) => vm.expect_index(i)?,
        None => -1,
    };
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if idx < 0 { idx + len as i64 } else { idx };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    let v: ObjRef = l.items.borrow_mut().remove(j as usize);
    Ok(v)
}
