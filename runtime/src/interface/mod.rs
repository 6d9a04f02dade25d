//! The call object of every `#[async_interface]` trait: [`InterfaceCall`], and the
//! traits through which the generated code plugs a trait into it.
//!
//! For a trait `IFoo`, `#[async_interface]` emits the asynchronous trait `AsyncIFoo`, the
//! server-side trait `AsyncIFooServer`, and, hidden, the trait's calls as data: a request
//! enum and a reply enum with a variant per method, the [`Protocol`] that names them
//! (implemented for a marker type, `IFooProtocol`, which stands for the interface in type
//! parameters and is reached from outside as [`ProtocolOf<dyn AsyncIFoo>`](ProtocolOf)),
//! the [`Invoke`] (or [`InvokeMut`]) that runs a request on a blocking server, and the
//! [`ServeNative`] that hands one to a native server. `IFooCall<S>` is a name for
//! `InterfaceCall<IFooProtocol, S>`. Everything that is the same for every trait is here,
//! written once: the constructors, the modes, `Debug`, and the rules of a call.
//!
//! | mode `M` | made by | the server `S` | where its calls run |
//! |---|---|---|---|
//! | [`Blocking`] (default) | [`new`](InterfaceCall::new), [`with_options`](InterfaceCall::with_options) | implements `IFoo`, `Send + Sync` (a trait with `&mut self` methods: `Mutex<impl IFoo>`) | a worker of the built-in pool (or the executor in the options) calls the synchronous method |
//! | [`Native`] | [`native`](InterfaceCall::native), [`native_with_options`](InterfaceCall::native_with_options) | implements `AsyncIFooServer` | the server gets the in-part and a [`Completer`](crate::Completer), and completes the call from any thread |
//! | [`InApartment`] | [`in_apartment`](InterfaceCall::in_apartment), [`in_apartment_with_options`](InterfaceCall::in_apartment_with_options) | [`Apartment<H>`](crate::apartment::Apartment), `H: IFoo` (or `RefCell<impl IFoo>`) | the apartment's thread, one call at a time, in the order they were begun; `H` may be `!Send` |
//! | `Remote` (feature `remote`) | `remote`, `remote_with_options` | a `remote::Connection` | another process, over tarpc |
//!
//! A derived trait (`trait IStream: ISequentialStream`) carries its supertraits' calls
//! ([`Embeds`]), so one call object serves the methods of all of them, one call at a time.

mod dispatcher;
mod protocol;
#[cfg(feature = "remote")]
mod remote;

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

pub use dispatcher::{Dispatcher, PoolServer};
pub use protocol::{
    Embeds, Exclusive, HasProtocol, Host, Invoke, InvokeMut, Protocol, ProtocolOf, Reach, ReachMut,
    ServeNative, Shared, assert_send, invoke_mut, not_the_reply,
};

use crate::apartment::Apartment;
use crate::call::{Call, CallObject, CallOptions};
use crate::error::CallError;
use crate::executor::Inline;
use crate::native::{Blocking, Native};
use dispatcher::{Bound, Handler};

/// A call object (COM: the object `ICallFactory::CreateCall` returns) for the interface
/// whose protocol is `P`, over the server `S`, served as the mode `M` says.
///
/// Users name it through the generated alias: `IFooCall<S>` is
/// `InterfaceCall<ProtocolOf<dyn AsyncIFoo>, S>`, and `IStoreCall<S, K, V>` is
/// `InterfaceCall<ProtocolOf<dyn AsyncIStore<K, V>>, S>`. It implements `AsyncIFoo` (and the
/// asynchronous traits of `IFoo`'s supertraits): `begin_m` starts a call and returns at
/// once, `finish_m` returns its result, blocking until the call completes. In between,
/// `wait`, `cancel`, `state`, `method_in_flight`, `set_context` and `completion` come from
/// the traits in the prelude. One call at a time: `begin_` while a call is in progress
/// (pending, or complete and not yet finished) fails with [`CallError::CallPending`];
/// after `finish_` the call object is idle and makes the next call, of any method.
///
/// Dropping it while a call is pending is allowed (COM's fire and forget): the server's
/// method still runs to its end and its results are dropped. A panic in the server
/// method is reported by `finish_` as [`CallError::ServerFault`]; the call object stays
/// usable.
///
/// ```
/// use std::sync::Arc;
/// use std::time::Duration;
/// use async_interface::prelude::*;
///
/// #[async_interface]
/// pub trait ICounter {
///     /// Adds `n`; returns the total.
///     fn add(&mut self, n: u64) -> u64;
/// }
///
/// struct Counter(u64);
/// impl ICounter for Counter {
///     fn add(&mut self, n: u64) -> u64 {
///         self.0 += n;
///         self.0
///     }
/// }
///
/// // `&mut self`: the server goes behind a lock.
/// let call = ICounterCall::new(Arc::new(std::sync::Mutex::new(Counter(1))));
/// call.begin_add(2)?;
/// call.wait(Duration::from_secs(10))?;
/// assert_eq!(call.finish_add()?, 3);
/// assert_eq!(call.finish_add(), Err(CallError::CallComplete));
/// # Ok::<(), CallError>(())
/// ```
pub struct InterfaceCall<P: ?Sized + Protocol, S: ?Sized, M = Blocking> {
    call: Call<Dispatcher<P>>,
    server: Arc<S>,
    mode: PhantomData<fn() -> M>,
}

