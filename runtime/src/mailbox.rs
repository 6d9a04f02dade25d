//! A worker's mailbox: the place where a submitter hands one call to one idle worker.
//!
//! One word says whose turn it is, as in crossbeam's zero-capacity channel, where a
//! sender selects a waiting receiver's context with one CAS and then writes into its
//! packet: the worker opens the mailbox when it runs out of work (`BUSY → OPEN`); a
//! submitter claims it (`OPEN → CLAIMED`, so no second submitter can), puts the call in,
//! and publishes `FULL`; the worker takes the call and goes back to `BUSY`. An idle worker
//! spins on the word for a while, then parks with the word's [`PARKED`] bit set, and the
//! submitter that finds the bit wakes it. A worker that stops waiting (its idle time is
//! over, or there is work in the shared queue) closes the mailbox with a CAS from `OPEN`,
//! which fails if a submitter claimed it first: then it takes that call instead.

use std::time::{Duration, Instant};

use crate::cell::Slot;
use crate::park::{PARKED, Parker, Spin};
use crate::pool::Work;
use crate::primitives::{AtomicU64, Ordering, spin_loop};

const PHASE: u64 = 0b11;
/// The worker is running a call, or looking at the shared queue: no offers.
const BUSY: u64 = 0;
/// The worker waits for a call.
const OPEN: u64 = 1;
/// A submitter is putting a call in.
const CLAIMED: u64 = 2;
/// A call is in.
const FULL: u64 = 3;
/// Someone asks the waiting worker to look at the shared queue.
const NUDGED: u64 = 1 << 8;

/// What [`Mailbox::offer`] did with the work.
pub(crate) enum Offer {
    /// Handed over; `woke` if the worker was asleep (it starts only after a wake-up).
    Taken { woke: bool },
    /// The worker was not waiting (or, when only spinning workers were wanted, it was
    /// asleep): here is the work back.
    Refused(Work),
}

/// How a worker's [`Mailbox::wait`] ended.
pub(crate) enum Wait {
    /// A submitter handed it this call.
    Work(Work),
    /// It closed its mailbox: it was nudged, there is queued work, or `idle` passed
    /// (`timed_out`).
    Closed { timed_out: bool },
}

#[repr(align(128))]
pub(crate) struct Mailbox {
    word: AtomicU64,
    work: Slot<Work>,
    parker: Parker,
    spin: Spin,
}

impl Mailbox {
    pub(crate) fn new() -> Self {
        Mailbox {
            word: AtomicU64::new(BUSY),
            work: Slot::new(),
            parker: Parker::new(),
            spin: Spin::new(Spin::CEILING / 2),
        }
    }

    /// By the worker: accepts offers from now on. False if it was open already.
    pub(crate) fn open(&self) -> bool {
        self.word
            .compare_exchange(BUSY, OPEN, Ordering::Release, Ordering::Relaxed)
            .is_ok()
    }

    /// By a submitter: hands `work` to the worker if it waits (and, with
    /// `spinning_only`, is not asleep).
    pub(crate) fn offer(&self, work: Work, spinning_only: bool) -> Offer {
        let seen = self.word.load(Ordering::Relaxed);
        if seen & PHASE != OPEN || (spinning_only && seen & PARKED != 0) {
            return Offer::Refused(work);
        }
        if self
            .word
            .compare_exchange(seen, CLAIMED, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            return Offer::Refused(work);
        }
        // SAFETY: `CLAIMED` is ours (our CAS from `OPEN`); the worker emptied the cell
        // before it opened the mailbox, with `Release`, which the CAS acquired.
        #[allow(unsafe_code)]
        let stale = unsafe { self.work.put(work) };
        debug_assert!(stale.is_none(), "mailbox empty when open");
        // The worker was asleep when we claimed, or set PARKED on `CLAIMED` while we wrote.
        let old = self.word.swap(FULL, Ordering::AcqRel);
        let woke = (seen | old) & PARKED != 0;
        if woke {
            self.parker.wake_one();
        }
        Offer::Taken { woke }
    }

    /// Asks a waiting worker to look at the shared queue (or at the pool's drain).
    pub(crate) fn nudge(&self) {
        let mut seen = self.word.load(Ordering::Relaxed);
        loop {
            if seen & PHASE != OPEN {
                return;
            }
            match self.word.compare_exchange_weak(
                seen,
                (seen | NUDGED) & !PARKED,
                Ordering::AcqRel,
                Ordering::Relaxed,
            ) {
                Ok(old) => {
                    if old & PARKED != 0 {
                        self.parker.wake_one();
                    }
                    return;
                }
                Err(now) => seen = now,
            }
        }
    }

