//! Frame objects for Python code (`sys._getframe`, `gi_frame`,
//! `tb_frame`): made on demand for a `Frame` of the frame stack, reading
//! it while it runs, and given its final state when it ends (see
//! `objects::frame`).

use super::Vm;
use super::frame::Frame;
use crate::heap::{self, ObjRef};
use crate::objects::PyResult;
use crate::objects::cell::PyCell;
use crate::objects::code::CodeData;
use crate::objects::frame::{FrameState, PyFrame};
use crate::objects::generator::PyGenerator;
use std::rc::Rc;

/// What a frame object reads of the frame it stands for.
struct FrameView {
    /// Index of the last instruction run.
    lasti: u32,
    /// `f_locals`.
    locals: ObjRef,
    /// `f_back`.
    back: Option<ObjRef>,
}

impl Vm {
    /// The frame object of `self.frames[index]`, made the first time it is
    /// asked for and the same object afterwards.
    pub fn frame_object(&mut self, index: usize) -> ObjRef {
        if let Some(f) = self.frames[index].frame_obj.clone() {
            return f;
        }
        let f = &self.frames[index];
        let obj = heap::alloc_object(
            &self.types.frame,
            PyFrame {
                code: f.code_obj(),
                globals: f.globals().clone(),
                state: std::cell::RefCell::new(FrameState::Live),
                locals_snapshot: std::cell::RefCell::new(None),
            },
        );
        self.frames[index].frame_obj = Some(obj.clone());
        self.frames[index].plain = false;
        obj
    }

    /// The frame object of generator `gen`'s frame (`gi_frame`), or None
    /// once it has finished.
    pub fn generator_frame(&mut self, gen_obj: &ObjRef) -> ObjRef {
        let Some(g) = gen_obj.downcast::<PyGenerator>() else {
            return self.none();
        };
        if g.running.get()
            && let Some(i) = self.generator_frame_index(gen_obj)
        {
            return self.frame_object(i);
        }
        let mut saved = g.frame.borrow_mut();
        let Some(s) = saved.as_mut() else {
            return self.none();
        };
        if let Some(o) = &s.frame_obj.obj {
            return o.clone();
        }
        let obj = heap::alloc_object(
            &self.types.frame,
            PyFrame {
                code: s.code_obj.clone(),
                globals: s.globals.clone(),
                state: std::cell::RefCell::new(FrameState::Generator(
                    crate::heap::UncountedRef::new(gen_obj),
                )),
                locals_snapshot: std::cell::RefCell::new(None),
            },
        );
        s.frame_obj = crate::objects::generator::SuspendedFrameObj {
            obj: Some(obj.clone()),
            lasti: s.ip.saturating_sub(1) as u32,
        };
        obj
    }

    /// Where generator `gen_obj`'s frame is on the frame stack while it runs.
    fn generator_frame_index(&self, gen_obj: &ObjRef) -> Option<usize> {
        self.frames
            .iter()
            .rposition(|f| f.generator.as_ref().is_some_and(|x| x.is(gen_obj)))
    }

    /// Gives the frame object of `frame`, which is leaving the frame stack
    /// (its values still on the value stack), the state it ends with.
    pub(super) fn detach_frame(&mut self, frame: &Frame) {
        let Some(obj) = &frame.frame_obj else {
            return;
        };
        let locals = self.locals_of(frame);
        let back = self
            .frames
            .len()
            .checked_sub(1)
            .map(|i| self.frame_object(i));
        if let Some(p) = obj.downcast::<PyFrame>() {
            let old = p.state.replace(FrameState::Done {
                lasti: frame.ip.saturating_sub(1) as u32,
                locals: Some(locals),
                back,
            });
            drop(old);
        }
    }

    /// The frame object of a generator frame being suspended at `ip`: it
    /// now reads the generator's saved frame.
    #[inline(always)]
    pub(super) fn suspend_frame_object(
        &mut self,
        frame_obj: Option<ObjRef>,
        gen_obj: &ObjRef,
        ip: usize,
    ) -> crate::objects::generator::SuspendedFrameObj {
        if frame_obj.is_none() {
            return crate::objects::generator::SuspendedFrameObj::default();
        }
        if let Some(p) = frame_obj.as_ref().and_then(|o| o.downcast::<PyFrame>()) {
            let old = p
                .state
                .replace(FrameState::Generator(crate::heap::UncountedRef::new(
                    gen_obj,
                )));
            drop(old);
        }
        crate::objects::generator::SuspendedFrameObj {
            obj: frame_obj,
            lasti: ip.saturating_sub(1) as u32,
        }
    }

