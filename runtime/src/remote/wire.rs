//! What crosses the wire: the messages of this crate inside tarpc's envelopes, and the
//! server's own reading of those envelopes (checked, so that no frame can panic it).
//!
//! The client speaks through tarpc's client, which wraps each [`WireRequest`] in a
//! `tarpc::ClientMessage` and reads `tarpc::Response<WireReply>`. The server reads and
//! writes the same envelopes itself ([`ClientMessage`], [`encode_response`]): tarpc's own
//! server turns a frame's relative deadline into an `Instant` unchecked and gives it to a
//! timer wheel that panics beyond about two years, so one 16-byte frame could end a
//! connection's task (or, with `panic = "abort"`, the process). Here the deadline is
//! decoded into checked arithmetic and clamped to [`MAX_DEADLINE`].

use std::io;
use std::marker::PhantomData;
use std::pin::Pin;
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::options::MAX_DEADLINE;
use crate::error::CallError;

/// What the client sends.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) enum WireRequest {
    /// Run a call: its id (unique per connection), its encoded in-part, and whether its
    /// deadline is the client's own (not the default call timeout).
    Call {
        id: u64,
        payload: Vec<u8>,
        has_deadline: bool,
    },
    /// The client cancelled call `id`.
    Cancel { id: u64 },
    /// The client's heartbeat: answered [`WireReply::Pong`] by the network thread.
    Ping,
}

impl tarpc::RequestName for WireRequest {
    fn name(&self) -> &str {
        match self {
            WireRequest::Call { .. } => "call",
            WireRequest::Cancel { .. } => "cancel",
            WireRequest::Ping => "ping",
        }
    }
}

/// What the server answers.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) enum WireReply {
    /// The encoded out-part of a call.
    Done(Vec<u8>),
    /// The call ended without an out-part.
    Fault(Fault),
    /// The answer to [`WireRequest::Cancel`].
    CancelNoted,
    /// The answer to [`WireRequest::Ping`].
    Pong,
}

/// How a call ended on the server without an out-part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Fault {
    /// The method panicked, with this message.
    Panicked(String),
    /// The call was cancelled (or its deadline passed) before it started.
    Canceled,
    /// The server could not decode the in-part or encode the out-part.
    CantMarshal(String),
    /// A native server dropped the call's completer without completing it.
    Disconnected,
    /// The server has no room for the call now (this connection's queue, or the
    /// server's, is full): it never ran.
    Busy(String),
    /// The server's authorization refused the caller this method: it never ran.
    AccessDenied(String),
}

impl From<Fault> for CallError {
    fn from(fault: Fault) -> CallError {
        match fault {
            Fault::Panicked(message) => CallError::ServerFault { message },
            Fault::Canceled => CallError::Canceled,
            Fault::CantMarshal(message) => CallError::ServerCantMarshal { message },
            Fault::Disconnected => CallError::Disconnected,
            Fault::Busy(message) => CallError::ServerBusy { message },
            Fault::AccessDenied(message) => CallError::AccessDenied { message },
        }
    }
}

/// Encodes the frames with postcard. Public, hidden, for the bench's tarpc peer, which
/// then differs from us in nothing but what this module adds.
#[doc(hidden)]
pub struct Postcard<Item, SinkItem>(PhantomData<Directions<Item, SinkItem>>);

/// Reads `Item`s, writes `SinkItem`s; owns neither.
type Directions<Item, SinkItem> = (fn() -> Item, fn(SinkItem));

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

/// A deadline as time left, clamped to [`MAX_DEADLINE`] and computed without overflow.
pub(crate) fn deadline_in(left: Duration) -> Instant {
    let now = Instant::now();
    now.checked_add(left.min(MAX_DEADLINE))
        .unwrap_or(now + MAX_DEADLINE)
}

/// A client's message, as the server reads it: tarpc's `ClientMessage<WireRequest>`,
/// field for field (postcard is not self-describing: the order and the types are the
/// format), with the deadline already checked.
#[derive(Debug)]
pub(crate) enum ClientMessage {
    /// A request: tarpc's request id, the deadline, the message.
    Request {
        request_id: u64,
        deadline: Instant,
        message: WireRequest,
    },
    /// tarpc's own cancel (sent when a client drops a call's future): the server has
    /// the call's deadline and the client's own cancel, so it needs nothing of it.
    Cancel,
}

/// `tarpc::ClientMessage`'s layout.
#[derive(Deserialize)]
enum RawClientMessage {
    Request(RawRequest),
    #[allow(dead_code)]
    Cancel {
        trace_context: RawTraceContext,
        request_id: u64,
    },
}

/// `tarpc::Request`'s layout.
#[derive(Deserialize)]
struct RawRequest {
    context: RawContext,
    id: u64,
    message: WireRequest,
}

/// `tarpc::context::Context`'s layout; tarpc sends the deadline as the time left.
#[derive(Deserialize)]
struct RawContext {
    deadline: RawDuration,
    #[allow(dead_code)]
    trace_context: RawTraceContext,
}

