//! The VM's side of memory management: the safe-point handler that runs
//! what the heap left pending (finalizers, weakref callbacks, a due
//! collection, a MemoryError), the collection driver around the heap's
//! graph algorithm (`heap::gc`), and teardown at exit.

use crate::heap::{self, ObjRef, PendingAction, flags};
use crate::objects::PyResult;
use crate::objects::generator::PyGenerator;
use crate::vm::Vm;
use std::time::Instant;

/// `gc.DEBUG_STATS`.
pub const DEBUG_STATS: u32 = 1;
/// `gc.DEBUG_COLLECTABLE`.
pub const DEBUG_COLLECTABLE: u32 = 2;
/// `gc.DEBUG_UNCOLLECTABLE`.
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
/// `gc.DEBUG_SAVEALL`.
pub const DEBUG_SAVEALL: u32 = 32;
/// `gc.DEBUG_LEAK`.
pub const DEBUG_LEAK: u32 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/// What a collection found, as `gc.collect()` and the callbacks report it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Collected {
    /// Unreachable objects freed.
    pub collected: usize,
    /// Unreachable objects that could not be freed (kept in `gc.garbage`).
    pub uncollectable: usize,
}

/// Collector settings and hooks that live in the VM (the heap keeps the
/// generations and counters).
pub struct GcHooks {
    /// `gc.callbacks`.
    pub callbacks: ObjRef,
    /// `gc.garbage`.
    pub garbage: ObjRef,
    /// `gc.set_debug` flags.
    pub debug: u32,
    /// `--gc-trace`: one line per collection on stderr.
    pub trace: bool,
    /// The safe-point handler is running (it is not re-entered).
    pub in_attention: bool,
}

impl Vm {
    /// The safe-point handler: called by the dispatch loop when the heap's
    /// attention flag is up. Runs pending finalizers and weakref callbacks,
    /// a collection that is due, and raises a pending MemoryError.
    #[cold]
    #[inline(never)]
    pub fn handle_attention(&mut self) -> PyResult<()> {
        if heap::tracemalloc::is_tracing() {
            crate::modules::tracemalloc::publish_location(self);
        }
        if self.gc.in_attention {
            return Ok(());
        }
        self.gc.in_attention = true;
        heap::clear_attention();
        self.run_pending();
        if let Some(g) = heap::gc::due_generation() {
            self.collect_generation(g);
        }
        self.gc.in_attention = false;
        heap::tracemalloc::keep_attention();
        if heap::memory_error_pending() {
            self.check_memory()?;
        }
        Ok(())
    }

    /// Runs every pending finalizer and weakref callback, in order.
    /// Returns how many weak references were freed right after their
    /// callback (the collector counts those as collected, as CPython).
    pub fn run_pending(&mut self) -> usize {
        let mut freed_weakrefs = 0;
        while let Some(action) = heap::take_pending() {
            match action {
                PendingAction::Finalize(obj) => {
                    obj.clear_flags(flags::FINALIZER_QUEUED);
                    self.finalize_object(&obj);
                    drop(obj);
                }
                PendingAction::WeakCallback { weakref, callback } => {
                    if let Err(e) = self.call(&callback, std::slice::from_ref(&weakref), None) {
                        self.report_unraisable(&callback, e.0);
                    }
                    if weakref.refcount() == 1 {
                        freed_weakrefs += 1;
                    }
                }
            }
        }
        freed_weakrefs
    }

    /// Runs the finalizer of `obj` once (PEP 442): `__del__` of its class,
    /// or `close()` of a suspended generator. Errors are reported as
    /// CPython reports them ("Exception ignored in: ...") and swallowed.
    pub fn finalize_object(&mut self, obj: &ObjRef) {
        if obj.flags() & flags::FINALIZED != 0 {
            return;
        }
        obj.set_flags(flags::FINALIZED);
        if obj.downcast::<PyGenerator>().is_some() {
            let close = self.intern("close");
            let result = self
                .getattr(obj, &close)
                .and_then(|m| self.call(&m, &[], None));
            if let Err(e) = result {
                self.report_unraisable(obj, e.0);
            }
            return;
        }
        let name = self.intern("__del__");
        let Some(del) = self.type_lookup(&obj.type_of(), &name) else {
            return;
        };
        // Keep errors raised before the finalizer (none at a safe point)
        // apart from its own.
        let saved = self.handled_exc.take();
        let result = self.call(&del, std::slice::from_ref(obj), None);
        self.handled_exc = saved;
        if let Err(e) = result {
            self.report_unraisable(&del, e.0);
        }
    }

