//! The recording side of `tracemalloc`: while tracing, every live
//! allocation (object blocks from `alloc_block`, and the buffers objects
//! own, which come from the global allocator) has a trace: its size and
//! the traceback (the Python frames' `(filename, lineno)`, innermost
//! first) that was current when it was made. Frees remove traces.
//!
//! Not tracing costs one relaxed load and a predictable branch per
//! allocation and free ([`is_tracing`]). The VM publishes the current
//! traceback ([`set_location`]) at its safe point between instructions,
//! which stays raised while tracing, so that allocations never have to
//! look at the frames themselves.
//!
//! The tracer's own memory (its tables and what is allocated under
//! [`untraced`]) is never traced. Arena and large-block memory of the
//! object allocator is not traced either: the object blocks inside it are.

use std::cell::Cell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether some thread is tracing (the allocators' one check).
static TRACING: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// This thread's tracer while tracing (or holding traces), else null.
    /// A plain pointer in a destructor-free thread-local: the global
    /// allocator uses it, so it must never allocate to be reached.
    static TRACER: Cell<*mut Tracer> = const { Cell::new(std::ptr::null_mut()) };
    /// Set while the tracer's own tables are being changed: the
    /// allocations and frees they make are neither traced nor looked up.
    static BUSY: Cell<bool> = const { Cell::new(false) };
    /// Depth of [`untraced`] sections: allocations are not traced (frees
    /// still remove traces).
    static UNTRACED: Cell<u32> = const { Cell::new(0) };
}

/// One frame of a traceback: file name and line number.
pub type TraceFrame = (Rc<str>, u32);

/// A multiplicative hash for addresses and small keys (no random state:
/// making one would touch thread-locals from inside the global allocator).
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_usize(n as usize);
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<AddrHasher>>;

/// The traces of one thread.
struct Tracer {
    /// Live traces: block address to (size, traceback index).
    traces: FastMap<usize, (usize, u32)>,
    /// Distinct tracebacks, by index (index 0: the unknown location).
    tracebacks: Vec<Rc<[TraceFrame]>>,
    /// Total number of frames of each traceback's stack.
    total_frames: Vec<u32>,
    /// Traceback indices by content.
    by_frames: HashMap<Rc<[TraceFrame]>, u32, BuildHasherDefault<AddrHasher>>,
    /// File names, shared by the frames that name them.
    filenames: HashMap<Rc<str>, (), BuildHasherDefault<AddrHasher>>,
    /// The traceback new allocations get.
    current: u32,
    /// Bytes traced now, and the most since start or reset_peak.
    traced: usize,
    peak: usize,
    /// Frames kept per traceback (`start(nframe)`).
    limit: usize,
    /// What the VM last published `current` for (see [`publish_key`]).
    key: (usize, u32, usize),
}

impl Tracer {
    fn new(limit: usize) -> Tracer {
        let unknown: Rc<[TraceFrame]> = Rc::from(vec![(Rc::from("<unknown>"), 0)]);
        let mut by_frames = HashMap::default();
        by_frames.insert(unknown.clone(), 0);
        Tracer {
            traces: FastMap::default(),
            tracebacks: vec![unknown],
            total_frames: vec![1],
            by_frames,
            filenames: HashMap::default(),
            current: 0,
            traced: 0,
            peak: 0,
            limit,
            key: (0, 0, 0),
        }
    }

    fn add(&mut self, addr: usize, size: usize) {
        let tb = self.current;
        if let Some((old, _)) = self.traces.insert(addr, (size, tb)) {
            self.traced -= old;
        }
        self.traced += size;
        if self.traced > self.peak {
            self.peak = self.traced;
        }
    }

    fn remove(&mut self, addr: usize) {
        if let Some((size, _)) = self.traces.remove(&addr) {
            self.traced -= size;
        }
    }

