// Expansion of #[async_interface] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

pub trait IPipeByte {
    /// Fills `buf` from the pipe; returns how many bytes it holds.
    fn pull(&mut self, buf: &mut [u8]) -> std::io::Result<usize>;
}
/// Asynchronous form of [`IPipeByte`] (COM: `AsyncIPipeByte`): for each method `m`, `begin_m` starts a call and returns at once, and `finish_m` returns its result.
///
/// [`IPipeByteCall`] implements it; what a call object does and the ways to make one are on [`InterfaceCall`](async_interface::InterfaceCall).
#[allow(dead_code)]
pub trait AsyncIPipeByte: ::async_interface::Synchronize + ::async_interface::CancelMethodCalls + ::async_interface::AwaitCompletion {
    /// Begins a call of [`IPipeByte::pull`]; [`finish_pull`](Self::finish_pull) returns its result.
    /// Fills `buf` from the pipe; returns how many bytes it holds.
    /// # Errors
    /// [`CallError::CallPending`](async_interface::CallError::CallPending) while a call is in progress on this call object; the arguments are dropped.
    fn begin_pull(
        &self,
        buf: ::std::vec::Vec<u8>,
    ) -> ::core::result::Result<(), ::async_interface::CallError>;
    /// Finishes the call begun by [`begin_pull`](Self::begin_pull), blocking until it completes; returns what [`IPipeByte::pull`] returned (and the values it left in `buf`). `buf` receive what the server left in the `Vec` given to `begin_pull`, element by element (moved, no `Clone`): as many as the shorter of the two holds; the rest of a longer slice is left as it was.
    /// # Errors
    /// A [`CallError`](async_interface::CallError) when the call has no result: none in progress, another method begun, cancelled, or the server panicked.
    fn finish_pull(
        &self,
        buf: &mut [u8],
    ) -> ::core::result::Result<std::io::Result<usize>, ::async_interface::CallError>;
}
/// Server-side asynchronous form of [`IPipeByte`] (COM: a server-side call object), for a server that is asynchronous by nature: serve it with [`IPipeByteCall::native`]; clients see no difference.
///
/// Each `begin_m` gets the in-part of a call and a [`Completer`](async_interface::Completer); it should return soon, and the call completes when the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.
pub trait AsyncIPipeByteServer: ::core::marker::Send + ::core::marker::Sync + 'static {
    /// Serves a call of [`IPipeByte::pull`]: complete `done` with a tuple of what it returns and the values it leaves in the `&mut` arguments, now or later.
    fn begin_pull(
        &self,
        buf: ::std::vec::Vec<u8>,
        done: ::async_interface::Completer<(std::io::Result<usize>, ::std::vec::Vec<u8>)>,
    );
}
/// The call object of [`IPipeByte`], over a server `S` served as the mode `M` says: [`new`](async_interface::InterfaceCall::new)`(Arc::new(server))` over a blocking server, [`native`](async_interface::InterfaceCall::native) over a native one, [`in_apartment`](async_interface::InterfaceCall::in_apartment) over an apartment; see [`InterfaceCall`](async_interface::InterfaceCall).
pub type IPipeByteCall<S, M = ::async_interface::Blocking> = ::async_interface::InterfaceCall<
    ::async_interface::__private::ProtocolOf<dyn AsyncIPipeByte>,
    S,
    M,
>;
const _: () = {
    use ::async_interface::__private as __ai;
    #[allow(dead_code)]
    pub struct IPipeByteProtocol;
    #[doc(hidden)]
    impl __ai::HasProtocol for dyn AsyncIPipeByte {
        type Protocol = IPipeByteProtocol;
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IPipeByteRequest {
        pull(::std::vec::Vec<u8>),
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IPipeByteReply {
        pull(std::io::Result<usize>, ::std::vec::Vec<u8>),
    }
    impl __ai::Protocol for IPipeByteProtocol {
        type Request = IPipeByteRequest;
        type Reply = IPipeByteReply;
        type Access = __ai::Exclusive;
        const INTERFACE: &'static str = "IPipeByte";
        fn method(request: &Self::Request) -> &'static str {
            match *request {
                IPipeByteRequest::pull(..) => "IPipeByte::pull",
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<S: ?::core::marker::Sized + IPipeByte> __ai::InvokeMut<S>
    for IPipeByteProtocol {
        fn invoke_mut(server: &mut S, request: Self::Request) -> Self::Reply {
            match request {
                IPipeByteRequest::pull(mut buf) => {
                    let ret = IPipeByte::pull(server, &mut buf[..]);
                    IPipeByteReply::pull(ret, buf)
                }
            }
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + AsyncIPipeByteServer,
        Derived: ?::core::marker::Sized + __ai::Embeds<IPipeByteProtocol>,
    > __ai::ServeNative<S, Derived> for IPipeByteProtocol {
        fn serve_native(
            server: &S,
            request: Self::Request,
            responder: &__ai::Responder<'_, __ai::Dispatcher<Derived>>,
        ) {
            match request {
                IPipeByteRequest::pull(buf) => {
                    let done = responder
                        .defer(|(ret, buf)| Derived::wrap(
                            IPipeByteReply::pull(ret, buf),
                        ));
                    AsyncIPipeByteServer::begin_pull(server, buf, done)
                }
            }
        }
    }
    #[allow(non_snake_case, deprecated)]
    impl<T: ?::core::marker::Sized + __ai::Host<IPipeByteProtocol>> AsyncIPipeByte
    for T {
        fn begin_pull(
            &self,
            buf: ::std::vec::Vec<u8>,
        ) -> ::core::result::Result<(), __ai::CallError> {
            self.begin(IPipeByteRequest::pull(buf))
        }
        fn finish_pull(
            &self,
            buf: &mut [u8],
        ) -> ::core::result::Result<std::io::Result<usize>, __ai::CallError> {
            match self.finish("IPipeByte::pull") {
                ::core::result::Result::Ok(IPipeByteReply::pull(ret, out_buf)) => {
                    for (dst, src) in ::core::iter::Iterator::zip(
                        buf.iter_mut(),
                        out_buf,
                    ) {
                        *dst = src;
                    }
                    ::core::result::Result::Ok(ret)
                }
                other => __ai::not_the_reply("IPipeByte::pull", other),
            }
        }
    }
    #[allow(dead_code)]
    fn __assert_send<const __N: u8>() {
        __ai::assert_send::<::std::vec::Vec<u8>>();
        __ai::assert_send::<std::io::Result<usize>>();
    }
};
