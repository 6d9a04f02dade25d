//! Origin: crates.io package auto_impl 1.3.0 (repository auto-impl-rs/auto_impl),
//! `tests/compile-pass/non_inferred_generic_types_for_all_refs.rs`, `trait Foo`.
//! Copied: the trait verbatim, `#[auto_impl(..)]` replaced by `#[async_interface]` (auto_impl is not a dependency here).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-method, no-receiver
//! Expect: accepted with nothing in `AsyncFoo` (`foo<T>()` has no receiver, `bar<U>(&self)` is generic: both left out); no exercise: nothing to begin

use async_interface::prelude::*;

#[async_interface]
trait Foo {
    fn foo<T>();
    fn bar<U>(&self);
}

struct Server;

impl Foo for Server {
    fn foo<T>() {}
    fn bar<U>(&self) {}
}

fn main() {
    Server::foo::<u8>();
    Server.bar::<u8>();
}
