//! Waiting for a condition another thread makes true: [`Backoff`] (spin, then yield) and
//! [`Parker`] (park until notified).

use std::time::Instant;

use crate::primitives::{AtomicUsize, Condvar, Mutex, Ordering, fence, spin_loop, yield_now};

/// How a waiter passes the time before it parks: spin, then yield, then give up.
///
/// After crossbeam's `Backoff`, with one change: the condition is checked after every
/// single pause rather than after exponentially growing runs of them, because one pause
/// costs ~25 ns on the machines we measured and a run of 64 of them would add microseconds
/// to every hand-off. Spinning alone collapses when there are more runnable threads than
/// cores (hence the yields); parking at once pays the ~20 µs wake-up on every call.
#[derive(Debug, Default)]
pub(crate) struct Backoff {
    step: u32,
}

// Under loom SPINS and YIELDS are 0, which makes some comparisons constant.
#[cfg_attr(loom, allow(clippy::absurd_extreme_comparisons))]
impl Backoff {
    /// Single pauses before yielding: about 5 µs.
    #[cfg(not(loom))]
    const SPINS: u32 = 200;
    /// Yields before parking: about 8 µs more on an idle machine, far more on a busy one.
    #[cfg(not(loom))]
    const YIELDS: u32 = 20;
    /// Under loom a waiter parks at once: loom's `yield_now` makes the other threads run
    /// before the yielder again, which would hide the races at the park (the lost
    /// wake-up the sleeper count guards against). Spinning only re-reads the condition.
    #[cfg(loom)]
    const SPINS: u32 = 0;
    #[cfg(loom)]
    const YIELDS: u32 = 0;

    pub(crate) fn new() -> Self {
        Backoff { step: 0 }
    }

    /// Waits a little.
    pub(crate) fn snooze(&mut self) {
        if self.step < Self::SPINS {
            spin_loop();
        } else {
            yield_now();
        }
        self.step += 1;
    }

    /// Whether this step is a good moment to look at the clock (it costs ~20 ns).
    pub(crate) fn is_yielding_or_every_16th(&self) -> bool {
        self.step >= Self::SPINS || self.step.is_multiple_of(16)
    }

    /// True once spinning and yielding have run their course: time to park.
    pub(crate) fn is_completed(&self) -> bool {
        self.step >= Self::SPINS + Self::YIELDS
    }
}

/// Where threads park while they wait for a condition that another thread makes true.
///
/// The condition itself lives elsewhere (an atomic); the parker only knows how many
/// threads sleep, so that the notifying side skips the lock when nobody does.
#[derive(Debug, Default)]
pub(crate) struct Parker {
    sleepers: AtomicUsize,
    lock: Mutex<()>,
    cond: Condvar,
}

impl Parker {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Waits until `ready()` is true or `deadline` passes; returns `ready()`'s last value.
    pub(crate) fn wait_until(&self, ready: impl Fn() -> bool, deadline: Option<Instant>) -> bool {
        if ready() {
            return true;
        }
        let expired = || deadline.is_some_and(|d| Instant::now() >= d);
        let mut backoff = Backoff::new();
        while !backoff.is_completed() {
            if backoff.is_yielding_or_every_16th() && expired() {
                return ready();
            }
            backoff.snooze();
            if ready() {
                return true;
            }
        }
        let mut guard = self.lock.lock();
        self.sleepers.fetch_add(1, Ordering::SeqCst);
        // Pairs with the fence in `notify_*`: either the notifier sees our increment, or
        // we see its condition.
        fence(Ordering::SeqCst);
        let outcome = loop {
            if ready() {
                break true;
            }
            match deadline {
                None => self.cond.wait(&mut guard),
                Some(deadline) => {
                    if self.cond.wait_until(&mut guard, deadline).timed_out() {
                        break ready();
                    }
                }
            }
        };
        self.sleepers.fetch_sub(1, Ordering::SeqCst);
        outcome
    }

    /// Wakes every parked waiter. Call after making a condition true.
    pub(crate) fn notify_all(&self) {
        fence(Ordering::SeqCst);
        if self.sleepers.load(Ordering::SeqCst) > 0 {
            let _guard = self.lock.lock();
            self.cond.notify_all();
        }
    }

    /// Wakes one parked waiter. Call after making a condition true.
    pub(crate) fn notify_one(&self) {
        fence(Ordering::SeqCst);
        if self.sleepers.load(Ordering::SeqCst) > 0 {
            let _guard = self.lock.lock();
            self.cond.notify_one();
        }
    }
}
