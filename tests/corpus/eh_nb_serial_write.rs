//! Origin: crates.io package embedded-hal-nb 1.0.0 (repository rust-embedded/embedded-hal),
//! `src/serial.rs`, `pub trait Write<Word: Copy = u8>: ErrorType`.
//! Copied: `Write` verbatim with the crate's `&mut T` forwarding impl and, from the same
//! module, `Error`, `ErrorKind`, `ErrorType` (plain items). Stand-in: the `nb` crate's
//! `Error` and `Result` (nb 1.1, `src/lib.rs`, copied, marked). Left out: the module's
//! `impl core::fmt::Write for dyn Write<..>` (it needs `nb::block!`). Docs cut to each
//! item's first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-trait, generic-default, plain-supertrait, assoc-type-via-supertrait, mut-self
//! Expect: accepted

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: the `nb` crate (non-blocking I/O results), as nb 1.1 defines them.
pub mod nb {
    /// A non-blocking error
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Error<E> {
        /// A different kind of error
        Other(E),
        /// This operation requires blocking behavior to complete
        WouldBlock,
    }

    /// A non-blocking result
    pub type Result<T, E> = ::core::result::Result<T, Error<E>>;
}

/// Serial error.
pub trait Error: core::fmt::Debug {
    /// Convert error to a generic serial error kind
    fn kind(&self) -> ErrorKind;
}

/// Serial error kind.
#[derive(Debug, Copy, Clone, Eq, PartialEq, Ord, PartialOrd, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The peripheral receive buffer was overrun.
    Overrun,
    /// Received data does not conform to the peripheral configuration.
    FrameFormat,
    /// Parity check failed.
    Parity,
    /// Serial line is too noisy to read valid data.
    Noise,
    /// A different error occurred. The original error may contain more information.
    Other,
}

impl Error for ErrorKind {
    #[inline]
    fn kind(&self) -> ErrorKind {
        *self
    }
}

/// Serial error type trait.
pub trait ErrorType {
    /// Error type
    type Error: Error;
}

impl<T: ErrorType + ?Sized> ErrorType for &mut T {
    type Error = T::Error;
}

/// Write half of a serial interface.
#[async_interface(bounds(ErrorType))]
pub trait Write<Word: Copy = u8>: ErrorType {
    /// Writes a single word to the serial interface.
    fn write(&mut self, word: Word) -> nb::Result<(), Self::Error>;

    /// Ensures that none of the previously written words are still buffered.
    fn flush(&mut self) -> nb::Result<(), Self::Error>;
}

impl<T: Write<Word> + ?Sized, Word: Copy> Write<Word> for &mut T {
    #[inline]
    fn write(&mut self, word: Word) -> nb::Result<(), Self::Error> {
        T::write(self, word)
    }

    #[inline]
    fn flush(&mut self) -> nb::Result<(), Self::Error> {
        T::flush(self)
    }
}

/// A server: a transmitter whose one-word holding register is full after each write.
struct Tx {
    sent: Vec<u8>,
    busy: bool,
}

impl ErrorType for Tx {
    type Error = ErrorKind;
}

impl Write for Tx {
    fn write(&mut self, word: u8) -> nb::Result<(), ErrorKind> {
        if self.busy {
            return Err(nb::Error::WouldBlock);
        }
        self.sent.push(word);
        self.busy = true;
        Ok(())
    }
    fn flush(&mut self) -> nb::Result<(), ErrorKind> {
        self.busy = false;
        Ok(())
    }
}

fn exercise() {
    let call: WriteCall<Mutex<Tx>> = WriteCall::new(Arc::new(Mutex::new(Tx { sent: Vec::new(), busy: false })));
    call.begin_write(b'a').unwrap();
    assert_eq!(call.finish_write().unwrap(), Ok(()));
    call.begin_write(b'b').unwrap();
    assert_eq!(call.finish_write().unwrap(), Err(nb::Error::WouldBlock));
}

fn main() {
    exercise();
}
