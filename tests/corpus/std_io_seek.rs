//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/std/src/io/mod.rs`, `pub trait Seek`.
//! Copied: every stable method with its provided body; docs cut to each item's first
//! paragraph; the unstable `stream_len` left out.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: mut-self, provided-method
//! Expect: accepted

use std::io::{Result, SeekFrom};
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// The `Seek` trait provides a cursor which can be moved within a stream of
/// bytes.
#[async_interface]
pub trait Seek {
    /// Seek to an offset, in bytes, in a stream.
    fn seek(&mut self, pos: SeekFrom) -> Result<u64>;

    /// Rewind to the beginning of a stream.
    fn rewind(&mut self) -> Result<()> {
        self.seek(SeekFrom::Start(0))?;
        Ok(())
    }

    /// Returns the current seek position from the start of the stream.
    fn stream_position(&mut self) -> Result<u64> {
        self.seek(SeekFrom::Current(0))
    }

    /// Seeks relative to the current position.
    fn seek_relative(&mut self, offset: i64) -> Result<()> {
        self.seek(SeekFrom::Current(offset))?;
        Ok(())
    }
}

/// A server: a cursor over ten bytes.
struct Cursor {
    len: u64,
    pos: u64,
}

impl Seek for Cursor {
    fn seek(&mut self, pos: SeekFrom) -> Result<u64> {
        self.pos = match pos {
            SeekFrom::Start(n) => n,
            SeekFrom::End(n) => (self.len as i64 + n) as u64,
            SeekFrom::Current(n) => (self.pos as i64 + n) as u64,
        };
        Ok(self.pos)
    }
}

fn exercise() {
    let call = SeekCall::new(Arc::new(Mutex::new(Cursor { len: 10, pos: 0 })));
    call.begin_seek(SeekFrom::End(-3)).unwrap();
    assert_eq!(call.finish_seek().unwrap().unwrap(), 7);
    call.begin_stream_position().unwrap();
    assert_eq!(call.finish_stream_position().unwrap().unwrap(), 7);
}

fn main() {
    exercise();
}
