//! [`CallError`]: what went wrong with a call, as COM would report it.

use std::fmt;

/// Why an operation on a call object did not succeed.
///
/// Every variant corresponds to the HRESULT a COM call object returns in the same
/// situation ([`CallError::hresult`]); its [`Display`](fmt::Display) says what happened
/// and what the caller should do next. A `CallError` never leaves the call object in a
/// broken state: after any of them the object can be used again as the message says.
///
/// ```
/// use async_interface::CallError;
///
/// let err = CallError::CallPending;
/// assert_eq!(err.hresult(), 0x8001_0115_u32 as i32);
/// assert!(err.to_string().contains("finish"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CallError {
    /// A call is already in progress (pending, or complete but not yet finished) on this
    /// call object, so `begin_` was refused and its arguments dropped.
    ///
    /// COM: `RPC_S_CALLPENDING` (0x80010115), which the documentation spells
    /// `RPC_E_CALL_PENDING`.
    CallPending,
    /// There is no call in progress: `finish_` without a `begin_` (or a second `finish_`),
    /// `wait` on an idle call object, or `cancel` of a call that has already completed.
    ///
    /// COM: `RPC_E_CALL_COMPLETE` (0x80010117).
    CallComplete,
    /// The call did not complete within the timeout given to `wait`. The call goes on;
    /// wait again later.
    ///
    /// COM: `RPC_E_TIMEOUT` (0x8001011F).
    Timeout,
    /// The call was cancelled before the server returned; it has no out-values.
    ///
    /// COM: `RPC_E_CALL_CANCELED` (0x80010002).
    Canceled,
    /// The server method panicked. `message` is the panic's message.
    ///
    /// COM: `RPC_E_SERVERFAULT` (0x80010105).
    ServerFault {
        /// The panic message of the server method (or a note that it had none).
        message: String,
    },
    /// The server went away without completing the call (a native server dropped its
    /// completion handle, or the executor was shut down).
    ///
    /// COM: `RPC_E_DISCONNECTED` (0x80010108).
    Disconnected,
    /// `finish_` was called for a different method than the one begun. The begun call is
    /// untouched and can still be finished with the right method.
    ///
    /// COM: `E_UNEXPECTED` (0x8000FFFF); COM leaves this case undocumented.
    WrongMethod {
        /// The method whose call is in progress, qualified by its trait (`IStream::read`).
        begun: &'static str,
        /// The method whose `finish_` was called, qualified by its trait.
        finished: &'static str,
    },
    /// A wait on many call objects was given none to wait on.
    ///
    /// COM: `RPC_E_NO_SYNC` (0x80010120).
    NoSync,
    /// A call to a remote server could not be sent, or its reply could not be read, on
    /// the client's side: an argument failed to serialize, the arguments are larger than
    /// the connection's frame limit, or the reply does not decode as this trait's reply.
    /// The call never reached the server (or its reply is lost); the call object is idle.
    ///
    /// COM: `RPC_E_CLIENT_CANTMARSHAL_DATA` (0x8001000B).
    ClientCantMarshal {
        /// What could not be sent or read, and why.
        message: String,
    },
    /// A remote server ran the call but could not send its reply: the reply failed to
    /// serialize, or is larger than the connection's frame limit; or it could not decode
    /// the call's arguments. The connection stays up; the call object is idle.
    ///
    /// COM: `RPC_E_SERVER_CANTMARSHAL_DATA` (0x8001000D).
    ServerCantMarshal {
        /// What could not be sent or read, and why.
        message: String,
    },
    /// A remote server had no room for the call and did not run it: this connection, or
    /// the whole server, has as many calls in flight as its limits allow. The call object
    /// is idle; begin the call again later.
    ///
    /// COM: `RPC_E_SERVERCALL_RETRYLATER` (0x8001010A), what a server's message filter
    /// answers when it is busy and the client may retry. (`RPC_E_SERVERCALL_REJECTED`,
    /// 0x8001010B, is a refusal with no retry implied; a full queue is transient.)
    ServerBusy {
        /// Which limit was reached.
        message: String,
    },
    /// A remote server's authorization refused this caller the method: the call never
    /// ran. The call object is idle.
    ///
    /// COM: `E_ACCESSDENIED` (0x80070005), what COM answers a caller that the server's
    /// access permissions (`CoInitializeSecurity`) do not admit.
    AccessDenied {
        /// Who was refused what.
        message: String,
    },
    /// The wait would never end: the call waited on can only run, or complete, on the
    /// thread that is waiting. A server method waited on (or finished) its own call, or a
    /// thread of an [`Apartment`](crate::apartment::Apartment) waited on a call to that
    /// same apartment, which runs its calls one at a time on that thread only. Nothing
    /// was changed: the call is still pending, and can be finished once the waiting
    /// code has returned (from another thread, or after the apartment's current call).
    ///
    /// Instead of waiting, return and let the call complete: from a server method,
    /// finish the call from its client; from an apartment's thread, post the follow-up
    /// work, or give the call object a custom synchronizer whose signal carries on.
    ///
    /// COM: `RPC_E_CANTCALLOUT_ININPUTSYNCCALL` (0x8001010D), what COM answers a thread
    /// of a single-threaded apartment that makes an outgoing call it would have to wait
    /// for while the apartment cannot serve it. A COM apartment may instead re-enter (its
    /// modal loop serves incoming calls while the thread waits); this runtime refuses,
    /// because a re-entered server method would see its own state half-changed, a
    /// `RefCell` server would panic on the second borrow, and an error names the
    /// mistake where a re-entrant wait would hide it.
    ///
    /// ```
    /// use async_interface::CallError;
    ///
    /// let err = CallError::WouldDeadlock { method: "IEcho::echo" };
    /// assert_eq!(err.hresult(), 0x8001_010D_u32 as i32);
    /// assert!(err.to_string().contains("IEcho::echo"));
    /// ```
    WouldDeadlock {
        /// The method of the call waited on, qualified by its trait.
        method: &'static str,
    },
}

