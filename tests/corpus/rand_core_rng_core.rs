//! Origin: crates.io package rand_core 0.6.4 (repository rust-random/rand), `src/lib.rs`,
//! `pub trait RngCore`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph). Stand-in, marked:
//! rand_core 0.6's `Error` (a boxed error; the crate's has more constructors).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: mut-self, mut-slice
//! Expect: accepted (`fill_bytes`/`try_fill_bytes` are in/out buffers)

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: rand_core 0.6's `Error`.
#[derive(Debug)]
pub struct Error {
    #[allow(dead_code)]
    inner: Box<dyn std::error::Error + Send + Sync + 'static>,
}

/// The core of a random number generator.
#[async_interface]
pub trait RngCore {
    /// Return the next random `u32`.
    fn next_u32(&mut self) -> u32;

    /// Return the next random `u64`.
    fn next_u64(&mut self) -> u64;

    /// Fill `dest` with random data.
    fn fill_bytes(&mut self, dest: &mut [u8]);

    /// Fill `dest` entirely with random data.
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), Error>;
}

/// A server: rand_core's documentation example, a counting "generator".
struct CountingRng(u64);

impl RngCore for CountingRng {
    fn next_u32(&mut self) -> u32 {
        self.next_u64() as u32
    }
    fn next_u64(&mut self) -> u64 {
        self.0 += 1;
        self.0
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        for byte in dest {
            *byte = self.next_u32() as u8;
        }
    }
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), Error> {
        self.fill_bytes(dest);
        Ok(())
    }
}

fn exercise() {
    let call = RngCoreCall::new(Arc::new(Mutex::new(CountingRng(0))));
    let mut dest = [0u8; 4];
    call.begin_fill_bytes(vec![0; 4]).unwrap();
    call.finish_fill_bytes(&mut dest).unwrap();
    assert_eq!(dest, [1, 2, 3, 4]);
    call.begin_next_u64().unwrap();
    assert_eq!(call.finish_next_u64().unwrap(), 5);
}

fn main() {
    exercise();
}
