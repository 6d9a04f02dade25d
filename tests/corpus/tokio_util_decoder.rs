//! Origin: crates.io package tokio-util 0.7.20 (repository tokio-rs/tokio),
//! `src/codec/decoder.rs`, `pub trait Decoder`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph). Stand-ins, marked:
//! `BytesMut` (bytes), `AsyncRead`/`AsyncWrite` (tokio) and `Framed` (tokio-util).
//! License of the original: MIT.
//! Shapes: assoc-type, assoc-type-unbounded, mut-self, mut-ref-param, provided-method, where-self-sized, self-by-value, generic-method
//! Expect: accepted (`decode`, `decode_eof`: `&mut BytesMut` in/out; `framed` left out)

use std::io;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: bytes's `BytesMut` (a growable byte buffer), reduced to what the servers use.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BytesMut(pub Vec<u8>);

impl BytesMut {
    /// `BytesMut::is_empty`.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Stand-in: tokio's `AsyncRead`.
pub trait AsyncRead {}
/// Stand-in: tokio's `AsyncWrite`.
pub trait AsyncWrite {}

/// Stand-in: tokio-util's `Framed<T, U>`.
pub struct Framed<T, U> {
    #[allow(dead_code)]
    io: T,
    #[allow(dead_code)]
    codec: U,
}

impl<T, U> Framed<T, U> {
    /// `Framed::new`.
    pub fn new(io: T, codec: U) -> Self {
        Framed { io, codec }
    }
}

/// Decoding of frames via buffers.
#[async_interface]
pub trait Decoder {
    /// The type of decoded frames.
    type Item;

    /// The type of unrecoverable frame decoding errors.
    type Error: From<io::Error>;

    /// Attempts to decode a frame from the provided buffer of bytes.
    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<Self::Item>, Self::Error>;

    /// A default method available to be called when there are no more bytes
    /// available to be read from the underlying I/O.
    fn decode_eof(&mut self, buf: &mut BytesMut) -> Result<Option<Self::Item>, Self::Error> {
        match self.decode(buf)? {
            Some(frame) => Ok(Some(frame)),
            None => {
                if buf.is_empty() {
                    Ok(None)
                } else {
                    Err(io::Error::other("bytes remaining on stream").into())
                }
            }
        }
    }

    /// Provides a [`Stream`] and [`Sink`] interface for reading and writing to this
    /// `Io` object, using `Decode` and `Encode` to read and write the raw data.
    ///
    /// [`Stream`]: https://docs.rs/futures/latest/futures/stream/trait.Stream.html
    /// [`Sink`]: https://docs.rs/futures/latest/futures/sink/trait.Sink.html
    fn framed<T: AsyncRead + AsyncWrite + Sized>(self, io: T) -> Framed<T, Self>
    where
        Self: Sized,
    {
        Framed::new(io, self)
    }
}

/// A server: tokio-util's `LinesCodec`, in short.
struct Lines;

impl Decoder for Lines {
    type Item = String;
    type Error = io::Error;
    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<String>, io::Error> {
        match src.0.iter().position(|&b| b == b'\n') {
            Some(i) => {
                let line: Vec<u8> = src.0.drain(..=i).collect();
                Ok(Some(String::from_utf8_lossy(&line[..i]).into_owned()))
            }
            None => Ok(None),
        }
    }
}

fn exercise() {
    let call = DecoderCall::new(Arc::new(Mutex::new(Lines)));
    let mut src = BytesMut(b"one\ntwo".to_vec());
    call.begin_decode(src.clone()).unwrap();
    assert_eq!(call.finish_decode(&mut src).unwrap().unwrap(), Some("one".to_owned()));
    assert_eq!(src, BytesMut(b"two".to_vec()));
}

fn main() {
    exercise();
}
