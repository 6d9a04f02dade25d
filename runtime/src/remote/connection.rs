//! One served connection: reads frames under its timeouts and budgets, starts each call
//! within the connection's share of the workers, and writes the replies.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use tokio::io::{AsyncWriteExt, BufReader, BufWriter};
use tokio::sync::{Notify, Semaphore, mpsc};
use tokio::task::JoinSet;

use super::BoxedStream;
use super::caller::Caller;
use super::calls::{CallCancel, RunningCalls};
use super::codec::{Frame, FrameReader, frame};
use super::server::ServerState;
use super::service::Incoming;
use super::wire::{ClientMessage, Fault, WireReply, WireRequest, encode_response};

/// What the connection's handlers share.
struct Connection {
    server: Arc<ServerState>,
    caller: Caller,
    running: RunningCalls,
    /// Calls in flight (queued or running) on this connection.
    in_flight: AtomicUsize,
    /// This connection's share of the workers: one permit per running call.
    share: Arc<Semaphore>,
    replies: Replies,
}

/// The replies waiting to be written, and how many bytes they hold.
struct Replies {
    queue: mpsc::UnboundedSender<Vec<u8>>,
    unsent: Arc<AtomicUsize>,
    drained: Arc<Notify>,
}

impl Replies {
    fn send(&self, request_id: u64, reply: &WireReply) {
        let framed = frame(&encode_response(request_id, reply));
        self.unsent.fetch_add(framed.len(), Ordering::AcqRel);
        // A closed queue: the connection is ending, the reply has nowhere to go.
        let _ = self.queue.send(framed);
    }

    fn unsent(&self) -> usize {
        self.unsent.load(Ordering::Acquire)
    }
}

/// Counts one call in flight on the connection and on the server until dropped.
struct InFlight {
    connection: Arc<Connection>,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.connection.in_flight.fetch_sub(1, Ordering::AcqRel);
        self.connection.server.calls.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Serves one connection until the client closes it, breaks a rule, or stalls.
pub(crate) async fn serve_connection(
    stream: BoxedStream,
    caller: Caller,
    server: Arc<ServerState>,
) {
    let options = server.options;
    let (read, write) = tokio::io::split(stream);
    let (queue, outgoing) = mpsc::unbounded_channel();
    let unsent = Arc::new(AtomicUsize::new(0));
    let drained = Arc::new(Notify::new());
    let writer = tokio::spawn(write_replies(
        BufWriter::new(write),
        outgoing,
        Arc::clone(&unsent),
        Arc::clone(&drained),
    ));
    let connection = Arc::new(Connection {
        caller,
        running: RunningCalls::new(options.max_calls_per_connection),
        in_flight: AtomicUsize::new(0),
        share: Arc::new(Semaphore::new(options.workers_per_connection.max(1))),
        replies: Replies {
            queue,
            unsent,
            drained,
        },
        server: Arc::clone(&server),
    });
    let mut reader = FrameReader::new(
        BufReader::new(read),
        options.max_frame(),
        Arc::clone(&server.frame_budget),
    );
    let mut handlers = JoinSet::new();
    let mut first = true;
    loop {
        if !wait_for_replies_to_drain(&connection).await {
            break;
        }
        let Some(frame) = next_frame(&mut reader, &connection, first).await else {
            break;
        };
        first = false;
        let Ok(message) = ClientMessage::decode(&frame.body) else {
            // Not our protocol: this peer is done.
            break;
        };
        match message {
            ClientMessage::Request {
                request_id,
                deadline,
                message,
            } => match message {
                WireRequest::Ping => connection.replies.send(request_id, &WireReply::Pong),
                WireRequest::Cancel { id } => {
                    connection.running.cancel(id);
                    connection.replies.send(request_id, &WireReply::CancelNoted);
                }
                WireRequest::Call {
                    id,
                    payload,
                    has_deadline,
                } => {
                    let call = Call {
                        request_id,
                        id,
                        payload,
                        deadline,
                        has_deadline,
                        frame: Frame {
                            body: Vec::new(),
                            permit: frame.permit,
                        },
                    };
                    if let Some(handler) = admit(&connection, call) {
                        handlers.spawn(handler);
                    }
                }
            },
            // tarpc's client sends this when it drops a call's future (after our own
            // `Cancel`, or at the deadline, which the server enforces itself).
            ClientMessage::Cancel => {}
        }
        while handlers.try_join_next().is_some() {}
    }
    // The connection is gone: tell the calls still running, and stop their handlers.
    connection.running.cancel_all();
    drop(handlers);
    drop(connection);
    // The replies already queued (pings, cancels, calls that ended) still go out, once
    // the aborted handlers let go of the queue; a client that stopped reading does not
    // keep the writer past the grace.
    let mut writer = writer;
    if tokio::time::timeout(FLUSH_GRACE, &mut writer)
        .await
        .is_err()
    {
        writer.abort();
    }
}

/// How long a closing connection's queued replies have to go out.
const FLUSH_GRACE: std::time::Duration = std::time::Duration::from_secs(1);

/// Waits while the connection's unsent replies exceed the reply budget; `false` if they
/// did not drain within the idle timeout (the client stopped reading).
async fn wait_for_replies_to_drain(connection: &Connection) -> bool {
    let options = connection.server.options;
    let until = Instant::now() + options.idle_timeout;
    loop {
        let drained = connection.replies.drained.notified();
        if connection.replies.unsent() <= options.reply_budget {
            return true;
        }
        if tokio::time::timeout_at(until.into(), drained)
            .await
            .is_err()
        {
            return false;
        }
    }
}

/// The next whole frame, within the connection's timeouts; `None` when the connection
/// should end (closed, broken, over a limit, or stalled).
async fn next_frame<R: tokio::io::AsyncRead + Unpin>(
    reader: &mut FrameReader<R>,
    connection: &Connection,
    first: bool,
) -> Option<Frame> {
    let options = connection.server.options;
    if first {
        // The whole first frame within the first-frame timeout.
        return tokio::time::timeout(options.first_frame_timeout, async {
            let length = reader.header().await.ok()??;
            reader.body(length).await.ok()
        })
        .await
        .ok()?;
    }
    let started = if connection.in_flight.load(Ordering::Acquire) == 0 {
        tokio::time::timeout(options.idle_timeout, reader.header_start())
            .await
            .ok()?
    } else {
        // Calls are in flight: the client may be waiting for them in silence.
        reader.header_start().await
    };
    let started = started.ok()??;
    // Once a frame has begun, the rest of it (header and body) has the frame timeout.
    tokio::time::timeout(options.frame_timeout, async {
        let length = reader.header_end(started).await.ok()?;
        reader.body(length).await.ok()
    })
    .await
    .ok()?
}

/// A call as read from the wire.
struct Call {
    request_id: u64,
    id: u64,
    payload: Vec<u8>,
    deadline: Instant,
    has_deadline: bool,
    /// The call's share of the server's request memory, held until it ends.
    frame: Frame,
}

/// Counts the call in, or answers it busy at once; the handler to run if admitted.
fn admit(
    connection: &Arc<Connection>,
    call: Call,
) -> Option<impl Future<Output = ()> + Send + 'static + use<>> {
    let options = connection.server.options;
    let on_connection = connection.in_flight.fetch_add(1, Ordering::AcqRel);
    let on_server = connection.server.calls.fetch_add(1, Ordering::AcqRel);
    let in_flight = InFlight {
        connection: Arc::clone(connection),
    };
    let busy = if on_connection >= options.max_calls_per_connection {
        Some(format!(
            "this connection has {on_connection} calls in flight, its limit \
             (remote::Options::max_calls_per_connection on the server)"
        ))
    } else if on_server >= options.max_calls {
        Some(format!(
            "the server has {on_server} calls in flight, its limit \
             (remote::Options::max_calls on the server)"
        ))
    } else {
        None
    };
    if let Some(busy) = busy {
        drop(in_flight);
        connection
            .replies
            .send(call.request_id, &WireReply::Fault(Fault::Busy(busy)));
        return None;
    }
    let cancel = Arc::new(CallCancel::default());
    connection.running.start(call.id, &cancel);
    Some(async move {
        let connection = Arc::clone(&in_flight.connection);
        let request_id = call.request_id;
        let id = call.id;
        let reply = run_call(&connection, call, &cancel).await;
        connection.running.end(id);
        // Whether it finished or not, the call is over for the server: a call still
        // running (its deadline passed) is told so.
        cancel.cancel();
        connection.replies.send(request_id, &reply);
        drop(in_flight);
    })
}

