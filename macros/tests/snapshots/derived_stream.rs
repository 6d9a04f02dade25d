// Expansion of #[async_interface] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

/// Derives from two interfaces (the second an ancestor of the first, listed
/// because a macro sees only its own trait) and passes over a marker trait.
pub trait IStream: ISequentialStream + base::IUnknownLike + Send {
    /// Moves the seek pointer.
    fn seek(&self, to: u64) -> u64;
}
/// Asynchronous form of [`IStream`] (COM: the `AsyncIStream` interface MIDL makes for `async_uuid`).
///
/// Each method `m` of [`IStream`] becomes a pair: `begin_m` starts the call with the in-part of the arguments and returns at once, and `finish_m` waits for the call to complete and returns its out-part and what `m` returned. Borrowed arguments are taken owned (`&str` as `String`, `&[T]` as `Vec<T>`, `&T` as `T`), because the call outlives the caller's borrow; a `&mut T` argument goes to `begin_m` by value and comes back through `finish_m`. Methods spelled COM style (`Read`) get `Begin_Read` and `Finish_Read`.
///
/// A call object makes one call at a time: `begin_` while a call is in progress fails with [`CallError::CallPending`](async_interface::CallError::CallPending), and every `begin_` needs its `finish_`. Waiting (`wait`), signalling and cancelling (`cancel`) come from the supertraits; bring them into scope with `use async_interface::prelude::*;`.
///
/// Get one from a server `S: IStream` held in an `Arc` with [`IStreamCall::new`] (COM: `ICallFactory::CreateCall`); it runs the server's methods on a worker. A server that is asynchronous itself implements [`AsyncIStreamServer`] instead and gets the same client API from [`IStreamCall::native`].
///
/// It derives from the asynchronous forms of [`IStream`]'s supertraits (`AsyncISequentialStream`, `AsyncIUnknownLike`), as MIDL derives `AsyncIDerived` from `AsyncIBase`: [`IStreamCall`] serves their methods too, through the same call state (one call at a time, whichever trait the method comes from).
#[allow(dead_code)]
pub trait AsyncIStream: AsyncISequentialStream + base::AsyncIUnknownLike + ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// Begins an asynchronous call of [`IStream::seek`] and returns at once; [`finish_seek`](AsyncIStream::finish_seek) collects the result.
    ///
    /// Moves the seek pointer.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_seek(
        &self,
        to: u64,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_seek`](AsyncIStream::begin_seek) and returns what [`IStream::seek`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_seek(
        &self,
    ) -> ::core::result::Result<u64, ::async_interface::__private::CallError>;
}
/// Server-side asynchronous form of [`IStream`] (COM: a server-side call object): implement it instead of [`IStream`] for a server that is asynchronous by nature, and serve it with [`IStreamCall::native`]. Clients see no difference: they use [`AsyncIStream`] either way.
///
/// Each method `begin_m` receives the in-part of a call (borrowed arguments taken owned, as in the client's `begin_m`) and a completion handle. It should return soon (it runs on a worker); the call completes when the handle is completed, from any thread, with what the synchronous method would have returned. For a method with `&mut` arguments the handle takes a tuple: the return value first, then the values left in the `&mut` arguments, in their order; the client's `finish_m` writes them back.
///
/// A handle dropped without completing ends the call with [`CallError::Disconnected`](async_interface::CallError::Disconnected); `Completer::is_cancelled` tells whether the client has cancelled the call.
pub trait AsyncIStreamServer: AsyncISequentialStreamServer + base::AsyncIUnknownLikeServer + ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`IStream::seek`]: complete `done` with the result, now or later, from any thread.
    ///
    /// Moves the seek pointer.
    fn begin_seek(&self, to: u64, done: ::async_interface::__private::Completer<u64>);
}
#[allow(dead_code, non_snake_case)]
const _: () = {
    fn __assert_send<T: ?::core::marker::Sized + ::core::marker::Send>() {}
    fn __check_seek() {
        __assert_send::<u64>();
        __assert_send::<u64>();
    }
};
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
pub enum __IStreamRequest {
    seek { to: u64 },
    #[doc(hidden)]
    __ISequentialStream(__ISequentialStreamRequest),
    #[doc(hidden)]
    __IUnknownLike(base::__IUnknownLikeRequest),
}
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
pub enum __IStreamReply {
    seek { __ret: u64 },
    #[doc(hidden)]
    __ISequentialStream(__ISequentialStreamReply),
    #[doc(hidden)]
    __IUnknownLike(base::__IUnknownLikeReply),
}
impl ::core::convert::From<__ISequentialStreamReply> for __IStreamReply {
    fn from(reply: __ISequentialStreamReply) -> Self {
        __IStreamReply::__ISequentialStream(reply)
    }
}
impl ::core::convert::From<base::__IUnknownLikeReply> for __IStreamReply {
    fn from(reply: base::__IUnknownLikeReply) -> Self {
        __IStreamReply::__IUnknownLike(reply)
    }
}
#[allow(dead_code)]
impl __IStreamRequest {
    /// Calls the synchronous method on `server`.
    #[allow(non_snake_case, deprecated)]
    pub fn __dispatch<S: ?::core::marker::Sized + IStream>(
        self,
        server: &S,
    ) -> __IStreamReply {
        match self {
            __IStreamRequest::seek { to } => {
                let __ret = <S as IStream>::seek(server, to);
                __IStreamReply::seek {
                    __ret: __ret,
                }
            }
            __IStreamRequest::__ISequentialStream(request) => {
                __IStreamReply::__ISequentialStream(request.__dispatch(server))
            }
            __IStreamRequest::__IUnknownLike(request) => {
                __IStreamReply::__IUnknownLike(request.__dispatch(server))
            }
        }
    }
    /// The qualified name of the method this request calls (`"IFoo::get"`).
    #[allow(non_snake_case)]
    pub fn __method(&self) -> &'static str {
        match *self {
            __IStreamRequest::seek { .. } => "IStream::seek",
            __IStreamRequest::__ISequentialStream(ref request) => request.__method(),
            __IStreamRequest::__IUnknownLike(ref request) => request.__method(),
        }
    }
    /// Calls the synchronous method on `server`, reached through a lock.
    #[allow(non_snake_case, deprecated)]
    pub fn __dispatch_mut<S: ?::core::marker::Sized + IStream>(
        self,
        server: &mut S,
    ) -> __IStreamReply {
        match self {
            __IStreamRequest::seek { to } => {
                let __ret = <S as IStream>::seek(&*server, to);
                __IStreamReply::seek {
                    __ret: __ret,
                }
            }
            __IStreamRequest::__ISequentialStream(request) => {
                __IStreamReply::__ISequentialStream(request.__dispatch_mut(&mut *server))
            }
            __IStreamRequest::__IUnknownLike(request) => {
                __IStreamReply::__IUnknownLike(request.__dispatch_mut(&mut *server))
            }
        }
    }
    /// Hands the call to a native server with a completer that replies through `responder`.
    #[allow(non_snake_case, deprecated)]
    pub fn __serve<
        S: ?::core::marker::Sized + AsyncIStreamServer,
        M: ::async_interface::__private::Serve,
    >(
        self,
        server: &S,
        responder: &::async_interface::__private::Responder<'_, M>,
    ) -> ::core::option::Option<<M as ::async_interface::__private::Serve>::Reply>
    where
        <M as ::async_interface::__private::Serve>::Reply: ::core::convert::From<
            __IStreamReply,
        >,
        <M as ::async_interface::__private::Serve>::Reply: ::core::convert::From<
            __ISequentialStreamReply,
        >,
        <M as ::async_interface::__private::Serve>::Reply: ::core::convert::From<
            base::__IUnknownLikeReply,
        >,
    {
        match self {
            __IStreamRequest::seek { to } => {
                let __done = responder
                    .defer(|__ret: u64| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __IStreamReply,
                    >>::from(__IStreamReply::seek { __ret }));
                <S as AsyncIStreamServer>::begin_seek(server, to, __done);
                ::core::option::Option::None
            }
            __IStreamRequest::__ISequentialStream(request) => {
                request.__serve(server, responder)
            }
            __IStreamRequest::__IUnknownLike(request) => {
                request.__serve(server, responder)
            }
        }
    }
}
/// Hidden: how a call object begins and finishes calls of [`IStream`]'s methods. Implemented by the call objects of `IStream` and of every trait derived from it.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not serve `IStream`: either its server does not implement `IStream`, or an #[async_interface] trait derived from `IStream` through another interface does not list `IStream` among its own supertraits (a macro sees only its own trait: write `trait IDerived: IMiddle + IStream`)"
)]
pub trait __IStreamHost: __ISequentialStreamHost + base::__IUnknownLikeHost + ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// Begins a call of `method` with `request`.
    fn __begin(
        &self,
        method: &'static str,
        request: __IStreamRequest,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call of `method`.
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<__IStreamReply, ::async_interface::__private::CallError>;
}
#[allow(non_snake_case, deprecated)]
impl<__T: ?::core::marker::Sized + __IStreamHost> AsyncIStream for __T {
    fn begin_seek(
        &self,
        to: u64,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __IStreamHost>::__begin(
            self,
            "IStream::seek",
            __IStreamRequest::seek { to },
        )
    }
    fn finish_seek(
        &self,
    ) -> ::core::result::Result<u64, ::async_interface::__private::CallError> {
        match <__T as __IStreamHost>::__finish(self, "IStream::seek")? {
            __IStreamReply::seek { __ret: __ret } => ::core::result::Result::Ok(__ret),
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
pub struct __IStreamDispatch<S: ?::core::marker::Sized, M> {
    server: ::async_interface::__private::Arc<S>,
    mode: ::core::marker::PhantomData<fn() -> (::core::marker::PhantomData<M>,)>,
}
impl<
    S: ?::core::marker::Sized + IStream + ::core::marker::Send + ::core::marker::Sync
        + 'static,
> ::async_interface::__private::Dispatch
for __IStreamDispatch<S, ::async_interface::__private::Blocking> {
    type Request = __IStreamRequest;
    type Reply = __IStreamReply;
    fn dispatch(
        &self,
        request: <Self as ::async_interface::__private::Dispatch>::Request,
    ) -> <Self as ::async_interface::__private::Dispatch>::Reply {
        request.__dispatch(&*self.server)
    }
    fn method_of(
        request: &<Self as ::async_interface::__private::Dispatch>::Request,
    ) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(request.__method())
    }
}
impl<S: ?::core::marker::Sized + AsyncIStreamServer> ::async_interface::__private::Serve
for __IStreamDispatch<S, ::async_interface::__private::Native> {
    type Request = __IStreamRequest;
    type Reply = __IStreamReply;
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
/// Call object for [`IStream`] (COM: the object `ICallFactory::CreateCall` returns): implements [`AsyncIStream`] by running the methods of a server on a worker, one call at a time.
///
/// Ways to create one:
///
/// - [`IStreamCall::new`]`(Arc::new(server))`: a blocking server `S: IStream`; a worker of the built-in pool calls its methods through `&self`, so a server that changes state keeps it behind a lock.
/// - [`IStreamCall::with_options`]`(server, options)`: the same, with another executor (`executor::Inline`, or tokio's blocking pool with the `tokio` feature) or a custom synchronizer (COM: aggregating your own `ISynchronize`), set in `async_interface::CallOptions`.
/// - [`IStreamCall::native`]`(Arc::new(server))` and [`IStreamCall::native_with_options`]: a native asynchronous server implementing [`AsyncIStreamServer`], which receives each call's in-part with a `Completer` and completes it later from any thread (the call object's type is `IStreamCall<N, Native>`).
/// - [`IStreamCall::in_apartment`]`(Arc::new(Apartment::start(|| make_server())))`: a server that must stay on one thread (it is `!Send`: an `Rc`, a GUI object, a thread-bound handle) lives in an apartment, `async_interface::apartment::Apartment` (COM: a single-threaded apartment), built there by the closure; its calls run there one at a time, in the order they were begun. The apartment ends when its last handle (this call object's among them) is dropped.
///
/// Either way the client API is the same, [`AsyncIStream`]: `begin_m` returns at once, `finish_m` returns the result, blocking until the call completes. In between, `wait` (with a timeout), `cancel`, `state` and `method_in_flight` come from the traits in `async_interface::prelude`. After `finish_m` the call object is idle and can make the next call, of any method.
///
/// Dropping the call object while a call is pending is allowed: the server method still runs to its end and its results are dropped. A panic in the server method is reported by `finish_m` as `CallError::ServerFault`, and the call object stays usable.
///
/// Methods marked `#[async_interface(skip)]` are not part of [`AsyncIStream`]; call them on [`IStreamCall::server`].
#[allow(dead_code)]
pub struct IStreamCall<
    S: ?::core::marker::Sized,
    M = ::async_interface::__private::Blocking,
