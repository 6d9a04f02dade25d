//! What `#[async_interface]` generates for each trait, as traits of this crate: the
//! trait's [`Protocol`] (its requests and replies), how a server runs them ([`Invoke`],
//! [`InvokeMut`], [`ServeNative`]), how a derived trait carries its supertraits' calls
//! ([`Embeds`]), and what a call object offers every trait it serves ([`Host`]).

use crate::call::Responder;
use crate::error::CallError;
use crate::interface::Dispatcher;
use crate::pending::AwaitCompletion;

/// The calls of one interface: one request variant per method (its in-part), one reply
/// variant per method (its out-part and return value).
///
/// `#[async_interface]` implements it for a marker type of each trait (`IFooProtocol`,
/// with the trait's generics), in the expansion's anonymous block; the call object of
/// `IFoo` is `InterfaceCall<IFooProtocol, S>`, and other items reach the marker through
/// [`ProtocolOf<dyn AsyncIFoo>`](ProtocolOf). Written by hand it looks like this:
///
/// ```
/// use async_interface::interface::{Protocol, Shared};
///
/// pub struct CounterProtocol;
/// pub enum CounterRequest { Add(u64), Total() }
/// pub enum CounterReply { Add(u64), Total(u64) }
///
/// impl Protocol for CounterProtocol {
///     type Request = CounterRequest;
///     type Reply = CounterReply;
///     type Access = Shared;
///     const INTERFACE: &'static str = "ICounter";
///     fn method(request: &CounterRequest) -> &'static str {
///         match request {
///             CounterRequest::Add(..) => "ICounter::add",
///             CounterRequest::Total(..) => "ICounter::total",
///         }
///     }
/// }
///
/// assert_eq!(CounterProtocol::method(&CounterRequest::Total()), "ICounter::total");
/// ```
pub trait Protocol: 'static {
    /// The in-part of a call: which method, with the arguments `begin_` received.
    type Request: Send + 'static;
    /// The out-part of a call: the return value and the values left in `&mut` arguments.
    type Reply: Send + 'static;
    /// How a blocking server is reached: [`Shared`] when every method takes `&self`,
    /// [`Exclusive`] when one takes `&mut self` (the server then sits behind a lock).
    type Access;
    /// The interface's name (`"IFoo"`), for `Debug`.
    const INTERFACE: &'static str;
    /// The qualified name of the method `request` calls (`"IFoo::get"`): what
    /// `method_in_flight` reports and [`CallError::WrongMethod`] names.
    fn method(request: &Self::Request) -> &'static str;
}

/// The protocol of an asynchronous trait: `#[async_interface]` implements it for
/// `dyn AsyncIFoo`, so that the protocol can be named from outside the expansion, by the
/// `IFooCall` alias and by derived traits in other crates. (The protocol is a marker type
/// rather than `dyn AsyncIFoo` itself, whose lifetime would make futures that hold a call
/// object fail `Send` checks.)
pub trait HasProtocol {
    /// The protocol.
    type Protocol: Protocol;
}

/// The protocol of the asynchronous trait `T`: `ProtocolOf<dyn AsyncIFoo>`.
pub type ProtocolOf<T> = <T as HasProtocol>::Protocol;

/// Runs a request on a blocking server whose methods all take `&self` (generated for
/// each trait without `&mut self` methods: `impl<S: ?Sized + IFoo> Invoke<S> for IFooProtocol`).
///
/// With a protocol and its `Invoke`, written here by hand, the runtime's call object does
/// the rest:
///
/// ```
/// use std::sync::Arc;
/// use async_interface::InterfaceCall;
/// use async_interface::interface::{Host, Invoke, Protocol, Shared};
///
/// pub struct EchoProtocol;
/// pub enum EchoRequest { Echo(u32) }
/// pub enum EchoReply { Echo(u32) }
///
/// impl Protocol for EchoProtocol {
///     type Request = EchoRequest;
///     type Reply = EchoReply;
///     type Access = Shared;
///     const INTERFACE: &'static str = "IEcho";
///     fn method(_: &EchoRequest) -> &'static str { "IEcho::echo" }
/// }
///
/// struct Echo;
/// impl Invoke<Echo> for EchoProtocol {
///     fn invoke(_: &Echo, request: EchoRequest) -> EchoReply {
///         match request { EchoRequest::Echo(x) => EchoReply::Echo(x) }
///     }
/// }
///
/// let call: InterfaceCall<EchoProtocol, Echo> = InterfaceCall::new(Arc::new(Echo));
/// call.begin(EchoRequest::Echo(5))?;
/// let EchoReply::Echo(echoed) = call.finish("IEcho::echo")?;
/// assert_eq!(echoed, 5);
/// assert_eq!(format!("{call:?}"), "IEchoCall { state: Idle, method: None }");
/// # Ok::<(), async_interface::CallError>(())
/// ```
pub trait Invoke<S: ?Sized>: Protocol {
    /// Calls the synchronous method `request` names on `server`.
    fn invoke(server: &S, request: Self::Request) -> Self::Reply;
}

