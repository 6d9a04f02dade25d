// Expansion of #[async_interface] on the trait below: `cargo test -p async-interface-macros`
// compares it with the macro's output; `UPDATE_SNAPSHOTS=1` rewrites it.

pub trait IEmpty {}
/// Asynchronous form of [`IEmpty`] (COM: `AsyncIEmpty`): for each method `m`, `begin_m` starts a call and returns at once, and `finish_m` returns its result.
///
/// [`IEmptyCall`] implements it; what a call object does and the ways to make one are on [`InterfaceCall`](async_interface::InterfaceCall).
#[allow(dead_code)]
pub trait AsyncIEmpty: ::async_interface::Synchronize + ::async_interface::CancelMethodCalls + ::async_interface::AwaitCompletion {}
/// Server-side asynchronous form of [`IEmpty`] (COM: a server-side call object), for a server that is asynchronous by nature: serve it with [`IEmptyCall::native`]; clients see no difference.
///
/// Each `begin_m` gets the in-part of a call and a [`Completer`](async_interface::Completer); it should return soon, and the call completes when the completer does, from any thread. A completer dropped unused ends the call with `CallError::Disconnected`.
pub trait AsyncIEmptyServer: ::core::marker::Send + ::core::marker::Sync + 'static {}
/// The call object of [`IEmpty`], over a server `S` served as the mode `M` says: [`new`](async_interface::InterfaceCall::new)`(Arc::new(server))` over a blocking server, [`native`](async_interface::InterfaceCall::native) over a native one, [`in_apartment`](async_interface::InterfaceCall::in_apartment) over an apartment; see [`InterfaceCall`](async_interface::InterfaceCall).
pub type IEmptyCall<S, M = ::async_interface::Blocking> = ::async_interface::InterfaceCall<
    ::async_interface::__private::ProtocolOf<dyn AsyncIEmpty>,
    S,
    M,
>;
const _: () = {
    use ::async_interface::__private as __ai;
    #[allow(dead_code)]
    pub struct IEmptyProtocol;
    #[doc(hidden)]
    impl __ai::HasProtocol for dyn AsyncIEmpty {
        type Protocol = IEmptyProtocol;
    }
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IEmptyRequest {}
    #[allow(non_camel_case_types, dead_code, clippy::large_enum_variant)]
    pub enum IEmptyReply {}
    impl __ai::Protocol for IEmptyProtocol {
        type Request = IEmptyRequest;
        type Reply = IEmptyReply;
        type Access = __ai::Shared;
        const INTERFACE: &'static str = "IEmpty";
        fn method(request: &Self::Request) -> &'static str {
            match *request {}
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<S: ?::core::marker::Sized + IEmpty> __ai::Invoke<S> for IEmptyProtocol {
        fn invoke(server: &S, request: Self::Request) -> Self::Reply {
            match request {}
        }
    }
    #[allow(deprecated, non_snake_case, unused_variables)]
    impl<
        S: ?::core::marker::Sized + AsyncIEmptyServer,
        Derived: ?::core::marker::Sized + __ai::Embeds<IEmptyProtocol>,
    > __ai::ServeNative<S, Derived> for IEmptyProtocol {
        fn serve_native(
            server: &S,
            request: Self::Request,
            responder: &__ai::Responder<'_, __ai::Dispatcher<Derived>>,
        ) {
            match request {}
        }
    }
    #[allow(non_snake_case, deprecated)]
    impl<T: ?::core::marker::Sized + __ai::Host<IEmptyProtocol>> AsyncIEmpty for T {}
};
