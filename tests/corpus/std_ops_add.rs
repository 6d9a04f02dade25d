//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/ops/arith.rs`, `pub trait Add<Rhs = Self>`.
//! Copied: verbatim but for `const trait` (unstable) written `trait` and the rustc
//! attributes; docs cut to the first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-trait, generic-default-self, self-by-value, assoc-type
//! Expect: rejected (`self` by value: the call object holds the server in an `Arc`); the `Rhs = Self` default must not break the expansion either way

use async_interface::prelude::*;

/// The addition operator `+`.
#[async_interface]
pub trait Add<Rhs = Self> {
    /// The resulting type after applying the `+` operator.
    type Output;

    /// Performs the `+` operation.
    #[must_use = "this returns the result of the operation, without modifying the original"]
    fn add(self, rhs: Rhs) -> Self::Output;
}

/// A server.
#[derive(Debug, PartialEq)]
struct Meters(u32);

impl Add for Meters {
    type Output = Meters;
    fn add(self, rhs: Meters) -> Meters {
        Meters(self.0 + rhs.0)
    }
}

fn main() {
    assert_eq!(Add::add(Meters(1), Meters(2)), Meters(3));
}
