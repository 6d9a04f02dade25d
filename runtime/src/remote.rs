//! Servers in other processes (COM: DCOM), over [tarpc](https://docs.rs/tarpc) on TCP.
//!
//! The client's code does not change: a call object made with
//! `IFooCall::remote(&connection)` has the same `begin_`, `wait`, `cancel` and `finish_`
//! as one over a local server. Each call's in-part (the hidden request enum that
//! `#[async_interface(remote)]` makes serializable) travels to the server process,
//! which serves it through a call object of its own, as a local client would (the
//! synchronous method on the built-in pool, or a native server, or an apartment), and
//! its out-part and return value travel back.
//!
//! ```no_run
//! # use std::sync::Arc;
//! # use async_interface_runtime::remote;
//! # fn service() -> remote::Service { unimplemented!() }
//! // Server process: serve a trait's calls on a port
//! // (the service comes from the generated `IFooCall::remote_service(Arc::new(server))`).
//! let server = remote::serve("127.0.0.1:7000", service())?;
//!
//! // Client process: one connection, any number of call objects over it
//! // (`IFooCall::remote(&connection)`).
//! let connection = remote::Connection::connect(server.local_addr())?;
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! What crosses the wire, and how:
//!
//! - **Engine.** tarpc's client and server channels carry the calls (request ids,
//!   cancellation of dropped requests, deadlines); TCP with length-delimited frames is
//!   the transport; each frame is encoded with [postcard](https://docs.rs/postcard).
//!   This module adds only what COM's semantics need on top: cancel that lets the server
//!   finish, disconnect that reaches running calls, limits that fail one call.
//! - **Cancel.** `cancel` on the client tells the server, and the server method sees it
//!   through `test_cancel()`; a call the server has not started yet never runs. The
//!   client's `cancel(timeout)` keeps COM's rules: if the server answers within the
//!   timeout (a call that never ran answers [`CallError::Canceled`]), `cancel` returns
//!   `CallComplete` and `finish_` returns that answer; otherwise the call ends as
//!   cancelled on the client and the server's late answer is dropped.
//! - **Deadline.** The deadline of the call's [`CallContext`] goes with the call: the
//!   server method reads it with `context::deadline()`, a call whose deadline passed
//!   before it started never runs, and the call ends with [`CallError::Canceled`] when
//!   the deadline passes (tarpc enforces it). Other context values stay on the client:
//!   they are not serializable in general. A call without a deadline is given one of a
//!   year, tarpc's limit.
//! - **Lost connection.** Calls in flight end with [`CallError::Disconnected`] on the
//!   client, and on the server their methods see `test_cancel()` report the cancel
//!   (tarpc alone leaves them running unaware, tarpc#341). Later calls over the dead
//!   connection end with `Disconnected` too; connect again for a new one. A peer that
//!   vanishes without closing the connection is found by TCP keepalive
//!   ([`Options::keepalive`]; COM pings for the same purpose).
//! - **Limits.** Arguments or a reply that fail to serialize, or are larger than
//!   [`Options::max_message`], end that one call with [`CallError::ClientCantMarshal`] or
//!   [`CallError::ServerCantMarshal`]; the connection stays up. A panic in the server
//!   method ends the call with [`CallError::ServerFault`] carrying the panic's message.
//!
//! Both ends run their network I/O on one small tokio runtime of their own (one thread,
//! started on first use), so the client needs no runtime and a tokio application's own
//! runtime is left alone.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io;
use std::marker::PhantomData;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use futures::{Sink, Stream, StreamExt};
use parking_lot::Mutex;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tarpc::client::RpcError;
use tarpc::server::Channel as _;
use tokio::net::ToSocketAddrs;
use tokio::task::JoinSet;

use crate::context::CallContext;
use crate::error::CallError;
use crate::native::Completer;
use crate::{Call, CallObject, CallOptions, Dispatch, Serve};

