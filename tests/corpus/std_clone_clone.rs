//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/clone.rs`, `pub trait Clone: Sized`.
//! Copied: both methods; `const trait` (unstable) written `trait`, and `clone_from`'s
//! `Self: [const] Destruct` bound (unstable) left out; the `#[lang]` attributes left out;
//! docs cut to the first paragraph. The trait is named `Clone` as in core, so it shadows
//! the prelude's `Clone` in this file (a test of the expansion's paths, too).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: marker-supertrait, self-return, self-param, mut-self
//! Expect: rejected (`source: &Self`: `Self` in a parameter type); `clone` alone would come back as the server's type
#![allow(dead_code, unused_imports)]

use std::sync::Arc;

use async_interface::prelude::*;

/// A common trait that allows explicit creation of a duplicate value.
#[async_interface]
pub trait Clone: Sized {
    /// Returns a duplicate of the value.
    #[must_use = "cloning is often expensive and is not expected to have side effects"]
    fn clone(&self) -> Self;

    /// Performs copy-assignment from `source`.
    #[inline]
    fn clone_from(&mut self, source: &Self) {
        *self = source.clone()
    }
}

/// A server.
#[derive(Debug, PartialEq)]
struct Point(i32, i32);

impl Clone for Point {
    fn clone(&self) -> Self {
        Point(self.0, self.1)
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`std_clone_clone.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = CloneCall::new(Arc::new(std::sync::Mutex::new(Point(1, 2))));
    call.begin_clone().unwrap();
    assert_eq!(call.finish_clone().unwrap(), Point(1, 2));
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
