//! The runtime of [`async-interface`](https://docs.rs/async-interface): call objects, their
//! synchronization, cancellation and workers.
//!
//! `#[async_interface]` generates, for a trait `IFoo`, the trait's calls as data (its
//! [`Protocol`]) and names its call object `IFooCall<S>`, an [`InterfaceCall`] of this
//! crate, which runs on a [`Call`]. Each module is one COM concept:
//!
//! | module | COM | what it holds |
//! |---|---|---|
//! | [`interface`] | an interface's call object, `ICallFactory::CreateCall` | [`InterfaceCall`], [`Protocol`], [`Embeds`] |
//! | [`call`] | the call object's core | [`Call`], [`CallState`], [`CallObject`], [`Dispatch`] |
//! | [`call_pool`] | many call objects over one server | [`CallPool`]: N calls at once, reused call objects |
//! | [`sync`] | `ISynchronize`, `CLSID_ManualResetEvent` | [`Synchronize`], [`ManualResetEvent`] |
//! | [`cancel`] | `ICancelMethodCalls` | [`CancelMethodCalls`], [`test_cancel`] |
//! | [`context`] | client security blanket, impersonation | [`CallContext`], [`context::current`] |
//! | [`wait_many`] | `ISynchronizeContainer`, `CoWaitForMultipleHandles` | [`WaitSet`], [`wait_any`], [`wait_all`] |
//! | [`wait_stream`] | (the same, awaited) | [`AsyncWaitSet`]: `next_ready().await`, `Send`, for `select!` |
//! | [`executor`] | where the server's methods run | [`Executor`], [`executor::ThreadPool`], [`executor::Inline`] |
//! | [`native`] | server-side call objects | [`Serve`], [`Completer`], [`Native`] |
//! | [`apartment`] | single-threaded apartments | [`apartment::Apartment`] for `!Send` servers |
//! | [`pool`] | the server's threads | the built-in worker pool |
//! | [`pending`] | (Rust's layer on top) | [`PendingCall`]: a call as a value, a future of its result; [`AwaitCompletion`] |
//! | `remote` (feature `remote`) | DCOM | `remote::Connection`, `remote::serve` over tarpc |
//! | [`trace`] (feature `tracing`) | the call context, for tracing's spans | the client's span entered where the server's method runs |
//! | [`error`] | the `RPC_E_*` HRESULTs | [`CallError`] |
//!
//! `unsafe` code lives in one place, `cell.rs`, and its callers (the request, the reply
//! and a worker's mailbox are kept in place, without a lock, under a state word): every
//! access is checked for data races by the loom models and by Miri.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(unsafe_code)]
#![deny(missing_docs)]

pub mod apartment;
pub mod call;
pub mod call_pool;
pub mod cancel;
mod cell;
pub mod context;
pub mod error;
pub mod executor;
pub mod interface;
mod mailbox;
pub mod native;
mod notify;
mod park;
pub mod pending;
pub mod pool;
mod primitives;
#[cfg(feature = "remote")]
#[cfg_attr(docsrs, doc(cfg(feature = "remote")))]
pub mod remote;
/// The serde that `#[async_interface(remote)]`'s derives name, so that users need no
/// `serde` dependency of their own.
#[cfg(feature = "remote")]
#[doc(hidden)]
pub use serde;
mod shared;
mod state;
pub mod sync;
pub mod trace;
pub mod wait_many;
pub mod wait_stream;

pub use call::{Call, CallObject, CallOptions, CallState, Completion, Dispatch, Responder, Serve};
pub use call_pool::{CallPool, OwnedPooledCall, PooledCall};
pub use cancel::{CancelMethodCalls, test_cancel};
pub use context::CallContext;
pub use error::CallError;
pub use executor::Executor;
pub use interface::{
    Dispatcher, Embeds, Exclusive, HasProtocol, Host, InApartment, InterfaceCall, Invoke,
    InvokeMut, PoolServer, Protocol, ProtocolOf, Reach, ReachMut, ServeNative, Shared, assert_send,
    invoke_mut, not_the_reply,
};
pub use native::{Blocking, Completer, Native};
pub use pending::{AwaitCompletion, PendingCall};
pub use sync::{ManualResetEvent, Synchronize};
pub use wait_many::{WaitSet, Waitable, wait_all, wait_any};
pub use wait_stream::AsyncWaitSet;
