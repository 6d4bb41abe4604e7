//! The cycle collector: CPython's generational algorithm over Ferrite's
//! container objects.
//!
//! Every container object (a kind that can refer to other objects) is
//! allocated with a [`GcHead`] in front of its header and is *tracked*: it
//! sits in one of three generation lists (plus the permanent generation of
//! `gc.freeze`). A collection of generation `g` takes generations `0..=g`
//! as the *young* set and:
//!
//! 1. copies each object's reference count into its `gc_refs`;
//! 2. traverses each object (`Trace::trace`) and subtracts one from the
//!    `gc_refs` of every young object it refers to: what is left counts the
//!    references from outside the young set (stack slots, untracked
//!    objects, older generations);
//! 3. marks everything reachable from an object with `gc_refs > 0`;
//! 4. moves the marked survivors to the next generation; the rest is
//!    garbage, handed to the VM ([`find_garbage`]) which clears weak
//!    references, runs finalizers (PEP 442: once per object), drops what
//!    the finalizers resurrected ([`drop_resurrected`]) and breaks the
//!    cycles with `Trace::clear` ([`clear_garbage`]).
//!
//! Collections run only at the VM's safe points: an allocation past the
//! threshold only raises the heap's attention flag.

use super::kinds::{clear_object, trace_object};
use super::objref::{ObjHeader, ObjRef, flags};
use super::state::{raise_attention, with_state};
use std::cell::Cell;
use std::ptr::NonNull;

/// The generations a collection can be asked for.
pub const NUM_GENERATIONS: usize = 3;

/// The index of `gc.freeze`'s permanent generation in the lists.
const PERMANENT: usize = 3;

/// The collector's header, placed just before the object header of every
/// container (`GC_HEAD_SIZE` bytes).
#[repr(C)]
pub(crate) struct GcHead {
    /// The object's position in its generation list.
    index: Cell<usize>,
    /// During a collection: references from outside the set collected.
    refs: Cell<isize>,
}

const _: () = assert!(std::mem::size_of::<GcHead>() == super::kinds::GC_HEAD_SIZE);

/// The GC head of a container object.
///
/// # Safety
/// `ptr` is a live container object (allocated with a GC head).
#[inline(always)]
unsafe fn head<'a>(ptr: NonNull<ObjHeader>) -> &'a GcHead {
    // SAFETY: container objects are allocated GC_HEAD_SIZE bytes after the
    // start of their block, and the GcHead fills those bytes.
    unsafe { &*((ptr.as_ptr() as *const u8).sub(super::kinds::GC_HEAD_SIZE) as *const GcHead) }
}

#[inline(always)]
fn header<'a>(ptr: NonNull<ObjHeader>) -> &'a ObjHeader {
    // SAFETY: every pointer in the generation lists is a live object (an
    // object is untracked before its memory is released).
    unsafe { ptr.as_ref() }
}

/// Counts of one generation's collections, as `gc.get_stats()` reports.
#[derive(Clone, Copy, Debug, Default)]
pub struct GenStats {
    /// Collections of this generation.
    pub collections: u64,
    /// Objects found unreachable and freed.
    pub collected: u64,
    /// Objects found unreachable that could not be freed.
    pub uncollectable: u64,
    /// Total pause time in seconds.
    pub pause: f64,
    /// Objects examined in all collections of this generation.
    pub examined: u64,
}

/// The collector's state (part of the per-thread heap).
pub(crate) struct GcState {
    /// Generations 0, 1, 2 and the permanent generation, in the order
    /// objects joined them (as CPython's linked lists: finalizers of
    /// garbage run in this order). An untracked object leaves a hole
    /// (`None`) that compaction removes later.
    gens: [Vec<Option<NonNull<ObjHeader>>>; 4],
    /// Holes in each list.
    holes: [usize; 4],
    /// `gc.get_count()`: container allocations minus frees since the last
    /// collection for generation 0; collections of the younger generation
    /// since the last of this one for 1 and 2.
    counts: [usize; NUM_GENERATIONS],
    /// `gc.get_threshold()`.
    thresholds: [usize; NUM_GENERATIONS],
    /// `gc.isenabled()`.
    enabled: bool,
    /// A collection is running (no other may start).
    collecting: bool,
    /// Objects in generation 2 after its last collection.
    long_lived_total: usize,
    /// Objects moved into generation 2 since its last collection.
    long_lived_pending: usize,
    /// Per-generation statistics.
    stats: [GenStats; NUM_GENERATIONS],
    /// Collect at every safe point after a container allocation (the test
    /// suite's GC-stress mode).
    stress: bool,
}

