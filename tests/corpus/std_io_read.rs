//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/std/src/io/mod.rs`, `pub trait Read`.
//! Copied: every stable method with its signature, `where` clause and provided body;
//! docs cut to each item's first paragraph; `#[stable]`-style attributes and the
//! unstable methods (`is_read_vectored`, `read_buf`, `read_buf_exact`, `read_array`)
//! left out. Bodies that call std's private helpers are stand-ins (marked).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: mut-self, mut-slice, mut-ref-param, borrow-in-value-param, provided-method, where-self-sized, self-by-value, generic-method, borrowed-return
//! Expect: accepted (`read`, `read_to_end`, `read_to_string`, `read_exact`; the `Self: Sized`/generic methods left out)

use std::io::{IoSliceMut, Result};
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: std's `io::Bytes<R>` (its fields are private to std).
pub struct Bytes<R> {
    #[allow(dead_code)]
    inner: R,
}

/// Stand-in: std's `io::Chain<T, U>`.
pub struct Chain<T, U> {
    #[allow(dead_code)]
    first: T,
    #[allow(dead_code)]
    second: U,
    #[allow(dead_code)]
    done_first: bool,
}

/// Stand-in: std's `io::Take<T>`.
pub struct Take<T> {
    #[allow(dead_code)]
    inner: T,
    #[allow(dead_code)]
    len: u64,
    #[allow(dead_code)]
    limit: u64,
}

/// The `Read` trait allows for reading bytes from a source.
#[async_interface]
pub trait Read {
    /// Pull some bytes from this source into the specified buffer, returning
    /// how many bytes were read.
    fn read(&mut self, buf: &mut [u8]) -> Result<usize>;

    /// Like `read`, except that it reads into a slice of buffers.
    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> {
        // Stand-in body: std's private `default_read_vectored`.
        let buf = bufs.iter_mut().find(|b| !b.is_empty()).map_or(&mut [][..], |b| &mut **b);
        self.read(buf)
    }

    /// Reads all bytes until EOF in this source, placing them into `buf`.
    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> {
        // Stand-in body: std's private `default_read_to_end`.
        let start = buf.len();
        let mut chunk = [0u8; 64];
        loop {
            match self.read(&mut chunk)? {
                0 => return Ok(buf.len() - start),
                n => buf.extend_from_slice(&chunk[..n]),
            }
        }
    }

    /// Reads all bytes until EOF in this source, appending them to `buf`.
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        // Stand-in body: std's private `default_read_to_string`.
        let mut bytes = Vec::new();
        let n = self.read_to_end(&mut bytes)?;
        let text = String::from_utf8(bytes).map_err(std::io::Error::other)?;
        buf.push_str(&text);
        Ok(n)
    }

    /// Reads the exact number of bytes required to fill `buf`.
    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> {
        // Stand-in body: std's private `default_read_exact`.
        let mut filled = 0;
        while filled < buf.len() {
            match self.read(&mut buf[filled..])? {
                0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
                n => filled += n,
            }
        }
        Ok(())
    }

    /// Creates a "by reference" adapter for this instance of `Read`.
    fn by_ref(&mut self) -> &mut Self
    where
        Self: Sized,
    {
        self
    }

    /// Transforms this `Read` instance to an [`Iterator`] over its bytes.
    fn bytes(self) -> Bytes<Self>
    where
        Self: Sized,
    {
        Bytes { inner: self }
    }

    /// Creates an adapter which will chain this stream with another.
    fn chain<R: Read>(self, next: R) -> Chain<Self, R>
    where
        Self: Sized,
    {
        Chain { first: self, second: next, done_first: false }
    }

    /// Creates an adapter which will read at most `limit` bytes from it.
    fn take(self, limit: u64) -> Take<Self>
    where
        Self: Sized,
    {
        Take { inner: self, len: limit, limit }
    }
}

/// A server: bytes in memory, read from the front.
struct Memory(Vec<u8>);

impl Read for Memory {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let n = buf.len().min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0.drain(..n);
        Ok(n)
    }
}

fn exercise() {
    let call = ReadCall::new(Arc::new(Mutex::new(Memory(b"hello".to_vec()))));
    let mut buf = [0u8; 3];
    call.begin_read(vec![0; 3]).unwrap();
    assert_eq!(call.finish_read(&mut buf).unwrap().unwrap(), 3);
    assert_eq!(&buf, b"hel");
}

fn main() {
    exercise();
}