/// `std::time::Duration`'s serde layout, read without serde's own arithmetic.
#[derive(Deserialize)]
struct RawDuration {
    secs: u64,
    nanos: u32,
}

/// `tarpc::trace::Context`'s layout: a 128-bit trace id (as 16 bytes), a span id and a
/// sampling decision.
#[derive(Deserialize)]
#[allow(dead_code)]
struct RawTraceContext {
    trace_id: [u8; 16],
    span_id: u64,
    sampling_decision: RawSamplingDecision,
}

#[derive(Deserialize)]
enum RawSamplingDecision {
    Sampled,
    Unsampled,
}

impl ClientMessage {
    /// Reads one frame. Never panics: any byte string is a message or an error.
    pub(crate) fn decode(frame: &[u8]) -> io::Result<ClientMessage> {
        let raw: RawClientMessage = postcard::from_bytes(frame)
            .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))?;
        Ok(match raw {
            RawClientMessage::Request(RawRequest {
                context,
                id,
                message,
            }) => {
                let RawDuration { secs, nanos } = context.deadline;
                // Nanoseconds beyond a second carry into the seconds, saturating.
                let left =
                    Duration::from_secs(secs.saturating_add(u64::from(nanos / 1_000_000_000)))
                        .saturating_add(Duration::from_nanos(u64::from(nanos % 1_000_000_000)));
                ClientMessage::Request {
                    request_id: id,
                    deadline: deadline_in(left),
                    message,
                }
            }
            RawClientMessage::Cancel { .. } => ClientMessage::Cancel,
        })
    }
}

/// `tarpc::Response<WireReply>`'s layout (the server never sends tarpc's error arm).
#[derive(Serialize)]
struct RawResponse<'a> {
    request_id: u64,
    message: Result<&'a WireReply, RawServerError>,
}

/// `tarpc::ServerError`'s layout.
#[derive(Serialize)]
struct RawServerError {
    kind: u32,
    detail: String,
}

/// The body of the frame that answers `request_id` with `reply`.
pub(crate) fn encode_response(request_id: u64, reply: &WireReply) -> Vec<u8> {
    postcard::to_stdvec(&RawResponse {
        request_id,
        message: Ok(reply),
    })
    // Vec<u8>s, strings and integers: postcard cannot fail on them.
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tarpc_request(deadline: Instant, message: WireRequest) -> Vec<u8> {
        let mut context = tarpc::context::current();
        context.deadline = deadline;
        let message = tarpc::ClientMessage::Request(tarpc::Request {
            context,
            id: 7,
            message,
        });
        postcard::to_stdvec(&message).unwrap()
    }

    #[test]
    fn the_server_reads_what_the_tarpc_client_writes() {
        let deadline = Instant::now() + Duration::from_secs(60);
        let frame = tarpc_request(
            deadline,
            WireRequest::Call {
                id: 3,
                payload: vec![1, 2, 3],
                has_deadline: true,
            },
        );
        match ClientMessage::decode(&frame).unwrap() {
            ClientMessage::Request {
                request_id: 7,
                deadline: read,
                message:
                    WireRequest::Call {
                        id: 3,
                        payload,
                        has_deadline: true,
                    },
            } => {
                assert_eq!(payload, [1, 2, 3]);
                let skew = read.max(deadline) - read.min(deadline);
                assert!(skew < Duration::from_secs(5), "{skew:?}");
            }
            other => panic!("{other:?}"),
        }
        let cancel = tarpc::ClientMessage::<WireRequest>::Cancel {
            trace_context: tarpc::context::current().trace_context,
            request_id: 9,
        };
        assert!(matches!(
            ClientMessage::decode(&postcard::to_stdvec(&cancel).unwrap()).unwrap(),
            ClientMessage::Cancel
        ));
    }

    #[test]
    fn the_tarpc_client_reads_what_the_server_writes() {
        let frame = encode_response(11, &WireReply::Done(vec![4, 5]));
        let response: tarpc::Response<WireReply> = postcard::from_bytes(&frame).unwrap();
        assert_eq!(response.request_id, 11);
        assert!(matches!(response.message, Ok(WireReply::Done(bytes)) if bytes == [4, 5]));
    }

    #[test]
    fn a_deadline_beyond_any_clock_is_clamped_not_a_panic() {
        // secs = u64::MAX, nanos = u32::MAX: what a hostile frame can claim.
        let mut frame = vec![0]; // ClientMessage::Request
        frame.extend([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]); // secs
        frame.extend([0xff, 0xff, 0xff, 0xff, 0x0f]); // nanos
        frame.extend([0; 16]); // trace id
        frame.extend([0, 1]); // span id, sampling decision
        frame.extend([5, 2]); // request id, WireRequest::Ping
        match ClientMessage::decode(&frame).unwrap() {
            ClientMessage::Request {
                request_id: 5,
                deadline,
                message: WireRequest::Ping,
            } => assert!(deadline <= Instant::now() + MAX_DEADLINE),
            other => panic!("{other:?}"),
        }
    }
}
