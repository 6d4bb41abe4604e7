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
        // Linux's errno values, as CPython's errnomap.
        let e = &self.exc;
        let sub = match errno {
            1 | 13 => &e.permission_error,
            2 => &e.file_not_found_error,
            3 => &e.process_lookup_error,
            4 => &e.interrupted_error,
            10 => &e.child_process_error,
            11 | 114 | 115 => &e.blocking_io_error,
            17 => &e.file_exists_error,
            20 => &e.not_a_directory_error,
            21 => &e.is_a_directory_error,
            32 | 108 => &e.broken_pipe_error,
            103 => &e.connection_aborted_error,
            104 => &e.connection_reset_error,
            110 => &e.timeout_error,
            111 => &e.connection_refused_error,
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
        self.dict_set_name(&dict, "filename", none.clone());
        self.dict_set_name(&dict, "filename2", none.clone());
        // Without a filename, filename2 is ignored and args stay whole.
        let Some(filename) = args.get(2).filter(|f| !f.is(&none)).cloned() else {
            return Ok(());
        };
        if exc.type_of().is(&self.exc.blocking_io_error)
            && matches!(
                filename.kind(),
                crate::heap::Kind::Int | crate::heap::Kind::BigInt
            )
        {
            // BlockingIOError's third argument is how much was written.
            self.dict_set_name(&dict, "characters_written", filename);
            return Ok(());
        }
        self.dict_set_name(&dict, "filename", filename);
        if let Some(f2) = args.get(4).filter(|f| !f.is(&none)) {
            self.dict_set_name(&dict, "filename2", f2.clone());
        }
        if let Some(e) = exc.downcast::<PyException>() {
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
