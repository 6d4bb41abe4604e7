//! What the VM does with a memoryview: construction, item and slice access
//! (slices are views of the same buffer), assignment through writable
//! views, `len`, `==`, `hash`, `repr` and the attributes (`readonly`,
//! `nbytes`, `shape`, ...). Items are decoded with the view's struct
//! format, native byte order.

use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::bytes::bytes_like;
use crate::objects::memoryview::{PyMemoryView, RELEASED, with_base, with_base_mut};
use crate::vm::Vm;
use crate::vm::items::adjust_slice;

/// Bytes per item of a single-character struct format, or `None` when
/// the format is not one memoryview supports.
pub fn format_size(format: &str) -> Option<usize> {
    Some(match format {
        "B" | "b" | "c" | "?" => 1,
        "H" | "h" | "e" => 2,
        "I" | "i" | "f" => 4,
        "L" | "l" | "Q" | "q" | "N" | "n" | "d" | "P" => 8,
        _ => return None,
    })
}

/// The interned form of a supported format (payloads hold `&'static str`).
pub fn static_format(format: &str) -> Option<&'static str> {
    const ALL: [&str; 18] = [
        "B", "b", "c", "?", "H", "h", "e", "I", "i", "f", "L", "l", "Q", "q", "N", "n", "d", "P",
    ];
    ALL.iter().copied().find(|f| *f == format)
}

/// The read-only attributes of a memoryview, computed from its view.
pub const MEMORYVIEW_ATTRS: [&str; 12] = [
    "obj",
    "readonly",
    "nbytes",
    "itemsize",
    "format",
    "ndim",
    "shape",
    "strides",
    "suboffsets",
    "c_contiguous",
    "f_contiguous",
    "contiguous",
];

/// Whether `format` is one of the byte formats a cast may start or end at.
fn is_byte_format(format: &str) -> bool {
    matches!(format, "B" | "b" | "c")
}

impl Vm {
    /// The ValueError of an operation on a released view.
    pub fn released_error(&self) -> crate::objects::PyErr {
        self.value_error(RELEASED)
    }

