//! Origin: crates.io package rand_core 0.10.1 (repository rust-random/rand_core),
//! `src/lib.rs`, `pub trait Rng: TryRng<Error = Infallible>` with its blanket impl.
//! Copied: `Rng` and its blanket `impl<R> Rng for R where R: TryRng<Error = Infallible> +
//! ?Sized` verbatim, and `TryRng` (plain: the user annotates only `Rng`). Docs cut to each
//! item's first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain-supertrait, assoc-binding-supertrait, mut-self, mut-slice
//! Expect: accepted (the supertrait with an associated-type binding is a bound on the server)

use core::convert::Infallible;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Base trait for random number generators and random data sources
pub trait TryRng {
    /// The type returned in the event of a RNG error.
    type Error: core::error::Error;

    /// Return the next random `u32`.
    fn try_next_u32(&mut self) -> Result<u32, Self::Error>;
    /// Return the next random `u64`.
    fn try_next_u64(&mut self) -> Result<u64, Self::Error>;
    /// Fill `dst` entirely with random data.
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error>;
}

/// Trait for infallible random number generators
#[async_interface(bounds(TryRng))]
pub trait Rng: TryRng<Error = Infallible> {
    /// Return the next random `u32`.
    fn next_u32(&mut self) -> u32;

    /// Return the next random `u64`.
    fn next_u64(&mut self) -> u64;

    /// Fill `dest` with random data.
    fn fill_bytes(&mut self, dst: &mut [u8]);
}

impl<R> Rng for R
where
    R: TryRng<Error = Infallible> + ?Sized,
{
    #[inline]
    fn next_u32(&mut self) -> u32 {
        match self.try_next_u32() {
            Ok(x) => x,
        }
    }

    #[inline]
    fn next_u64(&mut self) -> u64 {
        match self.try_next_u64() {
            Ok(x) => x,
        }
    }

    #[inline]
    fn fill_bytes(&mut self, dst: &mut [u8]) {
        match self.try_fill_bytes(dst) {
            Ok(()) => (),
        }
    }
}

/// A server: a step generator (implements `TryRng`; `Rng` comes from the blanket impl).
struct Step(u8);

impl TryRng for Step {
    type Error = Infallible;
    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        Ok(u32::from(self.next()))
    }
    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        Ok(u64::from(self.next()))
    }
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        dst.iter_mut().for_each(|b| *b = self.next());
        Ok(())
    }
}

impl Step {
    fn next(&mut self) -> u8 {
        self.0 += 3;
        self.0
    }
}

fn exercise() {
    let call = RngCall::new(Arc::new(Mutex::new(Step(0))));
    let mut dst = [0u8; 3];
    call.begin_fill_bytes(vec![0; 3]).unwrap();
    call.finish_fill_bytes(&mut dst).unwrap();
    assert_eq!(dst, [3, 6, 9]);
}

fn main() {
    exercise();
}
