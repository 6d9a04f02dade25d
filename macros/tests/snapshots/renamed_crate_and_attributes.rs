// Expansion of #[async_interface(crate = :: renamed :: facade)] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

trait IAttributes {
    /// Deprecated, and so is its pair.
    #[deprecated = "use `fresh`"]
    fn old(&self) -> u8;
    /// `#[must_use]` stays on the synchronous method.
    #[must_use]
    fn fresh(&self) -> Result<(), Box<dyn std::error::Error + Send + Sync>>;
    /// A provided body; the lifetime is the call's own.
    fn count<'a>(&self, s: &'a str) -> usize {
        s.len()
    }
}
/// Asynchronous form of [`IAttributes`] (COM: the `AsyncIAttributes` interface MIDL makes for `async_uuid`).
///
/// Each method `m` of [`IAttributes`] becomes a pair: `begin_m` starts the call with the in-part of the arguments and returns at once, and `finish_m` waits for the call to complete and returns its out-part and what `m` returned. Borrowed arguments are taken owned (`&str` as `String`, `&[T]` as `Vec<T>`, `&T` as `T`), because the call outlives the caller's borrow; a `&mut T` argument goes to `begin_m` by value and comes back through `finish_m`. Methods spelled COM style (`Read`) get `Begin_Read` and `Finish_Read`.
///
/// A call object makes one call at a time: `begin_` while a call is in progress fails with [`CallError::CallPending`](renamed::facade::CallError::CallPending), and every `begin_` needs its `finish_`. Waiting (`wait`), signalling and cancelling (`cancel`) come from the supertraits; bring them into scope with `use renamed::facade::prelude::*;`.
///
/// Get one from a server `S: IAttributes` held in an `Arc` with [`IAttributesCall::new`] (COM: `ICallFactory::CreateCall`); it runs the server's methods on a worker. A server that is asynchronous itself implements [`AsyncIAttributesServer`] instead and gets the same client API from [`IAttributesCall::native`].
#[allow(dead_code)]
trait AsyncIAttributes: ::renamed::facade::__private::Synchronize + ::renamed::facade::__private::CancelMethodCalls {
    /// Begins an asynchronous call of [`IAttributes::old`] and returns at once; [`finish_old`](AsyncIAttributes::finish_old) collects the result.
    ///
    /// Deprecated, and so is its pair.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](renamed::facade::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    #[deprecated = "use `fresh`"]
    fn begin_old(
        &self,
    ) -> ::core::result::Result<(), ::renamed::facade::__private::CallError>;
    /// Finishes the call begun by [`begin_old`](AsyncIAttributes::begin_old) and returns what [`IAttributes::old`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](renamed::facade::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](renamed::facade::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](renamed::facade::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](renamed::facade::CallError::ServerFault) if the server method panicked.
    #[deprecated = "use `fresh`"]
    fn finish_old(
        &self,
    ) -> ::core::result::Result<u8, ::renamed::facade::__private::CallError>;
    /// Begins an asynchronous call of [`IAttributes::fresh`] and returns at once; [`finish_fresh`](AsyncIAttributes::finish_fresh) collects the result.
    ///
    /// `#[must_use]` stays on the synchronous method.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](renamed::facade::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_fresh(
        &self,
    ) -> ::core::result::Result<(), ::renamed::facade::__private::CallError>;
    /// Finishes the call begun by [`begin_fresh`](AsyncIAttributes::begin_fresh) and returns what [`IAttributes::fresh`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](renamed::facade::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](renamed::facade::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](renamed::facade::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](renamed::facade::CallError::ServerFault) if the server method panicked.
    fn finish_fresh(
        &self,
    ) -> ::core::result::Result<
        Result<(), Box<dyn std::error::Error + Send + Sync>>,
        ::renamed::facade::__private::CallError,
    >;
    /// Begins an asynchronous call of [`IAttributes::count`] and returns at once; [`finish_count`](AsyncIAttributes::finish_count) collects the result.
    ///
    /// A provided body; the lifetime is the call's own.
    ///
    /// Borrowed arguments (`s`) are taken owned: the call keeps them until a worker has run it.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](renamed::facade::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_count(
        &self,
        s: ::std::string::String,
    ) -> ::core::result::Result<(), ::renamed::facade::__private::CallError>;
    /// Finishes the call begun by [`begin_count`](AsyncIAttributes::begin_count) and returns what [`IAttributes::count`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](renamed::facade::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](renamed::facade::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](renamed::facade::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](renamed::facade::CallError::ServerFault) if the server method panicked.
    fn finish_count(
        &self,
    ) -> ::core::result::Result<usize, ::renamed::facade::__private::CallError>;
}
/// Server-side asynchronous form of [`IAttributes`] (COM: a server-side call object): implement it instead of [`IAttributes`] for a server that is asynchronous by nature, and serve it with [`IAttributesCall::native`]. Clients see no difference: they use [`AsyncIAttributes`] either way.
///
/// Each method `begin_m` receives the in-part of a call (borrowed arguments taken owned, as in the client's `begin_m`) and a completion handle. It should return soon (it runs on a worker); the call completes when the handle is completed, from any thread, with what the synchronous method would have returned. For a method with `&mut` arguments the handle takes a tuple: the return value first, then the values left in the `&mut` arguments, in their order; the client's `finish_m` writes them back.
///
/// A handle dropped without completing ends the call with [`CallError::Disconnected`](renamed::facade::CallError::Disconnected); `Completer::is_cancelled` tells whether the client has cancelled the call.
trait AsyncIAttributesServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`IAttributes::old`]: complete `done` with the result, now or later, from any thread.
    ///
    /// Deprecated, and so is its pair.
    #[deprecated = "use `fresh`"]
    fn begin_old(&self, done: ::renamed::facade::__private::Completer<u8>);
    /// Serves a call of [`IAttributes::fresh`]: complete `done` with the result, now or later, from any thread.
    ///
    /// `#[must_use]` stays on the synchronous method.
    fn begin_fresh(
        &self,
        done: ::renamed::facade::__private::Completer<
            Result<(), Box<dyn std::error::Error + Send + Sync>>,
        >,
    );
    /// Serves a call of [`IAttributes::count`]: complete `done` with the result, now or later, from any thread.
    ///
    /// A provided body; the lifetime is the call's own.
    fn begin_count(
        &self,
        s: ::std::string::String,
        done: ::renamed::facade::__private::Completer<usize>,
    );
}
#[allow(dead_code, non_snake_case)]
const _: () = {
    fn __assert_send<T: ?::core::marker::Sized + ::core::marker::Send>() {}
    fn __check_old() {
        __assert_send::<u8>();
    }
    fn __check_fresh() {
        __assert_send::<Result<(), Box<dyn std::error::Error + Send + Sync>>>();
    }
    fn __check_count() {
        __assert_send::<::std::string::String>();
        __assert_send::<usize>();
    }
};
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
enum __IAttributesRequest {
    old {},
    fresh {},
    count { s: ::std::string::String },
}
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
enum __IAttributesReply {
    old { __ret: u8 },
    fresh { __ret: Result<(), Box<dyn std::error::Error + Send + Sync>> },
    count { __ret: usize },
}
#[allow(dead_code)]
impl __IAttributesRequest {
    /// Calls the synchronous method on `server`.
    #[allow(non_snake_case, deprecated)]
    fn __dispatch<S: ?::core::marker::Sized + IAttributes>(
        self,
        server: &S,
    ) -> __IAttributesReply {
        match self {
            __IAttributesRequest::old {} => {
                let __ret = <S as IAttributes>::old(server);
                __IAttributesReply::old {
                    __ret: __ret,
                }
            }
            __IAttributesRequest::fresh {} => {
                let __ret = <S as IAttributes>::fresh(server);
                __IAttributesReply::fresh {
                    __ret: __ret,
                }
            }
            __IAttributesRequest::count { s } => {
                let __ret = <S as IAttributes>::count(server, &s);
                __IAttributesReply::count {
                    __ret: __ret,
                }
            }
        }
    }
    /// The qualified name of the method this request calls (`"IFoo::get"`).
    #[allow(non_snake_case)]
    fn __method(&self) -> &'static str {
        match *self {
            __IAttributesRequest::old { .. } => "IAttributes::old",
            __IAttributesRequest::fresh { .. } => "IAttributes::fresh",
            __IAttributesRequest::count { .. } => "IAttributes::count",
        }
    }
    /// Calls the synchronous method on `server`, reached through a lock.
    #[allow(non_snake_case, deprecated)]
    fn __dispatch_mut<S: ?::core::marker::Sized + IAttributes>(
        self,
        server: &mut S,
    ) -> __IAttributesReply {
        match self {
            __IAttributesRequest::old {} => {
                let __ret = <S as IAttributes>::old(&*server);
                __IAttributesReply::old {
                    __ret: __ret,
                }
            }
            __IAttributesRequest::fresh {} => {
                let __ret = <S as IAttributes>::fresh(&*server);
                __IAttributesReply::fresh {
                    __ret: __ret,
                }
            }
            __IAttributesRequest::count { s } => {
                let __ret = <S as IAttributes>::count(&*server, &s);
                __IAttributesReply::count {
                    __ret: __ret,
                }
            }
        }
    }
    /// Hands the call to a native server with a completer that replies through `responder`.
    #[allow(non_snake_case, deprecated)]
    fn __serve<
        S: ?::core::marker::Sized + AsyncIAttributesServer,
        M: ::renamed::facade::__private::Serve,
    >(
        self,
        server: &S,
        responder: &::renamed::facade::__private::Responder<'_, M>,
    ) -> ::core::option::Option<<M as ::renamed::facade::__private::Serve>::Reply>
    where
        <M as ::renamed::facade::__private::Serve>::Reply: ::core::convert::From<
            __IAttributesReply,
        >,
    {
        match self {
            __IAttributesRequest::old {} => {
                let __done = responder
                    .defer(|__ret: u8| <<M as ::renamed::facade::__private::Serve>::Reply as ::core::convert::From<
                        __IAttributesReply,
                    >>::from(__IAttributesReply::old { __ret }));
                <S as AsyncIAttributesServer>::begin_old(server, __done);
                ::core::option::Option::None
            }
            __IAttributesRequest::fresh {} => {
                let __done = responder
                    .defer(|__ret: Result<(), Box<dyn std::error::Error + Send + Sync>>| <<M as ::renamed::facade::__private::Serve>::Reply as ::core::convert::From<
                        __IAttributesReply,
                    >>::from(__IAttributesReply::fresh { __ret }));
                <S as AsyncIAttributesServer>::begin_fresh(server, __done);
                ::core::option::Option::None
            }
            __IAttributesRequest::count { s } => {
                let __done = responder
                    .defer(|__ret: usize| <<M as ::renamed::facade::__private::Serve>::Reply as ::core::convert::From<
                        __IAttributesReply,
                    >>::from(__IAttributesReply::count { __ret }));
                <S as AsyncIAttributesServer>::begin_count(server, s, __done);
                ::core::option::Option::None
            }
        }
    }
}
/// Hidden: how a call object begins and finishes calls of [`IAttributes`]'s methods. Implemented by the call objects of `IAttributes` and of every trait derived from it.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not serve `IAttributes`: either its server does not implement `IAttributes`, or an #[async_interface] trait derived from `IAttributes` through another interface does not list `IAttributes` among its own supertraits (a macro sees only its own trait: write `trait IDerived: IMiddle + IAttributes`)"
)]
trait __IAttributesHost: ::renamed::facade::__private::Synchronize + ::renamed::facade::__private::CancelMethodCalls {
    /// Begins a call of `method` with `request`.
    fn __begin(
        &self,
        method: &'static str,
        request: __IAttributesRequest,
    ) -> ::core::result::Result<(), ::renamed::facade::__private::CallError>;
    /// Finishes the call of `method`.
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __IAttributesReply,
        ::renamed::facade::__private::CallError,
    >;
}
#[allow(non_snake_case, deprecated)]
impl<__T: ?::core::marker::Sized + __IAttributesHost> AsyncIAttributes for __T {
    fn begin_old(
        &self,
    ) -> ::core::result::Result<(), ::renamed::facade::__private::CallError> {
        <__T as __IAttributesHost>::__begin(
            self,
            "IAttributes::old",
            __IAttributesRequest::old {},
        )
    }
    fn finish_old(
        &self,
    ) -> ::core::result::Result<u8, ::renamed::facade::__private::CallError> {
        match <__T as __IAttributesHost>::__finish(self, "IAttributes::old")? {
            __IAttributesReply::old { __ret: __ret } => ::core::result::Result::Ok(__ret),
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
    fn begin_fresh(
        &self,
    ) -> ::core::result::Result<(), ::renamed::facade::__private::CallError> {
        <__T as __IAttributesHost>::__begin(
            self,
            "IAttributes::fresh",
            __IAttributesRequest::fresh {},
        )
    }
    fn finish_fresh(
        &self,
    ) -> ::core::result::Result<
        Result<(), Box<dyn std::error::Error + Send + Sync>>,
        ::renamed::facade::__private::CallError,
    > {
        match <__T as __IAttributesHost>::__finish(self, "IAttributes::fresh")? {
            __IAttributesReply::fresh { __ret: __ret } => {
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
    fn begin_count(
        &self,
        s: ::std::string::String,
    ) -> ::core::result::Result<(), ::renamed::facade::__private::CallError> {
        <__T as __IAttributesHost>::__begin(
            self,
            "IAttributes::count",
            __IAttributesRequest::count { s },
        )
    }
    fn finish_count(
        &self,
    ) -> ::core::result::Result<usize, ::renamed::facade::__private::CallError> {
        match <__T as __IAttributesHost>::__finish(self, "IAttributes::count")? {
            __IAttributesReply::count { __ret: __ret } => {
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
struct __IAttributesDispatch<S: ?::core::marker::Sized, M> {
    server: ::renamed::facade::__private::Arc<S>,
    mode: ::core::marker::PhantomData<fn() -> (::core::marker::PhantomData<M>,)>,
}
impl<
    S: ?::core::marker::Sized + IAttributes + ::core::marker::Send + ::core::marker::Sync
        + 'static,
> ::renamed::facade::__private::Dispatch
for __IAttributesDispatch<S, ::renamed::facade::__private::Blocking> {
    type Request = __IAttributesRequest;
    type Reply = __IAttributesReply;
    fn dispatch(
        &self,
        request: <Self as ::renamed::facade::__private::Dispatch>::Request,
    ) -> <Self as ::renamed::facade::__private::Dispatch>::Reply {
        request.__dispatch(&*self.server)
    }
    fn method_of(
        request: &<Self as ::renamed::facade::__private::Dispatch>::Request,
    ) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(request.__method())
    }
}
impl<
    S: ?::core::marker::Sized + AsyncIAttributesServer,
> ::renamed::facade::__private::Serve
for __IAttributesDispatch<S, ::renamed::facade::__private::Native> {
    type Request = __IAttributesRequest;
    type Reply = __IAttributesReply;
    fn serve(
        &self,
        request: <Self as ::renamed::facade::__private::Serve>::Request,
        responder: &::renamed::facade::__private::Responder<'_, Self>,
    ) -> ::core::option::Option<<Self as ::renamed::facade::__private::Serve>::Reply> {
        request.__serve(&*self.server, responder)
    }
    fn method_of(
        request: &<Self as ::renamed::facade::__private::Serve>::Request,
    ) -> ::core::option::Option<&'static str> {
        ::core::option::Option::Some(request.__method())
    }
}
/// Call object for [`IAttributes`] (COM: the object `ICallFactory::CreateCall` returns): implements [`AsyncIAttributes`] by running the methods of a server on a worker, one call at a time.
///
/// Ways to create one:
///
/// - [`IAttributesCall::new`]`(Arc::new(server))`: a blocking server `S: IAttributes`; a worker of the built-in pool calls its methods through `&self`, so a server that changes state keeps it behind a lock.
/// - [`IAttributesCall::with_options`]`(server, options)`: the same, with another executor (`executor::Inline`, or tokio's blocking pool with the `tokio` feature) or a custom synchronizer (COM: aggregating your own `ISynchronize`), set in `renamed::facade::CallOptions`.
/// - [`IAttributesCall::native`]`(Arc::new(server))` and [`IAttributesCall::native_with_options`]: a native asynchronous server implementing [`AsyncIAttributesServer`], which receives each call's in-part with a `Completer` and completes it later from any thread (the call object's type is `IAttributesCall<N, Native>`).
/// - [`IAttributesCall::in_apartment`]`(Arc::new(Apartment::start(|| make_server())))`: a server that must stay on one thread (it is `!Send`: an `Rc`, a GUI object, a thread-bound handle) lives in an apartment, `renamed::facade::apartment::Apartment` (COM: a single-threaded apartment), built there by the closure; its calls run there one at a time, in the order they were begun. The apartment ends when its last handle (this call object's among them) is dropped.
///
/// Either way the client API is the same, [`AsyncIAttributes`]: `begin_m` returns at once, `finish_m` returns the result, blocking until the call completes. In between, `wait` (with a timeout), `cancel`, `state` and `method_in_flight` come from the traits in `renamed::facade::prelude`. After `finish_m` the call object is idle and can make the next call, of any method.
///
/// Dropping the call object while a call is pending is allowed: the server method still runs to its end and its results are dropped. A panic in the server method is reported by `finish_m` as `CallError::ServerFault`, and the call object stays usable.
///
/// Methods marked `#[async_interface(skip)]` are not part of [`AsyncIAttributes`]; call them on [`IAttributesCall::server`].
#[allow(dead_code)]
struct IAttributesCall<
    S: ?::core::marker::Sized,
    M = ::renamed::facade::__private::Blocking,
>
where
    __IAttributesDispatch<S, M>: ::renamed::facade::__private::Serve,
{
    call: ::renamed::facade::__private::Call<__IAttributesDispatch<S, M>>,
}
#[allow(dead_code)]
impl<
    S: ?::core::marker::Sized + IAttributes + ::core::marker::Send + ::core::marker::Sync
        + 'static,
> IAttributesCall<S, ::renamed::facade::__private::Blocking> {
    /// Creates a call object over a blocking `server` (COM: `ICallFactory::CreateCall`), running its calls on the built-in pool. It is idle: the first `begin_` starts a call.
    #[must_use]
    fn new(server: ::renamed::facade::__private::Arc<S>) -> Self {
        Self::with_options(server, ::renamed::facade::__private::CallOptions::new())
    }
    /// Creates a call object over `server` built as `options` says: the executor its calls run on (the built-in pool by default; `executor::Inline` runs each call inside `begin_`, and with the `tokio` feature `executor::TokioBlocking` runs them on tokio's blocking pool) and its synchronizer (COM: aggregating a custom `ISynchronize`, for a completion callback or one notifier shared by many calls).
    ///
    /// ```text
    /// let options = renamed::facade::CallOptions::new().executor(Arc::new(renamed::facade::executor::Inline));
    /// let call = IAttributesCall::with_options(Arc::new(server), options);
    /// ```
    #[must_use]
    fn with_options(
        server: ::renamed::facade::__private::Arc<S>,
        options: ::renamed::facade::__private::CallOptions,
    ) -> Self {
        IAttributesCall {
            call: ::renamed::facade::__private::Call::with_options(
                __IAttributesDispatch {
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
    S: ?::core::marker::Sized + AsyncIAttributesServer,
> IAttributesCall<S, ::renamed::facade::__private::Native> {
    /// Creates a call object over a native asynchronous `server` (COM: a server-side call object): each `begin_m` runs [`AsyncIAttributesServer`]'s `begin_m` on a worker with the in-part and a `Completer`, and the call completes when the server completes that handle, from any thread. A completer dropped without completing ends the call with `CallError::Disconnected`.
    #[must_use]
    fn native(server: ::renamed::facade::__private::Arc<S>) -> Self {
        Self::native_with_options(
            server,
            ::renamed::facade::__private::CallOptions::new(),
        )
    }
    /// [`native`](Self::native), built as `options` says (executor, custom synchronizer).
    #[must_use]
    fn native_with_options(
        server: ::renamed::facade::__private::Arc<S>,
        options: ::renamed::facade::__private::CallOptions,
    ) -> Self {
        IAttributesCall {
            call: ::renamed::facade::__private::Call::with_options(
                __IAttributesDispatch {
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
    S: IAttributes + 'static,
> IAttributesCall<
    ::renamed::facade::__private::apartment::Apartment<S>,
    ::renamed::facade::__private::Native,
>
where
    ::renamed::facade::__private::apartment::Apartment<S>: AsyncIAttributesServer,
{
    /// Creates a call object over a server living in an apartment, a thread of its own (COM: a single-threaded apartment): each `begin_m` posts the call to that thread, where the synchronous method runs, one call at a time in the order they were begun. The server never leaves its thread, so it may be `!Send` (`Rc`, `RefCell`, a thread-bound handle). A panic in the server ends that call with `CallError::ServerFault` and the apartment serves the next one; it ends when its last handle is dropped.
    ///
    /// `Apartment<S>` implements the server-side trait, so this is [`native`](Self::native) with one difference: `begin_m` posts the call to the apartment itself (the `executor::Inline` executor) instead of handing it to a worker first, so calls reach the apartment in the order they were begun, even from different call objects, and a call costs no hop through the pool. Use [`native_with_options`](Self::native_with_options) for another executor or a custom synchronizer.
    #[must_use]
    fn in_apartment(
        apartment: ::renamed::facade::__private::Arc<
            ::renamed::facade::__private::apartment::Apartment<S>,
        >,
    ) -> Self {
        Self::native_with_options(
            apartment,
            ::renamed::facade::__private::CallOptions::new()
                .executor(
                    ::renamed::facade::__private::Arc::new(
                        ::renamed::facade::__private::executor::Inline,
                    ),
                ),
        )
    }
}
#[allow(dead_code)]
impl<S: ?::core::marker::Sized, M> IAttributesCall<S, M>
where
    __IAttributesDispatch<S, M>: ::renamed::facade::__private::Serve,
{
    /// The server this call object calls.
    #[must_use]
    fn server(&self) -> &::renamed::facade::__private::Arc<S> {
        &self.call.dispatcher().server
    }
}
impl<S: ?::core::marker::Sized, M> ::renamed::facade::__private::CallObject
for IAttributesCall<S, M>
where
    __IAttributesDispatch<S, M>: ::renamed::facade::__private::Serve,
{
    type Dispatch = __IAttributesDispatch<S, M>;
    fn call(&self) -> &::renamed::facade::__private::Call<__IAttributesDispatch<S, M>> {
        &self.call
    }
}
impl<S: ?::core::marker::Sized, M> ::core::fmt::Debug for IAttributesCall<S, M>
where
    __IAttributesDispatch<S, M>: ::renamed::facade::__private::Serve,
{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(IAttributesCall))
            .field("state", &self.call.state())
            .field("method", &self.call.method_in_flight())
            .finish()
    }
}
impl<S: ?::core::marker::Sized, M> __IAttributesHost for IAttributesCall<S, M>
where
    __IAttributesDispatch<
        S,
        M,
    >: ::renamed::facade::__private::Serve<
        Request = __IAttributesRequest,
        Reply = __IAttributesReply,
    >,
{
    fn __begin(
        &self,
        method: &'static str,
        request: __IAttributesRequest,
    ) -> ::core::result::Result<(), ::renamed::facade::__private::CallError> {
        self.call.begin(method, request)
    }
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __IAttributesReply,
        ::renamed::facade::__private::CallError,
    > {
        self.call.finish(method)
    }
}
#[allow(deprecated, non_snake_case)]
impl<S: IAttributes + 'static> AsyncIAttributesServer
for ::renamed::facade::__private::apartment::Apartment<S> {
    fn begin_old(&self, __done: ::renamed::facade::__private::Completer<u8>) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as IAttributes>::old(__server);
                    __ret
                });
        });
    }
    fn begin_fresh(
        &self,
        __done: ::renamed::facade::__private::Completer<
            Result<(), Box<dyn std::error::Error + Send + Sync>>,
        >,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as IAttributes>::fresh(__server);
                    __ret
                });
        });
    }
    fn begin_count(
        &self,
        s: ::std::string::String,
        __done: ::renamed::facade::__private::Completer<usize>,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as IAttributes>::count(__server, &s);
                    __ret
                });
        });
    }
}
