//! Waiting for a word to change: spin while that is likely to pay, park otherwise.
//!
//! Every wait in the runtime is a wait for an atomic word (a call object's state, an
//! event's, a worker's mailbox) to leave some values. The waiter first spins on the word
//! for at most a budget of time ([`Spin`]); it never yields, because under
//! oversubscription a yield hands a whole time slice to another process. Then it parks
//! ([`Parker`]): it sets the word's [`PARKED`] bit under the parker's lock and sleeps; the
//! thread that changes the word clears the bit in the same atomic operation and learns
//! from it, without a fence, whether anyone sleeps (tokio's `oneshot` keeps its waker bits
//! in its state word the same way).

use std::time::{Duration, Instant};

use crate::primitives::{AtomicU64, Condvar, HintU32, Mutex, Ordering, spin_loop};

/// A bit in a waited-on word: at least one thread is parked (or about to) on its parker.
pub(crate) const PARKED: u64 = 1 << 5;

/// Where threads sleep until a word changes: a lock and a condition variable; the word's
/// [`PARKED`] bit, not the parker, says whether anyone sleeps. The lock guards one hint:
/// when the last wake-up was sent, so that a waiter can tell how long it
/// really waited for its event from how long the scheduler took to run it again (in
/// microseconds of [`micros`], so that the parker stays two words: it is in every call
/// object).
#[derive(Debug, Default)]
pub(crate) struct Parker {
    /// When the last wake-up was sent ([`micros`]); `NOT_WOKEN` since a thread parked.
    woken_at: Mutex<u32>,
    cond: Condvar,
}

const NOT_WOKEN: u32 = 0;

/// Microseconds since the process's first wait, wrapping every ~71 minutes: only
/// differences of a few milliseconds are ever taken.
fn micros(at: Instant) -> u32 {
    static EPOCH: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    let epoch = *EPOCH.get_or_init(Instant::now);
    // Truncation is the wrap; never `NOT_WOKEN`.
    (at.saturating_duration_since(epoch).as_micros() as u32).max(1)
}

impl Parker {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Sleeps until `waiting(word)` is false or `deadline` passes; returns the word last
    /// seen. Sets [`PARKED`] before each sleep; whoever changes the word so that waiting
    /// ends must clear it in the same operation and then call [`wake`](Self::wake) if it
    /// was set.
    pub(crate) fn park(
        &self,
        word: &AtomicU64,
        waiting: impl Fn(u64) -> bool,
        deadline: Option<Instant>,
    ) -> u64 {
        let mut guard = self.woken_at.lock();
        loop {
            let seen = word.load(Ordering::Acquire);
            if !waiting(seen) {
                return seen;
            }
            if seen & PARKED == 0
                && word
                    .compare_exchange(seen, seen | PARKED, Ordering::AcqRel, Ordering::Acquire)
                    .is_err()
            {
                continue;
            }
            *guard = NOT_WOKEN;
            // The waker takes the lock before notifying, and we hold it from setting the
            // bit until the wait releases it: the notification cannot fall in between.
            match deadline {
                None => self.cond.wait(&mut guard),
                Some(deadline) => {
                    if self.cond.wait_until(&mut guard, deadline).timed_out() {
                        return word.load(Ordering::Acquire);
                    }
                }
            }
        }
    }

    /// Wakes every parked thread. Call after an operation that cleared [`PARKED`] and
    /// found it set.
    pub(crate) fn wake(&self) {
        let mut woken_at = self.woken_at.lock();
        *woken_at = micros(Instant::now());
        self.cond.notify_all();
    }

    /// Wakes one parked thread (a worker's own parker has one sleeper at most).
    pub(crate) fn wake_one(&self) {
        let mut woken_at = self.woken_at.lock();
        *woken_at = micros(Instant::now());
        self.cond.notify_one();
    }

    /// How long after `start` the last wake-up was sent (the time until the event the
    /// waiter waited for); the whole time since `start` if none was sent since it parked.
    pub(crate) fn waited_since(&self, start: Instant) -> Duration {
        let woken = *self.woken_at.lock();
        let after_start = woken.wrapping_sub(micros(start));
        if woken == NOT_WOKEN || after_start > u32::MAX / 2 {
            // None sent, or sent before the wait began.
            start.elapsed()
        } else {
            Duration::from_micros(u64::from(after_start))
        }
    }
}

/// How long a waiter may spin before it parks: a budget in nanoseconds that adapts to how
/// recent waits on the same thing ended.
///
/// A wait that ends while spinning after `t` sets the budget to about `2t` (at least
/// [`Spin::FLOOR`]): spinning paid, so keep spinning a little longer than it took. A wait
/// that parked halves it, down to zero: spinning did not pay. A park whose wake-up was
/// sent sooner than [`Spin::CEILING`] after the wait began raises it again, since spinning
/// would have caught it (the time the scheduler then takes to run the waiter does not
/// count: it is the cost parking adds, not a sign that the event was slow). So a call
/// object whose calls take 1 µs spins ~2 µs, one whose calls take a millisecond parks at
/// once after a few calls, and a waiter on an oversubscribed machine (where the thread it
/// waits for is often off its core) soon stops burning the core that thread needs.
#[derive(Debug)]
pub(crate) struct Spin {
    budget_ns: HintU32,
}

