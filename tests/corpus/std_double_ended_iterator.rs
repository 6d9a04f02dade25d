//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/iter/traits/double_ended.rs`, `pub trait DoubleEndedIterator:
//! Iterator`.
//! Copied: `next_back`, `nth_back`, `rfold`, `rfind` with their `where` clauses; docs cut to
//! each item's first paragraph; the unstable `advance_back_by` and `try_rfold` (whose
//! `Try` bound is unstable) left out; `rfind`'s body, which used `try_rfold`, is a
//! stand-in (marked). The supertrait is std's `Iterator` (a plain trait, not an
//! interface) and `Self::Item` is its associated type.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain-supertrait, assoc-type-via-supertrait, mut-self, provided-method, where-self-sized, self-by-value, generic-method
//! Expect: accepted (`next_back`, `nth_back`; the generic ones left out)

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// An iterator able to yield elements from both ends.
#[async_interface]
pub trait DoubleEndedIterator: Iterator {
    /// Removes and returns an element from the end of the iterator.
    fn next_back(&mut self) -> Option<Self::Item>;

    /// Returns the `n`th element from the end of the iterator.
    #[inline]
    fn nth_back(&mut self, n: usize) -> Option<Self::Item> {
        // Stand-in body: core's uses the unstable `advance_back_by`.
        for _ in 0..n {
            self.next_back()?;
        }
        self.next_back()
    }

    /// An iterator method that reduces the iterator's elements to a single,
    /// final value, starting from the back.
    #[inline]
    fn rfold<B, F>(mut self, init: B, mut f: F) -> B
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> B,
    {
        let mut accum = init;
        while let Some(x) = self.next_back() {
            accum = f(accum, x);
        }
        accum
    }

    /// Searches for an element of an iterator from the back that satisfies a predicate.
    #[inline]
    fn rfind<P>(&mut self, mut predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        // Stand-in body: core's uses `try_rfold`.
        while let Some(x) = self.next_back() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }
}

/// A server: the numbers `front..back`.
struct Range {
    front: u32,
    back: u32,
}

impl Iterator for Range {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        (self.front < self.back).then(|| {
            self.front += 1;
            self.front - 1
        })
    }
}

impl DoubleEndedIterator for Range {
    fn next_back(&mut self) -> Option<u32> {
        (self.front < self.back).then(|| {
            self.back -= 1;
            self.back
        })
    }
}

fn exercise() {
    let call = DoubleEndedIteratorCall::new(Arc::new(Mutex::new(Range { front: 0, back: 5 })));
    call.begin_next_back().unwrap();
    assert_eq!(call.finish_next_back().unwrap(), Some(4));
    call.begin_nth_back(1).unwrap();
    assert_eq!(call.finish_nth_back().unwrap(), Some(2));
}

fn main() {
    exercise();
}
