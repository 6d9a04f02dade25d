//! Origin: crates.io package rand_core 0.10.1 (repository rust-random/rand_core),
//! `src/lib.rs`, `pub trait TryRng`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: assoc-type, assoc-type-unbounded, mut-self, mut-slice
//! Expect: accepted (the macro adds `Send + 'static` to `Error` for the call; `try_fill_bytes` is an in/out buffer)

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Base trait for random number generators and random data sources
#[async_interface]
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

/// A server: an entropy source that runs dry after eight bytes.
struct Pool(Vec<u8>);

impl TryRng for Pool {
    type Error = std::io::Error;
    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        let mut b = [0; 4];
        self.try_fill_bytes(&mut b)?;
        Ok(u32::from_le_bytes(b))
    }
    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        let mut b = [0; 8];
        self.try_fill_bytes(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
        if dst.len() > self.0.len() {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        dst.copy_from_slice(&self.0[..dst.len()]);
        self.0.drain(..dst.len());
        Ok(())
    }
}

fn exercise() {
    let call = TryRngCall::new(Arc::new(Mutex::new(Pool((1..=8).collect()))));
    let mut dst = [0u8; 3];
    call.begin_try_fill_bytes(vec![0; 3]).unwrap();
    assert!(call.finish_try_fill_bytes(&mut dst).unwrap().is_ok());
    assert_eq!(dst, [1, 2, 3]);
    call.begin_try_next_u64().unwrap();
    assert!(call.finish_try_next_u64().unwrap().is_err());
}

fn main() {
    exercise();
}
