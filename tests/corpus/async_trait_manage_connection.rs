//! Origin: crates.io package async-trait 0.1.92 (repository dtolnay/async-trait),
//! `tests/test.rs`, `mod issue145`, `pub trait ManageConnection: Sized + Send + Sync +
//! 'static`.
//! Copied: the trait verbatim, `#[async_trait]` replaced by `#[async_interface]` (native `async fn` in traits since Rust 1.75).
//! License of the original: MIT OR Apache-2.0.
//! Shapes: async-fn, marker-supertrait, assoc-type
//! Expect: rejected (`async fn`); the sync form of the same trait is r2d2's, see `r2d2_manage_connection`
#![allow(dead_code, unused_imports)]

use std::sync::Arc;

use async_interface::prelude::*;

#[async_interface]
pub trait ManageConnection: Sized + Send + Sync + 'static {
    type Connection: Send + 'static;
    type Error: Send + 'static;

    async fn connect(&self) -> Result<Self::Connection, Self::Error>;
}

struct Manager;

impl ManageConnection for Manager {
    type Connection = u32;
    type Error = String;
    async fn connect(&self) -> Result<u32, String> {
        Ok(1)
    }
}

// Written for the shapes issue 12 asked for; not compiled while the macro rejects the
// trait (`async_trait_manage_connection.stderr` says why), so that the errors are the macro's alone.
#[cfg(any())]
fn exercise() {
    let call = ManageConnectionCall::new(Arc::new(Manager));
    call.begin_connect().unwrap();
    assert_eq!(call.finish_connect().unwrap(), Ok(1));
}

fn main() {
    // The server above still type-checks against the trait as its crate has it.
}