/// Runs a request on a blocking server through `&mut` (generated for each trait with a
/// `&mut self` method; the call object reaches the server through a lock).
pub trait InvokeMut<S: ?Sized>: Protocol {
    /// Calls the synchronous method `request` names on `server`.
    fn invoke_mut(server: &mut S, request: Self::Request) -> Self::Reply;
}

/// Hands a request to a native asynchronous server (COM: a server-side call object),
/// generated for each trait over its server-side trait `AsyncIFooServer`.
///
/// The server gets the in-part and a [`Completer`](crate::Completer) made with
/// `responder`; `O` is the protocol of the call object, which is `Self` or a protocol
/// derived from it ([`Embeds`]), so that a derived interface can hand its supertraits'
/// calls on to their own `ServeNative`.
///
pub trait ServeNative<S: ?Sized, O: ?Sized + Embeds<Self> = Self>: Protocol {
    /// Starts serving `request` on `server`; the completer taken from `responder`
    /// completes the call, now or later, from any thread.
    fn serve_native(server: &S, request: Self::Request, responder: &Responder<'_, Dispatcher<O>>);
}

/// A protocol that carries the calls of protocol `Q`: itself, or a supertrait's
/// (MIDL: `AsyncIDerived` derives from `AsyncIBase`). A derived trait's request and reply
/// enums have a variant wrapping each supertrait's; `#[async_interface]` implements
/// `Embeds<ProtocolOf<dyn base::AsyncIBase>> for IDerivedProtocol`, and the call object of
/// the derived trait then serves the base trait's methods too, through one call state.
///
/// ```
/// use std::sync::Arc;
/// use async_interface::prelude::*;
///
/// #[async_interface]
/// pub trait IBase {
///     fn id(&self) -> u32;
/// }
///
/// #[async_interface]
/// pub trait IDerived: IBase {
///     fn name(&self) -> String;
/// }
///
/// struct Both;
/// impl IBase for Both {
///     fn id(&self) -> u32 { 7 }
/// }
/// impl IDerived for Both {
///     fn name(&self) -> String { "both".into() }
/// }
///
/// // One call object, one call at a time, for the methods of both traits.
/// let call = IDerivedCall::new(Arc::new(Both));
/// call.begin_id()?;
/// assert_eq!(call.finish_id()?, 7);
/// call.begin_name()?;
/// assert_eq!(call.finish_name()?, "both");
/// # Ok::<(), CallError>(())
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not carry the calls of `{Q}`",
    label = "`{Q}` is not among the supertraits of this interface",
    note = "a macro sees only its own trait: list every interface an #[async_interface] trait derives from, ancestors too (`trait IDerived: IMiddle + IBase`)"
)]
pub trait Embeds<Q: ?Sized + Protocol>: Protocol {
    /// `Q`'s request as one of this protocol's.
    fn embed(request: Q::Request) -> Self::Request;
    /// `Q`'s reply as one of this protocol's.
    fn wrap(reply: Q::Reply) -> Self::Reply;
    /// This protocol's reply as `Q`'s, if it is one.
    fn extract(reply: Self::Reply) -> Option<Q::Reply>;
}

impl<P: ?Sized + Protocol> Embeds<P> for P {
    fn embed(request: P::Request) -> P::Request {
        request
    }
    fn wrap(reply: P::Reply) -> P::Reply {
        reply
    }
    fn extract(reply: P::Reply) -> Option<P::Reply> {
        Some(reply)
    }
}