impl GcState {
    pub(crate) fn new() -> GcState {
        GcState {
            gens: [Vec::new(), Vec::new(), Vec::new(), Vec::new()],
            holes: [0; 4],
            counts: [0; NUM_GENERATIONS],
            thresholds: [700, 10, 10],
            enabled: true,
            collecting: false,
            long_lived_total: 0,
            long_lived_pending: 0,
            stats: [GenStats::default(); NUM_GENERATIONS],
            stress: false,
        }
    }

    /// Counts a new container allocation; true when a collection is due.
    #[inline(always)]
    pub(crate) fn note_alloc(&mut self) -> bool {
        self.counts[0] += 1;
        (self.counts[0] > self.thresholds[0] || self.stress)
            && self.enabled
            && self.thresholds[0] != 0
            && !self.collecting
    }

    /// Counts a container free.
    #[inline(always)]
    pub(crate) fn note_free(&mut self) {
        if self.counts[0] > 0 {
            self.counts[0] -= 1;
        }
    }

    /// Puts a new object in generation 0.
    ///
    /// # Safety
    /// `ptr` is a container object with an initialized header.
    #[inline(always)]
    pub(crate) unsafe fn track(&mut self, ptr: NonNull<ObjHeader>) {
        let h = header(ptr);
        // SAFETY: the caller guarantees a container object.
        unsafe { head(ptr) }.index.set(self.gens[0].len());
        self.gens[0].push(Some(ptr));
        h.gc_gen.set(0);
        h.flags.set(h.flags.get() | flags::GC_TRACKED);
    }

    /// Removes the holes of list `g`, keeping the order.
    fn compact(&mut self, g: usize) {
        let list = &mut self.gens[g];
        list.retain(|p| p.is_some());
        for (i, p) in list.iter().enumerate() {
            if let Some(p) = p {
                // SAFETY: everything in a generation list is a live container.
                unsafe { head(*p) }.index.set(i);
            }
        }
        self.holes[g] = 0;
    }

    /// Takes every object out of list `g`, in order.
    fn take_list(&mut self, g: usize) -> impl Iterator<Item = NonNull<ObjHeader>> {
        self.holes[g] = 0;
        std::mem::take(&mut self.gens[g]).into_iter().flatten()
    }

    /// Objects in list `g`.
    fn list_len(&self, g: usize) -> usize {
        self.gens[g].len() - self.holes[g]
    }

    /// Takes a tracked object out of its generation list.
    ///
    /// # Safety
    /// `ptr` is a tracked container object.
    #[inline(always)]
    pub(crate) unsafe fn untrack(&mut self, ptr: NonNull<ObjHeader>) {
        let h = header(ptr);
        let g = h.gc_gen.get() as usize;
        // SAFETY: tracked objects are containers.
        let i = unsafe { head(ptr) }.index.get();
        debug_assert!(self.gens[g][i] == Some(ptr));
        if i + 1 == self.gens[g].len() {
            self.gens[g].pop();
        } else {
            self.gens[g][i] = None;
            self.holes[g] += 1;
            if self.holes[g] > 1024 && self.holes[g] * 2 > self.gens[g].len() {
                self.compact(g);
            }
        }
        h.flags.set(h.flags.get() & !flags::GC_TRACKED);
    }

    /// Appends `objs` to generation `g`, recording their new positions.
    fn adopt(&mut self, g: usize, objs: impl IntoIterator<Item = NonNull<ObjHeader>>) {
        for p in objs {
            // SAFETY: only container objects are ever in the lists.
            unsafe { head(p) }.index.set(self.gens[g].len());
            header(p).gc_gen.set(g as u8);
            self.gens[g].push(Some(p));
        }
    }
}

