//! Workers: the built-in pool on which call objects run their server methods.
//!
//! The pool starts lazily, on the first `begin_`. It keeps as many workers as the
//! machine has cores ([`std::thread::available_parallelism`]) and grows when every
//! worker is busy: a queued call always has a worker of its own, so a server method that
//! begins a nested call and waits for it cannot deadlock the pool, however deep the
//! nesting. Workers above the core count exit after [`IDLE_EXIT`] without work. The pool
//! never exceeds [`MAX_WORKERS`]; past that, calls queue until a worker frees up, and
//! nested calls still cannot deadlock it: a thread that waits on a call no worker has
//! taken yet (`finish_`, `wait`, a [`WaitSet`](crate::WaitSet)'s `wait_any`/`wait_all`)
//! runs that call itself rather than sleep, so every waiter at the cap waits only on calls
//! that some thread is running. A wait with a timeout does so only at the cap (below it,
//! the call has a worker starting for it, and the timeout holds); it then returns when the
//! call has run, which may be after its timeout.
//!
//! A call goes straight to an idle worker: each worker has a mailbox (one slot), and a
//! call is offered first to the worker that ran the call object's last call, then to any
//! idle one, as crossbeam's zero-capacity channel and kanal hand a message to a receiver
//! that is already waiting. Only when no worker is idle does it wait in the shared queue.
//! Handing a call over allocates nothing: the job is the call object's own shared state
//! (an `Arc` clone).

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use crate::mailbox::{Mailbox, Offer, Wait};
use crate::primitives::{Arc, AtomicU64, AtomicUsize, Mutex, OnceLock, Ordering, thread};

/// How long a worker above the core count waits for work before it exits.
pub const IDLE_EXIT: Duration = Duration::from_secs(10);

/// The most workers the built-in pool will run at once.
pub const MAX_WORKERS: usize = 512;

/// "No worker": a call run by another executor, or by its own waiter.
pub(crate) const NO_WORKER: u32 = u32::MAX;

/// A unit of work the pool runs: in practice, one call object's pending call of one
/// generation.
///
/// Two steps, so that the worker can count itself idle between them: a client woken by
/// `publish` often begins its next call at once, and must find this worker available
/// rather than start another thread.
pub(crate) trait Job: Send + Sync {
    /// Runs the server method of the call of `generation`, if it is still queued, and
    /// keeps the reply aside; returns the job if there is a reply to publish.
    fn run(self: Arc<Self>, generation: u64, worker: u32) -> Option<Arc<dyn Job>>;
    /// Completes the call with the kept reply and wakes its client.
    fn publish(&self, generation: u64);
    /// Ends the call as `Disconnected` because it will never run.
    fn abandon(&self, generation: u64);
}

/// A job and the generation of the call it was made for.
pub(crate) type Work = (Arc<dyn Job>, u64);

pub(crate) struct Pool {
    /// One mailbox per possible worker, so that a worker is named by its index.
    mailboxes: Box<[Mailbox]>,
    /// Bit `i` set: worker `i` is idle, or was a moment ago (a hint; the mailbox decides).
    idle: Box<[AtomicU64]>,
    /// Mailbox indices no worker uses.
    free: Mutex<Vec<u32>>,
    queue: Mutex<VecDeque<Work>>,
    /// Jobs in `queue`; lets idle workers look without the lock.
    queued: AtomicUsize,
    workers: AtomicUsize,
    core_workers: usize,
    /// Calls to [`shutdown`] in progress: while non-zero, idle workers exit.
    draining: AtomicUsize,
}

