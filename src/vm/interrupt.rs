//! Ctrl-C: a SIGINT handler sets a flag that the dispatch loop checks at
//! backward jumps and loop iterations, raising KeyboardInterrupt there.

use std::sync::atomic::{AtomicBool, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);

/// Whether Ctrl-C was pressed since the last [`clear`].
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Forgets a pending Ctrl-C.
pub fn clear() {
    PENDING.store(false, Ordering::Relaxed);
}

/// Records a Ctrl-C (called from the signal handler or the REPL).
pub fn request() {
    PENDING.store(true, Ordering::Relaxed);
}
