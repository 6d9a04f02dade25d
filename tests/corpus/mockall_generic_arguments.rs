//! Origin: GitHub asomers/mockall, `mockall/tests/automock_generic_arguments.rs` at commit
//! 11c6f007366a, read through the public file index, `trait A` with `fn foo<T: 'static>`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-method
//! Expect: accepted with nothing in `AsyncA` (its one method is generic and left out); no exercise: nothing to begin

use async_interface::prelude::*;

#[async_interface]
trait A {
    fn foo<T: 'static>(&self, t: T);
}

struct Sink;

impl A for Sink {
    fn foo<T: 'static>(&self, _t: T) {}
}

fn main() {
    Sink.foo("x");
}
