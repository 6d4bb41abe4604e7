//! OSError's arguments, as CPython's `oserror_parse_args`: with two to five
//! arguments they are `errno`, `strerror`, `filename`, `winerror` and
//! `filename2`, `args` keeps only the first two, and `str()` reads
//! `[Errno 2] No such file or directory: 'x'`. `OSError(errno, ...)` itself
//! makes the subclass that errno stands for (`FileNotFoundError` for 2).

use super::Vm;
use crate::heap::ObjRef;
use crate::objects::PyResult;
use crate::objects::exception::PyException;
use crate::objects::int::PyInt;

impl Vm {
    /// The class `OSError(*args)` makes: the subclass for the errno in
    /// `args[0]` when `cls` is OSError itself and two to five arguments
    /// are given (as CPython's `OSError_new`), else `cls`.
    pub fn os_error_class(&self, cls: &ObjRef, args: &[ObjRef]) -> ObjRef {
        if !cls.is(&self.exc.os_error) || !(2..=5).contains(&args.len()) {
            return cls.clone();
        }
        let Some(errno) = args[0].downcast::<PyInt>().map(|i| i.value) else {
            return cls.clone();
        };
        let sub = match errno {
            1 | 13 => &self.exc.permission_error,
            2 => &self.exc.file_not_found_error,
            17 => &self.exc.file_exists_error,
            20 => &self.exc.not_a_directory_error,
            21 => &self.exc.is_a_directory_error,
            110 => &self.exc.timeout_error,
            _ => cls,
        };
        sub.clone()
    }

    /// A new OSError (or subclass) `ty` made from `args` as `ty(*args)`
    /// would make it.
    pub fn new_os_error(&mut self, ty: &ObjRef, args: Vec<ObjRef>) -> ObjRef {
        let exc = self.new_exception_obj(ty, args.clone());
        // Setting plain attributes of a fresh exception cannot fail.
        let _ = self.init_os_error(&exc, &args);
        exc
    }

    /// Sets `errno`, `strerror`, `filename` and `filename2` of a new
    /// OSError from its constructor arguments `args` (two to five of them;
    /// otherwise they stay None), cutting `args` down to the first two.
    pub fn init_os_error(&mut self, exc: &ObjRef, args: &[ObjRef]) -> PyResult<()> {
        if !(2..=5).contains(&args.len()) || !self.isinstance(exc, &self.exc.os_error.clone()) {
            return Ok(());
        }
        let none = self.none();
        let Some(dict) = self.instance_dict(exc, true) else {
            return Ok(());
        };
        self.dict_set_name(&dict, "errno", args[0].clone());
        self.dict_set_name(&dict, "strerror", args[1].clone());
        let filename = args.get(2).cloned().unwrap_or_else(|| none.clone());
        self.dict_set_name(&dict, "filename", filename);
        let filename2 = args.get(4).cloned().unwrap_or(none);
        self.dict_set_name(&dict, "filename2", filename2);
        if args.len() > 2
            && let Some(e) = exc.downcast::<PyException>()
        {
            let t = self.new_tuple(args[..2].to_vec());
            *e.args.borrow_mut() = t;
        }
        Ok(())
    }

    /// `str()` of an OSError whose errno and strerror are set; None for
    /// any other exception (its str comes from its args).
    pub fn os_error_str(&mut self, exc: &ObjRef) -> PyResult<Option<String>> {
        if !self.isinstance(exc, &self.exc.os_error.clone()) {
            return Ok(None);
        }
        let Some(dict) = exc
            .downcast::<PyException>()
            .and_then(|e| e.dict.borrow().clone())
        else {
            return Ok(None);
        };
        let field = |vm: &mut Vm, name: &str| {
            let k = vm.intern(name);
            vm.dict_get_str(&dict, &k).filter(|v| !v.is(&vm.none))
        };
        let (Some(errno), Some(strerror)) = (field(self, "errno"), field(self, "strerror")) else {
            return Ok(None);
        };
        let mut s = format!(
            "[Errno {}] {}",
            self.str_string(&errno)?,
            self.str_string(&strerror)?
        );
        if let Some(f) = field(self, "filename") {
            s.push_str(&format!(": {}", self.repr_string(&f)?));
            if let Some(f2) = field(self, "filename2") {
                s.push_str(&format!(" -> {}", self.repr_string(&f2)?));
            }
        }
        Ok(Some(s))
    }
}
