//! Origin: GitHub asomers/mockall, `mockall/tests/automock_return_mutable_ref.rs` at commit
//! 0154615db2c9, read through the public file index, `trait A` with `fn foo(&mut self) ->
//! &mut u32`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: mut-self, mut-borrowed-return
//! Expect: rejected (`&mut u32` into the server cannot outlive the call); no exercise

use async_interface::prelude::*;

#[async_interface]
trait A {
    fn foo(&mut self) -> &mut u32;
}

struct Counter(u32);

impl A for Counter {
    fn foo(&mut self) -> &mut u32 {
        &mut self.0
    }
}

fn main() {
    let mut c = Counter(1);
    *c.foo() += 1;
    assert_eq!(c.0, 2);
}
