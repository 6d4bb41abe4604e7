//! The constructor and methods of memoryview: `tobytes`, `tolist`, `hex`,
//! `release`, `cast`, `toreadonly`, and the context manager protocol
//! (`with memoryview(b) as m:` releases the view at the end).

use super::bytes_text;
use super::str_args::{check_self, keyword_args, no_args, positional};
use crate::builtins::{Args, add_method};
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::memoryview::PyMemoryView;
use crate::objects::native::NativeFn;
use crate::vm::Vm;

/// Registers memoryview's constructor and methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    crate::builtins::set_constructor(&t, memoryview_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("release", release),
        ("cast", cast),
        ("toreadonly", toreadonly),
        ("__enter__", enter),
        ("__exit__", exit),
    ];
    for &(name, f) in methods {
        add_method(vm, &t, "memoryview", name, f);
    }
    // Also the types memoryview, bytearray_iterator and memory_iterator
    // with their dicts (static types in CPython, as the methods are).
    super::bytearray::uncount(methods.len() + 6);
}

/// `memoryview(object)`.
fn memoryview_new(vm: &mut Vm, args: Args) -> PyResult {
    let slots = keyword_args(vm, &args, "memoryview", &["object"], 0, 1)?;
    let obj = slots[0].clone().unwrap_or_else(|| vm.none());
    vm.new_memoryview(&obj)
}

/// `self` of a memoryview method.
fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a ObjRef> {
    check_self(vm, args, Kind::MemoryView, "memoryview", name)
}

/// The bytes of a view that is not released.
fn contents(vm: &Vm, obj: &ObjRef) -> PyResult<Vec<u8>> {
    obj.downcast::<PyMemoryView>()
        .and_then(PyMemoryView::contents)
        .ok_or_else(|| vm.released_error())
}

/// `memoryview.tobytes(order='C')`.
fn tobytes(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "tobytes")?;
    keyword_args(vm, &args, "tobytes", &["order"], 0, 0)?;
    let data = contents(vm, obj)?;
    Ok(vm.new_bytes(&data))
}

/// `memoryview.tolist()`.
fn tolist(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "tolist")?;
    no_args(vm, &args, "memoryview.tolist")?;
    let items = vm.memoryview_items(obj)?;
    Ok(vm.new_list(items))
}

/// `memoryview.hex([sep[, bytes_per_sep]])`: as `bytes.hex` of its bytes.
fn hex(vm: &mut Vm, mut args: Args) -> PyResult {
    let obj = this(vm, &args, "hex")?;
    let data = contents(vm, obj)?;
    args.pos[0] = vm.new_bytes(&data);
    bytes_text::hex(vm, args)
}

/// `memoryview.release()`: drops the view's hold on the buffer.
fn release(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "release")?;
    no_args(vm, &args, "memoryview.release")?;
    if let Some(mv) = obj.downcast::<PyMemoryView>() {
        mv.release();
    }
    Ok(vm.none())
}

/// `memoryview.cast(format[, shape])`.
fn cast(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "cast")?;
    let slots = keyword_args(vm, &args, "cast", &["format", "shape"], 0, 1)?;
    let format = slots[0].clone().unwrap_or_else(|| vm.none());
    vm.memoryview_cast(obj, &format, slots[1].as_ref())
}

/// `memoryview.toreadonly()`: a read-only view of the same buffer.
fn toreadonly(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "toreadonly")?;
    no_args(vm, &args, "memoryview.toreadonly")?;
    let (mv, base) = vm.live_view(obj)?;
    let mut view = PyMemoryView::new(&base, mv.start, mv.len, mv.step, mv.format, mv.itemsize);
    view.readonly = true;
    Ok(crate::heap::alloc_object(&vm.types.memoryview, view))
}

/// `memoryview.__enter__()`: the view itself.
fn enter(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "__enter__")?;
    vm.live_view(obj)?;
    Ok(obj.clone())
}

/// `memoryview.__exit__(*exc_info)`: releases the view.
fn exit(vm: &mut Vm, args: Args) -> PyResult {
    let obj = this(vm, &args, "__exit__")?;
    positional(vm, &args, "memoryview.__exit__", "__exit__", 0, 3)?;
    if let Some(mv) = obj.downcast::<PyMemoryView>() {
        mv.release();
    }
    Ok(vm.none())
}
