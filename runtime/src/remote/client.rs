//! [`Connection`]: the client's end, tarpc's client over a framed, encoded stream, with
//! a connect timeout, a default call deadline and a heartbeat.

use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde::de::DeserializeOwned;
use tarpc::client::RpcError;
use tokio::net::ToSocketAddrs;

use super::codec::FrameCodec;
use super::options::{MAX_DEADLINE, Options};
use super::wire::{Postcard, WireReply, WireRequest, deadline_in};
use super::{BoxedStream, configure, io_runtime, run_blocking};
use crate::error::CallError;
use crate::native::Completer;

/// A connection to a remote server: the client's end. Cheap to clone; every call object
/// made over it (`IFooCall::remote(&connection)`) shares it, and calls of many call
/// objects are in flight on it at once.
///
/// The connection closes when its last clone and its last call object are dropped, or
/// when the server stops answering its heartbeat ([`Options::heartbeat`]).
#[derive(Clone)]
pub struct Connection {
    inner: Arc<ConnectionInner>,
}

type Channel = tarpc::client::Channel<WireRequest, WireReply>;

struct ConnectionInner {
    channel: Channel,
    next_id: AtomicU64,
    options: Options,
    peer: SocketAddr,
    /// The keepalive idle time the socket has.
    keepalive: Option<Duration>,
    /// The task that moves the connection's frames; aborting it ends every call on the
    /// connection with `Disconnected`.
    dispatch: tokio::task::AbortHandle,
}

impl Drop for ConnectionInner {
    fn drop(&mut self) {
        self.dispatch.abort();
    }
}

/// How the client reaches the server's stream: plain TCP, or TLS on top of it.
pub(crate) type Upgrade = Box<
    dyn FnOnce(
            tokio::net::TcpStream,
        ) -> std::pin::Pin<Box<dyn Future<Output = io::Result<BoxedStream>> + Send>>
        + Send,
>;

impl Connection {
    /// Connects to the server at `addr` over plain TCP, blocking until connected and
    /// the server has answered a first ping.
    ///
    /// # Errors
    ///
    /// The I/O error of the connection attempt (nothing listens there, unreachable,
    /// [`TimedOut`](io::ErrorKind::TimedOut) after [`Options::connect_timeout`]); or the
    /// server closed the connection at once (it is at its connection limit).
    pub fn connect(addr: impl ToSocketAddrs + Send + 'static) -> io::Result<Connection> {
        Self::connect_with(addr, Options::new())
    }

    /// [`connect`](Self::connect) with `options` (give the server the same
    /// [`Options::max_message`]).
    ///
    /// # Errors
    ///
    /// As [`connect`](Self::connect).
    pub fn connect_with(
        addr: impl ToSocketAddrs + Send + 'static,
        options: Options,
    ) -> io::Result<Connection> {
        run_blocking(Self::open(addr, options, None))
    }

    /// [`connect_with`](Self::connect_with) without blocking a thread: for clients that
    /// are async themselves. The connection's I/O still runs on the crate's own runtime.
    ///
    /// # Errors
    ///
    /// As [`connect`](Self::connect).
    pub async fn connect_async(
        addr: impl ToSocketAddrs + Send + 'static,
        options: Options,
    ) -> io::Result<Connection> {
        io_runtime()
            .spawn(Self::open(addr, options, None))
            .await
            .map_err(io::Error::other)?
    }

    /// Runs on the I/O runtime.
    pub(crate) async fn open(
        addr: impl ToSocketAddrs,
        options: Options,
        upgrade: Option<Upgrade>,
    ) -> io::Result<Connection> {
        let limit = options.connect_timeout;
        let timed_out = || {
            io::Error::new(
                io::ErrorKind::TimedOut,
                format!(
                    "the server did not accept the connection within {limit:?} \
                     (remote::Options::connect_timeout)"
                ),
            )
        };
        let stream = tokio::time::timeout(limit, tokio::net::TcpStream::connect(addr))
            .await
            .map_err(|_| timed_out())??;
        let peer = stream.peer_addr()?;
        configure(&stream, options)?;
        // Read back from the socket, so that what is reported is what the system applied.
        let keepalive = options
            .keepalive
            .map(|_| socket2::SockRef::from(&stream).tcp_keepalive_time())
            .transpose()?;
        let stream: BoxedStream = match upgrade {
            None => Box::new(stream),
            Some(upgrade) => tokio::time::timeout(limit, upgrade(stream))
                .await
                .map_err(|_| timed_out())??,
        };
        let framed = tokio_util::codec::Framed::new(stream, FrameCodec::new(options.max_frame()));
        let transport = tokio_serde::Framed::new(framed, Postcard::new());
        let tarpc::client::NewClient { client, dispatch } =
            tarpc::client::new(tarpc::client::Config::default(), transport);
        let dispatch = tokio::spawn(dispatch).abort_handle();
        let inner = Arc::new(ConnectionInner {
            channel: client,
            next_id: AtomicU64::new(1),
            options,
            peer,
            keepalive,
            dispatch,
        });
        // A first ping: a server at its connection limit, or not ours, is an error here
        // rather than at the first call.
        match ping(&inner.channel, limit).await {
            Ok(()) => {}
            Err(RpcError::DeadlineExceeded) => return Err(timed_out()),
            Err(error) => {
                return Err(io::Error::new(
                    io::ErrorKind::ConnectionRefused,
                    format!(
                        "the server at {peer} closed the connection without answering \
                         ({error}): it may be at its connection limit \
                         (remote::Options::max_connections), refuse this client's \
                         certificate, or not be an async-interface server"
                    ),
                ));
            }
        }
        if let Some(interval) = options.heartbeat {
            tokio::spawn(heartbeat(Arc::downgrade(&inner), interval));
        }
        Ok(Connection { inner })
    }