    /// Bytes of the tracer's own tables (an estimate from capacities).
    fn own_memory(&self) -> usize {
        use std::mem::size_of;
        let frames: usize = self
            .tracebacks
            .iter()
            .map(|t| t.len() * size_of::<TraceFrame>() + 16)
            .sum();
        let names: usize = self.filenames.keys().map(|n| n.len() + 16).sum();
        size_of::<Tracer>()
            + self.traces.capacity() * (size_of::<(usize, (usize, u32))>() + 1)
            + self.by_frames.capacity() * (size_of::<(Rc<[TraceFrame]>, u32)>() + 1)
            + self.filenames.capacity() * (size_of::<Rc<str>>() + 1)
            + self.tracebacks.capacity() * size_of::<Rc<[TraceFrame]>>()
            + self.total_frames.capacity() * size_of::<u32>()
            + frames
            + names
    }
}

/// Whether allocations are being traced (one relaxed load).
#[inline(always)]
pub fn is_tracing() -> bool {
    TRACING.load(Ordering::Relaxed)
}

/// Runs `f` on the tracer, if there is one, with the tracer's own
/// allocations untraced. `None` when there is no tracer or it is in use
/// further up the stack (an allocation made by the tracer itself).
fn with_tracer<R>(f: impl FnOnce(&mut Tracer) -> R) -> Option<R> {
    if BUSY.with(|b| b.get()) {
        return None;
    }
    let p = TRACER.with(|t| t.get());
    if p.is_null() {
        return None;
    }
    BUSY.with(|b| b.set(true));
    // SAFETY: the tracer is owned by this thread (made by `start`, freed
    // only by `stop` outside any use), and BUSY guarantees this is the only
    // reference to it: a use that allocates or frees re-enters here and
    // gets None above.
    let r = f(unsafe { &mut *p });
    BUSY.with(|b| b.set(false));
    Some(r)
}

/// Records a new block of `size` bytes at `addr` (called only while
/// tracing).
#[cold]
#[inline(never)]
pub fn trace_alloc(addr: usize, size: usize) {
    if UNTRACED.with(|u| u.get()) != 0 {
        return;
    }
    with_tracer(|t| t.add(addr, size));
}

/// Forgets the block at `addr`, if it was traced (called only while
/// tracing).
#[cold]
#[inline(never)]
pub fn trace_free(addr: usize) {
    with_tracer(|t| t.remove(addr));
}

/// Runs `f` with the allocations it makes untraced (the tracemalloc
/// module's bookkeeping, the object allocator's arenas).
pub fn untraced<R>(f: impl FnOnce() -> R) -> R {
    UNTRACED.with(|u| u.set(u.get() + 1));
    let r = f();
    UNTRACED.with(|u| u.set(u.get() - 1));
    r
}

/// Starts tracing on this thread, keeping `limit` frames per traceback.
/// Already tracing: only the limit changes (as CPython, which keeps the
/// traces).
pub fn start(limit: usize) {
    if TRACER.with(|t| t.get()).is_null() {
        let b = untraced(|| Box::new(Tracer::new(limit)));
        TRACER.with(|t| t.set(Box::into_raw(b)));
    } else {
        with_tracer(|t| t.limit = limit);
    }
    TRACING.store(true, Ordering::Relaxed);
}

/// Stops tracing and drops every trace.
pub fn stop() {
    TRACING.store(false, Ordering::Relaxed);
    let p = TRACER.with(|t| t.replace(std::ptr::null_mut()));
    if !p.is_null() {
        BUSY.with(|b| b.set(true));
        // SAFETY: `p` came from Box::into_raw in `start` and was just
        // unlinked, so nothing else reaches it.
        drop(unsafe { Box::from_raw(p) });
        BUSY.with(|b| b.set(false));
    }
}

/// Drops every trace (tracing goes on when it was on).
pub fn clear() {
    if let Some(limit) = with_tracer(|t| t.limit) {
        let tracing = is_tracing();
        stop();
        start(limit);
        if !tracing {
            stop();
        }
    }
}

/// Frames kept per traceback (1 when not tracing, as CPython).
pub fn traceback_limit() -> usize {
    with_tracer(|t| t.limit).unwrap_or(1)
}