impl Pool {
    /// The process-wide pool, started on first use.
    pub(crate) fn global() -> &'static Pool {
        static POOL: OnceLock<Pool> = OnceLock::new();
        POOL.get_or_init(|| {
            let cores = thread::available_parallelism().map_or(2, usize::from);
            Pool {
                mailboxes: (0..MAX_WORKERS).map(|_| Mailbox::new()).collect(),
                idle: (0..MAX_WORKERS.div_ceil(64))
                    .map(|_| AtomicU64::new(0))
                    .collect(),
                free: Mutex::new((0..MAX_WORKERS as u32).rev().collect()),
                queue: Mutex::new(VecDeque::with_capacity(64)),
                queued: AtomicUsize::new(0),
                workers: AtomicUsize::new(0),
                core_workers: cores.max(2),
                draining: AtomicUsize::new(0),
            }
        })
    }

    /// Number of worker threads alive now.
    pub(crate) fn worker_count(&self) -> usize {
        self.workers.load(Ordering::SeqCst)
    }

    /// Whether the pool runs as many workers as it may: a call queued now may have to
    /// wait for a busy one, and a busy one may be waiting on it.
    pub(crate) fn at_cap(&self) -> bool {
        self.worker_count() >= MAX_WORKERS
    }

    fn is_draining(&self) -> bool {
        self.draining.load(Ordering::SeqCst) > 0
    }

    fn set_idle(&self, worker: u32, idle: bool) {
        let (word, bit) = (worker as usize / 64, 1u64 << (worker % 64));
        if idle {
            self.idle[word].fetch_or(bit, Ordering::SeqCst);
        } else {
            self.idle[word].fetch_and(!bit, Ordering::SeqCst);
        }
    }

    /// Hands the call of `generation` to a worker: to `hint` (the worker that ran the
    /// call object's last call) if it is waiting for work, else to any idle worker,
    /// else to the queue, starting a worker for it. Returns whether the call can start
    /// only after a thread wakes up or starts (no worker was spinning for work).
    pub(crate) fn submit(&'static self, job: Arc<dyn Job>, generation: u64, hint: u32) -> bool {
        let mut work = (job, generation);
        if let Some(mailbox) = self.mailboxes.get(hint as usize) {
            match mailbox.offer(work, true) {
                Offer::Taken { woke } => return woke,
                Offer::Refused(back) => work = back,
            }
        }
        // Spinning workers first (no wake-up), then parked ones.
        for spinning_only in [true, false] {
            for (index, word) in self.idle.iter().enumerate() {
                let mut bits = word.load(Ordering::SeqCst);
                while bits != 0 {
                    let worker = index * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    match self.mailboxes[worker].offer(work, spinning_only) {
                        Offer::Taken { woke } => return woke,
                        Offer::Refused(back) => work = back,
                    }
                }
            }
        }
        {
            let mut queue = self.queue.lock();
            queue.push_back(work);
            // Counted under the lock, before a worker can pop it (and count it out).
            self.queued.fetch_add(1, Ordering::SeqCst);
        }
        // No worker was idle: start one, so that no call waits behind a busy (perhaps
        // blocked) worker. At the cap, tell the idle ones instead: a worker that went
        // idle just now may have looked at the queue before the push.
        if !self.spawn_worker() {
            self.nudge_idle();
        }
        true
    }

    fn nudge_idle(&self) {
        for (index, word) in self.idle.iter().enumerate() {
            let mut bits = word.load(Ordering::SeqCst);
            while bits != 0 {
                let worker = index * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                self.mailboxes[worker].nudge();
            }
        }
    }

    fn spawn_worker(&'static self) -> bool {
        let reserved = self
            .workers
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < MAX_WORKERS).then_some(n + 1)
            })
            .is_ok();
        if !reserved {
            return false;
        }
        let Some(index) = self.free.lock().pop() else {
            self.workers.fetch_sub(1, Ordering::SeqCst);
            return false;
        };
        let spawned = thread::Builder::new()
            .name("async-interface-worker".into())
            .spawn(move || self.work(index));
        if spawned.is_err() {
            self.free.lock().push(index);
            self.workers.fetch_sub(1, Ordering::SeqCst);
            return false;
        }
        true
    }

    fn pop(&self) -> Option<Work> {
        if self.queued.load(Ordering::SeqCst) == 0 {
            return None;
        }
        let mut queue = self.queue.lock();
        let work = queue.pop_front();
        // A burst would otherwise keep its whole capacity (2.6 MB after 100 k calls);
        // back to the initial 64 once empty.
        if queue.is_empty() && queue.capacity() > 64 {
            queue.shrink_to(64);
        }
        drop(queue);
        if work.is_some() {
            self.queued.fetch_sub(1, Ordering::SeqCst);
        }
        work
    }

    fn run(&self, index: u32, (job, generation): Work) {
        if let Some(job) = job.run(generation, index) {
            // Idle before the client wakes: it may begin its next call at once, and
            // should find this worker's mailbox open.
            self.go_idle(index);
            job.publish(generation);
        }
    }

    fn go_idle(&self, index: u32) {
        if self.mailboxes[index as usize].open() {
            self.set_idle(index, true);
        }
    }

    fn work(&'static self, index: u32) {
        let mailbox = &self.mailboxes[index as usize];
        // Queued work is taken only with the mailbox closed, so that no call handed to
        // this worker waits behind another (which may block for long).
        let has_queued = || self.queued.load(Ordering::SeqCst) > 0 || self.is_draining();
        loop {
            self.go_idle(index);
            match mailbox.wait(has_queued, Some(IDLE_EXIT)) {
                Wait::Work(work) => {
                    self.set_idle(index, false);
                    // A call queued before this hand-off may have counted on this worker
                    // (started for it, or idle when it was pushed): it must not wait
                    // behind the call just taken, which may block for long.
                    if self.queued.load(Ordering::SeqCst) > 0 && !self.spawn_worker() {
                        self.nudge_idle();
                    }
                    self.run(index, work);
                }
                Wait::Closed { timed_out } => {
                    self.set_idle(index, false);
                    if let Some(work) = self.pop() {
                        self.run(index, work);
                        continue;
                    }
                    let extra = self.worker_count() > self.core_workers;
                    if !(self.is_draining() || (timed_out && extra)) {
                        continue;
                    }
                    self.workers.fetch_sub(1, Ordering::SeqCst);
                    // A submitter may have counted on us before we closed: the SeqCst
                    // pair (its queued/idle, our idle/queued) means one of us sees the other.
                    if self.queued.load(Ordering::SeqCst) > 0 {
                        self.workers.fetch_add(1, Ordering::SeqCst);
                        continue;
                    }
                    self.free.lock().push(index);
                    return;
                }
            }
        }
    }
}

