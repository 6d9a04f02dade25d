//! Frames: a 4-byte big-endian length, then that many bytes (tokio's
//! `LengthDelimitedCodec` format, which tarpc's peers speak).
//!
//! Neither end reserves memory for a length a peer announces: a frame's buffer grows as
//! its bytes arrive, so a header claiming 8 MiB and then silence costs a few KiB, not
//! 8 MiB (nor, claimed 2 000 times, 16 GiB of address space).

use std::io;
use std::sync::Arc;

use bytes::{Buf, BufMut, BytesMut};
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Bytes of a frame's body read at a time at first; later reads double with what has
/// arrived.
const FIRST_READ: usize = 64 * 1024;

/// The length prefix.
const HEADER: usize = 4;

fn too_long(length: usize, max: usize) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("a frame of {length} bytes is over the limit of {max}"),
    )
}

/// The client's framing, for tarpc's transport: [`LengthDelimitedCodec`]'s format
/// without its reservation of the announced length.
///
/// [`LengthDelimitedCodec`]: tokio_util::codec::LengthDelimitedCodec
pub(crate) struct FrameCodec {
    max_frame: usize,
}

impl FrameCodec {
    pub(crate) fn new(max_frame: usize) -> Self {
        FrameCodec { max_frame }
    }
}

impl tokio_util::codec::Decoder for FrameCodec {
    type Item = BytesMut;
    type Error = io::Error;

    fn decode(&mut self, src: &mut BytesMut) -> io::Result<Option<BytesMut>> {
        let Some(header) = src.get(..HEADER) else {
            return Ok(None);
        };
        let length = u32::from_be_bytes([header[0], header[1], header[2], header[3]]) as usize;
        if length > self.max_frame {
            return Err(too_long(length, self.max_frame));
        }
        if src.len() - HEADER < length {
            // The reader grows the buffer as bytes come; nothing is reserved here.
            return Ok(None);
        }
        src.advance(HEADER);
        Ok(Some(src.split_to(length)))
    }
}

impl tokio_util::codec::Encoder<bytes::Bytes> for FrameCodec {
    type Error = io::Error;

    fn encode(&mut self, item: bytes::Bytes, dst: &mut BytesMut) -> io::Result<()> {
        let length = u32::try_from(item.len())
            .ok()
            .filter(|&length| length as usize <= self.max_frame)
            .ok_or_else(|| too_long(item.len(), self.max_frame))?;
        dst.reserve(HEADER + item.len());
        dst.put_u32(length);
        dst.extend_from_slice(&item);
        Ok(())
    }
}

/// `body` as a frame: its length, then itself.
pub(crate) fn frame(body: &[u8]) -> Vec<u8> {
    let mut framed = Vec::with_capacity(HEADER + body.len());
    // Bodies are bounded by `max_frame`, which the server checks before encoding.
    framed.extend_from_slice(&u32::try_from(body.len()).unwrap_or(u32::MAX).to_be_bytes());
    framed.extend_from_slice(body);
    framed
}

/// A frame's body, with its share of the server's request memory
/// ([`Options::frame_budget`](super::Options::frame_budget)), given back when dropped.
pub(crate) struct Frame {
    pub(crate) body: Vec<u8>,
    pub(crate) permit: Option<OwnedSemaphorePermit>,
}

/// A header's first bytes.
pub(crate) struct HeaderStart {
    header: [u8; HEADER],
    read: usize,
}

/// The server's reading of a connection, one frame at a time.
pub(crate) struct FrameReader<R> {
    read: R,
    max_frame: usize,
    budget: Arc<Semaphore>,
}

impl<R: AsyncRead + Unpin> FrameReader<R> {
    pub(crate) fn new(read: R, max_frame: usize, budget: Arc<Semaphore>) -> Self {
        FrameReader {
            read,
            max_frame,
            budget,
        }
    }

    /// The next frame's length; `None` if the peer closed between frames.
    pub(crate) async fn header(&mut self) -> io::Result<Option<usize>> {
        match self.header_start().await? {
            Some(started) => self.header_end(started).await.map(Some),
            None => Ok(None),
        }
    }

    /// The first bytes of the next frame's header, whenever they come; `None` if the
    /// peer closed between frames.
    pub(crate) async fn header_start(&mut self) -> io::Result<Option<HeaderStart>> {
        let mut header = [0; HEADER];
        let read = self.read.read(&mut header).await?;
        Ok((read > 0).then_some(HeaderStart { header, read }))
    }

