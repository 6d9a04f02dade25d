//! Origin: crates.io package rustls 0.24.0-dev.2 (repository rustls/rustls),
//! `src/crypto/mod.rs`, `pub trait SecureRandom: Send + Sync + Debug`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph) and `GetRandomFailed`
//! from the same file. Stand-in, marked: rustls-pki-types' `FipsStatus` (first variants).
//! License of the original: Apache-2.0 OR ISC OR MIT.
//! Shapes: marker-supertrait, mut-slice, provided-method
//! Expect: accepted (`fill` is an in/out buffer)

use std::fmt::Debug;
use std::sync::Arc;

use async_interface::prelude::*;

/// Stand-in: rustls-pki-types' `FipsStatus`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FipsStatus {
    /// Not FIPS tested, or unapproved algorithm.
    Unvalidated,
    /// In the process of being tested.
    Pending,
}

/// Random material generation failed.
#[derive(Debug)]
pub struct GetRandomFailed;

/// A source of cryptographically secure randomness.
#[async_interface]
pub trait SecureRandom: Send + Sync + Debug {
    /// Fill the given buffer with random bytes.
    fn fill(&self, buf: &mut [u8]) -> Result<(), GetRandomFailed>;

    /// Return the FIPS validation status of this implementation.
    fn fips(&self) -> FipsStatus {
        FipsStatus::Unvalidated
    }
}

/// A server: a deterministic "random" source for tests.
#[derive(Debug)]
struct Fixed(u8);

impl SecureRandom for Fixed {
    fn fill(&self, buf: &mut [u8]) -> Result<(), GetRandomFailed> {
        if buf.len() > 64 {
            return Err(GetRandomFailed);
        }
        buf.fill(self.0);
        Ok(())
    }
}

fn exercise() {
    let call = SecureRandomCall::new(Arc::new(Fixed(0x42)));
    let mut buf = [0u8; 4];
    call.begin_fill(vec![0; 4]).unwrap();
    assert!(call.finish_fill(&mut buf).unwrap().is_ok());
    assert_eq!(buf, [0x42; 4]);
    call.begin_fips().unwrap();
    assert_eq!(call.finish_fips().unwrap(), FipsStatus::Unvalidated);
}

fn main() {
    exercise();
}
