//! Where calls run: the [`Executor`] seam, the built-in [`ThreadPool`], [`Inline`], and
//! (feature `tokio`) `TokioBlocking`.
//!
//! A call object hands each call to its executor as a [`Task`]; running the task calls
//! the server method and completes the call. The default, [`ThreadPool`], is the
//! built-in pool of [`crate::pool`]. A task that is dropped without being run (an
//! executor that refuses work, or shuts down with work queued) ends its call with
//! [`CallError::Disconnected`](crate::CallError::Disconnected), so no client hangs.

use crate::pool::{Job, NO_WORKER, Pool};
use crate::primitives::Arc;

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
#[derive(Debug, Default, Clone, Copy)]
pub struct Inline;

impl Executor for Inline {
    fn execute(&self, task: Task) {
        task.run();
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
