//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/std/src/io/mod.rs`, `pub trait Write`.
//! Copied: every stable method with its signature, `where` clause and provided body;
//! docs cut to each item's first paragraph; `#[stable]`-style attributes and the
//! unstable methods (`is_write_vectored`, `write_all_vectored`) left out. Bodies that
//! call std's private helpers are stand-ins (marked).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: mut-self, ref-param, borrow-in-value-param, provided-method, where-self-sized, borrowed-return
//! Expect: accepted (`write`, `flush`, `write_all`; `write_vectored`'s `&[IoSlice<'_>]` and `write_fmt`'s `Arguments<'_>` have no owned form: open)

use std::fmt;
use std::io::{Error, ErrorKind, IoSlice, Result};
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// A trait for objects which are byte-oriented sinks.
#[async_interface]
pub trait Write {
    /// Writes a buffer into this writer, returning how many bytes were written.
    fn write(&mut self, buf: &[u8]) -> Result<usize>;

    /// Like [`write`], except that it writes from a slice of buffers.
    ///
    /// [`write`]: Write::write
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> {
        // Stand-in body: std's private `default_write_vectored`.
        let buf = bufs.iter().find(|b| !b.is_empty()).map_or(&[][..], |b| &**b);
        self.write(buf)
    }

    /// Flushes this output stream, ensuring that all intermediately buffered
    /// contents reach their destination.
    fn flush(&mut self) -> Result<()>;

    /// Attempts to write an entire buffer into this writer.
    fn write_all(&mut self, mut buf: &[u8]) -> Result<()> {
        while !buf.is_empty() {
            match self.write(buf) {
                Ok(0) => {
                    // Stand-in: std's private `Error::WRITE_ALL_EOF`.
                    return Err(Error::new(ErrorKind::WriteZero, "failed to write whole buffer"));
                }
                Ok(n) => buf = &buf[n..],
                // Stand-in: std's private `e.is_interrupted()`.
                Err(ref e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Writes a formatted string into this writer, returning any error
    /// encountered.
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<()> {
        // Stand-in body: std's private `default_write_fmt`.
        self.write_all(args.to_string().as_bytes())
    }

    /// Creates a "by reference" adapter for this instance of `Write`.
    fn by_ref(&mut self) -> &mut Self
    where
        Self: Sized,
    {
        self
    }
}

/// A server: a growing buffer.
struct Sink(Vec<u8>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

fn exercise() {
    let sink = Arc::new(Mutex::new(Sink(Vec::new())));
    let call = WriteCall::new(Arc::clone(&sink));
    call.begin_write(b"abc".to_vec()).unwrap();
    assert_eq!(call.finish_write().unwrap().unwrap(), 3);
    assert_eq!(sink.lock().unwrap().0, b"abc");
}

fn main() {
    exercise();
}
