//! Origin: GitHub asomers/mockall, `mockall/tests/automock_trait.rs` at commit
//! 11c6f007366a, read through the public file index, `trait SimpleTrait`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: plain
//! Expect: accepted

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
trait SimpleTrait {
    fn foo(&self, x: u32) -> u32;
}

struct Server;

impl SimpleTrait for Server {
    fn foo(&self, x: u32) -> u32 {
        x + 1
    }
}

fn exercise() {
    let call = SimpleTraitCall::new(Arc::new(Server));
    call.begin_foo(4).unwrap();
    assert_eq!(call.finish_foo().unwrap(), 5);
}

fn main() {
    exercise();
}
