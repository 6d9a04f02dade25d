//! Hidden: the server's frame reading and decoding driven in-process from arbitrary
//! bytes, for the fuzz test (`runtime/tests/remote_fuzz.rs`, run by `.ci/run`). Each
//! input is one connection's whole byte stream through the real connection code, so
//! the test reaches what a hostile peer reaches, a million inputs in a minute or so.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::Semaphore;

use super::caller::Caller;
use super::connection::serve_connection;
use super::options::Options;
use super::server::ServerState;
use super::service::Service;

/// Serves connections whose bytes the caller gives.
pub struct Harness {
    runtime: tokio::runtime::Runtime,
    state: Arc<ServerState>,
}

impl Harness {
    /// A harness serving `service` with `options`.
    pub fn new(service: Service, options: Options) -> Self {
        Harness {
            runtime: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for the fuzz harness"),
            state: Arc::new(ServerState {
                service,
                options,
                calls: AtomicUsize::new(0),
                frame_budget: Arc::new(Semaphore::new(
                    options.frame_budget.min(Semaphore::MAX_PERMITS),
                )),
            }),
        }
    }

    /// Serves one connection that sends `input` and then closes; returns how many
    /// bytes the server wrote back.
    pub fn feed(&self, input: &[u8]) -> usize {
        let written = Arc::new(AtomicUsize::new(0));
        let stream = Scripted {
            input: input.to_vec(),
            read: 0,
            written: Arc::clone(&written),
        };
        let caller = Caller::from_peer(([127, 0, 0, 1], 1).into());
        self.runtime.block_on(serve_connection(
            Box::new(stream),
            caller,
            Arc::clone(&self.state),
        ));
        written.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// A stream that yields its input, then the end; counts what is written to it.
struct Scripted {
    input: Vec<u8>,
    read: usize,
    written: Arc<AtomicUsize>,
}

impl AsyncRead for Scripted {
    fn poll_read(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let rest = &self.input[self.read..];
        let n = rest.len().min(buf.remaining());
        buf.put_slice(&rest[..n]);
        self.read += n;
        Poll::Ready(Ok(()))
    }
}

impl AsyncWrite for Scripted {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.written
            .fetch_add(buf.len(), std::sync::atomic::Ordering::Relaxed);
        Poll::Ready(Ok(buf.len()))
    }
    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}
