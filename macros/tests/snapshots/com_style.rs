// Expansion of #[async_interface(name = AsyncSequentialStream)] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

pub trait ISequentialStream {
    /// Reads `cb` bytes into `pv`; returns the count read.
    fn Read(&self, pv: &mut Vec<u8>, cb: u32) -> Result<u32, i32>;
    /// Writes `pv`; returns the count written.
    fn Write(&self, pv: &[u8]) -> Result<u32, i32>;
}
/// Asynchronous form of [`ISequentialStream`] (COM: `AsyncSequentialStream`): for each method `m`, `begin_m` starts a call and returns at once, and `finish_m` returns its result.
///
/// [`ISequentialStreamCall`] implements it; what a call object does and the ways to make one are on [`InterfaceCall`](async_interface::InterfaceCall).
#[allow(dead_code)]
pub trait AsyncSequentialStream: ::async_interface::Synchronize + ::async_interface::CancelMethodCalls + ::async_interface::AwaitCompletion {
    /// Begins a call of [`ISequentialStream::Read`]; [`Finish_Read`](Self::Finish_Read) returns its result.
    /// Reads `cb` bytes into `pv`; returns the count read.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    #[allow(non_snake_case)]
    fn Begin_Read(
        &self,
        pv: Vec<u8>,
        cb: u32,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`Begin_Read`](Self::Begin_Read), blocking until it completes; returns what [`ISequentialStream::Read`] returned (and the values it left in `pv`).
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    #[allow(non_snake_case)]
    fn Finish_Read(
        &self,
        pv: &mut Vec<u8>,
    ) -> ::core::result::Result<Result<u32, i32>, ::async_interface::CallError>;
    /// Begins a call of [`ISequentialStream::Write`]; [`Finish_Write`](Self::Finish_Write) returns its result.
    /// Writes `pv`; returns the count written.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    #[allow(non_snake_case)]
    fn Begin_Write(
        &self,
        pv: ::std::vec::Vec<u8>,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`Begin_Write`](Self::Begin_Write), blocking until it completes; returns what [`ISequentialStream::Write`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    #[allow(non_snake_case)]
    fn Finish_Write(
        &self,
    ) -> ::core::result::Result<Result<u32, i32>, ::async_interface::CallError>;
}
/// Server-side asynchronous form of [`ISequentialStream`] (COM: a server-side call object), for a server that is asynchronous by nature: serve it with [`ISequentialStreamCall::native`]; clients see no difference.
///
/// Each `begin_m` gets the in-part of a call and a [`Completer`](async_interface::Completer); it should return soon, and the call completes when the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.
pub trait AsyncSequentialStreamServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`ISequentialStream::Read`]: complete `done` with a tuple of what it returns and the values it leaves in the `&mut` arguments, now or later.
    #[allow(non_snake_case)]
    fn Begin_Read(
        &self,
        pv: Vec<u8>,
        cb: u32,
        done: ::async_interface::Completer<(Result<u32, i32>, Vec<u8>)>,
    );
    /// Serves a call of [`ISequentialStream::Write`]: complete `done` with what it returns, now or later.
    #[allow(non_snake_case)]
    fn Begin_Write(
        &self,
        pv: ::std::vec::Vec<u8>,
        done: ::async_interface::Completer<Result<u32, i32>>,
    );
}
/// The call object of [`ISequentialStream`], over a server `S` served as the mode `M` says: [`new`](async_interface::InterfaceCall::new)`(Arc::new(server))` over a blocking server, [`native`](async_interface::InterfaceCall::native) over a native one, [`in_apartment`](async_interface::InterfaceCall::in_apartment) over an apartment; see [`InterfaceCall`](async_interface::InterfaceCall).
pub type ISequentialStreamCall<S, M = ::async_interface::Blocking> = ::async_interface::InterfaceCall<
    ::async_interface::__private::ProtocolOf<dyn AsyncSequentialStream>,
    S,
    M,
