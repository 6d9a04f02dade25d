//! Origin: GitHub asomers/mockall, `mockall/tests/automock_associated_types.rs` at commit
//! 0154615db2c9, read through the public file index, `trait A` with `type T: Clone`.
//! Copied: the trait verbatim, `#[automock(type T=u32;)]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: assoc-type, assoc-type-unbounded
//! Expect: accepted (the macro adds the `Send + 'static` it needs to `T`)

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
trait A {
    type T: Clone;
    fn foo(&self, x: Self::T) -> Self::T;
}

struct Doubler;

impl A for Doubler {
    type T = u32;
    fn foo(&self, x: u32) -> u32 {
        x * 2
    }
}

fn exercise() {
    let call = ACall::new(Arc::new(Doubler));
    call.begin_foo(21).unwrap();
    assert_eq!(call.finish_foo().unwrap(), 42);
}

fn main() {
    exercise();
}
