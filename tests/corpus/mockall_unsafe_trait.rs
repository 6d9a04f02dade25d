//! Origin: GitHub asomers/mockall, `mockall/tests/automock_unsafe_trait.rs` at commit
//! 6e3c227463e5, read through the public file index, `pub unsafe trait Foo`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: unsafe
//! Expect: rejected (`unsafe trait`: the call object cannot uphold its contract); no exercise

use async_interface::prelude::*;

#[async_interface]
#[allow(clippy::missing_safety_doc)]
pub unsafe trait Foo {
    fn foo(&self) -> i32;
}

pub struct Baz {}

unsafe impl Foo for Baz {
    fn foo(&self) -> i32 {
        4
    }
}

fn main() {
    assert_eq!(Baz {}.foo(), 4);
}
