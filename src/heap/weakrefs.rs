//! The weak reference registry: for every object that weak references
//! point to, the list of those weak reference objects, in CPython's order
//! (the shared callback-less `ref` first, then `proxy`, then the others
//! newest first, which is the order their callbacks run in).
//!
//! An object with an entry carries `flags::HAS_WEAKREFS`, so freeing any
//! other object costs one flag test. Freeing a referent clears its weak
//! references (their target becomes `None`) and queues their callbacks for
//! the VM; freeing a weak reference takes it out of its referent's list.

use super::kinds::HeapObject;
use super::objref::{ObjHeader, ObjRef, flags};
use super::state::{queue_callback, with_state};
use crate::objects::weakref::PyWeakRef;
use std::ptr::NonNull;

fn payload<'a>(wr: NonNull<ObjHeader>) -> &'a PyWeakRef {
    // SAFETY: the registry holds only live WeakRef objects (a weak
    // reference leaves the registry before it is freed).
    unsafe { &(*wr.cast::<HeapObject<PyWeakRef>>().as_ptr()).payload }
}

/// A strong reference to a weak reference's live referent.
pub(crate) fn weak_upgrade(target: NonNull<ObjHeader>) -> ObjRef {
    // SAFETY: a weak reference's target is set only while the referent is
    // alive: clear_weakrefs resets it before the referent is freed.
    unsafe { ObjRef::from_raw_borrowed(target) }
}

/// Whether a weak reference is "basic" (no callback, not a proxy): the one
/// CPython shares between all `weakref.ref(obj)` calls.
fn is_basic(wr: &PyWeakRef) -> bool {
    !wr.proxy && wr.callback.try_borrow().is_ok_and(|c| c.is_none())
}

/// Registers weak reference `wr` (kind WeakRef, target set) as pointing to
/// `target`.
pub fn register(wr: &ObjRef, target: &ObjRef) {
    let Some(new) = wr.downcast::<PyWeakRef>() else {
        return;
    };
    target.set_flags(flags::HAS_WEAKREFS);
    with_state(|s| {
        let list = s.weakrefs.entry(target.id()).or_default();
        let pos = if is_basic(new) {
            0
        } else if new.proxy && new.callback.try_borrow().is_ok_and(|c| c.is_none()) {
            list.iter().take_while(|&&p| is_basic(payload(p))).count()
        } else {
            // After the shared ref and proxy, newest first.
            list.iter()
                .take_while(|&&p| {
                    let w = payload(p);
                    w.callback.try_borrow().is_ok_and(|c| c.is_none())
                })
                .count()
        };
        list.insert(pos, wr.as_ptr());
    });
}

/// The shared callback-less weak reference (or proxy) to `target`, if any.
pub fn find_basic(target: &ObjRef, proxy: bool) -> Option<ObjRef> {
    if target.flags() & flags::HAS_WEAKREFS == 0 {
        return None;
    }
    with_state(|s| {
        let list = s.weakrefs.get(&target.id())?;
        list.iter()
            .copied()
            .find(|&p| {
                let w = payload(p);
                // SAFETY: registered weak references are alive.
                let subclass = unsafe { p.as_ref() }.flags.get() & flags::SUBCLASS != 0;
                !subclass && w.proxy == proxy && w.callback.try_borrow().is_ok_and(|c| c.is_none())
            })
            // SAFETY: registered weak references are alive.
            .map(|p| unsafe { ObjRef::from_raw_borrowed(p) })
    })
}

/// Every weak reference to `target`, in registry order.
pub fn weakrefs_of(target: &ObjRef) -> Vec<ObjRef> {
    if target.flags() & flags::HAS_WEAKREFS == 0 {
        return Vec::new();
    }
    with_state(|s| match s.weakrefs.get(&target.id()) {
        // SAFETY: registered weak references are alive.
        Some(list) => list
            .iter()
            .map(|&p| unsafe { ObjRef::from_raw_borrowed(p) })
            .collect(),
        None => Vec::new(),
    })
}

/// Takes a weak reference that is being freed out of its referent's list.
pub(crate) fn unregister(wr: NonNull<ObjHeader>) {
    let Some(target) = payload(wr).target.get() else {
        return;
    };
    let emptied = with_state(|s| {
        let key = target.as_ptr() as usize;
        let Some(list) = s.weakrefs.get_mut(&key) else {
            return false;
        };
        list.retain(|&p| p != wr);
        if list.is_empty() {
            s.weakrefs.remove(&key);
            true
        } else {
            false
        }
    });
    if emptied {
        // SAFETY: the target is alive (its weak references are cleared
        // before it is freed, and this one was not).
        let h = unsafe { target.as_ref() };
        h.flags.set(h.flags.get() & !flags::HAS_WEAKREFS);
    }
}

/// Clears every weak reference to `target` (which is dying) and, when
/// `callbacks` is set, queues the callbacks of those that have one. The
/// cycle collector passes `skip_garbage`: weak references that are garbage
/// themselves get no callback (CPython's rule).
pub(crate) fn clear_weakrefs(target: NonNull<ObjHeader>, callbacks: bool) {
    clear_weakrefs_filtered(target, callbacks, false);
}

fn clear_weakrefs_filtered(target: NonNull<ObjHeader>, callbacks: bool, skip_garbage: bool) {
    let list = with_state(|s| s.weakrefs.remove(&(target.as_ptr() as usize)));
    // SAFETY: `target` is alive until its caller frees it.
    let h = unsafe { target.as_ref() };
    h.flags.set(h.flags.get() & !flags::HAS_WEAKREFS);
    let Some(list) = list else {
        return;
    };
    // Hold each weak reference while clearing them all, so that a callback
    // queued for one cannot outlive it.
    // SAFETY: registered weak references are alive.
    let refs: Vec<ObjRef> = list
        .iter()
        .map(|&p| unsafe { ObjRef::from_raw_borrowed(p) })
        .collect();
    for wr in &refs {
        payload(wr.as_ptr()).target.set(None);
    }
    if !callbacks {
        return;
    }
    for wr in refs {
        if skip_garbage && wr.flags() & flags::COLLECTING != 0 {
            continue;
        }
        let cb = payload(wr.as_ptr())
            .callback
            .try_borrow_mut()
            .ok()
            .and_then(|mut c| c.take());
        if let Some(cb) = cb {
            queue_callback(wr, cb);
        }
    }
}

/// The collector's weakref step: clears the weak references to every
/// object of `garbage` and queues the callbacks of those that are not
/// garbage themselves.
pub fn clear_for_garbage(garbage: &[ObjRef]) {
    for o in garbage {
        if o.flags() & flags::HAS_WEAKREFS != 0 {
            clear_weakrefs_filtered(o.as_ptr(), true, true);
        }
    }
}
