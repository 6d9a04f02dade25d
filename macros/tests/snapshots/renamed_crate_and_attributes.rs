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
/// Asynchronous form of [`IAttributes`] (COM: `AsyncIAttributes`): for each method `m`, `begin_m` starts a call and returns at once, and `finish_m` returns its result.
///
/// [`IAttributesCall`] implements it; what a call object does and the ways to make one are on [`InterfaceCall`](renamed::facade::InterfaceCall).
#[allow(dead_code)]
trait AsyncIAttributes: ::renamed::facade::Synchronize + ::renamed::facade::CancelMethodCalls + ::renamed::facade::AwaitCompletion {
    /// Begins a call of [`IAttributes::old`]; [`finish_old`](Self::finish_old) returns its result.
    /// Deprecated, and so is its pair.
    /// # Errors
    /// [`CallError::CallPending`](renamed::facade::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    #[deprecated = "use `fresh`"]
    fn begin_old(&self) -> ::core::result::Result<(), ::renamed::facade::CallError>;
    /// Finishes the call begun by [`begin_old`](Self::begin_old), blocking until it completes; returns what [`IAttributes::old`] returned.
    /// # Errors
    /// A [`CallError`](renamed::facade::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    #[deprecated = "use `fresh`"]
    fn finish_old(&self) -> ::core::result::Result<u8, ::renamed::facade::CallError>;
    /// Begins a call of [`IAttributes::fresh`]; [`finish_fresh`](Self::finish_fresh) returns its result.
    /// `#[must_use]` stays on the synchronous method.
    /// # Errors
    /// [`CallError::CallPending`](renamed::facade::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_fresh(&self) -> ::core::result::Result<(), ::renamed::facade::CallError>;
    /// Finishes the call begun by [`begin_fresh`](Self::begin_fresh), blocking until it completes; returns what [`IAttributes::fresh`] returned.
    /// # Errors
    /// A [`CallError`](renamed::facade::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_fresh(
        &self,
    ) -> ::core::result::Result<
        Result<(), Box<dyn std::error::Error + Send + Sync>>,
        ::renamed::facade::CallError,
    >;
    /// Begins a call of [`IAttributes::count`]; [`finish_count`](Self::finish_count) returns its result.
    /// A provided body; the lifetime is the call's own.
    /// # Errors
    /// [`CallError::CallPending`](renamed::facade::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_count(
        &self,
        s: ::std::string::String,
    ) -> ::core::result::Result<(), ::renamed::facade::CallError>;
    /// Finishes the call begun by [`begin_count`](Self::begin_count), blocking until it completes; returns what [`IAttributes::count`] returned.
    /// # Errors
    /// A [`CallError`](renamed::facade::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_count(
        &self,
    ) -> ::core::result::Result<usize, ::renamed::facade::CallError>;
}
/// Server-side asynchronous form of [`IAttributes`] (COM: a server-side call object), for a server that is asynchronous by nature: serve it with [`IAttributesCall::native`]; clients see no difference.
///
/// Each `begin_m` gets the in-part of a call and a [`Completer`](renamed::facade::Completer); it should return soon, and the call completes when the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.
trait AsyncIAttributesServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`IAttributes::old`]: complete `done` with what it returns, now or later.
    #[deprecated = "use `fresh`"]
    fn begin_old(&self, done: ::renamed::facade::Completer<u8>);
    /// Serves a call of [`IAttributes::fresh`]: complete `done` with what it returns, now or later.
    fn begin_fresh(
        &self,
        done: ::renamed::facade::Completer<
            Result<(), Box<dyn std::error::Error + Send + Sync>>,
        >,
    );
    /// Serves a call of [`IAttributes::count`]: complete `done` with what it returns, now or later.
    fn begin_count(
        &self,
        s: ::std::string::String,
        done: ::renamed::facade::Completer<usize>,
    );
}
/// The call object of [`IAttributes`], over a server `S` served as the mode `M` says: [`new`](renamed::facade::InterfaceCall::new)`(Arc::new(server))` over a blocking server, [`native`](renamed::facade::InterfaceCall::native) over a native one, [`in_apartment`](renamed::facade::InterfaceCall::in_apartment) over an apartment; see [`InterfaceCall`](renamed::facade::InterfaceCall).
type IAttributesCall<S, M = ::renamed::facade::Blocking> = ::renamed::facade::InterfaceCall<
    ::renamed::facade::__private::ProtocolOf<dyn AsyncIAttributes>,
    S,
    M,
