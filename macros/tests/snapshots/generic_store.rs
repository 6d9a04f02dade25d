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
/// Asynchronous form of [`IStore`] (COM: `AsyncIStore`): for each method `m`, `begin_m` starts a call and returns at once, and `finish_m` returns its result.
///
/// [`IStoreCall`] implements it; what a call object does and the ways to make one are on [`InterfaceCall`](async_interface::InterfaceCall).
#[allow(dead_code)]
pub trait AsyncIStore<
    K: Ord,
    V,
    const N: usize,
>: ::async_interface::Synchronize + ::async_interface::CancelMethodCalls + ::async_interface::AwaitCompletion
where
    V: Clone,
{
    /// Begins a call of [`IStore::get`]; [`finish_get`](Self::finish_get) returns its result.
    /// The value under `key`.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_get(
        &self,
        key: K,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_get`](Self::begin_get), blocking until it completes; returns what [`IStore::get`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_get(
        &self,
    ) -> ::core::result::Result<Option<V>, ::async_interface::CallError>;
    /// Begins a call of [`IStore::first`]; [`finish_first`](Self::finish_first) returns its result.
    /// The first `N` values.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_first(&self) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_first`](Self::begin_first), blocking until it completes; returns what [`IStore::first`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_first(
        &self,
    ) -> ::core::result::Result<[Option<V>; N], ::async_interface::CallError>;
}
/// Server-side asynchronous form of [`IStore`] (COM: a server-side call object), for a server that is asynchronous by nature: serve it with [`IStoreCall::native`]; clients see no difference.
///
/// Each `begin_m` gets the in-part of a call and a [`Completer`](async_interface::Completer); it should return soon, and the call completes when the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.
pub trait AsyncIStoreServer<
    K: Ord,
    V,
    const N: usize,
>: ::core::marker::Send + ::core::marker::Sync + 'static
where
    V: Clone,
{
    /// Serves a call of [`IStore::get`]: complete `done` with what it returns, now or later.
    fn begin_get(&self, key: K, done: ::async_interface::Completer<Option<V>>);
    /// Serves a call of [`IStore::first`]: complete `done` with what it returns, now or later.
    fn begin_first(&self, done: ::async_interface::Completer<[Option<V>; N]>);
}
/// The call object of [`IStore`], over a server `S` served as the mode `M` says: [`new`](async_interface::InterfaceCall::new)`(Arc::new(server))` over a blocking server, [`native`](async_interface::InterfaceCall::native) over a native one, [`in_apartment`](async_interface::InterfaceCall::in_apartment) over an apartment; see [`InterfaceCall`](async_interface::InterfaceCall).
pub type IStoreCall<S, K, V, const N: usize, M = ::async_interface::Blocking> = ::async_interface::InterfaceCall<
    ::async_interface::__private::ProtocolOf<dyn AsyncIStore<K, V, N>>,
    S,
    M,
>;
/// Each call as a Rust value, for every [`AsyncIStore`] (`dyn` too): `m(..)` begins a call and returns its [`PendingCall`](async_interface::PendingCall), whose `.await` or `finish()` is the way to the result, once; dropped unfinished, it cancels the call.
pub trait AsyncIStoreExt<
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
>: AsyncIStore<K, V, N> {
    /// Calls [`IStore::get`]: begins it and returns the pending call, a future of its result (see [`AsyncIStoreExt`]).
    fn get(&self, key: K) -> ::async_interface::PendingCall<'_, Self, Option<V>> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_get(self, key),
            Self::finish_get,
        )
    }
    /// Calls [`IStore::first`]: begins it and returns the pending call, a future of its result (see [`AsyncIStoreExt`]).
    fn first(&self) -> ::async_interface::PendingCall<'_, Self, [Option<V>; N]> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_first(self),
            Self::finish_first,
        )
    }
}
impl<
    T: ?::core::marker::Sized + AsyncIStore<K, V, N>,
    K: Ord + ::core::marker::Send + 'static,
    V: Clone + ::core::marker::Send + 'static,
    const N: usize,
