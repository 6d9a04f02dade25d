// Expansion of #[async_interface(name = AsyncSequentialStream)] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

pub trait ISequentialStream {
    /// Reads `cb` bytes into `pv`; returns the count read.
    fn Read(&self, pv: &mut Vec<u8>, cb: u32) -> Result<u32, i32>;
    /// Writes `pv`; returns the count written.
    fn Write(&self, pv: &[u8]) -> Result<u32, i32>;
}
/// Asynchronous form of [`ISequentialStream`] (COM: the `AsyncSequentialStream` interface MIDL makes for `async_uuid`).
///
/// Each method `m` of [`ISequentialStream`] becomes a pair: `begin_m` starts the call with the in-part of the arguments and returns at once, and `finish_m` waits for the call to complete and returns its out-part and what `m` returned. Borrowed arguments are taken owned (`&str` as `String`, `&[T]` as `Vec<T>`, `&T` as `T`), because the call outlives the caller's borrow; a `&mut T` argument goes to `begin_m` by value and comes back through `finish_m`. Methods spelled COM style (`Read`) get `Begin_Read` and `Finish_Read`.
///
/// A call object makes one call at a time: `begin_` while a call is in progress fails with [`CallError::CallPending`](async_interface::CallError::CallPending), and every `begin_` needs its `finish_`. Waiting (`wait`), signalling and cancelling (`cancel`) come from the supertraits; bring them into scope with `use async_interface::prelude::*;`.
///
/// Get one from a server `S: ISequentialStream` held in an `Arc` with [`ISequentialStreamCall::new`] (COM: `ICallFactory::CreateCall`); it runs the server's methods on a worker. A server that is asynchronous itself implements [`AsyncSequentialStreamServer`] instead and gets the same client API from [`ISequentialStreamCall::native`].
#[allow(dead_code)]
pub trait AsyncSequentialStream: ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// Begins an asynchronous call of [`ISequentialStream::Read`] and returns at once; [`Finish_Read`](AsyncSequentialStream::Finish_Read) collects the result.
    ///
    /// Reads `cb` bytes into `pv`; returns the count read.
    ///
    /// Borrowed arguments (`pv`) are taken owned: the call keeps them until a worker has run it.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    #[allow(non_snake_case)]
    fn Begin_Read(
        &self,
        pv: Vec<u8>,
        cb: u32,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`Begin_Read`](AsyncSequentialStream::Begin_Read) and returns what [`ISequentialStream::Read`] returned; blocks until the call completes.
    ///
    /// `pv` receive the values the server left in its `&mut` arguments.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    #[allow(non_snake_case)]
    fn Finish_Read(
        &self,
        pv: &mut Vec<u8>,
    ) -> ::core::result::Result<
        Result<u32, i32>,
        ::async_interface::__private::CallError,
    >;
    /// Begins an asynchronous call of [`ISequentialStream::Write`] and returns at once; [`Finish_Write`](AsyncSequentialStream::Finish_Write) collects the result.
    ///
    /// Writes `pv`; returns the count written.
    ///
    /// Borrowed arguments (`pv`) are taken owned: the call keeps them until a worker has run it.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    #[allow(non_snake_case)]
    fn Begin_Write(
        &self,
        pv: ::std::vec::Vec<u8>,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`Begin_Write`](AsyncSequentialStream::Begin_Write) and returns what [`ISequentialStream::Write`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    #[allow(non_snake_case)]
    fn Finish_Write(
        &self,
    ) -> ::core::result::Result<
        Result<u32, i32>,
        ::async_interface::__private::CallError,
    >;
}
/// Server-side asynchronous form of [`ISequentialStream`] (COM: a server-side call object): implement it instead of [`ISequentialStream`] for a server that is asynchronous by nature, and serve it with [`ISequentialStreamCall::native`]. Clients see no difference: they use [`AsyncSequentialStream`] either way.
///
/// Each method `begin_m` receives the in-part of a call (borrowed arguments taken owned, as in the client's `begin_m`) and a completion handle. It should return soon (it runs on a worker); the call completes when the handle is completed, from any thread, with what the synchronous method would have returned. For a method with `&mut` arguments the handle takes a tuple: the return value first, then the values left in the `&mut` arguments, in their order; the client's `finish_m` writes them back.
///
/// A handle dropped without completing ends the call with [`CallError::Disconnected`](async_interface::CallError::Disconnected); `Completer::is_cancelled` tells whether the client has cancelled the call.
pub trait AsyncSequentialStreamServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`ISequentialStream::Read`]: complete `done` with the result, now or later, from any thread.
    ///
    /// `done` takes the return value followed by the values left in the `&mut` arguments.
    ///
    /// Reads `cb` bytes into `pv`; returns the count read.
    #[allow(non_snake_case)]
    fn Begin_Read(
        &self,
        pv: Vec<u8>,
        cb: u32,
        done: ::async_interface::__private::Completer<(Result<u32, i32>, Vec<u8>)>,
    );
    /// Serves a call of [`ISequentialStream::Write`]: complete `done` with the result, now or later, from any thread.
    ///
    /// Writes `pv`; returns the count written.
    #[allow(non_snake_case)]
    fn Begin_Write(
        &self,
        pv: ::std::vec::Vec<u8>,
        done: ::async_interface::__private::Completer<Result<u32, i32>>,
    );
}
#[allow(dead_code, non_snake_case)]
const _: () = {
    fn __assert_send<T: ?::core::marker::Sized + ::core::marker::Send>() {}
    fn __check_Read() {
        __assert_send::<Vec<u8>>();
        __assert_send::<u32>();
        __assert_send::<Result<u32, i32>>();
    }
    fn __check_Write() {
        __assert_send::<::std::vec::Vec<u8>>();
        __assert_send::<Result<u32, i32>>();
    }
};
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
pub enum __ISequentialStreamRequest {
    Read { pv: Vec<u8>, cb: u32 },
    Write { pv: ::std::vec::Vec<u8> },
}
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
pub enum __ISequentialStreamReply {
    Read { __ret: Result<u32, i32>, pv: Vec<u8> },
    Write { __ret: Result<u32, i32> },
}
#[allow(dead_code)]
impl __ISequentialStreamRequest {
    /// Calls the synchronous method on `server`.
    #[allow(non_snake_case, deprecated)]
    pub fn __dispatch<S: ?::core::marker::Sized + ISequentialStream>(
        self,
        server: &S,
    ) -> __ISequentialStreamReply {
        match self {
            __ISequentialStreamRequest::Read { mut pv, cb } => {
                let __ret = <S as ISequentialStream>::Read(server, &mut pv, cb);
                __ISequentialStreamReply::Read {
                    __ret: __ret,
                    pv,
                }
            }
            __ISequentialStreamRequest::Write { pv } => {
                let __ret = <S as ISequentialStream>::Write(server, &pv);
                __ISequentialStreamReply::Write {
                    __ret: __ret,
                }
            }
        }
    }
    /// The qualified name of the method this request calls (`"IFoo::get"`).
    #[allow(non_snake_case)]
    pub fn __method(&self) -> &'static str {
        match *self {
            __ISequentialStreamRequest::Read { .. } => "ISequentialStream::Read",
            __ISequentialStreamRequest::Write { .. } => "ISequentialStream::Write",
        }
    }
    /// Calls the synchronous method on `server`, reached through a lock.
    #[allow(non_snake_case, deprecated)]
    pub fn __dispatch_mut<S: ?::core::marker::Sized + ISequentialStream>(
        self,
        server: &mut S,
    ) -> __ISequentialStreamReply {
        match self {
            __ISequentialStreamRequest::Read { mut pv, cb } => {
                let __ret = <S as ISequentialStream>::Read(&*server, &mut pv, cb);
                __ISequentialStreamReply::Read {
                    __ret: __ret,
                    pv,
                }
            }
            __ISequentialStreamRequest::Write { pv } => {
                let __ret = <S as ISequentialStream>::Write(&*server, &pv);
                __ISequentialStreamReply::Write {
                    __ret: __ret,
                }
            }
        }
    }
    /// Hands the call to a native server with a completer that replies through `responder`.
    #[allow(non_snake_case, deprecated)]
    pub fn __serve<
        S: ?::core::marker::Sized + AsyncSequentialStreamServer,
        M: ::async_interface::__private::Serve,
    >(
        self,
        server: &S,
        responder: &::async_interface::__private::Responder<'_, M>,
    ) -> ::core::option::Option<<M as ::async_interface::__private::Serve>::Reply>
    where
        <M as ::async_interface::__private::Serve>::Reply: ::core::convert::From<
            __ISequentialStreamReply,
        >,
    {
        match self {
            __ISequentialStreamRequest::Read { pv, cb } => {
                let __done = responder
                    .defer(|(__ret, pv): (Result<u32, i32>, Vec<u8>)| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __ISequentialStreamReply,
                    >>::from(__ISequentialStreamReply::Read {
                        __ret,
                        pv,
                    }));
                <S as AsyncSequentialStreamServer>::Begin_Read(server, pv, cb, __done);
                ::core::option::Option::None
            }
            __ISequentialStreamRequest::Write { pv } => {
                let __done = responder
                    .defer(|__ret: Result<u32, i32>| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __ISequentialStreamReply,
                    >>::from(__ISequentialStreamReply::Write {
                        __ret,
                    }));
                <S as AsyncSequentialStreamServer>::Begin_Write(server, pv, __done);
                ::core::option::Option::None
            }
        }
    }
}
/// Hidden: how a call object begins and finishes calls of [`ISequentialStream`]'s methods. Implemented by the call objects of `ISequentialStream` and of every trait derived from it.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not serve `ISequentialStream`: either its server does not implement `ISequentialStream`, or an #[async_interface] trait derived from `ISequentialStream` through another interface does not list `ISequentialStream` among its own supertraits (a macro sees only its own trait: write `trait IDerived: IMiddle + ISequentialStream`)"
)]
pub trait __ISequentialStreamHost: ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// Begins a call of `method` with `request`.
    fn __begin(
        &self,
        method: &'static str,
        request: __ISequentialStreamRequest,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call of `method`.
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __ISequentialStreamReply,
        ::async_interface::__private::CallError,
    >;
}
#[allow(non_snake_case, deprecated)]
impl<__T: ?::core::marker::Sized + __ISequentialStreamHost> AsyncSequentialStream
for __T {
    fn Begin_Read(
        &self,
        pv: Vec<u8>,
        cb: u32,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __ISequentialStreamHost>::__begin(
            self,
            "ISequentialStream::Read",
            __ISequentialStreamRequest::Read {
                pv,
                cb,
            },
        )
    }
    fn Finish_Read(
        &self,
        pv: &mut Vec<u8>,
    ) -> ::core::result::Result<
        Result<u32, i32>,
        ::async_interface::__private::CallError,
    > {
        match <__T as __ISequentialStreamHost>::__finish(
            self,
            "ISequentialStream::Read",
        )? {
            __ISequentialStreamReply::Read { __ret: __ret, pv: __out_pv } => {
                *pv = __out_pv;
                ::core::result::Result::Ok(__ret)
            }
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
    fn Begin_Write(
        &self,
        pv: ::std::vec::Vec<u8>,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __ISequentialStreamHost>::__begin(
            self,
            "ISequentialStream::Write",
            __ISequentialStreamRequest::Write {
                pv,
            },
        )
    }
    fn Finish_Write(
        &self,
    ) -> ::core::result::Result<
        Result<u32, i32>,
        ::async_interface::__private::CallError,
    > {
        match <__T as __ISequentialStreamHost>::__finish(
            self,
            "ISequentialStream::Write",
        )? {
            __ISequentialStreamReply::Write { __ret: __ret } => {
                ::core::result::Result::Ok(__ret)
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
#[doc(hidden)]
#[allow(dead_code)]
pub struct __ISequentialStreamDispatch<S: ?::core::marker::Sized, M> {
    server: ::async_interface::__private::Arc<S>,
    mode: ::core::marker::PhantomData<fn() -> (::core::marker::PhantomData<M>,)>,
}
impl<
    S: ?::core::marker::Sized + ISequentialStream + ::core::marker::Send
        + ::core::marker::Sync + 'static,
> ::async_interface::__private::Dispatch
for __ISequentialStreamDispatch<S, ::async_interface::__private::Blocking> {
    type Request = __ISequentialStreamRequest;
    type Reply = __ISequentialStreamReply;
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
impl<
    S: ?::core::marker::Sized + AsyncSequentialStreamServer,
> ::async_interface::__private::Serve
for __ISequentialStreamDispatch<S, ::async_interface::__private::Native> {
    type Request = __ISequentialStreamRequest;
    type Reply = __ISequentialStreamReply;
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
/// Call object for [`ISequentialStream`] (COM: the object `ICallFactory::CreateCall` returns): implements [`AsyncSequentialStream`] by running the methods of a server on a worker, one call at a time.
///
/// Ways to create one:
///
/// - [`ISequentialStreamCall::new`]`(Arc::new(server))`: a blocking server `S: ISequentialStream`; a worker of the built-in pool calls its methods through `&self`, so a server that changes state keeps it behind a lock.
/// - [`ISequentialStreamCall::with_options`]`(server, options)`: the same, with another executor (`executor::Inline`, or tokio's blocking pool with the `tokio` feature) or a custom synchronizer (COM: aggregating your own `ISynchronize`), set in `async_interface::CallOptions`.
/// - [`ISequentialStreamCall::native`]`(Arc::new(server))` and [`ISequentialStreamCall::native_with_options`]: a native asynchronous server implementing [`AsyncSequentialStreamServer`], which receives each call's in-part with a `Completer` and completes it later from any thread (the call object's type is `ISequentialStreamCall<N, Native>`).
/// - [`ISequentialStreamCall::in_apartment`]`(Arc::new(Apartment::start(|| make_server())))`: a server that must stay on one thread (it is `!Send`: an `Rc`, a GUI object, a thread-bound handle) lives in an apartment, `async_interface::apartment::Apartment` (COM: a single-threaded apartment), built there by the closure; its calls run there one at a time, in the order they were begun. The apartment ends when its last handle (this call object's among them) is dropped.
///
/// Either way the client API is the same, [`AsyncSequentialStream`]: `begin_m` returns at once, `finish_m` returns the result, blocking until the call completes. In between, `wait` (with a timeout), `cancel`, `state` and `method_in_flight` come from the traits in `async_interface::prelude`. After `finish_m` the call object is idle and can make the next call, of any method.
///
/// Dropping the call object while a call is pending is allowed: the server method still runs to its end and its results are dropped. A panic in the server method is reported by `finish_m` as `CallError::ServerFault`, and the call object stays usable.
///
/// Methods marked `#[async_interface(skip)]` are not part of [`AsyncSequentialStream`]; call them on [`ISequentialStreamCall::server`].
#[allow(dead_code)]
pub struct ISequentialStreamCall<
    S: ?::core::marker::Sized,
    M = ::async_interface::__private::Blocking,
>
where
    __ISequentialStreamDispatch<S, M>: ::async_interface::__private::Serve,
{
    call: ::async_interface::__private::Call<__ISequentialStreamDispatch<S, M>>,
}
#[allow(dead_code)]
impl<
    S: ?::core::marker::Sized + ISequentialStream + ::core::marker::Send
        + ::core::marker::Sync + 'static,
> ISequentialStreamCall<S, ::async_interface::__private::Blocking> {
    /// Creates a call object over a blocking `server` (COM: `ICallFactory::CreateCall`), running its calls on the built-in pool. It is idle: the first `begin_` starts a call.
    #[must_use]
    pub fn new(server: ::async_interface::__private::Arc<S>) -> Self {
        Self::with_options(server, ::async_interface::__private::CallOptions::new())
    }
    /// Creates a call object over `server` built as `options` says: the executor its calls run on (the built-in pool by default; `executor::Inline` runs each call inside `begin_`, and with the `tokio` feature `executor::TokioBlocking` runs them on tokio's blocking pool) and its synchronizer (COM: aggregating a custom `ISynchronize`, for a completion callback or one notifier shared by many calls).
    ///
    /// ```text
    /// let options = async_interface::CallOptions::new().executor(Arc::new(async_interface::executor::Inline));
    /// let call = ISequentialStreamCall::with_options(Arc::new(server), options);
    /// ```
    #[must_use]
    pub fn with_options(
        server: ::async_interface::__private::Arc<S>,
        options: ::async_interface::__private::CallOptions,
    ) -> Self {
        ISequentialStreamCall {
            call: ::async_interface::__private::Call::with_options(
                __ISequentialStreamDispatch {
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
    S: ?::core::marker::Sized + AsyncSequentialStreamServer,
> ISequentialStreamCall<S, ::async_interface::__private::Native> {
    /// Creates a call object over a native asynchronous `server` (COM: a server-side call object): each `begin_m` runs [`AsyncSequentialStreamServer`]'s `begin_m` on a worker with the in-part and a `Completer`, and the call completes when the server completes that handle, from any thread. A completer dropped without completing ends the call with `CallError::Disconnected`.
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
        ISequentialStreamCall {
            call: ::async_interface::__private::Call::with_options(
                __ISequentialStreamDispatch {
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
    S: ISequentialStream + 'static,
> ISequentialStreamCall<
    ::async_interface::__private::apartment::Apartment<S>,
    ::async_interface::__private::Native,
>
where
    ::async_interface::__private::apartment::Apartment<S>: AsyncSequentialStreamServer,
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
impl<S: ?::core::marker::Sized, M> ISequentialStreamCall<S, M>
where
    __ISequentialStreamDispatch<S, M>: ::async_interface::__private::Serve,
{
    /// The server this call object calls.
    #[must_use]
    pub fn server(&self) -> &::async_interface::__private::Arc<S> {
        &self.call.dispatcher().server
    }
}
impl<S: ?::core::marker::Sized, M> ::async_interface::__private::CallObject
for ISequentialStreamCall<S, M>
where
    __ISequentialStreamDispatch<S, M>: ::async_interface::__private::Serve,
{
    type Dispatch = __ISequentialStreamDispatch<S, M>;
    fn call(
        &self,
    ) -> &::async_interface::__private::Call<__ISequentialStreamDispatch<S, M>> {
        &self.call
    }
}
impl<S: ?::core::marker::Sized, M> ::core::fmt::Debug for ISequentialStreamCall<S, M>
where
    __ISequentialStreamDispatch<S, M>: ::async_interface::__private::Serve,
{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(ISequentialStreamCall))
            .field("state", &self.call.state())
            .field("method", &self.call.method_in_flight())
            .finish()
    }
}
impl<S: ?::core::marker::Sized, M> __ISequentialStreamHost
for ISequentialStreamCall<S, M>
where
    __ISequentialStreamDispatch<
        S,
        M,
    >: ::async_interface::__private::Serve<
        Request = __ISequentialStreamRequest,
        Reply = __ISequentialStreamReply,
    >,
{
    fn __begin(
        &self,
        method: &'static str,
        request: __ISequentialStreamRequest,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        self.call.begin(method, request)
    }
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __ISequentialStreamReply,
        ::async_interface::__private::CallError,
    > {
        self.call.finish(method)
    }
}
#[allow(deprecated, non_snake_case)]
impl<S: ISequentialStream + 'static> AsyncSequentialStreamServer
for ::async_interface::__private::apartment::Apartment<S> {
    fn Begin_Read(
        &self,
        pv: Vec<u8>,
        cb: u32,
        __done: ::async_interface::__private::Completer<(Result<u32, i32>, Vec<u8>)>,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let mut pv = pv;
                    let __ret = <S as ISequentialStream>::Read(__server, &mut pv, cb);
                    (__ret, pv)
                });
        });
    }
    fn Begin_Write(
        &self,
        pv: ::std::vec::Vec<u8>,
        __done: ::async_interface::__private::Completer<Result<u32, i32>>,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as ISequentialStream>::Write(__server, &pv);
                    __ret
                });
        });
    }
}