    /// The payload of a memoryview that is not released.
    pub fn live_view<'a>(&self, obj: &'a ObjRef) -> PyResult<(&'a PyMemoryView, ObjRef)> {
        let Some(mv) = obj.downcast::<PyMemoryView>() else {
            return Err(self.type_error("expected a memoryview"));
        };
        match mv.base() {
            Some(base) => Ok((mv, base)),
            None => Err(self.released_error()),
        }
    }

    /// A new view of all of `obj`: bytes, bytearray or another view.
    pub fn new_memoryview(&mut self, obj: &ObjRef) -> PyResult {
        let payload = match obj.kind() {
            Kind::Bytes | Kind::ByteArray => PyMemoryView::whole(obj),
            Kind::MemoryView => {
                let (mv, base) = self.live_view(obj)?;
                let mut v =
                    PyMemoryView::new(&base, mv.start, mv.len, mv.step, mv.format, mv.itemsize);
                v.readonly = mv.readonly;
                v
            }
            _ => {
                return Err(self.type_error(format!(
                    "memoryview: a bytes-like object is required, not '{}'",
                    self.type_name(obj)
                )));
            }
        };
        Ok(crate::heap::alloc_object(&self.types.memoryview, payload))
    }

    /// The item of `mv` at byte offset `off`, decoded by its format.
    fn view_item(&self, mv: &PyMemoryView, base: &ObjRef, off: usize) -> ObjRef {
        let raw = with_base(base, |buf| {
            buf.get(off..off + mv.itemsize).map(<[u8]>::to_vec)
        })
        .flatten()
        .unwrap_or_default();
        self.unpack_item(mv.format, &raw)
    }

    /// One item decoded from its bytes.
    pub fn unpack_item(&self, format: &str, raw: &[u8]) -> ObjRef {
        let mut word = [0u8; 8];
        word[..raw.len().min(8)].copy_from_slice(&raw[..raw.len().min(8)]);
        let u = u64::from_ne_bytes(word);
        match format {
            "B" | "H" | "I" => self.new_int(u as i64),
            "L" | "Q" | "N" | "P" => self.new_i128(i128::from(u)),
            "b" => self.new_int(i64::from(raw.first().copied().unwrap_or(0) as i8)),
            "h" => self.new_int(i64::from(u as u16 as i16)),
            "i" => self.new_int(i64::from(u as u32 as i32)),
            "l" | "q" | "n" => self.new_int(u as i64),
            "c" => self.new_bytes(raw),
            "?" => self.new_bool(u != 0),
            "f" => self.new_float(f64::from(f32::from_bits(u as u32))),
            "d" => self.new_float(f64::from_bits(u)),
            _ => self.new_int(u as i64),
        }
    }

    /// The bytes of `value` as one item of `format` (memoryview item
    /// assignment).
    fn pack_item(&mut self, format: &'static str, value: &ObjRef) -> PyResult<Vec<u8>> {
        let bad_type =
            |vm: &Vm| vm.type_error(format!("memoryview: invalid type for format '{format}'"));
        let bad_value =
            |vm: &Vm| vm.value_error(format!("memoryview: invalid value for format '{format}'"));
        let size = format_size(format).unwrap_or(1);
        match format {
            "c" => match value.var_items::<crate::objects::bytes::PyBytes>() {
                Some([b]) => Ok(vec![*b]),
                Some(_) => Err(bad_value(self)),
                None => Err(bad_type(self)),
            },
            "f" | "d" => {
                let x = match crate::vm::ops::as_num(value) {
                    Some(crate::vm::ops::Num::Float(f)) => f,
                    Some(crate::vm::ops::Num::Int(i)) => i as f64,
                    _ => return Err(bad_type(self)),
                };
                Ok(if format == "f" {
                    (x as f32).to_ne_bytes().to_vec()
                } else {
                    x.to_ne_bytes().to_vec()
                })
            }
            "?" => {
                let t = self.truthy(value)?;
                Ok(vec![u8::from(t)])
            }
            _ => {
                if !matches!(value.kind(), Kind::Int | Kind::BigInt) {
                    return Err(bad_type(self));
                }
                let v = crate::vm::ops::as_bigint(value).unwrap_or_default();
                let v = num_traits::ToPrimitive::to_i128(&v).ok_or_else(|| bad_value(self))?;
                let bits = 8 * size as u32;
                let signed = format.chars().all(|c| c.is_ascii_lowercase());
                let ok = if signed {
                    let lim = 1i128 << (bits - 1);
                    (-lim..lim).contains(&v)
                } else {
                    (0..(1i128 << bits)).contains(&v)
                };
                if !ok {
                    return Err(bad_value(self));
                }
                Ok((v as u64).to_ne_bytes()[..size].to_vec())
            }
        }
    }

    /// `mv[key]`.
    pub fn memoryview_getitem(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult {
        let (mv, base) = self.live_view(obj)?;
        if key.kind() == Kind::Slice {
            let (start, stop, step) = self.slice_unpack(key)?;
            let s = adjust_slice(start, stop, step, mv.len);
            let first = mv.start as isize + s.start as isize * mv.step;
            let mut view = PyMemoryView::new(
                &base,
                first.max(0) as usize,
                s.len,
                mv.step * s.step as isize,
                mv.format,
                mv.itemsize,
            );
            view.readonly = mv.readonly;
            return Ok(crate::heap::alloc_object(&self.types.memoryview, view));
        }
        let i = self.view_index(key, mv.len)?;
        let off = (mv.start as isize + i as isize * mv.step) as usize;
        Ok(self.view_item(mv, &base, off))
    }

    /// Resolves an item index of a view of `len` items.
    fn view_index(&mut self, key: &ObjRef, len: usize) -> PyResult<usize> {
        let Some(i) = self.index_value(key)? else {
            return Err(self.type_error("memoryview: invalid slice key"));
        };
        let j = if i < 0 {
            i.saturating_add(len as i64)
        } else {
            i
        };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error("index out of bounds on dimension 1"));
        }
        Ok(j as usize)
    }

    /// `mv[key] = value`: one item, or a slice from a buffer of the same
    /// shape.
    pub fn memoryview_setitem(
        &mut self,
        obj: &ObjRef,
        key: &ObjRef,
        value: &ObjRef,
    ) -> PyResult<()> {
        let (mv, base) = self.live_view(obj)?;
        if mv.readonly {
            return Err(self.type_error("cannot modify read-only memory"));
        }
        if key.kind() == Kind::Slice {
            let Some(src) = bytes_like(value).map(|b| b.into_owned()) else {
                return Err(self.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    self.type_name(value)
                )));
            };
            let (start, stop, step) = self.slice_unpack(key)?;
            let s = adjust_slice(start, stop, step, mv.len);
            let src_format = match value.downcast::<PyMemoryView>() {
                Some(v) => v.format,
                None => "B",
            };
            if src.len() != s.len * mv.itemsize || src_format != mv.format {
                return Err(self.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            let size = mv.itemsize;
            let offsets: Vec<usize> = s
                .indices()
                .map(|i| (mv.start as isize + i as isize * mv.step) as usize)
                .collect();
            with_base_mut(&base, |buf| {
                for (k, off) in offsets.into_iter().enumerate() {
                    if let (Some(dst), Some(from)) = (
                        buf.get_mut(off..off + size),
                        src.get(k * size..(k + 1) * size),
                    ) {
                        dst.copy_from_slice(from);
                    }
                }
            });
            return Ok(());
        }
        let i = self.view_index(key, mv.len)?;
        let bytes = self.pack_item(mv.format, value)?;
        let off = (mv.start as isize + i as isize * mv.step) as usize;
        with_base_mut(&base, |buf| {
            if let Some(dst) = buf.get_mut(off..off + bytes.len()) {
                dst.copy_from_slice(&bytes);
            }
        });
        Ok(())
    }

    /// The items of a view as Python objects (`tolist()`, iteration).
    pub fn memoryview_items(&mut self, obj: &ObjRef) -> PyResult<Vec<ObjRef>> {
        let (mv, base) = self.live_view(obj)?;
        Ok(mv
            .offsets()
            .map(|off| self.view_item(mv, &base, off))
            .collect())
    }

    /// `a == b` where `a` is a memoryview: `None` when `b` is no buffer
    /// (so identity decides).
    pub fn memoryview_eq(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<Option<bool>> {
        if a.is(b) {
            return Ok(Some(true));
        }
        let Some(x) = a.downcast::<PyMemoryView>() else {
            return Ok(None);
        };
        let y_format = match b.downcast::<PyMemoryView>() {
            Some(y) if y.is_released() => return Ok(Some(false)),
            Some(y) => y.format,
            None if matches!(b.kind(), Kind::Bytes | Kind::ByteArray) => "B",
            None => return Ok(None),
        };
        if x.is_released() {
            return Ok(Some(false));
        }
        let (Some(xs), Some(ys)) = (bytes_like(a), bytes_like(b)) else {
            return Ok(Some(false));
        };
        if x.format == y_format {
            return Ok(Some(xs == ys));
        }
        // Different formats: compare the decoded items.
        let xi = self.memoryview_items(a)?;
        let yi = match b.kind() {
            Kind::MemoryView => self.memoryview_items(b)?,
            _ => ys.iter().map(|&v| self.new_int(i64::from(v))).collect(),
        };
        if xi.len() != yi.len() {
            return Ok(Some(false));
        }
        for (p, q) in xi.iter().zip(&yi) {
            if !self.eq(p, q)? {
                return Ok(Some(false));
            }
        }
        Ok(Some(true))
    }

    /// `hash(mv)`: the hash of its bytes, for read-only views.
    pub fn memoryview_hash(&mut self, obj: &ObjRef) -> PyResult<i64> {
        let (mv, _) = self.live_view(obj)?;
        if !mv.readonly {
            return Err(self.value_error("cannot hash writable memoryview object"));
        }
        if !matches!(mv.format, "B" | "b" | "c") {
            return Err(
                self.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
            );
        }
        let h = mv.hash.get();
        if h != -1 {
            return Ok(h);
        }
        let h = crate::objects::str::hash_bytes(&mv.contents().unwrap_or_default());
        mv.hash.set(h);
        Ok(h)
    }

    /// `repr(mv)`.
    pub fn memoryview_repr(&self, obj: &ObjRef) -> String {
        let released = obj
            .downcast::<PyMemoryView>()
            .is_none_or(PyMemoryView::is_released);
        if released {
            format!("<released memory at {:#x}>", obj.id())
        } else {
            format!("<memory at {:#x}>", obj.id())
        }
    }

    /// `len(mv)`.
    pub fn memoryview_len(&self, obj: &ObjRef) -> PyResult<usize> {
        let (mv, _) = self.live_view(obj)?;
        Ok(mv.len)
    }

    /// The data attributes of a view (`readonly`, `nbytes`, `shape`, ...):
    /// `None` for other names.
    pub fn memoryview_attr(&mut self, obj: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        if !MEMORYVIEW_ATTRS.contains(&name) {
            return Ok(None);
        }
        let (mv, base) = self.live_view(obj)?;
        let int = |vm: &Vm, v: isize| vm.new_int(v as i64);
        Ok(Some(match name {
            "obj" => base,
            "readonly" => self.new_bool(mv.readonly),
            "nbytes" => int(self, mv.nbytes() as isize),
            "itemsize" => int(self, mv.itemsize as isize),
            "format" => self.new_str(mv.format),
            "ndim" => int(self, 1),
            "shape" => {
                let n = int(self, mv.len as isize);
                self.new_tuple(vec![n])
            }
            "strides" => {
                let n = int(self, mv.step);
                self.new_tuple(vec![n])
            }
            "suboffsets" => self.new_tuple(vec![]),
            _ => self.new_bool(mv.is_contiguous()),
        }))
    }

    /// `mv.cast(format[, shape])` for one-dimensional results.
    pub fn memoryview_cast(
        &mut self,
        obj: &ObjRef,
        format: &ObjRef,
        shape: Option<&ObjRef>,
    ) -> PyResult {
        let (mv, base) = self.live_view(obj)?;
        let Some(fmt) = format.as_str() else {
            return Err(self.type_error(format!(
                "cast() argument 'format' must be str, not {}",
                self.type_name(format)
            )));
        };
        if !mv.is_contiguous() {
            return Err(self.type_error("memoryview: casts are restricted to C-contiguous views"));
        }
        let fmt = fmt.strip_prefix('@').unwrap_or(fmt);
        let Some(new_format) = static_format(fmt) else {
            return Err(self.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ));
        };
        if !is_byte_format(mv.format) && !is_byte_format(new_format) {
            return Err(self.type_error("memoryview: cannot cast between two non-byte formats"));
        }
        let size = format_size(new_format).unwrap_or(1);
        let nbytes = mv.nbytes();
        if nbytes % size != 0 {
            return Err(self.type_error("memoryview: length is not a multiple of itemsize"));
        }
        let len = nbytes / size;
        if let Some(shape) = shape {
            let dims = self.collect_iterable(shape)?;
            let mut product: i64 = 1;
            for d in &dims {
                product = product.saturating_mul(self.expect_index(d)?);
            }
            if dims.len() != 1 || product != len as i64 {
                return Err(self.type_error(
                    "memoryview: cast to a shape other than its length is not supported",
                ));
            }
        }
        let mut view = PyMemoryView::new(&base, mv.start, len, size as isize, new_format, size);
        view.readonly = mv.readonly;
        Ok(crate::heap::alloc_object(&self.types.memoryview, view))
    }
}