impl CallError {
    /// The COM HRESULT that stands for this error, as the `i32` that `windows`-style
    /// bindings use.
    ///
    /// ```
    /// use async_interface::CallError;
    ///
    /// assert_eq!(CallError::CallComplete.hresult(), 0x8001_0117_u32 as i32);
    /// assert_eq!(CallError::Canceled.hresult(), 0x8001_0002_u32 as i32);
    /// ```
    pub fn hresult(&self) -> i32 {
        let code: u32 = match self {
            CallError::CallPending => 0x8001_0115,
            CallError::CallComplete => 0x8001_0117,
            CallError::Timeout => 0x8001_011F,
            CallError::Canceled => 0x8001_0002,
            CallError::ServerFault { .. } => 0x8001_0105,
            CallError::Disconnected => 0x8001_0108,
            CallError::WrongMethod { .. } => 0x8000_FFFF,
            CallError::NoSync => 0x8001_0120,
            CallError::ClientCantMarshal { .. } => 0x8001_000B,
            CallError::ServerCantMarshal { .. } => 0x8001_000D,
            CallError::ServerBusy { .. } => 0x8001_010A,
            CallError::AccessDenied { .. } => 0x8007_0005,
            CallError::WouldDeadlock { .. } => 0x8001_010D,
        };
        // HRESULTs are conventionally written as u32 literals; the ABI type is i32.
        code as i32
    }

    /// The symbolic name of the HRESULT, as it appears in `winerror.h`.
    ///
    /// ```
    /// use async_interface::CallError;
    ///
    /// assert_eq!(CallError::Timeout.hresult_name(), "RPC_E_TIMEOUT");
    /// ```
    pub fn hresult_name(&self) -> &'static str {
        match self {
            CallError::CallPending => "RPC_S_CALLPENDING",
            CallError::CallComplete => "RPC_E_CALL_COMPLETE",
            CallError::Timeout => "RPC_E_TIMEOUT",
            CallError::Canceled => "RPC_E_CALL_CANCELED",
            CallError::ServerFault { .. } => "RPC_E_SERVERFAULT",
            CallError::Disconnected => "RPC_E_DISCONNECTED",
            CallError::WrongMethod { .. } => "E_UNEXPECTED",
            CallError::NoSync => "RPC_E_NO_SYNC",
            CallError::ClientCantMarshal { .. } => "RPC_E_CLIENT_CANTMARSHAL_DATA",
            CallError::ServerCantMarshal { .. } => "RPC_E_SERVER_CANTMARSHAL_DATA",
            CallError::ServerBusy { .. } => "RPC_E_SERVERCALL_RETRYLATER",
            CallError::AccessDenied { .. } => "E_ACCESSDENIED",
            CallError::WouldDeadlock { .. } => "RPC_E_CANTCALLOUT_ININPUTSYNCCALL",
        }
    }
}

impl fmt::Display for CallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::CallPending => f.write_str(
                "a call is already in progress on this call object; \
                 finish it (or cancel and then finish it) before beginning another",
            ),
            CallError::CallComplete => f.write_str(
                "no call is in progress on this call object; \
                 begin a call before waiting for, cancelling or finishing it",
            ),
            CallError::Timeout => f.write_str(
                "the call has not completed within the timeout; \
                 it is still running: wait again later, or cancel it",
            ),
            CallError::Canceled => f.write_str(
                "the call was cancelled before the server returned, so it has no results; \
                 the server may have partly done its work: check its state before relying on it",
            ),
            CallError::ServerFault { message } => write!(
                f,
                "the server method panicked: {message}; \
                 the call object is reusable, but check the server's state"
            ),
            CallError::Disconnected => f.write_str(
                "the server went away without completing the call; \
                 begin the call again on a live server",
            ),
            CallError::WrongMethod { begun, finished } => write!(
                f,
                "`{finished}` cannot finish the call in progress, which is `{begun}`; \
                 finish it with the matching finish method"
            ),
            CallError::NoSync => f.write_str(
                "there is nothing to wait on: the set of call objects is empty; \
                 add at least one before waiting",
            ),
            CallError::ClientCantMarshal { message } => write!(
                f,
                "the call could not be carried between this client and the remote server: \
                 {message}; the call object is idle and can make another call"
            ),
            CallError::ServerCantMarshal { message } => write!(
                f,
                "the remote server could not carry the call: {message}; \
                 the call object is idle and can make another call"
            ),
            CallError::ServerBusy { message } => write!(
                f,
                "the remote server is busy and did not run the call: {message}; \
                 begin it again later, or make fewer calls at once over this connection"
            ),
            CallError::AccessDenied { message } => write!(
                f,
                "the remote server refused the call: {message}; it never ran. \
                 Connect with an identity the server admits (a client certificate), \
                 or ask the server's owner to allow it"
            ),
            CallError::WouldDeadlock { method } => write!(
                f,
                "waiting for `{method}` here would never end: the call can only run on \
                 the thread that is waiting (a server method waiting on its own call, or \
                 an apartment's thread on a call to that apartment); return instead, \
                 and finish the call from another thread once this code has returned"
            ),
        }
    }
}

impl std::error::Error for CallError {}

/// The message a panic carried, for [`CallError::ServerFault`].
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(message) = payload.downcast_ref::<&'static str>() {
        (*message).to_owned()
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message.clone()
    } else {
        "the panic carried no message".to_owned()
    }
}