    /// The rest of a header begun by [`header_start`](Self::header_start): the length.
    pub(crate) async fn header_end(&mut self, started: HeaderStart) -> io::Result<usize> {
        let HeaderStart { mut header, read } = started;
        self.read.read_exact(&mut header[read..]).await?;
        let length = u32::from_be_bytes(header) as usize;
        if length > self.max_frame {
            return Err(too_long(length, self.max_frame));
        }
        Ok(length)
    }

    /// The body of a frame of `length` bytes, read as it arrives: each read after the
    /// first (64 KiB) is covered by the budget first (waiting for room), and the buffer
    /// grows only by what the next read can fill.
    pub(crate) async fn body(&mut self, length: usize) -> io::Result<Frame> {
        let mut body = Vec::new();
        let mut permit: Option<OwnedSemaphorePermit> = None;
        while body.len() < length {
            let chunk = (length - body.len()).min(body.len().max(FIRST_READ));
            // A frame's first read is not counted: the connection limit bounds those,
            // and so a small call never waits behind large stalled frames.
            if !body.is_empty() {
                let more = Arc::clone(&self.budget)
                    .acquire_many_owned(u32::try_from(chunk).unwrap_or(u32::MAX))
                    .await
                    .map_err(io::Error::other)?;
                match &mut permit {
                    Some(permit) => permit.merge(more),
                    None => permit = Some(more),
                }
            }
            let start = body.len();
            body.reserve_exact(chunk);
            body.resize(start + chunk, 0);
            self.read.read_exact(&mut body[start..]).await?;
        }
        Ok(Frame { body, permit })
    }
}

#[cfg(test)]
mod tests {
    use tokio_util::codec::Decoder;

    use super::*;

    #[test]
    fn an_announced_length_reserves_nothing() {
        let mut codec = FrameCodec::new(8 << 20);
        let mut src = BytesMut::from(&(8u32 << 20).to_be_bytes()[..]);
        let before = src.capacity();
        assert!(codec.decode(&mut src).unwrap().is_none());
        assert_eq!(src.capacity(), before);
        let mut over = BytesMut::from(&((8u32 << 20) + 1).to_be_bytes()[..]);
        assert!(codec.decode(&mut over).is_err());
    }

    #[test]
    fn frames_round_trip_through_the_codec() {
        let mut codec = FrameCodec::new(1024);
        let mut src = BytesMut::from(&frame(b"hello")[..]);
        src.extend_from_slice(&frame(b"")[..]);
        assert_eq!(&codec.decode(&mut src).unwrap().unwrap()[..], b"hello");
        assert_eq!(&codec.decode(&mut src).unwrap().unwrap()[..], b"");
        assert!(src.is_empty());
    }

    #[test]
    fn the_reader_grows_with_the_bytes_and_holds_the_budget() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(async {
            let body = vec![9u8; 300 * 1024];
            let stream = frame(&body);
            let budget = Arc::new(Semaphore::new(1 << 20));
            let mut reader = FrameReader::new(&stream[..], 1 << 20, Arc::clone(&budget));
            let length = reader.header().await.unwrap().unwrap();
            let frame = reader.body(length).await.unwrap();
            assert_eq!(frame.body, body);
            // All but the first 64 KiB count against the budget.
            assert_eq!(
                budget.available_permits(),
                (1 << 20) - (body.len() - FIRST_READ)
            );
            drop(frame);
            assert_eq!(budget.available_permits(), 1 << 20);
            assert!(reader.header().await.unwrap().is_none());
        });
    }

    #[test]
    fn a_frame_over_the_budget_waits_for_room() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        runtime.block_on(async {
            let stream = frame(&vec![1u8; 300 * 1024]);
            let budget = Arc::new(Semaphore::new(256 * 1024));
            // Another connection's frame holds most of the budget.
            let held = Arc::clone(&budget)
                .acquire_many_owned(200 * 1024)
                .await
                .unwrap();
            let mut reader = FrameReader::new(&stream[..], 1 << 20, Arc::clone(&budget));
            let length = reader.header().await.unwrap().unwrap();
            let mut body = std::pin::pin!(reader.body(length));
            let waited =
                tokio::time::timeout(std::time::Duration::from_millis(50), &mut body).await;
            assert!(waited.is_err(), "the frame went past the budget");
            drop(held);
            let frame = body.await.unwrap();
            assert_eq!(frame.body.len(), 300 * 1024);
        });
    }
}
