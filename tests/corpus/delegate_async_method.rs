//! Origin: GitHub Kobzol/rust-delegate, `tests/async_await.rs` at commit 5bbb121d804b, read
//! through the public file index, `fn test_async_trait`, `trait Inner { async fn
//! method(&self, num: u32) -> u32; }`.
//! Copied: the trait verbatim, `#[async_trait]` replaced by `#[async_interface]` (native `async fn` in traits since Rust 1.75; delegate's test delegates to it).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: async-fn
//! Expect: rejected (`async fn`: SPEC.md rejects it; the exercise shows the form a user would hope for: the future driven to its end on the worker)
#![allow(dead_code, unused_imports)]

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
trait Inner {
    async fn method(&self, num: u32) -> u32;
}

struct Doubler;

impl Inner for Doubler {
    async fn method(&self, num: u32) -> u32 {
        num * 2
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`delegate_async_method.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = InnerCall::new(Arc::new(Doubler));
    call.begin_method(4).unwrap();
    assert_eq!(call.finish_method().unwrap(), 8);
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
