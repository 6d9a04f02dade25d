// Expansion of #[async_interface] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

pub trait ISimpleStream {
    /// Reads up to `len` bytes.
    fn read(&self, len: usize) -> Result<Vec<u8>, StreamError>;
    /// Appends `data`; returns how many bytes were written.
    fn write(&self, data: &[u8]) -> Result<usize, StreamError>;
    /// Appends the stream's bytes to `buf`; returns how many.
    fn fill(&self, buf: &mut Vec<u8>) -> usize;
    /// Compiled on unix only, and so is its pair.
    #[cfg(unix)]
    fn fd(&self) -> i32;
    /// Not part of the asynchronous form.
    fn close(&self) {}
}
/// Asynchronous form of [`ISimpleStream`] (COM: `AsyncISimpleStream`): for each method `m`, `begin_m` starts a call and returns at once, and `finish_m` returns its result.
///
/// [`ISimpleStreamCall`] implements it; what a call object does and the ways to make one are on [`InterfaceCall`](async_interface::InterfaceCall).
#[allow(dead_code)]
pub trait AsyncISimpleStream: ::async_interface::Synchronize + ::async_interface::CancelMethodCalls + ::async_interface::AwaitCompletion {
    /// Begins a call of [`ISimpleStream::read`]; [`finish_read`](Self::finish_read) returns its result.
    /// Reads up to `len` bytes.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_read(
        &self,
        len: usize,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_read`](Self::begin_read), blocking until it completes; returns what [`ISimpleStream::read`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_read(
        &self,
    ) -> ::core::result::Result<
        Result<Vec<u8>, StreamError>,
        ::async_interface::CallError,
    >;
    /// Begins a call of [`ISimpleStream::write`]; [`finish_write`](Self::finish_write) returns its result.
    /// Appends `data`; returns how many bytes were written.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_write(
        &self,
        data: ::std::vec::Vec<u8>,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_write`](Self::begin_write), blocking until it completes; returns what [`ISimpleStream::write`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_write(
        &self,
    ) -> ::core::result::Result<
        Result<usize, StreamError>,
        ::async_interface::CallError,
    >;
    /// Begins a call of [`ISimpleStream::fill`]; [`finish_fill`](Self::finish_fill) returns its result.
    /// Appends the stream's bytes to `buf`; returns how many.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_fill(
        &self,
        buf: Vec<u8>,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_fill`](Self::begin_fill), blocking until it completes; returns what [`ISimpleStream::fill`] returned (and the values it left in `buf`).
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_fill(
        &self,
        buf: &mut Vec<u8>,
    ) -> ::core::result::Result<usize, ::async_interface::CallError>;
    /// Begins a call of [`ISimpleStream::fd`]; [`finish_fd`](Self::finish_fd) returns its result.
    /// Compiled on unix only, and so is its pair.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    #[cfg(unix)]
    fn begin_fd(&self) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_fd`](Self::begin_fd), blocking until it completes; returns what [`ISimpleStream::fd`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    #[cfg(unix)]
    fn finish_fd(&self) -> ::core::result::Result<i32, ::async_interface::CallError>;
}
/// Server-side asynchronous form of [`ISimpleStream`] (COM: a server-side call object), for a server that is asynchronous by nature: serve it with [`ISimpleStreamCall::native`]; clients see no difference.
///
/// Each `begin_m` gets the in-part of a call and a [`Completer`](async_interface::Completer); it should return soon, and the call completes when the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.
pub trait AsyncISimpleStreamServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`ISimpleStream::read`]: complete `done` with what it returns, now or later.
    fn begin_read(
        &self,
        len: usize,
        done: ::async_interface::Completer<Result<Vec<u8>, StreamError>>,
    );
    /// Serves a call of [`ISimpleStream::write`]: complete `done` with what it returns, now or later.
    fn begin_write(
        &self,
        data: ::std::vec::Vec<u8>,
        done: ::async_interface::Completer<Result<usize, StreamError>>,
    );
    /// Serves a call of [`ISimpleStream::fill`]: complete `done` with a tuple of what it returns and the values it leaves in the `&mut` arguments, now or later.
    fn begin_fill(
        &self,
        buf: Vec<u8>,
        done: ::async_interface::Completer<(usize, Vec<u8>)>,
    );
    /// Serves a call of [`ISimpleStream::fd`]: complete `done` with what it returns, now or later.
    #[cfg(unix)]
    fn begin_fd(&self, done: ::async_interface::Completer<i32>);
}
/// The call object of [`ISimpleStream`], over a server `S` served as the mode `M` says: [`new`](async_interface::InterfaceCall::new)`(Arc::new(server))` over a blocking server, [`native`](async_interface::InterfaceCall::native) over a native one, [`in_apartment`](async_interface::InterfaceCall::in_apartment) over an apartment; see [`InterfaceCall`](async_interface::InterfaceCall).
pub type ISimpleStreamCall<S, M = ::async_interface::Blocking> = ::async_interface::InterfaceCall<
    ::async_interface::__private::ProtocolOf<dyn AsyncISimpleStream>,
    S,
    M,
