//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/hash/mod.rs`, `pub trait Hasher`.
//! Copied: every stable method with its provided body; docs cut to each item's first
//! paragraph; the unstable `write_length_prefix` and `write_str` left out.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: mut-self, ref-param, provided-method
//! Expect: accepted

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// A trait for hashing an arbitrary stream of bytes.
#[async_interface]
pub trait Hasher {
    /// Returns the hash value for the values written so far.
    #[must_use]
    fn finish(&self) -> u64;

    /// Writes some data into this `Hasher`.
    fn write(&mut self, bytes: &[u8]);

    /// Writes a single `u8` into this hasher.
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.write(&[i])
    }
    /// Writes a single `u16` into this hasher.
    #[inline]
    fn write_u16(&mut self, i: u16) {
        self.write(&i.to_ne_bytes())
    }
    /// Writes a single `u32` into this hasher.
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.write(&i.to_ne_bytes())
    }
    /// Writes a single `u64` into this hasher.
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.write(&i.to_ne_bytes())
    }
    /// Writes a single `u128` into this hasher.
    #[inline]
    fn write_u128(&mut self, i: u128) {
        self.write(&i.to_ne_bytes())
    }
    /// Writes a single `usize` into this hasher.
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.write(&i.to_ne_bytes())
    }
    /// Writes a single `i8` into this hasher.
    #[inline]
    fn write_i8(&mut self, i: i8) {
        self.write_u8(i as u8)
    }
    /// Writes a single `i16` into this hasher.
    #[inline]
    fn write_i16(&mut self, i: i16) {
        self.write_u16(i as u16)
    }
    /// Writes a single `i32` into this hasher.
    #[inline]
    fn write_i32(&mut self, i: i32) {
        self.write_u32(i as u32)
    }
    /// Writes a single `i64` into this hasher.
    #[inline]
    fn write_i64(&mut self, i: i64) {
        self.write_u64(i as u64)
    }
    /// Writes a single `i128` into this hasher.
    #[inline]
    fn write_i128(&mut self, i: i128) {
        self.write_u128(i as u128)
    }
    /// Writes a single `isize` into this hasher.
    #[inline]
    fn write_isize(&mut self, i: isize) {
        self.write_usize(i as usize)
    }
}

/// A server: the sum of the bytes written.
struct Sum(u64);

impl Hasher for Sum {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 += bytes.iter().map(|&b| u64::from(b)).sum::<u64>();
    }
}

fn exercise() {
    let call = HasherCall::new(Arc::new(Mutex::new(Sum(0))));
    call.begin_write(vec![1, 2, 3]).unwrap();
    call.finish_write().unwrap();
    call.begin_write_u8(10).unwrap();
    call.finish_write_u8().unwrap();
    call.begin_finish().unwrap();
    assert_eq!(call.finish_finish().unwrap(), 16);
}

fn main() {
    exercise();
}