    /// Prints an exception that nothing can catch (raised by a finalizer
    /// or a callback) the way CPython's `PyErr_WriteUnraisable` does.
    pub fn report_unraisable(&mut self, context: &ObjRef, exc: ObjRef) {
        self.flush_stdout();
        let what = self
            .repr_string(context)
            .unwrap_or_else(|_| "<object>".into());
        let text = self.format_exception(&exc);
        eprint!("Exception ignored in: {what}\n{text}");
    }

    /// Whether `obj` has a finalizer that has not run yet.
    fn needs_finalizer(&mut self, obj: &ObjRef) -> bool {
        if obj.flags() & flags::FINALIZED != 0 {
            return false;
        }
        if let Some(g) = obj.downcast::<PyGenerator>() {
            return g.started.get()
                && !g.running.get()
                && g.frame.try_borrow().is_ok_and(|f| f.is_some());
        }
        obj.type_of()
            .downcast::<crate::objects::typeobj::PyType>()
            .is_some_and(|t| {
                t.flags.get() & crate::objects::typeobj::type_flags::HAS_FINALIZER != 0
            })
    }

    /// Collects generation `generation` (CPython's `gc_collect_main` with
    /// its callbacks and debug output). Returns what was found.
    pub fn collect_generation(&mut self, generation: usize) -> Collected {
        if heap::gc::is_collecting() {
            return Collected::default();
        }
        let generation = generation.min(heap::gc::NUM_GENERATIONS - 1);
        heap::gc::set_collecting(true);
        self.run_gc_callbacks("start", generation, Collected::default());
        let start = Instant::now();
        if self.gc.debug & DEBUG_STATS != 0 {
            let s = heap::gc::generation_sizes();
            self.flush_stdout();
            eprintln!(
                "gc: collecting generation {generation}...\ngc: objects in each generation: {} {} {}\ngc: objects in permanent generation: {}",
                s[0], s[1], s[2], s[3]
            );
        }
        let garbage = heap::gc::find_garbage(generation);
        let examined = garbage.examined;
        let mut objects = garbage.objects;
        if self.gc.debug & DEBUG_COLLECTABLE != 0 {
            for o in &objects {
                if counts_as_object(o) {
                    let t = self.type_name(o);
                    eprintln!("gc: collectable <{t} {:#x}>", o.id());
                }
            }
        }
        // Weak references to garbage are cleared before any finalizer can
        // see them; the callbacks of live weak references run now. Weak
        // references freed right after their callback count as collected.
        heap::weakrefs::clear_for_garbage(&objects);
        let freed_weakrefs = self.run_pending();
        // PEP 442: finalizers run on the garbage while it is intact, then
        // whatever they resurrected is taken out of it.
        let mut finalized = false;
        for o in objects.clone() {
            if self.needs_finalizer(&o) {
                finalized = true;
                self.finalize_object(&o);
            }
        }
        if finalized {
            self.run_pending();
            heap::gc::drop_resurrected(&mut objects);
        }
        // An instance dict Python code never saw is part of its instance in
        // CPython 3.11 (inline values), not an object of its own.
        let counted = objects.iter().filter(|o| counts_as_object(o)).count();
        let mut result = Collected {
            collected: counted + freed_weakrefs,
            uncollectable: 0,
        };
        if self.gc.debug & DEBUG_SAVEALL != 0 {
            heap::gc::release_garbage(&objects);
            if let Some(l) = self.gc.garbage.downcast::<crate::objects::list::PyList>() {
                let mut items = l.items.borrow_mut();
                for o in objects.iter().filter(|o| counts_as_object(o)) {
                    crate::objects::list::push(&mut items, o.clone());
                }
            }
            drop(objects);
            result = Collected {
                collected: freed_weakrefs,
                uncollectable: counted,
            };
            if self.gc.debug & DEBUG_UNCOLLECTABLE != 0 {
                let items = self.list_items(&self.gc.garbage.clone());
                for o in items.iter().rev().take(counted).rev() {
                    let t = self.type_name(o);
                    eprintln!("gc: uncollectable <{t} {:#x}>", o.id());
                }
            }
        } else {
            heap::gc::clear_garbage(objects);
        }
        self.run_pending();
        let pause = start.elapsed().as_secs_f64();
        heap::gc::record_collection(
            generation,
            examined,
            result.collected,
            result.uncollectable,
            pause,
        );
        if self.gc.debug & DEBUG_STATS != 0 {
            eprintln!(
                "gc: done, {} unreachable, {} uncollectable, {:.4}s elapsed",
                result.collected + result.uncollectable,
                result.uncollectable,
                pause
            );
        }
        if self.gc.trace {
            eprintln!(
                "[gc] gen {generation}: examined {examined}, collected {}, uncollectable {}, pause {:.3} ms",
                result.collected,
                result.uncollectable,
                pause * 1e3
            );
        }
        self.run_gc_callbacks("stop", generation, result);
        heap::gc::set_collecting(false);
        if generation == heap::gc::NUM_GENERATIONS - 1 {
            // As CPython's full collections clear its free lists.
            heap::clear_free_lists();
        }
        result
    }