/// Which generation is due for a collection now, by CPython's rules: the
/// oldest whose count passed its threshold, except that generation 2 waits
/// until a quarter of its objects are new since its last collection.
pub fn due_generation() -> Option<usize> {
    with_state(|s| {
        let gc = &s.gc;
        if !gc.enabled || gc.collecting {
            return None;
        }
        if gc.stress && gc.counts[0] > 0 {
            return Some(0);
        }
        for g in (0..NUM_GENERATIONS).rev() {
            if gc.counts[g] > gc.thresholds[g] {
                if g == NUM_GENERATIONS - 1 && gc.long_lived_pending < gc.long_lived_total / 4 {
                    continue;
                }
                return Some(g);
            }
        }
        None
    })
}

/// The outcome of the graph part of a collection.
pub struct Garbage {
    /// The unreachable objects, each held by one reference here; they
    /// carry the COLLECTING flag until cleared or found resurrected.
    pub objects: Vec<ObjRef>,
    /// Objects examined (the size of the young set).
    pub examined: usize,
    /// Sizes of the generations when the collection started.
    pub gen_sizes: [usize; 4],
}

/// Visits the references of `ptr` in CPython's `tp_traverse` order, or
/// returns false if it cannot be seen.
#[inline]
fn trace(ptr: NonNull<ObjHeader>, visit: &mut dyn FnMut(&ObjRef)) -> bool {
    let h = header(ptr);
    let ty = h.ty.get();
    // Objects of a class refer to it through their header (CPython's heap
    // types are traversed the same way); built-in types are immortal and
    // never matter.
    let heap_type = header(ty).flags.get() & flags::IMMORTAL == 0;
    // SAFETY: the header owns one reference to its type; this borrowed
    // ObjRef is never dropped, so no count changes.
    let ty_ref = std::mem::ManuallyDrop::new(unsafe { ObjRef::from_raw_owned(ty) });
    if h.flags.get() & flags::SUBCLASS != 0 {
        // subtype_traverse: the __dict__, the class, then the base's items.
        if !super::subclass::trace_dict_slot(ptr, visit) {
            return false;
        }
        if heap_type {
            visit(&ty_ref);
        }
        // SAFETY: `ptr` is a live object.
        return unsafe { trace_object(ptr, visit) };
    }
    // SAFETY: `ptr` is a live object.
    if !unsafe { trace_object(ptr, visit) } {
        return false;
    }
    // An instance refers to its class last.
    if heap_type {
        visit(&ty_ref);
    }
    true
}

/// Whether a collection is running.
pub fn is_collecting() -> bool {
    with_state(|s| s.gc.collecting)
}

/// Marks the start or end of a collection (the VM's part included).
pub fn set_collecting(on: bool) {
    with_state(|s| s.gc.collecting = on);
}

/// Runs steps 1 to 4 of a collection of `generation` (see the module
/// docs) and returns the garbage found. The caller must hold the
/// collecting mark ([`set_collecting`]).
pub fn find_garbage(generation: usize) -> Garbage {
    let generation = generation.min(NUM_GENERATIONS - 1);
    let (young, gen_sizes) = with_state(|s| {
        let gc = &mut s.gc;
        let sizes = [
            gc.list_len(0),
            gc.list_len(1),
            gc.list_len(2),
            gc.list_len(PERMANENT),
        ];
        if generation + 1 < NUM_GENERATIONS {
            gc.counts[generation + 1] += 1;
        }
        for c in &mut gc.counts[..=generation] {
            *c = 0;
        }
        // CPython's order: the collected generation, then each younger one
        // appended to its end, youngest first.
        let mut young: Vec<NonNull<ObjHeader>> = gc.take_list(generation).collect();
        for g in 0..generation {
            young.extend(gc.take_list(g));
        }
        (young, sizes)
    });
    // 1. gc_refs = refcount, and mark the young set.
    for (i, &p) in young.iter().enumerate() {
        let h = header(p);
        // SAFETY: `p` came from a generation list: a live container.
        let gh = unsafe { head(p) };
        gh.index.set(i);
        gh.refs.set(h.refcnt.get() as isize);
        h.flags.set(h.flags.get() | flags::COLLECTING);
    }
    // 2. Subtract the references from inside the young set.
    subtract_internal_refs(&young);
    // 3 and 4. Split what is reachable from outside from the garbage, in
    // CPython's list orders.
    let examined = young.len();
    let (mut survivors, unreachable) = move_unreachable(young);
    for &p in &survivors {
        let h = header(p);
        h.flags
            .set(h.flags.get() & !(flags::REACHABLE | flags::COLLECTING));
    }
    let garbage: Vec<ObjRef> = unreachable
        .into_iter()
        // SAFETY: `p` is alive (it was in a generation list); the new
        // reference keeps it alive while the VM finalizes it.
        .map(|p| unsafe { ObjRef::from_raw_borrowed(p) })
        .collect();
    untrack_atomic_tuples(&mut survivors);
    with_state(|s| {
        let gc = &mut s.gc;
        let target = (generation + 1).min(NUM_GENERATIONS - 1);
        if generation == NUM_GENERATIONS - 2 {
            gc.long_lived_pending += survivors.len();
        }
        let n_survivors = survivors.len();
        gc.adopt(target, survivors);
        // The garbage stays tracked (in the older generation) while the VM
        // finalizes it, so a finalizer that resurrects an object leaves it
        // in a normal state.
        gc.adopt(target, garbage.iter().map(|o| o.as_ptr()));
        if generation == NUM_GENERATIONS - 1 {
            gc.long_lived_pending = 0;
            gc.long_lived_total = n_survivors;
        }
    });
    Garbage {
        objects: garbage,
        examined,
        gen_sizes,
    }
}