>;
/// Each call as a Rust value, for every [`AsyncISimpleStream`] (`dyn` too): `m(..)` begins a call and returns its [`PendingCall`](async_interface::PendingCall), whose `.await` or `finish()` is the way to the result, once; dropped unfinished, it cancels the call.
/// Not here, for their `&mut` parameters: `fill` (use `begin_`/`finish_`).
pub trait AsyncISimpleStreamExt: AsyncISimpleStream {
    /// Calls [`ISimpleStream::read`]: begins it and returns the pending call, a future of its result (see [`AsyncISimpleStreamExt`]).
    fn read(
        &self,
        len: usize,
    ) -> ::async_interface::PendingCall<'_, Self, Result<Vec<u8>, StreamError>> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_read(self, len),
            Self::finish_read,
        )
    }
    /// Calls [`ISimpleStream::write`]: begins it and returns the pending call, a future of its result (see [`AsyncISimpleStreamExt`]).
    fn write(
        &self,
        data: ::std::vec::Vec<u8>,
    ) -> ::async_interface::PendingCall<'_, Self, Result<usize, StreamError>> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_write(self, data),
            Self::finish_write,
        )
    }
    /// Calls [`ISimpleStream::fd`]: begins it and returns the pending call, a future of its result (see [`AsyncISimpleStreamExt`]).
    #[cfg(unix)]
    fn fd(&self) -> ::async_interface::PendingCall<'_, Self, i32> {
        ::async_interface::PendingCall::new(self, Self::begin_fd(self), Self::finish_fd)
    }
}
impl<T: ?::core::marker::Sized + AsyncISimpleStream> AsyncISimpleStreamExt for T {}
const _: () = {
    use ::async_interface::__private as __ai;
    #[allow(dead_code)]
    pub struct ISimpleStreamProtocol;
    #[doc(hidden)]
    impl __ai::HasProtocol for dyn AsyncISimpleStream {
        type Protocol = ISimpleStreamProtocol;
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum ISimpleStreamRequest {
        read(usize),
        write(::std::vec::Vec<u8>),
        fill(Vec<u8>),
        #[cfg(unix)]
        fd(),
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum ISimpleStreamReply {
        read(Result<Vec<u8>, StreamError>),
        write(Result<usize, StreamError>),
        fill(usize, Vec<u8>),
        #[cfg(unix)]
        fd(i32),
    }
    impl __ai::Protocol for ISimpleStreamProtocol {
        type Request = ISimpleStreamRequest;
        type Reply = ISimpleStreamReply;
        type Access = __ai::Shared;
        const INTERFACE: &'static str = "ISimpleStream";
        fn method(request: &Self::Request) -> &'static str {
            match *request {
                ISimpleStreamRequest::read(..) => "ISimpleStream::read",
                ISimpleStreamRequest::write(..) => "ISimpleStream::write",
                ISimpleStreamRequest::fill(..) => "ISimpleStream::fill",
                #[cfg(unix)]
                ISimpleStreamRequest::fd(..) => "ISimpleStream::fd",
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<S: ?::core::marker::Sized + ISimpleStream> __ai::Invoke<S>
    for ISimpleStreamProtocol {
        fn invoke(server: &S, request: Self::Request) -> Self::Reply {
            match request {
                ISimpleStreamRequest::read(len) => {
                    ISimpleStreamReply::read(ISimpleStream::read(server, len))
                }
                ISimpleStreamRequest::write(data) => {
                    ISimpleStreamReply::write(ISimpleStream::write(server, &data))
                }
                ISimpleStreamRequest::fill(mut buf) => {
                    let ret = ISimpleStream::fill(server, &mut buf);
                    ISimpleStreamReply::fill(ret, buf)
                }
                #[cfg(unix)]
                ISimpleStreamRequest::fd() => {
                    ISimpleStreamReply::fd(ISimpleStream::fd(server))
                }
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + AsyncISimpleStreamServer,
        Derived: ?::core::marker::Sized + __ai::Embeds<ISimpleStreamProtocol>,
    > __ai::ServeNative<S, Derived> for ISimpleStreamProtocol {
        fn serve_native(
            server: &S,
            request: Self::Request,
            responder: &__ai::Responder<'_, __ai::Dispatcher<Derived>>,
        ) {
            match request {
                ISimpleStreamRequest::read(len) => {
                    let done = responder
                        .defer(|ret| Derived::wrap(ISimpleStreamReply::read(ret)));
                    AsyncISimpleStreamServer::begin_read(server, len, done)
                }
                ISimpleStreamRequest::write(data) => {
                    let done = responder
                        .defer(|ret| Derived::wrap(ISimpleStreamReply::write(ret)));
                    AsyncISimpleStreamServer::begin_write(server, data, done)
                }
                ISimpleStreamRequest::fill(buf) => {
                    let done = responder
                        .defer(|(ret, buf)| Derived::wrap(
                            ISimpleStreamReply::fill(ret, buf),
                        ));
                    AsyncISimpleStreamServer::begin_fill(server, buf, done)
                }
                #[cfg(unix)]
                ISimpleStreamRequest::fd() => {
                    let done = responder
                        .defer(|ret| Derived::wrap(ISimpleStreamReply::fd(ret)));
                    AsyncISimpleStreamServer::begin_fd(server, done)
                }
            }
        }
    }
    #[allow(non_snake_case, deprecated)]
    impl<
        T: ?::core::marker::Sized + __ai::Host<ISimpleStreamProtocol>,
    > AsyncISimpleStream for T {
        fn begin_read(&self, len: usize) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(ISimpleStreamRequest::read(len))
        }
        fn finish_read(
            &self,
        ) -> ::core::result::Result<Result<Vec<u8>, StreamError>, __ai::CallError> {
            match self.finish("ISimpleStream::read") {
                ::core::result::Result::Ok(ISimpleStreamReply::read(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("ISimpleStream::read", other),
            }
        }
        fn begin_write(
            &self,
            data: ::std::vec::Vec<u8>,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(ISimpleStreamRequest::write(data))
        }
        fn finish_write(
            &self,
        ) -> ::core::result::Result<Result<usize, StreamError>, __ai::CallError> {
            match self.finish("ISimpleStream::write") {
                ::core::result::Result::Ok(ISimpleStreamReply::write(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("ISimpleStream::write", other),
            }
        }
        fn begin_fill(
            &self,
            buf: Vec<u8>,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(ISimpleStreamRequest::fill(buf))
        }
        fn finish_fill(
            &self,
            buf: &mut Vec<u8>,
        ) -> ::core::result::Result<usize, __ai::CallError> {
            match self.finish("ISimpleStream::fill") {
                ::core::result::Result::Ok(ISimpleStreamReply::fill(ret, out_buf)) => {
                    *buf = out_buf;
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("ISimpleStream::fill", other),
            }
        }
        #[cfg(unix)]
        fn begin_fd(&self) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(ISimpleStreamRequest::fd())
        }
        #[cfg(unix)]
        fn finish_fd(&self) -> ::core::result::Result<i32, __ai::CallError> {
            match self.finish("ISimpleStream::fd") {
                ::core::result::Result::Ok(ISimpleStreamReply::fd(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("ISimpleStream::fd", other),
            }
        }
    }
    #[allow(dead_code)]
    fn __assert_send<const __N: u8>() {
        __ai::assert_send::<Result<Vec<u8>, StreamError>>();
        __ai::assert_send::<::std::vec::Vec<u8>>();
        __ai::assert_send::<Result<usize, StreamError>>();
        __ai::assert_send::<Vec<u8>>();
    }
};