>;
/// Each call as a Rust value, for every [`AsyncIAttributes`] (`dyn` too): `m(..)` begins a call and returns its [`PendingCall`](renamed::facade::PendingCall), whose `.await` or `finish()` is the way to the result, once; dropped unfinished, it cancels the call.
trait AsyncIAttributesExt: AsyncIAttributes {
    /// Calls [`IAttributes::old`]: begins it and returns the pending call, a future of its result (see [`AsyncIAttributesExt`]).
    #[deprecated = "use `fresh`"]
    #[allow(deprecated)]
    fn old(&self) -> ::renamed::facade::PendingCall<'_, Self, u8> {
        ::renamed::facade::PendingCall::new(
            self,
            Self::begin_old(self),
            Self::finish_old,
        )
    }
    /// Calls [`IAttributes::fresh`]: begins it and returns the pending call, a future of its result (see [`AsyncIAttributesExt`]).
    fn fresh(
        &self,
    ) -> ::renamed::facade::PendingCall<
        '_,
        Self,
        Result<(), Box<dyn std::error::Error + Send + Sync>>,
    > {
        ::renamed::facade::PendingCall::new(
            self,
            Self::begin_fresh(self),
            Self::finish_fresh,
        )
    }
    /// Calls [`IAttributes::count`]: begins it and returns the pending call, a future of its result (see [`AsyncIAttributesExt`]).
    fn count(
        &self,
        s: ::std::string::String,
    ) -> ::renamed::facade::PendingCall<'_, Self, usize> {
        ::renamed::facade::PendingCall::new(
            self,
            Self::begin_count(self, s),
            Self::finish_count,
        )
    }
}
impl<T: ?::core::marker::Sized + AsyncIAttributes> AsyncIAttributesExt for T {}
const _: () = {
    use ::renamed::facade::__private as __ai;
    #[allow(dead_code)]
    pub struct IAttributesProtocol;
    #[doc(hidden)]
    impl __ai::HasProtocol for dyn AsyncIAttributes {
        type Protocol = IAttributesProtocol;
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IAttributesRequest {
        old(),
        fresh(),
        count(::std::string::String),
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IAttributesReply {
        old(u8),
        fresh(Result<(), Box<dyn std::error::Error + Send + Sync>>),
        count(usize),
    }
    impl __ai::Protocol for IAttributesProtocol {
        type Request = IAttributesRequest;
        type Reply = IAttributesReply;
        type Access = __ai::Shared;
        const INTERFACE: &'static str = "IAttributes";
        fn method(request: &Self::Request) -> &'static str {
            match *request {
                IAttributesRequest::old(..) => "IAttributes::old",
                IAttributesRequest::fresh(..) => "IAttributes::fresh",
                IAttributesRequest::count(..) => "IAttributes::count",
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<S: ?::core::marker::Sized + IAttributes> __ai::Invoke<S>
    for IAttributesProtocol {
        fn invoke(server: &S, request: Self::Request) -> Self::Reply {
            match request {
                IAttributesRequest::old() => {
                    IAttributesReply::old(IAttributes::old(server))
                }
                IAttributesRequest::fresh() => {
                    IAttributesReply::fresh(IAttributes::fresh(server))
                }
                IAttributesRequest::count(s) => {
                    IAttributesReply::count(IAttributes::count(server, &s))
                }
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + AsyncIAttributesServer,
        Derived: ?::core::marker::Sized + __ai::Embeds<IAttributesProtocol>,
    > __ai::ServeNative<S, Derived> for IAttributesProtocol {
        fn serve_native(
            server: &S,
            request: Self::Request,
            responder: &__ai::Responder<'_, __ai::Dispatcher<Derived>>,
        ) {
            match request {
                IAttributesRequest::old() => {
                    let done = responder
                        .defer(|ret| Derived::wrap(IAttributesReply::old(ret)));
                    AsyncIAttributesServer::begin_old(server, done)
                }
                IAttributesRequest::fresh() => {
                    let done = responder
                        .defer(|ret| Derived::wrap(IAttributesReply::fresh(ret)));
                    AsyncIAttributesServer::begin_fresh(server, done)
                }
                IAttributesRequest::count(s) => {
                    let done = responder
                        .defer(|ret| Derived::wrap(IAttributesReply::count(ret)));
                    AsyncIAttributesServer::begin_count(server, s, done)
                }
            }
        }
    }
    #[allow(non_snake_case, deprecated)]
    impl<T: ?::core::marker::Sized + __ai::Host<IAttributesProtocol>> AsyncIAttributes
    for T {
        fn begin_old(&self) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IAttributesRequest::old())
        }
        fn finish_old(&self) -> ::core::result::Result<u8, __ai::CallError> {
            match self.finish("IAttributes::old") {
                ::core::result::Result::Ok(IAttributesReply::old(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IAttributes::old", other),
            }
        }
        fn begin_fresh(&self) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IAttributesRequest::fresh())
        }
        fn finish_fresh(
            &self,
        ) -> ::core::result::Result<
            Result<(), Box<dyn std::error::Error + Send + Sync>>,
            __ai::CallError,
        > {
            match self.finish("IAttributes::fresh") {
                ::core::result::Result::Ok(IAttributesReply::fresh(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IAttributes::fresh", other),
            }
        }
        fn begin_count(
            &self,
            s: ::std::string::String,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IAttributesRequest::count(s))
        }
        fn finish_count(&self) -> ::core::result::Result<usize, __ai::CallError> {
            match self.finish("IAttributes::count") {
                ::core::result::Result::Ok(IAttributesReply::count(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IAttributes::count", other),
            }
        }
    }
    #[allow(dead_code)]
    fn __assert_send<const __N: u8>() {
        __ai::assert_send::<Result<(), Box<dyn std::error::Error + Send + Sync>>>();
        __ai::assert_send::<::std::string::String>();
    }
};
