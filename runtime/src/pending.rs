//! Calls as Rust values: a call begun and not yet finished is a [`PendingCall`], a future
//! of its result, whose `finish`, `wait`, `cancel` and `.await` are the way to it.
//!
//! `#[async_interface]` gives every call object of `IFoo`, and `dyn AsyncIFoo`, an
//! extension trait `AsyncIFooExt` with, for each method `m`, `m(&self, ..) ->
//! PendingCall<'_, Self, R>`: it begins the call (as `begin_m`, at once, so the call runs
//! while the client does other work) and returns the handle. `call.m(..).await?` is the
//! one-step form; kept as a value, the handle is the typed form: `.await` and
//! [`finish`](PendingCall::finish) consume it, so a call is finished once, and its type
//! carries the method's result `R`, so it cannot be finished as another method.
//!
//! Both sit on the same call core as `begin_m`/`finish_m`, so every COM rule of a call
//! object holds: one call at a time (the `begin_` inside `m(..)` fails with
//! [`CallError::CallPending`] while another call is in progress, and the handle resolves
//! to that error), `finish_` after a cancel (the handle does it), the manual-reset wait,
//! a server's panic as [`CallError::ServerFault`].
//!
//! ## Drop
//!
//! Dropping an unfinished `PendingCall` (the losing branch of `select!`, a timed-out
//! `tokio::time::timeout`, a handle that goes out of scope) **cancels** the call, as
//! COM's `ICancelMethodCalls::Cancel` with a zero timeout, and then finishes it, so that
//! the call object is idle and ready for its next call without a `finish_`. It never
//! blocks: after a zero-timeout cancel the call is complete or cancelled. The server's
//! method, if it is running, is asked to stop ([`test_cancel`](crate::test_cancel)) and
//! its late result is dropped.
//!
//! Why cancel rather than detach (COM's fire and forget, what tokio's `JoinHandle`
//! does)? The handle borrows the call object: a detached call would leave it busy with a
//! result nobody can reach through the typed API, and the next `m(..)` would fail with
//! `CallPending`. Fire and forget remains what it is in COM: drop the call object itself.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use crate::call::CallObject;
use crate::cancel::CancelMethodCalls;
use crate::error::CallError;
use crate::sync::Synchronize;

/// A call object that can be awaited through `&self`, even as `dyn AsyncIFoo`: every
/// asynchronous trait derives from it, and every call object implements it.
///
/// [`CallObject::completion`] is the same future for a concrete call object; this trait
/// exists so that a trait object can be awaited too.
///
/// ```
/// use std::sync::Arc;
/// use async_interface::prelude::*;
///
/// #[async_interface]
/// pub trait IEcho {
///     fn echo(&self, x: u32) -> u32;
/// }
/// struct Echo;
/// impl IEcho for Echo {
///     fn echo(&self, x: u32) -> u32 { x }
/// }
///
/// let call: Box<dyn AsyncIEcho + Send + Sync> = Box::new(IEchoCall::new(Arc::new(Echo)));
/// futures_executor::block_on(async {
///     call.begin_echo(5)?;
///     std::future::poll_fn(|cx| call.poll_completion(cx)).await?;
///     call.finish_echo()
/// })
/// .map(|x| assert_eq!(x, 5))?;
/// # Ok::<(), CallError>(())
/// ```
pub trait AwaitCompletion: Synchronize + CancelMethodCalls {
    /// `Ready(Ok(()))` once the call in progress has completed or been cancelled (then
    /// `finish_` does not block), `Ready(Err(CallError::CallComplete))` on an idle call
    /// object; otherwise `Pending`, and `cx`'s waker is woken when the call ends.
    fn poll_completion(&self, cx: &mut Context<'_>) -> Poll<Result<(), CallError>>;

    /// A number that changes with every `begin_`: tells one call of the call object from
    /// the next (the async wait set reports each call once).
    fn call_number(&self) -> u64;
}

impl<T: CallObject + ?Sized> AwaitCompletion for T {
    fn poll_completion(&self, cx: &mut Context<'_>) -> Poll<Result<(), CallError>> {
        Pin::new(&mut self.completion()).poll(cx)
    }

    fn call_number(&self) -> u64 {
        crate::state::generation(self.call().shared().load())
    }
}

/// A call that has begun and whose result has not been taken: a future of that result,
/// made by the generated `m(..)` methods (see the [module](self)).
///
/// `R` is the method's synchronous return type; `C` the call object (or `dyn AsyncIFoo`).
/// The result is reached only through the handle, once: [`finish`](Self::finish)
/// (blocking) and `.await` consume it; [`wait`](Self::wait) and [`cancel`](Self::cancel)
/// do not. Dropping it unfinished cancels the call and leaves the call object idle.
/// Polled again after it has returned its result, it returns [`CallError::CallComplete`]
/// (there is no result left), never a panic. It is `Send` when the call object is `Sync`.
///
/// ```
/// use std::sync::Arc;
/// use std::time::Duration;
/// use async_interface::prelude::*;
///
/// #[async_interface]
/// pub trait IEcho {
///     fn echo(&self, x: u32) -> u32;
/// }
/// struct Echo;
/// impl IEcho for Echo {
///     fn echo(&self, x: u32) -> u32 { x }
/// }
///
/// let call = IEchoCall::new(Arc::new(Echo));
/// // One step, from any executor:
/// assert_eq!(futures_executor::block_on(call.echo(1))?, 1);
/// // The same call kept as a value: the server runs while the client works.
/// let echo = call.echo(2);
/// echo.wait(Duration::from_secs(10))?;
/// assert_eq!(echo.finish()?, 2);
/// # Ok::<(), CallError>(())
/// ```
#[must_use = "a pending call is cancelled when dropped: await it or finish it"]
pub struct PendingCall<'a, C: ?Sized + AwaitCompletion, R> {
    call: &'a C,
    finish: fn(&C) -> Result<R, CallError>,
    /// What is left to do: finish the call, report why it did not begin, or nothing.
    step: Step,
}

