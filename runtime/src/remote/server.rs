//! The accept loop: [`serve`], [`Server`], and the limits on connections.

use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::time::Duration;

use parking_lot::Mutex;
use tokio::net::{TcpListener, TcpStream, ToSocketAddrs};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use super::caller::Caller;
use super::connection::serve_connection;
use super::options::Options;
use super::service::Service;
use super::{BoxedStream, configure, io_runtime, run_blocking};

/// What every connection of one server shares.
pub(crate) struct ServerState {
    pub(crate) service: Service,
    pub(crate) options: Options,
    /// Calls in flight over all connections.
    pub(crate) calls: AtomicUsize,
    /// Bytes of requests held over all connections ([`Options::frame_budget`]).
    pub(crate) frame_budget: Arc<Semaphore>,
}

/// Turns an accepted socket into the stream to serve and the caller it comes from:
/// plain TCP, or a TLS handshake.
pub(crate) type Handshake = Arc<
    dyn Fn(
            TcpStream,
            SocketAddr,
        ) -> Pin<Box<dyn Future<Output = io::Result<(BoxedStream, Caller)>> + Send>>
        + Send
        + Sync,
>;

/// Serves `service` on `addr` over plain TCP (port 0 picks a free port) until the
/// returned [`Server`] is dropped.
///
/// Each connection is served on the crate's I/O runtime; each call is served through a
/// call object of its own (a blocking server's methods run on the built-in pool), so
/// calls from many clients run at once. Plain TCP has no authentication and no
/// encryption: bind it to `127.0.0.1` or a trusted network, and use
/// `remote::tls::serve` (feature `remote-tls`) anywhere else.
///
/// # Errors
///
/// The I/O error of binding `addr`.
pub fn serve(addr: impl ToSocketAddrs + Send + 'static, service: Service) -> io::Result<Server> {
    serve_with(addr, service, Options::new())
}

/// [`serve`] with `options` (give the clients the same [`Options::max_message`]).
///
/// # Errors
///
/// The I/O error of binding `addr`.
pub fn serve_with(
    addr: impl ToSocketAddrs + Send + 'static,
    service: Service,
    options: Options,
) -> io::Result<Server> {
    let plain: Handshake = Arc::new(|stream, peer| {
        Box::pin(async move { Ok((Box::new(stream) as BoxedStream, Caller::from_peer(peer))) })
    });
    serve_over(addr, service, options, plain)
}

pub(crate) fn serve_over(
    addr: impl ToSocketAddrs + Send + 'static,
    service: Service,
    options: Options,
    handshake: Handshake,
) -> io::Result<Server> {
    let listener = run_blocking(async move { TcpListener::bind(addr).await })?;
    let local_addr = listener.local_addr()?;
    let state = Arc::new(ServerState {
        service,
        options,
        calls: AtomicUsize::new(0),
        frame_budget: Arc::new(Semaphore::new(
            options.frame_budget.min(Semaphore::MAX_PERMITS),
        )),
    });
    // Opened before serving starts, so that it exists whatever the process does next.
    let reserve = spare_descriptor();
    let accepting = io_runtime().spawn(accept_loop(listener, state, handshake, reserve));
    Ok(Server {
        local_addr,
        accepting,
    })
}

async fn accept_loop(
    listener: TcpListener,
    state: Arc<ServerState>,
    handshake: Handshake,
    mut reserve: Option<std::fs::File>,
) {
    let options = state.options;
    let slots = Arc::new(Slots::default());
    let mut connections = JoinSet::new();
    // `reserve`: a file kept open to be closed when the process runs out of descriptors:
    // it makes room to accept, and so close, the connection waiting, rather than leave
    // its client hanging.
    loop {
        match listener.accept().await {
            Ok((stream, peer)) => {
                // Over a limit: closed at once; the client's connect says why.
                let Some(slot) = slots.take(peer.ip(), options) else {
                    drop(stream);
                    continue;
                };
                let state = Arc::clone(&state);
                let handshake = Arc::clone(&handshake);
                connections.spawn(async move {
                    let _slot = slot;
                    if configure(&stream, options).is_err() {
                        // The client reset the connection early: its concern only.
                        return;
                    }
                    let shaken =
                        tokio::time::timeout(options.first_frame_timeout, handshake(stream, peer));
                    if let Ok(Ok((stream, caller))) = shaken.await {
                        serve_connection(stream, caller, state).await;
                    }
                });
            }
            Err(error) if is_out_of_descriptors(&error) && reserve.is_some() => {
                drop(reserve.take());
                if let Ok((stream, _)) = listener.accept().await {
                    drop(stream);
                }
                reserve = spare_descriptor();
            }
            // Any other failure: wait a little rather than spin (and take the reserve
            // again once a descriptor is free).
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                if reserve.is_none() {
                    reserve = spare_descriptor();
                }
            }
        }
        while connections.try_join_next().is_some() {}
    }
}

fn spare_descriptor() -> Option<std::fs::File> {
    std::fs::File::open(if cfg!(windows) { "NUL" } else { "/dev/null" }).ok()
}

fn is_out_of_descriptors(error: &io::Error) -> bool {
    // EMFILE and ENFILE on Unix.
    cfg!(unix) && matches!(error.raw_os_error(), Some(23 | 24))
}

/// The connections served, in all and per peer address.
#[derive(Default)]
struct Slots {
    counts: Mutex<(usize, HashMap<IpAddr, usize>)>,
}

/// One connection's place; given back when dropped.
struct Slot {
    slots: Arc<Slots>,
    peer: IpAddr,
}

impl Slots {
    fn take(self: &Arc<Self>, peer: IpAddr, options: Options) -> Option<Slot> {
        let mut counts = self.counts.lock();
        let (all, per_peer) = &mut *counts;
        let mine = per_peer.entry(peer).or_insert(0);
        if *all >= options.max_connections || *mine >= options.max_connections_per_peer {
            if *mine == 0 {
                per_peer.remove(&peer);
            }
            return None;
        }
        *all += 1;
        *mine += 1;
        Some(Slot {
            slots: Arc::clone(self),
            peer,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut counts = self.slots.counts.lock();
        let (all, per_peer) = &mut *counts;
        *all -= 1;
        if let Some(mine) = per_peer.get_mut(&self.peer) {
            *mine -= 1;
            if *mine == 0 {
                per_peer.remove(&self.peer);
            }
        }
    }
}

/// A running [`serve`]: stops accepting, and closes its connections, when dropped.
/// Calls running at that moment run to their end (their clients get
/// [`CallError::Disconnected`](crate::CallError::Disconnected)); their methods see
/// `test_cancel()` report the cancel.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connection_slots_are_limited_in_all_and_per_peer_and_given_back() {
        let slots = Arc::new(Slots::default());
        let options = Options::new()
            .max_connections(3)
            .max_connections_per_peer(2);
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        let first = slots.take(a, options).unwrap();
        let _second = slots.take(a, options).unwrap();
        assert!(slots.take(a, options).is_none(), "a third from one peer");
        let _third = slots.take(b, options).unwrap();
        assert!(slots.take(b, options).is_none(), "a fourth in all");
        drop(first);
        assert!(slots.take(a, options).is_some());
    }
}
