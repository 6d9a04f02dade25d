//! Origin: GitHub Kobzol/rust-delegate, `tests/associated_const_delegation.rs` at commit
//! 5273fb42e372, read through the public file index, `fn multiple_consts`, `trait Foo {
//! const A: u32; const B: u32; }`.
//! Copied: the trait verbatim, with `#[async_interface]` added (delegate's tests implement it by delegation).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: assoc-const, no-methods
//! Expect: accepted (no methods: an empty asynchronous form; the consts stay the server's, as issue 11 decided)

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
trait Foo {
    const A: u32;
    const B: u32;
}

struct Limits;

impl Foo for Limits {
    const A: u32 = 1;
    const B: u32 = 2;
}

fn exercise() {
    // The consts are the server's (README: they stay off `AsyncFoo`, which would no longer
    // be object safe); the call object is made over the server all the same.
    let call = FooCall::new(Arc::new(Limits));
    assert_eq!(call.state(), CallState::Idle);
    assert_eq!(<Limits as Foo>::A + <Limits as Foo>::B, 3);
}

fn main() {
    exercise();
}