>
where
    __IStreamDispatch<S, M>: ::async_interface::__private::Serve,
{
    call: ::async_interface::__private::Call<__IStreamDispatch<S, M>>,
}
#[allow(dead_code)]
impl<
    S: ?::core::marker::Sized + IStream + ::core::marker::Send + ::core::marker::Sync
        + 'static,
> IStreamCall<S, ::async_interface::__private::Blocking> {
    /// Creates a call object over a blocking `server` (COM: `ICallFactory::CreateCall`), running its calls on the built-in pool. It is idle: the first `begin_` starts a call.
    #[must_use]
    pub fn new(server: ::async_interface::__private::Arc<S>) -> Self {
        Self::with_options(server, ::async_interface::__private::CallOptions::new())
    }
    /// Creates a call object over `server` built as `options` says: the executor its calls run on (the built-in pool by default; `executor::Inline` runs each call inside `begin_`, and with the `tokio` feature `executor::TokioBlocking` runs them on tokio's blocking pool) and its synchronizer (COM: aggregating a custom `ISynchronize`, for a completion callback or one notifier shared by many calls).
    ///
    /// ```text
    /// let options = async_interface::CallOptions::new().executor(Arc::new(async_interface::executor::Inline));
    /// let call = IStreamCall::with_options(Arc::new(server), options);
    /// ```
    #[must_use]
    pub fn with_options(
        server: ::async_interface::__private::Arc<S>,
        options: ::async_interface::__private::CallOptions,
    ) -> Self {
        IStreamCall {
            call: ::async_interface::__private::Call::with_options(
                __IStreamDispatch {
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
    S: ?::core::marker::Sized + AsyncIStreamServer,
> IStreamCall<S, ::async_interface::__private::Native> {
    /// Creates a call object over a native asynchronous `server` (COM: a server-side call object): each `begin_m` runs [`AsyncIStreamServer`]'s `begin_m` on a worker with the in-part and a `Completer`, and the call completes when the server completes that handle, from any thread. A completer dropped without completing ends the call with `CallError::Disconnected`.
    #[must_use]
    pub fn native(server: ::async_interface::__private::Arc<S>) -> Self {
        Self::native_with_options(
            server,
            ::async_interface::__private::CallOptions::new(),
        )
    }
    /// [`native`](Self::native), built as `options` says (executor, custom synchronizer).
    #[must_use]
    pub fn native_with_options(
        server: ::async_interface::__private::Arc<S>,
        options: ::async_interface::__private::CallOptions,
    ) -> Self {
        IStreamCall {
            call: ::async_interface::__private::Call::with_options(
                __IStreamDispatch {
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
    S: IStream + 'static,
> IStreamCall<
    ::async_interface::__private::apartment::Apartment<S>,
    ::async_interface::__private::Native,
>
where
    ::async_interface::__private::apartment::Apartment<S>: AsyncIStreamServer,
{
    /// Creates a call object over a server living in an apartment, a thread of its own (COM: a single-threaded apartment): each `begin_m` posts the call to that thread, where the synchronous method runs, one call at a time in the order they were begun. The server never leaves its thread, so it may be `!Send` (`Rc`, `RefCell`, a thread-bound handle). A panic in the server ends that call with `CallError::ServerFault` and the apartment serves the next one; it ends when its last handle is dropped.
    ///
    /// `Apartment<S>` implements the server-side trait, so this is [`native`](Self::native) with one difference: `begin_m` posts the call to the apartment itself (the `executor::Inline` executor) instead of handing it to a worker first, so calls reach the apartment in the order they were begun, even from different call objects, and a call costs no hop through the pool. Use [`native_with_options`](Self::native_with_options) for another executor or a custom synchronizer.
    #[must_use]
    pub fn in_apartment(
        apartment: ::async_interface::__private::Arc<
            ::async_interface::__private::apartment::Apartment<S>,
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
impl<S: ?::core::marker::Sized, M> IStreamCall<S, M>
where
    __IStreamDispatch<S, M>: ::async_interface::__private::Serve,
{
    /// The server this call object calls.
    #[must_use]
    pub fn server(&self) -> &::async_interface::__private::Arc<S> {
        &self.call.dispatcher().server
    }
}
impl<S: ?::core::marker::Sized, M> ::async_interface::__private::CallObject
for IStreamCall<S, M>
where
    __IStreamDispatch<S, M>: ::async_interface::__private::Serve,
{
    type Dispatch = __IStreamDispatch<S, M>;
    fn call(&self) -> &::async_interface::__private::Call<__IStreamDispatch<S, M>> {
        &self.call
    }
}
impl<S: ?::core::marker::Sized, M> ::core::fmt::Debug for IStreamCall<S, M>
where
    __IStreamDispatch<S, M>: ::async_interface::__private::Serve,
{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(IStreamCall))
            .field("state", &self.call.state())
            .field("method", &self.call.method_in_flight())
            .finish()
    }
}
impl<S: ?::core::marker::Sized, M> __IStreamHost for IStreamCall<S, M>
where
    __IStreamDispatch<
        S,
        M,
    >: ::async_interface::__private::Serve<
        Request = __IStreamRequest,
        Reply = __IStreamReply,
    >,
{
    fn __begin(
        &self,
        method: &'static str,
        request: __IStreamRequest,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        self.call.begin(method, request)
    }
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __IStreamReply,
        ::async_interface::__private::CallError,
    > {
        self.call.finish(method)
    }
}
impl<S: ?::core::marker::Sized, M> __ISequentialStreamHost for IStreamCall<S, M>
where
    __IStreamDispatch<
        S,
        M,
    >: ::async_interface::__private::Serve<
        Request = __IStreamRequest,
        Reply = __IStreamReply,
    >,
{
    fn __begin(
        &self,
        method: &'static str,
        request: __ISequentialStreamRequest,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        self.call.begin(method, __IStreamRequest::__ISequentialStream(request))
    }
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __ISequentialStreamReply,
        ::async_interface::__private::CallError,
    > {
        match self.call.finish(method)? {
            __IStreamReply::__ISequentialStream(reply) => {
                ::core::result::Result::Ok(reply)
            }
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
}
impl<S: ?::core::marker::Sized, M> base::__IUnknownLikeHost for IStreamCall<S, M>
where
    __IStreamDispatch<
        S,
        M,
    >: ::async_interface::__private::Serve<
        Request = __IStreamRequest,
        Reply = __IStreamReply,
    >,
{
    fn __begin(
        &self,
        method: &'static str,
        request: base::__IUnknownLikeRequest,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        self.call.begin(method, __IStreamRequest::__IUnknownLike(request))
    }
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        base::__IUnknownLikeReply,
        ::async_interface::__private::CallError,
    > {
        match self.call.finish(method)? {
            __IStreamReply::__IUnknownLike(reply) => ::core::result::Result::Ok(reply),
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
}
#[allow(deprecated, non_snake_case)]
impl<S: IStream + 'static> AsyncIStreamServer
for ::async_interface::__private::apartment::Apartment<S>
where
    ::async_interface::__private::apartment::Apartment<S>: AsyncISequentialStreamServer,
    ::async_interface::__private::apartment::Apartment<S>: base::AsyncIUnknownLikeServer,
{
    fn begin_seek(&self, to: u64, __done: ::async_interface::__private::Completer<u64>) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as IStream>::seek(__server, to);
                    __ret
                });
        });
    }
}
