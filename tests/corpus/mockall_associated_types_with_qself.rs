//! Origin: GitHub asomers/mockall, `mockall/tests/automock_associated_types_with_qself.rs`
//! at commit 11c6f007366a, read through the public file index, `trait A` with `<Self as
//! A>::T`.
//! Copied: the trait and its helper items verbatim, `#[automock(type T=u32;)]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: assoc-type, assoc-type-unbounded, qself, dyn-return
//! Expect: rejected-send? (`Box<dyn SomeTrait<..>>` is not `Send`: the compiler's error on the user's type)
#![allow(dead_code, unused_imports)]

use std::sync::Arc;

use async_interface::prelude::*;

trait SomeTrait<Q>{}
struct Foo {}
impl SomeTrait<u32> for Foo {}

#[async_interface]
trait A {
    type T: Clone;
    fn baz(&self) -> Box<dyn SomeTrait<<Self as A>::T>>;
}

struct Server;

impl A for Server {
    type T = u32;
    fn baz(&self) -> Box<dyn SomeTrait<u32>> {
        Box::new(Foo {})
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`mockall_associated_types_with_qself.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = ACall::new(Arc::new(Server));
    call.begin_baz().unwrap();
    let _object: Box<dyn SomeTrait<u32>> = call.finish_baz().unwrap();
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