/// The mode of a call object over an [`Apartment`]: its calls are posted to the
/// apartment's thread ([`InterfaceCall::in_apartment`]; COM: a single-threaded apartment).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct InApartment;

impl<P: ?Sized + Protocol, S: ?Sized, M> InterfaceCall<P, S, M> {
    fn with_handler(server: Arc<S>, handler: Arc<dyn Handler<P>>, options: CallOptions) -> Self {
        InterfaceCall {
            call: Call::with_options(Dispatcher::new(handler), options),
            server,
            mode: PhantomData,
        }
    }

    /// The server this call object calls (for a blocking server of a `&mut self` trait,
    /// its `Mutex`): methods left out of the asynchronous form are called on it.
    #[must_use]
    pub fn server(&self) -> &Arc<S> {
        &self.server
    }
}

impl<P, S> InterfaceCall<P, S, Blocking>
where
    P: ?Sized + Protocol,
    S: ?Sized + PoolServer,
    P::Access: Reach<P, S>,
{
    /// A call object over a blocking `server`, whose calls run on the built-in pool
    /// (COM: `ICallFactory::CreateCall`). It is idle: the first `begin_` starts a call.
    ///
    /// `server` implements the synchronous trait and is `Send + Sync`; for a trait with
    /// `&mut self` methods, it is `Arc<Mutex<S>>` and each call locks it.
    #[must_use]
    pub fn new(server: Arc<S>) -> Self {
        Self::with_options(server, CallOptions::new())
    }

    /// [`new`](Self::new), built as `options` says: the executor its calls run on
    /// ([`executor::Inline`](crate::executor::Inline) runs each inside `begin_`; with the
    /// `tokio` feature `executor::TokioBlocking` uses tokio's blocking pool) and its
    /// synchronizer (COM: aggregating a custom `ISynchronize`, for a completion callback
    /// or one notifier shared by many calls).
    ///
    /// ```
    /// use std::sync::Arc;
    /// use async_interface::prelude::*;
    /// use async_interface::{CallOptions, executor::Inline};
    ///
    /// #[async_interface]
    /// pub trait IEcho {
    ///     fn echo(&self, x: u8) -> u8;
    /// }
    /// struct Echo;
    /// impl IEcho for Echo {
    ///     fn echo(&self, x: u8) -> u8 { x }
    /// }
    ///
    /// let call = IEchoCall::with_options(Arc::new(Echo), CallOptions::new().executor(Arc::new(Inline)));
    /// call.begin_echo(7)?; // runs here, before `begin_echo` returns
    /// assert_eq!(call.state(), CallState::Complete);
    /// assert_eq!(call.finish_echo()?, 7);
    /// # Ok::<(), CallError>(())
    /// ```
    #[must_use]
    pub fn with_options(server: Arc<S>, options: CallOptions) -> Self {
        let handler = Arc::new(Bound::<S, Blocking>::new(Arc::clone(&server)));
        Self::with_handler(server, handler, options)
    }
}

