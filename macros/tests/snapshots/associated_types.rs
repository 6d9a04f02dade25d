// Expansion of #[async_interface] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

/// Associated types in parameters and returns, nested too; a const; and an
/// associated type that only a skipped method uses (left out of the
/// asynchronous form).
pub trait IKeyed {
    /// What is stored.
    type Item: Clone + Send + 'static;
    /// What `put` hands out.
    type Key: Send + 'static;
    /// Exposed on the call object.
    const CAPACITY: usize;
    /// Only for the synchronous `cursor`.
    type Cursor;
    /// Stores `item`; returns its key.
    fn put(&self, item: Self::Item) -> Result<Self::Key, String>;
    /// The item under `key`.
    fn get(&self, key: &Self::Key) -> Option<Self::Item>;
    /// Swaps `item` with the stored one; returns all items.
    fn swap(&self, item: &mut <Self as IKeyed>::Item) -> Vec<Self::Item>;
    /// Synchronous only.
    fn cursor(&self) -> Self::Cursor;
}
/// Asynchronous form of [`IKeyed`] (COM: the `AsyncIKeyed` interface MIDL makes for `async_uuid`).
///
/// Each method `m` of [`IKeyed`] becomes a pair: `begin_m` starts the call with the in-part of the arguments and returns at once, and `finish_m` waits for the call to complete and returns its out-part and what `m` returned. Borrowed arguments are taken owned (`&str` as `String`, `&[T]` as `Vec<T>`, `&T` as `T`), because the call outlives the caller's borrow; a `&mut T` argument goes to `begin_m` by value and comes back through `finish_m`. Methods spelled COM style (`Read`) get `Begin_Read` and `Finish_Read`.
///
/// A call object makes one call at a time: `begin_` while a call is in progress fails with [`CallError::CallPending`](async_interface::CallError::CallPending), and every `begin_` needs its `finish_`. Waiting (`wait`), signalling and cancelling (`cancel`) come from the supertraits; bring them into scope with `use async_interface::prelude::*;`.
///
/// Get one from a server `S: IKeyed` held in an `Arc` with [`IKeyedCall::new`] (COM: `ICallFactory::CreateCall`); it runs the server's methods on a worker. A server that is asynchronous itself implements [`AsyncIKeyedServer`] instead and gets the same client API from [`IKeyedCall::native`].
///
/// Associated types: the methods use [`IKeyed`]'s `Item`, `Key`, so this trait declares them too (same bounds, `Send + 'static` among them, since values cross to a worker thread). A call object takes its server's: `<IKeyedCall<S> as AsyncIKeyed>::Item` is `<S as IKeyed>::Item` (and `<S as AsyncIKeyedServer>::Item` for a native server). Name them to use the trait as an object: `dyn AsyncIKeyed<Item = .., Key = ..>`.
///
/// Associated consts of [`IKeyed`] are not declared here (a trait with consts cannot be used as `dyn AsyncIKeyed`); the call object over a blocking server or an apartment exposes them as inherent consts: `<IKeyedCall<S>>::CAPACITY` is `<S as IKeyed>::CAPACITY`.
#[allow(dead_code)]
pub trait AsyncIKeyed: ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// What is stored.
    type Item: Clone + Send + 'static;
    /// What `put` hands out.
    type Key: Send + 'static;
    /// Begins an asynchronous call of [`IKeyed::put`] and returns at once; [`finish_put`](AsyncIKeyed::finish_put) collects the result.
    ///
    /// Stores `item`; returns its key.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_put(
        &self,
        item: Self::Item,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_put`](AsyncIKeyed::begin_put) and returns what [`IKeyed::put`] returned; blocks until the call completes.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_put(
        &self,
    ) -> ::core::result::Result<
        Result<Self::Key, String>,
        ::async_interface::__private::CallError,
    >;
    /// Begins an asynchronous call of [`IKeyed::get`] and returns at once; [`finish_get`](AsyncIKeyed::finish_get) collects the result.
    ///
    /// The item under `key`.
    ///
    /// Borrowed arguments (`key`) are taken owned: the call keeps them until a worker has run it.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_get(
        &self,
        key: Self::Key,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_get`](AsyncIKeyed::begin_get) and returns what [`IKeyed::get`] returned; blocks until the call completes.
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
        Option<Self::Item>,
        ::async_interface::__private::CallError,
    >;
    /// Begins an asynchronous call of [`IKeyed::swap`] and returns at once; [`finish_swap`](AsyncIKeyed::finish_swap) collects the result.
    ///
    /// Swaps `item` with the stored one; returns all items.
    ///
    /// Borrowed arguments (`item`) are taken owned: the call keeps them until a worker has run it.
    ///
    /// # Errors
    ///
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) if a call is already in progress on this call object (pending, or complete and not yet finished); that call is untouched and the arguments are dropped.
    fn begin_swap(
        &self,
        item: Self::Item,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call begun by [`begin_swap`](AsyncIKeyed::begin_swap) and returns what [`IKeyed::swap`] returned; blocks until the call completes.
    ///
    /// `item` receive the values the server left in its `&mut` arguments.
    ///
    /// # Errors
    ///
    /// - [`CallError::CallComplete`](async_interface::CallError::CallComplete) if no call is in progress (never begun, or already finished).
    /// - [`CallError::WrongMethod`](async_interface::CallError::WrongMethod) if another method was begun; that call stays pending.
    /// - [`CallError::Canceled`](async_interface::CallError::Canceled) if the call was cancelled before the server returned.
    /// - [`CallError::ServerFault`](async_interface::CallError::ServerFault) if the server method panicked.
    fn finish_swap(
        &self,
        item: &mut Self::Item,
    ) -> ::core::result::Result<
        Vec<Self::Item>,
        ::async_interface::__private::CallError,
    >;
}
/// Server-side asynchronous form of [`IKeyed`] (COM: a server-side call object): implement it instead of [`IKeyed`] for a server that is asynchronous by nature, and serve it with [`IKeyedCall::native`]. Clients see no difference: they use [`AsyncIKeyed`] either way.
///
/// Each method `begin_m` receives the in-part of a call (borrowed arguments taken owned, as in the client's `begin_m`) and a completion handle. It should return soon (it runs on a worker); the call completes when the handle is completed, from any thread, with what the synchronous method would have returned. For a method with `&mut` arguments the handle takes a tuple: the return value first, then the values left in the `&mut` arguments, in their order; the client's `finish_m` writes them back.
///
/// A handle dropped without completing ends the call with [`CallError::Disconnected`](async_interface::CallError::Disconnected); `Completer::is_cancelled` tells whether the client has cancelled the call.
///
/// A native server names the associated types its methods use, as a server of [`IKeyed`] does; the client's [`AsyncIKeyed`] has the same ones.
pub trait AsyncIKeyedServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// What is stored.
    type Item: Clone + Send + 'static;
    /// What `put` hands out.
    type Key: Send + 'static;
    /// Serves a call of [`IKeyed::put`]: complete `done` with the result, now or later, from any thread.
    ///
    /// Stores `item`; returns its key.
    fn begin_put(
        &self,
        item: Self::Item,
        done: ::async_interface::__private::Completer<Result<Self::Key, String>>,
    );
    /// Serves a call of [`IKeyed::get`]: complete `done` with the result, now or later, from any thread.
    ///
    /// The item under `key`.
    fn begin_get(
        &self,
        key: Self::Key,
        done: ::async_interface::__private::Completer<Option<Self::Item>>,
    );
    /// Serves a call of [`IKeyed::swap`]: complete `done` with the result, now or later, from any thread.
    ///
    /// `done` takes the return value followed by the values left in the `&mut` arguments.
    ///
    /// Swaps `item` with the stored one; returns all items.
    fn begin_swap(
        &self,
        item: Self::Item,
        done: ::async_interface::__private::Completer<(Vec<Self::Item>, Self::Item)>,
    );
}
#[allow(dead_code, non_snake_case)]
const _: () = {
    fn __assert_send<T: ?::core::marker::Sized + ::core::marker::Send>() {}
    fn __check_put<__D: __IKeyedTypes>() {
        __assert_send::<__D::Item>();
        __assert_send::<Result<__D::Key, String>>();
    }
    fn __check_get<__D: __IKeyedTypes>() {
        __assert_send::<__D::Key>();
        __assert_send::<Option<__D::Item>>();
    }
    fn __check_swap<__D: __IKeyedTypes>() {
        __assert_send::<__D::Item>();
        __assert_send::<Vec<__D::Item>>();
    }
};
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
pub enum __IKeyedRequest<__D: __IKeyedTypes> {
    put { item: __D::Item },
    get { key: __D::Key },
    swap { item: __D::Item },
    #[doc(hidden)]
    __Phantom(
        ::core::marker::PhantomData<fn() -> (::core::marker::PhantomData<__D>,)>,
        ::core::convert::Infallible,
    ),
}
#[doc(hidden)]
#[allow(non_camel_case_types, non_snake_case, dead_code, clippy::large_enum_variant)]
pub enum __IKeyedReply<__D: __IKeyedTypes> {
    put { __ret: Result<__D::Key, String> },
    get { __ret: Option<__D::Item> },
    swap { __ret: Vec<__D::Item>, item: __D::Item },
    #[doc(hidden)]
    __Phantom(
        ::core::marker::PhantomData<fn() -> (::core::marker::PhantomData<__D>,)>,
        ::core::convert::Infallible,
    ),
}
#[allow(dead_code)]
impl<__D: __IKeyedTypes> __IKeyedRequest<__D> {
    /// Calls the synchronous method on `server`.
    #[allow(non_snake_case, deprecated)]
    pub fn __dispatch<
        S: ?::core::marker::Sized + IKeyed<Item = __D::Item, Key = __D::Key>,
    >(self, server: &S) -> __IKeyedReply<__D> {
        match self {
            __IKeyedRequest::put { item } => {
                let __ret = <S as IKeyed>::put(server, item);
                __IKeyedReply::put { __ret: __ret }
            }
            __IKeyedRequest::get { key } => {
                let __ret = <S as IKeyed>::get(server, &key);
                __IKeyedReply::get { __ret: __ret }
            }
            __IKeyedRequest::swap { mut item } => {
                let __ret = <S as IKeyed>::swap(server, &mut item);
                __IKeyedReply::swap {
                    __ret: __ret,
                    item,
                }
            }
            __IKeyedRequest::__Phantom(_, never) => match never {}
        }
    }
    /// The qualified name of the method this request calls (`"IFoo::get"`).
    #[allow(non_snake_case)]
    pub fn __method(&self) -> &'static str {
        match *self {
            __IKeyedRequest::put { .. } => "IKeyed::put",
            __IKeyedRequest::get { .. } => "IKeyed::get",
            __IKeyedRequest::swap { .. } => "IKeyed::swap",
            __IKeyedRequest::__Phantom(_, never) => match never {}
        }
    }
    /// Calls the synchronous method on `server`, reached through a lock.
    #[allow(non_snake_case, deprecated)]
    pub fn __dispatch_mut<
        S: ?::core::marker::Sized + IKeyed<Item = __D::Item, Key = __D::Key>,
    >(self, server: &mut S) -> __IKeyedReply<__D> {
        match self {
            __IKeyedRequest::put { item } => {
                let __ret = <S as IKeyed>::put(&*server, item);
                __IKeyedReply::put { __ret: __ret }
            }
            __IKeyedRequest::get { key } => {
                let __ret = <S as IKeyed>::get(&*server, &key);
                __IKeyedReply::get { __ret: __ret }
            }
            __IKeyedRequest::swap { mut item } => {
                let __ret = <S as IKeyed>::swap(&*server, &mut item);
                __IKeyedReply::swap {
                    __ret: __ret,
                    item,
                }
            }
            __IKeyedRequest::__Phantom(_, never) => match never {}
        }
    }
    /// Hands the call to a native server with a completer that replies through `responder`.
    #[allow(non_snake_case, deprecated)]
    pub fn __serve<
        S: ?::core::marker::Sized + AsyncIKeyedServer<Item = __D::Item, Key = __D::Key>,
        M: ::async_interface::__private::Serve,
    >(
        self,
        server: &S,
        responder: &::async_interface::__private::Responder<'_, M>,
    ) -> ::core::option::Option<<M as ::async_interface::__private::Serve>::Reply>
    where
        <M as ::async_interface::__private::Serve>::Reply: ::core::convert::From<
            __IKeyedReply<__D>,
        >,
    {
        match self {
            __IKeyedRequest::put { item } => {
                let __done = responder
                    .defer(|__ret: Result<__D::Key, String>| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __IKeyedReply<__D>,
                    >>::from(__IKeyedReply::put { __ret }));
                <S as AsyncIKeyedServer>::begin_put(server, item, __done);
                ::core::option::Option::None
            }
            __IKeyedRequest::get { key } => {
                let __done = responder
                    .defer(|__ret: Option<__D::Item>| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __IKeyedReply<__D>,
                    >>::from(__IKeyedReply::get { __ret }));
                <S as AsyncIKeyedServer>::begin_get(server, key, __done);
                ::core::option::Option::None
            }
            __IKeyedRequest::swap { item } => {
                let __done = responder
                    .defer(|(__ret, item): (Vec<__D::Item>, __D::Item)| <<M as ::async_interface::__private::Serve>::Reply as ::core::convert::From<
                        __IKeyedReply<__D>,
                    >>::from(__IKeyedReply::swap { __ret, item }));
                <S as AsyncIKeyedServer>::begin_swap(server, item, __done);
                ::core::option::Option::None
            }
            __IKeyedRequest::__Phantom(_, never) => match never {}
        }
    }
}
/// Hidden: how a call object begins and finishes calls of [`IKeyed`]'s methods. Implemented by the call objects of `IKeyed` and of every trait derived from it.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not serve `IKeyed`: either its server does not implement `IKeyed`, or an #[async_interface] trait derived from `IKeyed` through another interface does not list `IKeyed` among its own supertraits (a macro sees only its own trait: write `trait IDerived: IMiddle + IKeyed`)"
)]
pub trait __IKeyedHost: ::async_interface::__private::Synchronize + ::async_interface::__private::CancelMethodCalls {
    /// The carrier of the associated types: the call object's dispatcher.
    type __Types: __IKeyedTypes;
    /// Begins a call of `method` with `request`.
    fn __begin(
        &self,
        method: &'static str,
        request: __IKeyedRequest<<Self as __IKeyedHost>::__Types>,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError>;
    /// Finishes the call of `method`.
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __IKeyedReply<<Self as __IKeyedHost>::__Types>,
        ::async_interface::__private::CallError,
    >;
}
#[allow(non_snake_case, deprecated)]
impl<__T: ?::core::marker::Sized + __IKeyedHost> AsyncIKeyed for __T {
    type Item = <<__T as __IKeyedHost>::__Types as __IKeyedTypes>::Item;
    type Key = <<__T as __IKeyedHost>::__Types as __IKeyedTypes>::Key;
    fn begin_put(
        &self,
        item: <<__T as __IKeyedHost>::__Types as __IKeyedTypes>::Item,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __IKeyedHost>::__begin(
            self,
            "IKeyed::put",
            __IKeyedRequest::put { item },
        )
    }
    fn finish_put(
        &self,
    ) -> ::core::result::Result<
        Result<<<__T as __IKeyedHost>::__Types as __IKeyedTypes>::Key, String>,
        ::async_interface::__private::CallError,
    > {
        match <__T as __IKeyedHost>::__finish(self, "IKeyed::put")? {
            __IKeyedReply::put { __ret: __ret } => ::core::result::Result::Ok(__ret),
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
    fn begin_get(
        &self,
        key: <<__T as __IKeyedHost>::__Types as __IKeyedTypes>::Key,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __IKeyedHost>::__begin(self, "IKeyed::get", __IKeyedRequest::get { key })
    }
    fn finish_get(
        &self,
    ) -> ::core::result::Result<
        Option<<<__T as __IKeyedHost>::__Types as __IKeyedTypes>::Item>,
        ::async_interface::__private::CallError,
    > {
        match <__T as __IKeyedHost>::__finish(self, "IKeyed::get")? {
            __IKeyedReply::get { __ret: __ret } => ::core::result::Result::Ok(__ret),
            #[allow(unreachable_patterns)]
            _ => {
                ::core::unreachable!(
                    "the runtime checked that the call finished is the call begun"
                )
            }
        }
    }
    fn begin_swap(
        &self,
        item: <<__T as __IKeyedHost>::__Types as __IKeyedTypes>::Item,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        <__T as __IKeyedHost>::__begin(
            self,
            "IKeyed::swap",
            __IKeyedRequest::swap { item },
        )
    }
    fn finish_swap(
        &self,
        item: &mut <<__T as __IKeyedHost>::__Types as __IKeyedTypes>::Item,
    ) -> ::core::result::Result<
        Vec<<<__T as __IKeyedHost>::__Types as __IKeyedTypes>::Item>,
        ::async_interface::__private::CallError,
    > {
        match <__T as __IKeyedHost>::__finish(self, "IKeyed::swap")? {
            __IKeyedReply::swap { __ret: __ret, item: __out_item } => {
                *item = __out_item;
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
pub struct __IKeyedDispatch<S: ?::core::marker::Sized, M> {
    server: ::async_interface::__private::Arc<S>,
    mode: ::core::marker::PhantomData<fn() -> (::core::marker::PhantomData<M>,)>,
}
impl<
    S: ?::core::marker::Sized + IKeyed + ::core::marker::Send + ::core::marker::Sync
        + 'static,
> ::async_interface::__private::Dispatch
for __IKeyedDispatch<S, ::async_interface::__private::Blocking> {
    type Request = __IKeyedRequest<Self>;
    type Reply = __IKeyedReply<Self>;
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
impl<S: ?::core::marker::Sized + AsyncIKeyedServer> ::async_interface::__private::Serve
for __IKeyedDispatch<S, ::async_interface::__private::Native> {
    type Request = __IKeyedRequest<Self>;
    type Reply = __IKeyedReply<Self>;
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
/// Hidden: the associated types of [`IKeyed`] that its asynchronous methods use, carried by the request and reply enums' last parameter (the call object's dispatcher).
#[doc(hidden)]
pub trait __IKeyedTypes {
    /// What is stored.
    type Item: Clone + Send + 'static;
    /// What `put` hands out.
    type Key: Send + 'static;
}
impl<
    S: ?::core::marker::Sized + IKeyed + ::core::marker::Send + ::core::marker::Sync
        + 'static,
> __IKeyedTypes for __IKeyedDispatch<S, ::async_interface::__private::Blocking> {
    type Item = <S as IKeyed>::Item;
    type Key = <S as IKeyed>::Key;
}
impl<S: ?::core::marker::Sized + AsyncIKeyedServer> __IKeyedTypes
for __IKeyedDispatch<S, ::async_interface::__private::Native> {
    type Item = <S as AsyncIKeyedServer>::Item;
    type Key = <S as AsyncIKeyedServer>::Key;
}
/// Call object for [`IKeyed`] (COM: the object `ICallFactory::CreateCall` returns): implements [`AsyncIKeyed`] by running the methods of a server on a worker, one call at a time.
///
/// Ways to create one:
///
/// - [`IKeyedCall::new`]`(Arc::new(server))`: a blocking server `S: IKeyed`; a worker of the built-in pool calls its methods through `&self`, so a server that changes state keeps it behind a lock.
/// - [`IKeyedCall::with_options`]`(server, options)`: the same, with another executor (`executor::Inline`, or tokio's blocking pool with the `tokio` feature) or a custom synchronizer (COM: aggregating your own `ISynchronize`), set in `async_interface::CallOptions`.
/// - [`IKeyedCall::native`]`(Arc::new(server))` and [`IKeyedCall::native_with_options`]: a native asynchronous server implementing [`AsyncIKeyedServer`], which receives each call's in-part with a `Completer` and completes it later from any thread (the call object's type is `IKeyedCall<N, Native>`).
/// - [`IKeyedCall::in_apartment`]`(Arc::new(Apartment::start(|| make_server())))`: a server that must stay on one thread (it is `!Send`: an `Rc`, a GUI object, a thread-bound handle) lives in an apartment, `async_interface::apartment::Apartment` (COM: a single-threaded apartment), built there by the closure; its calls run there one at a time, in the order they were begun. The apartment ends when its last handle (this call object's among them) is dropped.
///
/// Either way the client API is the same, [`AsyncIKeyed`]: `begin_m` returns at once, `finish_m` returns the result, blocking until the call completes. In between, `wait` (with a timeout), `cancel`, `state` and `method_in_flight` come from the traits in `async_interface::prelude`. After `finish_m` the call object is idle and can make the next call, of any method.
///
/// Dropping the call object while a call is pending is allowed: the server method still runs to its end and its results are dropped. A panic in the server method is reported by `finish_m` as `CallError::ServerFault`, and the call object stays usable.
///
/// Methods marked `#[async_interface(skip)]` are not part of [`AsyncIKeyed`]; call them on [`IKeyedCall::server`].
#[allow(dead_code)]
pub struct IKeyedCall<
    S: ?::core::marker::Sized,
    M = ::async_interface::__private::Blocking,
>
where
    __IKeyedDispatch<S, M>: ::async_interface::__private::Serve,
{
    call: ::async_interface::__private::Call<__IKeyedDispatch<S, M>>,
}
#[allow(dead_code)]
impl<
    S: ?::core::marker::Sized + IKeyed + ::core::marker::Send + ::core::marker::Sync
        + 'static,
> IKeyedCall<S, ::async_interface::__private::Blocking> {
    /// The server's [`IKeyed::CAPACITY`] (associated consts are not part of [`AsyncIKeyed`], which stays usable as `dyn AsyncIKeyed`).
    ///
    /// Exposed on the call object.
    pub const CAPACITY: usize = <S as IKeyed>::CAPACITY;
    /// Creates a call object over a blocking `server` (COM: `ICallFactory::CreateCall`), running its calls on the built-in pool. It is idle: the first `begin_` starts a call.
    #[must_use]
    pub fn new(server: ::async_interface::__private::Arc<S>) -> Self {
        Self::with_options(server, ::async_interface::__private::CallOptions::new())
    }
    /// Creates a call object over `server` built as `options` says: the executor its calls run on (the built-in pool by default; `executor::Inline` runs each call inside `begin_`, and with the `tokio` feature `executor::TokioBlocking` runs them on tokio's blocking pool) and its synchronizer (COM: aggregating a custom `ISynchronize`, for a completion callback or one notifier shared by many calls).
    ///
    /// ```text
    /// let options = async_interface::CallOptions::new().executor(Arc::new(async_interface::executor::Inline));
    /// let call = IKeyedCall::with_options(Arc::new(server), options);
    /// ```
    #[must_use]
    pub fn with_options(
        server: ::async_interface::__private::Arc<S>,
        options: ::async_interface::__private::CallOptions,
    ) -> Self {
        IKeyedCall {
            call: ::async_interface::__private::Call::with_options(
                __IKeyedDispatch {
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
    S: ?::core::marker::Sized + AsyncIKeyedServer,
> IKeyedCall<S, ::async_interface::__private::Native> {
    /// Creates a call object over a native asynchronous `server` (COM: a server-side call object): each `begin_m` runs [`AsyncIKeyedServer`]'s `begin_m` on a worker with the in-part and a `Completer`, and the call completes when the server completes that handle, from any thread. A completer dropped without completing ends the call with `CallError::Disconnected`.
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
        IKeyedCall {
            call: ::async_interface::__private::Call::with_options(
                __IKeyedDispatch {
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
    S: IKeyed + 'static,
> IKeyedCall<
    ::async_interface::__private::apartment::Apartment<S>,
    ::async_interface::__private::Native,
>
where
    ::async_interface::__private::apartment::Apartment<S>: AsyncIKeyedServer,
{
    /// The server's [`IKeyed::CAPACITY`] (associated consts are not part of [`AsyncIKeyed`], which stays usable as `dyn AsyncIKeyed`).
    ///
    /// Exposed on the call object.
    pub const CAPACITY: usize = <S as IKeyed>::CAPACITY;
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
impl<S: ?::core::marker::Sized, M> IKeyedCall<S, M>
where
    __IKeyedDispatch<S, M>: ::async_interface::__private::Serve,
{
    /// The server this call object calls.
    #[must_use]
    pub fn server(&self) -> &::async_interface::__private::Arc<S> {
        &self.call.dispatcher().server
    }
}
impl<S: ?::core::marker::Sized, M> ::async_interface::__private::CallObject
for IKeyedCall<S, M>
where
    __IKeyedDispatch<S, M>: ::async_interface::__private::Serve,
{
    type Dispatch = __IKeyedDispatch<S, M>;
    fn call(&self) -> &::async_interface::__private::Call<__IKeyedDispatch<S, M>> {
        &self.call
    }
}
impl<S: ?::core::marker::Sized, M> ::core::fmt::Debug for IKeyedCall<S, M>
where
    __IKeyedDispatch<S, M>: ::async_interface::__private::Serve,
{
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(IKeyedCall))
            .field("state", &self.call.state())
            .field("method", &self.call.method_in_flight())
            .finish()
    }
}
impl<S: ?::core::marker::Sized, M> __IKeyedHost for IKeyedCall<S, M>
where
    __IKeyedDispatch<S, M>: __IKeyedTypes,
    __IKeyedDispatch<
        S,
        M,
    >: ::async_interface::__private::Serve<
        Request = __IKeyedRequest<__IKeyedDispatch<S, M>>,
        Reply = __IKeyedReply<__IKeyedDispatch<S, M>>,
    >,
{
    type __Types = __IKeyedDispatch<S, M>;
    fn __begin(
        &self,
        method: &'static str,
        request: __IKeyedRequest<__IKeyedDispatch<S, M>>,
    ) -> ::core::result::Result<(), ::async_interface::__private::CallError> {
        self.call.begin(method, request)
    }
    fn __finish(
        &self,
        method: &'static str,
    ) -> ::core::result::Result<
        __IKeyedReply<__IKeyedDispatch<S, M>>,
        ::async_interface::__private::CallError,
    > {
        self.call.finish(method)
    }
}
#[allow(deprecated, non_snake_case)]
impl<S: IKeyed + 'static> AsyncIKeyedServer
for ::async_interface::__private::apartment::Apartment<S> {
    type Item = <S as IKeyed>::Item;
    type Key = <S as IKeyed>::Key;
    fn begin_put(
        &self,
        item: <S as IKeyed>::Item,
        __done: ::async_interface::__private::Completer<
            Result<<S as IKeyed>::Key, String>,
        >,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as IKeyed>::put(__server, item);
                    __ret
                });
        });
    }
    fn begin_get(
        &self,
        key: <S as IKeyed>::Key,
        __done: ::async_interface::__private::Completer<Option<<S as IKeyed>::Item>>,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let __ret = <S as IKeyed>::get(__server, &key);
                    __ret
                });
        });
    }
    fn begin_swap(
        &self,
        item: <S as IKeyed>::Item,
        __done: ::async_interface::__private::Completer<
            (Vec<<S as IKeyed>::Item>, <S as IKeyed>::Item),
        >,
    ) {
        self.post(move |__server: &S| {
            __done
                .complete_with(move || {
                    let mut item = item;
                    let __ret = <S as IKeyed>::swap(__server, &mut item);
                    (__ret, item)
                });
        });
    }
}
