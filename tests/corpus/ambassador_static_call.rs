//! Origin: crates.io package ambassador 0.4.2 (repository hobofan/ambassador),
//! `tests/run-pass/generic_method.rs`, `pub trait StaticCall` (with the test's `StaticFn`).
//! Copied: the trait and its `StaticFn` bound verbatim, `#[delegatable_trait]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-method
//! Expect: accepted with nothing in `AsyncStaticCall` (its one method is generic and left out); no exercise: nothing to begin

use async_interface::prelude::*;

trait StaticFn {
    fn call() -> bool;
}

#[async_interface]
pub trait StaticCall {
    fn call<C: StaticFn>(&self) -> bool;
}

struct True;

impl StaticFn for True {
    fn call() -> bool {
        true
    }
}

struct Caller;

impl StaticCall for Caller {
    fn call<C: StaticFn>(&self) -> bool {
        C::call()
    }
}

fn main() {
    assert!(Caller.call::<True>());
}
