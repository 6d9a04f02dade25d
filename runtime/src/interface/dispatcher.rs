//! The [`Dispatcher`] inside every [`InterfaceCall`](crate::InterfaceCall): it serves one
//! protocol's requests the way the call object's constructor chose (a worker calls a
//! blocking server; a native server gets a completer; an apartment's thread runs the
//! call; a remote server is sent the request).
//!
//! The mode is chosen when the call object is made and kept behind one `dyn` handler, so
//! the core ([`Call`](crate::Call)) is compiled once per interface, not once per
//! interface, server type and mode, and the call object's type needs no bounds: only its
//! constructors say what a server must be, each with an error message of its own.

use std::marker::PhantomData;

use crate::apartment::Apartment;
use crate::call::{Responder, Serve};
use crate::interface::InApartment;
use crate::interface::protocol::{Protocol, Reach, ServeNative};
use crate::native::{Blocking, Native};
use std::sync::Arc;

/// How one mode serves a protocol's requests, behind [`Dispatcher`].
pub(crate) trait Handler<P: ?Sized + Protocol>: Send + Sync + 'static {
    fn handle(
        &self,
        request: P::Request,
        responder: &Responder<'_, Dispatcher<P>>,
    ) -> Option<P::Reply>;
    /// The apartment whose thread serves the calls, if any.
    fn apartment(&self) -> Option<u64> {
        None
    }
}

/// Serves the calls of protocol `P` for a call object: the [`Serve`] of every
/// [`InterfaceCall`](crate::InterfaceCall), whatever its server and mode.
pub struct Dispatcher<P: ?Sized + Protocol> {
    handler: Arc<dyn Handler<P>>,
}

impl<P: ?Sized + Protocol> Dispatcher<P> {
    pub(crate) fn new(handler: Arc<dyn Handler<P>>) -> Self {
        Dispatcher { handler }
    }
}

impl<P: ?Sized + Protocol> Clone for Dispatcher<P> {
    fn clone(&self) -> Self {
        Dispatcher {
            handler: Arc::clone(&self.handler),
        }
    }
}

impl<P: ?Sized + Protocol> Serve for Dispatcher<P> {
    type Request = P::Request;
    type Reply = P::Reply;

    fn serve(&self, request: P::Request, responder: &Responder<'_, Self>) -> Option<P::Reply> {
        self.handler.handle(request, responder)
    }

    fn method_of(request: &P::Request) -> Option<&'static str> {
        Some(P::method(request))
    }

    fn apartment(&self) -> Option<u64> {
        self.handler.apartment()
    }
}

impl<P: ?Sized + Protocol> std::fmt::Debug for Dispatcher<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dispatcher")
            .field("interface", &P::INTERFACE)
            .finish_non_exhaustive()
    }
}

/// A server as the mode `M` serves it (`Blocking`, `Native`, `InApartment`, `Remote`).
pub(crate) struct Bound<S: ?Sized, M> {
    pub(crate) server: Arc<S>,
    mode: PhantomData<fn() -> M>,
}

impl<S: ?Sized, M> Bound<S, M> {
    pub(crate) fn new(server: Arc<S>) -> Self {
        Bound {
            server,
            mode: PhantomData,
        }
    }
}

/// What a blocking server must be: the pool's worker threads share it.
///
/// Implemented for every `Send + Sync + 'static` type; the bound on
/// [`InterfaceCall::new`](crate::InterfaceCall::new) exists for its error message.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be shared by the worker threads that run its calls",
    label = "this server is not `Send + Sync`",
    note = "a blocking server is called from the built-in pool's threads, through `&self`, while the client keeps its `Arc`: it must be `Send + Sync` (a `&mut self` trait's server goes in a `Mutex`, which needs only `Send`)",
    note = "a server that holds something not `Sync` (a `Cell`, a `RefCell`, a handle such as rusqlite's `Connection`) can keep that part in a `std::sync::Mutex`, or live on a thread of its own: `IFooCall::in_apartment(Arc::new(Apartment::start(|| make_server())))`, which also takes servers that are not `Send`"
)]
pub trait PoolServer: Send + Sync + 'static {}

#[diagnostic::do_not_recommend]
impl<S: ?Sized + Send + Sync + 'static> PoolServer for S {}

impl<P, S> Handler<P> for Bound<S, Blocking>
where
    P: ?Sized + Protocol,
    S: ?Sized + PoolServer,
    P::Access: Reach<P, S>,
{
    fn handle(&self, request: P::Request, _: &Responder<'_, Dispatcher<P>>) -> Option<P::Reply> {
        Some(<P::Access as Reach<P, S>>::reach(&self.server, request))
    }
}

impl<P, S> Handler<P> for Bound<S, Native>
where
    P: ?Sized + ServeNative<S>,
    S: ?Sized + Send + Sync + 'static,
{
    fn handle(
        &self,
        request: P::Request,
        responder: &Responder<'_, Dispatcher<P>>,
    ) -> Option<P::Reply> {
        P::serve_native(&self.server, request, responder);
        None
    }
}

/// An apartment serves every protocol its server can run: the call is posted to the
/// apartment's thread, which runs the synchronous method there and completes the call;
/// a panic ends that call with [`CallError::ServerFault`](crate::CallError::ServerFault).
impl<P, H> Handler<P> for Bound<Apartment<H>, InApartment>
where
    P: ?Sized + Protocol,
    H: 'static,
    P::Access: Reach<P, H>,
{
    fn handle(
        &self,
        request: P::Request,
        responder: &Responder<'_, Dispatcher<P>>,
    ) -> Option<P::Reply> {
        let done = responder.defer(|reply: P::Reply| reply);
        // The client's span, entered here by the worker, goes on to the apartment's thread.
        let span = crate::trace::current();
        self.server.post(move |server: &H| {
            // Cancelled while it waited behind the apartment's other calls: it never ran,
            // and must not run now (the client was told so, `finish_` said `Canceled`).
            if done.is_cancelled() {
                done.fail(crate::CallError::Canceled);
                return;
            }
            span.in_scope(|| {
                done.complete_with(move || <P::Access as Reach<P, H>>::reach(server, request));
            });
        });
        None
    }

    fn apartment(&self) -> Option<u64> {
        Some(self.server.id())
    }
}