    /// The server's address.
    pub fn peer_addr(&self) -> SocketAddr {
        self.inner.peer
    }

    /// The keepalive idle time of the connection's socket, as the system reports it
    /// (`None` when [`Options::keepalive`] turned it off).
    pub fn keepalive(&self) -> Option<Duration> {
        self.inner.keepalive
    }

    /// Sends a call and completes `done` with its reply: what a remote call object's
    /// `serve` does (used by generated code). Runs on the worker that serves the call,
    /// inside the call's context.
    #[doc(hidden)]
    pub fn __send<Request, Reply>(&self, request: &Request, done: Completer<Reply>)
    where
        Request: Serialize,
        Reply: DeserializeOwned + Send + 'static,
    {
        let limit = self.inner.options.max_message;
        let payload = match postcard::to_stdvec(request) {
            Ok(payload) if payload.len() <= limit => payload,
            Ok(payload) => {
                return done.fail(CallError::ClientCantMarshal {
                    message: format!(
                        "the arguments take {} bytes, over the connection's limit of {limit} \
                         (raise it with remote::Options::max_message on both ends)",
                        payload.len()
                    ),
                });
            }
            Err(error) => {
                return done.fail(CallError::ClientCantMarshal {
                    message: format!("the arguments could not be serialized: {error}"),
                });
            }
        };
        let own_deadline = crate::context::deadline();
        let deadline = call_deadline(own_deadline, self.inner.options.call_timeout);
        let id = self.inner.next_id.fetch_add(1, Ordering::Relaxed);
        let inner = Arc::clone(&self.inner);
        done.on_cancel(move || {
            io_runtime().spawn(async move {
                // If the cancel cannot reach the server, the call ends Disconnected anyway.
                let _ = inner
                    .channel
                    .call(
                        context_until(deadline_in(Duration::from_secs(10))),
                        WireRequest::Cancel { id },
                    )
                    .await;
            });
        });
        let inner = Arc::clone(&self.inner);
        io_runtime().spawn(async move {
            let request = WireRequest::Call {
                id,
                payload,
                has_deadline: own_deadline.is_some(),
            };
            match inner.channel.call(context_until(deadline), request).await {
                Ok(WireReply::Done(reply)) => match postcard::from_bytes::<Reply>(&reply) {
                    Ok(reply) => done.complete(reply),
                    Err(error) => done.fail(CallError::ClientCantMarshal {
                        message: format!(
                            "the server's reply does not decode ({error}): \
                             are client and server built from the same trait?"
                        ),
                    }),
                },
                Ok(WireReply::Fault(fault)) => done.fail(fault.into()),
                // Only a cancel or a ping is answered so; a call never is.
                Ok(WireReply::CancelNoted | WireReply::Pong) => done.fail(CallError::Disconnected),
                Err(RpcError::DeadlineExceeded) => done.fail(CallError::Canceled),
                Err(RpcError::Server(error)) => done.fail(CallError::ServerFault {
                    message: format!("the server aborted the call: {}", error.detail),
                }),
                Err(RpcError::Shutdown | RpcError::Send(_) | RpcError::Channel(_)) => {
                    done.fail(CallError::Disconnected);
                }
            }
        });
    }
}

/// The deadline a call carries: its context's own, or the default call timeout; never
/// further than a year, whatever the context says (tarpc's timer wheel panics beyond
/// about two).
pub(crate) fn call_deadline(own: Option<Instant>, call_timeout: Duration) -> Instant {
    let latest = deadline_in(MAX_DEADLINE);
    match own {
        Some(deadline) => deadline.min(latest),
        None => deadline_in(call_timeout),
    }
}

/// A tarpc context whose deadline is `deadline`.
fn context_until(deadline: Instant) -> tarpc::context::Context {
    let mut context = tarpc::context::current();
    context.deadline = deadline;
    context
}

/// One ping, answered within `within`.
async fn ping(channel: &Channel, within: Duration) -> Result<(), RpcError> {
    match channel
        .call(context_until(deadline_in(within)), WireRequest::Ping)
        .await?
    {
        WireReply::Pong => Ok(()),
        _ => Err(RpcError::Shutdown),
    }
}

/// Pings the server every `interval` while the connection lives; a ping unanswered
/// within `interval` means the server is hung: the connection is closed, so that its
/// calls end with `Disconnected`.
async fn heartbeat(connection: Weak<ConnectionInner>, interval: Duration) {
    loop {
        tokio::time::sleep(interval).await;
        let Some(inner) = connection.upgrade() else {
            return;
        };
        let channel = inner.channel.clone();
        let dispatch = inner.dispatch.clone();
        // Not holding the connection while waiting: dropping it ends the heartbeat.
        drop(inner);
        match ping(&channel, interval).await {
            Ok(()) => {}
            Err(RpcError::DeadlineExceeded) => {
                dispatch.abort();
                return;
            }
            // The connection is gone already.
            Err(_) => return,
        }
    }
}

impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connection")
            .field("peer", &self.inner.peer)
            .field("options", &self.inner.options)
            .finish()
    }
}
