//! Origin: crates.io package auto_impl 1.3.0 (repository auto-impl-rs/auto_impl),
//! `tests/compile-pass/keep_default_for_simple.rs`, `trait Foo` (a required and a provided
//! method).
//! Copied: the trait verbatim, `#[auto_impl(&)]` replaced by `#[async_interface]` and the method's `#[auto_impl(keep_default_for(&))]` left out (it belongs to auto_impl).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: provided-method
//! Expect: accepted

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

#[async_interface]
trait Foo {
    fn required(&self);

    fn provided(&self) {}
}

struct Server(Mutex<u32>);

impl Foo for Server {
    fn required(&self) {
        *self.0.lock().unwrap() += 1;
    }
}

fn exercise() {
    let server = Arc::new(Server(Mutex::new(0)));
    let call = FooCall::new(Arc::clone(&server));
    call.begin_required().unwrap();
    call.finish_required().unwrap();
    call.begin_provided().unwrap();
    call.finish_provided().unwrap();
    assert_eq!(*server.0.lock().unwrap(), 1);
}

fn main() {
    exercise();
}
