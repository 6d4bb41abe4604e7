//! `_fileio`: the operating-system side of `open()` (whose file objects
//! are written in Python, `py/_io.py`): whole-file reads, writes at an
//! offset or appended, truncation and exclusive creation, with CPython's OSError subclasses and
//! "[Errno N] message: 'path'" texts.

use super::args::add_functions;
use crate::builtins::Args;
use crate::heap::{Kind, ObjRef};
use crate::objects::bytes::PyBytes;
use crate::objects::{PyErr, PyResult};
use crate::vm::Vm;
use std::io::{Seek, Write};

/// Builds the `_fileio` module.
pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_fileio");
    add_functions(
        vm,
        &m,
        "_fileio",
        &[
            ("read", read),
            ("write_at", write_at),
            ("size", size),
            ("create", create_new),
        ],
    );
    m
}

/// The OSError CPython raises for `e` on `path`.
fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> PyErr {
    let (ty, msg) = match e.raw_os_error() {
        Some(2) => (&vm.exc.file_not_found_error, "No such file or directory"),
        Some(13) => (&vm.exc.permission_error, "Permission denied"),
        Some(17) => (&vm.exc.file_exists_error, "File exists"),
        Some(20) => (&vm.exc.not_a_directory_error, "Not a directory"),
        Some(21) => (&vm.exc.is_a_directory_error, "Is a directory"),
        _ => (&vm.exc.os_error, ""),
    };
    let n = e.raw_os_error().unwrap_or(0);
    let text = if msg.is_empty() {
        e.to_string()
    } else {
        msg.to_string()
    };
    let ty = ty.clone();
    let args = vec![vm.new_int(n as i64), vm.new_str(&text), vm.new_str(path)];
    crate::objects::PyErr(vm.new_os_error(&ty, args))
}

fn path_arg(vm: &Vm, args: &Args, n: usize) -> PyResult<String> {
    match args.pos.first() {
        Some(p) if p.kind() == Kind::Str && args.pos.len() == n => {
            Ok(p.as_str().unwrap_or("").to_string())
        }
        _ => Err(vm.type_error("bad _fileio arguments")),
    }
}

/// `read(path)`: the file's bytes.
fn read(vm: &mut Vm, args: Args) -> PyResult {
    let path = path_arg(vm, &args, 1)?;
    match std::fs::read(&path) {
        Ok(data) => Ok(vm.new_bytes(&data)),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// `write_at(path, data, offset, append, size)`: writes `data` at byte
/// `offset` of the file (at its end when `append`), making the file if it
/// is missing, then cuts or extends it to `size` unless that is None.
fn write_at(vm: &mut Vm, args: Args) -> PyResult {
    let path = path_arg(vm, &args, 5)?;
    let data = args.pos[1].var_items::<PyBytes>().unwrap_or(&[]).to_vec();
    let offset = vm.expect_index(&args.pos[2].clone())?;
    let append = vm.truthy(&args.pos[3].clone())?;
    let size = if args.pos[4].is(&vm.none) {
        None
    } else {
        Some(vm.expect_index(&args.pos[4].clone())?)
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.create(true);
    if append {
        opts.append(true);
    } else {
        opts.write(true);
    }
    let result = opts.open(&path).and_then(|mut f| {
        if !append {
            f.seek(std::io::SeekFrom::Start(offset.max(0) as u64))?;
        }
        f.write_all(&data)?;
        if let Some(n) = size {
            f.set_len(n.max(0) as u64)?;
        }
        Ok(())
    });
    match result {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// `size(path)`: the file's length in bytes.
fn size(vm: &mut Vm, args: Args) -> PyResult {
    let path = path_arg(vm, &args, 1)?;
    match std::fs::metadata(&path) {
        Ok(m) => Ok(vm.new_int(m.len() as i64)),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// `create(path)`: makes a new empty file, FileExistsError if it exists.
fn create_new(vm: &mut Vm, args: Args) -> PyResult {
    let path = path_arg(vm, &args, 1)?;
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
    {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// The built-in `open(...)`: `_io.open(...)`.
pub fn builtin_open(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.is_empty() && !args.kw.iter().any(|(k, _)| k.as_str() == Some("file")) {
        // Worded as the C function words it, not as _io.open's Python def.
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    }
    let m = vm.import_dotted("_io")?;
    let k = vm.intern("open");
    let f = vm.getattr(&m, &k)?;
    let kw = if args.kw.is_empty() {
        None
    } else {
        Some(args.kw.clone())
    };
    vm.call(&f, &args.pos, kw)
}
