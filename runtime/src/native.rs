//! Native asynchronous servers: COM's server-side call objects.
//!
//! A server that is asynchronous by nature (it hands work to hardware, to another
//! process, to its own threads) does not need a worker to block in its method. Through
//! the server-side trait that `#[async_interface]` generates (`AsyncISimpleStreamServer`),
//! it receives each call's in-part and a [`Completer`], returns at once, and completes
//! the call later from any thread. The client's side does not change: it is the same
//! `AsyncISimpleStream`, the same `begin_`/`wait`/`finish_`.
//!
//! A completer dropped without completing ends its call with
//! [`CallError::Disconnected`], so a client never hangs on a server that lost the call.

use std::fmt;

use crate::context::CancelProbe;
use crate::error::CallError;
use crate::primitives::Arc;

/// Marks a call object over a blocking server: the synchronous trait's methods run on a
/// worker (the default of a generated call object's second type parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Blocking;

/// Marks a call object over a native asynchronous server (one implementing the
/// generated `Async…Server` trait), created with `IFooCall::native(server)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Native;

/// The completion handle of one call to a native server: complete it exactly once, from
/// any thread, with the method's result (COM: the server's `ISynchronize::Signal` after
/// its `Begin_`, with the out-values that `Finish_` then returns).
///
/// Dropping it without completing ends the call with [`CallError::Disconnected`] (or
/// [`CallError::ServerFault`] if dropped by a panic). Making one costs one allocation.
///
/// ```
/// use std::sync::Arc;
/// use async_interface::prelude::*;
/// use async_interface::Completer;
///
/// #[async_interface]
/// pub trait IJob {
///     fn run(&self) -> u32;
/// }
///
/// /// Loses every call.
/// struct Forgetful;
/// impl AsyncIJobServer for Forgetful {
///     fn begin_run(&self, done: Completer<u32>) {
///         drop(done);
///     }
/// }
///
/// let call = IJobCall::native(Arc::new(Forgetful));
/// call.begin_run()?;
/// assert_eq!(call.finish_run(), Err(CallError::Disconnected));
/// # Ok::<(), CallError>(())
/// ```
#[must_use = "dropping a completer ends the call with CallError::Disconnected"]
pub struct Completer<T> {
    finish: Option<FinishFn<T>>,
    probe: Arc<dyn CancelProbe>,
    generation: u64,
}

/// What completing (or dropping) a [`Completer`] runs: it ends the call with the outcome.
type FinishFn<T> = Box<dyn FnOnce(Result<T, CallError>) + Send>;

impl<T> Completer<T> {
    pub(crate) fn new(
        probe: Arc<dyn CancelProbe>,
        generation: u64,
        finish: impl FnOnce(Result<T, CallError>) + Send + 'static,
    ) -> Self {
        Completer {
            finish: Some(Box::new(finish)),
            probe,
            generation,
        }
    }

    /// Completes the call with `value`; its client's `finish_` returns it.
    pub fn complete(mut self, value: T) {
        if let Some(finish) = self.finish.take() {
            finish(Ok(value));
        }
    }

