//! Origin: crates.io package tokio-util 0.7.20 (repository tokio-rs/tokio),
//! `src/codec/encoder.rs`, `pub trait Encoder<Item>`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph). Stand-in, marked:
//! `BytesMut` (bytes).
//! License of the original: MIT.
//! Shapes: generic-trait, assoc-type, assoc-type-unbounded, mut-self, mut-ref-param
//! Expect: accepted

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

/// Trait of helper objects to write out messages as bytes, for use with
/// [`FramedWrite`].
///
/// [`FramedWrite`]: https://docs.rs/tokio-util/latest/tokio_util/codec/struct.FramedWrite.html
#[async_interface]
pub trait Encoder<Item> {
    /// The type of encoding errors.
    type Error: From<io::Error>;

    /// Encodes a frame into the buffer provided.
    fn encode(&mut self, item: Item, dst: &mut BytesMut) -> Result<(), Self::Error>;
}

/// A server: a length-prefixed encoder for strings.
struct LengthPrefixed;

impl Encoder<String> for LengthPrefixed {
    type Error = io::Error;
    fn encode(&mut self, item: String, dst: &mut BytesMut) -> Result<(), io::Error> {
        dst.0.push(u8::try_from(item.len()).map_err(io::Error::other)?);
        dst.0.extend_from_slice(item.as_bytes());
        Ok(())
    }
}

fn exercise() {
    let call = EncoderCall::<Mutex<LengthPrefixed>, String>::new(Arc::new(Mutex::new(LengthPrefixed)));
    let mut dst = BytesMut(vec![9]);
    call.begin_encode("hi".to_owned(), dst.clone()).unwrap();
    assert!(call.finish_encode(&mut dst).unwrap().is_ok());
    assert_eq!(dst, BytesMut(vec![9, 2, b'h', b'i']));
}

fn main() {
    exercise();
}
