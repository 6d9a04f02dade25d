//! Who to tell when something completes: futures' wakers and wait sets.
//!
//! A call object (or event) keeps its watchers here, and two bits of its state word say
//! whether there are any: [`WAKER`] (one-shot wakers of futures) and [`SETS`] (wait sets
//! holding it). The operation that completes the call reads those bits from the word it
//! changes, so a completion nobody watches costs nothing here, with no fence. Completion
//! touches only this list, which holds one entry per future awaiting it and per wait set
//! containing it, so the work per completion does not depend on how large those sets are.

use std::collections::VecDeque;
use std::task::Waker;

use crate::park::{PARKED, Parker};
use crate::primitives::{AtomicU64, Mutex, Ordering, Weak};

/// A bit of a waited-on word: the thing is ready (an event signalled; a call object's
/// own event signalled; a ready queue has entries).
pub(crate) const SIGNALLED: u64 = 1 << 4;
/// A bit of a watched word: a future's waker is registered.
pub(crate) const WAKER: u64 = 1 << 6;
/// A bit of a watched word: at least one wait set holds the thing.
pub(crate) const SETS: u64 = 1 << 7;

/// The members of a wait set that have become ready, in the order they did.
#[derive(Debug, Default)]
pub struct ReadyQueue {
    pub(crate) ready: Mutex<VecDeque<usize>>,
    /// [`SIGNALLED`] once something was pushed since the waiter last looked; [`PARKED`].
    pub(crate) word: AtomicU64,
    pub(crate) parker: Parker,
}

impl ReadyQueue {
    pub(crate) fn push(&self, index: usize) {
        self.ready.lock().push_back(index);
        if set_and_clear(&self.word, SIGNALLED, PARKED) & PARKED != 0 {
            self.parker.wake();
        }
    }
}

/// Sets the bits `set` and clears the bits `clear` of `word` in one operation; returns the
/// word before.
pub(crate) fn set_and_clear(word: &AtomicU64, set: u64, clear: u64) -> u64 {
    let mut seen = word.load(Ordering::Relaxed);
    loop {
        match word.compare_exchange_weak(
            seen,
            (seen | set) & !clear,
            Ordering::AcqRel,
            Ordering::Relaxed,
        ) {
            Ok(old) => return old,
            Err(now) => seen = now,
        }
    }
}

enum Watcher {
    Waker(Waker),
    Set {
        queue: Weak<ReadyQueue>,
        index: usize,
    },
}

/// The watchers of one call object or event; the bits that say whether there are any
/// live in the owner's word.
#[derive(Default)]
pub struct Watchers {
    list: Mutex<Vec<Watcher>>,
}

impl Watchers {
    /// Wakes `waker` at the next notification (once). Returns the owner's word as it was
    /// just after the registration was announced: the caller checks it for readiness
    /// (either the completer sees [`WAKER`] and wakes us, or we see its completion).
    pub(crate) fn add_waker(&self, word: &AtomicU64, waker: &Waker) -> u64 {
        {
            let mut list = self.list.lock();
            let known = list
                .iter()
                .any(|w| matches!(w, Watcher::Waker(known) if known.will_wake(waker)));
            if !known {
                list.push(Watcher::Waker(waker.clone()));
            }
        }
        word.fetch_or(WAKER, Ordering::AcqRel) | WAKER
    }

    /// Tells `queue` that member `index` is ready at every notification, until removed.
    pub(crate) fn add_set(&self, word: &AtomicU64, queue: Weak<ReadyQueue>, index: usize) {
        let mut list = self.list.lock();
        list.push(Watcher::Set { queue, index });
        word.fetch_or(SETS, Ordering::AcqRel);
    }

    /// Stops telling `queue`.
    pub(crate) fn remove_set(&self, word: &AtomicU64, queue: &Weak<ReadyQueue>) {
        let mut list = self.list.lock();
        list.retain(|w| !matches!(w, Watcher::Set { queue: q, .. } if Weak::ptr_eq(q, queue)));
        if !list.iter().any(|w| matches!(w, Watcher::Set { .. })) {
            // Under the lock, so no add_set can fall between the check and the clear.
            word.fetch_and(!SETS, Ordering::AcqRel);
        }
    }

    /// Wakes every waker (they are one-shot) and tells every wait set, if `old` (the
    /// word before the completing operation, which cleared [`WAKER`]) says there are any.
    pub(crate) fn notify(&self, old: u64) {
        if old & (WAKER | SETS) == 0 {
            return;
        }
        // Most often one future awaits the call: its waker needs no heap (a `Vec` here
        // was one allocation per awaited call).
        let mut first: Option<Waker> = None;
        let mut wakers = Vec::new();
        {
            let mut list = self.list.lock();
            list.retain(|watcher| match watcher {
                Watcher::Waker(waker) => {
                    if first.is_none() {
                        first = Some(waker.clone());
                    } else {
                        wakers.push(waker.clone());
                    }
                    false
                }
                Watcher::Set { queue, index } => match queue.upgrade() {
                    Some(queue) => {
                        queue.push(*index);
                        true
                    }
                    None => false,
                },
            });
        }
        // Outside the lock: a waker may run code that watches this object again.
        for waker in first.into_iter().chain(wakers) {
            waker.wake();
        }
    }
}

impl std::fmt::Debug for Watchers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watchers").finish_non_exhaustive()
    }
}
