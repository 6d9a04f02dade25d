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
/// use async_interface::{Call, CallError, Responder, Serve};
///
/// /// Loses every call.
/// struct Forgetful;
/// impl Serve for Forgetful {
///     type Request = ();
///     type Reply = ();
///     fn serve(&self, (): (), responder: &Responder<'_, Self>) -> Option<()> {
///         drop(responder.defer(|(): ()| ()));
///         None
///     }
/// }
///
/// let call = Call::new(Forgetful);
/// call.begin("IForgetful::go", ()).unwrap();
/// assert_eq!(call.finish("IForgetful::go"), Err(CallError::Disconnected));
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
    /// use async_interface::{Call, CallError, Responder, Serve};
    ///
    /// struct Fragile;
    /// impl Serve for Fragile {
    ///     type Request = u32;
    ///     type Reply = u32;
    ///     fn serve(&self, n: u32, responder: &Responder<'_, Self>) -> Option<u32> {
    ///         let done = responder.defer(|reply: u32| reply);
    ///         std::thread::spawn(move || done.complete_with(|| 100 / n));
    ///         None
    ///     }
    /// }
    ///
    /// let call = Call::new(Fragile);
    /// call.begin("IFragile::divide", 4).unwrap();
    /// assert_eq!(call.finish("IFragile::divide"), Ok(25));
    /// call.begin("IFragile::divide", 0).unwrap();
    /// assert_eq!(
    ///     call.finish("IFragile::divide"),
    ///     Err(CallError::ServerFault { message: "attempt to divide by zero".into() })
    /// );
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
    /// use async_interface::{Call, CallError, Responder, Serve};
    ///
    /// struct Offline;
    /// impl Serve for Offline {
    ///     type Request = ();
    ///     type Reply = ();
    ///     fn serve(&self, (): (), responder: &Responder<'_, Self>) -> Option<()> {
    ///         responder.defer(|(): ()| ()).fail(CallError::Disconnected);
    ///         None
    ///     }
    /// }
    ///
    /// let call = Call::new(Offline);
    /// call.begin("IOffline::go", ()).unwrap();
    /// assert_eq!(call.finish("IOffline::go"), Err(CallError::Disconnected));
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
    /// use std::sync::{Mutex, mpsc};
    /// use std::time::Duration;
    /// use async_interface::{Call, CallError, CancelMethodCalls, Completer, Responder, Serve};
    ///
    /// /// Keeps every call, and says when one is cancelled.
    /// struct Slow {
    ///     events: mpsc::Sender<&'static str>,
    ///     held: Mutex<Vec<Completer<()>>>,
    /// }
    /// impl Serve for Slow {
    ///     type Request = ();
    ///     type Reply = ();
    ///     fn serve(&self, (): (), responder: &Responder<'_, Self>) -> Option<()> {
    ///         let done = responder.defer(|(): ()| ());
    ///         let events = self.events.clone();
    ///         done.on_cancel(move || events.send("cancelled").unwrap());
    ///         self.held.lock().unwrap().push(done);
    ///         self.events.send("serving").unwrap();
    ///         None
    ///     }
    /// }
    ///
    /// let (events, seen) = mpsc::channel();
    /// let call = Call::new(Slow { events, held: Mutex::default() });
    /// call.begin("ISlow::go", ()).unwrap();
    /// assert_eq!(seen.recv(), Ok("serving"));
    /// call.cancel(Duration::ZERO).unwrap();
    /// assert_eq!(seen.recv(), Ok("cancelled"));
    /// assert_eq!(call.finish("ISlow::go"), Err(CallError::Canceled));
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
