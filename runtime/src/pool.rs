//! Workers: the built-in pool on which call objects run their server methods.
//!
//! The pool starts lazily, on the first `begin_`. It keeps as many workers as the
//! machine has cores ([`std::thread::available_parallelism`]) and grows when every
//! worker is busy: a queued call always has a worker of its own, so a server method that
//! begins a nested call and waits for it cannot deadlock the pool, however deep the
//! nesting. Workers above the core count exit after [`IDLE_EXIT`] without work. The pool
//! never exceeds [`MAX_WORKERS`]; past that, calls queue until a worker frees up.
//!
//! Handing a call to the pool allocates nothing: the job is the call object's own shared
//! state (an `Arc` clone), and the queue keeps its capacity.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use crate::park::Parker;
use crate::primitives::{Arc, AtomicUsize, Mutex, OnceLock, Ordering, thread};

/// How long a worker above the core count waits for work before it exits.
pub const IDLE_EXIT: Duration = Duration::from_secs(10);

/// The most workers the built-in pool will run at once.
pub const MAX_WORKERS: usize = 512;

/// A unit of work the pool runs: in practice, one call object's pending call.
///
/// Two steps, so that the worker can count itself idle between them: a client woken by
/// `publish` often begins its next call at once, and must find this worker available
/// rather than start another thread.
pub(crate) trait Job: Send + Sync {
    /// Runs the server method and keeps its reply aside.
    fn run(self: Arc<Self>);
    /// Completes the call with the kept reply and wakes its client.
    fn publish(&self);
    /// Ends the call as `Disconnected` because it will never run.
    fn abandon(&self);
}

pub(crate) struct Pool {
    queue: Mutex<VecDeque<Arc<dyn Job>>>,
    /// Jobs in `queue`; lets waiting workers poll without the lock.
    queued: AtomicUsize,
    /// Workers waiting for a job. A submitter that finds fewer idle workers than queued
    /// jobs starts another worker, so no job waits behind a busy (perhaps blocked) one.
    idle: AtomicUsize,
    workers: AtomicUsize,
    core_workers: usize,
    parker: Parker,
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
                queue: Mutex::new(VecDeque::with_capacity(64)),
                queued: AtomicUsize::new(0),
                idle: AtomicUsize::new(0),
                workers: AtomicUsize::new(0),
                core_workers: cores.max(2),
                parker: Parker::new(),
                draining: AtomicUsize::new(0),
            }
        })
    }

    /// Number of worker threads alive now.
    pub(crate) fn worker_count(&self) -> usize {
        self.workers.load(Ordering::SeqCst)
    }

    fn is_draining(&self) -> bool {
        self.draining.load(Ordering::SeqCst) > 0
    }

    pub(crate) fn submit(&'static self, job: Arc<dyn Job>) {
        // Count the job before a worker can pop it (and count it out): popping takes the
        // lock, so counting under it keeps `queued` from going below zero.
        let queued = {
            let mut queue = self.queue.lock();
            queue.push_back(job);
            self.queued.fetch_add(1, Ordering::SeqCst) + 1
        };
        if queued > self.idle.load(Ordering::SeqCst) {
            // If the cap is reached the job waits for the next free worker.
            self.spawn_worker();
        }
        self.parker.notify_one();
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
        let spawned = thread::Builder::new()
            .name("async-interface-worker".into())
            .spawn(move || self.work());
        if spawned.is_err() {
            self.workers.fetch_sub(1, Ordering::SeqCst);
            return false;
        }
        true
    }

    fn pop(&self) -> Option<Arc<dyn Job>> {
        if self.queued.load(Ordering::SeqCst) == 0 {
            return None;
        }
        let job = self.queue.lock().pop_front();
        if job.is_some() {
            self.queued.fetch_sub(1, Ordering::SeqCst);
        }
        job
    }

    fn work(&'static self) {
        // A new worker was started for a job: it is busy, not idle.
        let mut counted_idle = false;
        loop {
            if let Some(job) = self.pop() {
                if counted_idle {
                    self.idle.fetch_sub(1, Ordering::SeqCst);
                }
                Arc::clone(&job).run();
                self.idle.fetch_add(1, Ordering::SeqCst);
                counted_idle = true;
                job.publish();
                continue;
            }
            if !counted_idle {
                self.idle.fetch_add(1, Ordering::SeqCst);
                counted_idle = true;
            }
            let deadline = Instant::now() + IDLE_EXIT;
            self.parker.wait_until(
                || self.queued.load(Ordering::SeqCst) > 0 || self.is_draining(),
                Some(deadline),
            );
            let has_work = self.queued.load(Ordering::SeqCst) > 0;
            if has_work || (!self.is_draining() && self.worker_count() <= self.core_workers) {
                continue;
            }
            self.idle.fetch_sub(1, Ordering::SeqCst);
            self.workers.fetch_sub(1, Ordering::SeqCst);
            // A submitter may have counted on us before we stopped being idle; the
            // SeqCst pair (its queued/idle, our idle/queued) means one of us sees the other.
            if self.queued.load(Ordering::SeqCst) > 0 {
                self.workers.fetch_add(1, Ordering::SeqCst);
                counted_idle = false;
                continue;
            }
            return;
        }
    }
}

/// How many workers the built-in pool runs now (0 before the first call).
///
/// ```
/// let now = async_interface_runtime::pool::workers();
/// assert!(now <= async_interface_runtime::pool::MAX_WORKERS);
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
/// assert_eq!(async_interface_runtime::pool::shutdown(Duration::from_secs(10)), Ok(()));
/// ```
pub fn shutdown(timeout: Duration) -> Result<(), usize> {
    let pool = Pool::global();
    pool.draining.fetch_add(1, Ordering::SeqCst);
    pool.parker.notify_all();
    let deadline = Instant::now().checked_add(timeout);
    let outcome = loop {
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
