//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/fmt/mod.rs`, `pub trait Display`.
//! Copied: the trait and its doc's first paragraph; core's `PointeeSized` supertrait
//! (unstable, implied for every type) and the rustc attributes left out.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: lifetime-in-path, dyn-param
//! Expect: rejected (`&mut Formatter<'_>` borrows the caller's formatter: it cannot go to a worker; issue 12 wants the macro's own error, not a compiler one)

use std::fmt::{Formatter, Result};

use async_interface::prelude::*;

/// Format trait for an empty format, `{}`.
#[async_interface]
pub trait Display {
    /// Formats the value using the given formatter.
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// A server.
struct Name;

impl Display for Name {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_str("name")
    }
}

fn main() {
    let _ = Name;
}
