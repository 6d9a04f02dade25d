//! Origin: GitHub asomers/mockall, `mockall/tests/automock_return_reference.rs` at commit
//! 11c6f007366a, read through the public file index, `trait A` with `fn foo(&self) ->
//! &u32`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: borrowed-return
//! Expect: accepted (`finish_foo` returns the owned `u32`)

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
trait A {
    fn foo(&self) -> &u32;
}

struct Holder(u32);

impl A for Holder {
    fn foo(&self) -> &u32 {
        &self.0
    }
}

fn exercise() {
    let call = ACall::new(Arc::new(Holder(9)));
    call.begin_foo().unwrap();
    assert_eq!(call.finish_foo().unwrap(), 9);
}

fn main() {
    exercise();
}
