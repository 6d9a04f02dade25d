//! [`Service`]: what a server process offers, and the start of each call it serves.

use std::fmt;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::caller::Caller;
use super::wire::Fault;
use crate::context::CallContext;
use crate::error::CallError;
use crate::{Call, CallObject, CallOptions, Dispatch, Serve};

/// A call as it arrives: its encoded in-part, deadline and caller.
pub(crate) struct Incoming<'a> {
    pub(crate) payload: &'a [u8],
    /// The client's own deadline (`None` when it set none).
    pub(crate) deadline: Option<Instant>,
    pub(crate) caller: &'a Caller,
    /// The largest encoded reply.
    pub(crate) reply_limit: usize,
    pub(crate) authorize: Option<&'a Authorize>,
}

/// Starts one call: what it returns is the way to cancel it and the call's encoded
/// out-part to come.
type StartCall = dyn Fn(Incoming<'_>) -> Result<(CancelHandle, ReplyFuture), Fault> + Send + Sync;

/// Asks a running call to stop (its method sees `test_cancel()`; a queued one never runs).
pub(crate) type CancelHandle = Arc<dyn Fn() + Send + Sync>;

/// A call's encoded out-part, or why there is none.
pub(crate) type ReplyFuture = Pin<Box<dyn Future<Output = Result<Vec<u8>, Fault>> + Send>>;

/// The server's decision whether `caller` may call `method` (`None`: a dispatcher that
/// does not name its methods).
pub(crate) type Authorize = dyn Fn(&Caller, Option<&'static str>) -> bool + Send + Sync;

/// What a server process offers: one trait's methods on one server object, made by the
/// generated `IFooCall::remote_service(Arc::new(server))` (a blocking server) or
/// `IFooCall::remote_service_native(Arc::new(server))` (a native server, or an
/// apartment). Hand it to [`serve`](super::serve).
#[derive(Clone)]
pub struct Service {
    pub(crate) start: Arc<StartCall>,
    pub(crate) authorize: Option<Arc<Authorize>>,
}

/// The method name the server's call objects use (one call each, so any name would do).
const SERVED: &str = "remote call";

impl Service {
    /// Lets a call run only if `allow(caller, method)` says so (COM:
    /// `CoInitializeSecurity`'s access permissions, checked per method). `method` is the
    /// qualified name of the method the decoded request calls (`"IStore::put"`), never a
    /// name the client sent beside it; `None` for a dispatcher that does not name its
    /// methods. A refused call never runs: the client's `finish_` returns
    /// [`CallError::AccessDenied`]. The check runs on the server's network thread before
    /// the call is queued: keep it quick.
    ///
    /// ```no_run
    /// # use async_interface_runtime::remote::{self, Service};
    /// # fn service() -> Service { unimplemented!() }
    /// // Anyone may read; only the certificate named "admin" may write.
    /// let service = service().authorize(|caller, method| {
    ///     method != Some("IStore::put") || caller.common_name() == Some("admin")
    /// });
    /// # let _ = service;
    /// ```
    #[must_use]
    pub fn authorize(
        mut self,
        allow: impl Fn(&Caller, Option<&'static str>) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.authorize = Some(Arc::new(allow));
        self
    }

    /// A service over a blocking dispatcher: each call runs on the built-in pool.
    #[doc(hidden)]
    pub fn __from_dispatch<D>(dispatch: D) -> Service
    where
        D: Dispatch,
        D::Request: DeserializeOwned,
        D::Reply: Serialize,
    {
        Self::__from_serve(SharedDispatch(Arc::new(dispatch)), CallOptions::new())
    }

    /// A service that serves each call through a call object of its own over `dispatch`
    /// built with `options`: the same machinery as a local call, so cancel, the
    /// deadline, panics and dropped completers mean what they mean locally.
    #[doc(hidden)]
    pub fn __from_serve<D>(dispatch: D, options: CallOptions) -> Service
    where
        D: Serve + Clone,
        D::Request: DeserializeOwned,
        D::Reply: Serialize,
    {
        Service {
            start: Arc::new(move |incoming: Incoming<'_>| {
                let request: D::Request =
                    postcard::from_bytes(incoming.payload).map_err(|error| {
                        Fault::CantMarshal(format!(
                            "the call's arguments do not decode ({error}): \
                         are client and server built from the same trait?"
                        ))
                    })?;
                if let Some(allow) = incoming.authorize {
                    let method = D::method_of(&request);
                    if !allow(incoming.caller, method) {
                        return Err(Fault::AccessDenied(format!(
                            "the server does not allow {who} to call {method}",
                            who = describe(incoming.caller),
                            method = method.unwrap_or("this method"),
                        )));
                    }
                }
                let call = Arc::new(Call::with_options(dispatch.clone(), options.clone()));
                let mut context = CallContext::new().with(incoming.caller.clone());
                if let Some(deadline) = incoming.deadline {
                    context = context.with_deadline(deadline);
                }
                call.set_context(Some(context));
                call.begin(SERVED, request).map_err(|error| {
                    Fault::Panicked(format!("the server could not begin the call: {error}"))
                })?;
                let cancel: CancelHandle = {
                    let call = Arc::clone(&call);
                    Arc::new(move || call.request_cancel())
                };
                let limit = incoming.reply_limit;
                let reply: ReplyFuture = Box::pin(async move {
                    // Completion, or cancellation: finish tells which.
                    let _ = call.completion().await;
                    encode_reply(call.finish(SERVED), limit)
                });
                Ok((cancel, reply))
            }),
            authorize: None,
        }
    }
}

/// The caller, as a refusal names it.
fn describe(caller: &Caller) -> String {
    match caller.subject() {
        Some(subject) => format!("`{subject}` (from {})", caller.peer_addr()),
        None => format!("the unauthenticated caller at {}", caller.peer_addr()),
    }
}

/// A blocking dispatcher shared by the calls of a service.
struct SharedDispatch<D>(Arc<D>);

impl<D> Clone for SharedDispatch<D> {
    fn clone(&self) -> Self {
        SharedDispatch(Arc::clone(&self.0))
    }
}

impl<D: Dispatch> Dispatch for SharedDispatch<D> {
    type Request = D::Request;
    type Reply = D::Reply;
    fn dispatch(&self, request: D::Request) -> D::Reply {
        self.0.dispatch(request)
    }
    fn method_of(request: &D::Request) -> Option<&'static str> {
        D::method_of(request)
    }
}

/// The out-part of a finished call, encoded within `limit` bytes, or why there is none.
fn encode_reply<Reply: Serialize>(
    finished: Result<Reply, CallError>,
    limit: usize,
) -> Result<Vec<u8>, Fault> {
    let reply = finished.map_err(|error| match error {
        CallError::Canceled => Fault::Canceled,
        CallError::ServerFault { message } => Fault::Panicked(message),
        CallError::Disconnected => Fault::Disconnected,
        other => Fault::Panicked(format!("the server's call failed: {other}")),
    })?;
    match postcard::to_stdvec(&reply) {
        Ok(encoded) if encoded.len() <= limit => Ok(encoded),
        Ok(encoded) => Err(Fault::CantMarshal(format!(
            "the reply takes {} bytes, over the connection's limit of {limit} \
             (raise it with remote::Options::max_message on both ends)",
            encoded.len()
        ))),
        Err(error) => Err(Fault::CantMarshal(format!(
            "the reply could not be serialized: {error}"
        ))),
    }
}

impl fmt::Debug for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Service")
            .field("authorize", &self.authorize.is_some())
            .finish_non_exhaustive()
    }
}