/// Waits for a worker of the connection's share, starts the call, and awaits its reply,
/// all before the call's deadline.
async fn run_call(connection: &Connection, call: Call, cancel: &CallCancel) -> WireReply {
    let Call {
        payload,
        deadline,
        has_deadline,
        frame,
        ..
    } = call;
    let work = async {
        let _worker = tokio::select! {
            permit = Arc::clone(&connection.share).acquire_owned() => permit.ok(),
            () = cancel.cancelled() => return Err(Fault::Canceled),
        };
        if cancel.is_cancelled() {
            return Err(Fault::Canceled);
        }
        let server = &connection.server;
        let (handle, reply) = (server.service.start)(Incoming {
            payload: &payload,
            deadline: has_deadline.then_some(deadline),
            caller: &connection.caller,
            reply_limit: server.options.max_message,
            authorize: server.service.authorize.as_deref(),
        })?;
        drop(payload);
        cancel.started(handle);
        reply.await
    };
    let outcome = tokio::time::timeout_at(deadline.into(), work)
        .await
        .unwrap_or(Err(Fault::Canceled));
    drop(frame);
    match outcome {
        Ok(reply) => WireReply::Done(reply),
        Err(fault) => WireReply::Fault(fault),
    }
}

/// Writes the replies as they come, several to one flush when they queue up.
async fn write_replies<W: tokio::io::AsyncWrite + Unpin>(
    mut write: BufWriter<W>,
    mut outgoing: mpsc::UnboundedReceiver<Vec<u8>>,
    unsent: Arc<AtomicUsize>,
    drained: Arc<Notify>,
) -> io::Result<()> {
    while let Some(reply) = outgoing.recv().await {
        let mut written = reply.len();
        write.write_all(&reply).await?;
        drop(reply);
        while let Ok(more) = outgoing.try_recv() {
            written += more.len();
            write.write_all(&more).await?;
        }
        write.flush().await?;
        unsent.fetch_sub(written, Ordering::AcqRel);
        drained.notify_waiters();
    }
    write.shutdown().await
}
