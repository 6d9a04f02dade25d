//! Origin: GitHub asomers/mockall, `mockall/tests/raw_identifier.rs` at commit
//! 601bdbe8fcc7, read through the public file index, `trait r#while`.
//! Copied: the trait verbatim, `#[automock]` replaced by `#[async_interface]`.
//! License of the original: MIT OR Apache-2.0.
//! Shapes: raw-ident, no-receiver
//! Expect: accepted (`begin_match`; `loop` left out: no receiver)

#![allow(non_camel_case_types)]

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

#[async_interface]
trait r#while {
    fn r#match(&self);
    fn r#loop();
}

struct Calls(Mutex<u32>);

impl r#while for Calls {
    fn r#match(&self) {
        *self.0.lock().unwrap() += 1;
    }
    fn r#loop() {}
}

fn exercise() {
    let calls = Arc::new(Calls(Mutex::new(0)));
    let call = whileCall::new(Arc::clone(&calls));
    call.begin_match().unwrap();
    call.finish_match().unwrap();
    assert_eq!(*calls.0.lock().unwrap(), 1);
}

fn main() {
    exercise();
}