/// Marks a call object over a remote server, created with `IFooCall::remote(&connection)`
/// (its type is `IFooCall<Connection, Remote>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Remote;

/// The longest deadline tarpc accepts (its timer wheel stops near two years): what a
/// call without a deadline of its own is given.
const NO_DEADLINE: Duration = Duration::from_secs(365 * 24 * 60 * 60);

/// Room in a frame for what tarpc adds around a call's encoded in-part or out-part.
const FRAME_OVERHEAD: usize = 4 * 1024;

/// Settings of one end of a remote connection. Give both ends the same.
///
/// ```
/// use async_interface_runtime::remote::Options;
///
/// let options = Options::new().max_message(64 * 1024 * 1024);
/// assert_eq!(options.message_limit(), 64 * 1024 * 1024);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    max_message: usize,
    keepalive: Option<Duration>,
}

impl Options {
    /// The defaults: messages up to 8 MiB (tokio's default frame limit), TCP keepalive
    /// after 30 s of silence.
    pub const fn new() -> Self {
        Options {
            max_message: 8 * 1024 * 1024,
            keepalive: Some(Duration::from_secs(30)),
        }
    }

    /// TCP keepalive (COM: DCOM's pings): after `idle` without traffic the system probes
    /// the peer every 10 s, and a peer that vanished without closing the connection (its
    /// machine stopped, the network was cut) is noticed after about `idle` + 30 s; the
    /// calls in flight then end with [`CallError::Disconnected`]. `None` turns it off:
    /// such calls then wait for their deadline.
    #[must_use]
    pub const fn keepalive(mut self, idle: Option<Duration>) -> Self {
        self.keepalive = idle;
        self
    }

    /// The largest encoded in-part (arguments) or out-part (reply) of one call, in bytes.
    /// A larger one fails its call with [`CallError::ClientCantMarshal`] (arguments) or
    /// [`CallError::ServerCantMarshal`] (reply); nothing larger is ever sent.
    #[must_use]
    pub const fn max_message(mut self, bytes: usize) -> Self {
        self.max_message = bytes;
        self
    }

    /// The limit set by [`max_message`](Self::max_message).
    pub const fn message_limit(&self) -> usize {
        self.max_message
    }

    fn max_frame(&self) -> usize {
        self.max_message.saturating_add(FRAME_OVERHEAD)
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::new()
    }
}

/// What the client sends.
#[derive(Debug, Serialize, Deserialize)]
enum WireRequest {
    /// Run a call: its id (unique per connection), its encoded in-part, and whether its
    /// deadline is the client's own (not the stand-in for "none").
    Call {
        id: u64,
        payload: Vec<u8>,
        has_deadline: bool,
    },
    /// The client cancelled call `id`.
    Cancel { id: u64 },
}

impl tarpc::RequestName for WireRequest {
    fn name(&self) -> &str {
        match self {
            WireRequest::Call { .. } => "call",
            WireRequest::Cancel { .. } => "cancel",
        }
    }
}

/// What the server answers.
#[derive(Debug, Serialize, Deserialize)]
enum WireReply {
    /// The encoded out-part of a call.
    Done(Vec<u8>),
    /// The call ended without an out-part.
    Fault(Fault),
    /// The answer to [`WireRequest::Cancel`].
    CancelNoted,
}

/// How a call ended on the server without an out-part.
#[derive(Debug, Serialize, Deserialize)]
enum Fault {
    /// The method panicked, with this message.
    Panicked(String),
    /// The call was cancelled (or its deadline passed) before it started.
    Canceled,
    /// The server could not decode the in-part or encode the out-part.
    CantMarshal(String),
    /// A native server dropped the call's completer without completing it.
    Disconnected,
}

impl From<Fault> for CallError {
    fn from(fault: Fault) -> CallError {
        match fault {
            Fault::Panicked(message) => CallError::ServerFault { message },
            Fault::Canceled => CallError::Canceled,
            Fault::CantMarshal(message) => CallError::ServerCantMarshal { message },
            Fault::Disconnected => CallError::Disconnected,
        }
    }
}

