//! Origin: crates.io package auto_impl 1.3.0 (repository auto-impl-rs/auto_impl),
//! `tests/compile-pass/generic_types_and_lifetimes_for_refs.rs`, `trait MyTrait<'a, T>`.
//! Copied: the trait verbatim, `#[auto_impl(..)]` replaced by `#[async_interface]` (auto_impl is not a dependency here).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: trait-lifetime, generic-trait, method-lifetime, ref-param, static-ref-param
//! Expect: rejected? (the trait lifetime `'a` is on the receiver); the `&'b T` and `&'static str` arguments alone would go to `begin_` owned
#![allow(dead_code, unused_imports)]

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
trait MyTrait<'a, T> {
    fn execute<'b>(&'a self, arg1: &'b T, arg2: &'static str) -> Result<(), String>;
}

struct Check;

impl<'a> MyTrait<'a, u32> for Check {
    fn execute<'b>(&'a self, arg1: &'b u32, arg2: &'static str) -> Result<(), String> {
        if *arg1 == 0 { Err(arg2.to_owned()) } else { Ok(()) }
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`auto_impl_generic_types_and_lifetimes.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = MyTraitCall::<Check, u32>::new(Arc::new(Check));
    call.begin_execute(0, "zero").unwrap();
    assert_eq!(call.finish_execute().unwrap(), Err("zero".to_owned()));
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
