//! Origin: GitHub asomers/mockall, `mockall/tests/mock_return_dyn_trait.rs` at commit
//! 525970b2aa72, read through the public file index, `trait T: Debug + Sync` (the trait
//! object type the test's mock returns).
//! Copied: the trait and its `impl T for u32` verbatim, with `#[async_interface]` added
//! (the test mocks a struct whose methods return `&dyn T`; the blanket impl for
//! `AsMut<dyn T>` types left out).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: marker-supertrait, mut-self, provided-method, name-collision
//! Expect: accepted (a trait named `T`; `Debug + Sync` are the server's bounds)

use std::fmt::Debug;
use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

#[async_interface]
trait T: Debug + Sync {
    fn mutate(&mut self) {}
}

impl T for u32 {}

fn exercise() {
    let server = Arc::new(Mutex::new(42u32));
    let call = TCall::new(Arc::clone(&server));
    call.begin_mutate().unwrap();
    call.finish_mutate().unwrap();
    assert_eq!(*server.lock().unwrap(), 42);
}

fn main() {
    exercise();
}
