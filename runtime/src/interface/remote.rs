//! The remote mode (feature `remote`): a call object whose server is in another process,
//! and the services that serve a protocol's calls there.

use std::sync::Arc;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::apartment::Apartment;
use crate::call::{CallOptions, Responder};
use crate::executor::Inline;
use crate::interface::dispatcher::{Bound, Dispatcher, Handler, PoolServer};
use crate::interface::protocol::{Protocol, Reach, ServeNative};
use crate::interface::{InApartment, InterfaceCall};
use crate::native::{Blocking, Native};
use crate::remote::{Connection, Remote, Service};

/// What a protocol needs to cross the wire: serializable requests and replies.
///
/// `#[async_interface(remote)]` derives them; the bound exists for its error message.
#[diagnostic::on_unimplemented(
    message = "the calls of `{Self}` cannot cross the wire",
    label = "its requests and replies are not serializable",
    note = "write `#[async_interface(remote)]` on the trait (feature `remote`), which makes them serializable"
)]
pub trait RemoteProtocol:
    Protocol<Request: Serialize + DeserializeOwned, Reply: Serialize + DeserializeOwned>
{
}

#[diagnostic::do_not_recommend]
impl<P> RemoteProtocol for P
where
    P: ?Sized + Protocol,
    P::Request: Serialize + DeserializeOwned,
    P::Reply: Serialize + DeserializeOwned,
{
}

impl<P: ?Sized + RemoteProtocol> Handler<P> for Bound<Connection, Remote> {
    fn handle(
        &self,
        request: P::Request,
        responder: &Responder<'_, Dispatcher<P>>,
    ) -> Option<P::Reply> {
        self.server
            .__send(&request, responder.defer(|reply: P::Reply| reply));
        None
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "remote")))]
impl<P: ?Sized + RemoteProtocol> InterfaceCall<P, Connection, Remote> {
    /// A call object over a server in another process, reached through `connection`
    /// (COM: DCOM). Each call's arguments are serialized and sent; `finish_` returns what
    /// the remote server's method returned, as for a local server. `cancel` and the call
    /// context's deadline reach the server; a lost connection ends the call with
    /// [`CallError::Disconnected`](crate::CallError::Disconnected). Many call objects
    /// share one connection; the server process serves the trait with
    /// [`remote_service`](InterfaceCall::remote_service).
    ///
    /// `begin_m` serializes the arguments and hands them to the connection on the
    /// calling thread (the [`Inline`] executor): sending does not block, and a hop
    /// through the worker pool would only add a thread wake-up to every call.
    #[must_use]
    pub fn remote(connection: &Connection) -> Self {
        Self::remote_with_options(connection, CallOptions::new().executor(Arc::new(Inline)))
    }

    /// [`remote`](Self::remote), built as `options` says (the executor that sends the
    /// calls, by default the worker pool here, and a custom synchronizer).
    #[must_use]
    pub fn remote_with_options(connection: &Connection, options: CallOptions) -> Self {
        let server = Arc::new(connection.clone());
        let handler = Arc::new(Bound::<Connection, Remote>::new(Arc::clone(&server)));
        Self::with_handler(server, handler, options)
    }
}

impl<P, S> InterfaceCall<P, S, Blocking>
where
    P: ?Sized + RemoteProtocol,
    S: ?Sized + PoolServer,
    P::Access: Reach<P, S>,
{
    /// The server process's side of [`remote`](InterfaceCall::remote): a service that
    /// runs each call of a remote client on `server`, for
    /// [`remote::serve`](crate::remote::serve). Methods run on the built-in pool, several
    /// at once for several clients, as over [`new`](Self::new).
    #[must_use]
    pub fn remote_service(server: Arc<S>) -> Service {
        let handler: Arc<dyn Handler<P>> = Arc::new(Bound::<S, Blocking>::new(server));
        Service::__from_serve(Dispatcher::new(handler), CallOptions::new())
    }
}

impl<P, S> InterfaceCall<P, S, Native>
where
    P: ?Sized + RemoteProtocol + ServeNative<S>,
    S: ?Sized + Send + Sync + 'static,
{
    /// The server process's side of [`remote`](InterfaceCall::remote) for a native
    /// server: each call of a remote client is handed to `server` as by
    /// [`native`](Self::native).
    #[must_use]
    pub fn remote_service_native(server: Arc<S>) -> Service {
        let handler: Arc<dyn Handler<P>> = Arc::new(Bound::<S, Native>::new(server));
        Service::__from_serve(Dispatcher::new(handler), CallOptions::new())
    }
}

impl<P, H> InterfaceCall<P, Apartment<H>, InApartment>
where
    P: ?Sized + RemoteProtocol,
    H: 'static,
    P::Access: Reach<P, H>,
{
    /// The server process's side of [`remote`](InterfaceCall::remote) for a server in an
    /// apartment, whose server stays on its thread (it may be `!Send`): each call of a
    /// remote client is posted to it as by [`in_apartment`](Self::in_apartment).
    #[must_use]
    pub fn remote_service_in_apartment(apartment: Arc<Apartment<H>>) -> Service {
        let handler: Arc<dyn Handler<P>> =
            Arc::new(Bound::<Apartment<H>, InApartment>::new(apartment));
        Service::__from_serve(Dispatcher::new(handler), CallOptions::new())
    }
}
