//! Origin: crates.io package embedded-io 0.6.1 (repository rust-embedded/embedded-hal),
//! `src/lib.rs`, `pub trait Write: ErrorType`.
//! Copied: `Write` verbatim and, from the same file, `Error`, `ErrorType`, `WriteFmtError`
//! and part of `ErrorKind` (marked). Docs cut to each item's first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain-supertrait, assoc-type-via-supertrait, mut-self, ref-param, borrow-in-value-param, provided-method
//! Expect: accepted (`write`, `flush`, `write_all`; `write_fmt`'s `Arguments<'_>` has no owned form: open)

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

/// Error returned by [`Write::write_fmt`]
#[derive(Debug, Copy, Clone, Eq, PartialEq)]
pub enum WriteFmtError<E> {
    /// An error was encountered while formatting.
    FmtError,
    /// Error returned by the inner Write.
    Other(E),
}

/// Blocking writer.
#[async_interface(bounds(ErrorType))]
pub trait Write: ErrorType {
    /// Write a buffer into this writer, returning how many bytes were written.
    fn write(&mut self, buf: &[u8]) -> Result<usize, Self::Error>;

    /// Flush this output stream, blocking until all intermediately buffered contents reach their destination.
    fn flush(&mut self) -> Result<(), Self::Error>;

    /// Write an entire buffer into this writer.
    fn write_all(&mut self, mut buf: &[u8]) -> Result<(), Self::Error> {
        while !buf.is_empty() {
            match self.write(buf) {
                Ok(0) => panic!("write() returned Ok(0)"),
                Ok(n) => buf = &buf[n..],
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Write a formatted string into this writer, returning any error encountered.
    fn write_fmt(&mut self, fmt: fmt::Arguments<'_>) -> Result<(), WriteFmtError<Self::Error>> {
        // Create a shim which translates a Write to a fmt::Write and saves
        // off I/O errors. instead of discarding them
        struct Adapter<'a, T: Write + ?Sized + 'a> {
            inner: &'a mut T,
            error: Result<(), T::Error>,
        }

        impl<T: Write + ?Sized> fmt::Write for Adapter<'_, T> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                match self.inner.write_all(s.as_bytes()) {
                    Ok(()) => Ok(()),
                    Err(e) => {
                        self.error = Err(e);
                        Err(fmt::Error)
                    }
                }
            }
        }

        let mut output = Adapter {
            inner: self,
            error: Ok(()),
        };
        match fmt::write(&mut output, fmt) {
            Ok(()) => Ok(()),
            Err(..) => match output.error {
                // check if the error came from the underlying `Write` or not
                Err(e) => Err(WriteFmtError::Other(e)),
                Ok(()) => Err(WriteFmtError::FmtError),
            },
        }
    }
}

/// A server: a UART's transmit FIFO of 4 bytes.
struct Uart(Vec<u8>);

impl ErrorType for Uart {
    type Error = core::convert::Infallible;
}

impl Write for Uart {
    fn write(&mut self, buf: &[u8]) -> Result<usize, Self::Error> {
        let n = buf.len().min(4);
        self.0.extend_from_slice(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}

fn exercise() {
    let uart = Arc::new(Mutex::new(Uart(Vec::new())));
    let call = WriteCall::new(Arc::clone(&uart));
    call.begin_write_all(b"hello world".to_vec()).unwrap();
    assert_eq!(call.finish_write_all().unwrap(), Ok(()));
    assert_eq!(uart.lock().unwrap().0, b"hello world");
}

fn main() {
    exercise();
}
