//! Servers in other processes (COM: DCOM), over [tarpc](https://docs.rs/tarpc) on TCP,
//! or on TLS (`remote::tls`, feature `remote-tls`).
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
//! - **Engine.** tarpc's client carries the calls (request ids, deadlines); frames are a
//!   4-byte length and a body encoded with [postcard](https://docs.rs/postcard). The
//!   server reads and writes tarpc's envelopes itself, with checked arithmetic and a
//!   limit on everything a peer can ask for ([`Options`]): no frame can panic it.
//! - **Cancel.** `cancel` on the client tells the server, and the server method sees it
//!   through `test_cancel()`; a call the server has not started yet never runs. The
//!   client's `cancel(timeout)` keeps COM's rules: if the server answers within the
//!   timeout (a call that never ran answers [`CallError::Canceled`]), `cancel` returns
//!   `CallComplete` and `finish_` returns that answer; otherwise the call ends as
//!   cancelled on the client and the server's late answer is dropped.
//! - **Deadline.** The deadline of the call's [`CallContext`](crate::CallContext) goes
//!   with the call: the server method reads it with `context::deadline()`, a call whose
//!   deadline passed before it started never runs, and the call ends with
//!   [`CallError::Canceled`] when the deadline passes. A call without a deadline is given
//!   [`Options::call_timeout`] (10 minutes by default); no deadline is further than a
//!   year, on either end.
//! - **Caller.** The server method learns who called with [`caller`]: the peer's address,
//!   and over mutual TLS the verified certificate chain and its subject.
//!   [`Service::authorize`] decides per method whether a caller may call it; a refused
//!   call ends with [`CallError::AccessDenied`]. Nothing else of the client's call context
//!   crosses the wire (its values are not serializable in general).
//! - **Lost connection.** Calls in flight end with [`CallError::Disconnected`] on the
//!   client, and on the server their methods see `test_cancel()` report the cancel.
//!   Later calls over the dead connection end with `Disconnected` too; connect again for
//!   a new one. A peer that vanishes is found by TCP keepalive ([`Options::keepalive`]);
//!   a server that hangs, by the client's heartbeat ([`Options::heartbeat`]; COM pings
//!   for the same purpose).
//! - **Limits.** Arguments or a reply that fail to serialize, or are larger than
//!   [`Options::max_message`], end that one call with [`CallError::ClientCantMarshal`] or
//!   [`CallError::ServerCantMarshal`]; the connection stays up. A panic in the server
//!   method ends the call with [`CallError::ServerFault`] carrying the panic's message.
//!   A server with no room for a call answers [`CallError::ServerBusy`]; one client
//!   cannot take more than its share of the workers ([`Options::workers_per_connection`]).
//!
//! Both ends run their network I/O on one small tokio runtime of their own (one thread,
//! started on first use), so the client needs no runtime and a tokio application's own
//! runtime is left alone.
//!
//! The module's files, one concept each: `options` (the limits), `wire` (the messages
//! and tarpc's envelopes), `codec` (frames), `client` ([`Connection`]), `server` (the
//! accept loop and connection limits), `connection` (one served connection), `calls`
//! (its registry of calls), `service` ([`Service`]), `caller` ([`Caller`]), `tls`.

use std::io;
use std::sync::OnceLock;
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite};

#[cfg(doc)]
use crate::error::CallError;

#[doc(hidden)]
#[path = "fuzz.rs"]
pub mod __fuzz;
mod caller;
mod calls;
mod client;
mod codec;
mod connection;
mod options;
mod server;
mod service;
#[cfg(feature = "remote-tls")]
#[cfg_attr(docsrs, doc(cfg(feature = "remote-tls")))]
pub mod tls;
mod wire;

pub use caller::{Caller, caller};
pub use client::Connection;
pub use options::Options;
pub use server::{Server, serve, serve_with};
pub use service::Service;
#[doc(hidden)]
pub use wire::Postcard;

/// Marks a call object over a remote server, created with `IFooCall::remote(&connection)`
/// (its type is `IFooCall<Connection, Remote>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Remote;

/// What the bench's tarpc peer needs, without the facade depending on tarpc itself.
#[doc(hidden)]
pub mod __peer {
    pub use futures;
    pub use tarpc;
}

/// A connection's byte stream: a TCP socket, or TLS over one.
pub(crate) trait IoStream: AsyncRead + AsyncWrite + Send + Unpin + 'static {}
impl<T: AsyncRead + AsyncWrite + Send + Unpin + 'static> IoStream for T {}
pub(crate) type BoxedStream = Box<dyn IoStream>;

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

/// The runtime that runs both ends' network I/O.
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
