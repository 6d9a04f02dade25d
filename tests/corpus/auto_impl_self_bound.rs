//! Origin: crates.io package auto_impl 1.3.0 (repository auto-impl-rs/auto_impl),
//! `tests/compile-pass/self_bound.rs`, `trait Trait` with `fn foo(&self) where Self:
//! Clone`.
//! Copied: the trait verbatim, `#[auto_impl(..)]` replaced by `#[async_interface]` (auto_impl is not a dependency here).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: where-self-bound
//! Expect: accepted? (a `Self: Clone` bound is not `Self: Sized`: the call object could require it of the server, or leave the method out; open)
#![allow(dead_code, unused_imports)]

use std::sync::{Arc, Mutex};

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

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`auto_impl_self_bound.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = TraitCall::new(Arc::new(Foo {}));
    call.begin_foo().unwrap();
    call.finish_foo().unwrap();
    assert_eq!(*CALLS.lock().unwrap(), 1);
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
