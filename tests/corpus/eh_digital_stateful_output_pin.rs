//! Origin: crates.io package embedded-hal 1.0.0 (repository rust-embedded/embedded-hal),
//! `src/digital.rs`, `pub trait StatefulOutputPin: OutputPin` and `pub trait OutputPin:
//! ErrorType`.
//! Copied: both traits verbatim, both annotated (a user who wants the stateful pin's async
//! form wants the plain pin's too), and, from the same module, `Error`, `ErrorKind`,
//! `ErrorType`, `PinState` (plain items). Docs cut to each item's first paragraph; the
//! stand-in `From<bool> for PinState` is the crate's own impl.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: interface-supertrait, plain-supertrait, assoc-type-via-supertrait, mut-self, provided-method
//! Expect: accepted (`AsyncStatefulOutputPin: AsyncOutputPin`; `Self::Error` from `ErrorType`, two levels up)
#![allow(dead_code, unused_imports)]

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

/// Digital output pin state.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum PinState {
    /// Low pin state.
    Low,
    /// High pin state.
    High,
}

impl From<bool> for PinState {
    #[inline]
    fn from(value: bool) -> Self {
        match value {
            false => PinState::Low,
            true => PinState::High,
        }
    }
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

/// Push-pull output pin that can read its output state.
#[async_interface]
pub trait StatefulOutputPin: OutputPin {
    /// Is the pin in drive high mode?
    fn is_set_high(&mut self) -> Result<bool, Self::Error>;

    /// Is the pin in drive low mode?
    fn is_set_low(&mut self) -> Result<bool, Self::Error>;

    /// Toggle pin output.
    fn toggle(&mut self) -> Result<(), Self::Error> {
        let was_low: bool = self.is_set_low()?;
        self.set_state(PinState::from(was_low))
    }
}

/// A server: an LED that remembers its state.
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

impl StatefulOutputPin for Led {
    fn is_set_high(&mut self) -> Result<bool, ErrorKind> {
        Ok(self.on)
    }
    fn is_set_low(&mut self) -> Result<bool, ErrorKind> {
        Ok(!self.on)
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`eh_digital_stateful_output_pin.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = StatefulOutputPinCall::new(Arc::new(Mutex::new(Led { on: false })));
    call.begin_toggle().unwrap();
    assert_eq!(call.finish_toggle().unwrap(), Ok(()));
    call.begin_is_set_high().unwrap();
    assert_eq!(call.finish_is_set_high().unwrap(), Ok(true));
    // A method of the interface supertrait, through the same call object.
    call.begin_set_low().unwrap();
    assert_eq!(call.finish_set_low().unwrap(), Ok(()));
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