/// Encodes the frames with postcard. Public, hidden, for the bench's tarpc peer, which
/// then differs from us in nothing but what this module adds.
#[doc(hidden)]
pub struct Postcard<Item, SinkItem>(PhantomData<Directions<Item, SinkItem>>);

/// Reads `Item`s, writes `SinkItem`s; owns neither.
type Directions<Item, SinkItem> = (fn() -> Item, fn(SinkItem));

/// What the bench's tarpc peer needs, without the facade depending on tarpc itself.
#[doc(hidden)]
pub mod __peer {
    pub use futures;
    pub use tarpc;
}

impl<Item, SinkItem> Postcard<Item, SinkItem> {
    /// The codec.
    pub fn new() -> Self {
        Postcard(PhantomData)
    }
}

impl<Item, SinkItem> Default for Postcard<Item, SinkItem> {
    fn default() -> Self {
        Self::new()
    }
}

impl<Item, SinkItem: Serialize> tokio_serde::Serializer<SinkItem> for Postcard<Item, SinkItem> {
    type Error = io::Error;
    fn serialize(self: Pin<&mut Self>, item: &SinkItem) -> Result<Bytes, io::Error> {
        postcard::to_stdvec(item)
            .map(Bytes::from)
            .map_err(io::Error::other)
    }
}

impl<Item: DeserializeOwned, SinkItem> tokio_serde::Deserializer<Item>
    for Postcard<Item, SinkItem>
{
    type Error = io::Error;
    fn deserialize(self: Pin<&mut Self>, src: &BytesMut) -> Result<Item, io::Error> {
        postcard::from_bytes(src).map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))
    }
}

/// Sets up a connection's socket: no Nagle delay (each call is one small write that
/// should leave at once), keepalive as `options` say.
fn configure(stream: &tokio::net::TcpStream, options: Options) -> io::Result<()> {
    stream.set_nodelay(true)?;
    if let Some(idle) = options.keepalive {
        let keepalive = socket2::TcpKeepalive::new().with_time(idle);
        #[cfg(any(
            target_os = "linux",
            target_os = "android",
            target_os = "macos",
            target_os = "ios",
            target_os = "freebsd",
            target_os = "windows"
        ))]
        let keepalive = keepalive.with_interval(Duration::from_secs(10));
        #[cfg(any(
            target_os = "linux",
            target_os = "android",
            target_os = "macos",
            target_os = "ios",
            target_os = "freebsd"
        ))]
        let keepalive = keepalive.with_retries(3);
        socket2::SockRef::from(stream).set_tcp_keepalive(&keepalive)?;
    }
    Ok(())
}

/// A configured socket, framed and encoded.
fn framed<Item, SinkItem>(
    stream: tokio::net::TcpStream,
    options: Options,
) -> tarpc::serde_transport::Transport<
    tokio::net::TcpStream,
    Item,
    SinkItem,
    Postcard<Item, SinkItem>,
>
where
    Item: DeserializeOwned,
    SinkItem: Serialize,
{
    let framed = tokio_util::codec::LengthDelimitedCodec::builder()
        .max_frame_length(options.max_frame())
        .new_framed(stream);
    tarpc::serde_transport::new(framed, Postcard::new())
}

/// The runtime that runs both ends' network I/O and the servers' blocking calls.
fn io_runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("async-interface-remote")
            .enable_all()
            .build()
            .expect("async-interface could not start its network thread")
    })
}

/// Runs `task` on the I/O runtime and blocks the calling thread until it is done.
fn run_blocking<T: Send + 'static>(task: impl Future<Output = T> + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    io_runtime().spawn(async move {
        let _ = tx.send(task.await);
    });
    rx.recv()
        .expect("the network thread of async-interface stopped")
}