/// How many workers the built-in pool runs now (0 before the first call).
///
/// ```
/// let now = async_interface::pool::workers();
/// assert!(now <= async_interface::pool::MAX_WORKERS);
/// ```
pub fn workers() -> usize {
    Pool::global().worker_count()
}

/// Stops the built-in pool's workers and reports the calls still running.
///
/// Idle workers exit at once; a worker running a call exits when the call's server
/// method returns. Waits up to `timeout` for every worker to exit: `Ok(())` if all did,
/// `Err(busy)` with the number of workers still running a call otherwise. Those calls are
/// not interrupted (ask them to stop with `cancel` first): they complete normally, and
/// their workers stay on as the pool's after `shutdown` returns. Calls queued meanwhile
/// still run, and the next `begin_` starts the pool again: a shutdown never loses a call.
///
/// ```
/// use std::time::Duration;
/// // Nothing is running here, so the pool empties.
/// assert_eq!(async_interface::pool::shutdown(Duration::from_secs(10)), Ok(()));
/// ```
pub fn shutdown(timeout: Duration) -> Result<(), usize> {
    let pool = Pool::global();
    pool.draining.fetch_add(1, Ordering::SeqCst);
    let deadline = Instant::now().checked_add(timeout);
    let outcome = loop {
        pool.nudge_idle();
        let busy = pool.worker_count();
        if busy == 0 {
            break Ok(());
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            break Err(busy);
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    pool.draining.fetch_sub(1, Ordering::SeqCst);
    outcome
}
