//! Origin: GitHub asomers/mockall, `mockall/tests/automock_slice_arguments.rs` at commit
//! 3510566d2674, read through the public file index, `trait Foo` with `fn foo(&self, x:
//! &[u8])`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: ref-param
//! Expect: accepted

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

#[async_interface]
trait Foo {
    fn foo(&self, x: &[u8]);
}

struct Total(Mutex<u32>);

impl Foo for Total {
    fn foo(&self, x: &[u8]) {
        *self.0.lock().unwrap() += x.iter().map(|&b| u32::from(b)).sum::<u32>();
    }
}

fn exercise() {
    let total = Arc::new(Total(Mutex::new(0)));
    let call = FooCall::new(Arc::clone(&total));
    call.begin_foo(vec![1, 2, 3]).unwrap();
    call.finish_foo().unwrap();
    assert_eq!(*total.0.lock().unwrap(), 6);
}

fn main() {
    exercise();
}