/// A connection to a remote server: the client's end. Cheap to clone; every call object
/// made over it (`IFooCall::remote(&connection)`) shares it, and calls of many call
/// objects are in flight on it at once.
///
/// The connection closes when its last clone and its last call object are dropped.
#[derive(Clone)]
pub struct Connection {
    inner: Arc<ConnectionInner>,
}

struct ConnectionInner {
    channel: tarpc::client::Channel<WireRequest, WireReply>,
    next_id: AtomicU64,
    options: Options,
    peer: SocketAddr,
    /// The keepalive idle time the socket has.
    keepalive: Option<Duration>,
}

impl Connection {
    /// Connects to the server at `addr`, blocking until connected.
    ///
    /// # Errors
    ///
    /// The I/O error of the connection attempt (nothing listens there, unreachable, ...).
    pub fn connect(addr: impl ToSocketAddrs + Send + 'static) -> io::Result<Connection> {
        Self::connect_with(addr, Options::new())
    }

    /// [`connect`](Self::connect) with `options` (give the server the same).
    ///
    /// # Errors
    ///
    /// The I/O error of the connection attempt.
    pub fn connect_with(
        addr: impl ToSocketAddrs + Send + 'static,
        options: Options,
    ) -> io::Result<Connection> {
        run_blocking(Self::open(addr, options))
    }

    /// [`connect_with`](Self::connect_with) without blocking a thread: for clients that
    /// are async themselves. The connection's I/O still runs on the crate's own runtime.
    ///
    /// # Errors
    ///
    /// The I/O error of the connection attempt.
    pub async fn connect_async(
        addr: impl ToSocketAddrs + Send + 'static,
        options: Options,
    ) -> io::Result<Connection> {
        io_runtime()
            .spawn(Self::open(addr, options))
            .await
            .map_err(io::Error::other)?
    }

