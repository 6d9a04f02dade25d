//! Origin: crates.io package proptest 1.12.0 (repository proptest-rs/proptest),
//! `src/strategy/traits.rs`, `pub trait ValueTree`.
//! Copied: the trait verbatim (docs cut to each item's first paragraph).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: assoc-type, assoc-type-unbounded, mut-self
//! Expect: accepted (the macro adds the `Send + 'static` it needs to `Value`)

use std::fmt;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

/// A generated value and its associated shrinker.
#[async_interface]
pub trait ValueTree {
    /// The type of the value produced by this `ValueTree`.
    type Value: fmt::Debug;

    /// Returns the current value.
    fn current(&self) -> Self::Value;

    /// Attempts to simplify the current value. Notionally, this sets the
    /// "high" value to the current value, and the current value to a "halfway
    /// point" between high and low, rounding towards low.
    fn simplify(&mut self) -> bool;

    /// Attempts to partially undo the last simplification. Notionally, this
    /// sets the "low" value to one plus the current value, and the current
    /// value to a "halfway point" between high and the new low, rounding
    /// towards low.
    fn complicate(&mut self) -> bool;
}

/// A server: proptest's binary search over `u32`, in short.
struct BinarySearch {
    lo: u32,
    curr: u32,
    hi: u32,
}

impl ValueTree for BinarySearch {
    type Value = u32;
    fn current(&self) -> u32 {
        self.curr
    }
    fn simplify(&mut self) -> bool {
        if self.hi <= self.lo {
            return false;
        }
        self.hi = self.curr;
        self.curr = self.lo + (self.hi - self.lo) / 2;
        true
    }
    fn complicate(&mut self) -> bool {
        if self.hi <= self.lo {
            return false;
        }
        self.lo = self.curr + 1;
        self.curr = self.lo + (self.hi - self.lo) / 2;
        true
    }
}

fn exercise() {
    let call = ValueTreeCall::new(Arc::new(Mutex::new(BinarySearch { lo: 0, curr: 100, hi: 100 })));
    call.begin_simplify().unwrap();
    assert!(call.finish_simplify().unwrap());
    call.begin_current().unwrap();
    assert_eq!(call.finish_current().unwrap(), 50);
}

fn main() {
    exercise();
}
