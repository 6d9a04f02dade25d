//! Origin: crates.io package embedded-hal 1.0.0 (repository rust-embedded/embedded-hal),
//! `src/digital.rs`, `pub trait InputPin: ErrorType`.
//! Copied: `InputPin` verbatim and, from the same module, `Error`, `ErrorKind`, `ErrorType`
//! (not annotated: plain items the trait needs). Docs cut to each item's first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain-supertrait, assoc-type-via-supertrait, mut-self
//! Expect: accepted

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Error.
pub trait Error: core::fmt::Debug {
    /// Convert error to a generic error kind
    fn kind(&self) -> ErrorKind;
}

/// Error kind.
#[derive(Debug, Copy, Clone, Eq, PartialEq, Ord, PartialOrd, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A different error occurred. The original error may contain more information.
    Other,
}

impl Error for core::convert::Infallible {
    fn kind(&self) -> ErrorKind {
        match *self {}
    }
}

/// Error type trait.
pub trait ErrorType {
    /// Error type
    type Error: Error;
}

/// Single digital input pin.
#[async_interface(bounds(ErrorType))]
pub trait InputPin: ErrorType {
    /// Is the input pin high?
    fn is_high(&mut self) -> Result<bool, Self::Error>;

    /// Is the input pin low?
    fn is_low(&mut self) -> Result<bool, Self::Error>;
}

/// A server: a button that is pressed (pulled low).
struct Button;

impl ErrorType for Button {
    type Error = core::convert::Infallible;
}

impl InputPin for Button {
    fn is_high(&mut self) -> Result<bool, Self::Error> {
        Ok(false)
    }
    fn is_low(&mut self) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

fn exercise() {
    let call = InputPinCall::new(Arc::new(Mutex::new(Button)));
    call.begin_is_low().unwrap();
    assert_eq!(call.finish_is_low().unwrap(), Ok(true));
}

fn main() {
    exercise();
}
