//! Cancellation: COM's `ICancelMethodCalls`, and how a running server method learns that
//! its call was cancelled ([`test_cancel`]).

use std::cell::RefCell;
use std::time::Duration;

use crate::error::CallError;
use crate::primitives::Arc;

/// COM's `ICancelMethodCalls`: asks the server to stop a call in progress.
///
/// Implemented by every call object (through [`CallObject`](crate::CallObject)).
///
/// ```
/// use std::time::Duration;
/// use async_interface_runtime::{Call, CallError, CancelMethodCalls, Dispatch};
///
/// struct Echo;
/// impl Dispatch for Echo {
///     type Request = u32;
///     type Reply = u32;
///     fn dispatch(&self, request: u32) -> u32 { request }
/// }
///
/// let call = Call::new(Echo);
/// // Nothing is in progress, so there is nothing to cancel.
/// assert_eq!(call.cancel(Duration::ZERO), Err(CallError::CallComplete));
/// ```
pub trait CancelMethodCalls {
    /// Asks the server to stop the call in progress and waits up to `timeout` for the
    /// server's method to return.
    ///
    /// - The server returned within `timeout` (or had already): [`CallError::CallComplete`];
    ///   `finish_` delivers whatever it returned.
    /// - Otherwise `Ok(())`: the call completes as cancelled at once (waiters wake),
    ///   `finish_` returns [`CallError::Canceled`], and the server's later result is
    ///   dropped. A call no worker had picked up yet never runs.
    /// - Already cancelled: [`CallError::Canceled`]. Idle call object:
    ///   [`CallError::CallComplete`].
    ///
    /// Either way `finish_` must still be called before the next `begin_`.
    ///
    /// COM: `ICancelMethodCalls::Cancel` (whose timeout is in seconds).
    fn cancel(&self, timeout: Duration) -> Result<(), CallError>;

    /// Whether the call in progress was cancelled: [`CallError::Canceled`] if so,
    /// `Ok(())` if it is still going, [`CallError::CallComplete`] on an idle object.
    ///
    /// COM: `ICancelMethodCalls::TestCancel`.
    fn test_cancel(&self) -> Result<(), CallError>;
}

/// What the worker records about the call it is running, for [`test_cancel`].
pub(crate) trait CancelProbe: Send + Sync {
    fn is_cancelled(&self, generation: u64) -> bool;
}

thread_local! {
    static CURRENT_CALL: RefCell<Option<(Arc<dyn CancelProbe>, u64)>> = const { RefCell::new(None) };
}

/// Marks the calling thread as running a call until dropped; restores what was there
/// before, so calls run inline inside other calls nest correctly.
pub(crate) struct CurrentCallGuard {
    previous: Option<(Arc<dyn CancelProbe>, u64)>,
}

impl CurrentCallGuard {
    pub(crate) fn enter(probe: Arc<dyn CancelProbe>, generation: u64) -> Self {
        let previous = CURRENT_CALL.with(|current| current.replace(Some((probe, generation))));
        CurrentCallGuard { previous }
    }
}

impl Drop for CurrentCallGuard {
    fn drop(&mut self) {
        let previous = self.previous.take();
        CURRENT_CALL.with(|current| *current.borrow_mut() = previous);
    }
}

/// Asks, from inside a server method, whether the client cancelled the call being served.
///
/// Returns [`CallError::Canceled`] if it did, so a server method can stop early with `?`
/// or map it to its own error; `Ok(())` if it did not, or if the calling thread is not
/// running a call. Cheap: one thread-local read and one atomic load.
///
/// COM: `ICancelMethodCalls::TestCancel` / `CoTestCancel`, which COM does not offer to
/// asynchronous calls; here every call has it.
///
/// ```
/// // Outside of a call there is nothing to cancel.
/// assert_eq!(async_interface_runtime::test_cancel(), Ok(()));
/// ```
pub fn test_cancel() -> Result<(), CallError> {
    let cancelled = CURRENT_CALL.with(|current| {
        current
            .borrow()
            .as_ref()
            .is_some_and(|(probe, generation)| probe.is_cancelled(*generation))
    });
    if cancelled { Err(CallError::Canceled) } else { Ok(()) }
}