    /// Calls each of `gc.callbacks` with `(phase, info)`.
    fn run_gc_callbacks(&mut self, phase: &str, generation: usize, found: Collected) {
        let callbacks = self.list_items(&self.gc.callbacks.clone());
        if callbacks.is_empty() {
            return;
        }
        let phase = self.new_str(phase);
        let info = self.new_dict();
        let g = self.new_int(generation as i64);
        let c = self.new_int(found.collected as i64);
        let u = self.new_int(found.uncollectable as i64);
        self.dict_set_name(&info, "generation", g);
        self.dict_set_name(&info, "collected", c);
        self.dict_set_name(&info, "uncollectable", u);
        for cb in callbacks {
            if let Err(e) = self.call(&cb, &[phase.clone(), info.clone()], None) {
                self.report_unraisable(&cb, e.0);
            }
        }
    }

    /// The items of a list (a snapshot).
    fn list_items(&self, list: &ObjRef) -> Vec<ObjRef> {
        list.downcast::<crate::objects::list::PyList>()
            .map(|l| l.items.borrow().clone())
            .unwrap_or_default()
    }

    /// Interpreter shutdown, in CPython's order: `__main__` and then the
    /// other modules leave `sys.modules` (their globals die with them, by
    /// reference counting or by a final collection, finalizers running in
    /// the order CPython runs them), and a last collection runs.
    pub fn shutdown(&mut self, status: i32) -> i32 {
        self.run_pending();
        // The atexit handlers (weakref.finalize's among them) run first.
        let wk = self.intern("atexit");
        let modules = self.modules.clone();
        if let Some(m) = self.dict_get_str(&modules, &wk) {
            let f = self.intern("_run_exitfuncs");
            if let Ok(func) = self.getattr(&m, &f)
                && let Err(e) = self.call(&func, &[], None)
            {
                self.report_unraisable(&func, e.0);
            }
        }
        // CPython's Py_FinalizeEx collects once while everything is still
        // alive (when the collector is enabled) before taking modules apart.
        if heap::gc::is_enabled() {
            self.collect_generation(heap::gc::NUM_GENERATIONS - 1);
            self.run_pending();
        }
        let modules = self.modules.clone();
        let names: Vec<ObjRef> = self
            .dict_items(&modules)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        // __main__ first, then the others newest first (CPython clears
        // modules in reverse order of import); sys and builtins last.
        let mut order: Vec<ObjRef> = Vec::new();
        let main = self.intern("__main__");
        if names.iter().any(|n| n.as_str() == Some("__main__")) {
            order.push(main);
        }
        for n in names.iter().rev() {
            if !matches!(n.as_str(), Some("__main__" | "sys" | "builtins")) {
                order.push(n.clone());
            }
        }
        for name in order {
            let module = self.dict_del_str(&modules, &name);
            drop(module);
            self.run_pending();
        }
        self.collect_generation(heap::gc::NUM_GENERATIONS - 1);
        self.run_pending();
        self.flush_stdout();
        // Last, what the interpreter itself holds: sys, builtins and the
        // module table refer to each other, so they are emptied by hand.
        for (_, m) in self.dict_items(&modules) {
            if let Some(pm) = m.downcast::<crate::objects::module::PyModule>() {
                clear_dict(&pm.dict);
            }
        }
        clear_dict(&modules);
        clear_dict(&self.builtins.clone());
        self.run_pending();
        self.collect_generation(heap::gc::NUM_GENERATIONS - 1);
        self.run_pending();
        self.flush_stdout();
        // The namespaces of the immortal types that modules made live as
        // long as the interpreter (they were filled after start-up).
        for t in crate::objects::types::module_types() {
            if let Some(pt) = t.downcast::<crate::objects::typeobj::PyType>() {
                heap::gc::immortalize_graph(&pt.dict);
            }
        }
        self.clear_subclasses();
        self.interned.clear();
        self.handled_exc = None;
        heap::clear_free_lists();
        status
    }
}

/// Whether CPython 3.11 would count `o` among the objects a collection
/// found: not an instance dict Python never saw (inline values there),
/// not a dict of atoms (untracked there).
fn counts_as_object(o: &ObjRef) -> bool {
    o.flags() & flags::MANAGED_DICT == 0 && heap::gc::reported_tracked(o)
}

/// Empties a dict, dropping its entries after the borrow ends.
fn clear_dict(d: &ObjRef) {
    if let Some(pd) = d.downcast::<crate::objects::dict::PyDict>() {
        let old = pd.table.borrow_mut().take_all();
        drop(old);
    }
}
