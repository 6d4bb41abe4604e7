//! `type.__subclasses__()`: each class's direct subclasses, in creation
//! order, held by weak references as CPython's `tp_subclasses` holds them,
//! so a subclass that goes away drops out of the list.

use crate::heap::ObjRef;
use crate::objects::PyResult;
use crate::objects::native::Args;
use crate::objects::weakref::PyWeakRef;
use crate::vm::Vm;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// Weak references to the subclasses of each base, keyed by the base's
    /// address. A base outlives its subclasses (they refer to it), so an
    /// entry left behind by a freed base holds only dead references.
    static SUBCLASSES: RefCell<HashMap<usize, Vec<ObjRef>>> = RefCell::new(HashMap::new());
}

impl Vm {
    /// Records the new class `cls` as a subclass of each of its `bases`.
    pub fn register_subclass(&mut self, cls: &ObjRef, bases: &[ObjRef]) {
        let ty = self.types.weakref_ref.clone();
        let Ok(wr) = crate::modules::weakref::new_weakref(self, &ty, cls, None, false) else {
            return;
        };
        SUBCLASSES.with(|s| {
            let mut s = s.borrow_mut();
            for b in bases {
                let list = s.entry(b.id()).or_default();
                list.retain(|w| w.downcast::<PyWeakRef>().and_then(|w| w.get()).is_some());
                list.push(wr.clone());
            }
        });
    }

    /// Drops the table's weak references (at interpreter teardown).
    pub fn clear_subclasses(&mut self) {
        let table = SUBCLASSES.with(|s| std::mem::take(&mut *s.borrow_mut()));
        drop(table);
    }
}

/// `cls.__subclasses__()`: the live direct subclasses, oldest first.
pub fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult {
    let Some(t) = args.pos.first() else {
        return Err(vm.type_error("__subclasses__() needs a type"));
    };
    let id = t.id();
    let live: Vec<ObjRef> = SUBCLASSES.with(|s| {
        s.borrow()
            .get(&id)
            .map(|l| {
                l.iter()
                    .filter_map(|w| w.downcast::<PyWeakRef>().and_then(|w| w.get()))
                    .collect()
            })
            .unwrap_or_default()
    });
    Ok(vm.new_list(live))
}
