// Expansion of #[async_interface(remote)] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

pub trait IRemoteStore {
    /// The value under `key`.
    fn get(&self, key: &str) -> Option<Vec<u8>>;
    /// Appends every key to `keys`; returns how many.
    fn keys(&self, keys: &mut Vec<String>) -> usize;
}
/// Asynchronous form of [`IRemoteStore`] (COM: `AsyncIRemoteStore`): for each method `m`, `begin_m` starts a call and returns at once, and `finish_m` returns its result.
///
/// [`IRemoteStoreCall`] implements it; what a call object does and the ways to make one are on [`InterfaceCall`](async_interface::InterfaceCall).
#[allow(dead_code)]
pub trait AsyncIRemoteStore: ::async_interface::Synchronize + ::async_interface::CancelMethodCalls + ::async_interface::AwaitCompletion {
    /// Begins a call of [`IRemoteStore::get`]; [`finish_get`](Self::finish_get) returns its result.
    /// The value under `key`.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_get(
        &self,
        key: ::std::string::String,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_get`](Self::begin_get), blocking until it completes; returns what [`IRemoteStore::get`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_get(
        &self,
    ) -> ::core::result::Result<Option<Vec<u8>>, ::async_interface::CallError>;
    /// Begins a call of [`IRemoteStore::keys`]; [`finish_keys`](Self::finish_keys) returns its result.
    /// Appends every key to `keys`; returns how many.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_keys(
        &self,
        keys: Vec<String>,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_keys`](Self::begin_keys), blocking until it completes; returns what [`IRemoteStore::keys`] returned (and the values it left in `keys`).
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_keys(
        &self,
        keys: &mut Vec<String>,
    ) -> ::core::result::Result<usize, ::async_interface::CallError>;
}
/// Server-side asynchronous form of [`IRemoteStore`] (COM: a server-side call object), for a server that is asynchronous by nature: serve it with [`IRemoteStoreCall::native`]; clients see no difference.
///
/// Each `begin_m` gets the in-part of a call and a [`Completer`](async_interface::Completer); it should return soon, and the call completes when the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.
pub trait AsyncIRemoteStoreServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`IRemoteStore::get`]: complete `done` with what it returns, now or later.
    fn begin_get(
        &self,
        key: ::std::string::String,
        done: ::async_interface::Completer<Option<Vec<u8>>>,
    );
    /// Serves a call of [`IRemoteStore::keys`]: complete `done` with a tuple of what it returns and the values it leaves in the `&mut` arguments, now or later.
    fn begin_keys(
        &self,
        keys: Vec<String>,
        done: ::async_interface::Completer<(usize, Vec<String>)>,
    );
}
/// The call object of [`IRemoteStore`], over a server `S` served as the mode `M` says: [`new`](async_interface::InterfaceCall::new)`(Arc::new(server))` over a blocking server, [`native`](async_interface::InterfaceCall::native) over a native one, [`in_apartment`](async_interface::InterfaceCall::in_apartment) over an apartment; see [`InterfaceCall`](async_interface::InterfaceCall).
pub type IRemoteStoreCall<S, M = ::async_interface::Blocking> = ::async_interface::InterfaceCall<
    ::async_interface::__private::ProtocolOf<dyn AsyncIRemoteStore>,
    S,
    M,
