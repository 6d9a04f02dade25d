//! Origin: crates.io package async-trait 0.1.92 (repository dtolnay/async-trait),
//! `README.md`, `trait Advertisement { async fn run(&self); }`.
//! Copied: the trait verbatim, `#[async_trait]` replaced by `#[async_interface]` (native `async fn` in traits since Rust 1.75).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: async-fn
//! Expect: rejected (`async fn`, as SPEC.md says; the exercise shows the form a user would hope for)
#![allow(dead_code, unused_imports)]

use std::sync::{Arc, Mutex};

use async_interface::prelude::*;

#[async_interface]
trait Advertisement {
    async fn run(&self);
}

struct Modal(Mutex<u32>);

impl Advertisement for Modal {
    async fn run(&self) {
        *self.0.lock().unwrap() += 1;
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`async_trait_advertisement.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let modal = Arc::new(Modal(Mutex::new(0)));
    let call = AdvertisementCall::new(Arc::clone(&modal));
    call.begin_run().unwrap();
    call.finish_run().unwrap();
    assert_eq!(*modal.0.lock().unwrap(), 1);
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
