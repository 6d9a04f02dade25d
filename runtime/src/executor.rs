//! Where calls run: the [`Executor`] seam, the built-in [`ThreadPool`], [`Inline`], and
//! (feature `tokio`) `TokioBlocking`.
//!
//! A call object hands each call to its executor as a [`Task`]; running the task calls
//! the server method and completes the call. The default, [`ThreadPool`], is the
//! built-in pool of [`crate::pool`]. A task that is dropped without being run (an
//! executor that refuses work, or shuts down with work queued) ends its call with
//! [`CallError::Disconnected`](crate::CallError::Disconnected), so no client hangs.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::pool::{Job, NO_WORKER, Pool};
use crate::primitives::{Arc, thread_local_cell};

/// One call, ready to run. Run it exactly once, on any thread, with [`Task::run`].
pub struct Task {
    job: Option<Arc<dyn Job>>,
    /// The call this task was made for; a newer call of the same object is not its own.
    generation: u64,
}

impl Task {
    pub(crate) fn new(job: Arc<dyn Job>, generation: u64) -> Self {
        Task {
            job: Some(job),
            generation,
        }
    }

    /// Runs the server method and completes the call (waking its waiters).
    pub fn run(mut self) {
        if let Some(job) = self.job.take()
            && let Some(job) = job.run(self.generation, NO_WORKER)
        {
            job.publish(self.generation);
        }
    }
}

impl Drop for Task {
    fn drop(&mut self) {
        if let Some(job) = self.job.take() {
            job.abandon(self.generation);
        }
    }
}

impl std::fmt::Debug for Task {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Task")
            .field("pending", &self.job.is_some())
            .finish()
    }
}

/// Where a call object runs its calls.
///
/// Implement it to run calls on your own threads; give it to a call object through
/// [`CallOptions::executor`](crate::CallOptions::executor).
///
/// ```
/// use std::sync::Arc;
/// use async_interface::prelude::*;
/// use async_interface::{CallOptions, executor::{Executor, Task}};
///
/// /// Runs every call on a thread of its own.
/// struct ThreadPerCall;
/// impl Executor for ThreadPerCall {
///     fn execute(&self, task: Task) {
///         std::thread::spawn(move || task.run());
///     }
/// }
///
/// #[async_interface]
/// pub trait IEcho {
///     fn echo(&self, x: u8) -> u8;
/// }
/// struct Echo;
/// impl IEcho for Echo {
///     fn echo(&self, x: u8) -> u8 { x }
/// }
///
/// let options = CallOptions::new().executor(Arc::new(ThreadPerCall));
/// let call = IEchoCall::with_options(Arc::new(Echo), options);
/// call.begin_echo(9)?;
/// assert_eq!(call.finish_echo()?, 9);
/// # Ok::<(), CallError>(())
/// ```
pub trait Executor: Send + Sync + 'static {
    /// Runs `task` now or later, on any thread. Dropping it instead ends the call with
    /// [`CallError::Disconnected`](crate::CallError::Disconnected).
    fn execute(&self, task: Task);
}

/// The built-in pool (the default): lazy, one worker per core kept warm, growing while
/// every worker is busy so that blocking or nested calls never starve. See [`crate::pool`].
#[derive(Debug, Default, Clone, Copy)]
pub struct ThreadPool;

impl Executor for ThreadPool {
    fn execute(&self, mut task: Task) {
        if let Some(job) = task.job.take() {
            let _ = Pool::global().submit(job, task.generation, NO_WORKER);
        }
    }
}

/// Runs each call at once on the thread that begins it: `begin_` returns after the
/// server method has. For tests, and for servers that are fast and never block.
///
/// One exception keeps the stack bounded: a call begun from inside a completion (a
/// synchronizer's `signal`, a waker) of an `Inline` call runs once that completion has
/// returned, not inside it; each call of a chain then starts from the same stack
/// depth, however long the chain. A completion that waits for a call it began
/// (`finish_`, `wait`, a wait set) runs that call there and then, as before, and gets
/// its reply: only chains that begin and return keep the stack flat.
///
/// ```
/// use std::sync::{Arc, Mutex, Weak};
/// use async_interface::prelude::*;
/// use async_interface::{CallOptions, Synchronize, executor::Inline};
///
/// #[async_interface]
/// pub trait ICount {
///     fn next(&self, x: u32) -> u32;
/// }
/// struct Count;
/// impl ICount for Count {
///     fn next(&self, x: u32) -> u32 { x + 1 }
/// }
///
/// /// On each completion: finish, and begin the next call until 100 000.
/// #[derive(Default)]
/// struct Chain(Mutex<Weak<ICountCall<Count>>>);
/// impl Synchronize for Chain {
///     fn signal(&self) {
///         let Some(call) = self.0.lock().unwrap().upgrade() else { return };
///         if let Ok(n) = call.finish_next() {
///             if n < 100_000 {
///                 call.begin_next(n).unwrap();
///             }
///         }
///     }
///     fn reset(&self) {}
///     fn wait(&self, _: std::time::Duration) -> Result<(), CallError> { Ok(()) }
///     fn wait_forever(&self) -> Result<(), CallError> { Ok(()) }
/// }
///
/// let chain = Arc::new(Chain::default());
/// let options = CallOptions::new()
///     .executor(Arc::new(Inline))
///     .synchronize(chain.clone());
/// let call = Arc::new(ICountCall::with_options(Arc::new(Count), options));
/// *chain.0.lock().unwrap() = Arc::downgrade(&call);
/// call.begin_next(0)?; // returns after all 100 000 calls
/// assert_eq!(call.state(), CallState::Idle);
/// # Ok::<(), CallError>(())
/// ```
#[derive(Debug, Default, Clone, Copy)]
pub struct Inline;

