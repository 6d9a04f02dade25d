//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/iter/traits/exact_size.rs`, `pub trait ExactSizeIterator: Iterator`.
//! Copied: `len` with its provided body; the unstable `is_empty` left out; docs cut to
//! the first paragraph. The supertrait is std's `Iterator` (a plain trait).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain-supertrait, provided-method
//! Expect: accepted

use std::sync::Arc;

use async_interface::prelude::*;

/// An iterator that knows its exact length.
#[async_interface]
pub trait ExactSizeIterator: Iterator {
    /// Returns the exact remaining length of the iterator.
    #[inline]
    fn len(&self) -> usize {
        let (lower, upper) = self.size_hint();
        // Note: This assertion is overly defensive, but it checks the invariant
        // guaranteed by the trait. If this trait were rust-internal,
        // we could use debug_assert!; assert_eq! will check all Rust user
        // implementations too.
        assert_eq!(upper, Some(lower));
        lower
    }
}

/// A server: three items left.
struct Three(u8);

impl Iterator for Three {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        (self.0 < 3).then(|| {
            self.0 += 1;
            self.0
        })
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = usize::from(3 - self.0);
        (left, Some(left))
    }
}

impl ExactSizeIterator for Three {}

fn exercise() {
    let call = ExactSizeIteratorCall::new(Arc::new(Three(0)));
    call.begin_len().unwrap();
    assert_eq!(call.finish_len().unwrap(), 3);
}

fn main() {
    exercise();
}
