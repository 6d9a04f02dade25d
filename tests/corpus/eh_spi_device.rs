//! Origin: crates.io package embedded-hal 1.0.0 (repository rust-embedded/embedded-hal),
//! `src/spi.rs`, `pub trait SpiDevice<Word: Copy + 'static = u8>: ErrorType`.
//! Copied: `SpiDevice` verbatim and, from the same module, `Error`, `ErrorKind`, `ErrorType`,
//! `Operation` (plain items). Docs cut to each item's first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-trait, generic-default, plain-supertrait, assoc-type-via-supertrait, mut-self, mut-slice, ref-param, borrow-in-slice, provided-method
//! Expect: accepted? (`read`/`write`/`transfer` are in/out buffers; the required `transaction` takes `&mut [Operation<'_, Word>]`, whose elements borrow: open)
#![allow(dead_code, unused_imports)]

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

/// SPI transaction operation.
#[derive(Debug, PartialEq, Eq)]
pub enum Operation<'a, Word: 'static> {
    /// Read data into the provided buffer.
    Read(&'a mut [Word]),
    /// Write data from the provided buffer, discarding read data.
    Write(&'a [Word]),
    /// Read data into the first buffer, while writing data from the second buffer.
    Transfer(&'a mut [Word], &'a [Word]),
    /// Write data out while reading data into the provided buffer.
    TransferInPlace(&'a mut [Word]),
    /// Delay for at least the specified number of nanoseconds.
    DelayNs(u32),
}

/// SPI device trait.
#[async_interface(bounds(ErrorType))]
pub trait SpiDevice<Word: Copy + 'static = u8>: ErrorType {
    /// Perform a transaction against the device.
    fn transaction(&mut self, operations: &mut [Operation<'_, Word>]) -> Result<(), Self::Error>;

    /// Do a read within a transaction.
    #[inline]
    fn read(&mut self, buf: &mut [Word]) -> Result<(), Self::Error> {
        self.transaction(&mut [Operation::Read(buf)])
    }

    /// Do a write within a transaction.
    #[inline]
    fn write(&mut self, buf: &[Word]) -> Result<(), Self::Error> {
        self.transaction(&mut [Operation::Write(buf)])
    }

    /// Do a transfer within a transaction.
    #[inline]
    fn transfer(&mut self, read: &mut [Word], write: &[Word]) -> Result<(), Self::Error> {
        self.transaction(&mut [Operation::Transfer(read, write)])
    }

    /// Do an in-place transfer within a transaction.
    #[inline]
    fn transfer_in_place(&mut self, buf: &mut [Word]) -> Result<(), Self::Error> {
        self.transaction(&mut [Operation::TransferInPlace(buf)])
    }
}

/// A server: a sensor that answers every read with `0xAB`.
struct Sensor;

impl ErrorType for Sensor {
    type Error = ErrorKind;
}

impl SpiDevice for Sensor {
    fn transaction(&mut self, operations: &mut [Operation<'_, u8>]) -> Result<(), ErrorKind> {
        for operation in operations {
            match operation {
                Operation::Read(buf) | Operation::TransferInPlace(buf) => buf.fill(0xAB),
                Operation::Transfer(read, _) => read.fill(0xAB),
                Operation::Write(_) | Operation::DelayNs(_) => {}
            }
        }
        Ok(())
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`eh_spi_device.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call: SpiDeviceCall<Sensor> = SpiDeviceCall::new(Arc::new(Mutex::new(Sensor)));
    let mut buf = [0u8; 2];
    call.begin_read(vec![0; 2]).unwrap();
    assert_eq!(call.finish_read(&mut buf).unwrap(), Ok(()));
    assert_eq!(buf, [0xAB, 0xAB]);
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
