//! Origin: GitHub Kobzol/rust-delegate, `tests/returntype.rs` at commit 17546ea53127, read
//! through the public file index, `fn test_rettype_generic`, `trait TestTrait { fn
//! create(num: u32) -> Self; }`.
//! Copied: the trait verbatim, with `#[async_interface]` added (delegate's tests implement it by delegation).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: no-receiver, self-return
//! Expect: accepted with nothing in `AsyncTestTrait` (its one method has no receiver and is left out); no exercise: nothing to begin

use async_interface::prelude::*;

#[async_interface]
trait TestTrait {
    fn create(num: u32) -> Self;
}

struct Num(u32);

impl TestTrait for Num {
    fn create(num: u32) -> Self {
        Num(num)
    }
}

fn main() {
    assert_eq!(Num::create(3).0, 3);
}
