//! Origin: crates.io package auto_impl 1.3.0 (repository auto-impl-rs/auto_impl),
//! `tests/compile-pass/self_bound.rs`, `trait Trait` with `fn foo(&self) where Self:
//! Clone`.
//! Copied: the trait verbatim, `#[auto_impl(..)]` replaced by `#[async_interface]` (auto_impl is not a dependency here).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: where-self-bound
//! Expect: accepted? (a `Self: Clone` bound is not `Self: Sized`: the call object could require it of the server, or leave the method out; open)
//! Issue 12 decided: left out (a bound on the server's type, which the call object cannot
//! have), so the asynchronous form is empty and `main` calls the trait directly.

use std::sync::Mutex;

use async_interface::prelude::*;

#[async_interface]
trait Trait {
    fn foo(&self)
        where Self: Clone;
}

#[derive(Clone)]
struct Foo {}

static CALLS: Mutex<u32> = Mutex::new(0);

impl Trait for Foo {
    fn foo(&self)
        where Self: Clone,
    {
        *CALLS.lock().unwrap() += 1;
    }
}

fn main() {
    Foo {}.foo();
    assert_eq!(*CALLS.lock().unwrap(), 1);
}
