#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

pub use async_interface_macros::async_interface;
pub use async_interface_runtime::{
    AsyncWaitSet, AwaitCompletion, Blocking, Call, CallContext, CallError, CallObject, CallOptions,
    CallPool, CallState, CancelMethodCalls, Completer, Completion, Dispatch, Executor, InApartment,
    InterfaceCall, ManualResetEvent, Native, OwnedPooledCall, PendingCall, PooledCall, Responder,
    Serve, Synchronize, WaitSet, Waitable, apartment, call, call_pool, cancel, context, error,
    executor, interface, native, pending, pool, sync, test_cancel, wait_all, wait_any, wait_many,
    wait_stream,
};

/// Servers in other processes (COM: DCOM), over tarpc: feature `remote`.
#[cfg(feature = "remote")]
#[cfg_attr(docsrs, doc(cfg(feature = "remote")))]
pub use async_interface_runtime::remote;

/// Everything a client needs: the attribute, [`CallError`], and the traits that give
/// call objects `wait`, `signal`, `reset`, `cancel`, `state`, `set_context` and
/// `completion`.
pub mod prelude {
    pub use crate::{
        AwaitCompletion, CallError, CallObject, CallState, CancelMethodCalls, Synchronize,
        async_interface,
    };
}

/// Paths the generated code uses. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use async_interface_runtime::*;
    pub use std::sync::Arc;
}