/// Step 2: for every object of `set` (all COLLECTING), subtracts one from
/// the `gc_refs` of each member of the set it refers to, leaving in each
/// `gc_refs` the references from outside the set.
fn subtract_internal_refs(set: &[NonNull<ObjHeader>]) {
    for &p in set {
        let complete = trace(p, &mut |child| {
            let c = child.as_ptr();
            if header(c).flags.get() & flags::COLLECTING != 0 {
                // SAFETY: COLLECTING objects are members of the set: containers.
                let gh = unsafe { head(c) };
                gh.refs.set(gh.refs.get() - 1);
            }
        });
        if !complete {
            // It could not be looked into, so what it refers to kept
            // its counts; it must itself count as referenced from outside.
            // SAFETY: `p` is a member of the set.
            let gh = unsafe { head(p) };
            gh.refs.set(gh.refs.get().max(0) + (1 << 40));
        }
    }
}

/// `gc_refs` of an object tentatively moved to the unreachable list.
const TENTATIVELY_UNREACHABLE: isize = -1;

/// Steps 3 and 4 as CPython's `move_unreachable`, so that survivors and
/// garbage come out in the orders CPython's lists have (finalizers run,
/// and objects are later scanned, in those orders): the young objects are
/// scanned in order; one still referenced from outside (`gc_refs > 0`)
/// stays and has its referents marked reachable; one not (yet) known to
/// be is moved to the unreachable list, and moved back to the end of the
/// scan when a reachable object turns out to refer to it. (Instance dicts
/// are objects of their own here, as CPython 3.11.2 orders them.)
fn move_unreachable(
    young: Vec<NonNull<ObjHeader>>,
) -> (Vec<NonNull<ObjHeader>>, Vec<NonNull<ObjHeader>>) {
    let mut scan = Scan {
        queue: young,
        reachable: Vec::new(),
        unreachable: Vec::new(),
    };
    scan.reachable.reserve(scan.queue.len());
    let mut i = 0;
    while i < scan.queue.len() {
        let p = scan.queue[i];
        i += 1;
        // SAFETY: members of the young set are containers.
        let gh = unsafe { head(p) };
        if gh.refs.get() > 0 {
            scan.scan_reachable(p);
        } else {
            gh.refs.set(TENTATIVELY_UNREACHABLE);
            gh.index.set(scan.unreachable.len());
            scan.unreachable.push(Some(p));
        }
    }
    let unreachable = scan.unreachable.into_iter().flatten().collect();
    (scan.reachable, unreachable)
}

/// The lists of [`move_unreachable`].
struct Scan {
    /// The young objects in scanning order (moved-back ones appended).
    queue: Vec<NonNull<ObjHeader>>,
    /// Objects found reachable, in the order they were scanned.
    reachable: Vec<NonNull<ObjHeader>>,
    /// Tentatively unreachable objects (`None` where one was moved back).
    unreachable: Vec<Option<NonNull<ObjHeader>>>,
}

