// Expansion of #[async_interface] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

/// Derives from two interfaces (the second an ancestor of the first, listed
/// because a macro sees only its own trait) and passes over a marker trait.
pub trait IStream: ISequentialStream + base::IUnknownLike + Send {
    /// Moves the seek pointer.
    fn seek(&self, to: u64) -> u64;
}
/// Asynchronous form of [`IStream`] (COM: `AsyncIStream`): for each method `m`, `begin_m` starts a call and returns at once, and `finish_m` returns its result.
///
/// [`IStreamCall`] implements it; what a call object does and the ways to make one are on [`InterfaceCall`](async_interface::InterfaceCall).
/// It derives from `AsyncISequentialStream`, `AsyncIUnknownLike`, as MIDL derives `AsyncIDerived` from `AsyncIBase`: one call object serves all their methods, one call at a time.
#[allow(dead_code)]
pub trait AsyncIStream: AsyncISequentialStream + base::AsyncIUnknownLike + ::async_interface::Synchronize + ::async_interface::CancelMethodCalls + ::async_interface::AwaitCompletion {
    /// Begins a call of [`IStream::seek`]; [`finish_seek`](Self::finish_seek) returns its result.
    /// Moves the seek pointer.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_seek(
        &self,
        to: u64,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_seek`](Self::begin_seek), blocking until it completes; returns what [`IStream::seek`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_seek(&self) -> ::core::result::Result<u64, ::async_interface::CallError>;
}
/// Server-side asynchronous form of [`IStream`] (COM: a server-side call object), for a server that is asynchronous by nature: serve it with [`IStreamCall::native`]; clients see no difference.
///
/// Each `begin_m` gets the in-part of a call and a [`Completer`](async_interface::Completer); it should return soon, and the call completes when the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.
pub trait AsyncIStreamServer: AsyncISequentialStreamServer + base::AsyncIUnknownLikeServer + ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`IStream::seek`]: complete `done` with what it returns, now or later.
    fn begin_seek(&self, to: u64, done: ::async_interface::Completer<u64>);
}
/// The call object of [`IStream`], over a server `S` served as the mode `M` says: [`new`](async_interface::InterfaceCall::new)`(Arc::new(server))` over a blocking server, [`native`](async_interface::InterfaceCall::native) over a native one, [`in_apartment`](async_interface::InterfaceCall::in_apartment) over an apartment; see [`InterfaceCall`](async_interface::InterfaceCall).
pub type IStreamCall<S, M = ::async_interface::Blocking> = ::async_interface::InterfaceCall<
    ::async_interface::__private::ProtocolOf<dyn AsyncIStream>,
    S,
    M,
>;
/// Each call as a Rust value, for every [`AsyncIStream`] (`dyn` too): `m(..)` begins a call and returns its [`PendingCall`](async_interface::PendingCall), whose `.await` or `finish()` is the way to the result, once; dropped unfinished, it cancels the call.
pub trait AsyncIStreamExt: AsyncIStream {
    /// Calls [`IStream::seek`]: begins it and returns the pending call, a future of its result (see [`AsyncIStreamExt`]).
    fn seek(&self, to: u64) -> ::async_interface::PendingCall<'_, Self, u64> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_seek(self, to),
            Self::finish_seek,
        )
    }
}
impl<T: ?::core::marker::Sized + AsyncIStream> AsyncIStreamExt for T {}
const _: () = {
    use ::async_interface::__private as __ai;
    #[allow(dead_code)]
    pub struct IStreamProtocol;
    #[doc(hidden)]
    impl __ai::HasProtocol for dyn AsyncIStream {
        type Protocol = IStreamProtocol;
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IStreamRequest {
        seek(u64),
        __ISequentialStream(
            <__ai::ProtocolOf<dyn AsyncISequentialStream> as __ai::Protocol>::Request,
        ),
        __IUnknownLike(
            <__ai::ProtocolOf<dyn base::AsyncIUnknownLike> as __ai::Protocol>::Request,
        ),
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IStreamReply {
        seek(u64),
        __ISequentialStream(
            <__ai::ProtocolOf<dyn AsyncISequentialStream> as __ai::Protocol>::Reply,
        ),
        __IUnknownLike(
            <__ai::ProtocolOf<dyn base::AsyncIUnknownLike> as __ai::Protocol>::Reply,
        ),
    }
    impl __ai::Protocol for IStreamProtocol {
        type Request = IStreamRequest;
        type Reply = IStreamReply;
        type Access = __ai::Shared;
        const INTERFACE: &'static str = "IStream";
        fn method(request: &Self::Request) -> &'static str {
            match *request {
                IStreamRequest::seek(..) => "IStream::seek",
                IStreamRequest::__ISequentialStream(ref request) => {
                    <__ai::ProtocolOf<
                        dyn AsyncISequentialStream,
                    > as __ai::Protocol>::method(request)
                }
                IStreamRequest::__IUnknownLike(ref request) => {
                    <__ai::ProtocolOf<
                        dyn base::AsyncIUnknownLike,
                    > as __ai::Protocol>::method(request)
                }
            }
        }
    }
    impl __ai::Embeds<__ai::ProtocolOf<dyn AsyncISequentialStream>> for IStreamProtocol {
        fn embed(
            request: <__ai::ProtocolOf<
                dyn AsyncISequentialStream,
            > as __ai::Protocol>::Request,
        ) -> Self::Request {
            IStreamRequest::__ISequentialStream(request)
        }
        fn wrap(
            reply: <__ai::ProtocolOf<
                dyn AsyncISequentialStream,
            > as __ai::Protocol>::Reply,
        ) -> Self::Reply {
            IStreamReply::__ISequentialStream(reply)
        }
        #[allow(unreachable_patterns)]
        fn extract(
            reply: Self::Reply,
        ) -> ::core::option::Option<
            <__ai::ProtocolOf<dyn AsyncISequentialStream> as __ai::Protocol>::Reply,
        > {
            match reply {
                IStreamReply::__ISequentialStream(reply) => {
                    ::core::option::Option::Some(reply)
                }
                _ => ::core::option::Option::None,
            }
        }
    }
    impl __ai::Embeds<__ai::ProtocolOf<dyn base::AsyncIUnknownLike>>
    for IStreamProtocol {
        fn embed(
            request: <__ai::ProtocolOf<
                dyn base::AsyncIUnknownLike,
            > as __ai::Protocol>::Request,
        ) -> Self::Request {
            IStreamRequest::__IUnknownLike(request)
        }
        fn wrap(
            reply: <__ai::ProtocolOf<
                dyn base::AsyncIUnknownLike,
            > as __ai::Protocol>::Reply,
        ) -> Self::Reply {
            IStreamReply::__IUnknownLike(reply)
        }
        #[allow(unreachable_patterns)]
        fn extract(
            reply: Self::Reply,
        ) -> ::core::option::Option<
            <__ai::ProtocolOf<dyn base::AsyncIUnknownLike> as __ai::Protocol>::Reply,
        > {
            match reply {
                IStreamReply::__IUnknownLike(reply) => {
                    ::core::option::Option::Some(reply)
                }
                _ => ::core::option::Option::None,
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<S: ?::core::marker::Sized + IStream> __ai::Invoke<S> for IStreamProtocol {
        fn invoke(server: &S, request: Self::Request) -> Self::Reply {
            match request {
                IStreamRequest::seek(to) => IStreamReply::seek(IStream::seek(server, to)),
                IStreamRequest::__ISequentialStream(request) => {
                    IStreamReply::__ISequentialStream(
                        <__ai::ProtocolOf<
                            dyn AsyncISequentialStream,
                        > as __ai::Invoke<S>>::invoke(server, request),
                    )
                }
                IStreamRequest::__IUnknownLike(request) => {
                    IStreamReply::__IUnknownLike(
                        <__ai::ProtocolOf<
                            dyn base::AsyncIUnknownLike,
                        > as __ai::Invoke<S>>::invoke(server, request),
                    )
                }
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + AsyncIStreamServer,
        Derived: ?::core::marker::Sized + __ai::Embeds<IStreamProtocol>
            + __ai::Embeds<__ai::ProtocolOf<dyn AsyncISequentialStream>>
            + __ai::Embeds<__ai::ProtocolOf<dyn base::AsyncIUnknownLike>>,
    > __ai::ServeNative<S, Derived> for IStreamProtocol {
        fn serve_native(
            server: &S,
            request: Self::Request,
            responder: &__ai::Responder<'_, __ai::Dispatcher<Derived>>,
        ) {
            match request {
                IStreamRequest::seek(to) => {
                    let done = responder
                        .defer(|ret| <Derived as __ai::Embeds<
                            Self,
                        >>::wrap(IStreamReply::seek(ret)));
                    AsyncIStreamServer::begin_seek(server, to, done)
                }
                IStreamRequest::__ISequentialStream(request) => {
                    <__ai::ProtocolOf<
                        dyn AsyncISequentialStream,
                    > as __ai::ServeNative<
                        S,
                        Derived,
                    >>::serve_native(server, request, responder)
                }
                IStreamRequest::__IUnknownLike(request) => {
                    <__ai::ProtocolOf<
                        dyn base::AsyncIUnknownLike,
                    > as __ai::ServeNative<
                        S,
                        Derived,
                    >>::serve_native(server, request, responder)
                }
            }
        }
    }
    #[allow(non_snake_case, deprecated)]
    impl<
        T: ?::core::marker::Sized + __ai::Host<IStreamProtocol> + AsyncISequentialStream
            + base::AsyncIUnknownLike,
    > AsyncIStream for T {
        fn begin_seek(&self, to: u64) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IStreamRequest::seek(to))
        }
        fn finish_seek(&self) -> ::core::result::Result<u64, __ai::CallError> {
            match self.finish("IStream::seek") {
                ::core::result::Result::Ok(IStreamReply::seek(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IStream::seek", other),
            }
        }
    }
};
