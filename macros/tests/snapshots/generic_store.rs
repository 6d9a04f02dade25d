// Expansion of #[async_interface] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

pub trait IStore<K: Ord, V, const N: usize>
where
    V: Clone,
{
    /// The value under `key`.
    fn get(&self, key: &K) -> Option<V>;
    /// The first `N` values.
    fn first(&self) -> [Option<V>; N];
}
/// Asynchronous form of [`IStore`] (COM: the `AsyncIStore` interface MIDL makes for `async_uuid`).
///
/// Each method `m` of [`IStore`] becomes a pair: `begin_m` starts the call with the in-part of the arguments and returns at once, and `finish_m` waits for the call to complete and returns its out-part and what `m` returned. Borrowed arguments are taken owned (`&str` as `String`, `&[T]` as `Vec<T>`, `&T` as `T`), because the call outlives the caller's borrow; a `&mut T` argument goes to `begin_m` by value and comes back through `finish_m`. Methods spelled COM style (`Read`) get `Begin_Read` and `Finish_Read`.
///
/// A call object makes one call at a time: `begin_` while a call is in progress fails with [`CallError::CallPending`](async_interface::CallError::CallPending), and every `begin_` needs its `finish_`. Waiting (`wait`), signalling and cancelling (`cancel`) come from the supertraits; bring them into scope with `use async_interface::prelude::*;`.
///
/// Get one from a server `S: IStore` held in an `Arc` with [`IStoreCall::new`] (COM: `ICallFactory::CreateCall`); it runs the server's methods on a worker. A server that is asynchronous itself implements [`AsyncIStoreServer`] instead and gets the same client API from [`IStoreCall::native`].
#[allow(dead_code)]
pub trait AsyncIStore<
    K: Ord,
    V,
    const N: usize,
>: ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls
where
    V: Clone,
{
    /// Begins an asynchronous call of [`IStore::get`] and returns at once; [`finish_get`](AsyncIStore::finish_get) collects the result.
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
        key: K,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_get`](AsyncIStore::begin_get) and returns what [`IStore::get`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_get(
        &self,
    ) -> ::core::result::Result<Option<V>, ::async_interface::__private::CallError>;
    /// Begins an asynchronous call of [`IStore::first`] and returns at once; [`finish_first`](AsyncIStore::finish_first) collects the result.
    ///
    /// The first `N` values.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_first(
        &self,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_first`](AsyncIStore::begin_first) and returns what [`IStore::first`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_first(
        &self,
    ) -> ::core::result::Result<[Option<V>; N], ::async_interface::__private::CallError>;
}
/// Server-side asynchronous form of [`IStore`] (COM: a server-side call object): implement it instead of [`IStore`] for a server that is asynchronous by nature, and serve it with [`IStoreCall::native`]. Clients see no difference: they use [`AsyncIStore`] either way.
///
/// Each method `begin_m` receives the in-part of a call (borrowed arguments taken owned, as in the client's `begin_m`) and a completion handle. It should return soon (it runs on a worker); the call completes when the handle is completed, from any thread, with what the synchronous method would have returned. For a method with `&mut` arguments the handle takes a tuple: the return value first, then the values left in the `&mut` arguments, in their order; the client's `finish_m` writes them back.
///
/// A handle dropped without completing ends the call with [`CallError::Disconnected`](async_interface::CallError::Disconnected); `Completer::is_cancelled` tells whether the client has cancelled the call.
pub trait AsyncIStoreServer<
    K: Ord,
    V,
    const N: usize,
