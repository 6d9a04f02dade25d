//! Origin: Rust std 1.95.0 (rustup's rust-src component for rustc 1.95.0),
//! `library/core/src/iter/traits/iterator.rs`, `pub trait Iterator`.
//! Copied: a subset, in declaration order: the associated type, the two methods an
//! iterator implements (`next`, `size_hint`) and nine of the ~75 provided ones, which
//! all have one of these shapes (`Self: Sized`, generic, by value). Docs cut to each
//! item's first paragraph; `const trait` written `trait`; bodies that use core's private
//! adapters' constructors are stand-ins (marked).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: assoc-type, mut-self, provided-method, where-self-sized, self-by-value, generic-method
//! Expect: accepted (`next`, `size_hint`, `nth`; the rest left out as a trait object leaves them out)

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// Stand-in: core's `iter::StepBy<I>`.
pub struct StepBy<I> {
    #[allow(dead_code)]
    iter: I,
    #[allow(dead_code)]
    step: usize,
}

/// Stand-in: core's `iter::Map<I, F>`.
pub struct Map<I, F> {
    #[allow(dead_code)]
    iter: I,
    #[allow(dead_code)]
    f: F,
}

/// A trait for dealing with iterators.
#[async_interface]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub trait Iterator {
    /// The type of the elements being iterated over.
    type Item;

    /// Advances the iterator and returns the next value.
    fn next(&mut self) -> Option<Self::Item>;

    /// Returns the bounds on the remaining length of the iterator.
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }

    /// Consumes the iterator, counting the number of iterations and returning it.
    #[inline]
    fn count(self) -> usize
    where
        Self: Sized,
    {
        self.fold(
            0,
            |count, _| count + 1,
        )
    }

    /// Consumes the iterator, returning the last element.
    #[inline]
    fn last(self) -> Option<Self::Item>
    where
        Self: Sized,
    {
        #[inline]
        fn some<T>(_: Option<T>, x: T) -> Option<T> {
            Some(x)
        }
        self.fold(None, some)
    }

    /// Returns the `n`th element of the iterator.
    #[inline]
    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        // Stand-in body: core's uses the unstable `advance_by`.
        for _ in 0..n {
            self.next()?;
        }
        self.next()
    }

    /// Creates an iterator starting at the same point, but stepping by
    /// the given amount at each iteration.
    #[inline]
    fn step_by(self, step: usize) -> StepBy<Self>
    where
        Self: Sized,
    {
        // Stand-in body: core's private `StepBy::new`.
        StepBy { iter: self, step }
    }

    /// Takes a closure and creates an iterator which calls that closure on each
    /// element.
    #[inline]
    fn map<B, F>(self, f: F) -> Map<Self, F>
    where
        Self: Sized,
        F: FnMut(Self::Item) -> B,
    {
        // Stand-in body: core's private `Map::new`.
        Map { iter: self, f }
    }

    /// Calls a closure on each element of an iterator.
    #[inline]
    fn for_each<F>(self, f: F)
    where
        Self: Sized,
        F: FnMut(Self::Item),
    {
        #[inline]
        fn call<T>(mut f: impl FnMut(T)) -> impl FnMut((), T) {
            move |(), item| f(item)
        }
        self.fold((), call(f));
    }

    /// Folds every element into an accumulator by applying an operation,
    /// returning the final result.
    #[inline]
    fn fold<B, F>(mut self, init: B, mut f: F) -> B
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> B,
    {
        let mut accum = init;
        while let Some(x) = self.next() {
            accum = f(accum, x);
        }
        accum
    }

    /// Searches for an element in an iterator, returning its index.
    #[inline]
    fn position<P>(&mut self, mut predicate: P) -> Option<usize>
    where
        Self: Sized,
        P: FnMut(Self::Item) -> bool,
    {
        // Stand-in body: core's uses `try_fold`, whose `Try` bound is unstable.
        let mut i = 0;
        while let Some(x) = self.next() {
            if predicate(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// Returns the maximum element of an iterator.
    #[inline]
    fn max(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord,
    {
        // Stand-in body: core's calls `max_by`, outside this subset.
        self.fold(None, |max, x| match max {
            Some(m) if m >= x => Some(m),
            _ => Some(x),
        })
    }
}

/// A server: counts up to `end`.
struct Counter {
    next: u32,
    end: u32,
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        (self.next < self.end).then(|| {
            self.next += 1;
            self.next - 1
        })
    }
}

fn exercise() {
    let call = IteratorCall::new(Arc::new(Mutex::new(Counter { next: 0, end: 10 })));
    call.begin_next().unwrap();
    assert_eq!(call.finish_next().unwrap(), Some(0));
    call.begin_nth(2).unwrap();
    assert_eq!(call.finish_nth().unwrap(), Some(3));
}

fn main() {
    exercise();
}