>;
/// Each call as a Rust value, for every [`AsyncIRemoteStore`] (`dyn` too): `m(..)` begins a call and returns its [`PendingCall`](async_interface::PendingCall), whose `.await` or `finish()` is the way to the result, once; dropped unfinished, it cancels the call.
/// Not here, for their `&mut` parameters: `keys` (use `begin_`/`finish_`).
pub trait AsyncIRemoteStoreExt: AsyncIRemoteStore {
    /// Calls [`IRemoteStore::get`]: begins it and returns the pending call, a future of its result (see [`AsyncIRemoteStoreExt`]).
    fn get(
        &self,
        key: ::std::string::String,
    ) -> ::async_interface::PendingCall<'_, Self, Option<Vec<u8>>> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_get(self, key),
            Self::finish_get,
        )
    }
}
impl<T: ?::core::marker::Sized + AsyncIRemoteStore> AsyncIRemoteStoreExt for T {}
const _: () = {
    use ::async_interface::__private as __ai;
    #[allow(dead_code)]
    pub struct IRemoteStoreProtocol;
    #[doc(hidden)]
    impl __ai::HasProtocol for dyn AsyncIRemoteStore {
        type Protocol = IRemoteStoreProtocol;
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    #[derive(
        ::async_interface::__private::serde::Serialize,
        ::async_interface::__private::serde::Deserialize
    )]
    #[serde(crate = "::async_interface::__private::serde")]
    pub enum IRemoteStoreRequest {
        get(::std::string::String),
        keys(Vec<String>),
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    #[derive(
        ::async_interface::__private::serde::Serialize,
        ::async_interface::__private::serde::Deserialize
    )]
    #[serde(crate = "::async_interface::__private::serde")]
    pub enum IRemoteStoreReply {
        get(Option<Vec<u8>>),
        keys(usize, Vec<String>),
    }
    impl __ai::Protocol for IRemoteStoreProtocol {
        type Request = IRemoteStoreRequest;
        type Reply = IRemoteStoreReply;
        type Access = __ai::Shared;
        const INTERFACE: &'static str = "IRemoteStore";
        fn method(request: &Self::Request) -> &'static str {
            match *request {
                IRemoteStoreRequest::get(..) => "IRemoteStore::get",
                IRemoteStoreRequest::keys(..) => "IRemoteStore::keys",
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<S: ?::core::marker::Sized + IRemoteStore> __ai::Invoke<S>
    for IRemoteStoreProtocol {
        fn invoke(server: &S, request: Self::Request) -> Self::Reply {
            match request {
                IRemoteStoreRequest::get(key) => {
                    IRemoteStoreReply::get(IRemoteStore::get(server, &key))
                }
                IRemoteStoreRequest::keys(mut keys) => {
                    let ret = IRemoteStore::keys(server, &mut keys);
                    IRemoteStoreReply::keys(ret, keys)
                }
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + AsyncIRemoteStoreServer,
        Derived: ?::core::marker::Sized + __ai::Embeds<IRemoteStoreProtocol>,
    > __ai::ServeNative<S, Derived> for IRemoteStoreProtocol {
        fn serve_native(
            server: &S,
            request: Self::Request,
            responder: &__ai::Responder<'_, __ai::Dispatcher<Derived>>,
        ) {
            match request {
                IRemoteStoreRequest::get(key) => {
                    let done = responder
                        .defer(|ret| Derived::wrap(IRemoteStoreReply::get(ret)));
                    AsyncIRemoteStoreServer::begin_get(server, key, done)
                }
                IRemoteStoreRequest::keys(keys) => {
                    let done = responder
                        .defer(|(ret, keys)| Derived::wrap(
                            IRemoteStoreReply::keys(ret, keys),
                        ));
                    AsyncIRemoteStoreServer::begin_keys(server, keys, done)
                }
            }
        }
    }
    #[allow(non_snake_case, deprecated)]
    impl<T: ?::core::marker::Sized + __ai::Host<IRemoteStoreProtocol>> AsyncIRemoteStore
    for T {
        fn begin_get(
            &self,
            key: ::std::string::String,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IRemoteStoreRequest::get(key))
        }
        fn finish_get(
            &self,
        ) -> ::core::result::Result<Option<Vec<u8>>, __ai::CallError> {
            match self.finish("IRemoteStore::get") {
                ::core::result::Result::Ok(IRemoteStoreReply::get(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IRemoteStore::get", other),
            }
        }
        fn begin_keys(
            &self,
            keys: Vec<String>,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IRemoteStoreRequest::keys(keys))
        }
        fn finish_keys(
            &self,
            keys: &mut Vec<String>,
        ) -> ::core::result::Result<usize, __ai::CallError> {
            match self.finish("IRemoteStore::keys") {
                ::core::result::Result::Ok(IRemoteStoreReply::keys(ret, out_keys)) => {
                    *keys = out_keys;
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IRemoteStore::keys", other),
            }
        }
    }
    #[allow(dead_code)]
    fn __assert_send<const __N: u8>() {
        __ai::assert_send::<::std::string::String>();
        __ai::assert_send::<Option<Vec<u8>>>();
        __ai::assert_send::<Vec<String>>();
    }
};
