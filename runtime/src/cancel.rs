//! Cancellation: COM's `ICancelMethodCalls`, and how a running server method learns that
//! its call was cancelled ([`test_cancel`]).

use std::time::Duration;

use crate::context::with_current_call;
use crate::error::CallError;

/// COM's `ICancelMethodCalls`: asks the server to stop a call in progress.
///
/// Implemented by every call object (through [`CallObject`](crate::CallObject)).
///
/// ```
/// use std::sync::Arc;
/// use std::time::Duration;
/// use async_interface::prelude::*;
///
/// #[async_interface]
/// pub trait IScan {
///     /// Scans until cancelled; returns how many items it saw.
///     fn scan(&self) -> Result<u64, CallError>;
/// }
/// struct Scanner;
/// impl IScan for Scanner {
///     fn scan(&self) -> Result<u64, CallError> {
///         let mut seen = 0;
///         loop {
///             async_interface::test_cancel()?; // COM: CoTestCancel
///             seen += 1;
///             std::thread::yield_now();
///         }
///     }
/// }
///
/// let call = IScanCall::new(Arc::new(Scanner));
/// // Nothing is in progress, so there is nothing to cancel.
/// assert_eq!(call.cancel(Duration::ZERO), Err(CallError::CallComplete));
/// call.begin_scan()?;
/// // The server sees the request and returns its own error within the timeout
/// // (`cancel` says `CallComplete`), or the call is cancelled at once (`Ok(())`):
/// // either way the call ends cancelled, and `finish_` is still required.
/// let _ = call.cancel(Duration::from_secs(10));
/// assert_eq!(call.finish_scan().and_then(|scanned| scanned), Err(CallError::Canceled));
/// # Ok::<(), CallError>(())
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

/// A native server's reaction to a cancel (`Completer::on_cancel`).
pub(crate) type CancelHook = Box<dyn FnOnce() + Send>;

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
/// assert_eq!(async_interface::test_cancel(), Ok(()));
/// ```
pub fn test_cancel() -> Result<(), CallError> {
    let cancelled =
        with_current_call(|call| call.is_some_and(|call| call.probe.is_cancelled(call.generation)));
    if cancelled {
        Err(CallError::Canceled)
    } else {
        Ok(())
    }
}
