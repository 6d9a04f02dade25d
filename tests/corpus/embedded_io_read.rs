//! Origin: crates.io package embedded-io 0.6.1 (repository rust-embedded/embedded-hal),
//! `src/lib.rs`, `pub trait Read: ErrorType`.
//! Copied: `Read` verbatim and, from the same file, `Error`, `ErrorType`, `ReadExactError`
//! and part of `ErrorKind` (marked). Docs cut to each item's first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain-supertrait, assoc-type-via-supertrait, mut-self, mut-slice, provided-method
//! Expect: accepted

use core::fmt;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Possible kinds of errors.
///
/// Stand-in: embedded-io's `ErrorKind` has 18 variants; the first four are copied.
#[derive(Debug, Copy, Clone, Eq, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Unspecified error kind.
    Other,
    /// An entity was not found, often a file.
    NotFound,
    /// The operation lacked the necessary privileges to complete.
    PermissionDenied,
    /// The connection was refused by the remote server.
    ConnectionRefused,
}

/// Error trait.
pub trait Error: fmt::Debug {
    /// Get the kind of this error.
    fn kind(&self) -> ErrorKind;
}

impl Error for core::convert::Infallible {
    fn kind(&self) -> ErrorKind {
        match *self {}
    }
}

/// Base trait for all IO traits, defining the error type.
pub trait ErrorType {
    /// Error type of all the IO operations on this type.
    type Error: Error;
}

/// Error returned by [`Read::read_exact`]
#[derive(Debug, Copy, Clone, Eq, PartialEq)]
pub enum ReadExactError<E> {
    /// An EOF error was encountered before reading the exact amount of requested bytes.
    UnexpectedEof,
    /// Error returned by the inner Read.
    Other(E),
}

/// Blocking reader.
#[async_interface(bounds(ErrorType))]
pub trait Read: ErrorType {
    /// Read some bytes from this source into the specified buffer, returning how many bytes were read.
    fn read(&mut self, buf: &mut [u8]) -> Result<usize, Self::Error>;

    /// Read the exact number of bytes required to fill `buf`.
    fn read_exact(&mut self, mut buf: &mut [u8]) -> Result<(), ReadExactError<Self::Error>> {
        while !buf.is_empty() {
            match self.read(buf) {
                Ok(0) => break,
                Ok(n) => buf = &mut buf[n..],
                Err(e) => return Err(ReadExactError::Other(e)),
            }
        }
        if buf.is_empty() {
            Ok(())
        } else {
            Err(ReadExactError::UnexpectedEof)
        }
    }
}

/// A server: a UART's receive FIFO.
struct Fifo(Vec<u8>);

impl ErrorType for Fifo {
    type Error = core::convert::Infallible;
}

impl Read for Fifo {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize, Self::Error> {
        let n = buf.len().min(self.0.len()).min(2);
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0.drain(..n);
        Ok(n)
    }
}

fn exercise() {
    let call = ReadCall::new(Arc::new(Mutex::new(Fifo(b"abcde".to_vec()))));
    let mut buf = [0u8; 4];
    call.begin_read_exact(vec![0; 4]).unwrap();
    assert_eq!(call.finish_read_exact(&mut buf).unwrap(), Ok(()));
    assert_eq!(&buf, b"abcd");
    call.begin_read_exact(vec![0; 4]).unwrap();
    assert_eq!(call.finish_read_exact(&mut buf).unwrap(), Err(ReadExactError::UnexpectedEof));
}

fn main() {
    exercise();
}