    /// `locals()` in `self.frames[i]`: a module or class body's own dict;
    /// for a function, the dict kept on its frame object, brought up to
    /// date with its local, cell and free variables (bound ones set,
    /// unbound ones removed) while other keys, such as names an `exec`
    /// stored, stay, as CPython's `PyFrame_FastToLocals`.
    pub fn function_locals(&mut self, i: usize) -> ObjRef {
        if let Some(l) = &self.frames[i].locals {
            return l.clone();
        }
        let current = self.locals_of_index(i);
        let frame_obj = self.frame_object(i);
        let Some(p) = frame_obj.downcast::<PyFrame>() else {
            return current;
        };
        let kept = p.locals_snapshot.borrow().clone();
        let Some(snapshot) = kept else {
            *p.locals_snapshot.borrow_mut() = Some(current.clone());
            return current;
        };
        let code = self.frames[i].code.clone();
        for name in code.localsplus_names.iter() {
            match self.dict_get_str(&current, name) {
                Some(v) => self.dict_set_str(&snapshot, name, v),
                None => {
                    self.dict_del_str(&snapshot, name);
                }
            }
        }
        snapshot
    }

    /// [`Vm::locals_of`] of `self.frames[i]`.
    fn locals_of_index(&mut self, i: usize) -> ObjRef {
        let f = &self.frames[i];
        let (l, code, base) = (f.locals.clone(), f.code.clone(), f.base);
        self.frame_locals(l, code, base)
    }

    /// `f_locals` of a frame on the frame stack: its locals dict (module
    /// and class bodies) or a new dict of its bound local, cell and free
    /// variables.
    fn locals_of(&mut self, frame: &Frame) -> ObjRef {
        self.frame_locals(frame.locals.clone(), frame.code.clone(), frame.base)
    }

    /// `f_locals` of a frame with locals dict `locals` (if any) running
    /// `code` with its slots at `base` in the value stack.
    fn frame_locals(&mut self, locals: Option<ObjRef>, code: Rc<CodeData>, base: usize) -> ObjRef {
        if let Some(l) = locals {
            return l;
        }
        let n = code.co.nlocalsplus as usize;
        let end = (base + n).min(self.stack.len());
        let values: Vec<Option<ObjRef>> = self.stack[base.min(end)..end].to_vec();
        self.locals_dict(&code, &values)
    }

    /// A dict of the bound slots among `values` (localsplus order), cells
    /// read through.
    fn locals_dict(&mut self, code: &CodeData, values: &[Option<ObjRef>]) -> ObjRef {
        let d = self.new_dict();
        let ncells = code.co.cellvars.len() + code.co.freevars.len();
        let first_cell = (code.co.nlocalsplus as usize).saturating_sub(ncells);
        for (i, v) in values.iter().enumerate() {
            let Some(v) = v else { continue };
            let Some(name) = code.localsplus_names.get(i).cloned() else {
                continue;
            };
            let value = if i >= first_cell {
                match v.downcast::<PyCell>() {
                    Some(c) => match c.get() {
                        Some(x) => x,
                        None => continue,
                    },
                    None => v.clone(),
                }
            } else {
                v.clone()
            };
            self.dict_set_str(&d, &name, value);
        }
        d
    }

    /// What frame object `obj` reads now.
    fn frame_view(&mut self, obj: &ObjRef) -> FrameView {
        let state = obj.downcast::<PyFrame>().map(|p| match &*p.state.borrow() {
            FrameState::Live => Err(None),
            FrameState::Generator(g) => Err(Some(*g)),
            FrameState::Done {
                lasti,
                locals,
                back,
            } => Ok((*lasti, locals.clone(), back.clone())),
        });
        match state {
            Some(Ok((lasti, locals, back))) => FrameView {
                lasti,
                locals: locals.unwrap_or_else(|| self.new_dict()),
                back,
            },
            Some(Err(None)) => {
                let i = self
                    .frames
                    .iter()
                    .rposition(|f| f.frame_obj.as_ref().is_some_and(|x| x.is(obj)));
                match i {
                    Some(i) => self.stack_frame_view(i),
                    None => self.empty_frame_view(),
                }
            }
            // SAFETY: a frame object is in the Generator state only while
            // the suspended generator's saved frame holds it (it becomes
            // Done when that goes), so the generator is alive.
            #[allow(unsafe_code)]
            Some(Err(Some(g))) => self.generator_frame_view(&*unsafe { g.borrowed() }),
            None => self.empty_frame_view(),
        }
    }

