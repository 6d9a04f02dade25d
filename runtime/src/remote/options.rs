//! [`Options`]: every limit and timeout of a remote connection, with defaults that are
//! safe to expose on a network.

use std::time::Duration;

/// Room in a frame for what tarpc adds around a call's encoded in-part or out-part.
const FRAME_OVERHEAD: usize = 4 * 1024;

/// The longest deadline a call may carry, whatever the client asks: tokio's timer wheels
/// (tarpc's client keeps one) end near two years. A deadline further away is clamped to
/// this on both ends.
pub(crate) const MAX_DEADLINE: Duration = Duration::from_secs(365 * 24 * 60 * 60);

/// Settings of a remote connection: the client's end ([`Connection`](super::Connection))
/// and the server's ([`serve_with`](super::serve_with)). Each setting says which end it
/// concerns; give both ends the same [`max_message`](Self::max_message).
///
/// The defaults are meant to be safe on a network: no client can crash the server, hold
/// more than a bounded share of its memory, workers or connections, or keep it waiting.
/// RELIABILITY.md lists the attacks each limit stops.
///
/// ```
/// use std::time::Duration;
/// use async_interface_runtime::remote::Options;
///
/// let options = Options::new()
///     .max_message(64 * 1024 * 1024)
///     .call_timeout(Duration::from_secs(30))
///     .workers_per_connection(4);
/// assert_eq!(options.message_limit(), 64 * 1024 * 1024);
/// assert_eq!(options.default_call_timeout(), Duration::from_secs(30));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub(crate) max_message: usize,
    pub(crate) keepalive: Option<Duration>,
    pub(crate) connect_timeout: Duration,
    pub(crate) call_timeout: Duration,
    pub(crate) heartbeat: Option<Duration>,
    pub(crate) max_connections: usize,
    pub(crate) max_connections_per_peer: usize,
    pub(crate) first_frame_timeout: Duration,
    pub(crate) idle_timeout: Duration,
    pub(crate) frame_timeout: Duration,
    pub(crate) max_calls_per_connection: usize,
    pub(crate) workers_per_connection: usize,
    pub(crate) max_calls: usize,
    pub(crate) reply_budget: usize,
    pub(crate) frame_budget: usize,
}

impl Options {
    /// The defaults, each documented at its setter.
    pub const fn new() -> Self {
        Options {
            max_message: 8 * 1024 * 1024,
            keepalive: Some(Duration::from_secs(30)),
            connect_timeout: Duration::from_secs(10),
            call_timeout: Duration::from_secs(10 * 60),
            heartbeat: Some(Duration::from_secs(5)),
            max_connections: 512,
            max_connections_per_peer: 64,
            first_frame_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(120),
            frame_timeout: Duration::from_secs(30),
            max_calls_per_connection: 128,
            workers_per_connection: 16,
            max_calls: 2048,
            reply_budget: 16 * 1024 * 1024,
            frame_budget: 256 * 1024 * 1024,
        }
    }

    /// Both ends. The largest encoded in-part (arguments) or out-part (reply) of one
    /// call, in bytes (default 8 MiB). A larger one fails its call with
    /// [`CallError::ClientCantMarshal`](crate::CallError::ClientCantMarshal) (arguments) or
    /// [`CallError::ServerCantMarshal`](crate::CallError::ServerCantMarshal) (reply);
    /// nothing larger is ever sent, and a frame announcing more closes its connection.
    #[must_use]
    pub const fn max_message(mut self, bytes: usize) -> Self {
        self.max_message = bytes;
        self
    }

    /// The limit set by [`max_message`](Self::max_message).
    pub const fn message_limit(&self) -> usize {
        self.max_message
    }

    /// Both ends. TCP keepalive (COM: DCOM's pings): after `idle` without traffic the
    /// system probes the peer every 10 s, and a peer that vanished without closing the
    /// connection (its machine stopped, the network was cut) is noticed after about
    /// `idle` + 30 s; the calls in flight then end with
    /// [`CallError::Disconnected`](crate::CallError::Disconnected). Default 30 s; `None`
    /// turns it off. A peer whose machine is up but whose process hangs answers these
    /// probes: the client's [`heartbeat`](Self::heartbeat) finds it.
    #[must_use]
    pub const fn keepalive(mut self, idle: Option<Duration>) -> Self {
        self.keepalive = idle;
        self
    }

    /// Client. How long [`Connection::connect`](super::Connection::connect) waits for the
    /// server to accept the connection (and finish the TLS handshake) and answer a first
    /// ping (default 10 s); past it, connecting fails with [`std::io::ErrorKind::TimedOut`].
    #[must_use]
    pub const fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Client. The deadline of a call whose call context sets none: it ends with
    /// [`CallError::Canceled`](crate::CallError::Canceled) that long after it began
    /// (default 10 minutes). A deadline of the call context is kept as it is, but no
    /// deadline, of either kind, is further away than a year.
    #[must_use]
    pub const fn call_timeout(mut self, timeout: Duration) -> Self {
        self.call_timeout = timeout;
        self
    }