impl Scan {
    /// Scans a reachable object: marks what it refers to reachable.
    fn scan_reachable(&mut self, p: NonNull<ObjHeader>) {
        let h = header(p);
        h.flags.set(h.flags.get() | flags::REACHABLE);
        self.reachable.push(p);
        trace(p, &mut |child| self.visit(child.as_ptr()));
    }

    /// CPython's `visit_reachable`.
    fn visit(&mut self, c: NonNull<ObjHeader>) {
        let f = header(c).flags.get();
        if f & flags::COLLECTING == 0 || f & flags::REACHABLE != 0 {
            return;
        }
        // SAFETY: COLLECTING objects are members of the set.
        let ch = unsafe { head(c) };
        let moved_back = ch.refs.get() == TENTATIVELY_UNREACHABLE;
        if moved_back {
            self.unreachable[ch.index.get()] = None;
        }
        if moved_back {
            ch.refs.set(1);
            self.queue.push(c);
        } else if ch.refs.get() == 0 {
            ch.refs.set(1);
        }
    }
}

/// Step 3: marks REACHABLE every object of `set` (all COLLECTING) with
/// `gc_refs > 0` and everything reachable from those inside the set.
fn mark_reachable(set: &[NonNull<ObjHeader>]) {
    let mut stack = Vec::new();
    for &p in set {
        // SAFETY: members of the set are containers.
        let refs = unsafe { head(p) }.refs.get();
        debug_assert!(refs >= 0, "a reference was traversed twice");
        if refs > 0 {
            let h = header(p);
            h.flags.set(h.flags.get() | flags::REACHABLE);
            stack.push(p);
        }
    }
    while let Some(p) = stack.pop() {
        trace(p, &mut |child| {
            let c = child.as_ptr();
            let h = header(c);
            let f = h.flags.get();
            if f & flags::COLLECTING != 0 && f & flags::REACHABLE == 0 {
                h.flags.set(f | flags::REACHABLE);
                stack.push(c);
            }
        });
    }
}

/// CPython's `untrack_tuples`: a surviving tuple whose items can never be
/// part of a cycle (atoms, untracked objects) leaves the collector's lists.
fn untrack_atomic_tuples(survivors: &mut Vec<NonNull<ObjHeader>>) {
    survivors.retain(|&p| {
        let h = header(p);
        if h.kind != super::Kind::Tuple {
            return true;
        }
        let mut may_cycle = false;
        trace(p, &mut |child| {
            let f = header(child.as_ptr()).flags.get();
            if f & flags::GC_TRACKED != 0 {
                may_cycle = true;
            }
        });
        if !may_cycle {
            h.flags.set(h.flags.get() & !flags::GC_TRACKED);
        }
        may_cycle
    });
}

/// After finalizers ran: takes out of `garbage` every object that is now
/// referenced from outside the garbage (resurrected), and what it reaches.
/// Returns how many were resurrected.
pub fn drop_resurrected(garbage: &mut Vec<ObjRef>) -> usize {
    let ptrs: Vec<NonNull<ObjHeader>> = garbage.iter().map(|o| o.as_ptr()).collect();
    for &p in &ptrs {
        // Our own reference does not count.
        // SAFETY: garbage objects are live containers.
        unsafe { head(p) }
            .refs
            .set(header(p).refcnt.get() as isize - 1);
    }
    subtract_internal_refs(&ptrs);
    mark_reachable(&ptrs);
    let before = garbage.len();
    garbage.retain(|o| {
        let h = header(o.as_ptr());
        let f = h.flags.get();
        if f & flags::REACHABLE != 0 {
            h.flags.set(f & !(flags::REACHABLE | flags::COLLECTING));
            false
        } else {
            true
        }
    });
    before - garbage.len()
}

/// Step 5: breaks the cycles of `garbage` with `Trace::clear`, then drops
/// the collector's references, so that reference counting frees it all.
pub fn clear_garbage(garbage: Vec<ObjRef>) {
    for o in &garbage {
        o.clear_flags(flags::COLLECTING);
    }
    for o in &garbage {
        // SAFETY: `o` is a live object (we hold a reference).
        unsafe { clear_object(o.as_ptr()) };
        if o.flags() & flags::SUBCLASS != 0 {
            super::subclass::clear_dict_slot(o);
        }
    }
    drop(garbage);
}

