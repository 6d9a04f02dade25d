// Expansion of #[async_interface] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

pub trait IExtractor {
    /// The value of `key`, if any.
    fn get(&self, key: &str) -> Option<&str>;
    /// The extractor's name.
    fn name(&self) -> &str;
    /// The raw bytes.
    fn bytes(&self) -> std::io::Result<&[u8]>;
    /// How many keys start with `prefix` (all without one): a borrowing
    /// by-value parameter goes to `begin_` owned.
    fn count(&self, prefix: Option<&str>) -> usize;
}
/// Asynchronous form of [`IExtractor`] (COM: `AsyncIExtractor`): for each method `m`, `begin_m` starts a call and returns at once, and `finish_m` returns its result.
///
/// [`IExtractorCall`] implements it; what a call object does and the ways to make one are on [`InterfaceCall`](async_interface::InterfaceCall).
#[allow(dead_code)]
pub trait AsyncIExtractor: ::async_interface::Synchronize + ::async_interface::CancelMethodCalls + ::async_interface::AwaitCompletion {
    /// Begins a call of [`IExtractor::get`]; [`finish_get`](Self::finish_get) returns its result.
    /// The value of `key`, if any.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_get(
        &self,
        key: ::std::string::String,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_get`](Self::begin_get), blocking until it completes; returns an owned copy (`Option<::std::string::String>`) of what [`IExtractor::get`] returned, made on the worker before the call ends: the method's borrow of the server cannot outlive the call, so this is where `finish_` differs from the synchronous return type.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_get(
        &self,
    ) -> ::core::result::Result<
        Option<::std::string::String>,
        ::async_interface::CallError,
    >;
    /// Begins a call of [`IExtractor::name`]; [`finish_name`](Self::finish_name) returns its result.
    /// The extractor's name.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_name(&self) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_name`](Self::begin_name), blocking until it completes; returns an owned copy (`::std::string::String`) of what [`IExtractor::name`] returned, made on the worker before the call ends: the method's borrow of the server cannot outlive the call, so this is where `finish_` differs from the synchronous return type.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_name(
        &self,
    ) -> ::core::result::Result<::std::string::String, ::async_interface::CallError>;
    /// Begins a call of [`IExtractor::bytes`]; [`finish_bytes`](Self::finish_bytes) returns its result.
    /// The raw bytes.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_bytes(&self) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_bytes`](Self::begin_bytes), blocking until it completes; returns an owned copy (`std::io::Result<::std::vec::Vec<u8>>`) of what [`IExtractor::bytes`] returned, made on the worker before the call ends: the method's borrow of the server cannot outlive the call, so this is where `finish_` differs from the synchronous return type.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_bytes(
        &self,
    ) -> ::core::result::Result<
        std::io::Result<::std::vec::Vec<u8>>,
        ::async_interface::CallError,
    >;
    /// Begins a call of [`IExtractor::count`]; [`finish_count`](Self::finish_count) returns its result.
    /// How many keys start with `prefix` (all without one): a borrowing
    /// by-value parameter goes to `begin_` owned.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_count(
        &self,
        prefix: Option<::std::string::String>,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_count`](Self::begin_count), blocking until it completes; returns what [`IExtractor::count`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_count(
        &self,
    ) -> ::core::result::Result<usize, ::async_interface::CallError>;
}
/// Server-side asynchronous form of [`IExtractor`] (COM: a server-side call object), for a server that is asynchronous by nature: serve it with [`IExtractorCall::native`]; clients see no difference.
///
/// Each `begin_m` gets the in-part of a call and a [`Completer`](async_interface::Completer); it should return soon, and the call completes when the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.
pub trait AsyncIExtractorServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`IExtractor::get`]: complete `done` with what it returns, now or later.
    fn begin_get(
        &self,
        key: ::std::string::String,
        done: ::async_interface::Completer<Option<::std::string::String>>,
    );
    /// Serves a call of [`IExtractor::name`]: complete `done` with what it returns, now or later.
    fn begin_name(&self, done: ::async_interface::Completer<::std::string::String>);
    /// Serves a call of [`IExtractor::bytes`]: complete `done` with what it returns, now or later.
    fn begin_bytes(
        &self,
        done: ::async_interface::Completer<std::io::Result<::std::vec::Vec<u8>>>,
    );
    /// Serves a call of [`IExtractor::count`]: complete `done` with what it returns, now or later.
    fn begin_count(
        &self,
        prefix: Option<::std::string::String>,
        done: ::async_interface::Completer<usize>,
    );
}
/// The call object of [`IExtractor`], over a server `S` served as the mode `M` says: [`new`](async_interface::InterfaceCall::new)`(Arc::new(server))` over a blocking server, [`native`](async_interface::InterfaceCall::native) over a native one, [`in_apartment`](async_interface::InterfaceCall::in_apartment) over an apartment; see [`InterfaceCall`](async_interface::InterfaceCall).
pub type IExtractorCall<S, M = ::async_interface::Blocking> = ::async_interface::InterfaceCall<
    ::async_interface::__private::ProtocolOf<dyn AsyncIExtractor>,
    S,
    M,
>;
/// Each call as a Rust value, for every [`AsyncIExtractor`] (`dyn` too): `m(..)` begins a call and returns its [`PendingCall`](async_interface::PendingCall), whose `.await` or `finish()` is the way to the result, once; dropped unfinished, it cancels the call.
pub trait AsyncIExtractorExt: AsyncIExtractor {
    /// Calls [`IExtractor::get`]: begins it and returns the pending call, a future of its result (see [`AsyncIExtractorExt`]).
    fn get(
        &self,
        key: ::std::string::String,
    ) -> ::async_interface::PendingCall<'_, Self, Option<::std::string::String>> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_get(self, key),
            Self::finish_get,
        )
    }
    /// Calls [`IExtractor::name`]: begins it and returns the pending call, a future of its result (see [`AsyncIExtractorExt`]).
    fn name(&self) -> ::async_interface::PendingCall<'_, Self, ::std::string::String> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_name(self),
            Self::finish_name,
        )
    }
    /// Calls [`IExtractor::bytes`]: begins it and returns the pending call, a future of its result (see [`AsyncIExtractorExt`]).
    fn bytes(
        &self,
    ) -> ::async_interface::PendingCall<'_, Self, std::io::Result<::std::vec::Vec<u8>>> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_bytes(self),
            Self::finish_bytes,
        )
    }
    /// Calls [`IExtractor::count`]: begins it and returns the pending call, a future of its result (see [`AsyncIExtractorExt`]).
    fn count(
        &self,
        prefix: Option<::std::string::String>,
    ) -> ::async_interface::PendingCall<'_, Self, usize> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_count(self, prefix),
            Self::finish_count,
        )
    }
}
impl<T: ?::core::marker::Sized + AsyncIExtractor> AsyncIExtractorExt for T {}
const _: () = {
    use ::async_interface::__private as __ai;
    #[allow(dead_code)]
    pub struct IExtractorProtocol;
    #[doc(hidden)]
    impl __ai::HasProtocol for dyn AsyncIExtractor {
        type Protocol = IExtractorProtocol;
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IExtractorRequest {
        get(::std::string::String),
        name(),
        bytes(),
        count(Option<::std::string::String>),
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IExtractorReply {
        get(Option<::std::string::String>),
        name(::std::string::String),
        bytes(std::io::Result<::std::vec::Vec<u8>>),
        count(usize),
    }
    impl __ai::Protocol for IExtractorProtocol {
        type Request = IExtractorRequest;
        type Reply = IExtractorReply;
        type Access = __ai::Shared;
        const INTERFACE: &'static str = "IExtractor";
        fn method(request: &Self::Request) -> &'static str {
            match *request {
                IExtractorRequest::get(..) => "IExtractor::get",
                IExtractorRequest::name(..) => "IExtractor::name",
                IExtractorRequest::bytes(..) => "IExtractor::bytes",
                IExtractorRequest::count(..) => "IExtractor::count",
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<S: ?::core::marker::Sized + IExtractor> __ai::Invoke<S> for IExtractorProtocol {
        fn invoke(server: &S, request: Self::Request) -> Self::Reply {
            match request {
                IExtractorRequest::get(key) => {
                    IExtractorReply::get(
                        ::core::option::Option::map(
                            IExtractor::get(server, &key),
                            ::std::borrow::ToOwned::to_owned,
                        ),
                    )
                }
                IExtractorRequest::name() => {
                    IExtractorReply::name(
                        ::std::borrow::ToOwned::to_owned(IExtractor::name(server)),
                    )
                }
                IExtractorRequest::bytes() => {
                    IExtractorReply::bytes(
                        ::core::result::Result::map(
                            IExtractor::bytes(server),
                            ::std::borrow::ToOwned::to_owned,
                        ),
                    )
                }
                IExtractorRequest::count(prefix) => {
                    IExtractorReply::count(
                        IExtractor::count(
                            server,
                            ::core::option::Option::as_deref(&prefix),
                        ),
                    )
                }
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + AsyncIExtractorServer,
        Derived: ?::core::marker::Sized + __ai::Embeds<IExtractorProtocol>,
    > __ai::ServeNative<S, Derived> for IExtractorProtocol {
        fn serve_native(
            server: &S,
            request: Self::Request,
            responder: &__ai::Responder<'_, __ai::Dispatcher<Derived>>,
        ) {
            match request {
                IExtractorRequest::get(key) => {
                    let done = responder
                        .defer(|ret| Derived::wrap(IExtractorReply::get(ret)));
                    AsyncIExtractorServer::begin_get(server, key, done)
                }
                IExtractorRequest::name() => {
                    let done = responder
                        .defer(|ret| Derived::wrap(IExtractorReply::name(ret)));
                    AsyncIExtractorServer::begin_name(server, done)
                }
                IExtractorRequest::bytes() => {
                    let done = responder
                        .defer(|ret| Derived::wrap(IExtractorReply::bytes(ret)));
                    AsyncIExtractorServer::begin_bytes(server, done)
                }
                IExtractorRequest::count(prefix) => {
                    let done = responder
                        .defer(|ret| Derived::wrap(IExtractorReply::count(ret)));
                    AsyncIExtractorServer::begin_count(server, prefix, done)
                }
            }
        }
    }
    #[allow(non_snake_case, deprecated)]
    impl<T: ?::core::marker::Sized + __ai::Host<IExtractorProtocol>> AsyncIExtractor
    for T {
        fn begin_get(
            &self,
            key: ::std::string::String,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IExtractorRequest::get(key))
        }
        fn finish_get(
            &self,
        ) -> ::core::result::Result<Option<::std::string::String>, __ai::CallError> {
            match self.finish("IExtractor::get") {
                ::core::result::Result::Ok(IExtractorReply::get(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IExtractor::get", other),
            }
        }
        fn begin_name(&self) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IExtractorRequest::name())
        }
        fn finish_name(
            &self,
        ) -> ::core::result::Result<::std::string::String, __ai::CallError> {
            match self.finish("IExtractor::name") {
                ::core::result::Result::Ok(IExtractorReply::name(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IExtractor::name", other),
            }
        }
        fn begin_bytes(&self) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IExtractorRequest::bytes())
        }
        fn finish_bytes(
            &self,
        ) -> ::core::result::Result<
            std::io::Result<::std::vec::Vec<u8>>,
            __ai::CallError,
        > {
            match self.finish("IExtractor::bytes") {
                ::core::result::Result::Ok(IExtractorReply::bytes(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IExtractor::bytes", other),
            }
        }
        fn begin_count(
            &self,
            prefix: Option<::std::string::String>,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IExtractorRequest::count(prefix))
        }
        fn finish_count(&self) -> ::core::result::Result<usize, __ai::CallError> {
            match self.finish("IExtractor::count") {
                ::core::result::Result::Ok(IExtractorReply::count(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IExtractor::count", other),
            }
        }
    }
    #[allow(dead_code)]
    fn __assert_send<const __N: u8>() {
        __ai::assert_send::<::std::string::String>();
        __ai::assert_send::<Option<::std::string::String>>();
        __ai::assert_send::<std::io::Result<::std::vec::Vec<u8>>>();
    }
};
