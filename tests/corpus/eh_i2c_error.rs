//! Origin: crates.io package embedded-hal 1.0.0 (repository rust-embedded/embedded-hal),
//! `src/i2c.rs`, `pub trait Error: core::fmt::Debug`.
//! Copied: `Error` verbatim and `ErrorKind`, `NoAcknowledgeSource` from the same module.
//! Docs cut to each item's first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: marker-supertrait
//! Expect: accepted

use std::sync::Arc;

use async_interface::prelude::*;

/// I2C error.
#[async_interface]
pub trait Error: core::fmt::Debug {
    /// Convert error to a generic I2C error kind.
    fn kind(&self) -> ErrorKind;
}

/// I2C error kind.
#[derive(Debug, Copy, Clone, Eq, PartialEq, Ord, PartialOrd, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Bus error occurred.
    Bus,
    /// The arbitration was lost, e.g. electrical problems with the clock signal.
    ArbitrationLoss,
    /// A bus operation was not acknowledged.
    NoAcknowledge(NoAcknowledgeSource),
    /// The peripheral receive buffer was overrun.
    Overrun,
    /// A different error occurred. The original error may contain more information.
    Other,
}

/// I2C no acknowledge error source.
#[derive(Debug, Copy, Clone, Eq, PartialEq, Ord, PartialOrd, Hash)]
pub enum NoAcknowledgeSource {
    /// The device did not acknowledge its address. The device may be missing.
    Address,
    /// The device did not acknowledge the data.
    Data,
    /// Either the device did not acknowledge its address or the data, but it is
    /// unknown which.
    Unknown,
}

/// A server: a HAL's own error type.
#[derive(Debug)]
struct HalError;

impl Error for HalError {
    fn kind(&self) -> ErrorKind {
        ErrorKind::NoAcknowledge(NoAcknowledgeSource::Data)
    }
}

fn exercise() {
    let call = ErrorCall::new(Arc::new(HalError));
    call.begin_kind().unwrap();
    assert_eq!(call.finish_kind().unwrap(), ErrorKind::NoAcknowledge(NoAcknowledgeSource::Data));
}

fn main() {
    exercise();
}
