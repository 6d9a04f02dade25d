// Expansion of #[async_interface(bounds (ErrorType))] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

pub trait SerialPort: ErrorType + Send + std::io::Read {
    /// The port's name.
    fn name(&self) -> Option<String>;
    /// Sets the baud rate.
    fn set_baud_rate(&mut self, baud_rate: u32) -> Result<(), Self::Error>;
    /// Opens a port (no receiver: left out).
    fn open(path: &str) -> Self
    where
        Self: Sized;
    /// Writes anything byte-like (generic: left out).
    fn send<B: AsRef<[u8]>>(&mut self, bytes: B) -> Result<(), Self::Error>;
}
/// Asynchronous form of [`SerialPort`] (COM: `AsyncSerialPort`): for each method `m`, `begin_m` starts a call and returns at once, and `finish_m` returns its result.
///
/// [`SerialPortCall`] implements it; what a call object does and the ways to make one are on [`InterfaceCall`](async_interface::InterfaceCall).
/// `ErrorType`, `std::io::Read` are not interfaces: a server of `SerialPort` implements them too, and this trait does not derive from them.
/// Left out of this trait (call them on the server itself; `#[async_interface(strict)]` makes them errors): `open` (`where Self: Sized`: a trait object cannot call it either), `send` (generic: a call object stores the arguments and must name their types).
/// Its associated types are the server's (`<SerialPortCall<S> as AsyncSerialPort>::Error` is `S::Error`); name them to use it as an object: `dyn AsyncSerialPort<Error = ..>`.
#[allow(dead_code)]
pub trait AsyncSerialPort: ::async_interface::Synchronize + ::async_interface::CancelMethodCalls + ::async_interface::AwaitCompletion {
    /// The server's, from a supertrait of the synchronous trait.
    type Error: ::core::marker::Send + 'static;
    /// Begins a call of [`SerialPort::name`]; [`finish_name`](Self::finish_name) returns its result.
    /// The port's name.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_name(&self) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_name`](Self::begin_name), blocking until it completes; returns what [`SerialPort::name`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_name(
        &self,
    ) -> ::core::result::Result<Option<String>, ::async_interface::CallError>;
    /// Begins a call of [`SerialPort::set_baud_rate`]; [`finish_set_baud_rate`](Self::finish_set_baud_rate) returns its result.
    /// Sets the baud rate.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_set_baud_rate(
        &self,
        baud_rate: u32,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_set_baud_rate`](Self::begin_set_baud_rate), blocking until it completes; returns what [`SerialPort::set_baud_rate`] returned.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_set_baud_rate(
        &self,
    ) -> ::core::result::Result<Result<(), Self::Error>, ::async_interface::CallError>;
}
/// Server-side asynchronous form of [`SerialPort`] (COM: a server-side call object), for a server that is asynchronous by nature: serve it with [`SerialPortCall::native`]; clients see no difference.
///
/// Each `begin_m` gets the in-part of a call and a [`Completer`](async_interface::Completer); it should return soon, and the call completes when the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.
pub trait AsyncSerialPortServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// The server's, from a supertrait of the synchronous trait.
    type Error: ::core::marker::Send + 'static;
    /// Serves a call of [`SerialPort::name`]: complete `done` with what it returns, now or later.
    fn begin_name(&self, done: ::async_interface::Completer<Option<String>>);
    /// Serves a call of [`SerialPort::set_baud_rate`]: complete `done` with what it returns, now or later.
    fn begin_set_baud_rate(
        &self,
        baud_rate: u32,
        done: ::async_interface::Completer<Result<(), Self::Error>>,
    );
}
/// The call object of [`SerialPort`], over a server `S` served as the mode `M` says: [`new`](async_interface::InterfaceCall::new)`(Arc::new(server))` over a blocking server, [`native`](async_interface::InterfaceCall::native) over a native one, [`in_apartment`](async_interface::InterfaceCall::in_apartment) over an apartment; see [`InterfaceCall`](async_interface::InterfaceCall).
pub type SerialPortCall<S, M = ::async_interface::Blocking> = ::async_interface::InterfaceCall<
    ::async_interface::__private::ProtocolOf<
        dyn AsyncSerialPort<Error = <S as __SerialPortTypes<M>>::Error>,
    >,
    S,
    M,
>;
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a server of `SerialPort` that the call object's mode `{M}` can serve"
)]
pub trait __SerialPortTypes<M> {
    type Error;
}
impl<S: SerialPort> __SerialPortTypes<::async_interface::__private::Blocking>
for ::std::sync::Mutex<S> {
    type Error = S::Error;
}
impl<
    S: ?::core::marker::Sized + AsyncSerialPortServer,
> __SerialPortTypes<::async_interface::__private::Native> for S {
    type Error = <S as AsyncSerialPortServer>::Error;
}
impl<
    S: SerialPort + 'static,
> __SerialPortTypes<::async_interface::__private::InApartment>
for ::async_interface::__private::apartment::Apartment<::core::cell::RefCell<S>> {
    type Error = S::Error;
}
/// Each call as a Rust value, for every [`AsyncSerialPort`] (`dyn` too): `m(..)` begins a call and returns its [`PendingCall`](async_interface::PendingCall), whose `.await` or `finish()` is the way to the result, once; dropped unfinished, it cancels the call.
pub trait AsyncSerialPortExt: AsyncSerialPort {
    /// Calls [`SerialPort::name`]: begins it and returns the pending call, a future of its result (see [`AsyncSerialPortExt`]).
    fn name(&self) -> ::async_interface::PendingCall<'_, Self, Option<String>> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_name(self),
            Self::finish_name,
        )
    }
    /// Calls [`SerialPort::set_baud_rate`]: begins it and returns the pending call, a future of its result (see [`AsyncSerialPortExt`]).
    fn set_baud_rate(
        &self,
        baud_rate: u32,
    ) -> ::async_interface::PendingCall<'_, Self, Result<(), Self::Error>> {
        ::async_interface::PendingCall::new(
            self,
            Self::begin_set_baud_rate(self, baud_rate),
            Self::finish_set_baud_rate,
        )
    }
}
impl<T: ?::core::marker::Sized + AsyncSerialPort> AsyncSerialPortExt for T {}
const _: () = {
    use ::async_interface::__private as __ai;
    #[allow(dead_code)]
    pub struct SerialPortProtocol<__Error: ::core::marker::Send + 'static>(
        ::core::marker::PhantomData<fn() -> (__Error,)>,
    );
    #[doc(hidden)]
    impl<__Error: ::core::marker::Send + 'static> __ai::HasProtocol
    for dyn AsyncSerialPort<Error = __Error> {
        type Protocol = SerialPortProtocol<__Error>;
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum SerialPortRequest<__Error: ::core::marker::Send + 'static> {
        name(),
        set_baud_rate(u32),
        __Phantom(
            ::core::marker::PhantomData<fn() -> (__Error,)>,
            ::core::convert::Infallible,
        ),
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum SerialPortReply<__Error: ::core::marker::Send + 'static> {
        name(Option<String>),
        set_baud_rate(Result<(), __Error>),
        __Phantom(
            ::core::marker::PhantomData<fn() -> (__Error,)>,
            ::core::convert::Infallible,
        ),
    }
    impl<__Error: ::core::marker::Send + 'static> __ai::Protocol
    for SerialPortProtocol<__Error> {
        type Request = SerialPortRequest<__Error>;
        type Reply = SerialPortReply<__Error>;
        type Access = __ai::Exclusive;
        const INTERFACE: &'static str = "SerialPort";
        fn method(request: &Self::Request) -> &'static str {
            match *request {
                SerialPortRequest::name(..) => "SerialPort::name",
                SerialPortRequest::set_baud_rate(..) => "SerialPort::set_baud_rate",
                SerialPortRequest::__Phantom(_, never) => match never {}
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<S: ?::core::marker::Sized + SerialPort> __ai::InvokeMut<S>
    for SerialPortProtocol<S::Error>
    where
        S::Error: ::core::marker::Send + 'static,
    {
        fn invoke_mut(server: &mut S, request: Self::Request) -> Self::Reply {
            match request {
                SerialPortRequest::name() => {
                    SerialPortReply::name(SerialPort::name(&*server))
                }
                SerialPortRequest::set_baud_rate(baud_rate) => {
                    SerialPortReply::set_baud_rate(
                        SerialPort::set_baud_rate(server, baud_rate),
                    )
                }
                SerialPortRequest::__Phantom(_, never) => match never {}
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + AsyncSerialPortServer,
        Derived: ?::core::marker::Sized
            + __ai::Embeds<SerialPortProtocol<<S as AsyncSerialPortServer>::Error>>,
    > __ai::ServeNative<S, Derived>
    for SerialPortProtocol<<S as AsyncSerialPortServer>::Error> {
        fn serve_native(
            server: &S,
            request: Self::Request,
            responder: &__ai::Responder<'_, __ai::Dispatcher<Derived>>,
        ) {
            match request {
                SerialPortRequest::name() => {
                    let done = responder
                        .defer(|ret| Derived::wrap(SerialPortReply::name(ret)));
                    AsyncSerialPortServer::begin_name(server, done)
                }
                SerialPortRequest::set_baud_rate(baud_rate) => {
                    let done = responder
                        .defer(|ret| Derived::wrap(SerialPortReply::set_baud_rate(ret)));
                    AsyncSerialPortServer::begin_set_baud_rate(server, baud_rate, done)
                }
                SerialPortRequest::__Phantom(_, never) => match never {}
            }
        }
    }
    use __ai::Host as _;
    #[allow(non_snake_case, deprecated)]
    impl<
        S: ?::core::marker::Sized,
        M,
        __Error: ::core::marker::Send + 'static,
    > AsyncSerialPort for __ai::InterfaceCall<SerialPortProtocol<__Error>, S, M> {
        type Error = __Error;
        fn begin_name(&self) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(SerialPortRequest::name())
        }
        fn finish_name(
            &self,
        ) -> ::core::result::Result<Option<String>, __ai::CallError> {
            match self.finish("SerialPort::name") {
                ::core::result::Result::Ok(SerialPortReply::name(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("SerialPort::name", other),
            }
        }
        fn begin_set_baud_rate(
            &self,
            baud_rate: u32,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(SerialPortRequest::set_baud_rate(baud_rate))
        }
        fn finish_set_baud_rate(
            &self,
        ) -> ::core::result::Result<Result<(), Self::Error>, __ai::CallError> {
            match self.finish("SerialPort::set_baud_rate") {
                ::core::result::Result::Ok(SerialPortReply::set_baud_rate(ret)) => {
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("SerialPort::set_baud_rate", other),
            }
        }
    }
    #[allow(dead_code)]
    fn __assert_send<__Error: ::core::marker::Send + 'static, const __N: u8>() {
        __ai::assert_send::<Option<String>>();
        __ai::assert_send::<Result<(), __Error>>();
    }
};