>;
/// Each call as a Rust value, for every [`AsyncSequentialStream`] (`dyn` too): `m(..)` begins a call and returns its [`PendingCall`](async_interface::PendingCall), whose `.await` or `finish()` is the way to the result, once; dropped unfinished, it cancels the call.
/// Not here, for their `&mut` parameters: `Read` (use `begin_`/`finish_`).
pub trait AsyncSequentialStreamExt: AsyncSequentialStream {
    /// Calls [`ISequentialStream::Write`]: begins it and returns the pending call, a future of its result (see [`AsyncSequentialStreamExt`]).
    #[allow(non_snake_case)]
    fn Write(
        &self,
        pv: ::std::vec::Vec<u8>,
    ) -> ::async_interface::PendingCall<'_, Self, Result<u32, i32>> {
        ::async_interface::PendingCall::new(
            self,
            Self::Begin_Write(self, pv),
            Self::Finish_Write,
        )
    }
}
impl<T: ?::core::marker::Sized + AsyncSequentialStream> AsyncSequentialStreamExt for T {}
const _: () = {
    use ::async_interface::__private as __ai;
    #[allow(dead_code)]
    pub struct ISequentialStreamProtocol;
    #[doc(hidden)]
    impl __ai::HasProtocol for dyn AsyncSequentialStream {
        type Protocol = ISequentialStreamProtocol;
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum ISequentialStreamRequest {
        Read(Vec<u8>, u32),
        Write(::std::vec::Vec<u8>),
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum ISequentialStreamReply {
        Read(Result<u32, i32>, Vec<u8>),
        Write(Result<u32, i32>),
    }
    impl __ai::Protocol for ISequentialStreamProtocol {
        type Request = ISequentialStreamRequest;
        type Reply = ISequentialStreamReply;
        type Access = __ai::Shared;
        const INTERFACE: &'static str = "ISequentialStream";
        fn method(request: &Self::Request) -> &'static str {
            match *request {
                ISequentialStreamRequest::Read(..) => "ISequentialStream::Read",
                ISequentialStreamRequest::Write(..) => "ISequentialStream::Write",
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<S: ?::core::marker::Sized + ISequentialStream> __ai::Invoke<S>
    for ISequentialStreamProtocol {
        fn invoke(server: &S, request: Self::Request) -> Self::Reply {
            match request {
                ISequentialStreamRequest::Read(mut pv, cb) => {
                    let ret = ISequentialStream::Read(server, &mut pv, cb);
                    ISequentialStreamReply::Read(ret, pv)
                }
                ISequentialStreamRequest::Write(pv) => {
                    ISequentialStreamReply::Write(ISequentialStream::Write(server, &pv))
                }
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + AsyncSequentialStreamServer,
        Derived: ?::core::marker::Sized + __ai::Embeds<ISequentialStreamProtocol>,
    > __ai::ServeNative<S, Derived> for ISequentialStreamProtocol {
        fn serve_native(
            server: &S,
            request: Self::Request,
            responder: &__ai::Responder<'_, __ai::Dispatcher<Derived>>,
        ) {
            match request {
                ISequentialStreamRequest::Read(pv, cb) => {
                    let done = responder
                        .defer(|(ret, pv)| Derived::wrap(
                            ISequentialStreamReply::Read(ret, pv),
                        ));
                    AsyncSequentialStreamServer::Begin_Read(server, pv, cb, done)
                }
                ISequentialStreamRequest::Write(pv) => {
                    let done = responder
                        .defer(|ret| Derived::wrap(ISequentialStreamReply::Write(ret)));
                    AsyncSequentialStreamServer::Begin_Write(server, pv, done)
                }
            }
        }
    }
    #[allow(non_snake_case, deprecated)]
    impl<
        T: ?::core::marker::Sized + __ai::Host<ISequentialStreamProtocol>,
    > AsyncSequentialStream for T {
        fn Begin_Read(
            &self,
            pv: Vec<u8>,
            cb: u32,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(ISequentialStreamRequest::Read(pv, cb))
        }
        fn Finish_Read(
            &self,
            pv: &mut Vec<u8>,
        ) -> ::core::result::Result<Result<u32, i32>, __ai::CallError> {
            match self.finish("ISequentialStream::Read") {
                ::core::result::Result::Ok(
                    ISequentialStreamReply::Read(ret, out_pv),
                ) => {
                    *pv = out_pv;
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("ISequentialStream::Read", other),
            }
        }
        fn Begin_Write(
            &self,
            pv: ::std::vec::Vec<u8>,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(ISequentialStreamRequest::Write(pv))
        }
        fn Finish_Write(
            &self,
        ) -> ::core::result::Result<Result<u32, i32>, __ai::CallError> {
            match self.finish("ISequentialStream::Write") {
                ::core::result::Result::Ok(ISequentialStreamReply::Write(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("ISequentialStream::Write", other),
            }
        }
    }
    #[allow(dead_code)]
    fn __assert_send<const __N: u8>() {
        __ai::assert_send::<Vec<u8>>();
        __ai::assert_send::<Result<u32, i32>>();
        __ai::assert_send::<::std::vec::Vec<u8>>();
    }
};
