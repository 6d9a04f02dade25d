//! Origin: GitHub asomers/mockall, `mockall/tests/automock_refmut_arguments.rs` at commit
//! 0154615db2c9, read through the public file index, `trait T`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: mut-ref-param, name-collision
//! Expect: accepted (a trait named `T`: the expansion must not invent a generic `T`)

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
trait T {
    fn foo(&self, x: &mut u32);
}

struct Increment;

impl T for Increment {
    fn foo(&self, x: &mut u32) {
        *x += 1;
    }
}

fn exercise() {
    let call = TCall::new(Arc::new(Increment));
    let mut x = 5;
    call.begin_foo(x).unwrap();
    call.finish_foo(&mut x).unwrap();
    assert_eq!(x, 6);
}

fn main() {
    exercise();
}