/// A call object that serves protocol `Q`: it begins and finishes `Q`'s calls.
///
/// Every [`InterfaceCall`](crate::InterfaceCall) serves its own protocol and each one it
/// [`Embeds`]. `#[async_interface]` implements the asynchronous trait for every host of
/// its protocol (`impl<T: ?Sized + Host<IFooProtocol>> AsyncIFoo for T`), so that the
/// call object of a derived trait gets the asynchronous traits of its supertraits too.
/// (`begin` and `finish` cannot collide with a generated method, which always has a
/// suffix: `begin_read`.)
///
/// Code that works with any call object serving an interface names it so:
///
/// ```
/// use std::sync::Arc;
/// use async_interface::prelude::*;
/// use async_interface::interface::{Host, ProtocolOf};
///
/// #[async_interface]
/// pub trait IBase {
///     fn id(&self) -> u32;
/// }
///
/// /// Any call object of `IBase`, or of an interface derived from it.
/// fn id_of(call: &impl Host<ProtocolOf<dyn AsyncIBase>>) -> Result<u32, CallError> {
///     call.begin_id()?;
///     call.finish_id()
/// }
///
/// struct Seven;
/// impl IBase for Seven {
///     fn id(&self) -> u32 { 7 }
/// }
/// assert_eq!(id_of(&IBaseCall::new(Arc::new(Seven))), Ok(7));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not serve `{Q}`",
    label = "not a call object of `{Q}` or of an interface derived from it"
)]
pub trait Host<Q: ?Sized + Protocol>: AwaitCompletion {
    /// Begins the call `request`; fails with [`CallError::CallPending`] while another is
    /// in progress.
    fn begin(&self, request: Q::Request) -> Result<(), CallError>;
    /// Finishes the call of `method` (qualified, `"IFoo::get"`), blocking until it completes.
    fn finish(&self, method: &'static str) -> Result<Q::Reply, CallError>;
}

/// What the generated `finish_m` returns when the call did not give `m`'s reply: the
/// call's error, or (a reply of another method, which the call object rules out by
/// checking the method's name, unless two interfaces it serves have methods of the same
/// qualified name, `a::IFoo::m` and `b::IFoo::m`) a [`CallError::ServerFault`] saying so.
///
/// It takes the outcome whole, so that the generated code holds nothing to drop on this
/// path: a few instructions less per method.
#[cold]
pub fn not_the_reply<T, R>(
    method: &'static str,
    outcome: Result<R, CallError>,
) -> Result<T, CallError> {
    match outcome {
        Err(error) => Err(error),
        Ok(reply) => {
            drop(reply);
            Err(mismatched_reply(method))
        }
    }
}

pub(crate) fn mismatched_reply(method: &'static str) -> CallError {
    CallError::ServerFault {
        message: format!(
            "the reply to `{method}` belongs to another interface of the same name; \
             rename one of the two interfaces the call object serves"
        ),
    }
}

/// [`Protocol::Access`] of a trait whose methods all take `&self`: worker threads share
/// the server (`Arc<S>`, `S: Send + Sync`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Shared;

/// [`Protocol::Access`] of a trait with a `&mut self` method: the call object holds the
/// server behind a lock, `Arc<Mutex<S>>` (an apartment: `Apartment<RefCell<S>>`), and
/// calls every method through it. A panic in a method does not poison the call object:
/// the next call gets the server as the panicking method left it, as on the caller's
/// own thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Exclusive;

/// How an access kind ([`Shared`], [`Exclusive`]) reaches a server of protocol `P` held
/// as `H`: `H` itself, or the server inside `H`'s lock.
#[diagnostic::on_unimplemented(
    message = "`{P}` has `&mut self` methods: its blocking server goes behind a lock",
    label = "the call object calls the server through `&mut`, so it must hold it in a lock",
    note = "write `Arc::new(Mutex::new(server))` (std::sync::Mutex); in an apartment, `Apartment::start(|| RefCell::new(make_server()))`"
)]
pub trait Reach<P: ?Sized + Protocol, H: ?Sized> {
    /// Runs `request` on the server in `holder`.
    fn reach(holder: &H, request: P::Request) -> P::Reply;
}

impl<P: ?Sized + Invoke<S>, S: ?Sized> Reach<P, S> for Shared {
    fn reach(server: &S, request: P::Request) -> P::Reply {
        P::invoke(server, request)
    }
}

impl<P: ?Sized + InvokeMut<S>, S: ?Sized> Reach<P, std::sync::Mutex<S>> for Exclusive {
    fn reach(server: &std::sync::Mutex<S>, request: P::Request) -> P::Reply {
        let mut server = server
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        P::invoke_mut(&mut server, request)
    }
}

impl<P: ?Sized + InvokeMut<S>, S: ?Sized> Reach<P, std::cell::RefCell<S>> for Exclusive {
    fn reach(server: &std::cell::RefCell<S>, request: P::Request) -> P::Reply {
        P::invoke_mut(&mut server.borrow_mut(), request)
    }
}

/// How an access kind runs a request on a server the caller already holds by `&mut`:
/// what a derived trait with `&mut self` methods does with its supertraits' calls.
pub trait ReachMut<P: ?Sized + Protocol, S: ?Sized> {
    /// Runs `request` on `server`.
    fn reach_mut(server: &mut S, request: P::Request) -> P::Reply;
}

impl<P: ?Sized + Invoke<S>, S: ?Sized> ReachMut<P, S> for Shared {
    fn reach_mut(server: &mut S, request: P::Request) -> P::Reply {
        P::invoke(server, request)
    }
}

impl<P: ?Sized + InvokeMut<S>, S: ?Sized> ReachMut<P, S> for Exclusive {
    fn reach_mut(server: &mut S, request: P::Request) -> P::Reply {
        P::invoke_mut(server, request)
    }
}

/// Runs `request`, a call of protocol `P`, on `server` held by `&mut`, whichever its
/// access: a derived trait's `&mut` dispatch uses it for its supertraits' calls.
pub fn invoke_mut<P, S>(server: &mut S, request: P::Request) -> P::Reply
where
    P: ?Sized + Protocol,
    S: ?Sized,
    P::Access: ReachMut<P, S>,
{
    <P::Access as ReachMut<P, S>>::reach_mut(server, request)
}

/// Compiles only if `T` is `Send`: the generated code calls it with each argument and
/// return type, spanned at the user's type, so that a type that cannot cross to a worker
/// thread (`Rc<T>`) is reported where it is written.
pub fn assert_send<T: ?Sized + Send>() {}