impl<P, S> InterfaceCall<P, S, Native>
where
    P: ?Sized + ServeNative<S>,
    S: ?Sized + Send + Sync + 'static,
{
    /// A call object over a native asynchronous `server` (COM: a server-side call
    /// object), one implementing the generated `AsyncIFooServer`: each `begin_m` hands
    /// the server the in-part and a [`Completer`](crate::Completer) on a worker, and the
    /// call completes when the server completes it, from any thread. A completer dropped
    /// without completing ends the call with [`CallError::Disconnected`].
    ///
    /// ```
    /// use std::sync::Arc;
    /// use async_interface::prelude::*;
    /// use async_interface::Completer;
    ///
    /// #[async_interface]
    /// pub trait IClock {
    ///     fn now(&self) -> u64;
    /// }
    ///
    /// /// Answers from a thread of its own.
    /// struct Clock;
    /// impl AsyncIClockServer for Clock {
    ///     fn begin_now(&self, done: Completer<u64>) {
    ///         std::thread::spawn(move || done.complete(42));
    ///     }
    /// }
    ///
    /// let call = IClockCall::native(Arc::new(Clock));
    /// call.begin_now()?;
    /// assert_eq!(call.finish_now()?, 42);
    /// # Ok::<(), CallError>(())
    /// ```
    #[must_use]
    pub fn native(server: Arc<S>) -> Self {
        Self::native_with_options(server, CallOptions::new())
    }

    /// [`native`](Self::native), built as `options` says (executor, synchronizer).
    #[must_use]
    pub fn native_with_options(server: Arc<S>, options: CallOptions) -> Self {
        let handler = Arc::new(Bound::<S, Native>::new(Arc::clone(&server)));
        Self::with_handler(server, handler, options)
    }
}

impl<P, H> InterfaceCall<P, Apartment<H>, InApartment>
where
    P: ?Sized + Protocol,
    H: 'static,
    P::Access: Reach<P, H>,
{
    /// A call object over a server living in an apartment, a thread of its own (COM: a
    /// single-threaded apartment): each `begin_m` posts the call to that thread, where the
    /// synchronous method runs, one call at a time in the order they were begun, even
    /// from different call objects. The server never leaves its thread, so it may be
    /// `!Send` (`Rc`, a GUI object, a thread-bound handle). A panic ends that call with
    /// [`CallError::ServerFault`] and the apartment serves the next one; it ends when its
    /// last handle is dropped. A trait with `&mut self` methods is served from an
    /// `Apartment<RefCell<S>>`.
    ///
    /// Its executor is [`Inline`]: `begin_m` posts the call itself, with no hop through
    /// the pool; [`in_apartment_with_options`](Self::in_apartment_with_options) takes
    /// others.
    ///
    /// ```
    /// use std::rc::Rc;
    /// use std::sync::Arc;
    /// use async_interface::prelude::*;
    /// use async_interface::apartment::Apartment;
    ///
    /// #[async_interface]
    /// pub trait IName {
    ///     fn name(&self) -> String;
    /// }
    /// struct Shared(Rc<str>); // not Send: it stays on the apartment's thread
    /// impl IName for Shared {
    ///     fn name(&self) -> String { self.0.to_string() }
    /// }
    ///
    /// let call = INameCall::in_apartment(Arc::new(Apartment::start(|| Shared("sta".into()))));
    /// call.begin_name()?;
    /// assert_eq!(call.finish_name()?, "sta");
    /// # Ok::<(), CallError>(())
    /// ```
    #[must_use]
    pub fn in_apartment(apartment: Arc<Apartment<H>>) -> Self {
        Self::in_apartment_with_options(apartment, CallOptions::new().executor(Arc::new(Inline)))
    }

    /// [`in_apartment`](Self::in_apartment), built as `options` says (executor,
    /// synchronizer).
    #[must_use]
    pub fn in_apartment_with_options(apartment: Arc<Apartment<H>>, options: CallOptions) -> Self {
        let handler = Arc::new(Bound::<Apartment<H>, InApartment>::new(Arc::clone(
            &apartment,
        )));
        Self::with_handler(apartment, handler, options)
    }
}

impl<P: ?Sized + Protocol, S: ?Sized, M> CallObject for InterfaceCall<P, S, M> {
    type Dispatch = Dispatcher<P>;

    fn call(&self) -> &Call<Dispatcher<P>> {
        &self.call
    }
}

impl<P, Q, S, M> Host<Q> for InterfaceCall<P, S, M>
where
    P: ?Sized + Embeds<Q>,
    Q: ?Sized + Protocol,
    S: ?Sized,
{
    fn begin(&self, request: Q::Request) -> Result<(), CallError> {
        let request = P::embed(request);
        self.call.begin(P::method(&request), request)
    }

    fn finish(&self, method: &'static str) -> Result<Q::Reply, CallError> {
        let reply = self.call.finish(method)?;
        P::extract(reply).ok_or_else(|| protocol::mismatched_reply(method))
    }
}

impl<P: ?Sized + Protocol, S: ?Sized, M> fmt::Debug for InterfaceCall<P, S, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct(&format!("{}Call", P::INTERFACE))
            .field("state", &self.call.state())
            .field("method", &self.call.method_in_flight())
            .finish()
    }
}