    /// Runs on the I/O runtime.
    async fn open(addr: impl ToSocketAddrs, options: Options) -> io::Result<Connection> {
        let stream = tokio::net::TcpStream::connect(addr).await?;
        let peer = stream.peer_addr()?;
        configure(&stream, options)?;
        // Read back from the socket, so that what is reported is what the system applied.
        let keepalive = options
            .keepalive
            .map(|_| socket2::SockRef::from(&stream).tcp_keepalive_time())
            .transpose()?;
        let transport = framed(stream, options);
        let tarpc::client::NewClient { client, dispatch } =
            tarpc::client::new(tarpc::client::Config::default(), transport);
        tokio::spawn(dispatch);
        Ok(Connection {
            inner: Arc::new(ConnectionInner {
                channel: client,
                next_id: AtomicU64::new(1),
                options,
                peer,
                keepalive,
            }),
        })
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
        let deadline = crate::context::deadline();
        let id = self.inner.next_id.fetch_add(1, Ordering::Relaxed);
        let inner = Arc::clone(&self.inner);
        done.on_cancel(move || {
            io_runtime().spawn(async move {
                // If the cancel cannot reach the server, the call ends Disconnected anyway.
                let _ = inner
                    .channel
                    .call(context_until(None), WireRequest::Cancel { id })
                    .await;
            });
        });
        let inner = Arc::clone(&self.inner);
        io_runtime().spawn(async move {
            let request = WireRequest::Call {
                id,
                payload,
                has_deadline: deadline.is_some(),
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
                // Only a cancel is answered so; a call never is.
                Ok(WireReply::CancelNoted) => done.fail(CallError::Disconnected),
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

/// A tarpc context whose deadline is `deadline`, or the stand-in for none.
fn context_until(deadline: Option<Instant>) -> tarpc::context::Context {
    let mut context = tarpc::context::current();
    context.deadline = deadline.unwrap_or_else(|| Instant::now() + NO_DEADLINE);
    context
}

impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connection")
            .field("peer", &self.inner.peer)
            .field("options", &self.inner.options)
            .finish()
    }
}

/// Starts one call from its encoded in-part and deadline: what it returns is the way to
/// cancel it and the call's encoded out-part to come.
type StartCall = dyn Fn(&[u8], Option<Instant>, usize) -> Result<(CancelHandle, ReplyFuture), Fault>
    + Send
    + Sync;

/// Asks a running call to stop (its method sees `test_cancel()`; a queued one never runs).
type CancelHandle = Arc<dyn Fn() + Send + Sync>;

/// A call's encoded out-part, or why there is none.
type ReplyFuture = Pin<Box<dyn Future<Output = Result<Vec<u8>, Fault>> + Send>>;

/// What a server process offers: one trait's methods on one server object, made by the
/// generated `IFooCall::remote_service(Arc::new(server))` (a blocking server) or
/// `IFooCall::remote_service_native(Arc::new(server))` (a native server, or an
/// apartment). Hand it to [`serve`].
#[derive(Clone)]
pub struct Service {
    start: Arc<StartCall>,
}

/// The method name the server's call objects use (one call each, so any name would do).
const SERVED: &str = "remote call";

impl Service {
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
            start: Arc::new(
                move |payload: &[u8], deadline: Option<Instant>, limit: usize| {
                    let request: D::Request = postcard::from_bytes(payload).map_err(|error| {
                        Fault::CantMarshal(format!(
                            "the call's arguments do not decode ({error}): \
                             are client and server built from the same trait?"
                        ))
                    })?;
                    let call = Arc::new(Call::with_options(dispatch.clone(), options.clone()));
                    if let Some(deadline) = deadline {
                        call.set_context(Some(CallContext::new().with_deadline(deadline)));
                    }
                    call.begin(SERVED, request).map_err(|error| {
                        Fault::Panicked(format!("the server could not begin the call: {error}"))
                    })?;
                    let cancel: CancelHandle = {
                        let call = Arc::clone(&call);
                        Arc::new(move || call.request_cancel())
                    };
                    let reply: ReplyFuture = Box::pin(async move {
                        // Completion, or cancellation: finish tells which.
                        let _ = call.completion().await;
                        encode_reply(call.finish(SERVED), limit)
                    });
                    Ok((cancel, reply))
                },
            ),
        }
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
        f.debug_struct("Service").finish_non_exhaustive()
    }
}

/// Serves `service` on `addr` (port 0 picks a free port) until the returned [`Server`]
/// is dropped.
///
/// Each connection is served on the crate's I/O runtime; each call is served through a
/// call object of its own (a blocking server's methods run on the built-in pool), so
/// calls from many clients run at once.
///
/// # Errors
///
/// The I/O error of binding `addr`.
pub fn serve(addr: impl ToSocketAddrs + Send + 'static, service: Service) -> io::Result<Server> {
    serve_with(addr, service, Options::new())
}

/// [`serve`] with `options` (give the clients the same).
///
/// # Errors
///
/// The I/O error of binding `addr`.
pub fn serve_with(
    addr: impl ToSocketAddrs + Send + 'static,
    service: Service,
    options: Options,
) -> io::Result<Server> {
    let listener = run_blocking(async move { tokio::net::TcpListener::bind(addr).await })?;
    let local_addr = listener.local_addr()?;
    let accepting = io_runtime().spawn(async move {
        let mut connections = JoinSet::new();
        loop {
            // A failed setup (the client reset the connection early) concerns that
            // client only.
            match listener.accept().await {
                Ok((stream, _)) => {
                    if configure(&stream, options).is_ok() {
                        let transport = framed(stream, options);
                        connections.spawn(serve_connection(transport, service.clone(), options));
                    }
                }
                // Out of file descriptors or the like: wait a little rather than spin.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
            while connections.try_join_next().is_some() {}
        }
    });
    Ok(Server {
        local_addr,
        accepting,
    })
}

/// A running [`serve`]: stops accepting, and closes its connections, when dropped.
/// Calls running at that moment run to their end (their clients get
/// [`CallError::Disconnected`]); their methods see `test_cancel()` report the cancel.
#[derive(Debug)]
pub struct Server {
    local_addr: SocketAddr,
    accepting: tokio::task::JoinHandle<()>,
}

impl Server {
    /// The address it listens on (with the port picked, if `0` was asked for).
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Dropping the accept task drops its JoinSet, which aborts every connection.
        self.accepting.abort();
    }
}

/// The calls running on one connection, so that a cancel or the connection's end
/// reaches them.
#[derive(Default)]
struct RunningCalls {
    calls: Mutex<Calls>,
}

#[derive(Default)]
struct Calls {
    running: HashMap<u64, CancelHandle>,
    /// The newest call id seen; the client numbers its calls in order.
    newest: u64,
    /// Cancels that overtook their call on the way (the client sends each from a task of
    /// its own): applied when the call arrives. Only ids above `newest` are kept, so the
    /// set holds no cancel of a call that has come and gone.
    early_cancels: HashSet<u64>,
}

impl RunningCalls {
    /// Registers call `id`, and cancels it at once if its cancel came first.
    fn start(&self, id: u64, cancel: &CancelHandle) {
        let early = {
            let mut calls = self.calls.lock();
            calls.newest = calls.newest.max(id);
            calls.running.insert(id, Arc::clone(cancel));
            calls.early_cancels.remove(&id)
        };
        if early {
            cancel();
        }
    }

