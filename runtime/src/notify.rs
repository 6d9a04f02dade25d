//! Who to tell when something completes: futures' wakers and wait sets.
//!
//! A call object (or event) keeps its watchers here. Completion touches only this list,
//! which holds one entry per future awaiting it and per wait set containing it, so the
//! work per completion does not depend on how large those wait sets are.

use std::collections::VecDeque;
use std::task::Waker;

use crate::park::Parker;
use crate::primitives::{AtomicBool, Mutex, Ordering, Weak, fence};

/// The members of a wait set that have become ready, in the order they did.
#[derive(Debug, Default)]
pub struct ReadyQueue {
    pub(crate) ready: Mutex<VecDeque<usize>>,
    pub(crate) parker: Parker,
}

impl ReadyQueue {
    pub(crate) fn push(&self, index: usize) {
        self.ready.lock().push_back(index);
        self.parker.notify_all();
    }
}

enum Watcher {
    Waker(Waker),
    Set {
        queue: Weak<ReadyQueue>,
        index: usize,
    },
}

/// The watchers of one call object or event.
#[derive(Default)]
pub struct Watchers {
    /// Lets completion skip the lock when nobody watches (the common case).
    any: AtomicBool,
    list: Mutex<Vec<Watcher>>,
}

impl Watchers {
    /// Wakes `waker` at the next notification (once).
    pub(crate) fn add_waker(&self, waker: &Waker) {
        let mut list = self.list.lock();
        let known = list
            .iter()
            .any(|w| matches!(w, Watcher::Waker(known) if known.will_wake(waker)));
        if !known {
            list.push(Watcher::Waker(waker.clone()));
        }
        self.any.store(true, Ordering::SeqCst);
    }

    /// Tells `queue` that member `index` is ready at every notification, until removed.
    pub(crate) fn add_set(&self, queue: Weak<ReadyQueue>, index: usize) {
        self.list.lock().push(Watcher::Set { queue, index });
        self.any.store(true, Ordering::SeqCst);
    }

    /// Stops telling `queue`.
    pub(crate) fn remove_set(&self, queue: &Weak<ReadyQueue>) {
        let mut list = self.list.lock();
        list.retain(|w| !matches!(w, Watcher::Set { queue: q, .. } if Weak::ptr_eq(q, queue)));
        self.any.store(!list.is_empty(), Ordering::SeqCst);
    }

    /// Wakes every waker (they are one-shot) and tells every wait set.
    pub(crate) fn notify(&self) {
        // Pairs with the fence a watcher makes between registering and re-checking.
        fence(Ordering::SeqCst);
        if !self.any.load(Ordering::SeqCst) {
            return;
        }
        let mut wakers = Vec::new();
        {
            let mut list = self.list.lock();
            list.retain(|watcher| match watcher {
                Watcher::Waker(waker) => {
                    wakers.push(waker.clone());
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
            self.any.store(!list.is_empty(), Ordering::SeqCst);
        }
        // Outside the lock: a waker may run code that watches this object again.
        for waker in wakers {
            waker.wake();
        }
    }
}

impl std::fmt::Debug for Watchers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watchers")
            .field("any", &self.any.load(Ordering::Relaxed))
            .finish()
    }
}