/// Takes the objects out of the garbage set without clearing them (they
/// stay alive: DEBUG_SAVEALL, or the VM kept them).
pub fn release_garbage(garbage: &[ObjRef]) {
    for o in garbage {
        o.clear_flags(flags::COLLECTING);
    }
}

/// Adds the results of a finished collection to the statistics.
pub fn record_collection(
    generation: usize,
    examined: usize,
    collected: usize,
    uncollectable: usize,
    pause: f64,
) {
    with_state(|s| {
        let st = &mut s.gc.stats[generation.min(NUM_GENERATIONS - 1)];
        st.collections += 1;
        st.collected += collected as u64;
        st.uncollectable += uncollectable as u64;
        st.pause += pause;
        st.examined += examined as u64;
    });
}

/// `gc.get_stats()`, one entry per generation.
pub fn stats() -> [GenStats; NUM_GENERATIONS] {
    with_state(|s| s.gc.stats)
}

/// `gc.get_count()`.
pub fn counts() -> [usize; NUM_GENERATIONS] {
    with_state(|s| s.gc.counts)
}

/// `gc.get_threshold()`.
pub fn thresholds() -> [usize; NUM_GENERATIONS] {
    with_state(|s| s.gc.thresholds)
}

/// `gc.set_threshold(...)`: only the given generations change.
pub fn set_thresholds(values: &[usize]) {
    with_state(|s| {
        for (t, &v) in s.gc.thresholds.iter_mut().zip(values) {
            *t = v;
        }
    });
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    with_state(|s| s.gc.enabled)
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    with_state(|s| s.gc.enabled = on);
}

/// Turns the GC-stress mode on (collect at every safe point after a
/// container allocation).
pub fn set_stress(on: bool) {
    with_state(|s| s.gc.stress = on);
}

/// Whether `obj` is tracked by the collector (`gc.is_tracked`).
pub fn is_tracked(obj: &ObjRef) -> bool {
    obj.flags() & flags::GC_TRACKED != 0
}

/// Stops tracking `obj` (constants of code objects, which can never be
/// part of a cycle, like CPython's).
pub fn untrack(obj: &ObjRef) {
    if is_tracked(obj) {
        // SAFETY: tracked objects are containers in a generation list.
        with_state(|s| unsafe { s.gc.untrack(obj.as_ptr()) });
    }
}

/// Starts tracking an untracked container (a dict that received a
/// container, as CPython's dicts do).
pub fn track(obj: &ObjRef) {
    if !is_tracked(obj)
        && (obj.kind().is_container() || obj.flags() & flags::SUBCLASS != 0)
        && !obj.is_immortal()
    {
        // SAFETY: `obj` is a live container object, not in any list.
        with_state(|s| unsafe { s.gc.track(obj.as_ptr()) });
    }
}

/// Tracked objects of generation `g` (all generations but the permanent
/// one when `None`), skipping those being finalized by a collection.
pub fn objects(g: Option<usize>) -> Vec<ObjRef> {
    with_state(|s| {
        let lists: Vec<&Vec<Option<NonNull<ObjHeader>>>> = match g {
            Some(g) => s.gc.gens.get(g).into_iter().collect(),
            None => s.gc.gens[..NUM_GENERATIONS].iter().collect(),
        };
        let mut out = Vec::new();
        for list in lists {
            for &p in list.iter().flatten() {
                // SAFETY: everything in the lists is alive; the new
                // reference is dropped by the caller outside the heap.
                out.push(unsafe { ObjRef::from_raw_borrowed(p) });
            }
        }
        out
    })
}

/// Number of tracked objects in each generation (and the permanent one).
pub fn generation_sizes() -> [usize; 4] {
    with_state(|s| {
        [
            s.gc.list_len(0),
            s.gc.list_len(1),
            s.gc.list_len(2),
            s.gc.list_len(PERMANENT),
        ]
    })
}

