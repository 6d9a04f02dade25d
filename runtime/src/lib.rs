//! The runtime of [`async-interface`](https://docs.rs/async-interface): call objects, their
//! synchronization, cancellation and workers.
//!
//! `#[async_interface]` generates, for a trait `IFoo`, a call object `IFooCall<S>` that
//! wraps a [`Call`]; this crate is what that call object runs on. Each module is one COM
//! concept:
//!
//! | module | COM | what it holds |
//! |---|---|---|
//! | [`call`] | the call object from `ICallFactory::CreateCall` | [`Call`], [`CallState`], [`CallObject`], [`Dispatch`] |
//! | [`sync`] | `ISynchronize`, `CLSID_ManualResetEvent` | [`Synchronize`], [`ManualResetEvent`] |
//! | [`cancel`] | `ICancelMethodCalls` | [`CancelMethodCalls`], [`test_cancel`] |
//! | [`pool`] | the server's threads | the built-in worker pool |
//! | [`error`] | the `RPC_E_*` HRESULTs | [`CallError`] |
//!
//! No `unsafe` code.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod call;
pub mod cancel;
pub mod error;
pub mod pool;
mod primitives;
pub mod sync;

pub use call::{Call, CallObject, CallState, Dispatch};
pub use cancel::{CancelMethodCalls, test_cancel};
pub use error::CallError;
pub use sync::{ManualResetEvent, Synchronize};
