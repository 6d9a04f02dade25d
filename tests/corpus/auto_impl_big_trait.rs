//! Origin: crates.io package auto_impl 1.3.0 (repository auto-impl-rs/auto_impl),
//! `tests/compile-pass/big_trait_for_all_refs.rs`, `trait RefTrait1<'a, T: for<'b> Into<&'b
//! str>>`.
//! Copied: the trait verbatim, `#[auto_impl(..)]` replaced by `#[async_interface]` (auto_impl is not a dependency here).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: trait-lifetime, generic-trait, hrtb-bound, assoc-type, assoc-type-unbounded, assoc-const, method-lifetime, ref-param
//! Expect: rejected (the trait's lifetime `'a` is on the receiver: `&'a self` borrows for longer than the call); open whether a trait lifetime can be accepted when only `'static` is used

use async_interface::prelude::*;

#[async_interface]
trait RefTrait1<'a, T: for<'b> Into<&'b str>> {
    type Type1;
    type Type2;

    const FOO: u32;

    fn execute1<'b>(&'a self, arg1: &'b T) -> Result<Self::Type1, String>;
    fn execute2(&self) -> Self::Type2;
}

struct Server;

struct Name;

impl<'b> From<Name> for &'b str {
    fn from(_: Name) -> &'b str {
        "name"
    }
}

impl<'a> RefTrait1<'a, Name> for Server {
    type Type1 = usize;
    type Type2 = u8;
    const FOO: u32 = 1;
    fn execute1<'b>(&'a self, _arg1: &'b Name) -> Result<usize, String> {
        Ok(4)
    }
    fn execute2(&self) -> u8 {
        2
    }
}

fn main() {
    assert_eq!(Server.execute2(), 2);
    assert_eq!(<Server as RefTrait1<'_, Name>>::FOO, 1);
}
