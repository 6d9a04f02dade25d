// Expansion of #[async_interface] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

pub(crate) trait ICounter {
    /// Adds `n`; returns the total.
    fn add(&mut self, n: u64) -> u64;
    /// The total.
    fn total(&self) -> u64;
}
/// Asynchronous form of [`ICounter`] (COM: `AsyncICounter`): for each method `m`, `begin_m` starts a call and returns at once, and `finish_m` returns its result.
///
/// [`ICounterCall`] implements it; what a call object does and the ways to make one are on [`InterfaceCall`](async_interface::InterfaceCall).
#[allow(dead_code)]
pub(crate) trait AsyncICounter: ::async_interface::Synchronize + ::async_interface::CancelMethodCalls + ::async_interface::AwaitCompletion {
    /// Begins a call of [`ICounter::add`]; [`finish_add`](Self::finish_add) returns its result.
    /// Adds `n`; returns the total.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_add(
        &self,
        n: u64,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_add`](Self::begin_add), blocking until it completes; returns what [`ICounter::add`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_add(&self) -> ::core::result::Result<u64, ::async_interface::CallError>;
    /// Begins a call of [`ICounter::total`]; [`finish_total`](Self::finish_total) returns its result.
    /// The total.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_total(&self) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_total`](Self::begin_total), blocking until it completes; returns what [`ICounter::total`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_total(&self) -> ::core::result::Result<u64, ::async_interface::CallError>;
}
/// Server-side asynchronous form of [`ICounter`] (COM: a server-side call object), for a server that is asynchronous by nature: serve it with [`ICounterCall::native`]; clients see no difference.
///
/// Each `begin_m` gets the in-part of a call and a [`Completer`](async_interface::Completer); it should return soon, and the call completes when the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.
pub(crate) trait AsyncICounterServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`ICounter::add`]: complete `done` with what it returns, now or later.
    fn begin_add(&self, n: u64, done: ::async_interface::Completer<u64>);
    /// Serves a call of [`ICounter::total`]: complete `done` with what it returns, now or later.
    fn begin_total(&self, done: ::async_interface::Completer<u64>);
}
/// The call object of [`ICounter`], over a server `S` served as the mode `M` says: [`new`](async_interface::InterfaceCall::new)`(Arc::new(server))` over a blocking server, [`native`](async_interface::InterfaceCall::native) over a native one, [`in_apartment`](async_interface::InterfaceCall::in_apartment) over an apartment; see [`InterfaceCall`](async_interface::InterfaceCall).
pub(crate) type ICounterCall<S, M = ::async_interface::Blocking> = ::async_interface::InterfaceCall<
    ::async_interface::__private::ProtocolOf<dyn AsyncICounter>,
    S,
    M,
>;
/// Each call as a Rust value, for every [`AsyncICounter`] (`dyn` too): `m(..)` begins a call and returns its [`PendingCall`](async_interface::PendingCall), whose `.await` or `finish()` is the way to the result, once; dropped unfinished, it cancels the call.
pub(crate) trait AsyncICounterExt: AsyncICounter {
    /// Calls [`ICounter::add`]: begins it and returns the pending call, a future of its result (see [`AsyncICounterExt`]).
    fn add(&self, n: u64) -> ::async_interface::PendingCall<'_, Self, u64> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_add(self, n),
            Self::finish_add,
        )
    }
    /// Calls [`ICounter::total`]: begins it and returns the pending call, a future of its result (see [`AsyncICounterExt`]).
    fn total(&self) -> ::async_interface::PendingCall<'_, Self, u64> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_total(self),
            Self::finish_total,
        )
    }
}
impl<T: ?::core::marker::Sized + AsyncICounter> AsyncICounterExt for T {}
const _: () = {
    use ::async_interface::__private as __ai;
    #[allow(dead_code)]
    pub struct ICounterProtocol;
    #[doc(hidden)]
    impl __ai::HasProtocol for dyn AsyncICounter {
        type Protocol = ICounterProtocol;
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum ICounterRequest {
        add(u64),
        total(),
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum ICounterReply {
        add(u64),
        total(u64),
    }
    impl __ai::Protocol for ICounterProtocol {
        type Request = ICounterRequest;
        type Reply = ICounterReply;
        type Access = __ai::Exclusive;
        const INTERFACE: &'static str = "ICounter";
        fn method(request: &Self::Request) -> &'static str {
            match *request {
                ICounterRequest::add(..) => "ICounter::add",
                ICounterRequest::total(..) => "ICounter::total",
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<S: ?::core::marker::Sized + ICounter> __ai::InvokeMut<S> for ICounterProtocol {
        fn invoke_mut(server: &mut S, request: Self::Request) -> Self::Reply {
            match request {
                ICounterRequest::add(n) => ICounterReply::add(ICounter::add(server, n)),
                ICounterRequest::total() => {
                    ICounterReply::total(ICounter::total(&*server))
                }
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + AsyncICounterServer,
        Derived: ?::core::marker::Sized + __ai::Embeds<ICounterProtocol>,
    > __ai::ServeNative<S, Derived> for ICounterProtocol {
        fn serve_native(
            server: &S,
            request: Self::Request,
            responder: &__ai::Responder<'_, __ai::Dispatcher<Derived>>,
        ) {
            match request {
                ICounterRequest::add(n) => {
                    let done = responder
                        .defer(|ret| Derived::wrap(ICounterReply::add(ret)));
                    AsyncICounterServer::begin_add(server, n, done)
                }
                ICounterRequest::total() => {
                    let done = responder
                        .defer(|ret| Derived::wrap(ICounterReply::total(ret)));
                    AsyncICounterServer::begin_total(server, done)
                }
            }
        }
    }
    #[allow(non_snake_case, deprecated)]
    impl<T: ?::core::marker::Sized + __ai::Host<ICounterProtocol>> AsyncICounter for T {
        fn begin_add(&self, n: u64) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(ICounterRequest::add(n))
        }
        fn finish_add(&self) -> ::core::result::Result<u64, __ai::CallError> {
            match self.finish("ICounter::add") {
                ::core::result::Result::Ok(ICounterReply::add(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("ICounter::add", other),
            }
        }
        fn begin_total(&self) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(ICounterRequest::total())
        }
        fn finish_total(&self) -> ::core::result::Result<u64, __ai::CallError> {
            match self.finish("ICounter::total") {
                ::core::result::Result::Ok(ICounterReply::total(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("ICounter::total", other),
            }
        }
    }
};
