// Expansion of #[async_interface(remote)] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

pub trait IRemoteStore {
    /// The value under `key`.
    fn get(&self, key: &str) -> Option<Vec<u8>>;
    /// Appends every key to `keys`; returns how many.
    fn keys(&self, keys: &mut Vec<String>) -> usize;
}
/// Asynchronous form of [`IRemoteStore`] (COM: the `AsyncIRemoteStore` interface MIDL makes for `async_uuid`).
///
/// Each method `m` of [`IRemoteStore`] becomes a pair: `begin_m` starts the call with the in-part of the arguments and returns at once, and `finish_m` waits for the call to complete and returns its out-part and what `m` returned. Borrowed arguments are taken owned (`&str` as `String`, `&[T]` as `Vec<T>`, `&T` as `T`), because the call outlives the caller's borrow; a `&mut T` argument goes to `begin_m` by value and comes back through `finish_m`. Methods spelled COM style (`Read`) get `Begin_Read` and `Finish_Read`.
///
/// A call object makes one call at a time: `begin_` while a call is in progress fails with [`CallError::CallPending`](async_interface::CallError::CallPending), and every `begin_` needs its `finish_`. Waiting (`wait`), signalling and cancelling (`cancel`) come from the supertraits; bring them into scope with `use async_interface::prelude::*;`.
///
/// Get one from a server `S: IRemoteStore` held in an `Arc` with [`IRemoteStoreCall::new`] (COM: `ICallFactory::CreateCall`); it runs the server's methods on a worker. A server that is asynchronous itself implements [`AsyncIRemoteStoreServer`] instead and gets the same client API from [`IRemoteStoreCall::native`].
#[allow(dead_code)]
pub trait AsyncIRemoteStore: ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// Begins an asynchronous call of [`IRemoteStore::get`] and returns at once; [`finish_get`](AsyncIRemoteStore::finish_get) collects the result.
    ///
    /// The value under `key`.
    ///
    /// Borrowed arguments (`key`) are taken owned: the call keeps them until a worker has run it.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_get(
        &self,
        key: ::std::string::String,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_get`](AsyncIRemoteStore::begin_get) and returns what [`IRemoteStore::get`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_get(
        &self,
    ) -> ::core::result::Result<
        Option<Vec<u8>>,
        ::async_interface::__private::CallError,
    >;
    /// Begins an asynchronous call of [`IRemoteStore::keys`] and returns at once; [`finish_keys`](AsyncIRemoteStore::finish_keys) collects the result.
    ///
    /// Appends every key to `keys`; returns how many.
    ///
    /// Borrowed arguments (`keys`) are taken owned: the call keeps them until a worker has run it.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_keys(
        &self,
        keys: Vec<String>,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_keys`](AsyncIRemoteStore::begin_keys) and returns what [`IRemoteStore::keys`] returned; blocks until the call completes.
    ///
    /// `keys` receive the values the server left in its `&mut` arguments.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_keys(
        &self,
        keys: &mut Vec<String>,
    ) -> ::core::result::Result<usize, ::async_interface::__private::CallError>;
}
/// Server-side asynchronous form of [`IRemoteStore`] (COM: a server-side call object): implement it instead of [`IRemoteStore`] for a server that is asynchronous by nature, and serve it with [`IRemoteStoreCall::native`]. Clients see no difference: they use [`AsyncIRemoteStore`] either way.
///
/// Each method `begin_m` receives the in-part of a call (borrowed arguments taken owned, as in the client's `begin_m`) and a completion handle. It should return soon (it runs on a worker); the call completes when the handle is completed, from any thread, with what the synchronous method would have returned. For a method with `&mut` arguments the handle takes a tuple: the return value first, then the values left in the `&mut` arguments, in their order; the client's `finish_m` writes them back.
///
/// A handle dropped without completing ends the call with [`CallError::Disconnected`](async_interface::CallError::Disconnected); `Completer::is_cancelled` tells whether the client has cancelled the call.
pub trait AsyncIRemoteStoreServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`IRemoteStore::get`]: complete `done` with the result, now or later, from any thread.
    ///
    /// The value under `key`.
    fn begin_get(
        &self,
        key: ::std::string::String,
        done: ::async_interface::__private::Completer<Option<Vec<u8>>>,
    );
    /// Serves a call of [`IRemoteStore::keys`]: complete `done` with the result, now or later, from any thread.
    ///
    /// `done` takes the return value followed by the values left in the `&mut` arguments.
    ///
    /// Appends every key to `keys`; returns how many.
    fn begin_keys(
        &self,
        keys: Vec<String>,
        done: ::async_interface::__private::Completer<(usize, Vec<String>)>,
    );
}
#[allow(dead_code, non_snake_case)]
const _: () = {
    fn __assert_send<T: ?::core::marker::Sized + ::core::marker::Send>() {}
    fn __check_get() {
        __assert_send::<::std::string::String>();
        __assert_send::<Option<Vec<u8>>>();
    }
    fn __check_keys() {
        __assert_send::<Vec<String>>();
        __assert_send::<usize>();
    }
};
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
#[derive(
    ::async_interface::__private::serde::Serialize,
    ::async_interface::__private::serde::Deserialize
)]
#[serde(crate = "::async_interface::__private::serde")]
pub enum __IRemoteStoreRequest {
    get { key: ::std::string::String },
    keys { keys: Vec<String> },
}
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
#[derive(
    ::async_interface::__private::serde::Serialize,
    ::async_interface::__private::serde::Deserialize
)]
#[serde(crate = "::async_interface::__private::serde")]
pub enum __IRemoteStoreReply {
    get { __ret: Option<Vec<u8>> },
    keys { __ret: usize, keys: Vec<String> },
}
#[allow(dead_code)]
impl __IRemoteStoreRequest {
    /// Calls the synchronous method on `server`.
    #[allow(non_snake_case, deprecated)]
    pub fn __dispatch<S: ?::core::marker::Sized + IRemoteStore>(
        self,
        server: &S,
    ) -> __IRemoteStoreReply {
        match self {
            __IRemoteStoreRequest::get { key } => {
                let __ret = <S as IRemoteStore>::get(server, &key);
                __IRemoteStoreReply::get {
                    __ret: __ret,
                }
            }
            __IRemoteStoreRequest::keys { mut keys } => {
                let __ret = <S as IRemoteStore>::keys(server, &mut keys);
                __IRemoteStoreReply::keys {
                    __ret: __ret,
                    keys,
                }
            }
        }
    }
    /// The qualified name of the method this request calls (`"IFoo::get"`).
    #[allow(non_snake_case)]
    pub fn __method(&self) -> &'static str {
        match *self {
            __IRemoteStoreRequest::get { .. } => "IRemoteStore::get",
            __IRemoteStoreRequest::keys { .. } => "IRemoteStore::keys",
        }
    }
    /// Calls the synchronous method on `server`, reached through a lock.
    #[allow(non_snake_case, deprecated)]
    pub fn __dispatch_mut<S: ?::core::marker::Sized + IRemoteStore>(
        self,
        server: &mut S,
    ) -> __IRemoteStoreReply {
        match self {
            __IRemoteStoreRequest::get { key } => {
                let __ret = <S as IRemoteStore>::get(&*server, &key);
                __IRemoteStoreReply::get {
                    __ret: __ret,
                }
            }
            __IRemoteStoreRequest::keys { mut keys } => {
                let __ret = <S as IRemoteStore>::keys(&*server, &mut keys);
                __IRemoteStoreReply::keys {
                    __ret: __ret,
                    keys,
                }
            }
        }
    }
    /// Hands the call to a native server with a completer that replies through `responder`.
    #[allow(non_snake_case, deprecated)]
    pub fn __serve<
        S: ?::core::marker::Sized + AsyncIRemoteStoreServer,
        M: ::async_interface::__private::Serve,
    >(
        self,
        server: &S,
        responder: &::async_interface::__private::Responder<'_, M>,
    ) -> ::core::option::Option<<M as ::async_interface::__private::Serve>::Reply>
    where
        <M as ::async_interface::__private::Serve>::Reply: ::core::convert::From<
            __IRemoteStoreReply,
        >,
    {
        match self {
            __IRemoteStoreRequest::get { key } => {
                let __done = responder
                    .defer(|__ret: Option<Vec<u8>>| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __IRemoteStoreReply,
                    >>::from(__IRemoteStoreReply::get { __ret }));
                <S as AsyncIRemoteStoreServer>::begin_get(server, key, __done);
                ::core::option::Option::None
            }
            __IRemoteStoreRequest::keys { keys } => {
                let __done = responder
                    .defer(|(__ret, keys): (usize, Vec<String>)| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __IRemoteStoreReply,
                    >>::from(__IRemoteStoreReply::keys {
                        __ret,
                        keys,
                    }));
                <S as AsyncIRemoteStoreServer>::begin_keys(server, keys, __done);
                ::core::option::Option::None
            }
        }
    }
}
/// Hidden: how a call object begins and finishes calls of [`IRemoteStore`]'s methods. Implemented by the call objects of `IRemoteStore` and of every trait derived from it.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not serve `IRemoteStore`: either its server does not implement `IRemoteStore`, or an #[async_interface] trait derived from `IRemoteStore` through another interface does not list `IRemoteStore` among its own supertraits (a macro sees only its own trait: write `trait IDerived: IMiddle + IRemoteStore`)"
)]
pub trait __IRemoteStoreHost: ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// Begins a call of `method` with `request`.
    fn __begin(
        &self,
        method: &'static str,
        request: __IRemoteStoreRequest,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call of `method`.
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __IRemoteStoreReply,
        ::async_interface::__private::CallError,
    >;
}
#[allow(non_snake_case, deprecated)]
impl<__T: ?::core::marker::Sized + __IRemoteStoreHost> AsyncIRemoteStore for __T {
    fn begin_get(
        &self,
        key: ::std::string::String,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __IRemoteStoreHost>::__begin(
            self,
            "IRemoteStore::get",
            __IRemoteStoreRequest::get { key },
        )
    }
    fn finish_get(
        &self,
    ) -> ::core::result::Result<
        Option<Vec<u8>>,
        ::async_interface::__private::CallError,
    > {
        match <__T as __IRemoteStoreHost>::__finish(self, "IRemoteStore::get")? {
            __IRemoteStoreReply::get { __ret: __ret } => {
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
    fn begin_keys(
        &self,
        keys: Vec<String>,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __IRemoteStoreHost>::__begin(
            self,
            "IRemoteStore::keys",
            __IRemoteStoreRequest::keys {
                keys,
            },
        )
    }
    fn finish_keys(
        &self,
        keys: &mut Vec<String>,
    ) -> ::core::result::Result<usize, ::async_interface::__private::CallError> {
        match <__T as __IRemoteStoreHost>::__finish(self, "IRemoteStore::keys")? {
            __IRemoteStoreReply::keys { __ret: __ret, keys: __out_keys } => {
                *keys = __out_keys;
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
pub struct __IRemoteStoreDispatch<S: ?::core::marker::Sized, M> {
    server: ::async_interface::__private::Arc<S>,
    mode: ::core::marker::PhantomData<fn() -> (::core::marker::PhantomData<M>,)>,
}
impl<
    S: ?::core::marker::Sized + IRemoteStore + ::core::marker::Send
        + ::core::marker::Sync + 'static,
> ::async_interface::__private::Dispatch
for __IRemoteStoreDispatch<S, ::async_interface::__private::Blocking> {
    type Request = __IRemoteStoreRequest;
    type Reply = __IRemoteStoreReply;
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
    S: ?::core::marker::Sized + AsyncIRemoteStoreServer,
> ::async_interface::__private::Serve
for __IRemoteStoreDispatch<S, ::async_interface::__private::Native> {
    type Request = __IRemoteStoreRequest;
    type Reply = __IRemoteStoreReply;
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
/// Call object for [`IRemoteStore`] (COM: the object `ICallFactory::CreateCall` returns): implements [`AsyncIRemoteStore`] by running the methods of a server on a worker, one call at a time.
///
/// Ways to create one:
///
/// - [`IRemoteStoreCall::new`]`(Arc::new(server))`: a blocking server `S: IRemoteStore`; a worker of the built-in pool calls its methods through `&self`, so a server that changes state keeps it behind a lock.
/// - [`IRemoteStoreCall::with_options`]`(server, options)`: the same, with another executor (`executor::Inline`, or tokio's blocking pool with the `tokio` feature) or a custom synchronizer (COM: aggregating your own `ISynchronize`), set in `async_interface::CallOptions`.
/// - [`IRemoteStoreCall::native`]`(Arc::new(server))` and [`IRemoteStoreCall::native_with_options`]: a native asynchronous server implementing [`AsyncIRemoteStoreServer`], which receives each call's in-part with a `Completer` and completes it later from any thread (the call object's type is `IRemoteStoreCall<N, Native>`).
/// - [`IRemoteStoreCall::in_apartment`]`(Arc::new(Apartment::start(|| make_server())))`: a server that must stay on one thread (it is `!Send`: an `Rc`, a GUI object, a thread-bound handle) lives in an apartment, `async_interface::apartment::Apartment` (COM: a single-threaded apartment), built there by the closure; its calls run there one at a time, in the order they were begun. The apartment ends when its last handle (this call object's among them) is dropped.
/// - [`IRemoteStoreCall::remote`]`(&connection)`: a server in another process, reached over a `async_interface::remote::Connection` (COM: DCOM; feature `remote`); the server process serves it with [`IRemoteStoreCall::remote_service`]. Arguments and results travel serialized; `cancel` and the call context's deadline reach the server.
///
/// Either way the client API is the same, [`AsyncIRemoteStore`]: `begin_m` returns at once, `finish_m` returns the result, blocking until the call completes. In between, `wait` (with a timeout), `cancel`, `state` and `method_in_flight` come from the traits in `async_interface::prelude`. After `finish_m` the call object is idle and can make the next call, of any method.
///
/// Dropping the call object while a call is pending is allowed: the server method still runs to its end and its results are dropped. A panic in the server method is reported by `finish_m` as `CallError::ServerFault`, and the call object stays usable.
///
/// Methods marked `#[async_interface(skip)]` are not part of [`AsyncIRemoteStore`]; call them on [`IRemoteStoreCall::server`].
#[allow(dead_code)]
pub struct IRemoteStoreCall<
    S: ?::core::marker::Sized,
    M = ::async_interface::__private::Blocking,
>
where
    __IRemoteStoreDispatch<S, M>: ::async_interface::__private::Serve,
{
    call: ::async_interface::__private::Call<__IRemoteStoreDispatch<S, M>>,
}
#[allow(dead_code)]
impl<
    S: ?::core::marker::Sized + IRemoteStore + ::core::marker::Send
        + ::core::marker::Sync + 'static,
> IRemoteStoreCall<S, ::async_interface::__private::Blocking> {
    /// Creates a call object over a blocking `server` (COM: `ICallFactory::CreateCall`), running its calls on the built-in pool. It is idle: the first `begin_` starts a call.
    #[must_use]
    pub fn new(server: ::async_interface::__private::Arc<S>) -> Self {
        Self::with_options(server, ::async_interface::__private::CallOptions::new())
    }
    /// Creates a call object over `server` built as `options` says: the executor its calls run on (the built-in pool by default; `executor::Inline` runs each call inside `begin_`, and with the `tokio` feature `executor::TokioBlocking` runs them on tokio's blocking pool) and its synchronizer (COM: aggregating a custom `ISynchronize`, for a completion callback or one notifier shared by many calls).
    ///
    /// ```text
    /// let options = async_interface::CallOptions::new().executor(Arc::new(async_interface::executor::Inline));
    /// let call = IRemoteStoreCall::with_options(Arc::new(server), options);
    /// ```
    #[must_use]
    pub fn with_options(
        server: ::async_interface::__private::Arc<S>,
        options: ::async_interface::__private::CallOptions,
    ) -> Self {
        IRemoteStoreCall {
            call: ::async_interface::__private::Call::with_options(
                __IRemoteStoreDispatch {
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
    S: ?::core::marker::Sized + AsyncIRemoteStoreServer,
> IRemoteStoreCall<S, ::async_interface::__private::Native> {
    /// Creates a call object over a native asynchronous `server` (COM: a server-side call object): each `begin_m` runs [`AsyncIRemoteStoreServer`]'s `begin_m` on a worker with the in-part and a `Completer`, and the call completes when the server completes that handle, from any thread. A completer dropped without completing ends the call with `CallError::Disconnected`.
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
        IRemoteStoreCall {
            call: ::async_interface::__private::Call::with_options(
                __IRemoteStoreDispatch {
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
    S: IRemoteStore + 'static,
> IRemoteStoreCall<
    ::async_interface::__private::apartment::Apartment<S>,
    ::async_interface::__private::Native,
>
where
    ::async_interface::__private::apartment::Apartment<S>: AsyncIRemoteStoreServer,
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
impl<S: ?::core::marker::Sized, M> IRemoteStoreCall<S, M>
where
    __IRemoteStoreDispatch<S, M>: ::async_interface::__private::Serve,
{
    /// The server this call object calls.
    #[must_use]
    pub fn server(&self) -> &::async_interface::__private::Arc<S> {
        &self.call.dispatcher().server
    }
}
impl<S: ?::core::marker::Sized, M> ::async_interface::__private::CallObject
for IRemoteStoreCall<S, M>
where
    __IRemoteStoreDispatch<S, M>: ::async_interface::__private::Serve,
{
    type Dispatch = __IRemoteStoreDispatch<S, M>;
    fn call(&self) -> &::async_interface::__private::Call<__IRemoteStoreDispatch<S, M>> {
        &self.call
    }
}
impl<S: ?::core::marker::Sized, M> ::core::fmt::Debug for IRemoteStoreCall<S, M>
where
    __IRemoteStoreDispatch<S, M>: ::async_interface::__private::Serve,
{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(IRemoteStoreCall))
            .field("state", &self.call.state())
            .field("method", &self.call.method_in_flight())
            .finish()
    }
}
impl<S: ?::core::marker::Sized, M> __IRemoteStoreHost for IRemoteStoreCall<S, M>
where
    __IRemoteStoreDispatch<
        S,
        M,
    >: ::async_interface::__private::Serve<
        Request = __IRemoteStoreRequest,
        Reply = __IRemoteStoreReply,
    >,
{
    fn __begin(
        &self,
        method: &'static str,
        request: __IRemoteStoreRequest,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        self.call.begin(method, request)
    }
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __IRemoteStoreReply,
        ::async_interface::__private::CallError,
    > {
        self.call.finish(method)
    }
}
#[allow(deprecated, non_snake_case)]
impl<S: IRemoteStore + 'static> AsyncIRemoteStoreServer
for ::async_interface::__private::apartment::Apartment<S> {
    fn begin_get(
        &self,
        key: ::std::string::String,
        __done: ::async_interface::__private::Completer<Option<Vec<u8>>>,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as IRemoteStore>::get(__server, &key);
                    __ret
                });
        });
    }
    fn begin_keys(
        &self,
        keys: Vec<String>,
        __done: ::async_interface::__private::Completer<(usize, Vec<String>)>,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let mut keys = keys;
                    let __ret = <S as IRemoteStore>::keys(__server, &mut keys);
                    (__ret, keys)
                });
        });
    }
}
impl<S: ?::core::marker::Sized, M> ::core::clone::Clone
for __IRemoteStoreDispatch<S, M> {
    fn clone(&self) -> Self {
        __IRemoteStoreDispatch {
            server: ::async_interface::__private::Arc::clone(&self.server),
            mode: ::core::marker::PhantomData,
        }
    }
}
impl ::async_interface::__private::Serve
for __IRemoteStoreDispatch<
    ::async_interface::__private::remote::Connection,
    ::async_interface::__private::remote::Remote,
>
where
    __IRemoteStoreRequest: ::async_interface::__private::serde::Serialize,
    __IRemoteStoreReply: ::async_interface::__private::serde::de::DeserializeOwned,
{
    type Request = __IRemoteStoreRequest;
    type Reply = __IRemoteStoreReply;
    fn serve(
        &self,
        request: <Self as ::async_interface::__private::Serve>::Request,
        responder: &::async_interface::__private::Responder<'_, Self>,
    ) -> ::core::option::Option<<Self as ::async_interface::__private::Serve>::Reply> {
        self.server
            .__send(&request, responder.defer(|reply: __IRemoteStoreReply| reply));
        ::core::option::Option::None
    }
}
#[allow(dead_code)]
impl IRemoteStoreCall<
    ::async_interface::__private::remote::Connection,
    ::async_interface::__private::remote::Remote,
>
where
    __IRemoteStoreRequest: ::async_interface::__private::serde::Serialize,
    __IRemoteStoreReply: ::async_interface::__private::serde::de::DeserializeOwned,
{
    /** Creates a call object over a server in another process, reached through `connection` (`async_interface::remote::Connection`, feature `remote`). Each call's arguments are serialized and sent; `finish_` returns what the remote server's method returned, as for a local server. `cancel` and the deadline of the call context reach the server; a lost connection ends the call with `CallError::Disconnected`. Many call objects share one connection. The server process serves the trait with [`IRemoteStoreCall::remote_service`].

`begin_m` serializes the arguments and hands them to the connection on the calling thread (the `executor::Inline` executor): sending does not block, and a hop through the worker pool would only add a thread wake-up to every call.*/
    #[must_use]
    pub fn remote(
        connection: &::async_interface::__private::remote::Connection,
    ) -> Self {
        Self::remote_with_options(
            connection,
            ::async_interface::__private::CallOptions::new()
                .executor(
                    ::async_interface::__private::Arc::new(
                        ::async_interface::__private::executor::Inline,
                    ),
                ),
        )
    }
    /// [`remote`](Self::remote), built as `options` says (the executor that sends the calls, by default the worker pool here, and a custom synchronizer).
    #[must_use]
    pub fn remote_with_options(
        connection: &::async_interface::__private::remote::Connection,
        options: ::async_interface::__private::CallOptions,
    ) -> Self {
        IRemoteStoreCall {
            call: ::async_interface::__private::Call::with_options(
                __IRemoteStoreDispatch {
                    server: ::async_interface::__private::Arc::new(
                        ::core::clone::Clone::clone(connection),
                    ),
                    mode: ::core::marker::PhantomData,
                },
                options,
            ),
        }
    }
}
#[allow(dead_code)]
impl<
    S: ?::core::marker::Sized + IRemoteStore + ::core::marker::Send
        + ::core::marker::Sync + 'static,
> IRemoteStoreCall<S, ::async_interface::__private::Blocking>
where
    __IRemoteStoreRequest: ::async_interface::__private::serde::de::DeserializeOwned,
    __IRemoteStoreReply: ::async_interface::__private::serde::Serialize,
{
    /// The server process's side of [`IRemoteStoreCall::remote`]: a service that runs each call of a remote client on `server`, for `async_interface::remote::serve(addr, service)`. Methods run on blocking threads, several at once for several clients, as over [`IRemoteStoreCall::new`].
    #[must_use]
    pub fn remote_service(
        server: ::async_interface::__private::Arc<S>,
    ) -> ::async_interface::__private::remote::Service {
        ::async_interface::__private::remote::Service::__from_dispatch(__IRemoteStoreDispatch::<
            S,
            ::async_interface::__private::Blocking,
        > {
            server,
            mode: ::core::marker::PhantomData,
        })
    }
}
#[allow(dead_code)]
impl<
    S: ?::core::marker::Sized + AsyncIRemoteStoreServer,
> IRemoteStoreCall<S, ::async_interface::__private::Native>
where
    __IRemoteStoreRequest: ::async_interface::__private::serde::de::DeserializeOwned,
    __IRemoteStoreReply: ::async_interface::__private::serde::Serialize,
{
    /// The server process's side of [`IRemoteStoreCall::remote`] for a native server (one implementing [`AsyncIRemoteStoreServer`]), or for an apartment (`Arc<Apartment<S>>`, whose server stays on its thread): each call of a remote client is handed to `server` as by [`IRemoteStoreCall::native`]. For `async_interface::remote::serve(addr, service)`.
    #[must_use]
    pub fn remote_service_native(
        server: ::async_interface::__private::Arc<S>,
    ) -> ::async_interface::__private::remote::Service {
        ::async_interface::__private::remote::Service::__from_serve(
            __IRemoteStoreDispatch::<S, ::async_interface::__private::Native> {
                server,
                mode: ::core::marker::PhantomData,
            },
            ::async_interface::__private::CallOptions::new(),
        )
    }
}
