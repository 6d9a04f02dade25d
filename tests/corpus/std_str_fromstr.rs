//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/str/traits.rs`, `pub trait FromStr: Sized`.
//! Copied: verbatim but for `const trait` (unstable) written `trait`; docs cut to the first paragraph.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: no-receiver, assoc-type, marker-supertrait
//! Expect: accepted with nothing in `AsyncFromStr` (its one method has no receiver and is left out); no exercise: nothing to begin

use async_interface::prelude::*;

/// Parse a value from a string
#[async_interface]
pub trait FromStr: Sized {
    /// The associated error which can be returned from parsing.
    type Err;

    /// Parses a string `s` to return a value of this type.
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

/// A server.
#[derive(Debug, PartialEq)]
struct Port(u16);

impl FromStr for Port {
    type Err = std::num::ParseIntError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.parse().map(Port)
    }
}

fn main() {
    assert_eq!(<Port as FromStr>::from_str("80"), Ok(Port(80)));
}
