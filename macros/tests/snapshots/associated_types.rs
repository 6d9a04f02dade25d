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
/// Asynchronous form of [`IKeyed`] (COM: `AsyncIKeyed`): for each method `m`, `begin_m` starts a call and returns at once, and `finish_m` returns its result.
///
/// [`IKeyedCall`] implements it; what a call object does and the ways to make one are on [`InterfaceCall`](async_interface::InterfaceCall).
/// Its associated types are the server's (`<IKeyedCall<S> as AsyncIKeyed>::Item` is `<S as IKeyed>::Item`); name them to use it as an object: `dyn AsyncIKeyed<Item = ..>`.
#[allow(dead_code)]
pub trait AsyncIKeyed: ::async_interface::Synchronize + ::async_interface::CancelMethodCalls + ::async_interface::AwaitCompletion {
    /// What is stored.
    type Item: Clone + Send + 'static;
    /// What `put` hands out.
    type Key: Send + 'static;
    /// Begins a call of [`IKeyed::put`]; [`finish_put`](Self::finish_put) returns its result.
    /// Stores `item`; returns its key.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_put(
        &self,
        item: Self::Item,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_put`](Self::begin_put), blocking until it completes; returns what [`IKeyed::put`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_put(
        &self,
    ) -> ::core::result::Result<Result<Self::Key, String>, ::async_interface::CallError>;
    /// Begins a call of [`IKeyed::get`]; [`finish_get`](Self::finish_get) returns its result.
    /// The item under `key`.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_get(
        &self,
        key: Self::Key,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_get`](Self::begin_get), blocking until it completes; returns what [`IKeyed::get`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_get(
        &self,
    ) -> ::core::result::Result<Option<Self::Item>, ::async_interface::CallError>;
    /// Begins a call of [`IKeyed::swap`]; [`finish_swap`](Self::finish_swap) returns its result.
    /// Swaps `item` with the stored one; returns all items.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_swap(
        &self,
        item: Self::Item,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_swap`](Self::begin_swap), blocking until it completes; returns what [`IKeyed::swap`] returned (and the values it left in `item`).
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_swap(
        &self,
        item: &mut Self::Item,
    ) -> ::core::result::Result<Vec<Self::Item>, ::async_interface::CallError>;
}
/// Server-side asynchronous form of [`IKeyed`] (COM: a server-side call object), for a server that is asynchronous by nature: serve it with [`IKeyedCall::native`]; clients see no difference.
///
/// Each `begin_m` gets the in-part of a call and a [`Completer`](async_interface::Completer); it should return soon, and the call completes when the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.
pub trait AsyncIKeyedServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// What is stored.
    type Item: Clone + Send + 'static;
    /// What `put` hands out.
    type Key: Send + 'static;
    /// Serves a call of [`IKeyed::put`]: complete `done` with what it returns, now or later.
    fn begin_put(
        &self,
        item: Self::Item,
        done: ::async_interface::Completer<Result<Self::Key, String>>,
    );
    /// Serves a call of [`IKeyed::get`]: complete `done` with what it returns, now or later.
    fn begin_get(
        &self,
        key: Self::Key,
        done: ::async_interface::Completer<Option<Self::Item>>,
    );
    /// Serves a call of [`IKeyed::swap`]: complete `done` with a tuple of what it returns and the values it leaves in the `&mut` arguments, now or later.
    fn begin_swap(
        &self,
        item: Self::Item,
        done: ::async_interface::Completer<(Vec<Self::Item>, Self::Item)>,
    );
}
/// The call object of [`IKeyed`], over a server `S` served as the mode `M` says: [`new`](async_interface::InterfaceCall::new)`(Arc::new(server))` over a blocking server, [`native`](async_interface::InterfaceCall::native) over a native one, [`in_apartment`](async_interface::InterfaceCall::in_apartment) over an apartment; see [`InterfaceCall`](async_interface::InterfaceCall).
pub type IKeyedCall<S, M = ::async_interface::Blocking> = ::async_interface::InterfaceCall<
    ::async_interface::__private::ProtocolOf<
        dyn AsyncIKeyed<
            Item = <S as __IKeyedTypes<M>>::Item,
            Key = <S as __IKeyedTypes<M>>::Key,
        >,
    >,
    S,
    M,
>;
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a server of `IKeyed` that the call object's mode `{M}` can serve"
)]
pub trait __IKeyedTypes<M> {
    type Item;
    type Key;
}
impl<
    S: ?::core::marker::Sized + IKeyed,
> __IKeyedTypes<::async_interface::__private::Blocking> for S {
    type Item = <S as IKeyed>::Item;
    type Key = <S as IKeyed>::Key;
}
impl<
    S: ?::core::marker::Sized + AsyncIKeyedServer,
> __IKeyedTypes<::async_interface::__private::Native> for S {
    type Item = <S as AsyncIKeyedServer>::Item;
    type Key = <S as AsyncIKeyedServer>::Key;
}
impl<S: IKeyed + 'static> __IKeyedTypes<::async_interface::__private::InApartment>
for ::async_interface::__private::apartment::Apartment<S> {
    type Item = <S as IKeyed>::Item;
    type Key = <S as IKeyed>::Key;
}
/// Each call as a Rust value, for every [`AsyncIKeyed`] (`dyn` too): `m(..)` begins a call and returns its [`PendingCall`](async_interface::PendingCall), whose `.await` or `finish()` is the way to the result, once; dropped unfinished, it cancels the call.
/// Not here, for their `&mut` parameters: `swap` (use `begin_`/`finish_`).
pub trait AsyncIKeyedExt: AsyncIKeyed {
    /// Calls [`IKeyed::put`]: begins it and returns the pending call, a future of its result (see [`AsyncIKeyedExt`]).
    fn put(
        &self,
        item: Self::Item,
    ) -> ::async_interface::PendingCall<'_, Self, Result<Self::Key, String>> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_put(self, item),
            Self::finish_put,
        )
    }
    /// Calls [`IKeyed::get`]: begins it and returns the pending call, a future of its result (see [`AsyncIKeyedExt`]).
    fn get(
        &self,
        key: Self::Key,
    ) -> ::async_interface::PendingCall<'_, Self, Option<Self::Item>> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_get(self, key),
            Self::finish_get,
        )
    }
}
impl<T: ?::core::marker::Sized + AsyncIKeyed> AsyncIKeyedExt for T {}
const _: () = {
    use ::async_interface::__private as __ai;
    #[allow(dead_code)]
    pub struct IKeyedProtocol<__Item: Clone + Send + 'static, __Key: Send + 'static>(
        ::core::marker::PhantomData<fn() -> (__Item, __Key)>,
    );
    #[doc(hidden)]
    impl<__Item: Clone + Send + 'static, __Key: Send + 'static> __ai::HasProtocol
    for dyn AsyncIKeyed<Item = __Item, Key = __Key> {
        type Protocol = IKeyedProtocol<__Item, __Key>;
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IKeyedRequest<__Item: Clone + Send + 'static, __Key: Send + 'static> {
        put(__Item),
        get(__Key),
        swap(__Item),
        __Phantom(
            ::core::marker::PhantomData<fn() -> (__Item, __Key)>,
            ::core::convert::Infallible,
        ),
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IKeyedReply<__Item: Clone + Send + 'static, __Key: Send + 'static> {
        put(Result<__Key, String>),
        get(Option<__Item>),
        swap(Vec<__Item>, __Item),
        __Phantom(
            ::core::marker::PhantomData<fn() -> (__Item, __Key)>,
            ::core::convert::Infallible,
        ),
    }
    impl<__Item: Clone + Send + 'static, __Key: Send + 'static> __ai::Protocol
    for IKeyedProtocol<__Item, __Key> {
        type Request = IKeyedRequest<__Item, __Key>;
        type Reply = IKeyedReply<__Item, __Key>;
        type Access = __ai::Shared;
        const INTERFACE: &'static str = "IKeyed";
        fn method(request: &Self::Request) -> &'static str {
            match *request {
                IKeyedRequest::put(..) => "IKeyed::put",
                IKeyedRequest::get(..) => "IKeyed::get",
                IKeyedRequest::swap(..) => "IKeyed::swap",
                IKeyedRequest::__Phantom(_, never) => match never {}
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<S: ?::core::marker::Sized + IKeyed> __ai::Invoke<S>
    for IKeyedProtocol<<S as IKeyed>::Item, <S as IKeyed>::Key> {
        fn invoke(server: &S, request: Self::Request) -> Self::Reply {
            match request {
                IKeyedRequest::put(item) => IKeyedReply::put(IKeyed::put(server, item)),
                IKeyedRequest::get(key) => IKeyedReply::get(IKeyed::get(server, &key)),
                IKeyedRequest::swap(mut item) => {
                    let ret = IKeyed::swap(server, &mut item);
                    IKeyedReply::swap(ret, item)
                }
                IKeyedRequest::__Phantom(_, never) => match never {}
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + AsyncIKeyedServer,
        Derived: ?::core::marker::Sized
            + __ai::Embeds<
                IKeyedProtocol<
                    <S as AsyncIKeyedServer>::Item,
                    <S as AsyncIKeyedServer>::Key,
                >,
            >,
    > __ai::ServeNative<S, Derived>
    for IKeyedProtocol<<S as AsyncIKeyedServer>::Item, <S as AsyncIKeyedServer>::Key> {
        fn serve_native(
            server: &S,
            request: Self::Request,
            responder: &__ai::Responder<'_, __ai::Dispatcher<Derived>>,
        ) {
            match request {
                IKeyedRequest::put(item) => {
                    let done = responder
                        .defer(|ret| Derived::wrap(IKeyedReply::put(ret)));
                    AsyncIKeyedServer::begin_put(server, item, done)
                }
                IKeyedRequest::get(key) => {
                    let done = responder
                        .defer(|ret| Derived::wrap(IKeyedReply::get(ret)));
                    AsyncIKeyedServer::begin_get(server, key, done)
                }
                IKeyedRequest::swap(item) => {
                    let done = responder
                        .defer(|(ret, item)| Derived::wrap(
                            IKeyedReply::swap(ret, item),
                        ));
                    AsyncIKeyedServer::begin_swap(server, item, done)
                }
                IKeyedRequest::__Phantom(_, never) => match never {}
            }
        }
    }
    use __ai::Host as _;
    #[allow(non_snake_case, deprecated)]
    impl<
        S: ?::core::marker::Sized,
        M,
        __Item: Clone + Send + 'static,
        __Key: Send + 'static,
    > AsyncIKeyed for __ai::InterfaceCall<IKeyedProtocol<__Item, __Key>, S, M> {
        type Item = __Item;
        type Key = __Key;
        fn begin_put(
            &self,
            item: Self::Item,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IKeyedRequest::put(item))
        }
        fn finish_put(
            &self,
        ) -> ::core::result::Result<Result<Self::Key, String>, __ai::CallError> {
            match self.finish("IKeyed::put") {
                ::core::result::Result::Ok(IKeyedReply::put(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IKeyed::put", other),
            }
        }
        fn begin_get(
            &self,
            key: Self::Key,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IKeyedRequest::get(key))
        }
        fn finish_get(
            &self,
        ) -> ::core::result::Result<Option<Self::Item>, __ai::CallError> {
            match self.finish("IKeyed::get") {
                ::core::result::Result::Ok(IKeyedReply::get(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IKeyed::get", other),
            }
        }
        fn begin_swap(
            &self,
            item: Self::Item,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IKeyedRequest::swap(item))
        }
        fn finish_swap(
            &self,
            item: &mut Self::Item,
        ) -> ::core::result::Result<Vec<Self::Item>, __ai::CallError> {
            match self.finish("IKeyed::swap") {
                ::core::result::Result::Ok(IKeyedReply::swap(ret, out_item)) => {
                    *item = out_item;
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IKeyed::swap", other),
            }
        }
    }
    #[allow(dead_code)]
    fn __assert_send<
        __Item: Clone + Send + 'static,
        __Key: Send + 'static,
        const __N: u8,
    >() {
        __ai::assert_send::<__Item>();
        __ai::assert_send::<Result<__Key, String>>();
        __ai::assert_send::<__Key>();
        __ai::assert_send::<Option<__Item>>();
        __ai::assert_send::<__Item>();
        __ai::assert_send::<Vec<__Item>>();
    }
};