>: ::core::marker::Send + ::core::marker::Sync + 'static
where
    V: Clone,
{
    /// Serves a call of [`IStore::get`]: complete `done` with the result, now or later, from any thread.
    ///
    /// The value under `key`.
    fn begin_get(
        &self,
        key: K,
        done: ::async_interface::__private::Completer<Option<V>>,
    );
    /// Serves a call of [`IStore::first`]: complete `done` with the result, now or later, from any thread.
    ///
    /// The first `N` values.
    fn begin_first(&self, done: ::async_interface::__private::Completer<[Option<V>; N]>);
}
#[allow(dead_code, non_snake_case)]
const _: () = {
    fn __assert_send<T: ?::core::marker::Sized + ::core::marker::Send>() {}
    fn __check_get<
        K: Ord + ::core::marker::Send + 'static,
        V: Clone + ::core::marker::Send + 'static,
        const N: usize,
    >() {
        __assert_send::<K>();
        __assert_send::<Option<V>>();
    }
    fn __check_first<
        K: Ord + ::core::marker::Send + 'static,
        V: Clone + ::core::marker::Send + 'static,
        const N: usize,
    >() {
        __assert_send::<[Option<V>; N]>();
    }
};
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
pub enum __IStoreRequest<
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
> {
    get { key: K },
    first {},
    #[doc(hidden)]
    __Phantom(
        ::core::marker::PhantomData<
            fn() -> (::core::marker::PhantomData<K>, ::core::marker::PhantomData<V>),
        >,
        ::core::convert::Infallible,
    ),
}
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
pub enum __IStoreReply<
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
> {
    get { __ret: Option<V> },
    first { __ret: [Option<V>; N] },
    #[doc(hidden)]
    __Phantom(
        ::core::marker::PhantomData<
            fn() -> (::core::marker::PhantomData<K>, ::core::marker::PhantomData<V>),
        >,
        ::core::convert::Infallible,
    ),
}
#[allow(dead_code)]
impl<
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
> __IStoreRequest<K, V, N> {
    /// Calls the synchronous method on `server`.
    #[allow(non_snake_case, deprecated)]
    pub fn __dispatch<S: ?::core::marker::Sized + IStore<K, V, N>>(
        self,
        server: &S,
    ) -> __IStoreReply<K, V, N> {
        match self {
            __IStoreRequest::get { key } => {
                let __ret = <S as IStore<K, V, N>>::get(server, &key);
                __IStoreReply::get { __ret: __ret }
            }
            __IStoreRequest::first {} => {
                let __ret = <S as IStore<K, V, N>>::first(server);
                __IStoreReply::first {
                    __ret: __ret,
                }
            }
            __IStoreRequest::__Phantom(_, never) => match never {}
        }
    }
    /// The qualified name of the method this request calls (`"IFoo::get"`).
    #[allow(non_snake_case)]
    pub fn __method(&self) -> &'static str {
        match *self {
            __IStoreRequest::get { .. } => "IStore::get",
            __IStoreRequest::first { .. } => "IStore::first",
            __IStoreRequest::__Phantom(_, never) => match never {}
        }
    }
    /// Calls the synchronous method on `server`, reached through a lock.
    #[allow(non_snake_case, deprecated)]
    pub fn __dispatch_mut<S: ?::core::marker::Sized + IStore<K, V, N>>(
        self,
        server: &mut S,
    ) -> __IStoreReply<K, V, N> {
        match self {
            __IStoreRequest::get { key } => {
                let __ret = <S as IStore<K, V, N>>::get(&*server, &key);
                __IStoreReply::get { __ret: __ret }
            }
            __IStoreRequest::first {} => {
                let __ret = <S as IStore<K, V, N>>::first(&*server);
                __IStoreReply::first {
                    __ret: __ret,
                }
            }
            __IStoreRequest::__Phantom(_, never) => match never {}
        }
    }
    /// Hands the call to a native server with a completer that replies through `responder`.
    #[allow(non_snake_case, deprecated)]
    pub fn __serve<
        S: ?::core::marker::Sized + AsyncIStoreServer<K, V, N>,
        M: ::async_interface::__private::Serve,
    >(
        self,
        server: &S,
        responder: &::async_interface::__private::Responder<'_, M>,
    ) -> ::core::option::Option<<M as ::async_interface::__private::Serve>::Reply>
    where
        <M as ::async_interface::__private::Serve>::Reply: ::core::convert::From<
            __IStoreReply<K, V, N>,
        >,
    {
        match self {
            __IStoreRequest::get { key } => {
                let __done = responder
                    .defer(|__ret: Option<V>| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __IStoreReply<K, V, N>,
                    >>::from(__IStoreReply::get { __ret }));
                <S as AsyncIStoreServer<K, V, N>>::begin_get(server, key, __done);
                ::core::option::Option::None
            }
            __IStoreRequest::first {} => {
                let __done = responder
                    .defer(|__ret: [Option<V>; N]| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __IStoreReply<K, V, N>,
                    >>::from(__IStoreReply::first { __ret }));
                <S as AsyncIStoreServer<K, V, N>>::begin_first(server, __done);
                ::core::option::Option::None
            }
            __IStoreRequest::__Phantom(_, never) => match never {}
        }
    }
}
/// Hidden: how a call object begins and finishes calls of [`IStore`]'s methods. Implemented by the call objects of `IStore` and of every trait derived from it.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not serve `IStore`: either its server does not implement `IStore`, or an #[async_interface] trait derived from `IStore` through another interface does not list `IStore` among its own supertraits (a macro sees only its own trait: write `trait IDerived: IMiddle + IStore`)"
)]
pub trait __IStoreHost<
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
>: ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// Begins a call of `method` with `request`.
    fn __begin(
        &self,
        method: &'static str,
        request: __IStoreRequest<K, V, N>,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call of `method`.
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __IStoreReply<K, V, N>,
        ::async_interface::__private::CallError,
    >;
}
#[allow(non_snake_case, deprecated)]
impl<
    __T: ?::core::marker::Sized + __IStoreHost<K, V, N>,
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
> AsyncIStore<K, V, N> for __T {
    fn begin_get(
        &self,
        key: K,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __IStoreHost<
            K,
            V,
            N,
        >>::__begin(self, "IStore::get", __IStoreRequest::get { key })
    }
    fn finish_get(
        &self,
    ) -> ::core::result::Result<Option<V>, ::async_interface::__private::CallError> {
        match <__T as __IStoreHost<K, V, N>>::__finish(self, "IStore::get")? {
            __IStoreReply::get { __ret: __ret } => ::core::result::Result::Ok(__ret),
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
    fn begin_first(
        &self,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __IStoreHost<
            K,
            V,
            N,
        >>::__begin(self, "IStore::first", __IStoreRequest::first {})
    }
    fn finish_first(
        &self,
    ) -> ::core::result::Result<
        [Option<V>; N],
        ::async_interface::__private::CallError,
    > {
        match <__T as __IStoreHost<K, V, N>>::__finish(self, "IStore::first")? {
            __IStoreReply::first { __ret: __ret } => ::core::result::Result::Ok(__ret),
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
pub struct __IStoreDispatch<S: ?::core::marker::Sized, K, V, const N: usize, M> {
    server: ::async_interface::__private::Arc<S>,
    mode: ::core::marker::PhantomData<
        fn() -> (
            ::core::marker::PhantomData<M>,
            ::core::marker::PhantomData<K>,
            ::core::marker::PhantomData<V>,
        ),
    >,
}
impl<
    S: ?::core::marker::Sized + IStore<K, V, N> + ::core::marker::Send
        + ::core::marker::Sync + 'static,
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
> ::async_interface::__private::Dispatch
for __IStoreDispatch<S, K, V, N, ::async_interface::__private::Blocking> {
    type Request = __IStoreRequest<K, V, N>;
    type Reply = __IStoreReply<K, V, N>;
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
    S: ?::core::marker::Sized + AsyncIStoreServer<K, V, N>,
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
> ::async_interface::__private::Serve
for __IStoreDispatch<S, K, V, N, ::async_interface::__private::Native> {
    type Request = __IStoreRequest<K, V, N>;
    type Reply = __IStoreReply<K, V, N>;
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
/// Call object for [`IStore`] (COM: the object `ICallFactory::CreateCall` returns): implements [`AsyncIStore`] by running the methods of a server on a worker, one call at a time.
///
/// Ways to create one:
///
/// - [`IStoreCall::new`]`(Arc::new(server))`: a blocking server `S: IStore`; a worker of the built-in pool calls its methods through `&self`, so a server that changes state keeps it behind a lock.
/// - [`IStoreCall::with_options`]`(server, options)`: the same, with another executor (`executor::Inline`, or tokio's blocking pool with the `tokio` feature) or a custom synchronizer (COM: aggregating your own `ISynchronize`), set in `async_interface::CallOptions`.
/// - [`IStoreCall::native`]`(Arc::new(server))` and [`IStoreCall::native_with_options`]: a native asynchronous server implementing [`AsyncIStoreServer`], which receives each call's in-part with a `Completer` and completes it later from any thread (the call object's type is `IStoreCall<N, Native>`).
/// - [`IStoreCall::in_apartment`]`(Arc::new(Apartment::start(|| make_server())))`: a server that must stay on one thread (it is `!Send`: an `Rc`, a GUI object, a thread-bound handle) lives in an apartment, `async_interface::apartment::Apartment` (COM: a single-threaded apartment), built there by the closure; its calls run there one at a time, in the order they were begun. The apartment ends when its last handle (this call object's among them) is dropped.
///
/// Either way the client API is the same, [`AsyncIStore`]: `begin_m` returns at once, `finish_m` returns the result, blocking until the call completes. In between, `wait` (with a timeout), `cancel`, `state` and `method_in_flight` come from the traits in `async_interface::prelude`. After `finish_m` the call object is idle and can make the next call, of any method.
///
/// Dropping the call object while a call is pending is allowed: the server method still runs to its end and its results are dropped. A panic in the server method is reported by `finish_m` as `CallError::ServerFault`, and the call object stays usable.
///
/// Methods marked `#[async_interface(skip)]` are not part of [`AsyncIStore`]; call them on [`IStoreCall::server`].
#[allow(dead_code)]
pub struct IStoreCall<
    S: ?::core::marker::Sized,
    K,
    V,
    const N: usize,
    M = ::async_interface::__private::Blocking,
>
where
    __IStoreDispatch<S, K, V, N, M>: ::async_interface::__private::Serve,
{
    call: ::async_interface::__private::Call<__IStoreDispatch<S, K, V, N, M>>,
}
#[allow(dead_code)]
impl<
    S: ?::core::marker::Sized + IStore<K, V, N> + ::core::marker::Send
        + ::core::marker::Sync + 'static,
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
> IStoreCall<S, K, V, N, ::async_interface::__private::Blocking> {
    /// Creates a call object over a blocking `server` (COM: `ICallFactory::CreateCall`), running its calls on the built-in pool. It is idle: the first `begin_` starts a call.
    #[must_use]
    pub fn new(server: ::async_interface::__private::Arc<S>) -> Self {
        Self::with_options(server, ::async_interface::__private::CallOptions::new())
    }
    /// Creates a call object over `server` built as `options` says: the executor its calls run on (the built-in pool by default; `executor::Inline` runs each call inside `begin_`, and with the `tokio` feature `executor::TokioBlocking` runs them on tokio's blocking pool) and its synchronizer (COM: aggregating a custom `ISynchronize`, for a completion callback or one notifier shared by many calls).
    ///
    /// ```text
    /// let options = async_interface::CallOptions::new().executor(Arc::new(async_interface::executor::Inline));
    /// let call = IStoreCall::with_options(Arc::new(server), options);
    /// ```
    #[must_use]
    pub fn with_options(
        server: ::async_interface::__private::Arc<S>,
        options: ::async_interface::__private::CallOptions,
    ) -> Self {
        IStoreCall {
            call: ::async_interface::__private::Call::with_options(
                __IStoreDispatch {
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
    S: ?::core::marker::Sized + AsyncIStoreServer<K, V, N>,
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
> IStoreCall<S, K, V, N, ::async_interface::__private::Native> {
    /// Creates a call object over a native asynchronous `server` (COM: a server-side call object): each `begin_m` runs [`AsyncIStoreServer`]'s `begin_m` on a worker with the in-part and a `Completer`, and the call completes when the server completes that handle, from any thread. A completer dropped without completing ends the call with `CallError::Disconnected`.
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
        IStoreCall {
            call: ::async_interface::__private::Call::with_options(
                __IStoreDispatch {
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
    S: IStore<K, V, N> + 'static,
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
> IStoreCall<
    ::async_interface::__private::apartment::Apartment<S>,
    K,
    V,
    N,
    ::async_interface::__private::Native,
>
where
    ::async_interface::__private::apartment::Apartment<S>: AsyncIStoreServer<K, V, N>,
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
impl<S: ?::core::marker::Sized, K, V, const N: usize, M> IStoreCall<S, K, V, N, M>
where
    __IStoreDispatch<S, K, V, N, M>: ::async_interface::__private::Serve,
{
    /// The server this call object calls.
    #[must_use]
    pub fn server(&self) -> &::async_interface::__private::Arc<S> {
        &self.call.dispatcher().server
    }
}
impl<
    S: ?::core::marker::Sized,
    K,
    V,
    const N: usize,
    M,
> ::async_interface::__private::CallObject for IStoreCall<S, K, V, N, M>
where
    __IStoreDispatch<S, K, V, N, M>: ::async_interface::__private::Serve,
{
    type Dispatch = __IStoreDispatch<S, K, V, N, M>;
    fn call(
        &self,
    ) -> &::async_interface::__private::Call<__IStoreDispatch<S, K, V, N, M>> {
        &self.call
    }
}
impl<S: ?::core::marker::Sized, K, V, const N: usize, M> ::core::fmt::Debug
for IStoreCall<S, K, V, N, M>
where
    __IStoreDispatch<S, K, V, N, M>: ::async_interface::__private::Serve,
{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(IStoreCall))
            .field("state", &self.call.state())
            .field("method", &self.call.method_in_flight())
            .finish()
    }
}
impl<
    S: ?::core::marker::Sized,
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
    M,
> __IStoreHost<K, V, N> for IStoreCall<S, K, V, N, M>
where
    __IStoreDispatch<
        S,
        K,
        V,
        N,
        M,
    >: ::async_interface::__private::Serve<
        Request = __IStoreRequest<K, V, N>,
        Reply = __IStoreReply<K, V, N>,
    >,
{
    fn __begin(
        &self,
        method: &'static str,
        request: __IStoreRequest<K, V, N>,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        self.call.begin(method, request)
    }
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __IStoreReply<K, V, N>,
        ::async_interface::__private::CallError,
    > {
        self.call.finish(method)
    }
}
#[allow(deprecated, non_snake_case)]
impl<
    S: IStore<K, V, N> + 'static,
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
> AsyncIStoreServer<K, V, N> for ::async_interface::__private::apartment::Apartment<S> {
    fn begin_get(
        &self,
        key: K,
        __done: ::async_interface::__private::Completer<Option<V>>,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as IStore<K, V, N>>::get(__server, &key);
                    __ret
                });
        });
    }
    fn begin_first(
        &self,
        __done: ::async_interface::__private::Completer<[Option<V>; N]>,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as IStore<K, V, N>>::first(__server);
                    __ret
                });
        });
    }
}