    /// The timeout set by [`call_timeout`](Self::call_timeout).
    pub const fn default_call_timeout(&self) -> Duration {
        self.call_timeout
    }

    /// Client. Every `interval` the client pings the server, which answers from its
    /// network thread whatever its workers are doing; a ping not answered within
    /// `interval` closes the connection, so that the calls to a hung server (its process
    /// stopped, or its network thread stuck) end with
    /// [`CallError::Disconnected`](crate::CallError::Disconnected) at most 2 × `interval`
    /// after it stopped answering (default 5 s: within 10 s). `None` turns it off: such
    /// calls then wait for their deadline.
    #[must_use]
    pub const fn heartbeat(mut self, interval: Option<Duration>) -> Self {
        self.heartbeat = interval;
        self
    }

    /// Server. Connections served at once (default 512, below the usual limit of 1024
    /// open files); a connection over it is closed at once, and the client's `connect`
    /// fails with an error that says so. When the process runs out of file descriptors
    /// the server does the same instead of leaving clients waiting.
    #[must_use]
    pub const fn max_connections(mut self, connections: usize) -> Self {
        self.max_connections = connections;
        self
    }

    /// Server. Connections served at once from one IP address (default 64).
    #[must_use]
    pub const fn max_connections_per_peer(mut self, connections: usize) -> Self {
        self.max_connections_per_peer = connections;
        self
    }

    /// Server. How long a new connection may take to send its first whole frame (after
    /// the TLS handshake, which has the same limit); default 10 s.
    #[must_use]
    pub const fn first_frame_timeout(mut self, timeout: Duration) -> Self {
        self.first_frame_timeout = timeout;
        self
    }

    /// Server. A connection with no call in flight that sends nothing for this long is
    /// closed (default 120 s; the client's heartbeat keeps a live client's connection
    /// open). A connection that has stopped reading its replies is closed after the same
    /// time.
    #[must_use]
    pub const fn idle_timeout(mut self, timeout: Duration) -> Self {
        self.idle_timeout = timeout;
        self
    }

    /// Server. Once a frame's header has arrived, its body must arrive within this time
    /// (default 30 s), or the connection is closed. The server never reserves memory for
    /// the announced length: a frame's buffer grows as its bytes arrive.
    #[must_use]
    pub const fn frame_timeout(mut self, timeout: Duration) -> Self {
        self.frame_timeout = timeout;
        self
    }

    /// Server. Calls of one connection in flight at once, running or queued (default
    /// 128); a call over it is answered at once with
    /// [`CallError::ServerBusy`](crate::CallError::ServerBusy).
    #[must_use]
    pub const fn max_calls_per_connection(mut self, calls: usize) -> Self {
        self.max_calls_per_connection = calls;
        self
    }

    /// Server. Calls of one connection that run at once (default 16): one connection's
    /// share of the blocking workers. Its further calls wait in the connection's own
    /// queue (up to [`max_calls_per_connection`](Self::max_calls_per_connection)), so
    /// one client's flood never takes the workers that other clients' calls need.
    #[must_use]
    pub const fn workers_per_connection(mut self, calls: usize) -> Self {
        self.workers_per_connection = calls;
        self
    }

    /// Server. Calls in flight at once over all connections (default 2048); a call over
    /// it is answered at once with [`CallError::ServerBusy`](crate::CallError::ServerBusy).
    #[must_use]
    pub const fn max_calls(mut self, calls: usize) -> Self {
        self.max_calls = calls;
        self
    }

    /// Server. Bytes of replies a connection may have waiting to be sent (default 16 MiB):
    /// past it, the server stops reading that connection's requests until the client
    /// reads its replies (and closes it after [`idle_timeout`](Self::idle_timeout)).
    /// Replies of calls already in flight still complete, so a connection holds at most
    /// this plus [`max_calls_per_connection`](Self::max_calls_per_connection) replies.
    #[must_use]
    pub const fn reply_budget(mut self, bytes: usize) -> Self {
        self.reply_budget = bytes;
        self
    }

    /// Server. Bytes of requests held at once over all connections: frames being
    /// received, and the arguments of calls in flight (default 256 MiB), not counting
    /// the first 64 KiB of each frame (bounded by
    /// [`max_connections`](Self::max_connections): 32 MiB by default), so that small
    /// calls never wait for it. A connection whose next bytes would exceed it waits (its
    /// [`frame_timeout`](Self::frame_timeout) still runs), so slow or stalled senders
    /// cannot take the server's memory. Keep it above twice `max_message`.
    #[must_use]
    pub const fn frame_budget(mut self, bytes: usize) -> Self {
        self.frame_budget = bytes;
        self
    }

    pub(crate) fn max_frame(&self) -> usize {
        self.max_message.saturating_add(FRAME_OVERHEAD)
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::new()
    }
}