    fn empty_frame_view(&mut self) -> FrameView {
        FrameView {
            lasti: 0,
            locals: self.new_dict(),
            back: None,
        }
    }

    /// The view of `self.frames[i]`.
    fn stack_frame_view(&mut self, i: usize) -> FrameView {
        let lasti = self.frames[i].ip.saturating_sub(1) as u32;
        let locals = self.function_locals(i);
        let back = i.checked_sub(1).map(|j| self.frame_object(j));
        FrameView {
            lasti,
            locals,
            back,
        }
    }

    /// The view of generator `g`'s frame: on the frame stack while it
    /// runs, else its saved frame.
    fn generator_frame_view(&mut self, g_obj: &ObjRef) -> FrameView {
        if let Some(i) = self.generator_frame_index(g_obj) {
            return self.stack_frame_view(i);
        }
        let saved = g_obj.downcast::<PyGenerator>().and_then(|g| {
            g.frame.borrow().as_ref().map(|s| {
                let n = (s.code.co.nlocalsplus as usize).min(s.values.len());
                (s.ip, s.code.clone(), s.values[..n].to_vec())
            })
        });
        match saved {
            Some((ip, code, values)) => FrameView {
                lasti: ip.saturating_sub(1) as u32,
                locals: self.locals_dict(&code, &values),
                back: None,
            },
            None => self.empty_frame_view(),
        }
    }

    /// The line a frame object is at.
    fn frame_lineno(&mut self, obj: &ObjRef, lasti: u32) -> u32 {
        obj.downcast::<PyFrame>()
            .and_then(|p| {
                p.code
                    .downcast::<crate::objects::code::PyCode>()
                    .map(|c| c.data.co.line_of(lasti as usize))
            })
            .unwrap_or(0)
    }

    /// The attributes of frame objects.
    pub fn frame_getattr(&mut self, obj: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        let Some(p) = obj.downcast::<PyFrame>() else {
            return Ok(None);
        };
        Ok(Some(match name {
            "f_code" => p.code.clone(),
            "f_globals" => p.globals.clone(),
            "f_builtins" => self.builtins.clone(),
            "f_locals" => self.frame_view(obj).locals,
            "f_lineno" => {
                let lasti = self.frame_view(obj).lasti;
                let line = self.frame_lineno(obj, lasti);
                self.new_int(line as i64)
            }
            "f_lasti" => {
                let lasti = self.frame_view(obj).lasti;
                self.new_int(lasti as i64 * 2)
            }
            "f_back" => match self.frame_view(obj).back {
                Some(b) => b,
                None => self.none(),
            },
            "f_trace" => self.none(),
            "f_trace_lines" => self.new_bool(true),
            "f_trace_opcodes" => self.new_bool(false),
            _ => return Ok(None),
        }))
    }

    /// `repr(frame)`, as CPython's.
    pub fn frame_repr(&mut self, obj: &ObjRef) -> String {
        let lasti = self.frame_view(obj).lasti;
        let line = self.frame_lineno(obj, lasti);
        let (file, name) = obj
            .downcast::<PyFrame>()
            .and_then(|p| {
                p.code
                    .downcast::<crate::objects::code::PyCode>()
                    .map(|c| (c.data.co.filename.clone(), c.data.co.name.clone()))
            })
            .unwrap_or_default();
        format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            obj.id(),
            file,
            line,
            name
        )
    }
}

/// `sys._getframe(depth=0)`: the frame object `depth` calls below the
/// caller's.
pub fn sys_getframe(vm: &mut Vm, args: crate::objects::native::Args) -> PyResult {
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "_getframe expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let depth = match args.pos.first() {
        Some(d) => match vm.index_value(d)? {
            Some(i) => i,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(d)
                )));
            }
        },
        None => 0,
    };
    // A negative depth is the caller's frame, as in CPython.
    let depth = depth.max(0) as usize;
    match vm.frames.len().checked_sub(depth + 1) {
        Some(i) => Ok(vm.frame_object(i)),
        None => Err(vm.new_error(&vm.exc.value_error, "call stack is not deep enough")),
    }
}

/// The frame object of a generator frame being resumed: it reads the
/// frame on the frame stack again.
#[inline(always)]
pub(super) fn resume_frame_object(frame_obj: Option<ObjRef>) -> Option<ObjRef> {
    frame_obj.as_ref()?;
    if let Some(p) = frame_obj.as_ref().and_then(|o| o.downcast::<PyFrame>()) {
        let old = p.state.replace(FrameState::Live);
        drop(old);
    }
    frame_obj
}
