//! Origin: crates.io package embedded-hal 1.0.0 (repository rust-embedded/embedded-hal),
//! `src/pwm.rs`, `pub trait SetDutyCycle: ErrorType`.
//! Copied: `SetDutyCycle` verbatim and, from the same module, `Error`, `ErrorKind`,
//! `ErrorType` (plain items). Docs cut to each item's first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain-supertrait, assoc-type-via-supertrait, mut-self, provided-method
//! Expect: accepted

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Error
pub trait Error: core::fmt::Debug {
    /// Convert error to a generic error kind.
    fn kind(&self) -> ErrorKind;
}

impl Error for core::convert::Infallible {
    #[inline]
    fn kind(&self) -> ErrorKind {
        match *self {}
    }
}

/// Error kind.
#[derive(Debug, Copy, Clone, Eq, PartialEq, Ord, PartialOrd, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A different error occurred. The original error may contain more information.
    Other,
}

/// Error type trait.
pub trait ErrorType {
    /// Error type
    type Error: Error;
}

impl<T: ErrorType + ?Sized> ErrorType for &mut T {
    type Error = T::Error;
}

/// Single PWM channel / pin.
#[async_interface(bounds(ErrorType))]
pub trait SetDutyCycle: ErrorType {
    /// Get the maximum duty cycle value.
    fn max_duty_cycle(&self) -> u16;

    /// Set the duty cycle to `duty / max_duty`.
    fn set_duty_cycle(&mut self, duty: u16) -> Result<(), Self::Error>;

    /// Set the duty cycle to 0%, or always inactive.
    #[inline]
    fn set_duty_cycle_fully_off(&mut self) -> Result<(), Self::Error> {
        self.set_duty_cycle(0)
    }

    /// Set the duty cycle to 100%, or always active.
    #[inline]
    fn set_duty_cycle_fully_on(&mut self) -> Result<(), Self::Error> {
        self.set_duty_cycle(self.max_duty_cycle())
    }

    /// Set the duty cycle to `num / denom`.
    #[inline]
    fn set_duty_cycle_fraction(&mut self, num: u16, denom: u16) -> Result<(), Self::Error> {
        debug_assert!(denom != 0);
        debug_assert!(num <= denom);
        let duty = u32::from(num) * u32::from(self.max_duty_cycle()) / u32::from(denom);

        // This is safe because we know that `num <= denom`, so `duty <= self.max_duty_cycle()` (u16)
        #[allow(clippy::cast_possible_truncation)]
        {
            self.set_duty_cycle(duty as u16)
        }
    }

    /// Set the duty cycle to `percent / 100`
    #[inline]
    fn set_duty_cycle_percent(&mut self, percent: u8) -> Result<(), Self::Error> {
        self.set_duty_cycle_fraction(u16::from(percent), 100)
    }
}

/// A server: one PWM channel with a 10-bit counter.
struct Channel {
    duty: u16,
}

impl ErrorType for Channel {
    type Error = core::convert::Infallible;
}

impl SetDutyCycle for Channel {
    fn max_duty_cycle(&self) -> u16 {
        1023
    }
    fn set_duty_cycle(&mut self, duty: u16) -> Result<(), Self::Error> {
        self.duty = duty;
        Ok(())
    }
}

fn exercise() {
    let channel = Arc::new(Mutex::new(Channel { duty: 0 }));
    let call = SetDutyCycleCall::new(Arc::clone(&channel));
    call.begin_set_duty_cycle_percent(50).unwrap();
    assert_eq!(call.finish_set_duty_cycle_percent().unwrap(), Ok(()));
    assert_eq!(channel.lock().unwrap().duty, 511);
    call.begin_max_duty_cycle().unwrap();
    assert_eq!(call.finish_max_duty_cycle().unwrap(), 1023);
}

fn main() {
    exercise();
}
