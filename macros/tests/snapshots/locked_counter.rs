// Expansion of #[async_interface] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

pub(crate) trait ICounter {
    /// Adds `n`; returns the total.
    fn add(&mut self, n: u64) -> u64;
    /// The total.
    fn total(&self) -> u64;
}
/// Asynchronous form of [`ICounter`] (COM: the `AsyncICounter` interface MIDL makes for `async_uuid`).
///
/// Each method `m` of [`ICounter`] becomes a pair: `begin_m` starts the call with the in-part of the arguments and returns at once, and `finish_m` waits for the call to complete and returns its out-part and what `m` returned. Borrowed arguments are taken owned (`&str` as `String`, `&[T]` as `Vec<T>`, `&T` as `T`), because the call outlives the caller's borrow; a `&mut T` argument goes to `begin_m` by value and comes back through `finish_m`. Methods spelled COM style (`Read`) get `Begin_Read` and `Finish_Read`.
///
/// A call object makes one call at a time: `begin_` while a call is in progress fails with [`CallError::CallPending`](async_interface::CallError::CallPending), and every `begin_` needs its `finish_`. Waiting (`wait`), signalling and cancelling (`cancel`) come from the supertraits; bring them into scope with `use async_interface::prelude::*;`.
///
/// Get one from a server `S: ICounter` held in an `Arc` with [`ICounterCall::new`] (COM: `ICallFactory::CreateCall`); it runs the server's methods on a worker. A server that is asynchronous itself implements [`AsyncICounterServer`] instead and gets the same client API from [`ICounterCall::native`].
#[allow(dead_code)]
pub(crate) trait AsyncICounter: ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// Begins an asynchronous call of [`ICounter::add`] and returns at once; [`finish_add`](AsyncICounter::finish_add) collects the result.
    ///
    /// Adds `n`; returns the total.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_add(
        &self,
        n: u64,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_add`](AsyncICounter::begin_add) and returns what [`ICounter::add`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_add(
        &self,
    ) -> ::core::result::Result<u64, ::async_interface::__private::CallError>;
    /// Begins an asynchronous call of [`ICounter::total`] and returns at once; [`finish_total`](AsyncICounter::finish_total) collects the result.
    ///
    /// The total.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_total(
        &self,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_total`](AsyncICounter::begin_total) and returns what [`ICounter::total`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_total(
        &self,
    ) -> ::core::result::Result<u64, ::async_interface::__private::CallError>;
}
/// Server-side asynchronous form of [`ICounter`] (COM: a server-side call object): implement it instead of [`ICounter`] for a server that is asynchronous by nature, and serve it with [`ICounterCall::native`]. Clients see no difference: they use [`AsyncICounter`] either way.
///
/// Each method `begin_m` receives the in-part of a call (borrowed arguments taken owned, as in the client's `begin_m`) and a completion handle. It should return soon (it runs on a worker); the call completes when the handle is completed, from any thread, with what the synchronous method would have returned. For a method with `&mut` arguments the handle takes a tuple: the return value first, then the values left in the `&mut` arguments, in their order; the client's `finish_m` writes them back.
///
/// A handle dropped without completing ends the call with [`CallError::Disconnected`](async_interface::CallError::Disconnected); `Completer::is_cancelled` tells whether the client has cancelled the call.
pub(crate) trait AsyncICounterServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`ICounter::add`]: complete `done` with the result, now or later, from any thread.
    ///
    /// Adds `n`; returns the total.
    fn begin_add(&self, n: u64, done: ::async_interface::__private::Completer<u64>);
    /// Serves a call of [`ICounter::total`]: complete `done` with the result, now or later, from any thread.
    ///
    /// The total.
    fn begin_total(&self, done: ::async_interface::__private::Completer<u64>);
}
#[allow(dead_code, non_snake_case)]
const _: () = {
    fn __assert_send<T: ?::core::marker::Sized + ::core::marker::Send>() {}
    fn __check_add() {
        __assert_send::<u64>();
        __assert_send::<u64>();
    }
    fn __check_total() {
        __assert_send::<u64>();
    }
};
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
pub(crate) enum __ICounterRequest {
    add { n: u64 },
    total {},
}
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
pub(crate) enum __ICounterReply {
    add { __ret: u64 },
    total { __ret: u64 },
}
#[allow(dead_code)]
impl __ICounterRequest {
    /// The qualified name of the method this request calls (`"IFoo::get"`).
    #[allow(non_snake_case)]
    pub(crate) fn __method(&self) -> &'static str {
        match *self {
            __ICounterRequest::add { .. } => "ICounter::add",
            __ICounterRequest::total { .. } => "ICounter::total",
        }
    }
    /// Calls the synchronous method on `server`, reached through a lock.
    #[allow(non_snake_case, deprecated)]
    pub(crate) fn __dispatch_mut<S: ?::core::marker::Sized + ICounter>(
        self,
        server: &mut S,
    ) -> __ICounterReply {
        match self {
            __ICounterRequest::add { n } => {
                let __ret = <S as ICounter>::add(&mut *server, n);
                __ICounterReply::add {
                    __ret: __ret,
                }
            }
            __ICounterRequest::total {} => {
                let __ret = <S as ICounter>::total(&*server);
                __ICounterReply::total {
                    __ret: __ret,
                }
            }
        }
    }
    /// Hands the call to a native server with a completer that replies through `responder`.
    #[allow(non_snake_case, deprecated)]
    pub(crate) fn __serve<
        S: ?::core::marker::Sized + AsyncICounterServer,
        M: ::async_interface::__private::Serve,
    >(
        self,
        server: &S,
        responder: &::async_interface::__private::Responder<'_, M>,
    ) -> ::core::option::Option<<M as ::async_interface::__private::Serve>::Reply>
    where
        <M as ::async_interface::__private::Serve>::Reply: ::core::convert::From<
            __ICounterReply,
        >,
    {
        match self {
            __ICounterRequest::add { n } => {
                let __done = responder
                    .defer(|__ret: u64| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __ICounterReply,
                    >>::from(__ICounterReply::add { __ret }));
                <S as AsyncICounterServer>::begin_add(server, n, __done);
                ::core::option::Option::None
            }
            __ICounterRequest::total {} => {
                let __done = responder
                    .defer(|__ret: u64| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __ICounterReply,
                    >>::from(__ICounterReply::total { __ret }));
                <S as AsyncICounterServer>::begin_total(server, __done);
                ::core::option::Option::None
            }
        }
    }
}
/// Hidden: how a call object begins and finishes calls of [`ICounter`]'s methods. Implemented by the call objects of `ICounter` and of every trait derived from it.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not serve `ICounter`: either its server does not implement `ICounter`, or an #[async_interface] trait derived from `ICounter` through another interface does not list `ICounter` among its own supertraits (a macro sees only its own trait: write `trait IDerived: IMiddle + ICounter`)"
)]
pub(crate) trait __ICounterHost: ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// Begins a call of `method` with `request`.
    fn __begin(
        &self,
        method: &'static str,
        request: __ICounterRequest,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call of `method`.
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __ICounterReply,
        ::async_interface::__private::CallError,
    >;
}
#[allow(non_snake_case, deprecated)]
impl<__T: ?::core::marker::Sized + __ICounterHost> AsyncICounter for __T {
    fn begin_add(
        &self,
        n: u64,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __ICounterHost>::__begin(
            self,
            "ICounter::add",
            __ICounterRequest::add { n },
        )
    }
    fn finish_add(
        &self,
    ) -> ::core::result::Result<u64, ::async_interface::__private::CallError> {
        match <__T as __ICounterHost>::__finish(self, "ICounter::add")? {
            __ICounterReply::add { __ret: __ret } => ::core::result::Result::Ok(__ret),
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
    fn begin_total(
        &self,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __ICounterHost>::__begin(
            self,
            "ICounter::total",
            __ICounterRequest::total {},
        )
    }
    fn finish_total(
        &self,
    ) -> ::core::result::Result<u64, ::async_interface::__private::CallError> {
        match <__T as __ICounterHost>::__finish(self, "ICounter::total")? {
            __ICounterReply::total { __ret: __ret } => ::core::result::Result::Ok(__ret),
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
}
#[doc(hidden)]
#[allow(dead_code)]
pub(crate) struct __ICounterDispatch<S: ?::core::marker::Sized, M> {
    server: ::async_interface::__private::Arc<S>,
    mode: ::core::marker::PhantomData<fn() -> (::core::marker::PhantomData<M>,)>,
}
impl<
    S: ?::core::marker::Sized + ICounter + ::core::marker::Send + 'static,
> ::async_interface::__private::Dispatch
for __ICounterDispatch<::std::sync::Mutex<S>, ::async_interface::__private::Blocking> {
    type Request = __ICounterRequest;
    type Reply = __ICounterReply;
    fn dispatch(
        &self,
        request: <Self as ::async_interface::__private::Dispatch>::Request,
    ) -> <Self as ::async_interface::__private::Dispatch>::Reply {
        let mut __server = self
            .server
            .lock()
            .unwrap_or_else(::std::sync::PoisonError::into_inner);
        request.__dispatch_mut(&mut *__server)
    }
    fn method_of(
        request: &<Self as ::async_interface::__private::Dispatch>::Request,
    ) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(request.__method())
    }
}
impl<S: ?::core::marker::Sized + AsyncICounterServer> ::async_interface::__private::Serve
for __ICounterDispatch<S, ::async_interface::__private::Native> {
    type Request = __ICounterRequest;
    type Reply = __ICounterReply;
    fn serve(
        &self,
        request: <Self as ::async_interface::__private::Serve>::Request,
        responder: &::async_interface::__private::Responder<'_, Self>,
    ) -> ::core::option::Option<<Self as ::async_interface::__private::Serve>::Reply> {
        request.__serve(&*self.server, responder)
    }
    fn method_of(
        request: &<Self as ::async_interface::__private::Serve>::Request,
    ) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(request.__method())
    }
}
/// Call object for [`ICounter`] (COM: the object `ICallFactory::CreateCall` returns): implements [`AsyncICounter`] by running the methods of a server on a worker, one call at a time.
///
/// Ways to create one:
///
/// - [`ICounterCall::new`]`(Arc::new(Mutex::new(server)))`: a blocking server `S: ICounter`. Because a method takes `&mut self`, the call object holds the server behind a `std::sync::Mutex` (its type is `ICounterCall<Mutex<S>>`) and locks it for each call; keep a clone of the `Arc` to reach the server between calls. A panic in a server method does not poison the call object.
/// - [`ICounterCall::with_options`]`(server, options)`: the same, with another executor (`executor::Inline`, or tokio's blocking pool with the `tokio` feature) or a custom synchronizer (COM: aggregating your own `ISynchronize`), set in `async_interface::CallOptions`.
/// - [`ICounterCall::native`]`(Arc::new(server))` and [`ICounterCall::native_with_options`]: a native asynchronous server implementing [`AsyncICounterServer`], which receives each call's in-part with a `Completer` and completes it later from any thread (the call object's type is `ICounterCall<N, Native>`).
/// - [`ICounterCall::in_apartment`]`(Arc::new(Apartment::start(|| RefCell::new(make_server()))))`: a server that must stay on one thread (it is `!Send`: an `Rc`, a GUI object, a thread-bound handle) lives in an apartment, `async_interface::apartment::Apartment` (COM: a single-threaded apartment), built there by the closure; its calls run there one at a time, in the order they were begun. Because a method takes `&mut self`, the apartment holds the server in a `RefCell`, borrowed mutably for those methods.
///
/// Either way the client API is the same, [`AsyncICounter`]: `begin_m` returns at once, `finish_m` returns the result, blocking until the call completes. In between, `wait` (with a timeout), `cancel`, `state` and `method_in_flight` come from the traits in `async_interface::prelude`. After `finish_m` the call object is idle and can make the next call, of any method.
///
/// Dropping the call object while a call is pending is allowed: the server method still runs to its end and its results are dropped. A panic in the server method is reported by `finish_m` as `CallError::ServerFault`, and the call object stays usable.
///
/// Methods marked `#[async_interface(skip)]` are not part of [`AsyncICounter`]; call them on [`ICounterCall::server`].
#[allow(dead_code)]
pub(crate) struct ICounterCall<
    S: ?::core::marker::Sized,
    M = ::async_interface::__private::Blocking,
>
where
    __ICounterDispatch<S, M>: ::async_interface::__private::Serve,
{
    call: ::async_interface::__private::Call<__ICounterDispatch<S, M>>,
}
#[allow(dead_code)]
impl<
    S: ?::core::marker::Sized + ICounter + ::core::marker::Send + 'static,
> ICounterCall<::std::sync::Mutex<S>, ::async_interface::__private::Blocking> {
    /// Creates a call object over a blocking `server` (COM: `ICallFactory::CreateCall`), running its calls on the built-in pool. It is idle: the first `begin_` starts a call.
    #[must_use]
    pub(crate) fn new(
        server: ::async_interface::__private::Arc<::std::sync::Mutex<S>>,
    ) -> Self {
        Self::with_options(server, ::async_interface::__private::CallOptions::new())
    }
    /// Creates a call object over `server` built as `options` says: the executor its calls run on (the built-in pool by default; `executor::Inline` runs each call inside `begin_`, and with the `tokio` feature `executor::TokioBlocking` runs them on tokio's blocking pool) and its synchronizer (COM: aggregating a custom `ISynchronize`, for a completion callback or one notifier shared by many calls).
    ///
    /// ```text
    /// let options = async_interface::CallOptions::new().executor(Arc::new(async_interface::executor::Inline));
    /// let call = ICounterCall::with_options(Arc::new(server), options);
    /// ```
    #[must_use]
    pub(crate) fn with_options(
        server: ::async_interface::__private::Arc<::std::sync::Mutex<S>>,
        options: ::async_interface::__private::CallOptions,
    ) -> Self {
        ICounterCall {
            call: ::async_interface::__private::Call::with_options(
                __ICounterDispatch {
                    server,
                    mode: ::core::marker::PhantomData,
                },
                options,
            ),
        }
    }
}
#[allow(dead_code)]
impl<
    S: ?::core::marker::Sized + AsyncICounterServer,
> ICounterCall<S, ::async_interface::__private::Native> {
    /// Creates a call object over a native asynchronous `server` (COM: a server-side call object): each `begin_m` runs [`AsyncICounterServer`]'s `begin_m` on a worker with the in-part and a `Completer`, and the call completes when the server completes that handle, from any thread. A completer dropped without completing ends the call with `CallError::Disconnected`.
    #[must_use]
    pub(crate) fn native(server: ::async_interface::__private::Arc<S>) -> Self {
        Self::native_with_options(
            server,
            ::async_interface::__private::CallOptions::new(),
        )
    }
    /// [`native`](Self::native), built as `options` says (executor, custom synchronizer).
    #[must_use]
    pub(crate) fn native_with_options(
        server: ::async_interface::__private::Arc<S>,
        options: ::async_interface::__private::CallOptions,
    ) -> Self {
        ICounterCall {
            call: ::async_interface::__private::Call::with_options(
                __ICounterDispatch {
                    server,
                    mode: ::core::marker::PhantomData,
                },
                options,
            ),
        }
    }
}
#[allow(dead_code)]
impl<
    S: ICounter + 'static,
> ICounterCall<
    ::async_interface::__private::apartment::Apartment<::core::cell::RefCell<S>>,
    ::async_interface::__private::Native,
>
where
    ::async_interface::__private::apartment::Apartment<
        ::core::cell::RefCell<S>,
    >: AsyncICounterServer,
{
    /// Creates a call object over a server living in an apartment, a thread of its own (COM: a single-threaded apartment): each `begin_m` posts the call to that thread, where the synchronous method runs, one call at a time in the order they were begun. The server never leaves its thread, so it may be `!Send` (`Rc`, `RefCell`, a thread-bound handle). A panic in the server ends that call with `CallError::ServerFault` and the apartment serves the next one; it ends when its last handle is dropped.
    ///
    /// `Apartment<S>` implements the server-side trait, so this is [`native`](Self::native) with one difference: `begin_m` posts the call to the apartment itself (the `executor::Inline` executor) instead of handing it to a worker first, so calls reach the apartment in the order they were begun, even from different call objects, and a call costs no hop through the pool. Use [`native_with_options`](Self::native_with_options) for another executor or a custom synchronizer.
    #[must_use]
    pub(crate) fn in_apartment(
        apartment: ::async_interface::__private::Arc<
            ::async_interface::__private::apartment::Apartment<::core::cell::RefCell<S>>,
        >,
    ) -> Self {
        Self::native_with_options(
            apartment,
            ::async_interface::__private::CallOptions::new()
                .executor(
                    ::async_interface::__private::Arc::new(
                        ::async_interface::__private::executor::Inline,
                    ),
                ),
        )
    }
}
#[allow(dead_code)]
impl<S: ?::core::marker::Sized, M> ICounterCall<S, M>
where
    __ICounterDispatch<S, M>: ::async_interface::__private::Serve,
{
    /// The server this call object calls.
    #[must_use]
    pub(crate) fn server(&self) -> &::async_interface::__private::Arc<S> {
        &self.call.dispatcher().server
    }
}
impl<S: ?::core::marker::Sized, M> ::async_interface::__private::CallObject
for ICounterCall<S, M>
where
    __ICounterDispatch<S, M>: ::async_interface::__private::Serve,
{
    type Dispatch = __ICounterDispatch<S, M>;
    fn call(&self) -> &::async_interface::__private::Call<__ICounterDispatch<S, M>> {
        &self.call
    }
}
impl<S: ?::core::marker::Sized, M> ::core::fmt::Debug for ICounterCall<S, M>
where
    __ICounterDispatch<S, M>: ::async_interface::__private::Serve,
{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(ICounterCall))
            .field("state", &self.call.state())
            .field("method", &self.call.method_in_flight())
            .finish()
    }
}
impl<S: ?::core::marker::Sized, M> __ICounterHost for ICounterCall<S, M>
where
    __ICounterDispatch<
        S,
        M,
    >: ::async_interface::__private::Serve<
        Request = __ICounterRequest,
        Reply = __ICounterReply,
    >,
{
    fn __begin(
        &self,
        method: &'static str,
        request: __ICounterRequest,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        self.call.begin(method, request)
    }
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __ICounterReply,
        ::async_interface::__private::CallError,
    > {
        self.call.finish(method)
    }
}
#[allow(deprecated, non_snake_case)]
impl<S: ICounter + 'static> AsyncICounterServer
for ::async_interface::__private::apartment::Apartment<::core::cell::RefCell<S>> {
    fn begin_add(&self, n: u64, __done: ::async_interface::__private::Completer<u64>) {
        self.post(move |__server: &::core::cell::RefCell<S>| {
            __done
                .complete_with(move || {
                    let __ret = <S as ICounter>::add(&mut *__server.borrow_mut(), n);
                    __ret
                });
        });
    }
    fn begin_total(&self, __done: ::async_interface::__private::Completer<u64>) {
        self.post(move |__server: &::core::cell::RefCell<S>| {
            __done
                .complete_with(move || {
                    let __ret = <S as ICounter>::total(&*__server.borrow());
                    __ret
                });
        });
    }
}
