//! The runtime's only `unsafe` code: places that hold a value without a lock because a
//! protocol elsewhere (a call object's state word, a worker's mailbox word) decides who
//! may touch them, as tokio's `oneshot` and crossbeam's zero-capacity channel keep their
//! values.
//!
//! Under `--cfg loom` the cells are loom's `UnsafeCell`s, so every model checks that no
//! two threads ever touch a cell at once; Miri checks the same on the real code.
#![allow(unsafe_code)]

use crate::primitives::{AtomicPtr, AtomicUsize, Ordering, UnsafeCell, fence};

/// A place for at most one value, owned at any moment by whoever the protocol says.
///
/// The rule every caller keeps: a thread calls [`put`](Self::put) or [`take`](Self::take)
/// only while it holds the cell's exclusive right, which it got from an atomic operation
/// with `Acquire` ordering (or stronger) on the protocol's word and gives up with a
/// `Release` operation on that word. Then no two accesses overlap, and each one sees
/// everything the previous owner wrote.
pub(crate) struct Slot<T> {
    value: UnsafeCell<Option<T>>,
}

// SAFETY: the value moves between threads (hence `T: Send`), but only one thread touches
// it at a time, by the rule above; `&Slot` gives no access to `&T` outside of it.
unsafe impl<T: Send> Sync for Slot<T> {}
// SAFETY: as above; owning the slot owns the value.
unsafe impl<T: Send> Send for Slot<T> {}

impl<T> Slot<T> {
    pub(crate) fn new() -> Self {
        Slot {
            value: UnsafeCell::new(None),
        }
    }

    /// Stores `value` and hands back what was there.
    ///
    /// # Safety
    ///
    /// The caller holds the slot's exclusive right (see [`Slot`]).
    pub(crate) unsafe fn put(&self, value: T) -> Option<T> {
        // SAFETY: exclusive by the caller's contract, so no other reference exists.
        self.value
            .with_mut(|slot| unsafe { (*slot).replace(value) })
    }

    /// Takes the value out.
    ///
    /// # Safety
    ///
    /// The caller holds the slot's exclusive right (see [`Slot`]).
    pub(crate) unsafe fn take(&self) -> Option<T> {
        // SAFETY: exclusive by the caller's contract, so no other reference exists.
        self.value.with_mut(|slot| unsafe { (*slot).take() })
    }
}

/// A `&'static str` that one thread writes while others may read it, kept as two atomics
/// and read as a seqlock: the reader checks, after reading, that the word which names the
/// writer's turn (a call's generation) did not change, so it never pairs a pointer of one
/// name with the length of another.
pub(crate) struct StaticName {
    ptr: AtomicPtr<u8>,
    len: AtomicUsize,
}

impl StaticName {
    pub(crate) fn new() -> Self {
        StaticName {
            ptr: AtomicPtr::new(std::ptr::null_mut()),
            len: AtomicUsize::new(0),
        }
    }

    /// Writes `name`. Call after the atomic operation that began the writer's turn (the
    /// fence orders that operation before these stores, for [`read`](Self::read)'s check).
    pub(crate) fn write(&self, name: &'static str) {
        fence(Ordering::Release);
        self.ptr.store(name.as_ptr().cast_mut(), Ordering::Relaxed);
        self.len.store(name.len(), Ordering::Relaxed);
    }

    /// Reads the name, then calls `same_turn`, which must load the turn's word again and
    /// say whether it is the turn the caller loaded (with `Acquire`) before; `None` if not.
    pub(crate) fn read(&self, same_turn: impl FnOnce() -> bool) -> Option<&'static str> {
        let ptr = self.ptr.load(Ordering::Relaxed);
        let len = self.len.load(Ordering::Relaxed);
        // Pairs with the fence in `write`: if either load saw a later writer's store, the
        // check below sees that writer's turn.
        fence(Ordering::Acquire);
        if ptr.is_null() || !same_turn() {
            return None;
        }
        // SAFETY: both values were stored by one `write` of the same turn (the check
        // above), from one `&'static str`: valid UTF-8, `len` bytes, alive forever.
        Some(unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(ptr, len)) })
    }
}