> AsyncIStoreExt<K, V, N> for T {}
const _: () = {
    use ::async_interface::__private as __ai;
    #[allow(dead_code)]
    pub struct IStoreProtocol<
        K: Ord + ::core::marker::Send + 'static,
        V: Clone + ::core::marker::Send + 'static,
        const N: usize,
    >(
        ::core::marker::PhantomData<fn() -> (K, V)>,
    );
    #[doc(hidden)]
    impl<
        K: Ord + ::core::marker::Send + 'static,
        V: Clone + ::core::marker::Send + 'static,
        const N: usize,
    > __ai::HasProtocol for dyn AsyncIStore<K, V, N> {
        type Protocol = IStoreProtocol<K, V, N>;
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IStoreRequest<
        K: Ord + ::core::marker::Send + 'static,
        V: Clone + ::core::marker::Send + 'static,
        const N: usize,
    > {
        get(K),
        first(),
        __Phantom(
            ::core::marker::PhantomData<fn() -> (K, V)>,
            ::core::convert::Infallible,
        ),
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IStoreReply<
        K: Ord + ::core::marker::Send + 'static,
        V: Clone + ::core::marker::Send + 'static,
        const N: usize,
    > {
        get(Option<V>),
        first([Option<V>; N]),
        __Phantom(
            ::core::marker::PhantomData<fn() -> (K, V)>,
            ::core::convert::Infallible,
        ),
    }
    impl<
        K: Ord + ::core::marker::Send + 'static,
        V: Clone + ::core::marker::Send + 'static,
        const N: usize,
    > __ai::Protocol for IStoreProtocol<K, V, N> {
        type Request = IStoreRequest<K, V, N>;
        type Reply = IStoreReply<K, V, N>;
        type Access = __ai::Shared;
        const INTERFACE: &'static str = "IStore";
        fn method(request: &Self::Request) -> &'static str {
            match *request {
                IStoreRequest::get(..) => "IStore::get",
                IStoreRequest::first(..) => "IStore::first",
                IStoreRequest::__Phantom(_, never) => match never {}
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + IStore<K, V, N>,
        K: Ord + ::core::marker::Send + 'static,
        V: Clone + ::core::marker::Send + 'static,
        const N: usize,
    > __ai::Invoke<S> for IStoreProtocol<K, V, N> {
        fn invoke(server: &S, request: Self::Request) -> Self::Reply {
            match request {
                IStoreRequest::get(key) => {
                    IStoreReply::get(IStore::<K, V, N>::get(server, &key))
                }
                IStoreRequest::first() => {
                    IStoreReply::first(IStore::<K, V, N>::first(server))
                }
                IStoreRequest::__Phantom(_, never) => match never {}
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + AsyncIStoreServer<K, V, N>,
        Derived: ?::core::marker::Sized + __ai::Embeds<IStoreProtocol<K, V, N>>,
        K: Ord + ::core::marker::Send + 'static,
        V: Clone + ::core::marker::Send + 'static,
        const N: usize,
    > __ai::ServeNative<S, Derived> for IStoreProtocol<K, V, N> {
        fn serve_native(
            server: &S,
            request: Self::Request,
            responder: &__ai::Responder<'_, __ai::Dispatcher<Derived>>,
        ) {
            match request {
                IStoreRequest::get(key) => {
                    let done = responder
                        .defer(|ret| Derived::wrap(IStoreReply::get(ret)));
                    AsyncIStoreServer::<K, V, N>::begin_get(server, key, done)
                }
                IStoreRequest::first() => {
                    let done = responder
                        .defer(|ret| Derived::wrap(IStoreReply::first(ret)));
                    AsyncIStoreServer::<K, V, N>::begin_first(server, done)
                }
                IStoreRequest::__Phantom(_, never) => match never {}
            }
        }
    }
    #[allow(non_snake_case, deprecated)]
    impl<
        T: ?::core::marker::Sized + __ai::Host<IStoreProtocol<K, V, N>>,
        K: Ord + ::core::marker::Send + 'static,
        V: Clone + ::core::marker::Send + 'static,
        const N: usize,
    > AsyncIStore<K, V, N> for T {
        fn begin_get(&self, key: K) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IStoreRequest::get(key))
        }
        fn finish_get(&self) -> ::core::result::Result<Option<V>, __ai::CallError> {
            match self.finish("IStore::get") {
                ::core::result::Result::Ok(IStoreReply::get(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IStore::get", other),
            }
        }
        fn begin_first(&self) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IStoreRequest::first())
        }
        fn finish_first(
            &self,
        ) -> ::core::result::Result<[Option<V>; N], __ai::CallError> {
            match self.finish("IStore::first") {
                ::core::result::Result::Ok(IStoreReply::first(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IStore::first", other),
            }
        }
    }
    #[allow(dead_code)]
    fn __assert_send<
        K: Ord + ::core::marker::Send + 'static,
        V: Clone + ::core::marker::Send + 'static,
        const N: usize,
        const __N: u8,
    >() {
        __ai::assert_send::<K>();
        __ai::assert_send::<Option<V>>();
        __ai::assert_send::<[Option<V>; N]>();
    }
};
