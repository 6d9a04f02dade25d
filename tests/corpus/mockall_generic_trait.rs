//! Origin: GitHub asomers/mockall, `mockall/tests/automock_generic_trait.rs` at commit
//! 11c6f007366a, read through the public file index, `trait A<T: 'static>`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: generic-trait
//! Expect: accepted

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

#[async_interface]
trait A<T: 'static> {
    fn foo(&self);
}

struct Count(Mutex<u32>);

impl A<u32> for Count {
    fn foo(&self) {
        *self.0.lock().unwrap() += 1;
    }
}

fn exercise() {
    let count = Arc::new(Count(Mutex::new(0)));
    let call = ACall::<Count, u32>::new(Arc::clone(&count));
    call.begin_foo().unwrap();
    call.finish_foo().unwrap();
    assert_eq!(*count.0.lock().unwrap(), 1);
}

fn main() {
    exercise();
}
