//! Facade crate (crate docs come from README.md once the macro lands).

pub use async_interface_macros::async_interface;
pub use async_interface_runtime::{
    Call, CallError, CallObject, CallState, CancelMethodCalls, Dispatch, ManualResetEvent,
    Synchronize, call, cancel, error, pool, sync, test_cancel,
};

/// Everything a client needs: the attribute, [`CallError`], and the traits that give
/// call objects `wait`, `signal`, `reset`, `cancel` and `state`.
pub mod prelude {
    pub use crate::{
        CallError, CallObject, CallState, CancelMethodCalls, Synchronize, async_interface,
    };
}

/// Paths the generated code uses. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use async_interface_runtime::*;
    pub use std::sync::Arc;
}
