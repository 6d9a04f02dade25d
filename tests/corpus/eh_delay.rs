//! Origin: crates.io package embedded-hal 1.0.0 (repository rust-embedded/embedded-hal),
//! `src/delay.rs`, `pub trait DelayNs`.
//! Copied: verbatim with the module's two constants; docs cut to each item's first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: mut-self, provided-method
//! Expect: accepted

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Nanoseconds per microsecond
const NANOS_PER_MICRO: u32 = 1_000;
/// Nanoseconds per millisecond
const NANOS_PER_MILLI: u32 = 1_000_000;

/// Delay with up to nanosecond precision.
#[async_interface]
pub trait DelayNs {
    /// Pauses execution for at minimum `ns` nanoseconds. Pause can be longer
    /// if the implementation requires it due to precision/timing issues.
    fn delay_ns(&mut self, ns: u32);

    /// Pauses execution for at minimum `us` microseconds. Pause can be longer
    /// if the implementation requires it due to precision/timing issues.
    fn delay_us(&mut self, mut us: u32) {
        const MAX_MICROS: u32 = u32::MAX / NANOS_PER_MICRO;

        // Avoid potential overflow if micro -> nano conversion is too large
        while us > MAX_MICROS {
            us -= MAX_MICROS;
            self.delay_ns(MAX_MICROS * NANOS_PER_MICRO);
        }

        self.delay_ns(us * NANOS_PER_MICRO);
    }

    /// Pauses execution for at minimum `ms` milliseconds. Pause can be longer
    /// if the implementation requires it due to precision/timing issues.
    #[inline]
    fn delay_ms(&mut self, mut ms: u32) {
        const MAX_MILLIS: u32 = u32::MAX / NANOS_PER_MILLI;

        // Avoid potential overflow if milli -> nano conversion is too large
        while ms > MAX_MILLIS {
            ms -= MAX_MILLIS;
            self.delay_ns(MAX_MILLIS * NANOS_PER_MILLI);
        }

        self.delay_ns(ms * NANOS_PER_MILLI);
    }
}

/// A server: a clock that counts the nanoseconds it was asked to wait.
struct Clock {
    waited_ns: u64,
}

impl DelayNs for Clock {
    fn delay_ns(&mut self, ns: u32) {
        self.waited_ns += u64::from(ns);
    }
}

fn exercise() {
    let clock = Arc::new(Mutex::new(Clock { waited_ns: 0 }));
    let call = DelayNsCall::new(Arc::clone(&clock));
    call.begin_delay_us(7).unwrap();
    call.finish_delay_us().unwrap();
    assert_eq!(clock.lock().unwrap().waited_ns, 7_000);
}

fn main() {
    exercise();
}