/// The references `obj` owns (`gc.get_referents`), in traversal order.
pub fn referents(obj: &ObjRef) -> Vec<ObjRef> {
    let mut out = Vec::new();
    if let Some(slot) = super::subclass::subclass_dict(obj) {
        // A built-in type's subclass: its __dict__ and class, then what
        // the base type holds (CPython's subtype_traverse).
        if let Ok(d) = slot.try_borrow() {
            out.extend(d.iter().cloned());
        }
        out.push(obj.type_of());
        // SAFETY: `obj` is alive; `trace_object` only borrows its cells.
        unsafe {
            trace_object(obj.as_ptr(), &mut |c| out.push(c.clone()));
        }
        return out;
    }
    if obj.kind().is_container() {
        // SAFETY: `obj` is alive; `trace_object` only borrows its cells.
        unsafe {
            trace_object(obj.as_ptr(), &mut |c| out.push(c.clone()));
        }
        // An object of a class refers to its class last (subtype_traverse).
        let ty = obj.type_of();
        if !ty.is_immortal() {
            out.push(ty);
        }
    }
    out
}

/// Whether `obj` owns a reference to `target`.
pub fn refers_to(obj: &ObjRef, target: &ObjRef) -> bool {
    let mut found = false;
    trace(obj.as_ptr(), &mut |c| found |= c.is(target));
    found
}

/// `gc.freeze()`: moves every tracked object to the permanent generation.
pub fn freeze() {
    with_state(|s| {
        let gc = &mut s.gc;
        let mut all = Vec::new();
        for g in 0..NUM_GENERATIONS {
            all.extend(gc.take_list(g));
        }
        gc.adopt(PERMANENT, all);
        gc.counts[0] = 0;
    });
}

/// `gc.unfreeze()`: moves the permanent generation back into the oldest.
pub fn unfreeze() {
    with_state(|s| {
        let gc = &mut s.gc;
        let all: Vec<_> = gc.take_list(PERMANENT).collect();
        gc.adopt(NUM_GENERATIONS - 1, all);
    });
}

/// `gc.get_freeze_count()`.
pub fn freeze_count() -> usize {
    with_state(|s| s.gc.list_len(PERMANENT))
}

/// Raises the attention flag if a collection is due (after a threshold
/// change, for instance).
pub fn check_due() {
    if due_generation().is_some() {
        raise_attention();
    }
}

/// Whether CPython would have `obj` tracked: as [`is_tracked`], except
/// that a dict holding only atoms counts as untracked (CPython tracks a
/// dict only once it receives a value that may be part of a cycle).
pub fn reported_tracked(obj: &ObjRef) -> bool {
    if !is_tracked(obj) {
        return false;
    }
    if obj.kind() != super::Kind::Dict {
        return true;
    }
    let mut may_cycle = false;
    // SAFETY: `obj` is alive; tracing only borrows its table.
    let complete = unsafe {
        trace_object(obj.as_ptr(), &mut |c| {
            let k = c.kind();
            if k.is_container() && (k != super::Kind::Tuple || is_tracked(c)) {
                may_cycle = true;
            }
        })
    };
    may_cycle || !complete
}

/// Makes `root` and everything reachable from it immortal: the built-in
/// types' namespaces, which live as long as the interpreter and are never
/// garbage (so that `--leak-check` can demand every other object be freed).
pub fn immortalize_graph(root: &ObjRef) {
    root.make_immortal();
    // The root's referents are looked at even if it was immortal already
    // (a namespace that received new entries).
    let mut stack = owned_refs(root);
    while let Some(o) = stack.pop() {
        if o.is_immortal() {
            continue;
        }
        o.make_immortal();
        stack.extend(owned_refs(&o));
    }
}

/// Every reference `obj` owns, including the str keys of a dict that
/// `Trace` skips (they are atoms, but they are owned all the same).
fn owned_refs(obj: &ObjRef) -> Vec<ObjRef> {
    let mut out = referents(obj);
    if let Some(d) = obj.downcast::<crate::objects::dict::PyDict>()
        && let Ok(t) = d.table.try_borrow()
    {
        out.extend(t.iter().map(|e| e.key.clone()));
    }
    out
}

/// Sets the young generation's allocation count to zero (the end of the
/// interpreter's start-up; see `Vm::new`).
pub fn forget_startup_allocations() {
    with_state(|s| s.gc.counts[0] = 0);
}

/// Takes back the count of a container allocation that CPython would not
/// have made (an instance's dict, which CPython 3.11 keeps inline), so
/// that collections come at CPython's pace.
pub fn uncount_allocation() {
    with_state(|s| s.gc.note_free());
}
