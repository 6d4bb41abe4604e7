//! Raising exceptions from Rust code, and printing tracebacks in CPython's
//! format (with `__cause__` / `__context__` chains).

use super::Vm;
use crate::heap::{self, ObjRef};
use crate::objects::exception::{PyException, TraceEntry};
use crate::objects::generator::PyGenerator;
use crate::objects::typeobj::PyType;
use crate::objects::{PyErr, PyResult};
use crate::parser::error::SourceError;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;

impl Vm {
    /// A new exception instance of class `ty` with the given args tuple items.
    pub fn new_exception_obj(&self, ty: &ObjRef, args: Vec<ObjRef>) -> ObjRef {
        let args = self.new_tuple(args);
        heap::alloc_object(
            ty,
            PyException {
                args: RefCell::new(args),
                traceback: RefCell::new(Vec::new()),
                cause: RefCell::new(None),
                context: RefCell::new(None),
                suppress_context: Cell::new(false),
                dict: RefCell::new(None),
                attr_context: RefCell::new(None),
            },
        )
    }

    /// An exception of class `ty` with one str argument.
    pub fn new_error(&self, ty: &ObjRef, msg: impl AsRef<str>) -> PyErr {
        PyErr(self.new_exception_obj(ty, vec![self.new_str(msg.as_ref())]))
    }

    /// An exception of class `ty` with the given args.
    pub fn new_error_args(&self, ty: &ObjRef, args: Vec<ObjRef>) -> PyErr {
        PyErr(self.new_exception_obj(ty, args))
    }