/// One spin round: one pause between looks at the word, and a look at the clock only
/// every [`CLOCK_EVERY`] rounds. A hand-off is over when the waiter next looks, so the
/// pause sets its latency: `pause` takes tens of nanoseconds on recent x86 cores, and four
/// of them per look made the trivial round trip 1.1–1.4× slower than one (AMD EPYC,
/// interleaved in one process; BENCHMARKS.md run 7).
const PAUSES: u32 = 1;
const CLOCK_EVERY: u32 = 32;

impl Spin {
    /// The least budget a successful spin leaves: enough for a hand-off between two
    /// threads that are both on a core (~0.2–1 µs).
    pub(crate) const FLOOR: u32 = 4_000;
    /// The most: about what a park and wake-up cost on a virtual machine.
    pub(crate) const CEILING: u32 = 40_000;

    pub(crate) const fn new(initial_ns: u32) -> Self {
        Spin {
            budget_ns: HintU32::new(initial_ns),
        }
    }

    /// Spins until `done(word)` or the budget runs out (or the clock shows that this
    /// thread was off its core, which says the machine is oversubscribed); returns the
    /// word if done. Under loom it never spins (models must see the park).
    pub(crate) fn spin(&self, word: &AtomicU64, done: impl Fn(u64) -> bool) -> Option<u64> {
        let seen = word.load(Ordering::Acquire);
        if done(seen) {
            return Some(seen);
        }
        if cfg!(loom) {
            return None;
        }
        let budget = Duration::from_nanos(u64::from(self.budget_ns.load(Ordering::Relaxed)));
        if budget.is_zero() {
            return None;
        }
        let start = Instant::now();
        let mut last = start;
        let mut round = 0u32;
        loop {
            for _ in 0..PAUSES {
                spin_loop();
            }
            let seen = word.load(Ordering::Acquire);
            if done(seen) {
                if round >= CLOCK_EVERY {
                    self.spun(start.elapsed());
                }
                return Some(seen);
            }
            round += 1;
            if round.is_multiple_of(CLOCK_EVERY) {
                let now = Instant::now();
                let elapsed = now - start;
                // A gap far larger than a round means the scheduler took the core away.
                let preempted = now - last > Duration::from_micros(50);
                last = now;
                if elapsed >= budget || preempted {
                    return None;
                }
            }
        }
    }

    fn spun(&self, took: Duration) {
        let ns = u32::try_from(took.as_nanos()).unwrap_or(u32::MAX);
        let budget = ns.saturating_mul(2).clamp(Self::FLOOR, Self::CEILING);
        self.budget_ns.store(budget, Ordering::Relaxed);
    }

    /// Records how a wait that parked went: `total` from its start until its event came
    /// ([`Parker::waited_since`]). Not until the waiter ran again: a wake-up takes longer
    /// than [`CEILING`](Self::CEILING) on a busy virtual machine (~50 µs seen), and every
    /// short wait that parked would then halve the budget, until waiters on 1 µs calls
    /// parked at once (seen: 1–2 % of calls parked, each costing ~50 µs).
    pub(crate) fn parked(&self, total: Duration) {
        let budget = self.budget_ns.load(Ordering::Relaxed);
        let next = if total < Duration::from_nanos(u64::from(Self::CEILING)) {
            // Spinning a little longer would have caught it.
            (budget.max(Self::FLOOR / 2) * 2).min(Self::CEILING)
        } else {
            budget / 2
        };
        self.budget_ns.store(next, Ordering::Relaxed);
    }
}

/// Waits for `word` to leave the values `waiting` accepts: spin as `spin` allows, then
/// park on `parker` until `deadline`. Returns the word last seen.
pub(crate) fn wait_for(
    word: &AtomicU64,
    parker: &Parker,
    spin: &Spin,
    waiting: impl Fn(u64) -> bool,
    deadline: Option<Instant>,
) -> u64 {
    if let Some(seen) = spin.spin(word, |w| !waiting(w)) {
        return seen;
    }
    let start = Instant::now();
    let seen = parker.park(word, &waiting, deadline);
    if !waiting(seen) {
        spin.parked(parker.waited_since(start));
    }
    seen
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    const LONG: Duration = Duration::from_millis(200);

    #[test]
    fn a_wait_counts_until_its_wake_up_was_sent_not_until_it_ran_again() {
        let parker = Parker::new();
        let start = Instant::now();
        parker.wake();
        // The waiter runs again long after the wake-up was sent.
        std::thread::sleep(LONG);
        assert!(parker.waited_since(start) < LONG / 2);
    }

    #[test]
    fn without_a_wake_up_since_it_began_a_wait_counts_until_now() {
        let parker = Parker::new();
        parker.wake();
        let start = Instant::now();
        std::thread::sleep(LONG);
        assert!(parker.waited_since(start) >= LONG);
    }

    #[test]
    fn a_park_woken_soon_raises_the_budget_and_a_long_one_halves_it() {
        let spin = Spin::new(0);
        spin.parked(Duration::from_micros(2));
        let raised = spin.budget_ns.load(Ordering::Relaxed);
        assert!(raised >= Spin::FLOOR, "{raised}");
        spin.parked(Duration::from_millis(1));
        assert_eq!(spin.budget_ns.load(Ordering::Relaxed), raised / 2);
    }
}