/// `(current, peak)` traced bytes; zeros when not tracing.
pub fn traced_memory() -> (usize, usize) {
    with_tracer(|t| (t.traced, t.peak)).unwrap_or((0, 0))
}

/// Makes the peak the current traced size.
pub fn reset_peak() {
    with_tracer(|t| t.peak = t.traced);
}

/// Bytes the tracer uses for its own tables.
pub fn own_memory() -> usize {
    with_tracer(|t| t.own_memory()).unwrap_or(0)
}

/// Sets the traceback new allocations get: `frames` gives the innermost
/// frames first (at most the limit are kept), `total` the depth of the
/// whole stack. Call it with the frames' strings borrowed: the copies are
/// the tracer's own memory.
pub fn set_location<'a>(frames: impl Iterator<Item = (&'a str, u32)>, total: usize) {
    with_tracer(|t| {
        let mut v: Vec<TraceFrame> = Vec::new();
        for (name, line) in frames.take(t.limit) {
            let name = match t.filenames.get_key_value(name) {
                Some((k, _)) => k.clone(),
                None => {
                    let k: Rc<str> = Rc::from(name);
                    t.filenames.insert(k.clone(), ());
                    k
                }
            };
            v.push((name, line));
        }
        if v.is_empty() {
            t.current = 0;
            return;
        }
        let key: Rc<[TraceFrame]> = Rc::from(v);
        t.current = match t.by_frames.get(&key) {
            Some(&i) => i,
            None => {
                let i = t.tracebacks.len() as u32;
                t.tracebacks.push(key.clone());
                t.total_frames.push(total as u32);
                t.by_frames.insert(key, i);
                i
            }
        };
    });
}

/// Records `key` (the VM's summary of the stack: innermost code, its
/// line, the depth) as the one the current traceback belongs to; false
/// when it already was, so the VM need not publish the same location.
pub fn publish_key(key: (usize, u32, usize)) -> bool {
    with_tracer(|t| std::mem::replace(&mut t.key, key) != key).unwrap_or(false)
}

/// The address of the block holding `obj` (its traces' key).
pub fn block_addr(obj: &super::ObjRef) -> usize {
    let prefix = if obj.flags() & super::flags::SUBCLASS != 0 {
        super::subclass::SUBCLASS_PREFIX
    } else if obj.kind().is_container() {
        super::kinds::GC_HEAD_SIZE
    } else {
        0
    };
    obj.as_ptr().as_ptr() as usize - prefix
}

/// A copy of the live traces: (size, traceback index), in no particular
/// order, with the tracebacks by index and each one's stack depth.
pub type TracesCopy = (Vec<(usize, u32)>, Vec<Rc<[TraceFrame]>>, Vec<u32>);

/// Copies the traces (untraced memory; drop it with [`drop_untraced`]).
pub fn copy_traces() -> Option<TracesCopy> {
    with_tracer(|t| {
        let mut traces: Vec<(usize, u32)> = t.traces.values().copied().collect();
        // Address order of a hash map is not meaningful; sort by traceback
        // then size so snapshots of the same program come out alike.
        traces.sort_unstable_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
        (traces, t.tracebacks.clone(), t.total_frames.clone())
    })
}

/// Drops a value whose memory was allocated untraced, without looking
/// its blocks up in the traces.
pub fn drop_untraced<T>(value: T) {
    let was = BUSY.with(|b| b.replace(true));
    drop(value);
    BUSY.with(|b| b.set(was));
}

/// The traceback of the block at `addr`, if it is traced.
pub fn traceback_of(addr: usize) -> Option<Rc<[TraceFrame]>> {
    with_tracer(|t| {
        t.traces
            .get(&addr)
            .map(|&(_, tb)| t.tracebacks[tb as usize].clone())
    })
    .flatten()
}

/// Keeps the VM's safe point raised, so that it publishes the location
/// of every instruction while tracing.
pub fn keep_attention() {
    if is_tracing() {
        super::state::raise_attention();
    }
}
