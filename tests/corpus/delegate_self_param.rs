//! Origin: GitHub Kobzol/rust-delegate, `tests/argument_modifier.rs` at commit
//! 83c5408c17f6, read through the public file index, `trait Foo { fn bar(&self, x: Self);
//! }`.
//! Copied: the trait verbatim, with `#[async_interface]` added (delegate's tests implement it by delegation).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: self-param
//! Expect: rejected (`Self` in a parameter type: the call object serves any server type); no exercise

use async_interface::prelude::*;

#[async_interface]
trait Foo {
    fn bar(&self, x: Self);
}

struct A(u32);

impl Foo for A {
    fn bar(&self, x: Self) {
        assert_eq!(self.0 + 1, x.0);
    }
}

fn main() {
    A(1).bar(A(2));
}
