//! Origin: crates.io package embedded-hal 1.0.0 (repository rust-embedded/embedded-hal),
//! `src/spi.rs`, `pub trait SpiBus<Word: Copy + 'static = u8>: ErrorType`.
//! Copied: `SpiBus` verbatim and, from the same module, `Error`, `ErrorKind`, `ErrorType`
//! (plain items). Docs cut to each item's first paragraph; the `defmt` derive left out.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-trait, generic-default, plain-supertrait, assoc-type-via-supertrait, mut-self, mut-slice, ref-param
//! Expect: accepted (`&mut [Word]` in/out buffers: `begin_` takes a `Vec<Word>`, `finish_` fills a `&mut [Word]`)

use core::fmt::Debug;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// SPI error.
pub trait Error: Debug {
    /// Convert error to a generic SPI error kind.
    fn kind(&self) -> ErrorKind;
}

/// SPI error kind.
#[derive(Debug, Copy, Clone, Eq, PartialEq, Ord, PartialOrd, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The peripheral receive buffer was overrun.
    Overrun,
    /// Multiple devices on the SPI bus are trying to drive the slave select pin, e.g. in a multi-master setup.
    ModeFault,
    /// Received data does not conform to the peripheral configuration.
    FrameFormat,
    /// An error occurred while asserting or deasserting the Chip Select pin.
    ChipSelectFault,
    /// A different error occurred. The original error may contain more information.
    Other,
}

impl Error for ErrorKind {
    #[inline]
    fn kind(&self) -> ErrorKind {
        *self
    }
}

/// SPI error type trait.
pub trait ErrorType {
    /// Error type.
    type Error: Error;
}

impl<T: ErrorType + ?Sized> ErrorType for &mut T {
    type Error = T::Error;
}

/// SPI bus.
#[async_interface(bounds(ErrorType))]
pub trait SpiBus<Word: Copy + 'static = u8>: ErrorType {
    /// Read `words` from the slave.
    fn read(&mut self, words: &mut [Word]) -> Result<(), Self::Error>;

    /// Write `words` to the slave, ignoring all the incoming words.
    fn write(&mut self, words: &[Word]) -> Result<(), Self::Error>;

    /// Write and read simultaneously. `write` is written to the slave on MOSI and
    /// words received on MISO are stored in `read`.
    fn transfer(&mut self, read: &mut [Word], write: &[Word]) -> Result<(), Self::Error>;

    /// Write and read simultaneously. The contents of `words` are
    /// written to the slave, and the received words are stored into the same
    /// `words` buffer, overwriting it.
    fn transfer_in_place(&mut self, words: &mut [Word]) -> Result<(), Self::Error>;

    /// Wait until all operations have completed and the bus is idle.
    fn flush(&mut self) -> Result<(), Self::Error>;
}

/// A server: MOSI wired to MISO, so every word written comes back.
struct Loopback {
    last: u8,
}

impl ErrorType for Loopback {
    type Error = ErrorKind;
}

impl SpiBus for Loopback {
    fn read(&mut self, words: &mut [u8]) -> Result<(), ErrorKind> {
        words.fill(self.last);
        Ok(())
    }
    fn write(&mut self, words: &[u8]) -> Result<(), ErrorKind> {
        self.last = *words.last().ok_or(ErrorKind::Other)?;
        Ok(())
    }
    fn transfer(&mut self, read: &mut [u8], write: &[u8]) -> Result<(), ErrorKind> {
        read.copy_from_slice(&write[..read.len()]);
        Ok(())
    }
    fn transfer_in_place(&mut self, _words: &mut [u8]) -> Result<(), ErrorKind> {
        Ok(())
    }
    fn flush(&mut self) -> Result<(), ErrorKind> {
        Ok(())
    }
}

fn exercise() {
    let call: SpiBusCall<Mutex<Loopback>> = SpiBusCall::new(Arc::new(Mutex::new(Loopback { last: 0 })));
    let mut read = [0u8; 3];
    call.begin_transfer(vec![0; 3], vec![1, 2, 3]).unwrap();
    assert_eq!(call.finish_transfer(&mut read).unwrap(), Ok(()));
    assert_eq!(read, [1, 2, 3]);
}

fn main() {
    exercise();
}