enum Step {
    /// Begun, as the call object's call of this number.
    Begun(u64),
    NotBegun(CallError),
    Done,
}

impl<'a, C: ?Sized + AwaitCompletion, R> PendingCall<'a, C, R> {
    /// The handle of the call that `begun` (the result of its `begin_`) started on
    /// `call`, finished by `finish` (its `finish_`). If `begun` is an error, the handle
    /// resolves to it and owns no call. Generated code calls this; so may code that
    /// wraps a hand-written `begin_`/`finish_` pair.
    pub fn new(
        call: &'a C,
        begun: Result<(), CallError>,
        finish: fn(&C) -> Result<R, CallError>,
    ) -> Self {
        let step = match begun {
            Ok(()) => Step::Begun(call.call_number()),
            Err(error) => Step::NotBegun(error),
        };
        PendingCall { call, finish, step }
    }

    /// The call object the call runs on.
    pub fn call_object(&self) -> &'a C {
        self.call
    }

    /// Finishes the call and returns its result, blocking until the server returns
    /// (COM: `Finish_M`). Errors as `finish_m`'s: [`CallError::Canceled`] after an
    /// effective [`cancel`](Self::cancel), [`CallError::ServerFault`] if the server
    /// panicked, or the `begin_` error if the call never began.
    pub fn finish(mut self) -> Result<R, CallError> {
        self.take()
    }

    /// Waits up to `timeout` for the call to complete (COM: `ISynchronize::Wait`):
    /// `Ok(())` once it has (or was cancelled), [`CallError::Timeout`] if not yet; then
    /// [`finish`](Self::finish) or `.await` returns without blocking.
    pub fn wait(&self, timeout: Duration) -> Result<(), CallError> {
        match &self.step {
            Step::Begun(_) if self.is_ours() => self.call.wait(timeout),
            _ => Ok(()),
        }
    }

    /// Asks the server to stop the call and waits up to `timeout` for its method to
    /// return (COM: `ICancelMethodCalls::Cancel`; see
    /// [`CancelMethodCalls::cancel`] for what each answer means). The handle still holds
    /// the call: finish it or await it for the outcome ([`CallError::Canceled`] when the
    /// cancel took effect).
    pub fn cancel(&self, timeout: Duration) -> Result<(), CallError> {
        match &self.step {
            Step::Begun(_) if self.is_ours() => self.call.cancel(timeout),
            _ => Err(CallError::CallComplete),
        }
    }

    /// Whether the result is there: [`finish`](Self::finish) would not block. Asks the
    /// call itself, not the call object's synchronizer (which a client may share among
    /// calls, or signal by hand).
    pub fn is_ready(&self) -> bool {
        match &self.step {
            Step::Begun(_) if self.is_ours() => {
                let mut cx = Context::from_waker(std::task::Waker::noop());
                self.call.poll_completion(&mut cx).is_ready()
            }
            _ => true,
        }
    }

    /// Whether the call object's call is still this handle's: no other `begin_` since
    /// (after someone else finished this call through `finish_m`, the call object's next
    /// call is not this handle's to finish or cancel).
    fn is_ours(&self) -> bool {
        matches!(self.step, Step::Begun(number) if self.call.call_number() == number)
    }

    fn take(&mut self) -> Result<R, CallError> {
        match std::mem::replace(&mut self.step, Step::Done) {
            Step::Begun(number) if self.call.call_number() == number => (self.finish)(self.call),
            Step::Begun(_) => Err(CallError::CallComplete),
            Step::NotBegun(error) => Err(error),
            // Polled again after it returned its result: there is none left.
            Step::Done => Err(CallError::CallComplete),
        }
    }
}

impl<C: ?Sized + AwaitCompletion, R> Future for PendingCall<'_, C, R> {
    type Output = Result<R, CallError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        if this.is_ours() && this.call.poll_completion(cx).is_pending() {
            return Poll::Pending;
        }
        // Complete, cancelled, or idle (someone else finished it): finish reports which,
        // without blocking.
        Poll::Ready(this.take())
    }
}

impl<C: ?Sized + AwaitCompletion, R> Drop for PendingCall<'_, C, R> {
    fn drop(&mut self) {
        if self.is_ours() {
            // COM: Cancel with a zero timeout, then Finish_, which does not block on a
            // call that is now complete or cancelled; the result is dropped.
            let _ = self.call.cancel(Duration::ZERO);
            drop(self.take());
        }
    }
}

impl<C: ?Sized + AwaitCompletion, R> fmt::Debug for PendingCall<'_, C, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let step = match &self.step {
            Step::Begun(_) => "begun",
            Step::NotBegun(_) => "not begun",
            Step::Done => "finished",
        };
        f.debug_struct("PendingCall").field("step", &step).finish()
    }
}