    fn cancel(&self, id: u64) {
        let handle = {
            let mut calls = self.calls.lock();
            match calls.running.get(&id) {
                Some(handle) => Some(Arc::clone(handle)),
                None => {
                    if id > calls.newest {
                        calls.early_cancels.insert(id);
                    }
                    // Otherwise the call has ended already: nothing to stop.
                    None
                }
            }
        };
        // Outside the lock: the handle may run the server's own cancel hook.
        if let Some(handle) = handle {
            handle();
        }
    }

    fn cancel_all(&self) {
        let handles: Vec<CancelHandle> = self.calls.lock().running.values().cloned().collect();
        for handle in handles {
            handle();
        }
    }
}

/// Takes a call out of [`RunningCalls`] when its handler ends, and cancels it if the
/// handler ends before the call (tarpc aborts it at the deadline, or the connection is
/// shut); cancelling a call that has finished does nothing.
struct RunningCall {
    running: Arc<RunningCalls>,
    id: u64,
    cancel: CancelHandle,
}

impl Drop for RunningCall {
    fn drop(&mut self) {
        self.running.calls.lock().running.remove(&self.id);
        (self.cancel)();
    }
}

type ServerTransport = tarpc::serde_transport::Transport<
    tokio::net::TcpStream,
    tarpc::ClientMessage<WireRequest>,
    tarpc::Response<WireReply>,
    Postcard<tarpc::ClientMessage<WireRequest>, tarpc::Response<WireReply>>,
>;

async fn serve_connection(transport: ServerTransport, service: Service, options: Options) {
    let running = Arc::new(RunningCalls::default());
    let transport = EndWatch {
        inner: transport,
        on_end: Some(Arc::clone(&running)),
    };
    let channel = tarpc::server::BaseChannel::with_defaults(transport);
    let handler = {
        let running = Arc::clone(&running);
        move |context: tarpc::context::Context, request: WireRequest| {
            let running = Arc::clone(&running);
            let service = service.clone();
            async move {
                Ok(match request {
                    WireRequest::Cancel { id } => {
                        running.cancel(id);
                        WireReply::CancelNoted
                    }
                    WireRequest::Call {
                        id,
                        payload,
                        has_deadline,
                    } => {
                        let deadline = has_deadline.then_some(context.deadline);
                        run_call(&running, id, payload, deadline, service, options).await
                    }
                })
            }
        }
    };
    let mut requests = std::pin::pin!(channel.execute(tarpc::server::serve(handler)));
    let mut handlers = JoinSet::new();
    while let Some(handler) = requests.next().await {
        handlers.spawn(handler);
        while handlers.try_join_next().is_some() {}
    }
    // The connection is gone: tell the calls still running, and stop their handlers.
    running.cancel_all();
}

async fn run_call(
    running: &Arc<RunningCalls>,
    id: u64,
    payload: Vec<u8>,
    deadline: Option<Instant>,
    service: Service,
    options: Options,
) -> WireReply {
    if deadline.is_some_and(|deadline| Instant::now() >= deadline) {
        // Too late to be of use before it started: it never runs.
        return WireReply::Fault(Fault::Canceled);
    }
    let (cancel, reply) = match (service.start)(&payload, deadline, options.max_message) {
        Ok(started) => started,
        Err(fault) => return WireReply::Fault(fault),
    };
    running.start(id, &cancel);
    let _guard = RunningCall {
        running: Arc::clone(running),
        id,
        cancel,
    };
    match reply.await {
        Ok(reply) => WireReply::Done(reply),
        Err(fault) => WireReply::Fault(fault),
    }
}

/// A transport that tells the connection's calls when the client's side closes.
struct EndWatch<T> {
    inner: T,
    on_end: Option<Arc<RunningCalls>>,
}

impl<T: Stream<Item = Result<I, E>> + Unpin, I, E> Stream for EndWatch<T> {
    type Item = T::Item;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T::Item>> {
        let next = Pin::new(&mut self.inner).poll_next(cx);
        if matches!(next, Poll::Ready(None | Some(Err(_))))
            && let Some(running) = self.on_end.take()
        {
            running.cancel_all();
        }
        next
    }
}

impl<T: Sink<I> + Unpin, I> Sink<I> for EndWatch<T> {
    type Error = T::Error;
    fn poll_ready(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), T::Error>> {
        Pin::new(&mut self.inner).poll_ready(cx)
    }
    fn start_send(mut self: Pin<&mut Self>, item: I) -> Result<(), T::Error> {
        Pin::new(&mut self.inner).start_send(item)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), T::Error>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }
    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), T::Error>> {
        Pin::new(&mut self.inner).poll_close(cx)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use super::*;

    /// A cancel handle that counts how often it was used.
    fn counting() -> (CancelHandle, Arc<AtomicUsize>) {
        let count = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&count);
        let handle: CancelHandle = Arc::new(move || {
            seen.fetch_add(1, Ordering::SeqCst);
        });
        (handle, count)
    }

    fn times(count: &AtomicUsize) -> usize {
        count.load(Ordering::SeqCst)
    }

    #[test]
    fn a_cancel_that_overtakes_its_call_is_applied_when_the_call_arrives() {
        let running = RunningCalls::default();
        let (first, first_count) = counting();
        running.start(1, &first);
        running.cancel(2);
        assert_eq!(times(&first_count), 0);
        let (second, second_count) = counting();
        running.start(2, &second);
        assert_eq!(times(&second_count), 1, "the early cancel was lost");
        assert!(running.calls.lock().early_cancels.is_empty());
    }

    #[test]
    fn a_cancel_of_a_call_that_has_ended_is_not_kept() {
        let running = RunningCalls::default();
        let (handle, count) = counting();
        running.start(1, &handle);
        running.calls.lock().running.remove(&1);
        running.cancel(1);
        assert_eq!(times(&count), 0);
        assert!(running.calls.lock().early_cancels.is_empty());
    }

    #[test]
    fn the_end_of_the_connection_cancels_every_running_call() {
        let running = RunningCalls::default();
        let (one, one_count) = counting();
        let (two, two_count) = counting();
        running.start(1, &one);
        running.start(2, &two);
        running.cancel_all();
        assert_eq!((times(&one_count), times(&two_count)), (1, 1));
    }
}
