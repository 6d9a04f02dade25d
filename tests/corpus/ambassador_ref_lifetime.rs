//! Origin: crates.io package ambassador 0.4.2 (repository hobofan/ambassador),
//! `tests/run-pass/generic_trait_lifetime.rs`, `trait Ref<'a>`.
//! Copied: the trait verbatim, `#[delegatable_trait]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: trait-lifetime, assoc-type, borrowed-return, method-lifetime
//! Expect: rejected (returns `&'a Self::Target`, a borrow the call cannot own unless `Target: ToOwned`; the trait lifetime is open); no exercise

use async_interface::prelude::*;

#[async_interface]
trait Ref<'a> {
    type Target;
    fn deref<'b>(&'b self) -> &'a Self::Target;
}

struct Borrowed<'a>(&'a u32);

impl<'a> Ref<'a> for Borrowed<'a> {
    type Target = u32;
    fn deref<'b>(&'b self) -> &'a u32 {
        self.0
    }
}

fn main() {
    let x = 3;
    assert_eq!(*Borrowed(&x).deref(), 3);
}
