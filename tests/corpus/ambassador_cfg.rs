//! Origin: crates.io package ambassador 0.4.2 (repository hobofan/ambassador),
//! `tests/run-pass/cfg.rs`, `pub trait Trait` (a method compiled in, one compiled out).
//! Copied: the trait verbatim, `#[delegatable_trait]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: cfg-attr
//! Expect: accepted

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

#[async_interface]
pub trait Trait {
    #[cfg(all())]
    fn method(&self);

    #[cfg(any())]
    fn extra_method(&self);
}

struct Server(Mutex<u32>);

impl Trait for Server {
    fn method(&self) {
        *self.0.lock().unwrap() += 1;
    }
}

fn exercise() {
    let server = Arc::new(Server(Mutex::new(0)));
    let call = TraitCall::new(Arc::clone(&server));
    call.begin_method().unwrap();
    call.finish_method().unwrap();
    assert_eq!(*server.0.lock().unwrap(), 1);
}

fn main() {
    exercise();
}