impl Executor for Inline {
    fn execute(&self, task: Task) {
        let mut task = Some(task);
        // Fails only while the thread is ending, when no later run is possible.
        let _ = TRAMPOLINE.try_with(|t| {
            if t.completing.get()
                && let Some(task) = task.take()
            {
                t.deferred.borrow_mut().push_back(task);
            }
        });
        if let Some(task) = task {
            run_inline(task);
        }
    }
}

/// The `Inline` calls of one thread waiting for a completion to return.
struct Trampoline {
    /// An `Inline` call of this thread is publishing its completion now.
    completing: Cell<bool>,
    /// A frame of this thread is running the deferred calls (inner frames leave them to it).
    draining: Cell<bool>,
    deferred: RefCell<VecDeque<Task>>,
}

thread_local_cell! {
    static TRAMPOLINE: Trampoline = Trampoline {
        completing: Cell::new(false),
        draining: Cell::new(false),
        deferred: RefCell::new(VecDeque::new()),
    };
}

/// Sets a flag of this thread's trampoline for its lifetime; restores it even if a
/// completion panics, so that the thread's next `Inline` call is not deferred forever.
struct Flag {
    which: fn(&Trampoline) -> &Cell<bool>,
    before: bool,
}

impl Flag {
    fn set(which: fn(&Trampoline) -> &Cell<bool>) -> Option<Self> {
        let before = TRAMPOLINE.try_with(|t| which(t).replace(true)).ok()?;
        Some(Flag { which, before })
    }
}

impl Drop for Flag {
    fn drop(&mut self) {
        let _ = TRAMPOLINE.try_with(|t| (self.which)(t).set(self.before));
    }
}

/// Runs now, on this thread, the `Inline` call of `job`'s `generation` if this thread
/// deferred it (a completion began it and now waits for it, which would otherwise wait
/// for itself); returns whether it did.
pub(crate) fn run_deferred_here(job: *const (), generation: u64) -> bool {
    let task = TRAMPOLINE
        .try_with(|t| {
            let mut deferred = t.deferred.borrow_mut();
            let index = deferred.iter().position(|task| {
                task.generation == generation
                    && task
                        .job
                        .as_ref()
                        .is_some_and(|own| Arc::as_ptr(own).cast::<()>() == job)
            })?;
            deferred.remove(index)
        })
        .ok()
        .flatten();
    match task {
        Some(task) => {
            run_inline(task);
            true
        }
        None => false,
    }
}

fn run_inline(mut task: Task) {
    let Some(job) = task.job.take() else { return };
    let generation = task.generation;
    // The server method runs with calls it begins run at once (nested calls wait for
    // them); only its completion defers them.
    if let Some(job) = job.run(generation, NO_WORKER) {
        let _completing = Flag::set(|t| &t.completing);
        job.publish(generation);
    }
    if TRAMPOLINE.try_with(|t| t.draining.get()).unwrap_or(true) {
        return;
    }
    let _draining = Flag::set(|t| &t.draining);
    while let Some(next) = TRAMPOLINE
        .try_with(|t| t.deferred.borrow_mut().pop_front())
        .ok()
        .flatten()
    {
        run_inline(next);
    }
}

/// Runs each call with tokio's `spawn_blocking` on the given runtime.
///
/// ```
/// # #[cfg(feature = "tokio")] {
/// let runtime = tokio::runtime::Runtime::new().unwrap();
/// let executor = async_interface::executor::TokioBlocking::new(runtime.handle().clone());
/// # let _ = executor;
/// # }
/// ```
#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
#[derive(Debug, Clone)]
pub struct TokioBlocking {
    handle: tokio::runtime::Handle,
}

#[cfg(feature = "tokio")]
impl TokioBlocking {
    /// An executor that runs calls on `handle`'s blocking pool.
    pub fn new(handle: tokio::runtime::Handle) -> Self {
        TokioBlocking { handle }
    }

    /// An executor on the runtime of the calling task (panics outside a tokio runtime,
    /// as [`tokio::runtime::Handle::current`] does).
    pub fn current() -> Self {
        TokioBlocking {
            handle: tokio::runtime::Handle::current(),
        }
    }
}

#[cfg(feature = "tokio")]
impl Executor for TokioBlocking {
    fn execute(&self, task: Task) {
        // If the runtime is shutting down the closure is dropped, and with it the task:
        // the call ends as Disconnected.
        drop(self.handle.spawn_blocking(move || task.run()));
    }
}
