//! Origin: GitHub asomers/mockall, `mockall/tests/automock_trait_object.rs` at commit
//! 420cedfb9718, read through the public file index, `trait Foo` with `fn foo(&self, x:
//! &dyn PartialEq<u32>)`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: dyn-param
//! Expect: rejected (`&dyn PartialEq<u32>` has no owned form); no exercise

use async_interface::prelude::*;

#[async_interface]
trait Foo {
    fn foo(&self, x: &dyn PartialEq<u32>);
}

struct Server;

impl Foo for Server {
    fn foo(&self, x: &dyn PartialEq<u32>) {
        assert!(x.eq(&4));
    }
}

fn main() {
    Server.foo(&4u32);
}
