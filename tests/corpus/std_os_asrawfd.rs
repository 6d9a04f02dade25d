//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/std/src/os/fd/raw.rs`, `pub trait AsRawFd`.
//! Copied: verbatim (docs cut to the first paragraph, `#[stable]` left out).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain
//! Expect: accepted

use std::os::fd::RawFd;
use std::sync::Arc;

use async_interface::prelude::*;

/// A trait to extract the raw file descriptor from an underlying object.
#[async_interface]
pub trait AsRawFd {
    /// Extracts the raw file descriptor.
    fn as_raw_fd(&self) -> RawFd;
}

/// A server: standard output.
struct Stdout;

impl AsRawFd for Stdout {
    fn as_raw_fd(&self) -> RawFd {
        1
    }
}

fn exercise() {
    let call = AsRawFdCall::new(Arc::new(Stdout));
    call.begin_as_raw_fd().unwrap();
    assert_eq!(call.finish_as_raw_fd().unwrap(), 1);
}

fn main() {
    exercise();
}
