//! Origin: crates.io package embedded-hal 1.0.0 (repository rust-embedded/embedded-hal),
//! `src/digital.rs`, `pub trait OutputPin: ErrorType`.
//! Copied: `OutputPin` verbatim and, from the same module, `Error`, `ErrorKind`,
//! `ErrorType`, `PinState` and the crate's `&mut T` forwarding impls (not annotated: plain
//! items the trait needs). Docs cut to each item's first paragraph; the `defmt` derive left out.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain-supertrait, assoc-type-via-supertrait, mut-self, provided-method
//! Expect: accepted (`Self::Error` of the plain supertrait `ErrorType` named `S::Error`)

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

impl Error for ErrorKind {
    #[inline]
    fn kind(&self) -> ErrorKind {
        *self
    }
}

/// Error type trait.
pub trait ErrorType {
    /// Error type
    type Error: Error;
}

impl<T: ErrorType + ?Sized> ErrorType for &mut T {
    type Error = T::Error;
}

/// Digital output pin state.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum PinState {
    /// Low pin state.
    Low,
    /// High pin state.
    High,
}

/// Single digital push-pull output pin.
#[async_interface(bounds(ErrorType))]
pub trait OutputPin: ErrorType {
    /// Drives the pin low.
    fn set_low(&mut self) -> Result<(), Self::Error>;

    /// Drives the pin high.
    fn set_high(&mut self) -> Result<(), Self::Error>;

    /// Drives the pin high or low depending on the provided value.
    #[inline]
    fn set_state(&mut self, state: PinState) -> Result<(), Self::Error> {
        match state {
            PinState::Low => self.set_low(),
            PinState::High => self.set_high(),
        }
    }
}

impl<T: OutputPin + ?Sized> OutputPin for &mut T {
    #[inline]
    fn set_low(&mut self) -> Result<(), Self::Error> {
        T::set_low(self)
    }

    #[inline]
    fn set_high(&mut self) -> Result<(), Self::Error> {
        T::set_high(self)
    }

    #[inline]
    fn set_state(&mut self, state: PinState) -> Result<(), Self::Error> {
        T::set_state(self, state)
    }
}

/// A server: an LED.
struct Led {
    on: bool,
}

impl ErrorType for Led {
    type Error = ErrorKind;
}

impl OutputPin for Led {
    fn set_low(&mut self) -> Result<(), ErrorKind> {
        self.on = false;
        Ok(())
    }
    fn set_high(&mut self) -> Result<(), ErrorKind> {
        self.on = true;
        Ok(())
    }
}

fn exercise() {
    let led = Arc::new(Mutex::new(Led { on: false }));
    let call = OutputPinCall::new(Arc::clone(&led));
    call.begin_set_state(PinState::High).unwrap();
    assert_eq!(call.finish_set_state().unwrap(), Ok(()));
    assert!(led.lock().unwrap().on);
}

fn main() {
    exercise();
}
