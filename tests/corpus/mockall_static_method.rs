//! Origin: GitHub asomers/mockall, `mockall/tests/automock_static_method.rs` at commit
//! 0154615db2c9, read through the public file index, `trait A` with `fn bar() -> u32`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: no-receiver
//! Expect: accepted with nothing in `AsyncA` (its one method has no receiver and is left out); no exercise: nothing to begin

use async_interface::prelude::*;

#[async_interface]
trait A {
    fn bar() -> u32;
}

struct Answer;

impl A for Answer {
    fn bar() -> u32 {
        42
    }
}

fn main() {
    assert_eq!(<Answer as A>::bar(), 42);
}
