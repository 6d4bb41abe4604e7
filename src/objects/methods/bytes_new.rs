//! The constructors `bytes(source, encoding, errors)` and
//! `bytearray(source, encoding, errors)`: from nothing, a str and an
//! encoding, a count of zero bytes, a bytes-like object or an iterable of
//! ints, with CPython's argument errors.

use super::bytes::bytes_of;
use super::str_args::{clinic_type_name, keyword_args};
use super::str_codec::codec_arg;
use crate::builtins::Args;
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::bytearray::PyByteArray;
use crate::vm::Vm;

/// The source of a new bytes or bytearray: where its bytes come from.
enum Source {
    /// Bytes ready to copy (an encoded str, a bytes-like object).
    Data(Vec<u8>),
    /// A count of zero bytes.
    Zeros(usize),
    /// Ints from a list or tuple (whose length is known up front).
    Sequence(Vec<ObjRef>),
    /// Ints from another iterable.
    Items(Vec<ObjRef>),
}

/// Parses the arguments shared by both constructors into a [`Source`].
fn source(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Source> {
    let slots = keyword_args(vm, args, name, &["source", "encoding", "errors"], 0, 0)?;
    for (slot, argname) in slots[1..].iter().zip(["encoding", "errors"]) {
        if let Some(v) = slot
            && v.as_str().is_none()
        {
            return Err(vm.type_error(format!(
                "{name}() argument '{argname}' must be str, not {}",
                clinic_type_name(vm, v)
            )));
        }
    }
    let (encoding, errors) = (slots[1].clone(), slots[2].clone());
    let without = |vm: &Vm| {
        vm.type_error(if encoding.is_some() {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        })
    };
    let Some(x) = slots[0].clone() else {
        if encoding.is_some() || errors.is_some() {
            return Err(without(vm));
        }
        return Ok(Source::Data(Vec::new()));
    };
    if let Some(text) = x.as_str() {
        let Some(enc) = &encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let codec = codec_arg(vm, enc.as_str())?;
        let data = codec.encode(vm, text, errors.as_ref().and_then(|e| e.as_str()))?;
        return Ok(Source::Data(data));
    }
    if encoding.is_some() || errors.is_some() {
        return Err(without(vm));
    }
    // An object with `__index__` stands for a count, as an int does.
    let original = x.clone();
    let x = if crate::vm::index::user_dunder(vm, &x, "__index__").is_some() {
        vm.number_index(&x)?.unwrap_or(x)
    } else {
        x
    };
    if matches!(x.kind(), Kind::Int | Kind::BigInt) {
        if x.kind() == Kind::BigInt {
            return Err(vm.overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(&original)
            )));
        }
        let n = vm.expect_index(&x)?;
        let n = usize::try_from(n).map_err(|_| vm.value_error("negative count"))?;
        if !crate::heap::try_reserve(n) {
            return Err(vm.memory_error());
        }
        return Ok(Source::Zeros(n));
    }
    if x.kind() == Kind::MemoryView {
        vm.live_view(&x)?;
    }
    if let Some(b) = bytes_of(&x) {
        return Ok(Source::Data(b.into_owned()));
    }
    if vm.get_iter(&x).is_err() {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to {name}",
            vm.type_name(&x)
        )));
    }
    let exact = matches!(x.kind(), Kind::List | Kind::Tuple);
    let items = vm.collect_iterable(&x)?;
    Ok(if exact {
        Source::Sequence(items)
    } else {
        Source::Items(items)
    })
}

/// The bytes of an iterable of ints ("bytes must be in range(0, 256)").
fn item_bytes(vm: &mut Vm, items: &[ObjRef], range_msg: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let v = vm.expect_index(it)?;
        match u8::try_from(v) {
            Ok(b) => out.push(b),
            Err(_) => return Err(vm.value_error(range_msg)),
        }
    }
    Ok(out)
}

/// `bytes(source=b'', encoding=..., errors=...)`.
pub fn bytes_new(vm: &mut Vm, args: Args) -> PyResult {
    // `bytes(x)` asks a class's own `__bytes__` first.
    if let [_, x] = &args.pos[..]
        && args.kw.is_empty()
        && crate::vm::index::user_dunder(vm, x, "__bytes__").is_some()
    {
        let r = vm.call_dunder(x, "__bytes__", &[])?.unwrap_or(vm.none());
        if r.kind() != crate::heap::Kind::Bytes {
            return Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            )));
        }
        return Ok(r);
    }
    // `bytes(b)` of an exact bytes is `b` itself (PyBytes_FromObject).
    if let [_, x] = args.pos.as_slice()
        && args.kw.is_empty()
        && x.kind() == Kind::Bytes
        && x.flags() & crate::heap::flags::SUBCLASS == 0
    {
        return Ok(x.clone());
    }
    let data = match source(vm, &args, "bytes")? {
        Source::Data(d) => d,
        Source::Zeros(n) => vec![0; n],
        Source::Sequence(items) | Source::Items(items) => {
            item_bytes(vm, &items, "bytes must be in range(0, 256)")?
        }
    };
    Ok(vm.new_bytes(&data))
}

/// `bytearray(source=b'', encoding=..., errors=...)`, allocated in
/// CPython's steps (appending item by item for an iterable).
pub fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult {
    let ba = PyByteArray::new(Vec::new());
    match source(vm, &args, "bytearray")? {
        Source::Data(d) => {
            ba.note_resize(d.len());
            *ba.data.borrow_mut() = d;
        }
        Source::Zeros(n) => {
            ba.note_resize(n);
            *ba.data.borrow_mut() = vec![0; n];
        }
        Source::Sequence(items) => {
            let data = item_bytes(vm, &items, "byte must be in range(0, 256)")?;
            ba.note_resize(data.len());
            *ba.data.borrow_mut() = data;
        }
        Source::Items(items) => {
            let data = item_bytes(vm, &items, "byte must be in range(0, 256)")?;
            for len in 0..data.len() {
                if len + 1 >= ba.alloc.get() {
                    ba.note_resize_from(len, len + 1);
                }
            }
            *ba.data.borrow_mut() = data;
        }
    }
    Ok(crate::heap::alloc_object(&vm.types.bytearray, ba))
}

/// Decodes `data` with the `encoding` and `errors` arguments of
/// `str(obj, encoding, errors)` (str objects or absent).
pub fn decode_bytes(
    vm: &mut Vm,
    data: &[u8],
    encoding: Option<&ObjRef>,
    errors: Option<&ObjRef>,
) -> PyResult<String> {
    for (v, argname) in [(encoding, "encoding"), (errors, "errors")] {
        if let Some(v) = v
            && v.as_str().is_none()
        {
            return Err(vm.type_error(format!(
                "str() argument '{argname}' must be str, not {}",
                clinic_type_name(vm, v)
            )));
        }
    }
    let codec = codec_arg(vm, encoding.and_then(|e| e.as_str()))?;
    codec.decode(vm, data, errors.and_then(|e| e.as_str()))
}