    /// `TypeError(msg)`.
    pub fn type_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.type_error, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.value_error, msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.index_error, msg)
    }

    /// `OverflowError(msg)`.
    pub fn overflow_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error(&self.exc.overflow_error, msg)
    }

    /// `MemoryError()`.
    pub fn memory_error(&self) -> PyErr {
        PyErr(self.new_exception_obj(&self.exc.memory_error, vec![]))
    }

    /// `KeyError(key)`.
    pub fn key_error(&self, key: ObjRef) -> PyErr {
        PyErr(self.new_exception_obj(&self.exc.key_error, vec![key]))
    }

    /// `AttributeError("'T' object has no attribute 'name'")`.
    pub fn no_attribute(&self, obj: &ObjRef, name: &str) -> PyErr {
        if let Some(t) = obj.downcast::<PyType>() {
            return self.new_error(
                &self.exc.attribute_error,
                format!(
                    "type object '{}' has no attribute '{}'",
                    t.name.borrow(),
                    name
                ),
            );
        }
        self.new_error(
            &self.exc.attribute_error,
            format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        )
    }

    /// The name of `obj`'s type as CPython's messages show it (its
    /// `tp_name`): the `__name__`, or `module.name` for the classes of the
    /// standard library that CPython writes in C but Ferrite in Python
    /// (`unhashable type: 'collections.deque'`).
    pub fn type_name(&self, obj: &ObjRef) -> String {
        let t = obj.type_of();
        let Some(pt) = t.downcast::<PyType>() else {
            return "?".into();
        };
        let name = pt.name.borrow().clone();
        let is_class = pt.flags.get() & crate::objects::typeobj::type_flags::HEAPTYPE != 0;
        if is_class
            && let Some(module) = C_TYPES_IN_PYTHON
                .iter()
                .find(|(_, n)| *n == name)
                .map(|(m, _)| *m)
            && type_module_is(pt, module)
        {
            return format!("{module}.{name}");
        }
        name
    }

    /// The `__name__` of a type object.
    pub fn type_name_of_type(&self, ty: &ObjRef) -> String {
        ty.downcast::<PyType>()
            .map(|t| t.name.borrow().clone())
            .unwrap_or_else(|| "?".into())
    }

    /// Whether class `sub` is `sup` or derives from it.
    pub fn is_subclass(&self, sub: &ObjRef, sup: &ObjRef) -> bool {
        if sub.is(sup) {
            return true;
        }
        match sub.downcast::<PyType>() {
            Some(t) => t.mro.borrow().iter().any(|c| c.is(sup)),
            None => false,
        }
    }

    /// Whether `obj` is an instance of class `cls`.
    pub fn isinstance(&self, obj: &ObjRef, cls: &ObjRef) -> bool {
        let t = obj.type_of();
        self.is_subclass(&t, cls)
    }

    /// The SyntaxError (or IndentationError / TabError) for a source error.
    pub fn syntax_error(&mut self, err: &SourceError, filename: &str, source: &str) -> PyErr {
        let ty = match err.kind {
            crate::parser::error::SourceErrorKind::Syntax => self.exc.syntax_error.clone(),
            crate::parser::error::SourceErrorKind::Indentation => {
                self.exc.indentation_error.clone()
            }
            crate::parser::error::SourceErrorKind::Tab => self.exc.tab_error.clone(),
        };
        let offset = err.offset.min(source.len());
        let line_start = source[..offset]
            .rfind(['\n', '\r'])
            .map(|i| i + 1)
            .unwrap_or(0);
        let lineno = source[..line_start].matches('\n').count()
            + source[..line_start].matches('\r').count()
            - source[..line_start].matches("\r\n").count()
            + 1;
        let line_end = source[offset..]
            .find(['\n', '\r'])
            .map(|i| offset + i)
            .unwrap_or(source.len());
        let text = &source[line_start..line_end];
        let col = source[line_start..offset].chars().count() + 1;
        let end_col = err.end_offset.map(|e| {
            source[line_start..e.clamp(line_start, line_end.max(line_start))]
                .chars()
                .count()
                + 1
        });
        let msg = self.new_str(&err.message);
        let details = self.new_tuple(vec![
            self.new_str(filename),
            self.new_int(lineno as i64),
            self.new_int(col as i64),
            self.new_str(&format!("{text}\n")),
            self.new_int(lineno as i64),
            self.new_int(end_col.unwrap_or(col + 1) as i64),
        ]);
        let exc = self.new_exception_obj(&ty, vec![msg.clone(), details]);
        let attrs: [(&str, ObjRef); 7] = [
            ("msg", msg),
            ("end_lineno", self.new_int(lineno as i64)),
            ("filename", self.new_str(filename)),
            ("lineno", self.new_int(lineno as i64)),
            ("offset", self.new_int(col as i64)),
            ("text", self.new_str(&format!("{text}\n"))),
            (
                "end_offset",
                self.new_int(end_col.unwrap_or(col + 1) as i64),
            ),
        ];
        for (k, v) in attrs {
            let key = self.intern(k);
            self.exception_set_attr(&exc, &key, v);
        }
        PyErr(exc)
    }

    /// Sets an extra attribute on an exception (stored in its dict).
    pub fn exception_set_attr(&mut self, exc: &ObjRef, key: &ObjRef, value: ObjRef) {
        if let Some(e) = exc.downcast::<PyException>() {
            let dict = {
                let mut d = e.dict.borrow_mut();
                if d.is_none() {
                    *d = Some(self.new_dict());
                }
                d.clone()
            };
            if let Some(d) = dict {
                self.dict_set_str(&d, key, value);
            }
        }
    }

    /// An extra attribute of an exception, if set.
    pub fn exception_get_attr(&mut self, exc: &ObjRef, key: &str) -> Option<ObjRef> {
        let e = exc.downcast::<PyException>()?;
        let d = e.dict.borrow().clone()?;
        let k = self.intern(key);
        self.dict_get_str(&d, &k)
    }

    /// The `__traceback__` of an exception: a traceback object for its
    /// outermost recorded frame (`tb_lineno`, `tb_lasti`, `tb_frame`,
    /// `tb_next`), or None before it is raised.
    pub fn traceback_of(&mut self, exc: &ObjRef) -> ObjRef {
        let entries = exc
            .downcast::<PyException>()
            .map(|e| e.traceback.borrow().clone())
            .unwrap_or_default();
        let mut next = self.none();
        for entry in entries.iter() {
            let Some(code) = entry.code.downcast::<crate::objects::code::PyCode>() else {
                continue;
            };
            let line = code.data.co.line_of(entry.lasti as usize);
            let tb = crate::objects::instance::new_instance(&self.types.traceback);
            let d = self.new_dict();
            let l = self.new_int(line as i64);
            self.dict_set_name(&d, "tb_lineno", l);
            let li = self.new_int(entry.lasti as i64);
            self.dict_set_name(&d, "tb_lasti", li);
            self.dict_set_name(&d, "tb_next", next);
            let frame = self.traceback_frame(entry);
            self.dict_set_name(&d, "tb_frame", frame);
            if let Some(p) = tb.downcast::<crate::objects::instance::PyInstance>() {
                *p.dict.borrow_mut() = Some(d);
            }
            next = tb;
        }
        next
    }

    /// The frame object of a traceback entry: the frame's own while it
    /// still runs, else one that ended at the entry's instruction.
    fn traceback_frame(&mut self, entry: &TraceEntry) -> ObjRef {
        let i = entry.depth as usize;
        if i >= 1
            && let Some(f) = self.frames.get(i - 1)
            && f.code_obj().is(&entry.code)
        {
            return self.frame_object(i - 1);
        }
        let globals = entry.globals.clone().unwrap_or_else(|| self.new_dict());
        heap::alloc_object(
            &self.types.frame,
            crate::objects::frame::PyFrame {
                code: entry.code.clone(),
                globals,
                state: std::cell::RefCell::new(crate::objects::frame::FrameState::Done {
                    lasti: entry.lasti,
                    locals: None,
                    back: None,
                }),
                locals_snapshot: std::cell::RefCell::new(None),
            },
        )
    }

    /// Records that `err` passed through the frame running `code` at `lasti`.
    pub fn add_traceback(&self, err: &PyErr, code: &ObjRef, lasti: u32) {
        if let Some(e) = err.0.downcast::<PyException>() {
            e.traceback.borrow_mut().push(TraceEntry {
                code: code.clone(),
                lasti,
                depth: self.frames.len() as u32,
                globals: self.frames.last().map(|f| f.globals().clone()),
                locals: Vec::new(),
            });
        }
    }

    /// An error leaves function frame `frame` (already off the frame
    /// stack, its slots still on the value stack): its traceback entry
    /// takes the frame's locals, which stay alive with the traceback as in
    /// CPython.
    #[cold]
    pub(super) fn keep_frame_locals(&mut self, err: &PyErr, frame: &super::Frame) {
        if frame.func.is_none() {
            return;
        }
        let Some(e) = err.0.downcast::<PyException>() else {
            return;
        };
        let n = frame.code.co.nlocalsplus as usize;
        let end = (frame.base + n).min(self.stack.len());
        let start = frame.base.min(end);
        let locals: Vec<ObjRef> = self.stack[start..end]
            .iter_mut()
            .filter_map(Option::take)
            .collect();
        if let Some(entry) = e.traceback.borrow_mut().last_mut() {
            entry.locals = locals;
        }
    }

    /// Formats the traceback of an uncaught exception, with its chain.
    pub fn format_exception(&mut self, exc: &ObjRef) -> String {
        let mut out = String::new();
        let mut seen = HashSet::new();
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &ObjRef, out: &mut String, seen: &mut HashSet<usize>) {
        seen.insert(exc.id());
        if let Some(e) = exc.downcast::<PyException>() {
            let cause = e.cause.borrow().clone();
            let context = e.context.borrow().clone();
            if let Some(c) = cause {
                if !seen.contains(&c.id()) {
                    self.format_chain(&c, out, seen);
                    out.push_str(
                        "\nThe above exception was the direct cause of the following exception:\n\n",
                    );
                }
            } else if let Some(c) = context
                && !e.suppress_context.get()
                && !seen.contains(&c.id())
            {
                self.format_chain(&c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        self.format_single(exc, out);
    }

    fn format_single(&mut self, exc: &ObjRef, out: &mut String) {
        let entries = exc
            .downcast::<PyException>()
            .map(|e| e.traceback.borrow().clone())
            .unwrap_or_default();
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(String, u32, String)> = None;
            let mut repeats = 0usize;
            for entry in entries.iter().rev() {
                let Some(code) = entry.code.downcast::<crate::objects::code::PyCode>() else {
                    continue;
                };
                let co = &code.data.co;
                let line = co.line_of(entry.lasti as usize);
                let key = (co.filename.clone(), line, co.name.clone());
                if last.as_ref() == Some(&key) {
                    repeats += 1;
                    if repeats >= 3 {
                        continue;
                    }
                } else {
                    if repeats >= 3 {
                        flush_repeats(out, repeats);
                    }
                    repeats = 0;
                    last = Some(key);
                }
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    co.filename, line, co.name
                ));
                if let Some(src) = self.sources.get(&co.filename)
                    && let Some(text) = src.lines().nth(line.saturating_sub(1) as usize)
                {
                    let t = text.trim();
                    if !t.is_empty() {
                        out.push_str(&format!("    {t}\n"));
                    }
                }
            }
            if repeats >= 3 {
                flush_repeats(out, repeats);
            }
        }
        self.format_exception_only(exc, out);
    }

    /// The final `Type: message` line(s) of a traceback, then the
    /// exception's notes (`add_note`), one after another.
    pub fn format_exception_only(&mut self, exc: &ObjRef, out: &mut String) {
        self.format_exception_head(exc, out);
        let Some(notes) = self.exception_get_attr(exc, "__notes__") else {
            return;
        };
        let items = match notes.kind() {
            crate::heap::Kind::List | crate::heap::Kind::Tuple => {
                self.sequence_items(&notes).unwrap_or_default()
            }
            _ => {
                let r = self
                    .repr_string(&notes)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                out.push_str(&format!("{r}\n"));
                return;
            }
        };
        for note in items {
            let text = match note.as_str() {
                Some(t) => t.to_string(),
                None => self
                    .str_of(&note)
                    .ok()
                    .and_then(|s| s.as_str().map(str::to_string))
                    .unwrap_or_else(|| "<note str() failed>".into()),
            };
            out.push_str(&text);
            out.push('\n');
        }
    }

    fn format_exception_head(&mut self, exc: &ObjRef, out: &mut String) {
        let ty = exc.type_of();
        let name = self.exception_display_name(&ty);
        if self.is_subclass(&ty, &self.exc.syntax_error.clone()) {
            let filename = self.exception_get_attr(exc, "filename");
            let none = self.none();
            let lineno = self
                .exception_get_attr(exc, "lineno")
                .filter(|l| !l.is(&none));
            let filename = filename.or_else(|| Some(self.new_str("<string>")));
            let text = self.exception_get_attr(exc, "text");
            let offset = self.exception_get_attr(exc, "offset");
            let end_offset = self.exception_get_attr(exc, "end_offset");
            if let (Some(f), Some(l)) = (filename, lineno) {
                let f = f.as_str().unwrap_or("<string>").to_string();
                let l = self.display_string(&l);
                out.push_str(&format!("  File \"{f}\", line {l}\n"));
                if let Some(t) = text.as_ref().and_then(|t| t.as_str().map(str::to_string)) {
                    let raw = t.trim_end_matches(['\n', '\r']);
                    let stripped = raw.trim_start();
                    let lead = raw.chars().count() - stripped.chars().count();
                    let stripped = stripped.trim_end();
                    out.push_str(&format!("    {stripped}\n"));
                    let off = offset
                        .and_then(|o| crate::vm::ops::as_bigint(&o))
                        .and_then(|o| num_traits::ToPrimitive::to_i64(&o));
                    let end = end_offset
                        .and_then(|o| crate::vm::ops::as_bigint(&o))
                        .and_then(|o| num_traits::ToPrimitive::to_i64(&o));
                    if let Some(off) = off {
                        let col = (off - 1 - lead as i64).max(0) as usize;
                        let width = match end {
                            Some(e) if e > off => (e - off) as usize,
                            _ => 1,
                        };
                        let col = col.min(stripped.chars().count());
                        out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
                    }
                }
            }
            let msg = self.exception_get_attr(exc, "msg");
            let msg = msg
                .and_then(|m| m.as_str().map(str::to_string))
                .unwrap_or_default();
            out.push_str(&format!("{name}: {msg}\n"));
            return;
        }
        let mut msg = match self.str_of(exc) {
            Ok(s) => s.as_str().unwrap_or("").to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        if let Some(s) = self.error_suggestion(exc) {
            msg.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
    }

    /// How a traceback names an exception class: its `__qualname__`,
    /// prefixed with its `__module__` unless that is `__main__` or
    /// `builtins` (as CPython's traceback module does).
    fn exception_display_name(&mut self, ty: &ObjRef) -> String {
        let plain = self.type_name_of_type(ty);
        let attr = |vm: &mut Self, n: &str| {
            let k = vm.intern(n);
            vm.getattr(ty, &k).ok()
        };
        let qualname = attr(self, "__qualname__")
            .and_then(|q| q.as_str().map(str::to_string))
            .unwrap_or(plain);
        match attr(self, "__module__") {
            Some(m) => match m.as_str() {
                Some("__main__" | "builtins") => qualname,
                Some(m) => format!("{m}.{qualname}"),
                None => format!("<unknown>.{qualname}"),
            },
            None => qualname,
        }
    }

    /// `str(obj)` as a Rust String, or a placeholder if str() raises.
    pub fn display_string(&mut self, obj: &ObjRef) -> String {
        match self.str_of(obj) {
            Ok(s) => s.as_str().unwrap_or("").to_string(),
            Err(_) => "<str() failed>".into(),
        }
    }

    /// The exception `sys.exc_info()` reports: the one being handled, or
    /// else the one the callers of running generators are handling.
    pub fn current_exception(&self) -> Option<ObjRef> {
        if let Some(e) = &self.handled_exc {
            return Some(e.clone());
        }
        // While a generator runs, its `exc_state` holds the handled
        // exception of the code that resumed it (swapped out on resume), so
        // the running generators' frames, innermost first, give CPython's
        // chain of exception states.
        self.frames.iter().rev().find_map(|f| {
            let g = f.generator.as_ref()?.downcast::<PyGenerator>()?;
            g.exc_state.try_borrow().ok()?.clone()
        })
    }

    /// Sets `__context__` of a newly raised exception to the exception
    /// being handled, as CPython does when an exception is raised inside an
    /// `except` or `finally` block.
    pub fn chain_context(&self, err: &PyErr) {
        // An exception coming up from a deeper frame was chained (or not)
        // where it was raised: a thrown-in one keeps its empty context.
        let depth = self.frames.len() as u32;
        if let Some(e) = err.0.downcast::<PyException>()
            && e.traceback.borrow().last().is_some_and(|t| t.depth > depth)
        {
            return;
        }
        self.chain_context_to(err, self.current_exception());
    }

    /// [`Vm::chain_context`] with the exception to chain to given: a throw
    /// into a generator chains only to the generator's own handled exception
    /// (CPython's `_PyErr_ChainStackItem`).
    pub fn chain_context_to(&self, err: &PyErr, handled: Option<ObjRef>) {
        let Some(handled) = &handled else {
            return;
        };
        if handled.is(&err.0) {
            return;
        }
        let Some(e) = err.0.downcast::<PyException>() else {
            return;
        };
        if e.context.borrow().is_some() {
            return;
        }
        // Avoid creating a cycle in the context chain.
        let mut cur = Some(handled.clone());
        let mut steps = 0;
        while let Some(c) = cur {
            if c.is(&err.0) || steps > 1000 {
                return;
            }
            steps += 1;
            cur = c
                .downcast::<PyException>()
                .and_then(|x| x.context.borrow().clone());
        }
        *e.context.borrow_mut() = Some(handled.clone());
    }

    /// Checks that `obj` is an exception class or instance for `raise`, and
    /// returns the instance to raise.
    pub fn make_raisable(&mut self, obj: ObjRef) -> PyResult {
        if obj.downcast::<PyException>().is_some() {
            return Ok(obj);
        }
        if obj.downcast::<PyType>().is_some()
            && self.is_subclass(&obj, &self.exc.base_exception.clone())
        {
            let made = self.call(&obj, &[], None)?;
            if made.downcast::<PyException>().is_none() {
                let (cls, got) = (self.repr_string(&obj)?, made.type_of());
                let got = self.repr_string(&got)?;
                return Err(self.type_error(format!(
                    "calling {cls} should have returned an instance of BaseException, not {got}"
                )));
            }
            return Ok(made);
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `raise exc` inside a handler: `exc.__context__` becomes the handled
    /// exception (replacing any earlier context), and a link back to `exc`
    /// in the handled exception's chain is cut so the chain has no cycle.
    pub fn set_raise_context(&self, exc: &ObjRef) {
        let Some(handled) = self.current_exception() else {
            return;
        };
        if handled.is(exc) {
            return;
        }
        let Some(e) = exc.downcast::<PyException>() else {
            return;
        };
        let mut cur = handled.clone();
        let mut steps = 0;
        while let Some(ce) = cur.downcast::<PyException>() {
            let next = ce.context.borrow().clone();
            let Some(next) = next else { break };
            if next.is(exc) {
                *ce.context.borrow_mut() = None;
                break;
            }
            steps += 1;
            if steps > 100_000 {
                break;
            }
            cur = next;
        }
        *e.context.borrow_mut() = Some(handled);
    }
}

fn flush_repeats(out: &mut String, repeats: usize) {
    let more = repeats - 2;
    out.push_str(&format!(
        "  [Previous line repeated {} more time{}]\n",
        more,
        if more > 1 { "s" } else { "" }
    ));
}

/// The (module, class) pairs that are C types in CPython, whose `tp_name`
/// carries the module, and that Ferrite's embedded modules define in Python.
const C_TYPES_IN_PYTHON: [(&str, &str); 14] = [
    ("collections", "deque"),
    ("collections", "defaultdict"),
    ("collections", "OrderedDict"),
    ("functools", "partial"),
    ("functools", "KeyWrapper"),
    ("operator", "itemgetter"),
    ("operator", "attrgetter"),
    ("operator", "methodcaller"),
    ("itertools", "count"),
    ("itertools", "repeat"),
    ("itertools", "chain"),
    ("itertools", "groupby"),
    ("itertools", "islice"),
    ("time", "struct_time"),
];

/// Whether the class's `__module__` is `module` (read without interning:
/// this runs while an error message is being made).
fn type_module_is(ty: &PyType, module: &str) -> bool {
    let Some(d) = ty.dict.downcast::<crate::objects::dict::PyDict>() else {
        return false;
    };
    d.table
        .borrow()
        .iter()
        .any(|e| e.key.as_str() == Some("__module__") && e.value.as_str() == Some(module))
}