    /// By the worker, after [`open`](Self::open): waits for a call; closes the mailbox
    /// instead when `has_queued()` (looked at between spins and after each wake-up), when
    /// nudged, or after `idle` (if given).
    pub(crate) fn wait(&self, has_queued: impl Fn() -> bool, idle: Option<Duration>) -> Wait {
        let _ = self
            .spin
            .spin(&self.word, |w| w & PHASE != OPEN || has_queued());
        let mut deadline: Option<Instant> = None;
        let mut parked_at: Option<Instant> = None;
        let mut claimed_spins = 0u32;
        loop {
            let seen = self.word.load(Ordering::Acquire);
            match seen & PHASE {
                FULL => {
                    if let Some(start) = parked_at {
                        self.spin.parked(self.parker.waited_since(start));
                    }
                    // SAFETY: `FULL` hands the cell to us until we store `BUSY`; the
                    // submitter filled it and released it with its swap, acquired above.
                    #[allow(unsafe_code)]
                    let work = unsafe { self.work.take() };
                    self.word.store(BUSY, Ordering::Release);
                    return Wait::Work(work.expect("a full mailbox holds work"));
                }
                // A submitter is writing: a few instructions, unless it was preempted,
                // in which case its swap will see our PARKED bit and wake us.
                CLAIMED => {
                    claimed_spins += 1;
                    if claimed_spins < 64 && !cfg!(loom) {
                        spin_loop();
                    } else {
                        self.parker.park(&self.word, |w| w & PHASE == CLAIMED, None);
                    }
                }
                _ => {
                    let timed_out = deadline.is_some_and(|d| Instant::now() >= d);
                    if seen & NUDGED != 0 || has_queued() || timed_out {
                        if self
                            .word
                            .compare_exchange(seen, BUSY, Ordering::AcqRel, Ordering::Relaxed)
                            .is_ok()
                        {
                            return Wait::Closed { timed_out };
                        }
                        continue;
                    }
                    if deadline.is_none() {
                        deadline = idle.and_then(|idle| Instant::now().checked_add(idle));
                    }
                    parked_at.get_or_insert_with(Instant::now);
                    self.parker.park(
                        &self.word,
                        |w| w & PHASE == OPEN && w & NUDGED == 0,
                        deadline,
                    );
                }
            }
        }
    }
}

#[cfg(all(test, loom))]
mod loom_models {
    use super::*;
    use crate::pool::Job;
    use crate::primitives::{Arc, AtomicUsize};
    use loom::thread;

    /// A job that counts its runs.
    struct Counted(AtomicUsize);

    impl Job for Counted {
        fn run(self: Arc<Self>, _: u64, _: u32) -> Option<Arc<dyn Job>> {
            self.0.fetch_add(1, Ordering::SeqCst);
            None
        }
        fn publish(&self, _: u64) {}
        fn abandon(&self, _: u64) {}
    }

    fn run_all(mailbox: &Mailbox, jobs: usize) -> usize {
        let mut ran = 0;
        while ran < jobs {
            mailbox.open();
            match mailbox.wait(|| false, None) {
                Wait::Work((job, generation)) => {
                    let _ = job.run(generation, 0);
                    ran += 1;
                }
                Wait::Closed { .. } => {}
            }
        }
        ran
    }

    /// A submitter hands a call to a worker that may be spinning, parking or parked:
    /// the worker gets it exactly once, and never sleeps through it.
    #[test]
    fn offer_vs_park() {
        loom::model(|| {
            let mailbox = Arc::new(Mailbox::new());
            let job = Arc::new(Counted(AtomicUsize::new(0)));
            assert!(mailbox.open());
            let worker = {
                let mailbox = Arc::clone(&mailbox);
                thread::spawn(move || run_all(&mailbox, 1))
            };
            let mut work: Work = (Arc::clone(&job) as Arc<dyn Job>, 1);
            loop {
                match mailbox.offer(work, false) {
                    Offer::Taken { .. } => break,
                    Offer::Refused(back) => {
                        work = back;
                        thread::yield_now();
                    }
                }
            }
            assert_eq!(worker.join().unwrap(), 1);
            assert_eq!(job.0.load(Ordering::SeqCst), 1);
        });
    }

    /// A worker closing its mailbox (idle time over) races a submitter's offer: either
    /// the offer is refused (and the work comes back whole) or the worker takes it.
    #[test]
    fn offer_vs_close() {
        loom::model(|| {
            let mailbox = Arc::new(Mailbox::new());
            let job = Arc::new(Counted(AtomicUsize::new(0)));
            assert!(mailbox.open());
            let worker = {
                let mailbox = Arc::clone(&mailbox);
                // Loom's clock: the idle time passes at once.
                thread::spawn(move || match mailbox.wait(|| false, Some(Duration::ZERO)) {
                    Wait::Work((job, generation)) => {
                        let _ = job.run(generation, 0);
                        true
                    }
                    Wait::Closed { timed_out } => {
                        assert!(timed_out);
                        false
                    }
                })
            };
            let offered = matches!(
                mailbox.offer((Arc::clone(&job) as Arc<dyn Job>, 1), false),
                Offer::Taken { .. }
            );
            let took = worker.join().unwrap();
            assert_eq!(offered, took, "an offer taken is an offer run");
            assert_eq!(job.0.load(Ordering::SeqCst), usize::from(took));
        });
    }

    /// A nudge (work in the shared queue) reaches a worker that is parking.
    #[test]
    fn nudge_vs_park() {
        loom::model(|| {
            let mailbox = Arc::new(Mailbox::new());
            let queued = Arc::new(AtomicUsize::new(0));
            assert!(mailbox.open());
            let worker = {
                let (mailbox, queued) = (Arc::clone(&mailbox), Arc::clone(&queued));
                thread::spawn(move || mailbox.wait(|| queued.load(Ordering::SeqCst) > 0, None))
            };
            queued.store(1, Ordering::SeqCst);
            mailbox.nudge();
            assert!(matches!(
                worker.join().unwrap(),
                Wait::Closed { timed_out: false }
            ));
        });
    }
}