    /// Completes the call with what `f` returns, or, if `f` panics, ends it with
    /// [`CallError::ServerFault`] carrying the panic's message (the panic stops here).
    /// For a server that runs the work itself on a thread of its own, as an apartment does.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use async_interface::prelude::*;
    /// use async_interface::Completer;
    ///
    /// #[async_interface]
    /// pub trait IDivide {
    ///     fn divide(&self, n: u32) -> u32;
    /// }
    ///
    /// /// Divides on a thread of its own.
    /// struct Fragile;
    /// impl AsyncIDivideServer for Fragile {
    ///     fn begin_divide(&self, n: u32, done: Completer<u32>) {
    ///         std::thread::spawn(move || done.complete_with(|| 100 / n));
    ///     }
    /// }
    ///
    /// let call = IDivideCall::native(Arc::new(Fragile));
    /// call.begin_divide(4)?;
    /// assert_eq!(call.finish_divide()?, 25);
    /// call.begin_divide(0)?;
    /// assert_eq!(
    ///     call.finish_divide(),
    ///     Err(CallError::ServerFault { message: "attempt to divide by zero".into() })
    /// );
    /// # Ok::<(), CallError>(())
    /// ```
    pub fn complete_with(self, f: impl FnOnce() -> T) {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
            Ok(value) => self.complete(value),
            Err(payload) => self.fail(CallError::ServerFault {
                message: crate::error::panic_message(&*payload),
            }),
        }
    }

    /// Ends the call with `error` instead of a value: the client's `finish_` returns it.
    ///
    /// For servers that stand for something else, a remote server or a device, whose
    /// failures have a [`CallError`] of their own. `CallError::Canceled` here means the
    /// server stopped because of the client's cancel: `finish_` returns it like any
    /// other result (`cancel` with a timeout then reports that the call completed).
    ///
    /// ```
    /// use std::sync::Arc;
    /// use async_interface::prelude::*;
    /// use async_interface::Completer;
    ///
    /// #[async_interface]
    /// pub trait IDevice {
    ///     fn status(&self) -> u8;
    /// }
    ///
    /// /// A device that is unplugged.
    /// struct Offline;
    /// impl AsyncIDeviceServer for Offline {
    ///     fn begin_status(&self, done: Completer<u8>) {
    ///         done.fail(CallError::Disconnected);
    ///     }
    /// }
    ///
    /// let call = IDeviceCall::native(Arc::new(Offline));
    /// call.begin_status()?;
    /// assert_eq!(call.finish_status(), Err(CallError::Disconnected));
    /// # Ok::<(), CallError>(())
    /// ```
    pub fn fail(mut self, error: CallError) {
        if let Some(finish) = self.finish.take() {
            finish(Err(error));
        }
    }

    /// Whether the client has cancelled this call (COM: `TestCancel`). A server that
    /// sees it may stop and complete early with its own error, or just drop the completer.
    pub fn is_cancelled(&self) -> bool {
        self.probe.is_cancelled(self.generation)
    }

    /// Runs `hook` once when the client cancels this call, on the thread that calls
    /// `cancel` (at once if the call is cancelled already). A server that works elsewhere
    /// (another process, a device) uses it to pass the cancel on instead of polling
    /// [`is_cancelled`](Self::is_cancelled). The hook is dropped unrun if the call ends
    /// first; it should be quick, and must not wait for the call.
    ///
    /// ```
    /// use std::sync::{Arc, Mutex, mpsc};
    /// use std::time::Duration;
    /// use async_interface::prelude::*;
    /// use async_interface::Completer;
    ///
    /// #[async_interface]
    /// pub trait ISlow {
    ///     fn go(&self);
    /// }
    ///
    /// /// Keeps every call, and says when one is cancelled.
    /// struct Slow {
    ///     events: Mutex<mpsc::Sender<&'static str>>,
    ///     held: Mutex<Vec<Completer<()>>>,
    /// }
    /// impl AsyncISlowServer for Slow {
    ///     fn begin_go(&self, done: Completer<()>) {
    ///         let events = self.events.lock().unwrap().clone();
    ///         done.on_cancel(move || events.send("cancelled").unwrap());
    ///         self.held.lock().unwrap().push(done);
    ///         self.events.lock().unwrap().send("serving").unwrap();
    ///     }
    /// }
    ///
    /// let (events, seen) = mpsc::channel();
    /// let call = ISlowCall::native(Arc::new(Slow { events: Mutex::new(events), held: Mutex::default() }));
    /// call.begin_go()?;
    /// assert_eq!(seen.recv(), Ok("serving"));
    /// call.cancel(Duration::ZERO)?;
    /// assert_eq!(seen.recv(), Ok("cancelled"));
    /// assert_eq!(call.finish_go(), Err(CallError::Canceled));
    /// # Ok::<(), CallError>(())
    /// ```
    pub fn on_cancel(&self, hook: impl FnOnce() + Send + 'static) {
        self.probe.on_cancel(self.generation, Box::new(hook));
    }
}

impl<T> Drop for Completer<T> {
    fn drop(&mut self) {
        if let Some(finish) = self.finish.take() {
            let error = if std::thread::panicking() {
                CallError::ServerFault {
                    message: "the server panicked while holding the call's completer".into(),
                }
            } else {
                CallError::Disconnected
            };
            finish(Err(error));
        }
    }
}

impl<T> fmt::Debug for Completer<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Completer")
            .field("completed", &self.finish.is_none())
            .field("generation", &self.generation)
            .finish()
    }
}
