//! Pre-interned names the VM looks up on hot paths (dunders consulted on
//! every attribute access, instantiation or iteration step), so those
//! lookups compare string identities without hashing the text first.

use super::Vm;
use crate::heap::ObjRef;

macro_rules! names {
    ( $( $field:ident = $text:literal; )* ) => {
        /// Interned name strings, one field per name.
        pub struct Names {
            $(
                #[doc = $text]
                pub $field: ObjRef,
            )*
        }

        impl Names {
            /// A table whose every entry is `filler` (replaced by
            /// [`make_names`] once the VM can intern).
            pub fn placeholder(filler: &ObjRef) -> Names {
                Names { $( $field: filler.clone(), )* }
            }
        }

        /// Interns every name of the table.
        pub fn make_names(vm: &mut Vm) -> Names {
            Names { $( $field: vm.intern($text), )* }
        }
    };
}

names! {
    getattribute = "__getattribute__";
    getattr = "__getattr__";
    setattr = "__setattr__";
    delattr = "__delattr__";
    new = "__new__";
    init = "__init__";
    next = "__next__";
    iter = "__iter__";
    call = "__call__";
    get = "__get__";
    set = "__set__";
    delete = "__delete__";
    enter = "__enter__";
    exit = "__exit__";
}

impl Vm {
    /// The builtins that code running in `globals` sees: the builtins
    /// dict, or, once an `eval`/`exec` was given its own, what
    /// `globals['__builtins__']` names (a dict, or a module's dict), as
    /// CPython takes a frame's builtins from its globals.
    pub fn builtins_for(&mut self, globals: &ObjRef) -> ObjRef {
        if !self.custom_builtins {
            return self.builtins.clone();
        }
        let k = self.intern("__builtins__");
        match self.dict_get_str(globals, &k) {
            Some(b) if b.kind() == crate::heap::Kind::Dict => b,
            Some(m) => match m.downcast::<crate::objects::module::PyModule>() {
                Some(module) => module.dict.clone(),
                None => self.builtins.clone(),
            },
            None => self.builtins.clone(),
        }
    }
}
